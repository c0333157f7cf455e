"""``jobmatch config``: the effective configuration, then the criteria of a score and their levels."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, assert_never

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
from jobmatch.cli.formats import choose_format
from jobmatch.i18n import Messages
from jobmatch.layout import CONFIG_FILE
from jobmatch.loading import resolve_data_dir
from jobmatch.output.jsonout import scores_document, to_json
from jobmatch.scoring.config import describe, load_config


class ConfigFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


EXTENSIONS: Mapping[str, ConfigFormat] = {".txt": ConfigFormat.TABLE, ".json": ConfigFormat.JSON}
Row = tuple[str, Any, Any, str]


@guarded
def config(
    data: DataOption = None,
    output_format: Annotated[
        ConfigFormat | None,
        typer.Option("--format", help="help.config.format", show_default=False),
    ] = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Print the effective scoring configuration and what each key means (help: ``help.config``)."""
    fmt = choose_format("config", output_format, output, EXTENSIONS, ConfigFormat.TABLE)
    check_output(output, force)
    root = resolve_data_dir(data)
    m = Messages(resolve_lang(lang))
    rows = [(k, v, d, m(f"config.key.{k}")) for k, v, d, _ in describe(load_config(root))]
    from jobmatch.scoring.criteria import catalog  # numpy: only when the command runs

    criteria = catalog(m.lang)
    match fmt:
        case ConfigFormat.JSON:
            keys = [{"key": k, "value": v, "default": d, "meaning": t} for k, v, d, t in rows]
            file = root / CONFIG_FILE
            body = scores_document(
                file=str(file) if file.is_file() else None, keys=keys, criteria=criteria
            )
            emit(to_json(body) + "\n", output, force)
        case ConfigFormat.TABLE:
            tables = Group(
                _engine_line(m), _keys_table(root, rows, m), _criteria_table(criteria, m)
            )
            emit_rich(tables, output, force, no_color)
        case _:
            assert_never(fmt)


def _engine_line(m: Messages) -> Text:
    """Which engine these keys configure: scores from another engine id do not compare."""
    from jobmatch.scoring.version import ENGINE_VERSION, engine_id

    return Text(m("config.engine", engine=engine_id(), version=ENGINE_VERSION))


def _keys_table(root: Path, rows: list[Row], m: Messages) -> Table:
    table = Table(title=Text(_source(root, m)), title_justify="left")
    for column in ("key", "value", "default", "meaning"):
        table.add_column(m(f"config.column.{column}"), overflow="fold")
    for key, value, default, meaning in rows:
        table.add_row(
            key, Text(str(value), style="bold" if value != default else ""), str(default), meaning
        )
    return table


def _source(root: Path, m: Messages) -> str:
    """The file the values come from, or that they are the defaults when there is none."""
    file = root / CONFIG_FILE
    return str(file) if file.is_file() else m("config.defaults", file=CONFIG_FILE, folder=root)


def _criteria_table(criteria: list[dict[str, Any]], m: Messages) -> Table:
    """One row per level, under its criterion's name, kind and config key."""
    table = Table(title=Text(m("config.heading.criteria")), title_justify="left")
    for column in ("criterion", "config_key", "level", "meaning"):
        table.add_column(m(f"config.column.{column}"), overflow="fold")
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
