"""What the engine may read: explicit allow-list views of the two records.

The engine never receives a ``confidential`` part or an accommodation's
text: the views below copy only the fields named here. Of an accommodation
the engine sees its support category and whether it is shared, so that a
need counts in ``readiness`` while only shared categories are ever named. A
field added to a model stays out of scoring until it is added to a view on
purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jobmatch.models import (
    Conditions,
    Environment,
    Goal,
    Inclusion,
    Interest,
    Limits,
    Preferences,
    Purpose,
    Schedule,
    Seeker,
    Support,
    Task,
    Workplace,
)


@dataclass(frozen=True, slots=True)
class Place:
    """Where someone or something is, as far as the engine needs it."""

    municipality: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Need:
    """A support the seeker needs (an accommodation's category) and whether it may be named."""

    support: Support
    shared: bool


@dataclass(frozen=True, slots=True)
class SeekerView:
    """The seeker as the engine sees it: no confidential notes, no accommodation texts."""

    id: str
    interests: tuple[Interest, ...]
    avoid: tuple[str, ...]
    riasec: str | None
    skills: tuple[str, ...]
    goal: Goal
    limits: Limits
    preferences: Preferences
    schedule: Schedule | None
    place: Place | None
    max_travel_km: float | None
    needs: tuple[Need, ...] = ()


@dataclass(frozen=True, slots=True)
class WorkplaceView:
    """The workplace as the engine sees it: no confidential notes, no contact details."""

    id: str
    tasks: tuple[Task, ...]
    capacity: int | None
    offers: tuple[Purpose, ...] | None
    recruitment_need: bool | None
    open_to_job_carving: bool | None
    conditions: Conditions
    environment: Environment
    inclusion: Inclusion
    schedule: Schedule | None
    place: Place | None
    visited: date | None
    supports: tuple[Support, ...] | None = None


def seeker_view(seeker: Seeker) -> SeekerView:
    """Copy the allowed fields of a seeker."""
    loc = seeker.location
    return SeekerView(
        id=seeker.id,
        interests=seeker.interests,
        avoid=seeker.avoid,
        riasec=seeker.riasec,
        skills=seeker.skills,
        goal=seeker.goal,
        limits=seeker.limits or Limits(),
        preferences=seeker.preferences or Preferences(),
        schedule=seeker.schedule,
        place=Place(loc.municipality, loc.lat, loc.lon) if loc else None,
        max_travel_km=loc.max_travel_km if loc else None,
        needs=tuple(
            Need(a.category, a.shared) for a in seeker.accommodations if a.category is not None
        ),
    )


def workplace_view(workplace: Workplace) -> WorkplaceView:
    """Copy the allowed fields of a workplace."""
    loc = workplace.location
    return WorkplaceView(
        id=workplace.id,
        tasks=workplace.tasks,
        capacity=workplace.capacity,
        offers=workplace.offers,
        recruitment_need=workplace.recruitment_need,
        open_to_job_carving=workplace.open_to_job_carving,
        conditions=workplace.conditions or Conditions(),
        environment=workplace.environment or Environment(),
        inclusion=workplace.inclusion or Inclusion(),
        schedule=workplace.schedule,
        place=Place(loc.municipality, loc.lat, loc.lon) if loc else None,
        visited=workplace.visited,
        supports=workplace.supports,
    )
