"""Hints for values written the Norwegian way where jobmatch expects a code or an id.

Advisers write in Norwegian; the codes of the file format are English
(``purpose: training``) and ids are ASCII slugs (``ase-o``). When a value is
one of the Norwegian words an adviser is likely to write for a code, the
message names the code. The hint is a code from the format, never the value
from the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from jobmatch.models import ID_PATTERN

_WORDS: dict[str, tuple[str, ...]] = {
    # purpose
    "utprøving": ("assessment",),
    "arbeidsutprøving": ("assessment",),
    "avklaring": ("assessment",),
    "arbeidstrening": ("training",),
    "opplæring": ("training",),
    "praksis": ("training",),
    "ansettelse": ("employment",),
    "fast ansettelse": ("employment",),
    "jobb": ("employment",),
    "fast jobb": ("employment",),
    # status
    "aktiv": ("active",),
    "plassert": ("placed",),
    "utplassert": ("placed",),
    "i jobb": ("placed",),
    "pause": ("paused",),
    "pauset": ("paused",),
    "på pause": ("paused",),
    # levels of load, contact and literacy; noise; pace; setting
    "ingen": ("none",),
    "lett": ("light",),
    "lav": ("light",),
    "middels": ("moderate",),
    "moderat": ("moderate",),
    "tung": ("heavy",),
    "tungt": ("heavy",),
    "høy": ("heavy", "loud"),
    "indirekte": ("indirect",),
    "direkte": ("direct",),
    "ansikt til ansikt": ("direct",),
    "enkel": ("basic",),
    "grunnleggende": ("basic",),
    "god": ("fluent",),
    "gode": ("fluent",),
    "flytende": ("fluent",),
    "alene": ("alone",),
    "lite team": ("small_team",),
    "små team": ("small_team",),
    "liten gruppe": ("small_team",),
    "stort team": ("large_team",),
    "store team": ("large_team",),
    "stor gruppe": ("large_team",),
    "alle": ("any",),
    "uansett": ("any",),
    "hva som helst": ("any",),
    "likegyldig": ("any",),
    "rolig": ("calm", "quiet"),
    "variert": ("varied",),
    "varierende": ("varied",),
    "høyt": ("fast", "loud"),
    "raskt": ("fast",),
    "rask": ("fast",),
    "stille": ("quiet",),
    "bråkete": ("loud",),
    "mye støy": ("loud",),
    # days
    "man": ("mon",),
    "mandag": ("mon",),
    "tir": ("tue",),
    "tirsdag": ("tue",),
    "ons": ("wed",),
    "onsdag": ("wed",),
    "tor": ("thu",),
    "torsdag": ("thu",),
    "fre": ("fri",),
    "fredag": ("fri",),
    "lør": ("sat",),
    "lørdag": ("sat",),
    "søn": ("sun",),
    "søndag": ("sun",),
    # true and false
    "ja": ("true",),
    "sant": ("true",),
    "nei": ("false",),
    "usant": ("false",),
    # supports
    "fadder": ("mentor",),
    "tett oppfølging": ("close_follow_up",),
    "stille miljø": ("quiet_environment",),
    "ergonomi": ("ergonomics",),
    "hørsel": ("hearing",),
    "syn": ("sight",),
    "korte dager": ("part_days",),
    "faste fridager": ("fixed_days_off",),
    "fleksibel arbeidstid": ("flexible_hours",),
    "fleksitid": ("flexible_hours",),
    "gradvis opptrapping": ("gradual_increase",),
    "arbeidsstilling": ("work_posture",),
    "ingen tunge løft": ("no_heavy_lifting",),
    "universell utforming": ("universal_design",),
    "tilrettelagt opplæring": ("adapted_training",),
    "tilrettelagte oppgaver": ("adapted_tasks",),
    "regning": ("numeracy",),
}
"""Norwegian words for codes; a word that stands for several takes the one the field allows."""

_SPACES = re.compile(r"[\s_-]+")
_ID = re.compile(ID_PATTERN)
_ASCII_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


def code_for(value: object, choices: Collection[str]) -> str | None:
    """The code among ``choices`` that ``value`` stands for, if it is a known way to write one.

    ``arbeidstrening`` gives ``training``; ``Small team`` gives ``small_team``.
    """
    if not isinstance(value, str):
        return None
    words = _SPACES.sub(" ", value).strip().lower()
    if words.replace(" ", "_") in choices:
        return words.replace(" ", "_")
    return next((code for code in _WORDS.get(words, ()) if code in choices), None)


def ascii_slug(text: str) -> str | None:
    """``åse-ø`` as an id: ``ase-o``; None when the text is ASCII or no id comes of it.

    æ, ø and å become ``ae``, ``o`` and ``a``, as Norwegian names are usually
    written in ids; other accents are dropped. Nothing else is changed: text
    that is no id for other reasons (spaces, ``../``) gets no suggestion.
    """
    if text.isascii():
        return None
    plain = unicodedata.normalize("NFKD", text.translate(_ASCII_LETTERS))
    slug = plain.encode("ascii", "ignore").decode("ascii").lower()
    return slug if len(slug) <= 64 and _ID.fullmatch(slug) else None
