"""Facts in words: the sentence for each fact the engine states.

A fact is a ``code`` and its ``values`` (see :mod:`jobmatch.scoring.match`);
its sentence is the catalog message ``fact.<code>`` (or
``fact.<code>.<variant>`` where one value changes the sentence). Values are
written for the language here: enumerated values and the names of demands,
fields and limits through the catalog, numbers, hours and schedules through
:mod:`jobmatch.i18n.formatting`. Free text from the files (task names,
interests) goes in as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from typing import Protocol

from jobmatch.i18n.catalog import has, message, plural
from jobmatch.i18n.formatting import schedule
from jobmatch.i18n.numbers import number

Value = str | int | float | bool | None | tuple[str, ...]

_VARIANT_KEYS = ("carving", "key", "limit_source", "via")
_NEED_CODES = frozenset({"demand_over_limit", "requirement_missing", "essential_not_doable"})
_NAMES = frozenset({"demand", "preference", "key", "set_by"})
"""Values that name something (a demand, a workplace field): written as its name."""
_NAME_PREFIXES = ("demand", "workplace", "ceiling", "value")
_ENUMS = frozenset({"value", "limit", "wanted", "actual", "purpose", "offers"})
"""Values that are enumerated words (``light``, ``training``): written in the language."""
_HOURS: dict[str, tuple[str, tuple[str, ...]]] = {
    "hour_ceiling": ("unit.hours_week", ("hours",)),
    "hours_offered": ("unit.hours_week", ("hours",)),
    "workplace_minimum_above_wanted": ("unit.hours", ("minimum",)),
    "need.standing_hours": ("unit.hours", ("value", "limit")),
    "preference_partly": ("unit.hours", ("hours",)),
    "shorter_job": ("unit.hours", ("hours",)),
    "shorter_job_unwanted": ("unit.hours", ("hours",)),
}
"""Where a fact (or a need) counts hours: the unit, and the values that are counts."""
_COUNTED = {
    "left_out_hours_filled": "hours",
    "left_out_tie": "hours",
    "left_out_covered": "hours",
    "left_out_essential_first": "hours",
}
"""Facts whose sentence has plural forms, and the value that counts."""
_SCHEDULES = ("seeker", "workplace")
_STRENGTH_WORDS = ((0.9, "strength.strong"), (0.75, "strength.good"), (0.0, "strength.fair"))
"""How well an interest meets a task, in words (``how``), from its match strength: a
person reads "passer svært godt", not a number between 0 and 1."""


class Stated(Protocol):
    """What a sentence needs of a fact: its code and values."""

    @property
    def code(self) -> str: ...

    @property
    def values(self) -> Mapping[str, Value]: ...


def sentence(fact: Stated, lang: str) -> str:
    """The fact in words, in ``lang``; the bare code for a fact the catalog does not know."""
    values = _shown(fact.code, fact.values, lang)
    if fact.code in _NEED_CODES:
        values["need"] = _need(fact, lang)
    key = _key(fact)
    if key is None:
        return fact.code
    counted = _COUNTED.get(fact.code)
    count = fact.values.get(counted) if counted else None
    if isinstance(count, int | float) and not isinstance(count, bool):
        return plural(lang, key, count, **values)
    return message(lang, key, **values)


def _key(fact: Stated) -> str | None:
    """``fact.<code>.<variant>`` for the facts whose sentence depends on one value."""
    for name in _VARIANT_KEYS:
        variant = fact.values.get(name)
        if isinstance(variant, str) and has("en", f"fact.{fact.code}.{variant}"):
            return f"fact.{fact.code}.{variant}"
    return f"fact.{fact.code}" if has("en", f"fact.{fact.code}") else None


def _need(fact: Stated, lang: str) -> str:
    """What the task needs beyond the limit, in words with units."""
    rule = fact.values.get("rule", fact.code)
    demand = "requirement_missing" if rule == "requirement_missing" else fact.values.get("demand")
    key = f"need.{demand}"
    if not has("en", key):
        key = "need.requirement_missing"
    values = _shown(fact.code, fact.values, lang)
    values.update(_hours(key, fact.values, lang))
    return message(lang, key, **values)


def _shown(code: str, values: Mapping[str, Value], lang: str) -> dict[str, str]:
    """Every value as text in ``lang``."""
    indoor = values.get("preference") == "indoor"
    shown: dict[str, str] = {}
    for key, value in values.items():
        if indoor and key in ("wanted", "actual") and isinstance(value, bool):
            # "wants indoors yes, and it is yes" reads badly: say where instead.
            shown[key] = place(value, lang)
        elif key == "support" and isinstance(value, str) and has("en", f"support.{value}"):
            shown[key] = message(lang, f"support.{value}")
        elif key in _NAMES and isinstance(value, str):
            shown[key] = name(value, lang)
        else:
            shown[key] = word(value, lang, key in _ENUMS)
    label = values.get("concept_nb")
    if lang == "nb" and isinstance(label, str):
        shown["concept"] = label  # a concept named by its label in the sentence's language
    shown.update(_hours(code, values, lang))
    strength = values.get("strength")
    if isinstance(strength, int | float) and not isinstance(strength, bool):
        shown["how"] = how_well(strength, lang)
    if code == "no_schedule_overlap":
        for who in _SCHEDULES:
            shown[f"{who}_schedule"] = _schedule(values, who, lang)
    return shown


def _hours(code: str, values: Mapping[str, Value], lang: str) -> dict[str, str]:
    """The counts of hours among ``values``, with their noun: ``1 time``, ``2,5 timer i uka``."""
    unit, keys = _HOURS.get(code, ("", ()))
    found = {}
    for key in keys:
        value = values.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            found[key] = plural(lang, unit, value)
    return found


def how_well(strength: float, lang: str) -> str:
    """A match strength in plain words: ``svært godt``, ``godt`` or ``ganske godt`` (``very
    good``, ``good`` or ``fair`` in English, as its sentence puts it)."""
    key = next(key for floor, key in _STRENGTH_WORDS if strength >= floor)
    return message(lang, key)


def name(value: str, lang: str) -> str:
    """The name of a demand, a workplace field or a limit on the hours; else the value."""
    for prefix in _NAME_PREFIXES:
        if has("en", f"{prefix}.{value}"):
            return message(lang, f"{prefix}.{value}")
    return value


def component_name(component: str, lang: str) -> str:
    """The name of a score component (``readiness``: ``inkluderingsberedskap``); else its key."""
    key = f"component.{component}"
    return message(lang, key) if has(lang, key) else component


def word(value: Value, lang: str, translate: bool = True) -> str:
    """A value as text; enumerated values in the language, free text as written."""
    if isinstance(value, bool):
        return message(lang, f"value.{str(value).lower()}")
    if isinstance(value, int | float):
        return number(value, lang)
    if isinstance(value, tuple):
        return ", ".join(word(v, lang, translate) for v in value) or message(lang, "word.none")
    if value is None:
        return "-"
    if translate and has("en", f"value.{value}"):
        return message(lang, f"value.{value}")
    return value


def place(indoor: bool, lang: str) -> str:
    """``innendørs`` or ``utendørs``: the one wording of where the work is."""
    return message(lang, f"phrase.indoor.{str(indoor).lower()}")


def _schedule(values: Mapping[str, Value], who: str, lang: str) -> str:
    """A side's days and hours of a schedule fact, in the one wording of schedules."""
    days = values.get(f"{who}_days")
    hours = values.get(f"{who}_hours")
    day_codes = days if isinstance(days, tuple) else ()
    start, end = _window(hours)
    return schedule(day_codes, start, end, lang)


def _window(hours: Value) -> tuple[time | None, time | None]:
    """``08:00-16:00`` as two times; ``24:00`` (and anything unreadable) is open."""
    if not isinstance(hours, str):
        return None, None
    first, _, last = hours.partition("-")
    return _clock(first), _clock(last)


def _clock(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        return None
