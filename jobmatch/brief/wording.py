"""Small pieces of brief text: schedules, people to call, demands, hour ranges.

The words come from the catalogs of :mod:`jobmatch.i18n`, and numbers,
hours and schedules are written by it: the brief formats nothing itself.
"""

from __future__ import annotations

from datetime import time

from jobmatch import i18n
from jobmatch.brief.model import BLANK, BREAK
from jobmatch.brief.views import ContactView, Pairs, WindowView
from jobmatch.i18n.sentences import place
from jobmatch.scoring.constants import NUMERIC_LIMITS

_NUMERIC_DEMANDS = frozenset(demand for demand, _ in NUMERIC_LIMITS)
_NUMERIC_LIMITS = frozenset(limit for _, limit in NUMERIC_LIMITS)

STRONG, GOOD = 0.85, 0.7
_COUNTED_HOURS = frozenset({"standing_hours", "max_standing_hours"})
"""Demands and limits whose value is a count of hours (``2 timer``)."""


def window_text(window: WindowView | None, lang: str) -> str:
    """``man–fre 08:00–16:00``; blank when unknown or when the days do not meet."""
    if window is None or not window.days:
        return BLANK
    return i18n.schedule(window.days, _time(window.start), _time(window.end), lang)


def _time(clock: str | None) -> time | None:
    return time.fromisoformat(clock) if clock else None


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


def value_word(key: str, value: str | float | bool, lang: str) -> str:
    """The value of demand, limit or preference ``key`` in words; a number for the language."""
    if key == "indoor" and isinstance(value, bool):
        return place(value, lang)
    if isinstance(value, bool):
        return i18n.message(lang, f"value.{str(value).lower()}")
    if isinstance(value, int | float):
        return i18n.number(value, lang)
    return i18n.message(lang, f"value.{value}")


def _amount(key: str, value: float, lang: str) -> str:
    """A number, with its noun where it counts hours."""
    if key in _COUNTED_HOURS:
        return i18n.plural(lang, "unit.hours", value)
    return i18n.number(value, lang)


def demand_phrase(key: str, value: str | float | bool, lang: str) -> str:
    """One demand in plain words: ``løft opptil 25 kg``, ``høyt tempo``."""
    if key in _NUMERIC_DEMANDS and not isinstance(value, str | bool):
        if value == 0:
            return i18n.message(lang, f"phrase.{key}.zero")
        return i18n.message(lang, f"phrase.{key}", value=_amount(key, value, lang))
    flag = str(value).lower() if isinstance(value, bool) else value
    return i18n.message(lang, f"phrase.{key}.{flag}")


def limit_phrase(key: str, value: str | float | bool, lang: str) -> str:
    """One of the seeker's limits as a work need, to the seeker: ``Du løfter høyst 15 kg``."""
    if key in _NUMERIC_LIMITS and not isinstance(value, str | bool):
        if value == 0:
            return i18n.message(lang, f"brief.own.{key}.zero")
        return i18n.message(lang, f"brief.own.{key}", value=_amount(key, value, lang))
    flag = str(value).lower() if isinstance(value, bool) else value
    return i18n.message(lang, f"brief.own.{key}.{flag}")


def demands_text(pairs: Pairs, lang: str) -> str:
    """A task's known demands, joined; ``ikke kartlagt`` when none is known.

    A flag that is false (no food handling, no night work) is not a demand
    and is left out.
    """
    phrases = [demand_phrase(k, v, lang) for k, v in pairs if v is not False or k == "indoor"]
    return ", ".join(phrases) if phrases else i18n.message(lang, "brief.demands.none")


def strength_word(strength: float, lang: str) -> str:
    if strength >= STRONG:
        return i18n.message(lang, "brief.strength.strong")
    if strength >= GOOD:
        return i18n.message(lang, "brief.strength.good")
    return i18n.message(lang, "brief.strength.some")


def range_text(low: float | None, high: float | None, lang: str) -> str | None:
    """``20 til 37,5``, ``minst 20``, ``inntil 37,5``; None when both are unknown."""
    shown = {"min": low, "max": high}
    if low is not None and high is not None:
        return i18n.message(lang, "brief.range.both", **shown)
    if low is not None:
        return i18n.message(lang, "brief.range.min", **shown)
    if high is not None:
        return i18n.message(lang, "brief.range.max", **shown)
    return None


def named_pairs(pairs: Pairs, prefix: str, lang: str) -> str:
    """Adviser-only lists such as limits: ``løfter høyst (kg): 15; ...``."""
    return "; ".join(
        f"{i18n.message(lang, f'{prefix}.{k}')}: {value_word(k, v, lang)}" for k, v in pairs
    )
