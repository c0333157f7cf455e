"""Writing a file so that a reader never sees half of it.

The text goes to a temporary file in the same folder, is flushed to disk,
and then takes the target's name in one step. An interrupted or failed write
leaves the old file (or no file) behind, never a partial one. Files get mode
0600: what jobmatch writes is about people. ``atomic_stream`` is for output
written as it is produced (``batch``); ``write_atomic`` for a finished text.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from jobmatch.errors import FileAccessError, RefusedError

T = TypeVar("T")
#: Names tried for a temporary file before giving up (each is random: one try is all but sure).
_NAME_TRIES = 100


def write_atomic(path: Path, text: str | bytes, *, force: bool) -> None:
    """Write ``text`` (UTF-8 when a str) to ``path`` atomically, with mode 0600.

    Without ``force`` an existing file is left alone and :class:`RefusedError`
    is raised; an ``OSError`` becomes :class:`FileAccessError`.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    with atomic_stream(path, force=force, binary=True) as stream:
        stream.write(data)


@contextlib.contextmanager
def atomic_stream(path: Path, *, force: bool, binary: bool = False) -> Iterator[IO[Any]]:
    """A stream into a temporary file beside ``path``, given its name only on success.

    Text streams are UTF-8 with newlines written as given. If anything fails
    before the end, the temporary file is removed and ``path`` is untouched.
    """
    if _special(path):
        # A pipe, a device or /dev/stdout: nothing to replace, write straight into it.
        yield from _straight(path, binary)
        return
    path = _through_links(path)
    if not force and path.exists():
        raise _refused(path)
    _guarded(lambda: _folder(path), path)
    temporary: Path | None = None
    try:
        # The name is ours before the file is: a signal the moment the file is made
        # (Ctrl-C, SIGTERM on a busy machine) still finds it to remove.
        for name in _temporary_names(path):
            temporary = name
            if _guarded(functools.partial(_created, name), path):
                break
            temporary = None  # someone else's file: never ours to remove
        else:
            raise _cannot_write(path, FileExistsError(17, "no free temporary name"))
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        with open(name, mode, encoding=encoding, newline=None if binary else "") as stream:
            try:
                yield stream
            except OSError as exc:
                raise _cannot_write(path, exc) from None
            _guarded(lambda: _flush(stream), path)
        _guarded(lambda: _publish(name, path, force), path)
    finally:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


def _straight(path: Path, binary: bool) -> Iterator[IO[Any]]:
    encoding = None if binary else "utf-8"
    stream = _guarded(lambda: open(path, "wb" if binary else "w", encoding=encoding), path)  # noqa: SIM115
    try:
        with stream:
            yield stream
    except OSError as exc:
        raise _cannot_write(path, exc) from None


def _special(path: Path) -> bool:
    """Whether ``path`` exists and is not a regular file (after following links)."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _through_links(path: Path) -> Path:
    """The file a symbolic link points at, so the link itself stays a link.

    A link that points nowhere is refused: in a shared folder a planted link
    would send personal data wherever it points, and the folders on its way
    would be created for it.
    """
    if not path.is_symlink():
        return path
    target = path.resolve()
    if not target.exists():
        raise dangling_link(path)
    return target


def dangling_link(path: Path) -> RefusedError:
    return RefusedError(key="error.dangling_link", path=path)


def _folder(path: Path) -> None:
    """Make the folder ``path`` goes into."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file stands where the folder should be: not a clash of names
        raise NotADirectoryError(20, "Not a directory") from None


def _temporary_names(path: Path) -> Iterator[Path]:
    """Hidden names beside ``path`` for the temporary file, each hard to guess."""
    for _ in range(_NAME_TRIES):
        yield path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"


def _created(temporary: Path) -> bool:
    """Make ``temporary`` as a new file with mode 0600; False when the name is taken."""
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    os.close(handle)
    return True


def _flush(stream: IO[Any]) -> None:
    stream.flush()
    os.fsync(stream.fileno())


def _publish(temporary: Path, path: Path, force: bool) -> None:
    """Give the finished file its name: replace when forced, else never clobber."""
    os.chmod(temporary, 0o600)
    if force:
        os.replace(temporary, path)
    else:
        try:
            # A hard link fails if the name exists, closing the gap after the exists() check.
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:
            # File systems without hard links: the earlier exists() check has to do.
            if path.exists():
                raise FileExistsError(path) from None
            os.replace(temporary, path)
    _sync_folder(path.parent)


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


def _guarded(action: Callable[[], T], path: Path) -> T:
    """Run a file operation; a clash becomes 'refused', any other OSError 'cannot write'."""
    try:
        return action()
    except FileExistsError:
        raise _refused(path) from None
    except OSError as exc:
        raise _cannot_write(path, exc) from None


def _cannot_write(path: Path, exc: OSError) -> FileAccessError:
    reason = exc.strerror or type(exc).__name__
    return FileAccessError(path, "", key="error.cannot_write", reason=reason)


def _refused(path: Path) -> RefusedError:
    return RefusedError(key="error.exists", path=path)
