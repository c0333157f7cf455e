"""The brief as one Markdown file: a heading per section, printable.

Text from the files is escaped so that it reads as written in any Markdown
viewer: no emphasis, links or raw HTML can be smuggled in through a name.
"""

from __future__ import annotations

import re

from jobmatch.brief.model import (
    Block,
    Brief,
    Bullets,
    Checklist,
    Entries,
    Entry,
    Paragraph,
    Section,
    Tasks,
    Tone,
)

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(>|[#+\-=]+(?=\s|$)|\d+[.)](?=\s|$))")
_BLANK_ESCAPED = re.compile(r"(?:\\_){3,}")


def md(value: str, line_start: bool = False) -> str:
    """Free text made safe and literal in Markdown, on one line.

    ``line_start``: the text begins a line (a paragraph or a list item's
    text), where ``1.`` or ``#`` would start a list or a heading.
    """
    flat = " ".join(value.split())
    flat = _INLINE.sub(r"\\\1", flat)
    flat = _ENTITY.sub(r"\\&", flat)
    flat = _BLANK_ESCAPED.sub(lambda m: m.group(0).replace("\\", ""), flat)
    return _LINE_START.sub(_escape_start, flat) if line_start else flat


def _escape_start(match: re.Match[str]) -> str:
    """``1.`` becomes ``1\\.``; other markers get a backslash in front."""
    marker = match.group(1)
    if marker[0].isdigit():
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown text ending in one newline, never two blank lines in a row."""
    parts = [f"# {md(brief.title)}", f"**{md(brief.subtitle)}**"]
    parts += [_section(s) for s in brief.sections]
    parts += ["---", f"*{md(brief.footer)}*"]
    return _paragraphs(parts) + "\n"


def _paragraphs(parts: list[str]) -> str:
    """Parts one blank line apart; an empty part (a block with nothing in it) is left out."""
    return "\n\n".join(p for p in parts if p.strip())


def _section(section: Section) -> str:
    return _paragraphs([f"## {md(section.heading)}", *(_block(b) for b in section.blocks)])


def _block(block: Block) -> str:
    if isinstance(block, Entries):
        return _entries(block.rows)
    if isinstance(block, Paragraph):
        return _marked(md(block.text, line_start=True), block.tone)
    if isinstance(block, Bullets):
        return _bullets(block)
    if isinstance(block, Tasks):
        return _tasks(block)
    return _checklist(block)


def _marked(text: str, tone: Tone) -> str:
    return f"*{text}*" if tone in (Tone.CONFIDENTIAL, Tone.EXCLUDED) else text


def _entry(entry: Entry) -> str:
    return f"**{md(entry.label)}:** " + ", ".join(md(part) for part in entry.parts)


def _entries(rows: tuple[Entry, ...], indent: str = "") -> str:
    return "\n".join(f"{indent}- {_entry(row)}" for row in rows)


def _bullets(block: Bullets) -> str:
    # "*" rather than "-": a list right after the label rows must not merge with them
    items = "\n".join(f"* {md(item, line_start=True)}" for item in block.items)
    return _paragraphs([f"**{md(block.lead)}**" if block.lead else "", items])


def _tasks(block: Tasks) -> str:
    head = "| " + " | ".join(md(c) for c in block.columns) + " |"
    rows = [f"| {md(r.name)} | {md(r.hours)} | {md(r.demands)} |" for r in block.rows]
    return "\n".join([head, "| --- | ---: | --- |", *rows])


def _checklist(block: Checklist) -> str:
    items = []
    for number, item in enumerate(block.items, start=1):
        items.append(f"- [ ] **{number}. {md(item.title)}**\n{_entries(item.lines, '  ')}")
    return "\n".join(items)
