"""The hard rules of ``spec/data-format.md``: doable tasks, exclusions, hours, distance.

Each rule returns facts with the values that decided it, so that an adviser
reads "essential task 'plukk' needs lifting 25 kg; limit 15 kg", not a number.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from jobmatch.models import Day, Demands, Limits, Schedule, Task
from jobmatch.scoring.match import Fact, Value
from jobmatch.scoring.views import Place, SeekerView, WorkplaceView

ALL_DAYS = tuple(Day)
_ORDERED_DEMANDS = (
    ("physical_load", "max_physical_load"),
    ("customer_contact", "max_customer_contact"),
    ("literacy", "max_literacy"),
)
_NUMERIC_DEMANDS = (
    ("lifting_kg", "max_lifting_kg"),
    ("standing_hours", "max_standing_hours"),
)
_FLAG_DEMANDS = ("food_handling", "night_work")
LIMITED_DEMANDS = tuple(d for d, _ in _ORDERED_DEMANDS + _NUMERIC_DEMANDS) + _FLAG_DEMANDS

RequirementCheck = Callable[[str, tuple[str, ...]], bool]


def _plain(value: object) -> str | float | bool:
    """A demand or limit value as it is shown: an enum by its name, a number as is."""
    if isinstance(value, bool | int | float):
        return value
    return str(getattr(value, "value", value))


def task_blockers(
    task: Task, limits: Limits, skills: tuple[str, ...], met: RequirementCheck
) -> list[Fact]:
    """Every demand of the task beyond a limit, and every missing requirement."""
    demands = task.demands or Demands()
    found: list[Fact] = []
    for demand, limit_name in _ORDERED_DEMANDS:
        need, limit = getattr(demands, demand), getattr(limits, limit_name)
        if need is not None and limit is not None and need.rank > limit.rank:
            found.append(_over(task, demand, need, limit))
    for demand, limit_name in _NUMERIC_DEMANDS:
        need, limit = getattr(demands, demand), getattr(limits, limit_name)
        if need is not None and limit is not None and need > limit:
            found.append(_over(task, demand, need, limit))
    for demand in _FLAG_DEMANDS:
        if getattr(demands, demand) is True and getattr(limits, demand) is False:
            found.append(_over(task, demand, True, False))
    for required in task.requires:
        if not met(required, skills):
            found.append(Fact("requirement_missing", {"task": task.name, "requirement": required}))
    return found


def _over(task: Task, demand: str, need: object, limit: object) -> Fact:
    return Fact(
        "demand_over_limit",
        {"task": task.name, "demand": demand, "value": _plain(need), "limit": _plain(limit)},
    )


def unknown_demands(task: Task, limits: Limits, no_night_work: bool) -> tuple[str, ...]:
    """Demands the seeker has a limit on but the task map leaves blank (and the data does not
    answer: ``no_night_work``, the workplace's hours have no night in them)."""
    demands = task.demands or Demands()
    limit_of = dict(_ORDERED_DEMANDS + _NUMERIC_DEMANDS)
    missing = []
    for demand in LIMITED_DEMANDS:
        limit = getattr(limits, limit_of.get(demand, demand))
        answered = demand == "night_work" and no_night_work
        if limit is not None and getattr(demands, demand) is None and not answered:
            missing.append(demand)
    return tuple(missing)


@dataclass(frozen=True, slots=True)
class Overlap:
    """Where two schedules meet: days, daily hours, hours a week (None: unknown)."""

    days: tuple[Day, ...]
    daily_hours: float
    weekly_hours: float | None


def schedule_overlap(a: Schedule | None, b: Schedule | None) -> Overlap:
    """The weekly hours both can work; unknown when either side has no schedule."""
    if a is None or b is None:
        return Overlap(ALL_DAYS, 24.0, None)
    days_a, days_b = set(a.days or ALL_DAYS), set(b.days or ALL_DAYS)
    days = tuple(d for d in ALL_DAYS if d in days_a and d in days_b)
    start = max(_minutes(a.earliest, 0), _minutes(b.earliest, 0))
    end = min(_minutes(a.latest, 1440), _minutes(b.latest, 1440))
    daily = max(0, end - start) / 60
    return Overlap(days, daily, len(days) * daily)


def _minutes(value: time | None, default: int) -> int:
    return default if value is None else value.hour * 60 + value.minute


def distance_km(a: Place | None, b: Place | None) -> float | None:
    """Straight-line (haversine) distance, or None when either side lacks coordinates."""
    if a is None or b is None:
        return None
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi, dlmb = phi2 - phi1, math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def same_municipality(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None or not a.municipality or not b.municipality:
        return False
    return a.municipality.casefold() == b.municipality.casefold()


def exclusions(
    seeker: SeekerView,
    workplace: WorkplaceView,
    blocked: list[tuple[Task, list[Fact]]],
    any_doable: bool,
    overlap: Overlap,
    distance: float | None,
    limit: float | None,
    too_far: Callable[[float], Fact],
) -> list[Fact]:
    """Every exclusion rule that applies, each with its values (not just the first).

    ``limit``: the travel limit that applies (the seeker's or the default);
    ``too_far`` words its exclusion."""
    found: list[Fact] = []
    if workplace.open_to_job_carving is not True:
        essential = [(t, b) for t, blockers in blocked if t.is_essential for b in blockers]
        found.extend(
            Fact("essential_not_doable", {**b.values, "rule": b.code}) for _, b in essential
        )
        if essential:
            known = workplace.open_to_job_carving is not None
            found.append(Fact("no_job_carving", {"carving": "no" if known else "unknown"}))
    if not any_doable:
        found.append(Fact("nothing_doable", {"tasks": len(workplace.tasks)}))
    if workplace.capacity == 0:
        found.append(Fact("no_capacity", {"capacity": 0}))
    purpose = seeker.goal.purpose
    if workplace.offers is not None and purpose not in workplace.offers:
        offered = tuple(p.value for p in workplace.offers)
        found.append(Fact("purpose_not_offered", {"purpose": purpose.value, "offers": offered}))
    if overlap.weekly_hours is not None and overlap.weekly_hours <= 0:
        found.append(Fact("no_schedule_overlap", _schedule_values(seeker, workplace)))
    if limit is not None and distance is not None and distance > limit:
        found.append(too_far(distance))
    return found


def _schedule_values(seeker: SeekerView, workplace: WorkplaceView) -> dict[str, Value]:
    return {
        "seeker_days": _days(seeker.schedule),
        "seeker_hours": _window(seeker.schedule),
        "workplace_days": _days(workplace.schedule),
        "workplace_hours": _window(workplace.schedule),
    }


def _days(schedule: Schedule | None) -> tuple[str, ...]:
    days = schedule.days if schedule is not None and schedule.days else ALL_DAYS
    return tuple(d.value for d in ALL_DAYS if d in days)


def _window(schedule: Schedule | None) -> str:
    """``08:00-16:00``; an open end is the start or end of the day."""
    start = schedule.earliest if schedule is not None else None
    end = schedule.latest if schedule is not None else None
    return f"{start.strftime('%H:%M') if start else '00:00'}-{end.strftime('%H:%M') if end else '24:00'}"


def _workplace_max(workplace: WorkplaceView) -> float | None:
    hours = workplace.conditions.hours_per_week
    return hours.max if hours is not None else None


def wanted_hours(seeker: SeekerView, workplace: WorkplaceView, default: float) -> float:
    """Hours wanted: the seeker's, else the workplace's maximum, else the default."""
    if seeker.goal.hours_per_week is not None:
        return seeker.goal.hours_per_week
    maximum = _workplace_max(workplace)
    return maximum if maximum is not None else default


def hour_ceiling(
    seeker: SeekerView,
    workplace: WorkplaceView,
    doable_hours: float | None,
    overlap: Overlap,
    default: float,
) -> tuple[int, Fact]:
    """min(wanted, doable, workplace max, overlap), in whole hours, with what set it."""
    maximum = _workplace_max(workplace)
    wanted = wanted_hours(seeker, workplace, default)
    bounds = {
        "wanted": wanted,
        "doable": doable_hours,
        "workplace_max": maximum,
        "overlap": overlap.weekly_hours,
    }
    known = {k: v for k, v in bounds.items() if v is not None}
    limit_by = min(known, key=lambda k: (known[k], list(bounds).index(k)))
    ceiling = math.floor(known[limit_by] + 1e-9)
    return ceiling, Fact("hour_ceiling", {"hours": ceiling, "set_by": limit_by, **bounds})
