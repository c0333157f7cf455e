"""Shared fixtures: the repository's example data and small model builders."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def example_root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in an English locale with no JOBMATCH_LANG, whatever the shell has.

    The command line's words follow the locale and ``JOBMATCH_LANG``; a test
    that wants bokmål says so (``--lang nb`` or its own environment).
    """
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "JOBMATCH_LANG"):
        monkeypatch.delenv(name, raising=False)
