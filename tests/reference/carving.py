"""Job carving ("jobbsnekring"), coverage first: ``spec/scoring.md`` step 3.

In whole hours, never above the ceiling:

1. a workplace that does not carve gives each doable essential task up to
   ``essential_min`` hours first, in order of task id;
2. each interest met by a doable task that is not avoided (strength at or
   above the threshold) gets its best such task: the hours left are shared
   among the met interests in proportion to their weights (largest
   remainder, at least one hour each while the hours allow; with fewer hours
   than met interests, the highest weight x strength first, ties by task
   id), and each interest, in that order of priority, puts its share into its
   met tasks, best first, each up to its own hours;
3. the hours still free go to the doable tasks that are not avoided, by fit
   (the best weighted interest strength), each up to its own hours (with
   ``skip_unwanted``, not to a task whose own demands go against a stated
   preference: the other candidate job, which the engine takes where it
   scores higher);
4. avoided work gets no hours beyond step 1: the job is shorter instead;
5. ties between tasks go to the essential task, then to the task the
   seeker's task preferences fit best, then to the lower task id.

The batch path implements the same steps on arrays; keep them in step.
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
    strengths: tuple[float, ...]
    avoided: bool
    preference: float
    unwanted: bool = False

    @property
    def open(self) -> bool:
        """Whether steps 2 and 3 may give it hours."""
        return self.doable and not self.avoided


@dataclass(frozen=True, slots=True)
class Wish:
    """One interest as carving reads it: its weight and its text's alphabetical rank."""

    weight: int
    rank: int


def task_capacity(hours: float | None, ceiling: int) -> int:
    """Whole hours a task can give; unknown hours give as many as the ceiling needs."""
    if hours is None:
        return ceiling
    return math.floor(hours + 1e-9)


def tie_order(candidates: list[Candidate]) -> list[Candidate]:
    """The order that breaks ties: essential first, then the seeker's preferences, then id."""
    return sorted(candidates, key=lambda c: (not c.essential, -c.preference, c.key))


def carve(
    candidates: list[Candidate],
    wishes: list[Wish],
    ceiling: int,
    essential_min: int | None,
    threshold: float,
    skip_unwanted: bool = False,
) -> dict[int, int]:
    """Hours given to each task index (only those above zero).

    ``essential_min`` is None when the workplace carves (no essential minimum).
    """
    given: dict[int, int] = {}
    remaining = ceiling
    if essential_min is not None:
        for c in sorted(candidates, key=lambda c: c.key):
            if c.doable and c.essential and remaining > 0:
                take = min(task_capacity(c.hours, ceiling), essential_min, remaining)
                if take > 0:
                    given[c.index] = take
                    remaining -= take
    free = {
        c.index: task_capacity(c.hours, ceiling) - given.get(c.index, 0)
        for c in candidates
        if c.open
    }
    position = {c.index: n for n, c in enumerate(tie_order(candidates))}
    remaining -= _cover_interests(candidates, wishes, remaining, threshold, free, given, position)
    fill = (c for c in candidates if c.open and not (skip_unwanted and c.unwanted))
    for c in sorted(fill, key=lambda c: (-c.fit, position[c.index])):
        take = min(free[c.index], remaining)
        if take > 0:
            given[c.index] = given.get(c.index, 0) + take
            free[c.index] -= take
            remaining -= take
    return given


def _cover_interests(
    candidates: list[Candidate],
    wishes: list[Wish],
    hours: int,
    threshold: float,
    free: dict[int, int],
    given: dict[int, int],
    position: dict[int, int],
) -> int:
    """Step 2: share ``hours`` among the met interests and put each share into its tasks.

    Returns the hours given.
    """
    met = []
    for j, wish in enumerate(wishes):
        tasks = [c for c in candidates if c.open and c.strengths[j] >= threshold]
        if tasks:
            tasks.sort(key=lambda c: (-c.strengths[j], position[c.index]))
            met.append((j, wish, tasks))
    if not met or hours <= 0:
        return 0
    met.sort(key=lambda m: (-(m[1].weight * m[2][0].strengths[m[0]]), m[2][0].key, m[1].rank))
    shares = share_hours(hours, [wish.weight for _, wish, _ in met])
    poured = 0
    for (_, _, tasks), share in zip(met, shares, strict=True):
        for c in tasks:
            take = min(free[c.index], share)
            if take > 0:
                given[c.index] = given.get(c.index, 0) + take
                free[c.index] -= take
                share -= take
                poured += take
    return poured


def share_hours(hours: int, weights: list[int]) -> list[int]:
    """Hours for each met interest, given in order of priority.

    In proportion to the weights by largest remainder (equal remainders: the
    earlier in priority); then at least one hour each while the hours allow,
    each hour taken from the interest with the most (equal: the later in
    priority). With fewer hours than interests, one each to the first.
    """
    count = len(weights)
    if hours <= count:
        return [1 if n < hours else 0 for n in range(count)]
    total = sum(weights)
    shares = [hours * w // total for w in weights]
    remainders = [hours * w % total for w in weights]
    left = hours - sum(shares)
    for n in sorted(range(count), key=lambda n: (-remainders[n], n))[:left]:
        shares[n] += 1
    for n in range(count):
        if shares[n] == 0:
            donor = max(range(count), key=lambda d: (shares[d], d))
            shares[donor] -= 1
            shares[n] += 1
    return shares
