"""Opening the log: one engine for SQLite and PostgreSQL, the schema check, and errors.

SQLite gets WAL mode, a busy timeout, ``secure_delete`` (a forgotten person's
rows are overwritten, not left in free pages) and ``BEGIN IMMEDIATE`` for
writes, so that several jobmatch processes queue for the write lock instead
of failing half-way. PostgreSQL runs each write in one transaction.

The schema version is one plain query against ``alembic_version``; Alembic
itself is imported only to create or upgrade a database.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, NoSuchModuleError, OperationalError, ProgrammingError
from sqlalchemy.pool import StaticPool

from jobmatch.errors import ExitCode, JobmatchError, UsageError
from jobmatch.store.location import redact, sqlite_path

REVISIONS = ("0001", "0002")
"""Every schema revision this jobmatch knows, oldest first; the last is the head."""
HEAD = REVISIONS[-1]
DEFAULT_TIMEOUT = 30.0
"""Seconds a writer waits for another one before the log counts as locked."""


class LogError(JobmatchError):
    """The log cannot be read or written: locked, read-only, full, or the wrong schema."""

    exit_code = ExitCode.IO_ERROR


@dataclass
class Database:
    """An open log: the engine, its URL, and whether it is SQLite."""

    engine: Engine
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: all of it is committed, or none of it."""
        with translated(self.url), self.engine.connect() as conn:
            conn = conn.execution_options(jobmatch_write=True)
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """One read transaction (a consistent snapshot)."""
        with translated(self.url), self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str, *, timeout: float = DEFAULT_TIMEOUT, create: bool = True) -> Database:
    """Open the log at ``url``, creating a SQLite file on first use (mode 0600)."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not create:
            raise LogError(key="log.missing", path=path)
        _create_file(path)
    if url.startswith("sqlite"):
        engine = _sqlite_engine(url, timeout)
    else:
        engine = _server_engine(url, timeout)
    return Database(engine, url)


def _create_file(path: os.PathLike[str]) -> None:
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise LogError(key="log.cannot_open", url=str(path), reason=exc.strerror or "") from None


def _sqlite_engine(url: str, timeout: float) -> Engine:
    uri = "file:" in url
    memory = sqlite_path(url) is None  # one in-memory database, shared by every connection
    engine = create_engine(
        url,
        connect_args={"timeout": timeout, "isolation_level": None, "uri": uri},
        **({"poolclass": StaticPool} if memory else {}),
    )
    busy_ms = int(timeout * 1000)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
        with contextlib.suppress(Exception):  # a read-only file keeps its journal mode
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("jobmatch_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


_DRIVERS = {"postgresql+psycopg2": "psycopg2", "postgresql+psycopg": "psycopg"}
"""The PostgreSQL drivers jobmatch knows, by URL scheme: the module to import."""


def _server_engine(url: str, timeout: float) -> Engine:
    if url.startswith(("postgresql://", "postgres://")):
        # psycopg2 imports in a sixth of psycopg 3's time, and one `contact` is mostly
        # imports; psycopg 3 (the driver before 0.1) still serves where it alone is installed.
        found = next((m for m in ("psycopg2", "psycopg") if importlib.util.find_spec(m)), None)
        url = f"postgresql+{found or 'psycopg2'}://" + url.split("://", 1)[1]
    driver = _DRIVERS.get(url.split("://", 1)[0])
    if driver is not None:
        try:
            importlib.import_module(driver)
        except ImportError:
            raise UsageError(key="log.no_driver") from None
    # The log has no hstore column: no lookup of its type on connecting (a round trip).
    options = {"use_native_hstore": False} if driver is not None else {}
    try:
        args = {"connect_timeout": max(1, int(timeout))} if "postgresql" in url else {}
        engine = create_engine(url, connect_args=args, pool_pre_ping=False, **options)
    except NoSuchModuleError:
        raise UsageError(key="log.unknown_url", url=redact(url)) from None
    except ImportError:
        raise UsageError(key="log.no_driver") from None
    if engine.dialect.name == "postgresql":
        lock_ms = int(timeout * 1000)

        @event.listens_for(engine, "connect")
        def _lock_timeout(dbapi_conn: Any, _record: Any) -> None:
            """A writer waits as long on PostgreSQL as on SQLite, then the log counts as locked.

            Set outside a transaction: one round trip, not three (begin, set, commit).
            """
            dbapi_conn.autocommit = True
            try:
                with dbapi_conn.cursor() as cursor:
                    cursor.execute(f"SET lock_timeout = {lock_ms}")
            finally:
                dbapi_conn.autocommit = False

    return engine


def schema_revision(db: Database) -> str | None:
    """The revision the database is at; None for an empty database.

    On a server the one query runs outside a transaction: there a failed
    statement (no ``alembic_version`` yet) spoils the transaction it is in, so
    within one it would need a savepoint, five round trips instead of one.
    """
    if not db.is_sqlite:
        with translated(db.url), db.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            try:
                found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except (OperationalError, ProgrammingError):
                return None
        return None if found is None else str(found)
    with db.read() as conn:
        try:
            with conn.begin_nested():
                found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None
    return None if found is None else str(found)


def check_schema(db: Database, *, create: bool = True) -> None:
    """Create an empty log at the head, and refuse one at another revision (exit 5)."""
    found = schema_revision(db)
    if found == HEAD:
        return
    if found is None and create:
        upgrade(db)
        return
    if found is None:
        raise LogError(key="log.not_a_log", url=redact(db.url))
    if found in REVISIONS:
        raise LogError(key="log.older", url=redact(db.url), found=found, head=HEAD)
    raise LogError(key="log.newer", url=redact(db.url), found=found, head=HEAD)


def upgrade(db: Database) -> tuple[str | None, str]:
    """Migrate to the head, keeping every row; returns (from, to). A newer schema is refused."""
    found = schema_revision(db)
    if found is not None and found not in REVISIONS:
        raise LogError(key="log.newer", url=redact(db.url), found=found, head=HEAD)
    if found == HEAD:
        return found, HEAD
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "jobmatch.store:migrations")
    with db.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, HEAD)
    return found, HEAD


def open_database(url: str, *, timeout: float = DEFAULT_TIMEOUT, create: bool = True) -> Database:
    """Connect and check the schema (creating a new log when ``create``)."""
    db = connect(url, timeout=timeout, create=create)
    try:
        check_schema(db, create=create)
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def translated(url: str) -> Iterator[None]:
    """Database failures as a :class:`LogError` that says what happened and what to do."""
    try:
        yield
    except DBAPIError as exc:
        raise LogError(key=_failure_key(exc), url=redact(url), reason=_reason(exc)) from None
    except ValueError as exc:  # psycopg2 refuses a NUL character in a text before sending it
        if "NUL" not in str(exc):
            raise
        raise LogError(key="log.failed", url=redact(url), reason="NUL") from None


def _reason(exc: DBAPIError) -> str:
    return type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__


def _failure_key(exc: DBAPIError) -> str:
    said = str(exc.orig).lower()
    name = type(exc.orig).__name__
    if "locked" in said or "busy" in said or name in ("LockNotAvailable", "QueryCanceled"):
        return "log.locked"
    if "readonly" in said or "read-only" in said or name == "ReadOnlySqlTransaction":
        return "log.read_only"
    if "full" in said or name == "DiskFull":
        return "log.full"
    if "unable to open" in said or "connection" in said or name == "ConnectionTimeout":
        return "log.cannot_open"
    return "log.failed"
