"""Writing the log: records, what each refuses (with the exit code of the spec), atomicity."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from jobmatch.errors import ExitCode, JobmatchError
from jobmatch.store.database import LogError
from jobmatch.store.log import Log, MatchRecord, NewPlacement, parse_ref

START = date(2026, 9, 1)
MATCH = MatchRecord(71.5, 0.85, {"interest": 0.74}, 2, "2+abc", "cfg", "voc", "s", "w")


def _exit(exc: pytest.ExceptionInfo[JobmatchError]) -> int:
    return int(exc.value.exit_code)


def test_a_placement_keeps_the_match_it_was_made_on(log: Log) -> None:
    made = log.place(
        NewPlacement("ola-n", "lager", START, purpose="training", hours=20, match=MATCH),
        as_of=START,
    )
    again = log.placement(made.id)
    assert again.ref == "P1"
    assert (again.score, again.confidence, again.components) == (71.5, 0.85, {"interest": 0.74})
    assert (again.engine_version, again.engine_id, again.config_hash) == (2, "2+abc", "cfg")
    assert (again.vocabulary_hash, again.seeker_file_hash, again.workplace_file_hash) == (
        "voc",
        "s",
        "w",
    )


def test_a_placement_contact_names_its_seeker_and_workplace(log: Log) -> None:
    log.place(NewPlacement("ola-n", "lager", START), as_of=START)
    log.contact(START, "three_way", placement_id=1, note="x")
    (found,) = log.contacts(seeker="ola-n")
    assert (found.seeker, found.workplace, found.placement) == ("ola-n", "lager", 1)


def test_bad_input_is_refused_with_the_exit_code_of_the_spec(log: Log) -> None:
    log.place(NewPlacement("ola-n", "lager", START), as_of=START)
    with pytest.raises(JobmatchError) as unknown:
        log.end(9, date(2026, 10, 1), "completed")
    assert _exit(unknown) == ExitCode.NOT_FOUND
    with pytest.raises(JobmatchError) as early:
        log.end(1, date(2026, 8, 31), "completed")
    assert _exit(early) == ExitCode.USAGE
    with pytest.raises(JobmatchError) as before:
        log.outcome(1, "90d", "working", recorded=date(2026, 11, 29))  # checkpoint 11-30
    assert _exit(before) == ExitCode.USAGE
    log.outcome(1, "90d", "working", recorded=date(2026, 11, 30))
    with pytest.raises(JobmatchError) as excluded:
        excluded_match = MatchRecord(0.0, 0.5, {}, 2, "2+x", "c", "v", "s", "w", ("lifting",))
        log.place(NewPlacement("kari", "lager", START, match=excluded_match), as_of=START)
    assert _exit(excluded) == ExitCode.REFUSED
    with pytest.raises(JobmatchError) as no_contact_placement:
        log.contact(START, "visit", placement_id=42)
    assert _exit(no_contact_placement) == ExitCode.NOT_FOUND
    with pytest.raises(JobmatchError) as bad_ref:
        parse_ref("Q1", "P")
    assert _exit(bad_ref) == ExitCode.NOT_FOUND
    assert log.count() == 2  # the placement and its outcome; nothing half-written


def test_an_excluded_pair_with_a_reason_records_both(log: Log) -> None:
    excluded = MatchRecord(0.0, 0.5, {}, 2, "2+x", "c", "v", "s", "w", ("lifting_over_limit",))
    made = log.place(
        NewPlacement(
            "kari", "lager", START, match=excluded, override_reason="Løfter med hjelpemiddel"
        ),
        as_of=START,
    )
    assert made.exclusions == ("lifting_over_limit",)
    assert made.override_reason == "Løfter med hjelpemiddel"


def test_a_full_database_is_exit_5_and_nothing_is_half_written(tmp_path: Path) -> None:
    """A full disk, simulated with SQLite's ``max_page_count``."""
    log_url = f"sqlite:///{tmp_path / 'jobmatch.db'}"
    with Log.open(log_url) as log:
        log.contact(START, "visit", workplace="lager")

        @event.listens_for(log.db.engine, "begin")
        def _cap(conn: object) -> None:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()  # type: ignore[attr-defined]
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

        with pytest.raises(LogError) as full:
            log.contact(START, "visit", workplace="lager", note="x" * 200_000)
        assert int(full.value.exit_code) == 5 and full.value.key == "log.full"
    with Log.open(log_url) as log:
        assert log.count() == 1
        assert log.verify().ok


def test_a_locked_database_is_exit_5(log_url: str) -> None:
    if log_url.startswith("postgresql"):
        _locked_server(log_url)
        return
    import sqlite3

    Log.open(log_url).close()
    holder = sqlite3.connect(log_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Log.open(log_url, timeout=0.2) as log, pytest.raises(LogError) as locked:
            log.contact(START, "visit", workplace="lager")
        assert locked.value.key == "log.locked" and int(locked.value.exit_code) == 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _locked_server(url: str) -> None:
    """Another session holds the contact table; the writer gives up after the timeout."""
    from sqlalchemy import create_engine, text

    Log.open(url).close()
    holder = create_engine(url).connect()
    transaction = holder.begin()
    holder.execute(text("LOCK TABLE contact IN EXCLUSIVE MODE"))
    try:
        with Log.open(url, timeout=1) as log, pytest.raises(LogError) as locked:
            log.contact(START, "visit", workplace="lager")
        assert locked.value.key == "log.locked" and int(locked.value.exit_code) == 5
    finally:
        transaction.rollback()
        holder.close()
        holder.engine.dispose()
    with Log.open(url) as log:
        assert log.count() == 0


def test_a_read_only_database_is_exit_5(log_url: str) -> None:
    Log.open(log_url).close()
    if log_url.startswith("postgresql"):
        read_only = log_url + "?options=-c%20default_transaction_read_only%3Don"
    else:
        read_only = f"sqlite:///file:{log_url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    with Log.open(read_only) as log, pytest.raises(LogError) as ro:
        log.contact(START, "visit", workplace="lager")
    assert ro.value.key == "log.read_only" and int(ro.value.exit_code) == 5


def test_the_sqlite_file_is_private_and_in_wal_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "jobmatch.db"
    with Log.open(f"sqlite:///{path}") as log:
        log.contact(START, "visit", workplace="lager")
        with log.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_postgresql_url_without_the_driver_is_a_clear_usage_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg2", None)
    with pytest.raises(JobmatchError) as missing:
        Log.open("postgresql://nobody@127.0.0.1:1/none")
    assert int(missing.value.exit_code) == ExitCode.USAGE
    assert "pip install 'jobmatch[postgres]'" in str(missing.value)


def test_a_record_file_is_found_in_the_loaders_folders(tmp_path: Path) -> None:
    from jobmatch.store.location import record_file

    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "ola-n.yml").write_text("id: ola-n\n", encoding="utf-8")
    assert record_file(tmp_path, "seeker", "ola-n") == tmp_path / "profiles" / "ola-n.yml"
    assert record_file(tmp_path, "workplace", "ola-n") is None


def test_the_default_rules_are_made_when_first_asked_for(tmp_path: Path) -> None:
    from jobmatch.scoring.config import Followup

    with Log.open(f"sqlite:///{tmp_path / 'log.db'}") as log:
        assert log._rules is None
        assert log.rules == Followup()


def test_a_nul_character_in_a_note_is_the_logs_own_error_and_writes_nothing(log: Log) -> None:
    """PostgreSQL (through psycopg2) refuses a NUL in a text; SQLite keeps it."""
    from sqlalchemy import func, select

    from jobmatch.store.schema import contact

    try:
        log.contact(date(2026, 11, 2), "visit", workplace="lager-alnabru", note="a\x00b")
    except JobmatchError as error:
        assert log.db.engine.dialect.name == "postgresql"
        assert int(error.exit_code) == ExitCode.IO_ERROR
    with log.db.engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(contact)).scalar()
    assert count == (0 if log.db.engine.dialect.name == "postgresql" else 1)
