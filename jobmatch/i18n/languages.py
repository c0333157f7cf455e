"""The languages jobmatch speaks, and how a language is chosen.

A code is resolved through :data:`ALIASES` (``no`` and the written-standard
codes mean bokmål); anything else is an :class:`UnknownLanguageError`, which
the command line reports as a usage error.

The order of choice (``spec/cli.md``): ``--lang``; the record's own language
(a profile or task map, for the text made about it); ``JOBMATCH_LANG``;
``lang`` in ``jobmatch.toml``; the locale; English.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    """One language of the user interface."""

    code: str
    name: str
    """The language's name in itself."""
    locale: str
    """The locale name Babel and gettext know it by."""


LANGUAGES: dict[str, Language] = {
    "nb": Language("nb", "norsk bokmål", "nb_NO"),
    "en": Language("en", "English", "en_GB"),
}
DEFAULT = "en"
ALIASES: dict[str, str] = {"no": "nb", "nob": "nb", "eng": "en"}
LOCALE_PREFIXES: dict[str, str] = {"nb": "nb", "nn": "nb", "no": "nb"}
"""What a locale name starts with, for the language it gives (others give English)."""
ENV_VAR = "JOBMATCH_LANG"


class UnknownLanguageError(ValueError):
    """A language code jobmatch does not speak; ``source`` says where it was given."""

    def __init__(self, code: str, source: str) -> None:
        self.code = code
        self.source = source
        super().__init__(f"{source}: unknown language {code!r}")


def resolve(code: str, source: str = "--lang") -> str:
    """The registry code for ``code`` (case and region ignored: ``nb_NO`` is ``nb``)."""
    key = code.strip().replace("-", "_").split("_")[0].casefold()
    key = ALIASES.get(key, key)
    if key not in LANGUAGES:
        raise UnknownLanguageError(code, source)
    return key


def from_locale(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the user's locale, if it names one; None when no locale is set."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return _locale_language(value)
    if environ is not None:
        return None
    found = locale.getlocale()[0]
    return _locale_language(found) if found else None


def _locale_language(name: str) -> str:
    return LOCALE_PREFIXES.get(name[:2].casefold(), DEFAULT)


def given(explicit: str | None, record: str | None = None) -> str | None:
    """The first two steps of the order: ``--lang``, then the record's own language.

    An unknown ``--lang`` raises; an unknown record language is passed over
    (None), as is no choice at all: the caller goes on down the order.
    """
    if explicit is not None:
        return resolve(explicit, "--lang")
    if record:
        try:
            return resolve(record, "language")
        except UnknownLanguageError:
            return None
    return None


def choose(
    explicit: str | None = None,
    record: str | None = None,
    *,
    configured: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The language to use, in the order of ``spec/cli.md``.

    ``explicit`` is ``--lang``; ``record`` the language of the record the text
    is about (None for errors, ``validate`` and ``--help``); ``configured``
    is ``lang`` from ``jobmatch.toml``. A code given explicitly, in the
    environment or in the configuration must be known; a record's own
    language is a preference only, and an unknown one is passed over.
    """
    env = os.environ if environ is None else environ
    first = given(explicit, record)
    if first is not None:
        return first
    from_env = env.get(ENV_VAR, "").strip()
    if from_env:
        return resolve(from_env, ENV_VAR)
    if configured:
        return resolve(configured, "jobmatch.toml: lang")
    return from_locale(environ) or DEFAULT
