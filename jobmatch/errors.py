"""One error hierarchy for jobmatch.

Library code raises these; only the command line turns them into a message
and an exit code (see ``spec/cli.md``). Messages never contain values read
from a data file: they may hold health information.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path


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

    def render(self) -> str:
        """``path:line:col: field: message`` with the unknown parts left out."""
        where = self.path
        if self.line:
            where += f":{self.line}:{self.column}"
        prefix = f"{where}: {self.field}: " if self.field else f"{where}: "
        label = "warning: " if self.severity == "warning" else ""
        return f"{prefix}{label}{self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line or None,
            "column": self.column or None,
            "field": self.field or None,
            "message": self.message,
            "code": self.code,
            "severity": self.severity,
        }


class JobmatchError(Exception):
    """Base class: every expected failure, with the exit code it maps to."""

    exit_code: ExitCode = ExitCode.IO_ERROR

    def messages(self) -> list[str]:
        """Lines to print on stderr, one problem a line."""
        return [str(self)]


@dataclass
class InvalidDataError(JobmatchError):
    """One or more files failed validation; holds every problem found."""

    problems: list[Problem] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.INVALID_DATA

    def __post_init__(self) -> None:
        super().__init__(f"{len(self.problems)} problem(s) in the data")

    def messages(self) -> list[str]:
        return [p.render() for p in sorted(self.problems)]


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

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
