"""Everything the array batch path needs, computed once per run.

Every evaluation (one pair, one seeker against N workplaces, a batch chunk)
reads the records as arrays. This module turns the allow-list views into
those arrays:

- per seeker: limits, hours, schedule, place, preferences, interest and
  avoid texts (as ids into one table of distinct texts);
- per workplace: capacity, offers, hours, schedule, place, environment, the
  readiness items and the supports it offers (as bits, which a seeker's
  needs are counted against per pair);
- per task, in a *layout* that groups workplaces by their number of tasks:
  demands, hours, essential, RIASEC code, and the texts that name it;
- word strengths: every distinct interest or avoid text against every
  distinct task text in one :meth:`WordMatcher.similarity_matrix` pass,
  kept sparsely as "text q meets task column k with strength v" for the
  strengths at or above the threshold (all others count as 0);
- small lookup tables filled by the criteria's own functions (requirements,
  RIASEC congruence, task preferences, preference fits).

The layout: workplaces with the same number of tasks ``n`` form a *bucket*.
A bucket of ``m`` workplaces owns ``n * m`` consecutive task columns, slot
by slot (column ``off + t * m + i`` is task ``t`` of the bucket's workplace
``i``), so that a bucket's task arrays reshape to ``(seekers, n, m)``
without copying. A workplace's tasks take the slots in order of task id,
the order in which carving breaks ties (so the order of tasks in a file
never changes a result).

The classes holding arrays compare by identity (``eq=False``): equal values mean
nothing for arrays (``==`` on two of them is ambiguous), and each generated
method is a little more start-up for every command that scores.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any, TypeVar

import numpy as np

from jobmatch.matching import TaskText
from jobmatch.models import Contact, Demands, Schedule, Task
from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.constants import LIMIT_PAIRS, PREFERENCE_KEYS, SCALES
from jobmatch.scoring.criteria import confidence, distance, doable, interest, preferences, readiness
from jobmatch.scoring.criteria.base import Bools, Floats, Ints, lookup_table
from jobmatch.scoring.criteria.purpose import PURPOSES, offered_bits
from jobmatch.scoring.criteria.schedule import days_mask, no_night_work, window
from jobmatch.scoring.views import Place, SeekerView, WorkplaceView
from jobmatch.scoring.words import Words

R = TypeVar("R", float, int)

#: The demands a seeker can limit, in the order of the arrays below.
LIMIT_NAMES = LIMIT_PAIRS
CONTACTS = tuple(Contact)
QUERY_BLOCK_ELEMENTS = 1 << 22
"""Query-by-text cells per similarity call: bounds the matrix kept in memory (~32 MB)."""


class Interner:
    """Ids for distinct values, in first-seen order, with a representative of each."""

    def __init__(self) -> None:
        self.ids: dict[Any, int] = {}
        self.examples: list[Any] = []

    def add(self, key: Hashable, example: Any = None) -> int:
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = len(self.examples)
            self.examples.append(example if example is not None else key)
        return found

    def __len__(self) -> int:
        return len(self.examples)


def _opt(value: float | None) -> float:
    return math.nan if value is None else float(value)


def _code(value: Any, scale: Sequence[str]) -> int:
    """Position on a scale, -1 for unknown (and for a preference of ``any``)."""
    if value is None:
        return -1
    text = str(getattr(value, "value", value))
    return scale.index(text) if text in scale else -1


@dataclass(frozen=True, eq=False)
class Schedules:
    """Schedules as arrays: known, days bit mask, window in minutes."""

    known: Bools
    days: Ints
    start: Ints
    end: Ints

    @classmethod
    def build(cls, schedules: Sequence[Schedule | None]) -> Schedules:
        known = np.array([s is not None for s in schedules], dtype=bool)
        days = np.array([days_mask(s) if s else 0 for s in schedules], dtype=np.int64)
        windows = [window(s) if s else (0, 1440) for s in schedules]
        start = np.array([w[0] for w in windows], dtype=np.int64)
        end = np.array([w[1] for w in windows], dtype=np.int64)
        return cls(known, days, start, end)


@dataclass(frozen=True, eq=False)
class Places:
    """Places as arrays: coordinates (NaN unknown) and a municipality id (-1 unknown)."""

    lat: Floats
    lon: Floats
    municipality: Ints

    @classmethod
    def build(cls, places: Sequence[Place | None], municipalities: Interner) -> Places:
        both = [p is not None and p.lat is not None and p.lon is not None for p in places]
        lat = np.array(
            [p.lat if ok and p else math.nan for p, ok in zip(places, both, strict=True)]
        )
        lon = np.array(
            [p.lon if ok and p else math.nan for p, ok in zip(places, both, strict=True)]
        )
        ids = [
            municipalities.add(p.municipality.casefold())
            if p is not None and p.municipality
            else -1
            for p in places
        ]
        return cls(lat.astype(np.float64), lon.astype(np.float64), np.array(ids, dtype=np.int64))


@dataclass(frozen=True, eq=False)
class SeekerArrays:
    """The active seekers, one row each, in id order."""

    views: list[SeekerView]
    purpose: Ints
    hours: Floats
    limits: Floats
    skills: Ints
    interest_text: Ints
    interest_weight: Ints
    interest_rank: Ints
    total_weight: Ints
    avoid_text: Ints
    avoid_rank: Ints
    riasec: Ints
    task_preference: Ints
    preference: dict[str, Ints]
    stated: Ints
    schedule: Schedules
    place: Places
    max_travel: Floats
    travel_limit: Floats
    need_bits: Ints
    relevant_bits: Ints

    def __len__(self) -> int:
        return len(self.views)


@dataclass(frozen=True, eq=False)
class WorkplaceArrays:
    """The workplaces, one entry each, in layout order (``order[i]``: the id-order index of entry i)."""

    views: list[WorkplaceView]
    order: Ints
    capacity: Ints
    offers: Ints
    offers_known: Bools
    carves: Bools
    carving_known: Bools
    max_hours: Floats
    min_hours: Floats
    wanted_default: Floats
    schedule: Schedules
    place: Places
    noise: Ints
    indoor: Ints
    readiness: readiness.WorkplaceReadiness
    visit: Floats

    def __len__(self) -> int:
        return len(self.views)


@dataclass(frozen=True)
class Bucket:
    """``size`` workplaces with ``tasks`` tasks each: their positions and their task columns."""

    tasks: int
    size: int
    offset: int
    position: int

    @property
    def columns(self) -> slice:
        return slice(self.offset, self.offset + self.tasks * self.size)

    @property
    def positions(self) -> slice:
        return slice(self.position, self.position + self.size)


@dataclass(frozen=True, eq=False)
class TaskArrays:
    """Every task of every workplace, one column each, in bucket layout."""

    buckets: list[Bucket]
    position: Ints
    slot: Ints
    demands: Floats
    blank_bits: Ints
    hours: Floats
    capacity: Ints
    essential: Bools
    riasec: Ints
    task_preference: Ints
    actual: dict[str, Ints]
    requirements: list[tuple[Ints, Ints]]
    requirement_of_column: list[Ints]

    def __len__(self) -> int:
        return len(self.hours)


@dataclass(frozen=True, eq=False)
class Strengths:
    """Sparse word strengths: for text ``q``, columns ``cols[ptr[q]:ptr[q+1]]``, their
    strengths, and how sure each strength's evidence is (``sure``: 1 for the task's own
    words or concepts, less for a keyword or a corrected spelling; for confidence)."""

    ptr: Ints
    cols: Ints
    vals: Floats
    sure: Floats


@dataclass(frozen=True, eq=False)
class Lookups:
    """Small tables filled by the engine's own functions."""

    requirement_met: Bools
    riasec: Floats
    task_preference: Ints
    """How well the task-level preferences fit (seeker kind x task kind), as a rank."""
    task_unwanted: Bools
    """Whether a task's own demands go against a stated preference (seeker kind x task kind)."""
    fits: dict[str, Floats]


@dataclass(frozen=True, eq=False)
class Tables:
    """Everything the chunk scorer reads."""

    config: ScoringConfig
    seekers: SeekerArrays
    workplaces: WorkplaceArrays
    tasks: TaskArrays
    strengths: Strengths
    lookups: Lookups
    words: Words
    """The word matcher the strengths came from: for the evidence behind a reason."""


# --- building -------------------------------------------------------------


def build_tables(
    seekers: Sequence[SeekerView],
    workplaces: Sequence[WorkplaceView],
    config: ScoringConfig,
    words: Words,
    as_of: date,
) -> Tables:
    """All arrays and tables for scoring ``seekers`` against ``workplaces``."""
    texts, skillsets, codes, prefs = Interner(), Interner(), Interner(), Interner()
    municipalities, task_codes = Interner(), Interner()
    s_arrays = _seeker_arrays(seekers, config, texts, skillsets, codes, prefs, municipalities)
    buckets, order = _layout(workplaces)
    placed = [workplaces[int(i)] for i in order]
    w_arrays = _workplace_arrays(placed, order, config, as_of, municipalities)
    task_texts, requirements, task_prefs = Interner(), Interner(), Interner()
    t_arrays, text_of_column = _task_arrays(
        placed, buckets, task_texts, requirements, task_codes, task_prefs
    )
    strengths = _strengths(texts, task_texts, text_of_column, len(t_arrays), words, config)
    lookups = Lookups(
        requirement_met=_requirement_table(skillsets, requirements, words),
        riasec=lookup_table(codes.examples, task_codes.examples, words.riasec),
        task_preference=_value_ranks(_task_preference_table(prefs, task_prefs, config)),
        task_unwanted=lookup_table(
            prefs.examples, task_prefs.examples, lambda s, t: preferences.unwanted(t, s) is not None
        ).astype(bool),
        fits=preferences.met_tables(),
    )
    return Tables(config, s_arrays, w_arrays, t_arrays, strengths, lookups, words)


def _padded(rows: list[list[int]], fill: int) -> Ints:
    width = max((len(r) for r in rows), default=0)
    out = np.full((len(rows), width), fill, dtype=np.int64)
    for i, row in enumerate(rows):
        out[i, : len(row)] = row
    return out


def _seeker_arrays(
    seekers: Sequence[SeekerView],
    config: ScoringConfig,
    texts: Interner,
    skillsets: Interner,
    codes: Interner,
    prefs: Interner,
    municipalities: Interner,
) -> SeekerArrays:
    limits = np.array(
        [[doable.limit_value(getattr(s.limits, name)) for _, name in LIMIT_NAMES] for s in seekers],
        dtype=np.float64,
    ).reshape(len(seekers), len(LIMIT_NAMES))
    weights = [[interest.weight_of(i.weight) for i in s.interests] for s in seekers]
    preference = {
        "customer_contact": [
            _code(s.preferences.customer_contact, [c.value for c in CONTACTS]) for s in seekers
        ],
        **{
            k: [_code(getattr(s.preferences, k), scale) for s in seekers]
            for k, scale in SCALES.items()
        },
        "indoor": [
            -1 if s.preferences.indoor is None else int(s.preferences.indoor) for s in seekers
        ],
    }
    stated = [
        sum(getattr(s.preferences, k) not in (None, "any") for k in PREFERENCE_KEYS)
        for s in seekers
    ]
    return SeekerArrays(
        views=list(seekers),
        purpose=np.array([PURPOSES.index(s.goal.purpose) for s in seekers], dtype=np.int64),
        hours=np.array([_opt(s.goal.hours_per_week) for s in seekers], dtype=np.float64),
        limits=limits,
        skills=np.array([skillsets.add(tuple(s.skills)) for s in seekers], dtype=np.int64),
        interest_text=_padded([[texts.add(i.what) for i in s.interests] for s in seekers], -1),
        interest_weight=_padded(weights, 0),
        interest_rank=_padded([_ranks([i.what for i in s.interests]) for s in seekers], 0),
        total_weight=np.array([sum(w) for w in weights], dtype=np.int64),
        avoid_text=_padded([[texts.add(a) for a in s.avoid] for s in seekers], -1),
        avoid_rank=_padded([_ranks(list(s.avoid)) for s in seekers], 0),
        riasec=np.array([codes.add(s.riasec) if s.riasec else -1 for s in seekers], dtype=np.int64),
        task_preference=np.array(
            [prefs.add(_seeker_pref_key(s), s) for s in seekers], dtype=np.int64
        ),
        preference={k: np.array(v, dtype=np.int64) for k, v in preference.items()},
        stated=np.array(stated, dtype=np.int64),
        schedule=Schedules.build([s.schedule for s in seekers]),
        place=Places.build([s.place for s in seekers], municipalities),
        max_travel=np.array([_opt(s.max_travel_km) for s in seekers], dtype=np.float64),
        travel_limit=np.array(
            [_opt(distance.travel_limit(s.max_travel_km, config)) for s in seekers],
            dtype=np.float64,
        ),
        need_bits=np.array([readiness.need_bits(s)[0] for s in seekers], dtype=np.int64),
        relevant_bits=np.array([confidence.seeker_bits(s) for s in seekers], dtype=np.int64),
    )


def _ranks(texts: list[str]) -> list[int]:
    """Each text's place in alphabetical order (equal texts share one): ties go to the first."""
    ordered = sorted(set(texts))
    return [ordered.index(text) for text in texts]


def _seeker_pref_key(seeker: SeekerView) -> tuple[object, ...]:
    p = seeker.preferences
    return (p.customer_contact, p.setting, p.pace)


def _task_pref_key(task: Task) -> tuple[object, ...]:
    d = task.demands or Demands()
    return (d.customer_contact, d.setting, d.pace)


def _workplace_arrays(
    workplaces: Sequence[WorkplaceView],
    order: Ints,
    config: ScoringConfig,
    as_of: date,
    municipalities: Interner,
) -> WorkplaceArrays:
    def hours(w: WorkplaceView, side: str) -> float:
        bounds = w.conditions.hours_per_week
        return _opt(getattr(bounds, side) if bounds is not None else None)

    max_hours = np.array([hours(w, "max") for w in workplaces], dtype=np.float64)
    default = config.thresholds.default_hours
    ready = readiness.workplace_readiness(workplaces, config, as_of)
    offers = [offered_bits(w.offers) for w in workplaces]
    return WorkplaceArrays(
        views=list(workplaces),
        order=order,
        capacity=np.array(
            [-1 if w.capacity is None else w.capacity for w in workplaces], dtype=np.int64
        ),
        offers=np.array(offers, dtype=np.int64),
        offers_known=np.array([w.offers is not None for w in workplaces], dtype=bool),
        carves=np.array([w.open_to_job_carving is True for w in workplaces], dtype=bool),
        carving_known=np.array([w.open_to_job_carving is not None for w in workplaces], dtype=bool),
        max_hours=max_hours,
        min_hours=np.array([hours(w, "min") for w in workplaces], dtype=np.float64),
        wanted_default=np.where(np.isnan(max_hours), default, max_hours),
        schedule=Schedules.build([w.schedule for w in workplaces]),
        place=Places.build([w.place for w in workplaces], municipalities),
        noise=np.array(
            [_code(w.environment.noise, SCALES["noise"]) for w in workplaces], dtype=np.int64
        ),
        indoor=np.array(
            [-1 if w.environment.indoor is None else int(w.environment.indoor) for w in workplaces],
            dtype=np.int64,
        ),
        readiness=ready,
        visit=np.nan_to_num(ready.items[:, -1], nan=0.0),
    )


def _layout(workplaces: Sequence[WorkplaceView]) -> tuple[list[Bucket], Ints]:
    """Buckets of workplaces with the same number of tasks, and the id-order index of each position."""
    by_size: dict[int, list[int]] = {}
    for index, w in enumerate(workplaces):
        by_size.setdefault(len(w.tasks), []).append(index)
    buckets, offset, position = [], 0, 0
    for size in sorted(by_size):
        count = len(by_size[size])
        buckets.append(Bucket(size, count, offset, position))
        offset += size * count
        position += count
    order = [i for size in sorted(by_size) for i in by_size[size]]
    return buckets, np.array(order, dtype=np.int64)


def _task_arrays(
    workplaces: Sequence[WorkplaceView],
    buckets: list[Bucket],
    texts: Interner,
    requirements: Interner,
    codes: Interner,
    prefs: Interner,
) -> tuple[TaskArrays, list[list[int]]]:
    """Every task, one column each; a workplace's tasks in order of task id."""
    by_id = [sorted(w.tasks, key=lambda task: task.id) for w in workplaces]
    placed: list[tuple[Task, WorkplaceView, int, int]] = [
        (by_id[b.position + i][t], workplaces[b.position + i], b.position + i, t)
        for b in buckets
        for t in range(b.tasks)
        for i in range(b.size)
    ]
    tasks = [p[0] for p in placed]
    demands = [t.demands or Demands() for t in tasks]
    columns = [[getattr(d, name) for d in demands] for name, _ in LIMIT_NAMES]
    need = np.array(
        [_converted(column, doable.demand_value) for column in columns], dtype=np.float64
    )
    need = need.reshape(len(LIMIT_NAMES), len(tasks))
    night = np.array([no_night_work(w.schedule) for w in workplaces], dtype=bool)
    position = np.array([p[2] for p in placed], dtype=np.int64)
    hours = np.array([_opt(t.hours_per_week) for t in tasks], dtype=np.float64)
    capacity = np.where(np.isnan(hours), -1, np.floor(np.nan_to_num(hours) + 1e-9)).astype(np.int64)
    text_of_column = [[texts.add(TaskText(t.name, tuple(t.keywords)))] for t in tasks]
    contact_scale = [c.value for c in CONTACTS]
    actual = {
        "customer_contact": _converted(
            [d.customer_contact for d in demands], partial(_code, scale=contact_scale)
        ),
        **{
            key: _converted(
                [_task_or_environment(d, p[1], key) for d, p in zip(demands, placed, strict=True)],
                partial(_code, scale=SCALES[key]),
            )
            for key in ("setting", "pace")
        },
    }
    slots = _requirement_slots(tasks, requirements)
    arrays = TaskArrays(
        buckets=buckets,
        position=position,
        slot=np.array([p[3] for p in placed], dtype=np.int64),
        demands=need,
        blank_bits=confidence.blank_bits(
            np.isneginf(need),
            night[position],
            {key: np.array(actual[key], dtype=np.int64) < 0 for key in ("pace", "setting")},
        ),
        hours=hours,
        capacity=capacity,
        essential=np.array([t.is_essential for t in tasks], dtype=bool),
        riasec=np.array([codes.add(t.riasec) if t.riasec else -1 for t in tasks], dtype=np.int64),
        task_preference=np.array([prefs.add(_task_pref_key(t), t) for t in tasks], dtype=np.int64),
        actual={k: np.array(v, dtype=np.int64) for k, v in actual.items()},
        requirements=slots,
        requirement_of_column=[_of_column(c, r, len(tasks)) for c, r in slots],
    )
    return arrays, text_of_column


def _of_column(columns: Ints, requirements: Ints, count: int) -> Ints:
    """Per task column: the requirement id of one ``requires`` slot (-1: none)."""
    out = np.full(count, -1, dtype=np.int64)
    out[columns] = requirements
    return out


def _converted(values: list[Any], convert: Callable[[Any], R]) -> list[R]:
    """``convert`` each value, once per distinct value (a column holds few)."""
    seen: dict[Any, R] = {}
    out = []
    for value in values:
        found = seen.get(value)
        if found is None:
            found = seen[value] = convert(value)
        out.append(found)
    return out


def _task_or_environment(demands: Demands, workplace: WorkplaceView, key: str) -> object:
    """A task's setting or pace, else the workplace's, as the preferences component reads it."""
    value = getattr(demands, key)
    return getattr(workplace.environment, key) if value is None else value


def _requirement_slots(tasks: Sequence[Task], requirements: Interner) -> list[tuple[Ints, Ints]]:
    """For the j-th ``requires`` item of each task: the task columns and the requirement ids."""
    slots: list[tuple[list[int], list[int]]] = []
    for column, task in enumerate(tasks):
        for j, required in enumerate(task.requires):
            if j == len(slots):
                slots.append(([], []))
            slots[j][0].append(column)
            slots[j][1].append(requirements.add(required))
    return [(np.array(c, dtype=np.int64), np.array(r, dtype=np.int64)) for c, r in slots]


def _strengths(
    texts: Interner,
    task_texts: Interner,
    text_of_column: list[list[int]],
    columns: int,
    words: Words,
    config: ScoringConfig,
) -> Strengths:
    """Every seeker text against every task column, kept where the strength counts."""
    queries: list[str] = texts.examples
    choices: list[TaskText] = task_texts.examples
    lengths = np.array([len(t) for t in text_of_column], dtype=np.int64)
    owners = np.repeat(np.arange(columns, dtype=np.int64), lengths)
    flat = np.array([x for t in text_of_column for x in t], dtype=np.int64)
    order = np.argsort(flat, kind="stable")
    text_ptr = np.concatenate(([0], np.cumsum(np.bincount(flat, minlength=len(choices))))).astype(
        np.int64
    )
    text_cols = owners[order]
    parts: list[tuple[Ints, Ints, Floats, Floats]] = []
    step = max(1, QUERY_BLOCK_ELEMENTS // max(1, len(choices)))
    index = words.matcher.choice_index(choices if queries else [], tasks=True)
    for start in range(0, len(queries) if choices else 0, step):
        block = queries[start : start + step]
        matrix, sure = index.evidence_matrices(block)
        parts.append(_expand(matrix, sure, start, text_ptr, text_cols, columns))
    return _csr(parts, len(queries))


def _expand(
    matrix: Floats, sure: Floats, first: int, text_ptr: Ints, text_cols: Ints, columns: int
) -> tuple[Ints, Ints, Floats, Floats]:
    """Strengths of a block of texts per task column (those above 0), with their evidence."""
    q, c = np.nonzero(matrix > 0)
    v, e = matrix[q, c], sure[q, c]
    lengths = text_ptr[c + 1] - text_ptr[c]
    q, v, e = np.repeat(q, lengths), np.repeat(v, lengths), np.repeat(e, lengths)
    cols = text_cols[_ranges(text_ptr[c], lengths)]
    key = (q + first) * max(1, columns) + cols
    order = np.lexsort((-v, key))
    key, v, e = key[order], v[order], e[order]
    first_of_key = np.ones(len(key), dtype=bool)
    first_of_key[1:] = key[1:] != key[:-1]
    key, v, e = key[first_of_key], v[first_of_key], e[first_of_key]
    return key // max(1, columns), key % max(1, columns), v, e


def _ranges(starts: Ints, lengths: Ints) -> Ints:
    """The concatenation of ``range(start, start + length)`` for each pair."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(lengths)
    return (
        np.arange(total, dtype=np.int64)
        - np.repeat(ends - lengths, lengths)
        + np.repeat(starts, lengths)
    )


def _csr(parts: list[tuple[Ints, Ints, Floats, Floats]], rows: int) -> Strengths:
    q = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    cols = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    vals = np.concatenate([p[2] for p in parts]) if parts else np.zeros(0, dtype=np.float64)
    sure = np.concatenate([p[3] for p in parts]) if parts else np.zeros(0, dtype=np.float64)
    ptr = np.concatenate(([0], np.cumsum(np.bincount(q, minlength=rows)))).astype(np.int64)
    return Strengths(ptr, cols.astype(np.int64), vals.astype(np.float64), sure)


def _requirement_table(skillsets: Interner, requirements: Interner, words: Words) -> Bools:
    """Whether each seeker's skills meet each requirement.

    A requirement is met when one of the skills meets it, so each distinct
    skill is checked once and the sets are combined.
    """
    skills = Interner()
    members = [[skills.add(skill) for skill in skillset] for skillset in skillsets.examples]
    single = lookup_table(
        skills.examples, requirements.examples, lambda s, r: float(words.requirement(r, (s,)))
    )
    met = np.zeros((len(skillsets) + 1, len(requirements) + 1), dtype=bool)
    for row, found in enumerate(members):
        if found:
            met[row] = single[found].any(axis=0)
    return met


def _value_ranks(table: Floats) -> Ints:
    """Each cell's rank among the table's distinct values (0: the lowest)."""
    ranks: Ints = np.unique(table, return_inverse=True)[1].reshape(table.shape).astype(np.int64)
    return ranks


def _task_preference_table(seekers: Interner, tasks: Interner, config: ScoringConfig) -> Floats:
    """How well the task-level preferences fit, per seeker and task kind: it breaks carving's ties."""
    neutral = config.thresholds.neutral

    def term(seeker: SeekerView, task: Task) -> float:
        return preferences.task_preference(task, seeker, neutral)

    return lookup_table(seekers.examples, tasks.examples, term)


__all__ = ["LIMIT_NAMES", "Bucket", "Tables", "build_tables"]
