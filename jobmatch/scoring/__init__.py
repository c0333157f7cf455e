"""The scoring engine: one pair (``engine``), its rules, carving and components,
configuration, sentences for facts, and the batch path.

Import from the submodules; this package imports nothing itself, so that
commands which only need the match types stay quick to start.
"""
