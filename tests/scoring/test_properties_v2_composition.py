"""The composition rules of spec/scoring.md version 2 as properties.

An essential task made undoable never raises a score; relaxing a hard limit
(the travel limit too) never makes a doable task undoable nor excludes an
included pair; an unmapped pair is always less sure than a fully mapped
one; with no ``max_travel_km`` the default limit applies and says so; a
seeker who needs a mentor gains more from a workplace's mentor; and a need
the seeker has not shared moves the score but never reaches rank, explain,
batch or the employer's and seeker's briefs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jobmatch.api import Engine, load
from jobmatch.brief import Audience, BriefFormat, build_brief, render
from jobmatch.cli import app
from jobmatch.i18n import LANGUAGES, message
from jobmatch.i18n.sentences import sentence
from jobmatch.models import Seeker, Support, Workplace
from jobmatch.scoring.criteria.distance import haversine_km
from jobmatch.scoring.match import Fact, Match
from jobmatch.scoring.views import seeker_view, workplace_view
from tests.factories import merge
from tests.strategies import CONTACTS, LEVELS, LITERACY, seeker_dicts, workplace_dicts

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 27)
DEFAULT_KM = 50.0
CANARY = "ZQXPRIVATE4"


def _score(engine: Engine, s: dict[str, Any], w: dict[str, Any]) -> Match:
    return engine.score(Seeker.model_validate(s), Workplace.model_validate(w))


# --- an undoable task ---------------------------------------------------------------


def _next(scale: list[str], value: str) -> str | None:
    index = scale.index(value)
    return scale[index + 1] if index + 1 < len(scale) else None


def _overs(limits: dict[str, Any]) -> list[dict[str, Any]]:
    """Demands that go over one of the seeker's limits, one choice per limit."""
    found: list[dict[str, Any]] = []
    ordered = {
        "max_physical_load": ("physical_load", LEVELS),
        "max_customer_contact": ("customer_contact", CONTACTS),
        "max_literacy": ("literacy", LITERACY),
    }
    for key, (demand, scale) in ordered.items():
        above = _next(scale, limits[key]) if key in limits else None
        if above is not None:
            found.append({demand: above})
    if "max_lifting_kg" in limits:
        found.append({"lifting_kg": str(float(limits["max_lifting_kg"]) + 5)})
    if "max_standing_hours" in limits:
        found.append({"standing_hours": str(float(limits["max_standing_hours"]) + 1)})
    for flag in ("food_handling", "night_work"):
        if limits.get(flag) == "false":
            found.append({flag: "true"})
    return found


def _with_task(w: dict[str, Any], task_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    tasks = [merge(t, changes) if t["id"] == task_id else t for t in w["tasks"]]
    return merge(w, {"tasks": tasks})


def _made_undoable(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], data: st.DataObject, essential: bool
) -> tuple[Match, Match]:
    """The pair before and after one doable task goes over a limit (made essential first).

    The seeker gets a lifting limit when it has none, and the workplace takes
    any purpose and has room, so that few examples are thrown away."""
    if not _overs(s.get("limits", {})):
        s = merge(s, {"limits": {"max_lifting_kg": data.draw(st.sampled_from(["10", "12.5"]))}})
    w = merge(w, {"capacity": None, "offers": None})
    overs = _overs(s["limits"])
    before_any = _score(engine, s, w)
    doable = sorted(t.id for t in before_any.tasks if t.doable)
    assume(doable)
    target = data.draw(st.sampled_from(doable))
    if essential:
        w = _with_task(w, target, {"essential": "true"})
    before = _score(engine, s, w)
    assume(not before.excluded)
    demands = data.draw(st.sampled_from(overs))
    after = _score(engine, s, _with_task(w, target, {"demands": demands}))
    assert not next(t for t in after.tasks if t.id == target).doable
    return before, after


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.data())
def test_an_essential_task_made_undoable_never_raises_the_score(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], data: st.DataObject
) -> None:
    """At a workplace that carves, the penalty outweighs the hours the task frees."""
    w = merge(w, {"open_to_job_carving": "true"})
    before, after = _made_undoable(engine, s, w, data, essential=True)
    assert after.score <= before.score + 0.5
    if not after.excluded:
        assert any(f.code == "essential_not_doable" for f in after.reasons_against) or (
            after.score == 0
        )


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.data())
def test_any_task_made_undoable_never_raises_the_score(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], data: st.DataObject
) -> None:
    before, after = _made_undoable(engine, s, w, data, essential=False)
    assert after.score <= before.score + 0.5


def test_the_penalty_is_a_reason_against_that_says_negotiate(engine: Engine) -> None:
    s = {
        **_seeker(),
        "limits": {"max_lifting_kg": 10},
    }
    w = _workplace(
        open_to_job_carving=True,
        tasks=[
            {"id": "a", "name": "rydde hyller", "hours_per_week": 20},
            {"id": "b", "name": "varemottak", "hours_per_week": 10, "essential": True},
        ],
    )
    light = _score(engine, s, w)
    heavy = _score(engine, s, _with_task(w, "b", {"demands": {"lifting_kg": 25}}))
    assert not heavy.excluded and heavy.score < light.score
    reason = next(f for f in heavy.reasons_against if f.code == "essential_not_doable")
    assert reason.values["carving"] == "yes" and reason.values["task"] == "varemottak"
    assert sentence(reason, "en").endswith(": negotiate")
    assert sentence(reason, "nb").endswith(": må forhandles")


# --- relaxing a hard limit -----------------------------------------------------------


def _relaxed(s: dict[str, Any], key: str) -> dict[str, Any]:
    """The seeker with one hard limit relaxed (the travel limit: 10 km more, or more than the
    default where none was given)."""
    if key == "max_travel_km":
        given = s.get("location", {}).get("max_travel_km")
        km = float(given) + 10 if given is not None else DEFAULT_KM + 10
        return merge(s, {"location": {**s.get("location", {}), "max_travel_km": str(km)}})
    limits, value = dict(s["limits"]), s["limits"][key]
    if key in ("max_lifting_kg", "max_standing_hours"):
        limits[key] = str(float(value) + 5)
    elif key in ("max_physical_load", "max_customer_contact", "max_literacy"):
        scale = {"max_physical_load": LEVELS, "max_customer_contact": CONTACTS}.get(key, LITERACY)
        limits[key] = _next(scale, value) or value
    else:
        limits.pop(key)
    return {**merge(s, {"limits": None}), "limits": limits}


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.data())
def test_relaxing_a_limit_never_excludes_and_tightening_never_includes(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], data: st.DataObject
) -> None:
    keys = [*sorted(s.get("limits", {})), "max_travel_km"]
    key = data.draw(st.sampled_from(keys))
    tight, loose = _score(engine, s, w), _score(engine, _relaxed(s, key), w)
    assert {t.id for t in tight.tasks if t.doable} <= {t.id for t in loose.tasks if t.doable}
    if not tight.excluded:
        assert not loose.excluded
    if loose.excluded:
        assert tight.excluded


# --- confidence ----------------------------------------------------------------------------

_LOWEST = {
    "physical_load": "none",
    "lifting_kg": "0",
    "standing_hours": "0",
    "customer_contact": "none",
    "literacy": "none",
    "food_handling": "false",
    "night_work": "false",
    "pace": "calm",
    "setting": "alone",
}
_LIMITED = {
    "max_physical_load": "physical_load",
    "max_customer_contact": "customer_contact",
    "max_literacy": "literacy",
    "max_lifting_kg": "lifting_kg",
    "max_standing_hours": "standing_hours",
    "food_handling": "food_handling",
    "night_work": "night_work",
}


def _relevant(s: dict[str, Any]) -> set[str]:
    found = {_LIMITED[k] for k in s.get("limits", {})}
    prefs = s.get("preferences", {})
    found |= {k for k in ("customer_contact", "pace", "setting") if prefs.get(k, "any") != "any"}
    return found


def _mapped(w: dict[str, Any], relevant: set[str], fully: bool) -> dict[str, Any]:
    """Visited within a year with every relevant demand known, or never visited with all blank."""
    tasks = []
    for t in w["tasks"]:
        demands = {k: v for k, v in t.get("demands", {}).items() if k not in relevant}
        if fully:
            demands = {**{k: _LOWEST[k] for k in relevant}, **t.get("demands", {})}
        tasks.append({**merge(t, {"demands": None}), **({"demands": demands} if demands else {})})
    environment = {k: v for k, v in w.get("environment", {}).items() if fully or k not in relevant}
    changes: dict[str, Any] = {"visited": "2026-10-01" if fully else None, "environment": None}
    body = {**merge(w, changes), "tasks": tasks}
    return {**body, "environment": environment} if environment else body


@SETTINGS
@given(seeker_dicts(), workplace_dicts())
def test_an_unmapped_pair_is_less_sure_than_a_fully_mapped_one(
    engine: Engine, s: dict[str, Any], w: dict[str, Any]
) -> None:
    relevant = _relevant(s)
    unmapped = _score(engine, s, _mapped(w, relevant, fully=False))
    mapped = _score(engine, s, _mapped(w, relevant, fully=True))
    assert unmapped.confidence < mapped.confidence


@SETTINGS
@given(seeker_dicts(), workplace_dicts())
def test_riasec_offers_capacity_and_inclusion_keys_leave_confidence_alone(
    engine: Engine, s: dict[str, Any], w: dict[str, Any]
) -> None:
    bare_w = merge(w, {"offers": None, "capacity": None, "inclusion": None})
    bare_w = {**bare_w, "tasks": [merge(t, {"riasec": None}) for t in w["tasks"]]}
    bare_s = merge(s, {"riasec": None})
    assert _score(engine, bare_s, bare_w).confidence == pytest.approx(
        _score(engine, s, w).confidence, abs=1e-12
    )


def test_night_work_at_a_day_workplace_is_not_unknown(engine: Engine) -> None:
    s = {**_seeker(), "limits": {"night_work": False}}
    day = _workplace(schedule={"days": ["mon", "tue"], "earliest": "06:00", "latest": "18:00"})
    late = _workplace(schedule={"days": ["mon", "tue"], "earliest": "06:00", "latest": "23:00"})
    day_match, late_match = _score(engine, s, day), _score(engine, s, late)
    assert not [f for f in day_match.unknowns if f.values.get("demand") == "night_work"]
    assert [f for f in late_match.unknowns if f.values.get("demand") == "night_work"]
    assert day_match.confidence > late_match.confidence


# --- the default travel limit -----------------------------------------------------------------


@SETTINGS
@given(st.floats(0.0, 1.2), st.one_of(st.none(), st.sampled_from([5.0, 30.0, 80.0])))
def test_the_default_travel_limit_applies_and_says_so(
    engine: Engine, degrees: float, own: float | None
) -> None:
    location = {"lat": 59.9, "lon": 10.75, **({"max_travel_km": own} if own is not None else {})}
    s = {**_seeker(), "location": location}
    w = _workplace(location={"lat": 59.9 + degrees, "lon": 10.75})
    match = _score(engine, s, w)
    seeker, workplace = Seeker.model_validate(s), Workplace.model_validate(w)
    km = haversine_km(seeker_view(seeker).place, workplace_view(workplace).place)
    assert km is not None
    limit = own if own is not None else DEFAULT_KM
    too_far = [f for f in match.exclusions if f.code == "too_far"]
    assert bool(too_far) == (km > limit)
    for fact in too_far:
        assert fact.values["max_km"] == limit
        assert fact.values["limit_source"] == ("seeker" if own is not None else "default")
        if own is None:
            assert "default" in sentence(fact, "en") and "standard" in sentence(fact, "nb")


def test_nothing_over_the_default_limit_in_any_top_five_of_the_example_data() -> None:
    data = load(ROOT)
    engine = Engine.for_data(data, AS_OF)
    for seeker in data.seekers.values():
        top = [m for m in engine.rank_workplaces(seeker, data.workplaces.values())][:5]
        for match in (m for m in top if not m.excluded):
            km = haversine_km(
                seeker_view(seeker).place, workplace_view(data.workplaces[match.workplace]).place
            )
            assert km is None or km <= DEFAULT_KM, (seeker.id, match.workplace, km)


def test_a_zero_limit_is_a_limit(engine: Engine) -> None:
    s = {**_seeker(), "location": {"lat": 59.9, "lon": 10.75, "max_travel_km": 0}}
    here = _workplace(location={"lat": 59.9, "lon": 10.75})
    near = _workplace(location={"lat": 59.91, "lon": 10.75})
    assert not _score(engine, s, here).excluded
    assert [f.code for f in _score(engine, s, near).exclusions] == ["too_far"]


# --- supports and purpose -----------------------------------------------------------------------


def _without_mentor(s: dict[str, Any]) -> dict[str, Any]:
    kept = [a for a in s.get("accommodations", []) if a.get("category") != "mentor"]
    return {**merge(s, {"accommodations": None}), **({"accommodations": kept} if kept else {})}


def _mentor(w: dict[str, Any], offered: bool) -> dict[str, Any]:
    supports = [x for x in w.get("supports", []) if x != "mentor"]
    body = merge(w, {"inclusion": {"mentor": "true" if offered else "false"}, "supports": None})
    return {**body, "supports": supports} if "supports" in w else body


@SETTINGS
@given(seeker_dicts(), workplace_dicts(), st.booleans())
def test_a_seeker_who_needs_a_mentor_gains_more_from_one(
    engine: Engine, s: dict[str, Any], w: dict[str, Any], shared: bool
) -> None:
    plain = _without_mentor(s)
    need = {"need": "en fast person", "share_with_employer": shared, "category": "mentor"}
    needing = {**plain, "accommodations": [*plain.get("accommodations", []), need]}
    yes, no = _mentor(w, True), _mentor(w, False)

    def gain(person: dict[str, Any]) -> tuple[float, float, bool]:
        a, b = _score(engine, person, yes), _score(engine, person, no)
        ready = a.components["readiness"].value - b.components["readiness"].value
        plain_score = not (a.excluded or b.excluded or _negotiated(a) or _negotiated(b))
        return ready, a.score - b.score, plain_score

    need_ready, need_score, need_plain = gain(needing)
    plain_ready, plain_score, plain_plain = gain(plain)
    assert need_ready > plain_ready > 0
    if need_plain and plain_plain:
        assert need_score >= plain_score - 1e-9


def _negotiated(match: Match) -> bool:
    return any(f.code == "essential_not_doable" for f in match.reasons)


def test_employment_needs_a_need_for_labour_and_a_career_path(engine: Engine) -> None:
    hiring = _workplace(recruitment_need=True, inclusion={"career_path": True})
    practice = _workplace(recruitment_need=False, inclusion={"career_path": False})

    def cost(purpose: str) -> float:
        s = {**_seeker(), "goal": {"purpose": purpose, "hours_per_week": 20}}
        return _score(engine, s, hiring).score - _score(engine, s, practice).score

    assert cost("employment") > cost("training") > 0
    s = {**_seeker(), "goal": {"purpose": "employment", "hours_per_week": 20}}
    against = {f.values.get("key") for f in _score(engine, s, practice).reasons_against}
    assert "recruitment_need" in against


# --- privacy of needs that are not shared ----------------------------------------------------------


def _private_seeker(private: Support, shared: list[Support]) -> dict[str, Any]:
    needs = [{"need": f"{CANARY} stille rom", "share_with_employer": False, "category": private}]
    needs += [
        {"need": "delt behov", "share_with_employer": True, "category": c}
        for c in shared
        if c != private
    ]
    return {**_seeker(), "accommodations": needs}


def _every_fact(match: Match) -> Iterator[Fact]:
    yield from (*match.reasons, *match.exclusions, *match.unknowns, match.hours)
    for component in match.components.values():
        yield from component.parts
    for task in match.tasks:
        yield from task.blockers
        if task.left_out is not None:
            yield task.left_out


def _names(support: Support) -> list[str]:
    return [support.value, *(message(lang, f"support.{support.value}") for lang in LANGUAGES)]


@SETTINGS
@given(
    workplace_dicts(),
    st.sampled_from(list(Support)),
    st.lists(st.sampled_from(list(Support)), max_size=3, unique=True),
)
def test_a_need_not_shared_is_never_named_in_a_match(
    engine: Engine, w: dict[str, Any], private: Support, shared: list[Support]
) -> None:
    match = _score(engine, _private_seeker(private, shared), w)
    hidden = _names(private)
    for fact in _every_fact(match):
        assert fact.values.get("support") != private.value, fact
        assert not [v for v in fact.values.values() if CANARY in str(v)], fact
        for lang in LANGUAGES:
            text = sentence(fact, lang)
            assert not any(name in text for name in hidden[1:]), (fact, text)


def test_a_need_not_shared_moves_the_score(engine: Engine) -> None:
    s = _private_seeker(Support.QUIET_ENVIRONMENT, [])
    offered = _score(engine, s, _workplace(supports=["quiet_environment"]))
    refused = _score(engine, s, _workplace(supports=[]))
    assert offered.score > refused.score
    codes = {f.code for f in refused.components["readiness"].parts}
    assert "support_not_offered_private" in codes
    assert sentence(Fact("support_not_offered_private"), "en") == (
        "a support the seeker needs is not offered"
    )


@pytest.fixture(scope="module")
def private_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeker with a shared mentor need and an unshared canary need for quiet surroundings,
    and workplaces that offer it, do not, and do not say."""
    root = tmp_path_factory.mktemp("private")
    (root / "profiles").mkdir()
    (root / "workplaces").mkdir()
    seeker = _private_seeker(Support.QUIET_ENVIRONMENT, [Support.MENTOR])
    seeker["accommodations"] = [
        {**a, "category": str(a["category"])} for a in seeker["accommodations"]
    ]
    seeker["location"] = {"municipality": "Oslo", "lat": 59.91, "lon": 10.75}
    _write(root / "profiles" / "test-seeker.yaml", seeker)
    places = {
        "stille": ["quiet_environment", "mentor"],
        "travelt": ["mentor"],
        "ukjent": None,
        "fjernt": ["quiet_environment"],
    }
    for name, supports in places.items():
        body = _workplace(id=name, location={"lat": 59.91, "lon": 10.8})
        if supports is not None:
            body["supports"] = supports
        if name == "fjernt":
            body["location"] = {"lat": 61.0, "lon": 10.8}
        _write(root / "workplaces" / f"{name}.yaml", body)
    return root


def _write(path: Path, body: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(body, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _outputs(root: Path) -> Iterator[tuple[str, str]]:
    common = ["--data", str(root), "--as-of", "2026-11-27"]
    for lang in LANGUAGES:
        more = [*common, "--lang", lang]
        for fmt in ("table", "json", "csv"):
            yield (
                f"rank {fmt} {lang}",
                _run("rank", "test-seeker", "--show-excluded", "--format", fmt, *more),
            )
        for place in ("stille", "travelt", "ukjent", "fjernt"):
            for fmt in ("terminal", "json"):
                yield (
                    f"explain {place} {fmt} {lang}",
                    _run("explain", "test-seeker", place, "--format", fmt, *more),
                )
        for fmt in ("jsonl", "json", "csv"):
            yield f"batch {fmt} {lang}", _run("batch", "--top", "0", "--format", fmt, *more)


def test_a_need_not_shared_never_reaches_rank_explain_or_batch(private_data: Path) -> None:
    hidden = [CANARY, *_names(Support.QUIET_ENVIRONMENT)]
    seen_private = False
    for where, text in _outputs(private_data):
        assert not [h for h in hidden if h in text], where
        seen_private |= "a support the seeker needs is not offered" in text
    assert seen_private
    body = json.loads(
        _run(
            "explain",
            "test-seeker",
            "travelt",
            "--format",
            "json",
            "--data",
            str(private_data),
            "--as-of",
            "2026-11-27",
        )
    )
    assert "mentor" in json.dumps(body)  # the shared need is named


def test_a_need_not_shared_never_reaches_the_employer_or_the_seeker(private_data: Path) -> None:
    data = load(private_data)
    engine = Engine.for_data(data, AS_OF)
    seeker = data.seekers["test-seeker"]
    hidden = [CANARY, *_names(Support.QUIET_ENVIRONMENT)]
    for place in ("stille", "travelt", "ukjent"):
        workplace = data.workplaces[place]
        match = engine.score(seeker, workplace)
        for audience in (Audience.EMPLOYER, Audience.SEEKER):
            for lang in LANGUAGES:
                brief = build_brief(
                    seeker, workplace, match, audience=audience, lang=lang, as_of=AS_OF
                )
                for fmt in (BriefFormat.MARKDOWN, BriefFormat.HTML):
                    text = render(brief, fmt)
                    assert not [h for h in hidden if h in text], (place, audience, lang, fmt)


# --- small records -------------------------------------------------------------------------------


def _seeker() -> dict[str, Any]:
    return {
        "schema": "jobmatch/seeker@1",
        "id": "test-seeker",
        "name": "Test S.",
        "goal": {"purpose": "training", "hours_per_week": 20},
        "interests": [{"what": "rydde hyller", "weight": 3}],
    }


def _workplace(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schema": "jobmatch/workplace@1",
        "id": "test-workplace",
        "name": "Testbutikken",
        "visited": "2026-10-01",
        "tasks": [
            {
                "id": "hylle",
                "name": "hyllepåfylling",
                "hours_per_week": 20,
                "demands": {"physical_load": "light", "lifting_kg": 10},
            }
        ],
    }
    body.update(changes)
    return body
