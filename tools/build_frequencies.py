"""Rebuild ``jobmatch/matching/frequencies.txt`` and ``wordparts.txt`` from wordfreq.

``frequencies.txt`` says how common each word form is; ``wordparts.txt``
lists common Norwegian word keys (with how common each key is, its forms'
frequencies summed) and common Norwegian word forms: the known parts for
splitting compounds that the vocabulary does not know ("smådyr" = "små" +
"dyr", "skittentøy" = "skitten" + "tøy").

Matching weighs an interest's words by how informative they are: a rare word
("smådyr", "forklift") says more about the work than a common one ("dyr",
"work"). The weights come from this fixed file, shipped with the package,
so that one pair's score never depends on the other files of a data folder.

The source is wordfreq's Norwegian (bokmål) and English lists (wordfreq
3.1, by Robyn Speer; data under CC BY-SA 4.0, see
https://github.com/rspeer/wordfreq). Each word is normalised as matching
normalises it and its frequency turned into a Zipf value (log10 of
occurrences per billion words). Word parts are Norwegian matching keys
(:func:`jobmatch.matching.text.root`), the frequencies of a key's forms
summed; word forms are Norwegian forms as written. Keys below ``MIN_ZIPF`` are left out: matching treats them as unknown
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

from jobmatch.matching.text import normalise, root

MIN_ZIPF = 2.5
PREFIX = 3
TARGET = Path(__file__).resolve().parent.parent / "jobmatch" / "matching" / "frequencies.txt"
#: Norwegian keys and forms at least this common are word parts for splitting compounds;
#: forms at least PART_LENGTH long, keys at least KEY_LENGTH, and a key shorter than
#: PART_LENGTH only when it is as common as SHORT_KEY_ZIPF ("gå" of "turgåing").
PART_ZIPF = 3.0
PART_LENGTH = 3
KEY_LENGTH = 2
SHORT_KEY_ZIPF = 5.0
PARTS_TARGET = TARGET.with_name("wordparts.txt")
PARTS_HEADER = """\
# Norwegian word keys and word forms (Zipf >= 3.0) used as compound parts by jobmatch.
# Derived from wordfreq 3.1 (Robyn Speer), Norwegian bokmal list,
# licensed CC BY-SA 4.0: https://github.com/rspeer/wordfreq
# This derived file is shared under the same licence (CC BY-SA 4.0).
# Rebuild with: python tools/build_frequencies.py
# Format: a line "keys\t<key>=<zipf x 10> ...", a line "forms\t<form> ...".
"""
HEADER = """\
# Word-form frequencies for jobmatch's word weights (Zipf scale, one decimal).
# Derived from wordfreq 3.1 (Robyn Speer), Norwegian bokmal and English lists,
# licensed CC BY-SA 4.0: https://github.com/rspeer/wordfreq
# This derived file is shared under the same licence (CC BY-SA 4.0).
# Rebuild with: python tools/build_frequencies.py
# Format: one line per first three letters of the words: <prefix>\\t<word>=<zipf x 10> ...
"""


def forms(language: str) -> dict[str, float]:
    """Zipf value per normalised word form."""
    totals: dict[str, float] = defaultdict(float)
    for word, frequency in wordfreq.get_frequency_dict(language).items():
        text = normalise(word)
        if text and text.isalpha():
            totals[text] += frequency
    return {form: math.log10(total) + 9 for form, total in totals.items()}


def keyed(table: dict[str, float]) -> dict[str, float]:
    """Zipf value per Norwegian matching key, summing the frequencies of its forms."""
    totals: dict[str, float] = defaultdict(float)
    for form, zipf in table.items():
        totals[root(form)] += 10 ** (zipf - 9)
    return {key: math.log10(total) + 9 for key, total in totals.items()}


def main() -> None:
    merged: dict[str, float] = {}
    norwegian = forms("nb")
    for table in (norwegian, forms("en")):
        for form, zipf in table.items():
            merged[form] = max(merged.get(form, 0.0), zipf)
    keys = sorted(
        (k, z)
        for k, z in keyed(norwegian).items()
        if z >= (PART_ZIPF if len(k) >= PART_LENGTH else SHORT_KEY_ZIPF) and len(k) >= KEY_LENGTH
    )
    words = sorted(
        f for f, z in norwegian.items() if round(z, 1) >= PART_ZIPF and len(f) >= PART_LENGTH
    )
    key_line = " ".join(f"{k}={round(z * 10)}" for k, z in keys)
    PARTS_TARGET.write_text(
        f"{PARTS_HEADER}keys\t{key_line}\nforms\t{' '.join(words)}\n", encoding="utf-8"
    )
    print(f"{PARTS_TARGET}: {len(keys)} keys, {len(words)} forms")
    groups: dict[str, list[str]] = defaultdict(list)
    for key, zipf in sorted(merged.items()):
        if zipf >= MIN_ZIPF:
            groups[key[:PREFIX]].append(f"{key}={round(zipf * 10)}")
    lines = [f"{prefix}\t{' '.join(items)}" for prefix, items in sorted(groups.items())]
    TARGET.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {sum(len(k) for k in groups.values())} keys")


if __name__ == "__main__":
    main()
