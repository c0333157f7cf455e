"""Component ``preferences``: the seeker's soft preferences against the carved job.

Customer contact, setting and pace are read from the carved tasks (setting
and pace from the workplace where a task says nothing), each as the
hour-weighted fit over the carved tasks that say; noise and indoor from the
workplace. A scale preference loses half per step away (customer contact
only per step over what is wanted); an unknown value counts as ``neutral``.
The task-level ones also nudge the carving order (``task_fit``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from jobmatch.models import Contact, Task
from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.constants import (
    ANY,
    ENVIRONMENT_PREFERENCE_KEYS,
    PREFERENCE_KEYS,
    PREFERENCE_MET_AT,
    SCALES,
    STEP_PENALTY,
    TASK_FIT_PREFERENCE_SHARE,
    TASK_PREFERENCE_KEYS,
)
from jobmatch.scoring.criteria.base import (
    Floats,
    Ints,
    Kind,
    criterion,
    impact,
    lookup_table,
    plain,
)
from jobmatch.scoring.match import Fact
from jobmatch.scoring.views import SeekerView

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

CONTACTS = tuple(Contact)

CRITERION = criterion(
    "preferences",
    Kind.COMPONENT,
    "weights.preferences",
    ("met", "preference_met"),
    ("unknown", "unknown_preference"),
    ("unmet", "preference_unmet"),
    ("none_stated", None),
)


def stated(seeker: SeekerView) -> list[str]:
    """The preferences the seeker states (``any`` states nothing)."""
    return [k for k in PREFERENCE_KEYS if getattr(seeker.preferences, k) not in (None, ANY)]


def contact_fit(wanted: Contact, actual: Contact) -> float:
    """1 when the work has no more customer contact than wanted; half off per step over."""
    over = actual.rank - wanted.rank
    return 1.0 if over <= 0 else max(0.0, 1.0 - STEP_PENALTY * over)


def scale_fit(key: str, wanted: str, actual: str) -> float:
    """1 for the same level, 0.5 one step away, 0 two steps away."""
    scale = SCALES[key]
    return 1.0 - STEP_PENALTY * abs(scale.index(wanted) - scale.index(actual))


def task_preference(task: Task, seeker: SeekerView, neutral: float) -> float:
    """Task-level preferences a task's own demands answer, averaged; neutral when none apply."""
    prefs, demands = seeker.preferences, task.demands
    values = []
    if demands is not None:
        if prefs.customer_contact is not None and demands.customer_contact is not None:
            values.append(contact_fit(prefs.customer_contact, demands.customer_contact))
        for key in TASK_PREFERENCE_KEYS[1:]:
            wanted, actual = getattr(prefs, key), getattr(demands, key)
            if wanted not in (None, ANY) and actual is not None:
                values.append(scale_fit(key, str(wanted), str(actual.value)))
    return sum(values) / len(values) if values else neutral


def task_fit_term(preference: float) -> float:
    """What the task-level preferences add to a task's carving order key."""
    return 0.0 + TASK_FIT_PREFERENCE_SHARE * (preference - 0.5) - 0.0


def fit_tables() -> dict[str, Floats]:
    """How well an actual value meets a wanted one, for each preference, as lookup tables."""

    def scale(key: str) -> Callable[[str, str], float]:
        return lambda wanted, actual: scale_fit(key, wanted, actual)

    def same(wanted: bool, actual: bool) -> float:
        return 1.0 if actual == wanted else 0.0

    return {
        "customer_contact": lookup_table(CONTACTS, CONTACTS, contact_fit),
        **{key: lookup_table(values, values, scale(key)) for key, values in SCALES.items()},
        "indoor": lookup_table((False, True), (False, True), same),
    }


def value(
    t: Tables, seeker: Ints, position: Ints, carved: dict[str, tuple[Floats, Ints]]
) -> tuple[Floats, Floats, dict[str, tuple[Floats, Floats]]]:
    """Per pair: the component's value and known share, and each preference's value and known."""
    neutral = t.config.thresholds.neutral
    total, known_count = np.zeros(len(seeker)), np.zeros(len(seeker), dtype=np.int64)
    each: dict[str, tuple[Floats, Floats]] = {}
    for key in PREFERENCE_KEYS:
        wanted = t.seekers.preference[key][seeker]
        if key in ENVIRONMENT_PREFERENCE_KEYS:
            actual = getattr(t.workplaces, key)[position]
            found, known = t.lookups.fits[key][wanted, actual], actual >= 0
        else:
            carved_total, hours = carved[key]
            found, known = carved_total / hours, hours > 0
        is_stated = wanted >= 0
        total = total + np.where(is_stated, np.where(known, found, neutral), 0.0)
        known_count = known_count + (is_stated & known)
        each[key] = (found, known)
    count = t.seekers.stated[seeker]
    some = count > 0
    return (
        np.where(some, total / count, neutral),
        np.where(some, known_count / count, 1.0),
        each,
    )


def facts(
    seeker: SeekerView,
    config: ScoringConfig,
    found: dict[str, tuple[float, bool, str | bool | None]],
) -> list[Fact]:
    """One fact per stated preference the job answers: met or not, with its share of the score.

    ``found[key]``: the preference's value, whether it is known, and the actual value.
    """
    keys = stated(seeker)
    neutral, weights = config.thresholds.neutral, config.weights
    total = weights.interest + weights.preferences + weights.readiness + weights.practical
    out = []
    for key in keys:
        score, known, actual = found[key]
        if not known:
            continue
        code = "preference_met" if score >= PREFERENCE_MET_AT else "preference_unmet"
        wanted = plain(getattr(seeker.preferences, key))
        delta = (score - neutral) / len(keys)
        values = {"preference": key, "wanted": wanted, "actual": actual}
        out.append(Fact(code, values, impact(weights.preferences, total, delta)))
    return out


def actual(
    t: Tables, key: str, seeker: int, position: int, carved: Sequence[tuple[int, int]]
) -> str | bool:
    """What the job actually offers for a known preference, as a reason names it.

    The environment's value for noise and indoor; else the value of the
    carved task (``carved``: task column and hours) with the most hours,
    ties to the lower fit, then to the later value.
    """
    if key in ENVIRONMENT_PREFERENCE_KEYS:
        code = int(getattr(t.workplaces, key)[position])
        return bool(code) if key == "indoor" else SCALES[key][code]
    wanted = int(t.seekers.preference[key][seeker])
    names = [c.value for c in CONTACTS] if key == "customer_contact" else SCALES[key]
    items = []
    for column, hours in carved:
        code = int(t.tasks.actual[key][column])
        if code >= 0:
            items.append((hours, float(t.lookups.fits[key][wanted, code]), names[code]))
    return max(items, key=lambda x: (x[0], -x[1], x[2]))[2]
