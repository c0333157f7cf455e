"""A match as the JSON and CSV contract of ``spec/cli.md`` shape it."""

from __future__ import annotations

from typing import Any

from jobmatch.i18n.sentences import sentence
from jobmatch.scoring.constants import GATE_FACT
from jobmatch.scoring.match import COMPONENTS, Fact, Match

CSV_COLUMNS = (
    "seeker",
    "workplace",
    "score",
    "confidence",
    "excluded",
    *COMPONENTS,
    "carved_hours",
    "carved_tasks",
    "top_reason",
    "exclusions",
)


def _detail(fact: Fact, lang: str) -> dict[str, Any]:
    body = fact.as_dict()
    if fact.impact:
        body["impact"] = round(fact.impact, 2)
    body["text"] = sentence(fact, lang)
    return body


def match_dict(match: Match, lang: str) -> dict[str, Any]:
    """One match as a JSON object; sentences in ``lang``, the same facts as data in ``details``."""
    return {
        "seeker": match.seeker,
        "workplace": match.workplace,
        "score": round(match.score, 1),
        "confidence": round(match.confidence, 3),
        "excluded": match.excluded,
        "exclusions": [sentence(f, lang) for f in match.exclusions],
        "components": {name: round(c.value, 3) for name, c in match.components.items()},
        "carved_tasks": list(match.carved_tasks),
        "carved_hours": match.carved_hours,
        "reasons": [sentence(f, lang) for f in match.reasons],
        "unknowns": [sentence(f, lang) for f in match.unknowns],
        "details": {
            "exclusions": [_detail(f, lang) for f in match.exclusions],
            "reasons": [_detail(f, lang) for f in match.reasons],
            "unknowns": [_detail(f, lang) for f in match.unknowns],
        },
    }


def explain_dict(match: Match, lang: str) -> dict[str, Any]:
    """Everything ``explain`` shows: the match, every component's parts, every task."""
    body = match_dict(match, lang)
    body["hours"] = _detail(match.hours, lang)
    body["component_details"] = {
        name: {
            "value": round(c.value, 3),
            "weight": c.weight,
            "known": round(c.known, 3),
            "parts": [_detail(f, lang) for f in c.parts],
        }
        for name, c in match.components.items()
    }
    body["tasks"] = [
        {
            "id": t.id,
            "name": t.name,
            "essential": t.essential,
            "doable": t.doable,
            "blockers": [_detail(f, lang) for f in t.blockers],
            "unknown_demands": list(t.unknown_demands),
            "interest": t.interest,
            "strength": round(t.strength, 3),
            "avoided": t.avoided,
            "hours_available": t.hours_available,
            "carved_hours": t.carved_hours,
            "partial": t.partial,
            "left_out": _detail(t.left_out, lang) if t.left_out else None,
            "split": _detail(t.split, lang) if t.split else None,
        }
        for t in match.tasks
    ]
    return body


def top_reason(match: Match, lang: str) -> str:
    """The strongest reason for the match, else the first exclusion or reason against; where
    no interest is met, that (it caps the score)."""
    if match.excluded and match.exclusions:
        return sentence(match.exclusions[0], lang)
    gate = [f for f in match.reasons if f.code == GATE_FACT]
    facts = gate or match.reasons_for or match.reasons
    return sentence(facts[0], lang) if facts else ""


def csv_row(match: Match, lang: str) -> list[object]:
    return [
        match.seeker,
        match.workplace,
        round(match.score, 1),
        round(match.confidence, 3),
        match.excluded,
        *(round(match.components[name].value, 3) for name in COMPONENTS),
        match.carved_hours,
        "|".join(match.carved_tasks),
        top_reason(match, lang),
        "|".join(sentence(f, lang) for f in match.exclusions),
    ]
