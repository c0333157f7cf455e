"""Shared fixtures: the repository's example data and small model builders."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed seed, so that a submission's result does
# not depend on luck; locally they explore new examples each run.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent

# The vocabulary's analysis is kept in a cache folder of the test run's own, never the
# user's (tests that are about the cache choose their own). The process that makes it
# removes it at exit; test workers inherit it through the environment.
if "JOBMATCH_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="jobmatch-cache-")
    os.environ["JOBMATCH_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)


@pytest.fixture(scope="session")
def example_root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in an English locale with no JOBMATCH_LANG, whatever the shell has.

    The command line's words follow the locale and ``JOBMATCH_LANG``; a test
    that wants bokmål says so (``--lang nb`` or its own environment).
    """
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "JOBMATCH_LANG"):
        monkeypatch.delenv(name, raising=False)
