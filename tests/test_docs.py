"""The README's examples still run, and every command explains itself in --help."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import COMMANDS, app, command_function

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


SKIPPED = ("--install-completion", "-m pytest")
"""README lines not run: one changes the user's shell set-up, the other is this test suite."""
COPY_IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "venv", ".ci", "__pycache__", "*.egg-info", ".*_cache", ".hypothesis"
)


def readme_lines() -> list[str]:
    """Every line of the README's sh blocks, in order, as a reader would type them."""
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def fake_python(bin_dir: Path) -> None:
    """``python3`` on PATH that runs this test's interpreter, and whose ``-m venv DIR`` makes an
    environment of wrapper scripts around it instead of a new one: the README's set-up lines
    run as written, fast, and its ``jobmatch`` is the jobmatch under test."""
    python = shlex.quote(sys.executable)
    script = f"""#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin"
  env=$(cd "$3" && pwd)
  printf '#!/bin/sh\\nexec %s "$@"\\n' {python} > "$env/bin/python"
  printf '#!/bin/sh\\nexec %s -m jobmatch "$@"\\n' {python} > "$env/bin/jobmatch"
  printf '#!/bin/sh\\nexec %s -c "import jobmatch"\\n' {python} > "$env/bin/pip"
  printf 'VIRTUAL_ENV=%s\\nPATH="$VIRTUAL_ENV/bin:$PATH"\\nexport VIRTUAL_ENV PATH\\n' "$env" \\
    > "$env/bin/activate"
  chmod +x "$env/bin/python" "$env/bin/jobmatch" "$env/bin/pip"
  exit 0
fi
exec {python} "$@"
"""
    bin_dir.mkdir()
    (bin_dir / "python3").write_text(script, encoding="utf-8")
    (bin_dir / "python3").chmod(0o755)


def shell_script(lines: list[str]) -> str:
    """The lines run one after another in one shell (so activating the environment carries
    over), each checked: the first that fails names itself and stops the script."""
    steps = ["set -u"]
    for number, line in enumerate(lines, 1):
        steps.append(f"readme_line={shlex.quote(line)}")
        steps.append(
            f'eval "$readme_line" || {{ echo "README line {number} failed: $readme_line" >&2; exit 1; }}'
        )
    return "\n".join(steps) + "\n"


def test_readme_commands_run_as_written(tmp_path: Path) -> None:
    """Each sh line of the README, in a fresh copy of the repository, in one shell without
    jobmatch on its PATH: what a new adviser who follows the README would type."""
    clone = tmp_path / "clone"
    shutil.copytree(ROOT, clone, ignore=COPY_IGNORED)
    fake_python(tmp_path / "bin")
    path = [str(tmp_path / "bin")] + [
        folder
        for folder in os.environ.get("PATH", "").split(os.pathsep)
        if folder and not (Path(folder) / "jobmatch").exists()
    ]
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("JOBMATCH_DATA", "JOBMATCH_LANG", "VIRTUAL_ENV")
    }
    env.update(PATH=os.pathsep.join(path), COLUMNS="100", NO_COLOR="1")
    lines = [line for line in readme_lines() if not any(skip in line for skip in SKIPPED)]
    assert any(line.startswith("jobmatch ") for line in lines)
    done = subprocess.run(
        ["bash", "-c", shell_script(lines)],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def readme_outputs() -> list[tuple[list[str], str]]:
    """Each sh block of one ``jobmatch`` line that a text block follows: its output as shown."""
    pairs = re.findall(r"```sh\n(jobmatch [^\n]*)\n```\n\n```text\n(.*?)```", README, re.DOTALL)
    return [(shlex.split(command)[1:], shown) for command, shown in pairs]


@pytest.mark.parametrize(("args", "shown"), readme_outputs(), ids=lambda a: str(a)[:60])
def test_readme_output_is_what_the_command_prints(
    args: list[str], shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    env = {"COLUMNS": "80", "NO_COLOR": "1", "JOBMATCH_LANG": None, "JOBMATCH_DATA": None}
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 0, result.stderr
    printed = [line.rstrip() for line in result.stdout.splitlines()]
    assert printed == shown.splitlines()


def test_readme_shows_list_and_show_output_in_both_languages() -> None:
    shown = {(args[0], args[args.index("--lang") + 1]) for args, _ in readme_outputs()}
    assert {("list", "nb"), ("list", "en")} <= shown
    for words in ("jobmatch --version", "--show-completion", "jobmatch show seeker"):
        assert words in README


def test_readme_has_examples_of_every_command() -> None:
    used = {args[0] for args in readme_commands()}
    assert set(COMMANDS) <= used


def test_readme_python_api_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    start = README.index("## Python API")
    code = re.search(r"```python\n(.*?)```", README[start:], flags=re.DOTALL)
    assert code is not None
    exec(compile(code.group(1).replace("path/to/data", str(ROOT)), "README.md", "exec"), {})  # noqa: S102
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    assert command_function(COMMANDS[command]).__doc__
