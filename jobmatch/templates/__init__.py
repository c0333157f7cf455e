"""Commented templates for new seeker and workplace files (``jobmatch new``).

A template names every field of ``spec/data-format.md`` with a short comment
in the adviser's language. Required fields hold placeholder text that
``validate`` warns about; optional fields are commented out. As written, a
template is a valid file.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Literal

from jobmatch import i18n
from jobmatch.errors import JobmatchError, RefusedError, UsageError
from jobmatch.layout import FOLDERS, Kind
from jobmatch.loading.hints import ascii_slug
from jobmatch.models import ID_PATTERN
from jobmatch.output.atomic import write_atomic

TemplateLang = Literal["nb", "en"]
_ID_RE = re.compile(ID_PATTERN)
_ID_MAX = 64


def message(key: str, lang: TemplateLang, **values: object) -> str:
    """A line for the adviser in their language (catalog key ``template.<key>``)."""
    return i18n.message(lang, f"template.{key}", **values)


def is_slug(record_id: str) -> bool:
    """Whether ``record_id`` can be an id and a file name: no ``../``, no spaces."""
    return len(record_id) <= _ID_MAX and _ID_RE.fullmatch(record_id) is not None


def template_text(kind: Kind, lang: TemplateLang, record_id: str) -> str:
    """The template of a file kind in one language, with its id filled in."""
    source = resources.files(__name__).joinpath(f"{kind}.{lang}.yaml")
    return source.read_text(encoding="utf-8").replace("{id}", record_id)


def template_path(root: Path, kind: Kind, record_id: str) -> Path:
    """Where a new file of ``kind`` goes in the data folder ``root``."""
    return root / FOLDERS[kind] / f"{record_id}.yaml"


def write_template(
    root: Path,
    kind: Kind,
    record_id: str,
    lang: TemplateLang,
    target: Path | None = None,
    force: bool = False,
) -> Path:
    """Write a new template file and return its path: the data folder's file for the id,
    or ``target``. An existing file is never overwritten without ``force``."""
    check_id(record_id, lang)
    path = target if target is not None else template_path(root, kind, record_id)
    refused = RefusedError(message("exists", lang, path=path))
    if path.exists() and not force:
        raise refused
    try:
        write_atomic(path, template_text(kind, lang, record_id), force=force)
    except RefusedError:
        raise refused from None
    return path


def check_id(record_id: str, lang: TemplateLang) -> None:
    """A usage error, with a slug to use instead where there is one, for an id that is none."""
    if not is_slug(record_id):
        slug = ascii_slug(record_id)
        raise UsageError(
            message("bad_id_slug", lang, slug=slug) if slug else message("bad_id", lang)
        )


def write_schema_beside(root: Path, kind: Kind) -> Path | None:
    """Put the JSON Schema where the template's first line points, if nothing is there.

    The template names ``../schemas/<kind>.schema.json``; in an adviser's own
    data folder that file does not exist until this writes it. An existing
    file is left alone.
    """
    from jobmatch.output.jsonout import to_json
    from jobmatch.schemas import json_schema

    path = root / "schemas" / f"{kind}.schema.json"
    if path.exists():
        return None
    try:
        write_atomic(path, to_json(json_schema(kind)) + "\n", force=False)
    except JobmatchError:  # a nicety for editors: never a reason to fail after the template
        return None
    return path
