"""Rebuild ``jobmatch/matching/frequencies.txt`` and ``wordparts.txt`` from wordfreq.

``frequencies.txt`` says how common each word form is; ``wordparts.txt``
lists common Norwegian word forms, the known parts for splitting compounds
that the vocabulary does not know ("smådyr" = "små" + "dyr").

Matching weighs an interest's words by how informative they are: a rare word
("smådyr", "forklift") says more about the work than a common one ("dyr",
"work"). The weights come from this fixed file, shipped with the package,
so that one pair's score never depends on the other files of a data folder.

The source is wordfreq's Norwegian (bokmål) and English lists (wordfreq
3.1, by Robyn Speer; data under CC BY-SA 4.0, see
https://github.com/rspeer/wordfreq). Each word is normalised as matching
normalises it and its frequency turned into a Zipf value (log10 of
occurrences per billion words). Keys below ``MIN_ZIPF`` are left out: matching treats them as unknown
words (candidates for spelling correction), and every word rarer than
Zipf 3 gets the full weight anyway. The two languages are merged, the more common
of the two wins.

Run (needs ``pip install wordfreq``; nothing is downloaded at run time)::

    python tools/build_frequencies.py

The file has one line per three-letter prefix of the keys, so that loading it
only splits lines, and a line is parsed the first time a key needs it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

import wordfreq

from jobmatch.matching.text import normalise

MIN_ZIPF = 2.5
PREFIX = 3
TARGET = Path(__file__).resolve().parent.parent / "jobmatch" / "matching" / "frequencies.txt"
#: Norwegian word forms at least this common, and this long, are word parts for splitting
#: compounds.
PART_ZIPF = 3.3
PART_LENGTH = 3
#: A three-letter part must be this much more common ("små", "dyr", "bil"; not names).
SHORT_PART_EXTRA = 1.2
PARTS_TARGET = TARGET.with_name("wordparts.txt")
#: Rarer words, down to this Zipf value, are listed as known words only (no weight):
#: a word in no list may be a typo.
KNOWN_ZIPF = 1.5
KNOWN_TARGET = TARGET.with_name("knownwords.txt")
KNOWN_HEADER = """\
# Rare word forms (Zipf 1.5 to 2.5), Norwegian bokmal and English: known words, not typos.
# Derived from wordfreq 3.1 (Robyn Speer), licensed CC BY-SA 4.0:
# https://github.com/rspeer/wordfreq. This derived file is shared under CC BY-SA 4.0.
# Rebuild with: python tools/build_frequencies.py
"""
#: A form this much more common in Norwegian than in English (Zipf) is a Norwegian word;
#: one more common in English than in Norwegian is an English word; others are both.
NORWEGIAN_MARGIN = 1.0
PARTS_HEADER = """\
# Norwegian word forms (Zipf >= 3.3; 4.5 for three letters) used as compound parts by jobmatch.
# Derived from wordfreq 3.1 (Robyn Speer), Norwegian bokmal list,
# licensed CC BY-SA 4.0: https://github.com/rspeer/wordfreq
# This derived file is shared under the same licence (CC BY-SA 4.0).
# Rebuild with: python tools/build_frequencies.py
"""
HEADER = """\
# Word-form frequencies for jobmatch's word weights (Zipf scale, one decimal).
# Derived from wordfreq 3.1 (Robyn Speer), Norwegian bokmal and English lists,
# licensed CC BY-SA 4.0: https://github.com/rspeer/wordfreq
# This derived file is shared under the same licence (CC BY-SA 4.0).
# Rebuild with: python tools/build_frequencies.py
# Format: one line per first three letters of the words: <prefix>\\t<word>=<zipf x 10> ...
# ("=" marks a Norwegian word, ":" an English word, "~" a word of both languages).
"""


def forms(language: str) -> dict[str, float]:
    """Zipf value per normalised word form."""
    totals: dict[str, float] = defaultdict(float)
    for word, frequency in wordfreq.get_frequency_dict(language).items():
        text = normalise(word)
        if text and text.isalpha():
            totals[text] += frequency
    return {form: math.log10(total) + 9 for form, total in totals.items()}


def _language_mark(norwegian: float, english: float) -> str:
    """ "=" for a Norwegian word, ":" for an English one, "~" for a word of both."""
    if english > norwegian:
        return ":"
    if norwegian - english >= NORWEGIAN_MARGIN:
        return "="
    return "~"


def main() -> None:
    merged: dict[str, float] = {}
    norwegian, english = forms("nb"), forms("en")
    for table in (norwegian, english):
        for form, zipf in table.items():
            merged[form] = max(merged.get(form, 0.0), zipf)
    parts = sorted(
        form
        for form, zipf in norwegian.items()
        if len(form) >= PART_LENGTH and zipf >= PART_ZIPF + SHORT_PART_EXTRA * (len(form) == 3)
    )
    PARTS_TARGET.write_text(PARTS_HEADER + " ".join(parts) + "\n", encoding="utf-8")
    print(f"{PARTS_TARGET}: {len(parts)} parts")
    groups: dict[str, list[str]] = defaultdict(list)
    rare: dict[str, list[str]] = defaultdict(list)
    for key, zipf in sorted(merged.items()):
        mark = _language_mark(norwegian.get(key, 0.0), english.get(key, 0.0))
        if zipf >= MIN_ZIPF:
            groups[key[:PREFIX]].append(f"{key}{mark}{round(zipf * 10)}")
        elif zipf >= KNOWN_ZIPF:
            rare[key[:PREFIX]].append(key)
    known = [f"{prefix}\t{' '.join(items)}" for prefix, items in sorted(rare.items())]
    KNOWN_TARGET.write_text(KNOWN_HEADER + "\n".join(known) + "\n", encoding="utf-8")
    print(f"{KNOWN_TARGET}: {sum(len(k) for k in rare.values())} words")
    lines = [f"{prefix}\t{' '.join(items)}" for prefix, items in sorted(groups.items())]
    TARGET.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {sum(len(k) for k in groups.values())} keys")


if __name__ == "__main__":
    main()
