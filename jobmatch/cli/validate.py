"""``jobmatch validate [PATH...]``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from jobmatch.cli.common import DataOption, QuietOption, guarded, warn
from jobmatch.errors import ExitCode
from jobmatch.loading import ValidationReport, resolve_data_dir, validate_paths
from jobmatch.output.jsonout import to_json


class ValidateFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


@guarded
def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (default: the data folder).")
    ] = None,
    data: DataOption = None,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", help="text (for people) or json (for scripts).")
    ] = ValidateFormat.TEXT,
    quiet: QuietOption = False,
) -> None:
    """Check files or folders; list every problem as file:line:col."""
    targets = paths or [resolve_data_dir(data)]
    missing = [p for p in targets if not p.exists()]
    for path in missing:
        warn(f"{path}: no such file or folder")
    report = validate_paths(p for p in targets if p.exists())
    if output_format is ValidateFormat.JSON:
        _print_json(report)
    else:
        _print_text(report, quiet)
    if missing:
        raise typer.Exit(int(ExitCode.NOT_FOUND))
    if report.errors:
        raise typer.Exit(int(ExitCode.INVALID_DATA))


def _print_text(report: ValidationReport, quiet: bool) -> None:
    problems = report.errors + ([] if quiet else report.warnings)
    for problem in sorted(problems):
        warn(problem.render())
    if not quiet:
        files = _count(report.files, "file")
        errors, warnings = (
            _count(len(report.errors), "problem"),
            _count(len(report.warnings), "warning"),
        )
        if report.errors:
            warn(f"{files} checked: {errors}, {warnings}")
        else:
            warn(f"{files} checked: all valid ({warnings})")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _print_json(report: ValidationReport) -> None:
    body = {
        "schema_version": 1,
        "files": report.files,
        "problems": [p.as_dict() for p in report.errors],
        "warnings": [p.as_dict() for p in report.warnings],
    }
    sys.stdout.write(to_json(body) + "\n")
