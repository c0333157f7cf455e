"""Which matches are shown: ``--top``, ``--min-score`` and ``--show-excluded``, for ``rank``,
``batch`` and ``score_all`` alike."""

from __future__ import annotations

from collections.abc import Iterable

from jobmatch.scoring.match import Match


def select(
    matches: Iterable[Match],
    top: int | None = None,
    min_score: float | None = None,
    show_excluded: bool = False,
) -> list[Match]:
    """The shown matches, best first: included ones cut by ``min_score`` and ``top`` (0 or
    None: no limit), then with ``show_excluded`` the excluded ones, by workplace and seeker id.
    """
    ordered = sorted(matches, key=Match.sort_key)
    included = [m for m in ordered if not m.excluded]
    if min_score is not None:
        included = [m for m in included if m.score >= min_score]
    if top:
        included = included[:top]
    excluded = [m for m in ordered if m.excluded] if show_excluded else []
    return included + excluded


__all__ = ["select"]
