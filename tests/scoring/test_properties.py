"""The rules of spec/scoring.md ("Rules that must hold") as properties."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jobmatch.api import Engine
from jobmatch.models import Seeker, Workplace
from jobmatch.scoring.match import Match
from tests.factories import merge
from tests.strategies import LEVELS, seeker_dicts, workplace_dicts

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _score(engine: Engine, s: dict[str, Any], w: dict[str, Any]) -> Match:
    return engine.score(Seeker.model_validate(s), Workplace.model_validate(w))


def _same(a: Match, b: Match) -> None:
    assert a.excluded == b.excluded
    assert a.score == pytest.approx(b.score, abs=1e-9)
    assert a.confidence == pytest.approx(b.confidence, abs=1e-9)
    assert {t.id: t.carved_hours for t in a.tasks} == {t.id: t.carved_hours for t in b.tasks}
    assert [f.code for f in a.exclusions] == [f.code for f in b.exclusions]


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.randoms(use_true_random=False))
def test_order_of_interests_and_tasks_does_not_matter(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], rnd: random.Random
) -> None:
    shuffled_s = merge(s, {"interests": rnd.sample(s["interests"], len(s["interests"]))})
    shuffled_w = merge(w, {"tasks": rnd.sample(w["tasks"], len(w["tasks"]))})
    _same(_score(engine, s, w), _score(engine, shuffled_s, shuffled_w))


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.data())
def test_full_strength_interest_never_lowers_interest(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], data: st.DataObject
) -> None:
    s = merge(s, {"avoid": None})
    before = _score(engine, s, w)
    carved = [t for t in before.tasks if t.carved_hours > 0]
    assume(carved)
    target = data.draw(st.sampled_from(carved))
    weight = data.draw(st.sampled_from(["1", "2", "3"]))
    more = merge(s, {"interests": [*s["interests"], {"what": target.name, "weight": weight}]})
    after = _score(engine, more, w)
    assume(
        [(t.id, t.carved_hours) for t in after.tasks]
        == [(t.id, t.carved_hours) for t in before.tasks]
    )
    assert after.components["interest"].value >= before.components["interest"].value - 1e-12


def _relax(limits: dict[str, Any], key: str) -> dict[str, Any]:
    value = limits[key]
    if key in ("max_lifting_kg", "max_standing_hours"):
        return {**limits, key: str(float(value) + 5)}
    if key == "max_physical_load":
        return {**limits, key: LEVELS[min(LEVELS.index(value) + 1, 3)]}
    if key in ("max_customer_contact", "max_literacy"):
        scale = (
            ["none", "indirect", "direct"]
            if key == "max_customer_contact"
            else ["none", "basic", "fluent"]
        )
        return {**limits, key: scale[min(scale.index(value) + 1, 2)]}
    return {k: v for k, v in limits.items() if k != key}


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.data())
def test_relaxing_a_limit_never_hurts(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], data: st.DataObject
) -> None:
    assume(s.get("limits"))
    key = data.draw(st.sampled_from(sorted(s["limits"])))
    tight, loose = (
        _score(engine, s, w),
        _score(engine, merge(s, {"limits": None}) | {"limits": _relax(s["limits"], key)}, w),
    )
    tight_doable = {t.id for t in tight.tasks if t.doable}
    loose_doable = {t.id for t in loose.tasks if t.doable}
    assert tight_doable <= loose_doable
    if not tight.excluded:
        assert not loose.excluded
    if loose.excluded:
        assert tight.excluded


@SETTINGS
@given(seeker_dicts(), workplace_dicts())
def test_carved_hours_never_exceed_the_ceiling(
    engine: Engine, s: dict[str, Any], w: dict[str, Any]
) -> None:
    match = _score(engine, s, w)
    assert match.carved_hours <= match.hours.values["hours"]
    wanted = s["goal"].get("hours_per_week")
    if wanted is not None:
        assert match.carved_hours <= float(wanted)
    for t in match.tasks:
        if t.hours_available is not None:
            assert t.carved_hours <= t.hours_available
        if not t.doable:
            assert t.carved_hours == 0


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.text(min_size=1, max_size=40))
def test_confidential_never_changes_a_score(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], note: str
) -> None:
    plain = _score(engine, merge(s, {"confidential": None}), merge(w, {"confidential": None}))
    secret = {"confidential": {"notes": note}}
    with_notes = _score(engine, merge(s, secret), merge(w, secret))
    assert plain == with_notes


@SETTINGS
@given(seeker_dicts(), workplace_dicts())
def test_every_match_says_why(engine: Engine, s: dict[str, Any], w: dict[str, Any]) -> None:
    match = _score(engine, s, w)
    assert 0 <= match.score <= 100
    assert 0 <= match.confidence <= 1
    for component in match.components.values():
        assert 0 <= component.value <= 1
    if match.excluded:
        assert match.exclusions and match.score == 0
    elif match.score > 0:
        assert match.reasons
