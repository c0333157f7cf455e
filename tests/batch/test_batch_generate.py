"""bench/generate.py: valid, bilingual, vocabulary-based, and the same for the same seed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from jobmatch.loading import validate_paths
from jobmatch.loading.folder import load_data
from jobmatch.matching import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_generate"] = module
    spec.loader.exec_module(module)
    return module


def test_generated_files_are_valid_and_repeatable(generator: ModuleType, tmp_path: Path) -> None:
    generator.generate(tmp_path / "a", 30, 60, 7)
    generator.generate(tmp_path / "b", 30, 60, 7)
    report = validate_paths([tmp_path / "a"])
    assert report.files == 90 and report.errors == [] and report.warnings == []
    for path in (tmp_path / "a").glob("*/*.yaml"):
        twin = tmp_path / "b" / path.parent.name / path.name
        assert twin.read_bytes() == path.read_bytes()


def test_generated_work_comes_from_the_vocabulary_in_both_languages(
    generator: ModuleType, tmp_path: Path
) -> None:
    generator.generate(tmp_path, 40, 120, 3)
    data = load_data(tmp_path)
    vocabulary = load_vocabulary()
    nb = {t for c in vocabulary for t in c.nb}
    en = {t for c in vocabulary for t in c.en}
    names = [t.name for w in data.workplaces.values() for t in w.tasks]
    assert all(name in nb | en for name in names)
    assert any(name in nb for name in names) and any(name in en for name in names)
    assert any(not s.active for s in data.seekers.values())
    assert any(w.open_to_job_carving is None for w in data.workplaces.values())
    assert any(w.capacity is None for w in data.workplaces.values())
    assert any(s.schedule is None for s in data.seekers.values())
