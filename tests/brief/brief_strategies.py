"""Hypothesis strategies for whole seeker and workplace models with canary strings.

Canaries go wherever the brief must keep a secret: the ``confidential`` notes
of both files and every accommodation the seeker did not agree to share
(``share_with_employer: false`` or left out). Nothing else that is generated
can contain them: the other texts come from lists without ``ZQX``.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from jobmatch.models import Seeker, Workplace
from tests.strategies import CONTACTS, DAYS, LEVELS, LITERACY, compact, maybe

SEEKER_NOTE = "ZQXSNOTE7"
WORKPLACE_NOTE = "ZQXWNOTE3"
UNSHARED_NEED = "ZQXNEED5"
CANARIES = (SEEKER_NOTE, WORKPLACE_NOTE, UNSHARED_NEED)

WORDS = [
    "rydde hyller",
    "plukke varer",
    "pakke varer",
    "varemottak",
    "vaske gulv",
    "oppvask",
    "servere kaffe",
    "sortere post",
    "skanne dokumenter",
    "klippe plen",
    "reparere sykler",
    "stocking shelves",
    "washing dishes",
    "brette klær",
]
NAMES = [
    "Ola N.",
    "Kari <b>K.</b>",
    "Åse & Bjørn",
    "[bold]Per[/bold]",
    "Sam *S*",
    "Nora_E",
    "<script>x</script>",
]
NEEDS = ["skriftlige instruksjoner", "faste rutiner", "rolig pauserom", "hørselvern"]
PURPOSES = ["assessment", "training", "employment"]
flag = st.sampled_from(["true", "false"])


@st.composite
def schedules(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(st.integers(5, 14))
    end = draw(st.integers(start + 1, 23))
    days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=7, unique=True))
    return {"days": days, "earliest": f"{start:02d}:00", "latest": f"{end:02d}:30"}


@st.composite
def demands(draw: st.DrawFn) -> dict[str, Any]:
    return compact(
        {
            "physical_load": draw(maybe(st.sampled_from(LEVELS))),
            "lifting_kg": draw(maybe(st.integers(0, 30))),
            "standing_hours": draw(maybe(st.integers(0, 8))),
            "customer_contact": draw(maybe(st.sampled_from(CONTACTS))),
            "literacy": draw(maybe(st.sampled_from(LITERACY))),
            "food_handling": draw(maybe(flag)),
            "night_work": draw(maybe(flag)),
            "pace": draw(maybe(st.sampled_from(["calm", "varied", "fast"]))),
            "setting": draw(maybe(st.sampled_from(["alone", "small_team", "large_team"]))),
        }
    )


@st.composite
def limits(draw: st.DrawFn) -> dict[str, Any]:
    return compact(
        {
            "max_physical_load": draw(maybe(st.sampled_from(LEVELS))),
            "max_lifting_kg": draw(maybe(st.integers(0, 30))),
            "max_customer_contact": draw(maybe(st.sampled_from(CONTACTS))),
            "max_literacy": draw(maybe(st.sampled_from(LITERACY))),
            "max_standing_hours": draw(maybe(st.integers(0, 8))),
            "food_handling": draw(maybe(flag)),
            "night_work": draw(maybe(flag)),
        }
    )


@st.composite
def preferences(draw: st.DrawFn) -> dict[str, Any]:
    return compact(
        {
            "customer_contact": draw(maybe(st.sampled_from(CONTACTS))),
            "setting": draw(maybe(st.sampled_from(["alone", "small_team", "large_team", "any"]))),
            "pace": draw(maybe(st.sampled_from(["calm", "varied", "fast", "any"]))),
            "noise": draw(maybe(st.sampled_from(["quiet", "moderate", "loud", "any"]))),
            "indoor": draw(maybe(flag)),
        }
    )


@st.composite
def accommodations(draw: st.DrawFn) -> list[dict[str, Any]]:
    shared = [
        {"need": n, "share_with_employer": "true"}
        for n in draw(st.lists(st.sampled_from(NEEDS), max_size=2))
    ]
    secret: dict[str, Any] = {"need": f"{UNSHARED_NEED} {draw(st.sampled_from(NEEDS))}"}
    consent = draw(maybe(st.just("false")))
    if consent is not None:
        secret["share_with_employer"] = consent
    return [*shared, secret] if draw(st.booleans()) else [secret, *shared]


@st.composite
def seekers(draw: st.DrawFn) -> Seeker:
    interests = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True))
    body = compact(
        {
            "schema": "jobmatch/seeker@1",
            "id": "canary-seeker",
            "name": draw(st.sampled_from(NAMES)),
            "language": draw(maybe(st.sampled_from(["nb", "en", "no"]))),
            "adviser": draw(maybe(st.just({"name": "Kari Veileder", "phone": "+47 900 00 000"}))),
            "goal": compact(
                {
                    "purpose": draw(st.sampled_from(PURPOSES)),
                    "hours_per_week": draw(maybe(st.integers(4, 37))),
                    "earliest_start": draw(maybe(st.just("2027-01-11"))),
                    "career_goal": draw(maybe(st.just("fast jobb"))),
                }
            ),
            "why": draw(
                maybe(st.sampled_from(["Jeg liker orden.", "I like <quiet> work & people"]))
            ),
            "interests": [{"what": w} for w in interests],
            "avoid": draw(st.lists(st.sampled_from(WORDS), max_size=1)) or None,
            "riasec": draw(maybe(st.sampled_from(["R", "RC", "SA"]))),
            "strengths": draw(st.lists(st.sampled_from(["punktlig", "nøyaktig"]), max_size=2))
            or None,
            "limits": draw(maybe(limits())),
            "preferences": draw(maybe(preferences())),
            "schedule": draw(maybe(schedules())),
            "accommodations": draw(accommodations()),
            "confidential": {"notes": f"{SEEKER_NOTE} helse og historikk"},
        }
    )
    return Seeker.model_validate(body)


@st.composite
def task_list(draw: st.DrawFn) -> list[dict[str, Any]]:
    tasks = []
    for index in range(draw(st.integers(1, 4))):
        task = {
            "id": f"t{index}",
            "name": draw(st.sampled_from(WORDS)),
            "hours_per_week": draw(maybe(st.integers(1, 30))),
            "essential": draw(maybe(flag)),
            "demands": draw(maybe(demands())),
        }
        tasks.append(compact(task))
    return tasks


@st.composite
def workplaces(draw: st.DrawFn) -> Workplace:
    body = compact(
        {
            "schema": "jobmatch/workplace@1",
            "id": "canary-workplace",
            "name": draw(st.sampled_from(["Lager <AS>", "Kafé & Co", "Butikken"])),
            "contact": draw(maybe(st.just({"name": "Per Leder", "phone": "+47 911 11 111"}))),
            "visited": draw(maybe(st.sampled_from(["2026-10-01", "2024-01-15"]))),
            "capacity": draw(maybe(st.integers(0, 3))),
            "offers": draw(
                maybe(st.lists(st.sampled_from(PURPOSES), min_size=1, max_size=3, unique=True))
            ),
            "recruitment_need": draw(maybe(flag)),
            "open_to_job_carving": draw(maybe(flag)),
            "expectations": draw(
                st.lists(st.sampled_from(["møte presis", "si fra tidlig"]), max_size=2)
            )
            or None,
            "conditions": draw(
                maybe(st.just({"wage": "tariff", "hours_per_week": {"min": 10, "max": 30}}))
            ),
            "inclusion": draw(
                maybe(st.fixed_dictionaries({"mentor": flag, "intro_routine": flag}))
            ),
            "schedule": draw(maybe(schedules())),
            "tasks": draw(task_list()),
            "confidential": {"notes": f"{WORKPLACE_NOTE} arbeidsgivers historikk"},
        }
    )
    return Workplace.model_validate(body)
