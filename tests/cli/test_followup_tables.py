"""The follow-up log's terminal tables read at 80 columns, in bokmål and English."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-12-01"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("office")
    for sub in ("profiles", "workplaces"):
        shutil.copytree(ROOT / sub, folder / sub)
    fixture = str(ROOT / "examples" / "followup.jsonl")
    done = CliRunner().invoke(app, ["db", "import", fixture, "--as-of", AS_OF, "--data", folder])
    assert done.exit_code == 0, done.stderr
    return folder


def shown(data: Path, lang: str, *args: str) -> str:
    command = [*args, "--data", str(data), "--as-of", AS_OF, "--lang", lang]
    done = CliRunner().invoke(app, command, env={"COLUMNS": "80"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize(
    "command", [("due",), ("report",), ("report", "--by", "adviser"), ("report", "--by", "purpose")]
)
def test_tables_fit_80_columns_and_cut_nothing(data: Path, lang: str, command: tuple[str]) -> None:
    text = shown(data, lang, *command)
    assert text.strip()
    assert all(len(line.rstrip()) <= 80 for line in text.splitlines()), text
    assert "…" not in text


def test_due_keeps_ids_whole_and_writes_dates_by_language(data: Path) -> None:
    nb, en = shown(data, "nb", "due"), shown(data, "en", "due")
    for ref in ("thomas-r", "lager-alnabru", "sykkelverksted-torshov", "P2"):
        assert ref in nb.split() and ref in en.split()
    assert "01.12.2026" in nb and "2026-12-01" in en


def test_report_writes_numbers_by_language(data: Path) -> None:
    nb, en = shown(data, "nb", "report"), shown(data, "en", "report")
    assert "0,68" in nb and "0.68" in en  # employer contacts a week
    assert "%" in nb and " %" in nb
