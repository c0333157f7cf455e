"""Which vocabulary concepts a text names, and which of them it is about.

A text names a concept when one clause of it (text between punctuation)
has every unit of one of the concept's terms, in any order and form:
"ryddet i hyllene" names shelf stocking through the term "rydde hyller".
Clauses keep a list of tasks from naming a concept across its items
("re opp senger, vaske bad" does not name dishwashing through "opp" and
"vask").

Two refinements keep concepts precise:

- The most specific concept wins: a task concept whose matched term lies
  wholly inside another matched term of the same kind is dropped
  ("sykkelreparasjon" is bicycle repair, not also minor repairs;
  "telefonsalg" is telephone sales, not also sales).
- A text is *about* its task and skill concepts; its place concepts
  ("lager", "butikk") describe where, and are what it is about only when it
  names no task. Matching asks whether what one text is about is named by
  the other, so "jobbe på lager" meets "plukke varer på lageret", but "hjelpe
  kunder i butikk" does not meet "vaske sykler for salg i butikken" through
  the shop alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobmatch.matching.text import Analyzer
from jobmatch.matching.vocabulary import Vocabulary

_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]{}/\\\n]+")
PLACE = "place"


@dataclass(frozen=True)
class FoundConcepts:
    """The concepts a text names, those it is about (its focus), and the units of the
    text each named concept's matched term covers (its claims)."""

    named: tuple[str, ...]
    focus: tuple[str, ...]
    claims: tuple[tuple[str, frozenset[str]], ...] = ()


class ConceptIndex:
    """Finds the concepts named in texts, using one analyzer's units."""

    def __init__(self, vocabulary: Vocabulary, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._found: dict[str, FoundConcepts] = {}
        self._kinds = {concept.id: concept.kind for concept in vocabulary}
        self._terms: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for concept in vocabulary:
            for term in concept.terms:
                units = frozenset(analyzer.units(term))
                if units:
                    self._terms.setdefault(min(units), []).append((concept.id, units))

    def find(self, text: str) -> FoundConcepts:
        """The concepts ``text`` names and its focus, each sorted by id (once per text)."""
        found = self._found.get(text)
        if found is None:
            found = self._find(text)
            self._found[text] = found
        return found

    def _find(self, text: str) -> FoundConcepts:
        matched: dict[str, frozenset[str]] = {}
        for clause in _CLAUSE_BREAK.split(text):
            self._match_clause(frozenset(self._analyzer.units(clause)), matched)
        kept = self._most_specific(matched)
        tasks = [c for c in kept if self._kinds[c] != PLACE]
        claims = tuple((c, matched[c]) for c in sorted(kept))
        return FoundConcepts(tuple(sorted(kept)), tuple(sorted(tasks or kept)), claims)

    def _match_clause(self, present: frozenset[str], matched: dict[str, frozenset[str]]) -> None:
        """Record, per concept, the largest of its terms that the clause contains."""
        for unit in present:
            for concept_id, needed in self._terms.get(unit, ()):
                best = matched.get(concept_id)
                if needed <= present and (best is None or _larger(needed, best)):
                    matched[concept_id] = needed

    def _most_specific(self, matched: dict[str, frozenset[str]]) -> list[str]:
        """Drop each task concept whose term lies inside another's of the same kind."""
        return [
            concept_id
            for concept_id, units in matched.items()
            if self._kinds[concept_id] == PLACE
            or not any(
                units < other and self._kinds[other_id] == self._kinds[concept_id]
                for other_id, other in matched.items()
            )
        ]


def _larger(candidate: frozenset[str], best: frozenset[str]) -> bool:
    """Order of preference among matched terms: more units, then alphabetical."""
    return (len(candidate), sorted(candidate)) > (len(best), sorted(best))
