"""The audit chain: every change leaves an event; editing or removing one is found; ``forget``
leaves nothing that links to the person, and the chain still verifies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import delete, select, text, update

from jobmatch.store.log import Log, NewPlacement
from jobmatch.store.schema import audit_event, audit_key, metadata

DAY = date(2026, 10, 1)
SEEKER = "canary-seeker-4f2a"


def _changes(log: Log) -> None:
    log.place(NewPlacement(SEEKER, "lager-alnabru", DAY, adviser="Kari"), as_of=DAY)
    log.contact(DAY, "follow_up_seeker", placement_id=1, adviser="Kari", note="CANARY-NOTE")
    log.contact(DAY, "visit", workplace="lager-alnabru", adviser="Kari")
    log.end(1, date(2026, 12, 1), "employed", adviser="Kari")


def test_each_change_is_an_event_and_the_chain_verifies(log: Log) -> None:
    _changes(log)
    found = log.verify()
    assert found.ok and found.events == 4
    with log.db.read() as conn:
        commands = (
            conn.execute(select(audit_event.c.command).order_by(audit_event.c.seq)).scalars().all()
        )
    assert commands == ["place", "contact", "contact", "end"]


def test_an_edited_event_is_named(log: Log) -> None:
    _changes(log)
    with log.db.write() as conn:
        conn.execute(update(audit_event).where(audit_event.c.seq == 2).values(adviser="Mallory"))
    found = log.verify()
    assert (found.ok, found.broken, found.reason) == (False, 2, "edited")


def test_a_removed_event_is_named(log: Log) -> None:
    _changes(log)
    with log.db.write() as conn:
        conn.execute(delete(audit_event).where(audit_event.c.seq == 3))
    found = log.verify()
    assert (found.broken, found.reason) == (3, "missing")


def test_removing_the_last_event_is_found(log: Log) -> None:
    _changes(log)
    with log.db.write() as conn:
        conn.execute(delete(audit_event).where(audit_event.c.seq == 4))
    assert log.verify().broken == 4


def _every_text(log: Log) -> str:
    """Every value of every table, as text."""
    parts: list[str] = []
    with log.db.read() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                parts.extend(str(v) for v in row)
        parts.extend(str(v) for v in conn.execute(text("SELECT * FROM alembic_version")).scalars())
    return "\n".join(parts)


def test_forget_leaves_no_row_and_no_plain_id(log: Log, log_url: str) -> None:
    _changes(log)
    log.contact(DAY, "employer_contact", seeker="someone-else", adviser="Kari")
    assert SEEKER in _every_text(log)
    removed = log.forget(SEEKER, adviser="Kari")
    assert removed == 2  # the placement and its contact; the visit named only the workplace
    assert SEEKER not in _every_text(log)
    assert "CANARY-NOTE" not in _every_text(log)
    assert "someone-else" in _every_text(log)
    with log.db.read() as conn:
        kinds = conn.execute(select(audit_key.c.ref)).scalars().all()
    assert SEEKER not in kinds
    assert log.verify().ok
    if log_url.startswith("sqlite"):
        path = log_url.removeprefix("sqlite:///")
        log.close()
        files = [Path(p) for p in (path, path + "-wal", path + "-shm")]
        blob = b"".join(f.read_bytes() for f in files if f.exists())
        assert SEEKER.encode() not in blob
        assert b"CANARY-NOTE" not in blob
