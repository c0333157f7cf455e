"""One error hierarchy for jobmatch.

Library code raises these; only the command line turns them into a message
and an exit code (see ``spec/cli.md``). Messages never contain values read
from a data file: they may hold health information.

A problem or error made from a catalog key (``validate.missing``,
``error.not_found``) is written in the language the command line chooses;
its English text is kept as ``message`` (or ``str(error)``) for scripts and
tests. One made from a plain text is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from dataclasses import field as _field
from enum import IntEnum
from pathlib import Path

from jobmatch.i18n.catalog import message as catalog_message
from jobmatch.i18n.languages import DEFAULT

UNREADABLE = "unreadable"
"""The code of a problem that is a file or folder jobmatch could not read (exit 5)."""


class ExitCode(IntEnum):
    """Exit codes of the ``jobmatch`` command, as ``spec/cli.md`` fixes them."""

    OK = 0
    INVALID_DATA = 1
    USAGE = 2
    NOT_FOUND = 3
    REFUSED = 4
    IO_ERROR = 5
    INTERRUPTED = 130


@dataclass(frozen=True, order=True)
class Problem:
    """One problem found in one file, at a known place where possible.

    ``field`` is a dotted path into the record (``tasks.0.demands.lifting_kg``);
    ``code`` is a stable identifier for scripts; ``message`` never quotes a value.
    """

    path: str
    line: int = 0
    column: int = 0
    field: str = ""
    message: str = ""
    code: str = "invalid"
    severity: str = "error"
    key: str = _field(default="", compare=False)
    """The catalog key of the message; empty when ``message`` is plain text."""
    values: Mapping[str, object] = _field(default_factory=dict, compare=False, hash=False)
    """The values of the key's placeholders (never a value read from the file)."""

    @classmethod
    def of(
        cls,
        path: str,
        key: str,
        /,
        *,
        line: int = 0,
        column: int = 0,
        field: str = "",
        code: str = "invalid",
        severity: str = "error",
        **values: object,
    ) -> Problem:
        """A problem whose message is the catalog's ``key`` (kept in English as ``message``)."""
        english = catalog_message(DEFAULT, key, **values)
        return cls(path, line, column, field, english, code, severity, key, values)

    def text(self, lang: str = DEFAULT) -> str:
        """The message in ``lang``."""
        return catalog_message(lang, self.key, **self.values) if self.key else self.message

    def render(self, lang: str = DEFAULT) -> str:
        """``path:line:col: field: message`` with the unknown parts left out."""
        where = self.path
        if self.line:
            where += f":{self.line}:{self.column}"
        prefix = f"{where}: {self.field}: " if self.field else f"{where}: "
        label = (
            catalog_message(lang, "validate.warning_label") if self.severity == "warning" else ""
        )
        return f"{prefix}{label}{self.text(lang)}"

    def as_dict(self, lang: str = DEFAULT) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line or None,
            "column": self.column or None,
            "field": self.field or None,
            "message": self.text(lang),
            "code": self.code,
            "severity": self.severity,
        }


class JobmatchError(Exception):
    """Base class: every expected failure, with the exit code it maps to."""

    exit_code: ExitCode = ExitCode.IO_ERROR

    def __init__(self, text: str = "", /, *, key: str = "", **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(catalog_message(DEFAULT, key, **values) if key else text)

    def messages(self, lang: str = DEFAULT) -> list[str]:
        """Lines to print on stderr in ``lang``, one problem a line."""
        return [catalog_message(lang, self.key, **self.values) if self.key else str(self)]


@dataclass
class InvalidDataError(JobmatchError):
    """One or more files failed validation; holds every problem found.

    A file or folder that could not be read at all makes it a read error
    (exit 5), as ``spec/cli.md`` has it, still listed with the rest.
    """

    problems: list[Problem] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.INVALID_DATA
    lead: Problem | None = None
    """A line said before the problems (which record was left out, and that this is why)."""

    def __post_init__(self) -> None:
        super().__init__(f"{len(self.problems)} problem(s) in the data")
        if any(p.code == UNREADABLE for p in self.problems):
            self.exit_code = ExitCode.IO_ERROR

    def messages(self, lang: str = DEFAULT) -> list[str]:
        first = [self.lead.render(lang)] if self.lead is not None else []
        return first + [p.render(lang) for p in sorted(self.problems)]


class NotFoundError(JobmatchError):
    """No seeker or workplace with that id or path."""

    exit_code = ExitCode.NOT_FOUND


class RefusedError(JobmatchError):
    """The command will not do this: an existing output file, or a brief that must not exist."""

    exit_code = ExitCode.REFUSED


class UsageError(JobmatchError):
    """Options that cannot go together or values that make no sense."""

    exit_code = ExitCode.USAGE


class FileAccessError(JobmatchError):
    """A file could not be read or written (permissions, disk)."""

    exit_code = ExitCode.IO_ERROR

    def __init__(
        self, path: Path | str, reason: str, /, *, key: str = "", **values: object
    ) -> None:
        if key:
            super().__init__(key=key, path=path, **values)
        else:
            super().__init__(f"{path}: {reason}")
