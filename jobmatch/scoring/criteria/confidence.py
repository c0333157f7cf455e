"""Confidence: how completely the pair is mapped, 0 to 1 (scoring.md version 2, step 5).

The mean, with equal weights, of the inputs that apply:

- **visit**: 1 within ``recent_visit_days`` of the reference date, 0.5
  older, 0 never;
- **demands**: the share of the carved tasks' demands that are known,
  counting only the demands the seeker's limits or preferences bear on (a
  task's setting or pace is known from the workplace's environment too,
  night work from a schedule that has none); left out when there is none;
- **schedule**: 1 when both sides have one, 0.5 when only the seeker does;
  left out when the seeker states none;
- **distance**: 1 when known (coordinates on both sides, or the same
  municipality), 0 when unknown; left out when no travel limit applies;
- **word evidence**: the mean over met interests of how good the evidence
  is (:data:`~jobmatch.scoring.constants.WORD_EVIDENCE`); 1 when none is met.

RIASEC and the workplace's ``offers``, ``capacity`` and inclusion keys are
not part of it; they stay in a match's unknowns when blank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from jobmatch.scoring.constants import (
    ANY,
    LIMIT_PAIRS,
    SCHEDULE_BOTH,
    SCHEDULE_ONE_SIDE,
    WORD_EVIDENCE,
)
from jobmatch.scoring.criteria.base import Bools, Floats, Ints, Kind, criterion
from jobmatch.scoring.criteria.carving import Hours
from jobmatch.scoring.criteria.interest import Routed
from jobmatch.scoring.views import SeekerView

if TYPE_CHECKING:
    from jobmatch.scoring.criteria.interest import Routed
    from jobmatch.scoring.tables import Tables

#: The demands confidence counts, as bits: the limited ones (in :data:`LIMIT_PAIRS` order,
#: so that the low bits are the demands a limit bears on), then those a preference bears on.
DEMAND_KEYS = (*(demand for demand, _ in LIMIT_PAIRS), "pace", "setting", "customer_contact")
#: The bits of the demands a limit bears on.
LIMIT_MASK = (1 << len(LIMIT_PAIRS)) - 1
#: The bit of each demand a preference bears on (customer contact: its second bit).
_PREFERENCE_BITS = {
    key: DEMAND_KEYS.index(key, len(LIMIT_PAIRS)) for key in DEMAND_KEYS[len(LIMIT_PAIRS) :]
}
_FROM_ENVIRONMENT = ("pace", "setting")
_BIT_COUNT = np.array([bin(i).count("1") for i in range(1 << len(DEMAND_KEYS))], dtype=np.int64)
_SMALL_COUNT = _BIT_COUNT.astype(np.int8)
"""The same counts in one byte each: per task, a fraction of the memory traffic."""
_NONE = np.int8(0)

CRITERION = criterion(
    "confidence",
    Kind.CONFIDENCE,
    None,
    ("visit", None),
    ("demands", None),
    ("schedule", None),
    ("distance", None),
    ("word_evidence", None),
)


def seeker_bits(seeker: SeekerView) -> int:
    """The demands the seeker's limits or preferences bear on, as bits of :data:`DEMAND_KEYS`
    (customer contact once: its preference bit only when no limit bears on it)."""
    found = 0
    for bit, (_, limit) in enumerate(LIMIT_PAIRS):
        if getattr(seeker.limits, limit) is not None:
            found |= 1 << bit
    for key, bit in _PREFERENCE_BITS.items():
        if getattr(seeker.preferences, key) not in (None, ANY):
            found |= 1 << bit
    if found & (1 << DEMAND_KEYS.index("customer_contact")):
        found &= ~(1 << _PREFERENCE_BITS["customer_contact"])
    return found


def blank_bits(unmapped: Bools, no_night_work: Bools, unset: dict[str, Bools]) -> Ints:
    """Per task: the demands of :data:`DEMAND_KEYS` the data leaves blank, as bits.

    ``unmapped``: the limited demands (rows, in :data:`LIMIT_PAIRS` order)
    the task map leaves blank; ``no_night_work``: the workplace's hours
    answer night work (none); ``unset``: pace and setting, blank in the
    task and in the workplace's environment.
    """
    found = np.zeros(unmapped.shape[1], dtype=np.int64)
    for bit, key in enumerate(DEMAND_KEYS[: len(LIMIT_PAIRS)]):
        blank = unmapped[bit] & ~no_night_work if key == "night_work" else unmapped[bit]
        found |= blank.astype(np.int64) << bit
    for key in _FROM_ENVIRONMENT:
        found |= unset[key].astype(np.int64) << _PREFERENCE_BITS[key]
    contact = unmapped[DEMAND_KEYS.index("customer_contact")].astype(np.int64)
    found |= contact << _PREFERENCE_BITS["customer_contact"]
    return found


def word_evidence(t: Tables, pairs: int, interests: list[Routed], carved: Hours) -> Floats:
    """Per evaluated pair: the mean over its met interests of how sure the evidence of each
    one's best carved task is (the task's own words or concept 1, a keyword, a corrected
    spelling less: :data:`~jobmatch.scoring.constants.WORD_EVIDENCE`, as the word matcher
    reports it per text and task); 1 when no interest is met."""
    threshold = t.config.thresholds.word_match
    total = np.zeros(pairs)
    count = np.zeros(pairs)
    for found in interests:
        keep = carved.reshape(-1)[found.task] > 0
        pair, strength, sure = found.pair[keep], found.strength[keep], found.sure[keep]
        best = np.zeros(pairs)
        np.maximum.at(best, pair, strength)
        at_best = strength >= best[pair]
        chosen = np.ones(pairs)
        np.minimum.at(chosen, pair[at_best], sure[at_best])
        met = best >= threshold
        total += np.where(met, chosen, 0.0)
        count += met
    found_mean: Floats = np.where(count > 0, total / np.maximum(count, 1), WORD_EVIDENCE["own"])
    return found_mean


def value(
    t: Tables,
    seeker: Ints,
    position: Ints,
    demands: tuple[Ints, Ints],
    distance_known: Floats,
    evidence: Floats,
) -> Floats:
    """Per evaluated pair: the mean of the inputs that apply.

    ``demands``: the relevant demands of the carved tasks, and how many of
    them are blank; ``distance_known``: 1 known, 0 unknown, NaN no limit.
    """
    relevant, blank = demands
    visit = t.workplaces.visit[position]
    has_demands = relevant > 0
    demand_share = np.where(has_demands, (relevant - blank) / np.maximum(relevant, 1), 0.0)
    has_schedule = t.seekers.schedule.known[seeker]
    schedule = np.where(t.workplaces.schedule.known[position], SCHEDULE_BOTH, SCHEDULE_ONE_SIDE)
    has_distance = ~np.isnan(distance_known)
    total = (
        visit
        + demand_share
        + np.where(has_schedule, schedule, 0.0)
        + np.where(has_distance, distance_known, 0.0)
        + evidence
    )
    count = 2 + has_demands.astype(np.int64) + has_schedule + has_distance
    result: Floats = total / count
    return result


def blank(t: Tables, seeker: Ints, column: Ints) -> Ints:
    """Per (seeker, task column): the blank demands the seeker's limits or preferences bear
    on, as bits; ``& LIMIT_MASK`` keeps those a limit bears on."""
    found: Ints = t.seekers.relevant_bits[seeker] & t.tasks.blank_bits[column]
    return found


def demand_counts(
    t: Tables, seeker: Ints, first_task: Ints, blank: Ints, carved: Hours, carved_tasks: Ints
) -> tuple[Ints, Ints]:
    """Per pair: the relevant demands of its carved tasks, and how many of them are blank
    (``first_task``: where each pair's tasks start among ``blank`` and ``carved``)."""
    relevant: Ints = _BIT_COUNT[t.seekers.relevant_bits[seeker]] * carved_tasks
    counted = np.where(carved > 0, _SMALL_COUNT[blank], _NONE)
    blanks: Ints = (
        np.add.reduceat(counted, first_task, dtype=np.int64) if len(counted) else relevant * 0
    )
    return relevant, blanks
