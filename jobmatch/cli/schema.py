"""``jobmatch schema seeker|workplace``."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from jobmatch.cli.common import ForceOption, OutputOption, check_output, emit, guarded
from jobmatch.cli.formats import check_extension
from jobmatch.output.jsonout import to_json
from jobmatch.schemas import json_schema


class FileKind(StrEnum):
    SEEKER = "seeker"
    WORKPLACE = "workplace"


EXTENSIONS = {".json": "json"}
"""A schema is JSON only (no ``--format``)."""


@guarded
def schema(
    kind: Annotated[FileKind, typer.Argument(help="help.arg.kind")],
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Print the JSON Schema of a file kind (for editors and check-jsonschema)."""
    check_extension("schema", output, EXTENSIONS)
    check_output(output, force)
    emit(to_json(json_schema(kind.value)) + "\n", output, force)
