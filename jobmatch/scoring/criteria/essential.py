"""An essential task the seeker cannot do.

At a workplace that does not carve jobs around it (``open_to_job_carving``
not true) it excludes the pair. At one that carves, it is a reason against
("essential task ... not doable: negotiate") and takes
``weights.essential_not_doable`` off *m*, the weighted mean of the
components, for each such task (not below 0), so that making a task
undoable never raises a score: the hours it frees cannot buy more than the
penalty takes.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.criteria.base import Bools, Floats, Ints, Kind, criterion
from jobmatch.scoring.match import Fact

CRITERION = criterion(
    "essential",
    Kind.EXCLUSION,
    "weights.essential_not_doable",
    ("doable_or_carved", None),
    ("negotiate", "essential_not_doable"),
    ("not_doable", "essential_not_doable"),
)


def not_doable(can: Bools, essential: Bools) -> Ints:
    """Per pair (rows) of task flags (columns): how many essential tasks are not doable."""
    result: Ints = np.sum(~can & essential, axis=1)
    return result


def excludes(can: Bools, essential: Bools, carves: Bools) -> Bools:
    """Per pair (rows) of task flags (columns): an essential task not doable, no carving."""
    result: Bools = (not_doable(can, essential) > 0) & ~carves
    return result


def penalty(config: ScoringConfig, negotiate: Ints) -> Floats:
    """Per pair: what comes off *m* (``negotiate``: the essential tasks not doable where the
    workplace carves)."""
    result: Floats = negotiate * np.float64(config.weights.essential_not_doable)
    return result


def penalised(mean: Floats, taken: Floats) -> Floats:
    """*m* less the penalty, not below 0."""
    result: Floats = np.maximum(0.0, mean - taken)
    return result


def facts(blockers: Iterable[Fact], carving: bool | None) -> list[Fact]:
    """One fact per blocker of an essential task, then why carving does not help."""
    found = [Fact("essential_not_doable", {**b.values, "rule": b.code}) for b in blockers]
    if found:
        found.append(
            Fact("no_job_carving", {"carving": "no" if carving is not None else "unknown"})
        )
    return found


def negotiate_facts(blockers: list[Fact], lost: float) -> list[Fact]:
    """At a workplace that carves: each blocker of an essential task as a reason against,
    sharing ``lost`` (the points the penalty took) between them."""
    share = -lost / len(blockers) if blockers else 0.0
    return [
        Fact("essential_not_doable", {**b.values, "rule": b.code, "carving": "yes"}, share)
        for b in blockers
    ]
