"""Scoring as named criteria, one module each: exclusions, carving, the four components,
and confidence.

:data:`CRITERIA` lists them in the order a pair meets them. Each module
holds its :class:`~jobmatch.scoring.criteria.base.Criterion` (its levels,
described in the message catalogs under each level's message id), its array evaluation
and the facts it reports.
"""

from __future__ import annotations

from jobmatch.i18n import message
from jobmatch.scoring.criteria import (
    capacity,
    carving,
    confidence,
    distance,
    doable,
    essential,
    interest,
    nothing_doable,
    practical,
    preferences,
    purpose,
    readiness,
    schedule,
)
from jobmatch.scoring.criteria.base import Criterion, Kind, Level

CRITERIA: tuple[Criterion, ...] = (
    doable.CRITERION,
    essential.CRITERION,
    nothing_doable.CRITERION,
    capacity.CRITERION,
    purpose.CRITERION,
    schedule.CRITERION,
    distance.CRITERION,
    carving.CRITERION,
    interest.CRITERION,
    preferences.CRITERION,
    readiness.CRITERION,
    practical.CRITERION,
    confidence.CRITERION,
)


def catalog(lang: str) -> list[dict[str, object]]:
    """Every criterion with its levels, described in ``lang``, for ``jobmatch config``."""
    return [
        {
            "name": c.name,
            "kind": c.kind.value,
            "config_key": c.config_key,
            "meaning": message(lang, c.msgid),
            "levels": [
                {"id": level.msgid, "fact": level.fact, "meaning": message(lang, level.msgid)}
                for level in c.levels
            ],
        }
        for c in CRITERIA
    ]


__all__ = ["CRITERIA", "Criterion", "Kind", "Level", "catalog"]
