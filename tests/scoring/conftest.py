from __future__ import annotations

from datetime import date

import pytest

from jobmatch.api import Engine

AS_OF = date(2026, 11, 27)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(as_of=AS_OF)
