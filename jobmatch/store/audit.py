"""The audit trail in the database: append an event, look keys up, verify the chain."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from jobmatch.errors import ExitCode, JobmatchError
from jobmatch.store.chain import GENESIS, event_hash, keyed_digest, new_key, now, token
from jobmatch.store.schema import audit_event, audit_head, audit_key


class AuditBrokenError(JobmatchError):
    """An audit event was edited or removed: the data cannot be trusted (exit 1)."""

    exit_code = ExitCode.INVALID_DATA


Subject = tuple[str, str]
"""(kind, id): ``("seeker", "ola-n")`` or ``("workplace", "lager-alnabru")``."""


def subject_key(conn: Connection, kind: str, ref: str) -> str:
    """The audit key of a seeker or workplace, made on first use."""
    found = conn.execute(
        select(audit_key.c.key).where(audit_key.c.kind == kind, audit_key.c.ref == ref)
    ).scalar()
    if found is not None:
        return str(found)
    key = new_key()
    conn.execute(insert(audit_key).values(kind=kind, ref=ref, key=key))
    return key


def append(
    conn: Connection,
    *,
    command: str,
    adviser: str,
    subjects: Iterable[Subject],
    inputs: object,
    result: object,
) -> int:
    """Append one event in the caller's transaction; returns its sequence number."""
    subjects = sorted(set(subjects))
    keys = [subject_key(conn, kind, ref) for kind, ref in subjects]
    tokens = json.dumps(
        [token(k, kind, ref) for k, (kind, ref) in zip(keys, subjects, strict=True)]
    )
    head = conn.execute(
        select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1).with_for_update()
    ).one()
    seq, at = int(head.seq) + 1, now()
    inputs_hash, result_hash = keyed_digest(keys, inputs), keyed_digest(keys, result)
    digest = event_hash(head.hash, seq, at, adviser, command, tokens, inputs_hash, result_hash)
    conn.execute(
        insert(audit_event).values(
            seq=seq,
            at=at,
            adviser=adviser,
            command=command,
            subjects=tokens,
            inputs_hash=inputs_hash,
            result_hash=result_hash,
            prev_hash=head.hash,
            hash=digest,
        )
    )
    conn.execute(update(audit_head).where(audit_head.c.id == 1).values(seq=seq, hash=digest))
    return seq


def forget_key(conn: Connection, kind: str, ref: str) -> None:
    conn.execute(delete(audit_key).where(audit_key.c.kind == kind, audit_key.c.ref == ref))


@dataclass(frozen=True)
class Verification:
    """What ``audit verify`` found: how many events, and the first broken link (or None)."""

    events: int
    broken: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify(conn: Connection) -> Verification:
    """Walk the chain from the first event; name the first event whose link does not hold."""
    rows = conn.execute(select(audit_event).order_by(audit_event.c.seq)).all()
    prev, expected = GENESIS, 1
    for row in rows:
        if row.seq != expected:
            return Verification(len(rows), expected, "missing")
        if row.prev_hash != prev:
            return Verification(len(rows), row.seq, "link")
        fields: Sequence[object] = (
            row.seq,
            row.at,
            row.adviser,
            row.command,
            row.subjects,
            row.inputs_hash,
            row.result_hash,
        )
        if event_hash(prev, *fields) != row.hash:  # type: ignore[arg-type]
            return Verification(len(rows), row.seq, "edited")
        prev, expected = row.hash, expected + 1
    head = conn.execute(select(audit_head.c.seq, audit_head.c.hash)).one_or_none()
    if head is None or head.seq != len(rows) or head.hash != prev:
        return Verification(len(rows), len(rows) + 1, "missing")
    return Verification(len(rows))
