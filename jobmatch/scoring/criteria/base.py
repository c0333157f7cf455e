"""What a criterion is: a name, the config key that weighs or sets it, and its levels.

Modelled on splink's ``Comparison`` and ``ComparisonLevel``: each criterion
says in words what each of its levels means, so that the configuration can
describe itself (``jobmatch config``). The words live in
the message catalogs (:mod:`jobmatch.i18n`) under each level's message id.

Each criterion module holds the criterion's one array evaluation (used for
one pair, for one seeker against N workplaces and for a batch chunk) and the
facts it reports when an evaluation runs with details on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]


class Kind(StrEnum):
    """What a criterion does to a pair."""

    EXCLUSION = "exclusion"
    CARVING = "carving"
    COMPONENT = "component"
    CONFIDENCE = "confidence"


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a criterion: its message id, and the fact code a match reports for it."""

    msgid: str
    fact: str | None = None


@dataclass(frozen=True, slots=True)
class Criterion:
    """A named criterion with ordered levels (best or most decisive first)."""

    name: str
    kind: Kind
    config_key: str | None
    levels: tuple[Level, ...]

    @property
    def msgid(self) -> str:
        """The message id of the criterion's own one-line description."""
        return f"criterion.{self.name}"


def criterion(
    name: str, kind: Kind, config_key: str | None, *levels: tuple[str, str | None]
) -> Criterion:
    """A criterion whose level message ids are ``criterion.NAME.level.KEY``."""
    return Criterion(
        name,
        kind,
        config_key,
        tuple(Level(f"criterion.{name}.level.{key}", fact) for key, fact in levels),
    )


def plain(value: object) -> str | float | bool:
    """A demand, limit or preference value as a fact shows it: an enum by its name."""
    if isinstance(value, bool | int | float):
        return value
    return str(getattr(value, "value", value))


def impact(weight: float, weights_total: float, delta: float) -> float:
    """A fact's effect in score points: its share of a component times the component's weight."""
    return 100.0 * weight / weights_total * delta if weights_total > 0 else 0.0


def lookup_table(
    rows: Sequence[Any], columns: Sequence[Any], cell: Callable[[Any, Any], float]
) -> Floats:
    """A (rows + 1, columns + 1) table of ``cell(row, column)``; the last row and column (id -1) stay 0."""
    out = np.zeros((len(rows) + 1, len(columns) + 1), dtype=np.float64)
    for i, a in enumerate(rows):
        for j, b in enumerate(columns):
            out[i, j] = cell(a, b)
    return out
