"""``jobmatch schema`` and the committed schemas/: what editors and check-jsonschema read.

The published schema must accept every file jobmatch accepts, read as YAML 1.2
readers (yaml-language-server, check-jsonschema) read it: ``0150`` is the
number 150 there, ``8:30`` is text, ``2027-01-11`` is text, ``no`` is text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from jobmatch.cli import app
from jobmatch.loading import load_record
from jobmatch.output.jsonout import to_json
from jobmatch.schemas import json_schema
from tests.cli.yaml12 import read_yaml12, schema_errors

ROOT = Path(__file__).resolve().parent.parent.parent
ASSETS = ROOT / "tests" / "assets" / "yaml"
KINDS = ("seeker", "workplace")
EXAMPLES = sorted([*(ROOT / "profiles").glob("*.yaml"), *(ROOT / "workplaces").glob("*.yaml")])
ACCEPTED_ASSETS = [
    "municipality-no",
    "language-no",
    "postcode-octal",
    "time-base60",
    "interest-yes",
    "placeholder",
    "valid-seeker",
    "nfc-decomposed",
]


def test_yaml12_reader_reads_as_yaml12() -> None:
    data = read_yaml12("a: 0150\nb: 8:30\nc: no\nd: 2027-01-11\ne: true\nf: 1.5\ng:\n")
    assert data == {
        "a": 150,
        "b": "8:30",
        "c": "no",
        "d": "2027-01-11",
        "e": True,
        "f": 1.5,
        "g": None,
    }


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schema_is_the_generated_one(runner: CliRunner, kind: str) -> None:
    result = runner.invoke(app, ["schema", kind])
    assert result.exit_code == 0
    assert result.stdout == to_json(json_schema(kind)) + "\n"  # type: ignore[arg-type]
    committed = (ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == result.stdout, (
        f"schemas/{kind}.schema.json is out of date; regenerate it with "
        f"`jobmatch schema {kind} > schemas/{kind}.schema.json`"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schema_is_a_valid_draft_2020_12_schema(kind: str) -> None:
    schema = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_file_passes_the_committed_schema(path: Path) -> None:
    kind = "seeker" if path.parent.name == "profiles" else "workplace"
    assert schema_errors(kind, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("name", ACCEPTED_ASSETS)
def test_files_jobmatch_accepts_pass_the_schema(name: str) -> None:
    path = ASSETS / f"{name}.yaml"
    _, problems = load_record(path)
    assert [p for p in problems if p.severity == "error"] == []
    assert schema_errors("seeker", path.read_text(encoding="utf-8")) == []


def test_unquoted_postcode_and_time_pass_the_schema(tmp_path: Path) -> None:
    text = (
        "schema: jobmatch/seeker@1\nid: hand-written\nname: Hanne W.\ngoal:\n  purpose: training\n"
        "interests:\n  - what: rydde\nschedule:\n  earliest: 8:30\n  latest: 15:45\n"
        "location:\n  municipality: Oslo\n  postcode: 0150\n"
    )
    data = read_yaml12(text)
    assert data["location"]["postcode"] == 150  # an integer to a YAML 1.2 reader
    assert data["schedule"]["earliest"] == "8:30"
    assert schema_errors("seeker", text) == []
    path = tmp_path / "hand-written.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_record(path)
    assert problems == []


SEEKER = "schema: jobmatch/seeker@1\nid: s\nname: S\ngoal: {purpose: training}\n"


@pytest.mark.parametrize(
    "extra",
    [
        "interests: [{what: 2024}]",  # a number to YAML 1.2, text to jobmatch
        "interests: [{what: true}]",
        "interests: [{what: x}]\nlocation: {municipality: 0301}",
        "interests: [{what: x}]\nadviser: {name: Kari, phone: 90000000}",
        "interests: [{what: x}]\nlanguage: NO",
        "interests: [{what: x}]\nlanguage: nob",
        "interests: [{what: x}]\nlanguage: En",
        "interests: [{what: x}]\nschedule: {days: [Mon, TUE], earliest: '7:05'}",
        "interests: [{what: x}]\nlimits: {max_lifting_kg: '12.5', food_handling: False}",
        "interests: [{what: x, weight: '3'}]\nriasec: rc",
        "interests: [{what: x}]\nwhy: ~",
        "interests: [{what: x}]\nstatus: paused",
    ],
)
def test_what_jobmatch_accepts_the_schema_accepts(tmp_path: Path, extra: str) -> None:
    text = SEEKER + extra + "\n"
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_record(path)
    assert problems == []
    assert schema_errors("seeker", text) == []


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        ("interests: []", "interests"),
        ("interests: [{what: x}]\nlimts: {}", ""),
        ("interests: [{what: x}]\nlimits: {max_lifting_kg: tung}", "limits"),
        ("interests: [{what: x}]\nschedule: {earliest: '8.30'}", "schedule"),
        ("interests: [{what: x}]\nlocation: {postcode: '150'}", "location"),
    ],
)
def test_the_schema_still_catches_mistakes(extra: str, where: str) -> None:
    found = schema_errors("seeker", SEEKER + extra + "\n")
    assert found
    assert any(line.startswith(f"{where}:") for line in found)  # anyOf reports at the parent


def test_numeric_ids_pass_the_schema_as_yaml_12_reads_them() -> None:
    from tests.cli.yaml12 import schema_errors

    text = (
        "schema: jobmatch/workplace@1\nid: 123\nname: Tallbutikken\n"
        "tasks:\n  - id: 1\n    name: telle varer\n"
    )
    assert schema_errors("workplace", text) == []
