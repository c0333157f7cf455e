"""Match validity on real public data: does jobmatch find the right workplace for an interest?

    pip install -e ".[bench]"
    python bench/retrieval.py                       # every set, seeds 1, 2 and 3
    python bench/retrieval.py --sets dwa --seeds 1  # quick, while tuning word matching
    python bench/retrieval.py --show-misses 10 --json figures.json

Each seeker has one interest and each workplace a list of tasks, and only
the words can tell them apart: every seeker is in the workplaces'
municipality, gives no schedule, no limits and no preferences, and wants
purpose ``training`` for :data:`SEEKER_HOURS` hours a week; every workplace
offers every purpose, has capacity 1 and tasks with no demands, all with
the same hours (so that no task is favoured): :data:`TASK_HOURS` a week, or
more where a workplace has too few tasks to fill the seeker's hours, so that
a carved job holds several tasks, as a real one does, and every workplace
can give the hours wanted (a NAV unit group with three titles left would
otherwise offer a shorter job, and lose on hours, not on words).
Every seeker is scored against every
workplace of its set by the engine's own array scoring (the batch path, the
default configuration and the shipped vocabulary); an excluded pair scores 0.
The same seekers are ranked by two plain baselines fitted in the same run on
the workplaces' task texts (one document per workplace, its tasks one to a
line): scikit-learn's ``TfidfVectorizer`` with its defaults (words), and with
``analyzer="char_wb", ngram_range=(3, 5)``, both by cosine (``linear_kernel``
on the l2-normalised vectors).

The protocol (issue 9, item 8; every detail fixed so that two people get the
same figures):

- **O*NET samples** (seeds 1, 2, 3). Occupations of job zone 1 or 2 with at
  least 5 core task statements; ``random.Random(seed).sample`` of 150 of
  their sorted codes. Each occupation becomes a workplace named by its code
  (never its title), with ``random.Random(seed).sample`` of up to 10 of its
  core tasks (over their task ids, sorted as numbers) as its tasks.
- **DWA seekers.** An occupation *holds* a detailed work activity when any of
  its tasks is linked to it in ``Tasks to DWAs.txt`` (all its tasks there,
  core, supplemental or unrated, not only the sampled ones). Each occupation
  gives one seeker whose interest is the title of a DWA that at most 3
  sampled occupations hold and that one of the occupation's own sampled
  tasks links to (so its own workplace shows the activity); its truth is
  every sampled occupation that holds it. The DWA is drawn from the sorted
  candidate ids with one ``random.Random(seed)``, occupation by occupation
  in code order; an occupation with no candidate gives no seeker.
- **Title seekers.** Each occupation gives one seeker whose interest is one
  of its alternate titles that no other occupation of ``Alternate
  Titles.txt`` has (titles compared after jobmatch's ``normalise``); its
  truth is that occupation. Drawn the same way as the DWA.
- **NAV titles** (seed 7). The ISCO-08 rows of NAV's job seekers by
  occupation, all years merged: the STYRK-08 unit groups (four digits) of
  major groups 4, 5, 7, 8 and 9 whose titles, less those starting with
  "Lærling", are at least 4. ``yrkesbetegnelse`` is split at the commas
  outside parentheses, a piece starting with a lower-case letter continues
  the title before it ("Leder (bygg, anlegg)", "Bygningsingeniør, sivil" and
  "Bil-, drosje- og varebilfører" are one title each), and "*" is no title;
  titles that normalise the same are one. One title per group is held out as the seeker's interest,
  drawn from the sorted titles that no other ISCO-08 unit group of the file
  has, with one ``random.Random(7)``, group by group in code order; the rest
  are the workplace's tasks. A group with no such title gives no seeker but
  stays a workplace.
- **Contamination.** A seeker whose interest, normalised as the engine
  normalises, equals a term of the shipped vocabulary or is a whole-word
  phrase inside one, is left out (for every method), and counted.
- **Ties** count against every method alike: a right workplace ranks after
  every wrong one whose score is within 1e-9 of its own. The rank is one
  plus the number of wrong workplaces scoring at least the best right
  workplace's score less 1e-9.
- **Reported:** hit@5 (the rank is at most 5) and MRR@10 (1 / rank when the
  rank is at most 10, else 0), per set, method and seed, and the mean over
  the seeds; for jobmatch also the share of seekers whose #1 and #2
  workplaces tie (within 1e-9). Tune on seed 1 only.

Data: ``../shared/data`` from the repository root (``--data-dir``), as its
README describes. Includes information from the O*NET 26.3 Database by the
U.S. Department of Labor, Employment and Training Administration (USDOL/ETA),
used under CC BY 4.0. NAV's "Registrerte arbeidssøkere etter yrke"
(``nav_arbeidssokere_yrke.csv``), Norwegian Licence for Open Government Data
(NLOD) 2.0. Nothing of either is copied into the project.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from jobmatch.api import Engine
from jobmatch.matching import load_vocabulary, normalise
from jobmatch.models import Seeker, Workplace
from jobmatch.scoring.batch import BatchScorer

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
ONET_DIR = "onet-26.3"
NAV_FILE = Path("norwegian") / "nav_arbeidssokere_yrke.csv"

SAMPLE_SIZE = 150
MAX_TASKS = 10
MIN_CORE_TASKS = 5
JOB_ZONES = frozenset({"1", "2"})
MAX_DWA_HOLDERS = 3
NAV_CLASSIFICATION = "ISCO-08"
NAV_MAJOR_GROUPS = frozenset("45789")
NAV_MIN_TITLES = 4
NAV_SEED = 7
NAV_NO_TITLE = "*"
APPRENTICE = "lærling"

TIE = 1e-9
HIT_AT = 5
MRR_AT = 10
SETS = ("dwa", "titles", "nav")
METHODS = ("jobmatch", "tfidf-word", "tfidf-char")
DEFAULT_SEEDS = (1, 2, 3)

MUNICIPALITY = "Oslo"
PURPOSES = ("assessment", "training", "employment")


# --- the sets ------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A workplace of a set: the occupation or unit group it stands for, and its task texts."""

    key: str
    tasks: tuple[str, ...]


@dataclass(frozen=True)
class Query:
    """A seeker of a set: one interest, the workplaces (indices) that are right, and its source."""

    interest: str
    truth: frozenset[int]
    source: str


@dataclass
class Retrieval:
    """One set at one seed: its workplaces, the seekers kept, and how many were left out."""

    name: str
    seed: int
    places: list[Place]
    queries: list[Query]
    contaminated: int = 0
    no_candidate: int = 0


# --- reading the data ------------------------------------------------------------


def read_table(path: Path, delimiter: str = "\t") -> list[dict[str, str]]:
    """Rows of a delimited UTF-8 file (a BOM is dropped), as dicts by header."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter, quoting=csv.QUOTE_NONE))


def title_key(text: str) -> str:
    """Titles are the same when they normalise the same (case, accents, punctuation)."""
    return normalise(text)


@dataclass(frozen=True)
class Onet:
    """The parts of O*NET 26.3 the samples need."""

    eligible: list[str]
    titles: dict[str, str]
    core_tasks: dict[str, dict[int, str]]
    holds: dict[str, frozenset[str]]
    task_dwas: dict[int, frozenset[str]]
    dwa_titles: dict[str, str]
    alternate: dict[str, list[str]]
    title_owners: dict[str, frozenset[str]]


@cache
def load_onet(folder: Path) -> Onet:
    """Parse the O*NET files once per run."""
    core: dict[str, dict[int, str]] = defaultdict(dict)
    for row in read_table(folder / "Task Statements.txt"):
        if row["Task Type"] == "Core":
            core[row["O*NET-SOC Code"]][int(row["Task ID"])] = row["Task"]
    zones = {r["O*NET-SOC Code"]: r["Job Zone"] for r in read_table(folder / "Job Zones.txt")}
    eligible = sorted(
        code
        for code, zone in zones.items()
        if zone in JOB_ZONES and len(core.get(code, ())) >= MIN_CORE_TASKS
    )
    holds: dict[str, set[str]] = defaultdict(set)
    task_dwas: dict[int, set[str]] = defaultdict(set)
    for row in read_table(folder / "Tasks to DWAs.txt"):
        holds[row["O*NET-SOC Code"]].add(row["DWA ID"])
        task_dwas[int(row["Task ID"])].add(row["DWA ID"])
    dwa_titles = {r["DWA ID"]: r["DWA Title"] for r in read_table(folder / "DWA Reference.txt")}
    alternate: dict[str, list[str]] = defaultdict(list)
    owners: dict[str, set[str]] = defaultdict(set)
    for row in read_table(folder / "Alternate Titles.txt"):
        alternate[row["O*NET-SOC Code"]].append(row["Alternate Title"])
        owners[title_key(row["Alternate Title"])].add(row["O*NET-SOC Code"])
    occupations = read_table(folder / "Occupation Data.txt")
    return Onet(
        eligible=eligible,
        titles={r["O*NET-SOC Code"]: r["Title"] for r in occupations},
        core_tasks=dict(core),
        holds={code: frozenset(dwas) for code, dwas in holds.items()},
        task_dwas={task: frozenset(dwas) for task, dwas in task_dwas.items()},
        dwa_titles=dwa_titles,
        alternate=dict(alternate),
        title_owners={key: frozenset(codes) for key, codes in owners.items()},
    )


def split_titles(text: str) -> list[str]:
    """NAV's comma-separated titles.

    Splits only at commas outside parentheses, and a piece that starts with a
    lower-case letter continues the title before it: "Leder (bygg, anlegg)",
    "Bygningsingeniør, sivil" and "Bil-, drosje- og varebilfører" are one
    title each. "*" (no title given) is no title.
    """
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            pieces.append(text[start:index].strip())
            start = index + 1
    pieces.append(text[start:].strip())
    titles: list[str] = []
    for piece in pieces:
        if titles and piece[:1].islower():
            titles[-1] = f"{titles[-1]}, {piece}"
        elif piece:
            titles.append(piece)
    return [t for t in titles if t != NAV_NO_TITLE]


@cache
def load_nav(path: Path) -> dict[str, list[str]]:
    """Every ISCO-08 unit group's titles over all years, sorted, one text per normalised title."""
    merged: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_table(path, delimiter=";"):
        code = row["yrkeskode"].strip()
        if row["isco_versjon"].strip() != NAV_CLASSIFICATION or len(code) != 4:
            continue
        for title in split_titles(row["yrkesbetegnelse"]):
            merged[code].setdefault(title_key(title), title)
    return {code: sorted(found.values()) for code, found in sorted(merged.items())}


# --- drawing the samples ----------------------------------------------------------


def sample(seed: int, population: Sequence[Any], size: int) -> list[Any]:
    """``random.Random(seed).sample`` of the sorted population, all of it when it is smaller."""
    ordered = sorted(population)
    return random.Random(seed).sample(ordered, min(size, len(ordered)))


@cache
def onet_sample(folder: Path, seed: int) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The seed's 150 occupations in code order, each with the ids of up to 10 core tasks."""
    onet = load_onet(folder)
    return tuple(
        (code, tuple(sorted(sample(seed, list(onet.core_tasks[code]), MAX_TASKS))))
        for code in sorted(sample(seed, onet.eligible, SAMPLE_SIZE))
    )


def onet_places(folder: Path, seed: int) -> list[Place]:
    """The sampled occupations as workplaces: their sampled core task statements."""
    tasks = load_onet(folder).core_tasks
    return [
        Place(code, tuple(tasks[code][i] for i in ids)) for code, ids in onet_sample(folder, seed)
    ]


def dwa_set(folder: Path, seed: int) -> Retrieval:
    """One seeker per occupation: a DWA its own tasks show that at most 3 sampled occupations hold."""
    onet, drawn = load_onet(folder), onet_sample(folder, seed)
    holders: dict[str, set[int]] = defaultdict(set)
    for index, (code, _) in enumerate(drawn):
        for dwa in onet.holds.get(code, ()):
            holders[dwa].add(index)
    rng, found = random.Random(seed), Retrieval("dwa", seed, onet_places(folder, seed), [])
    for place, (_, ids) in zip(found.places, drawn, strict=True):
        shown = {d for i in ids for d in onet.task_dwas.get(i, ())}
        candidates = sorted(d for d in shown if len(holders[d]) <= MAX_DWA_HOLDERS)
        if not candidates:
            found.no_candidate += 1
            continue
        dwa = rng.choice(candidates)
        found.queries.append(Query(onet.dwa_titles[dwa], frozenset(holders[dwa]), place.key))
    return found


def titles_set(folder: Path, seed: int) -> Retrieval:
    """One seeker per occupation: an alternate title that no other occupation has."""
    onet, places = load_onet(folder), onet_places(folder, seed)
    rng, found = random.Random(seed), Retrieval("titles", seed, places, [])
    for index, place in enumerate(places):
        own = frozenset({place.key})
        candidates = sorted(
            {t for t in onet.alternate.get(place.key, ()) if onet.title_owners[title_key(t)] == own}
        )
        if not candidates:
            found.no_candidate += 1
            continue
        found.queries.append(Query(rng.choice(candidates), frozenset({index}), place.key))
    return found


def nav_set(path: Path, seed: int = NAV_SEED) -> Retrieval:
    """STYRK-08 unit groups of major groups 4, 5, 7, 8, 9 as workplaces, one title held out."""
    groups = load_nav(path)
    owners: dict[str, set[str]] = defaultdict(set)
    for code, titles in groups.items():
        for title in titles:
            owners[title_key(title)].add(code)
    rng, found = random.Random(seed), Retrieval("nav", seed, [], [])
    for code, titles in groups.items():
        kept = [t for t in titles if not t.casefold().startswith(APPRENTICE)]
        if code[0] not in NAV_MAJOR_GROUPS or len(kept) < NAV_MIN_TITLES:
            continue
        candidates = [t for t in kept if owners[title_key(t)] == {code}]
        if not candidates:
            found.no_candidate += 1
            found.places.append(Place(code, tuple(kept)))
            continue
        held = rng.choice(candidates)
        found.queries.append(Query(held, frozenset({len(found.places)}), code))
        found.places.append(Place(code, tuple(t for t in kept if t != held)))
    return found


# --- contamination ---------------------------------------------------------------------


@cache
def vocabulary_terms() -> tuple[str, ...]:
    """Every term of the shipped vocabulary, normalised, padded with a space on each side."""
    return tuple(sorted({f" {normalise(t)} " for c in load_vocabulary() for t in c.terms}))


def in_vocabulary(interest: str, terms: Iterable[str]) -> bool:
    """The interest is a term, or a whole-word phrase inside one (``terms`` as padded)."""
    phrase = f" {normalise(interest)} "
    return phrase.strip() != "" and any(phrase in term for term in terms)


def without_contamination(found: Retrieval, terms: Iterable[str]) -> Retrieval:
    """The set less the seekers whose interest is in the vocabulary, counted."""
    terms = tuple(terms)
    kept = [q for q in found.queries if not in_vocabulary(q.interest, terms)]
    found.contaminated += len(found.queries) - len(kept)
    found.queries = kept
    return found


# --- scoring ------------------------------------------------------------------------------


SEEKER_HOURS = 20
TASK_HOURS = 4


def seeker_record(index: int, interest: str) -> Seeker:
    """A seeker with one interest and nothing else that could tell workplaces apart."""
    return Seeker.model_validate(
        {
            "schema": "jobmatch/seeker@1",
            "id": f"s{index:05d}",
            "name": f"Seeker {index}",
            "goal": {"purpose": "training", "hours_per_week": SEEKER_HOURS},
            "interests": [{"what": interest}],
            "location": {"municipality": MUNICIPALITY},
        }
    )


def task_hours(tasks: int) -> int:
    """Hours a week of each of a workplace's tasks: TASK_HOURS, or enough for the tasks
    together to give the seeker's SEEKER_HOURS."""
    return max(TASK_HOURS, -(-SEEKER_HOURS // max(tasks, 1)))


def workplace_record(index: int, place: Place) -> Workplace:
    """A workplace that offers everything, named by number, its tasks with no demands and
    the same hours."""
    hours = task_hours(len(place.tasks))
    return Workplace.model_validate(
        {
            "schema": "jobmatch/workplace@1",
            "id": f"w{index:05d}",
            "name": f"Workplace {index}",
            "location": {"municipality": MUNICIPALITY},
            "capacity": 1,
            "offers": list(PURPOSES),
            "tasks": [
                {"id": f"t{n:02d}", "name": text, "hours_per_week": hours}
                for n, text in enumerate(place.tasks)
            ],
        }
    )


def jobmatch_scores(engine: Engine, found: Retrieval) -> np.ndarray:
    """Seekers x workplaces, by the batch path's array scoring (excluded pairs 0).

    Ids are numbered in list order, so the batch's id order is the list order.
    """
    seekers = [seeker_record(i, q.interest) for i, q in enumerate(found.queries)]
    workplaces = [workplace_record(j, p) for j, p in enumerate(found.places)]
    scores = np.zeros((len(seekers), len(workplaces)))
    if not seekers:
        return scores
    for chunk in BatchScorer(seekers, workplaces, engine.scorer).chunks():
        scores[chunk.start : chunk.stop] = np.where(chunk.excluded, 0.0, chunk.score)
    return scores


def tfidf_scores(found: Retrieval, **options: Any) -> np.ndarray:
    """Cosine of each interest against each workplace's task texts, TF-IDF fitted on the latter."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import linear_kernel

    documents = ["\n".join(p.tasks) for p in found.places]
    vectorizer = TfidfVectorizer(**options).fit(documents)
    queries = vectorizer.transform([q.interest for q in found.queries])
    return np.asarray(linear_kernel(queries, vectorizer.transform(documents)))


BASELINES: dict[str, dict[str, Any]] = {
    "tfidf-word": {},
    "tfidf-char": {"analyzer": "char_wb", "ngram_range": (3, 5)},
}


# --- measures ----------------------------------------------------------------------------


def pessimistic_rank(scores: np.ndarray, right: Collection[int]) -> int:
    """1 + the wrong workplaces scoring at least the best right one's score less 1e-9."""
    best = max(float(scores[j]) for j in right)
    wrong = np.ones(len(scores), dtype=bool)
    wrong[list(right)] = False
    return 1 + int(np.count_nonzero(scores[wrong] >= best - TIE))


def reciprocal_rank(rank: int, cut: int = MRR_AT) -> float:
    """1 / rank within the first ``cut`` places, else 0."""
    return 1.0 / rank if rank <= cut else 0.0


def top_tie(scores: np.ndarray) -> bool:
    """The first two workplaces score the same (within 1e-9)."""
    if len(scores) < 2:
        return False
    first, second = np.partition(scores, len(scores) - 2)[-1:-3:-1]
    return bool(first - second <= TIE)


@dataclass
class Figures:
    """One method on one set at one seed."""

    ranks: list[int] = field(default_factory=list)
    ties: list[bool] = field(default_factory=list)

    @property
    def hit(self) -> float:
        return float(np.mean([r <= HIT_AT for r in self.ranks])) if self.ranks else 0.0

    @property
    def mrr(self) -> float:
        return float(np.mean([reciprocal_rank(r) for r in self.ranks])) if self.ranks else 0.0

    @property
    def tie_share(self) -> float:
        return float(np.mean(self.ties)) if self.ties else 0.0


def measure(scores: np.ndarray, queries: Sequence[Query]) -> Figures:
    """Ranks and #1/#2 ties of every seeker (rows of ``scores``)."""
    figures = Figures()
    for row, query in zip(scores, queries, strict=True):
        figures.ranks.append(pessimistic_rank(row, query.truth))
        figures.ties.append(top_tie(row))
    return figures


# --- running ---------------------------------------------------------------------------------


class Clock:
    """Wall time per part of the run, summed by label, in first-seen order."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def part(self, label: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            self.seconds[label] = self.seconds.get(label, 0.0) + elapsed


@dataclass
class Run:
    """Everything measured: by set, seed and method; the sets themselves and their scores."""

    figures: dict[str, dict[int, dict[str, Figures]]] = field(default_factory=dict)
    sets: dict[str, dict[int, Retrieval]] = field(default_factory=dict)
    scores: dict[tuple[str, int], np.ndarray] = field(default_factory=dict)
    clock: Clock = field(default_factory=Clock)


def build_set(name: str, data: Path, seed: int) -> Retrieval:
    """The set ``name`` at ``seed``, before contamination is taken out."""
    if name == "nav":
        return nav_set(data / NAV_FILE, seed)
    builder: Callable[[Path, int], Retrieval] = dwa_set if name == "dwa" else titles_set
    return builder(data / ONET_DIR, seed)


def run(data: Path, sets: Sequence[str], seeds: Sequence[int]) -> Run:
    """Build every set, score it by every method and measure the ranks."""
    result = Run()
    with result.clock.part("load data"):
        if any(s != "nav" for s in sets):
            load_onet(data / ONET_DIR)
        if "nav" in sets:
            load_nav(data / NAV_FILE)
        terms = vocabulary_terms()
    with result.clock.part("engine set-up"):
        engine = Engine()
    for name in sets:
        for seed in (NAV_SEED,) if name == "nav" else seeds:
            with result.clock.part("build sets"):
                found = without_contamination(build_set(name, data, seed), terms)
            result.sets.setdefault(name, {})[seed] = found
            by_method = result.figures.setdefault(name, {}).setdefault(seed, {})
            with result.clock.part("jobmatch scoring"):
                scores = jobmatch_scores(engine, found)
            result.scores[name, seed] = scores
            by_method["jobmatch"] = measure(scores, found.queries)
            for method, options in BASELINES.items():
                with result.clock.part("baselines (TF-IDF)"):
                    by_method[method] = measure(tfidf_scores(found, **options), found.queries)
    return result


# --- output ----------------------------------------------------------------------------------


def mean_figures(by_seed: Mapping[int, Mapping[str, Figures]], method: str) -> dict[str, float]:
    """hit@5, MRR@10 (and #1/#2 ties) averaged over the seeds, each seed weighing the same."""
    chosen = [f[method] for f in by_seed.values()]
    out = {
        "hit@5": float(np.mean([f.hit for f in chosen])),
        "mrr@10": float(np.mean([f.mrr for f in chosen])),
    }
    if method == "jobmatch":
        out["top_tie"] = float(np.mean([f.tie_share for f in chosen]))
    return out


def seed_figures(figures: Figures, method: str) -> dict[str, float]:
    out = {"hit@5": figures.hit, "mrr@10": figures.mrr}
    if method == "jobmatch":
        out["top_tie"] = figures.tie_share
    return out


HEADER = (
    f"{'set':<7} {'seed':>5} {'seekers':>8} {'left out':>9} {'method':<11} "
    f"{'hit@5':>6} {'MRR@10':>7} {'#1=#2':>6}"
)


def table_lines(result: Run) -> Iterator[str]:
    """The plain-text table: a row per set, seed and method, then the means over the seeds."""
    yield HEADER
    yield "-" * len(HEADER)
    for name, by_seed in result.figures.items():
        for seed, by_method in by_seed.items():
            found = result.sets[name][seed]
            for method in METHODS:
                yield _row(name, str(seed), found, method, seed_figures(by_method[method], method))
        if len(by_seed) > 1:
            for method in METHODS:
                yield _row(name, "mean", None, method, mean_figures(by_seed, method))
        yield ""


def _row(
    name: str, seed: str, found: Retrieval | None, method: str, figures: Mapping[str, float]
) -> str:
    seekers = str(len(found.queries)) if found else ""
    left = str(found.contaminated) if found else ""
    tie = f"{figures['top_tie']:6.1%}" if "top_tie" in figures else ""
    return (
        f"{name:<7} {seed:>5} {seekers:>8} {left:>9} {method:<11} "
        f"{figures['hit@5']:6.1%} {figures['mrr@10']:7.3f} {tie:>6}"
    ).rstrip()


def engine_version() -> str:
    """The engine that made jobmatch's figures: rules version and word-data hash."""
    from jobmatch.scoring.version import engine_id

    return engine_id()


def as_json(result: Run) -> dict[str, Any]:
    """The figures as plain data, for ``--json``."""
    sets: dict[str, Any] = {}
    for name, by_seed in result.figures.items():
        seeds = {}
        for seed, by_method in by_seed.items():
            found = result.sets[name][seed]
            seeds[str(seed)] = {
                "seekers": len(found.queries),
                "workplaces": len(found.places),
                "left_out_vocabulary": found.contaminated,
                "no_candidate": found.no_candidate,
                "methods": {m: seed_figures(by_method[m], m) for m in METHODS},
            }
        mean = {m: mean_figures(by_seed, m) for m in METHODS}
        sets[name] = {"seeds": seeds, "mean": mean}
    return {
        "benchmark": "retrieval",
        "engine_version": engine_version(),
        "tie": TIE,
        "sets": sets,
        "seconds": {k: round(v, 3) for k, v in result.clock.seconds.items()},
    }


def best_task(engine: Engine, interest: str, place: Place) -> tuple[str, float]:
    """The workplace's task with the strongest word match for the interest, and its strength."""
    strengths = [engine.words.similarity(interest, task) for task in place.tasks]
    best = int(np.argmax(strengths))
    return place.tasks[best], strengths[best]


def miss_lines(result: Run, count: int) -> Iterator[str]:
    """The first ``count`` jobmatch misses (not in the top 5) of each set's first seed."""
    engine = Engine()
    for name, by_seed in result.sets.items():
        seed, found = next(iter(by_seed.items()))
        scores, ranks = result.scores[name, seed], result.figures[name][seed]["jobmatch"].ranks
        misses = [i for i, rank in enumerate(ranks) if rank > HIT_AT][:count]
        yield f"jobmatch misses, {name}, seed {seed} ({len(misses)} shown):"
        for i in misses:
            query, row = found.queries[i], scores[i]
            right = max(query.truth, key=lambda j: row[j])
            top = max((j for j in range(len(row)) if j not in query.truth), key=lambda j: row[j])
            yield f"  interest  {query.interest!r} (rank {ranks[i]})"
            yield _miss_line("right", engine, query.interest, found.places[right], row[right])
            yield _miss_line("top", engine, query.interest, found.places[top], row[top])
        yield ""


def _miss_line(label: str, engine: Engine, interest: str, place: Place, score: float) -> str:
    task, strength = best_task(engine, interest, place)
    return f"  {label:<9} {place.key} score {score:5.1f}: {task!r} (strength {strength:.2f})"


# --- command line --------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Match validity on O*NET and NAV data, against TF-IDF baselines."
    )
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: dwa,titles,nav")
    parser.add_argument("--seeds", default=",".join(map(str, DEFAULT_SEEDS)))
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    args.sets = [s for s in args.sets.split(",") if s]
    unknown = sorted(set(args.sets) - set(SETS))
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    args.seeds = [int(s) for s in args.seeds.split(",") if s]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    data = args.data_dir.resolve()
    if not data.is_dir():
        print(f"no data folder at {data} (use --data-dir)", file=sys.stderr)
        return 2
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print('scikit-learn is missing: pip install -e ".[bench]"', file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = run(data, args.sets, args.seeds)
    for line in table_lines(result):
        print(line)
    if args.show_misses:
        with result.clock.part("misses"):
            for line in miss_lines(result, args.show_misses):
                print(line)
    if args.json:
        args.json.write_text(json.dumps(as_json(result), indent=2) + "\n", encoding="utf-8")
    for label, seconds in result.clock.seconds.items():
        print(f"{label:<24} {seconds:7.2f} s")
    print(f"{'total':<24} {time.perf_counter() - started:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
