"""The due list as a table: readable at 80 columns, ids whole, in both languages."""

from __future__ import annotations

import io
from datetime import date

import pytest
from rich.console import Console

from jobmatch.i18n import Messages
from jobmatch.output.followup import due_table
from jobmatch.store.due import DueItem, DueKind, DueState

AS_OF = date(2026, 11, 30)
ITEMS = [
    DueItem(DueKind.VISIT, DueState.OVERDUE, date(2026, 3, 10), "hanne-j", "vaskeri-drammen",
            "P4", "Anette Bråthen"),
    DueItem(DueKind.EMPLOYER_CONTACT, DueState.OVERDUE, date(2026, 9, 23), "randi-p",
            adviser="Siri Hovland"),
    DueItem(DueKind.MONTHLY, DueState.OVERDUE, date(2026, 11, 14), "thomas-r", "lager-alnabru",
            "P2", "Øyvind Rasmussen", "6"),
    DueItem(DueKind.WEEKLY, DueState.UPCOMING, date(2026, 12, 8), "erik-l",
            "sykkelverksted-torshov", "P3", "Siri Hovland", "4"),
    DueItem(DueKind.OUTCOME, DueState.UPCOMING, date(2026, 12, 1), "marius-andreas-k",
            "gartneri-og-blomsterbutikk-hamar", "P12", "Hilde Myklebust", "90d"),
]  # fmt: skip


def rendered(lang: str, width: int) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, highlight=False)
    console.print(due_table(ITEMS, Messages(lang), AS_OF, width))
    return buffer.getvalue()


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("width", [80, 120])
def test_due_table_fits_and_keeps_ids_whole(lang: str, width: int) -> None:
    text = rendered(lang, width)
    lines = text.splitlines()
    assert all(len(line.rstrip()) <= width for line in lines)
    words = set(text.split())
    for item in ITEMS:
        for ref in (item.seeker, item.workplace, item.placement):
            assert ref is None or ref in words, ref
    assert "…" not in text


def test_due_table_speaks_the_language() -> None:
    nb, en = rendered("nb", 120), rendered("en", 120)
    assert "30.11.2026" in nb and "14.11.2026" in nb
    assert "2026-11-30" in en and "2026-11-14" in en
    assert "måned 6" in nb and "month 6" in en
    assert "Anette Bråthen" in nb and "Anette Bråthen" in en


def test_nothing_due_is_one_line() -> None:
    text = Messages("nb")
    shown = due_table([], text, AS_OF)
    assert "30.11.2026" in str(shown)
