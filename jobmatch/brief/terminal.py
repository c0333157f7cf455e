"""The brief in the terminal: rich panels and tables, readable at 80 columns.

Every value goes in as ``rich.text.Text``, so text from the files prints as
written ("[brackets]" are never markup). Marks that matter (confidential,
not to be shared, blanks) are words, not only colours: they survive
``NO_COLOR`` and a printout.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from jobmatch.brief.model import (
    Block,
    Brief,
    Bullets,
    Checklist,
    Entries,
    Paragraph,
    Tasks,
    Tone,
)

_STYLES = {
    Tone.PLAIN: "",
    Tone.SUGGESTION: "italic",
    Tone.WARNING: "yellow",
    Tone.CONFIDENTIAL: "magenta",
    Tone.EXCLUDED: "bold red",
}
_BORDERS = {Tone.WARNING: "yellow", Tone.CONFIDENTIAL: "magenta", Tone.EXCLUDED: "red"}


def brief_renderable(brief: Brief) -> Group:
    """The whole brief as one rich renderable, for any console."""
    head = Text(brief.title, style="bold")
    head.append("\n" + brief.subtitle)
    panels = [_section_panel(s.heading, s.blocks, s.tone) for s in brief.sections]
    return Group(head, *panels, Text(brief.footer, style="dim"))


def render_terminal(brief: Brief, width: int = 80, color: bool = False) -> str:
    """The brief as terminal text of a fixed width; no escape codes unless ``color``."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        soft_wrap=False,
        legacy_windows=False,
        _environ={},
    )
    console.print(brief_renderable(brief))
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _section_panel(heading: str, blocks: tuple[Block, ...], tone: Tone) -> Panel:
    body = Group(*(_block(b) for b in blocks))
    title = Text(f" {heading} ", style="bold")
    return Panel(
        body, title=title, title_align="left", border_style=_BORDERS.get(tone, ""), box=box.ROUNDED
    )


def _block(block: Block) -> RenderableType:
    if isinstance(block, Entries):
        return _entries(block)
    if isinstance(block, Paragraph):
        return Text(block.text, style=_STYLES[block.tone])
    if isinstance(block, Bullets):
        return _bullets(block)
    if isinstance(block, Tasks):
        return _tasks(block)
    return _checklist(block)


def _entries(block: Entries) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", max_width=26)
    grid.add_column(ratio=1)
    for row in block.rows:
        grid.add_row(Text(row.label + ":"), Text("\n".join(row.parts), style=_STYLES[row.tone]))
    return grid


def _bullets(block: Bullets) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1)
    grid.add_column(ratio=1)
    for item in block.items:
        grid.add_row("•", Text(item, style=_STYLES[block.tone]))
    if not block.lead:
        return grid
    return Group(Text(block.lead, style="bold"), grid)


def _tasks(block: Tasks) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True, show_edge=False)
    table.add_column(Text(block.columns[0]), ratio=4)
    table.add_column(Text(block.columns[1]), justify="right", ratio=2)
    table.add_column(Text(block.columns[2]), ratio=6)
    for row in block.rows:
        table.add_row(Text(row.name), Text(row.hours), Text(row.demands))
    return table


def _checklist(block: Checklist) -> Group:
    parts: list[RenderableType] = []
    for number, item in enumerate(block.items, start=1):
        parts.append(Text(f"☐ {number}. {item.title}", style="bold"))
        parts.append(Padding(_entries(Entries(item.lines)), (0, 0, 0, 4)))
    return Group(*parts)
