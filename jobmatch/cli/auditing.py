"""What ``rank``, ``brief`` and ``batch`` share with the follow-up log.

Each asks here, cheaply, whether a log exists or ``audit = true``; only then
is the store imported.
"""

from __future__ import annotations

from pathlib import Path


def audit_run(
    command: str,
    root: Path,
    subjects: list[tuple[str, str]],
    inputs: object,
    result: str,
    db: str | None = None,
) -> None:
    """An audit event for this run when ``audit = true`` in the data folder's ``jobmatch.toml``."""
    from jobmatch.store.location import audit_enabled

    if audit_enabled(root):
        from jobmatch.store.runs import record_run

        record_run(root, command, subjects, inputs, result, db)


def placed_now(
    root: Path, day: object, db: str | None = None
) -> tuple[dict[str, str] | None, dict[str, int]]:
    """The workplace of each seeker with an active placement (None without a log), and
    active placements per workplace."""
    from jobmatch.store.location import log_exists, resolve_url

    url = resolve_url(db, root)
    if not log_exists(url):
        return None, {}
    from jobmatch.scoring.config import load_config
    from jobmatch.store.log import Log

    with Log.open(url, rules=load_config(root).followup) as log:
        active = log.active_placements(day)  # type: ignore[arg-type]
    taken: dict[str, int] = {}
    placed: dict[str, str] = {}
    for p in sorted(active, key=lambda p: p.id):
        taken[p.workplace] = taken.get(p.workplace, 0) + 1
        placed.setdefault(p.seeker, p.workplace)
    return placed, taken
