"""Placement assignment: optimal (against brute force), deterministic, within the rules."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobmatch.api import Engine, assign, load
from jobmatch.loading import DataSet
from jobmatch.scoring.assign import Objective, best_assignment, objective_value

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 27)
SCORES = st.sampled_from([0.0, 10.0, 25.5, 40.0, 55.25, 70.0, 99.9])


@st.composite
def instances(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Up to 5 seekers and 4 workplaces: scores, allowed pairs, capacities (0 to 2)."""
    seekers, workplaces = draw(st.integers(1, 5)), draw(st.integers(1, 4))
    scores = np.array([[draw(SCORES) for _ in range(workplaces)] for _ in range(seekers)])
    allowed = np.array([[draw(st.booleans()) for _ in range(workplaces)] for _ in range(seekers)])
    capacity = np.array([draw(st.integers(0, 2)) for _ in range(workplaces)])
    return scores, allowed, capacity


def brute_force(
    scores: np.ndarray, allowed: np.ndarray, capacity: np.ndarray, objective: Objective
) -> tuple[int, float] | float:
    """The best objective value over every way to assign (a seeker to a workplace or to none)."""
    seekers, workplaces = scores.shape
    best: tuple[int, float] | float | None = None
    for choice in itertools.product([None, *range(workplaces)], repeat=seekers):
        used = Counter(j for j in choice if j is not None)
        if any(used[j] > capacity[j] for j in used):
            continue
        pairs = [(i, j) for i, j in enumerate(choice) if j is not None]
        if not all(allowed[i, j] for i, j in pairs):
            continue
        value = objective_value(pairs, scores, objective)
        if best is None or _better(value, best):
            best = value
    assert best is not None
    return best


def _better(a: tuple[int, float] | float, b: tuple[int, float] | float) -> bool:
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0], round(a[1], 6)) > (b[0], round(b[1], 6))
    assert isinstance(a, float) and isinstance(b, float)
    return round(a, 6) > round(b, 6)


def check_valid(pairs: list[tuple[int, int]], allowed: np.ndarray, capacity: np.ndarray) -> None:
    seekers = [i for i, _ in pairs]
    assert len(seekers) == len(set(seekers))
    assert all(allowed[i, j] for i, j in pairs)
    used = Counter(j for _, j in pairs)
    assert all(used[j] <= capacity[j] for j in used)


@settings(max_examples=300, deadline=None)
@given(instance=instances(), objective=st.sampled_from(list(Objective)))
def test_optimal_against_brute_force(
    instance: tuple[np.ndarray, np.ndarray, np.ndarray], objective: Objective
) -> None:
    scores, allowed, capacity = instance
    pairs = best_assignment(scores, allowed, capacity, objective)
    check_valid(pairs, allowed, capacity)
    found = objective_value(pairs, scores, objective)
    expected = brute_force(scores, allowed, capacity, objective)
    if isinstance(found, tuple) and isinstance(expected, tuple):
        assert found[0] == expected[0]
        assert found[1] == pytest.approx(expected[1], abs=1e-6)
    else:
        assert found == pytest.approx(expected, abs=1e-6)


def test_placed_places_more_than_score_would() -> None:
    """One seeker can go to A (90) or B (10); another only to A (50)."""
    scores = np.array([[90.0, 10.0], [50.0, 0.0]])
    allowed = np.array([[True, True], [True, False]])
    capacity = np.array([1, 1])
    assert best_assignment(scores, allowed, capacity, Objective.SCORE) == [(0, 0)]
    assert best_assignment(scores, allowed, capacity, Objective.PLACED) == [(0, 1), (1, 0)]


def test_deterministic_with_ties() -> None:
    scores = np.full((4, 3), 50.0)
    allowed = np.ones((4, 3), dtype=bool)
    capacity = np.array([1, 1, 1])
    first = best_assignment(scores, allowed, capacity, Objective.SCORE)
    assert len(first) == 3
    for _ in range(5):
        assert (
            best_assignment(scores.copy(), allowed.copy(), capacity.copy(), Objective.SCORE)
            == first
        )


def test_nothing_allowed() -> None:
    scores = np.zeros((2, 2))
    assert (
        best_assignment(scores, np.zeros((2, 2), dtype=bool), np.array([1, 1]), Objective.PLACED)
        == []
    )


@pytest.fixture(scope="module")
def example() -> DataSet:
    return load(ROOT)


@pytest.mark.parametrize("objective", list(Objective))
def test_assign_on_the_example_data(example: DataSet, objective: Objective) -> None:
    engine = Engine.for_data(example, AS_OF)
    result = assign(example, engine=engine, objective=objective)
    active = sorted(s.id for s in example.seekers.values() if s.active)
    placed = [p.seeker for p in result.placements]
    assert sorted(placed + list(result.unassigned)) == active
    assert len(placed) == len(set(placed))
    used = Counter(p.workplace for p in result.placements)
    for workplace, count in used.items():
        capacity = example.workplaces[workplace].capacity
        assert count <= (1 if capacity is None else capacity)
    for p in result.placements:
        match = engine.score(example.seekers[p.seeker], example.workplaces[p.workplace])
        assert not match.excluded and p.score == match.score
    assert result.total_score == pytest.approx(sum(p.score for p in result.placements))


def test_unknown_capacity_is_one_place_and_zero_is_none(example: DataSet) -> None:
    engine = Engine.for_data(example, AS_OF)
    one = next(w for w in example.workplaces.values() if w.capacity not in (0, None))
    for capacity, most in ((None, 1), (0, 0), (3, 3)):
        workplace = one.model_copy(update={"capacity": capacity})
        data = DataSet(example.root, example.seekers, {workplace.id: workplace})
        result = assign(data, engine=engine, objective="placed")
        assert len(result.placements) <= most
        if most:
            assert result.placements, "the example data has seekers for every workplace"


def test_min_score_keeps_low_pairs_out(example: DataSet) -> None:
    engine = Engine.for_data(example, AS_OF)
    result = assign(example, engine=engine, objective=Objective.PLACED, min_score=80)
    assert all(p.score >= 80 for p in result.placements)
