"""The adviser's overview of a data folder: one row per seeker or workplace, and filters.

``jobmatch list`` shows these rows as a table, JSON or CSV; a script gets the
same rows from :func:`seeker_rows` and :func:`workplace_rows`. A row holds
only what an adviser needs to find a record (never ``confidential`` data, never
an accommodation), with ``None`` for what the file leaves unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from jobmatch.models import Purpose, Seeker, Status, Workplace

Kind = Literal["seekers", "workplaces"]
Row = Mapping[str, object]

SEEKER_COLUMNS = ("id", "name", "status", "purpose", "municipality")
"""The keys of a seeker's row, in order (the JSON keys and the CSV columns)."""
LOGGED_SEEKER_COLUMNS = (*SEEKER_COLUMNS, "placed_at")
"""The keys with a follow-up log: ``placed_at`` is the workplace of the seeker's active
placement (None when there is none). A data folder without a log has no such key."""
WORKPLACE_COLUMNS = ("id", "name", "offers", "municipality", "visited", "capacity")
"""The keys of a workplace's row, in order: ``visited`` is the last visit."""


@dataclass(frozen=True)
class Filters:
    """What ``list`` keeps; a filter left as None keeps everything.

    ``status`` applies to seekers, ``not_visited_since`` to workplaces;
    ``purpose`` is a seeker's goal or a purpose a workplace offers (a workplace
    that does not say what it offers offers every purpose, as in scoring).
    """

    status: Status | None = None
    municipality: str | None = None
    purpose: Purpose | None = None
    not_visited_since: date | None = None


def seeker_row(seeker: Seeker, placed_at: str | None = None, logged: bool = False) -> Row:
    """A seeker's id, name, status (``active`` when the file has none; ``placed`` when the
    follow-up log has an active placement), purpose, municipality and, when there is a
    follow-up log (``logged``), the workplace of that placement (``placed_at``)."""
    status = seeker.status or Status.ACTIVE
    if placed_at is not None and status is Status.ACTIVE:
        status = Status.PLACED
    return {
        "id": seeker.id,
        "name": seeker.name,
        "status": status.value,
        "purpose": seeker.goal.purpose.value,
        "municipality": seeker.location.municipality if seeker.location else None,
    } | ({"placed_at": placed_at} if logged else {})


def workplace_row(workplace: Workplace, taken: int = 0) -> Row:
    """A workplace's id, name, purposes offered, municipality, last visit and open places
    (its capacity less the ``taken`` places of active placements in the follow-up log)."""
    capacity = workplace.capacity
    if capacity is not None:
        capacity = max(0, capacity - taken)
    return {
        "id": workplace.id,
        "name": workplace.name,
        "offers": None if workplace.offers is None else [p.value for p in workplace.offers],
        "municipality": workplace.location.municipality if workplace.location else None,
        "visited": None if workplace.visited is None else workplace.visited.isoformat(),
        "capacity": capacity,
    }


def seeker_rows(
    seekers: Iterable[Seeker], filters: Filters = Filters(), placed: Mapping[str, str] | None = None
) -> list[Row]:
    """The rows of the seekers that pass ``filters``, in the given order; ``placed``: the
    workplace of each seeker with an active placement in the follow-up log (their status
    filters as ``placed``), or None where there is no log."""
    logged, where = placed is not None, placed or {}
    rows = ((s, seeker_row(s, where.get(s.id), logged)) for s in seekers)
    return [row for seeker, row in rows if _seeker_kept(seeker, filters, row["status"])]


def workplace_rows(
    workplaces: Iterable[Workplace], filters: Filters = Filters(), taken: Mapping[str, int] = {}
) -> list[Row]:
    """The rows of the workplaces that pass ``filters``, in the given order; ``taken``:
    active placements per workplace in the follow-up log."""
    return [workplace_row(w, taken.get(w.id, 0)) for w in workplaces if _workplace_kept(w, filters)]


def _seeker_kept(seeker: Seeker, filters: Filters, status: object) -> bool:
    where = seeker.location.municipality if seeker.location else None
    return (
        (filters.status is None or status == filters.status.value)
        and _same_place(where, filters.municipality)
        and (filters.purpose is None or seeker.goal.purpose == filters.purpose)
    )


def _workplace_kept(workplace: Workplace, filters: Filters) -> bool:
    where = workplace.location.municipality if workplace.location else None
    since, visited = filters.not_visited_since, workplace.visited
    return (
        _same_place(where, filters.municipality)
        and (
            filters.purpose is None
            or workplace.offers is None
            or filters.purpose in workplace.offers
        )
        and (since is None or visited is None or visited < since)
    )


def _same_place(municipality: str | None, wanted: str | None) -> bool:
    """The same municipality, whatever the case or surrounding spaces."""
    if wanted is None:
        return True
    return municipality is not None and municipality.strip().casefold() == wanted.strip().casefold()
