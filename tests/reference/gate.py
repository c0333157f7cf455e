"""The gate of ``spec/scoring.md`` step 5, and the reason a job is shorter than its ceiling.

With ``G`` = ``thresholds.no_interest_ceiling`` and *m* the weighted mean of
the components: G + (100 - G) x m when an interest meets a carved task (at
or above ``thresholds.word_match``), else G x m, and the reason against
says that no interest is met. Each fact's impact (its effect on 100 x m)
is scaled by the same factor, so it stays its effect in score points.

When work the seeker avoids is left out and the job is shorter for it,
the practical component says so.
"""

from __future__ import annotations

from jobmatch.scoring.match import Component, Fact
from tests.reference.carving import task_capacity
from tests.reference.components import Inputs, task_unwanted


def apply(
    inputs: Inputs, components: dict[str, Component], score: float
) -> tuple[float, dict[str, Component]]:
    """The gated score, and the components with the gate's facts and scaled impacts."""
    ceiling = inputs.config.thresholds.no_interest_ceiling
    met = interest_met(inputs)
    m = score / 100
    gated = ceiling + (100 - ceiling) * m if met else ceiling * m
    scale = (100 - ceiling) / 100 if met else ceiling / 100
    shorter = _shorter(inputs)
    found = {}
    for name, c in components.items():
        parts = list(c.parts)
        if name == "practical" and shorter is not None:
            parts.append(shorter)
        scaled = [Fact(f.code, f.values, f.impact * scale) for f in parts]
        if name == "interest" and not met:
            scaled.append(Fact("no_interest_met", {}, -(ceiling + (100 - 2 * ceiling) * m)))
        found[name] = Component(c.name, c.value, c.weight, c.known, tuple(scaled))
    return gated, found


def interest_met(inputs: Inputs) -> bool:
    """Whether some interest meets a carved task (strength at or above the threshold)."""
    threshold = inputs.config.thresholds.word_match
    return any(max(r.strengths, default=0.0) >= threshold for _, r in inputs.carved)


def _shorter(inputs: Inputs) -> Fact | None:
    """Hours the job is shorter than its ceiling because avoided work is left out."""
    carved = sum(r.carved_hours for r in inputs.tasks)
    avoided = unwanted = 0
    for t, r in zip(inputs.workplace.tasks, inputs.tasks, strict=True):
        free = task_capacity(t.hours_per_week, inputs.ceiling) - r.carved_hours
        if r.doable and r.avoided is not None:
            avoided += free
        elif r.doable and task_unwanted(t, inputs.seeker) is not None:
            unwanted += free
    short = min(inputs.ceiling - carved, avoided + unwanted)
    if short <= 0:
        return None
    wanted = inputs.wanted
    lost = 0.0
    if wanted > 0:
        lost = min(1.0, (carved + short) / wanted) - min(1.0, carved / wanted)
        hours = inputs.workplace.conditions.hours_per_week
        if hours is not None and hours.min is not None and hours.min > wanted:
            lost *= wanted / hours.min
    w = inputs.config.weights
    total = w.interest + w.preferences + w.readiness + w.practical
    impact = 100.0 * w.practical / total * (-lost / 3) if total > 0 else 0.0
    return Fact(
        "shorter_job_unwanted" if unwanted > avoided else "shorter_job", {"hours": short}, impact
    )
