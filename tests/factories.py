"""Small builders for seekers and workplaces, validated through the real models."""

from __future__ import annotations

import copy
from typing import Any

from jobmatch.models import Seeker, Workplace


def merge(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``changes`` into a copy of ``base``; a None value removes the key."""
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


SEEKER: dict[str, Any] = {
    "schema": "jobmatch/seeker@1",
    "id": "test-seeker",
    "name": "Test S.",
    "goal": {"purpose": "training", "hours_per_week": 20},
    "interests": [{"what": "rydde hyller", "weight": 3}],
}

WORKPLACE: dict[str, Any] = {
    "schema": "jobmatch/workplace@1",
    "id": "test-workplace",
    "name": "Testbutikken",
    "visited": "2026-10-01",
    "tasks": [
        {
            "id": "hylle",
            "name": "hyllepåfylling",
            "hours_per_week": 20,
            "demands": {"physical_load": "light", "lifting_kg": 10, "customer_contact": "indirect"},
        }
    ],
}


def seeker(**changes: Any) -> Seeker:
    return Seeker.model_validate(merge(SEEKER, changes))


def workplace(**changes: Any) -> Workplace:
    return Workplace.model_validate(merge(WORKPLACE, changes))


def task(task_id: str, name: str, hours: float | None = 10, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"id": task_id, "name": name, **extra}
    if hours is not None:
        body["hours_per_week"] = hours
    return body
