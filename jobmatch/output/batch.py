"""``jobmatch batch`` output: matches streamed as JSON lines, CSV or JSON, and assignments.

Each format is a :class:`MatchWriter` (header, matches as they come, footer)
and an assignment renderer; :func:`match_writer` and :func:`assignment_renderer`
map every :class:`BatchFormat` to them (a member without a branch fails the
type check), and :data:`MATCH_WRITERS` and :data:`ASSIGNMENT_RENDERERS` hold
the same as tables.

JSON written piece by piece is byte for byte what ``to_json`` would write
for the whole body, so a large batch never sits in memory as one object.

Files are written through :func:`atomic_stream`: into a temporary file in
the target's folder, renamed into place only when everything is written;
on failure nothing is left behind.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar, assert_never, cast

from jobmatch.output.atomic import atomic_stream
from jobmatch.output.csvout import BOM, csv_line
from jobmatch.output.jsonout import ENGINE_KEY, engine, scores_document, to_json
from jobmatch.output.matches import CSV_COLUMNS, csv_row, match_dict

if TYPE_CHECKING:
    from jobmatch.scoring.assign import Assignment
    from jobmatch.scoring.match import Match

ASSIGNMENT_COLUMNS = ("seeker", "workplace", "score")
T = TypeVar("T")


class BatchFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    JSON = "json"


class MatchWriter:
    """Writes matches to a text stream as they come: ``begin``, ``write`` (any number), ``end``."""

    def __init__(self, stream: TextIO, lang: str, as_of: date, delimiter: str = ",") -> None:
        self.stream = stream
        self.lang = lang
        self.as_of = as_of
        self.delimiter = delimiter

    def begin(self) -> None:
        """Anything before the first match."""

    def write(self, matches: Sequence[Match]) -> None:
        raise NotImplementedError

    def end(self) -> None:
        """Anything after the last match."""


class JsonLinesWriter(MatchWriter):
    """One match a line: an element of ``rank --format json``, and its ``engine_version``.

    JSON lines have no head to say which engine made the scores, so each line
    says it last (a line of its own would not be a match).
    """

    def write(self, matches: Sequence[Match]) -> None:
        stamp = {ENGINE_KEY: engine()}
        lines = (to_json(match_dict(m, self.lang) | stamp, indent=None) for m in matches)
        self.stream.write("".join(line + "\n" for line in lines))


class CsvWriter(MatchWriter):
    """UTF-8 with a BOM, the header, then one row a match (formula cells neutralised)."""

    def begin(self) -> None:
        self.stream.write(BOM + csv_line(CSV_COLUMNS, self.delimiter))

    def write(self, matches: Sequence[Match]) -> None:
        self.stream.write("".join(csv_line(csv_row(m, self.lang), self.delimiter) for m in matches))


class JsonWriter(MatchWriter):
    """``{"schema_version": 1, "engine_version": ID, "as_of": DATE, "results": [MATCH, ...]}``,
    written as it comes."""

    _INDENT = "    "

    def begin(self) -> None:
        head = to_json(scores_document(as_of=self.as_of.isoformat(), results=[]))
        self.stream.write(head[: head.rindex("[") + 1])
        self.first = True

    def write(self, matches: Sequence[Match]) -> None:
        for m in matches:
            body = to_json(match_dict(m, self.lang)).replace("\n", "\n" + self._INDENT)
            self.stream.write(("\n" if self.first else ",\n") + self._INDENT + body)
            self.first = False

    def end(self) -> None:
        self.stream.write("]\n}\n" if self.first else "\n  ]\n}\n")


def match_writer(fmt: BatchFormat) -> type[MatchWriter]:
    """The writer of matches in ``fmt``."""
    match fmt:
        case BatchFormat.JSONL:
            return JsonLinesWriter
        case BatchFormat.CSV:
            return CsvWriter
        case BatchFormat.JSON:
            return JsonWriter
        case _:
            assert_never(fmt)


MATCH_WRITERS: dict[BatchFormat, type[MatchWriter]] = {f: match_writer(f) for f in BatchFormat}


def _placement_rows(result: Assignment) -> list[dict[str, Any]]:
    """Each placement, then each seeker left without one (workplace and score empty)."""
    placed: list[dict[str, Any]] = [
        {"seeker": p.seeker, "workplace": p.workplace, "score": round(p.score, 1)}
        for p in result.placements
    ]
    return placed + [{"seeker": s, "workplace": None, "score": None} for s in result.unassigned]


def assignment_json(result: Assignment, as_of: date, delimiter: str = ",") -> str:
    body = scores_document(
        as_of=as_of.isoformat(),
        objective=result.objective.value,
        assignments=_placement_rows(result)[: len(result.placements)],
        unassigned=list(result.unassigned),
        total_score=round(result.total_score, 1),
    )
    return to_json(body) + "\n"


def assignment_jsonl(result: Assignment, as_of: date, delimiter: str = ",") -> str:
    """One placement a line; then one line per unassigned seeker, with ``workplace`` and ``score``
    null; each line ends with its ``engine_version``, as a match line does."""
    stamp = {ENGINE_KEY: engine()}
    return "".join(to_json(row | stamp, indent=None) + "\n" for row in _placement_rows(result))


def assignment_csv(result: Assignment, as_of: date, delimiter: str = ",") -> str:
    """One row a placement; then one row per unassigned seeker, with workplace and score empty."""
    rows = [[row[c] for c in ASSIGNMENT_COLUMNS] for row in _placement_rows(result)]
    return BOM + "".join(csv_line(r, delimiter) for r in [list(ASSIGNMENT_COLUMNS), *rows])


AssignmentRenderer = Callable[["Assignment", date, str], str]


def assignment_renderer(fmt: BatchFormat) -> AssignmentRenderer:
    """The renderer of an assignment in ``fmt``."""
    match fmt:
        case BatchFormat.JSONL:
            return assignment_jsonl
        case BatchFormat.CSV:
            return assignment_csv
        case BatchFormat.JSON:
            return assignment_json
        case _:
            assert_never(fmt)


ASSIGNMENT_RENDERERS: dict[BatchFormat, AssignmentRenderer] = {
    f: assignment_renderer(f) for f in BatchFormat
}


@contextlib.contextmanager
def open_output(path: Path | None, force: bool) -> Iterator[TextIO]:
    """Standard output (``None`` or ``-``), or a file written atomically."""
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    with atomic_stream(path, force=force) as stream:
        yield cast(TextIO, stream)


__all__ = [
    "ASSIGNMENT_RENDERERS",
    "MATCH_WRITERS",
    "BatchFormat",
    "MatchWriter",
    "assignment_renderer",
    "match_writer",
    "open_output",
]
