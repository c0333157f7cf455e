"""Job carving: fill the wanted hours with the best-fitting doable tasks, in whole hours."""

from __future__ import annotations

from jobmatch.api import Engine
from jobmatch.scoring.phrases import sentence
from tests.factories import seeker, task, workplace


def test_sixty_doable_hours_against_twenty_wanted(engine: Engine) -> None:
    w = workplace(
        open_to_job_carving="true",
        tasks=[
            task("kasse", "kassearbeid", 30),
            task("hylle", "hyllepåfylling", 15),
            task("varer", "varemottak", 15),
        ],
    )
    s = seeker(
        goal={"hours_per_week": 20},
        interests=[{"what": "rydde hyller", "weight": 3}, {"what": "motta varer", "weight": 2}],
    )
    match = engine.score(s, w)
    hours = {t.id: t.carved_hours for t in match.tasks}
    assert match.carved_hours == 20
    assert hours == {"kasse": 0, "hylle": 12, "varer": 8}  # shared 3:2 by the interests' weights
    assert [t.id for t in match.tasks if t.partial] == ["hylle", "varer"]
    assert match.carved_tasks == ("hylle", "varer")
    (left_out,) = [t for t in match.tasks if t.carved_hours == 0]
    assert left_out.left_out is not None
    assert sentence(left_out.left_out, "en") == (
        "'kassearbeid' left out: the 20 hours are filled with better-fitting tasks"
    )


def test_left_out_because_not_doable_or_avoided(engine: Engine) -> None:
    w = workplace(
        open_to_job_carving="true",
        tasks=[
            task("hylle", "hyllepåfylling", 10),
            task("tungt", "bære møbler", 10, demands={"lifting_kg": 40}),
            task("tlf", "telefonsalg", 10),
        ],
    )
    s = seeker(avoid=["telefonsalg"], limits={"max_lifting_kg": 15}, goal={"hours_per_week": 10})
    match = engine.score(s, w)
    reasons = {t.id: sentence(t.left_out, "en") for t in match.tasks if t.left_out}
    assert reasons == {
        "tungt": "'bære møbler' left out: not within the limits",
        "tlf": "'telefonsalg' left out: like work the seeker avoids ('telefonsalg')",
    }


def test_essential_tasks_get_some_hours_first(engine: Engine) -> None:
    w = workplace(
        tasks=[
            task("hylle", "hyllepåfylling", 20),
            task("vask", "vaske gulv", 10, essential="true"),
        ],
    )
    match = engine.score(seeker(goal={"hours_per_week": 10}), w)
    assert {t.id: t.carved_hours for t in match.tasks} == {"hylle": 8, "vask": 2}


def test_ceiling_is_the_lowest_bound(engine: Engine) -> None:
    w = workplace(
        conditions={"hours_per_week": {"min": 5, "max": 12}},
        schedule={"days": ["mon", "tue"], "earliest": "09:00", "latest": "14:00"},
        tasks=[task("a", "hyllepåfylling", 40)],
    )
    weekdays = {"days": ["mon", "tue", "wed", "thu", "fri"], "earliest": "08:00", "latest": "16:00"}
    match = engine.score(seeker(goal={"hours_per_week": 30}, schedule=weekdays), w)
    assert match.carved_hours == 10
    assert match.hours.values["set_by"] == "overlap"


def test_unknown_task_hours_fill_the_ceiling(engine: Engine) -> None:
    w = workplace(tasks=[task("a", "hyllepåfylling", None)])
    match = engine.score(seeker(goal={"hours_per_week": 15}), w)
    assert match.carved_hours == 15


def test_no_hours_to_fill_is_said_as_such(engine: Engine) -> None:
    match = engine.score(seeker(goal={"hours_per_week": 0}), workplace())
    (only,) = match.tasks
    assert match.carved_hours == 0 and only.left_out is not None
    assert sentence(only.left_out, "en") == "'hyllepåfylling' left out: there are no hours to fill"


def test_avoided_work_is_never_carved_the_job_is_shorter(engine: Engine) -> None:
    w = workplace(
        open_to_job_carving="true",
        tasks=[task("tlf", "telefonsalg", 10), task("hylle", "hyllepåfylling", 6)],
    )
    match = engine.score(seeker(avoid=["telefonsalg"], goal={"hours_per_week": 10}), w)
    assert {t.id: t.carved_hours for t in match.tasks} == {"tlf": 0, "hylle": 6}
    assert not match.excluded and match.hours.values["hours"] == 10
    (shorter,) = [f for f in match.components["practical"].parts if f.code == "shorter_job"]
    assert shorter.impact < 0
    assert sentence(shorter, "en") == (
        "the job is 4 hours shorter: the other hours would be work the seeker avoids"
    )


def test_avoided_essential_work_gets_only_its_minimum(engine: Engine) -> None:
    w = workplace(
        open_to_job_carving="false",
        tasks=[
            task("tlf", "telefonsalg", 10, essential="true"),
            task("hylle", "hyllepåfylling", 4),
        ],
    )
    match = engine.score(seeker(avoid=["telefonsalg"], goal={"hours_per_week": 10}), w)
    assert {t.id: t.carved_hours for t in match.tasks} == {"tlf": 2, "hylle": 4}
    assert any(f.code == "avoided_work" for f in match.reasons_against)


def test_free_hours_on_unwanted_work_go_when_the_shorter_job_scores_higher(
    engine: Engine,
) -> None:
    """A seeker who wants no customer contact: 10 free hours of phone sales would fill her
    20-hour job but score lower than the 10-hour job without them (scoring.md step 3)."""
    s = seeker(
        goal={"hours_per_week": 20},
        interests=[{"what": "rydde hyller"}],
        preferences={"customer_contact": "none"},
        limits={"max_lifting_kg": 10},
    )
    shelves = task("hylle", "rydde hyller", 10, demands={"customer_contact": "none"})
    phone = task("telefon", "telefonsalg", 10, demands={"customer_contact": "direct"})
    w = workplace(open_to_job_carving="true", tasks=[shelves, phone])
    match = engine.score(s, w)
    assert {t.id: t.carved_hours for t in match.tasks} == {"hylle": 10, "telefon": 0}
    left_out = next(t for t in match.tasks if t.id == "telefon").left_out
    assert left_out is not None
    assert sentence(left_out, "en") == (
        "'telefonsalg' left out: it goes against the seeker's preference (customer contact),"
        " and the job scores higher without it"
    )
    assert "shorter_job_unwanted" in [f.code for f in match.components["practical"].parts]
    heavy = {"customer_contact": "direct", "lifting_kg": 20}
    undoable = workplace(open_to_job_carving="true", tasks=[shelves, {**phone, "demands": heavy}])
    after = engine.score(s, undoable)
    assert not next(t for t in after.tasks if t.id == "telefon").doable
    assert after.score == match.score


def test_free_hours_on_unwanted_work_stay_when_the_longer_job_scores_higher(
    engine: Engine,
) -> None:
    """Where the whole workplace goes against a preference (a large team), leaving one task
    out meets it no better, and the longer job is kept."""
    s = seeker(
        goal={"hours_per_week": 20},
        interests=[{"what": "rydde hyller"}],
        preferences={"setting": "small_team"},
    )
    w = workplace(
        open_to_job_carving="true",
        environment={"setting": "large_team"},
        tasks=[
            task("hylle", "rydde hyller", 10),
            task("lager", "pakke varer", 10, demands={"setting": "large_team"}),
        ],
    )
    match = engine.score(s, w)
    assert {t.id: t.carved_hours for t in match.tasks} == {"hylle": 10, "lager": 10}
    assert all(t.left_out is None for t in match.tasks)
