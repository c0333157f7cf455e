"""Issue 10's reliability defects D2 to D9, and its "Also" items, from the command line.

Each test is the issue's reproduction turned round (spec/reliability.md,
"Added in version 2"; spec/cli.md, exit codes). D1 and D6, which the loader
alone decides, are in tests/loading/test_hostile_input.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parents[2]
SEEKERS = ("daniel-m", "jonas-b")
WORKPLACES = ("arkiv-bergen", "kontor-nydalen")
EXCLUDED = ("daniel-m", "arkiv-bergen")  # an employer brief for this pair is refused (exit 4)
AS_OF = ["--as-of", "2026-11-27"]
ESC = "\x1b"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A small copy of the example data: two seekers, two workplaces."""
    root = tmp_path / "data"
    for folder, names in (("profiles", SEEKERS), ("workplaces", WORKPLACES)):
        (root / folder).mkdir(parents=True)
        for name in names:
            shutil.copy(ROOT / folder / f"{name}.yaml", root / folder)
    return root


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- D2: control characters never reach the terminal ------------------------------------


@pytest.fixture
def hostile(data: Path) -> Path:
    """The issue's name: it would retitle the window and hide what follows."""
    _replace(
        data / "profiles" / "jonas-b.yaml", "name: Jonas B.", r'name: "Jonas\e]0;pwned\a\e[8m K."'
    )
    return data


COMMANDS = [
    ["validate"],
    ["rank", "jonas-b"],
    ["rank", "--workplace", "kontor-nydalen"],
    ["explain", "jonas-b", "kontor-nydalen"],
    ["brief", "jonas-b", "kontor-nydalen"],
    ["brief", "jonas-b", "kontor-nydalen", "--format", "markdown"],
    ["brief", "jonas-b", "kontor-nydalen", "--format", "html"],
    ["batch"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_control_characters_are_refused_by_every_loading_command(
    runner: CliRunner, hostile: Path, command: list[str]
) -> None:
    code, out, err = invoke(
        runner, *command, "--data", str(hostile), *AS_OF[: 2 * (command[0] != "validate")]
    )
    assert code == 1
    assert out == ""
    where = hostile / "profiles" / "jonas-b.yaml"
    assert f"{where}:4:7: name: a control character (U+001B) is not allowed here" in err
    assert ESC not in err and "\a" not in err and "pwned" not in err


def test_with_skip_invalid_the_file_is_left_out_and_nothing_raw_is_printed(
    runner: CliRunner, hostile: Path
) -> None:
    code, out, err = invoke(
        runner,
        "rank",
        "--workplace",
        "kontor-nydalen",
        "--skip-invalid",
        "--data",
        str(hostile),
        *AS_OF,
    )
    assert code == 0
    assert "jonas-b" not in out
    assert ESC not in out + err and "pwned" not in out + err
    assert "skipped: " in err


# --- D3: -o onto a link that points nowhere ---------------------------------------------


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["rank", "jonas-b"], "out.json"),
        (["batch"], "out.jsonl"),
        (["brief", "jonas-b", "kontor-nydalen"], "out.md"),
    ],
)
def test_a_dangling_link_as_output_is_refused_and_nothing_is_created(
    runner: CliRunner, data: Path, tmp_path: Path, command: list[str], name: str
) -> None:
    target = tmp_path / "elsewhere" / "deep" / name
    link = tmp_path / "shared" / name
    link.parent.mkdir()
    link.symlink_to(target)
    code, out, err = invoke(runner, *command, "--data", str(data), *AS_OF, "-o", str(link))
    assert (code, out) == (4, "")
    assert err == f"{link}: is a link that points nowhere; remove the link or choose another file\n"
    assert not (tmp_path / "elsewhere").exists()
    assert link.is_symlink() and sorted(p.name for p in link.parent.iterdir()) == [name]


def test_a_link_to_an_existing_file_is_still_written_through(
    runner: CliRunner, data: Path, tmp_path: Path
) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, _, err = invoke(
        runner, "rank", "jonas-b", "--data", str(data), *AS_OF, "-o", str(link), "--force"
    )
    assert code == 0, err
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("{")


def test_a_link_as_a_parent_folder_that_points_nowhere_creates_nothing(
    runner: CliRunner, data: Path, tmp_path: Path
) -> None:
    (tmp_path / "shared").symlink_to(tmp_path / "elsewhere" / "deep")
    out = tmp_path / "shared" / "sub" / "out.json"
    code, _, _ = invoke(runner, "rank", "jonas-b", "--data", str(data), *AS_OF, "-o", str(out))
    assert code in (4, 5)
    assert not (tmp_path / "elsewhere").exists()


# --- D4: with stderr closed, exit codes stay the same -------------------------------------


def _closed_stderr(*args: str, cwd: Path) -> int:
    """Run ``python -m jobmatch ARGS 2>&-``, as the issue did."""
    script = 'exec "$0" -m jobmatch "$@" 2>&-'
    env = {**os.environ, "JOBMATCH_LANG": "en"}
    done = subprocess.run(
        ["sh", "-c", script, sys.executable, *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    return done.returncode


def test_with_stderr_closed_an_unknown_id_still_exits_3(data: Path) -> None:
    assert _closed_stderr("rank", "nobody", "--data", str(data), cwd=data) == 3


def test_with_stderr_closed_a_refused_brief_still_exits_4(data: Path) -> None:
    seeker, workplace = EXCLUDED
    args = ("brief", seeker, workplace, "--audience", "employer", "--data", str(data), *AS_OF)
    assert _closed_stderr(*args, cwd=data) == 4


def test_with_stderr_closed_batch_skip_invalid_still_writes_its_file(data: Path) -> None:
    (data / "profiles" / "broken.yaml").write_text(
        "schema: jobmatch/seeker@1\nid: broken\n", encoding="utf-8"
    )
    out = data / "out.jsonl"
    args = (
        "batch",
        "--skip-invalid",
        "--top",
        "0",
        "--show-excluded",
        "--data",
        str(data),
        *AS_OF,
        "-o",
        str(out),
    )
    assert _closed_stderr(*args, cwd=data) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(SEEKERS) * len(WORKPLACES)
    assert [p.name for p in data.iterdir() if p.name.startswith(".")] == []


# --- D5 and D7: what cannot be read is named, with its path, and exits 5 ------------------


@pytest.fixture
def locked_file(data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """jonas-b.yaml cannot be read (as with mode 000; root reads anything, so it is simulated)."""
    locked = data / "profiles" / "jonas-b.yaml"
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return locked


def test_an_unreadable_file_is_listed_and_exits_5(runner: CliRunner, locked_file: Path) -> None:
    data = locked_file.parent.parent
    code, _, err = invoke(runner, "validate", "--data", str(data))
    assert code == 5
    assert err.splitlines() == [
        f"{locked_file}: cannot read: Permission denied",
        "4 files checked: 1 problem, 0 warnings",
    ]
    code, _, err = invoke(runner, "rank", "daniel-m", "--data", str(data), *AS_OF)
    assert (code, err) == (5, f"{locked_file}: cannot read: Permission denied\n")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files of mode 000")
def test_an_unreadable_file_exits_5_for_real(runner: CliRunner, data: Path) -> None:
    locked = data / "profiles" / "jonas-b.yaml"
    locked.chmod(0)
    try:
        code, _, err = invoke(runner, "validate", "--data", str(data))
    finally:
        locked.chmod(0o600)
    assert code == 5
    assert f"{locked}: cannot read: Permission denied" in err


@pytest.fixture
def locked_folder(data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """profiles/ cannot be listed (as with mode 000)."""
    locked = data / "profiles"
    real = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    return locked


@pytest.mark.parametrize("command", [["validate"], ["rank", "daniel-m"], ["batch"]])
def test_an_unreadable_folder_is_named_and_exits_5(
    runner: CliRunner, locked_folder: Path, command: list[str]
) -> None:
    data = locked_folder.parent
    code, _, err = invoke(runner, *command, "--data", str(data))
    assert code == 5
    assert f"{locked_folder}: cannot read this folder: Permission denied" in err.splitlines()


def test_a_data_folder_that_cannot_be_entered_is_named(
    runner: CliRunner, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> os.stat_result:
        if self.parent == data:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(Path, "stat", stat)
    for command in (["validate"], ["rank", "daniel-m"]):
        code, _, err = invoke(runner, *command, "--data", str(data))
        assert code == 5
        assert f"{data}: cannot read this folder: Permission denied" in err


def test_an_io_error_anywhere_names_its_path(
    runner: CliRunner, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jobmatch.cli.rank as rank

    def broken(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", "/somewhere/file")

    monkeypatch.setattr(rank, "emit", broken)
    code, _, err = invoke(
        runner, "rank", "daniel-m", "--data", str(data), *AS_OF, "--format", "json"
    )
    assert (code, err) == (
        5,
        "jobmatch: /somewhere/file: could not read or write: Permission denied\n",
    )


# --- D8: nothing to check is exit 3, for validate as for rank -------------------------------


def test_validate_with_nothing_to_check_exits_3_as_rank_does(
    runner: CliRunner, tmp_path: Path
) -> None:
    code, out, err = invoke(runner, "validate", "--data", str(tmp_path))
    assert (code, out) == (3, "")
    assert err == (
        f"{tmp_path}: nothing to check: no profiles/ or workplaces/ folder and no .yaml files here; "
        "give a data folder or files\n"
    )
    assert invoke(runner, "validate", str(tmp_path))[0] == 3
    assert invoke(runner, "rank", "x", "--data", str(tmp_path))[0] == 3


def test_validate_of_empty_data_folders_is_still_valid(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "workplaces").mkdir()
    assert invoke(runner, "validate", "--data", str(tmp_path))[0] == 0


@pytest.mark.parametrize(
    ("missing", "args"),
    [
        ("workplaces", ("rank", "daniel-m")),
        ("profiles", ("rank", "--workplace", "arkiv-bergen")),
        ("workplaces", ("batch", "--format", "csv")),
    ],
)
def test_a_folder_to_match_against_that_is_missing_is_named(
    runner: CliRunner, data: Path, missing: str, args: tuple[str, ...]
) -> None:
    """A data folder with one of its two folders is data, but nothing can match in it:
    the result is empty, as for an empty folder, and a warning says why."""
    shutil.rmtree(data / missing)
    code, _, err = invoke(runner, *args, "--data", str(data), *AS_OF)
    assert code == 0
    assert err == (
        f"{data}: no {missing}/ folder here, so there is nothing to match against; "
        "use --data DIR or set JOBMATCH_DATA\n"
    )
    assert invoke(runner, *args, "--data", str(data), *AS_OF, "--quiet")[2] == ""
    (data / missing).mkdir()
    assert invoke(runner, *args, "--data", str(data), *AS_OF)[2] == ""


# --- D9: files that are not read are named, never passed over silently ---------------------


@pytest.fixture
def odd_names(data: Path) -> Path:
    profiles = data / "profiles"
    shutil.move(profiles / "jonas-b.yaml", profiles / "jonas-b.YAML")
    shutil.copy(ROOT / "profiles" / "erik-l.yaml", profiles / "erik-l.yml")
    (profiles / "x.yaml").mkdir()
    shutil.copy(ROOT / "profiles" / "hanne-j.yaml", profiles / ".yaml")
    (profiles / "README.md").write_text("notes\n", encoding="utf-8")
    return data


def test_validate_lists_each_file_not_read_as_a_problem(runner: CliRunner, odd_names: Path) -> None:
    profiles = odd_names / "profiles"
    code, _, err = invoke(runner, "validate", "--data", str(odd_names))
    assert code == 1
    assert err.splitlines() == [
        f"{profiles / '.yaml'}: not read: a hidden file (its name starts with '.'); rename it to ID.yaml",
        f"{profiles / 'erik-l.yml'}: not read: jobmatch reads only names ending in .yaml "
        "(lower case); rename it to erik-l.yaml",
        f"{profiles / 'jonas-b.YAML'}: not read: jobmatch reads only names ending in .yaml "
        "(lower case); rename it to jonas-b.yaml",
        f"{profiles / 'x.yaml'}: not read: a folder, not a file; jobmatch reads files named ID.yaml",
        "3 files checked: 4 problems, 0 warnings",
    ]


def test_validate_json_lists_them_with_a_code(runner: CliRunner, odd_names: Path) -> None:
    import json

    code, out, _ = invoke(runner, "validate", "--data", str(odd_names), "--format", "json")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert [(Path(p["path"]).name, p["code"]) for p in problems] == [
        (".yaml", "not_read"),
        ("erik-l.yml", "not_read"),
        ("jonas-b.YAML", "not_read"),
        ("x.yaml", "not_read"),
    ]


def test_other_commands_warn_once_for_each_and_go_on(runner: CliRunner, odd_names: Path) -> None:
    code, out, err = invoke(
        runner, "batch", "--data", str(odd_names), *AS_OF, "--top", "0", "--show-excluded"
    )
    assert code == 0
    warned = [line for line in err.splitlines() if "not read" in line]
    assert len(warned) == 4
    assert f"skipped: {odd_names / 'profiles' / 'jonas-b.YAML'}: not read" in err
    assert len(out.splitlines()) == 1 * len(WORKPLACES)  # daniel-m alone is read
    code, _, err = invoke(runner, "rank", "daniel-m", "--data", str(odd_names), *AS_OF, "--quiet")
    assert (code, err) == (0, "")


# --- Also: SIGTERM and SIGHUP clean up as Ctrl-C does ---------------------------------------

SLOW_BATCH = """
import sys, time
from jobmatch.cli import batch as command

real = command.match_writer


class Slow:
    def __init__(self, inner):
        self.inner = inner

    def begin(self):
        self.inner.begin()

    def write(self, matches):
        self.inner.write(matches)
        time.sleep(120)

    def end(self):
        self.inner.end()


command.match_writer = lambda fmt: (lambda *args: Slow(real(fmt)(*args)))
from jobmatch._entry import main

sys.argv = ["jobmatch", *sys.argv[1:]]
main()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize(("name", "code"), [("SIGTERM", 143), ("SIGHUP", 129), ("SIGINT", 130)])
def test_a_signal_during_batch_leaves_no_temporary_file(
    data: Path, tmp_path: Path, name: str, code: int
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = ["batch", "--data", str(data), *AS_OF, "-o", str(out_dir / "matches.jsonl")]
    env = {**os.environ, "JOBMATCH_LANG": "en"}
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_BATCH, *args], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not any(out_dir.iterdir()):
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        assert [p.name.startswith(".matches.jsonl.") for p in out_dir.iterdir()] == [True]
        process.send_signal(getattr(signal, name))
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == code
    assert list(out_dir.iterdir()) == []
    assert "Traceback" not in err
    assert err.strip() == ("interrupted" if name == "SIGINT" else f"stopped by {name}")


# --- Also: -o '' is a usage error ---------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["rank", "daniel-m", "--data", "."],
        ["batch", "--data", "."],
        ["explain", "daniel-m", "arkiv-bergen", "--data", "."],
        ["brief", "daniel-m", "arkiv-bergen", "--data", "."],
        ["schema", "seeker"],
        ["config", "--data", "."],
    ],
)
def test_an_empty_output_name_is_a_usage_error(
    runner: CliRunner, data: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(data)
    code, out, err = invoke(runner, *command, "-o", "")
    assert (code, out) == (2, "")
    assert "give a file name, or - for standard output" in err
    assert sorted(p.name for p in data.iterdir()) == ["profiles", "workplaces"]
