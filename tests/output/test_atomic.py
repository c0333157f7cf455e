"""write_atomic: whole file or old file, mode 0600, never clobbering without force."""

from __future__ import annotations

import os
import signal
import stat
from pathlib import Path

import pytest

from jobmatch.cli import signals
from jobmatch.errors import FileAccessError, RefusedError
from jobmatch.output import atomic
from jobmatch.output.atomic import write_atomic


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_text_as_utf8_with_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "ut.txt"
    write_atomic(path, "blåbær\n", force=False)
    assert path.read_bytes() == "blåbær\n".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _names(tmp_path) == ["ut.txt"]


def test_writes_bytes_and_creates_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "ut.csv"
    write_atomic(path, b"\xef\xbb\xbfx;y\n", force=False)
    assert path.read_bytes() == b"\xef\xbb\xbfx;y\n"


def test_refuses_an_existing_file_without_force(tmp_path: Path) -> None:
    path = tmp_path / "ut.txt"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(RefusedError) as caught:
        write_atomic(path, "new", force=False)
    assert caught.value.exit_code == 4
    assert "--force" in str(caught.value)
    assert path.read_text(encoding="utf-8") == "old"
    assert _names(tmp_path) == ["ut.txt"]


def test_force_replaces_the_file_with_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "ut.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)
    write_atomic(path, "new", force=True)
    assert path.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ut.txt"
    path.write_text("old", encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(FileAccessError) as caught:
        write_atomic(path, "new", force=True)
    assert caught.value.exit_code == 5
    assert "No space left on device" in str(caught.value)
    assert path.read_text(encoding="utf-8") == "old"
    assert _names(tmp_path) == ["ut.txt"]


def test_an_interrupt_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ut.txt"

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "new", force=True)
    assert _names(tmp_path) == []


def test_a_folder_that_cannot_be_made_is_a_file_access_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(FileAccessError):
        write_atomic(tmp_path / "file" / "ut.txt", "x", force=False)


def test_without_hard_links_it_still_writes_and_still_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: str, dst: str) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "ut.txt"
    write_atomic(path, "first", force=False)
    assert path.read_text(encoding="utf-8") == "first"
    with pytest.raises(RefusedError):
        write_atomic(path, "second", force=False)
    assert _names(tmp_path) == ["ut.txt"]


def test_a_file_appearing_during_the_write_is_not_clobbered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ut.txt"
    real_link = os.link

    def someone_else_first(src: str, dst: str) -> None:
        Path(dst).write_text("theirs", encoding="utf-8")
        real_link(src, dst)

    monkeypatch.setattr(os, "link", someone_else_first)
    with pytest.raises(RefusedError):
        write_atomic(path, "mine", force=False)
    assert path.read_text(encoding="utf-8") == "theirs"
    assert _names(tmp_path) == ["ut.txt"]


def test_a_link_stays_a_link_and_its_target_is_written(tmp_path: Path) -> None:
    target = tmp_path / "ut.txt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "lenke.txt"
    link.symlink_to(target)
    write_atomic(link, "new", force=True)
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"


def test_a_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    write_atomic(pipe, "through the pipe", force=False)
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_link_that_points_nowhere_is_refused_and_no_folder_is_made(tmp_path: Path) -> None:
    """Issue 10, D3: a planted link must not decide where personal data goes."""
    link = tmp_path / "ut.txt"
    link.symlink_to(tmp_path / "elsewhere" / "deep" / "ut.txt")
    with pytest.raises(RefusedError) as caught:
        write_atomic(link, "personal", force=True)
    assert caught.value.exit_code == 4
    assert str(caught.value) == (
        f"{link}: is a link that points nowhere; remove the link or choose another file"
    )
    assert not (tmp_path / "elsewhere").exists()
    assert link.is_symlink() and _names(tmp_path) == ["ut.txt"]


def test_a_signal_the_moment_the_temporary_file_is_made_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM arriving as soon as the temporary file exists (a busy machine's timing, in
    any thread of the process) is cleaned up after: no hidden file is left behind."""
    real = atomic._created

    def created_then_signal(temporary: Path) -> bool:
        made = real(temporary)
        os.kill(os.getpid(), signal.SIGTERM)
        return made

    monkeypatch.setattr(atomic, "_created", created_then_signal)
    previous = {handled: signal.getsignal(handled) for handled in signals.HANDLED}
    signals.install()
    try:
        with pytest.raises(signals.Ended):
            write_atomic(tmp_path / "out.json", "{}", force=False)
    finally:
        for handled, handler in previous.items():
            signal.signal(handled, handler)
    assert list(tmp_path.iterdir()) == []


def test_a_taken_temporary_name_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / ".out.json.taken.tmp"
    taken.write_text("someone else's")
    names = iter([taken, tmp_path / ".out.json.free.tmp"])
    monkeypatch.setattr(atomic, "_temporary_names", lambda path: names)
    write_atomic(tmp_path / "out.json", "{}", force=False)
    assert (tmp_path / "out.json").read_text() == "{}"
    assert taken.read_text() == "someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.json.taken.tmp", "out.json"]
