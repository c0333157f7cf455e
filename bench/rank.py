"""Wall time of ``jobmatch rank`` on the example data and on 2,000 generated workplaces.

    python bench/rank.py [--workplaces 2000] [--runs 3]

The generated workplaces are the example workplaces copied with new ids and
shuffled task hours, so the vocabulary and task texts are realistic. Prints
best-of-N wall time of the whole command (a new process each run) and, as the
reference in the same process, the time to score one pair with the one-pair
engine and the time to rank in-process (no interpreter start-up). On a shared
machine the median says more than the best: both are printed, with the load.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEKER = "ingrid-s"
sys.path.insert(0, str(ROOT))
from bench.timing import RANK_LIBRARIES, library_floor, summary, wall_times  # noqa: E402


def generate(target: Path, count: int, seed: int = 7) -> None:
    """Copies of the example workplaces with new ids, and every example seeker."""
    rnd = random.Random(seed)
    shutil.copytree(ROOT / "profiles", target / "profiles")
    (target / "workplaces").mkdir()
    sources = sorted((ROOT / "workplaces").glob("*.yaml"))
    for index in range(count):
        source = sources[index % len(sources)]
        new_id = f"{source.stem}-{index:05d}"
        text = source.read_text(encoding="utf-8").replace(f"id: {source.stem}", f"id: {new_id}", 1)
        text = text.replace("hours_per_week: 1", f"hours_per_week: {rnd.randint(1, 2)}")
        (target / "workplaces" / f"{new_id}.yaml").write_text(text, encoding="utf-8")


def in_process(data_dir: Path) -> tuple[float, float, int]:
    """Seconds to rank in-process, and seconds per pair with the one-pair engine."""
    from jobmatch.api import Engine, load

    data = load(data_dir)
    engine = Engine.for_data(data, date(2026, 11, 27))
    seeker = data.seekers[SEEKER]
    start = time.perf_counter()
    engine.rank_workplaces(seeker, data.workplaces.values())
    rank_seconds = time.perf_counter() - start
    sample = list(data.workplaces.values())[:200]
    start = time.perf_counter()
    for workplace in sample:
        engine.score(seeker, workplace)
    per_pair = (time.perf_counter() - start) / len(sample)
    return rank_seconds, per_pair, len(data.workplaces)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workplaces", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    command = [sys.executable, "-m", "jobmatch", "rank", SEEKER, "--as-of", "2026-11-27"]
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    example = summary(wall_times([*command, "--data", str(ROOT)], options.runs))
    print(f"example data: rank {SEEKER}: {example} (target < 0.5 s)")
    floor = library_floor(RANK_LIBRARIES, options.runs)
    print(f"reference: `import {', '.join(RANK_LIBRARIES)}` alone {floor:.3f} s (median)")
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), options.workplaces)
        large = summary(wall_times([*command, "--data", tmp], options.runs))
        print(f"{options.workplaces} workplaces: rank {SEEKER}: {large} (target < 2 s)")
        rank_seconds, per_pair, count = in_process(Path(tmp))
        print(
            f"in process: rank over {count} workplaces {rank_seconds:.3f} s; one pair {per_pair * 1e3:.3f} ms"
        )
        startup = summary(wall_times([sys.executable, "-m", "jobmatch", "--help"], options.runs))
        print(f"reference: `jobmatch --help` start-up {startup}")


if __name__ == "__main__":
    main()
