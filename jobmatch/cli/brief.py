"""``jobmatch brief SEEKER WORKPLACE``: the brief for the first meeting."""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jobmatch.brief.model import Audience, BriefFormat  # plain enums: cheap to import
from jobmatch.cli.common import (
    AsOfOption,
    DataOption,
    DbOption,
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
from jobmatch.cli.completion import complete_seeker, complete_workplace
from jobmatch.cli.formats import check_extension, to_stdout
from jobmatch.errors import UsageError
from jobmatch.loading import find_seeker, find_workplace

if TYPE_CHECKING:
    from jobmatch.brief.model import Brief

EXTENSIONS: Mapping[str, BriefFormat] = {
    ".md": BriefFormat.MARKDOWN,
    ".markdown": BriefFormat.MARKDOWN,
    ".html": BriefFormat.HTML,
    ".htm": BriefFormat.HTML,
    ".txt": BriefFormat.TERMINAL,
    ".json": BriefFormat.JSON,
    ".pdf": BriefFormat.PDF,
    ".docx": BriefFormat.DOCX,
}
"""What ``-o`` may end with; ``.txt`` is the terminal text without colour (80 columns)."""
_CLOCK = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")
"""``09:30``, ``9:30`` or ``09.30`` (the Norwegian way of writing the time)."""
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Control characters and bidirectional overrides: never into a brief from the command line."""


@guarded
def brief(
    seeker: Annotated[str, typer.Argument(help="help.arg.seeker", autocompletion=complete_seeker)],
    workplace: Annotated[
        str, typer.Argument(help="help.arg.workplace", autocompletion=complete_workplace)
    ],
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
    meeting_time: Annotated[
        str | None,
        typer.Option("--meeting-time", metavar="HH:MM", help="help.brief.meeting_time"),
    ] = None,
    meeting_place: Annotated[
        str | None,
        typer.Option("--meeting-place", metavar="TEXT", help="help.brief.meeting_place"),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """The brief for the first meeting of seeker, employer and adviser."""
    fmt = choose_format(output_format, output, sys.stdout.isatty())
    _check_document(fmt, output)
    check_output(output, force)
    day = resolve_as_of(as_of)
    meeting = None if meeting_date is None else parse_date("--meeting-date", meeting_date)
    clock = None if meeting_time is None else parse_clock(meeting_time)
    place = None if meeting_place is None else check_place(meeting_place)
    from jobmatch.api import Engine  # numpy, the vocabulary and Jinja2: not for --help
    from jobmatch.brief import audience_language, build_brief, render, render_bytes

    dataset = open_data(data, skip_invalid, quiet)
    person, workplace_ = find_seeker(dataset, seeker), find_workplace(dataset, workplace)
    language = resolve_lang(lang, audience_language(audience, person, workplace_))
    match = Engine.for_data(dataset, day).score(person, workplace_)
    plan = (
        _plan(dataset.root, person.id, workplace_.id, day, language, db)
        if audience is Audience.ADVISER
        else ()
    )
    document = build_brief(
        person,
        workplace_,
        match,
        audience=audience,
        lang=language,
        as_of=day,
        meeting_date=meeting,
        meeting_time=clock,
        meeting_place=place,
        plan=plan,
    )
    from jobmatch.cli.auditing import audit_run

    audit_run(
        "brief",
        dataset.root,
        [("seeker", person.id), ("workplace", workplace_.id)],
        {"audience": audience.value, "as_of": day.isoformat()},
        render(document, BriefFormat.MARKDOWN),
        db,
    )
    if fmt is BriefFormat.TERMINAL and to_stdout(output) and sys.stdout.isatty():
        _print_terminal(document, no_color)
        return
    if fmt.binary:
        _emit_document(render_bytes(document, fmt), output, force)
        return
    # to a pipe or a file: 80 columns, so that the same input gives the same bytes
    emit(render(document, fmt, width=80), output, force)


def _plan(
    root: Path, seeker: str, workplace: str, day: date, lang: str, db: str | None = None
) -> list[tuple[str, str]]:
    """The follow-up plan's dates once the pair has a placement in the log (none without a log)."""
    from jobmatch.store.location import log_exists, resolve_url

    url = resolve_url(db, root)
    if not log_exists(url):
        return []
    from jobmatch.store.briefing import plan_rows

    return plan_rows(url, root, seeker, workplace, day, lang)


def choose_format(option: BriefFormat | None, output: Path | None, tty: bool) -> BriefFormat:
    """``--format``; else the ``-o`` file's extension; else terminal on a tty, else Markdown.

    An ``-o`` extension the brief cannot be written as (``.doc``, ``.csv``) is a usage error.
    """
    from_extension = check_extension("brief", output, EXTENSIONS)
    if option is not None:
        return option
    if from_extension is not None:
        return from_extension
    if not to_stdout(output):
        return BriefFormat.MARKDOWN  # a file name without an extension
    return BriefFormat.TERMINAL if tty else BriefFormat.MARKDOWN


def _check_document(fmt: BriefFormat, output: Path | None) -> None:
    """A PDF or Word brief needs its extra, and a file or a pipe: never the terminal's screen."""
    from jobmatch.brief import require

    require(fmt)
    if fmt.binary and to_stdout(output) and sys.stdout.isatty():
        raise UsageError(key="error.document_to_terminal", format=fmt.value)


def parse_clock(text: str) -> time:
    """``--meeting-time``: ``HH:MM`` (or ``HH.MM``), 24-hour clock; else a usage error."""
    found = _CLOCK.fullmatch(text.strip())
    if found is None:
        raise UsageError(key="error.time_option", option="--meeting-time")
    return time(int(found[1]), int(found[2]))


def check_place(text: str) -> str:
    """``--meeting-place`` on one line, with no control characters; else a usage error."""
    place = " ".join(text.split())
    if not place or _UNPRINTABLE.search(place):
        raise UsageError(key="error.place_option", option="--meeting-place")
    return place


def _emit_document(data: bytes, output: Path | None, force: bool) -> None:
    """A PDF or Word document to a pipe, or to a file written atomically with mode 0600."""
    if to_stdout(output) or output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from jobmatch.output.atomic import write_atomic

    write_atomic(output, data, force=force)


def _print_terminal(document: Brief, no_color: bool) -> None:
    from jobmatch.brief.terminal import brief_renderable
    from jobmatch.output.terminal import make_console

    make_console(no_color=no_color).print(brief_renderable(document))
