"""Fixtures for the brief tests: a frozen data folder, the example data, an engine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from jobmatch.api import Engine, load
from jobmatch.brief import Audience, Brief, build_brief
from jobmatch.loading import DataSet

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "assets" / "data"
GOLDEN = HERE / "golden"
ROOT = HERE.parent.parent
AS_OF = date(2026, 11, 27)
MEETING = date(2026, 12, 3)
GOLDEN_PAIR = ("hanne-j", "vaskeri-drammen")

BriefMaker = Callable[..., Brief]


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


def make_brief(
    data: DataSet, engine: Engine, seeker: str, workplace: str, **options: object
) -> Brief:
    """The brief of one pair, with the fixed dates unless given."""
    person, place = data.seekers[seeker], data.workplaces[workplace]
    match = engine.score(person, place)
    settings: dict[str, object] = {
        "as_of": AS_OF,
        "meeting_date": MEETING,
        "audience": Audience.ADVISER,
    }
    settings.update(options)
    return build_brief(person, place, match, **settings)  # type: ignore[arg-type]
