"""Fixtures for command tests: a runner with stdout and stderr apart, at a fixed width."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "100", "NO_COLOR": "1", "JOBMATCH_LANG": None})
