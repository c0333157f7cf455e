"""The vocabulary's word analysis, kept on disk between runs.

Reading the vocabulary's ~2,000 terms (compound splitting, stems, particle
verbs) is the same work in every run and takes most of a short command's
time. It depends only on the engine (:func:`jobmatch.scoring.version.engine_id`
and the code of :mod:`jobmatch.matching`) and the vocabulary (the shipped one
with a data folder's additions), so the result is written once, as JSON, to a
file named by a hash of them, and read in later runs.

Three files are kept. The shipped vocabulary is kept parsed (TOML is slow to
read in Python, JSON is not), named by a hash of its bytes and of this code.
The vocabulary's analysis is saved right after the
vocabulary is read, before any seeker's or workplace's text is. The words of
workplaces' task texts (names and keywords) are saved after the tasks are
read, the words only: a task map describes a job, not a person, and no
seeker's text is ever saved, so neither file holds personal data. Words
another run already read are not read again: ``rank`` on a data folder it has
seen spends its time on the seeker, not on spelling out the tasks. It lives in ``$JOBMATCH_CACHE_DIR``, else
``$XDG_CACHE_HOME/jobmatch``, else ``~/.cache/jobmatch``;
``JOBMATCH_CACHE_DIR=off`` turns it off. A file that cannot be read or
written is ignored: the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from jobmatch.matching.vocabulary import Vocabulary
from jobmatch.scoring.version import engine_id

CACHE_ENV = "JOBMATCH_CACHE_DIR"
OFF = "off"
VOCABULARY = "words"
"""The vocabulary's own analysis."""
TASKS = "tasks"
"""The words of workplaces' task texts."""
MAX_TASK_WORDS = 50_000
"""Task words kept at most; past this the file starts again from the latest tasks."""
PARSED = "vocabulary"
"""The shipped vocabulary, parsed."""
FORMAT = 1
"""Raised when the layout of the saved analysis changes."""


def cache_dir() -> Path | None:
    """Where analyses are kept, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", OFF) else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jobmatch"


@cache
def _code_hash() -> str:
    """A hash of the word-reading code: a new jobmatch, or a developer's edit, never
    reads an analysis an older one made (even before ENGINE_VERSION is raised)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def text_key(raw: bytes) -> str:
    """A hash of the cache layout, the word-reading code and a file's bytes."""
    digest = hashlib.sha256(f"{FORMAT}\0{_code_hash()}\0".encode())
    digest.update(raw)
    return digest.hexdigest()[:20]


def vocabulary_key(vocabulary: Vocabulary) -> str:
    """A hash of the engine, the word-reading code, the cache layout and every term and
    part of ``vocabulary``."""
    content = [
        FORMAT,
        engine_id(),
        _code_hash(),
        [[c.id, c.kind, list(c.nb), list(c.en)] for c in vocabulary],
        list(vocabulary.parts_nb),
        list(vocabulary.parts_en),
        list(vocabulary.homographs),
    ]
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _path(key: str, kind: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}-{key}.json"


def enabled() -> bool:
    """Whether analyses are kept at all."""
    return cache_dir() is not None


def load(key: str, kind: str = VOCABULARY) -> dict[str, Any] | None:
    """The analysis of ``kind`` saved under ``key``, or None (none saved, unreadable or
    turned off)."""
    path = _path(key, kind)
    if path is None:
        return None
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and state.get("key") == key else None


def save(key: str, state: dict[str, Any], kind: str = VOCABULARY) -> None:
    """Write ``state`` of ``kind`` under ``key`` atomically (readable by the user only); on
    any error, nothing is written."""
    path = _path(key, kind)
    if path is None:
        return
    text = json.dumps({**state, "key": key}, ensure_ascii=False, separators=(",", ":"))
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
