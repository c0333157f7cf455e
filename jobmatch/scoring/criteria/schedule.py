"""Exclusion: the two schedules never meet. Also the overlap itself, which carving and
``practical`` read: the weekly hours both sides can work."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

import numpy as np

from jobmatch.models import Day, Schedule
from jobmatch.scoring.constants import NIGHT_ENDS_MINUTE, NIGHT_STARTS_MINUTE
from jobmatch.scoring.criteria.base import Bools, Floats, Kind, criterion
from jobmatch.scoring.match import Fact, Value
from jobmatch.scoring.views import SeekerView, WorkplaceView

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

ALL_DAYS = tuple(Day)
MINUTES_PER_DAY = 1440
_POPCOUNT = np.array([bin(i).count("1") for i in range(1 << len(ALL_DAYS))], dtype=np.int64)

CRITERION = criterion(
    "schedule",
    Kind.EXCLUSION,
    None,
    ("overlap", None),
    ("unknown", "unknown_schedule"),
    ("no_overlap", "no_schedule_overlap"),
)


def days_mask(schedule: Schedule) -> int:
    """The schedule's days as bits (no days listed: every day)."""
    days = set(schedule.days or ALL_DAYS)
    return sum(1 << i for i, d in enumerate(ALL_DAYS) if d in days)


def window(schedule: Schedule) -> tuple[int, int]:
    """Start and end in minutes of the day; an open end is the start or end of the day."""
    return _minutes(schedule.earliest, 0), _minutes(schedule.latest, MINUTES_PER_DAY)


def _minutes(value: time | None, default: int) -> int:
    return default if value is None else value.hour * 60 + value.minute


def no_night_work(schedule: Schedule | None) -> bool:
    """The workplace's hours answer a task's blank ``night_work``: none of them is at night.

    Open from 06:00 at the earliest to 22:00 at the latest (both given) means
    no work after 22:00 or before 06:00, so night work is known: none.
    """
    if schedule is None or schedule.earliest is None or schedule.latest is None:
        return False
    start, end = window(schedule)
    return start >= NIGHT_ENDS_MINUTE and end <= NIGHT_STARTS_MINUTE


def weekly_overlap(t: Tables, rows: slice) -> Floats:
    """Seekers x workplaces: hours a week both can work (NaN: a side has no schedule)."""
    a, w = t.seekers.schedule, t.workplaces.schedule
    both = a.known[rows][:, None] & w.known[None, :]
    days = _POPCOUNT[a.days[rows][:, None] & w.days[None, :]]
    start = np.maximum(a.start[rows][:, None], w.start[None, :])
    end = np.minimum(a.end[rows][:, None], w.end[None, :])
    daily = np.maximum(0, end - start) / 60
    result: Floats = np.where(both, days * daily, np.nan)
    return result


def excludes(weekly: Floats) -> Bools:
    """Known schedules that leave no hour in the week."""
    result: Bools = weekly <= 0
    return result


def fact(seeker: SeekerView, workplace: WorkplaceView) -> Fact:
    values: dict[str, Value] = {
        "seeker_days": _days(seeker.schedule),
        "seeker_hours": _window_text(seeker.schedule),
        "workplace_days": _days(workplace.schedule),
        "workplace_hours": _window_text(workplace.schedule),
    }
    return Fact("no_schedule_overlap", values)


def _days(schedule: Schedule | None) -> tuple[str, ...]:
    days = schedule.days if schedule is not None and schedule.days else ALL_DAYS
    return tuple(d.value for d in ALL_DAYS if d in days)


def _window_text(schedule: Schedule | None) -> str:
    """``08:00-16:00``; an open end is the start or end of the day."""
    start = schedule.earliest if schedule is not None else None
    end = schedule.latest if schedule is not None else None
    return f"{start.strftime('%H:%M') if start else '00:00'}-{end.strftime('%H:%M') if end else '24:00'}"
