"""One selection for ``rank``, ``batch`` and ``score_all``: top N and min-score among the
included matches, then the excluded ones when asked for."""

from __future__ import annotations

from jobmatch.scoring.match import Component, Fact, Match
from jobmatch.scoring.selection import select


def match(workplace: str, score: float, excluded: bool = False) -> Match:
    component = Component("interest", 0.0, 1.0, 1.0)
    return Match(
        seeker="s",
        workplace=workplace,
        score=0.0 if excluded else score,
        confidence=1.0,
        excluded=excluded,
        exclusions=(Fact("no_capacity", {"capacity": 0}),) if excluded else (),
        components={"interest": component},
        tasks=(),
        carved_hours=0,
        hours=Fact("hour_ceiling", {}),
        reasons=(),
        unknowns=(),
    )


MATCHES = [match("c", 50), match("x", 0, True), match("a", 80), match("b", 80), match("w", 0, True)]


def ids(found: list[Match]) -> list[str]:
    return [m.workplace for m in found]


def test_best_first_ties_by_id_excluded_left_out() -> None:
    assert ids(select(MATCHES)) == ["a", "b", "c"]


def test_top_and_min_score_cut_the_included_only() -> None:
    assert ids(select(MATCHES, top=2)) == ["a", "b"]
    assert ids(select(MATCHES, min_score=60)) == ["a", "b"]
    assert ids(select(MATCHES, top=1, min_score=60, show_excluded=True)) == ["a", "w", "x"]


def test_top_zero_is_no_limit() -> None:
    assert ids(select(MATCHES, top=0, show_excluded=True)) == ["a", "b", "c", "w", "x"]
