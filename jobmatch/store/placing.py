"""The match a placement is made on: scored now, with what it takes to see later why.

The score, confidence and components, the engine (``ENGINE_VERSION`` and
:func:`engine_id`), a hash of the scoring configuration (weights and
thresholds only), a hash of the vocabulary (the shipped word data and the
data folder's own ``vocabulary.toml``), and hashes of the two files.
Exclusions are kept as their codes, never as sentences holding file text.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from jobmatch.api import VOCABULARY_FILE, Engine
from jobmatch.loading import DataSet
from jobmatch.scoring.config import scoring_hash
from jobmatch.scoring.version import ENGINE_VERSION, engine_id
from jobmatch.store.location import record_file
from jobmatch.store.log import MatchRecord


def file_hash(path: Path | None) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path and path.is_file() else ""


def match_record(data: DataSet, seeker: str, workplace: str, as_of: date) -> MatchRecord:
    """Score the pair with the data folder's own configuration, and say what made the score."""
    engine = Engine.for_data(data, as_of)
    match = engine.score(data.seekers[seeker], data.workplaces[workplace])
    extra = data.root / VOCABULARY_FILE
    vocabulary = hashlib.sha256(
        engine_id().encode() + b"\0" + (extra.read_bytes() if extra.is_file() else b"")
    ).hexdigest()
    return MatchRecord(
        score=round(match.score, 1),
        confidence=round(match.confidence, 3),
        components={name: round(c.value, 3) for name, c in match.components.items()},
        engine_version=ENGINE_VERSION,
        engine_id=engine_id(),
        config_hash=scoring_hash(engine.config),
        vocabulary_hash=vocabulary,
        seeker_file_hash=file_hash(record_file(data.root, "seeker", seeker)),
        workplace_file_hash=file_hash(record_file(data.root, "workplace", workplace)),
        exclusions=tuple(f.code for f in match.exclusions) if match.excluded else (),
    )
