"""From a parsed document to a seeker or workplace model, with readable problems.

pydantic's own messages are reworded here so that each says what to do and
none holds the input value (``include_input=False``). Each is a catalog key
(``validate.*``) with its values, written in the command line's language.
"""

from __future__ import annotations

import re
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from jobmatch.errors import Problem
from jobmatch.layout import FOLDERS, RECORD_SUFFIXES, Kind
from jobmatch.loading.hints import ascii_slug, code_for
from jobmatch.loading.yamltext import (
    HIDDEN_KEY,
    Document,
    Location,
    parse,
    parse_quick,
    read_text,
    shown_key,
)
from jobmatch.models import (
    SEEKER_SCHEMA,
    SUPPORT_FLAGS,
    WORKPLACE_SCHEMA,
    Seeker,
    Workplace,
)

MODELS: dict[Kind, type[Seeker] | type[Workplace]] = {"seeker": Seeker, "workplace": Workplace}
_SCHEMAS: dict[str, Kind] = {SEEKER_SCHEMA: "seeker", WORKPLACE_SCHEMA: "workplace"}
_FOLDERS: dict[str, Kind] = {folder: kind for kind, folder in FOLDERS.items()}
PLACEHOLDER_MARKS = ("FYLL INN", "FILL IN")


def load_record(
    path: Path, display: str | None = None
) -> tuple[Seeker | Workplace | None, list[Problem]]:
    """Read, parse and validate one file; return the record (or None) and every problem."""
    shown = display or str(path)
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    quick = _load_quick(text, path, shown)
    if quick is not None:
        return quick, []
    doc = parse(text, shown)
    if doc.data is None:
        return None, doc.problems
    kind = _kind_of(doc, path)
    if kind is None:
        return None, doc.problems
    record = _validate(doc, MODELS[kind])
    if record is None:
        _check_raw_id(doc, path)  # every problem in one run: the id too, if it is a text
    else:
        _check_record(doc, record, path)
        if any(
            mark in text for mark in PLACEHOLDER_MARKS
        ):  # the walk is costly; most files skip it
            _warn_placeholders(doc, doc.data, ())
    return record, doc.problems


def _load_quick(text: str, path: Path, shown: str) -> Seeker | Workplace | None:
    """The record of a file with no problem at all, read without keeping places.

    Most files have none: they are read once, quickly. A file with any problem
    (or a placeholder to warn about) gives None here, and is read again with
    every node's place, so that each problem is told where it is, as before.
    """
    if any(mark in text for mark in PLACEHOLDER_MARKS):
        return None
    data = parse_quick(text)
    if data is None:
        return None
    doc = Document(shown, data)
    kind = _kind_of(doc, path)
    if kind is None or doc.problems:
        return None
    try:
        record = MODELS[kind].model_validate(data)
    except ValidationError:
        return None
    _check_record(doc, record, path)
    return None if doc.problems else record


def _kind_of(doc: Document, path: Path) -> Kind | None:
    schema = doc.data.get("schema")
    folder_kind = _FOLDERS.get(path.parent.name)
    if isinstance(schema, str) and schema in _SCHEMAS:
        declared = _SCHEMAS[schema]
        if folder_kind is not None and folder_kind != declared:
            right = next(name for name, k in _FOLDERS.items() if k == declared)
            key = f"validate.wrong_folder_{declared}"
            doc.problem(("schema",), key, "wrong_folder", folder=path.parent.name, right=right)
            return None
        return declared
    kind = folder_kind
    if kind is None:
        loc: Location = ("schema",) if schema is not None else ()
        schemas = {"seeker": SEEKER_SCHEMA, "workplace": WORKPLACE_SCHEMA}
        doc.problem(loc, "validate.unknown_kind", "unknown_kind", **schemas)
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
            key, values = _hinted(doc, error, loc, _message(error, model, loc))
            if key:
                doc.problem(loc, key, error["type"], **values)
            else:  # a validator's own words that have no catalog key yet
                doc.plain_problem(loc, str(values["text"]), error["type"])
        return None


def _echo_of_inner(kind: str, loc: Location, inner: set[Location]) -> bool:
    """pydantic drops an invalid item and then finds the list too short: say only the first."""
    return kind == "too_short" and any(parent[: len(loc)] == loc for parent in inner)


Message = tuple[str, dict[str, object]]
"""A catalog key and its values; an empty key means ``values["text"]`` as written."""


def _message(error: Any, model: type[BaseModel], loc: Location) -> Message:
    kind, ctx = error["type"], error.get("ctx") or {}
    name = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        return _unknown_key(model, loc)
    if kind == "missing":
        return "validate.missing", {}
    if kind in ("enum", "literal_error"):
        return _one_of(str(ctx.get("expected", "")))
    if kind == "string_pattern_mismatch":
        return ("validate.postcode" if name == "postcode" else "validate.id_pattern"), {}
    if kind == "value_error":
        text = str(error["msg"]).removeprefix("Value error, ")
        return (VALUE_ERRORS[text], {}) if text in VALUE_ERRORS else ("", {"text": text})
    if kind in _LIMITS:
        return _LIMITS[kind][0], {"limit": ctx.get(_LIMITS[kind][1])}
    return _SIMPLE.get(kind, "validate.not_valid"), {}


_SIMPLE = {
    "int_parsing": "validate.whole_number",
    "int_from_float": "validate.whole_number",
    "float_parsing": "validate.number",
    "date_from_datetime_parsing": "validate.date",
    "date_parsing": "validate.date",
    "date_type": "validate.date",
    "model_type": "validate.mapping",
    "dict_type": "validate.mapping",
    "tuple_type": "validate.list",
    "list_type": "validate.list",
    "string_type": "validate.text",
    "string_too_short": "validate.not_empty",
    "string_too_long": "validate.too_long",
    "too_short": "validate.needs_entry",
    "none_required": "validate.must_be_empty",
}
_LIMITS = {
    "greater_than_equal": ("validate.at_least", "ge"),
    "less_than_equal": ("validate.at_most", "le"),
    "greater_than": ("validate.above", "gt"),
    "less_than": ("validate.below", "lt"),
}
VALUE_ERRORS = {
    "write true or false": "validate.write_bool",
    'write a time of day as "HH:MM", e.g. "08:30"': "validate.write_time",
    "write nb (Norwegian bokmål) or en (English)": "validate.write_language",
    "write 1 to 3 different letters of RIASEC, most dominant first, e.g. RC": "validate.write_riasec",
    "must be a number, e.g. 12 or 7.5": "validate.write_number",
    "must be a whole number, e.g. 2": "validate.write_whole",
    "latest must be after earliest (no overnight spans in version 1)": "validate.window_forward",
    "min must not be above max": "validate.min_above_max",
}
"""The models' own messages (``ValueError`` in :mod:`jobmatch.models`) by their catalog key."""
_CHOICE = re.compile(r"'([^']*)'")


def _hinted(doc: Document, error: Any, loc: Location, said: Message) -> Message:
    """A Norwegian word for a code names the code; an id with æ, ø or å, its ASCII form.

    Only what the file format defines is shown (a code), or what the file's
    name already shows (its id): never the value itself.
    """
    kind, given = error["type"], _value_at(doc.data, loc)
    if kind in ("enum", "literal_error"):
        choices = _CHOICE.findall(str((error.get("ctx") or {}).get("expected", "")))
        code = code_for(given, choices)
    elif said[0] == "validate.write_bool":
        code = code_for(given, ("true", "false"))
    elif loc == ("id",) and kind == "string_pattern_mismatch" and isinstance(given, str):
        slug = ascii_slug(given)
        stem = Path(doc.path).stem
        shown = slug is not None and slug in (stem, ascii_slug(stem))
        return ("validate.id_slug", {"slug": slug}) if shown else said
    else:
        return said
    return ("validate.english_code", {"english": code}) if code else said


def _value_at(data: Any, loc: Location) -> Any:
    """The value at ``loc`` in the parsed data; None where there is none."""
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _one_of(expected: str) -> Message:
    """``must be one of 'a', 'b' or 'c'``, with the language's word for "or"."""
    choices = [f"'{c}'" for c in _CHOICE.findall(expected)]
    if len(choices) >= 2:
        return "validate.one_of", {"choices": ", ".join(choices[:-1]), "last": choices[-1]}
    if choices:
        return "validate.must_equal", {"choice": choices[0]}
    return "validate.one_of_listed", {}


def _unknown_key(model: type[BaseModel], loc: Location) -> Message:
    key = str(loc[-1])
    names = _field_names(model, loc[:-1])
    from rapidfuzz import fuzz, process  # only for a file with an unknown key

    guess = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=60) if names else None
    shown = shown_key(loc)
    name = "validate.unknown_key" + ("_hidden" if shown == HIDDEN_KEY else "")
    if guess:
        return name + "_guess", {"key": shown, "guess": guess[0]}
    return name, {"key": shown}


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
    """Checks a schema cannot express: id against file name, unique task ids, supports."""
    if path.suffix in RECORD_SUFFIXES and record.id != path.stem:
        doc.problem(("id",), "validate.id_mismatch", "id_mismatch")
    if isinstance(record, Workplace):
        _check_task_ids(doc, record)
        _check_supports(doc, record)


def _check_raw_id(doc: Document, path: Path) -> None:
    """The id against the file name in a file that failed validation elsewhere."""
    raw = doc.data.get("id") if isinstance(doc.data, dict) else None
    mismatch = isinstance(raw, str) and raw.strip() != path.stem
    told = any(p.field == "id" for p in doc.problems)  # a bad id is not said twice
    if mismatch and path.suffix in RECORD_SUFFIXES and not told:
        doc.problem(("id",), "validate.id_mismatch", "id_mismatch")


def _check_task_ids(doc: Document, record: Workplace) -> None:
    first: dict[str, int] = {}
    for index, task in enumerate(record.tasks):
        if task.id in first:
            line = doc.position(("tasks", first[task.id], "id"))[0]
            loc = ("tasks", index, "id")
            doc.problem(loc, "validate.duplicate_task_id", "duplicate_task_id", first=str(line))
        first.setdefault(task.id, index)


def _check_supports(doc: Document, record: Workplace) -> None:
    """A code under ``supports`` whose own flag says false contradicts the map.

    ``inclusion.mentor: false`` with ``mentor`` listed cannot both be true,
    and the engine must not guess which one the adviser meant
    (data-format.md 1.1).
    """
    flags = record.support_flags()
    for index, code in enumerate(record.supports or ()):
        if flags.get(code) is False:
            flag = ".".join(SUPPORT_FLAGS[code])
            loc = ("supports", index)
            doc.problem(
                loc,
                "validate.support_flag_false",
                "support_contradiction",
                support=code.value,
                flag=flag,
            )


def _warn_placeholders(doc: Document, value: Any, loc: Location) -> None:
    """Text left as written by ``jobmatch new`` is a warning, not an error."""
    if isinstance(value, dict):
        for key, item in value.items():
            _warn_placeholders(doc, item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _warn_placeholders(doc, item, (*loc, index))
    elif isinstance(value, str) and any(mark in value for mark in PLACEHOLDER_MARKS):
        doc.problem(loc, "validate.placeholder", "placeholder", "warning")
