"""Wall times of commands run as new processes, as an installed jobmatch runs them.

Shared by the benchmarks that time whole commands. Besides the command's own
figure, :func:`library_floor` times a bare interpreter importing only the
libraries the command cannot do without: what is left above that floor is
jobmatch's own start-up and work. On a shared or slow machine the floor moves
with the command, so the two are best read side by side.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

#: Each command runs as an installed jobmatch would: bytecode cached (some sandboxes set
#: PYTHONDONTWRITEBYTECODE, which recompiles every module on every start, about 0.3 s).
COMMAND_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

#: What ``rank`` cannot start without, and what the follow-up log's commands cannot.
RANK_LIBRARIES = ("numpy", "pydantic", "yaml", "typer")
LOG_LIBRARIES = ("sqlalchemy", "typer")


def wall_times(args: Sequence[str], runs: int) -> list[float]:
    """Seconds of ``runs`` runs of ``args``, after one run that warms the bytecode and word
    caches. A run that fails stops the benchmark with its error."""
    _run(args)
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        _run(args)
        times.append(time.perf_counter() - begin)
    return times


def _run(args: Sequence[str]) -> None:
    done = subprocess.run(list(args), capture_output=True, env=COMMAND_ENV, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode()[:400]}")


def jobmatch_times(args: Sequence[str], runs: int) -> list[float]:
    """:func:`wall_times` of ``jobmatch ARGS``."""
    return wall_times([sys.executable, "-m", "jobmatch", *args], runs)


def library_floor(modules: Sequence[str], runs: int) -> float:
    """Median seconds of a new interpreter that imports ``modules`` and nothing else."""
    code = "import " + ", ".join(modules)
    return statistics.median(wall_times([sys.executable, "-c", code], runs))


def summary(times: Sequence[float]) -> str:
    """The best and the median of some wall times."""
    return f"{min(times):.3f} s wall (median {statistics.median(times):.3f} s)"
