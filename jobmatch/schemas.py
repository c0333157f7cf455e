"""JSON Schemas of the two file kinds, for editors and standard validators."""

from __future__ import annotations

from typing import Any, Literal

from jobmatch.models import Seeker, Workplace

SchemaKind = Literal["seeker", "workplace"]
_BASE = "https://jobmatch.example.org/schemas"


def json_schema(kind: SchemaKind) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a file kind, as pydantic generates it from the models."""
    model = Seeker if kind == "seeker" else Workplace
    body = model.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_BASE}/{kind}.schema.json",
        **body,
    }
