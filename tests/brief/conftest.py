"""Fixtures for the brief tests: a frozen data folder, the example data, an engine."""

from __future__ import annotations

import pytest

from jobmatch.api import Engine, load
from jobmatch.loading import DataSet
from tests.brief.brief_support import AS_OF, ASSETS, ROOT


@pytest.fixture(scope="session")
def assets() -> DataSet:
    """A small data folder copied from the examples, so golden files stay put."""
    return load(ASSETS)


@pytest.fixture(scope="session")
def examples() -> DataSet:
    """The repository's own example data."""
    return load(ROOT)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(as_of=AS_OF)
