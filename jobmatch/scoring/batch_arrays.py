"""Score a chunk of seekers against every workplace with array operations.

This is :func:`jobmatch.scoring.engine.score_pair` for many pairs at once,
step by step, on the arrays of :mod:`jobmatch.scoring.batch_tables`. Each
formula is written in the engine's order of operations, so the results are
the engine's to the last bit or nearly so (float64; the tests hold them to
1e-6). Sums over a workplace's tasks run slot by slot, in file order, as the
engine's loops do.

Arrays are ``(seekers, task columns)`` at the task level and ``(seekers,
workplaces)`` at the pair level; the pair level is in bucket order inside
this module and in workplace id order in the :class:`ChunkScores` returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from jobmatch.scoring.batch_tables import Bools, Bucket, Floats, Ints, Strengths, Tables
from jobmatch.scoring.components import PREFERENCE_KEYS
from jobmatch.scoring.match import COMPONENTS
from jobmatch.scoring.rules import distance_km

_POPCOUNT = np.array([bin(i).count("1") for i in range(128)], dtype=np.int64)
EARTH_DIAMETER_KM = 2 * 6371.0088
BORDERLINE_KM = 1e-6
"""Distances this close to a seeker's limit are recomputed the engine's way (math, not numpy)."""


@dataclass(frozen=True)
class ChunkScores:
    """Scores of seekers ``start:stop`` against every workplace (columns in workplace id order)."""

    start: int
    stop: int
    score: Floats
    confidence: Floats
    excluded: Bools
    components: dict[str, Floats]


@dataclass
class _Triplets:
    """Sparse strengths for one interest or avoid slot of a chunk: row, task column, strength."""

    rows: Ints
    cols: Ints
    vals: Floats


@dataclass
class _TaskLevel:
    """Per seeker and task column."""

    doable: Bools
    unknown: Bools
    strength: Floats
    avoid: Floats
    fit: Floats
    eligible: Bools
    interests: list[_Triplets]


@dataclass
class _PairLevel:
    """Per seeker and workplace, in bucket order; filled bucket by bucket."""

    shape: tuple[int, int]
    values: dict[str, Any] = field(default_factory=dict)

    def put(self, name: str, where: slice, value: Any) -> None:
        target = self.values.get(name)
        if target is None:
            dtype = np.asarray(value).dtype
            target = self.values[name] = np.zeros(self.shape, dtype=dtype)
        target[:, where] = value

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


def score_chunk(tables: Tables, start: int, stop: int) -> ChunkScores:
    """Score seekers ``start:stop`` against every workplace."""
    rows = slice(start, stop)
    count, width = stop - start, len(tables.workplaces)
    with np.errstate(divide="ignore", invalid="ignore"):
        level = _task_level(tables, rows)
        pairs = _PairLevel((count, width))
        carved = np.zeros((count, len(tables.tasks)), dtype=np.int64)
        for bucket in tables.tasks.buckets:
            _bucket(tables, rows, bucket, level, pairs, carved)
        if width == 0 or count == 0:
            return _empty(start, stop, width)
        coverage = _coverage(tables, rows, level.interests, carved)
        values = _components(tables, rows, pairs, coverage)
        score, confidence = _combine(tables, values)
    order = tables.tasks.order
    excluded = _reorder(pairs["excluded"], order)
    return ChunkScores(
        start,
        stop,
        np.where(excluded, 0.0, _reorder(score, order)),
        _reorder(confidence, order),
        excluded,
        {name: _reorder(values[name][0], order) for name in COMPONENTS},
    )


def _empty(start: int, stop: int, width: int) -> ChunkScores:
    shape = (stop - start, width)
    zeros = np.zeros(shape, dtype=np.float64)
    return ChunkScores(start, stop, zeros, zeros, np.ones(shape, dtype=bool), {n: zeros for n in COMPONENTS})


def _reorder(values: Any, order: Ints) -> Any:
    """Bucket order to workplace id order."""
    out = np.empty_like(values)
    out[:, order] = values
    return out


# --- task level -------------------------------------------------------------------


def _task_level(t: Tables, rows: slice) -> _TaskLevel:
    """Doable, unknown demands, best interest, avoided work and carving fit of every task."""
    count, width = rows.stop - rows.start, len(t.tasks)
    doable = ~_blocked(t, rows)
    bits = t.seekers.limit_bits[rows].astype(np.uint8)[:, None] & t.tasks.unknown_bits.astype(np.uint8)[None, :]
    unknown = bits != 0
    best_fit = np.zeros((count, width), dtype=np.float64)
    strength = np.zeros((count, width), dtype=np.float64)
    interests = []
    for j in range(t.seekers.interest_text.shape[1]):
        found = _triplets(t.strengths, t.seekers.interest_text[rows, j])
        weights = t.seekers.interest_weight[rows, j]
        _keep_best(best_fit, strength, found, weights)
        interests.append(found)
    avoid = np.zeros((count, width), dtype=np.float64)
    for j in range(t.seekers.avoid_text.shape[1]):
        found = _triplets(t.strengths, t.seekers.avoid_text[rows, j])
        flat = found.rows * width + found.cols
        avoid.flat[flat] = np.maximum(avoid.flat[flat], found.vals)
    term = t.lookups.task_preference_term[t.seekers.task_preference[rows]][:, t.tasks.task_preference]
    fit = best_fit + term - avoid
    eligible = doable & ~((avoid > 0) & (fit < 0))
    return _TaskLevel(doable, unknown, strength, avoid, fit, eligible, interests)


def _blocked(t: Tables, rows: slice) -> Bools:
    """Tasks with a demand beyond a limit, or a requirement the seeker's skills do not meet."""
    count = rows.stop - rows.start
    blocked = np.zeros((count, len(t.tasks)), dtype=bool)
    limits = t.seekers.limits[rows]
    for d in range(limits.shape[1]):
        limit = limits[:, d]
        if np.isinf(limit).all():
            continue
        blocked |= t.tasks.demands[d][None, :] > limit[:, None]
    skills = t.seekers.skills[rows]
    for columns, requirement in t.tasks.requirements:
        met = t.lookups.requirement_met[skills][:, requirement]
        blocked[:, columns] |= ~met
    return blocked


def _triplets(strengths: Strengths, texts: Ints) -> _Triplets:
    """The task columns each row's text meets, with the strength."""
    safe = np.where(texts >= 0, texts, 0)
    lengths = np.where(texts >= 0, strengths.ptr[safe + 1] - strengths.ptr[safe], 0)
    total = int(lengths.sum())
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    ends = np.cumsum(lengths)
    index = np.arange(total, dtype=np.int64) - np.repeat(ends - lengths, lengths)
    index += np.repeat(strengths.ptr[safe], lengths)
    return _Triplets(rows, strengths.cols[index], strengths.vals[index])


def _keep_best(best_fit: Floats, strength: Floats, found: _Triplets, weights: Ints) -> None:
    """The engine's ``task_interest``: the highest weighted fit, then the highest strength."""
    width = best_fit.shape[1]
    flat = found.rows * width + found.cols
    weighted = found.vals * weights[found.rows] / 3
    current_fit, current = best_fit.flat[flat], strength.flat[flat]
    better = (weighted > current_fit) | ((weighted == current_fit) & (found.vals > current))
    best_fit.flat[flat[better]] = weighted[better]
    strength.flat[flat[better]] = found.vals[better]


# --- pair level, one bucket -------------------------------------------------------------


def _bucket(t: Tables, rows: slice, b: Bucket, level: _TaskLevel, pairs: _PairLevel, carved_all: Ints) -> None:
    """Exclusions, hour ceiling, carving and the per-task sums of one bucket of workplaces."""
    count, n, m = rows.stop - rows.start, b.tasks, b.size

    def view(values: Any) -> Any:
        return values[:, b.columns].reshape(count, n, m)

    def per_task(values: Any) -> Any:
        return values[b.columns].reshape(n, m)

    doable = view(level.doable)
    weekly = _weekly(t, rows, b)
    distance = _distance(t, rows, b)
    excluded = _excluded(t, rows, b, doable, per_task(t.tasks.essential), weekly, distance)
    wanted = _wanted(t, rows, b)
    ceiling = _ceiling(t, b, doable, per_task(t.tasks.hours), wanted, weekly)
    carved = _carve(t, view(level.eligible), view(level.fit), doable, per_task, ceiling)
    carved_all[:, b.columns] = carved.reshape(count, n * m)
    where = b.positions
    for name, value in (("excluded", excluded), ("weekly", weekly), ("distance", distance),
                        ("wanted", wanted), ("hours", carved.sum(axis=1))):
        pairs.put(name, where, value)
    _task_sums(t, rows, b, level, carved, view, per_task, pairs)


def _weekly(t: Tables, rows: slice, b: Bucket) -> Floats:
    """The engine's ``schedule_overlap``: hours a week both can work (NaN: unknown)."""
    a, w = t.seekers.schedule, t.workplaces.schedule
    wp = b.workplaces
    both = a.known[rows][:, None] & w.known[wp][None, :]
    days = _POPCOUNT[a.days[rows][:, None] & w.days[wp][None, :]]
    start = np.maximum(a.start[rows][:, None], w.start[wp][None, :])
    end = np.minimum(a.end[rows][:, None], w.end[wp][None, :])
    daily = np.maximum(0, end - start) / 60
    return np.where(both, days * daily, np.nan)


def _distance(t: Tables, rows: slice, b: Bucket) -> Floats:
    """The engine's ``distance_km`` (haversine), NaN where either side lacks coordinates."""
    a, w = t.seekers.place, t.workplaces.place
    wp = b.workplaces
    lat1, lon1 = a.lat[rows][:, None], a.lon[rows][:, None]
    lat2, lon2 = w.lat[wp][None, :], w.lon[wp][None, :]
    if np.isnan(lat1).all() or np.isnan(lat2).all():
        return np.full((rows.stop - rows.start, b.size), np.nan)
    phi1, phi2 = np.radians(lat1), np.radians(lat2)
    dphi, dlmb = phi2 - phi1, np.radians(lon2 - lon1)
    h = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlmb / 2) ** 2
    distance: Floats = EARTH_DIAMETER_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    _settle_borderline(t, rows, b, distance)
    return distance


def _settle_borderline(t: Tables, rows: slice, b: Bucket, distance: Floats) -> None:
    """Recompute with the engine's function where numpy's last bit could flip 'too far'."""
    limit = t.seekers.max_travel[rows][:, None]
    close = np.argwhere(np.abs(distance - limit) <= BORDERLINE_KM)
    for i, j in close:
        seeker = t.seekers.views[rows.start + int(i)]
        workplace = t.workplaces.views[int(b.workplaces[j])]
        exact = distance_km(seeker.place, workplace.place)
        distance[i, j] = np.nan if exact is None else exact


def _excluded(
    t: Tables, rows: slice, b: Bucket, doable: Bools, essential: Bools, weekly: Floats, distance: Floats
) -> Bools:
    """The engine's ``exclusions``: does any rule apply?"""
    wp, w = b.workplaces, t.workplaces
    nothing = ~doable.any(axis=1)
    essential_blocked = (~doable & essential[None]).any(axis=1) & ~w.carves[wp][None, :]
    purpose = t.seekers.purpose[rows][:, None]
    not_offered = ((w.offers[wp][None, :] >> purpose) & 1) == 0
    no_capacity = (w.capacity[wp] == 0)[None, :]
    too_far = distance > t.seekers.max_travel[rows][:, None]
    result: Bools = nothing | essential_blocked | not_offered | no_capacity | (weekly <= 0) | too_far
    return result


def _wanted(t: Tables, rows: slice, b: Bucket) -> Floats:
    """Hours wanted: the seeker's, else the workplace maximum, else the default."""
    hours = t.seekers.hours[rows][:, None]
    result: Floats = np.where(np.isnan(hours), t.workplaces.wanted_default[b.workplaces][None, :], hours)
    return result


def _ceiling(t: Tables, b: Bucket, doable: Bools, hours: Floats, wanted: Floats, weekly: Floats) -> Ints:
    """The engine's ``hour_ceiling``: min(wanted, doable hours, workplace max, overlap), floored."""
    total = np.zeros(wanted.shape, dtype=np.float64)
    for slot in range(b.tasks):
        total = total + np.where(doable[:, slot], hours[slot][None, :], 0.0)
    least = np.fmin(wanted, total)
    least = np.fmin(least, t.workplaces.max_hours[b.workplaces][None, :])
    least = np.fmin(least, weekly)
    ceiling: Ints = np.floor(least + 1e-9).astype(np.int64)
    return ceiling


def _carve(t: Tables, eligible: Bools, fit: Floats, doable: Bools, per_task: Any, ceiling: Ints) -> Ints:
    """The engine's two-pass ``carve``, in task id order, greedy steps written as running sums."""
    by_id = per_task(t.tasks.by_id)[None]
    back = np.argsort(by_id, axis=1)

    def in_id_order(values: Any) -> Any:
        return np.take_along_axis(values, by_id, axis=1)

    known = in_id_order(per_task(t.tasks.capacity)[None])
    capacity = np.where(known < 0, ceiling[:, None, :], known)
    essential = in_id_order(doable & per_task(t.tasks.essential)[None])
    wished = np.where(essential, np.minimum(capacity, t.config.thresholds.essential_min_hours), 0)
    first = _greedy(wished, ceiling)
    remaining = ceiling - first.sum(axis=1)
    eligible, fit = in_id_order(eligible), in_id_order(fit)
    if eligible.shape[1] == 1:
        carved = first + _greedy(np.where(eligible, capacity - first, 0), remaining)
    else:
        order = np.argsort(np.where(eligible, -fit, np.inf), axis=1, kind="stable")
        wished = np.take_along_axis(np.where(eligible, capacity - first, 0), order, axis=1)
        second = np.empty_like(first)
        np.put_along_axis(second, order, _greedy(wished, remaining), axis=1)
        carved = first + second
    result: Ints = np.take_along_axis(carved, back, axis=1)
    return result


def _greedy(wished: Ints, budget: Ints) -> Ints:
    """Each in turn takes what it wishes while the budget lasts: min(wish, budget left)."""
    before = np.cumsum(wished, axis=1) - wished
    taken: Ints = np.minimum(wished, np.maximum(0, budget[:, None, :] - before))
    return taken


def _task_sums(
    t: Tables, rows: slice, b: Bucket, level: _TaskLevel, carved: Ints, view: Any, per_task: Any, pairs: _PairLevel
) -> None:
    """Sums over the carved tasks, slot by slot in file order, as the components take them."""
    count, n, m = carved.shape
    zero = np.zeros((count, m), dtype=np.float64)
    strength, avoid, unknown = view(level.strength), view(level.avoid), view(level.unknown)
    focus, avoided = zero, zero
    for slot in range(n):
        focus = focus + carved[:, slot] * strength[:, slot]
        avoided = avoided + carved[:, slot] * avoid[:, slot]
    is_carved = carved > 0
    where = b.positions
    pairs.put("focus", where, focus)
    pairs.put("avoided", where, avoided)
    pairs.put("carved_tasks", where, is_carved.sum(axis=1))
    pairs.put("carved_known", where, (is_carved & ~unknown).sum(axis=1))
    _riasec_sums(t, rows, b, carved, per_task, pairs)
    for key in ("customer_contact", "setting", "pace"):
        _carved_preference(t, rows, b, key, carved, per_task, pairs)


def _riasec_sums(t: Tables, rows: slice, b: Bucket, carved: Ints, per_task: Any, pairs: _PairLevel) -> None:
    codes = t.seekers.riasec[rows]
    if not (codes >= 0).any():
        return
    task_codes = per_task(t.tasks.riasec)
    coded = (carved > 0) & (task_codes >= 0)[None]
    table = t.lookups.riasec[codes]
    total = np.zeros((len(codes), b.size), dtype=np.float64)
    for slot in range(b.tasks):
        congruence = table[:, task_codes[slot]]
        total = total + np.where(coded[:, slot], carved[:, slot] * congruence, 0.0)
    pairs.put("coded_hours", b.positions, np.where(coded, carved, 0).sum(axis=1))
    pairs.put("congruence", b.positions, total)


def _carved_preference(
    t: Tables, rows: slice, b: Bucket, key: str, carved: Ints, per_task: Any, pairs: _PairLevel
) -> None:
    """The engine's ``_preference_value`` for a preference the carved tasks answer."""
    wanted = t.seekers.preference[key][rows]
    if not (wanted >= 0).any():
        return
    actual = per_task(t.tasks.actual[key])
    table = t.lookups.fits[key][wanted]
    total = np.zeros((len(wanted), b.size), dtype=np.float64)
    hours = np.zeros((len(wanted), b.size), dtype=np.int64)
    for slot in range(b.tasks):
        known = (carved[:, slot] > 0) & (actual[slot] >= 0)[None, :]
        total = total + np.where(known, carved[:, slot] * table[:, actual[slot]], 0.0)
        hours = hours + np.where(known, carved[:, slot], 0)
    pairs.put(f"pref_{key}", b.positions, total / hours)
    pairs.put(f"pref_{key}_known", b.positions, hours > 0)


# --- the four components ---------------------------------------------------------------


def _coverage(t: Tables, rows: slice, interests: list[_Triplets], carved: Ints) -> Floats:
    """Sum over interests of weight x the best strength among the carved tasks."""
    count, width = carved.shape[0], len(t.workplaces)
    total = np.zeros((count, width), dtype=np.float64)
    for j, found in enumerate(interests):
        keep = carved.flat[found.rows * carved.shape[1] + found.cols] > 0
        best = np.zeros((count, width), dtype=np.float64)
        np.maximum.at(best, (found.rows[keep], t.tasks.position[found.cols[keep]]), found.vals[keep])
        total = total + t.seekers.interest_weight[rows, j][:, None] * best
    return total


def _components(t: Tables, rows: slice, pairs: _PairLevel, coverage: Floats) -> dict[str, tuple[Floats, Floats]]:
    """Each component's value and known share."""
    return {
        "interest": _interest(t, rows, pairs, coverage),
        "preferences": _preferences(t, rows, pairs),
        "readiness": _readiness(t, pairs),
        "practical": _practical(t, rows, pairs),
    }


def _interest(t: Tables, rows: slice, pairs: _PairLevel, coverage: Floats) -> tuple[Floats, Floats]:
    thresholds = t.config.thresholds
    hours = pairs["hours"]
    cover = coverage / t.seekers.total_weight[rows][:, None]
    focus = pairs["focus"] / hours
    avoided = pairs["avoided"] / hours
    words = np.maximum(0.0, 0.5 * cover + 0.5 * focus - thresholds.avoid_penalty * avoided)
    coded = t.seekers.riasec[rows][:, None] >= 0
    if "coded_hours" in pairs.values:
        coded_hours = pairs["coded_hours"]
        congruence = pairs["congruence"] / coded_hours
        share = thresholds.riasec_share
        blended = (1 - share) * words + share * congruence
        value = np.where(coded & (coded_hours > 0), blended, words)
        known = np.where(coded & (coded_hours == 0), 0.5, 1.0)
    else:
        value, known = words, np.ones(words.shape)
    none = hours <= 0
    return np.where(none, 0.0, value), np.where(none, 1.0, known)


def _preferences(t: Tables, rows: slice, pairs: _PairLevel) -> tuple[Floats, Floats]:
    neutral = t.config.thresholds.neutral
    shape = pairs.shape
    total, known_count = np.zeros(shape, dtype=np.float64), np.zeros(shape, dtype=np.int64)
    for key in PREFERENCE_KEYS:
        wanted = t.seekers.preference[key][rows]
        if not (wanted >= 0).any():
            continue
        value, known = _preference(t, key, wanted, pairs)
        stated = (wanted >= 0)[:, None]
        total = total + np.where(stated, np.where(known, value, neutral), 0.0)
        known_count = known_count + (stated & known)
    stated_count = t.seekers.stated[rows][:, None]
    some = stated_count > 0
    value = np.where(some, total / stated_count, neutral)
    return value, np.where(some, known_count / stated_count, 1.0)


def _preference(t: Tables, key: str, wanted: Ints, pairs: _PairLevel) -> tuple[Floats, Bools]:
    if key in ("noise", "indoor"):
        actual = getattr(t.workplaces, key)[t.tasks.order]
        value = t.lookups.fits[key][wanted][:, actual]
        return value, np.broadcast_to((actual >= 0)[None, :], pairs.shape)
    return pairs[f"pref_{key}"], pairs[f"pref_{key}_known"]


def _readiness(t: Tables, pairs: _PairLevel) -> tuple[Floats, Floats]:
    order = t.tasks.order
    value = np.broadcast_to(t.workplaces.readiness[order][None, :], pairs.shape)
    known = np.broadcast_to(t.workplaces.readiness_known[order][None, :], pairs.shape)
    return value, known


def _practical(t: Tables, rows: slice, pairs: _PairLevel) -> tuple[Floats, Floats]:
    thresholds, w, order = t.config.thresholds, t.workplaces, t.tasks.order
    neutral, wanted, weekly, distance = thresholds.neutral, pairs["wanted"], pairs["weekly"], pairs["distance"]
    positive = wanted > 0
    hours_fit = np.where(positive, np.minimum(1.0, pairs["hours"] / wanted), 1.0)
    minimum = w.min_hours[order][None, :]
    hours_fit = np.where(minimum > wanted, hours_fit * (wanted / minimum), hours_fit)
    schedule_fit = np.where(np.isnan(weekly), neutral, np.where(positive, np.minimum(1.0, weekly / wanted), 1.0))
    limit = t.seekers.max_travel[rows]
    reference = np.where(np.isnan(limit) | (limit == 0), 3 * thresholds.near_km, limit)[:, None]
    near = np.where(reference > 0, np.maximum(0.0, 1.0 - 0.5 * distance / reference), 1.0)
    same = _same_municipality(t, rows)
    distance_fit = np.where(np.isnan(distance), np.where(same, 0.9, neutral), near)
    value = (hours_fit + schedule_fit + distance_fit) / 3
    return value, _practical_known(t, rows, pairs, same)


def _same_municipality(t: Tables, rows: slice) -> Bools:
    mine = t.seekers.place.municipality[rows][:, None]
    theirs = t.workplaces.place.municipality[t.tasks.order][None, :]
    result: Bools = (mine >= 0) & (mine == theirs)
    return result


def _practical_known(t: Tables, rows: slice, pairs: _PairLevel, same: Bools) -> Floats:
    """The engine's ``_practical_known``: known items over items, as integers."""
    w, order = t.workplaces, t.tasks.order
    has_schedule = t.seekers.schedule.known[rows][:, None]
    has_limit = ~np.isnan(t.seekers.max_travel[rows])[:, None]
    known = (
        (~np.isnan(t.seekers.hours[rows]))[:, None].astype(np.int64)
        + w.offers_known[order][None, :]
        + (w.capacity[order] >= 0)[None, :]
        + w.carving_known[order][None, :]
        + (has_schedule & ~np.isnan(pairs["weekly"]))
        + (has_limit & (~np.isnan(pairs["distance"]) | same))
        + pairs["carved_known"]
    )
    items = 4 + has_schedule.astype(np.int64) + has_limit + pairs["carved_tasks"]
    result: Floats = known / items
    return result


def _combine(t: Tables, values: dict[str, tuple[Floats, Floats]]) -> tuple[Floats, Floats]:
    """The engine's ``_combine``: weighted means of the values and of the known shares."""
    weights = t.config.weights
    named = {name: getattr(weights, name) for name in COMPONENTS}
    total = 0.0
    for name in COMPONENTS:
        total = total + named[name]
    shape = values["interest"][0].shape
    if total <= 0:
        return np.zeros(shape), np.zeros(shape)
    score, known = np.zeros(shape), np.zeros(shape)
    for name in COMPONENTS:
        score = score + named[name] * values[name][0]
        known = known + named[name] * values[name][1]
    return 100.0 * (score / total), known / total


__all__ = ["ChunkScores", "score_chunk"]
