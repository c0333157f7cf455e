"""Exclusion: the seeker can do none of the workplace's tasks."""

from __future__ import annotations

import numpy as np

from jobmatch.scoring.criteria.base import Bools, Kind, criterion
from jobmatch.scoring.match import Fact

CRITERION = criterion(
    "nothing_doable",
    Kind.EXCLUSION,
    None,
    ("some_doable", None),
    ("nothing_doable", "nothing_doable"),
)


def excludes(can: Bools) -> Bools:
    """Per pair (rows) of task flags (columns): no task doable."""
    result: Bools = ~np.any(can, axis=1)
    return result


def fact(tasks: int) -> Fact:
    return Fact("nothing_doable", {"tasks": tasks})
