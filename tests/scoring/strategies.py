"""Hypothesis strategies for seekers and workplaces, as the engine meets them.

They generate unknown demands (keys left out), essential tasks, workplaces not
open to carving, unknown task hours, and more doable hours than wanted.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from jobmatch.models import Seeker, Workplace

WORDS = [
    "rydde hyller",
    "hyllepåfylling",
    "kassearbeid",
    "betjene kassen",
    "plukke varer",
    "pakke varer",
    "varemottak",
    "vaske gulv",
    "oppvask",
    "lage mat",
    "servere kaffe",
    "sortere post",
    "arkivering",
    "skanne dokumenter",
    "klippe plen",
    "luke bed",
    "reparere sykler",
    "sortere avfall",
    "kjøre truck",
    "stocking shelves",
    "packing orders",
    "cleaning rooms",
    "washing dishes",
    "telefonsalg",
    "brette klær",
    "bake brød",
]
LEVELS = ["none", "light", "moderate", "heavy"]
CONTACTS = ["none", "indirect", "direct"]
LITERACY = ["none", "basic", "fluent"]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A value or nothing (the key is left out: unknown)."""
    return st.one_of(st.none(), strategy)


def compact(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None}


flag = st.sampled_from(["true", "false"])
hours = st.integers(min_value=1, max_value=40).map(str)


@st.composite
def demands(draw: st.DrawFn) -> dict[str, Any]:
    return compact(
        {
            "physical_load": draw(maybe(st.sampled_from(LEVELS))),
            "lifting_kg": draw(maybe(st.integers(0, 40).map(str))),
            "standing_hours": draw(maybe(st.integers(0, 8).map(str))),
            "customer_contact": draw(maybe(st.sampled_from(CONTACTS))),
            "literacy": draw(maybe(st.sampled_from(LITERACY))),
            "food_handling": draw(maybe(flag)),
            "pace": draw(maybe(st.sampled_from(["calm", "varied", "fast"]))),
            "setting": draw(maybe(st.sampled_from(["alone", "small_team", "large_team"]))),
        }
    )


@st.composite
def limits(draw: st.DrawFn) -> dict[str, Any]:
    return compact(
        {
            "max_physical_load": draw(maybe(st.sampled_from(LEVELS))),
            "max_lifting_kg": draw(maybe(st.integers(0, 40).map(str))),
            "max_standing_hours": draw(maybe(st.integers(0, 8).map(str))),
            "max_customer_contact": draw(maybe(st.sampled_from(CONTACTS))),
            "max_literacy": draw(maybe(st.sampled_from(LITERACY))),
            "food_handling": draw(maybe(flag)),
        }
    )


@st.composite
def schedule(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(st.integers(5, 14))
    end = draw(st.integers(start + 1, 23))
    days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=7, unique=True))
    return {"days": days, "earliest": f"{start:02d}:00", "latest": f"{end:02d}:00"}


@st.composite
def task_dicts(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(1, 5))
    tasks = []
    for index in range(count):
        tasks.append(
            compact(
                {
                    "id": f"t{index}",
                    "name": draw(st.sampled_from(WORDS)),
                    "keywords": draw(st.lists(st.sampled_from(WORDS), max_size=2)) or None,
                    "hours_per_week": draw(maybe(hours)),
                    "essential": draw(maybe(flag)),
                    "riasec": draw(maybe(st.sampled_from(["R", "RC", "CS", "SEA", "I"]))),
                    "demands": draw(maybe(demands())),
                }
            )
        )
    return tasks


@st.composite
def seeker_dicts(draw: st.DrawFn) -> dict[str, Any]:
    interests = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4, unique=True))
    return compact(
        {
            "schema": "jobmatch/seeker@1",
            "id": "s",
            "name": "S",
            "goal": compact(
                {
                    "purpose": draw(st.sampled_from(["assessment", "training", "employment"])),
                    "hours_per_week": draw(maybe(hours)),
                }
            ),
            "interests": [
                compact({"what": w, "weight": draw(maybe(st.sampled_from(["1", "2", "3"])))})
                for w in interests
            ],
            "avoid": draw(st.lists(st.sampled_from(WORDS), max_size=2)) or None,
            "riasec": draw(maybe(st.sampled_from(["R", "RC", "SA", "CE"]))),
            "limits": draw(maybe(limits())),
            "preferences": draw(
                maybe(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "customer_contact": st.sampled_from(CONTACTS),
                            "pace": st.sampled_from(["calm", "varied", "fast", "any"]),
                            "noise": st.sampled_from(["quiet", "moderate", "loud", "any"]),
                            "indoor": flag,
                        },
                    )
                )
            ),
            "schedule": draw(maybe(schedule())),
            "location": draw(
                maybe(
                    st.fixed_dictionaries(
                        {
                            "lat": st.floats(59.8, 60.1).map(str),
                            "lon": st.floats(10.5, 11.0).map(str),
                        },
                        optional={"max_travel_km": st.integers(1, 30).map(str)},
                    )
                )
            ),
            "confidential": draw(maybe(st.fixed_dictionaries({"notes": st.text(max_size=30)}))),
        }
    )


@st.composite
def workplace_dicts(draw: st.DrawFn) -> dict[str, Any]:
    return compact(
        {
            "schema": "jobmatch/workplace@1",
            "id": "w",
            "name": "W",
            "visited": draw(maybe(st.sampled_from(["2026-10-01", "2024-01-15"]))),
            "capacity": draw(maybe(st.sampled_from(["0", "1", "3"]))),
            "offers": draw(
                maybe(
                    st.lists(
                        st.sampled_from(["assessment", "training", "employment"]),
                        min_size=1,
                        unique=True,
                    )
                )
            ),
            "recruitment_need": draw(maybe(flag)),
            "open_to_job_carving": draw(maybe(flag)),
            "conditions": draw(
                maybe(
                    st.fixed_dictionaries({"hours_per_week": st.fixed_dictionaries({"max": hours})})
                )
            ),
            "environment": draw(
                maybe(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "noise": st.sampled_from(["quiet", "moderate", "loud"]),
                            "indoor": flag,
                            "pace": st.sampled_from(["calm", "varied", "fast"]),
                        },
                    )
                )
            ),
            "inclusion": draw(
                maybe(st.fixed_dictionaries({}, optional={"mentor": flag, "intro_routine": flag}))
            ),
            "schedule": draw(maybe(schedule())),
            "location": draw(
                maybe(
                    st.fixed_dictionaries(
                        {
                            "lat": st.floats(59.8, 60.1).map(str),
                            "lon": st.floats(10.5, 11.0).map(str),
                        }
                    )
                )
            ),
            "tasks": draw(task_dicts()),
        }
    )


def seekers() -> st.SearchStrategy[Seeker]:
    return seeker_dicts().map(Seeker.model_validate)


def workplaces() -> st.SearchStrategy[Workplace]:
    return workplace_dicts().map(Workplace.model_validate)
