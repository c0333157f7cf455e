"""Shared fixtures: the repository's example data and small model builders."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def example_root() -> Path:
    return ROOT
