"""``jobmatch validate [PATH...]``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, assert_never

import typer

from jobmatch.cli.common import DataOption, LangOption, QuietOption, guarded, say, warn
from jobmatch.cli.language import current
from jobmatch.errors import UNREADABLE, ExitCode
from jobmatch.i18n.catalog import plural
from jobmatch.loading import ValidationReport, resolve_data_dir, validate_paths
from jobmatch.output.jsonout import to_json


class ValidateFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


@guarded
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(help="help.validate.paths")] = None,
    data: DataOption = None,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", help="help.validate.format")
    ] = ValidateFormat.TEXT,
    lang: LangOption = None,
    quiet: QuietOption = False,
) -> None:
    """Check files or folders; list every problem as file:line:col (help: ``help.validate``)."""
    targets = paths or [resolve_data_dir(data)]
    missing = [p for p in targets if not p.exists()]
    for path in missing:
        say("validate.no_such_path", path=path)
    report = validate_paths(p for p in targets if p.exists())
    for path in report.empty:
        say("validate.nothing_to_check", path=path)
    nothing = bool(missing or report.empty) and report.files == 0 and not report.errors
    match output_format:
        case ValidateFormat.JSON:
            _print_json(report, current())
        case ValidateFormat.TEXT:
            _print_text(report, quiet or nothing, current())
        case _:
            assert_never(output_format)
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


def _print_text(report: ValidationReport, quiet: bool, lang: str) -> None:
    problems = report.errors + ([] if quiet else report.warnings)
    for problem in sorted(problems):
        warn(problem.render(lang))
    if quiet:
        return
    files = plural(lang, "validate.files", report.files)
    warnings = plural(lang, "validate.warnings", len(report.warnings))
    if report.errors:
        errors = plural(lang, "validate.problems", len(report.errors))
        say("validate.summary_invalid", files=files, problems=errors, warnings=warnings)
    else:
        say("validate.summary_valid", files=files, warnings=warnings)


def _print_json(report: ValidationReport, lang: str) -> None:
    """Machine keys as they are; each ``message`` in the chosen language."""
    body = {
        "schema_version": 1,
        "files": report.files,
        "problems": [p.as_dict(lang) for p in report.errors],
        "warnings": [p.as_dict(lang) for p in report.warnings],
    }
    sys.stdout.write(to_json(body) + "\n")
