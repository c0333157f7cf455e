"""Hypothesis strategies for seekers, workplaces and whole data sets, as the engine meets them.

Many seekers and workplaces at once, with every kind of unknown the engine
handles: unknown demands and task hours, essential tasks, workplaces not
open to carving (or not saying), more doable hours than wanted, missing
schedules and locations, places with a municipality only, avoid lists,
RIASEC codes, requirements and skills, capacities of 0 and unknown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from jobmatch.loading import DataSet
from jobmatch.models import Seeker, Workplace

WORDS = [
    "rydde hyller",
    "hyllepåfylling",
    "fylle på varer",
    "kassearbeid",
    "betjene kassen",
    "plukke varer",
    "pakke varer",
    "varemottak",
    "vaske gulv",
    "gulvvask",
    "oppvask",
    "vaske opp",
    "lage mat",
    "matlaging",
    "servere kaffe",
    "sortere post",
    "postsortering",
    "arkivering",
    "skanne dokumenter",
    "klippe plen",
    "plenklipping",
    "reparere sykler",
    "sykkelreparasjon",
    "sortere avfall",
    "kjøre truck",
    "stocking shelves",
    "packing orders",
    "cleaning rooms",
    "washing dishes",
    "telefonsalg",
    "brette klær",
    "bake brød",
    "baking",
]
REQUIREMENTS = ["truckførerbevis T1", "truckførerbevis T2", "førerkort klasse B", "hygienekurs"]
SKILLS = [
    "truckførerbevis T1",
    "førerkort klasse B",
    "førerkort klasse C",
    "hygienekurs",
    "førstehjelp",
]
LEVELS = ["none", "light", "moderate", "heavy"]
CONTACTS = ["none", "indirect", "direct"]
LITERACY = ["none", "basic", "fluent"]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PLACES = [
    ("Oslo", 59.91, 10.75),
    ("Bærum", 59.89, 10.52),
    ("Lillestrøm", 59.96, 11.05),
    ("Drammen", 59.74, 10.2),
]
FLAG = st.sampled_from(["true", "false"])
SUPPORTS = ["mentor", "adapted_training", "adapted_tasks", "quiet_environment", "flexible_hours"]
HOURS = st.sampled_from(["2", "4", "7.5", "10", "15", "20", "30"])


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A value, or nothing (the key is left out: unknown)."""
    return st.one_of(st.none(), strategy)


def compact(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None}


@st.composite
def schedules(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(st.integers(5, 16))
    end = draw(st.integers(start + 1, 23))
    days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=7, unique=True))
    return compact(
        {
            "days": draw(maybe(st.just(days))),
            "earliest": draw(maybe(st.just(f"{start:02d}:00"))),
            "latest": draw(maybe(st.just(f"{end:02d}:30"))),
        }
    )


@st.composite
def places(draw: st.DrawFn, seeker: bool) -> dict[str, Any]:
    name, lat, lon = draw(st.sampled_from(PLACES))
    body: dict[str, Any] = {"municipality": draw(maybe(st.sampled_from([name, name.upper()])))}
    if draw(st.booleans()):
        body["lat"] = str(round(lat + draw(st.floats(-0.1, 0.1)), 4))
        body["lon"] = str(round(lon + draw(st.floats(-0.2, 0.2)), 4))
    if seeker:
        body["max_travel_km"] = draw(maybe(st.sampled_from(["0", "5", "12", "25"])))
    return compact(body)


@st.composite
def demands(draw: st.DrawFn) -> dict[str, Any]:
    return compact(
        {
            "physical_load": draw(maybe(st.sampled_from(LEVELS))),
            "lifting_kg": draw(maybe(st.sampled_from(["0", "5", "12.5", "20", "30"]))),
            "standing_hours": draw(maybe(st.sampled_from(["0", "3", "6"]))),
            "customer_contact": draw(maybe(st.sampled_from(CONTACTS))),
            "literacy": draw(maybe(st.sampled_from(LITERACY))),
            "food_handling": draw(maybe(FLAG)),
            "night_work": draw(maybe(FLAG)),
            "pace": draw(maybe(st.sampled_from(["calm", "varied", "fast"]))),
            "setting": draw(maybe(st.sampled_from(["alone", "small_team", "large_team"]))),
        }
    )


@st.composite
def tasks(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(1, 5))
    ids = draw(st.permutations([f"t{i}" for i in range(count)]))
    return [
        compact(
            {
                "id": task_id,
                "name": draw(st.sampled_from(WORDS)),
                "keywords": draw(st.lists(st.sampled_from(WORDS), max_size=3)) or None,
                "hours_per_week": draw(maybe(HOURS)),
                "essential": draw(maybe(FLAG)),
                "riasec": draw(maybe(st.sampled_from(["R", "RC", "CS", "SEA", "I"]))),
                "demands": draw(maybe(demands())),
                "requires": draw(st.lists(st.sampled_from(REQUIREMENTS), max_size=2, unique=True))
                or None,
            }
        )
        for task_id in ids
    ]


@st.composite
def workplace_dicts(draw: st.DrawFn, ident: str = "w") -> dict[str, Any]:
    low = draw(maybe(st.sampled_from(["5", "10", "20"])))
    high = draw(maybe(st.sampled_from(["20", "30", "37.5"])))
    return compact(
        {
            "schema": "jobmatch/workplace@1",
            "id": ident,
            "name": ident.upper(),
            "visited": draw(maybe(st.sampled_from(["2026-10-01", "2024-01-15", "2026-12-01"]))),
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
            "recruitment_need": draw(maybe(FLAG)),
            "open_to_job_carving": draw(maybe(FLAG)),
            "conditions": {"hours_per_week": compact({"min": low, "max": high})}
            if low and high and float(low) <= float(high)
            else None,
            "environment": draw(
                maybe(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "setting": st.sampled_from(["alone", "small_team", "large_team"]),
                            "pace": st.sampled_from(["calm", "varied", "fast"]),
                            "noise": st.sampled_from(["quiet", "moderate", "loud"]),
                            "indoor": FLAG,
                        },
                    )
                )
            ),
            "inclusion": draw(
                maybe(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "mentor": FLAG,
                            "intro_routine": FLAG,
                            "ia_agreement": FLAG,
                            "internal_training": FLAG,
                            "career_path": FLAG,
                            "prior_placements": st.sampled_from(["0", "2", "5"]),
                        },
                    )
                )
            ),
            "supports": draw(maybe(st.lists(st.sampled_from(SUPPORTS), max_size=3, unique=True))),
            "schedule": draw(maybe(schedules())),
            "location": draw(maybe(places(seeker=False))),
            "tasks": draw(tasks()),
        }
    )


@st.composite
def seeker_dicts(draw: st.DrawFn, ident: str = "s") -> dict[str, Any]:
    interests = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
    return compact(
        {
            "schema": "jobmatch/seeker@1",
            "id": ident,
            "name": ident.upper(),
            "goal": compact(
                {
                    "purpose": draw(st.sampled_from(["assessment", "training", "employment"])),
                    "hours_per_week": draw(
                        maybe(st.sampled_from(["0", "8", "15", "20", "37.5", "60"]))
                    ),
                }
            ),
            "status": draw(maybe(st.sampled_from(["active", "active", "paused"]))),
            "interests": [
                compact({"what": w, "weight": draw(maybe(st.sampled_from(["1", "2", "3"])))})
                for w in interests
            ],
            "avoid": draw(st.lists(st.sampled_from(WORDS), max_size=2)) or None,
            "riasec": draw(maybe(st.sampled_from(["R", "RC", "SA", "CEI"]))),
            "skills": draw(st.lists(st.sampled_from(SKILLS), max_size=2, unique=True)) or None,
            "limits": draw(
                maybe(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "max_physical_load": st.sampled_from(LEVELS),
                            "max_lifting_kg": st.sampled_from(["0", "10", "12.5", "25"]),
                            "max_standing_hours": st.sampled_from(["2", "6"]),
                            "max_customer_contact": st.sampled_from(CONTACTS),
                            "max_literacy": st.sampled_from(LITERACY),
                            "food_handling": FLAG,
                            "night_work": FLAG,
                        },
                    )
                )
            ),
            "preferences": draw(
                maybe(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "customer_contact": st.sampled_from(CONTACTS),
                            "setting": st.sampled_from(
                                ["alone", "small_team", "large_team", "any"]
                            ),
                            "pace": st.sampled_from(["calm", "varied", "fast", "any"]),
                            "noise": st.sampled_from(["quiet", "moderate", "loud", "any"]),
                            "indoor": FLAG,
                        },
                    )
                )
            ),
            "schedule": draw(maybe(schedules())),
            "location": draw(maybe(places(seeker=True))),
            "accommodations": draw(st.lists(accommodations(), max_size=3)) or None,
        }
    )


@st.composite
def accommodations(draw: st.DrawFn) -> dict[str, Any]:
    """A need with a support category or none, shared or not (or not said)."""
    return compact(
        {
            "need": draw(st.sampled_from(["fast kontaktperson", "rolige omgivelser", "pauser"])),
            "share_with_employer": draw(maybe(FLAG)),
            "category": draw(maybe(st.sampled_from(SUPPORTS))),
        }
    )


@st.composite
def data_sets(draw: st.DrawFn, max_seekers: int = 6, max_workplaces: int = 8) -> DataSet:
    """A data set of validated records, ids in order as the loader gives them."""
    seekers = [
        Seeker.model_validate(draw(seeker_dicts(f"s{i:02d}")))
        for i in range(draw(st.integers(1, max_seekers)))
    ]
    workplaces = [
        Workplace.model_validate(draw(workplace_dicts(f"w{i:02d}")))
        for i in range(draw(st.integers(1, max_workplaces)))
    ]
    return DataSet(Path("."), {s.id: s for s in seekers}, {w.id: w for w in workplaces})
