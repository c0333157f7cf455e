"""How strongly two free-text work descriptions match, one pair or millions.

Each text is reduced once (and cached) to a :class:`Canonical` form: its
units (stems and compound parts, see :mod:`jobmatch.matching.text`) and the
vocabulary concepts it names. Two canonical forms are compared by three
measures, each 0 to 1:

- ``concept_overlap``: how much of what one text is about (its focus
  concepts) the other text names, the larger of the two directions (1.0
  when all of one text's focus is named by the other; see
  :mod:`jobmatch.matching.concepts`);
- ``word_overlap``: shared units over the geometric mean of both texts'
  unit counts (the cosine of their unit sets);
- ``fuzzy``: rapidfuzz's Indel similarity of the two canonical strings (the
  sorted units joined by spaces), which catches near-misses of the stemmer.

The match strength is ``max(concept_overlap, 0.8 * word_overlap + 0.2 *
fuzzy)``: the same concept is a full match; otherwise shared words decide.
So spelling closeness alone stays at or below 0.2 ("kasse" and "kassere"
score 0.16), and two texts that share one word of two each stay below the
threshold (0.8 * 0.5 + 0.2 * fuzzy < 0.6 unless the strings are equal),
while one word against the same word and one more reaches it
(0.8 * 0.71 + 0.2 * fuzzy).

Threshold: :data:`DEFAULT_THRESHOLD` = 0.6. A strength at or above it is a
match; 1.0 means the same concept or the same words; a strength below it
counts as no match, but the caller applies the threshold (strengths are
never cut to 0 here). Typical values: "rydde hyller" / "hyllerydding" 1.0
(same words), "jobbe med planter" / "planting av blomster" 1.0 (same
concept), "vaske" / "vaske bil" 0.70, "vaske opp" / "vaske bil" 0.52 (one
shared word of two), unrelated texts 0 to 0.2.

Results are deterministic and exactly symmetric. Both paths count shared
units as integers and combine the counts with the same correctly rounded
float64 operations (division, square root, multiplication, addition, in the
same order), so :meth:`WordMatcher.similarity` (Python floats, for one
pair) and each element of :meth:`WordMatcher.similarity_matrix` (numpy, for
many) are bit-identical; the tests check this on generated texts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import Indel

from jobmatch.matching.concepts import ConceptIndex
from jobmatch.matching.requirements import requirement_met
from jobmatch.matching.riasec import riasec_congruence
from jobmatch.matching.text import Analyzer, build_lexicon, tokenise
from jobmatch.matching.vocabulary import Vocabulary

__all__ = [
    "DEFAULT_THRESHOLD",
    "Canonical",
    "MatchEvidence",
    "WordMatcher",
    "requirement_met",
    "riasec_congruence",
]

DEFAULT_THRESHOLD = 0.6
WORD_WEIGHT = 0.8
FUZZY_WEIGHT = 0.2
CHUNK_ELEMENTS = 1 << 21
"""Pairs scored per block; bounds the working memory of a matrix call (~100 MB)."""

_Floats = npt.NDArray[np.float64]
_Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Canonical:
    """A text as matching sees it: sorted distinct units and concept ids.

    ``concepts`` are all concepts the text names, ``focus`` those it is
    about (see :mod:`jobmatch.matching.concepts`).
    """

    units: tuple[str, ...]
    concepts: tuple[str, ...]
    focus: tuple[str, ...]

    @property
    def text(self) -> str:
        """The units joined by spaces: the string the fuzzy measure compares."""
        return " ".join(self.units)


@dataclass(frozen=True)
class MatchEvidence:
    """Why two texts match as strongly as they do, as data for reasons.

    ``concepts`` are the shared concept ids (labels via
    :meth:`Vocabulary.label`), ``words`` the shared units (stems and
    compound parts). ``strength`` equals :meth:`WordMatcher.similarity`.
    """

    a: str
    b: str
    strength: float
    concepts: tuple[str, ...]
    words: tuple[str, ...]
    concept_overlap: float
    word_overlap: float
    fuzzy: float

    @property
    def by_concept(self) -> bool:
        """Whether a shared concept, not shared words, gives the strength."""
        return bool(self.concepts) and self.concept_overlap >= self.strength


class WordMatcher:
    """Match strength between interests, task names and keywords.

    ``threshold`` (default 0.6) is the strength from which a pair counts as a
    match; see the module docstring for how strength is computed.
    """

    def __init__(self, vocabulary: Vocabulary, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must be between 0 and 1")
        self.vocabulary = vocabulary
        self.threshold = threshold
        nb_words = [w for c in vocabulary for t in c.nb for w in tokenise(t)]
        en_words = [w for c in vocabulary for t in c.en for w in tokenise(t)]
        lexicon = build_lexicon(nb_words, [*en_words, *vocabulary.parts_en], vocabulary.parts_nb)
        self.analyzer = Analyzer(lexicon)
        self._concepts = ConceptIndex(vocabulary, self.analyzer)
        self._cache: dict[str, Canonical] = {}

    def canonical(self, text: str) -> Canonical:
        """The canonical form of a text, computed once per distinct text."""
        found = self._cache.get(text)
        if found is None:
            concepts = self._concepts.find(text)
            found = Canonical(self.analyzer.units(text), concepts.named, concepts.focus)
            self._cache[text] = found
        return found

    def concepts(self, text: str) -> frozenset[str]:
        """Ids of the vocabulary concepts a text names."""
        return frozenset(self.canonical(text).concepts)

    def is_match(self, strength: float) -> bool:
        """Whether a strength reaches this matcher's threshold."""
        return strength >= self.threshold

    def similarity(self, a: str, b: str) -> float:
        """Match strength of two texts, 0 to 1, bit-identical to the matrix element.

        Computed with Python floats: the same correctly rounded operations in
        the same order as the matrix path, without its set-up cost.
        """
        return _pair_measures(self.canonical(a), self.canonical(b))[0]

    def similarity_matrix(self, queries: Sequence[str], choices: Sequence[str]) -> _Floats:
        """Strengths of every query against every choice, float64 (queries, choices).

        Distinct canonical forms are scored once, in blocks of
        :data:`CHUNK_ELEMENTS` pairs, with rapidfuzz ``cdist`` on all cores
        for the fuzzy measure and integer posting lists for shared units
        and concepts.
        """
        rows, row_of = self._distinct(queries)
        columns, column_of = self._distinct(choices)
        if not rows or not columns:
            return np.zeros((len(queries), len(choices)), dtype=np.float64)
        scores = self._score(rows, columns)
        if len(rows) == len(queries) and len(columns) == len(choices):
            return scores
        return scores[np.ix_(row_of, column_of)]

    def explain(self, a: str, b: str) -> MatchEvidence:
        """The evidence behind :meth:`similarity` of ``a`` and ``b``."""
        left, right = self.canonical(a), self.canonical(b)
        strength, concepts, words, fuzzy = _pair_measures(left, right)
        return MatchEvidence(
            a=a,
            b=b,
            strength=strength,
            concepts=_shared_concepts(left, right),
            words=tuple(sorted(set(left.units) & set(right.units))),
            concept_overlap=concepts,
            word_overlap=words,
            fuzzy=fuzzy,
        )

    def _distinct(self, texts: Sequence[str]) -> tuple[list[Canonical], _Ints]:
        """Distinct canonical forms in first-seen order, and each text's index."""
        index: dict[Canonical, int] = {}
        positions = [index.setdefault(self.canonical(t), len(index)) for t in texts]
        return list(index), np.asarray(positions, dtype=np.int64)

    def _score(self, rows: list[Canonical], columns: list[Canonical]) -> _Floats:
        """Strength of every row against every column, block by block."""
        side = _Side.build(columns)
        out = np.empty((len(rows), len(columns)), dtype=np.float64)
        step = max(1, CHUNK_ELEMENTS // len(columns))
        for start in range(0, len(rows), step):
            block = rows[start : start + step]
            _score_block(block, side, out[start : start + len(block)])
        return out


@dataclass(frozen=True)
class _Postings:
    """For each feature (unit or concept), the columns that have it."""

    ids: dict[str, int]
    starts: _Ints
    members: _Ints
    sizes: _Ints

    @classmethod
    def build(cls, feature_sets: Sequence[Sequence[str]]) -> _Postings:
        """Index the features of each column."""
        ids: dict[str, int] = {}
        features = [ids.setdefault(f, len(ids)) for fs in feature_sets for f in fs]
        sizes = np.fromiter((len(fs) for fs in feature_sets), dtype=np.int64)
        owners = np.repeat(np.arange(len(feature_sets), dtype=np.int64), sizes)
        feature_ids = np.asarray(features, dtype=np.int64)
        order = np.argsort(feature_ids, kind="stable")
        counts = np.bincount(feature_ids, minlength=len(ids))
        starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        return cls(ids, starts, owners[order], sizes)

    def shared(self, feature_sets: Sequence[Sequence[str]]) -> tuple[_Ints, _Ints]:
        """Pairs that share features: flat indices into (rows, columns), and counts.

        Counts are exact integers; pairs sharing nothing are left out.
        """
        n_columns = len(self.sizes)
        pairs = [
            (row, self.ids[f]) for row, fs in enumerate(feature_sets) for f in fs if f in self.ids
        ]
        if not pairs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        rows, features = np.asarray(pairs, dtype=np.int64).T
        lengths = self.starts[features + 1] - self.starts[features]
        ends = np.cumsum(lengths)
        offsets = np.arange(ends[-1], dtype=np.int64) - np.repeat(ends - lengths, lengths)
        columns = self.members[np.repeat(self.starts[features], lengths) + offsets]
        found, counts = np.unique(
            np.repeat(rows, lengths) * n_columns + columns, return_counts=True
        )
        return found.astype(np.int64, copy=False), counts.astype(np.int64, copy=False)


@dataclass(frozen=True)
class _Side:
    """The column side of a matrix call, indexed once for all row blocks."""

    units: _Postings
    named: _Postings
    focus: _Postings
    texts: list[str]
    lengths: _Floats

    @classmethod
    def build(cls, columns: Sequence[Canonical]) -> _Side:
        """Index units and concepts, and keep the canonical strings."""
        texts = [c.text for c in columns]
        lengths = np.fromiter((len(t) for t in texts), dtype=np.float64, count=len(texts))
        units = _Postings.build([c.units for c in columns])
        named = _Postings.build([c.concepts for c in columns])
        focus = _Postings.build([c.focus for c in columns])
        return cls(units, named, focus, texts, lengths)


def _pair_measures(left: Canonical, right: Canonical) -> tuple[float, float, float, float]:
    """Strength, concept overlap, word overlap and fuzzy of one pair, as the matrix has them."""
    shared_units = len(set(left.units) & set(right.units))
    size = len(left.units) * len(right.units)
    words = shared_units / math.sqrt(size) if size > 0 else 0.0
    concepts = max(_coverage(left.focus, right.concepts), _coverage(right.focus, left.concepts))
    fuzzy = 0.0
    if left.text and right.text:
        total = len(left.text) + len(right.text)
        fuzzy = 1.0 - Indel.distance(left.text, right.text) / total
    return max(concepts, WORD_WEIGHT * words + FUZZY_WEIGHT * fuzzy), concepts, words, fuzzy


def _coverage(focus: tuple[str, ...], named: tuple[str, ...]) -> float:
    """Share of one text's focus concepts that the other text names."""
    return len(set(focus) & set(named)) / len(focus) if focus else 0.0


def _shared_concepts(left: Canonical, right: Canonical) -> tuple[str, ...]:
    """Concepts one text is about and the other names: the reasons for a concept match."""
    shared = (set(left.focus) & set(right.concepts)) | (set(right.focus) & set(left.concepts))
    return tuple(sorted(shared))


def _score_block(rows: Sequence[Canonical], side: _Side, out: _Floats) -> None:
    """Write the strengths of a block of rows against every column into ``out``.

    Most pairs share no unit and no concept: their strength is the weighted
    fuzzy measure alone (0.8 * 0.0 + 0.2 * fuzzy is exactly 0.2 * fuzzy), so
    word and concept overlaps are computed only where they are not 0.
    """
    flat = out.reshape(-1)
    _fuzzy_into(out, [r.text for r in rows], side)
    found, shared = side.units.shared([r.units for r in rows])
    row_units = _sizes([r.units for r in rows])
    norms = row_units[found // out.shape[1]] * side.units.sizes[found % out.shape[1]]
    words = shared / np.sqrt(norms.astype(np.float64))
    fuzzy = flat[found]
    out *= FUZZY_WEIGHT
    flat[found] = WORD_WEIGHT * words + FUZZY_WEIGHT * fuzzy
    _concept_coverage_into(flat, rows, side, out.shape[1])


def _concept_coverage_into(
    flat: _Floats, rows: Sequence[Canonical], side: _Side, n_columns: int
) -> None:
    """Raise strengths to the concept coverage where a concept is shared.

    Coverage goes both ways: a row's focus named by the column, divided by
    the row's focus size, and the column's focus named by the row.
    """
    found, shared = side.named.shared([r.focus for r in rows])
    row_focus = _sizes([r.focus for r in rows])
    flat[found] = np.maximum(flat[found], shared / row_focus[found // n_columns])
    found, shared = side.focus.shared([r.concepts for r in rows])
    flat[found] = np.maximum(flat[found], shared / side.focus.sizes[found % n_columns])


def _sizes(feature_sets: Sequence[Sequence[str]]) -> _Ints:
    """The number of features of each row."""
    return np.fromiter((len(fs) for fs in feature_sets), dtype=np.int64, count=len(feature_sets))


PARALLEL_PAIRS = 20_000


def _fuzzy_into(out: _Floats, row_texts: list[str], side: _Side) -> None:
    """Write the Indel similarity of canonical strings into ``out``.

    rapidfuzz gives exact integer distances; the similarity 1 - d / (len a +
    len b) is computed here, as in the one-pair path. An empty string is 0.
    """
    # Threads pay off only for large blocks; starting them costs more than a small one.
    workers = -1 if len(row_texts) * len(side.texts) >= PARALLEL_PAIRS else 1
    out[...] = process.cdist(
        row_texts, side.texts, scorer=Indel.distance, dtype=np.int32, workers=workers
    )
    row_lengths = np.fromiter((len(t) for t in row_texts), dtype=np.float64, count=len(row_texts))
    with np.errstate(invalid="ignore"):  # 0 / 0 for two empty strings, zeroed below
        out /= np.add.outer(row_lengths, side.lengths)
    np.subtract(1.0, out, out=out)
    out[row_lengths == 0, :] = 0.0
    out[:, side.lengths == 0] = 0.0
