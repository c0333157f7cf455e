"""Exclusion: the workplace is further than the seeker travels. Also the distance itself,
which ``practical`` and confidence read.

The limit is the seeker's ``max_travel_km``; a seeker who gives none gets
``thresholds.default_travel_km`` (0 there: no default limit), and the
exclusion says that it was the default. A limit of 0 km is a limit: only a
workplace at the seeker's own coordinates is within it (a seeker who will
travel anywhere gives a large number). An unknown distance never excludes.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.constants import EARTH_RADIUS_KM
from jobmatch.scoring.criteria.base import Bools, Floats, Ints, Kind, criterion
from jobmatch.scoring.match import Fact
from jobmatch.scoring.views import Place

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

BORDERLINE_KM = 1e-6
"""Distances this close to a seeker's limit are recomputed with ``math`` (numpy's last bit may differ)."""

CRITERION = criterion(
    "distance",
    Kind.EXCLUSION,
    "thresholds.default_travel_km",
    ("within", None),
    ("unknown", "unknown_distance"),
    ("too_far", "too_far"),
    ("too_far_default", "too_far"),
)


def travel_limit(max_travel_km: float | None, config: ScoringConfig) -> float | None:
    """The seeker's limit, else the default one (None: no limit applies)."""
    if max_travel_km is not None:
        return max_travel_km
    default = config.thresholds.default_travel_km
    return default if default > 0 else None


def haversine_km(a: Place | None, b: Place | None) -> float | None:
    """Straight-line distance of one pair, or None when either side lacks coordinates."""
    if a is None or b is None or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi, dlmb = phi2 - phi1, math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def distances(t: Tables, rows: slice) -> Floats:
    """Seekers x workplaces: haversine km, NaN where either side lacks coordinates.

    numpy's trigonometry may differ from ``math`` in the last bit, so
    distances near a seeker's limit are taken from :func:`haversine_km`:
    "too far" never depends on it.
    """
    a, w = t.seekers.place, t.workplaces.place
    lat1, lon1 = a.lat[rows][:, None], a.lon[rows][:, None]
    if np.isnan(lat1).all() or np.isnan(w.lat).all():
        return np.full((rows.stop - rows.start, len(w.lat)), np.nan)
    phi1, phi2 = np.radians(lat1), np.radians(w.lat)[None, :]
    dphi, dlmb = phi2 - phi1, np.radians(w.lon[None, :] - lon1)
    h = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlmb / 2) ** 2
    found: Floats = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    limit = t.seekers.travel_limit[rows][:, None]
    for i, j in np.argwhere(np.abs(found - limit) <= BORDERLINE_KM):
        km = haversine_km(
            t.seekers.views[rows.start + int(i)].place, t.workplaces.views[int(j)].place
        )
        found[i, j] = np.nan if km is None else km
    return found


def exact(t: Tables, seeker: Ints, position: Ints) -> Floats:
    """Per pair: :func:`haversine_km` itself (an explanation shows the distance rounded)."""
    found = [
        haversine_km(t.seekers.views[s].place, t.workplaces.views[w].place)
        for s, w in zip(seeker.tolist(), position.tolist(), strict=True)
    ]
    return np.array([math.nan if km is None else km for km in found], dtype=np.float64)


def excludes(t: Tables, rows: slice, distance: Floats) -> Bools:
    """Further than the travel limit (no limit or no distance: never)."""
    result: Bools = distance > t.seekers.travel_limit[rows][:, None]
    return result


def known(t: Tables, seeker: Ints, distance: Floats, same: Bools) -> Floats:
    """Per pair, for confidence: 1 known (or the same municipality), 0 unknown, NaN no limit."""
    found = np.where(np.isnan(distance) & ~same, 0.0, 1.0)
    result: Floats = np.where(np.isnan(t.seekers.travel_limit[seeker]), np.nan, found)
    return result


def same_municipality(a: Place | None, b: Place | None) -> bool:
    """Both name the same municipality (case does not matter)."""
    if a is None or b is None or not a.municipality or not b.municipality:
        return False
    return a.municipality.casefold() == b.municipality.casefold()


def fact(km: float, seeker_limit: float | None, config: ScoringConfig) -> Fact:
    """Too far, with the limit and whether it was the seeker's or the default."""
    limit = travel_limit(seeker_limit, config)
    source = "seeker" if seeker_limit is not None else "default"
    return Fact("too_far", {"km": round(km, 1), "max_km": limit, "limit_source": source})
