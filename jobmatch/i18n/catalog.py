"""The message catalogs: one gettext catalog per language, compiled into the package.

Messages are looked up by a stable key (``fact.interest_met``,
``error.not_found``), not by their English text, so that the English
wording can change without touching the other catalog. The sources are
``locale/<lang>/LC_MESSAGES/jobmatch.po``; the compiled ``.mo`` files
beside them are committed, so a fresh install speaks every language
(``python -m jobmatch.i18n.build`` compiles them; a test checks that they
are current).

Placeholders are ``{name}`` (``str.format``). A number given as a value is
written the language's way; plural messages get their count as ``{n}``.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from jobmatch.i18n.languages import DEFAULT, LANGUAGES
from jobmatch.i18n.numbers import number

DOMAIN = "jobmatch"
LOCALE = Path(__file__).with_name("locale")
"""The compiled catalogs, beside this module (a plain path: importlib.resources costs start-up)."""


@cache
def translations(lang: str) -> gettext.GNUTranslations:
    """The compiled catalog of ``lang`` (one of :data:`LANGUAGES`)."""
    if lang not in LANGUAGES:
        raise KeyError(lang)
    path = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def has(lang: str, key: str) -> bool:
    """Whether the catalog of ``lang`` has a message for ``key``."""
    catalog = translations(lang)._catalog  # type: ignore[attr-defined]
    return key in catalog or (key, 0) in catalog


def _has_forms(lang: str, key: str) -> bool:
    return (key, 0) in translations(lang)._catalog  # type: ignore[attr-defined]


def _template(lang: str, key: str) -> str:
    if has(lang, key):
        return translations(lang).gettext(key)
    if lang != DEFAULT and has(DEFAULT, key):
        return translations(DEFAULT).gettext(key)
    return key


def message(lang: str, key: str, /, **values: object) -> str:
    """The message ``key`` in ``lang``, its placeholders filled (a missing value shows as ``?``)."""
    template = _template(lang, key)
    return template.format_map(_Values(lang, values)) if values else template


def plural(lang: str, key: str, n: float, /, **values: object) -> str:
    """The form of message ``key`` for the count ``n`` (given to the text as ``{n}``).

    A count with a fraction (``2.5`` hours) takes the form of a count other
    than one, as in both languages jobmatch speaks. A message without plural
    forms is the same for every count.
    """
    form = _form_count(n)
    found = lang if has(lang, key) else DEFAULT if has(DEFAULT, key) else None
    if found is None:
        template = key
    elif _has_forms(found, key):
        template = translations(found).ngettext(key, key, form)
    else:
        template = translations(found).gettext(key)
    return template.format_map(_Values(lang, {"n": n, **values}))


def _form_count(n: float) -> int:
    """The whole number gettext chooses a plural form by."""
    if isinstance(n, int):
        return n
    return int(n) if float(n).is_integer() else 2


class _Values(dict[str, str]):
    """Values as text: numbers in the language's way; an absent value shows as ``?``."""

    def __init__(self, lang: str, values: Mapping[str, object]) -> None:
        super().__init__({k: _shown(v, lang) for k, v in values.items()})

    def __missing__(self, key: str) -> str:
        return "?"


def _shown(value: object, lang: str) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number(value, lang)
    return str(value)


class Messages:
    """The catalog of one language, for code that writes much text in it."""

    __slots__ = ("lang",)

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, /, **values: object) -> str:
        return message(self.lang, key, **values)

    def plural(self, key: str, n: float, /, **values: object) -> str:
        return plural(self.lang, key, n, **values)

    def number(self, value: float, decimals: int = 2) -> str:
        return number(value, self.lang, decimals)

    def has(self, key: str) -> bool:
        return has(self.lang, key)
