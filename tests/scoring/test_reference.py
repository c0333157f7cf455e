"""The package's scoring agrees with the scalar reference in ``tests/reference``.

Every pair's full match (score, confidence, components, facts with their
values and impacts, task results, reasons, unknowns) on the example data
and on generated data sets holding every kind of unknown, in both
directions of ``rank`` and for one pair at a time.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from jobmatch.api import Engine, load
from jobmatch.loading import DataSet
from tests import factories
from tests.reference.compare import assert_same_match
from tests.reference.engine import reference_match
from tests.strategies import data_sets

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 27)
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def example() -> DataSet:
    return load(ROOT)


def assert_rank_is_reference(data: DataSet, engine: Engine) -> int:
    compared = 0
    for seeker in data.seekers.values():
        found = engine.rank_workplaces(seeker, data.workplaces.values())
        expected = {w.id: reference_match(seeker, w, engine) for w in data.workplaces.values()}
        assert sorted(m.workplace for m in found) == sorted(expected)
        for match in found:
            assert_same_match(match, expected[match.workplace])
            compared += 1
    return compared


def assert_rank_seekers_is_reference(data: DataSet, engine: Engine) -> None:
    for workplace in data.workplaces.values():
        found = engine.rank_seekers(workplace, data.seekers.values())
        for match in found:
            expected = reference_match(data.seekers[match.seeker], workplace, engine)
            assert_same_match(match, expected)


def test_example_data_every_pair(example: DataSet) -> None:
    engine = Engine.for_data(example, AS_OF)
    compared = assert_rank_is_reference(example, engine)
    assert compared == len(example.seekers) * len(example.workplaces)


def test_example_data_by_workplace(example: DataSet) -> None:
    assert_rank_seekers_is_reference(example, Engine.for_data(example, AS_OF))


def test_example_data_one_pair_at_a_time(example: DataSet) -> None:
    engine = Engine.for_data(example, AS_OF)
    seeker = next(iter(example.seekers.values()))
    for workplace in example.workplaces.values():
        assert_same_match(
            engine.score(seeker, workplace), reference_match(seeker, workplace, engine)
        )


def test_example_data_later_date(example: DataSet) -> None:
    """Visits go out of date: readiness follows ``as_of`` as in the reference."""
    assert_rank_is_reference(example, Engine.for_data(example, date(2031, 1, 1)))


@SETTINGS
@given(data=data_sets())
def test_generated_data_every_pair(data: DataSet) -> None:
    engine = Engine(as_of=AS_OF)
    assert_rank_is_reference(data, engine)


@SETTINGS
@given(data=data_sets(max_seekers=4, max_workplaces=3))
def test_generated_data_by_workplace(data: DataSet) -> None:
    assert_rank_seekers_is_reference(data, Engine(as_of=AS_OF))


def test_ties_between_interests_and_avoided_work_go_to_the_first_in_alphabetical_order() -> None:
    """Equal strength and weight: the reason names the alphabetically first text, as the reference."""
    engine = Engine(as_of=AS_OF)
    person = factories.seeker(
        interests=[{"what": "rydde hyller", "weight": 2}, {"what": "hyllepåfylling", "weight": 2}],
        avoid=["vaske gulv", "gulvvask"],
    )
    place = factories.workplace(
        tasks=[
            factories.task("a", "rydde hyller", keywords=["hyllepåfylling"]),
            factories.task("b", "vaske gulv", keywords=["gulvvask"]),
        ]
    )
    found = engine.score(person, place)
    assert_same_match(found, reference_match(person, place, engine))
    by_id = {t.id: t for t in found.tasks}
    strengths = dict(zip(("rydde hyller", "hyllepåfylling"), by_id["a"].strengths, strict=True))
    best = max(strengths.values())
    assert by_id["a"].interest == min(text for text, s in strengths.items() if s == best)
