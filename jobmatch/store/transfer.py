"""``jobmatch db export`` and ``db import``: the log as JSON lines.

One object a line, each with a ``type``: ``log`` (first: the format and
the schema revision), ``placement``, ``contact``, ``outcome``, and for a
full backup ``audit_event`` and ``audit_key``. Notes are left out unless
asked for.

On import, a date may be written relative to ``--as-of``: ``"-30d"`` is 30
days before it, ``"+7d"`` a week after. The example fixture
(``examples/followup.jsonl``) is written that way, so it always reads as
"the past year".
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text, update

from jobmatch.errors import InvalidDataError, Problem, RefusedError
from jobmatch.store import audit
from jobmatch.store.database import HEAD
from jobmatch.store.log import Log
from jobmatch.store.records import Checkpoint, ContactKind, EndReason, OutcomeStatus
from jobmatch.store.schema import audit_event, audit_head, audit_key, contact, outcome, placement

FORMAT = 1
_RELATIVE = re.compile(r"([+-]\d{1,5})d")
_DATES = {
    "placement": ("start", "planned_end", "end_date"),
    "contact": ("date", "next_date"),
    "outcome": ("recorded",),
}
_TABLES: dict[str, Table] = {
    "placement": placement,
    "contact": contact,
    "outcome": outcome,
    "audit_event": audit_event,
    "audit_key": audit_key,
}
_REFS = {"placement": ("id", "P"), "contact": ("id", "C")}


def export_lines(
    log: Log, *, include_notes: bool = False, as_of: date | None = None
) -> Iterator[str]:
    """The whole log, a JSON object a line; notes only with ``include_notes``. With
    ``as_of``, a placement's ``status`` is the one it has that day (``planned`` until its
    start, ``active``, ``ended`` after its end date), not the one it was recorded with."""
    yield json.dumps({"type": "log", "format": FORMAT, "schema": HEAD, "notes": include_notes})
    with log.db.read() as conn:
        for kind, table in _TABLES.items():
            order = list(table.primary_key.columns)
            for row in conn.execute(select(table).order_by(*order)):
                record = {k: _plain(v) for k, v in row._mapping.items()}
                if kind == "contact" and not include_notes:
                    record.pop("note", None)
                if kind == "placement" and as_of is not None:
                    record["status"] = _status_on(row, as_of)
                if kind in _REFS:
                    column, prefix = _REFS[kind]
                    record[column] = f"{prefix}{record[column]}"
                if kind in ("contact", "outcome") and record.get("placement_id") is not None:
                    record["placement_id"] = f"P{record['placement_id']}"
                yield json.dumps({"type": kind, **record}, ensure_ascii=False, sort_keys=True)


def _status_on(row: Any, day: date) -> str:
    if row.end_date is not None and day > row.end_date:
        return "ended"
    return "planned" if day < row.start else "active"


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


@dataclass(frozen=True)
class Imported:
    placements: int
    contacts: int
    outcomes: int


def import_file(log: Log, path: Path, *, as_of: date, adviser: str = "") -> Imported:
    """Load a file into an empty log, all or nothing; a bad line is exit 1 with its place."""
    raw = path.read_bytes()
    records = list(_parse(path, raw, as_of))
    with log.db.write() as conn:
        held = sum(
            int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
            for t in (placement, contact, outcome)
        )
        if held:
            raise RefusedError(key="log.import_not_empty", count=held)
        counts = {"placement": 0, "contact": 0, "outcome": 0}
        for kind, values in records:
            conn.execute(insert(_TABLES[kind]).values(**values))
            counts[kind] = counts.get(kind, 0) + 1
        _after_import(conn, records)
        audit.append(
            conn,
            command="import",
            adviser=adviser,
            subjects=[],
            inputs={"file": hashlib.sha256(raw).hexdigest(), "as_of": as_of.isoformat()},
            result=counts,
        )
    return Imported(counts["placement"], counts["contact"], counts["outcome"])


def _after_import(conn: Connection, records: list[tuple[str, dict[str, Any]]]) -> None:
    """Continue the imported chain, and let new ids follow the imported ones."""
    events = [v for k, v in records if k == "audit_event"]
    if events:
        last = max(events, key=lambda e: int(e["seq"]))
        conn.execute(
            update(audit_head)
            .where(audit_head.c.id == 1)
            .values(seq=last["seq"], hash=last["hash"])
        )
    if conn.dialect.name == "postgresql":
        for table in ("placement", "contact"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"  # noqa: S608 - two fixed table names
                )
            )


def _parse(path: Path, raw: bytes, as_of: date) -> Iterator[tuple[str, dict[str, Any]]]:
    problems: list[Problem] = []
    found: list[tuple[str, dict[str, Any]]] = []
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise InvalidDataError(
            [Problem.of(str(path), "validate.not_utf8", byte=exc.start)]
        ) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not an object")
            kind = record.pop("type", None)
            if kind == "log":
                continue
            if kind not in _TABLES:
                raise ValueError("type")
            found.append((kind, _values(kind, record, as_of)))
        except (ValueError, KeyError, TypeError):
            problems.append(Problem.of(str(path), "log.import_bad_line", line=number, column=1))
    if problems:
        raise InvalidDataError(problems)
    yield from found


def _values(kind: str, record: dict[str, Any], as_of: date) -> dict[str, Any]:
    table = _TABLES[kind]
    unknown = set(record) - set(table.c.keys())
    if unknown:
        raise KeyError(sorted(unknown)[0])
    for column in _DATES.get(kind, ()):
        if record.get(column) is not None:
            record[column] = _date(record[column], as_of)
    if kind in _REFS:
        record["id"] = _number(record["id"])
    if kind in ("contact", "outcome") and record.get("placement_id") is not None:
        record["placement_id"] = _number(record["placement_id"])
    if kind == "contact":
        ContactKind(record["kind"])
    if kind == "placement" and record.get("end_reason") is not None:
        EndReason(record["end_reason"])
    if kind == "placement":
        record.setdefault("status", "ended" if record.get("end_date") else "active")
    if kind == "outcome":
        Checkpoint(record["checkpoint"])
        OutcomeStatus(record["status"])
    return record


def _number(value: object) -> int:
    body = str(value).upper().lstrip("PC")
    if not body.isdigit():
        raise ValueError("id")
    return int(body)


def _date(value: object, as_of: date) -> date:
    if not isinstance(value, str):
        raise TypeError("date")
    relative = _RELATIVE.fullmatch(value.strip())
    if relative:
        return as_of + timedelta(days=int(relative[1]))
    return date.fromisoformat(value)
