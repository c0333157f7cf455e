"""The scalar reference: one seeker and one workplace in, one explained :class:`Match` out.

This is the engine's former one-pair path, kept in the tests as the
executable spec: plain loops over one pair, in the words of
``spec/scoring.md``. The package scores every pair with the criteria's
array evaluation (:mod:`jobmatch.scoring.criteria`); the tests hold it to
this reference, score, components and explanation alike.

``score_pair`` is pure: the same views, configuration, words and date give
the same match, whatever the order of files, interests or tasks. The steps
follow ``spec/scoring.md``: doable tasks, exclusions, carving, components,
score and confidence, reasons and unknowns.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from jobmatch.api import Engine
from jobmatch.models import Seeker, Task, Workplace
from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.match import COMPONENTS, Component, Fact, Match, TaskResult, Value
from jobmatch.scoring.views import SeekerView, WorkplaceView, seeker_view, workplace_view
from jobmatch.scoring.words import Words, seeker_texts, task_texts
from tests.reference import components as comp
from tests.reference import composition, gate
from tests.reference.carving import Candidate, Wish, carve, task_capacity
from tests.reference.rules import (
    distance_km,
    exclusions,
    hour_ceiling,
    schedule_overlap,
    task_blockers,
    unknown_demands,
)

MAX_REASONS = 3
BACKGROUND = frozenset({"riasec_congruence"})
"""Facts shown in ``explain`` but never as a reason: a bare index means little to a person."""


@dataclass(frozen=True, slots=True)
class Context:
    """What every pair is scored with: configuration, words, and the date visits are measured from."""

    config: ScoringConfig
    words: Words
    as_of: date


def score_pair(seeker: SeekerView, workplace: WorkplaceView, ctx: Context) -> Match:
    """Score and explain one pair."""
    night = composition.no_night_work(workplace.schedule)
    judged = [
        judge_task(task, index, seeker, ctx, night) for index, task in enumerate(workplace.tasks)
    ]
    blocked = [
        (task, list(r.blockers))
        for task, r in zip(workplace.tasks, judged, strict=True)
        if not r.doable
    ]
    overlap = schedule_overlap(seeker.schedule, workplace.schedule)
    distance = distance_km(seeker.place, workplace.place)
    excluded_by = exclusions(
        seeker,
        workplace,
        blocked,
        any(r.doable for r in judged),
        overlap,
        distance,
        composition.travel_limit(seeker, ctx.config),
        lambda km: composition.too_far(seeker, km, ctx.config),
    )
    doable_hours = _doable_hours(workplace.tasks, judged)
    ceiling, hours_fact = hour_ceiling(
        seeker, workplace, doable_hours, overlap, ctx.config.thresholds.default_hours
    )
    job = _Job.of(seeker, workplace, judged, ceiling, overlap, distance, ctx, skip=False)
    if any(c.unwanted for c in _candidates(workplace.tasks, judged, seeker, ctx)):
        other = _Job.of(seeker, workplace, judged, ceiling, overlap, distance, ctx, skip=True)
        if other.score > job.score:  # a tie: the job with every free hour filled
            job = replace(other, carved=_dropped(job.carved, other.carved, workplace.tasks, seeker))
    carved, parts, components, negotiating = job.carved, job.parts, job.components, job.negotiating
    score, lost = job.score, job.lost
    confidence = composition.confidence(
        seeker, workplace, parts.carved, parts.distance_known, ctx.config, ctx.as_of, ctx.words
    )
    facts = [fact for c in components.values() for fact in c.parts]
    if negotiating:
        facts += composition.negotiate_facts(carved, lost)
    reasons = _strongest(facts) or (hours_fact,)
    return Match(
        seeker=seeker.id,
        workplace=workplace.id,
        score=0.0 if excluded_by else score,
        confidence=confidence,
        excluded=bool(excluded_by),
        exclusions=tuple(excluded_by),
        components=components,
        tasks=tuple(carved),
        carved_hours=sum(t.carved_hours for t in carved),
        hours=hours_fact,
        reasons=reasons,
        unknowns=tuple(comp.unknowns(parts)),
    )


@dataclass(frozen=True)
class _Job:
    """One candidate job (carving step 4) and what it scores."""

    carved: list[TaskResult]
    parts: comp.Inputs
    components: dict[str, Component]
    negotiating: int
    score: float
    lost: float

    @classmethod
    def of(
        cls,
        seeker: SeekerView,
        workplace: WorkplaceView,
        judged: list[TaskResult],
        ceiling: int,
        overlap: float | None,
        distance: float | None,
        ctx: Context,
        skip: bool,
    ) -> _Job:
        carved = _carve(workplace.tasks, judged, seeker, workplace, ceiling, ctx, skip)
        parts = comp.Inputs(
            seeker, workplace, carved, overlap, distance, ceiling, ctx.config, ctx.as_of, ctx.words
        )
        components = comp.all_components(parts)
        negotiating = composition.negotiate(workplace, carved)
        score, lost = _combine(components, ctx.config, negotiating)
        unpenalised = gate.apply(parts, components, score + lost)[0]
        score, components = gate.apply(parts, components, score)
        return cls(carved, parts, components, negotiating, score, unpenalised - score)


def _in_part(task: Task, hours: int, ceiling: int) -> bool:
    """Whether a task with known hours got some of them, not all."""
    capacity = task_capacity(task.hours_per_week, ceiling)
    return 0 < hours < capacity and task.hours_per_week is not None


def _dropped(
    longer: list[TaskResult], shorter: list[TaskResult], tasks: tuple[Task, ...], seeker: SeekerView
) -> list[TaskResult]:
    """The shorter job's tasks, each that lost all its hours to it saying why."""
    found = []
    for long, short, task in zip(longer, shorter, tasks, strict=True):
        if short.carved_hours == 0 and long.carved_hours > 0:
            why = comp.task_unwanted(task, seeker)
            short = replace(
                short, left_out=Fact("left_out_unwanted", {"task": short.name, "preference": why})
            )
        found.append(short)
    return found


def judge_task(
    task: Task, index: int, seeker: SeekerView, ctx: Context, no_night_work: bool = False
) -> TaskResult:
    """Doable or not (with every blocker), and how well it fits the seeker."""
    blockers = task_blockers(task, seeker.limits, seeker.skills, ctx.words.requirement)
    interest, strength, fit, strengths = comp.task_interest(task, seeker, ctx.words, ctx.config)
    avoided, _ = comp.task_avoid(task, seeker, ctx.words, ctx.config)
    return TaskResult(
        id=task.id,
        name=task.name,
        essential=task.is_essential,
        doable=not blockers,
        blockers=tuple(blockers),
        unknown_demands=unknown_demands(task, seeker.limits, no_night_work),
        interest=interest,
        strength=strength,
        strengths=strengths,
        avoided=avoided,
        fit=fit,
        hours_available=task.hours_per_week,
    )


def _doable_hours(tasks: tuple[Task, ...], judged: list[TaskResult]) -> float | None:
    """Sum of the doable tasks' hours; None (no bound) when one of them has unknown hours."""
    total = 0.0
    for task, result in zip(tasks, judged, strict=True):
        if result.doable:
            if task.hours_per_week is None:
                return None
            total += task.hours_per_week
    return total


def _carve(
    tasks: tuple[Task, ...],
    judged: list[TaskResult],
    seeker: SeekerView,
    workplace: WorkplaceView,
    ceiling: int,
    ctx: Context,
    skip_unwanted: bool,
) -> list[TaskResult]:
    config = ctx.config
    candidates = _candidates(tasks, judged, seeker, ctx)
    texts = sorted({i.what for i in seeker.interests})
    wishes = [Wish(i.weight or 2, texts.index(i.what)) for i in seeker.interests]
    carves = workplace.open_to_job_carving is True
    essential_min = None if carves else config.thresholds.essential_min_hours
    given = carve(
        candidates, wishes, ceiling, essential_min, config.thresholds.word_match, skip_unwanted
    )
    chosen = [(c, given[c.index]) for c in candidates if given.get(c.index, 0) > 0]
    results = []
    for i, r in enumerate(judged):
        hours = given.get(i, 0)
        partial = _in_part(tasks[i], hours, ceiling)
        left_out = _left_out(r, candidates[i], hours, ceiling, chosen, carves)
        split = None
        if partial:  # part of its hours: a tie when a task that fits as well got all of its
            whole = [c for c, h in chosen if not _in_part(tasks[c.index], h, ceiling)]
            other = next((c for c in whole if c.fit == r.fit), None)
            if other is not None:
                split = Fact("part_tie", {"task": r.name, "other": judged[other.index].name})
        results.append(
            replace(r, carved_hours=hours, partial=partial, left_out=left_out, split=split)
        )
    return results


def _candidates(
    tasks: tuple[Task, ...], judged: list[TaskResult], seeker: SeekerView, ctx: Context
) -> list[Candidate]:
    """What carving reads of each task."""
    return [
        Candidate(
            i,
            r.id,
            r.doable,
            r.essential,
            tasks[i].hours_per_week,
            r.fit,
            r.strengths,
            r.avoided is not None,
            comp.task_preference(tasks[i], seeker, ctx.config),
            comp.task_unwanted(tasks[i], seeker) is not None,
        )
        for i, r in enumerate(judged)
    ]


def _left_out(
    result: TaskResult,
    me: Candidate,
    hours: int,
    ceiling: int,
    chosen: list[tuple[Candidate, int]],
    carves: bool,
) -> Fact | None:
    """Why a task is not in the carved job: a tie is called a tie."""
    if hours > 0:
        return None
    if not result.doable:
        return Fact("left_out_not_doable", {"task": result.name})
    if ceiling <= 0:
        return Fact("left_out_no_hours", {"task": result.name})
    if result.avoided is not None:
        return Fact("left_out_avoided", {"task": result.name, "avoid": result.avoided})
    values: dict[str, Value] = {"task": result.name, "hours": ceiling}
    if any(c.fit == me.fit for c, _ in chosen):
        return Fact("left_out_tie", values)
    lower = [c for c, _ in chosen if c.fit < me.fit]
    if not lower:
        return Fact("left_out_hours_filled", values)
    if not carves and any(c.essential for c in lower):
        return Fact("left_out_essential_first", values)
    return Fact("left_out_covered", values)


def _combine(
    components: dict[str, Component], config: ScoringConfig, negotiating: int
) -> tuple[float, float]:
    """Score (0-100): 100 x m, m the weighted mean of the values less the penalty for an
    essential task not doable where the workplace carves; and the points it took."""
    total = sum(c.weight for c in components.values())
    if total <= 0:
        return 0.0, 0.0
    mean = sum(c.weight * c.value for c in components.values()) / total
    m = composition.penalised(mean, negotiating, config)
    return 100.0 * m, 100.0 * (mean - m)


def _strongest(facts: list[Fact]) -> tuple[Fact, ...]:
    """ "No interest met" first where it applies (scoring.md step 5: the strongest reason says
    so), then the few strongest facts for, then the few strongest against."""

    def key(f: Fact) -> tuple[float, str, str]:
        return (-abs(f.impact), f.code, repr(sorted(f.values.items(), key=lambda kv: kv[0])))

    facts = [f for f in facts if f.code not in BACKGROUND]
    gate = [f for f in facts if f.code == "no_interest_met"]
    pro = sorted((f for f in facts if f.impact > 0), key=key)[:MAX_REASONS]
    con = sorted((f for f in facts if f.impact < 0 and f not in gate), key=key)
    return tuple(gate + pro + con[: MAX_REASONS - len(gate)])


def reference_match(seeker: Seeker, workplace: Workplace, engine: Engine) -> Match:
    """The reference's match of two records, with the engine's configuration, words and date."""
    s, w = seeker_view(seeker), workplace_view(workplace)
    engine.words.prepare(seeker_texts(s), task_texts(w))
    return score_pair(s, w, Context(engine.config, engine.words, engine.context.as_of))


__all__ = ["COMPONENTS", "Context", "judge_task", "reference_match", "score_pair"]
