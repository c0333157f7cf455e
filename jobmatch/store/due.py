"""``jobmatch due``: what is overdue, and what falls due within the next days.

Every rule is in ``spec/followup.md`` and :mod:`jobmatch.store.plan`; each
number is a key under ``[followup]``. Contacts dated after ``as_of`` do not
count, so the same log answers "what was due on that day" for any date.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import Connection, func, select

from jobmatch.scoring.config import Followup
from jobmatch.store.log import Log, brief_placements
from jobmatch.store.plan import FollowUp, checkpoint_dates, follow_ups, next_visit
from jobmatch.store.readahead import People
from jobmatch.store.records import EMPLOYER_KINDS, FOLLOW_UP_KINDS, ContactKind, Placement
from jobmatch.store.schema import contact, outcome


class DueKind(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    AGREED = "agreed"
    OUTCOME = "outcome"
    EMPLOYER_CONTACT = "employer_contact"
    VISIT = "visit"


class DueState(StrEnum):
    OVERDUE = "overdue"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class DueItem:
    """One thing to do. ``detail`` is the week or month number, or the checkpoint."""

    kind: DueKind
    state: DueState
    due: date | None
    seeker: str | None = None
    workplace: str | None = None
    placement: str | None = None
    adviser: str = ""
    detail: str = ""

    def sort_key(self) -> tuple[int, date, str, str, str]:
        return (
            0 if self.state is DueState.OVERDUE else 1,
            self.due or date.min,
            self.kind,  # a StrEnum: orders as its value
            self.placement or "",
            self.seeker or self.workplace or "",
        )


@dataclass(frozen=True)
class Logged:
    """What ``due`` reads from the log: all of it but what needs the data folder's records.

    Read by :func:`read_log` (while the data folder is being read, in ``jobmatch
    due``), then completed by :meth:`items` with :class:`People`.
    """

    rules: Followup
    as_of: date
    horizon: date
    placements: list[Placement]
    found: list[DueItem]
    """The weekly and monthly follow-ups, outcomes and agreed dates."""
    contacted: Mapping[str, date]
    """The latest employer contact naming each seeker."""
    visits: Mapping[str, date]
    """The latest visit of each workplace."""

    def items(self, people: People, adviser: str | None = None) -> list[DueItem]:
        """Every item, in order: those of the log, and those that need ``people``."""
        found = [
            *self.found,
            *_employer_contacts(self, people),
            *_visits(self, people),
        ]
        if adviser is not None:
            wanted = adviser.casefold()
            found = [i for i in found if i.adviser.casefold() == wanted]
        return sorted(found, key=DueItem.sort_key)


def read_log(log: Log, *, as_of: date, days: int | None = None) -> Logged:
    """Everything ``due`` needs from the log, in one read transaction."""
    rules = log.rules
    horizon = as_of + timedelta(days=rules.due_days if days is None else days)
    with log.db.read() as conn:
        placements = brief_placements(conn)
        found = list(_plan_items(conn, placements, rules, as_of, horizon))
        found += _agreed(conn, placements, rules, as_of, horizon)
        contacted = _latest(conn, "seeker", as_of, [k.value for k in EMPLOYER_KINDS])
        active = any(p.active_on(as_of) for p in placements)
        visits = _latest(conn, "workplace", as_of, [ContactKind.VISIT.value]) if active else {}
    return Logged(rules, as_of, horizon, placements, found, contacted, visits)


def due(
    log: Log,
    people: People,
    *,
    as_of: date,
    days: int | None = None,
    adviser: str | None = None,
) -> list[DueItem]:
    """Every overdue item, and every item falling due by ``as_of + days``, in order."""
    return read_log(log, as_of=as_of, days=days).items(people, adviser)


def _state(day: date, as_of: date, horizon: date, grace: int) -> DueState | None:
    """Overdue when ``as_of`` is more than ``grace`` days past ``day``; else upcoming when
    ``day`` falls by ``horizon``; else nothing yet."""
    if (as_of - day).days > grace:
        return DueState.OVERDUE
    return DueState.UPCOMING if day <= horizon else None


def _open(p: Placement, day: date) -> bool:
    """Whether something dated ``day`` is still due for ``p`` (nothing after its end)."""
    return p.end_date is None or day <= p.end_date


def _plan_items(
    conn: Connection, placements: list[Placement], rules: Followup, as_of: date, horizon: date
) -> Iterable[DueItem]:
    relevant = [p for p in placements if p.start <= horizon]
    if not relevant:
        return
    seen = _follow_up_dates(conn, min(p.start for p in relevant), as_of)
    query = select(outcome.c.placement_id, outcome.c.checkpoint).where(outcome.c.recorded <= as_of)
    recorded = set(map(tuple, conn.execute(query).all()))
    # ``_state`` unrolled: this loop runs some 18 times per placement. Each plan is
    # looked up once per start date (the shared cache hashes the rules every time).
    grace = timedelta(days=rules.grace_days)
    overdue_before = as_of - grace if as_of - date.min > grace else date.min
    overdue, upcoming, no_dates = DueState.OVERDUE, DueState.UPCOMING, ()
    first_after = bisect.bisect_left
    plans: dict[date, tuple[FollowUp, ...]] = {}
    points: dict[date, list[tuple[str, date]]] = {}
    for p in relevant:
        start, end = p.start, p.end_date or date.max
        plan = plans.get(start)
        if plan is None:
            plan = plans[start] = follow_ups(start, rules)
        dates = seen.get(p.seeker, no_dates)
        for item in plan:  # in date order
            day = item.due
            if day > end:
                break  # nothing is due after the end
            if day < overdue_before:
                state = overdue
            elif day <= horizon:
                state = upcoming
            else:
                break
            at = first_after(dates, item.window_start)
            if at < len(dates) and dates[at] <= day:
                continue
            kind = DueKind.WEEKLY if item.kind == "weekly" else DueKind.MONTHLY
            yield DueItem(
                kind, state, day, p.seeker, p.workplace, p.ref, p.adviser, str(item.number)
            )
        checkpoints = points.get(start)
        if checkpoints is None:
            found = checkpoint_dates(start, rules).items()
            checkpoints = points[start] = [(point.value, day) for point, day in found]
        for point, day in checkpoints:
            if day > end or (p.id, point) in recorded:
                continue
            # "overdue 14 days after": on that day, where a follow-up waits out its grace
            reached = _state(day, as_of, horizon, rules.outcome_grace_days - 1)
            if reached is not None:
                yield DueItem(
                    DueKind.OUTCOME, reached, day, p.seeker, p.workplace, p.ref, p.adviser, point
                )


def _follow_up_dates(conn: Connection, since: date, as_of: date) -> dict[str, list[date]]:
    """Each seeker's follow-up contact dates, sorted."""
    query = select(contact.c.seeker, contact.c.date).where(
        contact.c.kind.in_([k.value for k in FOLLOW_UP_KINDS]),
        contact.c.seeker.is_not(None),
        contact.c.date >= since,
        contact.c.date <= as_of,
    )
    found: dict[str, list[date]] = defaultdict(list)
    for seeker, day in conn.execute(query).all():  # all at once: row by row is slower
        found[seeker].append(day)
    for dates in found.values():
        dates.sort()
    return found


def _latest(
    conn: Connection, column: str, as_of: date, kinds: Iterable[str] | None = None
) -> dict[str, date]:
    """The latest contact date per seeker or workplace, up to ``as_of``."""
    key = contact.c[column]
    query = select(key, func.max(contact.c.date)).where(key.is_not(None), contact.c.date <= as_of)
    if kinds is not None:
        query = query.where(contact.c.kind.in_(list(kinds)))
    rows = conn.execute(query.group_by(key)).all()
    return {ref: day for ref, day in rows if day is not None}


def _agreed(
    conn: Connection, placements: list[Placement], rules: Followup, as_of: date, horizon: date
) -> list[DueItem]:
    # No condition on ``date`` here: it would lead the database to walk the index on
    # the date, looking up every contact of the log, where reading the table
    # straight through is many times faster. The few agreed later are left out below.
    query = select(contact).where(contact.c.next_date.is_not(None), contact.c.next_date <= horizon)
    found = conn.execute(query.order_by(contact.c.next_date, contact.c.id)).all()
    agreed = [row for row in found if row.date <= as_of]
    if not agreed:
        return []
    by_id = {p.id: p for p in placements}
    by_seeker, by_workplace = _latest(conn, "seeker", as_of), _latest(conn, "workplace", as_of)
    items = []
    for row in agreed:
        last = by_seeker.get(row.seeker) if row.seeker else by_workplace.get(row.workplace)
        if last is not None and last >= row.next_date:
            continue
        p = by_id.get(row.placement_id) if row.placement_id is not None else None
        if p is not None and not _open(p, row.next_date):
            continue
        state = _state(row.next_date, as_of, horizon, rules.agreed_grace_days)
        if state is not None:
            ref = p.ref if p is not None else None
            items.append(
                DueItem(
                    DueKind.AGREED,
                    state,
                    row.next_date,
                    row.seeker,
                    row.workplace,
                    ref,
                    row.adviser or "",
                    f"C{row.id}",
                )
            )
    return items


def _employer_contacts(logged: Logged, people: People) -> list[DueItem]:
    rules, as_of, horizon, contacted = logged.rules, logged.as_of, logged.horizon, logged.contacted
    placed = {p.seeker for p in logged.placements}  # "and no placement": a planned one too
    items = []
    for seeker, enrolled in sorted(people.enrolled.items()):
        if seeker in placed or enrolled > as_of:
            continue
        last = contacted.get(seeker)
        if last is not None and last >= enrolled:
            continue
        day = enrolled + timedelta(days=rules.employer_contact_days)
        state = DueState.OVERDUE if as_of > day else (DueState.UPCOMING if day <= horizon else None)
        if state is not None:
            items.append(
                DueItem(
                    DueKind.EMPLOYER_CONTACT,
                    state,
                    day,
                    seeker,
                    adviser=people.advisers.get(seeker, ""),
                )
            )
    return items


def _visits(logged: Logged, people: People) -> list[DueItem]:
    rules, as_of, horizon, visits = logged.rules, logged.as_of, logged.horizon, logged.visits
    active: dict[str, Placement] = {}
    for p in sorted(logged.placements, key=lambda p: p.id):
        if p.active_on(as_of):
            active.setdefault(p.workplace, p)
    if not active:
        return []
    items = []
    for workplace, p in sorted(active.items()):
        known = [
            d
            for d in (people.visited.get(workplace), visits.get(workplace))
            if d is not None and d <= as_of
        ]
        last = max(known) if known else None
        day = None if last is None else next_visit(last, rules)
        if day is None or as_of > day:
            state: DueState | None = DueState.OVERDUE
        else:
            state = DueState.UPCOMING if day <= horizon else None
        if state is not None:
            items.append(DueItem(DueKind.VISIT, state, day, p.seeker, workplace, p.ref, p.adviser))
    return items
