"""The follow-up plan as the adviser's brief shows it, once the pair has a placement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jobmatch.i18n import Messages
from jobmatch.scoring.config import load_config
from jobmatch.store.log import Log
from jobmatch.store.plan import checkpoint_dates, follow_ups


def plan_rows(
    url: str, root: Path, seeker: str, workplace: str, day: date, lang: str
) -> list[tuple[str, str]]:
    """(what, date) rows of the latest placement of the pair not ended by ``day``; none if none."""
    rules = load_config(root).followup
    with Log.open(url, rules=rules) as log:
        found = [
            p
            for p in log.placements(seeker=seeker, workplace=workplace)
            if p.end_date is None or p.end_date >= day
        ]
    if not found:
        return []
    placed = found[-1]
    m = Messages(lang)
    rows = [(m("label.placement"), f"{placed.ref}, {placed.start.isoformat()}")]
    dated = [(i.due, m(f"plan.{i.kind}", n=i.number)) for i in follow_ups(placed.start, rules)]
    dated += [
        (d, m("plan.outcome", checkpoint=c.value))
        for c, d in checkpoint_dates(placed.start, rules).items()
    ]
    rows += [(label, when.isoformat()) for when, label in sorted(dated)]
    return rows
