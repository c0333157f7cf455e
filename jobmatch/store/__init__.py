"""The follow-up log: placements, contacts, outcomes and the audit trail (``spec/followup.md``).

    from datetime import date
    from jobmatch.store import Log, due, report

    with Log.open("sqlite:///data/jobmatch.db") as log:
        log.contact(date(2027, 1, 8), "follow_up_seeker", placement_id=1, adviser="Kari")
        items = due(log, data, as_of=date(2027, 1, 8))

SQLite in the data folder by default, PostgreSQL by URL; one code path
(SQLAlchemy Core) and Alembic migrations for both. Nothing in the scoring
engine knows this package exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobmatch.store.location import audit_enabled, log_exists, resolve_url

if TYPE_CHECKING:
    from jobmatch.store.database import LogError
    from jobmatch.store.due import DueItem, due
    from jobmatch.store.log import Log, MatchRecord, NewPlacement
    from jobmatch.store.report import Report, report

__all__ = [
    "DueItem",
    "Log",
    "LogError",
    "MatchRecord",
    "NewPlacement",
    "Report",
    "audit_enabled",
    "due",
    "log_exists",
    "report",
    "resolve_url",
]

_LAZY = {
    "LogError": "jobmatch.store.database",
    "Log": "jobmatch.store.log",
    "MatchRecord": "jobmatch.store.log",
    "NewPlacement": "jobmatch.store.log",
    "DueItem": "jobmatch.store.due",
    "due": "jobmatch.store.due",
    "Report": "jobmatch.store.report",
    "report": "jobmatch.store.report",
}


def __getattr__(name: str) -> Any:
    """SQLAlchemy is imported when the log is first used, not with this package."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
