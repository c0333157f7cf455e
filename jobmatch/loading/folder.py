"""The data folder: find it, load every file in it, check across files, look records up."""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from jobmatch._gc import paused_gc
from jobmatch.errors import FileAccessError, InvalidDataError, NotFoundError, Problem
from jobmatch.layout import FOLDERS, RECORD_SUFFIXES, Kind
from jobmatch.loading.records import load_record
from jobmatch.models import Seeker, Workplace

DATA_ENV = "JOBMATCH_DATA"
SUFFIX = ".yaml"
"""The one extension read from a data folder (a file given by its path may be ``.yml``)."""


@dataclass(frozen=True)
class DataSet:
    """Every valid seeker and workplace of a data folder, sorted by id."""

    root: Path
    seekers: Mapping[str, Seeker]
    workplaces: Mapping[str, Workplace]
    skipped: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    unread: tuple[Problem, ...] = ()
    """Names that look like data files but are not read (``jonas.YAML``): warned about."""


V = TypeVar("V")


@dataclass(frozen=True)
class Views(Generic[V]):
    """What a command needs of each valid record of a data folder (:func:`load_views`)."""

    root: Path
    seekers: Mapping[str, V]
    workplaces: Mapping[str, V]
    skipped: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    unread: tuple[Problem, ...] = ()


@dataclass
class ValidationReport:
    """What ``validate`` found: how many files, and every problem and warning."""

    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    seekers: dict[str, Seeker] = field(default_factory=dict)
    workplaces: dict[str, Workplace] = field(default_factory=dict)
    unread: list[Problem] = field(default_factory=list)
    """Files passed over for their names: problems to ``validate``, warnings to the rest."""
    empty: list[Path] = field(default_factory=list)
    """Folders given that hold no data at all: nothing to check there."""
    views: dict[Kind, dict[str, Any]] = field(
        default_factory=lambda: {"seeker": {}, "workplace": {}}
    )
    """With a view (:func:`load_views`): each valid record's view, in place of the record."""

    @property
    def errors(self) -> list[Problem]:
        """Every problem to list, the files not read among them."""
        return sorted([*self.invalid, *self.unread])

    @property
    def invalid(self) -> list[Problem]:
        """The problems of the files read (and of folders that could not be listed)."""
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


@dataclass
class Discovery:
    """What is under the paths given: the files to read, and what is passed over, and why.

    A folder's files are those named ``ID.yaml``. Names that look meant to be
    read but are not (``jonas.YAML``, ``x.yml``, a folder ``x.yaml``, a hidden
    ``.yaml``) are each named in ``unread``, never passed over silently. A
    folder that cannot be listed is a problem (exit 5); a folder that holds
    no data at all is in ``empty``.
    """

    files: list[Path] = field(default_factory=list)
    unread: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    empty: list[Path] = field(default_factory=list)

    @classmethod
    def of(cls, paths: Iterable[Path]) -> Discovery:
        """Every path once: a file or folder given twice (or inside a folder also given)
        is read once, not found to be a duplicate of itself."""
        found = cls()
        given = list(paths)
        for path in given:
            found.add(path)
        if len(given) > 1:  # one folder's listing names each file once
            found.files = _once(found.files)
        return found

    def add(self, path: Path) -> None:
        try:
            if not path.is_dir():
                self.files.append(path)  # a file, or something that is not one: reading says what
                return
            folders = [path / name for name in FOLDERS.values() if (path / name).is_dir()]
        except OSError as exc:
            self.problems.append(_unreadable_folder(path, exc))
            return
        before = self._entries()
        for folder in folders or [path]:
            self._add_folder(folder)
        if not folders and self._entries() == before:
            self.empty.append(path)

    def _entries(self) -> int:
        return len(self.files) + len(self.unread) + len(self.problems)

    def _add_folder(self, folder: Path) -> None:
        try:
            entries = sorted(folder.iterdir())
        except OSError as exc:
            self.problems.append(_unreadable_folder(folder, exc))
            return
        for entry in entries:
            why = _why_not_read(entry)
            if why is None:
                self.files.append(entry)
            elif why:
                self.unread.append(
                    Problem.of(str(entry), why, code="not_read", name=_usable(entry))
                )


def _once(files: list[Path]) -> list[Path]:
    """Each file once, however its folder was written (``./x``, ``x/../x``, a link to it).

    Folders are resolved, one call each, not files: resolving thousands of files would
    cost a command more than reading the folder does.
    """
    folders: dict[Path, Path] = {}
    seen: set[Path] = set()
    unique = []
    for file in files:
        folder = folders.get(file.parent)
        if folder is None:
            try:
                folder = folders[file.parent] = file.parent.resolve()
            except (OSError, RuntimeError):
                folder = folders[file.parent] = file.parent
        if folder / file.name not in seen:
            seen.add(folder / file.name)
            unique.append(file)
    return unique


def _why_not_read(entry: Path) -> str | None:
    """None for a file to read; the catalog key of why a YAML-looking name is not read;
    "" for anything else (a README, a schema), passed over without a word."""
    name = entry.name
    if not name.lower().endswith(RECORD_SUFFIXES):
        return ""
    if _is_folder(entry):
        return "validate.not_read_folder"
    if name.startswith("."):
        return "validate.not_read_hidden"
    if not name.endswith(SUFFIX):
        return "validate.not_read_extension"
    return None


def _is_folder(entry: Path) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False  # read as a file, which says why it cannot be


def _usable(entry: Path) -> str:
    """The name the file would be read under: ``jonas.YAML`` and ``.jonas.yml`` as ``jonas.yaml``."""
    name = entry.name
    suffix = next(s for s in RECORD_SUFFIXES if name.lower().endswith(s))
    stem = name[: -len(suffix)].lstrip(".")
    return f"{stem or 'ID'}{SUFFIX}"


def _unreadable_folder(folder: Path, exc: OSError) -> Problem:
    reason = exc.strerror or type(exc).__name__
    return Problem.of(str(folder), "validate.unreadable_folder", code="unreadable", reason=reason)


def validate_paths(
    paths: Iterable[Path],
    view: Callable[[Seeker | Workplace], Any] | None = None,
    started: Callable[[], object] | None = None,
) -> ValidationReport:
    """Load every file, collect every problem, and check ids across files.

    With ``view``, each valid record is kept only as ``view(record)``, in
    ``views``: every file is read and checked all the same, but the workers
    send back only what the view picks, which is much less to hand over.
    ``started`` is called once the files are being read (any workers forked):
    a caller may start other work in a thread of its own then.
    """
    found = Discovery.of(paths)
    report = ValidationReport(
        problems=list(found.problems), unread=list(found.unread), empty=list(found.empty)
    )
    first_seen: dict[tuple[Kind, str], str] = {}
    files = found.files
    for path, (record, problems) in zip(files, _load_all(files, view, started), strict=True):
        report.files += 1
        report.problems.extend(problems)
        if record is None or any(p.severity == "error" for p in problems):
            continue
        kind: Kind
        if isinstance(record, _Viewed):
            kind = record.kind
        else:
            kind = "seeker" if isinstance(record, Seeker) else "workplace"
        if (kind, record.id) in first_seen:
            key, first = f"validate.duplicate_id_{kind}", first_seen[kind, record.id]
            line, column = _id_place(path)
            duplicate = Problem.of(
                str(path),
                key,
                line=line,
                column=column,
                field="id",
                code="duplicate_id",
                first=first,
            )
            report.problems.append(duplicate)
            continue
        first_seen[kind, record.id] = str(path)
        if isinstance(record, _Viewed):
            report.views[kind][record.id] = record.value
        else:
            _store(report, record)
    return report


_ID_LINE = re.compile(r"^id[ \t]*:", re.MULTILINE)


def _id_place(path: Path) -> tuple[int, int]:
    """The line and column of a valid file's top-level ``id:`` (0, 0 if not found): read
    again only for a duplicate, so that its problem says where, as every other one does."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, ValueError):
        return 0, 0
    found = _ID_LINE.search(text)
    return (text.count("\n", 0, found.start()) + 1, 1) if found else (0, 0)


class _Viewed(NamedTuple):
    """A valid record as its view: what a worker sends back in its place."""

    kind: Kind
    id: str
    value: Any


Loaded = tuple[Seeker | Workplace | _Viewed | None, list[Problem]]
PARALLEL_FROM = 500


def _load_all(
    files: list[Path],
    view: Callable[[Seeker | Workplace], Any] | None = None,
    started: Callable[[], object] | None = None,
) -> Iterator[Loaded]:
    """Load files in order; many files are spread over the cores (forked workers)."""
    load = load_record if view is None else partial(_load_viewed, view)
    workers = min(os.cpu_count() or 1, 8)
    if len(files) < PARALLEL_FROM or workers < 2 or not _can_fork():
        if started is not None:
            started()
        return map(load, files)
    return _load_parallel(files, workers, load, started)


def _can_fork() -> bool:
    import multiprocessing  # a few milliseconds: only for a folder large enough to share out

    return "fork" in multiprocessing.get_all_start_methods()


def _load_viewed(view: Callable[[Seeker | Workplace], Any], path: Path) -> Loaded:
    record, problems = load_record(path)
    if record is None or any(p.severity == "error" for p in problems):
        return None, problems
    kind: Kind = "seeker" if isinstance(record, Seeker) else "workplace"
    return _Viewed(kind, record.id, view(record)), problems


def _load_parallel(
    files: list[Path],
    workers: int,
    load: Callable[[Path], Loaded] = load_record,
    started: Callable[[], object] | None = None,
) -> Iterator[Loaded]:
    """Load in forked workers with Ctrl-C (and SIGTERM, SIGHUP) held back until they are done.

    An interrupt that lands while workers fork or while the pool holds its
    locks can leave the pool hanging; blocking SIGINT here (the workers
    inherit the block) defers it by the few seconds loading takes, after
    which it ends the command with 130 as usual (SIGTERM and SIGHUP: 128+N).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, len(files) // (workers * 4))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    context = multiprocessing.get_context("fork")
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            pending = pool.map(partial(_load_chunk, load), chunks)  # every worker forked
            if started is not None:
                started()
            loaded = list(pending)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    for part in loaded:
        yield from part


_HELD = {signal.SIGINT, *(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))}


def _load_chunk(load: Callable[[Path], Loaded], files: list[Path]) -> list[Loaded]:
    with paused_gc():  # every record lives on, to be sent back: nothing to collect
        return [load(path) for path in files]


def _store(report: ValidationReport, record: Seeker | Workplace) -> None:
    if isinstance(record, Seeker):
        report.seekers[record.id] = record
    else:
        report.workplaces[record.id] = record


def load_data(root: Path, *, skip_invalid: bool = False) -> DataSet:
    """Load a data folder; refuse it when a file is invalid, unless ``skip_invalid``."""
    report = _load_folder(root, skip_invalid, None)
    return DataSet(
        root=root,
        seekers=dict(sorted(report.seekers.items())),
        workplaces=dict(sorted(report.workplaces.items())),
        skipped=tuple(report.invalid),
        warnings=tuple(report.warnings),
        unread=tuple(report.unread),
    )


def load_views(
    root: Path,
    view: Callable[[Seeker | Workplace], V],
    *,
    skip_invalid: bool = False,
    started: Callable[[], object] | None = None,
) -> Views[V]:
    """:func:`load_data` for a command that needs only a little of each record.

    Every file is read and checked as by :func:`load_data`, with the same
    problems and the same refusal; each valid record is kept only as
    ``view(record)`` (a module-level function: the workers are handed it
    by name). ``started``: as for :func:`validate_paths`.
    """
    report = _load_folder(root, skip_invalid, view, started)
    return Views(
        root=root,
        seekers=dict(sorted(report.views["seeker"].items())),
        workplaces=dict(sorted(report.views["workplace"].items())),
        skipped=tuple(report.invalid),
        warnings=tuple(report.warnings),
        unread=tuple(report.unread),
    )


def _load_folder(
    root: Path,
    skip_invalid: bool,
    view: Callable[[Seeker | Workplace], Any] | None,
    started: Callable[[], object] | None = None,
) -> ValidationReport:
    if not _has_data_folder(root):
        raise NotFoundError(key="error.no_data_folder", path=root, env=DATA_ENV)
    with paused_gc():
        report = validate_paths([root], view, started)
    if report.invalid and not skip_invalid:
        raise InvalidDataError(report.invalid)
    return report


def _has_data_folder(root: Path) -> bool:
    """Whether ``root`` holds profiles/ or workplaces/; a folder that cannot be read says so."""
    try:
        return any((root / name).is_dir() for name in FOLDERS.values())
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise FileAccessError(root, "", key="error.cannot_read_folder", reason=reason) from None


def find_seeker(data: DataSet, ref: str) -> Seeker:
    """A seeker by id, or by a path to its file."""
    found = _find(data.seekers, ref, "seeker", data.skipped)
    if not isinstance(found, Seeker):
        raise NotFoundError(key="error.not_seeker_file", path=ref)
    return found


def find_workplace(data: DataSet, ref: str) -> Workplace:
    """A workplace by id, or by a path to its file."""
    found = _find(data.workplaces, ref, "workplace", data.skipped)
    if not isinstance(found, Workplace):
        raise NotFoundError(key="error.not_workplace_file", path=ref)
    return found


def _find(
    records: Mapping[str, Seeker | Workplace],
    ref: str,
    kind: Kind,
    skipped: Iterable[Problem] = (),
) -> Seeker | Workplace:
    if ref in records:
        return records[ref]
    path = Path(ref)
    if path.suffix in RECORD_SUFFIXES and path.is_file():
        return _load_one(path, kind)
    _refuse_skipped(ref, kind, skipped)
    from rapidfuzz import process  # only for an id that is not found

    guesses = [g[0] for g in process.extract(ref, list(records), limit=3, score_cutoff=50)]
    folder = FOLDERS[kind]
    if guesses:
        key = f"error.no_{kind}_guess"
        raise NotFoundError(key=key, ref=ref, folder=folder, guesses=", ".join(guesses))
    raise NotFoundError(key=f"error.no_{kind}", ref=ref, folder=folder)


def _refuse_skipped(ref: str, kind: Kind, skipped: Iterable[Problem]) -> None:
    """A record whose file was left out as invalid (``--skip-invalid``): say so, and why."""
    folder = FOLDERS[kind]
    problems = [
        p
        for p in skipped
        if Path(p.path).name == f"{ref}{SUFFIX}" and Path(p.path).parent.name == folder
    ]
    if problems:
        lead = Problem.of(problems[0].path, f"error.skipped_{kind}", code="skipped", ref=ref)
        raise InvalidDataError(problems, lead=lead)


def _load_one(path: Path, kind: Kind) -> Seeker | Workplace:
    record, problems = load_record(path)
    errors = [p for p in problems if p.severity == "error"]
    if errors or record is None:
        raise InvalidDataError(errors)
    wanted = Seeker if kind == "seeker" else Workplace
    if not isinstance(record, wanted):
        raise NotFoundError(key=f"error.not_{kind}_file", path=path)
    return record
