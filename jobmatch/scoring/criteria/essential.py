"""Exclusion: an essential task the seeker cannot do, at a workplace that does not carve
jobs around it (``open_to_job_carving`` not true)."""

from __future__ import annotations

from collections.abc import Iterable

from jobmatch.scoring.criteria.base import Bools, Kind, criterion
from jobmatch.scoring.match import Fact

CRITERION = criterion(
    "essential",
    Kind.EXCLUSION,
    None,
    ("doable_or_carved", None),
    ("not_doable", "essential_not_doable"),
)


def excludes(can: Bools, essential: Bools, carves: Bools) -> Bools:
    """Per pair (rows) of task flags (columns): an essential task not doable, no carving."""
    result: Bools = (~can & essential).any(axis=1) & ~carves
    return result


def facts(blockers: Iterable[Fact], carving: bool | None) -> list[Fact]:
    """One fact per blocker of an essential task, then why carving does not help."""
    found = [Fact("essential_not_doable", {**b.values, "rule": b.code}) for b in blockers]
    if found:
        found.append(
            Fact("no_job_carving", {"carving": "no" if carving is not None else "unknown"})
        )
    return found
