"""Golden rankings on the example data, written down by an adviser before the engine ran.

tests/golden/expectations.md holds, for three seekers, the expected top three
and the workplaces that must be excluded, with the reasoning.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from jobmatch.api import Engine, load

ROOT = Path(__file__).resolve().parents[2]
EXPECTATIONS = ROOT / "tests" / "golden" / "expectations.md"


def _expectations() -> dict[str, dict[str, list[str]]]:
    text = EXPECTATIONS.read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.S)
    assert block, "expectations.md needs a ```json block"
    return json.loads(block.group(1))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def ranked() -> dict[str, list[tuple[str, bool]]]:
    data = load(ROOT)
    engine = Engine.for_data(data, date(2026, 11, 27))
    out = {}
    for seeker_id in _expectations():
        matches = engine.rank_workplaces(data.seekers[seeker_id], data.workplaces.values())
        out[seeker_id] = [(m.workplace, m.excluded) for m in matches]
    return out


@pytest.mark.parametrize("seeker_id", sorted(_expectations()))
def test_expected_top_three(ranked: dict[str, list[tuple[str, bool]]], seeker_id: str) -> None:
    expected = _expectations()[seeker_id]["top3"]
    got = [w for w, excluded in ranked[seeker_id] if not excluded][:3]
    assert got == expected


@pytest.mark.parametrize("seeker_id", sorted(_expectations()))
def test_expected_exclusions(ranked: dict[str, list[tuple[str, bool]]], seeker_id: str) -> None:
    expected = set(_expectations()[seeker_id]["excluded"])
    excluded = {w for w, is_excluded in ranked[seeker_id] if is_excluded}
    assert expected <= excluded
