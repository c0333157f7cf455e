"""Several writers at once lose nothing; ``kill -9`` mid-write leaves a consistent database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from jobmatch.store.log import Log
from jobmatch.store.schema import contact

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _start(url: str, count: int, tag: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(WRITER), url, str(count), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_eight_processes_write_250_contacts_each_and_all_2000_are_there(log_url: str) -> None:
    Log.open(log_url).close()  # created (and migrated) once, before the writers start
    writers = [_start(log_url, 250, f"w{n}") for n in range(8)]
    for w in writers:
        out, err = w.communicate(timeout=600)
        assert w.returncode == 0, err
        assert len(out.split()) == 250
    with Log.open(log_url) as log:
        with log.db.read() as conn:
            assert conn.execute(select(func.count()).select_from(contact)).scalar() == 2000
            per = conn.execute(
                select(contact.c.adviser, func.count()).group_by(contact.c.adviser)
            ).all()
        assert sorted(per) == [(f"w{n}", 250) for n in range(8)]
        assert log.verify().ok and log.verify().events == 2000
        assert log.integrity_ok()


def test_kill_9_mid_write_keeps_every_committed_row(log_url: str) -> None:
    Log.open(log_url).close()
    writer = _start(log_url, 100_000, "k")
    assert writer.stdout is not None
    committed: list[str] = []
    deadline = time.monotonic() + 120
    while len(committed) < 150 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        committed.append(line.strip())
    os.kill(writer.pid, signal.SIGKILL)
    rest, _ = writer.communicate(timeout=60)
    committed += rest.split()  # printed after commit, before the kill
    assert len(committed) >= 150
    with Log.open(log_url) as log:
        assert log.integrity_ok()
        with log.db.read() as conn:
            ids = {f"C{i}" for i in conn.execute(select(contact.c.id)).scalars()}
        assert set(committed) <= ids
        assert log.verify().ok
        log.contact(__import__("datetime").date(2026, 11, 3), "visit", workplace="after-the-kill")
