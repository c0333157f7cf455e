"""spec/reliability.md version 2, as the loader sees it: D1, D2 and D6 of issue 10, and tabs.

Each test is the issue's reproduction turned round: the bad file is refused
with one problem at its place, and no value from the file is quoted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.errors import Problem
from jobmatch.loading import load_record
from jobmatch.models import Seeker
from tests.loading.asset_files import YAML_ASSETS

VALID = (YAML_ASSETS / "valid-seeker.yaml").read_text(encoding="utf-8")


def _load(tmp_path: Path, text: str) -> tuple[object, list[Problem]]:
    path = tmp_path / "valid-seeker.yaml"
    path.write_text(text, encoding="utf-8")
    return load_record(path)


def _shown(problems: list[Problem]) -> list[str]:
    return [p.render().removeprefix(p.path + ":") for p in sorted(problems)]


# --- D1: a null key does not shift the keys and values after it -------------------


@pytest.mark.parametrize("null", ["null", "~", "Null", "NULL"])
def test_a_null_key_is_one_problem_at_that_key(tmp_path: Path, null: str) -> None:
    text = VALID + f"limits:\n  {null}: angst\n  max_lifting_kg: 10\n"
    record, problems = _load(tmp_path, text)
    assert record is None
    assert [(p.code, p.line, p.column, p.field) for p in problems] == [("null_key", 9, 3, "limits")]
    assert "angst" not in problems[0].render()


def test_two_null_keys_never_echo_their_values_as_keys(tmp_path: Path) -> None:
    """The issue's case: ``duplicate key 'angst' (first on line 5)``, a value shown as a key."""
    text = VALID + "limits:\n  null: angst\n  ~: angst\n  night_work: false\n"
    record, problems = _load(tmp_path, text)
    assert record is None
    assert [(p.code, p.line) for p in problems] == [("null_key", 9), ("null_key", 10)]
    rendered = "\n".join(p.render() for p in problems)
    assert "angst" not in rendered
    assert "duplicate" not in rendered


def test_the_value_of_a_null_key_may_be_a_block(tmp_path: Path) -> None:
    text = VALID + "~:\n  - angst\n  - {what: QZX}\nwhy: ja\n"
    _, problems = _load(tmp_path, text)
    assert [(p.code, p.line, p.field) for p in problems] == [("null_key", 8, "")]
    assert "QZX" not in problems[0].render()


def test_a_quoted_null_is_a_key_like_any_other(tmp_path: Path) -> None:
    _, problems = _load(tmp_path, VALID + '"null": 1\n')
    assert [p.code for p in problems] == ["extra_forbidden"]


# --- D2: control characters in values -----------------------------------------------


TERMINAL_ATTACK = r'"Jonas\e]0;pwned\a\e[8m K."'


def test_escape_sequences_in_a_name_are_refused_with_their_place(tmp_path: Path) -> None:
    text = VALID.replace("name: Vera S.", f"name: {TERMINAL_ATTACK}")
    record, problems = _load(tmp_path, text)
    assert record is None
    assert [(p.code, p.line, p.column, p.field) for p in problems] == [
        ("control_char", 3, 7, "name")
    ]
    assert _shown(problems) == [
        "3:7: name: a control character (U+001B) is not allowed here: "
        "it could change the terminal or hide text; delete it"
    ]
    assert "pwned" not in problems[0].render()


@pytest.mark.parametrize(
    "written",
    [
        r'"a\x07b"',  # BEL
        r'"a\rb"',  # carriage return
        r'"a\x7fb"',  # DEL
        r'"a\x9bb"',  # C1: CSI
        r'"a\u202eb"',  # right-to-left override
        r'"a\u2066b"',  # left-to-right isolate
        r'"a\u2069b"',  # pop directional isolate
        "a\u202eb",  # written raw, which YAML allows
    ],
)
def test_every_kind_of_control_character_is_refused(tmp_path: Path, written: str) -> None:
    _, problems = _load(tmp_path, VALID.replace("what: sortere varer", f"what: {written}"))
    assert [(p.code, p.line, p.field) for p in problems] == [
        ("control_char", 7, "interests.0.what")
    ]


def test_a_control_character_in_a_key_is_refused_without_the_key(tmp_path: Path) -> None:
    _, problems = _load(tmp_path, VALID + '"QZX\\e[8m": 1\n')
    assert ("control_char", 8) in [(p.code, p.line) for p in problems]
    assert all("QZX" not in p.render() for p in problems)


def test_tabs_and_line_breaks_in_values_are_fine(tmp_path: Path) -> None:
    text = VALID + 'why: "først\\tså\\nog så"\nstrengths: [|\n    to\n    linjer\n  ]\n'
    record, problems = _load(tmp_path, VALID + 'why: "først\\tså\\nog så"\n')
    assert problems == []
    assert isinstance(record, Seeker) and record.why == "først\tså\nog så"
    _, problems = _load(tmp_path, text.replace("\n", "\r\n"))
    assert [p.code for p in problems if p.code == "control_char"] == []


def test_norwegian_and_other_letters_are_no_control_characters(tmp_path: Path) -> None:
    text = VALID.replace("Vera S.", "Åse Ødegård-Ħ 李 ٣ «sitat» – ok") + "why: x\u00a0y\n"
    record, problems = _load(tmp_path, text)
    assert problems == []
    assert isinstance(record, Seeker)


# --- D6: a raw control character has its line and column ------------------------------


@pytest.mark.parametrize(("char", "name"), [("\x07", "U+0007"), ("\x1b", "U+001B")])
def test_a_raw_control_character_has_its_line_and_column(
    tmp_path: Path, char: str, name: str
) -> None:
    text = VALID.replace("name: Vera S.", f"name: Vera{char} S.")
    record, problems = _load(tmp_path, text)
    assert record is None
    assert [(p.code, p.line, p.column) for p in problems] == [("control_char", 3, 11)]
    assert name in problems[0].message
    assert "YAML syntax error" not in problems[0].message


def test_a_raw_control_character_after_norwegian_letters_is_placed_by_character(
    tmp_path: Path,
) -> None:
    """The parser counts bytes; the place given counts characters, as an editor does."""
    text = VALID.replace("what: sortere varer", "what: sjåfør på lør\x01dag")
    _, problems = _load(tmp_path, text)
    assert [(p.code, p.line, p.column) for p in problems] == [("control_char", 7, 24)]


# --- Item 10: a tab says "tab" and where it is ------------------------------------------


@pytest.mark.parametrize(
    ("tail", "line", "column"),
    [
        ("limits:\n\tmax_lifting_kg: 5\n", 9, 1),  # "found character that cannot start any token"
        ("\tstatus: active\n", 8, 1),
        ("limits:\n  max_lifting_kg: 5\n\tnight_work: false\n", 10, 1),
        ("why: |\n  først\n\tså\n", 10, 1),
    ],
)
def test_a_tab_is_named_with_its_place(tmp_path: Path, tail: str, line: int, column: int) -> None:
    _, problems = _load(tmp_path, VALID + tail)
    assert [(p.code, p.line, p.column) for p in problems] == [("yaml_syntax", line, column)]
    assert problems[0].message == (
        "a tab character here; YAML is indented with spaces: replace the tab with spaces"
    )
    assert "token" not in problems[0].message
    assert "tabulatortegn" in problems[0].text("nb")
