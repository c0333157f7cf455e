"""Sentences for facts, in every language jobmatch speaks.

The words live in the catalogs (``fact.*``, ``need.*``, ``value.*``,
``demand.*`` in :mod:`jobmatch.i18n`); this module keeps the names the
scoring code has always imported.
"""

from __future__ import annotations

from jobmatch.i18n.numbers import number
from jobmatch.i18n.sentences import sentence

__all__ = ["number", "sentence"]
