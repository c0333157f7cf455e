"""A match as plain data: the score, and every fact behind it.

The table, the JSON, ``explain`` and the brief are renderings of these
objects. A :class:`Fact` is one statement with a stable ``code`` and its
values; sentences are made from it in :mod:`jobmatch.scoring.phrases`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

Value = str | int | float | bool | None | tuple[str, ...]

COMPONENTS = ("interest", "preferences", "readiness", "practical")


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement about a match: a reason, an exclusion, an unknown, a contribution.

    ``impact`` is the fact's signed effect in score points where it has one
    (positive: for the match; negative: against), used to pick the strongest.
    """

    code: str
    values: Mapping[str, Value] = field(default_factory=dict)
    impact: float = 0.0

    def scaled(self, factor: float) -> Fact:
        """The same fact with its impact times ``factor`` (as ``dataclasses.replace``, cheaper:
        a match has dozens of facts, a rank over thousands of workplaces some 50,000)."""
        return Fact(self.code, self.values, self.impact * factor)

    def as_dict(self) -> dict[str, object]:
        body: dict[str, object] = {"code": self.code}
        for key, value in self.values.items():
            body[key] = list(value) if isinstance(value, tuple) else value
        return body


@dataclass(frozen=True, slots=True)
class TaskResult:
    """One task of the workplace, judged for this seeker."""

    id: str
    name: str
    essential: bool
    doable: bool
    blockers: tuple[Fact, ...]
    unknown_demands: tuple[str, ...]
    interest: str | None
    strength: float
    strengths: tuple[float, ...]
    avoided: str | None
    fit: float
    hours_available: float | None
    carved_hours: int = 0
    partial: bool = False
    left_out: Fact | None = None
    split: Fact | None = None
    """Why a task carved in part did not get all its hours, where a tie decided it."""


@dataclass(frozen=True, slots=True)
class Component:
    """One of the four parts of the score, with what it is made of."""

    name: str
    value: float
    weight: float
    known: float
    parts: tuple[Fact, ...] = ()

    def with_parts(self, parts: tuple[Fact, ...]) -> Component:
        """The same component made of ``parts`` (as ``dataclasses.replace``, cheaper)."""
        return Component(self.name, self.value, self.weight, self.known, parts)


@dataclass(frozen=True, slots=True)
class Match:
    """The full result for one seeker and one workplace."""

    seeker: str
    workplace: str
    score: float
    confidence: float
    excluded: bool
    exclusions: tuple[Fact, ...]
    components: Mapping[str, Component]
    tasks: tuple[TaskResult, ...]
    carved_hours: int
    hours: Fact
    reasons: tuple[Fact, ...]
    unknowns: tuple[Fact, ...]

    @property
    def carved_tasks(self) -> tuple[str, ...]:
        """Ids of the tasks in the carved job, in the order of the workplace file."""
        return tuple(t.id for t in self.tasks if t.carved_hours > 0)

    @property
    def reasons_for(self) -> tuple[Fact, ...]:
        return tuple(r for r in self.reasons if r.impact > 0)

    @property
    def reasons_against(self) -> tuple[Fact, ...]:
        return tuple(r for r in self.reasons if r.impact < 0)

    def sort_key(self) -> tuple[bool, float, str, str]:
        """Best first by unrounded score, then by ids; excluded after included."""
        return (self.excluded, -self.score, self.workplace, self.seeker)
