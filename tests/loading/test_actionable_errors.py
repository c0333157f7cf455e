"""spec/reliability.md, "Errors a person can act on", as the loader sees it.

The command-line side (exit codes, text and JSON output) is in tests/cli/test_validate.py.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from jobmatch.loading import load_record, validate_paths
from jobmatch.loading.yamltext import MAX_BYTES, MAX_DEPTH
from jobmatch.models import Seeker
from tests.loading.asset_files import ASSETS, YAML_ASSETS, errors, load_asset, warnings

VALID = (YAML_ASSETS / "valid-seeker.yaml").read_text(encoding="utf-8")


def _rendered(name: str) -> list[str]:
    _, problems = load_asset(name)
    return [p.render() for p in sorted(problems)]


def test_not_utf8_names_the_byte() -> None:
    path = YAML_ASSETS / "cp1252.yaml"
    offset = path.read_bytes().index(b"\xf8")  # ø in Windows-1252
    assert _rendered("cp1252") == [f"{path}: not UTF-8 at byte {offset}; save the file as UTF-8"]


def test_not_utf8_byte_counts_the_byte_order_mark() -> None:
    path = YAML_ASSETS / "cp1252-bom.yaml"
    offset = path.read_bytes().index(b"\xf8")
    assert _rendered("cp1252-bom") == [
        f"{path}: not UTF-8 at byte {offset}; save the file as UTF-8"
    ]


def test_byte_order_mark_alone_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    record, problems = load_record(path)
    assert problems == []
    assert isinstance(record, Seeker)


def test_file_over_one_mebibyte_is_refused_with_why(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    padding = "# " + "x" * 100 + "\n"
    path.write_text(VALID + padding * (MAX_BYTES // len(padding) + 1), encoding="utf-8")
    assert path.stat().st_size > MAX_BYTES
    record, problems = load_record(path)
    assert record is None
    assert [(p.code, p.path) for p in problems] == [("too_large", str(path))]
    assert "1024 KiB" in problems[0].message
    assert "split it" in problems[0].message


def test_file_of_exactly_one_mebibyte_is_read(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    text = VALID + "#" * (MAX_BYTES - len(VALID.encode("utf-8")) - 1) + "\n"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size == MAX_BYTES
    record, problems = load_record(path)
    assert problems == []
    assert record is not None


def test_nesting_deeper_than_twenty_is_refused_with_why() -> None:
    path = YAML_ASSETS / "too-deep.yaml"
    record, problems = load_asset("too-deep")
    assert record is None
    assert [(p.code, p.line, p.message) for p in problems] == [
        ("too_deep", 8, f"nested deeper than {MAX_DEPTH} levels")
    ]
    assert problems[0].path == str(path)


def test_nesting_of_twenty_levels_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    depth = MAX_DEPTH - 1  # the record itself is the first level
    path.write_text(VALID + "why: " + "[" * depth + "x" + "]" * depth + "\n", encoding="utf-8")
    _, problems = load_record(path)
    assert [p.code for p in problems] == ["string_type"]  # a type error, not refused


def test_unknown_key_is_named_with_its_line_and_the_closest_key() -> None:
    path = YAML_ASSETS / "unknown-key.yaml"
    assert _rendered("unknown-key") == [
        f"{path}:9:3: limits.max_lifting_kilo: unknown key 'max_lifting_kilo'; "
        "did you mean 'max_lifting_kg'?",
        f"{path}:10:1: prefrences: unknown key 'prefrences'; did you mean 'preferences'?",
    ]


def test_unknown_key_far_from_any_field_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    path.write_text(VALID + "zzzzzz: 1\n", encoding="utf-8")
    _, problems = load_record(path)
    assert [p.message for p in problems] == [
        "unknown key 'zzzzzz'; remove it or check the spelling"
    ]


def test_id_must_match_the_file_name() -> None:
    path = YAML_ASSETS / "id-mismatch.yaml"
    assert _rendered("id-mismatch") == [
        f"{path}:2:1: id: must equal the file name without .yaml; rename the file or the id"
    ]


@pytest.mark.parametrize("name", ["bad-slug-dots", "bad-slug-space"])
def test_id_must_be_a_slug(name: str) -> None:
    path = YAML_ASSETS / f"{name}.yaml"
    assert _rendered(name) == [
        f"{path}:2:1: id: must be a lower-case id: letters a-z, digits and single hyphens, "
        "e.g. ola-n"
    ]


def test_id_over_64_characters_is_refused(tmp_path: Path) -> None:
    record_id = "a" * 65
    path = tmp_path / f"{record_id}.yaml"
    path.write_text(VALID.replace("id: valid-seeker", f"id: {record_id}"), encoding="utf-8")
    _, problems = load_record(path)
    assert [(p.field, p.code) for p in problems] == [("id", "string_too_long")]


def test_duplicate_id_across_files_is_an_error() -> None:
    first = ASSETS / "duplicate-id" / "first"
    second = ASSETS / "duplicate-id" / "second"
    report = validate_paths([first, second])
    assert report.files == 2
    duplicate = second / "profiles" / "ola-n.yaml"
    assert [p.render() for p in report.errors] == [
        f"{duplicate}:2:1: id: seeker id already used in {first / 'profiles' / 'ola-n.yaml'}; "
        "ids must be unique"
    ]
    assert list(report.seekers) == ["ola-n"]


def test_same_id_for_a_seeker_and_a_workplace_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "workplaces").mkdir()
    (tmp_path / "profiles" / "berit.yaml").write_text(
        VALID.replace("valid-seeker", "berit"), encoding="utf-8"
    )
    (tmp_path / "workplaces" / "berit.yaml").write_text(
        "schema: jobmatch/workplace@1\nid: berit\nname: Berit AS\n"
        "tasks: [{id: vask, name: vaske}]\n",
        encoding="utf-8",
    )
    assert validate_paths([tmp_path]).errors == []


def test_template_placeholders_are_warnings_not_errors() -> None:
    path = YAML_ASSETS / "placeholder.yaml"
    record, problems = load_asset("placeholder")
    assert record is not None
    assert errors(problems) == []
    message = "warning: placeholder from the template is unchanged; fill it in"
    assert [p.render() for p in sorted(warnings(problems))] == [
        f"{path}:3:1: name: {message}",
        f"{path}:7:5: interests.0.what: {message}",
    ]


def test_text_is_nfc_normalised() -> None:
    raw = (YAML_ASSETS / "nfc-decomposed.yaml").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFD", "sjåfør") in raw  # the asset really is decomposed
    record, problems = load_asset("nfc-decomposed")
    assert problems == []
    assert isinstance(record, Seeker)
    assert record.interests[0].what == "sjåfør"
    assert unicodedata.is_normalized("NFC", record.name)
    assert record.name == "Åse D."


def test_every_problem_of_every_file_in_one_run_sorted_by_file_and_line() -> None:
    report = validate_paths([YAML_ASSETS])
    problems = report.errors
    keys = [(p.path, p.line, p.column) for p in problems]
    assert keys == sorted(keys)
    broken = {
        "anchor",
        "alias",
        "alias-bomb",
        "python-tag",
        "str-tag",
        "cp1252",
        "cp1252-bom",
        "duplicate-key",
        "too-deep",
        "unknown-key",
        "id-mismatch",
        "bad-slug-dots",
        "bad-slug-space",
        "supports-contradict",
    }
    assert {Path(p.path).stem for p in problems} == broken
    assert len([p for p in problems if p.path.endswith("unknown-key.yaml")]) == 2
    assert len([p for p in problems if p.path.endswith("duplicate-key.yaml")]) == 2


def test_syntax_errors_have_a_place_and_no_source_text(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    path.write_text(VALID + "why: 'SECRET-QUOTE\n", encoding="utf-8")
    _, problems = load_record(path)
    assert [(p.code, p.line > 0) for p in problems] == [("yaml_syntax", True)]
    assert "SECRET" not in problems[0].render()


def test_tab_indentation_gets_a_plain_explanation(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    path.write_text(VALID + "limits:\n\tmax_lifting_kg: 5\n", encoding="utf-8")
    _, problems = load_record(path)
    assert [p.code for p in problems] == ["yaml_syntax"]
    assert "indent" in problems[0].message


def test_one_failing_item_does_not_also_say_the_list_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    path.write_text(VALID.replace("  - what: sortere varer", "  - what: [a, b]"), encoding="utf-8")
    _, problems = load_record(path)
    assert [(p.field, p.code) for p in problems] == [("interests.0.what", "string_type")]


def test_empty_list_still_needs_an_entry(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    path.write_text(
        VALID.replace("interests:\n  - what: sortere varer", "interests: []"), encoding="utf-8"
    )
    _, problems = load_record(path)
    assert [(p.field, p.message) for p in problems] == [("interests", "needs at least one entry")]


def test_a_second_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "valid-seeker.yaml"
    path.write_text(VALID + "---\n" + VALID, encoding="utf-8")
    _, problems = load_record(path)
    assert [(p.code, p.line) for p in problems] == [("multi_doc", 8)]


@pytest.mark.parametrize("text", ["", "# only a comment\n", "- a list\n", "just text\n"])
def test_a_file_that_is_not_one_record(tmp_path: Path, text: str) -> None:
    path = tmp_path / "valid-seeker.yaml"
    path.write_text(text, encoding="utf-8")
    record, problems = load_record(path)
    assert record is None
    assert [p.code for p in problems] == ["not_mapping"]


def test_an_id_that_is_not_the_file_name_is_told_beside_other_problems(tmp_path: Path) -> None:
    """reliability.md: every problem in one run, not one more after each fix."""
    folder = tmp_path / "profiles"
    folder.mkdir()
    path = folder / "ola-n.yaml"
    text = VALID.replace("id: valid-seeker", "id: kari-o")
    assert text != VALID
    path.write_text(text + "status: kanskje\n", encoding="utf-8")
    _, problems = load_record(path)
    assert sorted(p.code for p in problems) == ["enum", "id_mismatch"]
