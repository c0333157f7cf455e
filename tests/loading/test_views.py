"""``load_views`` reads and checks every file as ``load_data`` does, keeping only views."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jobmatch.errors import InvalidDataError
from jobmatch.loading import folder, load_data, load_views
from jobmatch.store.readahead import facts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for name in ("profiles", "workplaces"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


def _break(data: Path) -> Path:
    broken = data / "profiles" / "jonas-b.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "limits: [\n", encoding="utf-8")
    return broken


@pytest.mark.parametrize("parallel", [False, True], ids=["in-process", "workers"])
def test_the_views_are_those_of_the_records(
    data: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    if parallel:
        monkeypatch.setattr(folder, "PARALLEL_FROM", 1)
    full, views = load_data(data), load_views(data, facts)
    assert views.seekers == {ref: facts(s) for ref, s in full.seekers.items()}
    assert views.workplaces == {ref: facts(w) for ref, w in full.workplaces.items()}
    assert list(views.seekers) == list(full.seekers)


@pytest.mark.parametrize("parallel", [False, True], ids=["in-process", "workers"])
def test_a_broken_file_is_refused_or_skipped_the_same(
    data: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    if parallel:
        monkeypatch.setattr(folder, "PARALLEL_FROM", 1)
    _break(data)
    with pytest.raises(InvalidDataError) as whole:
        load_data(data)
    with pytest.raises(InvalidDataError) as viewed:
        load_views(data, facts)
    assert viewed.value.problems == whole.value.problems
    skipped = load_views(data, facts, skip_invalid=True)
    assert skipped.skipped == load_data(data, skip_invalid=True).skipped
    assert "jonas-b" not in skipped.seekers and "erik-l" in skipped.seekers


def test_a_duplicate_id_is_found_among_views(data: Path) -> None:
    shutil.copy(data / "profiles" / "erik-l.yaml", data / "erik-l.yaml")
    report = folder.validate_paths([data / "profiles", data / "erik-l.yaml"], facts)
    assert [p.code for p in report.invalid] == ["duplicate_id"]
