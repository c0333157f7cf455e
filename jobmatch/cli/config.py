"""``jobmatch config``."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

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
from jobmatch.loading import resolve_data_dir
from jobmatch.output.jsonout import to_json
from jobmatch.scoring.config import CONFIG_FILE, describe, load_config


class ConfigFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


@guarded
def config(
    data: DataOption = None,
    output_format: Annotated[
        ConfigFormat, typer.Option("--format", help="table or json.")
    ] = ConfigFormat.TABLE,
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Print the effective scoring configuration and what each key means."""
    check_output(output, force)
    root = resolve_data_dir(data)
    rows = describe(load_config(root))
    if output_format is ConfigFormat.JSON:
        keys = [{"key": k, "value": v, "default": d, "meaning": m} for k, v, d, m in rows]
        body = {"schema_version": 1, "file": str(root / CONFIG_FILE), "keys": keys}
        emit(to_json(body) + "\n", output, force)
        return
    table = Table(title=Text(f"{root / CONFIG_FILE}"), title_justify="left")
    for column in ("key", "value", "default", "meaning"):
        table.add_column(column, overflow="fold")
    for key, value, default, meaning in rows:
        table.add_row(
            key, Text(str(value), style="bold" if value != default else ""), str(default), meaning
        )
    emit_rich(table, output, force, no_color)
