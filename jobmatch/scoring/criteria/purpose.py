"""Exclusion: the workplace does not offer what the seeker's goal is for."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from jobmatch.models import Purpose
from jobmatch.scoring.criteria.base import Bools, Kind, criterion
from jobmatch.scoring.match import Fact
from jobmatch.scoring.views import SeekerView, WorkplaceView

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

PURPOSES = tuple(Purpose)

CRITERION = criterion(
    "purpose",
    Kind.EXCLUSION,
    None,
    ("offered", None),
    ("unknown", None),
    ("not_offered", "purpose_not_offered"),
)


def offered_bits(offers: tuple[Purpose, ...] | None) -> int:
    """The purposes a workplace offers as bits; saying nothing offers every one."""
    return sum(1 << i for i, p in enumerate(PURPOSES) if offers is None or p in offers)


def excludes(t: Tables, rows: slice) -> Bools:
    """Seekers x workplaces: the workplace does not offer the seeker's purpose."""
    offered = (t.workplaces.offers[None, :] >> t.seekers.purpose[rows][:, None]) & 1
    result: Bools = np.equal(offered, 0)
    return result


def fact(seeker: SeekerView, workplace: WorkplaceView) -> Fact:
    offered = tuple(p.value for p in workplace.offers or ())
    return Fact("purpose_not_offered", {"purpose": seeker.goal.purpose.value, "offers": offered})
