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

Each claim also says in which languages the text named the concept, so
that matching can tell a translation from a synonym: a term's languages are
those whose terms (of any concept) use every word of it. «kundeservice» is
bokmål only, "customers" English only, but "PC" is both, since the English
terms have "pc" too. A word concept's terms count as both languages: such a
concept joins single words whatever their sense, and across languages that
is where false friends meet (English "boss" and «boss», rubbish).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobmatch.matching.text import Analyzer
from jobmatch.matching.vocabulary import Vocabulary

_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]{}/\\\n]+")
PLACE = "place"
#: Language bits of a claim: the text has a bokmål term of the concept, an English one.
NB, EN = 1, 2


@dataclass(frozen=True)
class FoundConcepts:
    """The concepts a text names, those it is about (its focus), the units of the
    text each named concept's matched term covers (its claims), and for each claim the
    languages of the concept's terms the text has (bits :data:`NB` and :data:`EN`)."""

    named: tuple[str, ...]
    focus: tuple[str, ...]
    claims: tuple[tuple[str, frozenset[str]], ...] = ()
    languages: tuple[int, ...] = ()


class ConceptIndex:
    """Finds the concepts named in texts, using one analyzer's units."""

    def __init__(self, vocabulary: Vocabulary, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._found: dict[str, FoundConcepts] = {}
        self._kinds = {concept.id: concept.kind for concept in vocabulary}
        self._terms: dict[str, list[tuple[str, frozenset[str], int]]] = {}
        terms = [
            (concept.id, frozenset(analyzer.units(term)), language)
            for concept in vocabulary
            for language, listed in ((NB, concept.nb), (EN, concept.en))
            for term in listed
        ]
        used_in: dict[str, int] = {}
        for _, units, language in terms:
            for unit in units:
                used_in[unit] = used_in.get(unit, 0) | language
        for concept_id, units, _ in terms:
            if units:
                languages = NB | EN
                if self._kinds[concept_id] != "word":
                    for unit in units:
                        languages &= used_in[unit]
                self._terms.setdefault(min(units), []).append((concept_id, units, languages))

    def find(self, text: str) -> FoundConcepts:
        """The concepts ``text`` names and its focus, each sorted by id (once per text)."""
        found = self._found.get(text)
        if found is None:
            found = self._find(text)
            self._found[text] = found
        return found

    def _find(self, text: str) -> FoundConcepts:
        matched: dict[str, frozenset[str]] = {}
        languages: dict[str, int] = {}
        for clause in _CLAUSE_BREAK.split(text):
            self._match_clause(frozenset(self._analyzer.units(clause)), matched, languages)
        kept = sorted(self._most_specific(matched))
        tasks = [c for c in kept if self._kinds[c] != PLACE]
        claims = tuple((c, matched[c]) for c in kept)
        return FoundConcepts(
            tuple(kept), tuple(tasks or kept), claims, tuple(languages[c] for c in kept)
        )

    def _match_clause(
        self, present: frozenset[str], matched: dict[str, frozenset[str]], languages: dict[str, int]
    ) -> None:
        """Record, per concept, the largest of its terms that the clause contains, and the
        languages of all its terms that the clause contains."""
        for unit in present:
            for concept_id, needed, language in self._terms.get(unit, ()):
                if not needed <= present:
                    continue
                languages[concept_id] = languages.get(concept_id, 0) | language
                best = matched.get(concept_id)
                if best is None or _larger(needed, best):
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
