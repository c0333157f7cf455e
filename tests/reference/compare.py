"""Compare matches field by field: numbers within a tolerance, everything else equal."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping

TOLERANCE = 1e-9


def differences(a: object, b: object, where: str = "match", tol: float = TOLERANCE) -> list[str]:
    """Every place where ``a`` and ``b`` differ (floats: by more than ``tol``)."""
    if isinstance(a, float) or isinstance(b, float):
        if type(a) not in (int, float) or type(b) not in (int, float):  # no numpy scalars
            return [f"{where}: {a!r} ({type(a).__name__}) != {b!r} ({type(b).__name__})"]
        if math.isnan(a) and math.isnan(b):
            return []
        return [] if abs(a - b) <= tol else [f"{where}: {a!r} != {b!r}"]
    if type(a) is not type(b) and not (isinstance(a, Mapping) and isinstance(b, Mapping)):
        return [f"{where}: {type(a).__name__} != {type(b).__name__}"]
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return [
            d
            for f in dataclasses.fields(a)
            for d in differences(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}", tol)
        ]
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        if list(a) != list(b):
            return [f"{where}: keys {list(a)} != {list(b)}"]
        return [d for k in a for d in differences(a[k], b[k], f"{where}[{k!r}]", tol)]
    if isinstance(a, tuple | list) and isinstance(b, tuple | list):
        if len(a) != len(b):
            return [f"{where}: {len(a)} items != {len(b)}"]
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in differences(x, y, f"{where}[{i}]", tol)
        ]
    return [] if a == b else [f"{where}: {a!r} != {b!r}"]


def assert_same_match(found: object, expected: object) -> None:
    problems = differences(found, expected)
    assert not problems, "\n".join(problems[:20])
