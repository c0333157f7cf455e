"""`requires` against skills: normalisation and synonyms only, never edit distance."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.matching import Vocabulary, load_vocabulary, parse_requirement, requirement_met


@pytest.mark.parametrize(
    ("required", "skills"),
    [
        ("truckførerbevis T1", ["Truckfører-bevis t1"]),
        ("truckførerbevis T1", ["TRUCKFØRERBEVIS  T1"]),
        ("truckførerbevis T1", ["truckførerbevis (T1)"]),
        ("truckførerbevis T1", ["truckførerbevis T 1"]),
        ("truckførerbevis T1", ["truckførerbevis T1, T2 og T4"]),
        ("truckførerbevis T1", ["forklift licence T1"]),
        ("truckførerbevis", ["truckførerbevis T4"]),
        ("førerkort klasse B", ["førerkort klasse B"]),
        ("førerkort B", ["førerkort klasse B"]),
        ("førerkort klasse B", ["sertifikat kl. B"]),
        ("førerkort klasse B", ["driving licence, class B"]),
        ("førerkort", ["Førerkort klasse B"]),
        ("hygienekurs", ["kunnskap om mattrygghet"]),
        ("hygienekurs", ["Food hygiene course"]),
        ("politiattest", ["svømming", "politiattest"]),
        ("HMS-kurs", ["hms kurs"]),
        ("sveisesertifikat", ["Sveise-sertifikat"]),
    ],
)
def test_requirement_met(vocabulary: Vocabulary, required: str, skills: list[str]) -> None:
    assert requirement_met(required, skills, vocabulary)


@pytest.mark.parametrize(
    ("required", "skills"),
    [
        ("truckførerbevis T1", ["truckførerbevis T2"]),
        ("truckførerbevis T1", ["truckførerbevis"]),
        ("truckførerbevis T1", ["truckførerbevis T11"]),
        ("førerkort klasse B", ["førerkort klasse C"]),
        ("førerkort klasse B", ["førerkort klasse BE"]),
        ("førerkort klasse B", ["førerkort"]),
        ("truckførerbevis", ["truckførerbevs"]),  # a typo is no synonym
        ("truckførerbevis", ["førerkort"]),
        ("hygienekurs", ["førstehjelpskurs"]),
        ("hygienekurs", []),
        ("kjøre truck", ["kjøre bil"]),  # task words are no skill synonyms
    ],
)
def test_requirement_not_met(vocabulary: Vocabulary, required: str, skills: list[str]) -> None:
    assert not requirement_met(required, skills, vocabulary)


def test_parse_requirement_reads_classes() -> None:
    assert parse_requirement("Førerkort klasse C1E") == ("førerkort", frozenset({"c1e"}))
    assert parse_requirement("truckfører-bevis T1 T2") == (
        "truckførerbevis",
        frozenset({"t1", "t2"}),
    )
    assert parse_requirement("sertifikat klasse BE") == ("sertifikat", frozenset({"be"}))


def test_user_skill_synonyms(tmp_path: Path, vocabulary: Vocabulary) -> None:
    extra = tmp_path / "vocabulary.toml"
    extra.write_text(
        '[concepts.boat_licence]\nkind = "skill"\nnb = ["båtførerbevis"]\nen = ["boat licence"]\n',
        encoding="utf-8",
    )
    assert not requirement_met("båtførerbevis", ["boat licence"], vocabulary)
    assert requirement_met("båtførerbevis", ["Boat licence"], load_vocabulary(extra))
