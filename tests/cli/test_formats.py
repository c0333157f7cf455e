"""Every output format is an enum member with a renderer; ``-o`` extensions a command cannot write
are refused with exit 2 and nothing written."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.brief import BriefFormat
from jobmatch.cli import app
from jobmatch.cli.config import ConfigFormat
from jobmatch.cli.explain import ExplainFormat
from jobmatch.cli.rank import RankFormat
from jobmatch.cli.validate import ValidateFormat
from jobmatch.output.batch import BatchFormat

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ["--data", str(ROOT), "--as-of", "2026-11-27"]
PAIR = ["hanne-j", "vaskeri-drammen"]
COMMANDS: dict[str, list[str]] = {
    "rank": ["rank", "hanne-j", *DATA],
    "explain": ["explain", *PAIR, *DATA],
    "brief": ["brief", *PAIR, *DATA],
    "batch": ["batch", *DATA],
    "config": ["config", "--data", str(ROOT)],
    "schema": ["schema", "seeker"],
}


def run(args: list[str]) -> tuple[int, str, str]:
    env = {"COLUMNS": "100", "NO_COLOR": "1", "JOBMATCH_LANG": "en"}
    result = CliRunner(env=env).invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("rank", "ranking.pdf"),
        ("rank", "ranking.md"),
        ("rank", "ranking.jsonl"),
        ("explain", "match.csv"),
        ("explain", "match.html"),
        ("brief", "brief.doc"),
        ("brief", "brief.odt"),
        ("batch", "all.md"),
        ("batch", "all.xlsx"),
        ("config", "config.csv"),
        ("schema", "seeker.yaml"),
    ],
)
def test_an_extension_the_command_cannot_write_is_refused(
    tmp_path: Path, command: str, name: str
) -> None:
    target = tmp_path / name
    code, out, err = run([*COMMANDS[command], "-o", str(target)])
    assert (code, out) == (2, "")
    assert err.startswith(f"{target}: ") and "; use ." in err
    assert list(tmp_path.iterdir()) == []


def test_pdf_and_word_are_brief_formats_only(tmp_path: Path) -> None:
    """Written by ``brief``; other commands name what they write instead, never "not yet"."""
    _, _, err = run([*COMMANDS["rank"], "-o", str(tmp_path / "ranking.pdf")])
    assert (
        err == f"{tmp_path / 'ranking.pdf'}: rank cannot write .pdf files; use .csv, .json, .txt\n"
    )
    _, _, err = run([*COMMANDS["brief"], "-o", str(tmp_path / "brief.doc")])
    assert err == (
        f"{tmp_path / 'brief.doc'}: brief cannot write .doc files; "
        "use .docx, .htm, .html, .json, .markdown, .md, .pdf, .txt\n"
    )


def test_an_extension_in_another_case_is_still_the_format(tmp_path: Path) -> None:
    target = tmp_path / "ranking.CSV"
    assert run([*COMMANDS["rank"], "-o", str(target)])[0] == 0
    assert target.read_text(encoding="utf-8-sig").startswith("seeker,workplace,score")


@pytest.mark.parametrize(
    ("command", "name", "start"),
    [
        ("rank", "r.json", '{\n  "schema_version": 1'),
        ("rank", "r.txt", "Hanne J."),
        ("explain", "e.json", '{\n  "schema_version": 1'),
        ("batch", "b.csv", "\ufeffseeker,workplace"),
        ("batch", "b.jsonl", '{"seeker":'),
        ("config", "c.json", '{\n  "schema_version": 1'),
        ("schema", "s.json", "{"),
    ],
)
def test_the_extension_chooses_the_format(
    tmp_path: Path, command: str, name: str, start: str
) -> None:
    target = tmp_path / name
    code, _, err = run([*COMMANDS[command], "-o", str(target)])
    assert code == 0, err
    assert target.read_text(encoding="utf-8").lstrip().startswith(start.lstrip())


def test_an_explicit_format_wins_over_the_extension(tmp_path: Path) -> None:
    target = tmp_path / "ranking.txt"
    assert run([*COMMANDS["rank"], "--format", "json", "-o", str(target)])[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["seeker"] == "hanne-j"


@pytest.mark.parametrize(
    ("command", "formats"),
    [
        ("rank", RankFormat),
        ("explain", ExplainFormat),
        ("batch", BatchFormat),
        ("config", ConfigFormat),
        ("brief", BriefFormat),
    ],
)
def test_every_format_member_is_rendered(command: str, formats: type[StrEnum]) -> None:
    for member in formats:
        code, out, err = run([*COMMANDS[command], "--format", member.value])
        assert code == 0 and out, (member, err)


@pytest.mark.parametrize("member", list(ValidateFormat))
def test_every_validate_format_is_rendered(member: ValidateFormat) -> None:
    code, out, err = run(["validate", str(ROOT / "profiles"), "--format", member.value])
    assert code == 0 and (out or err)


@pytest.mark.parametrize("name", ["rank", "explain", "config"])
def test_no_color_and_txt_files_hold_no_escape_even_with_force_color(
    name: str, tmp_path: Path
) -> None:
    """``--no-color`` and a ``.txt`` file are plain text, whatever ``FORCE_COLOR`` says."""
    runner = CliRunner(env={"COLUMNS": "100", "FORCE_COLOR": "1", "JOBMATCH_LANG": "en"})
    coloured = runner.invoke(app, COMMANDS[name])
    assert coloured.exit_code == 0 and "\x1b[" in coloured.stdout  # FORCE_COLOR does colour
    plain = runner.invoke(app, [*COMMANDS[name], "--no-color"])
    assert plain.exit_code == 0 and plain.stdout and "\x1b" not in plain.stdout
    target = tmp_path / "out.txt"
    written = runner.invoke(app, [*COMMANDS[name], "-o", str(target)])
    assert written.exit_code == 0, written.stderr
    assert "\x1b" not in target.read_text(encoding="utf-8")
