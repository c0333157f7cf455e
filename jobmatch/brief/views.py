"""What a brief may read: explicit allow-list views, copied field by field.

Employer and seeker briefs are built from :class:`PairView`: the seeker as
a job seeker (no limits, no schedule, no confidential notes, only the
accommodations the seeker agreed to share), the workplace as its map (no
confidential notes), and the proposed job, whose days and times are only the
overlap of both schedules. The seeker brief also gets :class:`OwnView`: the
seeker's own limits, avoid list, preferences and schedule, for the seeker to
read (never the employer). Only the adviser brief gets an
:class:`AdviserView`. A field added to a model stays out of every brief
until it is copied here on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import Enum

from jobmatch.models import (
    Adviser,
    Day,
    Demands,
    EmployerContact,
    Environment,
    Limits,
    Preferences,
    Schedule,
    Seeker,
    Task,
    Workplace,
)
from jobmatch.scoring.constants import ANY, DEMAND_LIMITS, TASK_PREFERENCE_KEYS
from jobmatch.scoring.match import Fact, Match

_DEMAND_KEYS = (*(demand for demand, _ in DEMAND_LIMITS), "pace", "setting")
_LIMIT_KEYS = tuple(limit for _, limit in DEMAND_LIMITS)
_LIMITED = frozenset(demand for demand, _ in DEMAND_LIMITS)
_PREFERENCE_KEYS = ("customer_contact", "setting", "pace", "noise", "indoor")
_ENVIRONMENT_KEYS = ("setting", "pace", "noise", "indoor")
_VISIT_CODES = frozenset({"visited_recently", "visit_out_of_date", "never_visited"})
NO_INTEREST_MET = "no_interest_met"

Pairs = tuple[tuple[str, str | float | bool], ...]
"""Known (key, value) pairs; enumerated values as their plain names."""


@dataclass(frozen=True, slots=True)
class ContactView:
    """A person to call: the adviser or the employer's contact."""

    name: str | None
    role: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True, slots=True)
class WindowView:
    """Days and a daily window (``"08:00"``), from a schedule or two schedules' overlap."""

    days: tuple[str, ...]
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class JobSeekerView:
    """The seeker as a job seeker: what they can do and want to do, and shared needs."""

    name: str
    language: str | None
    adviser: ContactView | None
    purpose: str
    hours_wanted: float | None
    earliest_start: date | None
    career_goal: str | None
    why: str | None
    strengths: tuple[str, ...]
    skills: tuple[str, ...]
    shared_needs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OwnView:
    """What the seeker has told about themselves, for the seeker's own brief only.

    Limits, work to avoid, preferences and the days and times the seeker can
    work. Never the confidential notes nor the unshared accommodations; never
    built for the employer, who sees the limits only as the carved job shows them.
    """

    limits: Pairs
    avoid: tuple[str, ...]
    preferences: Pairs
    schedule: WindowView | None


@dataclass(frozen=True, slots=True)
class TaskView:
    """One task of the workplace map with its known demands."""

    name: str
    hours: float | None
    essential: bool
    demands: Pairs


@dataclass(frozen=True, slots=True)
class PlaceView:
    """The workplace as its map describes it, without its confidential notes."""

    name: str
    industry: str | None
    description: str | None
    address: str | None
    contact: ContactView | None
    visited: date | None
    capacity: int | None
    offers: tuple[str, ...] | None
    recruitment_need: bool | None
    expectations: tuple[str, ...]
    wage: str | None
    hours_min: float | None
    hours_max: float | None
    environment: Pairs
    intro_routine: bool | None
    internal_training: bool | None
    mentor: bool | None
    career_path: bool | None
    schedule: WindowView | None


@dataclass(frozen=True, slots=True)
class PlannedTask:
    """A task of the proposed (carved) job."""

    task: TaskView
    hours: int
    partial: bool
    interest: str | None
    strength: float


@dataclass(frozen=True, slots=True)
class PlanView:
    """The proposed job: carved tasks and hours, and when both sides can work.

    ``overlap`` is None when the workplace has no schedule: the seeker's own
    days are not the job's (and are not for the employer to read).
    ``no_interest_met`` is the engine's finding that none of the seeker's
    interests meets a carved task (the ``no_interest_met`` fact).
    """

    excluded: bool
    hours: int
    tasks: tuple[PlannedTask, ...]
    overlap: WindowView | None
    no_interest_met: bool = False


@dataclass(frozen=True, slots=True)
class PairView:
    """Everything an employer or seeker brief is built from."""

    seeker: JobSeekerView
    workplace: PlaceView
    plan: PlanView


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A task not in the proposed job, and why (may name the seeker's limits)."""

    name: str
    reasons: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class AdviserView:
    """What only the adviser may read: score, limits, unshared needs, confidential notes."""

    score: float
    confidence: float
    components: tuple[tuple[str, float], ...]
    reasons: tuple[Fact, ...]
    exclusions: tuple[Fact, ...]
    unknowns: tuple[Fact, ...]
    visit: Fact | None
    left_out: tuple[LeftOut, ...]
    unknown_demands: tuple[tuple[str, tuple[str, ...]], ...]
    riasec: str | None
    limits: Pairs
    avoid: tuple[str, ...]
    preferences: Pairs
    schedule: WindowView | None
    unshared_needs: tuple[str, ...]
    seeker_notes: str | None
    workplace_notes: str | None


# --- building the views ---------------------------------------------------------


def pair_view(seeker: Seeker, workplace: Workplace, match: Match) -> PairView:
    """The allow-listed parts of a pair, for any audience."""
    place = place_view(workplace)
    return PairView(job_seeker_view(seeker), place, plan_view(seeker, workplace, match, place))


def job_seeker_view(seeker: Seeker) -> JobSeekerView:
    goal = seeker.goal
    return JobSeekerView(
        name=seeker.name,
        language=seeker.language,
        adviser=_adviser(seeker.adviser),
        purpose=goal.purpose.value,
        hours_wanted=goal.hours_per_week,
        earliest_start=goal.earliest_start,
        career_goal=goal.career_goal,
        why=seeker.why,
        strengths=tuple(seeker.strengths),
        skills=tuple(seeker.skills),
        shared_needs=tuple(a.need for a in seeker.accommodations if a.shared),
    )


def own_view(seeker: Seeker) -> OwnView:
    """The seeker's limits, avoid list, preferences and schedule: the seeker brief only."""
    return OwnView(
        limits=_known(seeker.limits or Limits(), _LIMIT_KEYS),
        avoid=tuple(seeker.avoid),
        preferences=_preferences(seeker.preferences),
        schedule=window(seeker.schedule),
    )


def place_view(workplace: Workplace) -> PlaceView:
    conditions, inclusion = workplace.conditions, workplace.inclusion
    hours = conditions.hours_per_week if conditions else None
    return PlaceView(
        name=workplace.name,
        industry=workplace.industry,
        description=workplace.description,
        address=_address(workplace),
        contact=_contact(workplace.contact),
        visited=workplace.visited,
        capacity=workplace.capacity,
        offers=tuple(p.value for p in workplace.offers) if workplace.offers is not None else None,
        recruitment_need=workplace.recruitment_need,
        expectations=tuple(workplace.expectations),
        wage=conditions.wage if conditions else None,
        hours_min=hours.min if hours else None,
        hours_max=hours.max if hours else None,
        environment=_environment(workplace.environment),
        intro_routine=inclusion.intro_routine if inclusion else None,
        internal_training=inclusion.internal_training if inclusion else None,
        mentor=inclusion.mentor if inclusion else None,
        career_path=inclusion.career_path if inclusion else None,
        schedule=window(workplace.schedule),
    )


def plan_view(seeker: Seeker, workplace: Workplace, match: Match, place: PlaceView) -> PlanView:
    """The carved tasks with their demands, and the schedules' overlap."""
    tasks = {t.id: t for t in workplace.tasks}
    planned = tuple(
        PlannedTask(task_view(tasks[r.id]), r.carved_hours, r.partial, r.interest, r.strength)
        for r in match.tasks
        if r.carved_hours > 0 and r.id in tasks
    )
    overlap = overlap_window(seeker.schedule, workplace.schedule)
    return PlanView(match.excluded, match.carved_hours, planned, overlap, no_interest_met(match))


def no_interest_met(match: Match) -> bool:
    """Whether the engine found that no interest meets a carved task.

    Read from the engine's own fact, not from the strengths: where a
    strength counts as meeting a task is the engine's threshold to decide.
    """
    return any(f.code == NO_INTEREST_MET for c in match.components.values() for f in c.parts)


def task_view(task: Task) -> TaskView:
    return TaskView(task.name, task.hours_per_week, task.is_essential, _demands(task.demands))


def _blank_demands(
    seeker: Seeker, workplace: Workplace, match: Match
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Carved tasks with blank demands that matter to this seeker, and carved tasks with no
    demand mapped at all (an empty tuple): the adviser asks first.

    A blank demand matters when it bears on one of the seeker's limits (as
    the engine found it, so that a night the workplace's hours rule out is
    not asked about) and the limit rules something out, or on one of the
    seeker's preferences that the workplace's environment does not answer
    either. Food handling at a library, for a seeker who may
    handle food, is not worth a line.
    """
    environment = workplace.environment or Environment()
    answered = {k for k in _ENVIRONMENT_KEYS if getattr(environment, k) is not None}
    bearing = _bearing_demands(seeker) - answered  # setting and pace: else the workplace's
    found: list[tuple[str, tuple[str, ...]]] = []
    for task, result in zip(workplace.tasks, match.tasks, strict=True):
        if result.carved_hours <= 0:
            continue
        demands = task.demands or Demands()
        if all(getattr(demands, d) is None for d in Demands.model_fields):
            found.append((task.name, ()))  # nothing mapped: asked about whoever the seeker is
            continue
        blank = tuple(
            d
            for d in Demands.model_fields
            if d in bearing
            and getattr(demands, d) is None
            and (d in result.unknown_demands or d not in _LIMITED)
        )
        if blank:
            found.append((task.name, blank))
    return tuple(found)


def _bearing_demands(seeker: Seeker) -> frozenset[str]:
    """The demands whose value decides something for this seeker."""
    limits, preferences = seeker.limits or Limits(), seeker.preferences or Preferences()
    found = {demand for demand, limit in DEMAND_LIMITS if _rules_out(getattr(limits, limit))}
    found |= {k for k in TASK_PREFERENCE_KEYS if getattr(preferences, k) not in (None, ANY)}
    return frozenset(found)


def _rules_out(limit: object) -> bool:
    """Whether a limit excludes some value: a number, ``false``, or a level below the top."""
    if limit is None or limit is True:
        return False
    if isinstance(limit, Enum):
        return limit is not list(type(limit))[-1]
    return True


def adviser_view(seeker: Seeker, workplace: Workplace, match: Match) -> AdviserView:
    """The adviser-only parts: the score and its facts, limits, unshared needs, notes."""
    own = own_view(seeker)
    return AdviserView(
        score=match.score,
        confidence=match.confidence,
        components=tuple((name, c.value) for name, c in match.components.items()),
        reasons=match.reasons,
        exclusions=match.exclusions,
        unknowns=match.unknowns,
        visit=_visit_fact(match),
        left_out=tuple(_left_out(match)),
        unknown_demands=_blank_demands(seeker, workplace, match),
        riasec=seeker.riasec,
        limits=own.limits,
        avoid=own.avoid,
        preferences=own.preferences,
        schedule=own.schedule,
        unshared_needs=tuple(a.need for a in seeker.accommodations if not a.shared),
        seeker_notes=seeker.confidential.notes if seeker.confidential else None,
        workplace_notes=workplace.confidential.notes if workplace.confidential else None,
    )


# --- small helpers -------------------------------------------------------------------


def _adviser(adviser: Adviser | None) -> ContactView | None:
    if adviser is None:
        return None
    return ContactView(adviser.name, None, adviser.phone, adviser.email)


def _contact(contact: EmployerContact | None) -> ContactView | None:
    if contact is None:
        return None
    return ContactView(contact.name, contact.role, contact.phone, contact.email)


def _address(workplace: Workplace) -> str | None:
    loc = workplace.location
    if loc is None:
        return None
    parts = [p for p in (loc.address, loc.municipality) if p]
    return ", ".join(parts) or None


def _plain(value: object) -> str | float | bool:
    if isinstance(value, bool | int | float):
        return value
    return str(getattr(value, "value", value))


def _known(model: Demands | Limits | Environment | Preferences, keys: tuple[str, ...]) -> Pairs:
    pairs = ((key, getattr(model, key)) for key in keys)
    return tuple((key, _plain(value)) for key, value in pairs if value is not None)


def _demands(demands: Demands | None) -> Pairs:
    return _known(demands or Demands(), _DEMAND_KEYS)


def _environment(environment: Environment | None) -> Pairs:
    return _known(environment or Environment(), _ENVIRONMENT_KEYS)


def _preferences(preferences: Preferences | None) -> Pairs:
    pairs = _known(preferences or Preferences(), _PREFERENCE_KEYS)
    return tuple((k, v) for k, v in pairs if v != "any")


def _clock(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def window(schedule: Schedule | None) -> WindowView | None:
    """A schedule as days and a daily window; None when there is none."""
    if schedule is None:
        return None
    days = tuple(d.value for d in schedule.days) if schedule.days else tuple(d.value for d in Day)
    return WindowView(days, _clock(schedule.earliest), _clock(schedule.latest))


def overlap_window(seeker: Schedule | None, workplace: Schedule | None) -> WindowView | None:
    """The days and hours both schedules share.

    None when the workplace has no schedule (never the seeker's own days
    alone); the workplace's when only the seeker's is unknown.
    """
    first, second = window(seeker), window(workplace)
    if second is None:
        return None
    if first is None:
        return second
    days = tuple(d for d in first.days if d in second.days)
    starts = [s for s in (first.start, second.start) if s]
    ends = [e for e in (first.end, second.end) if e]
    return WindowView(days, max(starts) if starts else None, min(ends) if ends else None)


def _visit_fact(match: Match) -> Fact | None:
    readiness = match.components.get("readiness")
    parts = readiness.parts if readiness is not None else ()
    return next((f for f in parts if f.code in _VISIT_CODES), None)


def _left_out(match: Match) -> list[LeftOut]:
    found = []
    for r in match.tasks:
        if r.carved_hours > 0:
            continue
        reasons = r.blockers if r.blockers else ((r.left_out,) if r.left_out else ())
        found.append(LeftOut(r.name, tuple(reasons)))
    return found
