"""Small pieces of brief text: days, times, people to call, demands, hour ranges."""

from __future__ import annotations

from collections.abc import Iterable

from jobmatch.brief.catalog import format_number, text
from jobmatch.brief.model import BLANK, BREAK
from jobmatch.brief.views import ContactView, Pairs, WindowView

WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
STRONG, GOOD = 0.85, 0.7


def days_text(days: tuple[str, ...], lang: str) -> str:
    """``man–fre`` for a run of three or more days, else ``man, ons``."""
    runs: list[list[str]] = []
    for day in sorted(days, key=WEEK.index):
        if runs and WEEK.index(day) == WEEK.index(runs[-1][-1]) + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        names = [text(lang, f"day.{d}") for d in run]
        parts.append(f"{names[0]}–{names[-1]}" if len(names) >= 3 else ", ".join(names))
    return ", ".join(parts)


def window_text(window: WindowView | None, lang: str) -> str:
    """``man–fre 08:00–16:00``; blank when unknown or when the days do not meet."""
    if window is None or not window.days:
        return BLANK
    clock = ""
    if window.start or window.end:
        clock = f" {window.start or ''}–{window.end or ''}"
    return days_text(window.days, lang) + clock


def person_text(person: ContactView | None, with_phone: bool = True) -> str:
    """``Per Hansen (+47 911 11 111)``; blank when no name is known."""
    if person is None or not person.name:
        return BLANK
    if with_phone and person.phone:
        return f"{person.name} ({person.phone})"
    return person.name


def contact_line(person: ContactView | None) -> str:
    """Name and role, then phone and e-mail on a line of their own, as far as known."""
    if person is None or not any((person.name, person.phone, person.email)):
        return BLANK
    name = person.name or BLANK
    if person.role:
        name = f"{name} ({person.role})"
    reach = ", ".join(p for p in (person.phone, person.email) if p)
    return f"{name}{BREAK}{reach}" if reach else name


def value_word(value: str | float | bool, lang: str) -> str:
    """An enumerated value in words; a number formatted for the language."""
    if isinstance(value, bool):
        return text(lang, f"val.{str(value).lower()}")
    if isinstance(value, int | float):
        return format_number(value, lang)
    return text(lang, f"val.{value}")


def demand_phrase(key: str, value: str | float | bool, lang: str) -> str:
    """One demand in plain words: ``løft opptil 25 kg``, ``høyt tempo``."""
    if key == "lifting_kg":
        if value == 0:
            return text(lang, "d.lifting_kg.zero")
        return text(lang, "d.lifting_kg", value=value_word(value, lang))
    if key == "standing_hours":
        if value == 0:
            return text(lang, "d.standing_hours.zero")
        return text(lang, "d.standing_hours", value=value_word(value, lang))
    flag = str(value).lower() if isinstance(value, bool) else value
    return text(lang, f"d.{key}.{flag}")


def limit_phrase(key: str, value: str | float | bool, lang: str) -> str:
    """One of the seeker's limits as a work need, to the seeker: ``Du løfter høyst 15 kg``."""
    if key in ("max_lifting_kg", "max_standing_hours"):
        if value == 0:
            return text(lang, f"own.{key}.zero")
        return text(lang, f"own.{key}", value=value_word(value, lang))
    flag = str(value).lower() if isinstance(value, bool) else value
    return text(lang, f"own.{key}.{flag}")


def demands_text(pairs: Pairs, lang: str) -> str:
    """A task's known demands, joined; ``ikke kartlagt`` when none is known.

    A flag that is false (no food handling, no night work) is not a demand
    and is left out.
    """
    phrases = [demand_phrase(k, v, lang) for k, v in pairs if v is not False or k == "indoor"]
    return ", ".join(phrases) if phrases else text(lang, "demands.none")


def strength_word(strength: float, lang: str) -> str:
    if strength >= STRONG:
        return text(lang, "strength.strong")
    if strength >= GOOD:
        return text(lang, "strength.good")
    return text(lang, "strength.some")


def range_text(low: float | None, high: float | None, lang: str) -> str | None:
    """``20 til 37,5``, ``minst 20``, ``inntil 37,5``; None when both are unknown."""
    if low is not None and high is not None:
        return text(lang, "range.both", min=format_number(low, lang), max=format_number(high, lang))
    if low is not None:
        return text(lang, "range.min", min=format_number(low, lang))
    if high is not None:
        return text(lang, "range.max", max=format_number(high, lang))
    return None


def joined(items: Iterable[str], sep: str = ", ") -> str:
    return sep.join(items)


def named_pairs(pairs: Pairs, prefix: str, lang: str) -> str:
    """Adviser-only lists such as limits: ``løfter høyst (kg): 15; ...``."""
    return "; ".join(f"{text(lang, f'{prefix}.{k}')}: {value_word(v, lang)}" for k, v in pairs)
