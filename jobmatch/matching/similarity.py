"""How much of an interest a task covers: graded match strength with its evidence.

The strength of an interest against a task is a number from 0 to 1 (scoring.md,
"Matching words (version 2)"). Both texts are reduced once (and cached) to a
:class:`Canonical` form: their units (stems and compound parts, see
:mod:`jobmatch.matching.text`), each with a weight (how informative the word
is, from the shipped frequency list: "smådyr" weighs more than "dyr", "jobbe"
nothing) and a quality (a word read with a letter corrected is weaker
evidence), and the vocabulary concepts they name with the units each
concept's term covers.

Each unit of the interest finds its best evidence in the task:

- the same unit: 1 (the same word in any form, or a compound part);
- the same unit typed without æ, ø and å, where one side is no word as
  written ("varepafylling", not "maling" for "måling"): :data:`FOLDED_EVIDENCE`;
- a concept whose term covers the unit, named by the task in words of its
  own (the task's term for the concept has a unit the interest lacks, so
  "male vegger" does not meet "male kaffebønner" through painting): in the
  other language only (a translation: "customers" and «kundeservice»),
  :data:`TRANSLATION_EVIDENCE`, as the same word would; in a language both
  texts use for it (a synonym: «hyllepåfylling» and «rydde hyller»),
  :data:`CONCEPT_EVIDENCE`. Across languages the seeker and the employer
  could not have used the same word, so the word chosen says nothing;
- times the unit's quality on both sides, times :data:`KEYWORD_EVIDENCE`
  when only the task's keywords have it;
- a long shared beginning of the two units (a shared stem), or a long shared
  ending that is a word (the head of a compound no word list splits, not a
  suffix such as "-ratør"): :data:`PARTIAL_EVIDENCE` times the share of the
  interest unit's letters shared;
- 0 for a homograph (a word the vocabulary lists as having several
  senses) that the two texts use in different concepts ("kasse" the
  checkout, "bære kasser" the crates).

The **coverage** is the weighted share of the interest's units met, each by
its evidence: a long task sentence that contains the whole interest covers
it fully, and one shared common word among rarer ones covers little
("sortere pakker" / "pakke varer"). The strength is the coverage, lowered
by at most :data:`TASK_SHARE` when the interest is a small part of a long
task, so that of two tasks that both contain the interest the one more
about it is stronger (no ties where a job specialist sees a difference):

    strength = coverage x (1 - TASK_SHARE + TASK_SHARE x min(1, met / task weight))

Strengths are used in full by the engine; the threshold
(:data:`DEFAULT_THRESHOLD`) only decides whether a reason says "meets".
Unrelated texts score exactly 0: there is no spelling-only similarity.

:meth:`WordMatcher.similarity_matrix` computes many pairs at once with integer
posting lists and numpy; :meth:`WordMatcher.similarity` is a 1 x 1 matrix, so
both give the same number. :meth:`WordMatcher.explain` recomputes one pair
in plain Python with the evidence of every unit, for reasons; the tests keep
it equal to the matrix (to 1e-12).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
import numpy.typing as npt

from jobmatch.matching import cache
from jobmatch.matching.concepts import ConceptIndex
from jobmatch.matching.requirements import requirement_met
from jobmatch.matching.riasec import riasec_congruence
from jobmatch.matching.text import (
    Analyzer,
    Lexicon,
    Unit,
    build_lexicon,
    fold,
    lexicon_data,
    lexicon_from_data,
    tokenise,
)
from jobmatch.matching.vocabulary import Vocabulary

__all__ = [
    "CONCEPT_EVIDENCE",
    "DEFAULT_THRESHOLD",
    "FOLDED_EVIDENCE",
    "KEYWORD_EVIDENCE",
    "TRANSLATION_EVIDENCE",
    "Canonical",
    "MatchEvidence",
    "TaskText",
    "UnitEvidence",
    "WordMatcher",
    "requirement_met",
    "riasec_congruence",
]

DEFAULT_THRESHOLD = 0.6
#: Evidence of a unit met through a shared concept named in the same language (a synonym).
CONCEPT_EVIDENCE = 0.9
#: Evidence of a unit met through a shared concept named only in the other language (a
#: translation): the same as the word itself, so that naming tasks in bokmål or English
#: moves no score (scoring.md, "Rules that must hold").
TRANSLATION_EVIDENCE = 1.0
#: Evidence of a unit typed without æ, ø and å on one side only.
FOLDED_EVIDENCE = 0.8
#: What a unit or concept found only in a task's keywords counts, against the task's name.
KEYWORD_EVIDENCE = 0.7
#: Evidence of a unit that shares a long beginning or ending with a task's unit (a
#: compound's part the splitter did not find: "lager" in "lagermedarbeider"),
#: times the share of the interest unit's letters shared.
PARTIAL_EVIDENCE = 0.7
#: Shortest shared beginning or ending that counts.
MIN_OVERLAP = 5
_WIDTH = 32
#: How sure a match found through a corrected or restored spelling is (for confidence).
CORRECTED_CONFIDENCE = 0.5
#: How much of the strength depends on how much of the task the interest is.
TASK_SHARE = 0.15
CHUNK_UNITS = 1 << 20
"""Query units x columns per block: bounds the working memory of a matrix call."""

_Floats = npt.NDArray[np.float64]
_Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class TaskText:
    """A task as matching sees it: its name, and its keywords (which count less)."""

    name: str
    keywords: tuple[str, ...] = ()


Choice = str | TaskText


@dataclass(frozen=True)
class Canonical:
    """A text as matching sees it.

    ``units`` are sorted by key, one per key; ``source`` is, per unit, 1 when
    the text's own words have it and :data:`KEYWORD_EVIDENCE` when only a
    keyword does (``keyword`` names that keyword). ``concepts`` are the
    concepts the text names (``concept_source`` likewise), ``claims`` the
    units of this text that each concept's matched term covers (and
    ``claim_languages`` in which languages the text names it, bits of
    :data:`~jobmatch.matching.concepts.NB` and ``EN``), ``focus``
    the concepts the text is about, and ``senses`` the concepts that claim
    each homograph unit.
    """

    units: tuple[Unit, ...]
    source: tuple[float, ...]
    keyword: tuple[str | None, ...]
    concepts: tuple[str, ...]
    concept_source: tuple[float, ...]
    concept_keyword: tuple[str | None, ...]
    claims: tuple[tuple[str, frozenset[str]], ...]
    claim_languages: tuple[int, ...]
    focus: tuple[str, ...]
    senses: tuple[tuple[str, frozenset[str]], ...]

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(u.key for u in self.units)

    @cached_property
    def weight(self) -> float:
        """The interest's total weight: the denominator of its coverage."""
        return float(sum(u.weight for u in self.units))

    @cached_property
    def own_weight(self) -> float:
        """The weight of the units of the text's own words (not keywords)."""
        return float(sum(u.weight for u, s in zip(self.units, self.source, strict=True) if s == 1))

    @cached_property
    def sense_of(self) -> dict[str, frozenset[str]]:
        return dict(self.senses)

    @property
    def text(self) -> str:
        """The unit keys joined by spaces (for debugging and tests)."""
        return " ".join(self.keys)


@dataclass(frozen=True)
class UnitEvidence:
    """How one unit of the interest is met: ``how`` is "word", "folded", "partial",
    "concept" or "none"; ``task_word`` the task's word, ``concept`` the concept id, ``keyword`` the
    task keyword that gave it (None: the task's name)."""

    unit: Unit
    evidence: float
    how: str
    task_word: str | None = None
    concept: str | None = None
    keyword: str | None = None


@dataclass(frozen=True)
class MatchEvidence:
    """Why an interest meets a task as strongly as it does, as data for reasons.

    ``concepts`` are the concepts through which units were met (labels via
    :meth:`Vocabulary.label`), ``words`` the interest's words met as words,
    ``keywords`` the task keywords that gave evidence, ``corrected`` the
    interest's or task's words read with a letter corrected (as (written,
    read as)), ``coverage`` the weighted share of the interest met.
    """

    a: str
    b: str
    strength: float
    coverage: float
    units: tuple[UnitEvidence, ...]
    concepts: tuple[str, ...]
    words: tuple[str, ...]
    keywords: tuple[str, ...]
    corrected: tuple[tuple[str, str], ...]

    @property
    def by_concept(self) -> bool:
        """Whether a shared concept, not shared words, gives most of the strength."""
        by_concept = sum(u.unit.weight for u in self.units if u.how == "concept")
        by_word = sum(u.unit.weight for u in self.units if u.how in ("word", "folded"))
        return by_concept > by_word

    @property
    def quality(self) -> float:
        """How sure the evidence is, for confidence: 1 for the task's own words or concept,
        :data:`KEYWORD_EVIDENCE` when a keyword gave it, 0.5 for a corrected spelling."""
        if self.corrected:
            return 0.5
        if self.keywords:
            return KEYWORD_EVIDENCE
        return 1.0


def _lexicon(vocabulary: Vocabulary) -> Lexicon:
    """The compound lexicon of a vocabulary's words and parts."""
    nb_words = [w for c in vocabulary for t in c.nb for w in tokenise(t)]
    en_words = [w for c in vocabulary for t in c.en for w in tokenise(t)]
    return build_lexicon(nb_words, [*en_words, *vocabulary.parts_en], vocabulary.parts_nb)


class WordMatcher:
    """Match strength between interests and tasks (name and keywords).

    ``threshold`` (default 0.6) is the strength from which a pair counts as a
    match; see the module docstring for how strength is computed.
    """

    def __init__(self, vocabulary: Vocabulary, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must be between 0 and 1")
        self.vocabulary = vocabulary
        self.threshold = threshold
        key = cache.vocabulary_key(vocabulary)
        saved = cache.load(key)
        lexicon = _lexicon(vocabulary) if saved is None else lexicon_from_data(saved["lexicon"])
        self.analyzer = Analyzer(lexicon)
        if saved is not None:
            self.analyzer.restore(saved["analysis"])
        self._concepts = ConceptIndex(vocabulary, self.analyzer)
        self._homographs = frozenset(
            u.key for word in vocabulary.homographs for u in self.analyzer.analyse(word)
        )
        if saved is None:  # the vocabulary's words only: no seeker's text is read yet
            cache.save(key, {"lexicon": lexicon_data(lexicon), "analysis": self.analyzer.state()})
        self._key = key
        tasks = cache.load(key, cache.TASKS)
        self._saved_task_words: frozenset[str] = frozenset()
        if tasks is not None:
            self.analyzer.restore(tasks)
            self._saved_task_words = frozenset(tasks.get("analysed", {}))
        self._cache: dict[Choice, Canonical] = {}
        self._ends: dict[str, int] = {}

    def canonical(self, text: Choice) -> Canonical:
        """The canonical form of a text or task, computed once per distinct one."""
        found = self._cache.get(text)
        if found is None:
            found = self._canonical(text)
            self._cache[text] = found
        return found

    def _canonical(self, text: Choice) -> Canonical:
        name, keywords = (text, ()) if isinstance(text, str) else (text.name, text.keywords)
        units: dict[str, tuple[Unit, float, str | None]] = {}
        concepts: dict[str, tuple[float, str | None]] = {}
        claims: dict[str, set[str]] = {}
        languages: dict[str, int] = {}
        for source, part in [(1.0, name)] + [(KEYWORD_EVIDENCE, k) for k in keywords]:
            keyword = None if source == 1.0 else part
            for unit in self.analyzer.analyse(part):
                known = units.get(unit.key)
                if known is None or unit.quality * source > known[0].quality * known[1]:
                    units[unit.key] = (unit, source, keyword)
            found = self._concepts.find(part)
            for (concept_id, covered), language in zip(found.claims, found.languages, strict=True):
                if concepts.get(concept_id, (0.0, None))[0] < source:
                    concepts[concept_id] = (source, keyword)
                claims.setdefault(concept_id, set()).update(covered)
                languages[concept_id] = languages.get(concept_id, 0) | language
        focus = self._concepts.find(name).focus
        order = sorted(units)
        senses = {
            key: frozenset(c for c, covered in claims.items() if key in covered and self._sensed(c))
            for key in order
            if key in self._homographs
        }
        return Canonical(
            units=tuple(units[k][0] for k in order),
            source=tuple(units[k][1] for k in order),
            keyword=tuple(units[k][2] for k in order),
            concepts=tuple(sorted(concepts)),
            concept_source=tuple(concepts[c][0] for c in sorted(concepts)),
            concept_keyword=tuple(concepts[c][1] for c in sorted(concepts)),
            claims=tuple((c, frozenset(claims[c])) for c in sorted(claims)),
            claim_languages=tuple(languages[c] for c in sorted(claims)),
            focus=focus,
            senses=tuple((k, v) for k, v in senses.items() if v),
        )

    def _sensed(self, concept_id: str) -> bool:
        """Whether a concept tells a homograph's sense (word concepts do not)."""
        return self.vocabulary.concept(concept_id).kind != "word"

    def concepts(self, text: str) -> frozenset[str]:
        """Ids of the vocabulary concepts a text names."""
        return frozenset(self.canonical(text).concepts)

    def is_match(self, strength: float) -> bool:
        """Whether a strength reaches this matcher's threshold."""
        return strength >= self.threshold

    def similarity(self, interest: str, task: Choice) -> float:
        """How much of ``interest`` the task covers, 0 to 1 (a 1 x 1 matrix)."""
        return float(self.similarity_matrix([interest], [task])[0, 0])

    def similarity_matrix(self, queries: Sequence[str], choices: Sequence[Choice]) -> _Floats:
        """Strengths of every query (interest) against every choice (task), float64.

        Distinct canonical forms are scored once, query units in blocks, with
        posting lists of the choices' units and concepts.
        """
        return self.evidence_matrices(queries, choices)[0]

    def evidence_matrices(
        self, queries: Sequence[str], choices: Sequence[Choice]
    ) -> tuple[_Floats, _Floats]:
        """Strengths, and how sure their evidence is (1 for the task's own words or
        concepts, KEYWORD_EVIDENCE for a keyword, CORRECTED_CONFIDENCE for a corrected
        spelling, weighted by what each unit contributes), of every query against every
        choice."""
        return self.choice_index(choices).evidence_matrices(queries)

    def choice_index(self, choices: Sequence[Choice], tasks: bool = False) -> ChoiceIndex:
        """The choices indexed once, to score many blocks of queries against. With
        ``tasks`` (the choices are workplaces' tasks, never a seeker's text), their words'
        analysis is kept for later runs (see :mod:`jobmatch.matching.cache`)."""
        index = ChoiceIndex(self, choices)
        if tasks:
            self._remember_task_words(choices)
        return index

    def _remember_task_words(self, choices: Sequence[Choice]) -> None:
        """Save the analysis of task words that no earlier run saved."""
        if not cache.enabled():
            return
        tokens = {
            token
            for choice in choices
            for text in ((choice,) if isinstance(choice, str) else (choice.name, *choice.keywords))
            for token in tokenise(text)
        }
        if tokens <= self._saved_task_words:
            return
        kept = self._saved_task_words | tokens
        if len(kept) > cache.MAX_TASK_WORDS:
            kept = frozenset(tokens)
        cache.save(self._key, self.analyzer.word_state(kept), cache.TASKS)
        self._saved_task_words = kept

    def explain(self, interest: str, task: Choice) -> MatchEvidence:
        """The evidence behind :meth:`similarity`, unit by unit, in plain Python."""
        left, right = self.canonical(interest), self.canonical(task)
        units = tuple(self._unit_evidence(unit, left, right) for unit in left.units)
        met = sum(e.unit.weight * e.evidence for e in units)
        strength = _strength(met, left.weight, right.own_weight)
        corrected = {
            (u.word, u.read_as)
            for u in (*left.units, *right.units)
            if u.read_as is not None and u.quality < 1
        }
        return MatchEvidence(
            a=interest,
            b=task if isinstance(task, str) else task.name,
            strength=strength,
            coverage=met / left.weight if left.weight > 0 else 0.0,
            units=units,
            concepts=tuple(sorted({e.concept for e in units if e.concept})),
            words=tuple(sorted({e.unit.word for e in units if e.how in ("word", "folded")})),
            keywords=tuple(sorted({e.keyword for e in units if e.keyword})),
            corrected=tuple(sorted((w, r) for w, r in corrected if r is not None)),
        )

    def _unit_evidence(self, unit: Unit, left: Canonical, right: Canonical) -> UnitEvidence:
        """The best evidence for one interest unit in the task."""
        best = UnitEvidence(unit, 0.0, "none")
        keys = set(unit.keys)
        folded = {fold(k) for k in keys}
        for other, source, keyword in zip(right.units, right.source, right.keyword, strict=True):
            same = bool(keys & set(other.keys))
            if _conflict(unit.key, left, right) or not (
                same or folded & {fold(k) for k in other.keys}
            ):
                continue
            if not same and not (unit.plain or other.plain):
                continue
            value = unit.quality * other.quality * source * (1.0 if same else FOLDED_EVIDENCE)
            if value > best.evidence:
                how = "word" if same else "folded"
                best = UnitEvidence(unit, value, how, other.word, None, keyword)
        if len(unit.key) >= MIN_OVERLAP:
            for other, source, keyword in zip(
                right.units, right.source, right.keyword, strict=True
            ):
                shared = self.word_overlap(unit.key, other.key)
                if shared >= MIN_OVERLAP:
                    value = PARTIAL_EVIDENCE * shared / len(unit.key)
                    value *= unit.quality * other.quality * source
                    if value > best.evidence:
                        best = UnitEvidence(unit, value, "partial", other.word, None, keyword)
        named = {
            c: (source, keyword)
            for c, source, keyword in zip(
                right.concepts, right.concept_source, right.concept_keyword, strict=True
            )
        }
        theirs = dict(right.claims)
        their_languages = dict(zip(theirs, right.claim_languages, strict=True))
        mine = set(left.keys)
        for (concept_id, covered), language in zip(left.claims, left.claim_languages, strict=True):
            if _concept_conflict(unit.key, theirs.get(concept_id, frozenset()), left, right):
                continue
            if unit.key in covered and concept_id in named and not theirs[concept_id] <= mine:
                source, keyword = named[concept_id]
                value = _concept_evidence(language, their_languages[concept_id])
                value *= source * unit.quality
                if value > best.evidence:
                    best = UnitEvidence(unit, value, "concept", None, concept_id, keyword)
        return best

    def word_ends(self, key: str) -> int:
        """Which endings of a key are words (a vocabulary word or key, or a common word of
        the frequency list), and the key itself: a bit mask by length, from MIN_OVERLAP
        letters on."""
        found = self._ends.get(key)
        if found is None:
            size = min(len(key), _WIDTH)
            found = 1 << size
            for length in range(MIN_OVERLAP, size):
                if self.analyzer.is_word_end(key[-length:]):
                    found |= 1 << length
            self._ends[key] = found
        return found

    def word_overlap(self, first: str, second: str) -> int:
        """The longer of the shared beginning and the shared ending of two unequal keys.

        A shared beginning is a shared stem ("operat" of "operator" and
        "operating"); a shared ending counts only as far as it is a word, the
        head of a compound ("arbeid" of "lagerarbeid" and "kjøkkenarbeid"), not
        a suffix ("ratør" of "reparatør" and "operatør").
        """
        if first == second:
            return 0
        size = min(len(first), len(second), _WIDTH)
        begin = next((i for i in range(size) if first[i] != second[i]), size)
        end = next((i for i in range(size) if first[-1 - i] != second[-1 - i]), size)
        other = 1 << min(len(second), _WIDTH)
        return max(begin, _longest(self.word_ends(first) | other, end))

    def _distinct(self, texts: Sequence[Choice]) -> tuple[list[Canonical], _Ints]:
        """Distinct canonical forms in first-seen order, and each text's index."""
        index: dict[Canonical, int] = {}
        positions = [index.setdefault(self.canonical(t), len(index)) for t in texts]
        return list(index), np.asarray(positions, dtype=np.int64)

    def homograph(self, key: str) -> bool:
        """Whether a unit key is a listed homograph (several senses)."""
        return key in self._homographs


class ChoiceIndex:
    """Choices (tasks) indexed once for :meth:`WordMatcher.evidence_matrices`: the batch
    path scores its seekers' texts in blocks against the same tens of thousands of tasks,
    and indexing them is most of the work."""

    def __init__(self, matcher: WordMatcher, choices: Sequence[Choice]) -> None:
        self._matcher = matcher
        self._count = len(choices)
        columns, self._column_of = matcher._distinct(choices)
        self._whole = len(columns) == len(choices)
        self._scorer = _Scorer(matcher, columns) if columns else None

    def evidence_matrices(self, queries: Sequence[str]) -> tuple[_Floats, _Floats]:
        """As :meth:`WordMatcher.evidence_matrices` for these choices."""
        rows, row_of = self._matcher._distinct(queries)
        if not rows or self._scorer is None:
            shape = (len(queries), self._count)
            return np.zeros(shape, dtype=np.float64), np.ones(shape, dtype=np.float64)
        scores, quality = self._scorer.score(rows)
        if len(rows) == len(queries) and self._whole:
            return scores, quality
        cells = np.ix_(row_of, self._column_of)
        return scores[cells], quality[cells]


def _is_folded(feature: object) -> bool:
    """Whether a word feature is a key typed without æ, ø and å."""
    return isinstance(feature, tuple) and feature[0] == "f"


def _none() -> tuple[_Ints, _Floats, _Floats]:
    """No evidence."""
    return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0)


def _overlap_features(key: str) -> tuple[str, str]:
    """The index features of a unit for shared beginnings and endings."""
    return ("<" + key[:MIN_OVERLAP], ">" + key[-MIN_OVERLAP:])


def _chars(words: Sequence[str]) -> npt.NDArray[np.int32]:
    """Words as rows of code points, cut or padded (with 0) to _WIDTH."""
    out = np.zeros((len(words), _WIDTH), dtype=np.int32)
    for row, word in enumerate(words):
        codes = [ord(c) for c in word[:_WIDTH]]
        out[row, : len(codes)] = codes
    return out


def _shared_run(first: npt.NDArray[np.int32], second: npt.NDArray[np.int32]) -> _Ints:
    """Per row, how many leading code points are equal (and not padding)."""
    equal = (first == second) & (first != 0)
    run: _Ints = np.cumprod(equal, axis=1).sum(axis=1).astype(np.int64)
    return run


def _longest(lengths: int, run: int) -> int:
    """The longest of the lengths (bits of ``lengths``) that is at most ``run``; 0: none."""
    return max((lengths & ((2 << run) - 1)).bit_length() - 1, 0) if run > 0 else 0


def _longest_of(lengths: _Ints, run: _Ints) -> _Ints:
    """:func:`_longest` of every row."""
    masked = lengths & ((np.int64(2) << run) - 1)
    top = np.floor(np.log2(np.maximum(masked, 1))).astype(np.int64)
    found: _Ints = np.where((masked > 1) & (run > 0), top, 0)
    return found


def _as_set(value: object) -> frozenset[str]:
    """An interned sense set back as a set."""
    return value if isinstance(value, frozenset) else frozenset()


def _concept_evidence(mine: int, theirs: int) -> float:
    """Evidence of a shared concept that one text names in the languages ``mine`` and the
    other in ``theirs`` (bits): a translation when no language is common to both."""
    return CONCEPT_EVIDENCE if mine & theirs else TRANSLATION_EVIDENCE


def _conflict(key: str, left: Canonical, right: Canonical) -> bool:
    """Whether a homograph unit is used in different senses (disjoint claiming concepts)."""
    mine, theirs = left.sense_of.get(key), right.sense_of.get(key)
    return bool(mine) and bool(theirs) and not (mine & theirs)  # type: ignore[operator]


def _concept_conflict(key: str, claimed: frozenset[str], left: Canonical, right: Canonical) -> bool:
    """Whether a homograph unit would meet, through a concept, words of the other text that
    are used in another sense: "vaske opp" (dishes) is no "wash floors", although "vaske"
    translates "wash"."""
    mine = left.sense_of.get(key)
    if not mine:
        return False
    theirs = _sense_union(right.sense_of, claimed)
    return bool(theirs) and not (mine & theirs)


def _sense_union(sense_of: dict[str, frozenset[str]], keys: frozenset[str]) -> frozenset[str]:
    """The senses in which a text uses any of ``keys``."""
    return frozenset().union(*(sense_of.get(k, frozenset()) for k in keys))


def _strength(met: float, weight: float, task_weight: float) -> float:
    """Coverage, lowered by at most TASK_SHARE where the interest is a small part of the task."""
    if weight <= 0 or met <= 0:
        return 0.0
    share = min(1.0, met / task_weight) if task_weight > 0 else 1.0
    return (met / weight) * ((1.0 - TASK_SHARE) + TASK_SHARE * share)


class _Interner:
    """Small integer ids for strings."""

    def __init__(self) -> None:
        self.ids: dict[object, int] = {}

    def __call__(self, value: object) -> int:
        return self.ids.setdefault(value, len(self.ids))


@dataclass(frozen=True)
class _Postings:
    """For each feature id, the entries (column, payload) that have it, as flat arrays."""

    starts: _Ints
    order: _Ints

    @classmethod
    def build(cls, features: _Ints, count: int) -> _Postings:
        order = np.argsort(features, kind="stable")
        counts = np.bincount(features, minlength=count)
        starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        return cls(starts, order.astype(np.int64))

    def join(self, features: _Ints) -> tuple[_Ints, _Ints]:
        """For each query feature, the entries with it: (query index, entry index)."""
        inside = features < len(self.starts) - 1
        queries = np.nonzero(inside)[0]
        found = features[queries]
        lengths = self.starts[found + 1] - self.starts[found]
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        ends = np.cumsum(lengths)
        offsets = np.arange(total, dtype=np.int64) - np.repeat(ends - lengths, lengths)
        entries = self.order[np.repeat(self.starts[found], lengths) + offsets]
        return np.repeat(queries, lengths), entries


class _Scorer:
    """The column side of a matrix call, indexed once for every block of rows."""

    def __init__(self, matcher: WordMatcher, columns: list[Canonical]) -> None:
        self.matcher = matcher
        self.columns = len(columns)
        self.features = _Interner()
        self.concepts = _Interner()
        self.senses = _Interner()
        self.claim_features = _Interner()
        self._disjoint: dict[tuple[int, int], bool] = {}
        unit_col, unit_factor, unit_sense = [], [], []
        unit_quality, unit_source = [], []
        feature_unit, feature_id = [], []
        unit_plain: list[bool] = []
        concept_col, concept_id, concept_factor, concept_size = [], [], [], []
        concept_sense: list[int] = []
        concept_language: list[int] = []
        pair_col, pair_feature = [], []
        for col, c in enumerate(columns):
            sense_of = c.sense_of
            for unit, source in zip(c.units, c.source, strict=True):
                unit_col.append(col)
                for feature in _features(unit):
                    feature_unit.append(len(unit_col) - 1)
                    feature_id.append(self.features(feature))
                unit_factor.append(unit.quality * source)
                unit_quality.append(unit.quality)
                unit_source.append(source)
                unit_sense.append(self.senses(sense_of.get(unit.key, frozenset())))
                unit_plain.append(unit.plain)
            claims = dict(c.claims)
            languages = dict(zip(claims, c.claim_languages, strict=True))
            for concept, source in zip(c.concepts, c.concept_source, strict=True):
                concept_col.append(col)
                concept_language.append(languages[concept])
                concept_id.append(self.concepts(concept))
                concept_factor.append(source)
                concept_size.append(len(claims[concept]))
                concept_sense.append(self.senses(_sense_union(sense_of, claims[concept])))
                for key in claims[concept]:
                    pair_col.append(col)
                    pair_feature.append(self.claim_features((concept, key)))
        self.unit_col = np.asarray(unit_col, dtype=np.int64)
        self.feature_unit = np.asarray(feature_unit, dtype=np.int64)
        self.unit_factor = np.asarray(unit_factor, dtype=np.float64)
        self.unit_sense = np.asarray(unit_sense, dtype=np.int64)
        self.unit_quality = np.asarray(unit_quality, dtype=np.float64)
        self.unit_source = np.asarray(unit_source, dtype=np.float64)
        self.unit_plain = np.asarray(unit_plain, dtype=np.bool_)
        self.feature_ids = np.asarray(feature_id, dtype=np.int64)
        self.feature_postings = _Postings.build(self.feature_ids, len(self.features.ids))
        self.folded_feature: npt.NDArray[np.bool_] = np.array(
            [_is_folded(f) for f in self.features.ids], dtype=np.bool_
        )
        self.concept_col = np.asarray(concept_col, dtype=np.int64)
        self.concept_factor = np.asarray(concept_factor, dtype=np.float64)
        self.concept_size = np.asarray(concept_size, dtype=np.int64)
        self.concept_sense = np.asarray(concept_sense, dtype=np.int64)
        self.concept_language = np.asarray(concept_language, dtype=np.int64)
        self.claim_col = np.asarray(pair_col, dtype=np.int64)
        self.claim_postings = _Postings.build(
            np.asarray(pair_feature, dtype=np.int64), len(self.claim_features.ids)
        )
        self.concept_postings = _Postings.build(
            np.asarray(concept_id, dtype=np.int64), len(self.concepts.ids)
        )
        self.own_weight = np.array([c.own_weight for c in columns], dtype=np.float64)
        self.overlaps = _Interner()
        keys = [u.key for c in columns for u in c.units]
        self.unit_chars = _chars(keys)
        self.unit_ends = _chars([k[::-1] for k in keys])
        self.unit_length = np.array([len(k) for k in keys], dtype=np.int64)
        entry: list[int] = []
        overlap_feature: list[int] = []
        for index, key in enumerate(keys):
            if len(key) >= MIN_OVERLAP:
                for f in _overlap_features(key):
                    entry.append(index)
                    overlap_feature.append(self.overlaps(f))
        self.overlap_entry = np.asarray(entry, dtype=np.int64)
        self.overlap_postings = _Postings.build(
            np.asarray(overlap_feature, dtype=np.int64), len(self.overlaps.ids)
        )

    def score(self, rows: list[Canonical]) -> tuple[_Floats, _Floats]:
        """Strength and evidence quality of every row against every column."""
        out = np.zeros((len(rows), self.columns), dtype=np.float64)
        quality = np.ones((len(rows), self.columns), dtype=np.float64)
        step = max(1, CHUNK_UNITS // max(1, self.columns))
        start = 0
        while start < len(rows):
            stop, units = start, 0
            while stop < len(rows) and (stop == start or units + len(rows[stop].units) <= step):
                units += len(rows[stop].units)
                stop += 1
            self._score_block(rows[start:stop], out[start:stop], quality[start:stop])
            start = stop
        return out, quality

    def _score_block(self, rows: list[Canonical], out: _Floats, quality: _Floats) -> None:
        flat = _RowUnits.build(rows, self)
        found = [
            self._word_evidence(flat),
            self._partial_evidence(rows, flat),
            self._concept_evidence(rows, flat),
        ]
        pairs = np.concatenate([p for p, _, _ in found])
        evidence = np.concatenate([e for _, e, _ in found])
        doubt = np.concatenate([d for _, _, d in found])
        if len(pairs) == 0:
            return
        # The best evidence per (row unit, column).
        order = np.lexsort((-evidence, pairs))
        pairs, evidence, doubt = pairs[order], evidence[order], doubt[order]
        first = np.ones(len(pairs), dtype=bool)
        first[1:] = pairs[1:] != pairs[:-1]
        pairs, evidence, doubt = pairs[first], evidence[first], doubt[first]
        unit, column = pairs // self.columns, pairs % self.columns
        cell = flat.row[unit] * self.columns + column
        size = len(rows) * self.columns
        weighted = flat.weight[unit] * evidence
        met = np.bincount(cell, weights=weighted, minlength=size).reshape(len(rows), self.columns)
        sure = np.bincount(cell, weights=weighted * doubt, minlength=size).reshape(met.shape)
        with np.errstate(divide="ignore", invalid="ignore"):
            quality[...] = np.where(met > 0, sure / met, 1.0)
        weight = np.array([r.weight for r in rows], dtype=np.float64)[:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(self.own_weight > 0, np.minimum(1.0, met / self.own_weight), 1.0)
            coverage = np.where(weight > 0, met / weight, 0.0)
        out[...] = np.where(met > 0, coverage * ((1.0 - TASK_SHARE) + TASK_SHARE * share), 0.0)

    def _word_evidence(self, flat: _RowUnits) -> tuple[_Ints, _Floats, _Floats]:
        """Evidence of the same unit (any of its keys), or the same typed without æ, ø and å
        where one side may be typed so: (row unit x column) ids, values."""
        which, hits = self.feature_postings.join(flat.feature)
        queries = flat.feature_unit[which]
        entries = self.feature_unit[hits]
        folded = self.folded_feature[flat.feature[which]]
        value = flat.quality[queries] * self.unit_factor[entries]
        value = np.where(folded, value * FOLDED_EVIDENCE, value)
        allowed = np.logical_not(folded) | flat.plain[queries] | self.unit_plain[entries]
        value = np.where(allowed, value, 0.0)
        conflict = self._conflicts(flat.sense[queries], self.unit_sense[entries])
        value = np.where(conflict, 0.0, value)
        doubt = self._doubt(
            flat.quality[queries] * self.unit_quality[entries] * np.where(folded, 0.5, 1.0),
            self.unit_source[entries],
        )
        return queries * self.columns + self.unit_col[entries], value, doubt

    @staticmethod
    def _doubt(quality: _Floats, source: _Floats) -> _Floats:
        """How sure evidence is, for confidence: 0.5 where a spelling was corrected or
        restored, KEYWORD_EVIDENCE where a keyword gave it, else 1."""
        found: _Floats = np.where(
            quality < 1.0, CORRECTED_CONFIDENCE, np.where(source < 1.0, KEYWORD_EVIDENCE, 1.0)
        )
        return found

    def _partial_evidence(
        self, rows: list[Canonical], flat: _RowUnits
    ) -> tuple[_Ints, _Floats, _Floats]:
        """Evidence of units sharing a long beginning or ending with a column's unit."""
        keys = [u.key for r in rows for u in r.units]
        index, feature = [], []
        for i, key in enumerate(keys):
            if len(key) >= MIN_OVERLAP:
                for f in _overlap_features(key):
                    found = self.overlaps.ids.get(f)
                    if found is not None:
                        index.append(i)
                        feature.append(found)
        if not index:
            return _none()
        which, hits = self.overlap_postings.join(np.asarray(feature, dtype=np.int64))
        units = np.asarray(index, dtype=np.int64)[which]
        entries = self.overlap_entry[hits]
        begin = _shared_run(_chars(keys)[units], self.unit_chars[entries])
        end = _shared_run(_chars([k[::-1] for k in keys])[units], self.unit_ends[entries])
        length = np.array([len(k) for k in keys], dtype=np.int64)[units]
        ends = np.array([self.matcher.word_ends(k) for k in keys], dtype=np.int64)[units]
        other = np.int64(1) << np.minimum(self.unit_length[entries], _WIDTH)
        end = _longest_of(ends | other, end)
        same = (length == self.unit_length[entries]) & (begin >= np.minimum(length, _WIDTH))
        shared = np.where(same, 0, np.maximum(begin, end))
        value = PARTIAL_EVIDENCE * shared / length
        value = value * flat.quality[units] * self.unit_factor[entries]
        keep = shared >= MIN_OVERLAP
        pairs = units[keep] * self.columns + self.unit_col[entries][keep]
        quality = flat.quality[units] * self.unit_quality[entries]
        doubt = self._doubt(quality, self.unit_source[entries])
        return pairs, value[keep], doubt[keep]

    def _concept_evidence(
        self, rows: list[Canonical], flat: _RowUnits
    ) -> tuple[_Ints, _Floats, _Floats]:
        """Evidence of a concept the row's term covers and the column names in words of its
        own (the column's claim for the concept has a unit the row lacks)."""
        unit_index: list[int] = []
        claim_index: list[int] = []
        concept_ids: list[int] = []
        shared_row: list[int] = []
        shared_feature: list[int] = []
        claim_language: list[int] = []
        claim_count = 0
        for r, row in enumerate(rows):
            base = int(flat.first[r])
            position = {k: i for i, k in enumerate(row.keys)}
            for (concept, covered), language in zip(row.claims, row.claim_languages, strict=True):
                cid = self.concepts.ids.get(concept)
                if cid is None:
                    continue
                for key in covered:
                    if key in position:
                        unit_index.append(base + position[key])
                        claim_index.append(claim_count)
                        concept_ids.append(cid)
                for key in row.keys:
                    feature = self.claim_features.ids.get((concept, key))
                    if feature is not None:
                        shared_row.append(claim_count)
                        shared_feature.append(feature)
                claim_language.append(language)
                claim_count += 1
        if not unit_index:
            return _none()
        # How many units of each column's claim the row has, per (row claim, column).
        which, entries = self.claim_postings.join(np.asarray(shared_feature, dtype=np.int64))
        owner = np.asarray(shared_row, dtype=np.int64)[which]
        shared = np.bincount(
            owner * self.columns + self.claim_col[entries], minlength=claim_count * self.columns
        )
        queries, entries = self.concept_postings.join(np.asarray(concept_ids, dtype=np.int64))
        units = np.asarray(unit_index, dtype=np.int64)[queries]
        claims = np.asarray(claim_index, dtype=np.int64)[queries]
        columns = self.concept_col[entries]
        own_words = shared[claims * self.columns + columns] < self.concept_size[entries]
        common = np.asarray(claim_language, dtype=np.int64)[claims] & self.concept_language[entries]
        value = np.where(common != 0, CONCEPT_EVIDENCE, TRANSLATION_EVIDENCE)
        value = value * self.concept_factor[entries] * flat.quality[units]
        conflict = self._conflicts(flat.sense[units], self.concept_sense[entries])
        value = np.where(conflict, 0.0, value)
        doubt = self._doubt(flat.quality[units], self.concept_factor[entries])
        pairs = units[own_words] * self.columns + columns[own_words]
        return pairs, value[own_words], doubt[own_words]

    def _conflicts(self, left: _Ints, right: _Ints) -> npt.NDArray[np.bool_]:
        """Whether two interned sense sets are both non-empty and disjoint."""
        empty = self.senses.ids.get(frozenset(), -1)
        candidates = (left != empty) & (right != empty) & (left != right)
        found = np.zeros(len(left), dtype=bool)
        if not candidates.any():
            return found
        sets = {i: s for s, i in self.senses.ids.items()}
        for index in np.nonzero(candidates)[0]:
            a, b = int(left[index]), int(right[index])
            known = self._disjoint.get((a, b))
            if known is None:
                known = not (_as_set(sets[a]) & _as_set(sets[b]))
                self._disjoint[a, b] = known
            found[index] = known
        return found


@dataclass(frozen=True)
class _RowUnits:
    """The units of a block of rows, flat: row, quality, weight, sense id; and their
    features (key and folded key ids) with the unit each belongs to."""

    row: _Ints
    first: _Ints
    quality: _Floats
    weight: _Floats
    sense: _Ints
    plain: npt.NDArray[np.bool_]
    feature: _Ints
    feature_unit: _Ints

    @classmethod
    def build(cls, rows: list[Canonical], scorer: _Scorer) -> _RowUnits:
        sizes = [len(r.units) for r in rows]
        senses: list[int] = []
        feature: list[int] = []
        feature_unit: list[int] = []
        index = 0
        for r in rows:
            sense_of = r.sense_of
            for u in r.units:
                senses.append(scorer.senses(sense_of.get(u.key, frozenset())))
                for f in _features(u):
                    found = scorer.features.ids.get(f)
                    if found is not None:
                        feature.append(found)
                        feature_unit.append(index)
                index += 1
        return cls(
            row=np.repeat(np.arange(len(rows), dtype=np.int64), sizes),
            first=np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64),
            quality=np.array([u.quality for r in rows for u in r.units], dtype=np.float64),
            weight=np.array([u.weight for r in rows for u in r.units], dtype=np.float64),
            sense=np.asarray(senses, dtype=np.int64),
            plain=np.array([u.plain for r in rows for u in r.units], dtype=bool),
            feature=np.asarray(feature, dtype=np.int64),
            feature_unit=np.asarray(feature_unit, dtype=np.int64),
        )


def _features(unit: Unit) -> tuple[tuple[str, str], ...]:
    """What a unit is matched by: each of its keys, and each typed without æ, ø and å."""
    return _key_features(unit.keys)


@lru_cache(maxsize=1 << 16)
def _key_features(keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({("k", k) for k in keys} | {("f", fold(k)) for k in keys}))
