"""The follow-up plan of one placement: every due date, computed from its start alone.

The rules of ``spec/followup.md``, each a key under ``[followup]``:

- weekly at start + 7, 14, 21, 28 days; met by a follow-up contact in the
  7 days up to and including the date;
- monthly at start + 2 ... 12 calendar months, the day clamped to the
  month's end; met by a follow-up contact after the previous due date of
  the plan (the last weekly date for the first monthly one) and up to and
  including its own;
- outcomes at start + 90 days, + 6 and + 12 calendar months.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from jobmatch.store.records import Checkpoint

if TYPE_CHECKING:
    from jobmatch.scoring.config import Followup


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, the day clamped to the last of the month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class FollowUp:
    """One planned follow-up: ``kind`` is ``weekly`` or ``monthly``; met by a contact in
    ``window_start`` to ``due`` (both included)."""

    kind: str
    number: int
    due: date
    window_start: date


def follow_ups(start: date, rules: Followup) -> tuple[FollowUp, ...]:
    """The weekly, then the monthly follow-ups, in date order."""
    return _follow_ups(start, rules)


@lru_cache(maxsize=4096)
def _follow_ups(start: date, rules: Followup) -> tuple[FollowUp, ...]:
    """Many placements share a start date: each plan is worked out once."""
    plan: list[FollowUp] = []
    for k in range(1, rules.weekly_count + 1):
        due = start + timedelta(days=rules.weekly_interval_days * k)
        plan.append(FollowUp("weekly", k, due, due - timedelta(days=rules.weekly_window_days - 1)))
    previous = plan[-1].due if plan else start
    for m in range(rules.monthly_from, rules.monthly_to + 1):
        due = add_months(start, m)
        if due <= previous:
            continue
        plan.append(FollowUp("monthly", m, due, previous + timedelta(days=1)))
        previous = due
    return tuple(plan)


def next_visit(last: date, rules: Followup) -> date:
    """The day by which a workplace visited on ``last`` needs its next visit: a year later
    (``visit_months`` calendar months, the day clamped), or ``visit_days`` when set."""
    if rules.visit_days is not None:
        return last + timedelta(days=rules.visit_days)
    return add_months(last, rules.visit_months)


@lru_cache(maxsize=4096)
def checkpoint_dates(start: date, rules: Followup) -> dict[Checkpoint, date]:
    """The outcome checkpoints' dates (do not change the dict: it is shared)."""
    six, twelve = rules.outcome_months
    return {
        Checkpoint.D90: start + timedelta(days=rules.outcome_days),
        Checkpoint.M6: add_months(start, six),
        Checkpoint.M12: add_months(start, twelve),
    }
