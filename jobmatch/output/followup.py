"""The follow-up log for people and scripts: due lists, reports, timelines and plans.

Rich is used here only; the store hands over plain records. Notes never
reach a renderer unless the adviser asked for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from json.encoder import encode_basestring as _quote
from typing import Any

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from jobmatch.i18n import Messages
from jobmatch.i18n.formatting import short_date
from jobmatch.i18n.numbers import fixed
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


def due_json(as_of: date, items: Sequence[DueItem]) -> str:
    """The due list as JSON: the same text as :func:`jsonout.to_json` gives, much faster.

    The standard library writes indented JSON in Python, a call per value;
    an office's list has thousands of items of eight values each, all text
    or null, so each value is quoted here by the C function ``json`` uses.
    """
    head = f'{{\n  "schema_version": 1,\n  "as_of": {_quote(as_of.isoformat())},\n  "items": '
    if not items:
        return head + "[]\n}"
    body = ",\n".join(
        "    {\n"
        + ",\n".join(
            f'      "{key}": {"null" if value is None else _quote(str(value))}'
            for key, value in due_dict(item).items()
        )
        + "\n    }"
        for item in items
    )
    return head + "[\n" + body + "\n  ]\n}"


def due_rows(items: Iterable[DueItem]) -> list[list[object]]:
    return [[due_dict(i)[c] for c in DUE_COLUMNS] for i in items]


def _compact_table(title: str) -> Table:
    """A table that reads at 80 columns: a rule under the heading, no outer frame."""
    return Table(
        title=Text(title),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        show_edge=False,
        collapse_padding=True,
    )


DUE_WHAT_WIDTH = 18
"""The least width of the due table's item column."""


def due_table(items: Sequence[DueItem], m: Messages, as_of: date, width: int = 80) -> Table | Text:
    """What is due, one item a row, readable at 80 columns (``width``).

    Ids are never broken or cut (advisers copy them): the seeker's id with the
    placement's under it, and the workplace's, each column as wide as its
    longest id; where long ids leave the item too little room, the workplace's
    id goes under the seeker's. The item wraps at spaces, with the adviser's
    name under it; the state wraps too when the item would have too little room.
    """
    lang = m.lang
    if not items:
        return Text(m("due.nothing", as_of=short_date(as_of, lang)))
    headings = [m(k) for k in ("due.column.state", "due.column.due", "due.column.kind")]
    states = [m(f"due.state.{i.state.value}") for i in items]
    dates = [short_date(i.due, lang) if i.due else m("label.never_visited") for i in items]
    seeker_width = _widest(m("label.seeker"), (i.seeker for i in items), items)
    workplace_width = _widest(m("label.workplace"), (i.workplace for i in items), [])
    date_width = max([len(headings[1]), *map(len, dates)])
    state_width = max([len(headings[0]), *map(len, states)])
    fixed = date_width + seeker_width + workplace_width + 2 * 4
    stacked = width - fixed - _words_width(headings[0], states) < DUE_WHAT_WIDTH
    if stacked:  # one column for the seeker, the workplace and the placement
        seeker_width = _widest(m("label.seeker"), (i.workplace for i in items), items)
        fixed = date_width + seeker_width + 2 * 3
    if width - fixed - state_width < DUE_WHAT_WIDTH:
        state_width = _words_width(headings[0], states)
    table = _compact_table(m("due.title", as_of=short_date(as_of, lang)))
    table.add_column(headings[0], width=state_width, overflow="fold")
    table.add_column(headings[1], width=date_width, no_wrap=True)
    table.add_column(headings[2], ratio=1, min_width=DUE_WHAT_WIDTH, overflow="fold")
    table.add_column(m("label.seeker"), width=seeker_width, no_wrap=True)
    if not stacked:
        table.add_column(m("label.workplace"), width=workplace_width, no_wrap=True)
    for item, state, day in zip(items, states, dates, strict=True):
        what = Text(_due_what(item, m))
        if item.adviser:
            what.append("\n").append(item.adviser, style="dim")
        lines = [item.seeker, item.workplace if stacked else None, item.placement]
        who = Text("\n".join(line for line in lines if line))
        style = "bold red" if item.state.value == "overdue" else ""
        cells: list[Text | str] = [Text(state, style=style), day, what, who]
        if not stacked:
            cells.append(Text(item.workplace or ""))
        table.add_row(*cells)
    return table


def _widest(heading: str, ids: Iterable[str | None], placed: Sequence[DueItem]) -> int:
    """The width of an id column: its heading, its ids, and the placements' ids under them."""
    return max(
        [len(heading), *(len(i or "") for i in ids), *(len(p.placement or "") for p in placed)]
    )


def _words_width(heading: str, labels: Sequence[str]) -> int:
    """The width of a column that wraps its labels at spaces."""
    return max([len(heading), *(len(word) for label in labels for word in label.split())])


def _due_what(item: DueItem, m: Messages) -> str:
    """The item in words: "monthly follow-up, month 6", "outcome (6m)"."""
    what = m(f"due.kind.{item.kind.value}")
    if not item.detail:
        return what
    if item.kind.value in ("weekly", "monthly"):
        return m(f"due.detail.{item.kind.value}", what=what, number=item.detail)
    return f"{what} ({item.detail})"


def _cell(value: Shown | None, lang: str = "en") -> str:
    """A count as is, a share as a whole percentage (``43 %`` in bokmål, ``43%`` in
    English), a suppressed figure as given, nothing as a dash."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{round(value * 100)} %" if lang == "nb" else f"{round(value * 100)}%"
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


REPORT_COLUMN_WIDTH = 24
"""The width of one group's column in the report's summary."""
_SUMMARY_ROWS = ("served", "job_starts", "in_work", "share_in_work", "90d", "6m", "12m")


def report_view(rep: Report, m: Messages, width: int = 80) -> Group:
    """The report for a terminal, readable at 80 columns (``width``): the summary with one
    column per group (as many tables as the groups need), then the score bands and the
    advisers, and how small figures are suppressed."""
    lang = m.lang
    doc = rep.shown()
    groups: list[dict[str, Any]] = doc["groups"]  # type: ignore[assignment]
    title = m("report.title", start=short_date(rep.start, lang), end=short_date(rep.end, lang))
    labels = [m(f"report.column.{key}") for key in _SUMMARY_ROWS]
    label_width = max(len(label) for label in labels)
    per_table = max(1, (width - label_width) // (REPORT_COLUMN_WIDTH + 2))
    parts: list[Table | Text] = []
    for first in range(0, len(groups), per_table):
        summary = _compact_table(title if first == 0 else "")
        summary.add_column(m("report.column.group"), width=label_width, overflow="fold")
        for g in groups[first : first + per_table]:
            name = g["group"]
            heading = m("report.everyone") if name == "all" and rep.by is None else str(name)
            summary.add_column(heading, justify="right", max_width=REPORT_COLUMN_WIDTH)
        shown = groups[first : first + per_table]
        share = [g["share_in_work"] for g in shown]
        summary.add_row(labels[0], *(_cell(g["served"], lang) for g in shown))
        summary.add_row(labels[1], *(_cell(g["job_starts"], lang) for g in shown))
        summary.add_row(labels[2], *(_cell(s["in_work"], lang) for s in share))
        summary.add_row(labels[3], *(_cell(s["rate"], lang) for s in share))
        for label, point in zip(labels[4:], ("90d", "6m", "12m"), strict=True):
            cells = (_retention_cell(g["retention"][point], m) for g in shown)
            summary.add_row(label, *cells)
        parts += [summary, Text()]
    bands = _compact_table(m("report.bands"))
    for key in ("band", "placements", "90d", "6m", "12m", "engines"):
        bands.add_column(m(f"report.column.{key}"), justify="left" if key == "band" else "right")
    for b in doc["score_bands"]:  # type: ignore[attr-defined]
        ret = b["retention"]
        bands.add_row(
            b["band"],
            _cell(b["placements"], lang),
            *(_cell(ret[p]["rate"], lang) for p in ("90d", "6m", "12m")),
            ", ".join(b["engine_versions"]),
        )
    advisers = _compact_table(m("report.advisers"))
    advisers.add_column(m("label.adviser"), ratio=1, overflow="fold")
    for key in ("employer_contacts", "per_week", "caseload"):
        advisers.add_column(m(f"report.column.{key}"), justify="right", no_wrap=True)
    for a in doc["advisers"]:  # type: ignore[attr-defined]
        load = _cell(a["caseload"], lang) + (
            " " + m("report.caseload_high") if a["caseload_warning"] else ""
        )
        per_week = a["employer_contacts_per_week"]
        advisers.add_row(
            Text(a["adviser"] or "–"),
            _cell(a["employer_contacts"], lang),
            fixed(per_week, 2, lang) if isinstance(per_week, float) else _cell(per_week, lang),
            load,
        )
    return Group(*parts, bands, Text(), advisers, Text(), Text(m("report.suppression")))


def _retention_cell(r: dict[str, Shown | None], m: Messages) -> str:
    rate, missing = _cell(r["rate"], m.lang), _cell(r["not_recorded"], m.lang)
    return m("report.retention_cell", rate=rate, missing=missing)


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
    table = _compact_table(title)
    table.add_column(m("history.column.date"), no_wrap=True)
    table.add_column(m("history.column.event"), no_wrap=True)
    table.add_column(m("label.placement"), no_wrap=True)
    table.add_column(m("history.column.detail"), ratio=1, min_width=16)
    skip = {"date", "event", "placement"}
    for e in entries:
        detail = ", ".join(
            f"{k}={v}" for k, v in e.items() if k not in skip and v not in (None, "", False)
        )
        table.add_row(str(e["date"]), str(e["event"]), str(e.get("placement") or ""), Text(detail))
    return table
