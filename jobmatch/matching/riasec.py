"""Congruence of two Holland (RIASEC) codes: Brown and Gore's C index.

Brown, S. D. & Gore, P. A. (1994). An evaluation of interest congruence
indices: distribution characteristics and measurement properties. Journal
of Vocational Behavior, 45, 310-327.

The C index compares the letters of the person's and the environment's
three-letter codes position by position: C = 3·X1 + 2·X2 + 1·X3, where Xi
is 3 when the i-th letters are the same, 2 when they are neighbours on
Holland's hexagon (R-I-A-S-E-C-R), 1 when one letter lies between them and
0 when they are opposite. C runs from 0 to 18; this module divides by the
maximum to give 0 to 1.

Codes may have one to three letters. Only the positions both codes have
are compared, and the result is divided by the maximum for those positions,
so "R" against "RIA" is 1.0 (9 of 9) and "RI" against "IRC" is
(3·2 + 2·2) / 15. The first letter always weighs most.
"""

from __future__ import annotations

HEXAGON = "RIASEC"
POSITION_WEIGHTS = (3, 2, 1)
_MAX_AGREEMENT = 3


def riasec_congruence(person: str, environment: str) -> float:
    """Brown and Gore's C index of two RIASEC codes, scaled to 0..1.

    Raises ValueError for a code that is not 1-3 distinct RIASEC letters.
    """
    left, right = _letters(person), _letters(environment)
    compared = min(len(left), len(right))
    weights = POSITION_WEIGHTS[:compared]
    total = sum(w * _agreement(a, b) for w, a, b in zip(weights, left, right, strict=False))
    return total / (_MAX_AGREEMENT * sum(weights))


def c_index(person: str, environment: str) -> int:
    """The unscaled C index (0 to 18) of two three-letter codes."""
    left, right = _letters(person), _letters(environment)
    if len(left) != 3 or len(right) != 3:
        raise ValueError("the unscaled C index needs two three-letter codes")
    return sum(w * _agreement(a, b) for w, a, b in zip(POSITION_WEIGHTS, left, right, strict=True))


def _agreement(a: str, b: str) -> int:
    """3 for the same letter, 2 for neighbours, 1 for alternates, 0 for opposites."""
    steps = abs(HEXAGON.index(a) - HEXAGON.index(b))
    return _MAX_AGREEMENT - min(steps, len(HEXAGON) - steps)


def _letters(code: str) -> str:
    """A validated, upper-cased code."""
    letters = code.strip().upper()
    valid = 1 <= len(letters) <= 3 and set(letters) <= set(HEXAGON)
    if not valid or len(set(letters)) != len(letters):
        raise ValueError("a RIASEC code is 1 to 3 distinct letters of R, I, A, S, E, C")
    return letters
