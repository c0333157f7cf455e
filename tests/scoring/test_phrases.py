"""Every fact the engine states has a sentence in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jobmatch.scoring.match import Fact
from jobmatch.scoring.phrases import DEMANDS, TEMPLATES, WORDS, number, sentence

PACKAGE = Path(__file__).resolve().parents[2] / "jobmatch"


def codes_in_the_engine() -> set[str]:
    """Fact codes written in the scoring package's source."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "scoring").glob("*.py"))
    return set(re.findall(r'Fact\(\s*"([a-z_]+)"', source))


def test_both_languages_have_the_same_keys() -> None:
    assert TEMPLATES["nb"].keys() == TEMPLATES["en"].keys()
    assert WORDS["nb"].keys() == WORDS["en"].keys()
    assert DEMANDS["nb"].keys() == DEMANDS["en"].keys()


def test_every_fact_code_has_a_sentence() -> None:
    missing = codes_in_the_engine() - TEMPLATES["en"].keys()
    assert not missing


@pytest.mark.parametrize("code", sorted(TEMPLATES["en"]))
def test_norwegian_and_english_differ(code: str) -> None:
    assert TEMPLATES["nb"][code] != TEMPLATES["en"][code]


def test_numbers_and_enumerations_are_written_for_the_language() -> None:
    fact = Fact(
        "demand_over_limit", {"task": "bære", "demand": "lifting_kg", "value": 12.5, "limit": 10.0}
    )
    assert sentence(fact, "nb") == "oppgaven «bære» krever løft på 12,5 kg; grensen er 10 kg"
    assert sentence(fact, "en") == "task 'bære' needs lifting 12.5 kg; limit 10 kg"
    days = Fact("no_schedule_overlap", {"seeker_days": ("sat",), "seeker_hours": "09:00-17:00"})
    assert sentence(days, "nb").startswith(
        "timeplanene overlapper ikke (arbeidssøker: lør 09:00-17:00"
    )
    assert number(0.25, "nb") == "0,25"


def test_free_text_is_never_translated() -> None:
    fact = Fact("interest_met", {"interest": "training", "task": "mentor", "strength": 1.0})
    assert sentence(fact, "nb") == "«training» passer med oppgaven «mentor» (styrke 1)"
