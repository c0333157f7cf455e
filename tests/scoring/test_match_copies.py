"""Fact.scaled and Component.with_parts copy by hand (cheaper than dataclasses.replace):
each must carry every field, so a field added later fails here until they do."""

from __future__ import annotations

import dataclasses

from jobmatch.scoring.match import Component, Fact


def test_a_scaled_fact_is_replace_with_the_impact_scaled() -> None:
    fact = Fact("interest_met", {"interest": "stelle dyr", "share": 0.5}, 12.0)
    assert [f.name for f in dataclasses.fields(Fact)] == ["code", "values", "impact"], (
        "a new field of Fact: carry it in Fact.scaled, then update this list"
    )
    assert fact.scaled(0.5) == dataclasses.replace(fact, impact=6.0)


def test_a_component_with_new_parts_is_replace_with_those_parts() -> None:
    parts = (Fact("interest_met", {}, 3.0),)
    component = Component("interest", 0.8, 0.3, True, (Fact("other", {}, 1.0),))
    assert [f.name for f in dataclasses.fields(Component)] == [
        "name",
        "value",
        "weight",
        "known",
        "parts",
    ], "a new field of Component: carry it in Component.with_parts, then update this list"
    assert component.with_parts(parts) == dataclasses.replace(component, parts=parts)
