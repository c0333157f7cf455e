"""``jobmatch list`` for people (a rich table) and for scripts (JSON, CSV).

The rows come from :mod:`jobmatch.overview`; this module only writes them.
Ids are never wrapped (advisers copy them); a long name is shortened instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich import box
from rich.table import Table
from rich.text import Text

from jobmatch.i18n import Messages, listing
from jobmatch.i18n.formatting import short_date
from jobmatch.output.csvout import csv_text
from jobmatch.output.jsonout import SCHEMA_VERSION, to_json
from jobmatch.overview import (
    LOGGED_SEEKER_COLUMNS,
    SEEKER_COLUMNS,
    WORKPLACE_COLUMNS,
    Kind,
    Row,
)

NAME_WIDTH = 24
"""The least width of the id-and-name column; a name longer than the column is cut short."""

_HEADERS = {
    "status": "label.status",
    "purpose": "label.purpose",
    "offers": "label.offers",
    "municipality": "label.municipality",
    "visited": "label.visited",
    "capacity": "label.capacity",
    "placed_at": "label.placed_at",
}


def columns(kind: Kind, rows: Sequence[Row] = ()) -> tuple[str, ...]:
    """The columns of ``rows``: a seeker's ``placed_at`` only with a follow-up log."""
    if kind == "workplaces":
        return WORKPLACE_COLUMNS
    return LOGGED_SEEKER_COLUMNS if rows and "placed_at" in rows[0] else SEEKER_COLUMNS


def list_json(kind: Kind, rows: Sequence[Row]) -> str:
    """``{"schema_version": 1, "kind": ..., "items": [...]}``, each item keyed by column."""
    return to_json({"schema_version": SCHEMA_VERSION, "kind": kind, "items": list(rows)}) + "\n"


def list_csv(kind: Kind, rows: Sequence[Row], delimiter: str = ",") -> str:
    """The columns as keys; a list of purposes joined by ``|``, an unknown left empty."""
    names = columns(kind, rows)
    cells = ([_csv_cell(row[name]) for name in names] for row in rows)
    return csv_text(names, cells, delimiter)


def _csv_cell(value: object) -> object:
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return value


def list_table(kind: Kind, rows: Sequence[Row], lang: str, width: int = 80) -> Table | Text:
    """One record a row, headed in ``lang``: its id (never wrapped, as advisers copy it) with
    the name below it (cut short with an ellipsis when a terminal of ``width`` columns is too
    narrow for it), then the other columns in words, an unknown as a dash."""
    words = Messages(lang)
    if not rows:
        return Text(words("label.no_records"))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    longest = max(len(str(row[key])) for row in rows for key in ("id", "name"))
    room = NAME_WIDTH + max(0, width - 80) // 2
    width = max(min(longest, room), *(len(str(row["id"])) for row in rows))
    table.add_column(words("label.id_name"), no_wrap=True, width=width)
    for name in columns(kind, rows)[2:]:
        header = words(_HEADERS[name])
        cells = [_cell(name, row[name], words) for row in rows]
        texts = [header, *(cell.plain for cell in cells)]
        widest = max(len(word) for text in texts for word in text.split() or [""])
        table.add_column(
            header,
            min_width=widest,
            ratio=2 if name in ("offers", "purpose") else 1,
            justify="right" if name == "capacity" else "left",
        )
    for row in rows:
        label = Text(str(row["id"]), style="bold")
        shown = Text(str(row["name"]))
        shown.truncate(width, overflow="ellipsis")
        label.append("\n").append_text(shown)
        table.add_row(label, *(_cell(name, row[name], words) for name in columns(kind, rows)[2:]))
    return table


def _cell(name: str, value: object, words: Messages) -> Text:
    if value is None:
        return Text(words("label.unknown_value"), style="dim")
    if name in ("status", "purpose"):
        return Text(words(f"value.{value}"))
    if name == "offers" and isinstance(value, list):
        return Text(listing([words(f"value.{v}") for v in value], words.lang))
    if name == "visited":
        return Text(short_date(date.fromisoformat(str(value)), words.lang))
    return Text(str(value))
