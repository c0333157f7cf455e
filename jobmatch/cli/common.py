"""What every command shares: options, language, and turning errors into exit codes.

Option help texts are catalog keys (``help.option.*``), written in the
reader's language when the help is shown (:mod:`jobmatch.cli.help`).
"""

from __future__ import annotations

import functools
import gc
import io
import os
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from jobmatch.cli.language import (
    DATA_ENV,
    current,
    data_folder,
    fallback_language,
    interface_language,
    set_current,
)
from jobmatch.cli.signals import Ended
from jobmatch.errors import ExitCode, JobmatchError, UsageError
from jobmatch.i18n.catalog import message
from jobmatch.i18n.languages import given

if TYPE_CHECKING:
    from jobmatch.loading import DataSet

P = ParamSpec("P")
R = TypeVar("R")

DbOption = Annotated[
    str | None, typer.Option("--db", metavar="URL", help="help.option.db", show_default=False)
]
DataOption = Annotated[
    Path | None,
    typer.Option("--data", help="help.option.data", show_default=False),
]
LangOption = Annotated[
    str | None,
    typer.Option("--lang", metavar="nb|en", help="help.option.lang", show_default=False),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE", help="help.option.as_of", show_default=False),
]
SkipInvalidOption = Annotated[
    bool,
    typer.Option("--skip-invalid", help="help.option.skip_invalid"),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="help.option.quiet")]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="help.option.no_color")]


def warn(text: str) -> None:
    """A line for people, on stderr, printed as is (no markup).

    A stderr that cannot be written (closed, or its reader gone) loses the
    line, never the command's exit code.
    """
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def say(key: str, /, **values: object) -> None:
    """The catalog's ``key`` on stderr, in the language of the command's own words."""
    warn(message(current(), key, **values))


def resolve_lang(option: str | None, preferred: str | None = None) -> str:
    """The language of the output: ``--lang``; the record's own language where given; then
    as the command's own words (``$JOBMATCH_LANG``, ``jobmatch.toml``, the locale, English)."""
    return given(option, preferred) or current()


# ASCII digits only (a full-width "２７" is no date); the Norwegian form may drop a leading
# zero as Norwegians write it ("3.12.2026"), the ISO form may not
_ISO_DATE = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})")
_NORWEGIAN_DATE = re.compile(r"(?P<day>[0-9]{1,2})\.(?P<month>[0-9]{1,2})\.(?P<year>[0-9]{4})")


def parse_date(option: str, text: str) -> date:
    """``YYYY-MM-DD`` or the Norwegian ``DD.MM.YYYY``, with a four-digit year; anything else
    (or a day that does not exist) is a usage error."""
    given = text.strip()  # a date pasted with a space around it
    found = _ISO_DATE.fullmatch(given) or _NORWEGIAN_DATE.fullmatch(given)
    try:
        if found:
            return date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        pass
    raise UsageError(key="error.date_option", option=option)


def resolve_as_of(option: str | None) -> date:
    return date.today() if option is None else parse_date("--as-of", option)


def open_data(
    data: Path | None, skip_invalid: bool, quiet: bool, needs: tuple[str, ...] = ()
) -> DataSet:
    """Load the data folder, naming each skipped file on stderr, and each folder of
    ``needs`` (the ones the command matches against) that the data folder lacks: a
    folder with ``profiles/`` only is data, but ranking a seeker in it finds nothing."""
    from jobmatch.loading import load_data  # models and YAML: only for commands that read files

    dataset = load_data(data_folder(data), skip_invalid=skip_invalid)
    # The records live as long as the command: keep the collector from walking them again.
    gc.freeze()
    if not quiet:
        for problem in (*dataset.unread, *dataset.skipped):
            say("warning.skipped", problem=problem.render(current()))
        for folder in needs:
            if not (dataset.root / folder).is_dir():
                say("warning.no_folder", path=dataset.root, folder=folder, env=DATA_ENV)
    return dataset


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Run a command so that every failure becomes a message and an exit code, never a traceback.

    The language of the command's own words is chosen first (``--lang``,
    ``JOBMATCH_LANG``, ``jobmatch.toml``, the locale); an unknown code there
    ends the command with a usage error, said in the first language known.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        explicit, data = kwargs.get("lang"), kwargs.get("data")
        folder = data if isinstance(data, Path) else None
        try:
            set_current(interface_language(explicit if isinstance(explicit, str) else None, folder))
        except UsageError as exc:
            for line in exc.messages(fallback_language(folder)):
                warn(line)
            raise typer.Exit(int(exc.exit_code)) from None
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except JobmatchError as exc:
            for line in exc.messages(current()):
                warn(line)
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            say("cli.interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except Ended as ended:
            say("cli.ended", signal=ended.name)
            raise typer.Exit(ended.exit_code) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(0) from None
        except OSError as exc:
            _silence_stdout()
            reason = exc.strerror or type(exc).__name__
            if exc.filename is not None:
                say("error.io_path", path=exc.filename, reason=reason)
            else:
                say("error.io", reason=reason)
            raise typer.Exit(int(ExitCode.IO_ERROR)) from None
        except Exception as exc:
            say("error.unexpected", name=type(exc).__name__)
            raise typer.Exit(int(ExitCode.IO_ERROR)) from None

    return wrapper


def _silence_stdout() -> None:
    """After the reader of stdout left, send the rest to nowhere so Python's exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def output_path(text: str) -> Path:
    """``-o``'s value as a path; an empty name is a usage error (``Path("")`` would be ``.``)."""
    if not text:
        raise typer.BadParameter(message(current(), "error.empty_output"))
    return Path(text)


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="help.option.output",
        show_default=False,
        parser=output_path,
        metavar="<path>",
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="help.option.force")]
TopOption = Annotated[
    int | None, typer.Option("--top", min=0, help="help.option.top", show_default=False)
]
MinScoreOption = Annotated[
    float | None,
    typer.Option("--min-score", min=0, max=100, help="help.option.min_score", show_default=False),
]
DelimiterOption = Annotated[str, typer.Option("--delimiter", help="help.option.delimiter")]


def check_output(output: Path | None, force: bool) -> None:
    """Refuse before any work is done when the output file exists and --force is not given."""
    from jobmatch.errors import RefusedError

    if output is None or str(output) == "-":
        return
    if output.is_symlink() and not output.exists():
        from jobmatch.output.atomic import dangling_link

        raise dangling_link(output)
    if not output.exists():
        return
    if output.is_file() and not force:
        raise RefusedError(key="error.exists", path=output)


def emit(text: str, output: Path | None, force: bool) -> None:
    """Data to stdout, or to a file written atomically."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from jobmatch.output.atomic import write_atomic

    write_atomic(output, text, force=force)


FILE_WIDTH = 100
"""The width of terminal text written to a file."""


def terminal_width(output: Path | None) -> int:
    """The width ``emit_rich`` writes at: the terminal's, or ``FILE_WIDTH`` for a file."""
    from jobmatch.output.terminal import make_console

    return make_console().width if output is None or str(output) == "-" else FILE_WIDTH


def emit_rich(renderable: object, output: Path | None, force: bool, no_color: bool) -> None:
    """A rich rendering to the terminal, or as plain text (no colour, 100 columns) to a file."""
    from jobmatch.output.terminal import make_console

    if output is None or str(output) == "-":
        make_console(no_color=no_color).print(renderable)
        return
    buffer = io.StringIO()
    make_console(buffer, no_color=True, width=FILE_WIDTH).print(renderable)
    emit(buffer.getvalue(), output, force)


def check_delimiter(delimiter: str) -> str:
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise UsageError(key="error.delimiter")
    return delimiter
