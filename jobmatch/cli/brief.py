"""``jobmatch brief SEEKER WORKPLACE``: the brief for the first meeting."""

from __future__ import annotations

import sys
from collections.abc import Mapping
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
    parse_date,
    resolve_as_of,
    resolve_lang,
)
from jobmatch.cli.formats import check_extension, to_stdout
from jobmatch.loading import find_seeker, find_workplace

if TYPE_CHECKING:
    from jobmatch.brief.model import Brief

EXTENSIONS: Mapping[str, BriefFormat] = {
    ".md": BriefFormat.MARKDOWN,
    ".markdown": BriefFormat.MARKDOWN,
    ".html": BriefFormat.HTML,
    ".htm": BriefFormat.HTML,
    ".txt": BriefFormat.TERMINAL,
}
"""What ``-o`` may end with; ``.txt`` is the terminal text without colour (80 columns)."""


@guarded
def brief(
    seeker: Annotated[str, typer.Argument(help="help.arg.seeker")],
    workplace: Annotated[str, typer.Argument(help="help.arg.workplace")],
    audience: Annotated[
        Audience,
        typer.Option("--audience", help="help.brief.audience"),
    ] = Audience.ADVISER,
    output_format: Annotated[
        BriefFormat | None,
        typer.Option("--format", help="help.brief.format", show_default=False),
    ] = None,
    meeting_date: Annotated[
        str | None,
        typer.Option("--meeting-date", metavar="DATE", help="help.brief.meeting_date"),
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
    fmt = choose_format(output_format, output, sys.stdout.isatty())
    check_output(output, force)
    day = resolve_as_of(as_of)
    meeting = None if meeting_date is None else parse_date("--meeting-date", meeting_date)
    from jobmatch.api import Engine  # numpy, the vocabulary and Jinja2: not for --help
    from jobmatch.brief import audience_language, build_brief, render

    dataset = open_data(data, skip_invalid, quiet)
    person, place = find_seeker(dataset, seeker), find_workplace(dataset, workplace)
    language = resolve_lang(lang, audience_language(audience, person, place))
    match = Engine.for_data(dataset, day).score(person, place)
    plan = (
        _plan(dataset.root, person.id, place.id, day, language)
        if audience is Audience.ADVISER
        else ()
    )
    document = build_brief(
        person,
        place,
        match,
        audience=audience,
        lang=language,
        as_of=day,
        meeting_date=meeting,
        plan=plan,
    )
    from jobmatch.cli.auditing import audit_run

    audit_run(
        "brief",
        dataset.root,
        [("seeker", person.id), ("workplace", place.id)],
        {"audience": audience.value, "as_of": day.isoformat()},
        render(document, BriefFormat.MARKDOWN),
    )
    if fmt is BriefFormat.TERMINAL and to_stdout(output) and sys.stdout.isatty():
        _print_terminal(document, no_color)
        return
    # to a pipe or a file: 80 columns, so that the same input gives the same bytes
    emit(render(document, fmt, width=80), output, force)


def _plan(root: Path, seeker: str, workplace: str, day: date, lang: str) -> list[tuple[str, str]]:
    """The follow-up plan's dates once the pair has a placement in the log (none without a log)."""
    from jobmatch.store.location import log_exists, resolve_url

    url = resolve_url(None, root)
    if not log_exists(url):
        return []
    from jobmatch.store.briefing import plan_rows

    return plan_rows(url, root, seeker, workplace, day, lang)


def choose_format(option: BriefFormat | None, output: Path | None, tty: bool) -> BriefFormat:
    """``--format``; else the ``-o`` file's extension; else terminal on a tty, else Markdown.

    An ``-o`` extension the brief cannot be written as (``.pdf`` for now) is a usage error.
    """
    from_extension = check_extension("brief", output, EXTENSIONS)
    if option is not None:
        return option
    if from_extension is not None:
        return from_extension
    if not to_stdout(output):
        return BriefFormat.MARKDOWN  # a file name without an extension
    return BriefFormat.TERMINAL if tty else BriefFormat.MARKDOWN


def _print_terminal(document: Brief, no_color: bool) -> None:
    from jobmatch.brief.terminal import brief_renderable
    from jobmatch.output.terminal import make_console

    make_console(no_color=no_color).print(brief_renderable(document))
