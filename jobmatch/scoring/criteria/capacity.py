"""Exclusion: the workplace has no capacity for a placement now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobmatch.scoring.criteria.base import Bools, Kind, criterion
from jobmatch.scoring.match import Fact

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

CRITERION = criterion(
    "capacity",
    Kind.EXCLUSION,
    None,
    ("open", None),
    ("unknown", None),
    ("none", "no_capacity"),
)


def excludes(t: Tables) -> Bools:
    """Per workplace: a capacity of 0."""
    result: Bools = t.workplaces.capacity == 0
    return result


def fact() -> Fact:
    return Fact("no_capacity", {"capacity": 0})
