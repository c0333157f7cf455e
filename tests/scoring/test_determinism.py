"""The same data, with files written to disk in another order, gives byte-identical JSON."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parents[2]


def _copy_shuffled(target: Path, seed: int) -> None:
    rnd = random.Random(seed)
    for folder in ("profiles", "workplaces"):
        files = sorted((ROOT / folder).glob("*.yaml"))
        rnd.shuffle(files)
        (target / folder).mkdir(parents=True)
        for path in files:
            shutil.copy(path, target / folder / path.name)


def _rank_json(data: Path, *args: str) -> str:
    result = CliRunner().invoke(
        app,
        [
            "rank",
            *args,
            "--data",
            str(data),
            "--format",
            "json",
            "--as-of",
            "2026-11-27",
            "--show-excluded",
        ],
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_shuffled_files_give_identical_json(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _copy_shuffled(first, 1)
    _copy_shuffled(second, 2)
    seekers = sorted(p.stem for p in (ROOT / "profiles").glob("*.yaml"))[:4]
    for seeker_id in seekers:
        assert _rank_json(first, seeker_id) == _rank_json(second, seeker_id)
    workplace = sorted(p.stem for p in (ROOT / "workplaces").glob("*.yaml"))[0]
    assert _rank_json(first, "--workplace", workplace) == _rank_json(
        second, "--workplace", workplace
    )
