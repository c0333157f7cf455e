"""Component ``practical``: hours offered against hours wanted, schedule overlap, distance.

Three equal parts: the carved hours against the hours wanted (scaled down
when the workplace's minimum is above what is wanted), the weekly overlap
against the hours wanted (``neutral`` when unknown), and the distance
against the travel limit that excludes (the seeker's, else
``thresholds.default_travel_km``): 1 at the door, half at the limit;
unknown but in the same municipality 0.9, else ``neutral``; ``neutral`` when
no limit applies (``default_travel_km`` 0 and none given: distance does not
matter). The known share counts the practical inputs the seeker constrains.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.constants import SAME_MUNICIPALITY
from jobmatch.scoring.criteria.base import Bools, Floats, Ints, Kind, criterion, impact
from jobmatch.scoring.match import Fact

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

CRITERION = criterion(
    "practical",
    Kind.COMPONENT,
    "weights.practical",
    ("hours", "hours_offered"),
    ("near", "distance"),
    ("same_municipality", "same_municipality"),
    ("unknown", "unknown_distance"),
    ("minimum_above_wanted", "workplace_minimum_above_wanted"),
)


@dataclass(frozen=True)
class Practical:
    """Per pair: the component's value and known share, and the parts the facts read."""

    value: Floats
    known: Floats
    hours_fit: Floats
    distance_fit: Floats
    same_municipality: Bools


def value(
    t: Tables,
    seeker: Ints,
    position: Ints,
    wanted: Floats,
    weekly: Floats,
    distance: Floats,
    carved_hours: Ints,
    carved_tasks: Ints,
    carved_known: Ints,
) -> Practical:
    thresholds, w = t.config.thresholds, t.workplaces
    neutral = thresholds.neutral
    positive = wanted > 0
    hours_fit = np.where(positive, np.minimum(1.0, carved_hours / wanted), 1.0)
    minimum = w.min_hours[position]
    scaled = np.where(minimum > wanted, hours_fit * (wanted / minimum), hours_fit)
    schedule_fit = np.where(
        np.isnan(weekly), neutral, np.where(positive, np.minimum(1.0, weekly / wanted), 1.0)
    )
    limit = t.seekers.travel_limit[seeker]
    near = np.where(limit > 0, np.maximum(0.0, 1.0 - 0.5 * distance / limit), distance <= 0)
    mine, theirs = t.seekers.place.municipality[seeker], w.place.municipality[position]
    same = (mine >= 0) & (mine == theirs) & ~np.isnan(limit)
    unknown_fit = np.where(same, SAME_MUNICIPALITY, neutral)
    distance_fit = np.where(
        np.isnan(limit), neutral, np.where(np.isnan(distance), unknown_fit, near)
    )
    has_schedule = t.seekers.schedule.known[seeker]
    has_limit = ~np.isnan(limit)
    known = (
        (~np.isnan(t.seekers.hours[seeker])).astype(np.int64)
        + w.offers_known[position]
        + (w.capacity[position] >= 0)
        + w.carving_known[position]
        + (has_schedule & ~np.isnan(weekly))
        + (has_limit & (~np.isnan(distance) | same))
        + carved_known
    )
    items = 4 + has_schedule.astype(np.int64) + has_limit + carved_tasks
    return Practical(
        (scaled + schedule_fit + distance_fit) / 3, known / items, hours_fit, distance_fit, same
    )


def facts(
    config: ScoringConfig,
    carved_hours: int,
    wanted: float,
    hours_fit: float,
    minimum: float | None,
    distance: float | None,
    distance_fit: float,
    same_municipality: bool,
) -> list[Fact]:
    """Hours offered, a workplace minimum above what is wanted, and distance, with their shares."""
    weights = config.weights
    total = weights.interest + weights.preferences + weights.readiness + weights.practical
    unit = 1.0 / 3
    parts = [(Fact("hours_offered", {"hours": carved_hours, "wanted": wanted}), hours_fit - 0.5)]
    if minimum is not None and minimum > wanted:
        values = {"minimum": minimum, "wanted": wanted}
        parts.append((Fact("workplace_minimum_above_wanted", values), -(1 - wanted / minimum)))
    if distance is not None:
        parts.append((Fact("distance", {"km": round(distance, 1)}), distance_fit - 0.5))
    elif same_municipality:
        parts.append((Fact("same_municipality", {}), SAME_MUNICIPALITY - 0.5))
    return [
        Fact(f.code, f.values, impact(weights.practical, total, unit * delta)) for f, delta in parts
    ]
