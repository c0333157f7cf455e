"""bench/retrieval.py: the protocol's pure helpers (no scikit-learn, no data folder needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def retrieval() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_retrieval", ROOT / "bench" / "retrieval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_retrieval"] = module
    spec.loader.exec_module(module)
    return module


def test_ties_count_against_the_right_workplace(retrieval: ModuleType) -> None:
    scores = np.array([50.0, 50.0, 50.0 + 5e-10, 70.0, 10.0])
    assert retrieval.pessimistic_rank(scores, {0}) == 4  # after 1, 2 (tied) and 3 (higher)
    assert retrieval.pessimistic_rank(scores, {3}) == 1
    assert retrieval.pessimistic_rank(scores, {4}) == 5
    assert retrieval.pessimistic_rank(np.zeros(150), {7}) == 150


def test_the_best_right_workplace_counts_and_other_right_ones_do_not(
    retrieval: ModuleType,
) -> None:
    scores = np.array([40.0, 80.0, 80.0, 60.0])
    assert retrieval.pessimistic_rank(scores, {0, 1, 2}) == 1
    assert retrieval.pessimistic_rank(scores, {0, 3}) == 3


def test_reciprocal_rank_stops_at_ten(retrieval: ModuleType) -> None:
    assert retrieval.reciprocal_rank(1) == 1.0
    assert retrieval.reciprocal_rank(4) == 0.25
    assert retrieval.reciprocal_rank(10) == 0.1
    assert retrieval.reciprocal_rank(11) == 0.0


def test_a_tie_at_the_top_is_within_1e_9(retrieval: ModuleType) -> None:
    assert retrieval.top_tie(np.array([3.0, 9.0, 9.0 - 1e-10]))
    assert not retrieval.top_tie(np.array([3.0, 9.0, 8.9]))
    assert not retrieval.top_tie(np.array([9.0]))


def test_samples_are_seeded_and_independent_of_input_order(retrieval: ModuleType) -> None:
    codes = [f"c{n:03d}" for n in range(300)]
    first = retrieval.sample(1, codes, 150)
    assert first == retrieval.sample(1, list(reversed(codes)), 150)
    assert first != retrieval.sample(2, codes, 150)
    assert len(set(first)) == 150
    assert sorted(retrieval.sample(3, [9, 2, 5], 10)) == [2, 5, 9]


def test_nav_titles_split_outside_parentheses_and_join_continuations(
    retrieval: ModuleType,
) -> None:
    text = "Leder (bygg, anlegg), Bygningsingeniør, sivil, Bil-, drosje- og varebilfører, *, Bud"
    assert retrieval.split_titles(text) == [
        "Leder (bygg, anlegg)",
        "Bygningsingeniør, sivil",
        "Bil-, drosje- og varebilfører",
        "Bud",
    ]
    assert retrieval.split_titles("*") == []


def test_an_interest_inside_a_vocabulary_term_is_contamination(retrieval: ModuleType) -> None:
    terms = (" fylle hyller ", " sort mail ")
    assert retrieval.in_vocabulary("Sort mail.", terms)
    assert retrieval.in_vocabulary("hyller", terms)
    assert not retrieval.in_vocabulary("hylle", terms)
    assert not retrieval.in_vocabulary("sort mail and parcels", terms)


@pytest.mark.parametrize("count", [3, 4, 5, 10])
def test_every_workplace_can_give_the_seekers_hours_with_no_task_favoured(
    retrieval: ModuleType, count: int
) -> None:
    place = retrieval.Place("7000", tuple(f"Oppgave {n}" for n in range(count)))
    tasks = retrieval.workplace_record(0, place).tasks
    hours = {task.hours_per_week for task in tasks}
    assert len(hours) == 1  # the same for every task
    assert sum(task.hours_per_week for task in tasks) >= retrieval.SEEKER_HOURS
    assert hours.pop() >= retrieval.TASK_HOURS  # a carved job still holds several tasks
