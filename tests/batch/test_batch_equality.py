"""Batch scores are the scalar reference's scores, confidence and components (to 1e-9).

Every pair of the example data, and every pair of generated data sets that
hold each kind of unknown the engine handles. The arrays are compared with
the reference in ``tests/reference``; the matches ``score_all`` yields are
compared with ``rank`` (which ``tests/scoring/test_reference.py`` holds to
the reference in full).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from jobmatch.api import Engine, batch_scorer, load, score_all
from jobmatch.loading import DataSet
from jobmatch.scoring.batch import BatchScorer
from jobmatch.scoring.evaluate import ChunkScores, score_chunk
from jobmatch.scoring.match import COMPONENTS, Match
from jobmatch.scoring.selection import select
from tests.reference.compare import assert_same_match
from tests.reference.engine import reference_match
from tests.strategies import data_sets

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 27)
TOLERANCE = 1e-9
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def example() -> DataSet:
    return load(ROOT)


@pytest.fixture(scope="module")
def engine(example: DataSet) -> Engine:
    return Engine.for_data(example, AS_OF)


def chunks(scorer: BatchScorer, size: int, every_pair: bool) -> list[ChunkScores]:
    count = len(scorer.seekers)
    return [
        score_chunk(scorer.tables, start, min(count, start + size), every_pair=every_pair)
        for start in range(0, count, size)
    ]


def assert_same(
    data: DataSet, engine: Engine, scorer: BatchScorer, found: list[ChunkScores], every_pair: bool
) -> int:
    """Compare each pair with the reference; returns the number of pairs compared."""
    compared = 0
    workplaces = list(data.workplaces.values())
    for chunk in found:
        for i in range(chunk.stop - chunk.start):
            seeker = scorer.seekers[chunk.start + i]
            record = data.seekers[seeker.id]
            for j, match in enumerate(reference_match(record, w, engine) for w in workplaces):
                where = f"{seeker.id} x {match.workplace}"
                assert bool(chunk.excluded[i, j]) == match.excluded, where
                assert chunk.score[i, j] == pytest.approx(match.score, abs=TOLERANCE), where
                if match.excluded and not every_pair:
                    assert np.isnan(chunk.confidence[i, j]), where
                    continue
                assert chunk.confidence[i, j] == pytest.approx(match.confidence, abs=TOLERANCE), (
                    where
                )
                for name in COMPONENTS:
                    value = chunk.components[name][i, j]
                    assert value == pytest.approx(match.components[name].value, abs=TOLERANCE), (
                        where,
                        name,
                    )
                compared += 1
    return compared


@pytest.mark.parametrize("every_pair", [True, False])
@pytest.mark.parametrize("size", [1, 4, 100])
def test_example_data_every_pair(
    example: DataSet, engine: Engine, every_pair: bool, size: int
) -> None:
    scorer = batch_scorer(example, engine)
    compared = assert_same(example, engine, scorer, chunks(scorer, size, every_pair), every_pair)
    assert compared > 0
    if every_pair:
        assert compared == len(scorer.seekers) * len(scorer.workplaces)


def test_only_active_seekers_are_scored(example: DataSet, engine: Engine) -> None:
    scorer = batch_scorer(example, engine)
    assert [s.id for s in scorer.seekers] == [s.id for s in example.seekers.values() if s.active]


@SETTINGS
@given(data=data_sets())
def test_generated_data_every_pair(data: DataSet) -> None:
    engine = Engine(as_of=AS_OF)
    scorer = batch_scorer(data, engine)
    assert_same(data, engine, scorer, chunks(scorer, 3, every_pair=True), every_pair=True)
    assert_same(data, engine, scorer, chunks(scorer, 2, every_pair=False), every_pair=False)


@SETTINGS
@given(data=data_sets(max_seekers=3, max_workplaces=12))
def test_score_all_is_rank(data: DataSet) -> None:
    """Top 3 of each seeker, as `rank` orders and cuts them (excluded left out)."""
    engine = Engine(as_of=AS_OF)
    found = list(score_all(data, engine=engine, top=3))
    expected = []
    for seeker in data.seekers.values():
        if seeker.active:
            ranked = engine.rank_workplaces(seeker, data.workplaces.values())
            expected += [m for m in ranked if not m.excluded][:3]
    assert [(m.seeker, m.workplace) for m in found] == [(m.seeker, m.workplace) for m in expected]
    assert [m.score for m in found] == [m.score for m in expected]


@SETTINGS
@given(data=data_sets(max_seekers=3, max_workplaces=12))
def test_score_all_with_excluded_is_rank_show_excluded(data: DataSet) -> None:
    """top=0 is every pair, and show_excluded adds the excluded ones: the very Match objects of rank."""
    engine = Engine(as_of=AS_OF)
    expected_every: list[Match] = []
    expected_shown: list[Match] = []
    every = list(score_all(data, engine=engine, top=0))
    shown = list(score_all(data, engine=engine, top=2, show_excluded=True))
    for seeker in data.seekers.values():
        if seeker.active:
            ranked = engine.rank_workplaces(seeker, data.workplaces.values())
            expected_every += select(ranked, None, None, show_excluded=True)
            expected_shown += select(ranked, 2, None, show_excluded=True)
    assert every == expected_every
    assert shown == expected_shown
    active = sum(s.active for s in data.seekers.values())
    assert len(every) == active * len(data.workplaces)


def test_score_all_every_pair_on_the_example(example: DataSet, engine: Engine) -> None:
    everything = list(score_all(example, engine=engine, top=0))
    active = [s for s in example.seekers.values() if s.active]
    assert len(everything) == len(active) * len(example.workplaces)
    assert any(m.excluded for m in everything)
    expected = []
    for seeker in active:
        ranked = engine.rank_workplaces(seeker, example.workplaces.values())
        expected += select(ranked, None, None, show_excluded=True)
    assert everything == expected
    assert all(m.score == 0 and m.exclusions for m in everything if m.excluded)
    included = [m for m in everything if not m.excluded]
    assert list(score_all(example, engine=engine, top=None)) == included
    assert list(score_all(example, engine=engine, top=0, min_score=70)) == [
        m for m in everything if m.excluded or m.score >= 70
    ]


def test_show_excluded_does_not_change_the_included(example: DataSet, engine: Engine) -> None:
    for top in (1, 3, None):
        plain = list(score_all(example, engine=engine, top=top, min_score=40))
        shown = list(score_all(example, engine=engine, top=top, min_score=40, show_excluded=True))
        assert [m for m in shown if not m.excluded] == plain
        assert [m for m in shown if m.excluded] == [
            m for m in score_all(example, engine=engine, top=0) if m.excluded
        ]


def test_score_all_min_score(example: DataSet, engine: Engine) -> None:
    everything = list(score_all(example, engine=engine, top=None))
    assert everything and not any(m.excluded for m in everything)
    best = [m for m in everything if m.score >= 70]
    assert list(score_all(example, engine=engine, top=None, min_score=70)) == best
    per_seeker: dict[str, int] = {}
    for m in score_all(example, engine=engine, top=2, min_score=50):
        per_seeker[m.seeker] = per_seeker.get(m.seeker, 0) + 1
        assert m.score >= 50
    assert max(per_seeker.values()) <= 2


def test_score_all_follows_as_of(example: DataSet) -> None:
    """--as-of moves readiness (a visit goes out of date) in the batch as in the engine."""
    engine = Engine.for_data(example, AS_OF)
    late = date(2031, 1, 1)
    found = {
        (m.seeker, m.workplace): m.score for m in score_all(example, engine=engine, as_of=late)
    }
    later = Engine.for_data(example, late)
    for (seeker, workplace), score in found.items():
        match = later.score(example.seekers[seeker], example.workplaces[workplace])
        assert score == match.score


def test_near_ties_are_decided_by_the_engine(example: DataSet, engine: Engine) -> None:
    """Two workplaces with the same tasks tie; the one-pair order (by id) is kept at the cut."""
    first = next(iter(example.workplaces.values()))
    twins = {
        **example.workplaces,
        "zz-twin-a": first.model_copy(update={"id": "zz-twin-a"}),
        "aa-twin-b": first.model_copy(update={"id": "aa-twin-b"}),
    }
    data = DataSet(example.root, example.seekers, dict(sorted(twins.items())))
    for top in (1, 2, 3, 5):
        found = list(score_all(data, engine=engine, top=top))
        for seeker in {m.seeker for m in found}:
            ranked = [
                m
                for m in engine.rank_workplaces(data.seekers[seeker], data.workplaces.values())
                if not m.excluded
            ]
            mine = [m.workplace for m in found if m.seeker == seeker]
            assert mine == [m.workplace for m in ranked[:top]]


def test_distance_at_the_limit_is_the_engines(example: DataSet, engine: Engine) -> None:
    """A seeker whose max_travel_km is exactly a workplace's distance: not too far, like the engine."""
    seeker = next(s for s in example.seekers.values() if s.location and s.location.lat is not None)
    workplace = next(
        w for w in example.workplaces.values() if w.location and w.location.lat is not None
    )
    exact = score_pair_distance(seeker, workplace)
    assert seeker.location is not None
    moved = seeker.model_copy(
        update={"location": seeker.location.model_copy(update={"max_travel_km": exact})}
    )
    data = DataSet(example.root, {moved.id: moved}, {workplace.id: workplace})
    scorer = batch_scorer(data, engine)
    chunk = score_chunk(scorer.tables, 0, 1, every_pair=True)
    assert bool(chunk.excluded[0, 0]) == engine.score(moved, workplace).excluded


def score_pair_distance(seeker: object, workplace: object) -> float:
    from jobmatch.scoring.views import seeker_view, workplace_view
    from tests.reference.rules import distance_km

    found = distance_km(seeker_view(seeker).place, workplace_view(workplace).place)  # type: ignore[arg-type]
    assert found is not None
    return found


def test_output_matches_are_the_reference(example: DataSet, engine: Engine) -> None:
    """The matches batch outputs are the reference's, explanation and all."""
    for match in score_all(example, engine=engine, top=3, show_excluded=True):
        expected = reference_match(
            example.seekers[match.seeker], example.workplaces[match.workplace], engine
        )
        assert_same_match(match, expected)
