"""The fixed numbers and names of scoring are written once in the package.

The demand↔limit pairs, the same-municipality value and the Earth's radius
live in ``jobmatch/scoring/constants.py``; the scales are the data format's
own (the enums of ``jobmatch/models.py``), which the constants read. A second
copy anywhere else in ``jobmatch/`` is how formulas drift apart. (That
numbers are formatted in one place is held by ``tests/i18n/test_one_layer.py``.)
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobmatch.scoring import constants

PACKAGE = Path(__file__).resolve().parents[2] / "jobmatch"
HOME = PACKAGE / "scoring" / "constants.py"
DATA_FORMAT = PACKAGE / "models.py"

SCALE_WORDS = {word for scale in constants.SCALES.values() for word in scale}
LIMIT_NAMES = {limit for _, limit in constants.LIMIT_PAIRS if limit.startswith("max_")}
NUMBERS = {constants.SAME_MUNICIPALITY, constants.EARTH_RADIUS_KM}


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path != HOME:
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _strings(node: ast.AST) -> list[str]:
    """The string constants directly inside a tuple or list literal."""
    if isinstance(node, ast.Tuple | ast.List):
        return [
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
    return []


def test_the_constants_module_holds_them() -> None:
    assert set(constants.SCALES) == {"setting", "pace", "noise"}
    assert len(constants.LIMIT_PAIRS) == len(constants.DEMAND_LIMITS) == 7
    assert set(constants.LIMIT_PAIRS) == set(constants.DEMAND_LIMITS)


@pytest.mark.parametrize("scale", sorted(constants.SCALES))
def test_no_scale_is_written_again(scale: str) -> None:
    words = set(constants.SCALES[scale])
    found = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path, tree in _modules()
        if path != DATA_FORMAT
        for node in ast.walk(tree)
        if len(words & set(_strings(node))) >= 2
    ]
    assert not found, f"the {scale} scale is written again: {found}"


def test_no_demand_limit_pair_is_written_again() -> None:
    pairs = {tuple(p) for p in constants.LIMIT_PAIRS if p[0] != p[1]}
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            strings = _strings(node)
            if tuple(strings) in pairs or len(LIMIT_NAMES & set(strings)) >= 2:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not found, f"demand/limit pairs written again: {found}"


def test_no_fixed_number_is_written_again() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value}"
        for path, tree in _modules()
        if "scoring" in path.parts or "brief" in path.parts
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, float)
        and node.value in NUMBERS
    ]
    assert not found, f"scoring numbers written again: {found}"
