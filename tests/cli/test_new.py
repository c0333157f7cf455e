"""``jobmatch new seeker|workplace ID``: a commented template, valid as written, never overwriting."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from jobmatch.cli import app
from jobmatch.loading import load_record
from jobmatch.models import Seeker, Workplace
from tests.cli.yaml12 import schema_errors

KINDS = {"seeker": ("profiles", Seeker), "workplace": ("workplaces", Workplace)}
MARKS = {"nb": "FYLL INN", "en": "FILL IN"}
# "# key: value", "#   key:" and "#   - key: value" are commented-out fields; prose is not.
COMMENTED_FIELD = re.compile(r"^( *)# (?= *(?:- )?[a-z_]+:(?: |$))", re.MULTILINE)
CASES = [(kind, lang) for kind in KINDS for lang in MARKS]


def _new(runner: CliRunner, root: Path, kind: str, record_id: str, lang: str) -> Path:
    result = runner.invoke(app, ["new", kind, record_id, "--data", str(root), "--lang", lang])
    assert result.exit_code == 0, result.stderr
    path = root / KINDS[kind][0] / f"{record_id}.yaml"
    assert result.stdout == ""
    assert str(path) in result.stderr
    return path


def _uncomment(text: str) -> str:
    return COMMENTED_FIELD.sub(r"\1", text)


def _unset_fields(model: BaseModel, where: str = "") -> list[str]:
    """Fields of a loaded record (and its parts) that the file did not give."""
    missing = [
        f"{where}{name}" for name in type(model).model_fields if name not in model.model_fields_set
    ]
    for name in model.model_fields_set:
        value = getattr(model, name)
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, BaseModel):
                missing += _unset_fields(item, f"{where}{name}.")
    return missing


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_template_is_valid_with_placeholder_warnings(
    runner: CliRunner, tmp_path: Path, kind: str, lang: str
) -> None:
    path = _new(runner, tmp_path, kind, "ny-fil", lang)
    record, problems = load_record(path)
    assert isinstance(record, KINDS[kind][1])
    assert record.id == "ny-fil"
    assert [p for p in problems if p.severity == "error"] == []
    warnings = [p for p in problems if p.severity == "warning"]
    assert warnings
    assert {p.code for p in warnings} == {"placeholder"}
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert "placeholder" in result.stderr


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_template_speaks_the_advisers_language(
    runner: CliRunner, tmp_path: Path, kind: str, lang: str
) -> None:
    text = _new(runner, tmp_path, kind, "ny-fil", lang).read_text(encoding="utf-8")
    other = "en" if lang == "nb" else "nb"
    assert MARKS[lang] in text
    assert MARKS[other] not in text
    norwegian = ("valgfrie", "påkrevd", "timer", "ukjent")
    assert any(word in text for word in norwegian) == (lang == "nb")


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_first_line_names_the_schema(
    runner: CliRunner, tmp_path: Path, kind: str, lang: str
) -> None:
    path = _new(runner, tmp_path, kind, "ny-fil", lang)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_every_optional_field_uncommented_is_still_valid(
    runner: CliRunner, tmp_path: Path, kind: str, lang: str
) -> None:
    """Keeps the template honest: its commented field names and example values are real."""
    path = _new(runner, tmp_path, kind, "ny-fil", lang)
    text = _uncomment(path.read_text(encoding="utf-8"))
    assert text.count("\n# ") <= 6  # only the prose at the top is left commented
    path.write_text(text, encoding="utf-8")
    record, problems = load_record(path)
    assert [p.render() for p in problems if p.severity == "error"] == []
    assert record is not None
    assert _unset_fields(record) == []  # every field of the spec is in the template


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_template_passes_the_published_schema(
    runner: CliRunner, tmp_path: Path, kind: str, lang: str
) -> None:
    text = _new(runner, tmp_path, kind, "ny-fil", lang).read_text(encoding="utf-8")
    assert schema_errors(kind, text) == []
    assert schema_errors(kind, _uncomment(text)) == []


@pytest.mark.parametrize("kind", KINDS)
def test_new_file_has_mode_0600(runner: CliRunner, tmp_path: Path, kind: str) -> None:
    path = _new(runner, tmp_path, kind, "privat", "nb")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["privat.yaml"]  # no temporary file left


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_refuses_to_overwrite_with_exit_4(
    runner: CliRunner, tmp_path: Path, kind: str, lang: str
) -> None:
    path = _new(runner, tmp_path, kind, "finnes", lang)
    path.write_text("the adviser's work\n", encoding="utf-8")
    args = ["new", kind, "finnes", "--data", str(tmp_path), "--lang", lang]
    result = runner.invoke(app, args)
    assert result.exit_code == 4
    assert path.read_text(encoding="utf-8") == "the adviser's work\n"
    hint = "velg en annen ID" if lang == "nb" else "choose another ID"
    assert result.stderr.startswith(f"{path}: ")
    assert hint in result.stderr and "--force" in result.stderr
    forced = runner.invoke(app, [*args, "--force"])  # cli.md's common --force
    assert forced.exit_code == 0, forced.stderr
    assert "FILL IN" in path.read_text(encoding="utf-8") or "FYLL INN" in path.read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize("kind", ["seeker", "workplace"])
def test_output_prints_or_writes_the_template_elsewhere(
    runner: CliRunner, tmp_path: Path, kind: str
) -> None:
    """cli.md's common ``-o``: ``-`` prints the template, a file gets it; the data folder
    is left alone."""
    printed = runner.invoke(app, ["new", kind, "kari-o", "--data", str(tmp_path), "-o", "-"])
    assert printed.exit_code == 0 and "kari-o" in printed.stdout
    assert not any(tmp_path.iterdir())
    target = tmp_path / "elsewhere.yaml"
    args = ["new", kind, "kari-o", "--data", str(tmp_path), "-o", str(target)]
    assert runner.invoke(app, args).exit_code == 0
    assert target.read_text(encoding="utf-8") == printed.stdout
    assert target.stat().st_mode & 0o777 == 0o600
    assert runner.invoke(app, args).exit_code == 4  # exists: --force to overwrite
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.yaml"]


@pytest.mark.parametrize("record_id", ["../x", "ola n", "Ola", "ola--n", "-ola", "a" * 65, ""])
def test_id_must_be_a_slug_exit_2(runner: CliRunner, tmp_path: Path, record_id: str) -> None:
    result = runner.invoke(app, ["new", "seeker", "--data", str(tmp_path), "--", record_id])
    assert result.exit_code == 2
    assert "e.g. ola-n" in result.stderr or "f.eks. ola-n" in result.stderr
    assert list(tmp_path.rglob("*")) == []


def test_unknown_kind_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["new", "employer", "x", "--data", str(tmp_path)])
    assert result.exit_code == 2


def test_language_and_folder_from_the_environment(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"JOBMATCH_LANG": "nb", "JOBMATCH_DATA": str(tmp_path / "data")}
    result = runner.invoke(app, ["new", "workplace", "bakeri"], env=env)
    assert result.exit_code == 0
    path = tmp_path / "data" / "workplaces" / "bakeri.yaml"
    assert result.stderr.startswith(f"skrev {path}")
    assert "FYLL INN" in path.read_text(encoding="utf-8")


def test_written_file_sits_beside_the_others_for_validate(
    runner: CliRunner, tmp_path: Path
) -> None:
    _new(runner, tmp_path, "seeker", "ola-n", "en")
    _new(runner, tmp_path, "workplace", "lager", "en")
    result = runner.invoke(app, ["validate", "--data", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == "2 files checked: all valid (4 warnings)"


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_the_first_line_names_is_there(
    runner: CliRunner, tmp_path: Path, kind: str
) -> None:
    """In an adviser's own folder, `new` puts the schema where the template points."""
    path = _new(runner, tmp_path / "data", kind, "ny-fil", "en")
    target = path.parent / path.read_text(encoding="utf-8").splitlines()[0].split("=", 1)[1]
    published = Path(__file__).resolve().parents[2] / "schemas" / f"{kind}.schema.json"
    assert target.resolve().read_text(encoding="utf-8") == published.read_text(encoding="utf-8")
    target.resolve().write_text("{}", encoding="utf-8")
    _new(runner, tmp_path / "data", kind, "andre", "en")
    assert target.resolve().read_text(encoding="utf-8") == "{}"  # an existing file is left alone
