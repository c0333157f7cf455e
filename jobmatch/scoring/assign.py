"""Placement assignment: each seeker at most one workplace, each workplace at most its capacity.

    from jobmatch import assign, load

    result = assign(load("path/to/data"), objective="placed")
    for p in result.placements:
        print(p.seeker, p.workplace, round(p.score, 1))

Only pairs that are not excluded can be assigned, and only active seekers
are. A workplace takes up to ``capacity`` seekers; an unknown capacity
counts as one placement (``spec/data-format.md``), a capacity of 0 as none.

Objectives:

- ``score``: the largest total score;
- ``placed``: the most seekers placed, then the largest total score.

Solved exactly as an assignment problem (``scipy.optimize.linear_sum_assignment``)
on a matrix with one row per seeker and one column per open place (a
workplace with capacity 3 has three identical columns). For ``placed``, each
assignment is worth a constant larger than any total score, plus its score.
Seekers and workplaces enter the solver in id order, so the same input always
gives the same assignment; among equally good assignments the solver's choice
is fixed by that order.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np

from jobmatch.models import Seeker, Workplace
from jobmatch.scoring.batch import BatchScorer
from jobmatch.scoring.criteria.base import Bools, Floats, Ints
from jobmatch.scoring.evaluate import ChunkScores
from jobmatch.scoring.scorer import Scorer


class Objective(StrEnum):
    """What an assignment maximises."""

    SCORE = "score"
    PLACED = "placed"


@dataclass(frozen=True)
class Placement:
    """One seeker placed at one workplace, with the pair's score (as ``rank`` shows it)."""

    seeker: str
    workplace: str
    score: float


@dataclass(frozen=True)
class Assignment:
    """Who goes where, and who is left without a placement."""

    objective: Objective
    placements: tuple[Placement, ...]
    unassigned: tuple[str, ...]

    @property
    def total_score(self) -> float:
        """The sum of the placements' unrounded scores."""
        return float(sum(p.score for p in self.placements))


def assign(
    seekers: Iterable[Seeker],
    workplaces: Iterable[Workplace],
    scorer: Scorer,
    *,
    objective: Objective | str = Objective.SCORE,
    as_of: date | None = None,
    min_score: float | None = None,
) -> Assignment:
    """The best assignment of the active ``seekers`` to ``workplaces``.

    ``min_score``: pairs scoring below it are not assigned.
    """
    batch = BatchScorer(seekers, workplaces, scorer, as_of)
    return assign_scored(batch, batch.chunks(), Objective(objective), min_score)


def assign_scored(
    scorer: BatchScorer,
    chunks: Iterable[ChunkScores],
    objective: Objective,
    min_score: float | None = None,
    *,
    placed: Collection[str] = frozenset(),
    taken: Mapping[str, int] | None = None,
) -> Assignment:
    """The best assignment from a scorer's chunks (the command line passes them through its progress bar).

    ``placed``: seekers who already have an active placement (not assigned);
    ``taken``: active placements per workplace, taken off its capacity. Both
    come from the follow-up log when there is one.
    """
    scores = np.zeros((len(scorer.seekers), len(scorer.workplaces)))
    allowed = np.zeros(scores.shape, dtype=bool)
    for chunk in chunks:
        scores[chunk.start : chunk.stop] = chunk.score
        allowed[chunk.start : chunk.stop] = ~chunk.excluded
    if min_score is not None:
        allowed &= scores >= min_score
    if placed:
        allowed[[i for i, s in enumerate(scorer.seekers) if s.id in placed]] = False
    taken = taken or {}
    capacity = np.array(
        [
            max(0, (1 if w.capacity is None else w.capacity) - taken.get(w.id, 0))
            for w in scorer.workplaces
        ],
        dtype=np.int64,
    )
    chosen = best_assignment(scores, allowed, capacity, objective)
    seekers = sorted({i for i, _ in chosen})
    workplaces = sorted({j for _, j in chosen})
    row, column = {i: n for n, i in enumerate(seekers)}, {j: n for n, j in enumerate(workplaces)}
    matches = scorer.scorer.pair_matches(
        [scorer.seekers[i] for i in seekers],
        [scorer.workplaces[j] for j in workplaces],
        [(row[i], column[j]) for i, j in chosen],
    )
    placements = [Placement(m.seeker, m.workplace, m.score) for m in matches]
    chosen_rows = {i for i, _ in chosen}
    unassigned = tuple(
        s.id for i, s in enumerate(scorer.seekers) if i not in chosen_rows and s.id not in placed
    )
    return Assignment(objective, tuple(placements), unassigned)


def best_assignment(
    scores: Floats, allowed: Bools, capacity: Ints, objective: Objective
) -> list[tuple[int, int]]:
    """(seeker, workplace) index pairs of an optimal assignment, in seeker order.

    ``scores`` (seekers x workplaces, each 0 or more), ``allowed`` the pairs
    that may be assigned, ``capacity`` the places of each workplace.
    """
    from scipy.optimize import linear_sum_assignment  # only --assign pays for scipy

    rows = np.flatnonzero(allowed.any(axis=1))
    columns = np.flatnonzero(allowed.any(axis=0) & (capacity > 0))
    if len(rows) == 0 or len(columns) == 0:
        return []
    sub_allowed = allowed[np.ix_(rows, columns)]
    places = np.minimum(capacity[columns], sub_allowed.sum(axis=0))
    slot_of = np.repeat(np.arange(len(columns)), places)
    value = np.where(sub_allowed, scores[np.ix_(rows, columns)], 0.0)
    if objective is Objective.PLACED:
        value = np.where(sub_allowed, value + _placement_bonus(len(rows)), 0.0)
    picked_rows, picked_slots = linear_sum_assignment(value[:, slot_of], maximize=True)
    found = [
        (int(rows[r]), int(columns[slot_of[c]]))
        for r, c in zip(picked_rows, picked_slots, strict=True)
        if sub_allowed[r, slot_of[c]]
    ]
    return sorted(found)


def _placement_bonus(seekers: int) -> float:
    """Worth more than any total score: one more placement always wins."""
    return 100.0 * (seekers + 1)


def objective_value(
    pairs: Sequence[tuple[int, int]], scores: Floats, objective: Objective
) -> tuple[int, float] | float:
    """What an assignment achieves: (placed, total score) for ``placed``, the total for ``score``."""
    total = float(sum(scores[i, j] for i, j in pairs))
    return (len(pairs), total) if objective is Objective.PLACED else total


__all__ = [
    "Assignment",
    "Objective",
    "Placement",
    "assign",
    "assign_scored",
    "best_assignment",
    "objective_value",
]
