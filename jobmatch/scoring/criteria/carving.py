"""Job carving ("jobbsnekring"), coverage first: a job of whole hours made for the person.

The hour ceiling is min(hours wanted, doable hours, the workplace's
maximum, the schedule overlap), in whole hours. The steps fill it, never
above it:

1. a workplace that does not carve gives each doable essential task up to
   ``essential_min_hours`` first, in order of task id (whoever takes the
   placement must do some of it); at a workplace that carves, an essential
   task has no priority;
2. each interest met by a doable task (strength at or above
   ``word_match``) gets its best such task: the hours left are shared among
   the met interests in proportion to their weights (largest remainder, at
   least one hour each while the hours allow; with fewer hours than met
   interests, the highest weight x strength first, ties by task id); in that
   order of priority each interest puts its share into its met tasks, best
   first, each up to its own hours (so two interests with the same best task
   give it the sum of their shares, and what a task cannot take goes to the
   interest's next best task);
3. the hours still free go to the doable tasks that fit best (the best
   strength x weight of any interest, partial strengths too), each up to its
   own hours; a task may be taken in part;
4. work the seeker avoids (strength at or above ``word_match``) gets no hours
   beyond step 1: the job is shorter instead; and of two candidate jobs, one
   with step 3 as above and one where step 3 gives no hours to a task whose
   own demands go against a preference the seeker stated (customer contact,
   setting, pace), the one with the higher final score is the job (a tie:
   the first). Free hours spent on work the seeker does not want can make
   a match worse than the same job without it, and then making that task
   undoable would raise the score;
5. ties between tasks go to the essential task, then to the task the
   seeker's task preferences fit best, then to the lower task id.

Step 2 works on the few (pair, interest, task) entries that meet, the
others on (pairs x task slots) arrays. A workplace's tasks sit in its
columns in order of task id, so ties never depend on the order of tasks in
a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import numpy as np
import numpy.typing as npt

from jobmatch.scoring.constants import HOURS_EPSILON
from jobmatch.scoring.criteria.base import Bools, Floats, Ints, Kind, criterion, impact
from jobmatch.scoring.criteria.interest import Routed
from jobmatch.scoring.match import Fact, Value

if TYPE_CHECKING:
    from jobmatch.scoring.tables import Bucket

HOURS = np.int32
"""Whole hours: a week has 168, so 32 bits are plenty and halve the memory traffic."""
Hours = npt.NDArray[np.int32]
_T = TypeVar("_T", bound=np.generic)
#: What may set the ceiling, in the order that breaks a tie.
CEILING_BOUNDS = ("wanted", "doable", "workplace_max", "overlap")

CRITERION = criterion(
    "carving",
    Kind.CARVING,
    "thresholds.essential_min_hours",
    ("ceiling", "hour_ceiling"),
    ("essential_first", "left_out_essential_first"),
    ("interests_first", "left_out_covered"),
    ("best_fit", "left_out_hours_filled"),
    ("tie", "left_out_tie"),
    ("part_tie", "part_tie"),
    ("avoided", "shorter_job"),
    ("unwanted", "shorter_job_unwanted"),
    ("left_out", "left_out_not_doable"),
)


def sum_slots(values: Floats) -> Floats:
    """Sum over a pair's tasks (columns) in slot order."""
    total = values[:, 0].copy()
    for slot in range(1, values.shape[1]):
        total += values[:, slot]
    return total


def ceiling(
    wanted: Floats, doable: Bools, hours: Floats, workplace_max: Floats, weekly: Floats
) -> tuple[Hours, Floats]:
    """Per pair: the ceiling in whole hours, and the doable hours.

    A doable task of unknown hours makes the doable hours NaN: no bound.
    """
    total = sum_slots(np.where(doable, hours, 0.0))
    least = np.fmin(np.fmin(np.fmin(wanted, total), workplace_max), weekly)
    whole: Hours = np.floor(least + HOURS_EPSILON).astype(HOURS)
    return whole, total


def room(wanted: Floats, workplace_max: Floats, weekly: Floats) -> Hours:
    """Per pair: the hours a job could have whatever the workplace's tasks (the ceiling
    without the doable hours), in whole hours: what ``interest`` counts focus over."""
    least = np.fmin(np.fmin(wanted, workplace_max), weekly)
    whole: Hours = np.floor(least + HOURS_EPSILON).astype(HOURS)
    return whole


def set_by(wanted: Floats, doable: Floats, workplace_max: Floats, weekly: Floats) -> Ints:
    """Per pair: which bound of :data:`CEILING_BOUNDS` set the ceiling (ties: the first)."""
    bounds = np.stack([wanted, doable, workplace_max, weekly])
    found: Ints = np.argmin(np.where(np.isnan(bounds), np.inf, bounds), axis=0).astype(np.int64)
    return found


def capacity(task_capacity: Ints, ceiling: Hours) -> Hours:
    """Whole hours each task can give; unknown hours (-1) give as many as the ceiling needs."""
    known = task_capacity.astype(HOURS)
    found: Hours = np.where(known < 0, ceiling[:, None], known)
    return found


@dataclass(frozen=True)
class Wishes:
    """The interests as carving reads them: the strengths of each interest slot on the
    evaluated tasks; per seeker and slot the weight and the text's alphabetical rank; and
    the seeker of each evaluated pair."""

    strengths: list[Routed]
    weight: Ints
    rank: Ints
    seeker: Ints


@dataclass(frozen=True)
class Tasks:
    """The evaluated tasks (compact) as carving reads them."""

    pair: Ints
    slot: Ints
    can_give: Hours
    doable: Bools
    avoided: Bools
    essential: Bools
    fit: Floats
    preference: Ints
    """The rank of the seeker's task preferences on the task (higher: better)."""
    unwanted: Bools
    """The task's own demands go against a preference the seeker stated."""

    @property
    def open(self) -> Bools:
        """Tasks that steps 2 and 3 may give hours: doable and not avoided."""
        found: Bools = self.doable & ~self.avoided
        return found


def carve(
    spans: Sequence[tuple[Bucket, slice, slice]],
    tasks: Tasks,
    wishes: Wishes,
    ceiling: Hours,
    carves: Bools,
    essential_min: int,
    threshold: float,
) -> tuple[Hours, Hours | None]:
    """Hours carved per evaluated task, the steps of the module docstring, for the two
    candidate jobs: step 3 as it is, and step 3 without unwanted work (None where no
    doable task is unwanted work; steps 1 and 2 are the same for both)."""
    tie = _tie_key(tasks, max(b.tasks for b, _, _ in spans))
    first, remaining = _essential_first(spans, tasks, ceiling, carves, essential_min)
    free = np.where(tasks.open, tasks.can_give - first, 0).astype(HOURS)
    carved = first + _cover(tasks, wishes, tie, free, remaining, threshold)
    orders = [
        _fit_order(np.argsort(-_grid(tie, b, ps, ts), axis=1), _grid(tasks.fit, b, ps, ts))
        for b, ps, ts in spans
    ]
    full = carved + _fill(spans, orders, free, remaining)
    if not (tasks.unwanted & tasks.doable).any():
        return full, None
    wanted = np.where(tasks.unwanted, 0, free).astype(HOURS)
    return full, carved + _fill(spans, orders, wanted, remaining)


def _fill(
    spans: Sequence[tuple[Bucket, slice, slice]], orders: list[Ints], free: Hours, remaining: Hours
) -> Hours:
    """Step 3: the hours still free, to the open tasks in ``orders`` (best fit first)."""
    given = np.zeros(len(free), dtype=HOURS)
    for (b, ps, ts), order in zip(spans, orders, strict=True):
        open_hours = _grid(free, b, ps, ts)
        third = np.empty(open_hours.shape, dtype=HOURS)
        ordered = np.take_along_axis(open_hours, order, axis=1)
        np.put_along_axis(third, order, _greedy(ordered, remaining[ps]), axis=1)
        given[ts] = third.reshape(-1)
    return given


def _tie_key(tasks: Tasks, width: int) -> Ints:
    """Per task, a key that orders a pair's tasks as ties are broken (higher first):
    essential, then the seeker's task preferences, then the lower task id."""
    levels = int(tasks.preference.max(initial=0)) + 1
    key: Ints = (tasks.essential * levels + tasks.preference) * width + (width - 1 - tasks.slot)
    return key


def _grid(values: npt.NDArray[_T], b: Bucket, pairs: slice, columns: slice) -> npt.NDArray[_T]:
    """A bucket's compact task values as (pairs, task slots): a view."""
    found: npt.NDArray[_T] = values[columns].reshape(pairs.stop - pairs.start, b.tasks)
    return found


def _essential_first(
    spans: Sequence[tuple[Bucket, slice, slice]],
    tasks: Tasks,
    ceiling: Hours,
    carves: Bools,
    essential_min: int,
) -> tuple[Hours, Hours]:
    """Step 1: at a workplace that does not carve, each doable essential task up to
    ``essential_min`` hours, in order of task id, while the ceiling lasts. Returns the
    hours per task, and the hours left per pair."""
    first = np.zeros(len(tasks.pair), dtype=HOURS)
    remaining = ceiling.copy()
    if essential_min <= 0:
        return first, remaining
    wanted = tasks.doable & tasks.essential & ~carves[tasks.pair]
    for b, ps, ts in spans:
        rows = np.flatnonzero(_grid(wanted, b, ps, ts).any(axis=1))
        if not len(rows):
            continue
        wished = np.where(
            _grid(wanted, b, ps, ts)[rows],
            np.minimum(_grid(tasks.can_give, b, ps, ts)[rows], essential_min),
            0,
        ).astype(HOURS)
        given = _greedy(wished, ceiling[ps][rows])
        _grid(first, b, ps, ts)[rows] = given
        remaining[ps.start + rows] -= given.sum(axis=1, dtype=HOURS)
    return first, remaining


def _fit_order(tie_order: Ints, fit: Floats) -> Ints:
    """The tie order sorted by fit, best first, where a pair has a task with a fit to sort by."""
    rows = np.flatnonzero((fit > 0).any(axis=1))
    if not len(rows):
        return tie_order
    order = tie_order.copy()
    inner = np.take_along_axis(fit[rows], order[rows], axis=1)
    resorted = np.argsort(-inner, axis=1, kind="stable")
    order[rows] = np.take_along_axis(order[rows], resorted, axis=1)
    return order


@dataclass(frozen=True)
class _Met:
    """The (pair, interest) groups of step 2, in order of pair and then priority."""

    pair: Ints
    weight: Ints
    priority: Ints
    first: Ints
    """Index of the group's first entry among the entries."""
    count: Ints
    """Entries in the group: the interest's met tasks, best first."""


def _cover(
    tasks: Tasks,
    wishes: Wishes,
    tie: Ints,
    free: Hours,
    remaining: Hours,
    threshold: float,
) -> Hours:
    """Step 2: share the remaining hours among each pair's met interests and put each
    share into the interest's met tasks, best first. Updates ``free`` and ``remaining``;
    returns the hours per task."""
    given = np.zeros(len(free), dtype=HOURS)
    entries = _met_entries(tasks, wishes, tie, threshold)
    if entries is None:
        return given
    entries_given = _pour(entries, free, remaining, given)
    np.subtract.at(remaining, tasks.pair[entries[0]], entries_given)
    return given


def _pour(entries: tuple[Ints, _Met], free: Hours, remaining: Hours, given: Hours) -> Hours:
    """Each group's share into its tasks, best first, groups in order of priority; updates
    ``free`` and ``given``, returns the hours given per entry."""
    task, met = entries
    shares = _shares(met, remaining)
    per_entry = np.zeros(len(task), dtype=HOURS)
    for rank in range(int(met.priority.max(initial=-1)) + 1):
        chosen = np.flatnonzero((met.priority == rank) & (shares > 0))
        if not len(chosen):
            continue
        index = _ranges(met.first[chosen], met.count[chosen])
        group = np.repeat(np.arange(len(chosen)), met.count[chosen])
        columns = task[index]
        available = free[columns].astype(np.int64)
        before = _cumsum_before(available, met.count[chosen])
        take = np.minimum(available, np.maximum(0, shares[chosen][group] - before))
        free[columns] -= take.astype(HOURS)
        given[columns] += take.astype(HOURS)
        per_entry[index] = take
    return per_entry


def _met_entries(
    tasks: Tasks, wishes: Wishes, tie: Ints, threshold: float
) -> tuple[Ints, _Met] | None:
    """Every (pair, interest, task) that meets and may get hours, sorted by pair, interest,
    strength (best first) and the order of ties; and the (pair, interest) groups, by
    priority."""
    found = _entries(tasks, wishes, threshold)
    if found is None:
        return None
    pair, slot, task, strength = found
    order = np.lexsort((-tie[task], -strength, slot, pair))
    pair, slot, task, strength = pair[order], slot[order], task[order], strength[order]
    new_group = (pair[1:] != pair[:-1]) | (slot[1:] != slot[:-1])
    starts = np.flatnonzero(np.concatenate(([True], new_group)))
    counts = np.diff(np.append(starts, len(pair)))
    g_pair, g_slot = pair[starts], slot[starts]
    weight = wishes.weight[wishes.seeker[g_pair], g_slot]
    by_priority = np.lexsort(
        (
            g_slot,
            wishes.rank[wishes.seeker[g_pair], g_slot],
            tasks.slot[task[starts]],
            -(weight * strength[starts]),
            g_pair,
        )
    )
    g_pair = g_pair[by_priority]
    met = _Met(
        g_pair, weight[by_priority], _within_pair(g_pair), starts[by_priority], counts[by_priority]
    )
    return task, met


def _entries(
    tasks: Tasks, wishes: Wishes, threshold: float
) -> tuple[Ints, Ints, Ints, Floats] | None:
    """The (pair, interest slot, task, strength) of every open task an interest meets."""
    open_tasks = tasks.open
    parts = []
    for j, found in enumerate(wishes.strengths):
        keep = (found.strength >= threshold) & open_tasks[found.task]
        slot = np.full(int(keep.sum()), j, dtype=np.int64)
        parts.append((found.pair[keep], slot, found.task[keep], found.strength[keep]))
    if not sum(len(p[0]) for p in parts):
        return None
    pair, slot, task = (np.concatenate([p[n] for p in parts]) for n in range(3))
    strength: Floats = np.concatenate([p[3] for p in parts])
    return pair, slot, task, strength


def _shares(met: _Met, remaining: Hours) -> Ints:
    """Hours per (pair, interest) group: in proportion to the weights by largest remainder
    (equal remainders: by priority), then at least one hour each while the hours allow
    (taken from the group with the most, equal: the later in priority); with fewer hours
    than met interests, one each in order of priority."""
    pair = met.pair
    hours = np.maximum(remaining[pair].astype(np.int64), 0)
    count = np.bincount(pair, minlength=len(remaining))[pair]
    total = np.bincount(pair, met.weight, minlength=len(remaining)).astype(np.int64)[pair]
    scaled = hours * met.weight
    shares = scaled // np.maximum(total, 1)
    remainder = scaled % np.maximum(total, 1)
    left = hours - np.bincount(pair, shares, minlength=len(remaining)).astype(np.int64)[pair]
    by_remainder = np.lexsort((met.priority, -remainder, pair))
    place = np.empty(len(pair), dtype=np.int64)
    place[by_remainder] = _within_pair(pair[by_remainder])
    shares = shares + (place < left)
    shares = np.where(hours <= count, (met.priority < hours).astype(np.int64), shares)
    return _at_least_one(pair, met.priority, shares, hours > count)


def _within_pair(pair: Ints) -> Ints:
    """Each entry's place among the entries of its pair (entries sorted by pair)."""
    first = np.concatenate(([True], pair[1:] != pair[:-1]))
    index = np.arange(len(pair))
    found: Ints = index - np.maximum.accumulate(np.where(first, index, 0))
    return found


def _at_least_one(pair: Ints, priority: Ints, shares: Ints, enough: Bools) -> Ints:
    """Give each group without hours one hour, the first in priority first, from the group of
    its pair with the most hours (equal: the later in priority)."""
    shares = shares.copy()
    for _ in range(int(priority.max(initial=-1)) + 1):
        empty = enough & (shares == 0)
        if not empty.any():
            break
        pairs = np.unique(pair[empty])
        takers = _first_per_pair(pair, np.where(empty, priority, np.iinfo(np.int64).max), pairs)
        donors = _first_per_pair(pair, -(shares * (priority.max() + 1) + priority), pairs)
        shares[takers] += 1
        shares[donors] -= 1
    return shares


def _first_per_pair(pair: Ints, key: Ints, pairs: Ints) -> Ints:
    """For each pair in ``pairs``, the index of its entry with the lowest ``key``."""
    order = np.lexsort((key, pair))
    first = np.concatenate(([True], pair[order][1:] != pair[order][:-1]))
    heads = order[first]
    found: Ints = heads[np.isin(pair[heads], pairs)]
    return found


def _ranges(starts: Ints, lengths: Ints) -> Ints:
    """The concatenation of ``range(start, start + length)`` for each pair."""
    ends = np.cumsum(lengths)
    found: Ints = (
        np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64)
        - np.repeat(ends - lengths, lengths)
        + np.repeat(starts, lengths)
    )
    return found


def _cumsum_before(values: Ints, lengths: Ints) -> Ints:
    """Within consecutive groups of ``lengths``, the sum of the values before each."""
    total = np.cumsum(values) - values
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    found: Ints = total - total[starts]
    return found


def _greedy(wished: Hours, budget: Hours) -> Hours:
    """Each task in turn takes what it wishes while the budget lasts: min(wish, budget left)."""
    before = np.cumsum(wished, axis=1, dtype=HOURS) - wished
    taken: Hours = np.minimum(wished, np.maximum(0, budget[:, None] - before))
    return taken


def hours_fact(ceiling: int, set_by: int, bounds: tuple[float | None, ...]) -> Fact:
    """What the ceiling is and what set it, with every bound (None: no bound)."""
    values: dict[str, Value] = {"hours": ceiling, "set_by": CEILING_BOUNDS[set_by]}
    values.update(zip(CEILING_BOUNDS, bounds, strict=True))
    return Fact("hour_ceiling", values)


@dataclass(frozen=True, slots=True)
class Slot:
    """A task of a pair as the reason it is left out reads it."""

    name: str
    hours: int
    doable: bool
    avoided: str | None
    fit: float
    essential: bool
    unwanted: str | None = None
    """The stated preference the task's own demands go against, where the job carved is the
    shorter one and the task lost its hours to it (step 4)."""
    partial: bool = False


def left_out(task: Slot, chosen: Sequence[Slot], ceiling: int, carves: bool) -> Fact | None:
    """Why a task is not in the carved job (None: it is); ``chosen``: the carved tasks.

    A task that fits as well as a carved one lost a tie, and the reason says so.
    """
    if task.hours > 0:
        return None
    if not task.doable:
        return Fact("left_out_not_doable", {"task": task.name})
    if ceiling <= 0:
        return Fact("left_out_no_hours", {"task": task.name})
    if task.avoided is not None:
        return Fact("left_out_avoided", {"task": task.name, "avoid": task.avoided})
    if task.unwanted is not None:
        return Fact("left_out_unwanted", {"task": task.name, "preference": task.unwanted})
    values: dict[str, Value] = {"task": task.name, "hours": ceiling}
    if any(c.fit == task.fit for c in chosen):
        return Fact("left_out_tie", values)
    lower = [c for c in chosen if c.fit < task.fit]
    if not lower:
        return Fact("left_out_hours_filled", values)
    if not carves and any(c.essential for c in lower):
        return Fact("left_out_essential_first", values)
    return Fact("left_out_covered", values)


def split(task: Slot, chosen: Sequence[Slot]) -> Fact | None:
    """Why a task carved in part did not get all its hours, where a tie decided it: another
    task that fits as well got all of its hours, so it came first in the tie order (None:
    no such task)."""
    other = next((c for c in chosen if c.fit == task.fit and not c.partial), None)
    if other is None:
        return None
    return Fact("part_tie", {"task": task.name, "other": other.name})


def shorter(
    short: int,
    carved: int,
    wanted: float,
    minimum: float | None,
    weights: tuple[float, float],
    unwanted: bool = False,
) -> Fact | None:
    """The job is ``short`` hours below its ceiling because avoided work (``unwanted``:
    mostly work against the seeker's preferences) is left out; its impact is the hours
    part of ``practical`` lost (``weights``: practical's and the total)."""
    if short <= 0:
        return None
    lost = 0.0
    if wanted > 0:
        lost = min(1.0, (carved + short) / wanted) - min(1.0, carved / wanted)
        if minimum is not None and minimum > wanted:
            lost *= wanted / minimum
    code = "shorter_job_unwanted" if unwanted else "shorter_job"
    return Fact(code, {"hours": short}, impact(*weights, -lost / 3))
