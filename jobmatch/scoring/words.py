"""Word similarity as the engine uses it: looked up from tables computed in bulk.

Ranking one seeker against thousands of workplaces compares the same few
interests with many task texts; computing them once with
``WordMatcher.similarity_matrix`` and looking them up keeps ``rank`` fast and
gives the one-pair path exactly the numbers the batch path uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from jobmatch.matching import (
    MatchEvidence,
    TaskText,
    Vocabulary,
    WordMatcher,
    requirement_met,
    riasec_congruence,
)
from jobmatch.matching.similarity import Choice
from jobmatch.scoring.views import SeekerView, WorkplaceView


def task_texts(workplace: WorkplaceView) -> list[str]:
    """Every text that names a task: its name and its keywords."""
    return [text for task in workplace.tasks for text in (task.name, *task.keywords)]


def seeker_texts(seeker: SeekerView) -> list[str]:
    """Every text of the seeker's that is matched against tasks: interests and avoided work."""
    return [i.what for i in seeker.interests] + list(seeker.avoid)


class Words:
    """Similarity, requirement and RIASEC checks with a cache of precomputed pairs."""

    def __init__(self, matcher: WordMatcher, vocabulary: Vocabulary) -> None:
        self.matcher = matcher
        self.vocabulary = vocabulary
        self._table: dict[tuple[str, str], float] = {}
        self._evidence: dict[tuple[str, Choice], tuple[float, float]] = {}
        self._explained: dict[tuple[str, TaskText], MatchEvidence] = {}
        self._requirement = lru_cache(maxsize=65536)(self._requirement_uncached)

    def prepare(self, queries: Iterable[str], choices: Iterable[str]) -> None:
        """Compute every query against every choice in one call and remember the results."""
        q = sorted(set(queries))
        c = sorted(set(choices))
        if not q or not c:
            return
        matrix: np.ndarray = self.matcher.similarity_matrix(q, c)
        for i, a in enumerate(q):
            row = matrix[i]
            for j, b in enumerate(c):
                self._table[a, b] = float(row[j])

    def similarity(self, a: str, b: Choice) -> float:
        """0 to 1; from the table when prepared, else computed (and remembered)."""
        return self.evidence(a, b)[0]

    def evidence(self, a: str, b: Choice) -> tuple[float, float]:
        """Strength and how sure its evidence is (see ``WordMatcher.evidence_matrices``)."""
        found = self._evidence.get((a, b))
        if found is None:
            strength, sure = self.matcher.evidence_matrices([a], [b])
            found = (float(strength[0, 0]), float(sure[0, 0]))
            self._evidence[a, b] = found
        return found

    def explained(self, interest: str, task: TaskText) -> MatchEvidence:
        """Why ``interest`` meets ``task`` (``WordMatcher.explain``), worked out once per pair
        of texts: a batch names the same evidence for many pairs."""
        found = self._explained.get((interest, task))
        if found is None:
            found = self._explained[interest, task] = self.matcher.explain(interest, task)
        return found

    @staticmethod
    def task(name: str, keywords: Sequence[str]) -> TaskText:
        """A task as the matcher reads it: its name and its keywords."""
        return TaskText(name, tuple(keywords))

    def requirement(self, required: str, skills: Sequence[str]) -> bool:
        return self._requirement(required, tuple(skills))

    def _requirement_uncached(self, required: str, skills: tuple[str, ...]) -> bool:
        return bool(requirement_met(required, skills, self.vocabulary))

    @staticmethod
    def riasec(person: str, environment: str) -> float:
        return float(riasec_congruence(person, environment))

    @property
    def threshold(self) -> float:
        return float(self.matcher.threshold)
