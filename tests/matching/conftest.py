"""Shared fixtures for the matching tests: one vocabulary and one matcher per session."""

from __future__ import annotations

import pytest

from jobmatch.matching import Vocabulary, WordMatcher, load_vocabulary


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    """The shipped vocabulary."""
    return load_vocabulary()


@pytest.fixture(scope="session")
def matcher(vocabulary: Vocabulary) -> WordMatcher:
    """A matcher over the shipped vocabulary with the default threshold."""
    return WordMatcher(vocabulary)
