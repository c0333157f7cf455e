"""Evaluate every criterion for seekers against workplaces, on arrays: the one scoring path.

One pair is a 1 x 1 evaluation, ``rank`` a 1 x N one, batch a chunk of
seekers against every workplace. The steps, for a block of seekers:

1. the exclusions that need no task (purpose, capacity, schedule overlap,
   distance) for every pair, and which tasks each seeker can do (limits and
   requirements) for every task;
2. the exclusions that need tasks (nothing doable; an essential task not
   doable where the workplace does not carve);
3. for the pairs still in (every pair, with ``every_pair`` or ``details``):
   word strengths from the sparse table, carving fit, the hour ceiling, the
   carving steps (coverage first), the four components, score (less the
   penalty for an essential task not doable where the workplace carves),
   the gate where no interest is met, and confidence. These pairs are kept
   *compact*: one entry per pair, and per pair one entry per task.

With ``details`` the evaluation also keeps what the explanation reads (which
rule excluded a pair, each task's blockers, best interest and avoided work,
what set the ceiling, each preference), as :class:`Details`;
:mod:`jobmatch.scoring.explain` turns it into :class:`Match` objects.
Batch evaluates scores only, and evaluates again with details just the
pairs it outputs.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from jobmatch.scoring.constants import TASK_PREFERENCE_KEYS
from jobmatch.scoring.criteria import (
    capacity,
    carving,
    confidence,
    distance,
    doable,
    essential,
    interest,
    nothing_doable,
    practical,
    preferences,
    purpose,
    readiness,
    schedule,
)
from jobmatch.scoring.criteria.base import Bools, Floats, Ints
from jobmatch.scoring.criteria.carving import HOURS, Hours, sum_slots
from jobmatch.scoring.criteria.interest import Routed
from jobmatch.scoring.match import COMPONENTS
from jobmatch.scoring.tables import Bucket, Strengths, Tables


@dataclass(frozen=True, eq=False)
class ChunkScores:
    """Seekers ``start:stop`` against every workplace; columns in workplace id order.

    ``score`` is 0 for an excluded pair; ``confidence`` and ``components``
    are NaN for excluded pairs unless the chunk was scored with ``every_pair``.
    """

    start: int
    stop: int
    score: Floats
    confidence: Floats
    excluded: Bools
    components: dict[str, Floats]


@dataclass(frozen=True, eq=False)
class Pairs:
    """The pairs evaluated in full: seeker row (in the block), workplace position, their tasks.

    Pairs come bucket by bucket (``spans``: the bucket, its pairs, its
    tasks), so that a bucket's task arrays reshape to (pairs, tasks).
    """

    seeker: Ints
    position: Ints
    excluded: Bools
    first_task: Ints
    task_column: Ints
    task_pair: Ints
    doable: Bools
    spans: list[tuple[Bucket, slice, slice]]
    nothing_doable: Bools
    essential: Bools
    negotiate: Ints


@dataclass(frozen=True, eq=False)
class Details:
    """What the explanation of each evaluated pair reads; pairs and tasks as in :class:`Pairs`."""

    pairs: Pairs
    seeker: Ints
    rules: dict[str, Bools]
    weekly: Floats
    distance: Floats
    wanted: Floats
    ceiling: Hours
    set_by: Ints
    doable_hours: Floats
    over: Ints
    unmet: Ints
    unknown: Ints
    matches: interest.TaskMatches
    fit: Floats
    carved: Hours
    dropped: Bools
    """Per task: hours in the job with every free hour filled, none in the shorter job that
    scored higher and was carved (carving step 4)."""
    congruence: Floats
    coded_tasks: Ints
    preferences: dict[str, tuple[Floats, Floats]]
    practical: practical.Practical
    components: dict[str, tuple[Floats, Floats]]
    met: Bools
    room: Hours
    mean: Floats
    """100 x the weighted mean of the components: the score before the gate."""
    score: Floats
    confidence: Floats
    penalty: Floats


def score_chunk(tables: Tables, start: int, stop: int, *, every_pair: bool = False) -> ChunkScores:
    """Scores of seekers ``start:stop`` against every workplace."""
    rows = slice(start, stop)
    if start >= stop or not tables.tasks.buckets:
        return _empty(start, stop, len(tables.workplaces))
    found = _evaluate(tables, rows, every_pair=every_pair, details=False)
    excluded, pairs, score, confidence, values = found[:5]
    return _scatter(tables, rows, pairs, excluded, score, confidence, values)


def evaluate_details(tables: Tables, start: int, stop: int, only: Bools | None = None) -> Details:
    """Seekers ``start:stop`` against every workplace, with the details: every pair, or the
    pairs ``only`` marks (seekers x workplaces in id order)."""
    rows = slice(start, stop)
    if only is not None:
        only = only[:, tables.workplaces.order]  # into layout order
    details = _evaluate(tables, rows, every_pair=True, details=True, only=only)[5]
    if details is None:  # pragma: no cover - details=True always gives them
        raise RuntimeError("no details")
    return details


def _empty(start: int, stop: int, width: int) -> ChunkScores:
    shape = (max(0, stop - start), width)
    nan = np.full(shape, np.nan)
    return ChunkScores(
        start, stop, np.zeros(shape), nan, np.ones(shape, dtype=bool), {n: nan for n in COMPONENTS}
    )


@dataclass(frozen=True, eq=False)
class _PairRules:
    """Seekers x workplaces: overlap, distance, and the exclusions that need no task."""

    weekly: Floats
    km: Floats
    rules: dict[str, Bools]

    @property
    def excluded(self) -> Bools:
        found: Bools = functools.reduce(operator.or_, self.rules.values())
        return found


@dataclass(frozen=True, eq=False)
class _Components:
    """Per evaluated pair: each component's value and known share, and what the facts read."""

    values: dict[str, tuple[Floats, Floats]]
    sums: _Sums
    preferences: dict[str, tuple[Floats, Floats]]
    practical: practical.Practical
    met: Bools
    room: Hours


def _evaluate(
    t: Tables,
    rows: slice,
    *,
    every_pair: bool,
    details: bool,
    only: Bools | None = None,
    second_job: _PairRules | None = None,
) -> tuple[Bools, Pairs, Floats, Floats, dict[str, tuple[Floats, Floats]], Details | None]:
    """Evaluate the pairs of seekers ``rows``; with ``second_job`` (their pair rules, already
    known), the pairs ``only`` marks with the second candidate job of carving step 4."""
    with np.errstate(divide="ignore", invalid="ignore"):
        pair_rules = _pair_rules(t, rows) if second_job is None else second_job
        excluded = pair_rules.excluded
        pairs = _select(t, rows, ~doable.blocked(t, rows), excluded, every_pair or details, only)
        seeker, position = rows.start + pairs.seeker, pairs.position
        task_seeker = seeker[pairs.task_pair]
        blank = confidence.blank(t, task_seeker, pairs.task_column)
        unknown = blank & confidence.LIMIT_MASK
        found = _task_matches(t, rows, pairs, details)
        fit = found.fit
        hours = t.seekers.hours[seeker]
        wanted = np.where(np.isnan(hours), t.workplaces.wanted_default[position], hours)
        weekly = pair_rules.weekly[pairs.seeker, position]
        km = (
            distance.exact(t, seeker, position)
            if details
            else pair_rules.km[pairs.seeker, position]
        )
        ceiling, doable_hours, (full, other) = _carve(t, pairs, seeker, found, wanted, weekly)
        taken = essential.penalty(t.config, pairs.negotiate)

        def components(hours: Hours) -> _Components:
            return _components(t, pairs, seeker, found, hours, unknown != 0, wanted, weekly, km)

        if details:  # a few pairs: both candidates in full, for the explanations
            carved, parts, mean, lost, score = _best_carving(
                t, pairs, (full, other), components, taken
            )
        else:
            carved = other if second_job is not None and other is not None else full
            parts, mean, lost, score = _scored(t, components(carved), taken)
        sure = _confidence(t, pairs, seeker, blank, carved, km, parts, found.interests)
    if not details:
        values = parts.values
        if second_job is None and other is not None:
            score, sure, values = _shorter_jobs(
                t, rows, (pair_rules, every_pair), pairs, (full, other), (score, sure, values)
            )
        return excluded, pairs, score, sure, values, None
    over, unmet = doable.blocker_bits(t, task_seeker, pairs.task_column)
    more = Details(
        pairs=pairs,
        seeker=seeker,
        rules={k: v[pairs.seeker, position] for k, v in pair_rules.rules.items()},
        weekly=weekly,
        distance=km,
        wanted=wanted,
        ceiling=ceiling,
        set_by=carving.set_by(wanted, doable_hours, t.workplaces.max_hours[position], weekly),
        doable_hours=doable_hours,
        over=over,
        unmet=unmet,
        unknown=unknown,
        matches=found.matches,
        fit=fit,
        carved=carved,
        dropped=(carved == 0) & (full > 0),
        congruence=parts.sums.congruence,
        coded_tasks=parts.sums.coded_tasks,
        preferences=parts.preferences,
        practical=parts.practical,
        components=parts.values,
        met=parts.met,
        room=parts.room,
        mean=mean,
        score=score,
        confidence=sure,
        penalty=lost,
    )
    return excluded, pairs, score, sure, parts.values, more


def _best_carving(
    t: Tables,
    pairs: Pairs,
    carvings: tuple[Hours, Hours | None],
    components: Callable[[Hours], _Components],
    taken: Floats,
) -> tuple[Hours, _Components, Floats, Floats, Floats]:
    """Of the candidate jobs (carving step 4), per pair the one with the higher score (a
    tie: the first): its hours, components, mean, penalty and score."""
    first, other = carvings
    found = _scored(t, components(first), taken)
    if other is None:
        return first, *found
    differs = _differ(pairs, first, other)
    if not differs.any():
        return first, *found
    second = _scored(t, components(other), taken)
    better = differs & (second[3] > found[3])
    if not better.any():
        return first, *found
    hours = np.where(better[pairs.task_pair], other, first).astype(HOURS)
    parts, mean, lost, score = _pick(better, found, second)
    return hours, parts, mean, lost, score


def _differ(pairs: Pairs, first: Hours, other: Hours) -> Bools:
    """Per pair: whether the two candidate jobs give some task other hours."""
    changed = np.bincount(pairs.task_pair, weights=first != other, minlength=len(pairs.seeker))
    found: Bools = changed > 0
    return found


def _shorter_jobs(
    t: Tables,
    rows: slice,
    rules: tuple[_PairRules, bool],
    pairs: Pairs,
    carvings: tuple[Hours, Hours],
    found: tuple[Floats, Floats, dict[str, tuple[Floats, Floats]]],
) -> tuple[Floats, Floats, dict[str, tuple[Floats, Floats]]]:
    """Score, confidence and components with the second candidate job where it differs and
    scores higher: the batch path evaluates those pairs only, again (see
    :func:`_best_carving` for the few pairs of the details path)."""
    score, sure, values = found
    differs = _differ(pairs, *carvings)
    if not differs.any():
        return found
    only = np.zeros((rows.stop - rows.start, len(t.workplaces.order)), dtype=bool)
    only[pairs.seeker[differs], pairs.position[differs]] = True
    _, again, score2, sure2, values2, _ = _evaluate(
        t, rows, every_pair=rules[1], details=False, only=only, second_job=rules[0]
    )
    slot = np.full(only.shape, -1, dtype=np.int64)
    slot[pairs.seeker, pairs.position] = np.arange(len(score))
    index = slot[again.seeker, again.position]
    better = score2 > score[index]
    if not better.any():
        return found
    target = index[better]

    def put(old: Floats, new: Floats) -> Floats:
        out = old.copy()
        out[target] = new[better]
        return out

    picked = {k: (put(v, values2[k][0]), put(n, values2[k][1])) for k, (v, n) in values.items()}
    return put(score, score2), put(sure, sure2), picked


def _scored(
    t: Tables, parts: _Components, taken: Floats
) -> tuple[_Components, Floats, Floats, Floats]:
    """The components with the mean, the points the penalty took and the gated score."""
    mean, lost = _combine(t, parts.values, taken)
    score = _gate(t, mean, parts.met)
    return parts, mean, _gate(t, mean + lost, parts.met) - score, score


def _pick(better: Bools, first: Any, second: Any) -> Any:
    """``second`` where ``better``, else ``first``: per pair, through dataclasses, dicts and
    tuples of per-pair arrays of the same shape."""
    if isinstance(first, np.ndarray):
        return np.where(better, second, first)
    if isinstance(first, dict):
        return {k: _pick(better, v, second[k]) for k, v in first.items()}
    if isinstance(first, tuple):
        return tuple(_pick(better, a, b) for a, b in zip(first, second, strict=True))
    if dataclasses.is_dataclass(first) and not isinstance(first, type):
        changes = {
            f.name: _pick(better, getattr(first, f.name), getattr(second, f.name))
            for f in dataclasses.fields(first)
        }
        return dataclasses.replace(first, **changes)
    raise TypeError(f"no per-pair choice for {type(first).__name__}")


def _pair_rules(t: Tables, rows: slice) -> _PairRules:
    weekly = schedule.weekly_overlap(t, rows)
    km = distance.distances(t, rows)
    rules = {
        "purpose": purpose.excludes(t, rows),
        "capacity": np.broadcast_to(capacity.excludes(t)[None, :], weekly.shape),
        "schedule": schedule.excludes(weekly),
        "distance": distance.excludes(t, rows, km),
    }
    return _PairRules(weekly, km, rules)


def _components(
    t: Tables,
    pairs: Pairs,
    seeker: Ints,
    found: _Found,
    carved: Hours,
    unknown: Bools,
    wanted: Floats,
    weekly: Floats,
    km: Floats,
) -> _Components:
    """The four components of each evaluated pair, from the carved job."""
    position = pairs.position
    sums = _sums(t, pairs, seeker, found, carved, unknown)
    cover, met = interest.coverage(t, seeker, found.interests, carved)
    room = carving.room(wanted, t.workplaces.max_hours[position], weekly)
    words = interest.value(
        t,
        seeker,
        cover,
        sums.hours,
        room,
        sums.focus,
        sums.avoided,
        sums.congruence,
        sums.coded_tasks,
    )
    pref_value, pref_known, each = preferences.value(
        t, seeker, position, sums.preference, sums.hours
    )
    found_practical = practical.value(
        t, seeker, position, wanted, weekly, km, sums.hours, sums.carved_tasks, sums.carved_known
    )
    values = {
        "interest": words,
        "preferences": (pref_value, pref_known),
        "readiness": readiness.value(t, seeker, position),
        "practical": (found_practical.value, found_practical.known),
    }
    return _Components(values, sums, each, found_practical, met & (sums.hours > 0), room)


# --- 1. and 2.: exclusions and the pairs still in -------------------------------------


def _select(
    t: Tables, rows: slice, can: Bools, excluded: Bools, every_pair: bool, only: Bools | None
) -> Pairs:
    """Add the task exclusions, and gather the pairs to evaluate in full (compact), bucket by
    bucket: those not excluded, every pair, or the pairs ``only`` marks (layout order)."""
    found = [_bucket_pairs(t, b, can, excluded, every_pair, only) for b in t.tasks.buckets]
    spans, pair_count, task_count = [], 0, 0
    for b, f in zip(t.tasks.buckets, found, strict=True):
        count = len(f[0])
        pairs = slice(pair_count, pair_count + count)
        tasks = slice(task_count, task_count + count * b.tasks)
        spans.append((b, pairs, tasks))
        pair_count, task_count = pairs.stop, tasks.stop
    sizes = np.repeat([b.tasks for b in t.tasks.buckets], [len(f[0]) for f in found])
    seeker, position = np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])
    return Pairs(
        seeker=seeker,
        position=position,
        excluded=excluded[seeker, position],
        first_task=np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64),
        task_column=np.concatenate([f[2].reshape(-1) for f in found]),
        task_pair=np.repeat(np.arange(pair_count, dtype=np.int64), sizes),
        doable=np.concatenate([f[3].reshape(-1) for f in found]),
        spans=spans,
        nothing_doable=np.concatenate([f[4] for f in found]),
        essential=np.concatenate([f[5] for f in found]),
        negotiate=np.concatenate([f[6] for f in found]),
    )


def _bucket_pairs(
    t: Tables, b: Bucket, can: Bools, excluded: Bools, every_pair: bool, only: Bools | None
) -> tuple[Ints, Ints, Ints, Bools, Bools, Bools, Ints]:
    """One bucket's pairs still in: seeker rows, positions, task columns, doable flags, the
    two task exclusions (also marked in ``excluded``), and how many essential tasks are not
    doable where the workplace carves."""
    block = excluded[:, b.positions]
    if only is not None:
        s, w = np.nonzero(only[:, b.positions])
    else:
        s, w = np.nonzero(np.ones(block.shape, dtype=bool) if every_pair else ~block)
    columns = b.offset + np.arange(b.tasks)[None, :] * b.size + w[:, None]
    doable_tasks = can[s[:, None], columns]
    position = b.position + w
    none = nothing_doable.excludes(doable_tasks)
    blocked = essential.not_doable(doable_tasks, t.tasks.essential[columns])
    carves = t.workplaces.carves[position]
    blocked_essential = (blocked > 0) & ~carves
    drop = none | blocked_essential
    excluded[s[drop], position[drop]] = True
    keep = np.ones(len(s), dtype=bool) if every_pair else ~drop
    return (
        s[keep],
        position[keep],
        columns[keep],
        doable_tasks[keep],
        none[keep],
        blocked_essential[keep],
        np.where(carves, blocked, 0)[keep],
    )


# --- 3. the pairs evaluated in full ---------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    matches: interest.TaskMatches
    interests: list[Routed]

    @property
    def fit(self) -> Floats:
        return self.matches.fit

    @property
    def avoid(self) -> Floats:
        return self.matches.avoid

    def wishes(self, t: Tables, seeker: Ints) -> carving.Wishes:
        """The interests as carving reads them, for the evaluated pairs (``seeker``: their rows)."""
        return carving.Wishes(
            self.interests, t.seekers.interest_weight, t.seekers.interest_rank, seeker
        )


def _task_matches(t: Tables, rows: slice, pairs: Pairs, details: bool) -> _Found:
    """Word strengths of every interest and avoid text on the compact tasks, and the best of each."""
    index = np.full((rows.stop - rows.start, len(t.workplaces)), -1, dtype=np.int64)
    index[pairs.seeker, pairs.position] = np.arange(len(pairs.seeker))
    interests, weights, ranks = [], [], []
    for j in range(t.seekers.interest_text.shape[1]):
        found = _route(t, index, pairs, _triplets(t.strengths, t.seekers.interest_text[rows, j]))
        seeker = rows.start + pairs.seeker[found.pair]
        interests.append(found)
        weights.append(t.seekers.interest_weight[seeker, j])
        if details:
            ranks.append(t.seekers.interest_rank[seeker, j])
    avoids, avoid_ranks = [], []
    for j in range(t.seekers.avoid_text.shape[1]):
        found = _route(t, index, pairs, _triplets(t.strengths, t.seekers.avoid_text[rows, j]))
        avoids.append(found)
        if details:
            avoid_ranks.append(t.seekers.avoid_rank[rows.start + pairs.seeker[found.pair], j])
    matches = interest.task_matches(
        len(pairs.task_column),
        interests,
        weights,
        avoids,
        (ranks, avoid_ranks) if details else None,
        t.config.thresholds.word_match,
    )
    return _Found(matches, interests)


def _triplets(strengths: Strengths, texts: Ints) -> tuple[Ints, Ints, Floats, Floats]:
    """The task columns each row's text meets (row, column, strength, how sure)."""
    safe = np.where(texts >= 0, texts, 0)
    lengths = np.where(texts >= 0, strengths.ptr[safe + 1] - strengths.ptr[safe], 0)
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    ends = np.cumsum(lengths)
    index = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(ends - lengths, lengths)
    index += np.repeat(strengths.ptr[safe], lengths)
    return rows, strengths.cols[index], strengths.vals[index], strengths.sure[index]


def _route(
    t: Tables, index: Ints, pairs: Pairs, found: tuple[Ints, Ints, Floats, Floats]
) -> Routed:
    """Strengths by (row, task column) to strengths by compact pair and task."""
    rows, columns, values, sure = found
    pair = index[rows, t.tasks.position[columns]]
    keep = pair >= 0
    pair = pair[keep]
    task = pairs.first_task[pair] + t.tasks.slot[columns[keep]]
    return Routed(pair, task, values[keep], sure[keep])


def _carve(
    t: Tables, pairs: Pairs, seeker: Ints, found: _Found, wanted: Floats, weekly: Floats
) -> tuple[Hours, Floats, tuple[Hours, Hours | None]]:
    """Per pair: ceiling and doable hours; per compact task: the hours of the two candidate
    jobs (the second None where no task is unwanted work)."""
    count = len(pairs.seeker)
    ceiling = np.zeros(count, dtype=HOURS)
    doable_hours = np.zeros(count)
    can_give = np.zeros(len(pairs.task_column), dtype=HOURS)
    columns = pairs.task_column
    for b, ps, ts in pairs.spans:
        shape = (ps.stop - ps.start, b.tasks)
        whole, doable_hours[ps] = carving.ceiling(
            wanted[ps],
            pairs.doable[ts].reshape(shape),
            t.tasks.hours[columns[ts]].reshape(shape),
            t.workplaces.max_hours[pairs.position[ps]],
            weekly[ps],
        )
        ceiling[ps] = whole
        can_give[ts] = carving.capacity(t.tasks.capacity[columns[ts]].reshape(shape), whole).ravel()
    tasks = carving.Tasks(
        pair=pairs.task_pair,
        slot=t.tasks.slot[columns],
        can_give=can_give,
        doable=pairs.doable,
        avoided=found.avoid > 0,
        essential=t.tasks.essential[columns],
        fit=found.fit,
        preference=_task_preference_rank(t, seeker[pairs.task_pair], columns),
        unwanted=_task_unwanted(t, seeker[pairs.task_pair], columns),
    )
    carves = t.workplaces.carves[pairs.position]
    minimum, threshold = t.config.thresholds.essential_min_hours, t.config.thresholds.word_match
    wishes = found.wishes(t, seeker)
    carvings = carving.carve(pairs.spans, tasks, wishes, ceiling, carves, minimum, threshold)
    return ceiling, doable_hours, carvings


def _task_preference_rank(t: Tables, seeker: Ints, column: Ints) -> Ints:
    """How well the task-level preferences fit each task, as a rank (higher: better): carving's
    tie-break after the employer's need (a table lookup)."""
    table = t.lookups.task_preference
    if not table.any():
        return np.zeros(len(column), dtype=np.int64)
    index = t.seekers.task_preference[seeker] * table.shape[1] + t.tasks.task_preference[column]
    found: Ints = table.ravel().take(index)
    return found


def _task_unwanted(t: Tables, seeker: Ints, column: Ints) -> Bools:
    """Whether each task's own demands go against a stated task-level preference."""
    table = t.lookups.task_unwanted
    index = t.seekers.task_preference[seeker] * table.shape[1] + t.tasks.task_preference[column]
    found: Bools = table.ravel().take(index)
    return found


@dataclass
class _Sums:
    """Per compact pair: sums over the carved tasks; RIASEC over all of the workplace's tasks."""

    hours: Ints
    focus: Floats
    avoided: Floats
    carved_tasks: Ints
    carved_known: Ints
    coded_tasks: Ints
    congruence: Floats
    preference: dict[str, tuple[Floats, Ints]]


def _sums(
    t: Tables, pairs: Pairs, seeker: Ints, found: _Found, carved: Hours, unknown: Bools
) -> _Sums:
    count = len(pairs.seeker)
    out = _Sums(
        np.zeros(count, dtype=np.int64),
        np.zeros(count),
        np.zeros(count),
        np.zeros(count, dtype=np.int64),
        np.zeros(count, dtype=np.int64),
        np.zeros(count, dtype=np.int64),
        np.zeros(count),
        {k: (np.zeros(count), np.zeros(count, dtype=np.int64)) for k in TASK_PREFERENCE_KEYS},
    )
    for b, ps, ts in pairs.spans:
        shape = (ps.stop - ps.start, b.tasks)
        columns = pairs.task_column[ts].reshape(shape)
        hours = carved[ts].reshape(shape)
        is_carved = hours > 0
        out.hours[ps] = hours.sum(axis=1)
        focus = interest.focus_of(found.matches.top[ts], t.config.thresholds.word_match)
        out.focus[ps] = sum_slots(hours * focus.reshape(shape))
        out.avoided[ps] = sum_slots(hours * found.avoid[ts].reshape(shape))
        out.carved_tasks[ps] = is_carved.sum(axis=1)
        out.carved_known[ps] = (is_carved & ~unknown[ts].reshape(shape)).sum(axis=1)
        seekers = seeker[ps]
        codes = t.tasks.riasec[columns]
        coded = codes >= 0
        out.coded_tasks[ps] = coded.sum(axis=1)
        if (t.seekers.riasec[seekers] >= 0).any():
            congruence = lookup(t.lookups.riasec, t.seekers.riasec[seekers], codes)
            out.congruence[ps] = sum_slots(np.where(coded, congruence, 0.0))
        for key, (total, known_hours) in out.preference.items():
            wanted = t.seekers.preference[key][seekers]
            if not (wanted >= 0).any():
                continue
            actual = t.tasks.actual[key][columns]
            counted = np.where(is_carved & (actual >= 0), hours, 0)
            total[ps] = sum_slots(counted * lookup(t.lookups.fits[key], wanted, actual))
            known_hours[ps] = counted.sum(axis=1)
    return out


def lookup(table: Floats, rows: Ints, columns: Ints) -> Floats:
    """``table[rows[:, None], columns]`` (id -1: the table's last row or column), as one flat take."""
    height, width = table.shape
    index = (rows % height)[:, None] * width + columns % width
    result: Floats = table.ravel().take(index)
    return result


def _combine(
    t: Tables, values: dict[str, tuple[Floats, Floats]], taken: Floats
) -> tuple[Floats, Floats]:
    """Score (0-100): 100 x *m*, the weighted mean of the values less the essential penalty
    ``taken``; and the points the penalty took."""
    weights = {name: float(getattr(t.config.weights, name)) for name in COMPONENTS}
    total = 0.0
    for name in COMPONENTS:
        total = total + weights[name]
    shape = values["interest"][0].shape
    if total <= 0:
        return np.zeros(shape), np.zeros(shape)
    score = np.zeros(shape)
    for name in COMPONENTS:
        score = score + weights[name] * values[name][0]
    mean = score / total
    m = essential.penalised(mean, taken)
    return 100.0 * m, 100.0 * (mean - m)


def _confidence(
    t: Tables,
    pairs: Pairs,
    seeker: Ints,
    blank: Ints,
    carved: Hours,
    km: Floats,
    parts: _Components,
    interests: list[Routed],
) -> Floats:
    """How completely each evaluated pair is mapped (:mod:`~jobmatch.scoring.criteria.confidence`)."""
    carved_tasks = parts.sums.carved_tasks
    demands = confidence.demand_counts(t, seeker, pairs.first_task, blank, carved, carved_tasks)
    known_km = distance.known(t, seeker, km, parts.practical.same_municipality)
    evidence = confidence.word_evidence(t, len(pairs.seeker), interests, carved)
    return confidence.value(t, seeker, pairs.position, demands, known_km, evidence)


def _gate(t: Tables, score: Floats, met: Bools) -> Floats:
    """The score with the gate of spec step 5: G + (100 - G) x m when an interest meets a
    carved task, else G x m (``score`` is 100 x m; G: ``no_interest_ceiling``)."""
    ceiling = t.config.thresholds.no_interest_ceiling
    m = score / 100
    gated: Floats = np.where(met, ceiling + (100 - ceiling) * m, ceiling * m)
    return gated


def _scatter(
    t: Tables,
    rows: slice,
    pairs: Pairs,
    excluded: Bools,
    score: Floats,
    confidence: Floats,
    values: dict[str, tuple[Floats, Floats]],
) -> ChunkScores:
    """Compact results into (seekers, workplaces) arrays in workplace id order."""
    shape, order = excluded.shape, t.workplaces.order
    column = order[pairs.position]

    def spread(found: Floats, fill: float) -> Floats:
        out = np.full(shape, fill)
        out[pairs.seeker, column] = found
        return out

    in_id_order = np.empty_like(excluded)
    in_id_order[:, order] = excluded
    return ChunkScores(
        rows.start,
        rows.stop,
        spread(np.where(pairs.excluded, 0.0, score), 0.0),
        spread(confidence, np.nan),
        in_id_order,
        {name: spread(values[name][0], np.nan) for name in COMPONENTS},
    )


__all__ = ["ChunkScores", "Details", "evaluate_details", "score_chunk"]
