"""What every command shares: options, language, and turning errors into exit codes."""

from __future__ import annotations

import functools
import gc
import io
import locale
import os
import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from jobmatch.errors import ExitCode, JobmatchError, UsageError
from jobmatch.loading import DataSet, load_data, resolve_data_dir

P = ParamSpec("P")
R = TypeVar("R")


class Lang(StrEnum):
    NB = "nb"
    EN = "en"


DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        help="Data folder with profiles/ and workplaces/ (default: $JOBMATCH_DATA, else here).",
        show_default=False,
    ),
]
LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of text: nb or en (default: $JOBMATCH_LANG, locale)."),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Date to measure visits from, YYYY-MM-DD (default: today)."),
]
SkipInvalidOption = Annotated[
    bool,
    typer.Option(
        "--skip-invalid", help="Leave invalid files out, with a warning, instead of stopping."
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No warnings or progress on stderr.")
]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="No colour in terminal output.")]


def warn(message: str) -> None:
    """A line for people, on stderr, printed as is (no markup)."""
    sys.stderr.write(message + "\n")


def resolve_lang(option: Lang | None, preferred: str | None = None) -> str:
    """``--lang``; a seeker's own language where given; ``$JOBMATCH_LANG``; the locale; English."""
    if option is not None:
        return option.value
    if preferred in ("nb", "en"):
        return preferred
    env = os.environ.get("JOBMATCH_LANG", "").strip().lower()
    if env in ("nb", "no", "en"):
        return "en" if env == "en" else "nb"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name) or ""
        if value:
            return "nb" if value.lower()[:2] in ("nb", "no", "nn") else "en"
    code = locale.getlocale()[0] or ""
    return "nb" if code.lower()[:2] in ("nb", "no", "nn") else "en"


def resolve_as_of(option: str | None) -> date:
    if option is None:
        return date.today()
    try:
        return date.fromisoformat(option)
    except ValueError:
        raise UsageError("--as-of: write the date as YYYY-MM-DD") from None


def open_data(data: Path | None, skip_invalid: bool, quiet: bool) -> DataSet:
    """Load the data folder, naming each skipped file on stderr."""
    dataset = load_data(resolve_data_dir(data), skip_invalid=skip_invalid)
    # The records live as long as the command: keep the collector from walking them again.
    gc.freeze()
    if not quiet:
        for problem in dataset.skipped:
            warn(f"skipped: {problem.render()}")
    return dataset


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Run a command so that every failure becomes a message and an exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except JobmatchError as exc:
            for line in exc.messages():
                warn(line)
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            warn("interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(0) from None
        except OSError as exc:
            _silence_stdout()
            warn(f"jobmatch: could not read or write: {exc.strerror or type(exc).__name__}")
            raise typer.Exit(int(ExitCode.IO_ERROR)) from None
        except Exception as exc:
            warn(f"jobmatch: unexpected error ({type(exc).__name__}); please report it")
            raise typer.Exit(int(ExitCode.IO_ERROR)) from None

    return wrapper


def _silence_stdout() -> None:
    """After the reader of stdout left, send the rest to nowhere so Python's exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (atomically, mode 0600); - is stdout."),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite an existing --output file.")]
TopOption = Annotated[
    int | None, typer.Option("--top", min=0, help="Show at most N matches (0: all).")
]
MinScoreOption = Annotated[
    float | None,
    typer.Option("--min-score", min=0, max=100, help="Leave out matches scoring below X."),
]
DelimiterOption = Annotated[str, typer.Option("--delimiter", help="CSV delimiter, e.g. ';'.")]


def check_output(output: Path | None, force: bool) -> None:
    """Refuse before any work is done when the output file exists and --force is not given."""
    from jobmatch.errors import RefusedError

    if output is None or str(output) == "-" or not output.exists():
        return
    if output.is_file() and not force:
        raise RefusedError(f"{output}: already exists; use --force to overwrite it")


def emit(text: str, output: Path | None, force: bool) -> None:
    """Data to stdout, or to a file written atomically."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from jobmatch.output.atomic import write_atomic

    write_atomic(output, text, force=force)


def emit_rich(renderable: object, output: Path | None, force: bool, no_color: bool) -> None:
    """A rich rendering to the terminal, or as plain text (no colour, 100 columns) to a file."""
    from jobmatch.output.terminal import make_console

    if output is None or str(output) == "-":
        make_console(no_color=no_color).print(renderable)
        return
    buffer = io.StringIO()
    make_console(buffer, no_color=True, width=100).print(renderable)
    emit(buffer.getvalue(), output, force)


def check_delimiter(delimiter: str) -> str:
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise UsageError("--delimiter: give one character, e.g. ';'")
    return delimiter
