"""Numbers are read as YAML 1.2 and the published schema read them, no more and no less."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.loading import load_record

FILE = """schema: jobmatch/seeker@1
id: tall
name: Tall T.
goal: {{purpose: training, hours_per_week: {hours}}}
interests: [{{what: rydde, weight: {weight}}}]
"""


def _problems(tmp_path: Path, hours: str, weight: str = "2") -> list[str]:
    path = tmp_path / "profiles" / "tall.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(FILE.format(hours=hours, weight=weight), encoding="utf-8")
    return [p.render().split(": ", 1)[1] for p in load_record(path)[1]]


@pytest.mark.parametrize("hours", ["20", "7.5", '"20"', "0.5e1"])
def test_numbers_as_written(tmp_path: Path, hours: str) -> None:
    assert _problems(tmp_path, hours) == []


@pytest.mark.parametrize("hours", ["1_000", "inf", ".nan", "tjue"])
def test_not_numbers(tmp_path: Path, hours: str) -> None:
    assert _problems(tmp_path, hours) == ["goal.hours_per_week: must be a number, e.g. 12 or 7.5"]


def test_a_weight_is_a_whole_number(tmp_path: Path) -> None:
    assert _problems(tmp_path, "20", weight='"2.0"') == [
        "interests.0.weight: must be a whole number, e.g. 2"
    ]
