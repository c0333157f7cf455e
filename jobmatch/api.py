"""The Python API for scripts: load a data folder, score a pair, rank.

from jobmatch import Engine, load

data = load("path/to/data")
engine = Engine.for_data(data)
for match in engine.rank_workplaces(data.seekers["ola-n"], data.workplaces.values())[:5]:
    print(match.workplace, round(match.score, 1))
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from jobmatch.loading import DataSet, load_data
from jobmatch.matching import Vocabulary, WordMatcher, load_vocabulary
from jobmatch.models import Seeker, Workplace
from jobmatch.scoring.config import ScoringConfig, load_config
from jobmatch.scoring.engine import Context, score_pair
from jobmatch.scoring.match import Match
from jobmatch.scoring.views import seeker_view, workplace_view
from jobmatch.scoring.words import Words, seeker_texts, task_texts

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
        matcher = WordMatcher(self.vocabulary, threshold=self.config.thresholds.word_match)
        self.words = Words(matcher, self.vocabulary)
        self.context = Context(self.config, self.words, as_of or date.today())

    @classmethod
    def for_data(cls, data: DataSet, as_of: date | None = None) -> Engine:
        """An engine with the data folder's own ``jobmatch.toml`` and ``vocabulary.toml``."""
        extra = data.root / VOCABULARY_FILE
        vocabulary = load_vocabulary(extra if extra.is_file() else None)
        return cls(load_config(data.root), vocabulary, as_of)

    def score(self, seeker: Seeker, workplace: Workplace) -> Match:
        """The explained match of one pair."""
        s, w = seeker_view(seeker), workplace_view(workplace)
        self.words.prepare(seeker_texts(s), task_texts(w))
        return score_pair(s, w, self.context)

    def rank_workplaces(self, seeker: Seeker, workplaces: Iterable[Workplace]) -> list[Match]:
        """Every workplace for one seeker, best first (excluded last)."""
        s = seeker_view(seeker)
        views = [workplace_view(w) for w in workplaces]
        self.words.prepare(seeker_texts(s), (t for w in views for t in task_texts(w)))
        return sorted((score_pair(s, w, self.context) for w in views), key=Match.sort_key)

    def rank_seekers(self, workplace: Workplace, seekers: Iterable[Seeker]) -> list[Match]:
        """Every seeker for one workplace, best first (excluded last)."""
        w = workplace_view(workplace)
        views = [seeker_view(s) for s in seekers]
        self.words.prepare((t for s in views for t in seeker_texts(s)), task_texts(w))
        return sorted((score_pair(s, w, self.context) for s in views), key=Match.sort_key)

