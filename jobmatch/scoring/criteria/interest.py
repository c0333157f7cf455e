"""Component ``interest``: how much of what the seeker wants the carved job holds.

Strengths count graded: a partial strength (below ``word_match``) counts in
full in the value; the threshold decides only whether an interest *meets* a
task (the reasons, the gate of the score, carving's step 2) and whether a
task is avoided work.

Per task: its fit for carving (the best strength x weight of any
interest), its best strength, the interest that meets it best (strength x
weight, then strength, then the interest's words in alphabetical order) and
the avoided work it is most like. Per pair: ``coverage_share`` for coverage
(each interest's best strength among the carved tasks, weighted), the rest
for focus (the carved hours, each in full on a task an interest meets, else by its
best partial strength: :func:`focus_of`), minus
``avoid_penalty`` x the share of carved hours on avoided work, not below 0;
RIASEC congruence blended in by ``riasec_share`` where both sides have codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from jobmatch.scoring.config import ScoringConfig, Thresholds
from jobmatch.scoring.constants import DEFAULT_INTEREST_WEIGHT, MAX_INTEREST_WEIGHT
from jobmatch.scoring.criteria.base import Bools, Floats, Ints, Kind, criterion, impact
from jobmatch.scoring.match import Fact, Value
from jobmatch.scoring.views import SeekerView

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

CRITERION = criterion(
    "interest",
    Kind.COMPONENT,
    "weights.interest",
    ("met", "interest_met"),
    ("partial", "interest_partial"),
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
    """Word strengths of one interest or avoid slot, on the evaluated pairs and tasks, and
    how sure each strength's evidence is (1 the task's own words, less for a keyword or a
    corrected spelling)."""

    pair: Ints
    task: Ints
    strength: Floats
    sure: Floats


@dataclass(frozen=True)
class TaskMatches:
    """Per evaluated task: the fit for carving (best strength x weight / the largest
    weight, partial strengths too), the best strength of any interest, the strength of
    the interest that meets it best (0: none), the avoided work's strength (0: none);
    with details, which interest and avoid text (index, -1 none) and every interest's
    strength (tasks x interests)."""

    fit: Floats
    top: Floats
    strength: Floats
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
    threshold: float,
) -> TaskMatches:
    """The fit, the best interest and the most similar avoided work of each task.

    ``weights[j]`` and ``ranks`` (the alphabetical rank of each text among the
    seeker's, for ties; None without details) are aligned with the routed entries.
    """
    fit, top = np.zeros(count), np.zeros(count)
    met_fit, strength = np.zeros(count), np.zeros(count)
    best = np.full(count, -1, dtype=np.int64) if ranks else None
    best_rank = np.zeros(count if ranks else 0, dtype=np.int64)
    for j, found in enumerate(interests):
        weighted = found.strength * weights[j] / MAX_INTEREST_WEIGHT
        fit[found.task] = np.maximum(fit[found.task], weighted)
        top[found.task] = np.maximum(top[found.task], found.strength)
        met = found.strength >= threshold
        task, weighted, own = found.task[met], weighted[met], found.strength[met]
        current_fit, current = met_fit[task], strength[task]
        better = (weighted > current_fit) | ((weighted == current_fit) & (own > current))
        if ranks is not None and best is not None:
            rank = ranks[0][j][met]
            tie = (weighted == current_fit) & (own == current) & (rank < best_rank[task])
            better |= tie
            best[task[better]] = j
            best_rank[task[better]] = rank[better]
        met_fit[task[better]] = weighted[better]
        strength[task[better]] = own[better]
    avoid, avoided = _avoided(count, avoids, ranks[1] if ranks else None, threshold)
    dense = None
    if ranks is not None:
        dense = np.zeros((count, len(interests)))
        for j, found in enumerate(interests):
            dense[found.task, j] = found.strength
    return TaskMatches(fit, top, strength, avoid, best, avoided, dense)


def _avoided(
    count: int, avoids: list[Routed], ranks: list[Ints] | None, threshold: float
) -> tuple[Floats, Ints | None]:
    """Per task: the strength of the avoided work it is most like (at or above the
    threshold, else 0), and with ``ranks`` which avoid text (ties: alphabetical)."""
    avoid = np.zeros(count)
    avoided = np.full(count, -1, dtype=np.int64) if ranks is not None else None
    avoid_rank = np.zeros(count if ranks is not None else 0, dtype=np.int64)
    for j, found in enumerate(avoids):
        keep = found.strength >= threshold
        task, own = found.task[keep], found.strength[keep]
        current = avoid[task]
        if ranks is not None and avoided is not None:
            rank = ranks[j][keep]
            better = (own > current) | (
                (own == current) & ((rank < avoid_rank[task]) | (avoided[task] < 0))
            )
            avoided[task[better]] = j
            avoid_rank[task[better]] = rank[better]
        avoid[task] = np.maximum(current, own)
    return avoid, avoided


def focus_of(top: Floats, threshold: float) -> Floats:
    """How much an hour on a task counts for focus, by the best strength of any interest
    on the task: in full where an interest meets the task, else that partial strength.

    Carving's step 2 gives hours only to tasks an interest meets. Counted by strength
    alone, an added interest could lower focus: its share that its best task cannot take
    goes to its second-best task (0.96) instead of where step 3 put it (1.0), and the
    rule that such an interest never lowers ``interest`` would not hold."""
    return np.where(top >= threshold, 1.0, top)


def coverage(
    t: Tables, seeker: Ints, interests: list[Routed], carved: npt.NDArray[np.int32]
) -> tuple[Floats, Bools]:
    """Per pair: the sum over the seeker's interests of weight x its best strength among
    the carved tasks, and whether some interest meets a carved task."""
    total = np.zeros(len(seeker))
    met = np.zeros(len(seeker), dtype=bool)
    threshold = t.config.thresholds.word_match
    for j, found in enumerate(interests):
        keep = carved[found.task] > 0
        best = np.zeros(len(seeker))
        np.maximum.at(best, found.pair[keep], found.strength[keep])
        total = total + t.seekers.interest_weight[seeker, j] * best
        met |= best >= threshold
    return total, met


def value(
    t: Tables,
    seeker: Ints,
    cover: Floats,
    hours: Ints,
    room: npt.NDArray[np.int32],
    focus: Floats,
    avoided: Floats,
    congruence: Floats,
    coded_tasks: Ints,
) -> tuple[Floats, Floats]:
    """Per pair: the component's value and known share.

    ``focus`` (the carved hours, each as :func:`focus_of` counts it) and ``avoided`` (by
    their avoided work's strength) count over ``room``, the hours the job could
    have whatever its tasks, so that a job does not gain by being shorter. RIASEC: the mean congruence with the workplace's coded tasks
    (``congruence`` is the sum), a person against an environment, which no
    carving and no interest changes.
    """
    thresholds = t.config.thresholds
    covered = cover / t.seekers.total_weight[seeker]
    c = thresholds.coverage_share
    words = np.maximum(
        0.0, c * covered + (1 - c) * (focus / room) - thresholds.avoid_penalty * (avoided / room)
    )
    coded = t.seekers.riasec[seeker] >= 0
    share = thresholds.riasec_share
    blended = (1 - share) * words + share * (congruence / coded_tasks)
    found = np.where(coded & (coded_tasks > 0), blended, words)
    known = np.where(coded & (coded_tasks == 0), 0.5, 1.0)
    none = hours <= 0
    return np.where(none, 0.0, found), np.where(none, 1.0, known)


@dataclass(frozen=True, slots=True)
class CarvedTask:
    """A carved task as the interest facts read it."""

    id: str
    name: str
    hours: int
    strengths: tuple[float, ...]
    avoided: str | None
    avoid: float


def facts(
    seeker: SeekerView,
    config: ScoringConfig,
    carved: list[CarvedTask],
    room: int,
    congruence: float | None,
) -> list[Fact]:
    """Each interest a carved task meets (or partly meets) with its share of the score,
    each carved task like avoided work, and the RIASEC congruence (``room``: the hours
    focus counts over)."""
    hours = sum(task.hours for task in carved)
    if hours <= 0:
        return []
    thresholds, weights = config.thresholds, config.weights
    total = weights.interest + weights.preferences + weights.readiness + weights.practical
    weight = weights.interest
    share = 1.0 - thresholds.riasec_share if seeker.riasec else 1.0
    found = [
        Fact(code, values, impact(weight, total, share * delta))
        for code, values, delta in _interest_parts(seeker, thresholds, carved, room)
    ]
    for task in carved:
        if task.avoided is not None:
            delta = -share * thresholds.avoid_penalty * task.hours * task.avoid / room
            values: dict[str, Value] = {"avoid": task.avoided, "task": task.name}
            found.append(Fact("avoided_work", values, impact(weight, total, delta)))
    if seeker.riasec and congruence is not None:
        delta = thresholds.riasec_share * (congruence - 0.5)
        values = {"value": round(congruence, 2)}
        found.append(Fact("riasec_congruence", values, impact(weight, total, delta)))
    return found


def _interest_parts(
    seeker: SeekerView, thresholds: Thresholds, carved: list[CarvedTask], room: int
) -> Iterator[tuple[str, dict[str, Value], float]]:
    """Per interest with a carved task it meets or partly meets: the fact's code, values,
    and its part of the words value (its coverage, and the focus of the carved hours it is
    the best interest of)."""
    c = thresholds.coverage_share
    weights = [weight_of(i.weight) for i in seeker.interests]
    total_weight = sum(weights)
    texts = sorted({i.what for i in seeker.interests})
    ranks = [texts.index(i.what) for i in seeker.interests]
    focus = [0.0] * len(weights)
    for task in carved:
        top = max(task.strengths, default=0.0)
        if top > 0:
            n = min(
                range(len(weights)), key=lambda n: (-task.strengths[n], -weights[n], ranks[n], n)
            )
            counted = float(focus_of(np.asarray(top), thresholds.word_match))
            focus[n] += (1 - c) * task.hours * counted / room
    by_id = sorted(carved, key=lambda task: task.id)
    for n, i in enumerate(seeker.interests):
        task = max(by_id, key=lambda task: task.strengths[n])
        best = task.strengths[n]
        if best <= 0:
            continue
        code = "interest_met" if best >= thresholds.word_match else "interest_partial"
        values: dict[str, Value] = {
            "interest": i.what,
            "task": task.name,
            "task_id": task.id,
            "strength": round(best, 2),
        }
        yield code, values, c * weights[n] / total_weight * best + focus[n]
