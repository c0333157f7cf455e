"""The brief as JSON, for scripts and case systems: the brief object itself.

    {"schema_version": 1, "kind": "brief", "audience": "employer", "language": "nb",
     "as_of": "2026-11-27", "title": ..., "subtitle": ..., "sections": [...], "footer": ...}

Each section has its stable ``key``, its ``heading`` and ``tone``, and its
blocks, each with a ``kind`` (entries, paragraph, bullets, tasks,
checklist). A line to fill in at the meeting has ``"value": null``. The same
allow-lists as every other format apply: the JSON is drawn from the same
:class:`Brief`, so an employer's or seeker's JSON holds nothing the printed
brief does not.
"""

from __future__ import annotations

from typing import Any

from jobmatch.brief.model import (
    AgreementItem,
    Block,
    Brief,
    Bullets,
    Entries,
    Entry,
    Paragraph,
    Section,
    Tasks,
)
from jobmatch.output.jsonout import to_json

SCHEMA_VERSION = 1


def brief_data(brief: Brief) -> dict[str, Any]:
    """The brief as plain data (dicts, lists, strings, booleans and None)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "brief",
        "audience": brief.audience.value,
        "language": brief.lang,
        "as_of": brief.as_of.isoformat() if brief.as_of else None,
        "title": brief.title,
        "subtitle": brief.subtitle,
        "sections": [_section(s) for s in brief.sections],
        "footer": brief.footer,
    }


def render_json(brief: Brief) -> str:
    """The brief as indented JSON, UTF-8 as written, ending in a newline."""
    return to_json(brief_data(brief)) + "\n"


def _section(section: Section) -> dict[str, Any]:
    return {
        "key": section.key,
        "heading": section.heading,
        "tone": section.tone.value,
        "blocks": [_block(b) for b in section.blocks],
    }


def _entry(entry: Entry) -> dict[str, Any]:
    value = None if entry.blank else ", ".join(entry.parts)
    return {"label": entry.label, "value": value, "tone": entry.tone.value}


def _item(item: AgreementItem) -> dict[str, Any]:
    lines = [_entry(line) for line in item.lines]
    return {"key": item.key, "title": item.title, "filled": item.filled, "lines": lines}


def _block(block: Block) -> dict[str, Any]:
    kind: dict[str, Any] = {"kind": block.kind}
    if isinstance(block, Entries):
        return kind | {"rows": [_entry(row) for row in block.rows]}
    if isinstance(block, Paragraph):
        return kind | {"text": block.text, "tone": block.tone.value}
    if isinstance(block, Bullets):
        return kind | {"lead": block.lead, "items": list(block.items), "tone": block.tone.value}
    if isinstance(block, Tasks):
        rows = [{"task": r.name, "hours": r.hours, "demands": r.demands} for r in block.rows]
        return kind | {"columns": list(block.columns), "rows": rows}
    return kind | {"items": [_item(item) for item in block.items]}
