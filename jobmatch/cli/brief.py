"""``jobmatch brief SEEKER WORKPLACE``: the brief for the first meeting."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jobmatch.brief.model import Audience, BriefFormat  # plain enums: cheap to import
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
    guarded,
    open_data,
    resolve_as_of,
    resolve_lang,
)
from jobmatch.errors import UsageError
from jobmatch.loading import find_seeker, find_workplace

if TYPE_CHECKING:
    from jobmatch.brief.model import Brief

_EXTENSIONS = {
    ".md": BriefFormat.MARKDOWN,
    ".markdown": BriefFormat.MARKDOWN,
    ".html": BriefFormat.HTML,
    ".htm": BriefFormat.HTML,
}


@guarded
def brief(
    seeker: Annotated[str, typer.Argument(help="Seeker id or file path.")],
    workplace: Annotated[str, typer.Argument(help="Workplace id or file path.")],
    audience: Annotated[
        Audience,
        typer.Option("--audience", help="Who the brief is for: adviser, employer or seeker."),
    ] = Audience.ADVISER,
    output_format: Annotated[
        BriefFormat | None,
        typer.Option(
            "--format",
            help="terminal, markdown or html (default: from the -o file's extension; "
            "else terminal on a terminal, markdown otherwise).",
            show_default=False,
        ),
    ] = None,
    meeting_date: Annotated[
        str | None, typer.Option("--meeting-date", help="Date of the meeting, YYYY-MM-DD.")
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """The brief for the first meeting of seeker, employer and adviser."""
    check_output(output, force)
    day, meeting = resolve_as_of(as_of), _meeting_date(meeting_date)
    fmt = choose_format(output_format, output, sys.stdout.isatty())
    from jobmatch.api import Engine  # numpy, the vocabulary and Jinja2: not for --help
    from jobmatch.brief import build_brief, render

    dataset = open_data(data, skip_invalid, quiet)
    person, place = find_seeker(dataset, seeker), find_workplace(dataset, workplace)
    language = resolve_lang(lang, person.language if audience is Audience.SEEKER else None)
    match = Engine.for_data(dataset, day).score(person, place)
    document = build_brief(
        person, place, match, audience=audience, lang=language, as_of=day, meeting_date=meeting
    )
    if fmt is BriefFormat.TERMINAL and _to_stdout(output) and sys.stdout.isatty():
        _print_terminal(document, no_color)
        return
    # to a pipe or a file: 80 columns, so that the same input gives the same bytes
    emit(render(document, fmt, width=80), output, force)


def choose_format(option: BriefFormat | None, output: Path | None, tty: bool) -> BriefFormat:
    """``--format``; else the ``-o`` file's extension; else terminal on a tty, else Markdown."""
    if option is not None:
        return option
    if output is not None and not _to_stdout(output):
        return _EXTENSIONS.get(output.suffix.lower(), BriefFormat.MARKDOWN)
    return BriefFormat.TERMINAL if tty else BriefFormat.MARKDOWN


def _to_stdout(output: Path | None) -> bool:
    return output is None or str(output) == "-"


def _meeting_date(option: str | None) -> date | None:
    if option is None:
        return None
    try:
        return date.fromisoformat(option)
    except ValueError:
        raise UsageError("--meeting-date: write the date as YYYY-MM-DD") from None


def _print_terminal(document: Brief, no_color: bool) -> None:
    from jobmatch.brief.terminal import brief_renderable
    from jobmatch.output.terminal import make_console

    make_console(no_color=no_color).print(brief_renderable(document))
