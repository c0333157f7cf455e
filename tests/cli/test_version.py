"""The engine id where a person or a script can see it: --version, JSON output, config."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from jobmatch import __version__
from jobmatch.cli import app
from jobmatch.scoring.version import engine_id

ROOT = Path(__file__).resolve().parents[2]
DATA = ["--data", str(ROOT), "--as-of", "2026-11-27"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "100"})
    return result.exit_code, result.stdout, result.stderr


def test_version_option() -> None:
    code, out, err = invoke("--version")
    assert (code, out, err) == (0, f"jobmatch {__version__} (engine {engine_id()})\n", "")


def test_version_option_is_in_the_help() -> None:
    code, out, _ = invoke("--help")
    assert code == 0 and "--version" in out


def test_rank_and_explain_json_name_the_engine_after_the_schema_version() -> None:
    for args in (("rank", "jonas-b"), ("explain", "jonas-b", "kafe-sagene")):
        code, out, err = invoke(*args, *DATA, "--format", "json")
        assert code == 0, err
        body = json.loads(out)
        assert list(body)[:2] == ["schema_version", "engine_version"]
        assert body["engine_version"] == engine_id()


def test_config_json_and_table_name_the_engine() -> None:
    code, out, _ = invoke("config", "--data", str(ROOT), "--format", "json")
    assert code == 0
    assert json.loads(out)["engine_version"] == engine_id()
    code, out, _ = invoke("config", "--data", str(ROOT), "--lang", "en")
    assert code == 0 and out.startswith(f"Engine: {engine_id()} (scoring rules ")
    code, out, _ = invoke("config", "--data", str(ROOT), "--lang", "nb")
    assert code == 0 and out.startswith(f"Motor: {engine_id()} (skåringsregler ")
