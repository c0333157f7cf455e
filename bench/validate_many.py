"""How fast is ``jobmatch validate`` on a large data folder?

Generates valid seeker and workplace files with ``bench/generate.py``
(realistic, varied, in bokmål and English) in a temporary folder, times ``jobmatch validate DIR`` as a separate
process (wall time, best of N), and compares with reading the same files with
plain ``yaml.load(..., Loader=yaml.CSafeLoader)`` in this process, which does
no validation at all. Target: 15,000 files in under 10 s on 2 cores.

    python bench/validate_many.py [--files 15000] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

TARGET_SECONDS = 10.0

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate as write_data  # noqa: E402  (bench/generate.py: the one generator)


def generate(root: Path, count: int, seed: int = 20270111) -> list[Path]:
    """Write ``count`` files, half seekers and half workplaces; return their paths."""
    write_data(root, count // 2, count - count // 2, seed)
    return sorted([*root.glob("profiles/*.yaml"), *root.glob("workplaces/*.yaml")])


def best_of(runs: int, action: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def run_validate(root: Path) -> None:
    command = [sys.executable, "-m", "jobmatch", "validate", "--quiet", str(root)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"validate failed ({done.returncode}):\n{done.stderr[-2000:]}")


def read_plain(paths: list[Path]) -> None:
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=15_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jobmatch-bench-") as scratch:
        root = args.keep or Path(scratch)
        started = time.perf_counter()
        paths = generate(root, args.files)
        lines = sum(p.read_text(encoding="utf-8").count("\n") for p in paths) / len(paths)
        print(
            f"generated {len(paths)} files ({lines:.0f} lines each on average) "
            f"in {time.perf_counter() - started:.1f} s"
        )
        validate = best_of(args.runs, lambda: run_validate(root))
        plain = best_of(args.runs, lambda: read_plain(paths))
    print(
        f"jobmatch validate: {validate:.2f} s, {len(paths) / validate:,.0f} files/s "
        f"(best of {args.runs}, wall time, new process)"
    )
    print(
        f"yaml.load CSafeLoader, no validation: {plain:.2f} s, "
        f"{len(paths) / plain:,.0f} files/s (same process)"
    )
    print(f"ratio validate / plain load: {validate / plain:.2f}")
    verdict = "within" if validate < TARGET_SECONDS else "OVER"
    print(f"{verdict} the target of {TARGET_SECONDS:.0f} s")


if __name__ == "__main__":
    main()
