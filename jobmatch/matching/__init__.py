"""Matching words: normalising, stemming, compound splitting and work concepts.

The public names for the rest of jobmatch: :class:`WordMatcher` for match
strength between interests and tasks, :func:`requirement_met` for `requires`
against skills, :func:`riasec_congruence` for Holland codes, and
:func:`load_vocabulary` for the bilingual vocabulary of work concepts.
"""

from jobmatch.matching.requirements import parse_requirement, requirement_met
from jobmatch.matching.riasec import c_index, riasec_congruence
from jobmatch.matching.similarity import (
    DEFAULT_THRESHOLD,
    Canonical,
    MatchEvidence,
    TaskText,
    UnitEvidence,
    WordMatcher,
)
from jobmatch.matching.text import normalise, tokenise
from jobmatch.matching.vocabulary import (
    Concept,
    Vocabulary,
    VocabularyError,
    load_vocabulary,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "Canonical",
    "Concept",
    "MatchEvidence",
    "TaskText",
    "UnitEvidence",
    "Vocabulary",
    "VocabularyError",
    "WordMatcher",
    "c_index",
    "load_vocabulary",
    "normalise",
    "parse_requirement",
    "requirement_met",
    "riasec_congruence",
    "tokenise",
]
