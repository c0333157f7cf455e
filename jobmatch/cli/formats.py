"""Which format a command writes: ``--format``, else the ``-o`` file's extension, else its default.

Each command lists the extensions it can write, each mapped to a member of
its format enum. An ``-o`` file with any other extension is a usage error
(exit 2) before anything is read or written, never written in another
format. An ``-o`` file without an extension takes ``--format`` or the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from jobmatch.errors import UsageError

F = TypeVar("F")


def to_stdout(output: Path | None) -> bool:
    return output is None or str(output) == "-"


def extension(output: Path | None) -> str | None:
    """The ``-o`` file's extension in lower case; None for stdout or a name without one."""
    if to_stdout(output) or output is None:
        return None
    return output.suffix.lower() or None


def check_extension(command: str, output: Path | None, extensions: Mapping[str, F]) -> F | None:
    """The format of the ``-o`` file's extension; a usage error if ``command`` cannot write it."""
    suffix = extension(output)
    if suffix is None:
        return None
    if suffix in extensions:
        return extensions[suffix]
    allowed = ", ".join(sorted(extensions))
    raise UsageError(
        key="error.extension", path=output, command=command, extension=suffix, allowed=allowed
    )


def choose_format(
    command: str, option: F | None, output: Path | None, extensions: Mapping[str, F], default: F
) -> F:
    """``--format`` wins; else the ``-o`` file's extension; else ``default``."""
    from_extension = check_extension(command, output, extensions)
    if option is not None:
        return option
    return default if from_extension is None else from_extension
