"""Job carving ("jobbsnekring"): a job put together from the doable tasks that fit best.

The hour ceiling is min(hours wanted, doable hours, the workplace's
maximum, the schedule overlap), in whole hours. Two passes fill it, never
above it:

1. every doable essential task gets up to ``essential_min_hours`` first, in
   order of task id (whoever takes the placement must do some of it);
2. the remaining hours go to doable tasks by fit, best first (ties: task
   id), each up to its own hours; a task may be taken in part. Avoided work
   has the lowest fit, so it comes last: avoiding is a wish, not a limit.

A workplace's tasks sit in its columns in order of task id, so ties never
depend on the order of tasks in a file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from jobmatch.scoring.constants import HOURS_EPSILON
from jobmatch.scoring.criteria.base import Bools, Floats, Ints, Kind, criterion
from jobmatch.scoring.match import Fact, Value

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

HOURS = np.int32
"""Whole hours: a week has 168, so 32 bits are plenty and halve the memory traffic."""
Hours = npt.NDArray[np.int32]
#: What may set the ceiling, in the order that breaks a tie.
CEILING_BOUNDS = ("wanted", "doable", "workplace_max", "overlap")

CRITERION = criterion(
    "carving",
    Kind.CARVING,
    "thresholds.essential_min_hours",
    ("ceiling", "hour_ceiling"),
    ("essential_first", None),
    ("best_fit", None),
    ("left_out", "left_out_hours_filled"),
)


def sum_slots(values: Floats) -> Floats:
    """Sum over a pair's tasks (columns) in slot order."""
    total = values[:, 0].copy()
    for slot in range(1, values.shape[1]):
        total += values[:, slot]
    return total


def ceiling(
    wanted: Floats, doable: Bools, hours: Floats, workplace_max: Floats, weekly: Floats
) -> tuple[Hours, Floats]:
    """Per pair: the ceiling in whole hours, and the doable hours.

    A doable task of unknown hours makes the doable hours NaN: no bound.
    """
    total = sum_slots(np.where(doable, hours, 0.0))
    least = np.fmin(np.fmin(np.fmin(wanted, total), workplace_max), weekly)
    whole: Hours = np.floor(least + HOURS_EPSILON).astype(HOURS)
    return whole, total


def set_by(wanted: Floats, doable: Floats, workplace_max: Floats, weekly: Floats) -> Ints:
    """Per pair: which bound of :data:`CEILING_BOUNDS` set the ceiling (ties: the first)."""
    bounds = np.stack([wanted, doable, workplace_max, weekly])
    found: Ints = np.argmin(np.where(np.isnan(bounds), np.inf, bounds), axis=0).astype(np.int64)
    return found


def capacity(task_capacity: Ints, ceiling: Hours) -> Hours:
    """Whole hours each task can give; unknown hours (-1) give as many as the ceiling needs."""
    known = task_capacity.astype(HOURS)
    found: Hours = np.where(known < 0, ceiling[:, None], known)
    return found


def carve(
    t: Tables, ceiling: Hours, can_give: Hours, doable: Bools, essential: Bools, fit: Floats
) -> Hours:
    """Hours carved per pair (rows) and task slot (columns): the two passes."""
    minimum = t.config.thresholds.essential_min_hours
    wished = np.where(doable & essential, np.minimum(can_give, minimum), 0)
    first = _greedy(wished.astype(HOURS), ceiling)
    remaining = ceiling - first.sum(axis=1, dtype=HOURS)
    open_hours = np.where(doable, can_give - first, 0).astype(HOURS)
    order = np.argsort(np.where(doable, -fit, np.inf), axis=1, kind="stable")
    second = np.empty_like(first)
    np.put_along_axis(
        second, order, _greedy(np.take_along_axis(open_hours, order, axis=1), remaining), axis=1
    )
    carved: Hours = first + second
    return carved


def _greedy(wished: Hours, budget: Hours) -> Hours:
    """Each task in turn takes what it wishes while the budget lasts: min(wish, budget left)."""
    before = np.cumsum(wished, axis=1, dtype=HOURS) - wished
    taken: Hours = np.minimum(wished, np.maximum(0, budget[:, None] - before))
    return taken


def hours_fact(ceiling: int, set_by: int, bounds: tuple[float | None, ...]) -> Fact:
    """What the ceiling is and what set it, with every bound (None: no bound)."""
    values: dict[str, Value] = {"hours": ceiling, "set_by": CEILING_BOUNDS[set_by]}
    values.update(zip(CEILING_BOUNDS, bounds, strict=True))
    return Fact("hour_ceiling", values)


def left_out(
    task: str, hours: int, doable: bool, ceiling: int, avoided: str | None, fit: float
) -> Fact | None:
    """Why a task is not in the carved job (None: it is)."""
    if hours > 0:
        return None
    if not doable:
        return Fact("left_out_not_doable", {"task": task})
    if ceiling <= 0:
        return Fact("left_out_no_hours", {"task": task})
    if avoided is not None and fit < 0:
        return Fact("left_out_avoided", {"task": task, "avoid": avoided})
    return Fact("left_out_hours_filled", {"task": task, "hours": ceiling})
