"""Numbers as each language writes them: the one number formatter."""

from __future__ import annotations


def number(value: float, lang: str, decimals: int = 2) -> str:
    """At most ``decimals`` decimals, no trailing zero; a decimal comma in bokmål.

    Integers are written as they are. Thousands are not grouped: the numbers
    here (hours, kilometres, scores) stay well below that.
    """
    if isinstance(value, bool):
        raise TypeError("a truth value is not a number")
    if isinstance(value, int):
        written = str(value)
    elif decimals:
        written = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    else:
        written = f"{value:.0f}"
    if written == "-0":
        written = "0"
    return written.replace(".", ",") if lang == "nb" else written


def fixed(value: float, decimals: int, lang: str) -> str:
    """Exactly ``decimals`` decimals, so that columns line up (decimal comma in bokmål)."""
    written = f"{value:.{decimals}f}"
    return written.replace(".", ",") if lang == "nb" else written
