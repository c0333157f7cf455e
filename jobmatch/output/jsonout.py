"""JSON as scripts read it: UTF-8 text, stable key order, no colour ever."""

from __future__ import annotations

import json
from typing import Any


def to_json(value: Any, *, indent: int | None = 2) -> str:
    """Serialise with the non-ASCII letters kept (æøå stay readable)."""
    return json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False)
