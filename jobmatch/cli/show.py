"""``jobmatch show seeker|workplace ID``: one file as the adviser reads it."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, assert_never

import typer

from jobmatch.cli.common import (
    DataOption,
    ForceOption,
    LangOption,
    NoColorOption,
    OutputOption,
    QuietOption,
    SkipInvalidOption,
    check_output,
    emit,
    emit_rich,
    guarded,
    open_data,
    resolve_lang,
)
from jobmatch.cli.completion import complete_record
from jobmatch.cli.formats import choose_format
from jobmatch.cli.schema import FileKind
from jobmatch.loading import find_seeker, find_workplace
from jobmatch.models import Seeker, Workplace
from jobmatch.output.record import record_json, record_view


class ShowFormat(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"


EXTENSIONS = {".txt": ShowFormat.TERMINAL, ".json": ShowFormat.JSON}


@guarded
def show(
    kind: Annotated[FileKind, typer.Argument(help="help.arg.kind")],
    record_id: Annotated[
        str, typer.Argument(metavar="ID", help="help.show.id", autocompletion=complete_record)
    ],
    confidential: Annotated[
        bool, typer.Option("--confidential", help="help.show.confidential")
    ] = False,
    output_format: Annotated[
        ShowFormat | None, typer.Option("--format", help="help.show.format", show_default=False)
    ] = None,
    data: DataOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Show one seeker or workplace, the adviser's view; confidential notes only when asked."""
    fmt = choose_format("show", output_format, output, EXTENSIONS, ShowFormat.TERMINAL)
    check_output(output, force)
    language = resolve_lang(lang)
    dataset = open_data(data, skip_invalid, quiet)
    record: Seeker | Workplace = (
        find_seeker(dataset, record_id)
        if kind == FileKind.SEEKER
        else find_workplace(dataset, record_id)
    )
    match fmt:
        case ShowFormat.JSON:
            emit(record_json(record), output, force)
        case ShowFormat.TERMINAL:
            emit_rich(record_view(record, language, confidential), output, force, no_color)
        case _:
            assert_never(fmt)
