"""``jobmatch config``."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, assert_never

import typer
from rich.table import Table
from rich.text import Text

from jobmatch.cli.common import (
    DataOption,
    ForceOption,
    NoColorOption,
    OutputOption,
    check_output,
    emit,
    emit_rich,
    guarded,
)
from jobmatch.cli.formats import choose_format
from jobmatch.loading import resolve_data_dir
from jobmatch.output.jsonout import to_json
from jobmatch.scoring.config import CONFIG_FILE, describe, load_config


class ConfigFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


EXTENSIONS: Mapping[str, ConfigFormat] = {".txt": ConfigFormat.TABLE, ".json": ConfigFormat.JSON}


@guarded
def config(
    data: DataOption = None,
    output_format: Annotated[
        ConfigFormat | None,
        typer.Option("--format", help="help.config.format", show_default=False),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Print the effective scoring configuration and what each key means (help: ``help.config``)."""
    fmt = choose_format("config", output_format, output, EXTENSIONS, ConfigFormat.TABLE)
    check_output(output, force)
    root = resolve_data_dir(data)
    rows = describe(load_config(root))
    match fmt:
        case ConfigFormat.JSON:
            keys = [{"key": k, "value": v, "default": d, "meaning": m} for k, v, d, m in rows]
            body = {"schema_version": 1, "file": str(root / CONFIG_FILE), "keys": keys}
            emit(to_json(body) + "\n", output, force)
        case ConfigFormat.TABLE:
            emit_rich(_table(root, rows), output, force, no_color)
        case _:
            assert_never(fmt)


def _table(root: Path, rows: list[tuple[str, Any, Any, str]]) -> Table:
    table = Table(title=Text(f"{root / CONFIG_FILE}"), title_justify="left")
    for column in ("key", "value", "default", "meaning"):
        table.add_column(column, overflow="fold")
    for key, value, default, meaning in rows:
        table.add_row(
            key, Text(str(value), style="bold" if value != default else ""), str(default), meaning
        )
    return table
