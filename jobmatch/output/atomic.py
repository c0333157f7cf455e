"""Writing a file so that a reader never sees half of it.

The text goes to a temporary file in the same folder, is flushed to disk,
and then takes the target's name in one step. An interrupted write leaves
the old file (or no file) behind, never a partial one. Files get mode 0600:
what jobmatch writes is about people.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from jobmatch.errors import FileAccessError, RefusedError


def write_atomic(path: Path, text: str | bytes, *, force: bool) -> None:
    """Write ``text`` (UTF-8 when a str) to ``path`` atomically, with mode 0600.

    Without ``force`` an existing file is left alone and :class:`RefusedError`
    is raised; an ``OSError`` becomes :class:`FileAccessError`.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    if not force and path.exists():
        raise _refused(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        written = _write_then_rename(path, data, force)
        _sync_folder(path.parent)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise FileAccessError(path, f"cannot write: {reason}") from None
    if not written:
        raise _refused(path)


def _refused(path: Path) -> RefusedError:
    return RefusedError(f"{path}: already exists; use --force to overwrite it")


def _write_then_rename(path: Path, data: bytes, force: bool) -> bool:
    # mkstemp creates the file with mode 0600 and a name nobody else holds.
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        return _publish(Path(temporary), path, force)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _publish(temporary: Path, path: Path, force: bool) -> bool:
    """Give the finished file its name: replace when forced, else never clobber.

    False when the name was taken in the meantime.
    """
    if force:
        os.replace(temporary, path)
        return True
    try:
        # A hard link fails if the name exists, closing the gap after the exists() check.
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # File systems without hard links: the earlier exists() check has to do.
        if path.exists():
            return False
        os.replace(temporary, path)
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
