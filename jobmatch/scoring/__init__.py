"""The scoring engine: one pair, rankings, configuration, the batch path."""

from jobmatch.scoring.config import ScoringConfig, load_config
from jobmatch.scoring.engine import Context, score_pair
from jobmatch.scoring.match import Component, Fact, Match, TaskResult

__all__ = [
    "Component",
    "Context",
    "Fact",
    "Match",
    "ScoringConfig",
    "TaskResult",
    "load_config",
    "score_pair",
]
