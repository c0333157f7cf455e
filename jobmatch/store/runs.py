"""Audit events for ``rank``, ``brief`` and ``batch`` runs (``audit = true`` in ``jobmatch.toml``).

These commands must not slow down for the audit trail, so on a SQLite log
at the current schema the event is appended with the standard library's
``sqlite3`` and the chain arithmetic of :mod:`jobmatch.store.chain`: the
same rows, the same hashes as :func:`jobmatch.store.audit.append`, without
importing SQLAlchemy. A log that does not exist yet, is at another schema,
or lives on a server goes through :class:`jobmatch.store.log.Log`.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from jobmatch.store.chain import event_hash, keyed_digest, new_key, now, token
from jobmatch.store.location import resolve_url, sqlite_path

ADVISER_ENV = "JOBMATCH_ADVISER"
HEAD = "0002"
"""Kept equal to :data:`jobmatch.store.database.HEAD` (a test checks)."""
TIMEOUT = 30.0


def record_run(
    root: Path,
    command: str,
    subjects: Sequence[tuple[str, str]],
    inputs: object,
    result: str,
    db: str | None = None,
) -> None:
    """Append one event naming the run's subjects, inputs and a hash of its output, to the
    log at ``db`` (else the data folder's, as :func:`resolve_url` finds it)."""
    url = resolve_url(db, root)
    adviser = os.environ.get(ADVISER_ENV, "")
    digest = {"sha256": __import__("hashlib").sha256(result.encode()).hexdigest()}
    path = sqlite_path(url)
    if (
        path is not None
        and path.is_file()
        and _quick(path, command, adviser, subjects, inputs, digest)
    ):
        return
    from jobmatch.store.log import Log

    with Log.open(url) as log:
        log.record_run(command, adviser=adviser, subjects=subjects, inputs=inputs, result=digest)


def _quick(
    path: Path,
    command: str,
    adviser: str,
    subjects: Sequence[tuple[str, str]],
    inputs: object,
    result: object,
) -> bool:
    """Append through ``sqlite3``; False when the schema is not the current one."""
    conn = sqlite3.connect(path, timeout=TIMEOUT, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(TIMEOUT * 1000)}")
        conn.execute("PRAGMA secure_delete = ON")
        try:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return False
        if found is None or found[0] != HEAD:
            return False
        conn.execute("BEGIN IMMEDIATE")
        try:
            _append(conn, command, adviser, sorted(set(subjects)), inputs, result)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return True
    except sqlite3.Error as exc:
        from jobmatch.store.database import LogError

        raise LogError(key="log.failed", url=str(path), reason=type(exc).__name__) from None
    finally:
        conn.close()


def _append(
    conn: sqlite3.Connection,
    command: str,
    adviser: str,
    subjects: list[tuple[str, str]],
    inputs: object,
    result: object,
) -> None:
    keys = []
    for kind, ref in subjects:
        row = conn.execute(
            "SELECT key FROM audit_key WHERE kind = ? AND ref = ?", (kind, ref)
        ).fetchone()
        if row is None:
            key = new_key()
            conn.execute(
                "INSERT INTO audit_key (kind, ref, key) VALUES (?, ?, ?)", (kind, ref, key)
            )
        else:
            key = str(row[0])
        keys.append(key)
    tokens = json.dumps(
        [token(k, kind, ref) for k, (kind, ref) in zip(keys, subjects, strict=True)]
    )
    seq, prev = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    seq, at = int(seq) + 1, now()
    inputs_hash, result_hash = keyed_digest(keys, inputs), keyed_digest(keys, result)
    digest = event_hash(prev, seq, at, adviser, command, tokens, inputs_hash, result_hash)
    conn.execute(
        "INSERT INTO audit_event (seq, at, adviser, command, subjects, inputs_hash, result_hash,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, adviser, command, tokens, inputs_hash, result_hash, prev, digest),
    )
    conn.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", (seq, digest))
