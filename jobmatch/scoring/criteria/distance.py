"""Exclusion: the workplace is further than the seeker travels. Also the distance itself,
which ``practical`` reads."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

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
    None,
    ("within", None),
    ("unknown", "unknown_distance"),
    ("too_far", "too_far"),
)


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
    limit = t.seekers.max_travel[rows][:, None]
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
    """Further than the seeker's ``max_travel_km`` (no limit or no distance: never)."""
    result: Bools = distance > t.seekers.max_travel[rows][:, None]
    return result


def same_municipality(a: Place | None, b: Place | None) -> bool:
    """Both name the same municipality (case does not matter)."""
    if a is None or b is None or not a.municipality or not b.municipality:
        return False
    return a.municipality.casefold() == b.municipality.casefold()


def fact(km: float, limit: float) -> Fact:
    return Fact("too_far", {"km": round(km, 1), "max_km": limit})
