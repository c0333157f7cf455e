"""``jobmatch validate``: exit codes, one line a problem, JSON for scripts, no values ever."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parent.parent.parent
ASSETS = ROOT / "tests" / "assets"
EXAMPLES = sorted([*(ROOT / "profiles").glob("*.yaml"), *(ROOT / "workplaces").glob("*.yaml")])
PLACE = re.compile(r"^(.*?\.yaml)(?::(\d+):(\d+))?: ")
PROBLEM_KEYS = {"path", "line", "column", "field", "message", "code"}


@pytest.fixture
def in_assets(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from tests/assets so that paths in messages are short and exact."""
    monkeypatch.chdir(ASSETS)
    return ASSETS


def test_valid_file_exits_0(runner: CliRunner, in_assets: Path) -> None:
    result = runner.invoke(app, ["validate", "yaml/valid-seeker.yaml"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "1 file checked: all valid (0 warnings)\n"


def test_invalid_files_exit_1_with_every_problem_sorted(runner: CliRunner, in_assets: Path) -> None:
    args = ["validate", "yaml/unknown-key.yaml", "yaml/duplicate-key.yaml", "yaml/id-mismatch.yaml"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "yaml/duplicate-key.yaml:8:1: duplicate key 'name' (first on line 3)",
        "yaml/duplicate-key.yaml:11:3: limits: duplicate key 'max_lifting_kg' (first on line 10)",
        "yaml/id-mismatch.yaml:2:1: id: must equal the file name without .yaml; "
        "rename the file or the id",
        "yaml/unknown-key.yaml:9:3: limits.max_lifting_kilo: unknown key 'max_lifting_kilo'; "
        "did you mean 'max_lifting_kg'?",
        "yaml/unknown-key.yaml:10:1: prefrences: unknown key 'prefrences'; "
        "did you mean 'preferences'?",
        "3 files checked: 5 problems, 0 warnings",
    ]


def test_a_folder_lists_every_file_problems_in_one_run(runner: CliRunner, in_assets: Path) -> None:
    result = runner.invoke(app, ["validate", "yaml"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    problems = [line for line in lines[:-1] if ": warning: " not in line]
    places = [_place(line) for line in problems]
    assert places == sorted(places)
    assert len({place[0] for place in places}) == 14
    assert "yaml/cp1252.yaml: not UTF-8 at byte 45; save the file as UTF-8" in lines
    assert lines[-1] == "22 files checked: 18 problems, 2 warnings"


def _place(line: str) -> tuple[str, int, int]:
    found = PLACE.match(line)
    assert found, line
    return found[1], int(found[2] or 0), int(found[3] or 0)


def test_problems_are_errors_and_warnings_apart(runner: CliRunner, in_assets: Path) -> None:
    result = runner.invoke(app, ["validate", "yaml/placeholder.yaml"])
    assert result.exit_code == 0
    message = "warning: placeholder from the template is unchanged; fill it in"
    assert result.stderr.splitlines() == [
        f"yaml/placeholder.yaml:3:1: name: {message}",
        f"yaml/placeholder.yaml:7:5: interests.0.what: {message}",
        "1 file checked: all valid (2 warnings)",
    ]


def test_quiet_prints_only_errors(runner: CliRunner, in_assets: Path) -> None:
    result = runner.invoke(app, ["validate", "--quiet", "yaml/placeholder.yaml"])
    assert (result.exit_code, result.stderr) == (0, "")
    result = runner.invoke(app, ["validate", "-q", "yaml/id-mismatch.yaml"])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1


def test_missing_path_exits_3(runner: CliRunner, in_assets: Path) -> None:
    result = runner.invoke(app, ["validate", "yaml/valid-seeker.yaml", "nowhere.yaml"])
    assert result.exit_code == 3
    assert "nowhere.yaml: no such file or folder" in result.stderr.splitlines()


def test_duplicate_id_across_folders(runner: CliRunner, in_assets: Path) -> None:
    result = runner.invoke(app, ["validate", "duplicate-id/first", "duplicate-id/second"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "duplicate-id/second/profiles/ola-n.yaml:2:1: id: seeker id already used in "
        "duplicate-id/first/profiles/ola-n.yaml; ids must be unique"
    )


@pytest.mark.parametrize("name", ["bad-slug-dots", "bad-slug-space"])
def test_id_that_is_not_a_slug(runner: CliRunner, in_assets: Path, name: str) -> None:
    result = runner.invoke(app, ["validate", f"yaml/{name}.yaml"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"yaml/{name}.yaml:2:1: id: must be a lower-case id")


def test_data_folder_from_the_option_and_the_environment(
    runner: CliRunner, in_assets: Path, tmp_path: Path
) -> None:
    (tmp_path / "profiles").mkdir()
    shutil.copy(ASSETS / "yaml" / "valid-seeker.yaml", tmp_path / "profiles")
    result = runner.invoke(app, ["validate", "--data", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (0, "1 file checked: all valid (0 warnings)\n")
    result = runner.invoke(app, ["validate"], env={"JOBMATCH_DATA": str(tmp_path)})
    assert result.exit_code == 0


# --- JSON for scripts -------------------------------------------------------------


def test_json_shape(runner: CliRunner, in_assets: Path) -> None:
    result = runner.invoke(
        app,
        [
            "validate",
            "--format",
            "json",
            "yaml/duplicate-key.yaml",
            "yaml/cp1252.yaml",
            "yaml/placeholder.yaml",
        ],
        env={"FORCE_COLOR": "1"},
    )
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout
    body = json.loads(result.stdout)
    assert body["schema_version"] == 1
    assert body["files"] == 3
    assert all(set(p) >= PROBLEM_KEYS for p in body["problems"])
    assert [
        (p["path"], p["line"], p["column"], p["field"], p["code"]) for p in body["problems"]
    ] == [
        ("yaml/cp1252.yaml", None, None, None, "not_utf8"),
        ("yaml/duplicate-key.yaml", 8, 1, None, "duplicate_key"),
        ("yaml/duplicate-key.yaml", 11, 3, "limits", "duplicate_key"),
    ]
    assert body["problems"][1]["message"] == "duplicate key 'name' (first on line 3)"
    assert [(p["path"], p["line"], p["code"]) for p in body["warnings"]] == [
        ("yaml/placeholder.yaml", 3, "placeholder"),
        ("yaml/placeholder.yaml", 7, "placeholder"),
    ]


def test_json_when_all_valid(runner: CliRunner, in_assets: Path) -> None:
    result = runner.invoke(app, ["validate", "--format", "json", "yaml/valid-seeker.yaml"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "schema_version": 1,
        "files": 1,
        "problems": [],
        "warnings": [],
    }


# --- privacy: no value from a file in any output -------------------------------------


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_canary_text_appears_nowhere(runner: CliRunner, output_format: str) -> None:
    folder = ASSETS / "privacy"
    files = sorted(folder.glob("*/*.yaml"))
    assert all("CANARY" in f.read_text(encoding="utf-8") for f in files)
    result = runner.invoke(app, ["validate", "--format", output_format, str(folder)])
    assert result.exit_code == 1
    for stream in (result.stdout, result.stderr):
        assert "CANARY-" not in stream
    shown = result.stdout if output_format == "json" else result.stderr
    assert all(str(f) in shown for f in files)  # every file did have its problems listed


# --- the repository's example data ------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_file_is_valid_and_names_its_schema(runner: CliRunner, path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    target = first.split("$schema=", 1)[1].strip()
    kind = "seeker" if path.parent.name == "profiles" else "workplace"
    assert target.endswith(f"{kind}.schema.json")
    if not target.startswith("https://"):
        assert (path.parent / target).resolve() == ROOT / "schemas" / f"{kind}.schema.json"
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "1 file checked: all valid (0 warnings)\n"


def test_example_data_folder_is_valid_as_a_whole(runner: CliRunner) -> None:
    if not EXAMPLES:
        pytest.skip("no example data yet")
    result = runner.invoke(app, ["validate", "--data", str(ROOT)])
    assert result.exit_code == 0, result.stderr


def test_what_is_not_a_regular_file_is_reported(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "lenke.yaml").symlink_to(tmp_path / "borte.yaml")
    os.mkfifo(folder / "ror.yaml")
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 5  # files that cannot be read: a read error (spec/cli.md)
    assert f"{folder / 'ror.yaml'}: cannot read: not a regular file" in result.stderr
    assert f"{folder / 'lenke.yaml'}: cannot read: No such file or directory" in result.stderr


def test_a_file_in_the_wrong_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    shutil.copy(ROOT / "workplaces" / "lager-alnabru.yaml", tmp_path / "profiles")
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "schema: a workplace file in profiles/; move it to workplaces/" in result.stderr


def test_output_writes_the_report_to_a_file(runner: CliRunner, tmp_path: Path) -> None:
    """cli.md's common ``-o`` and ``--force``: the extension chooses the format, the exit
    code stays the data's, an existing file needs --force, .csv is a usage error."""
    data = ["--data", str(ROOT)]
    as_json = tmp_path / "report.json"
    result = runner.invoke(app, ["validate", *data, "-o", str(as_json)])
    assert result.exit_code == 0 and result.stdout == ""
    body = json.loads(as_json.read_text(encoding="utf-8"))
    assert body["schema_version"] == 1 and body["problems"] == []
    assert as_json.stat().st_mode & 0o777 == 0o600
    assert runner.invoke(app, ["validate", *data, "-o", str(as_json)]).exit_code == 4
    assert runner.invoke(app, ["validate", *data, "-o", str(as_json), "--force"]).exit_code == 0
    as_text = tmp_path / "report.txt"
    assert (
        runner.invoke(app, ["validate", *data, "-o", str(as_text), "--lang", "en"]).exit_code == 0
    )
    assert "all valid" in as_text.read_text(encoding="utf-8")
    refused = runner.invoke(app, ["validate", *data, "-o", str(tmp_path / "r.csv")])
    assert refused.exit_code == 2 and not (tmp_path / "r.csv").exists()


def test_a_file_given_twice_is_read_once(runner: CliRunner, in_assets: Path) -> None:
    """Not a duplicate of itself: the same file, however written, is one file."""
    first = "duplicate-id/first/profiles/ola-n.yaml"
    result = runner.invoke(app, ["validate", first, first, f"./{first}", "duplicate-id/first"])
    assert result.exit_code == 0, result.stderr
    assert "1 file checked" in result.stderr
