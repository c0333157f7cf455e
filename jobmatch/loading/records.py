"""From a parsed document to a seeker or workplace model, with readable problems.

pydantic's own messages are reworded here so that each says what to do and
none holds the input value (``include_input=False``).
"""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz, process

from jobmatch.errors import Problem
from jobmatch.loading.yamltext import (
    HIDDEN_KEY,
    Document,
    Location,
    parse,
    read_text,
    shown_key,
)
from jobmatch.models import SEEKER_SCHEMA, WORKPLACE_SCHEMA, Seeker, Workplace

Kind = Literal["seeker", "workplace"]
MODELS: dict[Kind, type[Seeker] | type[Workplace]] = {"seeker": Seeker, "workplace": Workplace}
_SCHEMAS: dict[str, Kind] = {SEEKER_SCHEMA: "seeker", WORKPLACE_SCHEMA: "workplace"}
_FOLDERS: dict[str, Kind] = {"profiles": "seeker", "workplaces": "workplace"}
PLACEHOLDER_MARKS = ("FYLL INN", "FILL IN")


def load_record(
    path: Path, display: str | None = None
) -> tuple[Seeker | Workplace | None, list[Problem]]:
    """Read, parse and validate one file; return the record (or None) and every problem."""
    shown = display or str(path)
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    doc = parse(text, shown)
    if doc.data is None:
        return None, doc.problems
    kind = _kind_of(doc, path)
    if kind is None:
        return None, doc.problems
    record = _validate(doc, MODELS[kind])
    if record is not None:
        _check_record(doc, record, path)
        if any(
            mark in text for mark in PLACEHOLDER_MARKS
        ):  # the walk is costly; most files skip it
            _warn_placeholders(doc, doc.data, ())
    return record, doc.problems


def _kind_of(doc: Document, path: Path) -> Kind | None:
    schema = doc.data.get("schema")
    folder_kind = _FOLDERS.get(path.parent.name)
    if isinstance(schema, str) and schema in _SCHEMAS:
        declared = _SCHEMAS[schema]
        if folder_kind is not None and folder_kind != declared:
            right = next(name for name, k in _FOLDERS.items() if k == declared)
            message = f"a {declared} file in {path.parent.name}/; move it to {right}/"
            doc.problem(("schema",), message, "wrong_folder")
            return None
        return declared
    kind = folder_kind
    if kind is None:
        message = (
            f"unknown file kind: start the file with 'schema: {SEEKER_SCHEMA}' "
            f"or '{WORKPLACE_SCHEMA}'"
        )
        doc.problem(("schema",) if schema is not None else (), message, "unknown_kind")
    return kind


def _validate(doc: Document, model: type[Seeker] | type[Workplace]) -> Seeker | Workplace | None:
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        inner = {tuple(e["loc"])[:-1] for e in errors if e["loc"]}
        seen: set[Location] = set()
        for error in errors:
            loc = tuple(error["loc"])
            if loc in seen or _echo_of_inner(error["type"], loc, inner):
                continue
            seen.add(loc)
            doc.problem(loc, _message(error, model, loc), error["type"])
        return None


def _echo_of_inner(kind: str, loc: Location, inner: set[Location]) -> bool:
    """pydantic drops an invalid item and then finds the list too short: say only the first."""
    return kind == "too_short" and any(parent[: len(loc)] == loc for parent in inner)


def _message(error: Any, model: type[BaseModel], loc: Location) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    name = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        return _unknown_key(model, loc)
    if kind == "missing":
        return "required; add this field"
    if kind in ("enum", "literal_error"):
        return f"must be one of {ctx.get('expected', 'the listed values')}"
    if kind == "string_pattern_mismatch":
        return _pattern_message(name)
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return _SIMPLE.get(kind, _limit_message(kind, ctx) or "is not valid here; see the schema")


_SIMPLE = {
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "date_from_datetime_parsing": "must be a date written YYYY-MM-DD",
    "date_parsing": "must be a date written YYYY-MM-DD",
    "date_type": "must be a date written YYYY-MM-DD",
    "model_type": "must be a group of 'key: value' lines",
    "dict_type": "must be a group of 'key: value' lines",
    "tuple_type": "must be a list ('- item' lines or [a, b])",
    "list_type": "must be a list ('- item' lines or [a, b])",
    "string_type": "must be text, not a list or group",
    "string_too_short": "must not be empty",
    "string_too_long": "is too long",
    "too_short": "needs at least one entry",
    "none_required": "must be empty",
}


def _limit_message(kind: str, ctx: dict[str, Any]) -> str | None:
    words = {
        "greater_than_equal": ("at least", "ge"),
        "less_than_equal": ("at most", "le"),
        "greater_than": ("above", "gt"),
        "less_than": ("below", "lt"),
    }
    if kind in words:
        word, key = words[kind]
        return f"must be {word} {ctx.get(key)}"
    return None


def _pattern_message(name: str) -> str:
    if name == "postcode":
        return 'must be four digits, e.g. "0566"'
    return "must be a lower-case id: letters a-z, digits and single hyphens, e.g. ola-n"


def _unknown_key(model: type[BaseModel], loc: Location) -> str:
    key = str(loc[-1])
    names = _field_names(model, loc[:-1])
    guess = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=60) if names else None
    hint = f"; did you mean '{guess[0]}'?" if guess else "; remove it or check the spelling"
    shown = shown_key(loc)
    if shown == HIDDEN_KEY:
        return f"unknown key (not shown: it may be private text){hint}"
    return f"unknown key '{shown}'{hint}"


def _field_names(model: type[BaseModel], loc: Location) -> list[str]:
    """The keys allowed at ``loc`` inside ``model``, found by walking its annotations."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        found = _submodel(current, str(part))
        if found is None:
            return []
        current = found
    return [info.alias or name for name, info in current.model_fields.items()]


def _submodel(model: type[BaseModel], key: str) -> type[BaseModel] | None:
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return _find_model(info.annotation)
    return None


def _find_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, tuple, list, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _find_model(arg)
            if found is not None:
                return found
    return None


def _check_record(doc: Document, record: Seeker | Workplace, path: Path) -> None:
    """Checks a schema cannot express: id against file name, unique task ids."""
    if path.suffix in (".yaml", ".yml") and record.id != path.stem:
        message = "must equal the file name without .yaml; rename the file or the id"
        doc.problem(("id",), message, "id_mismatch")
    if isinstance(record, Workplace):
        first: dict[str, int] = {}
        for index, task in enumerate(record.tasks):
            if task.id in first:
                line = doc.position(("tasks", first[task.id], "id"))[0]
                message = f"task id used twice (first on line {line})"
                doc.problem(("tasks", index, "id"), message, "duplicate_task_id")
            first.setdefault(task.id, index)


def _warn_placeholders(doc: Document, value: Any, loc: Location) -> None:
    """Text left as written by ``jobmatch new`` is a warning, not an error."""
    if isinstance(value, dict):
        for key, item in value.items():
            _warn_placeholders(doc, item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _warn_placeholders(doc, item, (*loc, index))
    elif isinstance(value, str) and any(mark in value for mark in PLACEHOLDER_MARKS):
        message = "placeholder from the template is unchanged; fill it in"
        doc.problem(loc, message, "placeholder", "warning")
