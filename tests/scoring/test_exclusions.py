"""Every exclusion rule of spec/data-format.md, with its message and values."""

from __future__ import annotations

from jobmatch.api import Engine
from jobmatch.scoring.phrases import sentence
from tests.factories import seeker, task, workplace


def _exclusions(engine: Engine, s: object, w: object, lang: str = "en") -> list[str]:
    match = engine.score(s, w)  # type: ignore[arg-type]
    assert match.excluded and match.score == 0
    return [sentence(f, lang) for f in match.exclusions]


def test_essential_task_over_a_limit_without_carving(engine: Engine) -> None:
    w = workplace(
        open_to_job_carving="false",
        tasks=[
            task("plukk", "plukke varer", 20, essential="true", demands={"lifting_kg": 25}),
            task("telle", "telle varer", 10),
        ],
    )
    s = seeker(limits={"max_lifting_kg": 15})
    assert _exclusions(engine, s, w) == [
        "essential task 'plukke varer' needs lifting 25 kg; limit 15 kg",
        "the workplace is not open to job carving",
    ]
    assert _exclusions(engine, s, w, "nb") == [
        "den nødvendige oppgaven «plukke varer» krever løft på 25 kg; grensen er 15 kg",
        "arbeidsplassen er ikke åpen for jobbsnekring",
    ]


def test_carving_not_mapped_is_said_as_such(engine: Engine) -> None:
    w = workplace(
        tasks=[task("plukk", "plukke varer", 20, essential="true", demands={"lifting_kg": 25})]
    )
    lines = _exclusions(engine, seeker(limits={"max_lifting_kg": 15}), w)
    assert "the workplace has not said whether it is open to job carving" in lines


def test_essential_task_is_fine_when_the_workplace_carves(engine: Engine) -> None:
    w = workplace(
        open_to_job_carving="true",
        tasks=[
            task("plukk", "plukke varer", 20, essential="true", demands={"lifting_kg": 25}),
            task("telle", "telle varer", 10),
        ],
    )
    match = engine.score(seeker(limits={"max_lifting_kg": 15}), w)
    assert not match.excluded
    assert match.carved_tasks == ("telle",)


def test_every_demand_over_a_limit_is_named(engine: Engine) -> None:
    demands = {"physical_load": "heavy", "customer_contact": "direct", "food_handling": "true"}
    w = workplace(tasks=[task("kasse", "kassearbeid", 20, essential="true", demands=demands)])
    limits = {
        "max_physical_load": "light",
        "max_customer_contact": "none",
        "food_handling": "false",
    }
    lines = _exclusions(engine, seeker(limits=limits), w)
    assert "essential task 'kassearbeid' needs heavy physical load; limit light" in lines
    assert "essential task 'kassearbeid' needs direct customer contact; limit none" in lines
    assert "essential task 'kassearbeid' needs food handling, which the seeker cannot do" in lines
    assert "no task is within the limits" in lines


def test_missing_requirement_never_by_edit_distance(engine: Engine) -> None:
    w = workplace(
        tasks=[task("truck", "kjøre truck", 20, essential="true", requires=["truckførerbevis T1"])]
    )
    lines = _exclusions(engine, seeker(skills=["truckførerbevis T2"]), w)
    assert lines[0].startswith("essential task 'kjøre truck' requires truckførerbevis T1")
    assert not engine.score(seeker(skills=["Truckfører-bevis t1"]), w).excluded


def test_nothing_doable(engine: Engine) -> None:
    w = workplace(tasks=[task("a", "bære esker", 10, demands={"lifting_kg": 30})])
    assert _exclusions(engine, seeker(limits={"max_lifting_kg": 10}), w) == [
        "no task is within the limits"
    ]


def test_no_capacity(engine: Engine) -> None:
    assert _exclusions(engine, seeker(), workplace(capacity="0")) == [
        "no open places now (capacity 0)"
    ]


def test_purpose_not_offered(engine: Engine) -> None:
    lines = _exclusions(
        engine, seeker(goal={"purpose": "employment"}), workplace(offers=["assessment", "training"])
    )
    assert lines == ["purpose employment is not offered (offers: assessment, work training)"]


def test_schedules_that_never_overlap(engine: Engine) -> None:
    s = seeker(schedule={"days": ["mon", "tue"], "earliest": "08:00", "latest": "16:00"})
    w = workplace(schedule={"days": ["sat", "sun"], "earliest": "10:00", "latest": "18:00"})
    assert _exclusions(engine, s, w) == [
        "the schedules do not overlap (seeker: Mon, Tue 08:00–16:00; workplace: Sat, Sun 10:00–18:00)"
    ]
    w_evening = workplace(schedule={"earliest": "17:00", "latest": "22:00"})
    assert engine.score(s, w_evening).excluded


def test_too_far(engine: Engine) -> None:
    s = seeker(location={"lat": 59.91, "lon": 10.75, "max_travel_km": 10})
    w = workplace(location={"lat": 60.39, "lon": 5.32})
    (line,) = _exclusions(engine, s, w)
    assert line.startswith("distance 30") and line.endswith("km; maximum travel 10 km")


def test_every_rule_that_applies_is_listed(engine: Engine) -> None:
    s = seeker(
        goal={"purpose": "employment"}, location={"lat": 59.91, "lon": 10.75, "max_travel_km": 5}
    )
    w = workplace(capacity="0", offers=["training"], location={"lat": 60.0, "lon": 11.0})
    codes = [f.code for f in engine.score(s, w).exclusions]
    assert codes == ["no_capacity", "purpose_not_offered", "too_far"]


def test_unknowns_never_exclude(engine: Engine) -> None:
    s = seeker(
        limits={"max_lifting_kg": 5, "max_customer_contact": "none"},
        schedule={"days": ["mon"]},
        location={"max_travel_km": 3},
    )
    w = workplace(tasks=[task("x", "sortere post", None, essential="true")])
    match = engine.score(s, w)
    assert not match.excluded
    codes = {f.code for f in match.unknowns}
    assert {"unknown_demand", "unknown_task_hours", "unknown_schedule", "unknown_distance"} <= codes
    assert match.confidence < 1
