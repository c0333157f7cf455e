"""``jobmatch batch``: every active seeker against every workplace, for scripts."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from jobmatch.cli.common import (
    AsOfOption,
    DataOption,
    DelimiterOption,
    ForceOption,
    LangOption,
    MinScoreOption,
    NoColorOption,
    OutputOption,
    QuietOption,
    SkipInvalidOption,
    check_delimiter,
    check_output,
    guarded,
    open_data,
    resolve_as_of,
    resolve_lang,
)
from jobmatch.output.batch import ASSIGNMENT_RENDERERS, MATCH_WRITERS, BatchFormat, open_output

if TYPE_CHECKING:
    from rich.progress import Progress

T = TypeVar("T")


class ObjectiveChoice(StrEnum):
    """``--objective``; the values of :class:`jobmatch.scoring.assign.Objective` (not imported for --help)."""

    SCORE = "score"
    PLACED = "placed"


BATCH_HELP = """Score every active seeker against every workplace, for scripts.

Writes each seeker's best matches (--top per seeker, best first; seekers in
id order) as JSON lines, CSV or JSON, streamed as they are ready. Only
seekers with status active (or no status) are scored.

Excluded pairs (score 0) are written only with --show-excluded or --top 0:
after the seeker's included matches, by workplace id, each with its
exclusions, as `jobmatch rank SEEKER --show-excluded` lists them. --top 0
writes every pair (active seekers x workplaces). --top and --min-score apply
to the included matches only. Without either, excluded pairs are not
written.

With --assign, places each seeker at most one workplace and each workplace
at most its capacity (unknown capacity: one place), using only pairs that
are not excluded (and not below --min-score; --top and --show-excluded do
not apply).
--objective score maximises the total score; placed places the most seekers,
then maximises the total score. json prints {"schema_version", "as_of",
"objective", "assignments", "unassigned", "total_score"}; jsonl prints one
{"seeker", "workplace", "score"} a line, then one line per unassigned
seeker with "workplace" and "score" null; csv prints one row each, an
unassigned seeker with an empty workplace and score.
"""


@guarded
def batch(
    output_format: Annotated[
        BatchFormat, typer.Option("--format", help="jsonl, csv or json.")
    ] = BatchFormat.JSONL,
    top: Annotated[
        int,
        typer.Option(
            "--top", min=0, help="Included matches per seeker; 0 for every pair, excluded too."
        ),
    ] = 10,
    min_score: MinScoreOption = None,
    show_excluded: Annotated[
        bool,
        typer.Option(
            "--show-excluded", help="After each seeker's top matches, its excluded ones, with why."
        ),
    ] = False,
    assign: Annotated[
        bool, typer.Option("--assign", help="Assign each seeker at most one workplace (see above).")
    ] = False,
    objective: Annotated[
        ObjectiveChoice, typer.Option("--objective", help="With --assign: score or placed.")
    ] = ObjectiveChoice.SCORE,
    delimiter: DelimiterOption = ",",
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    check_delimiter(delimiter)
    check_output(output, force)
    day, language = resolve_as_of(as_of), resolve_lang(lang)
    from jobmatch.api import Engine, batch_scorer  # numpy and the vocabulary: not for --help

    dataset = open_data(data, skip_invalid, quiet)
    scorer = batch_scorer(dataset, Engine.for_data(dataset, day))
    with _progress(quiet, no_color) as bar, open_output(output, force) as stream:
        count = len(scorer.seekers)
        if assign:
            from jobmatch.scoring.assign import Objective, assign_scored

            chunks = _counted(scorer.chunks(), bar, count, lambda c: c.stop - c.start)
            result = assign_scored(scorer, chunks, Objective(objective.value), min_score)
            stream.write(ASSIGNMENT_RENDERERS[output_format](result, day, delimiter))
            return
        writer = MATCH_WRITERS[output_format](stream, language, day, delimiter)
        writer.begin()
        groups = scorer.results(top, min_score, show_excluded=show_excluded)
        for group in _counted(groups, bar, count, len):
            for found in group:
                writer.write(found.matches)
            stream.flush()
        writer.end()


batch.__doc__ = BATCH_HELP


def _progress(quiet: bool, no_color: bool) -> AbstractContextManager[Progress | None]:
    """A progress bar on stderr for people watching a terminal; none for scripts or --quiet."""
    if quiet or not sys.stderr.isatty():
        return nullcontext()
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True, no_color=no_color or None)  # None: rich reads NO_COLOR
    columns = (TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    return Progress(*columns, console=console, transient=True)


def _counted(items: Iterable[T], bar: Progress | None, total: int, size: Any) -> Iterator[T]:
    """Pass items through, advancing the bar by ``size(item)`` seekers each."""
    task = bar.add_task("seekers", total=total) if bar is not None else None
    for item in items:
        yield item
        if bar is not None and task is not None:
            bar.advance(task, size(item))
