"""Rich renderings for people: the rank table and the explain view.

Free text from the files goes in as ``rich.text.Text``, so "[brackets]"
print as written and never as markup.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import IO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from jobmatch.output.matches import top_reason
from jobmatch.scoring.match import Match
from jobmatch.scoring.phrases import number, sentence

LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "rank": "#",
        "workplace": "Arbeidsplass",
        "seeker": "Arbeidssøker",
        "score": "Poeng",
        "confidence": "Sikkerhet",
        "hours": "Timer",
        "reason": "Sterkeste grunn",
        "excluded": "utelukket",
        "none": "Ingen treff.",
        "components": "Delpoeng",
        "component": "Del",
        "value": "Verdi",
        "weight": "Vekt",
        "known": "Kjent",
        "parts": "Bidrag",
        "tasks": "Oppgaver",
        "task": "Oppgave",
        "doable": "Passer",
        "carved": "Timer i jobben",
        "why": "Hvorfor",
        "exclusions": "Utelukket fordi",
        "unknowns": "Ukjent",
        "reasons": "Grunner",
        "yes": "ja",
        "no": "nei",
        "partial": "delvis",
        "essential": "nødvendig",
        "interest": "interesse",
        "preferences": "ønsker",
        "readiness": "inkluderingsberedskap",
        "practical": "praktisk",
    },
    "en": {
        "rank": "#",
        "workplace": "Workplace",
        "seeker": "Job seeker",
        "score": "Score",
        "confidence": "Confidence",
        "hours": "Hours",
        "reason": "Strongest reason",
        "excluded": "excluded",
        "none": "No matches.",
        "components": "Components",
        "component": "Component",
        "value": "Value",
        "weight": "Weight",
        "known": "Known",
        "parts": "Contributions",
        "tasks": "Tasks",
        "task": "Task",
        "doable": "Doable",
        "carved": "Hours in the job",
        "why": "Why",
        "exclusions": "Excluded because",
        "unknowns": "Unknown",
        "reasons": "Reasons",
        "yes": "yes",
        "no": "no",
        "partial": "part",
        "essential": "essential",
        "interest": "interest",
        "preferences": "preferences",
        "readiness": "inclusion readiness",
        "practical": "practical",
    },
}


def fixed(value: float, decimals: int, lang: str) -> str:
    """A number with a fixed count of decimals, so columns line up (decimal comma in nb)."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "nb" else text


def make_console(
    file: IO[str] | None = None, no_color: bool = False, width: int | None = None
) -> Console:
    """A console that drops colour on request, with NO_COLOR, or when not a terminal."""
    return Console(
        file=file,
        no_color=no_color or "NO_COLOR" in os.environ,
        highlight=False,
        emoji=False,
        width=width,
        soft_wrap=False,
    )


def rank_table(
    matches: Sequence[Match], names: Mapping[str, str], lang: str, by_workplace: bool, title: str
) -> Table | Text:
    """Rank, name, score, confidence, carved hours, and the strongest reason."""
    words = LABELS[lang]
    if not matches:
        return Text(words["none"])
    table = Table(title=Text(title), title_justify="left", expand=False)
    table.add_column(words["rank"], justify="right")
    table.add_column(words["seeker"] if by_workplace else words["workplace"], overflow="fold")
    table.add_column(words["score"], justify="right")
    table.add_column(words["confidence"], justify="right")
    table.add_column(words["hours"], justify="right")
    table.add_column(words["reason"], overflow="fold", ratio=1)
    place = 0
    for match in matches:
        other = match.seeker if by_workplace else match.workplace
        label = Text(f"{names.get(other, other)}\n", style="bold")
        label.append(other, style="dim")
        if match.excluded:
            rank, score = "-", Text(words["excluded"], style="red")
        else:
            place += 1
            rank, score = str(place), Text(fixed(match.score, 1, lang))
        table.add_row(
            rank,
            label,
            score,
            fixed(match.confidence, 2, lang),
            str(match.carved_hours),
            Text(top_reason(match, lang)),
        )
    return table


def explain_view(match: Match, names: Mapping[str, str], lang: str) -> Group:
    """Every component with its contributions, every task, every exclusion and unknown."""
    words = LABELS[lang]
    seeker, workplace = (
        names.get(match.seeker, match.seeker),
        names.get(match.workplace, match.workplace),
    )
    head = Text(f"{seeker} → {workplace}\n", style="bold")
    if match.excluded:
        head.append(words["excluded"], style="bold red")
    else:
        head.append(f"{words['score']}: {fixed(match.score, 1, lang)}")
    head.append(f"   {words['confidence']}: {fixed(match.confidence, 2, lang)}")
    head.append(f"   {sentence(match.hours, lang)}")
    parts: list[Table | Text | Panel] = [head]
    if match.exclusions:
        parts.append(
            _listing(words["exclusions"], [sentence(f, lang) for f in match.exclusions], "red")
        )
    parts.append(_components(match, lang))
    parts.append(_tasks(match, lang))
    if match.unknowns:
        parts.append(
            _listing(words["unknowns"], [sentence(f, lang) for f in match.unknowns], "yellow")
        )
    return Group(*parts)


def _listing(title: str, lines: list[str], style: str) -> Panel:
    body = Text("\n".join(f"• {line}" for line in lines))
    return Panel(body, title=Text(title), title_align="left", border_style=style)


def _components(match: Match, lang: str) -> Table:
    words = LABELS[lang]
    table = Table(title=Text(words["components"]), title_justify="left")
    table.add_column(words["component"])
    table.add_column(words["value"], justify="right")
    table.add_column(words["weight"], justify="right")
    table.add_column(words["known"], justify="right")
    table.add_column(words["parts"], overflow="fold", ratio=1)
    for name, c in match.components.items():
        lines = [
            f"{'+' if f.impact > 0 else '−' if f.impact < 0 else '·'} {sentence(f, lang)}"
            for f in c.parts
        ]
        table.add_row(
            words.get(name, name),
            fixed(c.value, 2, lang),
            fixed(c.weight, 2, lang),
            fixed(c.known, 2, lang),
            Text("\n".join(lines)),
        )
    return table


def _tasks(match: Match, lang: str) -> Table:
    words = LABELS[lang]
    table = Table(title=Text(words["tasks"]), title_justify="left")
    table.add_column(words["task"], overflow="fold")
    table.add_column(words["doable"])
    table.add_column(words["carved"], justify="right")
    table.add_column(words["why"], overflow="fold", ratio=1)
    for t in match.tasks:
        name = Text(t.name)
        if t.essential:
            name.append(f" ({words['essential']})", style="italic")
        why = [sentence(f, lang) for f in t.blockers]
        if t.carved_hours and t.interest:
            why.append(f"{words['interest']}: {t.interest} ({number(round(t.strength, 2), lang)})")
        if t.left_out is not None and t.doable:
            why.append(sentence(t.left_out, lang))
        hours = str(t.carved_hours) + (f" ({words['partial']})" if t.partial else "")
        table.add_row(name, words["yes"] if t.doable else words["no"], hours, Text("\n".join(why)))
    return table
