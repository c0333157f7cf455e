"""Task names translated between bokmål and English through the vocabulary's labels.

A task whose name has a task concept of the vocabulary can be named by
that concept's bokmål label or by its English label: the same task in
either language, which spec/scoring.md's rule on translation compares
(used by the property test and by ``bench/translation.py``).
"""

from __future__ import annotations

from collections.abc import Mapping

from jobmatch.api import Engine
from jobmatch.models import Workplace

NB, EN = "nb", "en"


def concept_labels(engine: Engine, workplace: Workplace) -> dict[str, tuple[str, str]]:
    """Per task id whose name has a task concept with terms in both languages: that
    concept's (bokmål, English) labels; the first such concept by id."""
    matcher = engine.words.matcher
    labels = {}
    for task in workplace.tasks:
        for concept_id in sorted(matcher.concepts(task.name)):
            concept = engine.vocabulary.concept(concept_id)
            if concept.kind == "task" and concept.nb and concept.en:
                labels[task.id] = (concept.nb[0], concept.en[0])
                break
    return labels


def renamed(
    workplace: Workplace, labels: Mapping[str, tuple[str, str]], languages: Mapping[str, str]
) -> Workplace:
    """The workplace with each task in ``languages`` named by its label in that language."""
    tasks = tuple(
        t.model_copy(update={"name": labels[t.id][languages[t.id] == EN]})
        if t.id in languages
        else t
        for t in workplace.tasks
    )
    return workplace.model_copy(update={"tasks": tasks})
