"""One language layer: words only in the catalogs, formatting only in ``jobmatch.i18n``."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from jobmatch import i18n
from jobmatch.i18n import build

PACKAGE = Path(__file__).resolve().parents[2] / "jobmatch"
I18N = PACKAGE / "i18n"
SOURCES = sorted(PACKAGE.rglob("*.py"))
PREFIXES = (
    "brief",
    "ceiling",
    "component",
    "day",
    "demand",
    "fact",
    "label",
    "limit",
    "month",
    "need",
    "phrase",
    "template",
    "unit",
    "value",
    "word",
    "workplace",
)
KEY = re.compile(rf"^(?:{'|'.join(PREFIXES)})\.[a-z0-9_]+(?:\.[a-z0-9_]+)*$")
FORMATTERS = frozenset(
    {"number", "fixed", "format_number", "format_date", "days_text", "long_date", "day_ranges"}
)
FILE_ENDINGS = (".css", ".j2", ".py", ".yaml", ".json", ".toml")
SAME_TEXT = {
    frozenset({"brief.item.purpose", "label.purpose"}),
    frozenset({"demand.night_work", "phrase.night_work.true"}),
    frozenset({"fact.demand_over_limit", "fact.requirement_missing"}),
    frozenset({"label.adviser.seeker", "label.support_role.seeker"}),
    frozenset({"phrase.noise.quiet", "value.quiet"}),
    frozenset({"value.none", "word.none"}),
}
"""Keys whose texts are equal in every language but whose meanings differ."""


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _outside_i18n(path: Path) -> bool:
    return I18N not in path.parents


def test_decimal_commas_are_written_in_one_place() -> None:
    found = []
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and [a.value for a in node.args if isinstance(a, ast.Constant)] == [".", ","]
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert {f.split(":")[0] for f in found} == {"i18n/numbers.py"}, found


def test_no_formatter_is_defined_outside_i18n() -> None:
    """Module functions only: a method such as ``Ctx.number`` hands over to :mod:`jobmatch.i18n`."""
    found = [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}"
        for path in SOURCES
        if _outside_i18n(path)
        for node in _tree(path).body
        if isinstance(node, ast.FunctionDef) and node.name in FORMATTERS
    ]
    assert not found


def test_no_catalog_by_language_is_left_outside_i18n() -> None:
    """A dict keyed by language codes is a catalog: its words belong in the .po files."""
    codes = set(i18n.LANGUAGES)
    found = []
    for path in SOURCES:
        if not _outside_i18n(path):
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                if codes <= keys:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not found


def _literal_keys() -> set[str]:
    found = set()
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and KEY.match(text) and not text.endswith(FILE_ENDINGS):
                found.add(text)
    template = (PACKAGE / "brief" / "templates" / "brief.html.j2").read_text(encoding="utf-8")
    found |= set(re.findall(r"""_\(["']([\w.]+)["']\)""", template))
    return found


def test_the_checks_see_keys() -> None:
    assert {"brief.html.unticked", "label.no_matches", "unit.hours_week"} <= _literal_keys()


@pytest.mark.parametrize("lang", sorted(i18n.LANGUAGES))
def test_every_key_written_in_the_code_is_in_the_catalog(lang: str) -> None:
    missing = {k for k in _literal_keys() if not i18n.has(lang, k)}
    assert not missing


def _msgids(lang: str) -> list[str]:
    text = build.source(lang).read_text(encoding="utf-8")
    return [k for k in re.findall(r'^msgid "(.*)"$', text, re.MULTILINE) if k]


@pytest.mark.parametrize("lang", sorted(i18n.LANGUAGES))
def test_catalogs_are_sorted_by_key(lang: str) -> None:
    keys = _msgids(lang)
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


def test_one_entry_per_meaning() -> None:
    """No two keys say the same in every language, unless listed as different meanings."""
    by_text: dict[tuple[str, ...], set[str]] = {}
    for key in _msgids("en"):
        texts = tuple(i18n.plural(lang, key, 2) for lang in sorted(i18n.LANGUAGES))
        by_text.setdefault(texts, set()).add(key)
    repeated = {frozenset(keys) for keys in by_text.values() if len(keys) > 1}
    assert repeated <= SAME_TEXT, sorted(map(sorted, repeated - SAME_TEXT))
