"""The Python API for scripts: load a data folder, score a pair, rank, batch, assign.

from jobmatch import Engine, load

data = load("path/to/data")
engine = Engine.for_data(data)
for match in engine.rank_workplaces(data.seekers["ola-n"], data.workplaces.values())[:5]:
    print(match.workplace, round(match.score, 1))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jobmatch.loading import DataSet, load_data
from jobmatch.matching import Vocabulary, load_vocabulary
from jobmatch.models import Seeker, Workplace
from jobmatch.scoring.config import ScoringConfig, load_config
from jobmatch.scoring.match import Match
from jobmatch.scoring.scorer import Scorer
from jobmatch.scoring.views import seeker_view, workplace_view

if TYPE_CHECKING:
    from jobmatch.scoring.assign import Assignment, Objective
    from jobmatch.scoring.batch import BatchScorer

VOCABULARY_FILE = "vocabulary.toml"


def load(path: str | Path, *, skip_invalid: bool = False) -> DataSet:
    """Load and validate a data folder (raises InvalidDataError listing every problem)."""
    return load_data(Path(path), skip_invalid=skip_invalid)


class Engine:
    """Scores pairs with one configuration, vocabulary and reference date."""

    def __init__(
        self,
        config: ScoringConfig | None = None,
        vocabulary: Vocabulary | None = None,
        as_of: date | None = None,
    ) -> None:
        self.config = config or ScoringConfig()
        self.vocabulary = vocabulary or load_vocabulary()
        self.scorer = Scorer.create(self.config, self.vocabulary, as_of)
        self.context = self.scorer.context
        self.words = self.context.words

    @classmethod
    def for_data(cls, data: DataSet, as_of: date | None = None) -> Engine:
        """An engine with the data folder's own ``jobmatch.toml`` and ``vocabulary.toml``."""
        extra = data.root / VOCABULARY_FILE
        vocabulary = load_vocabulary(extra if extra.is_file() else None)
        return cls(load_config(data.root), vocabulary, as_of)

    def score(self, seeker: Seeker, workplace: Workplace) -> Match:
        """The explained match of one pair."""
        return self.scorer.score(seeker_view(seeker), workplace_view(workplace))

    def rank_workplaces(self, seeker: Seeker, workplaces: Iterable[Workplace]) -> list[Match]:
        """Every workplace for one seeker, best first (excluded last)."""
        views = [workplace_view(w) for w in workplaces]
        return self.scorer.rank_workplaces(seeker_view(seeker), views)

    def rank_seekers(self, workplace: Workplace, seekers: Iterable[Seeker]) -> list[Match]:
        """Every seeker for one workplace, best first (excluded last)."""
        views = [seeker_view(s) for s in seekers]
        return self.scorer.rank_seekers(workplace_view(workplace), views)


def batch_scorer(
    data: DataSet, engine: Engine | None = None, as_of: date | None = None
) -> BatchScorer:
    """The batch scorer of a data set's active seekers against its workplaces."""
    from jobmatch.scoring.batch import BatchScorer

    engine = engine or Engine.for_data(data, as_of)
    return BatchScorer(data.seekers.values(), data.workplaces.values(), engine.scorer, as_of)


def score_all(
    data: DataSet,
    *,
    engine: Engine | None = None,
    top: int | None = 10,
    min_score: float | None = None,
    show_excluded: bool = False,
    as_of: date | None = None,
) -> Iterator[Match]:
    """Yield the best matches of every active seeker, seeker by seeker (ids in order).

    ``top`` included matches per seeker (``None``: every included one),
    best first, leaving out those below ``min_score``. With
    ``show_excluded``, each seeker's excluded pairs follow (score 0, with
    their exclusions, by workplace id), as ``rank --show-excluded`` lists
    them. ``top=0`` is every pair, as ``jobmatch batch --top 0``: every
    included match (at least ``min_score``), then every excluded one.
    ``engine`` gives the configuration and vocabulary (default: the data
    folder's own, as :meth:`Engine.for_data`); ``as_of`` the date visits are
    measured from (default: the engine's).
    """
    scorer = batch_scorer(data, engine, as_of)
    for group in scorer.results(top, min_score, show_excluded=show_excluded):
        for found in group:
            yield from found.matches


def assign(
    data: DataSet,
    *,
    engine: Engine | None = None,
    objective: Objective | str = "score",
    as_of: date | None = None,
    min_score: float | None = None,
) -> Assignment:
    """The best assignment of the active seekers of ``data`` to its workplaces.

    ``min_score``: pairs scoring below it are not assigned.
    """
    from jobmatch.scoring.assign import Objective, assign_scored

    scorer = batch_scorer(data, engine, as_of)
    return assign_scored(scorer, scorer.chunks(), Objective(objective), min_score)
