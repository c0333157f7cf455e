"""WordMatcher: strengths, the matrix path, explanations and concepts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobmatch.matching import DEFAULT_THRESHOLD, Vocabulary, WordMatcher, load_vocabulary
from jobmatch.matching import similarity as similarity_module

WORDS = [
    "rydde",
    "hyller",
    "hyllerydding",
    "kasse",
    "kassere",
    "betjene",
    "kassen",
    "vaske",
    "opp",
    "oppvask",
    "bil",
    "klær",
    "sortere",
    "post",
    "postsortering",
    "kjøre",
    "truck",
    "truckkjøring",
    "plante",
    "blomster",
    "lager",
    "lage",
    "mat",
    "shelves",
    "stocking",
    "cashier",
    "forklift",
    "i",
    "på",
    "og",
    "jobbe",
    "Ærlig",
    "sjåfør",
    "e-post",
    "T1",
    "",
    "  ",
]
texts = st.lists(st.sampled_from(WORDS), max_size=4).map(" ".join)
free_texts = st.one_of(texts, st.text(max_size=20))


def test_default_threshold(matcher: WordMatcher) -> None:
    assert DEFAULT_THRESHOLD == 0.6
    assert matcher.threshold == DEFAULT_THRESHOLD
    assert matcher.is_match(0.6)
    assert not matcher.is_match(0.59)


def test_threshold_out_of_range(vocabulary: Vocabulary) -> None:
    with pytest.raises(ValueError, match="threshold"):
        WordMatcher(vocabulary, threshold=1.5)


def test_same_words_are_a_full_match(matcher: WordMatcher) -> None:
    assert matcher.similarity("rydde hyller", "Rydde  hyller!") == 1.0
    assert matcher.similarity("hyllerydding", "rydde hyller") == 1.0


def test_empty_texts_do_not_match(matcher: WordMatcher) -> None:
    assert matcher.similarity("", "") == 0.0
    assert matcher.similarity("rydde hyller", "") == 0.0


def test_below_threshold_is_not_forced_to_zero(matcher: WordMatcher) -> None:
    """Strengths are graded: a task that meets half of an interest gives about half."""
    strength = matcher.similarity("rydde hyller og kaste papp", "rydde hyller")
    assert 0.0 < strength < matcher.threshold


def test_spelling_alone_gives_nothing(matcher: WordMatcher) -> None:
    """There is no spelling-only similarity: "kasse" shares letters with "kassere", no word."""
    evidence = matcher.explain("kasse", "kassere")
    assert evidence.strength == 0.0
    assert evidence.words == ()
    assert evidence.concepts == ()


@settings(max_examples=200, deadline=None)
@given(free_texts, free_texts)
def test_strength_is_in_range_and_a_text_meets_itself(a: str, b: str) -> None:
    """Strength is the coverage of the interest, so it is not symmetric; a text read as
    written (no corrected spelling) meets itself fully."""
    matcher = _shared_matcher()
    assert 0.0 <= matcher.similarity(a, b) <= 1.0
    units = matcher.canonical(a).units
    if units and all(u.quality == 1.0 for u in units):
        assert matcher.similarity(a, a) == 1.0


def test_strength_is_the_coverage_of_the_interest(matcher: WordMatcher) -> None:
    """A task that contains the whole interest meets it; the interest does not meet the
    task, which asks for more."""
    assert matcher.similarity("rydde", "rydde hyller") >= matcher.threshold
    assert matcher.similarity("rydde hyller", "rydde") < matcher.threshold


@settings(max_examples=100, deadline=None)
@given(st.lists(free_texts, max_size=6), st.lists(free_texts, max_size=6))
def test_matrix_equals_elementwise_similarity_exactly(
    queries: list[str], choices: list[str]
) -> None:
    matcher = _shared_matcher()
    matrix = matcher.similarity_matrix(queries, choices)
    assert matrix.dtype == np.float64
    assert matrix.shape == (len(queries), len(choices))
    for i, query in enumerate(queries):
        for j, choice in enumerate(choices):
            assert matrix[i, j] == matcher.similarity(query, choice)


def test_matrix_is_the_same_in_small_blocks(
    matcher: WordMatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = ["rydde hyller", "kasse", "kjøre truck", "vaske opp", "lage mat", "sortere post"]
    choices = ["hyllepåfylling", "kassearbeid", "truckkjøring", "oppvask", "bilvask", "lager"]
    whole = matcher.similarity_matrix(queries, choices)
    monkeypatch.setattr(similarity_module, "CHUNK_UNITS", 7)
    blocked = matcher.similarity_matrix(queries, choices)
    assert np.array_equal(whole, blocked)


def test_matrix_rows_follow_the_order_of_queries(matcher: WordMatcher) -> None:
    queries = ["rydde hyller", "kasse", "kjøre truck", "kasse"]
    choices = ["hyllerydding", "checkout", "truck", "oppvask", "checkout"]
    matrix = matcher.similarity_matrix(queries, choices)
    reversed_matrix = matcher.similarity_matrix(queries[::-1], choices[::-1])
    assert np.array_equal(matrix, reversed_matrix[::-1, ::-1])
    assert np.array_equal(matrix[1], matrix[3])


def test_matrix_with_no_rows_or_columns(matcher: WordMatcher) -> None:
    assert matcher.similarity_matrix([], ["kasse"]).shape == (0, 1)
    assert matcher.similarity_matrix(["kasse"], []).shape == (1, 0)


def test_a_fresh_matcher_gives_the_same_numbers(
    vocabulary: Vocabulary, matcher: WordMatcher
) -> None:
    queries = ["rydde hyller", "vaske bil", "kasse", "sykkel"]
    choices = ["hyllepåfylling", "vaske opp", "kassere", "sykepleie", "shelf stocking"]
    fresh = WordMatcher(vocabulary)
    assert np.array_equal(
        fresh.similarity_matrix(queries, choices), matcher.similarity_matrix(queries, choices)
    )


def test_explain_matches_similarity(matcher: WordMatcher) -> None:
    evidence = matcher.explain("ryddet i hyllene", "hyllerydding")
    assert evidence.strength == matcher.similarity("ryddet i hyllene", "hyllerydding")
    assert evidence.words == ("hyllene", "ryddet")
    assert evidence.concepts == ()
    assert evidence.coverage == 1.0
    assert evidence.a == "ryddet i hyllene"


def test_explain_by_concept_across_languages(matcher: WordMatcher) -> None:
    evidence = matcher.explain("checkout", "betjene kassen")
    assert evidence.strength == matcher.similarity("checkout", "betjene kassen")
    assert evidence.strength >= matcher.threshold
    assert evidence.concepts == ("checkout",)
    assert evidence.words == ()
    assert evidence.by_concept


def _task_concepts(matcher: WordMatcher, text: str) -> set[str]:
    """The concepts a text names, without the word concepts (synonym groups)."""
    vocabulary = matcher.vocabulary
    return {c for c in matcher.concepts(text) if vocabulary.concept(c).kind != "word"}


def test_concepts(matcher: WordMatcher) -> None:
    assert _task_concepts(matcher, "kjøre truck og plukke varer") == {"forklift", "picking"}
    assert _task_concepts(matcher, "rydde hyller") == {"shelf_stocking"}
    assert matcher.concepts("rydde hyller") >= {"word_shelf", "word_tidy"}
    assert matcher.concepts("noe helt annet") == frozenset()


def test_canonical_is_cached(matcher: WordMatcher) -> None:
    assert matcher.canonical("hyllerydding") is matcher.canonical("hyllerydding")


def test_a_user_concept_joins_words(tmp_path: Path, vocabulary: Vocabulary) -> None:
    plain = WordMatcher(vocabulary)
    assert plain.similarity("pølsebod", "grill") < plain.threshold
    extra = tmp_path / "vocabulary.toml"
    extra.write_text('[concepts.grill]\nnb = ["pølsebod", "grille pølser"]\n', encoding="utf-8")
    extended = WordMatcher(load_vocabulary(extra))
    evidence = extended.explain("grille pølser", "jobbe i pølsebod")
    assert evidence.strength >= extended.threshold
    assert evidence.concepts == ("grill",)


_MATCHER: list[WordMatcher] = []


def _shared_matcher() -> WordMatcher:
    """One matcher for hypothesis tests (fixtures are not reset between examples)."""
    if not _MATCHER:
        _MATCHER.append(WordMatcher(load_vocabulary()))
    return _MATCHER[0]


def test_a_place_is_what_a_text_is_about_only_without_a_task(matcher: WordMatcher) -> None:
    assert "warehouse" in matcher.concepts("jobbe på lager")
    focus = matcher.canonical("plukke varer på lageret").focus
    assert "picking" in focus and "warehouse" not in focus
    assert matcher.similarity("jobbe på lager", "plukke varer på lageret") >= matcher.threshold
    assert matcher.similarity("hjelpe kunder i butikk", "varepåfylling i butikken") < 0.6


def test_concepts_are_found_within_a_clause(matcher: WordMatcher) -> None:
    listed = "romrengjøring, re opp senger, vaske bad og støvsuge"
    assert "dishwashing" not in matcher.concepts(listed)
    assert matcher.similarity("oppvask", listed) < matcher.threshold
    assert matcher.similarity("oppvask", "vaske opp, tørke bord") >= matcher.threshold


def test_the_most_specific_task_concept_wins(matcher: WordMatcher) -> None:
    assert _task_concepts(matcher, "sykkelreparasjon") == {"bicycle_repair"}
    assert _task_concepts(matcher, "telefonsalg") == {"telephone_sales"}
    assert "warehouse" in matcher.concepts("telle varer på lageret")
