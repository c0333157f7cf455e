"""Rebuild ``jobmatch/matching/worklanguage.txt``: how common each word is in the language of work.

A word's weight in matching falls with how common it is in ordinary text
(``frequencies.txt``). Ordinary text does not know that "equipment",
"operate", "customers" or "records" are everywhere in descriptions of work,
while "velvet", "insurance" or "livestock" name one trade. This list says
in how many occupations' task statements each word key occurs, for the
occupations of O*NET job zones 3, 4 and 5 (work that needs preparation:
technicians, professionals, managers). jobmatch serves entry-level work,
and ``bench/retrieval.py`` draws its samples from job zones 1 and 2 only,
so no benchmark item is in the list's source.

Keys are those of jobmatch's own analyser with the shipped vocabulary
(:meth:`jobmatch.matching.text.Analyzer.analyse`), one count per occupation
that has the key in any of its task statements (core and supplemental).

Run from the repository, with ``../shared/data`` beside it (or give the
O*NET folder)::

    python tools/build_worklanguage.py [path/to/onet-26.3]

Source: O*NET 26.3 Database, U.S. Department of Labor, Employment and
Training Administration (USDOL/ETA), licensed CC BY 4.0. The derived file
keeps that attribution in its header.
"""

from __future__ import annotations

import csv
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jobmatch.matching.text import Analyzer

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ONET = ROOT.parent / "shared" / "data" / "onet-26.3"
TARGET = ROOT / "jobmatch" / "matching" / "worklanguage.txt"
ZONES = frozenset({"3", "4", "5"})
PREFIX = 3
HEADER = """\
# How many occupations' task statements use each word key: jobmatch's work-language
# rarity, which lowers the weight of words that are everywhere in descriptions of work.
# Derived from the O*NET 26.3 Database (Task Statements, Job Zones) by the U.S.
# Department of Labor, Employment and Training Administration (USDOL/ETA), licensed
# CC BY 4.0: https://www.onetcenter.org/database.html. Only occupations of job zones
# 3, 4 and 5 are counted (bench/retrieval.py samples job zones 1 and 2).
# jobmatch has modified the data: it keeps counts of word keys only.
# Rebuild with: python tools/build_worklanguage.py
# Format: a line "count\\t<occupations>", then one line per first three letters of the
# keys: <prefix>\\t<key>=<occupations> ...
"""


def read_table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def occupation_keys(onet: Path, analyzer: Analyzer) -> dict[str, set[str]]:
    """Each counted occupation's word keys, over all its task statements."""
    zones = {r["O*NET-SOC Code"]: r["Job Zone"] for r in read_table(onet / "Job Zones.txt")}
    keys: dict[str, set[str]] = defaultdict(set)
    for row in read_table(onet / "Task Statements.txt"):
        code = row["O*NET-SOC Code"]
        if zones.get(code) in ZONES:
            keys[code].update(unit.key for unit in analyzer.analyse(row["Task"]))
    return keys


def render(keys: dict[str, set[str]]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for found in keys.values():
        for key in found:
            counts[key] += 1
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for key in sorted(counts):
        by_prefix[key[:PREFIX]].append(f"{key}={counts[key]}")
    lines = [f"count\t{len(keys)}"]
    lines += [f"{prefix}\t{' '.join(items)}" for prefix, items in sorted(by_prefix.items())]
    return HEADER + "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    onet = Path(argv[0]) if argv else DEFAULT_ONET
    missing = [n for n in ("Job Zones.txt", "Task Statements.txt") if not (onet / n).is_file()]
    if missing:
        print(f"{onet}: no {', '.join(missing)}; give the O*NET 26.3 folder", file=sys.stderr)
        return 2
    os.environ["JOBMATCH_CACHE_DIR"] = "off"  # read every word afresh
    from jobmatch.api import Engine

    text = render(occupation_keys(onet, Engine().words.matcher.analyzer))
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
