"""Every active seeker against every workplace, fast: the batch path.

    from jobmatch import load, score_all

    data = load("path/to/data")
    for match in score_all(data, top=10):
        print(match.seeker, match.workplace, round(match.score, 1))

The scores of all pairs come from the criteria's array evaluation
(:mod:`jobmatch.scoring.evaluate`), scores only, seekers in chunks so that
memory stays bounded. Only the pairs that are output become full
:class:`Match` objects: the same evaluation runs again on just those pairs
with details on, so a batch match is the match ``rank`` and ``explain``
show, reasons and all. A margin around the cut-offs lets that evaluation
decide near-ties.

Excluded pairs (score 0) are yielded only when asked for (``show_excluded``,
or ``top=0`` for every pair): after a seeker's included matches, in
workplace id order, as ``rank SEEKER --show-excluded`` lists them. They too
are evaluated with details, so each carries its exclusions.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

import numpy as np

from jobmatch._gc import paused_gc
from jobmatch.models import Seeker, Workplace
from jobmatch.scoring.criteria.base import Ints
from jobmatch.scoring.evaluate import ChunkScores, score_chunk
from jobmatch.scoring.match import Match
from jobmatch.scoring.scorer import Scorer
from jobmatch.scoring.selection import select
from jobmatch.scoring.tables import Tables, build_tables
from jobmatch.scoring.views import SeekerView, WorkplaceView, seeker_view, workplace_view

CHUNK_ELEMENTS = 1 << 21
"""Seeker-by-task cells scored at once: bounds the working memory of a chunk (~250 MB)."""
MAX_CHUNK_SEEKERS = 256
SELECTION_MARGIN = 1e-6
"""Score points: pairs this close to a cut-off are decided by the evaluation with details."""
DETAIL_PAIRS = 2048
"""Output pairs evaluated with details at once: amortises building their tables, bounds memory."""
MAX_HELD_MATCHES = 1 << 15
"""Matches built before a group of seekers is handed on: bounds memory when every pair is output."""


@dataclass(frozen=True)
class SeekerMatches:
    """The output matches of one seeker, best first."""

    seeker: str
    matches: list[Match]


class BatchScorer:
    """Scores the active seekers among ``seekers`` against ``workplaces``, chunk by chunk.

    Give the records in id order (as a loaded data set holds them): output
    follows that order.
    """

    def __init__(
        self,
        seekers: Iterable[Seeker],
        workplaces: Iterable[Workplace],
        scorer: Scorer,
        as_of: date | None = None,
    ) -> None:
        self.scorer = scorer.on(as_of)
        self.context = self.scorer.context
        with paused_gc():
            self.seekers: list[SeekerView] = [seeker_view(s) for s in seekers if s.active]
            self.workplaces: list[WorkplaceView] = [workplace_view(w) for w in workplaces]
            self.tables: Tables = build_tables(
                self.seekers,
                self.workplaces,
                self.context.config,
                self.context.words,
                self.context.as_of,
            )

    @property
    def chunk_size(self) -> int:
        """Seekers per chunk, so that a chunk's task-level arrays stay near CHUNK_ELEMENTS cells."""
        columns = max(1, len(self.tables.tasks))
        return max(1, min(MAX_CHUNK_SEEKERS, CHUNK_ELEMENTS // columns))

    def chunks(self, workers: int | None = None) -> Iterator[ChunkScores]:
        """Scores of every pair, a chunk of seekers at a time, in seeker order.

        Chunks are computed ahead on a few threads (numpy releases the
        interpreter lock in its array loops) while the caller uses the last one.
        """
        size, count = self.chunk_size, len(self.seekers)
        workers = workers or min(4, os.cpu_count() or 1)
        pending: deque[Future[ChunkScores]] = deque()
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="jobmatch-batch")
        try:
            for start in range(0, count, size):
                pending.append(
                    pool.submit(score_chunk, self.tables, start, min(count, start + size))
                )
                if len(pending) > workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def results(
        self,
        top: int | None = 10,
        min_score: float | None = None,
        *,
        show_excluded: bool = False,
    ) -> Iterator[list[SeekerMatches]]:
        """Each seeker's output matches, a group of seekers at a time, in seeker order.

        ``top`` and ``min_score`` apply to the included matches (``None``: no
        cut); with ``show_excluded`` every excluded pair follows them. ``top=0``
        is every pair: every included match, then every excluded one. A group
        is at most a chunk, and is handed on early once it holds about
        :data:`MAX_HELD_MATCHES` matches.
        """
        if top == 0:
            top, show_excluded = None, True
        for chunk in self.chunks():
            group: list[SeekerMatches] = []
            chosen = [
                select_candidates(chunk.score[i], chunk.excluded[i], top, min_score, show_excluded)
                for i in range(chunk.stop - chunk.start)
            ]
            for first, picks in _detail_groups(chosen):
                for seeker, matches in self.group_matches(chunk.start + first, picks):
                    group.append(
                        SeekerMatches(seeker, select(matches, top, min_score, show_excluded))
                    )
                if sum(len(g.matches) for g in group) >= MAX_HELD_MATCHES:
                    yield group
                    group = []
            if group:
                yield group

    def group_matches(self, first: int, chosen: Sequence[Ints]) -> list[tuple[str, list[Match]]]:
        """The matches of consecutive seekers from ``first``, each against its chosen
        workplaces: one evaluation with details for just those pairs."""
        union = sorted({int(j) for picks in chosen for j in picks})
        column = {j: n for n, j in enumerate(union)}
        pairs = [(row, column[int(j)]) for row, picks in enumerate(chosen) for j in picks]
        seekers = self.seekers[first : first + len(chosen)]
        found = self.scorer.pair_matches(seekers, [self.workplaces[j] for j in union], pairs)
        out, start = [], 0
        for seeker, picks in zip(seekers, chosen, strict=True):
            out.append((seeker.id, found[start : start + len(picks)]))
            start += len(picks)
        return out

    def seeker_matches(
        self,
        index: int,
        chosen: Ints,
        top: int | None,
        min_score: float | None,
        show_excluded: bool = False,
    ) -> SeekerMatches:
        """One seeker's output: its chosen workplaces evaluated with details, then selected
        (:func:`~jobmatch.scoring.selection.select`), as ``rank`` lists them."""
        seeker, matches = self.group_matches(index, [chosen])[0]
        return SeekerMatches(seeker, select(matches, top, min_score, show_excluded))


def _detail_groups(chosen: list[Ints]) -> Iterator[tuple[int, list[Ints]]]:
    """Consecutive seekers whose chosen pairs together stay near :data:`DETAIL_PAIRS`
    (a seeker with more forms a group alone): (first seeker, their choices)."""
    start, count = 0, 0
    for i, picks in enumerate(chosen):
        if count and count + len(picks) > DETAIL_PAIRS:
            yield start, chosen[start:i]
            start, count = i, 0
        count += len(picks)
    if start < len(chosen):
        yield start, chosen[start:]


def select_candidates(
    scores: np.ndarray,
    excluded: np.ndarray,
    top: int | None,
    min_score: float | None,
    show_excluded: bool = False,
) -> Ints:
    """Workplace indices that may be in a seeker's output: the top ones, with near-ties.

    With ``show_excluded``, every excluded one too (in index order).
    """
    allowed = ~excluded
    if min_score is not None:
        allowed &= scores >= min_score - SELECTION_MARGIN
    chosen = np.flatnonzero(allowed)
    if top and len(chosen) > top:
        values = scores[chosen]
        cut = np.partition(values, len(values) - top)[len(values) - top]
        chosen = chosen[values >= cut - SELECTION_MARGIN]
    if show_excluded:
        chosen = np.union1d(chosen, np.flatnonzero(excluded))
    return chosen


def score_all(
    seekers: Iterable[Seeker],
    workplaces: Iterable[Workplace],
    scorer: Scorer,
    *,
    top: int | None = 10,
    min_score: float | None = None,
    show_excluded: bool = False,
    as_of: date | None = None,
) -> Iterator[Match]:
    """Yield the best matches of every active seeker, seeker by seeker (in the order given).

    ``top`` included matches per seeker (``None``: every included one),
    best first, leaving out those below ``min_score``. With
    ``show_excluded``, each seeker's excluded pairs follow (score 0, with
    their exclusions, by workplace id). ``top=0`` is every pair: every
    included match (at least ``min_score``), then every excluded one.
    """
    batch = BatchScorer(seekers, workplaces, scorer, as_of)
    for group in batch.results(top, min_score, show_excluded=show_excluded):
        for found in group:
            yield from found.matches


__all__ = ["BatchScorer", "SeekerMatches", "paused_gc", "score_all", "select_candidates"]
