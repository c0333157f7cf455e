"""How informative a word is: its weight in the coverage of an interest.

"stelle og mate dyr" is mostly about *stelle* and *mate*; "dyr" says less,
and "jobbe" nothing. The weight of a unit falls with how common its word is
in ordinary Norwegian and English text, read from ``frequencies.txt``: a
fixed list shipped with the package (derived from wordfreq; source, licence
and how to rebuild it are in its header and in ``tools/build_frequencies.py``).
It never comes from the data folder, so one pair's score never depends on the
other files.

A key rarer than the list (Zipf below :data:`RARE_ZIPF`) weighs
:data:`MAX_WEIGHT`; one as common as :data:`COMMON_ZIPF` or more weighs
:data:`MIN_WEIGHT`; in between the weight falls in a straight line.

Ordinary text does not know which words are everywhere in descriptions of
work ("equipment", "operate", "customers"). ``worklanguage.txt``, derived
from the task statements of O*NET occupations that entry-level work is not
(see ``tools/build_worklanguage.py``), says in how many of those occupations
each key occurs: its *work rarity* is 1 for a key no occupation uses, down to
:data:`MIN_WORK_RARITY` for one that all use. A key in that list weighs
``weight ** (1 - WORK_SHARE) * rarity ** WORK_SHARE`` where that is lower than
its weight; a key not in it (most Norwegian words) keeps its weight.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

FREQUENCIES_NAME = "frequencies.txt"
PARTS_NAME = "wordparts.txt"
WORK_NAME = "worklanguage.txt"
#: How much a key's work rarity counts in its weight, against its commonness in ordinary text.
WORK_SHARE = 0.5
#: The work rarity of a key that every counted occupation uses.
MIN_WORK_RARITY = 0.1
#: A word typed without æ, ø and å is read as a word with them at least this common (Zipf x 10).
UNFOLD_TENTHS = 30
RARE_ZIPF = 3.0
COMMON_ZIPF = 6.0
MAX_WEIGHT = 1.0
MIN_WEIGHT = 0.1
_PATH = Path(__file__).with_name(FREQUENCIES_NAME)


PREFIX = 3


def _tabbed(name: str) -> dict[str, str]:
    """A shipped word file's lines by their first field, the rest unparsed ("#" lines are
    comments): loading only splits lines."""
    lines: dict[str, str] = {}
    for line in _PATH.with_name(name).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            head, items = line.split("\t", 1)
            lines[head] = items
    return lines


@cache
def _lines() -> dict[str, str]:
    """The frequency list's lines by key prefix, unparsed."""
    return _tabbed(FREQUENCIES_NAME)


def _numbers(items: str) -> dict[str, int]:
    """``key=number`` items, as a line of a shipped list holds them."""
    table: dict[str, int] = {}
    for item in items.split():
        key, number = item.rsplit("=", 1)
        table[key] = int(number)
    return table


@cache
def _prefix_table(prefix: str) -> dict[str, float]:
    """Zipf value per key for the keys that begin with ``prefix``, parsed on first use."""
    return {key: tenths / 10 for key, tenths in _numbers(_lines().get(prefix, "")).items()}


def zipf(key: str) -> float | None:
    """The Zipf frequency of a key, or None when it is rarer than the list."""
    return _prefix_table(key[:PREFIX]).get(key)


def is_common(key: str) -> bool:
    """Whether the key is in the list (an ordinary word, not a typo or a rare term)."""
    return zipf(key) is not None


def weight(key: str) -> float:
    """The weight of a key: MAX_WEIGHT for rare words, down to MIN_WEIGHT for the commonest."""
    return weight_of_zipf(zipf(key))


@cache
def _work_lines() -> dict[str, str]:
    """The work-language list's lines by key prefix (and "count"), unparsed."""
    return _tabbed(WORK_NAME)


@cache
def _work_prefix_table(prefix: str) -> dict[str, int]:
    """Occupations per key for the keys that begin with ``prefix``, parsed on first use."""
    return _numbers(_work_lines().get(prefix, ""))


def work_rarity(key: str) -> float | None:
    """How rare a key is in descriptions of work, 1 down to MIN_WORK_RARITY (None: a key
    the list does not have)."""
    occupations = _work_prefix_table(key[:PREFIX]).get(key)
    if occupations is None:
        return None
    total = int(_work_lines()["count"])
    rarity = math.log((total + 1) / (occupations + 1)) / math.log(total + 1)
    return max(MIN_WORK_RARITY, rarity)


def with_work_rarity(value: float, key: str) -> float:
    """A weight from ordinary text, lowered by the key's work rarity where the list has it
    (never raised: a word rare in formal task statements may still be common speech)."""
    rarity = work_rarity(key)
    if rarity is None:
        return value
    return min(value, float(value ** (1 - WORK_SHARE) * rarity**WORK_SHARE))


def weight_of_zipf(value: float | None) -> float:
    """The weight of a word as common as ``value`` (None: rarer than the list)."""
    if value is None or value <= RARE_ZIPF:
        return MAX_WEIGHT
    share = (COMMON_ZIPF - value) / (COMMON_ZIPF - RARE_ZIPF)
    return max(MIN_WEIGHT, min(MAX_WEIGHT, MIN_WEIGHT + share * (MAX_WEIGHT - MIN_WEIGHT)))


@cache
def _parts_lines() -> dict[str, str]:
    """The shipped word-part list's lines ("keys", "forms"), unparsed."""
    return _tabbed(PARTS_NAME)


@cache
def _key_table() -> dict[str, float]:
    """Zipf value per common Norwegian word key (its forms' frequencies summed)."""
    return {key: tenths / 10 for key, tenths in _numbers(_parts_lines().get("keys", "")).items()}


@cache
def word_parts() -> frozenset[str]:
    """Common Norwegian word keys: parts for splitting compounds the vocabulary does not know."""
    return frozenset(_key_table())


def key_zipf(key: str) -> float | None:
    """How common a Norwegian word key is, all its forms together (None: not common)."""
    return _key_table().get(key)


@cache
def word_forms() -> frozenset[str]:
    """Common Norwegian word forms as written: parts for splitting compounds ("skitten")."""
    return frozenset(_parts_lines().get("forms", "").split())


_FOLD = str.maketrans({"æ": "a", "ø": "o", "å": "a"})


@cache
def _unfolding() -> dict[str, str]:
    """Common words with æ, ø or å, keyed by their spelling without (the commonest wins)."""
    best: dict[str, tuple[int, str]] = {}
    for items in _lines().values():
        if items.isascii():
            continue
        for item in items.split():
            if item.isascii() or not ("æ" in item or "ø" in item or "å" in item):
                continue
            word, tenths = item.rsplit("=", 1)
            folded = word.translate(_FOLD)
            value = int(tenths)
            if value >= UNFOLD_TENTHS and value > best.get(folded, (0, ""))[0]:
                best[folded] = (value, word)
    return {folded: word for folded, (_, word) in best.items()}


def unfolded(folded: str) -> str | None:
    """The common word that ``folded`` is, typed without æ, ø and å (None: none is)."""
    return _unfolding().get(folded)
