"""Issue 10, item 10: error messages that say what happened and what to type next."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parents[2]
AS_OF = ["--as-of", "2026-11-27"]


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "profiles").mkdir(parents=True)
    (root / "workplaces").mkdir()
    shutil.copy(ROOT / "profiles" / "daniel-m.yaml", root / "profiles")
    shutil.copy(ROOT / "workplaces" / "arkiv-bergen.yaml", root / "workplaces")
    return root


def test_a_tab_in_a_file_says_tab_and_where(runner: CliRunner, data: Path) -> None:
    path = data / "profiles" / "daniel-m.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  purpose:", "\tpurpose:"), encoding="utf-8"
    )
    code, _, err = invoke(runner, "validate", "--data", str(data))
    assert code == 1
    assert err.splitlines()[0] == (
        f"{path}:11:1: a tab character here; YAML is indented with spaces: "
        "replace the tab with spaces"
    )


def test_asking_for_a_seeker_skipped_as_invalid_says_so_and_why(
    runner: CliRunner, data: Path
) -> None:
    broken = data / "profiles" / "ola-n.yaml"
    broken.write_text("schema: jobmatch/seeker@1\nid: ola-n\nname: Ola N.\n", encoding="utf-8")
    code, out, err = invoke(runner, "rank", "ola-n", "--skip-invalid", "--data", str(data), *AS_OF)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"skipped: {broken}:1:1: goal: required; add this field",
        f"skipped: {broken}:1:1: interests: required; add this field",
        f"{broken}: seeker 'ola-n' was skipped as invalid (--skip-invalid); fix the problems below",
        f"{broken}:1:1: goal: required; add this field",
        f"{broken}:1:1: interests: required; add this field",
    ]
    assert "no seeker with id" not in err
    code, _, err = invoke(
        runner, "explain", "ola-n", "arkiv-bergen", "--skip-invalid", "-q", "--data", str(data)
    )
    assert code == 1
    assert err.startswith(f"{broken}: seeker 'ola-n' was skipped as invalid")


def test_a_workplace_skipped_as_invalid_says_so_in_bokmal(runner: CliRunner, data: Path) -> None:
    broken = data / "workplaces" / "lager.yaml"
    broken.write_text("schema: jobmatch/workplace@1\nid: lager\n", encoding="utf-8")
    args = ["rank", "--workplace", "lager", "--skip-invalid", "-q", "--lang", "nb"]
    code, _, err = invoke(runner, *args, "--data", str(data))
    assert code == 1
    assert err.splitlines()[0] == (
        f"{broken}: arbeidsplassen 'lager' ble hoppet over fordi filen er ugyldig "
        "(--skip-invalid); rett feilene nedenfor"
    )


def test_an_unknown_id_is_still_not_found(runner: CliRunner, data: Path) -> None:
    code, _, err = invoke(runner, "rank", "nobody", "--skip-invalid", "--data", str(data))
    assert code == 3 and err.startswith("no seeker with id 'nobody'")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "then run: jobmatch validate --data {data}"),
        ("nb", "og kjør «jobmatch validate --data {data}»"),
    ],
)
def test_new_names_the_validate_command_for_its_data_folder(
    runner: CliRunner, tmp_path: Path, lang: str, expected: str
) -> None:
    data = tmp_path / "my-data"
    code, _, err = invoke(runner, "new", "seeker", "ola-n", "--data", str(data), "--lang", lang)
    assert code == 0
    assert expected.format(data=data) in err.splitlines()[0]


def test_new_quotes_a_data_folder_with_a_space(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "my data"
    code, _, err = invoke(runner, "new", "seeker", "ola-n", "--data", str(data))
    assert code == 0
    assert err.splitlines()[0].endswith(f"then run: jobmatch validate --data '{data}'")


def test_new_without_data_says_the_bare_command(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = invoke(runner, "new", "seeker", "ola-n")
    assert code == 0
    assert err.splitlines()[0].endswith("then run: jobmatch validate")


def test_new_with_norwegian_letters_in_the_id_suggests_the_slug(
    runner: CliRunner, tmp_path: Path
) -> None:
    code, _, err = invoke(runner, "new", "seeker", "åse-ø", "--data", str(tmp_path))
    assert code == 2
    assert err == (
        "ID must be lower-case letters a-z, digits and single hyphens, without æ, ø or å, "
        "at most 64 characters: try ase-o\n"
    )
    assert not (tmp_path / "profiles").exists()


def _title(table: str) -> str:
    """The keys table's title (wrapped by the table's width), without its spaces."""
    lines = table.splitlines()[1:]
    title = lines[: next(i for i, line in enumerate(lines) if line.startswith("┏"))]
    return "".join("".join(title).split())


def _spaceless(text: str) -> str:
    return "".join(text.split())


def test_config_without_jobmatch_toml_says_the_values_are_defaults(
    runner: CliRunner, data: Path
) -> None:
    code, out, _ = invoke(runner, "config", "--data", str(data))
    assert code == 0
    assert _title(out) == _spaceless(f"Defaults: there is no jobmatch.toml in {data}")
    code, out, _ = invoke(runner, "config", "--data", str(data), "--lang", "nb")
    assert _title(out) == _spaceless(f"Standardverdier: det finnes ingen jobmatch.toml i {data}")
    code, out, _ = invoke(runner, "config", "--data", str(data), "--format", "json")
    assert json.loads(out)["file"] is None


def test_config_with_jobmatch_toml_names_it(runner: CliRunner, data: Path) -> None:
    (data / "jobmatch.toml").write_text('lang = "en"\n', encoding="utf-8")
    code, out, _ = invoke(runner, "config", "--data", str(data))
    assert code == 0
    assert _title(out) == _spaceless(str(data / "jobmatch.toml"))
    _, out, _ = invoke(runner, "config", "--data", str(data), "--format", "json")
    assert json.loads(out)["file"] == str(data / "jobmatch.toml")
