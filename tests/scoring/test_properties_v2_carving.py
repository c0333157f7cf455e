"""Coverage-first carving, the graded interest component and the gate, as properties.

The rules of spec/scoring.md (version 2) that carving and the gate answer
for: an interest worded as a doable task never lowers ``interest``; a
workplace where no interest is met never ranks above one where one is; the
carved hours never exceed the ceiling; 60 doable hours against a goal of 20
give a 20-hour job; the same result whatever the order of interests and
tasks. And the steps themselves, on hand-made strengths below the
threshold, which the word table keeps once matching is graded.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from datetime import date
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jobmatch.api import Engine
from jobmatch.loading import DataSet
from jobmatch.matching.similarity import MatchEvidence
from jobmatch.models import Seeker, Workplace
from jobmatch.output.matches import top_reason
from jobmatch.scoring.match import Match, TaskResult
from tests import factories
from tests.factories import merge
from tests.reference.carving import share_hours
from tests.reference.compare import assert_same_match
from tests.reference.engine import reference_match
from tests.strategies import WORDS, data_sets, seeker_dicts, workplace_dicts

AS_OF = date(2026, 11, 27)
SETTINGS = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _score(engine: Engine, s: dict[str, Any], w: dict[str, Any]) -> Match:
    return engine.score(Seeker.model_validate(s), Workplace.model_validate(w))


def _mostly_included(
    s: dict[str, Any], w: dict[str, Any], data: st.DataObject
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pair without what excludes most pairs (limits, schedules, places, offers, capacity),
    and with some of the seeker's interests worded as the workplace's tasks."""
    s = merge(s, {"limits": None, "schedule": None, "location": None})
    w = merge(w, {"offers": None, "capacity": None, "schedule": None})
    names = [t["name"] for t in w["tasks"]]
    worded = data.draw(st.lists(st.sampled_from(names), max_size=3))
    weights = data.draw(st.lists(st.sampled_from(["1", "2", "3"]), min_size=3, max_size=3))
    extra = [{"what": n, "weight": wt} for n, wt in zip(worded, weights, strict=False)]
    return merge(s, {"interests": [*s["interests"], *extra]}), w


def _threshold(engine: Engine) -> float:
    return engine.config.thresholds.word_match


def _met_interests(match: Match, threshold: float) -> int:
    """Interests met by a doable task that is not avoided: those carving's step 2 serves."""
    count = len(match.tasks[0].strengths) if match.tasks else 0
    return sum(
        any(t.doable and t.avoided is None and t.strengths[j] >= threshold for t in match.tasks)
        for j in range(count)
    )


def _essential_minimum(w: dict[str, Any], match: Match, minimum: int) -> int:
    """Hours step 1 gives the essential tasks at a workplace that does not carve."""
    if w.get("open_to_job_carving") == "true":
        return 0
    ceiling = int(match.hours.values["hours"])  # type: ignore[call-overload]
    given = 0
    for t in sorted(match.tasks, key=lambda t: t.id):
        if t.doable and t.essential:
            hours = ceiling if t.hours_available is None else math.floor(t.hours_available + 1e-9)
            given += min(hours, minimum, ceiling - given)
    return given


def _interest_met(match: Match, threshold: float) -> bool:
    return any(t.carved_hours > 0 and max(t.strengths) >= threshold for t in match.tasks)


# --- the rules ----------------------------------------------------------------------


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.data())
def test_an_interest_worded_as_a_doable_task_never_lowers_interest(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], data: st.DataObject
) -> None:
    s, w = _mostly_included(s, w, data)
    before = _score(engine, s, w)
    assume(not before.excluded)
    candidates = [t for t in before.tasks if t.doable and t.avoided is None]
    assume(candidates)
    target = data.draw(st.sampled_from(candidates))
    weight = data.draw(st.sampled_from(["1", "2", "3"]))
    more = merge(s, {"interests": [*s["interests"], {"what": target.name, "weight": weight}]})
    after = _score(engine, more, w)
    minimum = engine.config.thresholds.essential_min_hours
    hours = int(after.hours.values["hours"]) - _essential_minimum(w, after, minimum)  # type: ignore[call-overload]
    assume(hours >= _met_interests(after, _threshold(engine)))
    assert after.components["interest"].value >= before.components["interest"].value - 1e-12


@pytest.mark.parametrize("second_weight", [1, 2, 3])
@pytest.mark.parametrize("restock_hours", [1, 2])
def test_an_interest_whose_share_overflows_to_a_weaker_task_never_lowers_interest(
    engine: Engine, second_weight: int, restock_hours: int
) -> None:
    """The case the property test once missed: the new interest's best task takes only
    1 or 2 hours, and the rest of its share goes to its second-best task (0.96), hours
    that the first interest had on its own tasks (1.0)."""
    place = factories.workplace(
        open_to_job_carving="true",
        tasks=[
            factories.task("t0", "rydde hyller", 3),
            factories.task("t1", "fylle på varer", restock_hours),
            factories.task("t2", "rydde hyller", 3),
            factories.task("t3", "rydde hyller", 3),
            factories.task("t4", "hyllepåfylling", None),
        ],
    )
    first = {"what": "rydde hyller", "weight": 1}
    second = {"what": "fylle på varer", "weight": second_weight}
    goal = {"hours_per_week": 10}
    before = engine.score(factories.seeker(interests=[first], goal=goal), place)
    after = engine.score(factories.seeker(interests=[first, second], goal=goal), place)
    assert not before.excluded and not after.excluded
    assert _hours(after)["t4"] > _hours(before)["t4"]  # the overflow this is about
    assert after.components["interest"].value >= before.components["interest"].value - 1e-12


@SETTINGS
@given(data_sets(max_seekers=3, max_workplaces=8))
def test_a_workplace_where_no_interest_is_met_never_ranks_above_one_where_one_is(
    data: DataSet,
) -> None:
    engine = Engine(as_of=AS_OF)
    threshold = _threshold(engine)
    ceiling = engine.config.thresholds.no_interest_ceiling
    for seeker in data.seekers.values():
        ranked = [m for m in engine.rank_workplaces(seeker, data.workplaces.values())]
        included = [m for m in ranked if not m.excluded]
        met = [_interest_met(m, threshold) for m in included]
        assert met == sorted(met, reverse=True), [(m.workplace, m.score) for m in included]
        for match, is_met in zip(included, met, strict=True):
            assert (match.score >= ceiling) if is_met else (match.score <= ceiling)
            if not is_met and match.score > 0:
                assert match.reasons and match.reasons_against[0].code == "no_interest_met"
                assert top_reason(match, "en").startswith("no interest met")


@SETTINGS
@given(seeker_dicts(), workplace_dicts())
def test_carved_hours_never_exceed_the_ceiling_and_avoided_work_only_its_minimum(
    engine: Engine, s: dict[str, Any], w: dict[str, Any]
) -> None:
    match = _score(engine, s, w)
    ceiling = match.hours.values["hours"]
    assert isinstance(ceiling, int)
    assert 0 <= match.carved_hours <= ceiling
    minimum = engine.config.thresholds.essential_min_hours
    carves = w.get("open_to_job_carving") == "true"
    for t in match.tasks:
        if t.hours_available is not None:
            assert t.carved_hours <= t.hours_available
        if not t.doable:
            assert t.carved_hours == 0
        if t.avoided is not None:
            assert t.carved_hours <= (0 if carves or not t.essential else minimum)


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.data())
def test_each_met_interest_gets_hours_while_the_hours_allow(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], data: st.DataObject
) -> None:
    s, w = _mostly_included(s, w, data)
    match = _score(engine, s, w)
    assume(not match.excluded)
    threshold = _threshold(engine)
    minimum = engine.config.thresholds.essential_min_hours
    hours = int(match.hours.values["hours"]) - _essential_minimum(w, match, minimum)  # type: ignore[call-overload]
    count = len(s["interests"])
    met = [
        j
        for j in range(count)
        if any(t.doable and t.avoided is None and t.strengths[j] >= threshold for t in match.tasks)
    ]
    assume(met and hours >= len(met))
    for j in met:
        assert any(t.carved_hours > 0 and t.strengths[j] >= threshold for t in match.tasks), j


@st.composite
def sixty_hours(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Tasks without demands whose hours add up to 60."""
    count = draw(st.integers(2, 6))
    cuts = sorted(draw(st.lists(st.integers(1, 59), min_size=count - 1, max_size=count - 1)))
    hours = [b - a for a, b in zip([0, *cuts], [*cuts, 60], strict=True)]
    assume(all(h > 0 for h in hours))
    names = draw(st.lists(st.sampled_from(WORDS), min_size=count, max_size=count))
    essential = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    return [
        factories.task(f"t{i}", name, h, essential=str(e).lower())
        for i, (name, h, e) in enumerate(zip(names, hours, essential, strict=True))
    ]


@SETTINGS
@given(
    sixty_hours(),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    st.sampled_from(["true", "false"]),
)
def test_sixty_doable_hours_against_a_goal_of_twenty_give_a_twenty_hour_job(
    engine: Engine, tasks: list[dict[str, Any]], interests: list[str], carves: str
) -> None:
    w = factories.workplace(open_to_job_carving=carves, tasks=tasks)
    s = factories.seeker(
        goal={"hours_per_week": 20}, interests=[{"what": text} for text in interests]
    )
    match = engine.score(s, w)
    assert not match.excluded
    assert match.carved_hours == 20
    essential = sum(t.essential for t in match.tasks) if carves == "false" else 0
    # a task in part: from an essential minimum, an interest's share, or the last one filled
    assert sum(1 for t in match.tasks if t.partial) <= essential + len(interests) + 1


def _facts(match: Match) -> list[str]:
    return sorted(
        repr((f.code, sorted(f.values.items()), round(f.impact, 9))) for f in match.reasons
    )


def _task_view(match: Match) -> dict[str, tuple[int, str | None]]:
    return {t.id: (t.carved_hours, t.left_out.code if t.left_out else None) for t in match.tasks}


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.randoms(use_true_random=False))
def test_the_order_of_interests_and_tasks_changes_nothing(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], rnd: random.Random
) -> None:
    shuffled_s = merge(s, {"interests": rnd.sample(s["interests"], len(s["interests"]))})
    shuffled_w = merge(w, {"tasks": rnd.sample(w["tasks"], len(w["tasks"]))})
    a, b = _score(engine, s, w), _score(engine, shuffled_s, shuffled_w)
    assert a.excluded == b.excluded
    assert a.score == pytest.approx(b.score, abs=1e-9)
    for name, component in a.components.items():
        assert component.value == pytest.approx(b.components[name].value, abs=1e-9)
    assert _task_view(a) == _task_view(b)
    assert _facts(a) == _facts(b)


# --- the steps, on hand-made strengths ----------------------------------------------------


class HandMade:
    """A word matcher whose strengths are written by hand (every other pair: 0)."""

    def __init__(self, strengths: dict[tuple[str, str], float], threshold: float) -> None:
        self.strengths = strengths
        self.threshold = threshold

    def similarity_matrix(self, queries: Sequence[str], choices: Sequence[Any]) -> np.ndarray:
        names = [getattr(c, "name", c) for c in choices]
        return np.array(
            [[self.strengths.get((q, c), 0.0) for c in names] for q in queries], dtype=np.float64
        ).reshape(len(queries), len(choices))

    def evidence_matrices(
        self, queries: Sequence[str], choices: Sequence[Any]
    ) -> tuple[np.ndarray, np.ndarray]:
        found = self.similarity_matrix(queries, choices)
        return found, np.ones_like(found)

    def explain(self, interest: str, task: Any) -> MatchEvidence:
        """A hand-made strength has no evidence to name."""
        name = getattr(task, "name", task)
        strength = self.strengths.get((interest, name), 0.0)
        return MatchEvidence(interest, name, strength, strength, (), (), (), (), ())

    def choice_index(self, choices: Sequence[Any], tasks: bool = False) -> Any:
        """The choices held for blocks of queries, as the real matcher's index does."""
        return SimpleNamespace(
            evidence_matrices=lambda queries: self.evidence_matrices(queries, choices)
        )


@pytest.fixture
def hand_made(monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """An engine on hand-made strengths (the table keeps every strength above 0)."""
    engine = Engine(as_of=AS_OF)
    engine.words.matcher = HandMade({}, engine.config.thresholds.word_match)  # type: ignore[assignment]
    yield engine


def _use(engine: Engine, strengths: dict[tuple[str, str], float]) -> None:
    engine.words.matcher.strengths = strengths  # type: ignore[attr-defined]


def _hours(match: Match) -> dict[str, int]:
    return {t.id: t.carved_hours for t in match.tasks}


def _by_id(match: Match) -> dict[str, TaskResult]:
    return {t.id: t for t in match.tasks}


def test_partial_strengths_count_in_interest_but_meet_nothing(hand_made: Engine) -> None:
    _use(hand_made, {("bake", "steke brød"): 0.4, ("bake", "kasse"): 0.2})
    person = factories.seeker(
        interests=[{"what": "bake", "weight": 2}], goal={"hours_per_week": 10}
    )
    place = factories.workplace(
        open_to_job_carving="true",
        tasks=[factories.task("a", "kasse", 10), factories.task("b", "steke brød", 6)],
    )
    match = hand_made.score(person, place)
    assert_same_match(match, reference_match(person, place, hand_made))
    assert _hours(match) == {"a": 4, "b": 6}  # no interest met: the best partial fit first
    assert match.components["interest"].value > 0
    assert _by_id(match)["b"].interest is None
    assert match.score <= hand_made.config.thresholds.no_interest_ceiling
    codes = [f.code for f in match.components["interest"].parts]
    assert codes == ["interest_partial", "no_interest_met"]
    assert match.reasons_against[0].code == "no_interest_met"
    assert match.reasons[0].code == "no_interest_met"  # step 5: the strongest reason says so
    assert top_reason(match, "en").startswith("no interest met")


def test_met_interests_share_the_hours_by_weight(hand_made: Engine) -> None:
    _use(
        hand_made,
        {
            ("hyller", "hyllepåfylling"): 1.0,
            ("bake", "steke brød"): 0.9,
            ("bake", "bake kaker"): 0.95,
            ("kunder", "kasse"): 0.7,
            ("kunder", "hyllepåfylling"): 0.5,
        },
    )
    person = factories.seeker(
        interests=[
            {"what": "hyller", "weight": 3},
            {"what": "bake", "weight": 2},
            {"what": "kunder", "weight": 1},
        ],
        goal={"hours_per_week": 15},
    )
    place = factories.workplace(
        open_to_job_carving="true",
        tasks=[
            factories.task("hylle", "hyllepåfylling", 25),
            factories.task("brod", "steke brød", 8),
            factories.task("kaker", "bake kaker", 3),
            factories.task("kasse", "kasse", 15),
        ],
    )
    match = hand_made.score(person, place)
    assert_same_match(match, reference_match(person, place, hand_made))
    # 15 hours 3:2:1 by largest remainder: 8, 5, 2; 'bake' fills its best task (3 hours),
    # and the rest of its share goes to its next best
    assert _hours(match) == {"hylle": 8, "brod": 2, "kaker": 3, "kasse": 2}


def test_two_interests_with_the_same_best_task_give_it_both_shares(hand_made: Engine) -> None:
    _use(hand_made, {("a", "x"): 1.0, ("b", "x"): 0.8, ("b", "y"): 0.7})
    person = factories.seeker(
        interests=[{"what": "a", "weight": 1}, {"what": "b", "weight": 1}],
        goal={"hours_per_week": 10},
    )
    place = factories.workplace(
        open_to_job_carving="true",
        tasks=[factories.task("x", "x", 20), factories.task("y", "y", 20)],
    )
    match = hand_made.score(person, place)
    assert_same_match(match, reference_match(person, place, hand_made))
    assert _hours(match) == {"x": 10, "y": 0}


def test_fewer_hours_than_met_interests_go_by_weight_times_strength(hand_made: Engine) -> None:
    _use(hand_made, {("a", "x"): 0.7, ("b", "y"): 1.0, ("c", "z"): 0.9})
    person = factories.seeker(
        interests=[
            {"what": "a", "weight": 3},
            {"what": "b", "weight": 1},
            {"what": "c", "weight": 1},
        ],
        goal={"hours_per_week": 2},
    )
    tasks = [factories.task(i, i, 5) for i in "xyz"]
    place = factories.workplace(open_to_job_carving="true", tasks=tasks)
    match = hand_made.score(person, place)
    assert_same_match(match, reference_match(person, place, hand_made))
    assert _hours(match) == {"x": 1, "y": 1, "z": 0}  # 2.1, then 1.0, then 0.9


@pytest.mark.parametrize("wanted", [5, 8])
def test_a_tie_is_called_a_tie(hand_made: Engine, wanted: int) -> None:
    """Two tasks that fit as well: the second is left out (5 hours) or gets the rest (8),
    and says it was a tie; the first says nothing."""
    person = factories.seeker(interests=[{"what": "noe annet"}], goal={"hours_per_week": wanted})
    place = factories.workplace(
        open_to_job_carving="true",
        tasks=[factories.task("a", "vaske", 5), factories.task("b", "rydde", 5)],
    )
    match = hand_made.score(person, place)
    assert_same_match(match, reference_match(person, place, hand_made))
    assert _hours(match) == {"a": 5, "b": wanted - 5}
    first, second = _by_id(match)["a"], _by_id(match)["b"]
    assert first.left_out is None and first.split is None
    if wanted == 5:
        assert second.left_out is not None and second.left_out.code == "left_out_tie"
    else:
        assert second.split is not None and second.split.code == "part_tie"
        assert second.split.values == {"task": "rydde", "other": "vaske"}


def test_a_workplace_that_does_not_carve_gives_its_essential_tasks_their_minimum_first(
    hand_made: Engine,
) -> None:
    _use(hand_made, {("hyller", "hylle"): 1.0})
    person = factories.seeker(interests=[{"what": "hyller"}], goal={"hours_per_week": 6})
    tasks = [
        factories.task("hylle", "hylle", 10),
        factories.task("vask", "vask", 5, essential="true"),
    ]
    for carves, expected in (("false", {"hylle": 4, "vask": 2}), ("true", {"hylle": 6, "vask": 0})):
        place = factories.workplace(open_to_job_carving=carves, tasks=tasks)
        match = hand_made.score(person, place)
        assert_same_match(match, reference_match(person, place, hand_made))
        assert _hours(match) == expected


@pytest.mark.parametrize(
    ("hours", "weights", "expected"),
    [
        (15, [3, 2, 1], [8, 5, 2]),
        (4, [3, 3, 1, 1], [1, 1, 1, 1]),
        (5, [10, 1, 1, 1, 1], [1, 1, 1, 1, 1]),
        (6, [10, 1, 1, 1, 1], [2, 1, 1, 1, 1]),
        (2, [3, 2, 1], [1, 1, 0]),
        (20, [3, 2], [12, 8]),
    ],
)
def test_shares_by_largest_remainder_at_least_one_each(
    hours: int, weights: list[int], expected: list[int]
) -> None:
    assert share_hours(hours, weights) == expected
    assert sum(expected) == hours
