"""Migrations keep every row; an older schema asks for ``db upgrade``; a newer one is refused."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

from jobmatch.store.database import HEAD, REVISIONS, LogError, connect, schema_revision, upgrade
from jobmatch.store.log import Log
from jobmatch.store.schema import metadata


def _to(db, revision: str) -> None:  # type: ignore[no-untyped-def]
    config = Config()
    config.set_main_option("script_location", "jobmatch.store:migrations")
    with db.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def test_the_known_revisions_are_alembic_s_own() -> None:
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "jobmatch.store:migrations")
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [HEAD]
    walked = [s.revision for s in script.walk_revisions()]
    assert tuple(reversed(walked)) == REVISIONS


def test_the_migrations_build_the_tables_of_schema_py(log_url: str) -> None:
    Log.open(log_url).close()
    db = connect(log_url)
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    db.close()
    assert differences == []


def test_a_first_migration_database_with_rows_upgrades_and_keeps_them(log_url: str) -> None:
    db = connect(log_url)
    _to(db, REVISIONS[0])
    with db.write() as conn:
        conn.execute(
            text(
                "INSERT INTO placement (seeker, workplace, start, adviser, status) VALUES ('ola-n', 'lager', :d, 'Kari', 'active')"
            ),
            {"d": date(2026, 1, 5)},
        )
        for n in range(1, 4):
            conn.execute(
                text(
                    "INSERT INTO contact (date, kind, face_to_face, adviser, seeker, placement_id, note) VALUES (:d, 'three_way', false, 'Kari', 'ola-n', 1, 'n')"
                ),
                {"d": date(2026, 1, 5 + n)},
            )
        conn.execute(
            text(
                "INSERT INTO outcome (placement_id, checkpoint, status, recorded) VALUES (1, '90d', 'working', :d)"
            ),
            {"d": date(2026, 4, 6)},
        )
    with pytest.raises(LogError) as older:
        Log.open(log_url)
    assert older.value.key == "log.older" and int(older.value.exit_code) == 5
    assert upgrade(db) == (REVISIONS[0], HEAD)
    db.close()
    with Log.open(log_url) as log:
        assert [p.seeker for p in log.placements()] == ["ola-n"]
        assert [c.date.day for c in log.contacts()] == [6, 7, 8]
        assert [o.status for o in log.outcomes()] == ["working"]
        log.contact(date(2026, 2, 1), "visit", workplace="lager")  # new ids follow the old ones
        assert [c.ref for c in log.contacts()][-1] == "C4"
        assert log.verify().ok


def test_a_newer_schema_is_refused(log_url: str) -> None:
    Log.open(log_url).close()
    db = connect(log_url)
    with db.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert schema_revision(db) == "9999"
    with pytest.raises(LogError) as newer:
        upgrade(db)
    assert newer.value.key == "log.newer"
    db.close()
    with pytest.raises(LogError) as refused:
        Log.open(log_url)
    assert refused.value.key == "log.newer" and int(refused.value.exit_code) == 5
