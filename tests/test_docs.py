"""The README's examples still run, and every command explains itself in --help."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[list[str]]:
    """Every `jobmatch ...` line of the README's sh blocks (not the .venv set-up lines)."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] != ["jobmatch"]:
                continue
            if ">" in words:
                words = words[: words.index(">")]
            found.append(words[1:])
    return found


@pytest.fixture
def data_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example data as the current folder, so files written land in tmp."""
    for folder in ("profiles", "workplaces", "examples"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("JOBMATCH_DATA", raising=False)
    return tmp_path


NEEDS_THE_EXAMPLE_LOG = {"end", "outcome", "history"}
"""Follow-up log commands whose README example acts on the example fixture's placements."""


@pytest.mark.parametrize("args", readme_commands(), ids=lambda a: " ".join(a))
def test_readme_command_runs(args: list[str], data_here: Path) -> None:
    if args[0] in NEEDS_THE_EXAMPLE_LOG:
        load = ["db", "import", "examples/followup.jsonl", "--as-of", "2026-12-01"]
        assert CliRunner().invoke(app, load).exit_code == 0
    result = CliRunner().invoke(app, args, env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr


def test_readme_has_examples_of_every_command() -> None:
    used = {args[0] for args in readme_commands()}
    commands = {c.name for c in app.registered_commands}
    assert commands <= used


def test_readme_python_api_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    start = README.index("## Python API")
    code = re.search(r"```python\n(.*?)```", README[start:], flags=re.DOTALL)
    assert code is not None
    exec(compile(code.group(1).replace("path/to/data", str(ROOT)), "README.md", "exec"), {})  # noqa: S102
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize("command", sorted(c.name or "" for c in app.registered_commands))
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    described = next(c for c in app.registered_commands if c.name == command)
    assert described.callback is not None and described.callback.__doc__
