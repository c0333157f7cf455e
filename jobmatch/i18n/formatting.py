"""Numbers, dates, day ranges and times, written as each language writes them.

The one place that turns values into text for people; catalogs hold words,
this module holds the rules (decimal comma in bokmål, ranges of days with
an en dash, ...). Words it needs (month and day names) come from the
catalog, so they are translated with everything else.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time

from jobmatch.i18n.catalog import message
from jobmatch.i18n.numbers import fixed, number

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
RANGE_DASH = "\u2013"
__all__ = [
    "clock",
    "day_name",
    "day_ranges",
    "fixed",
    "listing",
    "long_date",
    "number",
    "schedule",
    "short_date",
    "time_window",
]


def short_date(day: date, lang: str) -> str:
    """``02.10.2026`` in bokmål, ``2026-10-02`` in English."""
    return day.strftime("%d.%m.%Y") if lang == "nb" else day.isoformat()


def long_date(day: date, lang: str) -> str:
    """``27. november 2026`` in bokmål, ``27 November 2026`` in English."""
    month = message(lang, f"month.{day.month}")
    return message(lang, "format.date", day=str(day.day), month=month, year=str(day.year))


def clock(value: time | None, end: bool = False) -> str:
    """``08:00``; an open start is ``00:00`` and an open end ``24:00``."""
    if value is None:
        return "24:00" if end else "00:00"
    return value.strftime("%H:%M")


def time_window(start: time | None, end: time | None) -> str:
    """``08:00–16:00`` (an en dash, as for ranges of days)."""
    return f"{clock(start)}{RANGE_DASH}{clock(end, end=True)}"


def day_name(day: str, lang: str) -> str:
    """The short name of a day (``mon`` ... ``sun``)."""
    return message(lang, f"day.{day}")


def day_ranges(days: Iterable[str], lang: str) -> str:
    """Days as runs: ``man–fre``, ``man–ons, fre``, ``lør``; every day of the week is a run too."""
    wanted = {d for d in days}
    present = [d for d in DAYS if d in wanted]
    if not present:
        return message(lang, "word.none")
    runs: list[list[str]] = []
    for day in present:
        if runs and DAYS.index(day) == DAYS.index(runs[-1][-1]) + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ", ".join(_run(run, lang) for run in runs)


def _run(run: Sequence[str], lang: str) -> str:
    if len(run) == 1:
        return day_name(run[0], lang)
    if len(run) == 2:
        return f"{day_name(run[0], lang)}, {day_name(run[1], lang)}"
    return f"{day_name(run[0], lang)}{RANGE_DASH}{day_name(run[-1], lang)}"


def schedule(days: Iterable[str], start: time | None, end: time | None, lang: str) -> str:
    """The one wording of a schedule: ``man–fre 08:00–12:00``.

    An open start or end is the start or end of the day; with neither known
    (any time of day) the days stand alone: ``man–fre``.
    """
    if start is None and end is None:
        return day_ranges(days, lang)
    return f"{day_ranges(days, lang)} {time_window(start, end)}"


def listing(items: Iterable[str], lang: str) -> str:
    """Items joined with commas, or the word for none."""
    written = ", ".join(items)
    return written or message(lang, "word.none")
