"""Component ``readiness``: the workplace's readiness to include, its need for labour and
a recent visit.

Nine items, each 0 to 1 or unknown: six inclusion keys (yes 1, no 0),
prior placements (0.25 for none, 0.25 more for each, up to 1), a need for
labour, and the visit (within ``recent_visit_days`` of the reference date 1,
older 0.5). The value is their mean, an unknown one counting ``neutral``
and a workplace never visited 0; the known share is how many are known.
It reads the workplace and the date only, so it is evaluated once per workplace.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import numpy as np

from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.constants import (
    INCLUSION_FLAGS,
    PLACEMENTS_BASE,
    PLACEMENTS_STEP,
    VISIT_OUT_OF_DATE,
    VISIT_RECENT,
)
from jobmatch.scoring.criteria.base import Floats, Kind, criterion, impact
from jobmatch.scoring.match import Fact
from jobmatch.scoring.views import WorkplaceView

ITEMS = (*INCLUSION_FLAGS, "prior_placements", "recruitment_need", "visited")

CRITERION = criterion(
    "readiness",
    Kind.COMPONENT,
    "weights.readiness",
    ("yes", "inclusion_yes"),
    ("visited_recently", "visited_recently"),
    ("unknown", "unknown_inclusion"),
    ("visit_out_of_date", "visit_out_of_date"),
    ("no", "inclusion_no"),
    ("never_visited", "never_visited"),
)


def _flag(value: bool | None) -> float:
    return math.nan if value is None else (1.0 if value else 0.0)


def items(workplaces: Sequence[WorkplaceView], config: ScoringConfig, as_of: date) -> Floats:
    """Workplaces x items: each item's value, NaN where unknown."""
    recent = config.thresholds.recent_visit_days
    rows = []
    for w in workplaces:
        placements = w.inclusion.prior_placements
        visit = math.nan
        if w.visited is not None:
            visit = VISIT_RECENT if (as_of - w.visited).days <= recent else VISIT_OUT_OF_DATE
        rows.append(
            [
                *(_flag(getattr(w.inclusion, k)) for k in INCLUSION_FLAGS),
                math.nan
                if placements is None
                else min(1.0, PLACEMENTS_BASE + PLACEMENTS_STEP * placements),
                _flag(w.recruitment_need),
                visit,
            ]
        )
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(ITEMS))


def value(found: Floats, neutral: float) -> tuple[Floats, Floats]:
    """Per workplace: the component's value and known share."""
    known = ~np.isnan(found)
    counted = np.where(known, found, neutral)
    counted[:, -1] = np.where(known[:, -1], found[:, -1], 0.0)
    total = counted[:, 0].copy()
    for column in range(1, counted.shape[1]):
        total += counted[:, column]
    return total / len(ITEMS), known.sum(axis=1) / len(ITEMS)


def facts(
    workplace: WorkplaceView, found: Sequence[float], config: ScoringConfig, as_of: date
) -> list[Fact]:
    """Each known inclusion item away from neutral, and the visit, with its share of the score."""
    neutral, weights = config.thresholds.neutral, config.weights
    total = weights.interest + weights.preferences + weights.readiness + weights.practical
    unit = 1.0 / len(ITEMS)
    out = [
        Fact(
            "inclusion_yes" if v >= 0.5 else "inclusion_no",
            {"key": key},
            impact(weights.readiness, total, unit * (v - neutral)),
        )
        for key, v in zip(ITEMS[:-1], found[:-1], strict=True)
        if not math.isnan(v) and v != neutral
    ]
    visit = found[-1]
    delta = unit * ((0.0 if math.isnan(visit) else visit) - neutral)
    out.append(_visit(workplace, visit, as_of, impact(weights.readiness, total, delta)))
    return out


def _visit(workplace: WorkplaceView, visit: float, as_of: date, effect: float) -> Fact:
    if workplace.visited is None or math.isnan(visit):
        return Fact("never_visited", {}, effect)
    day, days = workplace.visited.isoformat(), (as_of - workplace.visited).days
    if visit == VISIT_RECENT:
        return Fact("visited_recently", {"date": day, "days": max(days, 0)}, effect)
    return Fact("visit_out_of_date", {"date": day, "days": days}, effect)
