"""``jobmatch config``."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from jobmatch.cli.common import DataOption, NoColorOption, guarded
from jobmatch.loading import resolve_data_dir
from jobmatch.output.jsonout import to_json
from jobmatch.output.terminal import make_console
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
    no_color: NoColorOption = False,
) -> None:
    """Print the effective scoring configuration and what each key means."""
    root = resolve_data_dir(data)
    rows = describe(load_config(root))
    if output_format is ConfigFormat.JSON:
        keys = [{"key": k, "value": v, "default": d, "meaning": m} for k, v, d, m in rows]
        typer.echo(to_json({"schema_version": 1, "file": str(root / CONFIG_FILE), "keys": keys}))
        return
    table = Table(title=Text(f"{root / CONFIG_FILE}"), title_justify="left")
    for column in ("key", "value", "default", "meaning"):
        table.add_column(column, overflow="fold")
    for key, value, default, meaning in rows:
        table.add_row(
            key, Text(str(value), style="bold" if value != default else ""), str(default), meaning
        )
    make_console(no_color=no_color).print(table)
