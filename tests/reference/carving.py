"""Job carving ("jobbsnekring"): a job put together from the doable tasks that fit best.

Two passes, in whole hours, never above the ceiling:

1. every doable essential task gets up to ``essential_min_hours`` first, in
   order of task id (whoever takes the placement must do some of it);
2. the remaining hours go to doable tasks by fit, best first (ties: task
   id), each up to its own hours; a task may be taken in part. Avoided work
   has the lowest fit, so it comes last: avoiding is a wish, not a limit.

Ties are broken by task id, not file position, so that the order of tasks in
a file never changes the result.

The batch path implements the same passes on arrays; keep them in step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """What carving needs to know of one task."""

    index: int
    key: str
    doable: bool
    essential: bool
    hours: float | None
    fit: float


def task_capacity(hours: float | None, ceiling: int) -> int:
    """Whole hours a task can give; unknown hours give as many as the ceiling needs."""
    if hours is None:
        return ceiling
    return math.floor(hours + 1e-9)


def carve(candidates: list[Candidate], ceiling: int, essential_min: int) -> dict[int, int]:
    """Hours given to each task index (only those above zero)."""
    given: dict[int, int] = {}
    remaining = ceiling
    for c in sorted(candidates, key=lambda c: c.key):
        if c.doable and c.essential and remaining > 0:
            take = min(task_capacity(c.hours, ceiling), essential_min, remaining)
            if take > 0:
                given[c.index] = take
                remaining -= take
    ordered = sorted((c for c in candidates if c.doable), key=lambda c: (-c.fit, c.key))
    for c in ordered:
        if remaining <= 0:
            break
        take = min(task_capacity(c.hours, ceiling) - given.get(c.index, 0), remaining)
        if take > 0:
            given[c.index] = given.get(c.index, 0) + take
            remaining -= take
    return given
