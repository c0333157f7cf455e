"""``due`` on the example fixture, against expectations worked out by hand.

The fixture (``examples/followup.jsonl``, made by ``tools/followup_fixture.py``)
is imported as of 2026-12-01. Its placements, with the dates that matter:

- P2 thomas-r, start 2026-05-15: month 6 (2026-11-15) has no follow-up
  contact, and the 6m outcome (2026-11-15) is not recorded; a contact on
  2026-11-19 agreed a next contact on 2026-11-25 that never came (C54).
- P3 erik-l, start 2026-11-11: week 1 (11-18) met on 11-17; week 2 (11-25)
  not met; weeks 3 (12-02) and 4 (12-09) ahead.
- P4 hanne-j at vaskeri-drammen, start 2026-08-23: the 90d outcome is due
  2026-11-21; the workplace was last visited 2025-03-10 (over a year).
- P7 sindre-v: a contact on 11-26 agreed a next contact on 11-30 (C57),
  overdue the day after (an agreed date has no grace period).
- Enrolled without a placement: randi-p (2026-08-24; her only employer
  contact was before enrolment), jonas-b (2026-10-19, none), ingrid-s
  (11-02), sara-l (11-09), yusuf-a (11-16); daniel-m and petter-o have had
  an employer contact since enrolment.
"""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.loading import load_data
from jobmatch.store.due import People, due
from jobmatch.store.log import NewPlacement
from tests.store.conftest import ROOT

EXPECTED_2026_12_01 = [
    ("overdue", "2026-03-10", "visit", "", "P4", "hanne-j"),
    ("overdue", "2026-09-23", "employer_contact", "", None, "randi-p"),
    ("overdue", "2026-11-15", "monthly", "6", "P2", "thomas-r"),
    ("overdue", "2026-11-15", "outcome", "6m", "P2", "thomas-r"),
    ("overdue", "2026-11-18", "employer_contact", "", None, "jonas-b"),
    ("overdue", "2026-11-25", "agreed", "C54", "P2", "thomas-r"),
    ("overdue", "2026-11-25", "weekly", "2", "P3", "erik-l"),
    ("overdue", "2026-11-30", "agreed", "C57", "P7", "sindre-v"),
    ("upcoming", "2026-11-21", "outcome", "90d", "P4", "hanne-j"),
    ("upcoming", "2026-12-02", "employer_contact", "", None, "ingrid-s"),
    ("upcoming", "2026-12-02", "weekly", "3", "P3", "erik-l"),
    ("upcoming", "2026-12-09", "employer_contact", "", None, "sara-l"),
    ("upcoming", "2026-12-09", "weekly", "4", "P3", "erik-l"),
]


@pytest.fixture(scope="module")
def people() -> People:
    data = load_data(ROOT)
    return People(
        enrolled={
            s.id: s.goal.enrolled for s in data.seekers.values() if s.active and s.goal.enrolled
        },
        visited={w.id: w.visited for w in data.workplaces.values()},
        advisers={s.id: s.adviser.name for s in data.seekers.values() if s.adviser},
    )


def _rows(items: list) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [
        (
            i.state.value,
            i.due.isoformat() if i.due else None,
            i.kind.value,
            i.detail,
            i.placement,
            i.seeker,
        )
        for i in items
    ]


def test_due_lists_exactly_the_expected_items(example_log, people: People) -> None:
    assert _rows(due(example_log, people, as_of=date(2026, 12, 1))) == EXPECTED_2026_12_01


def _find(items: list, kind: str, seeker: str, detail: str = "") -> str | None:  # type: ignore[type-arg]
    for i in items:
        if i.kind.value == kind and i.seeker == seeker and i.detail == detail:
            return str(i.state.value)
    return None


@pytest.mark.parametrize(
    ("as_of", "state"),
    [
        (date(2026, 11, 10), None),  # before the start: week 2 is beyond the 14 days
        (date(2026, 11, 24), "upcoming"),  # week 2 (11-25) ahead
        (date(2026, 11, 27), "upcoming"),  # two days past: within the grace period
        (date(2026, 11, 28), "overdue"),  # three days past
    ],
)
def test_weekly_grace_period(example_log, people: People, as_of: date, state: str | None) -> None:
    items = due(example_log, people, as_of=as_of)
    assert _find(items, "weekly", "erik-l", "2") == state
    week_1 = _find(items, "weekly", "erik-l", "1")
    assert week_1 == ("upcoming" if as_of < date(2026, 11, 17) else None)  # met on 11-17


@pytest.mark.parametrize(
    ("as_of", "state"),
    [
        (date(2026, 11, 3), None),
        (date(2026, 11, 4), "upcoming"),
        (date(2026, 11, 18), "upcoming"),
        (date(2026, 11, 19), "overdue"),
    ],
)
def test_employer_contact_30_days_after_enrolment(
    example_log, people: People, as_of: date, state: str | None
) -> None:
    assert _find(due(example_log, people, as_of=as_of), "employer_contact", "jonas-b") == state


@pytest.mark.parametrize(
    ("as_of", "state"),
    [(date(2026, 11, 28), "upcoming"), (date(2026, 11, 29), "overdue")],
)
def test_outcome_is_overdue_14_days_after_its_checkpoint(
    example_log, people: People, as_of: date, state: str
) -> None:
    assert _find(due(example_log, people, as_of=as_of), "outcome", "thomas-r", "6m") == state


def test_monthly_window_and_the_end_of_a_placement(example_log, people: People) -> None:
    items = due(example_log, people, as_of=date(2026, 11, 18))
    assert _find(items, "monthly", "thomas-r", "6") == "overdue"  # three days past 11-15
    at_17 = due(example_log, people, as_of=date(2026, 11, 17))
    assert _find(at_17, "monthly", "thomas-r", "6") == "upcoming"  # two: the grace period
    # month 5 (2026-10-15) was met by a follow-up in its window (after 09-15, by 10-15)
    assert _find(at_17, "monthly", "thomas-r", "5") is None
    # kristian-h's placement ended 2026-11-01: nothing is due after it, months later
    later = due(example_log, people, as_of=date(2027, 3, 1))
    assert not [i for i in later if i.seeker == "kristian-h"]


def test_a_follow_up_contact_meets_the_item_and_filters_by_adviser(
    example_log, people: People
) -> None:
    example_log.contact(date(2026, 11, 24), "three_way", placement_id=3, adviser="Siri Hovland")
    items = due(example_log, people, as_of=date(2026, 12, 1))
    assert _find(items, "weekly", "erik-l", "2") is None
    mine = due(example_log, people, as_of=date(2026, 12, 1), adviser="siri hovland")
    assert {i.seeker for i in mine} == {"erik-l", "randi-p", "jonas-b"}


def test_a_visit_contact_counts_like_the_workplace_file(example_log, people: People) -> None:
    example_log.contact(
        date(2026, 11, 20), "visit", workplace="vaskeri-drammen", adviser="Siri Hovland"
    )
    assert _find(due(example_log, people, as_of=date(2026, 12, 1)), "visit", "hanne-j") is None


def _one_seeker(enrolled: date | None = None, visited: date | None = None) -> People:
    return People(
        enrolled={"ola-n": enrolled} if enrolled else {},
        visited={"lager": visited},
        advisers={},
    )


@pytest.mark.parametrize(
    ("as_of", "state"),
    [
        (date(2027, 3, 9), "upcoming"),
        (date(2027, 3, 10), "upcoming"),
        (date(2027, 3, 11), "overdue"),
    ],
)
def test_an_agreed_date_is_overdue_the_day_after_it(log, as_of: date, state: str) -> None:
    log.contact(date(2027, 3, 1), "follow_up_seeker", seeker="ola-n", next_date=date(2027, 3, 10))
    assert _find(due(log, _one_seeker(), as_of=as_of), "agreed", "ola-n", "C1") == state


@pytest.mark.parametrize(
    ("visited", "as_of", "state"),
    [
        (date(2027, 3, 1), date(2028, 3, 1), "upcoming"),  # a year to the day, over 29 February
        (date(2027, 3, 1), date(2028, 3, 2), "overdue"),
        (date(2028, 2, 29), date(2029, 2, 28), "upcoming"),  # clamped to the month's end
        (date(2028, 2, 29), date(2029, 3, 1), "overdue"),
    ],
)
def test_a_visit_is_due_a_calendar_year_after_the_last(
    log, visited: date, as_of: date, state: str | None
) -> None:
    log.place(NewPlacement("ola-n", "lager", date(2027, 3, 1)), as_of=date(2027, 3, 1))
    assert _find(due(log, _one_seeker(visited=visited), as_of=as_of), "visit", "ola-n") == state


def test_a_planned_placement_ends_the_need_for_employer_contacts(log) -> None:
    enrolled, as_of = date(2026, 10, 1), date(2026, 11, 15)
    people = _one_seeker(enrolled=enrolled)
    assert _find(due(log, people, as_of=as_of), "employer_contact", "ola-n") == "overdue"
    log.place(NewPlacement("ola-n", "lager", date(2027, 1, 4)), as_of=as_of)
    assert _find(due(log, people, as_of=as_of), "employer_contact", "ola-n") is None
