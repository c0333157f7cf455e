"""``report`` on the example fixture, against figures worked out by hand.

Period 2026-10-01 to 2026-12-01 (the quarter of --as-of 2026-12-01):

- served: kristian-h, thomas-r, erik-l, hanne-j, marte-k, sindre-v (a
  placement active in the period) and daniel-m (a contact in it): 7;
- job starts: P3 (11-11) and P7 (10-17): 2, shown "<5";
- in work on 12-01: thomas-r and erik-l (active employment placements),
  kristian-h (latest outcome working): 3 of 7 = 0.429;
- 90d: checkpoint by 12-01 for P1, P2, P4, P5, P6; recorded P1 (working),
  P2 (working), P5 (not working), P6 (unknown): 2 of 4, so "<5"; P4 not
  recorded (1, "<5");
- 6m: P1 (working) recorded; P2 and P5 not recorded; 12m: P5 not recorded;
- score bands: P3 (66.0) and P7 (88.0) started in the period: "<5" each;
- employer contacts: Øyvind Rasmussen 6 in 62 days (0.68 a week), Siri
  Hovland 2, Camilla Strand 1.
"""

from __future__ import annotations

from datetime import date, timedelta

from jobmatch.store.log import NewPlacement
from jobmatch.store.report import report

END = date(2026, 12, 1)


def test_report_equals_the_hand_computed_figures(example_log) -> None:
    shown = report(example_log, None, END).shown()
    assert shown["from"] == "2026-10-01"
    (everyone,) = shown["groups"]
    assert everyone["served"] == 7
    assert everyone["job_starts"] == "<5"
    assert everyone["share_in_work"] == {"in_work": "<5", "served": 7, "rate": 0.429}
    assert everyone["retention"]["90d"] == {
        "working": "<5",
        "recorded": "<5",
        "rate": "<5",
        "not_recorded": "<5",
    }
    assert everyone["retention"]["6m"] == {
        "working": "<5",
        "recorded": "<5",
        "rate": "<5",
        "not_recorded": "<5",
    }
    assert everyone["retention"]["12m"] == {
        "working": 0,
        "recorded": 0,
        "rate": None,
        "not_recorded": "<5",
    }
    bands = {b["band"]: b["placements"] for b in shown["score_bands"]}
    assert bands == {"0-49": 0, "50-64": 0, "65-79": "<5", "80-100": "<5"}
    advisers = {a["adviser"]: a for a in shown["advisers"]}
    assert advisers["Øyvind Rasmussen"]["employer_contacts"] == 6
    assert advisers["Øyvind Rasmussen"]["employer_contacts_per_week"] == 0.68
    assert advisers["Siri Hovland"]["employer_contacts"] == "<5"
    assert advisers["Siri Hovland"]["employer_contacts_per_week"] == "<5"
    assert advisers["Camilla Strand"]["employer_contacts"] == "<5"
    assert advisers["Anette Bråthen"]["employer_contacts"] == 0


def test_unsuppressed_figures_and_the_not_recorded_apart(log) -> None:
    """Six placements of one adviser: 4 of 5 recorded working at 90d, one not recorded."""
    start = date(2026, 1, 5)
    for n in range(6):
        log.place(NewPlacement(f"s{n}", "w", start, purpose="employment", adviser="A"), as_of=start)
    statuses = ["working", "working", "working", "working", "not_working"]
    for pid, status in enumerate(statuses, 1):
        log.outcome(pid, "90d", status, recorded=start + timedelta(days=95))
    shown = report(log, date(2026, 1, 1), date(2026, 6, 30)).shown()
    (everyone,) = shown["groups"]
    assert everyone["served"] == 6
    assert everyone["job_starts"] == 6
    assert everyone["retention"]["90d"] == {
        "working": "<5",
        "recorded": 5,
        "rate": 0.8,
        "not_recorded": "<5",
    }
    assert everyone["share_in_work"]["rate"] == 1.0
    assert shown["advisers"][0]["caseload"] == 6


def test_caseload_warning_and_grouping(log) -> None:
    start = date(2026, 3, 2)
    for n in range(21):
        log.contact(start, "follow_up_seeker", seeker=f"s{n:02}", adviser="B")
    shown = report(log, date(2026, 1, 1), date(2026, 3, 31), "adviser").shown()
    (adviser,) = shown["advisers"]
    assert adviser["caseload"] == 21 and adviser["caseload_warning"] is True
    assert [g["group"] for g in shown["groups"]] == ["B"]


def test_engine_versions_shown_when_a_band_mixes_them(log) -> None:
    from jobmatch.store.log import MatchRecord

    start = date(2026, 2, 2)
    for version in (1, 2):
        match = MatchRecord(85.0, 0.9, {}, version, f"{version}+x", "c", "v", "s", "w")
        log.place(NewPlacement(f"s{version}", "w", start, match=match), as_of=start)
    bands = {b["band"]: b for b in report(log, None, date(2026, 3, 31)).shown()["score_bands"]}
    assert bands["80-100"]["engine_versions"] == ["1", "2"]
    assert bands["65-79"]["engine_versions"] == []
