"""``jobmatch batch``: every active seeker against every workplace, for scripts."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from jobmatch.cli.auditing import audit_run, placed_now
from jobmatch.cli.common import (
    AsOfOption,
    DataOption,
    DbOption,
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
from jobmatch.cli.formats import choose_format
from jobmatch.cli.language import current
from jobmatch.i18n.catalog import message
from jobmatch.layout import FOLDERS
from jobmatch.output.batch import BatchFormat, assignment_renderer, match_writer, open_output

if TYPE_CHECKING:
    from rich.progress import Progress

T = TypeVar("T")


class ObjectiveChoice(StrEnum):
    """``--objective``; the values of :class:`jobmatch.scoring.assign.Objective` (not imported for --help)."""

    SCORE = "score"
    PLACED = "placed"


EXTENSIONS: Mapping[str, BatchFormat] = {
    ".jsonl": BatchFormat.JSONL,
    ".csv": BatchFormat.CSV,
    ".json": BatchFormat.JSON,
}


@guarded
def batch(
    output_format: Annotated[
        BatchFormat | None,
        typer.Option("--format", help="help.batch.format", show_default=False),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=0, help="help.batch.top")] = 10,
    min_score: MinScoreOption = None,
    show_excluded: Annotated[
        bool, typer.Option("--show-excluded", help="help.batch.show_excluded")
    ] = False,
    assign: Annotated[bool, typer.Option("--assign", help="help.batch.assign")] = False,
    objective: Annotated[
        ObjectiveChoice, typer.Option("--objective", help="help.batch.objective")
    ] = ObjectiveChoice.SCORE,
    delimiter: DelimiterOption = ",",
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Score every active seeker against every workplace, for scripts (help: ``help.batch``)."""
    check_delimiter(delimiter)
    fmt = choose_format("batch", output_format, output, EXTENSIONS, BatchFormat.JSONL)
    check_output(output, force)
    day, language = resolve_as_of(as_of), resolve_lang(lang)
    from jobmatch.api import Engine, batch_scorer  # numpy and the vocabulary: not for --help

    dataset = open_data(data, skip_invalid, quiet, tuple(FOLDERS.values()))
    placed, taken = placed_now(dataset.root, day, db) if assign else (None, {})
    scorer = batch_scorer(dataset, Engine.for_data(dataset, day))
    inputs = {"assign": assign, "top": top, "min_score": min_score, "as_of": day.isoformat()}
    audit_run("batch", dataset.root, [], inputs, "", db)
    with _progress(quiet, no_color) as bar, open_output(output, force) as stream:
        count = len(scorer.seekers)
        if assign:
            from jobmatch.scoring.assign import Objective, assign_scored

            chunks = _counted(scorer.chunks(), bar, count, lambda c: c.stop - c.start)
            result = assign_scored(
                scorer,
                chunks,
                Objective(objective.value),
                min_score,
                placed=placed or {},
                taken=taken,
            )
            stream.write(assignment_renderer(fmt)(result, day, delimiter))
            return
        writer = match_writer(fmt)(stream, language, day, delimiter)
        writer.begin()
        groups = scorer.results(top, min_score, show_excluded=show_excluded)
        for group in _counted(groups, bar, count, len):
            for found in group:
                writer.write(found.matches)
            stream.flush()
        writer.end()


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
    label = TextColumn(message(current(), "progress.scoring"))
    columns = (label, BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    return Progress(*columns, console=console, transient=True)


def _counted(items: Iterable[T], bar: Progress | None, total: int, size: Any) -> Iterator[T]:
    """Pass items through, advancing the bar by ``size(item)`` seekers each."""
    task = bar.add_task("seekers", total=total) if bar is not None else None
    for item in items:
        yield item
        if bar is not None and task is not None:
            bar.advance(task, size(item))
