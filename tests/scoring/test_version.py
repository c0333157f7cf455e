"""ENGINE_VERSION and the engine id: which rules and which shipped word data made a score."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jobmatch.scoring import version
from jobmatch.scoring.version import (
    ENGINE_VERSION,
    WORD_DATA_DIR,
    engine_id,
    word_data_files,
    word_data_hash,
)


def test_engine_version_is_a_whole_number() -> None:
    assert type(ENGINE_VERSION) is int and ENGINE_VERSION >= 2


def test_engine_id_is_the_version_and_twelve_hex_digits() -> None:
    assert re.fullmatch(rf"{ENGINE_VERSION}\+[0-9a-f]{{12}}", engine_id())
    assert engine_id() == engine_id()


def test_the_shipped_vocabulary_is_hashed() -> None:
    names = [p.name for p in word_data_files()]
    assert "vocabulary.toml" in names
    assert names == sorted(names)
    assert not [n for n in names if n.endswith(".py")]
    assert engine_id().endswith(word_data_hash(word_data_files(WORD_DATA_DIR)))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "vocabulary.toml").write_text("[a]\n", encoding="utf-8")
    (tmp_path / "module.py").write_text("x = 1\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", ["frequencies.tsv", "words.txt", "freq.gz", "extra.json"])
def test_a_new_word_data_file_is_picked_up(folder: Path, name: str) -> None:
    before = word_data_hash(word_data_files(folder))
    (folder / name).write_bytes(b"ord\t1\n")
    assert name in [p.name for p in word_data_files(folder)]
    assert word_data_hash(word_data_files(folder)) != before


def test_code_and_other_files_are_not_word_data(folder: Path) -> None:
    before = word_data_hash(word_data_files(folder))
    (folder / "notes.md").write_text("#\n", encoding="utf-8")
    (folder / "module.py").write_text("x = 2\n", encoding="utf-8")
    assert word_data_hash(word_data_files(folder)) == before


def test_an_edit_or_a_rename_changes_the_hash(folder: Path) -> None:
    before = word_data_hash(word_data_files(folder))
    (folder / "vocabulary.toml").write_text("[b]\n", encoding="utf-8")
    edited = word_data_hash(word_data_files(folder))
    (folder / "vocabulary.toml").rename(folder / "other.toml")
    assert len({before, edited, word_data_hash(word_data_files(folder))}) == 3


def test_reading_it_loads_nothing_heavy() -> None:
    """``jobmatch --version`` reads this module: no numpy, no vocabulary parser."""
    source = Path(version.__file__).read_text(encoding="utf-8")
    imports = re.findall(r"^(?:from|import) (\S+)", source, re.MULTILINE)
    assert set(imports) <= {"__future__", "hashlib", "functools", "pathlib"}
