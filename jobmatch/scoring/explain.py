"""Matches from an evaluation with details: the explanation is read off the same arrays
that give the score.

For each pair asked for, the per-task intermediates (doable, the blockers
per limit and requirement, the best interest and avoided work, fit, carved
hours) and the per-pair ones (overlap, distance, the ceiling and what set
it, the components) become :class:`Match`, :class:`TaskResult`,
:class:`Component` and :class:`Fact` objects. Each criterion module words
its own facts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from jobmatch.matching.similarity import MatchEvidence, TaskText
from jobmatch.matching.vocabulary import Vocabulary
from jobmatch.models import Task
from jobmatch.scoring.constants import (
    BACKGROUND_FACTS,
    GATE_FACT,
    INCLUSION_FLAGS,
    MAX_REASONS,
    PREFERENCE_KEYS,
)
from jobmatch.scoring.criteria import (
    capacity,
    carving,
    distance,
    doable,
    essential,
    interest,
    nothing_doable,
    practical,
    preferences,
    purpose,
    readiness,
    schedule,
)
from jobmatch.scoring.evaluate import Details
from jobmatch.scoring.match import COMPONENTS, Component, Fact, Match, TaskResult, Value
from jobmatch.scoring.tables import Tables
from jobmatch.scoring.views import SeekerView, WorkplaceView


class _Lists:
    """The details as Python lists, read once (indexing numpy scalars one by one is slow)."""

    def __init__(self, d: Details) -> None:
        p, m = d.pairs, d.matches
        self.seeker: list[int] = d.seeker.tolist()
        self.position: list[int] = p.position.tolist()
        self.excluded: list[bool] = p.excluded.tolist()
        self.first: list[int] = p.first_task.tolist()
        self.column: list[int] = p.task_column.tolist()
        self.doable: list[bool] = p.doable.tolist()
        self.nothing: list[bool] = p.nothing_doable.tolist()
        self.essential: list[bool] = p.essential.tolist()
        self.rules = {k: v.tolist() for k, v in d.rules.items()}
        self.weekly: list[float] = d.weekly.tolist()
        self.distance: list[float] = d.distance.tolist()
        self.wanted: list[float] = d.wanted.tolist()
        self.ceiling: list[int] = d.ceiling.tolist()
        self.set_by: list[int] = d.set_by.tolist()
        self.doable_hours: list[float] = d.doable_hours.tolist()
        self.over: list[int] = d.over.tolist()
        self.unmet: list[int] = d.unmet.tolist()
        self.unknown: list[int] = d.unknown.tolist()
        self.strength: list[float] = m.strength.tolist()
        self.best: list[int] = m.best.tolist() if m.best is not None else []
        self.avoided: list[int] = m.avoided.tolist() if m.avoided is not None else []
        self.strengths: list[list[float]] = m.strengths.tolist() if m.strengths is not None else []
        self.fit: list[float] = d.fit.tolist()
        self.avoid: list[float] = m.avoid.tolist()
        self.met: list[bool] = d.met.tolist()
        self.mean: list[float] = d.mean.tolist()
        self.room: list[int] = d.room.tolist()
        self.carved: list[int] = d.carved.tolist()
        self.dropped: list[bool] = d.dropped.tolist()
        self.congruence: list[float] = d.congruence.tolist()
        self.coded_tasks: list[int] = d.coded_tasks.tolist()
        self.preferences = {k: (v.tolist(), n.tolist()) for k, (v, n) in d.preferences.items()}
        self.hours_fit: list[float] = d.practical.hours_fit.tolist()
        self.distance_fit: list[float] = d.practical.distance_fit.tolist()
        self.same: list[bool] = d.practical.same_municipality.tolist()
        self.components = {k: (v.tolist(), n.tolist()) for k, (v, n) in d.components.items()}
        self.score: list[float] = d.score.tolist()
        self.confidence: list[float] = d.confidence.tolist()
        self.negotiate: list[int] = p.negotiate.tolist()
        self.penalty: list[float] = d.penalty.tolist()


def _none(value: float) -> float | None:
    return None if math.isnan(value) else value


@dataclass(frozen=True)
class _Pair:
    """One evaluated pair: its views and where its entries are."""

    index: int
    seeker: SeekerView
    workplace: WorkplaceView
    tasks: list[tuple[Task, int]]
    """The workplace's tasks in file order, each with its compact task index."""


def explain(
    t: Tables, details: Details, as_of: date, pairs: Iterable[int] | None = None
) -> list[Match]:
    """The matches of the evaluated pairs (all, or the compact pair indices given)."""
    lists = _Lists(details)
    chosen = range(len(lists.seeker)) if pairs is None else pairs
    return [_match(t, lists, _pair(t, lists, p), as_of) for p in chosen]


def _pair(t: Tables, d: _Lists, p: int) -> _Pair:
    seeker = t.seekers.views[d.seeker[p]]
    workplace = t.workplaces.views[d.position[p]]
    by_id = sorted(range(len(workplace.tasks)), key=lambda i: workplace.tasks[i].id)
    slot = {i: s for s, i in enumerate(by_id)}
    tasks = [(task, d.first[p] + slot[i]) for i, task in enumerate(workplace.tasks)]
    return _Pair(p, seeker, workplace, tasks)


def _match(t: Tables, d: _Lists, pair: _Pair, as_of: date) -> Match:
    p = pair.index
    results = _left_out(t, d, pair, [_task_result(t, d, pair, task, k) for task, k in pair.tasks])
    components = _components(t, d, pair, results, as_of)
    components = _gated(t, d, pair, results, components)
    bounds = (d.wanted[p], _none(d.doable_hours[p]), _max_hours(pair.workplace), _none(d.weekly[p]))
    hours = carving.hours_fact(d.ceiling[p], d.set_by[p], bounds)
    facts = [f for c in components.values() for f in c.parts] + _negotiate(d, pair, results)
    reasons = _strongest(facts) or (hours,)
    excluded = d.excluded[p]
    carved = [
        (task, r) for (task, _), r in zip(pair.tasks, results, strict=True) if r.carved_hours > 0
    ]
    return Match(
        seeker=pair.seeker.id,
        workplace=pair.workplace.id,
        score=0.0 if excluded else d.score[p],
        confidence=d.confidence[p],
        excluded=excluded,
        exclusions=tuple(_exclusions(t, d, pair, results)),
        components=components,
        tasks=tuple(results),
        carved_hours=sum(r.carved_hours for r in results),
        hours=hours,
        reasons=reasons,
        unknowns=tuple(_unknowns(t, d, pair, carved)),
    )


_WORD_FACTS = frozenset({"interest_met", "interest_partial"})


def _with_evidence(t: Tables, facts: list[Fact], carved: list[Task]) -> list[Fact]:
    """Each word match with what made it (scoring.md step 6): the task's keyword it came
    through, else the words the interest and the task share, else the concept they name.

    ``via`` says which (``keyword``, ``words`` or ``concept``); the concept is named by its
    label in each language (``concept``, ``concept_nb``), for the sentence.
    """
    texts = {task.id: TaskText(task.name, tuple(task.keywords or ())) for task in carved}
    found = []
    for fact in facts:
        text = texts.get(str(fact.values.get("task_id")))
        if fact.code not in _WORD_FACTS or text is None:
            found.append(fact)
            continue
        evidence = t.words.explained(str(fact.values["interest"]), text)
        values = {**fact.values, **evidence_values(evidence, t.words.vocabulary)}
        found.append(Fact(fact.code, values, fact.impact))
    return found


def evidence_values(evidence: MatchEvidence, vocabulary: Vocabulary) -> dict[str, Value]:
    """The values that name a word match's evidence: ``via`` and what it names."""
    if evidence.keywords:
        return {"via": "keyword", "keyword": evidence.keywords[0]}
    if evidence.words:
        return {"via": "words", "words": evidence.words}
    if evidence.concepts:
        concept = evidence.concepts[0]
        return {
            "via": "concept",
            "concept": vocabulary.label(concept, "en"),
            "concept_nb": vocabulary.label(concept, "nb"),
        }
    return {}


def _max_hours(workplace: WorkplaceView) -> float | None:
    hours = workplace.conditions.hours_per_week
    return hours.max if hours is not None else None


def _task_result(t: Tables, d: _Lists, pair: _Pair, task: Task, k: int) -> TaskResult:
    seeker, p = pair.seeker, pair.index
    can = d.doable[k]
    blockers = () if can else tuple(doable.blockers(task, seeker.limits, d.over[k], d.unmet[k]))
    best, avoided = d.best[k], d.avoided[k]
    hours = d.carved[k]
    ceiling = d.ceiling[p]
    can_give = _can_give(t, d.column[k], ceiling)
    avoid = seeker.avoid[avoided] if avoided >= 0 else None
    return TaskResult(
        id=task.id,
        name=task.name,
        essential=task.is_essential,
        doable=can,
        blockers=blockers,
        unknown_demands=doable.unknown_demands(d.unknown[k]),
        interest=seeker.interests[best].what if best >= 0 else None,
        strength=d.strength[k],
        strengths=tuple(d.strengths[k][: len(seeker.interests)]),
        avoided=avoid,
        fit=d.fit[k],
        hours_available=task.hours_per_week,
        carved_hours=hours,
        partial=0 < hours < can_give and task.hours_per_week is not None,
    )


def _negotiate(d: _Lists, pair: _Pair, results: list[TaskResult]) -> list[Fact]:
    """An essential task not doable at a workplace that carves: the reasons the penalty gives."""
    if not d.negotiate[pair.index]:
        return []
    blocked = [b for r in results if r.essential and not r.doable for b in r.blockers]
    return essential.negotiate_facts(blocked, d.penalty[pair.index])


def _left_out(t: Tables, d: _Lists, pair: _Pair, results: list[TaskResult]) -> list[TaskResult]:
    """The task results with the reason each task left out is left out."""
    slots = [
        carving.Slot(
            r.name,
            r.carved_hours,
            r.doable,
            r.avoided,
            r.fit,
            r.essential,
            preferences.unwanted(task, pair.seeker) if d.dropped[k] else None,
            r.partial,
        )
        for (task, k), r in zip(pair.tasks, results, strict=True)
    ]
    chosen = [s for s in slots if s.hours > 0]
    ceiling, carves = d.ceiling[pair.index], bool(t.workplaces.carves[d.position[pair.index]])
    left_out = [carving.left_out(s, chosen, ceiling, carves) for s in slots]
    found = []
    for r, s, why in zip(results, slots, left_out, strict=True):
        split = carving.split(s, chosen) if r.partial else None
        found.append(r if why is None and split is None else replace(r, left_out=why, split=split))
    return found


def _exclusions(t: Tables, d: _Lists, pair: _Pair, results: list[TaskResult]) -> Iterator[Fact]:
    p, seeker, workplace = pair.index, pair.seeker, pair.workplace
    if d.essential[p]:
        blocked = (b for r in results if r.essential and not r.doable for b in r.blockers)
        yield from essential.facts(blocked, workplace.open_to_job_carving)
    if d.nothing[p]:
        yield nothing_doable.fact(len(workplace.tasks))
    if d.rules["capacity"][p]:
        yield capacity.fact()
    if d.rules["purpose"][p]:
        yield purpose.fact(seeker, workplace)
    if d.rules["schedule"][p]:
        yield schedule.fact(seeker, workplace)
    if d.rules["distance"][p]:
        yield distance.fact(d.distance[p], seeker.max_travel_km, t.config)


def _components(
    t: Tables, d: _Lists, pair: _Pair, results: list[TaskResult], as_of: date
) -> dict[str, Component]:
    config, p = t.config, pair.index
    carved = [
        (task, k, r) for (task, k), r in zip(pair.tasks, results, strict=True) if r.carved_hours > 0
    ]
    congruence = _congruence(t, d, pair)
    words = [
        interest.CarvedTask(task.id, task.name, r.carved_hours, r.strengths, r.avoided, d.avoid[k])
        for task, k, r in carved
    ]
    met = interest.facts(pair.seeker, config, words, d.room[p], congruence)
    parts = {
        "interest": _with_evidence(t, met, [task for task, _, _ in carved]),
        "preferences": preferences.facts(pair.seeker, config, _preferences(t, d, pair, carved)),
        "readiness": readiness.facts(
            pair.seeker,
            pair.workplace,
            t.workplaces.readiness.items[d.position[p]].tolist(),
            config,
            as_of,
        ),
        "practical": practical.facts(
            config,
            sum(r.carved_hours for r in results),
            d.wanted[p],
            d.hours_fit[p],
            _min_hours(pair.workplace),
            _none(d.distance[p]),
            d.distance_fit[p],
            d.same[p],
        ),
    }
    return {
        name: Component(
            name,
            d.components[name][0][p],
            float(getattr(config.weights, name)),
            d.components[name][1][p],
            tuple(parts[name]),
        )
        for name in COMPONENTS
    }


def _congruence(t: Tables, d: _Lists, pair: _Pair) -> float | None:
    """RIASEC congruence with the workplace's coded tasks, their mean summed in file order
    (the order the reference sums in, so that a reason's rounded value agrees); None when
    no task has a code."""
    code = int(t.seekers.riasec[d.seeker[pair.index]])
    if code < 0:
        return None
    found = [int(t.tasks.riasec[d.column[k]]) for _, k in pair.tasks]
    total = sum(float(t.lookups.riasec[code, c]) for c in found if c >= 0)
    coded = sum(c >= 0 for c in found)
    return total / coded if coded else None


def _min_hours(workplace: WorkplaceView) -> float | None:
    hours = workplace.conditions.hours_per_week
    return hours.min if hours is not None else None


def _preferences(
    t: Tables, d: _Lists, pair: _Pair, carved: list[tuple[Task, int, TaskResult]]
) -> dict[str, preferences.Found]:
    """Each preference's value and whether it is known; the hours that meet it and the
    actual value a reason names."""
    p = pair.index
    hours = [(d.column[k], r.carved_hours) for _, k, r in carved]
    found = {}
    for key in PREFERENCE_KEYS:
        value, known = d.preferences[key][0][p], d.preferences[key][1][p]
        if not known:
            found[key] = preferences.Found(value, False)
            continue
        met, total, actual = preferences.carved_detail(t, key, d.seeker[p], d.position[p], hours)
        found[key] = preferences.Found(value, True, met, total, actual)
    return found


def _gated(
    t: Tables, d: _Lists, pair: _Pair, results: list[TaskResult], components: dict[str, Component]
) -> dict[str, Component]:
    """The components with the gate of the score (spec step 5) and the job's shortening.

    Each fact's impact becomes its effect on the gated score; where no
    interest meets a carved task, the interest component says so with what the
    gate costs; where avoided work is left out and the job is shorter for it,
    the practical component says so.
    """
    p = pair.index
    ceiling = t.config.thresholds.no_interest_ceiling
    scale = (100 - ceiling) / 100 if d.met[p] else ceiling / 100
    shorter = _shorter(t, d, pair, results)
    gate = None
    if not d.met[p]:
        gate = Fact("no_interest_met", {}, -(ceiling + (100 - 2 * ceiling) * d.mean[p] / 100))
    found = {}
    for name, c in components.items():
        parts = [*c.parts, shorter] if name == "practical" and shorter else list(c.parts)
        scaled = tuple(f.scaled(scale) for f in parts)
        if name == "interest" and gate is not None:
            scaled += (gate,)
        found[name] = c.with_parts(scaled)
    return found


def _shorter(t: Tables, d: _Lists, pair: _Pair, results: list[TaskResult]) -> Fact | None:
    """Hours the job is below its ceiling because avoided work is left out, as a fact."""
    p, ceiling = pair.index, d.ceiling[pair.index]
    carved = sum(r.carved_hours for r in results)
    avoided = unwanted = 0
    for (task, k), r in zip(pair.tasks, results, strict=True):
        if not r.doable:
            continue
        if r.avoided is not None:
            avoided += _can_give(t, d.column[k], ceiling) - r.carved_hours
        elif preferences.unwanted(task, pair.seeker) is not None:
            unwanted += _can_give(t, d.column[k], ceiling) - r.carved_hours
    weights = t.config.weights
    total = weights.interest + weights.preferences + weights.readiness + weights.practical
    minimum = _min_hours(pair.workplace)
    return carving.shorter(
        min(ceiling - carved, avoided + unwanted),
        carved,
        d.wanted[p],
        minimum,
        (weights.practical, total),
        unwanted > avoided,
    )


def _can_give(t: Tables, column: int, ceiling: int) -> int:
    """Whole hours a task can give (unknown hours: the ceiling)."""
    known = int(t.tasks.capacity[column])
    return ceiling if known < 0 else known


def _strongest(facts: list[Fact]) -> tuple[Fact, ...]:
    """The few strongest facts for, then the few strongest against; "no interest met",
    where it applies, first of all."""

    def key(f: Fact) -> tuple[float, str, str]:
        # Keys are unique, so the items sort by key alone, as the key's first element.
        return (-abs(f.impact), f.code, repr(sorted(f.values.items())))

    facts = [f for f in facts if f.code not in BACKGROUND_FACTS]
    gate = [f for f in facts if f.code == GATE_FACT]  # spec step 5: then the strongest reason
    facts = [f for f in facts if f.code != GATE_FACT]
    pro = sorted((f for f in facts if f.impact > 0), key=key)[:MAX_REASONS]
    con = sorted((f for f in facts if f.impact < 0), key=key)[: MAX_REASONS - len(gate)]
    return tuple(gate + pro + con)


def _unknowns(
    t: Tables, d: _Lists, pair: _Pair, carved: list[tuple[Task, TaskResult]]
) -> Iterator[Fact]:
    """Every missing input that mattered to this match and that the data does not answer,
    in a fixed order."""
    p, seeker, wp = pair.index, pair.seeker, pair.workplace
    for task, r in carved:
        for demand in r.unknown_demands:
            yield Fact("unknown_demand", {"task": task.name, "demand": demand})
        if task.hours_per_week is None:
            yield Fact("unknown_task_hours", {"task": task.name})
    if seeker.goal.hours_per_week is None:
        yield Fact("unknown_hours_wanted", {})
    for key in INCLUSION_FLAGS:
        if readiness.inclusion_flag(wp, key) is None:
            yield Fact("unknown_inclusion", {"key": key})
    if wp.inclusion.prior_placements is None:
        yield Fact("unknown_inclusion", {"key": "prior_placements"})
    yield from readiness.unknown_facts(seeker, wp)
    for key in ("recruitment_need", "open_to_job_carving", "offers", "capacity"):
        if getattr(wp, key) is None:
            yield Fact("unknown_workplace", {"key": key})
    if wp.visited is None:
        yield Fact("never_visited", {})
    if seeker.schedule is not None and math.isnan(d.weekly[p]):
        yield Fact("unknown_schedule", {})
    limit = distance.travel_limit(seeker.max_travel_km, t.config)
    if limit is not None and math.isnan(d.distance[p]) and not d.same[p]:
        yield Fact("unknown_distance", {})
    if seeker.riasec and carved and not any(task.riasec for task in wp.tasks):
        yield Fact("unknown_riasec", {})
    stated = set(preferences.stated(seeker))
    for key in PREFERENCE_KEYS:
        if key in stated and not d.preferences[key][1][p]:
            yield Fact("unknown_preference", {"preference": key})


__all__ = ["explain"]
