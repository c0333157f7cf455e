"""Component ``preferences``: the seeker's soft preferences against the carved job.

Customer contact, setting and pace are read from the carved tasks (setting
and pace from the workplace where a task says nothing), each as the share of
the carved hours that meets it, among the hours whose value is known; noise
and indoor from the workplace (all hours or none). Customer contact is met
up to what is wanted, a scale at the wanted level; an unknown value counts
as ``neutral``. A reason says how many hours meet it when some do and some
do not, and its sign agrees with its words. The task-level ones also break
ties in the carving order (graded: a scale loses half per step away).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
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
from jobmatch.scoring.match import Fact, Value
from jobmatch.scoring.views import SeekerView

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

CONTACTS = tuple(Contact)

CRITERION = criterion(
    "preferences",
    Kind.COMPONENT,
    "weights.preferences",
    ("met", "preference_met"),
    ("partly", "preference_partly"),
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


def task_fits(task: Task, seeker: SeekerView) -> Iterator[tuple[str, float]]:
    """The task-level preferences a task's own demands answer, each with its fit."""
    prefs, demands = seeker.preferences, task.demands
    if demands is None:
        return
    if prefs.customer_contact is not None and demands.customer_contact is not None:
        yield "customer_contact", contact_fit(prefs.customer_contact, demands.customer_contact)
    for key in TASK_PREFERENCE_KEYS[1:]:
        wanted, actual = getattr(prefs, key), getattr(demands, key)
        if wanted not in (None, ANY) and actual is not None:
            yield key, scale_fit(key, str(wanted), str(actual.value))


def task_preference(task: Task, seeker: SeekerView, neutral: float) -> float:
    """Task-level preferences a task's own demands answer, averaged; neutral when none apply."""
    values = [fit for _, fit in task_fits(task, seeker)]
    return sum(values) / len(values) if values else neutral


def unwanted(task: Task, seeker: SeekerView) -> str | None:
    """The first task-level preference the task's own demands go against (a fit below
    ``PREFERENCE_MET_AT``), None when they go against none: carving gives such a task no
    free hours, so the job is shorter instead."""
    return next((key for key, fit in task_fits(task, seeker) if not met(fit)), None)


def met_tables() -> dict[str, Floats]:
    """Whether an actual value meets a wanted one (1 or 0), for each preference, as lookup
    tables: a fit of at least ``PREFERENCE_MET_AT``."""

    def scale(key: str) -> Callable[[str, str], float]:
        return lambda wanted, actual: met(scale_fit(key, wanted, actual))

    def same(wanted: bool, actual: bool) -> float:
        return 1.0 if actual == wanted else 0.0

    return {
        "customer_contact": lookup_table(CONTACTS, CONTACTS, lambda w, a: met(contact_fit(w, a))),
        **{key: lookup_table(values, values, scale(key)) for key, values in SCALES.items()},
        "indoor": lookup_table((False, True), (False, True), same),
    }


def met(fit: float) -> float:
    """1 when a fit meets the preference, else 0."""
    return 1.0 if fit >= PREFERENCE_MET_AT else 0.0


def value(
    t: Tables,
    seeker: Ints,
    position: Ints,
    carved: dict[str, tuple[Floats, Ints]],
    carved_hours: Ints,
) -> tuple[Floats, Floats, dict[str, tuple[Floats, Floats]]]:
    """Per pair: the component's value and known share, and each preference's value and known.

    A task-level preference no carved hour says anything about counts
    ``neutral``; when nothing is carved at all, no hour meets it (0), so
    that an empty job never looks better than a short one.
    """
    neutral = t.config.thresholds.neutral
    empty = np.where(carved_hours > 0, neutral, 0.0)
    total, known_count = np.zeros(len(seeker)), np.zeros(len(seeker), dtype=np.int64)
    each: dict[str, tuple[Floats, Floats]] = {}
    for key in PREFERENCE_KEYS:
        wanted = t.seekers.preference[key][seeker]
        if key in ENVIRONMENT_PREFERENCE_KEYS:
            actual = getattr(t.workplaces, key)[position]
            found, known = t.lookups.fits[key][wanted, actual], actual >= 0
            unknown: Floats | float = neutral
        else:
            carved_total, hours = carved[key]
            found, known, unknown = carved_total / hours, hours > 0, empty
        is_stated = wanted >= 0
        total = total + np.where(is_stated, np.where(known, found, unknown), 0.0)
        known_count = known_count + (is_stated & known)
        each[key] = (found, known)
    count = t.seekers.stated[seeker]
    some = count > 0
    return (
        np.where(some, total / count, neutral),
        np.where(some, known_count / count, 1.0),
        each,
    )


@dataclass(frozen=True, slots=True)
class Found:
    """One stated preference against the carved job: its value and whether it is known;
    the hours that meet it among the hours whose value is known (the environment's: 1 or 0
    of 1), and the actual value a reason names."""

    value: float
    known: bool
    met: int = 0
    hours: int = 0
    actual: str | bool | None = None


def facts(seeker: SeekerView, config: ScoringConfig, found: dict[str, Found]) -> list[Fact]:
    """One fact per stated preference the job answers: met, partly met (in hours) or not,
    with its share of the score; a met one never counts against, an unmet one never for."""
    keys = stated(seeker)
    neutral, weights = config.thresholds.neutral, config.weights
    total = weights.interest + weights.preferences + weights.readiness + weights.practical
    out = []
    for key in keys:
        each = found[key]
        if not each.known:
            continue
        delta = (each.value - neutral) / len(keys)
        wanted = plain(getattr(seeker.preferences, key))
        values: dict[str, Value] = {"preference": key, "wanted": wanted, "actual": each.actual}
        if each.met == each.hours:
            code, delta = "preference_met", max(0.0, delta)
        elif each.met == 0:
            code, delta = "preference_unmet", min(0.0, delta)
        else:
            code = "preference_partly"
            values.update(met=each.met, hours=each.hours)
        out.append(Fact(code, values, impact(weights.preferences, total, delta)))
    return out


def carved_detail(
    t: Tables, key: str, seeker: int, position: int, carved: Sequence[tuple[int, int]]
) -> tuple[int, int, str | bool]:
    """Hours that meet a known preference, hours whose value is known, and the actual value
    a reason names.

    Noise and indoor: the environment's value, as 1 or 0 of 1 hour. The
    others, from the carved tasks (``carved``: task column and hours): the
    value of the most hours (when some hours meet it and some do not: of the
    most hours that do not), ties to the lower fit, then to the later value.
    """
    wanted = int(t.seekers.preference[key][seeker])
    if key in ENVIRONMENT_PREFERENCE_KEYS:
        code = int(getattr(t.workplaces, key)[position])
        actual = bool(code) if key == "indoor" else SCALES[key][code]
        return int(t.lookups.fits[key][wanted, code]), 1, actual
    names = [c.value for c in CONTACTS] if key == "customer_contact" else SCALES[key]
    by_value: dict[str, tuple[int, float]] = {}
    for column, hours in carved:
        code = int(t.tasks.actual[key][column])
        if code >= 0:
            before = by_value.get(names[code], (0, 0.0))[0]
            by_value[names[code]] = (before + hours, float(t.lookups.fits[key][wanted, code]))
    hours = sum(h for h, _ in by_value.values())
    met_hours = sum(h for h, fit in by_value.values() if fit > 0)
    named = {v: hf for v, hf in by_value.items() if met_hours in (0, hours) or hf[1] <= 0}
    most = max(named, key=lambda v: (named[v][0], -named[v][1], v))
    return met_hours, hours, most
