"""CSV that Excel opens right and that cannot run formulas.

UTF-8 with a byte-order mark (so Excel shows æøå), a chosen delimiter, and
every cell that starts with ``= + - @`` (or a tab or carriage return)
prefixed with an apostrophe, the usual defence against formula injection.
With the semicolon delimiter, the one Norwegian Excel expects, numbers are
written with a decimal comma (``68,5``), as that Excel reads them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def decimal_mark(delimiter: str) -> str:
    """The decimal comma beside a semicolon delimiter (Norwegian Excel), else the point."""
    return "," if delimiter == ";" else "."


def neutralise(cell: object, decimal: str = ".") -> str:
    """A cell as text; text that a spreadsheet would run as a formula is made inert.

    Numbers are written as numbers, with ``decimal`` as the decimal mark: a
    negative number is not a formula.
    """
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, int | float):
        return str(cell).replace(".", decimal)
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_text(
    header: Sequence[str], rows: Iterable[Sequence[object]], delimiter: str = ",", bom: bool = True
) -> str:
    """The whole table as one string (header first, BOM in front unless ``bom`` is False)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    decimal = decimal_mark(delimiter)
    for row in rows:
        writer.writerow([neutralise(cell, decimal) for cell in row])
    return (BOM if bom else "") + buffer.getvalue()


def csv_line(row: Sequence[object], delimiter: str = ",") -> str:
    """One row, for streaming."""
    buffer = io.StringIO()
    decimal = decimal_mark(delimiter)
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerow(
        [neutralise(c, decimal) for c in row]
    )
    return buffer.getvalue()
