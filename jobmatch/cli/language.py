"""The language of the command line's own words: errors, ``validate``, warnings, progress, help.

The order is that of ``spec/cli.md`` without a record's language: ``--lang``;
``JOBMATCH_LANG``; ``lang`` in the data folder's ``jobmatch.toml``; the
locale; English. An unknown code, wherever it is given, is a usage error.

This module stays cheap to import (no pydantic, no numpy): ``--help`` uses it.
"""

from __future__ import annotations

import os
import tomllib
from contextvars import ContextVar
from pathlib import Path

from jobmatch.errors import UsageError
from jobmatch.i18n.languages import (
    DEFAULT,
    ENV_VAR,
    UnknownLanguageError,
    choose,
    from_locale,
    resolve,
)
from jobmatch.layout import CONFIG_FILE

DATA_ENV = "JOBMATCH_DATA"
_current: ContextVar[str | None] = ContextVar("jobmatch_cli_language", default=None)


def data_folder(option: Path | None) -> Path:
    """``--data``, else ``$JOBMATCH_DATA``, else the current folder (as the loader finds it)."""
    if option is not None:
        return option
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else Path.cwd()


def configured(data: Path | None) -> tuple[str | None, str]:
    """``lang`` in the data folder's ``jobmatch.toml`` (None if unset), and where it is written.

    A file that cannot be read or parsed gives None here: the command that
    loads the configuration reports it with its place.
    """
    path = data_folder(data) / CONFIG_FILE
    source = f"{path}: lang"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None, source
    value = raw.get("lang")
    return (value if isinstance(value, str) else None), source


def interface_language(explicit: str | None, data: Path | None) -> str:
    """The language of this command's own words; an unknown code raises a usage error."""
    code, source = configured(data)
    try:
        if code is not None:
            resolve(code, source)  # checked even when --lang or JOBMATCH_LANG decide
        return choose(explicit, configured=code)
    except UnknownLanguageError as exc:
        raise unknown_language(exc) from None


def unknown_language(exc: UnknownLanguageError) -> UsageError:
    """The usage error for an unknown code; a code read from a file is not repeated."""
    if exc.source.endswith(f"{CONFIG_FILE}: lang"):
        return UsageError(key="error.unknown_language_config", source=exc.source)
    return UsageError(key="error.unknown_language", code=exc.code, source=exc.source)


def fallback_language(data: Path | None = None) -> str:
    """The first known language of the environment, ``jobmatch.toml`` and the locale.

    For saying that a language is unknown, and for messages before the
    options are read: a bad code is passed over here, not refused.
    """
    for code in (os.environ.get(ENV_VAR, "").strip(), configured(data)[0]):
        if code:
            try:
                return resolve(code)
            except UnknownLanguageError:
                continue
    return from_locale() or DEFAULT


def current() -> str:
    """The language chosen for the running command (the fallback before it is chosen)."""
    return _current.get() or fallback_language()


def set_current(lang: str) -> None:
    _current.set(lang)
