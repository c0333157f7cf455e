"""``jobmatch report``: the quarter's figures, aggregates only, small groups suppressed.

The figures are those of ``spec/followup.md``. A count from 1 to 4, and a
rate whose denominator is 1 to 4, is shown as ``"<5"``; 0 stays 0. There is
no complementary suppression: a suppressed cell may sometimes be worked out
from a total and the other cells.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select

from jobmatch.store.log import Log, brief_placements
from jobmatch.store.plan import checkpoint_dates
from jobmatch.store.records import EMPLOYER_KINDS, Checkpoint, OutcomeStatus, Placement
from jobmatch.store.schema import contact, outcome, placement

SUPPRESSED = "<5"
BANDS = ((0, 49), (50, 64), (65, 79), (80, 100))
NO_PLACEMENT = "none"
"""The group of seekers without a placement (or a score) when grouping."""


class GroupBy(StrEnum):
    ADVISER = "adviser"
    PURPOSE = "purpose"
    SCORE_BAND = "score-band"


Shown = int | float | str
"""A figure as it may be shown: a count, a rate (0 to 1), or ``"<5"``."""


def count(n: int) -> Shown:
    return SUPPRESSED if 1 <= n <= 4 else n


def rate(part: int, whole: int) -> Shown | None:
    """``part / whole`` rounded to three decimals; ``"<5"`` for a denominator of 1 to 4."""
    if whole == 0:
        return None
    return SUPPRESSED if whole <= 4 else round(part / whole, 3)


def band(score: float | None) -> str:
    if score is None:
        return NO_PLACEMENT
    for low, high in BANDS:
        if score < high + 1:
            return f"{low}-{high}"
    return f"{BANDS[-1][0]}-{BANDS[-1][1]}"


@dataclass(frozen=True)
class Retention:
    working: int
    recorded: int
    not_recorded: int

    def shown(self) -> dict[str, Shown | None]:
        return {
            "working": count(self.working),
            "recorded": count(self.recorded),
            "rate": rate(self.working, self.recorded),
            "not_recorded": count(self.not_recorded),
        }


@dataclass(frozen=True)
class Figures:
    """The figures of one group of seekers (or of everyone)."""

    group: str
    served: int
    job_starts: int
    in_work: int
    retention: dict[str, Retention]

    def shown(self) -> dict[str, object]:
        return {
            "group": self.group,
            "served": count(self.served),
            "job_starts": count(self.job_starts),
            "share_in_work": {
                "in_work": count(self.in_work),
                "served": count(self.served),
                "rate": rate(self.in_work, self.served),
            },
            "retention": {k: r.shown() for k, r in self.retention.items()},
        }


@dataclass(frozen=True)
class BandFigures:
    band: str
    placements: int
    retention: dict[str, Retention]
    engine_versions: tuple[str, ...]

    def shown(self) -> dict[str, object]:
        return {
            "band": self.band,
            "placements": count(self.placements),
            "retention": {k: r.shown() for k, r in self.retention.items()},
            "engine_versions": list(self.engine_versions) if len(self.engine_versions) > 1 else [],
        }


@dataclass(frozen=True)
class AdviserFigures:
    adviser: str
    employer_contacts: int
    weeks: float
    caseload: int
    warn_above: int

    def shown(self) -> dict[str, object]:
        per_week = self.employer_contacts / self.weeks if self.weeks else 0.0
        contacts = count(self.employer_contacts)
        return {
            "adviser": self.adviser,
            "employer_contacts": contacts,
            "employer_contacts_per_week": SUPPRESSED
            if contacts == SUPPRESSED
            else round(per_week, 2),
            "caseload": count(self.caseload),
            "caseload_warning": self.caseload > self.warn_above,
        }


@dataclass(frozen=True)
class Report:
    start: date
    end: date
    by: GroupBy | None
    groups: list[Figures]
    bands: list[BandFigures]
    advisers: list[AdviserFigures] = field(default_factory=list)

    def shown(self) -> dict[str, object]:
        """The report as it may be shown: every small count and rate suppressed."""
        return {
            "schema_version": 1,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "by": self.by.value if self.by else None,
            "groups": [g.shown() for g in self.groups],
            "score_bands": [b.shown() for b in self.bands],
            "advisers": [a.shown() for a in self.advisers],
        }


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


@dataclass
class _Data:
    placements: list[Placement]
    outcomes: dict[tuple[int, str], tuple[str, date]]
    period_contacts: dict[str, set[str]]
    """Seekers with a contact in the period."""
    latest_adviser: dict[str, tuple[date, int, str]]
    employer_contacts: dict[str, int]


def report(log: Log, start: date | None, end: date, by: GroupBy | str | None = None) -> Report:
    """The figures from ``start`` (default: the quarter's first day) to ``end``, both included."""
    start = start or quarter_start(end)
    grouping = GroupBy(by) if by else None
    data = _load(log, start, end)
    seeker_group = _grouping(data, grouping, end)
    served = _served(data, start, end)
    groups = [_figures("all", served, data.placements, data, start, end, log)]
    if grouping is not None:
        every = served | {p.seeker for p in data.placements}
        groups = []
        for name in sorted({seeker_group.get(s, NO_PLACEMENT) for s in every}):
            members = {s for s in every if seeker_group.get(s, NO_PLACEMENT) == name}
            placed = [p for p in data.placements if p.seeker in members]
            groups.append(_figures(name, served & members, placed, data, start, end, log))
    return Report(
        start,
        end,
        grouping,
        groups,
        _bands(data, start, end, log),
        _advisers(data, start, end, log),
    )


def _load(log: Log, start: date, end: date) -> _Data:
    since = min(start, end - timedelta(days=log.rules.caseload_days - 1))
    with log.db.read() as conn:
        placements = brief_placements(conn, placement.c.start <= end)
        outcomes = {
            (r.placement_id, r.checkpoint): (r.status, r.recorded)
            for r in conn.execute(
                select(
                    outcome.c.placement_id,
                    outcome.c.checkpoint,
                    outcome.c.status,
                    outcome.c.recorded,
                ).where(outcome.c.recorded <= end)
            )
        }
        period: dict[str, set[str]] = defaultdict(set)
        latest: dict[str, tuple[date, int, str]] = {}
        employer: dict[str, int] = defaultdict(int)
        kinds = {k.value for k in EMPLOYER_KINDS}
        query = select(
            contact.c.id, contact.c.date, contact.c.kind, contact.c.seeker, contact.c.adviser
        ).where(contact.c.date >= since, contact.c.date <= end)
        recent = end - timedelta(days=log.rules.caseload_days - 1)
        for cid, day, kind, seeker, adviser in conn.execute(query):
            if day >= start:
                if seeker:
                    period["all"].add(seeker)
                if kind in kinds:
                    employer[adviser or ""] += 1
            if seeker and day >= recent:
                mark = (day, cid, adviser or "")
                if seeker not in latest or latest[seeker] < mark:
                    latest[seeker] = mark
    return _Data(placements, outcomes, period, latest, employer)


def _served(data: _Data, start: date, end: date) -> set[str]:
    active = {
        p.seeker
        for p in data.placements
        if p.start <= end and (p.end_date is None or p.end_date >= start)
    }
    return active | data.period_contacts["all"]


def _grouping(data: _Data, by: GroupBy | None, end: date) -> dict[str, str]:
    """Each seeker's group: from their latest placement (or latest contact, for the adviser)."""
    if by is None:
        return {}
    found: dict[str, str] = {}
    if by is GroupBy.ADVISER:
        found = {s: a for s, (_, _, a) in data.latest_adviser.items()}
    for p in sorted(data.placements, key=lambda p: (p.start, p.id)):
        if by is GroupBy.ADVISER:
            if p.active_on(end) or p.seeker not in found:
                found[p.seeker] = p.adviser
        elif by is GroupBy.PURPOSE:
            found[p.seeker] = p.purpose or NO_PLACEMENT
        else:
            found[p.seeker] = band(p.score)
    return found


def _figures(
    name: str,
    served: set[str],
    placements: list[Placement],
    data: _Data,
    start: date,
    end: date,
    log: Log,
) -> Figures:
    """Served and share in work among ``served``; starts and retention over ``placements``."""
    starts = sum(1 for p in placements if start <= p.start <= end)
    in_work = _in_work(served, placements, data, end)
    return Figures(name, len(served), starts, in_work, _retention(placements, data, end, log))


def _in_work(seekers: set[str], placements: list[Placement], data: _Data, end: date) -> int:
    working: set[str] = set()
    latest: dict[str, tuple[date, str]] = {}
    for p in placements:
        if p.active_on(end) and p.purpose == "employment":
            working.add(p.seeker)
        for point in Checkpoint:
            found = data.outcomes.get((p.id, point.value))
            if found is not None:
                status, recorded = found
                if p.seeker not in latest or latest[p.seeker][0] <= recorded:
                    latest[p.seeker] = (recorded, status)
    working |= {s for s, (_, status) in latest.items() if status == OutcomeStatus.WORKING.value}
    return len(working & seekers)


def _retention(
    placements: Iterable[Placement], data: _Data, end: date, log: Log
) -> dict[str, Retention]:
    tally = {point.value: [0, 0, 0] for point in Checkpoint}
    for p in placements:
        for point, day in checkpoint_dates(p.start, log.rules).items():
            if day > end:
                continue
            found = data.outcomes.get((p.id, point.value))
            row = tally[point.value]
            if found is None:
                row[2] += 1
            else:
                row[1] += 1
                row[0] += found[0] == OutcomeStatus.WORKING.value
    return {k: Retention(*v) for k, v in tally.items()}


def _bands(data: _Data, start: date, end: date, log: Log) -> list[BandFigures]:
    """The period's placements by their recorded score, with the retention of each band."""
    grouped: dict[str, list[Placement]] = defaultdict(list)
    for p in data.placements:
        if start <= p.start <= end and p.score is not None:
            grouped[band(p.score)].append(p)
    found = []
    for low, high in BANDS:
        name = f"{low}-{high}"
        mine = grouped.get(name, [])
        versions = tuple(
            sorted({str(p.engine_version) for p in mine if p.engine_version is not None})
        )
        found.append(BandFigures(name, len(mine), _retention(mine, data, end, log), versions))
    return found


def _advisers(data: _Data, start: date, end: date, log: Log) -> list[AdviserFigures]:
    weeks = ((end - start).days + 1) / 7
    caseload: dict[str, set[str]] = defaultdict(set)
    owner = {s: a for s, (_, _, a) in data.latest_adviser.items()}
    for p in sorted(data.placements, key=lambda p: (p.start, p.id)):
        if p.active_on(end):
            owner[p.seeker] = p.adviser
    for seeker, adviser in owner.items():
        caseload[adviser].add(seeker)
    names = sorted(set(caseload) | set(data.employer_contacts))
    warn = log.rules.caseload_warning
    return [
        AdviserFigures(
            n, data.employer_contacts.get(n, 0), weeks, len(caseload.get(n, set())), warn
        )
        for n in names
    ]
