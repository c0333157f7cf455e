"""Component ``readiness``: the workplace's readiness to include, read against this seeker.

Items, each 0 to 1 or unknown, and their weights:

- nine of the workplace: six inclusion keys (yes 1, no 0), prior
  placements (0.25 for none, 0.25 more for each, up to 1), a need for
  labour, and the visit (within ``recent_visit_days`` of the reference date
  1, older 0.5, never 0); weight 1 each, except that a need for labour and
  a career path weigh ``EMPLOYMENT_ITEM_WEIGHT`` when the seeker's purpose
  is employment;
- one for each support the seeker needs (an accommodation's category, data
  format 1.1): offered 1, known not to be offered 0; weight
  ``SUPPORT_NEED_WEIGHT``, so what the seeker needs counts more than the
  inclusion keys the seeker does not.

A workplace offers what its ``supports`` list, plus ``mentor`` when
``inclusion.mentor`` is true, ``adapted_training`` when
``inclusion.internal_training`` is true and ``adapted_tasks`` when it is
open to job carving. A support it does not offer is *known* not to be
offered when ``supports`` is listed, or when the flag that would offer it is
false; else it is unknown. Listing ``mentor`` (``adapted_training``) under
``supports`` answers ``inclusion.mentor`` (``internal_training``) too.

The value is the weighted mean, an unknown item counting ``neutral``; the
known share is the weight of the known items. Per workplace the items are
computed once; per pair only the seeker's need bits against the workplace's
offer bits are counted.

Privacy: a need whose accommodation is not shared with the employer counts
the same, but its facts never name the support (``support_offered_private``,
``support_not_offered_private``, ``unknown_support_private``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from jobmatch.models import Purpose, Support
from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.constants import (
    EMPLOYMENT_ITEM_WEIGHT,
    EMPLOYMENT_ITEMS,
    INCLUSION_FLAGS,
    PLACEMENTS_BASE,
    PLACEMENTS_STEP,
    SUPPORT_NEED_WEIGHT,
    VISIT_OUT_OF_DATE,
    VISIT_RECENT,
)
from jobmatch.scoring.criteria.base import Floats, Ints, Kind, criterion, impact
from jobmatch.scoring.match import Fact
from jobmatch.scoring.views import SeekerView, WorkplaceView

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Tables

ITEMS = (*INCLUSION_FLAGS, "prior_placements", "recruitment_need", "visited")
SUPPORTS = tuple(Support)
#: The inclusion keys that a listed support answers (listing it means yes).
IMPLIED_BY = {"mentor": Support.MENTOR, "internal_training": Support.ADAPTED_TRAINING}
_EMPLOYMENT_COLUMNS = [ITEMS.index(key) for key in EMPLOYMENT_ITEMS]
PURPOSE_EMPLOYMENT = tuple(Purpose).index(Purpose.EMPLOYMENT)
#: What a fact about a need says when the seeker has not shared it: no support named.
PRIVATE = {
    "support_offered": "support_offered_private",
    "support_not_offered": "support_not_offered_private",
}

CRITERION = criterion(
    "readiness",
    Kind.COMPONENT,
    "weights.readiness",
    ("support_offered", "support_offered"),
    ("yes", "inclusion_yes"),
    ("employment", "employment_yes"),
    ("visited_recently", "visited_recently"),
    ("unknown", "unknown_inclusion"),
    ("visit_out_of_date", "visit_out_of_date"),
    ("no", "inclusion_no"),
    ("employment_not", "employment_no"),
    ("support_not_offered", "support_not_offered"),
    ("never_visited", "never_visited"),
)


def _flag(value: bool | None) -> float:
    return math.nan if value is None else (1.0 if value else 0.0)


def _offer_flags(workplace: WorkplaceView) -> dict[Support, bool | None]:
    """The supports a flag offers, and that flag's value."""
    return {
        Support.MENTOR: workplace.inclusion.mentor,
        Support.ADAPTED_TRAINING: workplace.inclusion.internal_training,
        Support.ADAPTED_TASKS: workplace.open_to_job_carving,
    }


def _offered_supports(workplace: WorkplaceView) -> frozenset[Support]:
    """``supports`` and what the inclusion flags and carving offer (data format 1.1).

    The same rule as ``offered_supports`` of the models (data format 1.1);
    kept here until scoring reads that one.
    """
    found = set(workplace.supports or ())
    found.update(s for s, value in _offer_flags(workplace).items() if value is True)
    return frozenset(found)


def support_states(workplace: WorkplaceView) -> dict[Support, float]:
    """Each support: 1 offered, 0 known not to be offered (``supports`` is listed without
    it, or the flag that would offer it is false), NaN unknown."""
    offered, flags = _offered_supports(workplace), _offer_flags(workplace)
    listed = workplace.supports is not None
    return {
        s: 1.0 if s in offered else 0.0 if listed or flags.get(s) is False else math.nan
        for s in SUPPORTS
    }


def inclusion_flag(workplace: WorkplaceView, key: str) -> bool | None:
    """An inclusion key as the data answers it: the key, else a support that implies it."""
    value: bool | None = getattr(workplace.inclusion, key)
    implied = IMPLIED_BY.get(key)
    if value is None and implied is not None and implied in (workplace.supports or ()):
        return True
    return value


def items(workplaces: Sequence[WorkplaceView], config: ScoringConfig, as_of: date) -> Floats:
    """Workplaces x items: each item's value, NaN where unknown."""
    rows = [_items(w, config, as_of) for w in workplaces]
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(ITEMS))


def _items(w: WorkplaceView, config: ScoringConfig, as_of: date) -> list[float]:
    placements = w.inclusion.prior_placements
    return [
        *(_flag(inclusion_flag(w, k)) for k in INCLUSION_FLAGS),
        math.nan
        if placements is None
        else min(1.0, PLACEMENTS_BASE + PLACEMENTS_STEP * placements),
        _flag(w.recruitment_need),
        visit_value(w.visited, config, as_of),
    ]


def visit_value(visited: date | None, config: ScoringConfig, as_of: date) -> float:
    """1 within ``recent_visit_days`` of ``as_of``, 0.5 older, NaN never."""
    if visited is None:
        return math.nan
    recent = (as_of - visited).days <= config.thresholds.recent_visit_days
    return VISIT_RECENT if recent else VISIT_OUT_OF_DATE


@dataclass(frozen=True)
class WorkplaceReadiness:
    """Per workplace: the items' sums (all, and the employment items), how many are known,
    and the supports as bits (offered; unknown)."""

    items: Floats
    total: Floats
    employment: Floats
    known: Floats
    employment_known: Floats
    offered: Ints
    unknown: Ints


def workplace_readiness(
    workplaces: Sequence[WorkplaceView], config: ScoringConfig, as_of: date
) -> WorkplaceReadiness:
    found = items(workplaces, config, as_of)
    known = ~np.isnan(found)
    counted = np.where(known, found, config.thresholds.neutral)
    counted[:, -1] = np.where(known[:, -1], found[:, -1], 0.0)
    total = counted[:, 0].copy()
    for column in range(1, counted.shape[1]):
        total += counted[:, column]
    states = [list(support_states(w).values()) for w in workplaces]
    return WorkplaceReadiness(
        items=found,
        total=total,
        employment=counted[:, _EMPLOYMENT_COLUMNS[0]] + counted[:, _EMPLOYMENT_COLUMNS[1]],
        known=known.sum(axis=1).astype(np.float64),
        employment_known=known[:, _EMPLOYMENT_COLUMNS].sum(axis=1).astype(np.float64),
        offered=np.array([_bits(row, lambda v: v == 1.0) for row in states], dtype=np.int64),
        unknown=np.array([_bits(row, math.isnan) for row in states], dtype=np.int64),
    )


def _bits(states: list[float], chosen: Callable[[float], bool]) -> int:
    return sum(1 << i for i, v in enumerate(states) if chosen(v))


def need_bits(seeker: SeekerView) -> tuple[int, int]:
    """The supports a seeker needs, and those of them a shared accommodation names, as bits."""
    needed = shared = 0
    for need in seeker.needs:
        bit = 1 << SUPPORTS.index(need.support)
        needed |= bit
        if need.shared:
            shared |= bit
    return needed, shared


def popcount(bits: Ints) -> Ints:
    """How many bits are set in each entry (supports fit in 24 bits)."""
    count = _BYTE_BITS[bits & 0xFF] + _BYTE_BITS[(bits >> 8) & 0xFF]
    result: Ints = count + _BYTE_BITS[(bits >> 16) & 0xFF]
    return result


_BYTE_BITS = np.array([bin(i).count("1") for i in range(256)], dtype=np.int64)


def value(t: Tables, seeker: Ints, position: Ints) -> tuple[Floats, Floats]:
    """Per pair: the component's value and known share (needs counted only where there are)."""
    w, s, neutral = t.workplaces.readiness, t.seekers, t.config.thresholds.neutral
    extra = (EMPLOYMENT_ITEM_WEIGHT - 1) * (s.purpose[seeker] == PURPOSE_EMPLOYMENT)
    weight = len(ITEMS) + len(EMPLOYMENT_ITEMS) * extra
    total = w.total[position] + extra * w.employment[position]
    known = w.known[position] + extra * w.employment_known[position]
    needs = s.need_bits[seeker]
    some = np.flatnonzero(needs)
    if len(some):
        bits, where = needs[some], position[some]
        offered = popcount(bits & w.offered[where])
        unknown = popcount(bits & w.unknown[where])
        needed = popcount(bits)
        weight[some] += SUPPORT_NEED_WEIGHT * needed
        total[some] += SUPPORT_NEED_WEIGHT * (offered + neutral * unknown)
        known[some] += SUPPORT_NEED_WEIGHT * (needed - unknown)
    return total / weight, known / weight


def item_weight(key: str, seeker: SeekerView) -> int:
    """An item's weight for this seeker (employment items weigh more for employment)."""
    employment = seeker.goal.purpose is Purpose.EMPLOYMENT and key in EMPLOYMENT_ITEMS
    return EMPLOYMENT_ITEM_WEIGHT if employment else 1


def facts(
    seeker: SeekerView,
    workplace: WorkplaceView,
    found: Sequence[float],
    config: ScoringConfig,
    as_of: date,
) -> list[Fact]:
    """Each known item away from neutral, each need, and the visit, with its share of the score."""
    neutral, weights = config.thresholds.neutral, config.weights
    total = weights.interest + weights.preferences + weights.readiness + weights.practical
    needed = _needed(seeker)
    each = {key: item_weight(key, seeker) for key in ITEMS}
    weight = sum(each.values()) + SUPPORT_NEED_WEIGHT * len(needed)

    def effect(share: float, delta: float) -> float:
        return impact(weights.readiness, total, share / weight * delta)

    out = [
        _item_fact(key, v, each[key], effect(each[key], v - neutral))
        for key, v in zip(ITEMS[:-1], found[:-1], strict=True)
        if not math.isnan(v) and v != neutral
    ]
    if needed:
        out += _need_facts(workplace, needed, neutral, lambda d: effect(SUPPORT_NEED_WEIGHT, d))
    visit = found[-1]
    delta = (0.0 if math.isnan(visit) else visit) - neutral
    out.append(_visit(workplace, visit, as_of, effect(1, delta)))
    return out


def _item_fact(key: str, value: float, weight: int, effect: float) -> Fact:
    yes = value >= 0.5
    if weight > 1:
        return Fact("employment_yes" if yes else "employment_no", {"key": key}, effect)
    return Fact("inclusion_yes" if yes else "inclusion_no", {"key": key}, effect)


def _needed(seeker: SeekerView) -> list[tuple[Support, bool]]:
    """Each support the seeker needs once, shared when any accommodation naming it is, in code order."""
    shared = {n.support for n in seeker.needs if n.shared}
    found = {n.support for n in seeker.needs}
    return [(s, s in shared) for s in SUPPORTS if s in found]


def _need_facts(
    workplace: WorkplaceView,
    needed: list[tuple[Support, bool]],
    neutral: float,
    effect: Callable[[float], float],
) -> list[Fact]:
    """One fact per shared need that is known; the private ones summed, never named."""
    out: list[Fact] = []
    private: dict[str, float] = {}
    states = support_states(workplace)
    for support, shared in needed:
        state = states[support]
        if math.isnan(state):
            continue
        code = "support_offered" if state == 1.0 else "support_not_offered"
        delta = effect(state - neutral)
        if shared:
            out.append(Fact(code, {"support": support.value}, delta))
        else:
            private[code] = private.get(code, 0.0) + delta
    out.extend(Fact(PRIVATE[code], {}, delta) for code, delta in sorted(private.items()))
    return out


def unknown_facts(seeker: SeekerView, workplace: WorkplaceView) -> list[Fact]:
    """Each shared need the workplace has not answered; the private ones once, unnamed."""
    out: list[Fact] = []
    private = False
    if not seeker.needs:
        return out
    states = support_states(workplace)
    for support, shared in _needed(seeker):
        if math.isnan(states[support]):
            if shared:
                out.append(Fact("unknown_support", {"support": support.value}))
            else:
                private = True
    if private:
        out.append(Fact("unknown_support_private", {}))
    return out


def _visit(workplace: WorkplaceView, visit: float, as_of: date, effect: float) -> Fact:
    if workplace.visited is None or math.isnan(visit):
        return Fact("never_visited", {}, effect)
    day, days = workplace.visited.isoformat(), (as_of - workplace.visited).days
    if visit == VISIT_RECENT:
        return Fact("visited_recently", {"date": day, "days": max(days, 0)}, effect)
    return Fact("visit_out_of_date", {"date": day, "days": days}, effect)
