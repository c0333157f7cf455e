"""``jobmatch config``."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Group
from rich.table import Table
from rich.text import Text

from jobmatch.cli.common import (
    DataOption,
    ForceOption,
    LangOption,
    NoColorOption,
    OutputOption,
    check_output,
    emit,
    emit_rich,
    guarded,
    resolve_lang,
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
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Print the effective scoring configuration and what each key means, then the criteria
    of a score and what each of their levels means."""
    check_output(output, force)
    root = resolve_data_dir(data)
    rows = describe(load_config(root))
    from jobmatch.scoring.criteria import catalog  # numpy: only when the command runs

    criteria = catalog(resolve_lang(lang))
    if output_format is ConfigFormat.JSON:
        keys = [{"key": k, "value": v, "default": d, "meaning": m} for k, v, d, m in rows]
        body = {
            "schema_version": 1,
            "file": str(root / CONFIG_FILE),
            "keys": keys,
            "criteria": criteria,
        }
        emit(to_json(body) + "\n", output, force)
        return
    table = Table(title=Text(f"{root / CONFIG_FILE}"), title_justify="left")
    for column in ("key", "value", "default", "meaning"):
        table.add_column(column, overflow="fold")
    for key, value, default, meaning in rows:
        table.add_row(
            key, Text(str(value), style="bold" if value != default else ""), str(default), meaning
        )
    emit_rich(Group(table, _criteria_table(criteria)), output, force, no_color)


def _criteria_table(criteria: list[dict[str, Any]]) -> Table:
    """One row per level, under its criterion's name, kind and config key."""
    table = Table(title=Text("criteria"), title_justify="left")
    for column in ("criterion", "config key", "level", "meaning"):
        table.add_column(column, overflow="fold")
    for c in criteria:
        table.add_row(
            Text(f"{c['name']} ({c['kind']})", style="bold"),
            c["config_key"] or "",
            "",
            c["meaning"],
        )
        for level in c["levels"]:
            key = level["id"].rsplit(".", 1)[-1]
            table.add_row("", "", key, level["meaning"])
    return table
