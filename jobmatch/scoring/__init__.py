"""The scoring engine: named criteria evaluated on arrays (``criteria``, ``evaluate``),
explanations read off the same evaluation (``explain``), one pair or a ranking
(``scorer``), the batch path (``batch``, ``assign``), the shared selection, the
configuration and the sentences for facts.

Import from the submodules; this package imports nothing itself, so that
commands which only need the match types stay quick to start.
"""
