"""``jobmatch list seekers|workplaces``: every record's id and the facts to find it by."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, assert_never

import typer

from jobmatch.cli.common import (
    AsOfOption,
    DataOption,
    DbOption,
    DelimiterOption,
    ForceOption,
    LangOption,
    NoColorOption,
    OutputOption,
    QuietOption,
    SkipInvalidOption,
    check_delimiter,
    check_output,
    emit,
    emit_rich,
    guarded,
    open_data,
    parse_date,
    resolve_as_of,
    resolve_lang,
    terminal_width,
)
from jobmatch.cli.formats import choose_format
from jobmatch.errors import UsageError
from jobmatch.models import Purpose, Status
from jobmatch.output.listing import list_csv, list_json, list_table
from jobmatch.overview import Filters, seeker_rows, workplace_rows


class ListKind(StrEnum):
    SEEKERS = "seekers"
    WORKPLACES = "workplaces"


class ListFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


EXTENSIONS = {".txt": ListFormat.TABLE, ".json": ListFormat.JSON, ".csv": ListFormat.CSV}


@guarded
def list_records(
    kind: Annotated[ListKind, typer.Argument(help="help.list.kind")],
    status: Annotated[
        Status | None, typer.Option("--status", help="help.list.status", show_default=False)
    ] = None,
    municipality: Annotated[
        str | None,
        typer.Option("--municipality", help="help.list.municipality", show_default=False),
    ] = None,
    purpose: Annotated[
        Purpose | None, typer.Option("--purpose", help="help.list.purpose", show_default=False)
    ] = None,
    not_visited_since: Annotated[
        str | None,
        typer.Option(
            "--not-visited-since",
            metavar="DATE",
            help="help.list.not_visited_since",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        ListFormat | None, typer.Option("--format", help="help.rank.format", show_default=False)
    ] = None,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    delimiter: DelimiterOption = ",",
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """List every seeker or workplace of the data folder, with its id, filtered as asked."""
    check_delimiter(delimiter)
    since = None
    if not_visited_since is not None:
        since = parse_date("--not-visited-since", not_visited_since)
    _check_filters(kind, status is not None, since is not None)
    fmt = choose_format("list", output_format, output, EXTENSIONS, ListFormat.TABLE)
    check_output(output, force)
    language = resolve_lang(lang)
    dataset = open_data(data, skip_invalid, quiet)
    filters = Filters(status, municipality, purpose, since)
    from jobmatch.cli.auditing import placed_now  # reads the follow-up log, if there is one

    placed, taken = placed_now(dataset.root, resolve_as_of(as_of), db)
    if kind == ListKind.SEEKERS:
        rows = seeker_rows(dataset.seekers.values(), filters, placed)
    else:
        rows = workplace_rows(dataset.workplaces.values(), filters, taken)
    match fmt:
        case ListFormat.JSON:
            emit(list_json(kind.value, rows), output, force)
        case ListFormat.CSV:
            emit(list_csv(kind.value, rows, delimiter), output, force)
        case ListFormat.TABLE:
            width = terminal_width(output)
            emit_rich(list_table(kind.value, rows, language, width), output, force, no_color)
        case _:
            assert_never(fmt)


def _check_filters(kind: ListKind, status: bool, since: bool) -> None:
    """``--status`` is about seekers, ``--not-visited-since`` about workplaces."""
    if status and kind == ListKind.WORKPLACES:
        raise UsageError(key="error.list_filter", option="--status", kind=kind.value)
    if since and kind == ListKind.SEEKERS:
        raise UsageError(key="error.list_filter", option="--not-visited-since", kind=kind.value)
