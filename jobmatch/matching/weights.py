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
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

FREQUENCIES_NAME = "frequencies.txt"
PARTS_NAME = "wordparts.txt"
KNOWN_NAME = "knownwords.txt"
#: A word typed without æ, ø and å is read as a word with them at least this common (Zipf x 10).
UNFOLD_TENTHS = 30
RARE_ZIPF = 3.0
COMMON_ZIPF = 6.0
MAX_WEIGHT = 1.0
MIN_WEIGHT = 0.1
_PATH = Path(__file__).with_name(FREQUENCIES_NAME)


PREFIX = 3


@cache
def _lines() -> dict[str, str]:
    """The shipped list's lines by key prefix, unparsed: loading only splits lines."""
    text = _PATH.read_text("utf-8")
    lines: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            prefix, items = line.split("\t", 1)
            lines[prefix] = items
    return lines


@cache
def _prefix_table(prefix: str) -> dict[str, tuple[float, str]]:
    """Zipf value and language ("nb", "en" or "both") per word beginning with ``prefix``,
    parsed on first use."""
    table: dict[str, tuple[float, str]] = {}
    for item in _lines().get(prefix, "").split():
        mark = item[-3] if item[-3] in _MARKS else item[-2]
        key, tenths = item.rsplit(mark, 1)
        table[key] = (int(tenths) / 10, _MARKS[mark])
    return table


@cache
def _known_lines() -> dict[str, str]:
    """The rare known words by prefix, unparsed (loaded only when a word may be a typo)."""
    lines: dict[str, str] = {}
    for line in _PATH.with_name(KNOWN_NAME).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            prefix, items = line.split("\t", 1)
            lines[prefix] = items
    return lines


@cache
def _known_prefix(prefix: str) -> frozenset[str]:
    return frozenset(_known_lines().get(prefix, "").split())


def known(word: str) -> bool:
    """Whether a word form is a word at all (common, or rare but real): else maybe a typo."""
    return zipf(word) is not None or word in _known_prefix(word[:PREFIX])


def language(word: str) -> str | None:
    """ "nb" for a Norwegian word, "en" for an English one (more common in English), "both"
    for a word common in both, None for a word rarer than the list."""
    found = _prefix_table(word[:PREFIX]).get(word)
    return None if found is None else found[1]


def zipf(key: str) -> float | None:
    """The Zipf frequency of a word form, or None when it is rarer than the list."""
    found = _prefix_table(key[:PREFIX]).get(key)
    return None if found is None else found[0]


def is_common(key: str) -> bool:
    """Whether the key is in the list (an ordinary word, not a typo or a rare term)."""
    return zipf(key) is not None


def weight(key: str) -> float:
    """The weight of a key: MAX_WEIGHT for rare words, down to MIN_WEIGHT for the commonest."""
    return weight_of_zipf(zipf(key))


def weight_of_zipf(value: float | None) -> float:
    """The weight of a word as common as ``value`` (None: rarer than the list)."""
    if value is None or value <= RARE_ZIPF:
        return MAX_WEIGHT
    share = (COMMON_ZIPF - value) / (COMMON_ZIPF - RARE_ZIPF)
    return max(MIN_WEIGHT, min(MAX_WEIGHT, MIN_WEIGHT + share * (MAX_WEIGHT - MIN_WEIGHT)))


@cache
def word_parts() -> frozenset[str]:
    """Common Norwegian word keys: the parts for splitting compounds the vocabulary does not know."""
    text = _PATH.with_name(PARTS_NAME).read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


_MARKS = {"=": "nb", ":": "en", "~": "both"}
_NORWEGIAN_WORD = re.compile(r"([^\s=:~\t]*[æøå][^\s=:~\t]*)[=:~](\d+)")
_FOLD = str.maketrans({"æ": "a", "ø": "o", "å": "a"})


@cache
def _unfolding() -> dict[str, str]:
    """Common words with æ, ø or å, keyed by their spelling without (the commonest wins)."""
    best: dict[str, tuple[int, str]] = {}
    for word, tenths in _NORWEGIAN_WORD.findall(_PATH.read_text("utf-8")):
        folded = word.translate(_FOLD)
        value = int(tenths)
        if value >= UNFOLD_TENTHS and value > best.get(folded, (0, ""))[0]:
            best[folded] = (value, word)
    return {folded: word for folded, (_, word) in best.items()}


def unfolded(folded: str) -> str | None:
    """The common word that ``folded`` is, typed without æ, ø and å (None: none is)."""
    return _unfolding().get(folded)
