"""``jobmatch new seeker|workplace ID``."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated

import typer

from jobmatch.cli.common import (
    DataOption,
    ForceOption,
    LangOption,
    OutputOption,
    check_output,
    emit,
    guarded,
    resolve_lang,
    warn,
)
from jobmatch.cli.schema import FileKind
from jobmatch.loading import resolve_data_dir
from jobmatch.templates import (
    TemplateLang,
    check_id,
    message,
    template_text,
    write_schema_beside,
    write_template,
)


@guarded
def new(
    kind: Annotated[FileKind, typer.Argument(help="help.arg.kind")],
    record_id: Annotated[str, typer.Argument(metavar="ID", help="help.new.id")],
    data: DataOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Write a commented template for a new file, valid as written; overwrites only with
    --force. ``-o FILE`` writes it there instead, ``-o -`` prints it."""
    language: TemplateLang = "nb" if resolve_lang(lang) == "nb" else "en"
    check_id(record_id, language)
    if output is not None and str(output) == "-":
        emit(template_text(kind.value, language, record_id), output, force)
        return
    if output is not None:
        check_output(output, force)
    root = resolve_data_dir(data)
    path = write_template(root, kind.value, record_id, language, output, force)
    if output is not None:
        warn(message("written", language, path=path, command=f"jobmatch validate {path}"))
        return
    warn(message("written", language, path=path, command=validate_command(data)))
    schema = write_schema_beside(root, kind.value)
    if schema is not None:
        warn(message("schema_written", language, path=schema))


def validate_command(data: Path | None) -> str:
    """The ``validate`` command that checks the folder the file went to, ready to paste."""
    return "jobmatch validate" + (f" --data {shlex.quote(str(data))}" if data is not None else "")
