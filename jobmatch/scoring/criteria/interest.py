"""Component ``interest``: how much of what the seeker wants the carved job holds.

Per task: the interest that meets it best (strength x weight, then
strength, then the interest's words in alphabetical order) and the avoided
work it is most like. Per pair: ``coverage_share`` for coverage (each
interest's best strength among the carved tasks, weighted), the rest for
focus (the share of carved hours on work an interest meets, by strength),
minus ``avoid_penalty`` x the share of carved hours on avoided work, not
below 0; RIASEC congruence blended in by ``riasec_share`` where both sides
have codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.constants import DEFAULT_INTEREST_WEIGHT, MAX_INTEREST_WEIGHT
from jobmatch.scoring.criteria.base import Floats, Ints, Kind, criterion, impact
from jobmatch.scoring.match import Fact, Value
from jobmatch.scoring.views import SeekerView

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

CRITERION = criterion(
    "interest",
    Kind.COMPONENT,
    "weights.interest",
    ("met", "interest_met"),
    ("riasec", "riasec_congruence"),
    ("avoided", "avoided_work"),
    ("none_met", "no_interest_met"),
    ("no_hours", None),
)


def weight_of(value: int | None) -> int:
    """An interest's weight; none stated is the default."""
    return value or DEFAULT_INTEREST_WEIGHT


@dataclass(frozen=True)
class Routed:
    """Word strengths of one interest or avoid slot, on the evaluated pairs and tasks."""

    pair: Ints
    task: Ints
    strength: Floats


@dataclass(frozen=True)
class TaskMatches:
    """Per evaluated task: the best interest's strength and weighted fit, the avoided
    work's strength; with details, which interest and avoid text (index, -1 none) and
    every interest's strength (tasks x interests)."""

    strength: Floats
    fit: Floats
    avoid: Floats
    best: Ints | None
    avoided: Ints | None
    strengths: Floats | None


def task_matches(
    count: int,
    interests: list[Routed],
    weights: list[Ints],
    avoids: list[Routed],
    ranks: tuple[list[Ints], list[Ints]] | None,
) -> TaskMatches:
    """The best interest and the most similar avoided work of each task.

    ``weights[j]`` and ``ranks`` (the alphabetical rank of each text among the
    seeker's, for ties; None without details) are aligned with the routed entries.
    """
    fit, strength = np.zeros(count), np.zeros(count)
    best = np.full(count, -1, dtype=np.int64) if ranks else None
    best_rank = np.zeros(count if ranks else 0, dtype=np.int64)
    for j, found in enumerate(interests):
        weighted = found.strength * weights[j] / MAX_INTEREST_WEIGHT
        current_fit, current = fit[found.task], strength[found.task]
        better = (weighted > current_fit) | ((weighted == current_fit) & (found.strength > current))
        if ranks is not None and best is not None:
            rank = ranks[0][j]
            tie = (
                (weighted == current_fit)
                & (found.strength == current)
                & (rank < best_rank[found.task])
            )
            better |= tie
            best[found.task[better]] = j
            best_rank[found.task[better]] = rank[better]
        fit[found.task[better]] = weighted[better]
        strength[found.task[better]] = found.strength[better]
    avoid = np.zeros(count)
    avoided = np.full(count, -1, dtype=np.int64) if ranks else None
    avoid_rank = np.zeros(count if ranks else 0, dtype=np.int64)
    for j, found in enumerate(avoids):
        current = avoid[found.task]
        if ranks is not None and avoided is not None:
            rank = ranks[1][j]
            better = (found.strength > current) | (
                (found.strength == current)
                & ((rank < avoid_rank[found.task]) | (avoided[found.task] < 0))
            )
            avoided[found.task[better]] = j
            avoid_rank[found.task[better]] = rank[better]
        avoid[found.task] = np.maximum(current, found.strength)
    dense = None
    if ranks is not None:
        dense = np.zeros((count, len(interests)))
        for j, found in enumerate(interests):
            dense[found.task, j] = found.strength
    return TaskMatches(strength, fit, avoid, best, avoided, dense)


def coverage(
    t: Tables, seeker: Ints, interests: list[Routed], carved: npt.NDArray[np.int32]
) -> Floats:
    """Per pair: the sum over the seeker's interests of weight x its best strength among
    the carved tasks."""
    total = np.zeros(len(seeker))
    for j, found in enumerate(interests):
        keep = carved[found.task] > 0
        best = np.zeros(len(seeker))
        np.maximum.at(best, found.pair[keep], found.strength[keep])
        total = total + t.seekers.interest_weight[seeker, j] * best
    return total


def value(
    t: Tables,
    seeker: Ints,
    cover: Floats,
    hours: Ints,
    focus: Floats,
    avoided: Floats,
    congruence: Floats,
    coded_hours: Ints,
) -> tuple[Floats, Floats]:
    """Per pair: the component's value and known share."""
    thresholds = t.config.thresholds
    covered = cover / t.seekers.total_weight[seeker]
    c = thresholds.coverage_share
    words = np.maximum(
        0.0, c * covered + (1 - c) * (focus / hours) - thresholds.avoid_penalty * (avoided / hours)
    )
    coded = t.seekers.riasec[seeker] >= 0
    share = thresholds.riasec_share
    blended = (1 - share) * words + share * (congruence / coded_hours)
    found = np.where(coded & (coded_hours > 0), blended, words)
    known = np.where(coded & (coded_hours == 0), 0.5, 1.0)
    none = hours <= 0
    return np.where(none, 0.0, found), np.where(none, 1.0, known)


@dataclass(frozen=True, slots=True)
class CarvedTask:
    """A carved task as the interest facts read it."""

    name: str
    hours: int
    interest: str | None
    strength: float
    avoided: str | None


def facts(
    seeker: SeekerView,
    config: ScoringConfig,
    carved: list[CarvedTask],
    congruence: float | None,
) -> list[Fact]:
    """Each met interest and avoided work with its share of the score; RIASEC congruence."""
    hours = sum(task.hours for task in carved)
    if hours <= 0:
        return []
    thresholds, weights = config.thresholds, config.weights
    total = weights.interest + weights.preferences + weights.readiness + weights.practical
    weight = weights.interest
    share = 1.0 - thresholds.riasec_share if seeker.riasec else 1.0
    c = thresholds.coverage_share
    of_text = {i.what: weight_of(i.weight) for i in seeker.interests}
    total_weight = sum(weight_of(i.weight) for i in seeker.interests)
    found = []
    for task in carved:
        if task.interest is not None:
            own = (1 - c) * task.hours / hours + c * of_text[task.interest] / total_weight
            values: dict[str, Value] = {
                "interest": task.interest,
                "task": task.name,
                "strength": round(task.strength, 2),
            }
            delta = share * own * task.strength
            found.append(Fact("interest_met", values, impact(weight, total, delta)))
        if task.avoided is not None:
            delta = -share * thresholds.avoid_penalty * task.hours / hours
            values = {"avoid": task.avoided, "task": task.name}
            found.append(Fact("avoided_work", values, impact(weight, total, delta)))
    if not any(task.interest for task in carved):
        found.append(Fact("no_interest_met", {}, impact(weight, total, -0.5 * share)))
    if seeker.riasec and congruence is not None:
        delta = thresholds.riasec_share * (congruence - 0.5)
        values = {"value": round(congruence, 2)}
        found.append(Fact("riasec_congruence", values, impact(weight, total, delta)))
    return found
