"""Where the follow-up log is: ``--db``, ``JOBMATCH_DB``, ``db`` in ``jobmatch.toml``, else
``jobmatch.db`` in the data folder.

Cheap to import (no SQLAlchemy): ``rank``, ``brief`` and ``batch`` ask here
whether a log exists before they pay for anything else.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from jobmatch.layout import CONFIG_FILE, FOLDERS, RECORD_SUFFIXES, Kind

DB_ENV = "JOBMATCH_DB"
DB_FILE = "jobmatch.db"


def _configured(data_dir: Path, key: str) -> object:
    try:
        raw = tomllib.loads((data_dir / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return raw.get(key)


def resolve_url(option: str | None, data_dir: Path) -> str:
    """The log's database URL; a plain path is a SQLite file."""
    configured = _configured(data_dir, "db")
    chosen = (
        option or os.environ.get(DB_ENV) or (configured if isinstance(configured, str) else None)
    )
    if not chosen:
        return f"sqlite:///{(data_dir / DB_FILE).resolve()}"
    if "://" not in chosen:
        return f"sqlite:///{Path(chosen).resolve()}"
    return chosen


def record_file(root: Path, kind: Kind, ref: str) -> Path | None:
    """The file of a seeker (``seeker``) or workplace by id, in the data folder."""
    folder = root / FOLDERS[kind]
    for suffix in RECORD_SUFFIXES:
        if (folder / f"{ref}{suffix}").is_file():
            return folder / f"{ref}{suffix}"
    return None


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (None for another database or an in-memory one)."""
    if not url.startswith("sqlite:///"):
        return None
    rest = url.removeprefix("sqlite:///").split("?", 1)[0]
    if rest.startswith("file:"):
        rest = rest.removeprefix("file:")
    return Path(rest) if rest and rest != ":memory:" else None


def log_exists(url: str) -> bool:
    """Whether there is a log to read: a SQLite file that exists, or any server URL."""
    path = sqlite_path(url)
    return path.is_file() if path is not None else not url.startswith("sqlite")


def audit_enabled(data_dir: Path) -> bool:
    """``audit = true`` in the data folder's ``jobmatch.toml``."""
    return _configured(data_dir, "audit") is True


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("://")
    if not sep or "@" not in tail:
        return url
    credentials, _, host = tail.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{head}://{user}@{host}"
