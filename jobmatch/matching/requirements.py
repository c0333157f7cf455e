"""Whether a seeker's skills meet a task's `requires` item.

Certificates and licences must match exactly: "truckførerbevis T1" is not
"T2", however close the spelling. So, unlike interest matching, this uses
only normalisation (case, spaces, hyphens, punctuation) and the synonyms of
the vocabulary's skill concepts, never edit distance or stemming.

A text is read as a *base* (the skill) and *qualifiers* (classes and
grades): a word with a digit ("t1", "c1e"), a single letter ("b"), or any
word after "klasse"/"class"/"kl"/"kategori"/"category"; a lone letter and
the number after it are one ("T 1" is "T1"). The class words, and "og",
"and", "eller", "or", "samt" between classes, carry no meaning, so
"førerkort B" meets "førerkort klasse B".
A skill meets a requirement when the bases are the same (equal without
spaces, or terms of one skill concept) and the skill has every qualifier
the requirement names: "førerkort" (any class) is met by "førerkort klasse
B", but "førerkort klasse B" is not met by "førerkort" (class unknown) nor
by "førerkort klasse C". Class hierarchies (BE includes B) are not modelled.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from jobmatch.matching.text import normalise
from jobmatch.matching.vocabulary import Vocabulary

CLASS_WORDS = frozenset({"klasse", "kl", "class", "kategori", "category", "cat"})
LIST_WORDS = frozenset({"og", "and", "eller", "or", "samt"})

_Requirement = tuple[str, frozenset[str]]


def requirement_met(required: str, skills: Sequence[str], vocabulary: Vocabulary) -> bool:
    """Whether any of ``skills`` meets ``required`` (see the module docstring)."""
    synonyms = _skill_synonyms(vocabulary)
    base, qualifiers = parse_requirement(required, synonyms)
    for skill in skills:
        skill_base, skill_qualifiers = parse_requirement(skill, synonyms)
        if skill_base == base and qualifiers <= skill_qualifiers:
            return True
    return False


def parse_requirement(text: str, synonyms: Mapping[str, str] | None = None) -> _Requirement:
    """Split a skill text into its base identity and its set of qualifiers.

    The base identity is the skill concept id where the base is one of its
    terms, else the base's words joined without spaces.
    """
    base: list[str] = []
    qualifiers: list[str] = []
    after_class_word = False
    for word in normalise(text).split():
        if word in CLASS_WORDS:
            after_class_word = True
        elif word in LIST_WORDS:
            continue
        elif word.isdigit() and qualifiers and qualifiers[-1].isalpha():
            qualifiers[-1] += word  # "T 1" is "T1"
        elif after_class_word or _is_qualifier(word):
            qualifiers.append(word)
        else:
            base.append(word)
    compact = "".join(base)
    return (synonyms or {}).get(compact, compact), frozenset(qualifiers)


def _is_qualifier(word: str) -> bool:
    """A class or grade: contains a digit, or is a single letter."""
    return len(word) == 1 or any(char.isdigit() for char in word)


@lru_cache(maxsize=8)
def _skill_synonyms(vocabulary: Vocabulary) -> Mapping[str, str]:
    """Each skill term (normalised, without spaces) to its concept id, built once per vocabulary."""
    found = _SYNONYMS.get(id(vocabulary))
    if found is None or found[0] is not vocabulary:
        found = (vocabulary, _build_synonyms(vocabulary))
        _SYNONYMS[id(vocabulary)] = found
    return found[1]


_SYNONYMS: dict[int, tuple[Vocabulary, Mapping[str, str]]] = {}


def _build_synonyms(vocabulary: Vocabulary) -> Mapping[str, str]:
    return {
        parse_requirement(term)[0]: f"concept:{concept.id}"
        for concept in vocabulary
        if concept.kind == "skill"
        for term in concept.terms
    }
