"""The follow-up log for people and scripts: due lists, reports, timelines and plans.

Rich is used here only; the store hands over plain records. Notes never
reach a renderer unless the adviser asked for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from rich.console import Group
from rich.table import Table
from rich.text import Text

from jobmatch.i18n import Messages
from jobmatch.scoring.config import Followup
from jobmatch.store.due import DueItem
from jobmatch.store.plan import checkpoint_dates, follow_ups
from jobmatch.store.records import Contact, Outcome, Placement
from jobmatch.store.report import Report, Shown

_COLUMN_KEYS = {
    "placement": "label.placement",
    "seeker": "label.seeker",
    "workplace": "label.workplace",
    "adviser": "label.adviser",
}
DUE_COLUMNS = ("state", "due", "kind", "detail", "placement", "seeker", "workplace", "adviser")


def due_dict(item: DueItem) -> dict[str, object]:
    return {
        "state": item.state.value,
        "due": item.due.isoformat() if item.due else None,
        "kind": item.kind.value,
        "detail": item.detail or None,
        "placement": item.placement,
        "seeker": item.seeker,
        "workplace": item.workplace,
        "adviser": item.adviser or None,
    }


def due_rows(items: Iterable[DueItem]) -> list[list[object]]:
    return [[due_dict(i)[c] for c in DUE_COLUMNS] for i in items]


def due_table(items: Sequence[DueItem], m: Messages, as_of: date) -> Table | Text:
    if not items:
        return Text(m("due.nothing", as_of=as_of.isoformat()))
    table = Table(title=Text(m("due.title", as_of=as_of.isoformat())), title_justify="left")
    for column in DUE_COLUMNS:
        table.add_column(m(_COLUMN_KEYS.get(column, f"due.column.{column}")), overflow="fold")
    for item in items:
        style = "bold red" if item.state.value == "overdue" else ""
        table.add_row(
            Text(m(f"due.state.{item.state.value}"), style=style),
            item.due.isoformat() if item.due else m("label.never_visited"),
            m(f"due.kind.{item.kind.value}"),
            Text(item.detail),
            Text(item.placement or ""),
            Text(item.seeker or ""),
            Text(item.workplace or ""),
            Text(item.adviser),
        )
    return table


def _cell(value: Shown | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{round(value * 100)} %"
    return str(value)


def report_rows(document: dict[str, object]) -> list[list[object]]:
    """The report as long rows: section, group, figure, value."""
    rows: list[list[object]] = []
    for g in document["groups"]:  # type: ignore[attr-defined]
        name = g["group"]
        rows += [
            ["summary", name, "served", g["served"]],
            ["summary", name, "job_starts", g["job_starts"]],
        ]
        share = g["share_in_work"]
        rows += [
            ["summary", name, "in_work", share["in_work"]],
            ["summary", name, "share_in_work", share["rate"]],
        ]
        for point, r in g["retention"].items():
            for key in ("working", "recorded", "rate", "not_recorded"):
                rows.append(["retention", name, f"{point}.{key}", r[key]])
    for b in document["score_bands"]:  # type: ignore[attr-defined]
        rows.append(["score_band", b["band"], "placements", b["placements"]])
        for point, r in b["retention"].items():
            rows.append(["score_band", b["band"], f"{point}.rate", r["rate"]])
        if b["engine_versions"]:
            rows.append(
                ["score_band", b["band"], "engine_versions", "|".join(b["engine_versions"])]
            )
    for a in document["advisers"]:  # type: ignore[attr-defined]
        for key in (
            "employer_contacts",
            "employer_contacts_per_week",
            "caseload",
            "caseload_warning",
        ):
            rows.append(["adviser", a["adviser"], key, a[key]])
    return rows


def report_view(rep: Report, m: Messages) -> Group:
    doc = rep.shown()
    title = Text(m("report.title", start=rep.start.isoformat(), end=rep.end.isoformat()))
    summary = Table(title=title, title_justify="left")
    for key in ("group", "served", "job_starts", "in_work", "share_in_work", "90d", "6m", "12m"):
        summary.add_column(m(f"report.column.{key}"), overflow="fold")
    for g in doc["groups"]:  # type: ignore[attr-defined]
        ret = g["retention"]
        summary.add_row(
            Text(
                m("report.everyone") if g["group"] == "all" and rep.by is None else str(g["group"])
            ),
            _cell(g["served"]),
            _cell(g["job_starts"]),
            _cell(g["share_in_work"]["in_work"]),
            _cell(g["share_in_work"]["rate"]),
            *(_retention_cell(ret[p], m) for p in ("90d", "6m", "12m")),
        )
    bands = Table(title=Text(m("report.bands")), title_justify="left")
    for key in ("band", "placements", "90d", "6m", "12m", "engines"):
        bands.add_column(m(f"report.column.{key}"))
    for b in doc["score_bands"]:  # type: ignore[attr-defined]
        ret = b["retention"]
        bands.add_row(
            b["band"],
            _cell(b["placements"]),
            *(_cell(ret[p]["rate"]) for p in ("90d", "6m", "12m")),
            ", ".join(b["engine_versions"]),
        )
    advisers = Table(title=Text(m("report.advisers")), title_justify="left")
    for key in ("adviser", "employer_contacts", "per_week", "caseload"):
        advisers.add_column(m(_COLUMN_KEYS.get(key, f"report.column.{key}")), overflow="fold")
    for a in doc["advisers"]:  # type: ignore[attr-defined]
        load = _cell(a["caseload"]) + (
            " " + m("report.caseload_high") if a["caseload_warning"] else ""
        )
        advisers.add_row(
            Text(a["adviser"] or "–"),
            _cell(a["employer_contacts"]),
            str(a["employer_contacts_per_week"]),
            load,
        )
    return Group(summary, bands, advisers, Text(m("report.suppression")))


def _retention_cell(r: dict[str, Shown | None], m: Messages) -> str:
    return m("report.retention_cell", rate=_cell(r["rate"]), missing=_cell(r["not_recorded"]))


def plan_lines(p: Placement, rules: Followup, m: Messages) -> list[str]:
    """The follow-up plan of a placement, a line a date, as ``place`` prints it."""
    lines = []
    for item in follow_ups(p.start, rules):
        lines.append(f"{item.due.isoformat()}  {m(f'plan.{item.kind}', n=item.number)}")
    for point, day in checkpoint_dates(p.start, rules).items():
        lines.append(f"{day.isoformat()}  {m('plan.outcome', checkpoint=point.value)}")
    return sorted(lines)


def plan_dict(p: Placement, rules: Followup) -> dict[str, object]:
    return {
        "placement": p.ref,
        "seeker": p.seeker,
        "workplace": p.workplace,
        "start": p.start.isoformat(),
        "score": p.score,
        "engine_version": p.engine_id,
        "follow_ups": [
            {"kind": i.kind, "number": i.number, "due": i.due.isoformat()}
            for i in follow_ups(p.start, rules)
        ],
        "outcomes": {k.value: d.isoformat() for k, d in checkpoint_dates(p.start, rules).items()},
    }


def history_entries(
    placements: Sequence[Placement],
    contacts: Sequence[Contact],
    outcomes: Sequence[Outcome],
    include_notes: bool,
) -> list[dict[str, object]]:
    """One timeline, oldest first; notes only with ``include_notes``."""
    found: list[tuple[date, int, dict[str, object]]] = []
    for p in placements:
        found.append(
            (
                p.start,
                0,
                {
                    "date": p.start.isoformat(),
                    "event": "start",
                    "placement": p.ref,
                    "seeker": p.seeker,
                    "workplace": p.workplace,
                    "purpose": p.purpose,
                    "score": p.score,
                    "adviser": p.adviser,
                },
            )
        )
        if p.end_date is not None:
            found.append(
                (
                    p.end_date,
                    2,
                    {
                        "date": p.end_date.isoformat(),
                        "event": "end",
                        "placement": p.ref,
                        "reason": p.end_reason,
                    },
                )
            )
    for c in contacts:
        entry: dict[str, object] = {
            "date": c.date.isoformat(),
            "event": c.kind,
            "contact": c.ref,
            "placement": f"P{c.placement}" if c.placement else None,
            "seeker": c.seeker,
            "workplace": c.workplace,
            "adviser": c.adviser,
            "face_to_face": c.face_to_face,
            "next": c.next_date.isoformat() if c.next_date else None,
        }
        if include_notes:
            entry["note"] = c.note
        found.append((c.date, 1, entry))
    for o in outcomes:
        found.append(
            (
                o.recorded,
                3,
                {
                    "date": o.recorded.isoformat(),
                    "event": "outcome",
                    "placement": f"P{o.placement}",
                    "checkpoint": o.checkpoint,
                    "status": o.status,
                },
            )
        )
    return [e for _, _, e in sorted(found, key=lambda t: (t[0], t[1]))]


def history_table(entries: Sequence[dict[str, object]], m: Messages, title: str) -> Table:
    table = Table(title=Text(title), title_justify="left")
    for key in ("date", "event", "placement", "detail"):
        table.add_column(m(_COLUMN_KEYS.get(key, f"history.column.{key}")), overflow="fold")
    skip = {"date", "event", "placement"}
    for e in entries:
        detail = ", ".join(
            f"{k}={v}" for k, v in e.items() if k not in skip and v not in (None, "", False)
        )
        table.add_row(str(e["date"]), str(e["event"]), str(e.get("placement") or ""), Text(detail))
    return table
