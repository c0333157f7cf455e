"""How fast is batch scoring, and placement assignment?

    python bench/batch.py                         # the full run: 1,000 seekers x 10,000 workplaces
    python bench/batch.py --seekers 200 --workplaces 1000 --assign-workplaces 400 --sizes 250,500,1000

Generates realistic data (``bench/generate.py``) into a temporary folder and prints:

- loading: files loaded per second;
- scoring stage: pairs scored per second, for the word table (every distinct
  interest against every distinct task text) and the array scoring of all
  pairs, apart and together;
- the simple reference path: the scalar one-pair reference of
  ``tests/reference`` (its ``score_pair`` per pair, plain loops, words matched
  once per seeker as ``rank`` used to), timed on a
  sample in the same run, in pairs per second, and the ratio of the batch
  scoring stage to it; and, for comparison, the details path ``rank`` uses
  (``Engine.rank_workplaces``: a 1 x N evaluation with explanations);
- end to end in this process: load, score, the top 10 per seeker written to a
  JSON-lines file (what ``jobmatch batch -o FILE`` does), wall time;
- the ``jobmatch batch`` command itself, as a new process: wall time and peak memory;
- ``--assign`` on seekers x ``--assign-workplaces`` with capacities 1-3;
- scoring-stage time for 1k x 1k, 1k x 5k and 1k x 10k (``--sizes``), to show
  that it grows linearly with the number of pairs;
- peak memory of this process (``ru_maxrss``).

Targets (2 cores): end to end under 60 s, scoring stage at least 2 million
pairs/s and 100 times the scalar reference, peak memory under 3 GiB; assignment
under 30 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import generate

from jobmatch._gc import paused_gc
from jobmatch.api import Engine, batch_scorer, load
from jobmatch.loading import DataSet
from jobmatch.output.batch import JsonLinesWriter, atomic_stream
from jobmatch.scoring.assign import Objective, assign_scored
from jobmatch.scoring.batch import BatchScorer
from jobmatch.scoring.views import seeker_view, workplace_view
from jobmatch.scoring.words import seeker_texts, task_texts
from tests.reference.engine import score_pair

AS_OF = date(2026, 11, 27)
T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def peak_mib() -> float:
    """Peak resident memory of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def subset(data: DataSet, seekers: int, workplaces: int) -> DataSet:
    chosen = dict(list(data.workplaces.items())[:workplaces])
    return DataSet(data.root, dict(list(data.seekers.items())[:seekers]), chosen)


def scoring_stage(data: DataSet, engine: Engine) -> tuple[BatchScorer, int, float, float]:
    """(scorer, pairs, seconds for the word table and arrays, seconds for scoring every pair)."""
    scorer, build = timed(lambda: batch_scorer(data, engine))
    pairs, arrays = timed(lambda: sum(c.score.size for c in scorer.chunks()))
    return scorer, pairs, build, arrays


def reference_rate(data: DataSet, engine: Engine, sample: int) -> float:
    """Pairs per second of the scalar reference, on ``sample`` seekers against every workplace."""
    seekers = [s for s in data.seekers.values() if s.active][:sample]
    workplaces = list(data.workplaces.values())
    views = [workplace_view(w) for w in workplaces]
    start = time.perf_counter()
    for seeker in seekers:
        mine = seeker_view(seeker)
        engine.words.prepare(seeker_texts(mine), (t for w in views for t in task_texts(w)))
        for workplace in views:
            score_pair(mine, workplace, engine.context)  # type: ignore[arg-type]
    return len(seekers) * len(workplaces) / (time.perf_counter() - start)


def details_rate(data: DataSet, engine: Engine, sample: int) -> float:
    """Pairs per second of the details path ``rank`` uses (1 x N with explanations)."""
    seekers = [s for s in data.seekers.values() if s.active][:sample]
    workplaces = list(data.workplaces.values())
    start = time.perf_counter()
    for seeker in seekers:
        engine.rank_workplaces(seeker, workplaces)
    return len(seekers) * len(workplaces) / (time.perf_counter() - start)


def end_to_end(folder: Path, out: Path) -> tuple[int, float]:
    """Load, score, top 10 per seeker to JSON lines, as ``jobmatch batch -o`` does it."""
    start = time.perf_counter()
    with paused_gc():
        data = load(folder)
    scorer = batch_scorer(data, Engine.for_data(data, AS_OF))
    written = 0
    with atomic_stream(out, force=True) as stream:
        writer = JsonLinesWriter(stream, "en", AS_OF)
        for chunk in scorer.results(top=10):
            for found in chunk:
                writer.write(found.matches)
                written += len(found.matches)
    return written, time.perf_counter() - start


def command(folder: Path, out: Path) -> tuple[float, float]:
    """``jobmatch batch`` as a new process: wall seconds and its peak memory in MiB."""
    args = [
        sys.executable,
        "-m",
        "jobmatch",
        "batch",
        "--data",
        str(folder),
        "--as-of",
        AS_OF.isoformat(),
        "--quiet",
        "--force",
        "-o",
        str(out),
    ]
    start = time.perf_counter()
    subprocess.run(args, check=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def with_capacities(data: DataSet, seed: int) -> DataSet:
    """Every workplace open, with a capacity of 1 to 3."""
    rng = random.Random(seed)
    workplaces = {
        k: w.model_copy(update={"capacity": rng.randint(1, 3)}) for k, w in data.workplaces.items()
    }
    return DataSet(data.root, data.seekers, workplaces)


def assignment(data: DataSet, engine: Engine, objective: Objective) -> dict[str, Any]:
    scorer, build = timed(lambda: batch_scorer(data, engine))
    chunks, arrays = timed(lambda: list(scorer.chunks()))
    result, solve = timed(lambda: assign_scored(scorer, chunks, objective))
    return {
        "build": build,
        "arrays": arrays,
        "solve": solve,
        "placed": len(result.placements),
        "unassigned": len(result.unassigned),
        "total": result.total_score,
    }


def report(args: argparse.Namespace, folder: Path) -> None:
    total_files = args.seekers + args.workplaces
    with paused_gc():
        data, loading = timed(lambda: load(folder))
    print(
        f"data: {len(data.seekers)} seekers ({sum(s.active for s in data.seekers.values())} active) "
        f"x {len(data.workplaces)} workplaces, seed {args.seed}"
    )
    print(f"load: {total_files} files in {loading:.2f} s = {total_files / loading:,.0f} files/s")
    engine = Engine.for_data(data, AS_OF)
    scorer, pairs, build, arrays = scoring_stage(data, engine)
    tasks = len(scorer.tables.tasks)
    print(
        f"scoring stage: {pairs:,} pairs ({tasks:,} tasks), word table and arrays {build:.2f} s, "
        f"array scoring {arrays:.2f} s"
    )
    print(
        f"  array scoring: {pairs / arrays:,.0f} pairs/s; whole stage: {pairs / (build + arrays):,.0f} pairs/s"
    )
    one = reference_rate(data, engine, args.sample)
    print(
        f"scalar reference (tests/reference, {args.sample} seekers x {len(data.workplaces)}): {one:,.0f} pairs/s"
    )
    detailed = details_rate(data, engine, args.sample)
    print(
        f"details path (rank_workplaces, {args.sample} seekers x {len(data.workplaces)}): {detailed:,.0f} pairs/s"
    )
    print(
        f"  ratio: array scoring {pairs / arrays / one:,.0f}x, whole stage {pairs / (build + arrays) / one:,.0f}x"
    )
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "top10.jsonl"
        written, wall = end_to_end(folder, out)
        print(
            f"end to end in process (load, score, top 10 to JSON lines): {wall:.2f} s, {written:,} matches"
        )
        wall, peak = command(folder, out)
        print(f"jobmatch batch -o FILE (new process): {wall:.2f} s, peak memory {peak:,.0f} MiB")
    assign_data = with_capacities(subset(data, args.seekers, args.assign_workplaces), args.seed)
    for objective in Objective:
        found = assignment(assign_data, engine, objective)
        print(
            f"--assign --objective {objective.value} on {len(assign_data.seekers)} x {len(assign_data.workplaces)} "
            f"(capacity 1-3): {found['build'] + found['arrays'] + found['solve']:.2f} s "
            f"(tables {found['build']:.2f}, scores {found['arrays']:.2f}, solver and output pairs "
            f"{found['solve']:.2f}); {found['placed']} placed, {found['unassigned']} unassigned, "
            f"total score {found['total']:,.1f}"
        )
    for size in args.sizes:
        part = subset(data, args.seekers, size)
        _, pairs, build, arrays = scoring_stage(part, engine)
        print(
            f"scoring stage {len(part.seekers)} x {size}: {build + arrays:.2f} s "
            f"(word table {build:.2f} + arrays {arrays:.2f}), {pairs / (build + arrays):,.0f} pairs/s"
        )
    print(f"peak memory of this process: {peak_mib():,.0f} MiB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=1000)
    parser.add_argument("--workplaces", type=int, default=10000)
    parser.add_argument("--assign-workplaces", type=int, default=2000)
    parser.add_argument(
        "--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[1000, 5000, 10000]
    )
    parser.add_argument(
        "--sample", type=int, default=3, help="seekers timed on the reference and details paths"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, help="use this generated folder instead of a new one")
    args = parser.parse_args(argv)
    args.sizes = [s for s in args.sizes if s <= args.workplaces]
    if args.data:
        report(args, args.data)
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        _, seconds = timed(lambda: generate(folder, args.seekers, args.workplaces, args.seed))
        print(f"generated in {seconds:.1f} s")
        report(args, folder)


if __name__ == "__main__":
    main()
