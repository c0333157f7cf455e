"""JSON as scripts read it: UTF-8 text, stable key order, no colour ever."""

from __future__ import annotations

import json
from typing import Any

SCHEMA_VERSION = 1
ENGINE_KEY = "engine_version"


def scores_document(**fields: Any) -> dict[str, Any]:
    """The top of a JSON document of scores: ``schema_version``, ``engine_version``, ``fields``.

    ``engine_version`` names the rules and word data that made the scores
    (:func:`jobmatch.scoring.version.engine_id`): scores from two documents
    compare only when it is the same.
    """
    return {"schema_version": SCHEMA_VERSION, ENGINE_KEY: engine(), **fields}


def engine() -> str:
    """The engine id, read on first use (``jobmatch.scoring.version``)."""
    from jobmatch.scoring.version import engine_id

    return engine_id()


def to_json(value: Any, *, indent: int | None = 2) -> str:
    """Serialise with the non-ASCII letters kept (æøå stay readable)."""
    return json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False)
