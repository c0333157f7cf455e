"""Every fact the engine states has a sentence in every language, from the catalogs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jobmatch import i18n, models
from jobmatch.i18n.sentences import sentence
from jobmatch.scoring import phrases
from jobmatch.scoring.match import Fact

PACKAGE = Path(__file__).resolve().parents[2] / "jobmatch"
FACT = re.compile(r'Fact\(\s*"([a-z_]+)"')


def engine_source() -> str:
    """The scoring package's source (its subpackages too)."""
    files = sorted((PACKAGE / "scoring").rglob("*.py"))
    return "\n".join(p.read_text(encoding="utf-8") for p in files if p.name != "phrases.py")


def codes_in_the_engine() -> set[str]:
    """Fact codes written in the engine as ``Fact("code", ...)``."""
    return set(FACT.findall(engine_source()))


def keys(prefix: str) -> set[str]:
    catalog = i18n.translations("en")._catalog  # type: ignore[attr-defined]
    found = {k[0] if isinstance(k, tuple) else k for k in catalog}
    return {k for k in found if k.startswith(prefix)}


def test_the_engine_states_facts() -> None:
    assert len(codes_in_the_engine()) > 20


@pytest.mark.parametrize("lang", sorted(i18n.LANGUAGES))
def test_every_fact_code_has_a_sentence(lang: str) -> None:
    missing = {c for c in codes_in_the_engine() if not i18n.has(lang, f"fact.{c}")}
    assert not missing


def test_every_fact_sentence_is_for_a_fact_the_engine_states() -> None:
    source = engine_source()
    stale = {k for k in keys("fact.") if f'"{k.split(".")[1]}"' not in source}
    assert not stale


@pytest.mark.parametrize("key", sorted(keys("fact.") | keys("need.")))
def test_norwegian_and_english_differ(key: str) -> None:
    assert i18n.plural("nb", key, 2) != i18n.plural("en", key, 2)


@pytest.mark.parametrize(
    ("model", "prefix", "strip"),
    [
        (models.Demands, "demand.", ""),
        (models.Environment, "demand.", ""),
        (models.Preferences, "demand.", ""),
        (models.Limits, "limit.", ""),
        (models.Inclusion, "workplace.", ""),
    ],
)
def test_every_field_a_sentence_names_has_a_name(
    model: type[models.BaseModel], prefix: str, strip: str
) -> None:
    for field in model.model_fields:
        for lang in i18n.LANGUAGES:
            assert i18n.has(lang, prefix + field), (lang, prefix + field)


@pytest.mark.parametrize(
    "enum",
    [
        models.Level,
        models.Contact,
        models.Literacy,
        models.Setting,
        models.Pace,
        models.Noise,
        models.Purpose,
    ],
)
def test_every_enumerated_value_has_a_word(enum: type[models.StrEnum]) -> None:
    for member in enum:
        for lang in i18n.LANGUAGES:
            assert i18n.has(lang, f"value.{member.value}"), (lang, member)


def test_every_day_has_a_name() -> None:
    for day in models.Day:
        for lang in i18n.LANGUAGES:
            assert i18n.has(lang, f"day.{day.value}")


def test_numbers_and_enumerations_are_written_for_the_language() -> None:
    fact = Fact(
        "demand_over_limit", {"task": "bære", "demand": "lifting_kg", "value": 12.5, "limit": 10.0}
    )
    assert sentence(fact, "nb") == "oppgaven «bære» krever løft på 12,5 kg; grensen er 10 kg"
    assert sentence(fact, "en") == "task 'bære' needs lifting 12.5 kg; limit 10 kg"
    assert phrases.number(0.25, "nb") == "0,25"
    assert phrases.sentence is sentence


def test_schedules_have_one_wording() -> None:
    fact = Fact(
        "no_schedule_overlap",
        {
            "seeker_days": ("mon", "tue", "wed", "thu", "fri"),
            "seeker_hours": "08:00-12:00",
            "workplace_days": ("sat",),
            "workplace_hours": "00:00-24:00",
        },
    )
    assert sentence(fact, "nb") == (
        "timeplanene overlapper ikke (arbeidssøker: man–fre 08:00–12:00; arbeidsplass: lør 00:00–24:00)"
    )
    assert sentence(fact, "en") == (
        "the schedules do not overlap (seeker: Mon–Fri 08:00–12:00; workplace: Sat 00:00–24:00)"
    )


@pytest.mark.parametrize(
    ("fact", "nb", "en"),
    [
        (
            Fact("hour_ceiling", {"hours": 1, "set_by": "wanted"}),
            "inntil 1 time i uka, begrenset av ønsket arbeidstid",
            "up to 1 hour a week, set by hours wanted",
        ),
        (
            Fact("hour_ceiling", {"hours": 7.5, "set_by": "doable"}),
            "inntil 7,5 timer i uka, begrenset av timer i oppgaver som passer",
            "up to 7.5 hours a week, set by hours of suitable tasks",
        ),
        (
            Fact("hours_offered", {"hours": 1, "wanted": 10}),
            "1 time i uka av ønskede 10",
            "1 hour a week of 10 wanted",
        ),
        (
            Fact("workplace_minimum_above_wanted", {"minimum": 20, "wanted": 1}),
            "arbeidsplassen vil ha minst 20 timer; ønsket er 1",
            "the workplace wants at least 20 hours; 1 wanted",
        ),
        (
            Fact("left_out_hours_filled", {"task": "kasse", "hours": 1}),
            "«kasse» er ikke med: den ene timen er fylt med oppgaver som passer bedre",
            "'kasse' left out: the one hour is filled with better-fitting tasks",
        ),
        (
            Fact("left_out_hours_filled", {"task": "kasse", "hours": 12}),
            "«kasse» er ikke med: de 12 timene er fylt med oppgaver som passer bedre",
            "'kasse' left out: the 12 hours are filled with better-fitting tasks",
        ),
        (
            Fact(
                "demand_over_limit",
                {"task": "kasse", "demand": "standing_hours", "value": 3, "limit": 1},
            ),
            "oppgaven «kasse» krever 3 timer stående om dagen; grensen er 1 time",
            "task 'kasse' needs standing 3 hours a day; limit 1 hour",
        ),
    ],
)
def test_a_count_meets_its_noun_in_the_right_form(fact: Fact, nb: str, en: str) -> None:
    assert sentence(fact, "nb") == nb
    assert sentence(fact, "en") == en


def test_indoors_has_one_name() -> None:
    fact = Fact("preference_unmet", {"preference": "indoor", "wanted": True, "actual": False})
    assert sentence(fact, "nb") == "inne eller ute: ønsker innendørs, men får utendørs"
    assert sentence(fact, "en") == "indoors or outdoors: wants indoors, but gets outdoors"


def test_free_text_is_never_translated() -> None:
    fact = Fact("interest_met", {"interest": "training", "task": "mentor", "strength": 1.0})
    assert sentence(fact, "nb") == "«training» passer svært godt med oppgaven «mentor»"


@pytest.mark.parametrize(
    ("strength", "nb", "en"),
    [
        (1.0, "svært godt", "a very good"),
        (0.8, "godt", "a good"),
        (0.6, "ganske godt", "a fair"),
    ],
)
def test_a_match_strength_is_said_in_plain_words(strength: float, nb: str, en: str) -> None:
    fact = Fact("interest_met", {"interest": "a", "task": "b", "strength": strength})
    assert sentence(fact, "nb") == f"«a» passer {nb} med oppgaven «b»"
    assert sentence(fact, "en") == f"'a' is {en} match for task 'b'"
    assert "0," not in sentence(fact, "nb") and "strength" not in sentence(fact, "en")


def test_an_unknown_fact_is_its_code() -> None:
    assert sentence(Fact("no_such_fact", {}), "nb") == "no_such_fact"
