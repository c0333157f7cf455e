"""Issue 10, item 10: a Norwegian word where a code is expected names the code; an id
with æ, ø or å suggests its ASCII slug. Neither quotes the value from the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.errors import Problem
from jobmatch.loading import load_record
from jobmatch.loading.hints import ascii_slug, code_for
from tests.loading.asset_files import YAML_ASSETS

VALID = (YAML_ASSETS / "valid-seeker.yaml").read_text(encoding="utf-8")


def _problems(tmp_path: Path, text: str, name: str = "valid-seeker") -> list[Problem]:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return sorted(load_record(path)[1])


@pytest.mark.parametrize(
    ("written", "code"),
    [("arbeidstrening", "training"), ("ansettelse", "employment"), ("Utprøving", "assessment")],
)
def test_a_norwegian_purpose_names_the_english_code(
    tmp_path: Path, written: str, code: str
) -> None:
    problems = _problems(tmp_path, VALID.replace("purpose: training", f"purpose: {written}"))
    assert [(p.field, p.message) for p in problems] == [
        ("goal.purpose", f"codes are English here: write '{code}'")
    ]
    assert problems[0].text("nb") == f"kodene er på engelsk her: skriv '{code}'"
    assert written.lower() not in problems[0].render().lower()


def test_each_field_gets_the_code_it_allows(tmp_path: Path) -> None:
    """``høy`` is ``heavy`` for a load and ``loud`` for noise; ``rolig`` is calm or quiet."""
    text = VALID + (
        "status: aktiv\n"
        "limits:\n  max_physical_load: høy\n  night_work: nei\n  max_customer_contact: indirekte\n"
        "preferences:\n  noise: høy\n  pace: rolig\n  setting: lite team\n"
        "schedule:\n  days: [mandag, fre]\n"
    )
    assert [(p.field, p.message.rpartition(" ")[2]) for p in _problems(tmp_path, text)] == [
        ("status", "'active'"),
        ("limits.max_physical_load", "'heavy'"),
        ("limits.night_work", "'false'"),
        ("limits.max_customer_contact", "'indirect'"),
        ("preferences.noise", "'loud'"),
        ("preferences.pace", "'calm'"),
        ("preferences.setting", "'small_team'"),
        ("schedule.days.0", "'mon'"),
        ("schedule.days.1", "'fri'"),
    ]


def test_a_word_that_is_no_code_keeps_the_list_of_codes(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, VALID.replace("purpose: training", "purpose: QZX-kurs"))
    assert problem.message == "must be one of 'assessment', 'training' or 'employment'"


def test_an_id_with_norwegian_letters_suggests_the_ascii_slug(tmp_path: Path) -> None:
    problems = _problems(tmp_path, VALID.replace("id: valid-seeker", "id: åse-ø"), "åse-ø")
    assert [(p.field, p.message) for p in problems] == [
        (
            "id",
            "an id is lower-case a-z, digits and single hyphens, without æ, ø or å: "
            "write 'ase-o', and name the file ase-o.yaml",
        )
    ]
    assert "'ase-o'" in problems[0].text("nb")


def test_an_id_unlike_the_file_name_gets_no_suggestion(tmp_path: Path) -> None:
    """The suggestion would show text from the file that its name does not already show."""
    problems = _problems(tmp_path, VALID.replace("id: valid-seeker", "id: qzxø"))
    assert [p.message for p in problems] == [
        "must be a lower-case id: letters a-z, digits and single hyphens, e.g. ola-n"
    ]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("åse-ø", "ase-o"),
        ("Bjørn-Æ", "bjorn-ae"),
        ("josé-m", "jose-m"),
        ("ola-n", None),  # ASCII already: nothing to suggest
        ("../ø", None),
        ("åse ø", None),
        ("ø" * 65, None),
    ],
)
def test_ascii_slug(text: str, slug: str | None) -> None:
    assert ascii_slug(text) == slug


def test_code_for_only_gives_a_code_the_field_allows() -> None:
    assert code_for("arbeidstrening", ("training", "employment")) == "training"
    assert code_for("arbeidstrening", ("none", "light")) is None
    assert code_for("Small team", ("alone", "small_team")) == "small_team"
    assert code_for(7, ("none",)) is None
