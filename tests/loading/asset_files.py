"""Where the asset files are, and small helpers shared by the loader tests."""

from __future__ import annotations

from pathlib import Path

from jobmatch.errors import Problem
from jobmatch.loading import load_record
from jobmatch.models import Seeker, Workplace

ASSETS = Path(__file__).resolve().parent.parent / "assets"
YAML_ASSETS = ASSETS / "yaml"

Loaded = tuple[Seeker | Workplace | None, list[Problem]]


def load_asset(name: str) -> Loaded:
    """Load ``tests/assets/yaml/<name>.yaml`` as ``validate`` would."""
    return load_record(YAML_ASSETS / f"{name}.yaml")


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "warning"]
