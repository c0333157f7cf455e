"""Write ``examples/followup.jsonl``: a year of the example data's follow-up, dated relative to
``--as-of`` (``"-30d"``), for ``jobmatch db import``.

    python tools/followup_fixture.py > examples/followup.jsonl

The hand-computed expectations in ``tests/store/test_due.py`` and
``test_report.py`` are for ``--as-of 2026-12-01``; change the fixture and
they must be worked out again.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta

sys.path.insert(0, ".")
from jobmatch.scoring.config import Followup
from jobmatch.store.plan import follow_ups

AS_OF = date(2026, 12, 1)
# id, seeker, workplace, purpose, start, end, reason, score, adviser, follow-ups left out
PLACEMENTS = [
    (
        1,
        "kristian-h",
        "retech-okern",
        "employment",
        -330,
        -30,
        "employed",
        82.0,
        "Øyvind Rasmussen",
        (),
    ),
    (
        2,
        "thomas-r",
        "lager-alnabru",
        "employment",
        -200,
        None,
        None,
        71.5,
        "Øyvind Rasmussen",
        ("monthly6",),
    ),
    (
        3,
        "erik-l",
        "sykkelverksted-torshov",
        "employment",
        -20,
        None,
        None,
        66.0,
        "Siri Hovland",
        ("weekly2",),
    ),
    (4, "hanne-j", "vaskeri-drammen", "training", -100, None, None, 58.0, "Anette Bråthen", ()),
    (5, "lise-m", "kantine-helsfyr", "training", -400, -250, "completed", 45.0, "Siri Hovland", ()),
    (
        6,
        "marte-k",
        "gront-ullern",
        "assessment",
        -150,
        -60,
        "seeker_ended",
        77.0,
        "Bjørn Ekeberg",
        (),
    ),
    (
        7,
        "sindre-v",
        "arkiv-bergen",
        "training",
        -45,
        None,
        None,
        88.0,
        "Hilde Myklebust",
        (),
    ),
]
OUTCOMES = [
    (1, "90d", "working", -235),
    (1, "6m", "working", -145),
    (2, "90d", "working", -105),
    (5, "90d", "not_working", -305),
    (6, "90d", "unknown", -55),
]
OTHER_CONTACTS = (
    [
        # date, kind, seeker, workplace, placement, adviser, next, note
        (-57 + 15, "employer_contact", "daniel-m", None, None, "Camilla Strand", None, None),
        (
            -85,
            "job_development",
            "petter-o",
            "bakeri-majorstuen",
            None,
            "Bjørn Ekeberg",
            None,
            None,
        ),
        (-122, "employer_contact", "randi-p", "hotell-bjorvika", None, "Siri Hovland", None, None),
        (
            -12,
            "follow_up_employer",
            None,
            None,
            2,
            "Øyvind Rasmussen",
            -6,
            "Arbeidsleder ønsker et møte om arbeidstida.",
        ),
        (
            -5,
            "follow_up_seeker",
            None,
            None,
            7,
            "Hilde Myklebust",
            -1,
            "Ba om en samtale om bussruta.",
        ),
        (-40, "visit", None, "lager-alnabru", None, "Øyvind Rasmussen", None, None),
    ]
    + [
        (-7 * k, "job_development", None, w, None, "Øyvind Rasmussen", None, None)
        for k, w in enumerate(
            [
                "arkiv-bergen",
                "bilvask-skoyen",
                "hotell-bjorvika",
                "kontor-nydalen",
                "matbua-grunerlokka",
                "pakketerminal-berger",
            ],
            1,
        )
    ]
    + [
        (-20, "job_development", None, "klesbutikk-storo", None, "Siri Hovland", None, None),
        (-50, "employer_contact", None, "sportsbutikk-sandvika", None, "Siri Hovland", None, None),
    ]
)


def day(offset: int) -> str:
    return f"{offset:+d}d"


def lines() -> list[dict[str, object]]:
    out: list[dict[str, object]] = [{"type": "log", "format": 1}]
    contacts: list[tuple[int, dict[str, object]]] = []
    rules = Followup()
    for pid, seeker, workplace, purpose, start, end, reason, score, adviser, skip in PLACEMENTS:
        record: dict[str, object] = {
            "type": "placement",
            "id": f"P{pid}",
            "seeker": seeker,
            "workplace": workplace,
            "purpose": purpose,
            "start": day(start),
            "adviser": adviser,
            "score": score,
            "engine_version": 2,
            "status": "ended" if end is not None else "active",
        }
        if end is not None:
            record |= {"end_date": day(end), "end_reason": reason}
        out.append(record)
        first = AS_OF + timedelta(days=start)
        last = AS_OF + timedelta(days=end if end is not None else 0)
        for item in follow_ups(first, rules):
            if item.due > last or f"{item.kind}{item.number}" in skip:
                continue
            if item.kind == "weekly" and "weekly2" in skip and item.number > 2:
                continue
            offset = (item.due - AS_OF).days - 1
            kind = "three_way" if item.number % 3 == 0 else "follow_up_seeker"
            contacts.append(
                (
                    offset,
                    {
                        "kind": kind,
                        "seeker": seeker,
                        "workplace": workplace,
                        "placement_id": f"P{pid}",
                        "adviser": adviser,
                        "face_to_face": True,
                    },
                )
            )
    for offset, kind, seeker, workplace, pid, adviser, nxt, note in OTHER_CONTACTS:
        entry: dict[str, object] = {
            "kind": kind,
            "seeker": seeker,
            "workplace": workplace,
            "adviser": adviser,
            "face_to_face": False,
        }
        if pid is not None:
            placed = next(p for p in PLACEMENTS if p[0] == pid)
            entry |= {"placement_id": f"P{pid}", "seeker": placed[1], "workplace": placed[2]}
        if nxt is not None:
            entry["next_date"] = day(nxt)
        if note is not None:
            entry["note"] = note
        contacts.append((offset, entry))
    for number, (offset, entry) in enumerate(sorted(contacts, key=lambda c: c[0]), 1):
        out.append(
            {
                "type": "contact",
                "id": f"C{number}",
                "date": day(offset),
                **{k: v for k, v in entry.items() if v is not None},
            }
        )
    for pid, checkpoint, status, recorded in OUTCOMES:
        out.append(
            {
                "type": "outcome",
                "placement_id": f"P{pid}",
                "checkpoint": checkpoint,
                "status": status,
                "recorded": day(recorded),
            }
        )
    return out


if __name__ == "__main__":
    for line in lines():
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
