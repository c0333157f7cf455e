"""The message catalogs: same keys in both languages, nothing left untranslated."""

from __future__ import annotations

import re
from datetime import date

import pytest

from jobmatch.brief.catalog import CATALOGS, EN, NB, SAME_IN_BOTH, format_date, format_number, text

FIELD = re.compile(r"\{(\w+)\}")


def test_both_catalogs_have_the_same_keys() -> None:
    assert sorted(NB) == sorted(EN)


def test_no_norwegian_text_equals_its_english_text() -> None:
    same = {key for key in NB if NB[key] == EN[key]}
    assert same <= SAME_IN_BOTH, f"untranslated: {sorted(same - SAME_IN_BOTH)}"


def test_both_languages_use_the_same_placeholders() -> None:
    for key in NB:
        assert sorted(FIELD.findall(NB[key])) == sorted(FIELD.findall(EN[key])), key


def test_no_text_is_empty() -> None:
    for lang, catalog in CATALOGS.items():
        assert all(value.strip() for value in catalog.values()), lang


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        (date(2026, 11, 27), "nb", "27. november 2026"),
        (date(2026, 11, 27), "en", "27 November 2026"),
        (date(2027, 1, 4), "nb", "4. januar 2027"),
        (date(2027, 5, 17), "en", "17 May 2027"),
    ],
)
def test_dates_per_language(day: date, lang: str, expected: str) -> None:
    assert format_date(day, lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (37.5, "nb", "37,5"),
        (37.5, "en", "37.5"),
        (20.0, "nb", "20"),
        (0.975, "nb", "0,97"),
        (15, "en", "15"),
    ],
)
def test_numbers_per_language(value: float, lang: str, expected: str) -> None:
    assert format_number(value, lang) == expected


def test_audience_wording_falls_back_to_the_common_wording() -> None:
    assert text("nb", "h.work", "employer") == NB["h.work"]
    assert text("nb", "h.work", "seeker") == NB["h.work.seeker"]
    assert text("en", "h.why", "employer", name="Ola") == "What Ola wants to do and is good at"


def test_free_text_in_values_is_never_a_template() -> None:
    assert text("en", "quoted", text="{name} [b]") == "“{name} [b]”"
