"""Score a chunk of seekers against every workplace with array operations.

This is :func:`jobmatch.scoring.engine.score_pair` for many pairs at once, on
the arrays of :mod:`jobmatch.scoring.batch_tables`, each formula written in
the engine's order of operations (float64), so the results are the engine's
to the last bit or nearly so; the tests hold them to 1e-6.

The steps, for a chunk of seekers:

1. the exclusions that need no task (purpose, capacity, schedule overlap,
   distance) for every pair, and which tasks each seeker can do (limits and
   requirements) for every task;
2. the exclusions that need tasks (nothing doable; an essential task not
   doable where the workplace does not carve), for the pairs still in;
3. for the pairs still in, and only those, everything else: word strengths
   from the sparse table, carving fit, the hour ceiling, the two carving
   passes, the four components, score and confidence. These pairs are kept
   *compact*: one entry per pair, and per pair one entry per task.

An excluded pair scores 0, so its components are not computed (NaN in
:class:`ChunkScores`), unless ``every_pair`` asks for them (the tests compare
every pair with the engine that way). When an excluded pair is output
(``--show-excluded``, ``--top 0``), the one-pair engine makes its match.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from jobmatch.scoring.batch_tables import Bools, Bucket, Floats, Ints, Strengths, Tables
from jobmatch.scoring.components import PREFERENCE_KEYS
from jobmatch.scoring.match import COMPONENTS
from jobmatch.scoring.rules import distance_km

_POPCOUNT = np.array([bin(i).count("1") for i in range(128)], dtype=np.int64)
EARTH_DIAMETER_KM = 2 * 6371.0088
HOURS = np.int32
"""Whole hours: a week has 168, so 32 bits are plenty and halve the memory traffic."""
Hours = npt.NDArray[np.int32]
BORDERLINE_KM = 1e-6
"""Distances this close to a seeker's limit are recomputed the engine's way (math, not numpy)."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class _Pairs:
    """The pairs scored in full: seeker row (in the chunk), workplace position, their tasks.

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


@dataclass(frozen=True)
class _Routed:
    """Word strengths of one interest or avoid slot, on the compact pairs and tasks."""

    pair: Ints
    task: Ints
    strength: Floats


@dataclass(frozen=True)
class _Tasks:
    """Per compact task: what the engine's ``judge_task`` finds."""

    unknown: Bools
    strength: Floats
    avoid: Floats
    fit: Floats
    eligible: Bools
    interests: list[_Routed]


def score_chunk(tables: Tables, start: int, stop: int, *, every_pair: bool = False) -> ChunkScores:
    """Score seekers ``start:stop`` against every workplace."""
    rows = slice(start, stop)
    if start >= stop or not tables.tasks.buckets:
        return _empty(start, stop, len(tables.workplaces))
    with np.errstate(divide="ignore", invalid="ignore"):
        weekly, distance = _weekly(tables, rows), _distance(tables, rows)
        excluded = _pair_exclusions(tables, rows, weekly, distance)
        pairs = _select(tables, rows, ~_blocked(tables, rows), excluded, every_pair)
        tasks = _judge(tables, rows, pairs)
        inputs = _PairInputs.gather(tables, rows, pairs, weekly, distance)
        carved = _carve(tables, pairs, tasks, inputs)
        values = _components(tables, rows, pairs, tasks, inputs, carved)
        score, confidence = _combine(tables, values)
    return _scatter(tables, rows, pairs, excluded, score, confidence, values)


def _empty(start: int, stop: int, width: int) -> ChunkScores:
    shape = (max(0, stop - start), width)
    nan = np.full(shape, np.nan)
    return ChunkScores(
        start, stop, np.zeros(shape), nan, np.ones(shape, dtype=bool), {n: nan for n in COMPONENTS}
    )


# --- 1. every pair -----------------------------------------------------------------


def _weekly(t: Tables, rows: slice) -> Floats:
    """The engine's ``schedule_overlap``: hours a week both can work (NaN: unknown)."""
    a, w = t.seekers.schedule, t.workplaces.schedule
    both = a.known[rows][:, None] & w.known[None, :]
    days = _POPCOUNT[a.days[rows][:, None] & w.days[None, :]]
    start = np.maximum(a.start[rows][:, None], w.start[None, :])
    end = np.minimum(a.end[rows][:, None], w.end[None, :])
    daily = np.maximum(0, end - start) / 60
    result: Floats = np.where(both, days * daily, np.nan)
    return result


def _distance(t: Tables, rows: slice) -> Floats:
    """The engine's ``distance_km`` (haversine), NaN where either side lacks coordinates."""
    a, w = t.seekers.place, t.workplaces.place
    lat1, lon1 = a.lat[rows][:, None], a.lon[rows][:, None]
    if np.isnan(lat1).all() or np.isnan(w.lat).all():
        return np.full((rows.stop - rows.start, len(w.lat)), np.nan)
    phi1, phi2 = np.radians(lat1), np.radians(w.lat)[None, :]
    dphi, dlmb = phi2 - phi1, np.radians(w.lon[None, :] - lon1)
    h = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlmb / 2) ** 2
    distance: Floats = EARTH_DIAMETER_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    _settle_borderline(t, rows, distance)
    return distance


def _settle_borderline(t: Tables, rows: slice, distance: Floats) -> None:
    """Recompute with the engine's function where numpy's last bit could flip 'too far'."""
    limit = t.seekers.max_travel[rows][:, None]
    for i, j in np.argwhere(np.abs(distance - limit) <= BORDERLINE_KM):
        seeker = t.seekers.views[rows.start + int(i)]
        exact = distance_km(seeker.place, t.workplaces.views[int(j)].place)
        distance[i, j] = np.nan if exact is None else exact


def _pair_exclusions(t: Tables, rows: slice, weekly: Floats, distance: Floats) -> Bools:
    """The engine's ``exclusions`` that need no task: purpose, capacity, schedules, distance."""
    w = t.workplaces
    not_offered = ((w.offers[None, :] >> t.seekers.purpose[rows][:, None]) & 1) == 0
    too_far = distance > t.seekers.max_travel[rows][:, None]
    result: Bools = not_offered | (w.capacity == 0)[None, :] | (weekly <= 0) | too_far
    return result


def _blocked(t: Tables, rows: slice) -> Bools:
    """Tasks with a demand beyond a limit, or a requirement the seeker's skills do not meet."""
    blocked = np.zeros((rows.stop - rows.start, len(t.tasks)), dtype=bool)
    limits = t.seekers.limits[rows]
    for d in range(limits.shape[1]):
        limit = limits[:, d]
        if np.isinf(limit).all():
            continue
        blocked |= t.tasks.demands[d][None, :] > limit[:, None]
    skills = t.seekers.skills[rows]
    for columns, requirement in t.tasks.requirements:
        blocked[:, columns] |= ~t.lookups.requirement_met[skills][:, requirement]
    return blocked


# --- 2. the pairs still in ------------------------------------------------------------------


def _select(t: Tables, rows: slice, doable: Bools, excluded: Bools, every_pair: bool) -> _Pairs:
    """Add the task exclusions, and gather the pairs to score in full (compact), bucket by bucket."""
    found = [_bucket_pairs(t, b, doable, excluded, every_pair) for b in t.tasks.buckets]
    spans, pair_count, task_count = [], 0, 0
    for b, (s, _, _, _) in zip(t.tasks.buckets, found, strict=True):
        pairs, tasks = (
            slice(pair_count, pair_count + len(s)),
            slice(task_count, task_count + len(s) * b.tasks),
        )
        spans.append((b, pairs, tasks))
        pair_count, task_count = pairs.stop, tasks.stop
    sizes = np.repeat([b.tasks for b in t.tasks.buckets], [len(f[0]) for f in found])
    seeker, position = np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])
    return _Pairs(
        seeker=seeker,
        position=position,
        excluded=excluded[seeker, position],
        first_task=np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64),
        task_column=np.concatenate([f[2].reshape(-1) for f in found]),
        task_pair=np.repeat(np.arange(pair_count, dtype=np.int64), sizes),
        doable=np.concatenate([f[3].reshape(-1) for f in found]),
        spans=spans,
    )


def _bucket_pairs(
    t: Tables, b: Bucket, doable: Bools, excluded: Bools, every_pair: bool
) -> tuple[Ints, Ints, Ints, Bools]:
    """One bucket's pairs still in: seeker rows, positions, task columns and doable flags.

    Marks in ``excluded`` the pairs where nothing is doable, or an essential
    task is not and the workplace does not carve.
    """
    block = excluded[:, b.positions]
    s, w = np.nonzero(np.ones(block.shape, dtype=bool) if every_pair else ~block)
    columns = b.offset + np.arange(b.tasks)[None, :] * b.size + w[:, None]
    can = doable[s[:, None], columns]
    position = b.position + w
    essential = (~can & t.tasks.essential[columns]).any(axis=1) & ~t.workplaces.carves[position]
    drop = ~can.any(axis=1) | essential
    excluded[s[drop], position[drop]] = True
    if every_pair:
        return s, position, columns, can
    keep = ~drop
    return s[keep], position[keep], columns[keep], can[keep]


# --- 3. the pairs scored in full -------------------------------------------------------------


def _judge(t: Tables, rows: slice, pairs: _Pairs) -> _Tasks:
    """The engine's ``judge_task`` for each compact task: unknowns, interest, avoid, fit."""
    count = len(pairs.task_column)
    seeker = rows.start + pairs.seeker[pairs.task_pair]
    column = pairs.task_column
    unknown = (t.seekers.limit_bits[seeker] & t.tasks.unknown_bits[column]) != 0
    index = np.full((rows.stop - rows.start, len(t.workplaces)), -1, dtype=np.int64)
    index[pairs.seeker, pairs.position] = np.arange(len(pairs.seeker))
    best_fit, strength = np.zeros(count), np.zeros(count)
    interests = []
    for j in range(t.seekers.interest_text.shape[1]):
        found = _route(t, index, pairs, _triplets(t.strengths, t.seekers.interest_text[rows, j]))
        weights = t.seekers.interest_weight[rows.start + pairs.seeker[found.pair], j]
        _keep_best(best_fit, strength, found, weights)
        interests.append(found)
    avoid = np.zeros(count)
    for j in range(t.seekers.avoid_text.shape[1]):
        found = _route(t, index, pairs, _triplets(t.strengths, t.seekers.avoid_text[rows, j]))
        avoid[found.task] = np.maximum(avoid[found.task], found.strength)
    table = t.lookups.task_preference_term
    term = table.ravel().take(
        t.seekers.task_preference[seeker] * table.shape[1] + t.tasks.task_preference[column]
    )
    fit = best_fit + term - avoid
    eligible = pairs.doable
    return _Tasks(unknown, strength, avoid, fit, eligible, interests)


def _triplets(strengths: Strengths, texts: Ints) -> tuple[Ints, Ints, Floats]:
    """The task columns each row's text meets (row, column, strength)."""
    safe = np.where(texts >= 0, texts, 0)
    lengths = np.where(texts >= 0, strengths.ptr[safe + 1] - strengths.ptr[safe], 0)
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    ends = np.cumsum(lengths)
    index = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(ends - lengths, lengths)
    index += np.repeat(strengths.ptr[safe], lengths)
    return rows, strengths.cols[index], strengths.vals[index]


def _route(t: Tables, index: Ints, pairs: _Pairs, found: tuple[Ints, Ints, Floats]) -> _Routed:
    """Strengths by (row, task column) to strengths by compact pair and task."""
    rows, columns, values = found
    pair = index[rows, t.tasks.position[columns]]
    keep = pair >= 0
    pair = pair[keep]
    task = pairs.first_task[pair] + t.tasks.slot[columns[keep]]
    return _Routed(pair, task, values[keep])


def _keep_best(best_fit: Floats, strength: Floats, found: _Routed, weights: Ints) -> None:
    """The engine's ``task_interest``: the highest weighted fit, then the highest strength."""
    weighted = found.strength * weights / 3
    current_fit, current = best_fit[found.task], strength[found.task]
    better = (weighted > current_fit) | ((weighted == current_fit) & (found.strength > current))
    best_fit[found.task[better]] = weighted[better]
    strength[found.task[better]] = found.strength[better]


@dataclass(frozen=True)
class _PairInputs:
    """Per compact pair: the seeker (row in the tables), the workplace position, hours and place."""

    seeker: Ints
    position: Ints
    weekly: Floats
    distance: Floats
    wanted: Floats

    @classmethod
    def gather(
        cls, t: Tables, rows: slice, pairs: _Pairs, weekly: Floats, distance: Floats
    ) -> _PairInputs:
        seeker, position = rows.start + pairs.seeker, pairs.position
        hours = t.seekers.hours[seeker]
        wanted = np.where(np.isnan(hours), t.workplaces.wanted_default[position], hours)
        return cls(
            seeker,
            position,
            weekly[pairs.seeker, position],
            distance[pairs.seeker, position],
            wanted,
        )


def _carve(t: Tables, pairs: _Pairs, tasks: _Tasks, inputs: _PairInputs) -> Hours:
    """Hours carved for each compact task: the engine's ceiling and two-pass ``carve``."""
    carved = np.zeros(len(pairs.task_column), dtype=HOURS)
    for b, ps, ts in pairs.spans:
        shape = (ps.stop - ps.start, b.tasks)
        columns = pairs.task_column[ts].reshape(shape)
        doable = pairs.doable[ts].reshape(shape)
        ceiling = _ceiling(t, doable, t.tasks.hours[columns], inputs, ps)
        known = t.tasks.capacity[columns].astype(HOURS)
        capacity = np.where(known < 0, ceiling[:, None], known)
        essential = doable & t.tasks.essential[columns]
        wished = np.where(
            essential, np.minimum(capacity, t.config.thresholds.essential_min_hours), 0
        )
        first = _greedy(wished.astype(HOURS), ceiling)
        remaining = ceiling - first.sum(axis=1, dtype=HOURS)
        eligible, fit = tasks.eligible[ts].reshape(shape), tasks.fit[ts].reshape(shape)
        open_hours = np.where(eligible, capacity - first, 0).astype(HOURS)
        order = np.argsort(np.where(eligible, -fit, np.inf), axis=1, kind="stable")
        second = np.empty_like(first)
        np.put_along_axis(
            second, order, _greedy(np.take_along_axis(open_hours, order, axis=1), remaining), axis=1
        )
        carved[ts] = (first + second).reshape(-1)
    return carved


def _ceiling(t: Tables, doable: Bools, hours: Floats, inputs: _PairInputs, ps: slice) -> Hours:
    """The engine's ``hour_ceiling``: min(wanted, doable hours, workplace max, overlap), floored.

    A doable task of unknown hours makes the sum NaN: no bound, as in the engine.
    """
    total = _sum_slots(np.where(doable, hours, 0.0))
    least = np.fmin(inputs.wanted[ps], total)
    least = np.fmin(least, t.workplaces.max_hours[inputs.position[ps]])
    least = np.fmin(least, inputs.weekly[ps])
    ceiling: Hours = np.floor(least + 1e-9).astype(HOURS)
    return ceiling


def _greedy(wished: Hours, budget: Hours) -> Hours:
    """Each task in turn takes what it wishes while the budget lasts: min(wish, budget left)."""
    before = np.cumsum(wished, axis=1, dtype=HOURS) - wished
    taken: Hours = np.minimum(wished, np.maximum(0, budget[:, None] - before))
    return taken


def _sum_slots(values: Floats) -> Floats:
    """Sum over a pair's tasks in slot order, as the engine's loops add them."""
    total = values[:, 0].copy()
    for slot in range(1, values.shape[1]):
        total += values[:, slot]
    return total


# --- the four components ----------------------------------------------------------------------


@dataclass
class _Sums:
    """Per compact pair: sums over the carved tasks."""

    hours: Ints
    focus: Floats
    avoided: Floats
    carved_tasks: Ints
    carved_known: Ints
    coded_hours: Ints
    congruence: Floats
    preference: dict[str, tuple[Floats, Ints]]


def _sums(t: Tables, pairs: _Pairs, tasks: _Tasks, inputs: _PairInputs, carved: Hours) -> _Sums:
    count = len(pairs.seeker)
    out = _Sums(
        np.zeros(count, dtype=np.int64),
        np.zeros(count),
        np.zeros(count),
        np.zeros(count, dtype=np.int64),
        np.zeros(count, dtype=np.int64),
        np.zeros(count, dtype=np.int64),
        np.zeros(count),
        {
            k: (np.zeros(count), np.zeros(count, dtype=np.int64))
            for k in ("customer_contact", "setting", "pace")
        },
    )
    for b, ps, ts in pairs.spans:
        shape = (ps.stop - ps.start, b.tasks)
        columns = pairs.task_column[ts].reshape(shape)
        hours = carved[ts].reshape(shape)
        is_carved = hours > 0
        out.hours[ps] = hours.sum(axis=1)
        out.focus[ps] = _sum_slots(hours * tasks.strength[ts].reshape(shape))
        out.avoided[ps] = _sum_slots(hours * tasks.avoid[ts].reshape(shape))
        out.carved_tasks[ps] = is_carved.sum(axis=1)
        out.carved_known[ps] = (is_carved & ~tasks.unknown[ts].reshape(shape)).sum(axis=1)
        seekers = inputs.seeker[ps]
        codes = t.tasks.riasec[columns]
        coded = np.where(is_carved & (codes >= 0), hours, 0)
        out.coded_hours[ps] = coded.sum(axis=1)
        if (t.seekers.riasec[seekers] >= 0).any():
            congruence = _lookup(t.lookups.riasec, t.seekers.riasec[seekers], codes)
            out.congruence[ps] = _sum_slots(coded * congruence)
        for key, (total, known_hours) in out.preference.items():
            wanted = t.seekers.preference[key][seekers]
            if not (wanted >= 0).any():
                continue
            actual = t.tasks.actual[key][columns]
            counted = np.where(is_carved & (actual >= 0), hours, 0)
            total[ps] = _sum_slots(counted * _lookup(t.lookups.fits[key], wanted, actual))
            known_hours[ps] = counted.sum(axis=1)
    return out


def _lookup(table: Floats, rows: Ints, columns: Ints) -> Floats:
    """``table[rows[:, None], columns]`` (id -1: the table's last row or column), as one flat take."""
    height, width = table.shape
    index = (rows % height)[:, None] * width + columns % width
    result: Floats = table.ravel().take(index)
    return result


def _components(
    t: Tables, rows: slice, pairs: _Pairs, tasks: _Tasks, inputs: _PairInputs, carved: Hours
) -> dict[str, tuple[Floats, Floats]]:
    """Each component's value and known share, per compact pair."""
    sums = _sums(t, pairs, tasks, inputs, carved)
    coverage = _coverage(t, inputs, tasks.interests, carved)
    return {
        "interest": _interest(t, inputs, sums, coverage),
        "preferences": _preferences(t, inputs, sums),
        "readiness": (
            t.workplaces.readiness[inputs.position],
            t.workplaces.readiness_known[inputs.position],
        ),
        "practical": _practical(t, inputs, sums),
    }


def _coverage(t: Tables, inputs: _PairInputs, interests: list[_Routed], carved: Hours) -> Floats:
    """Sum over the seeker's interests of weight x the best strength among the carved tasks."""
    total = np.zeros(len(inputs.seeker))
    for j, found in enumerate(interests):
        keep = carved[found.task] > 0
        best = np.zeros(len(inputs.seeker))
        np.maximum.at(best, found.pair[keep], found.strength[keep])
        total = total + t.seekers.interest_weight[inputs.seeker, j] * best
    return total


def _interest(
    t: Tables, inputs: _PairInputs, sums: _Sums, coverage: Floats
) -> tuple[Floats, Floats]:
    thresholds = t.config.thresholds
    cover = coverage / t.seekers.total_weight[inputs.seeker]
    focus = sums.focus / sums.hours
    avoided = sums.avoided / sums.hours
    c = thresholds.coverage_share
    words = np.maximum(0.0, c * cover + (1 - c) * focus - thresholds.avoid_penalty * avoided)
    coded = t.seekers.riasec[inputs.seeker] >= 0
    share = thresholds.riasec_share
    blended = (1 - share) * words + share * (sums.congruence / sums.coded_hours)
    value = np.where(coded & (sums.coded_hours > 0), blended, words)
    known = np.where(coded & (sums.coded_hours == 0), 0.5, 1.0)
    none = sums.hours <= 0
    return np.where(none, 0.0, value), np.where(none, 1.0, known)


def _preferences(t: Tables, inputs: _PairInputs, sums: _Sums) -> tuple[Floats, Floats]:
    neutral = t.config.thresholds.neutral
    total, known_count = np.zeros(len(inputs.seeker)), np.zeros(len(inputs.seeker), dtype=np.int64)
    for key in PREFERENCE_KEYS:
        wanted = t.seekers.preference[key][inputs.seeker]
        if key in ("noise", "indoor"):
            actual = getattr(t.workplaces, key)[inputs.position]
            value, known = t.lookups.fits[key][wanted, actual], actual >= 0
        else:
            carved_total, hours = sums.preference[key]
            value, known = carved_total / hours, hours > 0
        stated = wanted >= 0
        total = total + np.where(stated, np.where(known, value, neutral), 0.0)
        known_count = known_count + (stated & known)
    stated_count = t.seekers.stated[inputs.seeker]
    some = stated_count > 0
    return np.where(some, total / stated_count, neutral), np.where(
        some, known_count / stated_count, 1.0
    )


def _practical(t: Tables, inputs: _PairInputs, sums: _Sums) -> tuple[Floats, Floats]:
    thresholds, w = t.config.thresholds, t.workplaces
    neutral, wanted, weekly, distance = (
        thresholds.neutral,
        inputs.wanted,
        inputs.weekly,
        inputs.distance,
    )
    positive = wanted > 0
    hours_fit = np.where(positive, np.minimum(1.0, sums.hours / wanted), 1.0)
    minimum = w.min_hours[inputs.position]
    hours_fit = np.where(minimum > wanted, hours_fit * (wanted / minimum), hours_fit)
    schedule_fit = np.where(
        np.isnan(weekly), neutral, np.where(positive, np.minimum(1.0, weekly / wanted), 1.0)
    )
    limit = t.seekers.max_travel[inputs.seeker]
    reference = np.where(np.isnan(limit) | (limit == 0), 3 * thresholds.near_km, limit)
    near = np.where(reference > 0, np.maximum(0.0, 1.0 - 0.5 * distance / reference), 1.0)
    mine, theirs = (
        t.seekers.place.municipality[inputs.seeker],
        w.place.municipality[inputs.position],
    )
    same = (mine >= 0) & (mine == theirs)
    distance_fit = np.where(np.isnan(distance), np.where(same, 0.9, neutral), near)
    value = (hours_fit + schedule_fit + distance_fit) / 3
    has_schedule = t.seekers.schedule.known[inputs.seeker]
    has_limit = ~np.isnan(limit)
    known = (
        (~np.isnan(t.seekers.hours[inputs.seeker])).astype(np.int64)
        + w.offers_known[inputs.position]
        + (w.capacity[inputs.position] >= 0)
        + w.carving_known[inputs.position]
        + (has_schedule & ~np.isnan(weekly))
        + (has_limit & (~np.isnan(distance) | same))
        + sums.carved_known
    )
    items = 4 + has_schedule.astype(np.int64) + has_limit + sums.carved_tasks
    return value, known / items


def _combine(t: Tables, values: dict[str, tuple[Floats, Floats]]) -> tuple[Floats, Floats]:
    """The engine's ``_combine``: weighted means of the values and of the known shares."""
    weights = {name: float(getattr(t.config.weights, name)) for name in COMPONENTS}
    total = 0.0
    for name in COMPONENTS:
        total = total + weights[name]
    shape = values["interest"][0].shape
    if total <= 0:
        return np.zeros(shape), np.zeros(shape)
    score, known = np.zeros(shape), np.zeros(shape)
    for name in COMPONENTS:
        score = score + weights[name] * values[name][0]
        known = known + weights[name] * values[name][1]
    return 100.0 * (score / total), known / total


def _scatter(
    t: Tables,
    rows: slice,
    pairs: _Pairs,
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


__all__ = ["ChunkScores", "score_chunk"]
