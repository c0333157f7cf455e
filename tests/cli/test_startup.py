"""Start-up: a command imports the modules it needs and no other.

Each command's module is loaded only when that command runs, so ``--version``
and ``--help`` import no data model, ``rank`` no follow-up log and ``contact``
no scoring engine. Each case runs ``jobmatch`` in a new process, as a shell
would, and lists what it imported.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from jobmatch.cli import COMMANDS, SUBCOMMANDS, app

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-12-01"

SCRIPT = """
import sys
from pathlib import Path
from jobmatch._entry import main

listing = Path(sys.argv[1])
sys.argv = ["jobmatch", *sys.argv[2:]]
try:
    main()
except SystemExit:
    pass
finally:
    listing.write_text("\\n".join(sorted(sys.modules)), encoding="utf-8")
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for folder in ("profiles", "workplaces"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def imported(tmp_path: Path, *args: str) -> set[str]:
    """The modules ``jobmatch ARGS`` imported, run as a new process (exit code 0)."""
    listing = tmp_path / "modules.txt"
    env = {**os.environ, "JOBMATCH_LANG": "en", "COLUMNS": "100"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(listing), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return set(listing.read_text(encoding="utf-8").split())


def loaded(modules: set[str], *names: str) -> list[str]:
    """Those of ``names`` (packages included) that are among ``modules``."""
    return sorted(
        name for name in names if any(m == name or m.startswith(name + ".") for m in modules)
    )


COMMAND_MODULES = sorted({f"jobmatch.cli.{t.partition(':')[0]}" for t in COMMANDS.values()})


def test_version_and_help_import_no_command(tmp_path: Path) -> None:
    for args in (["--version"], ["--help"]):
        modules = imported(tmp_path, *args)
        assert loaded(modules, *COMMAND_MODULES) == [], args
        assert loaded(modules, "pydantic", "numpy", "rich", "sqlalchemy", "jobmatch.loading") == []


def test_rank_imports_no_follow_up_log_and_no_rich_for_json(tmp_path: Path, data: Path) -> None:
    args = ["rank", "jonas-b", "--data", str(data), "--as-of", AS_OF, "--format", "json"]
    modules = imported(tmp_path, *args)
    assert "jobmatch.cli.rank" in modules
    assert loaded(modules, "sqlalchemy", "alembic", "rich", "jobmatch.store.log", "rapidfuzz") == []
    assert loaded(modules, *COMMAND_MODULES) == ["jobmatch.cli.rank"]
    # A small folder is read in this process: no worker pool is imported.
    assert loaded(modules, "multiprocessing", "concurrent.futures") == []


BLAS_SCRIPT = """
import os
import sys
from jobmatch._entry import main

sys.argv = ["jobmatch", "--version"]
try:
    main()
except SystemExit:
    pass
finally:
    sys.stderr.write("threads=" + os.environ.get("OPENBLAS_NUM_THREADS", "unset"))
"""


@pytest.mark.parametrize(("given", "seen"), [(None, "1"), ("4", "4")])
def test_the_console_script_loads_openblas_with_one_thread_unless_told(
    given: str | None, seen: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    done = subprocess.run(
        [sys.executable, "-c", BLAS_SCRIPT], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == f"threads={seen}"


def test_contact_imports_no_scoring_engine(tmp_path: Path, data: Path) -> None:
    db = f"sqlite:///{tmp_path / 'log.db'}"
    common = ["--data", str(data), "--db", db, "--as-of", AS_OF]
    imported(tmp_path, "place", "jonas-b", "kafe-sagene", "--start", AS_OF, *common)
    modules = imported(tmp_path, "contact", "--placement", "P1", "--kind", "three_way", *common)
    assert "jobmatch.store.log" in modules
    engine = ("numpy", "jobmatch.matching", "jobmatch.scoring.scorer", "jobmatch.models")
    assert loaded(modules, *engine, "rich", "yaml", "alembic") == []


def test_contact_on_a_current_log_imports_no_pydantic_and_no_engine(
    tmp_path: Path, data: Path
) -> None:
    """No ``jobmatch.toml``: the defaults are not built, and a seeker's file is only looked for."""
    db = f"sqlite:///{tmp_path / 'log.db'}"
    common = ["--data", str(data), "--db", db, "--as-of", AS_OF]
    imported(tmp_path, "place", "jonas-b", "kafe-sagene", "--start", AS_OF, *common)
    for args in (
        ["--placement", "P1", "--kind", "three_way"],
        ["--seeker", "jonas-b", "--workplace", "kafe-sagene", "--kind", "visit"],
    ):
        modules = imported(tmp_path, "contact", *args, *common)
        assert "jobmatch.store.log" in modules
        unwanted = ("pydantic", "alembic", "jobmatch.api", "jobmatch.scoring", "jobmatch.loading")
        assert loaded(modules, *unwanted) == [], args


def test_every_command_is_listed_without_being_loaded() -> None:
    group = typer.main.get_command(app)
    assert group.list_commands(typer.Context(group)) == [*COMMANDS, *SUBCOMMANDS]
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "100", "JOBMATCH_LANG": "en"})
    assert result.exit_code == 0
    for name in [*COMMANDS, *SUBCOMMANDS]:
        assert f"  {name} " in result.stdout


def test_only_values_that_need_converting_build_an_adapter(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coercion = pytest.importorskip("typer._coercion")
    real = coercion.build_runtime_param
    built: list[object] = []

    def counted(descriptor: object) -> object:
        built.append(descriptor)
        return real(descriptor)

    monkeypatch.setattr(coercion, "build_runtime_param", counted)
    args = ["rank", "jonas-b", "--data", str(data), "--as-of", AS_OF, "--format", "json"]
    result = CliRunner().invoke(app, [*args, "--top", "2"])
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["results"]) == 2
    assert len(built) == 2  # --format (a choice), --top (a number); --data (a path) needs none
    bad = CliRunner().invoke(app, [*args, "--top", "two"])
    assert bad.exit_code == 2 and "'--top'" in bad.stderr
