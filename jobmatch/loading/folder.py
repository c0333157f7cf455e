"""The data folder: find it, load every file in it, check across files, look records up."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import process

from jobmatch._gc import paused_gc
from jobmatch.errors import InvalidDataError, NotFoundError, Problem
from jobmatch.loading.records import Kind, load_record
from jobmatch.models import Seeker, Workplace

DATA_ENV = "JOBMATCH_DATA"
FOLDERS: dict[Kind, str] = {"seeker": "profiles", "workplace": "workplaces"}
_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class DataSet:
    """Every valid seeker and workplace of a data folder, sorted by id."""

    root: Path
    seekers: Mapping[str, Seeker]
    workplaces: Mapping[str, Workplace]
    skipped: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


@dataclass
class ValidationReport:
    """What ``validate`` found: how many files, and every problem and warning."""

    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    seekers: dict[str, Seeker] = field(default_factory=dict)
    workplaces: dict[str, Workplace] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return sorted(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> list[Problem]:
        return sorted(p for p in self.problems if p.severity == "warning")


def resolve_data_dir(option: Path | None) -> Path:
    """``--data``, else ``$JOBMATCH_DATA``, else the current folder."""
    if option is not None:
        return option
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else Path.cwd()


def data_files(paths: Iterable[Path]) -> Iterator[Path]:
    """YAML files under each path: a file itself, or a folder's profiles/ and workplaces/."""
    for path in paths:
        if not path.is_dir():
            yield path  # a file, or something that is not one: reading it says what
            continue
        folders = [path / name for name in FOLDERS.values() if (path / name).is_dir()]
        for folder in folders or [path]:
            yield from sorted(
                p for p in folder.iterdir() if p.suffix in _SUFFIXES and not p.is_dir()
            )


def validate_paths(paths: Iterable[Path]) -> ValidationReport:
    """Load every file, collect every problem, and check ids across files."""
    report = ValidationReport()
    first_seen: dict[tuple[Kind, str], str] = {}
    files = list(data_files(paths))
    for path, (record, problems) in zip(files, _load_all(files), strict=True):
        report.files += 1
        report.problems.extend(problems)
        if record is None or any(p.severity == "error" for p in problems):
            continue
        kind: Kind = "seeker" if isinstance(record, Seeker) else "workplace"
        if (kind, record.id) in first_seen:
            key, first = f"validate.duplicate_id_{kind}", first_seen[kind, record.id]
            duplicate = Problem.of(str(path), key, field="id", code="duplicate_id", first=first)
            report.problems.append(duplicate)
            continue
        first_seen[kind, record.id] = str(path)
        _store(report, record)
    return report


Loaded = tuple[Seeker | Workplace | None, list[Problem]]
PARALLEL_FROM = 500


def _load_all(files: list[Path]) -> Iterator[Loaded]:
    """Load files in order; many files are spread over the cores (forked workers)."""
    workers = min(os.cpu_count() or 1, 8)
    if len(files) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        return map(load_record, files)
    return _load_parallel(files, workers)


def _load_parallel(files: list[Path], workers: int) -> Iterator[Loaded]:
    """Load in forked workers with Ctrl-C held back until they are done.

    An interrupt that lands while workers fork or while the pool holds its
    locks can leave the pool hanging; blocking SIGINT here (the workers
    inherit the block) defers it by the few seconds loading takes, after
    which it ends the command with 130 as usual.
    """
    size = max(1, len(files) // (workers * 4))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    context = mp.get_context("fork")
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            loaded = list(pool.map(_load_chunk, chunks))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    for part in loaded:
        yield from part


def _load_chunk(files: list[Path]) -> list[Loaded]:
    return [load_record(path) for path in files]


def _store(report: ValidationReport, record: Seeker | Workplace) -> None:
    if isinstance(record, Seeker):
        report.seekers[record.id] = record
    else:
        report.workplaces[record.id] = record


def load_data(root: Path, *, skip_invalid: bool = False) -> DataSet:
    """Load a data folder; refuse it when a file is invalid, unless ``skip_invalid``."""
    if not any((root / name).is_dir() for name in FOLDERS.values()):
        raise NotFoundError(key="error.no_data_folder", path=root, env=DATA_ENV)
    with paused_gc():
        report = validate_paths([root])
    if report.errors and not skip_invalid:
        raise InvalidDataError(report.errors)
    return DataSet(
        root=root,
        seekers=dict(sorted(report.seekers.items())),
        workplaces=dict(sorted(report.workplaces.items())),
        skipped=tuple(report.errors),
        warnings=tuple(report.warnings),
    )


def find_seeker(data: DataSet, ref: str) -> Seeker:
    """A seeker by id, or by a path to its file."""
    found = _find(data.seekers, ref, "seeker")
    if not isinstance(found, Seeker):
        raise NotFoundError(key="error.not_seeker_file", path=ref)
    return found


def find_workplace(data: DataSet, ref: str) -> Workplace:
    """A workplace by id, or by a path to its file."""
    found = _find(data.workplaces, ref, "workplace")
    if not isinstance(found, Workplace):
        raise NotFoundError(key="error.not_workplace_file", path=ref)
    return found


def _find(records: Mapping[str, Seeker | Workplace], ref: str, kind: Kind) -> Seeker | Workplace:
    if ref in records:
        return records[ref]
    path = Path(ref)
    if path.suffix in _SUFFIXES and path.is_file():
        return _load_one(path, kind)
    guesses = [g[0] for g in process.extract(ref, list(records), limit=3, score_cutoff=50)]
    folder = FOLDERS[kind]
    if guesses:
        key = f"error.no_{kind}_guess"
        raise NotFoundError(key=key, ref=ref, folder=folder, guesses=", ".join(guesses))
    raise NotFoundError(key=f"error.no_{kind}", ref=ref, folder=folder)


def _load_one(path: Path, kind: Kind) -> Seeker | Workplace:
    record, problems = load_record(path)
    errors = [p for p in problems if p.severity == "error"]
    if errors or record is None:
        raise InvalidDataError(errors)
    wanted = Seeker if kind == "seeker" else Workplace
    if not isinstance(record, wanted):
        raise NotFoundError(key=f"error.not_{kind}_file", path=path)
    return record
