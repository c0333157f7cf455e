"""Every store test runs against SQLite and against a real PostgreSQL server.

PostgreSQL comes from ``JOBMATCH_TEST_PG`` (a URL to a server where the
user may create databases, e.g. ``postgresql://postgres@127.0.0.1:5432/postgres``;
``.ci/run`` starts a throwaway cluster and sets it). Each xdist worker gets
its own database, emptied before each test. Without the variable the
PostgreSQL tests skip with a message, except under ``CI=true``, where a
missing server is a failure: CI must never pass by skipping them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

PG_ENV = "JOBMATCH_TEST_PG"
AS_OF = date(2026, 12, 1)
ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "examples" / "followup.jsonl"


def _worker_url(base: str, worker: str) -> str:
    """Create (once) and return this worker's own database on the server at ``base``."""
    from sqlalchemy import create_engine, text

    base = base.replace("postgresql://", "postgresql+psycopg2://", 1)
    name = f"jobmatch_test_{worker}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if exists.scalar() is None:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    head, _, _ = base.rpartition("/")
    return f"{head}/{name}"


@pytest.fixture(scope="session")
def pg_base(worker_id: str) -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        message = f"PostgreSQL tests need {PG_ENV}=postgresql://user@host:port/db (see .ci/run)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"under CI a skipped PostgreSQL test is a failure: {message}")
        pytest.skip(message)
    return _worker_url(url, worker_id)


def _empty_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def log_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty log's URL: a fresh SQLite file, or this worker's emptied PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jobmatch.db'}"
        return
    url = request.getfixturevalue("pg_base")
    _empty_pg(url)
    yield url


@pytest.fixture
def log(log_url: str) -> Iterator[object]:
    from jobmatch.store.log import Log

    with Log.open(log_url) as opened:
        yield opened


@pytest.fixture
def example_log(log: object) -> object:
    """The example fixture imported as of 2026-12-01."""
    from jobmatch.store.transfer import import_file

    import_file(log, FIXTURE, as_of=AS_OF)  # type: ignore[arg-type]
    return log
