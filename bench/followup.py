"""Time the follow-up log on a large office and region, on SQLite and (given a URL) PostgreSQL.

    python bench/followup.py                           # SQLite
    python bench/followup.py --pg postgresql://user@host:5432/postgres
    JOBMATCH_BENCH_PG=postgresql://... python bench/followup.py

An office: 1,000 seekers and 2,000 workplaces (files made by
``bench/generate.py``), 5,000 placements over two years and 200,000
contacts (the follow-up plan's contacts, most of them kept, and employer
contacts, job development and visits). A region: 10,000 seekers, 25,000
placements and 500,000 contacts. The rows are bulk-inserted through
SQLAlchemy Core (no audit events: the timings are of reading). Each figure
is the median wall time of a new ``jobmatch`` process:

- ``due``, reading the data folder too (target under 2 s);
- ``report`` for the quarter (under 2 s; the region under 3 s);
- one ``contact`` command (under 0.6 s);
- ``rank`` on the example data with ``audit = true``, against without (under 0.5 s).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.generate import generate  # noqa: E402
from bench.timing import LOG_LIBRARIES, RANK_LIBRARIES, jobmatch_times, library_floor  # noqa: E402
from jobmatch.scoring.config import Followup  # noqa: E402
from jobmatch.store.log import Log  # noqa: E402
from jobmatch.store.plan import follow_ups  # noqa: E402
from jobmatch.store.schema import contact, outcome, placement  # noqa: E402

AS_OF = date(2026, 11, 27)
KINDS = ("employer_contact", "job_development", "visit")
ADVISERS = [f"Veileder {n}" for n in range(1, 41)]


def rows(
    seekers: list[str], workplaces: list[str], placements: int, contacts: int, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Placements, contacts and outcomes, dated over the two years up to ``AS_OF``."""
    rng = random.Random(seed)
    rules = Followup()
    placed, said, outcomes = [], [], []
    for pid in range(1, placements + 1):
        start = AS_OF - timedelta(days=rng.randint(0, 730))
        ended = rng.random() < 0.6
        end = start + timedelta(days=rng.randint(30, 360)) if ended else None
        if end is not None and end > AS_OF:
            end = None
        adviser = rng.choice(ADVISERS)
        seeker = rng.choice(seekers)
        placed.append(
            {
                "id": pid,
                "seeker": seeker,
                "workplace": rng.choice(workplaces),
                "purpose": rng.choice(["assessment", "training", "employment"]),
                "start": start,
                "end_date": end,
                "end_reason": "completed" if end else None,
                "status": "ended" if end else "active",
                "adviser": adviser,
                "score": round(rng.uniform(20, 98), 1),
                "engine_version": 2,
            }
        )
        for item in follow_ups(start, rules):
            last = end or AS_OF
            if item.due <= last and rng.random() < 0.9 and len(said) < contacts * 0.6:
                said.append(
                    {
                        "date": item.due - timedelta(days=1),
                        "kind": "three_way",
                        "face_to_face": True,
                        "adviser": adviser,
                        "seeker": seeker,
                        "placement_id": pid,
                    }
                )
        if start + timedelta(days=90) <= AS_OF and rng.random() < 0.7:
            outcomes.append(
                {
                    "placement_id": pid,
                    "checkpoint": "90d",
                    "status": rng.choice(["working", "working", "not_working", "unknown"]),
                    "recorded": start + timedelta(days=95),
                }
            )
    while len(said) < contacts:
        said.append(
            {
                "date": AS_OF - timedelta(days=rng.randint(0, 365)),
                "kind": rng.choice(KINDS),
                "face_to_face": False,
                "adviser": rng.choice(ADVISERS),
                "seeker": rng.choice(seekers) if rng.random() < 0.5 else None,
                "workplace": rng.choice(workplaces),
                "next_date": None,
            }
        )
    for n, c in enumerate(said, 1):
        c["id"] = n
        for key in ("seeker", "workplace", "placement_id", "next_date", "note"):
            c.setdefault(key, None)
    return placed, said, outcomes


def fill(
    url: str, seekers: list[str], workplaces: list[str], placements: int, contacts: int
) -> None:
    Log.open(url).close()  # created at the current schema
    placed, said, outcomes = rows(seekers, workplaces, placements, contacts, seed=7)
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1))
    with engine.begin() as conn:
        conn.execute(insert(placement), placed)
        for at in range(0, len(said), 20_000):
            conn.execute(insert(contact), said[at : at + 20_000])
        conn.execute(insert(outcome), outcomes)
        if engine.dialect.name == "postgresql":
            for table in ("placement", "contact"):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"  # noqa: S608
                    )
                )
                conn.execute(text(f"ANALYZE {table}"))
    engine.dispose()


def wall(args: list[str], runs: int = 5) -> float:
    """Median wall seconds of ``jobmatch ARGS`` as a new process (after a warm-up run)."""
    return statistics.median(jobmatch_times(args, runs))


def ids(folder: Path, sub: str) -> list[str]:
    return sorted(p.stem for p in (folder / sub).glob("*.yaml"))


def pg_database(base: str, name: str) -> str:
    engine = create_engine(
        base.replace("postgresql://", "postgresql+psycopg2://", 1), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{base.rpartition('/')[0]}/{name}"


def baseline(folder: Path) -> None:
    """What every command pays before the log: starting jobmatch, and reading the office's files."""
    start = wall(["--version"], runs=5)
    read = wall(["validate", str(folder)], runs=3)
    print(f"baseline: jobmatch --version {start:.2f} s; validate the office's files {read:.2f} s")
    for modules in (RANK_LIBRARIES, LOG_LIBRARIES):
        floor = library_floor(modules, runs=5)
        print(f"reference: a new Python importing {', '.join(modules)} alone {floor:.2f} s")


def office(folder: Path, url: str, label: str) -> None:
    seekers, workplaces = ids(folder, "profiles"), ids(folder, "workplaces")
    fill(url, seekers, workplaces, 5_000, 200_000)
    common = ["--data", str(folder), "--db", url, "--as-of", AS_OF.isoformat()]
    due = wall(["due", *common, "--format", "json"])
    rep = wall(["report", *common, "--format", "json"])
    one = wall(["contact", "--placement", "P17", "--kind", "follow_up_seeker", *common], runs=7)
    print(f"{label} office (1,000 seekers, 2,000 workplaces, 5,000 placements, 200,000 contacts):")
    print(f"  due (with the data folder) {due:.2f} s   (target < 2 s)")
    print(f"  report                     {rep:.2f} s   (target < 2 s)")
    print(f"  one contact                {one:.2f} s   (target < 0.6 s)")


def region(folder: Path, url: str, label: str) -> None:
    seekers = [f"s{n:05}" for n in range(10_000)]
    workplaces = [f"w{n:05}" for n in range(4_000)]
    fill(url, seekers, workplaces, 25_000, 500_000)
    rep = wall(
        [
            "report",
            "--data",
            str(folder),
            "--db",
            url,
            "--as-of",
            AS_OF.isoformat(),
            "--format",
            "json",
        ]
    )
    print(
        f"{label} region (10,000 seekers, 25,000 placements, 500,000 contacts): report {rep:.2f} s   (target < 3 s)"
    )


def rank_with_audit(work: Path) -> None:
    data = work / "example"
    for sub in ("profiles", "workplaces"):
        shutil.copytree(ROOT / sub, data / sub)
    plain = wall(["rank", "jonas-b", "--data", str(data), "--format", "json"], runs=7)
    (data / "jobmatch.toml").write_text("audit = true\n", encoding="utf-8")
    wall(
        ["contact", "--seeker", "jonas-b", "--kind", "visit", "--data", str(data)], runs=1
    )  # the log exists
    audited = wall(["rank", "jonas-b", "--data", str(data), "--format", "json"], runs=7)
    print(
        f"rank on the example data: {plain:.2f} s, with audit = true {audited:.2f} s   (target < 0.5 s)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pg", default=os.environ.get("JOBMATCH_BENCH_PG"), help="a PostgreSQL server URL"
    )
    parser.add_argument("--skip-region", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "office"
        begin = time.perf_counter()
        generate(folder, 1_000, 2_000, 1)
        print(f"generated the office's files in {time.perf_counter() - begin:.1f} s")
        baseline(folder)
        rank_with_audit(work)
        office(folder, f"sqlite:///{work / 'office.db'}", "SQLite")
        if not args.skip_region:
            region(folder, f"sqlite:///{work / 'region.db'}", "SQLite")
        if args.pg:
            office(folder, pg_database(args.pg, "jobmatch_bench_office"), "PostgreSQL")
            if not args.skip_region:
                region(folder, pg_database(args.pg, "jobmatch_bench_region"), "PostgreSQL")
        else:
            print("PostgreSQL: not measured (give --pg URL or JOBMATCH_BENCH_PG)")


if __name__ == "__main__":
    main()
