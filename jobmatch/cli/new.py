"""``jobmatch new seeker|workplace ID``."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated

import typer

from jobmatch.cli.common import DataOption, LangOption, guarded, resolve_lang, warn
from jobmatch.cli.schema import FileKind
from jobmatch.loading import resolve_data_dir
from jobmatch.templates import TemplateLang, message, write_schema_beside, write_template


@guarded
def new(
    kind: Annotated[FileKind, typer.Argument(help="help.arg.kind")],
    record_id: Annotated[str, typer.Argument(metavar="ID", help="help.new.id")],
    data: DataOption = None,
    lang: LangOption = None,
) -> None:
    """Write a commented template for a new file, valid as written; never overwrites."""
    language: TemplateLang = "nb" if resolve_lang(lang) == "nb" else "en"
    root = resolve_data_dir(data)
    path = write_template(root, kind.value, record_id, language)
    warn(message("written", language, path=path, command=validate_command(data)))
    schema = write_schema_beside(root, kind.value)
    if schema is not None:
        warn(message("schema_written", language, path=schema))


def validate_command(data: Path | None) -> str:
    """The ``validate`` command that checks the folder the file went to, ready to paste."""
    return "jobmatch validate" + (f" --data {shlex.quote(str(data))}" if data is not None else "")
