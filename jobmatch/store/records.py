"""What the log records, as plain values: the words of ``spec/followup.md``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class ContactKind(StrEnum):
    EMPLOYER_CONTACT = "employer_contact"
    JOB_DEVELOPMENT = "job_development"
    VISIT = "visit"
    FOLLOW_UP_SEEKER = "follow_up_seeker"
    FOLLOW_UP_EMPLOYER = "follow_up_employer"
    THREE_WAY = "three_way"


FOLLOW_UP_KINDS = frozenset(
    {ContactKind.FOLLOW_UP_SEEKER, ContactKind.FOLLOW_UP_EMPLOYER, ContactKind.THREE_WAY}
)
EMPLOYER_KINDS = frozenset({ContactKind.EMPLOYER_CONTACT, ContactKind.JOB_DEVELOPMENT})


class EndReason(StrEnum):
    EMPLOYED = "employed"
    COMPLETED = "completed"
    SEEKER_ENDED = "seeker_ended"
    EMPLOYER_ENDED = "employer_ended"
    HEALTH = "health"
    MOVED = "moved"
    OTHER = "other"


class Checkpoint(StrEnum):
    D90 = "90d"
    M6 = "6m"
    M12 = "12m"


class OutcomeStatus(StrEnum):
    WORKING = "working"
    NOT_WORKING = "not_working"
    UNKNOWN = "unknown"


class PlacementStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ENDED = "ended"


def placement_ref(number: int) -> str:
    return f"P{number}"


def contact_ref(number: int) -> str:
    return f"C{number}"


@dataclass(frozen=True)
class Placement:
    """A placement as the log holds it (the match it was made on in ``match``)."""

    id: int
    seeker: str
    workplace: str
    purpose: str | None
    start: date
    planned_end: date | None = None
    hours: float | None = None
    days_times: str | None = None
    employer_contact: str | None = None
    adviser: str = ""
    end_date: date | None = None
    end_reason: str | None = None
    score: float | None = None
    confidence: float | None = None
    components: dict[str, float] = field(default_factory=dict)
    engine_version: int | None = None
    engine_id: str | None = None
    config_hash: str | None = None
    vocabulary_hash: str | None = None
    seeker_file_hash: str | None = None
    workplace_file_hash: str | None = None
    exclusions: tuple[str, ...] = ()
    override_reason: str | None = None

    @property
    def ref(self) -> str:
        return placement_ref(self.id)

    def status_on(self, day: date) -> PlacementStatus:
        """Planned before the start, ended after the end date, else active."""
        if self.end_date is not None and day > self.end_date:
            return PlacementStatus.ENDED
        return PlacementStatus.PLANNED if day < self.start else PlacementStatus.ACTIVE

    def active_on(self, day: date) -> bool:
        return self.status_on(day) is PlacementStatus.ACTIVE


@dataclass(frozen=True)
class Contact:
    """One contact; ``note`` is the adviser's own and leaves the log only when asked for."""

    id: int
    date: date
    kind: str
    face_to_face: bool = False
    adviser: str = ""
    seeker: str | None = None
    workplace: str | None = None
    placement: int | None = None
    note: str | None = None
    next_date: dt.date | None = None

    @property
    def ref(self) -> str:
        return contact_ref(self.id)


@dataclass(frozen=True)
class Outcome:
    placement: int
    checkpoint: str
    status: str
    recorded: date
    hours: float | None = None
    paid: bool | None = None
    ordinary: bool | None = None


class Purpose(StrEnum):
    ASSESSMENT = "assessment"
    TRAINING = "training"
    EMPLOYMENT = "employment"
