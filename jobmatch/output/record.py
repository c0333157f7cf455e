"""``jobmatch show``: one seeker or workplace as the adviser reads it, in the chosen language.

The ``confidential`` part is written only when asked for (``--confidential``);
without it the view says only that there is such a part. The JSON view never
holds it. Free text from the file goes in as ``rich.text.Text``, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from enum import Enum
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from jobmatch.i18n import Messages, listing, number, schedule
from jobmatch.i18n.formatting import short_date
from jobmatch.i18n.sentences import place
from jobmatch.models import Confidential, Schedule, Seeker, Task, Workplace
from jobmatch.output.jsonout import SCHEMA_VERSION, to_json

Line = tuple[str, str | None]
"""A label and its value in words; a None value is left out."""


def record_json(record: Seeker | Workplace) -> str:
    """``{"schema_version": 1, "kind": ..., "item": {...}}``: the file's fields, never ``confidential``."""
    kind = "seeker" if isinstance(record, Seeker) else "workplace"
    item = record.model_dump(
        mode="json", by_alias=True, exclude_none=True, exclude={"confidential"}
    )
    return to_json({"schema_version": SCHEMA_VERSION, "kind": kind, "item": item}) + "\n"


def record_view(record: Seeker | Workplace, lang: str, confidential: bool) -> Group:
    """The whole record for the adviser; ``confidential`` adds the adviser-only notes."""
    words = Messages(lang)
    head = Text(record.name, style="bold")
    head.append(f"  {record.id}", style="dim")
    parts: list[RenderableType | None] = [head]
    if isinstance(record, Seeker):
        parts += [_grid(seeker_lines(record, words), words), *_seeker_lists(record, words)]
    else:
        parts += [_grid(workplace_lines(record, words), words), _tasks(record.tasks, words)]
    parts.append(_confidential(record.confidential, confidential, words))
    return Group(*(p for p in parts if p is not None))


def seeker_lines(seeker: Seeker, words: Messages) -> list[Line]:
    goal, where, adviser = seeker.goal, seeker.location, seeker.adviser
    return [
        ("label.status", _word((seeker.status.value if seeker.status else "active"), words)),
        ("label.purpose", _word(goal.purpose.value, words)),
        ("label.hours_week", _number(goal.hours_per_week, words)),
        ("label.start", _date(goal.earliest_start, words)),
        ("label.enrolled", _date(goal.enrolled, words)),
        ("label.career_goal", goal.career_goal),
        ("label.language", seeker.language),
        ("label.adviser", _joined((adviser.name, adviser.phone, adviser.email) if adviser else ())),
        ("label.municipality", _joined((where.municipality, where.postcode) if where else ())),
        ("label.max_travel", _km(where.max_travel_km if where else None, words)),
        ("label.schedule", _schedule(seeker.schedule, words)),
        ("label.why", seeker.why),
        ("label.strengths", _joined(seeker.strengths)),
        ("label.skills", _joined(seeker.skills)),
        ("label.avoid", _joined(seeker.avoid)),
        ("label.limits", _fields(seeker.limits, "limit", words)),
        ("label.preferences", _fields(seeker.preferences, "demand", words)),
        ("label.riasec", seeker.riasec),
    ]


def workplace_lines(place: Workplace, words: Messages) -> list[Line]:
    where, contact, conditions = place.location, place.contact, place.conditions
    hours = conditions.hours_per_week if conditions else None
    offers = None if place.offers is None else [p.value for p in place.offers]
    return [
        ("label.industry", place.industry),
        ("label.description", place.description),
        (
            "label.address",
            _joined((where.address, where.postcode, where.municipality) if where else ()),
        ),
        (
            "label.employer_contact",
            _joined((contact.name, contact.role, contact.phone) if contact else ()),
        ),
        ("label.visited", _date(place.visited, words) or words("label.never_visited")),
        ("label.capacity", _number(place.capacity, words) or words("label.unknown")),
        ("label.offers", _words(offers, words) or words("label.unknown")),
        ("workplace.recruitment_need", _flag(place.recruitment_need, words)),
        ("workplace.open_to_job_carving", _flag(place.open_to_job_carving, words)),
        ("label.language", place.language),
        ("label.workplace_hours", _schedule(place.schedule, words)),
        ("label.hours_week", _range((hours.min, hours.max) if hours else None, words)),
        ("label.wage", conditions.wage if conditions else None),
        ("label.environment", _fields(place.environment, "demand", words)),
        ("label.inclusion", _fields(place.inclusion, "workplace", words)),
        ("label.supports", _supports(place.supports, words)),
        ("label.expectations", _joined(place.expectations)),
    ]


def _grid(lines: Iterable[Line], words: Messages) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for key, value in lines:
        if value:
            grid.add_row(_capitalised(words(key)), Text(value))
    return grid


def _seeker_lists(seeker: Seeker, words: Messages) -> list[RenderableType | None]:
    interests = [
        f"{i.what} ({words('label.weight').lower()} {i.weight or 2})" for i in seeker.interests
    ]
    shared = words("label.shared")
    unshared = words("label.not_shared")
    needs = [
        f"{a.need}{_category(a.category, words)} – {shared if a.share_with_employer else unshared}"
        for a in seeker.accommodations
    ]
    return [
        _bullets(words("label.interests"), interests),
        _bullets(words("label.accommodation"), needs),
    ]


def _category(category: Enum | None, words: Messages) -> str:
    return "" if category is None else f" – {words(f'support.{category.value}')}"


def _bullets(title: str, items: Sequence[str]) -> Text | None:
    if not items:
        return None
    text = Text(title, style="bold")
    for item in items:
        text.append("\n• ")
        text.append(item)
    return text


def _tasks(tasks: Sequence[Task], words: Messages) -> Table:
    table = Table(title=Text(words("label.tasks")), title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column(words("label.id"), no_wrap=True, style="bold")
    table.add_column(words("label.task"), ratio=2)
    table.add_column(words("label.hours_week"), justify="right", no_wrap=True)
    table.add_column(words("label.demands"), ratio=3)
    for task in tasks:
        name = Text(task.name)
        if task.essential:
            name.append(f" ({words('label.essential')})", style="italic")
        demands = _fields(task.demands, "demand", words, drop_false=True) or words("label.unknown")
        if task.requires:
            demands += f"; {words('label.requires')}: {', '.join(task.requires)}"
        table.add_row(task.id, name, _number(task.hours_per_week, words) or "?", Text(demands))
    return table


def _confidential(
    notes: Confidential | None, shown: bool, words: Messages
) -> RenderableType | None:
    if notes is None or not notes.notes:
        return None
    if not shown:
        return Text(words("label.confidential_hidden"), style="dim")
    return Panel(Text(notes.notes), title=Text(words("label.confidential")), border_style="red")


def _fields(part: Any, prefix: str, words: Messages, drop_false: bool = False) -> str | None:
    """``name: value`` for every field ``part`` gives, e.g. ``løft (kg): 15; tempo: rolig``.

    ``drop_false`` leaves out a flag that is false (no food handling is not a demand).
    """
    if part is None:
        return None
    shown = [
        f"{words(f'{prefix}.{name}')}: {_value(value, words, name)}"
        for name, value in part
        if value is not None
        and not (drop_false and value is False)
        and words.has(f"{prefix}.{name}")
    ]
    return "; ".join(shown) or None


def _value(value: object, words: Messages, name: str = "") -> str:
    if name == "indoor" and isinstance(value, bool):
        return place(value, words.lang)
    if isinstance(value, bool):
        return words(f"value.{str(value).lower()}")
    if isinstance(value, Enum):
        return _word(str(value.value), words)
    if isinstance(value, int | float):
        return words.number(value)
    return _word(str(value), words)


def _word(value: str, words: Messages) -> str:
    return words(f"value.{value}") if words.has(f"value.{value}") else value


def _words(values: Sequence[str] | None, words: Messages) -> str | None:
    return None if values is None else listing([_word(v, words) for v in values], words.lang)


def _supports(codes: Sequence[Enum] | None, words: Messages) -> str | None:
    if codes is None:
        return None
    return listing([words(f"support.{c.value}") for c in codes], words.lang)


def _flag(value: bool | None, words: Messages) -> str:
    return words("label.unknown") if value is None else words(f"value.{str(value).lower()}")


def _number(value: float | None, words: Messages) -> str | None:
    return None if value is None else number(value, words.lang)


def _km(value: float | None, words: Messages) -> str | None:
    return None if value is None else f"{number(value, words.lang)} km"


def _range(bounds: tuple[float | None, float | None] | None, words: Messages) -> str | None:
    if not bounds or bounds == (None, None):
        return None
    low, high = (number(b, words.lang) if b is not None else "" for b in bounds)
    return f"{low}–{high}"


def _date(day: date | None, words: Messages) -> str | None:
    return None if day is None else short_date(day, words.lang)


def _schedule(given: Schedule | None, words: Messages) -> str | None:
    if given is None:
        return None
    days = [d.value if isinstance(d, Enum) else str(d) for d in given.days or ()]
    return schedule(days, given.earliest, given.latest, words.lang)


def _joined(values: Iterable[str | None] | None) -> str | None:
    shown = [v for v in values or () if v]
    return ", ".join(shown) or None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
