"""The shipped vocabulary, and merging a user's own vocabulary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.errors import ExitCode, JobmatchError
from jobmatch.matching import Vocabulary, VocabularyError, WordMatcher, load_vocabulary

PRIVATE = "Kari-har-diagnose-X"


def test_at_least_150_concepts_each_in_both_languages(vocabulary: Vocabulary) -> None:
    assert len(vocabulary) >= 150
    for concept in vocabulary:
        assert concept.nb, concept.id
        assert concept.en, concept.id


def test_required_concepts_are_there(vocabulary: Vocabulary) -> None:
    wanted = {
        "shelf_stocking", "checkout", "picking", "packing", "goods_receipt", "cleaning",
        "dishwashing", "food_preparation", "serving", "reception", "phone_enquiries",
        "mail_enquiries", "filing", "mail_sorting", "document_scanning", "data_entry",
        "gardening", "lawn_mowing", "weeding", "planting", "laundry", "ironing",
        "bicycle_repair", "recycling_sorting", "driving", "forklift", "delivery", "baking",
        "bake_off", "customer_service", "cash_handling", "stocktaking", "labelling",
        "price_marking", "unpacking", "book_shelving", "housekeeping", "bed_making",
        "car_washing", "painting", "assembly", "carpentry", "caretaking", "snow_clearing",
        "forklift_licence", "driving_licence", "food_hygiene_course",
    }  # fmt: skip
    assert wanted <= {concept.id for concept in vocabulary}


def test_skill_concepts(vocabulary: Vocabulary) -> None:
    skills = {concept.id for concept in vocabulary if concept.kind == "skill"}
    assert {"forklift_licence", "driving_licence", "food_hygiene_course"} <= skills


def test_every_term_has_units(matcher: WordMatcher, vocabulary: Vocabulary) -> None:
    for concept in vocabulary:
        for term in concept.terms:
            assert matcher.canonical(term).units, (concept.id, term)


def test_every_term_names_its_concept(matcher: WordMatcher, vocabulary: Vocabulary) -> None:
    for concept in vocabulary:
        for term in concept.terms:
            assert concept.id in matcher.concepts(term), (concept.id, term)


def test_labels(vocabulary: Vocabulary) -> None:
    assert vocabulary.label("checkout", "nb") == "kasse"
    assert vocabulary.label("checkout") == "checkout"
    assert "checkout" in vocabulary


def test_the_data_file_names_its_sources() -> None:
    text = Path(__file__).parents[2].joinpath("jobmatch/matching/vocabulary.toml").read_text()
    assert "O*NET 26.3 Database" in text
    assert "CC BY 4.0" in text
    assert "NLOD" in text


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vocabulary.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_and_extends_concepts(tmp_path: Path, vocabulary: Vocabulary) -> None:
    path = _write(
        tmp_path,
        """
        [parts]
        nb = ["pølse"]

        [concepts.grill]
        nb = ["grille pølser"]

        [concepts.checkout]
        nb = ["kassajobb"]
        en = ["checkout"]
        """,
    )
    merged = load_vocabulary(path)
    assert len(merged) == len(vocabulary) + 1
    assert merged.concept("grill").nb == ("grille pølser",)
    assert merged.concept("grill").kind == "task"
    checkout = merged.concept("checkout")
    assert checkout.nb[-1] == "kassajobb"
    assert checkout.en.count("checkout") == 1
    assert "pølse" in merged.parts_nb
    assert len(load_vocabulary()) == len(vocabulary)  # the shipped one is untouched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f'[concepts.x]\nnb = ["a"]\nsecret = "{PRIVATE}"\n', "concepts.x: unknown key"),
        (f'[concepts.x]\nkind = "{PRIVATE}"\nnb = ["a"]\n', "concepts.x.kind: must be"),
        ('[concepts.x]\nnb = "just text"\n', "concepts.x.nb: must be a list"),
        ("[concepts.x]\nnb = [1]\n", "concepts.x.nb[0]: must be a text"),
        ('[concepts.x]\nnb = ["  -- "]\n', "concepts.x.nb[0]: must be a text"),
        ("[concepts.x]\n", "concepts.x: needs at least one term"),
        (f'[concepts."{PRIVATE}"]\nnb = ["a"]\n', "id of concept 1 must be"),
        (f"{PRIVATE} = 1\n", "unknown key at top level"),
        (f'[parts]\nnb = ["a"]\n{PRIVATE} = ["b"]\n', "parts: unknown key"),
        (f'[concepts.x]\nnb = ["{PRIVATE}"\n', "is not valid TOML (at the end of the file)"),
        (f'[concepts.x]\nnb = ["a"]\n{PRIVATE} {PRIVATE}\n', "is not valid TOML (line 3, column"),
    ],
)
def test_user_file_errors(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(VocabularyError) as caught:
        load_vocabulary(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert expected in message
    assert PRIVATE not in message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = _write(tmp_path, '[concepts.a]\nnb = [1]\n[concepts.b]\nkind = "x"\nen = ["b"]\n')
    with pytest.raises(VocabularyError) as caught:
        load_vocabulary(path)
    assert len(caught.value.problems) == 2
    assert caught.value.messages() == [
        f"{path}: concepts.a.nb[0]: must be a text with at least one word",
        f'{path}: concepts.b.kind: must be "task", "place", "skill" or "word"',
    ]


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="cannot be read"):
        load_vocabulary(tmp_path / "nowhere.toml")
    path = tmp_path / "latin1.toml"
    path.write_bytes('[concepts.x]\nnb = ["kjøre"]\n'.encode("latin-1"))
    with pytest.raises(VocabularyError, match="is not UTF-8 text"):
        load_vocabulary(path)


def test_vocabulary_error_is_a_value_error_and_a_jobmatch_error(tmp_path: Path) -> None:
    error = VocabularyError(tmp_path / "v.toml", ["bad"])
    assert isinstance(error, ValueError)
    assert isinstance(error, JobmatchError)
    assert error.exit_code == ExitCode.INVALID_DATA
