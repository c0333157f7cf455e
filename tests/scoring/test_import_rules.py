"""Data flows one way: nothing in scoring reaches back to the API, the commands or the
data folder (not even for type checking)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SCORING = Path(__file__).resolve().parents[2] / "jobmatch" / "scoring"
FORBIDDEN = ("jobmatch.api", "jobmatch.cli", "jobmatch.loading")
"""``jobmatch.loading`` whole: its package imports the data folder (``loading.folder``)."""


def imported_modules(path: Path) -> list[str]:
    """Every module an ``import`` or ``from ... import`` anywhere in the file names."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                raise AssertionError(f"{path}: relative import of {node.module}")
            found.append(node.module)
            found += [f"{node.module}.{alias.name}" for alias in node.names]
    return found


def forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


@pytest.mark.parametrize(
    "path", sorted(SCORING.rglob("*.py")), ids=lambda p: str(p.relative_to(SCORING))
)
def test_scoring_does_not_import_back(path: Path) -> None:
    bad = [m for m in imported_modules(path) if forbidden(m)]
    assert not bad, f"{path.relative_to(SCORING.parent.parent)} imports {bad}"


def test_the_rule_sees_imports_inside_functions_and_type_checking(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from jobmatch.loading.folder import DataSet\n"
        "def f():\n    from jobmatch import api\n    import jobmatch.cli.rank\n",
        encoding="utf-8",
    )
    assert [m for m in imported_modules(sample) if forbidden(m)] == [
        "jobmatch.loading.folder",
        "jobmatch.loading.folder.DataSet",
        "jobmatch.api",
        "jobmatch.cli.rank",
    ]
