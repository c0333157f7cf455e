"""The README's "Batch scoring" examples still run."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parents[2]


def section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Batch scoring")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section(), flags=re.DOTALL)


def commands() -> list[list[str]]:
    found = []
    for line in blocks("sh")[0].splitlines():
        words = shlex.split(line, comments=True)
        if ">" in words:
            words = words[: words.index(">")]
        assert words[:2] == ["jobmatch", "batch"]
        found.append(words[1:])
    return found


@pytest.mark.parametrize("args", commands(), ids=lambda a: " ".join(a))
def test_cli_examples_run(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args, env={"JOBMATCH_DATA": str(ROOT), "COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr


def test_python_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    code = blocks("python")[0].replace("path/to/data", str(ROOT))
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102
    printed = capsys.readouterr().out
    assert "unassigned:" in printed and "total:" in printed
