"""The follow-up plan's dates, by hand (no database)."""

from __future__ import annotations

from datetime import date

from jobmatch.scoring.config import Followup
from jobmatch.store.plan import add_months, checkpoint_dates, follow_ups
from jobmatch.store.records import Checkpoint


def test_calendar_months_clamp_to_the_end_of_the_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 8, 31), 4) == date(2026, 12, 31)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 5, 15), 12) == date(2027, 5, 15)


def test_weekly_then_monthly_with_their_windows() -> None:
    plan = follow_ups(date(2026, 1, 31), Followup())
    weekly = [(f.due, f.window_start) for f in plan if f.kind == "weekly"]
    assert weekly == [
        (date(2026, 2, 7), date(2026, 2, 1)),
        (date(2026, 2, 14), date(2026, 2, 8)),
        (date(2026, 2, 21), date(2026, 2, 15)),
        (date(2026, 2, 28), date(2026, 2, 22)),
    ]
    monthly = [(f.number, f.due, f.window_start) for f in plan if f.kind == "monthly"]
    assert monthly[0] == (2, date(2026, 3, 31), date(2026, 3, 1))
    assert monthly[1] == (3, date(2026, 4, 30), date(2026, 4, 1))
    assert monthly[2] == (4, date(2026, 5, 31), date(2026, 5, 1))
    assert monthly[-1] == (12, date(2027, 1, 31), date(2027, 1, 1))
    assert len(monthly) == 11


def test_outcome_checkpoints() -> None:
    found = checkpoint_dates(date(2026, 8, 31), Followup())
    assert found == {
        Checkpoint.D90: date(2026, 11, 29),
        Checkpoint.M6: date(2027, 2, 28),
        Checkpoint.M12: date(2027, 8, 31),
    }


def test_every_rule_is_configurable() -> None:
    rules = Followup(weekly_count=2, weekly_interval_days=14, monthly_from=3, monthly_to=4)
    plan = follow_ups(date(2026, 1, 1), rules)
    assert [(f.kind, f.due) for f in plan] == [
        ("weekly", date(2026, 1, 15)),
        ("weekly", date(2026, 1, 29)),
        ("monthly", date(2026, 4, 1)),
        ("monthly", date(2026, 5, 1)),
    ]
