"""Constants and helpers shared by the brief tests (fixtures live in conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jobmatch.api import Engine
from jobmatch.brief import Audience, Brief, build_brief
from jobmatch.loading import DataSet

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "assets" / "data"
GOLDEN = HERE / "golden"
ROOT = HERE.parent.parent
AS_OF = date(2026, 11, 27)
MEETING = date(2026, 12, 3)
GOLDEN_PAIR = ("hanne-j", "vaskeri-drammen")


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
