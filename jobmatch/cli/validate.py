"""``jobmatch validate [PATH...]``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, assert_never

import typer

from jobmatch.cli.common import (
    DataOption,
    ForceOption,
    LangOption,
    OutputOption,
    QuietOption,
    check_output,
    emit,
    guarded,
    say,
    warn,
)
from jobmatch.cli.formats import choose_format
from jobmatch.cli.language import current
from jobmatch.errors import UNREADABLE, ExitCode
from jobmatch.i18n.catalog import message, plural
from jobmatch.loading import ValidationReport, resolve_data_dir, validate_paths
from jobmatch.output.jsonout import to_json


class ValidateFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


EXTENSIONS = {".txt": ValidateFormat.TEXT, ".json": ValidateFormat.JSON}


@guarded
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(help="help.validate.paths")] = None,
    data: DataOption = None,
    output_format: Annotated[
        ValidateFormat | None,
        typer.Option("--format", help="help.validate.format", show_default=False),
    ] = None,
    lang: LangOption = None,
    quiet: QuietOption = False,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Check files or folders; list every problem as file:line:col (help: ``help.validate``).

    The text report goes to stderr (or to ``-o FILE``); the JSON report to stdout (or
    to ``-o FILE``). The exit code is the same either way.
    """
    fmt = choose_format("validate", output_format, output, EXTENSIONS, ValidateFormat.TEXT)
    check_output(output, force)
    targets = paths or [resolve_data_dir(data)]
    missing = [p for p in targets if not p.exists()]
    for path in missing:
        say("validate.no_such_path", path=path)
    report = validate_paths(p for p in targets if p.exists())
    for path in report.empty:
        say("validate.nothing_to_check", path=path)
    nothing = bool(missing or report.empty) and report.files == 0 and not report.errors
    match fmt:
        case ValidateFormat.JSON:
            emit(_json(report, current()), output, force)
        case ValidateFormat.TEXT:
            lines = _text(report, quiet or nothing, current())
            if output is None:
                for line in lines:
                    warn(line)
            else:
                emit("".join(f"{line}\n" for line in lines), output, force)
        case _:
            assert_never(fmt)
    code = _exit_code(report, bool(missing or report.empty))
    if code is not ExitCode.OK:
        raise typer.Exit(int(code))


def _exit_code(report: ValidationReport, not_found: bool) -> ExitCode:
    """3 when a path is missing or holds nothing to check, as for ``rank``; then 5 when a file
    or folder could not be read; then 1 for invalid data."""
    if not_found:
        return ExitCode.NOT_FOUND
    if any(p.code == UNREADABLE for p in report.errors):
        return ExitCode.IO_ERROR
    return ExitCode.INVALID_DATA if report.errors else ExitCode.OK


def _text(report: ValidationReport, quiet: bool, lang: str) -> list[str]:
    """Every problem (and warning, unless ``quiet``) a line, then the summary."""
    problems = report.errors + ([] if quiet else report.warnings)
    lines = [problem.render(lang) for problem in sorted(problems)]
    if quiet:
        return lines
    files = plural(lang, "validate.files", report.files)
    warnings = plural(lang, "validate.warnings", len(report.warnings))
    if report.errors:
        errors = plural(lang, "validate.problems", len(report.errors))
        summary = message(
            lang, "validate.summary_invalid", files=files, problems=errors, warnings=warnings
        )
    else:
        summary = message(lang, "validate.summary_valid", files=files, warnings=warnings)
    return [*lines, summary]


def _json(report: ValidationReport, lang: str) -> str:
    """Machine keys as they are; each ``message`` in the chosen language."""
    body = {
        "schema_version": 1,
        "files": report.files,
        "problems": [p.as_dict(lang) for p in report.errors],
        "warnings": [p.as_dict(lang) for p in report.warnings],
    }
    return to_json(body) + "\n"
