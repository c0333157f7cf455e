"""Which engine made a score: a number for the rules, a hash for the shipped word data.

A score is only comparable with another made by the same engine. The
follow-up log, ``rank``/``explain``/``batch`` JSON and ``jobmatch --version``
carry :func:`engine_id`, so that a script or an adviser can tell when two
scores came from different rules or different word lists.

This module imports nothing heavy: ``jobmatch --version`` reads it without
loading numpy or the vocabulary.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

ENGINE_VERSION = 8
"""The version of the scoring rules, an integer.

Raise it by one in the same change as anything that can change a score,
a component, a confidence, an exclusion or the carved job for the same
input and configuration: a rule in ``scoring/``, a constant, a default in
``scoring/config.py``, or the way words are matched. Wording that only
changes how a fact is said does not raise it. The shipped word data is
covered by the hash in :func:`engine_id`, so editing it needs no raise.
"""

WORD_DATA_DIR = Path(__file__).resolve().parent.parent / "matching"
WORD_DATA_SUFFIXES = frozenset({".toml", ".tsv", ".txt", ".gz", ".json"})
_HASH_LENGTH = 12


def word_data_files(folder: Path = WORD_DATA_DIR) -> list[Path]:
    """The word data the package ships (vocabulary, frequency lists), sorted by name.

    Found by suffix, so that a new data file in ``jobmatch/matching/`` is
    covered by :func:`engine_id` without a change here.
    """
    found = [p for p in folder.iterdir() if p.is_file() and p.suffix in WORD_DATA_SUFFIXES]
    return sorted(found, key=lambda p: p.name)


def word_data_hash(files: list[Path]) -> str:
    """The first 12 hex digits of SHA-256 over each file's name and bytes, in order.

    The name and the length go in before the bytes, so that renaming a file or
    moving bytes from one file to the next gives another hash.
    """
    digest = hashlib.sha256()
    for path in files:
        data = path.read_bytes()
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:_HASH_LENGTH]


@cache
def engine_id() -> str:
    """``"<ENGINE_VERSION>+<hash of the shipped word data>"``, e.g. ``"2+3f9a0c51d2e7"``.

    A data folder's own ``vocabulary.toml`` and ``jobmatch.toml`` are not in
    it: they belong to the data, which a script already knows.
    """
    return f"{ENGINE_VERSION}+{word_data_hash(word_data_files())}"
