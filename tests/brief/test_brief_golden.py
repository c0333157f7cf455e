"""Golden briefs of one example pair: Markdown and terminal text, read by a person.

The pair's files are frozen in ``tests/brief/assets/data``. After a wanted
change, regenerate with ``JOBMATCH_UPDATE_GOLDEN=1 pytest tests/brief`` and
read the diff as an adviser would.
"""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app
from tests.brief.brief_support import ASSETS, GOLDEN, GOLDEN_PAIR

CASES = [
    ("adviser", "nb", "markdown"),
    ("employer", "nb", "markdown"),
    ("seeker", "nb", "markdown"),
    ("adviser", "en", "markdown"),
    ("adviser", "nb", "terminal"),
    ("employer", "nb", "terminal"),
    ("seeker", "nb", "terminal"),
]
ENV = {"COLUMNS": "80", "LINES": "50", "NO_COLOR": "1", "FORCE_COLOR": None, "TERM": "dumb"}


def run_brief(audience: str, lang: str, fmt: str) -> str:
    args = [
        "brief",
        *GOLDEN_PAIR,
        "--data",
        str(ASSETS),
        "--audience",
        audience,
        "--lang",
        lang,
        "--format",
        fmt,
        "--as-of",
        "2026-11-27",
        "--meeting-date",
        "2026-12-03",
        "--meeting-time",
        "10:00",
        "--meeting-place",
        "Kobbervikdalen 70, resepsjonen",
        "--no-color",
    ]
    result = CliRunner().invoke(app, args, env=ENV)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("audience", "lang", "fmt"), CASES)
def test_golden_brief(audience: str, lang: str, fmt: str) -> None:
    suffix = "md" if fmt == "markdown" else "txt"
    path = GOLDEN / f"{GOLDEN_PAIR[0]}--{GOLDEN_PAIR[1]}.{audience}.{lang}.{suffix}"
    text = run_brief(audience, lang, fmt)
    if os.environ.get("JOBMATCH_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("audience", ["adviser", "employer", "seeker"])
def test_terminal_fits_80_columns_without_escape_codes(audience: str) -> None:
    text = run_brief(audience, "nb", "terminal")
    assert "\x1b[" not in text
    assert max(len(line) for line in text.splitlines()) <= 80
