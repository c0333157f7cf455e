"""jobmatch: explainable job matching and first-meeting briefs for supported employment.

The public API for scripts (see the README): ``load``, ``Engine``, ``score_all``,
the models and the match objects. Names are imported on first use, so that
``jobmatch --help`` does not pay for the scoring engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "load": "jobmatch.api",
    "Engine": "jobmatch.api",
    "DataSet": "jobmatch.loading",
    "Seeker": "jobmatch.models",
    "Workplace": "jobmatch.models",
    "Match": "jobmatch.scoring.match",
    "Fact": "jobmatch.scoring.match",
    "ScoringConfig": "jobmatch.scoring.config",
    "JobmatchError": "jobmatch.errors",
    "InvalidDataError": "jobmatch.errors",
    "NotFoundError": "jobmatch.errors",
    "score_all": "jobmatch.api",
    "assign": "jobmatch.api",
}

if TYPE_CHECKING:
    from jobmatch.api import Engine, assign, load, score_all
    from jobmatch.errors import InvalidDataError, JobmatchError, NotFoundError
    from jobmatch.loading import DataSet
    from jobmatch.models import Seeker, Workplace
    from jobmatch.scoring.config import ScoringConfig
    from jobmatch.scoring.match import Fact, Match

__all__ = [*sorted(_EXPORTS), "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'jobmatch' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
