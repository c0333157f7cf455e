"""``jobmatch explain SEEKER WORKPLACE``."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, assert_never

import typer

from jobmatch.cli.common import (
    AsOfOption,
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
    resolve_as_of,
    resolve_lang,
)
from jobmatch.cli.completion import complete_seeker, complete_workplace
from jobmatch.cli.formats import choose_format
from jobmatch.loading import find_seeker, find_workplace
from jobmatch.output.jsonout import scores_document, to_json
from jobmatch.output.matches import explain_dict
from jobmatch.output.terminal import explain_view


class ExplainFormat(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"


EXTENSIONS: Mapping[str, ExplainFormat] = {
    ".txt": ExplainFormat.TERMINAL,
    ".json": ExplainFormat.JSON,
}


@guarded
def explain(
    seeker: Annotated[str, typer.Argument(help="help.arg.seeker", autocompletion=complete_seeker)],
    workplace: Annotated[
        str, typer.Argument(help="help.arg.workplace", autocompletion=complete_workplace)
    ],
    output_format: Annotated[
        ExplainFormat | None,
        typer.Option("--format", help="help.explain.format", show_default=False),
    ] = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """The full breakdown of one match: components, tasks, exclusions, unknowns."""
    fmt = choose_format("explain", output_format, output, EXTENSIONS, ExplainFormat.TERMINAL)
    check_output(output, force)
    day, language = resolve_as_of(as_of), resolve_lang(lang)
    from jobmatch.api import Engine  # the engine loads numpy and the vocabulary: not for --help

    dataset = open_data(data, skip_invalid, quiet)
    person, place = find_seeker(dataset, seeker), find_workplace(dataset, workplace)
    match = Engine.for_data(dataset, day).score(person, place)
    match fmt:
        case ExplainFormat.JSON:
            body = scores_document(as_of=day.isoformat(), **explain_dict(match, language))
            emit(to_json(body) + "\n", output, force)
        case ExplainFormat.TERMINAL:
            names = {person.id: person.name, place.id: place.name}
            emit_rich(explain_view(match, names, language), output, force, no_color)
        case _:
            assert_never(fmt)
