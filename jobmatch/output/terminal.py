"""Rich renderings for people: the rank table and the explain view.

Free text from the files goes in as ``rich.text.Text``, so "[brackets]"
print as written and never as markup.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import IO, TYPE_CHECKING

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from jobmatch.i18n import Messages, fixed
from jobmatch.i18n.sentences import component_name, sentence
from jobmatch.output.matches import top_reason
from jobmatch.scoring.match import Match

if TYPE_CHECKING:
    from rich.panel import Panel


def make_console(
    file: IO[str] | None = None, no_color: bool = False, width: int | None = None
) -> Console:
    """A console that drops colour on request, with NO_COLOR, or when not a terminal.

    Dropped means no escape code at all, bold included, even where ``FORCE_COLOR``
    would have the console treat a pipe or a file as a terminal.
    """
    plain = no_color or "NO_COLOR" in os.environ
    return Console(
        file=file,
        color_system=None if plain else "auto",
        no_color=plain,
        highlight=False,
        emoji=False,
        width=width,
        soft_wrap=False,
    )


NAME_WIDTH = 20
"""The least width of the rank table's name column: a longer name is cut short, an id never."""


def rank_table(
    matches: Sequence[Match],
    names: Mapping[str, str],
    lang: str,
    by_workplace: bool,
    title: str,
    width: int = 80,
) -> Table | Text:
    """Rank, name and id, score, data basis, carved hours, and the strongest reason in words.

    Readable at 80 columns (``width``): the id is never broken across lines,
    since advisers copy it; the name above it is cut short with an ellipsis
    instead, and the reason wraps.
    """
    words = Messages(lang)
    if not matches:
        return Text(words("label.no_matches"))
    others = [m.seeker if by_workplace else m.workplace for m in matches]
    widest_id = max(len(other) for other in others)
    longest = max(len(names.get(other, other)) for other in others)
    room = NAME_WIDTH + max(0, width - 80) // 3
    heading = words("label.seeker") if by_workplace else words("label.workplace")
    label_width = max(widest_id, len(heading), min(longest, room))
    table = Table(
        title=Text(title),
        title_justify="left",
        expand=False,
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        show_edge=False,
        collapse_padding=True,
    )
    table.add_column(words("label.rank"), justify="right", no_wrap=True)
    table.add_column(heading, no_wrap=True, width=label_width)
    table.add_column(words("label.score"), justify="right", no_wrap=True)
    table.add_column(words("label.confidence"), justify="right", no_wrap=True)
    table.add_column(words("label.hours"), justify="right", no_wrap=True)
    table.add_column(words("label.reason"), ratio=1, min_width=16)
    place = 0
    for match, other in zip(matches, others, strict=True):
        label = Text(names.get(other, other), style="bold")
        label.truncate(label_width, overflow="ellipsis")
        label.append("\n").append(other, style="dim")
        reason = Text(top_reason(match, lang))
        if match.excluded:
            rank, score = "-", Text("–", style="red")
            reason = Text(f"{words('label.excluded')}: ", style="red").append_text(reason)
        else:
            place += 1
            rank, score = str(place), Text(fixed(match.score, 1, lang))
        table.add_row(
            rank, label, score, fixed(match.confidence, 2, lang), str(match.carved_hours), reason
        )
    return table


def explain_view(match: Match, names: Mapping[str, str], lang: str) -> Group:
    """Every component with its contributions, every task, every exclusion and unknown."""
    words = Messages(lang)
    seeker, workplace = (
        names.get(match.seeker, match.seeker),
        names.get(match.workplace, match.workplace),
    )
    head = Text(f"{seeker} → {workplace}\n", style="bold")
    if match.excluded:
        head.append(words("label.excluded"), style="bold red")
    else:
        head.append(f"{words('label.score')}: {fixed(match.score, 1, lang)}")
    head.append(f"   {words('label.confidence')}: {fixed(match.confidence, 2, lang)}")
    head.append(f"   {sentence(match.hours, lang)}")
    parts: list[Table | Text | Panel] = [head]
    if match.exclusions:
        parts.append(
            _listing(
                words("label.exclusions"), [sentence(f, lang) for f in match.exclusions], "red"
            )
        )
    parts.append(_components(match, lang))
    parts.append(_tasks(match, lang))
    if match.unknowns:
        parts.append(
            _listing(words("label.unknowns"), [sentence(f, lang) for f in match.unknowns], "yellow")
        )
    return Group(*parts)


def _listing(title: str, lines: list[str], style: str) -> Panel:
    from rich.panel import Panel  # explain's boxes: not for the rank table

    body = Text("\n".join(f"• {line}" for line in lines))
    return Panel(body, title=Text(title), title_align="left", border_style=style)


def _components(match: Match, lang: str) -> Table:
    words = Messages(lang)
    table = Table(title=Text(words("label.components")), title_justify="left")
    table.add_column(words("label.component"))
    table.add_column(words("label.value"), justify="right")
    table.add_column(words("label.weight"), justify="right")
    table.add_column(words("label.known"), justify="right")
    table.add_column(words("label.parts"), overflow="fold", ratio=1)
    for name, c in match.components.items():
        lines = [
            f"{'+' if f.impact > 0 else '−' if f.impact < 0 else '·'} {sentence(f, lang)}"
            for f in c.parts
        ]
        table.add_row(
            component_name(name, lang),
            fixed(c.value, 2, lang),
            fixed(c.weight, 2, lang),
            fixed(c.known, 2, lang),
            Text("\n".join(lines)),
        )
    return table


def _tasks(match: Match, lang: str) -> Table:
    words = Messages(lang)
    table = Table(title=Text(words("label.tasks")), title_justify="left")
    table.add_column(words("label.task"), overflow="fold")
    table.add_column(words("label.doable"))
    table.add_column(words("label.carved"), justify="right")
    table.add_column(words("label.why"), overflow="fold", ratio=1)
    for t in match.tasks:
        name = Text(t.name)
        if t.essential:
            name.append(f" ({words('label.essential')})", style="italic")
        why = [sentence(f, lang) for f in t.blockers]
        if t.carved_hours and t.interest:
            why.append(
                f"{words('component.interest')}: {t.interest} ({words.number(round(t.strength, 2))})"
            )
        if t.left_out is not None and t.doable:
            why.append(sentence(t.left_out, lang))
        if t.split is not None:
            why.append(sentence(t.split, lang))
        hours = str(t.carved_hours) + (f" ({words('label.partial')})" if t.partial else "")
        table.add_row(
            name,
            words("value.true") if t.doable else words("value.false"),
            hours,
            Text("\n".join(why)),
        )
    return table
