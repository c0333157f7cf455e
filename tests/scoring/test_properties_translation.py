"""Naming tasks in bokmål or in English moves no score by more than 5 points.

spec/scoring.md, "Rules that must hold": translating the task names of
vocabulary concepts between Norwegian and English, on the example data.
A task whose name has a task concept is named by the concept's bokmål
label and then by its English label; every seeker of the example data is
scored against the workplace both ways. The seekers write in both
languages, so each translation is across languages for some of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jobmatch.api import Engine, load
from jobmatch.loading import DataSet
from tests.labels import EN, NB, concept_labels, renamed

MAX_MOVE = 5.0


@pytest.fixture(scope="module")
def example(example_root: Path) -> DataSet:
    return load(example_root)


def _moves(
    engine: Engine, data: DataSet, wid: str, first: dict[str, str], second: dict[str, str]
) -> Iterator[tuple[str, float, float]]:
    """Each seeker's score with the workplace's tasks named in ``first``'s languages and
    in ``second``'s."""
    workplace = data.workplaces[wid]
    labels = concept_labels(engine, workplace)
    one, other = renamed(workplace, labels, first), renamed(workplace, labels, second)
    for sid, seeker in data.seekers.items():
        a, b = engine.score(seeker, one).score, engine.score(seeker, other).score
        yield sid, a, b


def test_the_example_data_names_tasks_that_have_concepts(engine: Engine, example: DataSet) -> None:
    """The rule is not empty on the example data: most workplaces have such tasks."""
    named = [w for w in example.workplaces.values() if concept_labels(engine, w)]
    assert len(named) >= len(example.workplaces) // 2


def test_all_tasks_in_bokmal_or_all_in_english_move_no_score_by_more_than_5(
    engine: Engine, example: DataSet
) -> None:
    over = []
    for wid, workplace in sorted(example.workplaces.items()):
        ids = concept_labels(engine, workplace)
        for sid, nb, en in _moves(
            engine, example, wid, dict.fromkeys(ids, NB), dict.fromkeys(ids, EN)
        ):
            if abs(nb - en) > MAX_MOVE:
                over.append(f"{sid} x {wid}: {nb:.1f} in bokmål, {en:.1f} in English")
    assert not over, "\n".join(over)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_translating_any_of_the_tasks_moves_no_score_by_more_than_5(
    engine: Engine, example: DataSet, data: st.DataObject
) -> None:
    """Tasks named in a mix of the two languages, and some of them translated."""
    wid = data.draw(st.sampled_from(sorted(example.workplaces)))
    ids = sorted(concept_labels(engine, example.workplaces[wid]))
    assume(ids)
    before = {i: data.draw(st.sampled_from([NB, EN])) for i in ids}
    flipped = data.draw(st.sets(st.sampled_from(ids), min_size=1))
    after = {i: (EN if before[i] == NB else NB) if i in flipped else before[i] for i in ids}
    for sid, a, b in _moves(engine, example, wid, before, after):
        assert abs(a - b) <= MAX_MOVE, f"{sid} x {wid}: {a:.1f} -> {b:.1f} ({after})"
