"""Normalising, tokenising, stemming and compound splitting."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobmatch.matching import WordMatcher, normalise, tokenise
from jobmatch.matching.text import Lexicon, build_lexicon, root, split_compound, stem_en, stem_nb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Rydde   HYLLER ", "rydde hyller"),
        ("Truckfører-bevis (T1)", "truckfører bevis t1"),
        ("Ærlig, Øvre; Åpen!", "ærlig øvre åpen"),
        ("kafé", "kafe"),
        ("Käse und Öl", "kæse und øl"),
        ("hylle_rydding\tog\nsortering", "hylle rydding og sortering"),
        ("", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_decomposed_and_composed_letters_are_one() -> None:
    decomposed = unicodedata.normalize("NFD", "Sjåfør på lageret")
    assert decomposed != "Sjåfør på lageret"
    assert normalise(decomposed) == "sjåfør på lageret"


def test_decomposed_text_matches_composed(matcher: WordMatcher) -> None:
    decomposed = unicodedata.normalize("NFD", "sjåfør")
    assert matcher.similarity(decomposed, "sjåfør") == 1.0
    assert matcher.concepts(decomposed) == {"driving"}


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip()
    assert "  " not in once


def test_tokenise_joins_a_lone_letter_to_the_next_word() -> None:
    assert tokenise("svare på e-post") == ["svare", "på", "epost"]
    assert tokenise("jobbe i kassa") == ["jobbe", "i", "kassa"]


@pytest.mark.parametrize(
    "forms",
    [
        ["rydde", "rydder", "ryddet", "rydding", "ryddingen"],
        ["hylle", "hyller", "hylla", "hyllene"],
        ["sortere", "sorterer", "sortert", "sortering"],
        ["reparere", "reparert", "reparasjon", "reparasjonen"],
        ["sykkel", "sykler", "sykkelen", "syklene"],
        ["betjene", "betjening"],
        ["bok", "bøker", "bøkene"],
        ["lager", "lageret"],
    ],
)
def test_inflections_share_a_root(forms: list[str]) -> None:
    assert len({root(form) for form in forms}) == 1


@pytest.mark.parametrize(
    ("left", "right"),
    [("lager", "lage"), ("kasse", "kassere"), ("kasserer", "kassere"), ("bake", "bakke")],
)
def test_unrelated_words_keep_apart(left: str, right: str) -> None:
    assert root(left) != root(right)


def test_both_stemmers_are_used() -> None:
    assert stem_nb("hyllene") == "hyll"
    assert stem_en("stocking") == "stock"


def test_stems_are_cached() -> None:
    stem_nb("varemottaket")
    assert stem_nb.cache_info().hits + stem_nb.cache_info().misses > 0


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """A small lexicon, to show the method works without listing compounds."""
    return build_lexicon(
        ["hylle", "rydde", "post", "sortere", "kasse", "vask", "opp", "bake", "barn", "hage"],
        ["shelf"],
        ["rom"],
    )


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("hyllerydding", ("hylle", "rydding")),
        ("postsortering", ("post", "sortering")),
        ("oppvask", ("opp", "vask")),
        ("kassearbeid", ("kasse", "arbeid")),
        ("hagearbeidet", ("hage", "arbeidet")),
        ("kassesortering", ("kasse", "sortering")),
        ("postsorteringen", ("post", "sorteringen")),
    ],
)
def test_split_compound(lexicon: Lexicon, word: str, parts: tuple[str, ...]) -> None:
    assert split_compound(word, lexicon) == parts


@pytest.mark.parametrize(
    "word",
    [
        "kassere",  # "kasse" + "re": a part shorter than three letters
        "bakrom",  # "bak" is a stem of three letters: too short to be a part
        "postei",
        "barnehage",  # kept whole: a kindergarten is no garden
        "barnehagen",
        "sortering",  # "-ring" is no part
        "shelving",  # English words are not split
    ],
)
def test_words_left_whole(lexicon: Lexicon, word: str) -> None:
    assert split_compound(word, lexicon) == (word,)


def test_linking_s_between_parts(matcher: WordMatcher) -> None:
    assert matcher.analyzer.parts("førstehjelpskurs") == ("førstehjelp", "kurs")
    assert matcher.analyzer.parts("avfallssortering") == ("avfall", "sortering")


def test_generic_work_words_are_no_units(matcher: WordMatcher) -> None:
    assert matcher.canonical("lagerarbeid").keys == matcher.canonical("lager").keys
    assert matcher.canonical("jobbe med kasse").keys == matcher.canonical("kasse").keys


def test_a_text_of_stop_words_still_has_units(matcher: WordMatcher) -> None:
    assert matcher.canonical("jobbe").units
    assert matcher.similarity("jobbe", "jobbe") == 1.0
