"""Exclusion at task level: a task is doable when no demand is beyond the seeker's limit
and the seeker's skills meet every requirement.

A blocked task is left out of the carved job; the pair is excluded by
``nothing_doable`` or ``essential`` when that matters.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from jobmatch.models import Demands, Limits, Task
from jobmatch.scoring.constants import FLAG_LIMITS, LIMIT_PAIRS
from jobmatch.scoring.criteria.base import Bools, Ints, Kind, criterion, plain
from jobmatch.scoring.match import Fact

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

CRITERION = criterion(
    "doable",
    Kind.EXCLUSION,
    None,
    ("doable", None),
    ("unknown_demand", "unknown_demand"),
    ("over_limit", "demand_over_limit"),
    ("requirement_missing", "requirement_missing"),
)
_FLAGS = frozenset(demand for demand, _ in FLAG_LIMITS)


def demand_value(value: Any) -> float:
    """A demand as a number to compare: ordered levels by rank, flags as 0/1; unknown: -inf."""
    if value is None:
        return -math.inf
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    rank = getattr(value, "rank", None)
    return float(rank) if rank is not None else float(value)


def limit_value(value: Any) -> float:
    """A limit as a number a demand must not exceed; no limit: +inf; a flag true: no limit."""
    if value is None or value is True:
        return math.inf
    if value is False:
        return 0.0
    rank = getattr(value, "rank", None)
    return float(rank) if rank is not None else float(value)


def blocked(t: Tables, rows: slice) -> Bools:
    """Seekers x task columns: a demand over a limit, or a requirement the skills do not meet."""
    found = np.zeros((rows.stop - rows.start, len(t.tasks)), dtype=bool)
    limits = t.seekers.limits[rows]
    for d in range(limits.shape[1]):
        limit = limits[:, d]
        if np.isinf(limit).all():
            continue
        found |= t.tasks.demands[d][None, :] > limit[:, None]
    skills = t.seekers.skills[rows]
    for columns, requirement in t.tasks.requirements:
        found[:, columns] |= ~t.lookups.requirement_met[skills][:, requirement]
    return found


def blocker_bits(t: Tables, seeker: Ints, column: Ints) -> tuple[Ints, Ints]:
    """Per (seeker, task column): bit d set for each demand d of :data:`LIMIT_PAIRS` over its
    limit, and bit j for each ``requires`` item j not met (the details of :func:`blocked`)."""
    over = np.zeros(len(column), dtype=np.int64)
    for d in range(t.seekers.limits.shape[1]):
        over |= (t.tasks.demands[d][column] > t.seekers.limits[seeker, d]).astype(np.int64) << d
    unmet = np.zeros(len(column), dtype=np.int64)
    skills = t.seekers.skills[seeker]
    for j, requirement in enumerate(t.tasks.requirement_of_column):
        ids = requirement[column]
        missing = (ids >= 0) & ~t.lookups.requirement_met[skills, ids]
        unmet |= missing.astype(np.int64) << j
    return over, unmet


def blockers(task: Task, limits: Limits, over: int, unmet: int) -> list[Fact]:
    """The facts of a blocked task: each demand over its limit, then each missing requirement."""
    demands = task.demands or Demands()
    found = []
    for d, (demand, limit_name) in enumerate(LIMIT_PAIRS):
        if over >> d & 1:
            need, limit = getattr(demands, demand), getattr(limits, limit_name)
            if demand in _FLAGS:
                need, limit = True, False
            values = {
                "task": task.name,
                "demand": demand,
                "value": plain(need),
                "limit": plain(limit),
            }
            found.append(Fact("demand_over_limit", values))
    for j, required in enumerate(task.requires):
        if unmet >> j & 1:
            found.append(Fact("requirement_missing", {"task": task.name, "requirement": required}))
    return found


def unknown_demands(unknown: int) -> tuple[str, ...]:
    """The demands the seeker limits but the task map leaves blank (bits in :data:`LIMIT_PAIRS` order)."""
    return tuple(demand for d, (demand, _) in enumerate(LIMIT_PAIRS) if unknown >> d & 1)
