"""Scoring pairs: one pair, one seeker against N workplaces, N seekers against one workplace.

Every one of them is an evaluation of a small table
(:func:`jobmatch.scoring.evaluate.evaluate_details`) with details on, read
into :class:`Match` objects (:mod:`jobmatch.scoring.explain`): one pair is
a 1 x 1 table, ``rank`` a 1 x N one. The batch path evaluates the same
criteria on large tables, scores only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from jobmatch._gc import paused_gc
from jobmatch.matching import Vocabulary, WordMatcher, load_vocabulary
from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.evaluate import evaluate_details
from jobmatch.scoring.explain import explain
from jobmatch.scoring.match import Match
from jobmatch.scoring.tables import build_tables
from jobmatch.scoring.views import SeekerView, WorkplaceView
from jobmatch.scoring.words import Words


@dataclass(frozen=True, slots=True)
class Context:
    """What every pair is scored with: configuration, words, and the date visits are measured from."""

    config: ScoringConfig
    words: Words
    as_of: date


class Scorer:
    """Scores pairs of views with one configuration, vocabulary and reference date."""

    def __init__(self, context: Context) -> None:
        self.context = context

    @classmethod
    def create(
        cls,
        config: ScoringConfig | None = None,
        vocabulary: Vocabulary | None = None,
        as_of: date | None = None,
    ) -> Scorer:
        """A scorer with the given configuration and vocabulary (defaults: the built-in ones)."""
        config = config or ScoringConfig()
        vocabulary = vocabulary or load_vocabulary()
        matcher = WordMatcher(vocabulary, threshold=config.thresholds.word_match)
        return cls(Context(config, Words(matcher, vocabulary), as_of or date.today()))

    def on(self, as_of: date | None) -> Scorer:
        """The same scorer measuring visits from ``as_of`` (None: unchanged)."""
        if as_of is None or as_of == self.context.as_of:
            return self
        return Scorer(replace(self.context, as_of=as_of))

    def matches(
        self, seekers: Sequence[SeekerView], workplaces: Sequence[WorkplaceView]
    ) -> list[Match]:
        """Every pair of ``seekers`` x ``workplaces``, explained, in no particular order."""
        if not seekers or not workplaces:
            return []
        ctx = self.context
        with paused_gc():  # thousands of long-lived objects: nothing for the collector to find
            tables = build_tables(seekers, workplaces, ctx.config, ctx.words, ctx.as_of)
            return explain(tables, evaluate_details(tables, 0, len(seekers)), ctx.as_of)

    def pair_matches(
        self,
        seekers: Sequence[SeekerView],
        workplaces: Sequence[WorkplaceView],
        pairs: Sequence[tuple[int, int]],
    ) -> list[Match]:
        """The matches of the given (seeker index, workplace index) pairs, in their order:
        one evaluation of ``seekers`` x ``workplaces`` with details for those pairs only."""
        if not pairs:
            return []
        ctx = self.context
        only = np.zeros((len(seekers), len(workplaces)), dtype=bool)
        for i, j in pairs:
            only[i, j] = True
        with paused_gc():
            tables = build_tables(seekers, workplaces, ctx.config, ctx.words, ctx.as_of)
            found = explain(tables, evaluate_details(tables, 0, len(seekers), only), ctx.as_of)
        by_ids = {(m.seeker, m.workplace): m for m in found}
        return [by_ids[seekers[i].id, workplaces[j].id] for i, j in pairs]

    def score(self, seeker: SeekerView, workplace: WorkplaceView) -> Match:
        """One pair: a 1 x 1 evaluation with details."""
        return self.matches([seeker], [workplace])[0]

    def rank_workplaces(
        self, seeker: SeekerView, workplaces: Sequence[WorkplaceView]
    ) -> list[Match]:
        """Every workplace for one seeker (a 1 x N evaluation), best first, excluded last."""
        return sorted(self.matches([seeker], workplaces), key=Match.sort_key)

    def rank_seekers(self, workplace: WorkplaceView, seekers: Sequence[SeekerView]) -> list[Match]:
        """Every seeker for one workplace (an N x 1 evaluation), best first, excluded last."""
        return sorted(self.matches(seekers, [workplace]), key=Match.sort_key)


def score_pair(seeker: SeekerView, workplace: WorkplaceView, ctx: Context) -> Match:
    """Score and explain one pair."""
    return Scorer(ctx).score(seeker, workplace)


__all__ = ["Context", "Scorer", "score_pair"]
