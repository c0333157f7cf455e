"""The follow-up log's write side and lookups: placements, contacts, ends, outcomes, forget.

    from jobmatch.store import Log

    with Log.open("sqlite:///path/to/jobmatch.db") as log:
        ref = log.contact(date(2026, 12, 1), "follow_up_seeker", seeker="ola-n", adviser="Kari")

Every change is one transaction holding the record and its audit event:
both are written, or neither. Errors are :mod:`jobmatch.errors` classes
with the exit codes of ``spec/cli.md``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, delete, func, insert, or_, select, text, update

from jobmatch.errors import NotFoundError, RefusedError, UsageError
from jobmatch.layout import FOLDERS
from jobmatch.store import audit
from jobmatch.store.database import DEFAULT_TIMEOUT, Database, open_database
from jobmatch.store.plan import checkpoint_dates
from jobmatch.store.records import (
    Checkpoint,
    Contact,
    ContactKind,
    EndReason,
    Outcome,
    OutcomeStatus,
    Placement,
    contact_ref,
    placement_ref,
)
from jobmatch.store.schema import audit_key, contact, outcome, placement

if TYPE_CHECKING:
    from jobmatch.scoring.config import Followup


@dataclass(frozen=True)
class MatchRecord:
    """The match a placement is made on, as it was scored that day."""

    score: float
    confidence: float
    components: Mapping[str, float]
    engine_version: int
    engine_id: str
    config_hash: str
    vocabulary_hash: str
    seeker_file_hash: str
    workplace_file_hash: str
    exclusions: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewPlacement:
    """What ``jobmatch place`` is given."""

    seeker: str
    workplace: str
    start: date
    purpose: str | None = None
    planned_end: date | None = None
    hours: float | None = None
    days_times: str | None = None
    employer_contact: str | None = None
    adviser: str = ""
    override_reason: str | None = None
    capacity: int | None = None
    """The workplace's ``capacity``: with as many placements there overlapping this one's
    time (from its start to its planned end, or open), no place is open (an exclusion,
    ``no_open_place``). None: unknown, never full."""
    match: MatchRecord | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def parse_ref(ref: str, prefix: str) -> int:
    """``P12`` (or ``12``) as 12; anything else names no record (exit 3)."""
    body = ref.strip().upper().removeprefix(prefix)
    if not body.isdigit():
        raise NotFoundError(key="log.no_placement", ref=ref)
    return int(body)


class Log:
    """An open follow-up log."""

    def __init__(self, db: Database, rules: Followup | None = None) -> None:
        self.db = db
        self._rules = rules

    @property
    def rules(self) -> Followup:
        """The ``[followup]`` rules; the defaults are made when first asked for (their model
        is not imported by a command that needs no rule, such as ``contact``)."""
        if self._rules is None:
            from jobmatch.scoring.config import Followup

            self._rules = Followup()
        return self._rules

    @classmethod
    def open(
        cls,
        url: str,
        *,
        rules: Followup | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        create: bool = True,
    ) -> Log:
        """Open (and on first use create) the log at ``url``; an old or new schema is exit 5."""
        return cls(open_database(url, timeout=timeout, create=create), rules)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Log:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------

    def place(self, new: NewPlacement, *, as_of: date) -> Placement:
        """Record a placement with its match; an excluded pair needs a reason (exit 4)."""
        if new.planned_end is not None and new.planned_end < new.start:
            raise UsageError(key="log.end_before_start")
        match = new.match
        if match is not None and match.exclusions and not new.override_reason:
            raise RefusedError(key="log.excluded_pair")
        excluded = bool(match and match.exclusions)
        values: dict[str, Any] = {
            "seeker": new.seeker,
            "workplace": new.workplace,
            "purpose": new.purpose,
            "start": new.start,
            "planned_end": new.planned_end,
            "hours": new.hours,
            "days_times": new.days_times,
            "employer_contact": new.employer_contact,
            "adviser": new.adviser,
            "status": "planned" if new.start > as_of else "active",
            "override_reason": new.override_reason if excluded else None,
        }
        if match is not None:
            values |= {
                "score": match.score,
                "confidence": match.confidence,
                "components": json.dumps(dict(match.components), sort_keys=True),
                "engine_version": match.engine_version,
                "engine_id": match.engine_id,
                "config_hash": match.config_hash,
                "vocabulary_hash": match.vocabulary_hash,
                "seeker_file_hash": match.seeker_file_hash,
                "workplace_file_hash": match.workplace_file_hash,
                "exclusions": json.dumps(list(match.exclusions)) if match.exclusions else None,
            }
        with self.db.write() as conn:  # counted and written in one transaction: no race
            full = bool(new.capacity) and (
                _taken(conn, new.workplace, new.start, new.planned_end) >= (new.capacity or 0)
            )
            if full:
                if not new.override_reason:
                    raise RefusedError(
                        key="log.no_open_place",
                        workplace=new.workplace,
                        day=new.start.isoformat(),
                        capacity=new.capacity,
                    )
                codes = [*(match.exclusions if match else ()), NO_OPEN_PLACE]
                values |= {"exclusions": json.dumps(codes), "override_reason": new.override_reason}
            number = _new_id(conn.execute(insert(placement).values(**values)))
            audit.append(
                conn,
                command="place",
                adviser=new.adviser,
                subjects=[("seeker", new.seeker), ("workplace", new.workplace)],
                inputs=_jsonable(values),
                result={"placement": placement_ref(number)},
            )
        return self.placement(number)

    def contact(
        self,
        day: date,
        kind: str,
        *,
        seeker: str | None = None,
        workplace: str | None = None,
        placement_id: int | None = None,
        face_to_face: bool = False,
        adviser: str = "",
        note: str | None = None,
        next_date: date | None = None,
    ) -> str:
        """Record one contact; a placement's contact names its seeker and workplace too."""
        ContactKind(kind)
        if seeker is None and workplace is None and placement_id is None:
            raise UsageError(key="log.contact_needs_subject")
        if next_date is not None and next_date < day:
            raise UsageError(key="log.next_before_date")
        with self.db.write() as conn:
            if placement_id is not None:
                found = _placement_row(conn, placement_id)
                if seeker not in (None, found.seeker) or workplace not in (None, found.workplace):
                    raise UsageError(key="log.contact_mismatch", ref=placement_ref(placement_id))
                seeker, workplace = found.seeker, found.workplace
            values = {
                "date": day,
                "kind": kind,
                "face_to_face": face_to_face,
                "adviser": adviser,
                "seeker": seeker,
                "workplace": workplace,
                "placement_id": placement_id,
                "note": note,
                "next_date": next_date,
            }
            number = _new_id(conn.execute(insert(contact).values(**values)))
            audit.append(
                conn,
                command="contact",
                adviser=adviser,
                subjects=_subjects(seeker, workplace),
                inputs=_jsonable(values),
                result={"contact": contact_ref(number)},
            )
        return contact_ref(number)

    def end(self, placement_id: int, day: date, reason: str, *, adviser: str = "") -> Placement:
        """End a placement; the end date may not be before its start (exit 2)."""
        EndReason(reason)
        with self.db.write() as conn:
            found = _placement_row(conn, placement_id)
            if day < found.start:
                raise UsageError(key="log.end_before_start")
            if found.end_date is not None:
                raise RefusedError(key="log.already_ended", ref=placement_ref(placement_id))
            conn.execute(
                update(placement)
                .where(placement.c.id == placement_id)
                .values(status="ended", end_date=day, end_reason=reason)
            )
            audit.append(
                conn,
                command="end",
                adviser=adviser,
                subjects=_subjects(found.seeker, found.workplace),
                inputs={"placement": placement_id, "date": day.isoformat(), "reason": reason},
                result={"placement": placement_ref(placement_id), "status": "ended"},
            )
        return self.placement(placement_id)

    def outcome(
        self,
        placement_id: int,
        checkpoint: str,
        status: str,
        *,
        recorded: date,
        hours: float | None = None,
        paid: bool | None = None,
        ordinary: bool | None = None,
        adviser: str = "",
    ) -> Outcome:
        """Record (or correct) an outcome; not before its checkpoint's date (exit 2)."""
        point, state = Checkpoint(checkpoint), OutcomeStatus(status)
        with self.db.write() as conn:
            found = _placement_row(conn, placement_id)
            due = checkpoint_dates(found.start, self.rules)[point]
            if recorded < due:
                raise UsageError(key="log.outcome_early", checkpoint=point.value, due=due)
            values = {
                "status": state.value,
                "hours": hours,
                "paid": paid,
                "ordinary": ordinary,
                "recorded": recorded,
            }
            key = (outcome.c.placement_id == placement_id) & (outcome.c.checkpoint == point.value)
            if conn.execute(select(func.count()).select_from(outcome).where(key)).scalar():
                conn.execute(update(outcome).where(key).values(**values))
            else:
                conn.execute(
                    insert(outcome).values(
                        placement_id=placement_id, checkpoint=point.value, **values
                    )
                )
            audit.append(
                conn,
                command="outcome",
                adviser=adviser,
                subjects=_subjects(found.seeker, found.workplace),
                inputs={"placement": placement_id, "checkpoint": point.value, **_jsonable(values)},
                result={"placement": placement_ref(placement_id), "checkpoint": point.value},
            )
        return Outcome(placement_id, point.value, state.value, recorded, hours, paid, ordinary)

    def forget(self, seeker: str, *, adviser: str = "", known: bool = True) -> int:
        """Remove every record of a seeker and their audit key; returns how many rows went.

        A seeker who is not ``known`` (no profile) and of whom the log holds nothing, not
        even an audit key, is not found (exit 3), and nothing is written.
        """
        with self.db.write() as conn:
            if not known and not _mentions(conn, seeker):
                raise NotFoundError(key="error.no_seeker", ref=seeker, folder=FOLDERS["seeker"])
            ids = select(placement.c.id).where(placement.c.seeker == seeker)
            removed = 0
            removed += conn.execute(delete(outcome).where(outcome.c.placement_id.in_(ids))).rowcount
            removed += conn.execute(
                delete(contact).where(
                    or_(contact.c.seeker == seeker, contact.c.placement_id.in_(ids))
                )
            ).rowcount
            removed += conn.execute(delete(placement).where(placement.c.seeker == seeker)).rowcount
            audit.append(
                conn,
                command="forget",
                adviser=adviser,
                subjects=[("seeker", seeker)],
                inputs={"seeker": seeker},
                result={"removed": removed},
            )
            audit.forget_key(conn, "seeker", seeker)
        self._flush()
        return removed

    def _flush(self) -> None:
        """Move SQLite's write-ahead log into the file, so no old page lingers beside it."""
        if self.db.is_sqlite:
            with self.db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def record_run(
        self,
        command: str,
        *,
        adviser: str,
        subjects: Sequence[audit.Subject],
        inputs: object,
        result: object,
    ) -> int:
        """An audit event for a run that changes nothing (``rank``, ``brief``, ``batch``)."""
        with self.db.write() as conn:
            return audit.append(
                conn,
                command=command,
                adviser=adviser,
                subjects=subjects,
                inputs=inputs,
                result=result,
            )

    def verify(self) -> audit.Verification:
        with self.db.read() as conn:
            return audit.verify(conn)

    # --- reading -------------------------------------------------------------------

    def placement(self, number: int) -> Placement:
        with self.db.read() as conn:
            return _to_placement(_placement_row(conn, number))

    def placements(
        self, *, seeker: str | None = None, workplace: str | None = None
    ) -> list[Placement]:
        query = select(placement).order_by(placement.c.id)
        if seeker is not None:
            query = query.where(placement.c.seeker == seeker)
        if workplace is not None:
            query = query.where(placement.c.workplace == workplace)
        with self.db.read() as conn:
            return [_to_placement(r) for r in conn.execute(query)]

    def contacts(self, *, seeker: str | None = None, workplace: str | None = None) -> list[Contact]:
        query = select(contact).order_by(contact.c.date, contact.c.id)
        if seeker is not None:
            query = query.where(contact.c.seeker == seeker)
        if workplace is not None:
            query = query.where(contact.c.workplace == workplace)
        with self.db.read() as conn:
            return [_to_contact(r) for r in conn.execute(query)]

    def outcomes(self, placement_ids: Sequence[int] | None = None) -> list[Outcome]:
        query = select(outcome).order_by(outcome.c.placement_id, outcome.c.checkpoint)
        if placement_ids is not None:
            query = query.where(outcome.c.placement_id.in_(list(placement_ids)))
        with self.db.read() as conn:
            return [_to_outcome(r) for r in conn.execute(query)]

    def active_placements(self, day: date) -> list[Placement]:
        """Placements active on ``day`` (started, not ended before it)."""
        query = select(placement).where(
            placement.c.start <= day,
            or_(placement.c.end_date.is_(None), placement.c.end_date >= day),
        )
        with self.db.read() as conn:
            return [_to_placement(r) for r in conn.execute(query.order_by(placement.c.id))]

    def count(self) -> int:
        """How many records (placements, contacts, outcomes) the log holds."""
        with self.db.read() as conn:
            return sum(
                int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                for t in (placement, contact, outcome)
            )

    def integrity_ok(self) -> bool:
        """SQLite's ``PRAGMA integrity_check`` (always true elsewhere)."""
        if not self.db.is_sqlite:
            return True
        with self.db.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def _new_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None  # noqa: S101 - an insert into a table with a primary key
    return int(key[0])


def _subjects(seeker: str | None, workplace: str | None) -> list[audit.Subject]:
    found: list[audit.Subject] = []
    if seeker:
        found.append(("seeker", seeker))
    if workplace:
        found.append(("workplace", workplace))
    return found


def _jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}


def _placement_row(conn: Connection, number: int) -> Row[Any]:
    found = conn.execute(select(placement).where(placement.c.id == number)).one_or_none()
    if found is None:
        raise NotFoundError(key="log.no_placement", ref=placement_ref(number))
    return found


def _to_placement(row: Row[Any]) -> Placement:
    return Placement(
        id=row.id,
        seeker=row.seeker,
        workplace=row.workplace,
        purpose=row.purpose,
        start=row.start,
        planned_end=row.planned_end,
        hours=row.hours,
        days_times=row.days_times,
        employer_contact=row.employer_contact,
        adviser=row.adviser or "",
        end_date=row.end_date,
        end_reason=row.end_reason,
        score=row.score,
        confidence=row.confidence,
        components=json.loads(row.components) if row.components else {},
        engine_version=row.engine_version,
        engine_id=row.engine_id,
        config_hash=row.config_hash,
        vocabulary_hash=row.vocabulary_hash,
        seeker_file_hash=row.seeker_file_hash,
        workplace_file_hash=row.workplace_file_hash,
        exclusions=tuple(json.loads(row.exclusions)) if row.exclusions else (),
        override_reason=row.override_reason,
    )


BRIEF_COLUMNS = (
    placement.c.id,
    placement.c.seeker,
    placement.c.workplace,
    placement.c.purpose,
    placement.c.start,
    placement.c.end_date,
    placement.c.adviser,
    placement.c.score,
    placement.c.engine_version,
)
"""What ``due`` and ``report`` read of a placement (not its match's details)."""


def brief_placements(conn: Connection, *where: Any) -> list[Placement]:
    """Placements with only :data:`BRIEF_COLUMNS` filled: fast for many rows."""
    query = select(*BRIEF_COLUMNS).where(*where).order_by(placement.c.id)
    return [
        Placement(
            id=r.id,
            seeker=r.seeker,
            workplace=r.workplace,
            purpose=r.purpose,
            start=r.start,
            end_date=r.end_date,
            adviser=r.adviser or "",
            score=r.score,
            engine_version=r.engine_version,
        )
        for r in conn.execute(query).all()  # all at once: row by row is slower
    ]


def _to_contact(row: Row[Any]) -> Contact:
    return Contact(
        id=row.id,
        date=row.date,
        kind=row.kind,
        face_to_face=bool(row.face_to_face),
        adviser=row.adviser or "",
        seeker=row.seeker,
        workplace=row.workplace,
        placement=row.placement_id,
        note=row.note,
        next_date=row.next_date,
    )


def _to_outcome(row: Row[Any]) -> Outcome:
    return Outcome(
        placement=row.placement_id,
        checkpoint=row.checkpoint,
        status=row.status,
        recorded=row.recorded,
        hours=row.hours,
        paid=row.paid,
        ordinary=row.ordinary,
    )


def _mentions(conn: Connection, seeker: str) -> bool:
    """Whether the log holds anything of a seeker: a placement, a contact or an audit key."""
    for query in (
        select(placement.c.id).where(placement.c.seeker == seeker),
        select(contact.c.id).where(contact.c.seeker == seeker),
        select(audit_key.c.ref).where(audit_key.c.kind == "seeker", audit_key.c.ref == seeker),
    ):
        if conn.execute(query.limit(1)).first() is not None:
            return True
    return False


NO_OPEN_PLACE = "no_open_place"
"""The exclusion of a placement at a workplace whose places are all taken over its time."""


def _taken(conn: Connection, workplace: str, start: date, end: date | None) -> int:
    """The workplace's placements whose time overlaps ``start`` to ``end`` (None: open):
    each from its start to its end date, else its planned end, else open."""
    until = func.coalesce(placement.c.end_date, placement.c.planned_end)
    query = select(func.count()).where(
        placement.c.workplace == workplace,
        placement.c.start <= (end or date.max),
        or_(until.is_(None), until >= start),
    )
    return int(conn.execute(query).scalar() or 0)
