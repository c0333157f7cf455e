"""The follow-up log's commands: ``place``, ``contact``, ``end``, ``outcome``, ``due``,
``history``, ``report``, ``forget``, ``db ...`` and ``audit verify``.

Each parses its options, opens the log (:mod:`jobmatch.store`) and hands the
result to a renderer (:mod:`jobmatch.output.followup`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jobmatch.cli.common import (
    AsOfOption,
    DataOption,
    DbOption,
    DelimiterOption,
    ForceOption,
    LangOption,
    NoColorOption,
    OutputOption,
    QuietOption,
    SkipInvalidOption,
    check_delimiter,
    check_output,
    emit,
    emit_rich,
    guarded,
    open_data,
    parse_date,
    resolve_as_of,
    resolve_lang,
    say,
    terminal_width,
)
from jobmatch.cli.formats import choose_format
from jobmatch.cli.language import data_folder as resolve_data_dir
from jobmatch.errors import NotFoundError, UsageError

if TYPE_CHECKING:
    from jobmatch.layout import Kind
    from jobmatch.scoring.config import Followup
    from jobmatch.store.log import Log

ADVISER_ENV = "JOBMATCH_ADVISER"

AdviserOption = Annotated[
    str | None, typer.Option("--adviser", help="help.option.adviser", show_default=False)
]


class TableFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


class PlainFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


EXTENSIONS: Mapping[str, TableFormat] = {
    ".txt": TableFormat.TABLE,
    ".json": TableFormat.JSON,
    ".csv": TableFormat.CSV,
}
PLAIN_EXTENSIONS: Mapping[str, PlainFormat] = {".txt": PlainFormat.TABLE, ".json": PlainFormat.JSON}


def _log_config(root: Path) -> tuple[str | None, Followup | None]:
    """``db`` and the ``[followup]`` rules of the data folder's ``jobmatch.toml``.

    Without the file both are the defaults (None), and the configuration's
    models are not imported: most commands on the log never ask for a rule.
    A file there is read and checked whole, as every command does.
    """
    from jobmatch.layout import CONFIG_FILE

    if not (root / CONFIG_FILE).is_file():
        return None, None
    from jobmatch.scoring.config import load_config

    config = load_config(root)
    return config.db, config.followup


def open_log(db: str | None, data: Path | None, create: bool = True) -> Log:
    """The log of this data folder, with its ``[followup]`` rules."""
    from jobmatch.store.location import resolve_url
    from jobmatch.store.log import Log

    root = resolve_data_dir(data)
    configured, rules = _log_config(root)
    return Log.open(resolve_url(db or configured, root), rules=rules, create=create)


def _adviser(option: str | None, fallback: str = "") -> str:
    return option or os.environ.get(ADVISER_ENV) or fallback


def _date(option: str, value: str | None) -> date | None:
    return None if value is None else parse_date(option, value)


def _exists(root: Path, kind: Kind, ref: str) -> None:
    """A seeker or workplace file by id (a cheap check: no folder is loaded)."""
    from jobmatch.store.location import record_file

    if record_file(root, kind, ref) is None:
        folder = "profiles" if kind == "seeker" else "workplaces"
        raise NotFoundError(key=f"error.no_{kind}", ref=ref, folder=folder)


def _emit_json(body: object, output: Path | None, force: bool) -> None:
    from jobmatch.output.jsonout import to_json

    emit(to_json(body) + "\n", output, force)


@guarded
def place(
    seeker: Annotated[str, typer.Argument(help="help.arg.seeker")],
    workplace: Annotated[str, typer.Argument(help="help.arg.workplace")],
    start: Annotated[str, typer.Option("--start", metavar="DATE", help="help.place.start")],
    purpose: Annotated[
        str | None, typer.Option("--purpose", help="help.place.purpose", show_default=False)
    ] = None,
    hours: Annotated[
        float | None, typer.Option("--hours", min=0, max=100, help="help.place.hours")
    ] = None,
    planned_end: Annotated[
        str | None, typer.Option("--planned-end", metavar="DATE", help="help.place.planned_end")
    ] = None,
    days_times: Annotated[
        str | None, typer.Option("--days", help="help.place.days", show_default=False)
    ] = None,
    employer_contact: Annotated[
        str | None,
        typer.Option("--employer-contact", help="help.place.employer_contact", show_default=False),
    ] = None,
    override_exclusion: Annotated[
        bool, typer.Option("--override-exclusion", help="help.place.override_exclusion")
    ] = False,
    reason: Annotated[
        str | None, typer.Option("--reason", help="help.place.reason", show_default=False)
    ] = None,
    output_format: Annotated[
        PlainFormat | None, typer.Option("--format", help="help.log.format", show_default=False)
    ] = None,
    adviser: AdviserOption = None,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
) -> None:
    """Score the pair, record the placement with its match, and print its follow-up plan."""
    from jobmatch.i18n import Messages
    from jobmatch.loading import find_seeker, find_workplace
    from jobmatch.store.log import NewPlacement
    from jobmatch.store.placing import match_record
    from jobmatch.store.records import Purpose

    fmt = output_format or PlainFormat.TABLE
    day, first = resolve_as_of(as_of), parse_date("--start", start)
    end = _date("--planned-end", planned_end)
    if purpose is not None and purpose not in {p.value for p in Purpose}:
        raise UsageError(
            key="log.bad_choice", option="--purpose", allowed=", ".join(p.value for p in Purpose)
        )
    if override_exclusion and not reason:
        raise UsageError(key="log.override_needs_reason")
    dataset = open_data(data, skip_invalid, quiet)
    person, site = find_seeker(dataset, seeker), find_workplace(dataset, workplace)
    match = match_record(dataset, person.id, site.id, day)
    new = NewPlacement(
        seeker=person.id,
        workplace=site.id,
        start=first,
        purpose=purpose or person.goal.purpose.value,
        planned_end=end,
        hours=hours,
        days_times=days_times,
        employer_contact=employer_contact,
        adviser=_adviser(adviser, person.adviser.name if person.adviser else ""),
        override_reason=reason if override_exclusion else None,
        match=match,
        capacity=site.capacity,
    )
    with open_log(db, data) as log:
        made = log.place(new, as_of=day)
        rules = log.rules
    from jobmatch.output.followup import plan_dict, plan_lines

    if fmt is PlainFormat.JSON:
        _emit_json(plan_dict(made, rules), None, False)
        return
    m = Messages(resolve_lang(lang))
    head = m(
        "place.done",
        ref=made.ref,
        seeker=made.seeker,
        workplace=made.workplace,
        start=made.start.isoformat(),
        score=made.score,
    )
    sys.stdout.write("\n".join([head, *plan_lines(made, rules, m)]) + "\n")


@guarded
def contact(
    kind: Annotated[str, typer.Option("--kind", help="help.contact.kind")],
    seeker: Annotated[
        str | None, typer.Option("--seeker", help="help.contact.seeker", show_default=False)
    ] = None,
    workplace: Annotated[
        str | None, typer.Option("--workplace", help="help.contact.workplace", show_default=False)
    ] = None,
    placement: Annotated[
        str | None, typer.Option("--placement", help="help.arg.placement", show_default=False)
    ] = None,
    when: Annotated[
        str | None,
        typer.Option("--date", metavar="DATE", help="help.contact.date", show_default=False),
    ] = None,
    face_to_face: Annotated[
        bool, typer.Option("--face-to-face", help="help.contact.face_to_face")
    ] = False,
    note: Annotated[
        str | None, typer.Option("--note", help="help.contact.note", show_default=False)
    ] = None,
    next_date: Annotated[
        str | None,
        typer.Option("--next", metavar="DATE", help="help.contact.next", show_default=False),
    ] = None,
    adviser: AdviserOption = None,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    """Record one contact, with no prompts."""
    from jobmatch.store.log import parse_ref
    from jobmatch.store.records import ContactKind

    if kind not in {k.value for k in ContactKind}:
        raise UsageError(
            key="log.bad_choice", option="--kind", allowed=", ".join(k.value for k in ContactKind)
        )
    day = _date("--date", when) or resolve_as_of(as_of)
    later = _date("--next", next_date)
    text = sys.stdin.read() if note == "-" else note
    root = resolve_data_dir(data)
    if seeker is not None:
        _exists(root, "seeker", seeker)
    if workplace is not None:
        _exists(root, "workplace", workplace)
    number = None if placement is None else parse_ref(placement, "P")
    with open_log(db, data) as log:
        ref = log.contact(
            day,
            kind,
            seeker=seeker,
            workplace=workplace,
            placement_id=number,
            face_to_face=face_to_face,
            adviser=_adviser(adviser),
            note=text or None,
            next_date=later,
        )
    sys.stdout.write(ref + "\n")


@guarded
def end(
    placement: Annotated[str, typer.Argument(help="help.arg.placement")],
    when: Annotated[str, typer.Option("--date", metavar="DATE", help="help.end.date")],
    reason: Annotated[str, typer.Option("--reason", help="help.end.reason")],
    adviser: AdviserOption = None,
    db: DbOption = None,
    data: DataOption = None,
    lang: LangOption = None,
) -> None:
    """End a placement."""
    from jobmatch.store.log import parse_ref
    from jobmatch.store.records import EndReason

    day = parse_date("--date", when)
    if reason not in {r.value for r in EndReason}:
        raise UsageError(
            key="log.bad_choice", option="--reason", allowed=", ".join(r.value for r in EndReason)
        )
    with open_log(db, data) as log:
        done = log.end(parse_ref(placement, "P"), day, reason, adviser=_adviser(adviser))
    sys.stdout.write(f"{done.ref}\n")


@guarded
def outcome(
    placement: Annotated[str, typer.Argument(help="help.arg.placement")],
    checkpoint: Annotated[str, typer.Option("--checkpoint", help="help.outcome.checkpoint")],
    status: Annotated[str, typer.Option("--status", help="help.outcome.status")],
    hours: Annotated[
        float | None, typer.Option("--hours", min=0, max=100, help="help.place.hours")
    ] = None,
    paid: Annotated[
        bool | None, typer.Option("--paid/--unpaid", help="help.outcome.paid", show_default=False)
    ] = None,
    ordinary: Annotated[
        bool | None,
        typer.Option("--ordinary/--not-ordinary", help="help.outcome.ordinary", show_default=False),
    ] = None,
    adviser: AdviserOption = None,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    """Record how a placement stands at a checkpoint."""
    from jobmatch.store.log import parse_ref
    from jobmatch.store.records import Checkpoint, OutcomeStatus

    for option, value, allowed in (
        ("--checkpoint", checkpoint, Checkpoint),
        ("--status", status, OutcomeStatus),
    ):
        if value not in {a.value for a in allowed}:
            raise UsageError(
                key="log.bad_choice", option=option, allowed=", ".join(a.value for a in allowed)
            )
    day = resolve_as_of(as_of)
    with open_log(db, data) as log:
        log.outcome(
            parse_ref(placement, "P"),
            checkpoint,
            status,
            recorded=day,
            hours=hours,
            paid=paid,
            ordinary=ordinary,
            adviser=_adviser(adviser),
        )
    sys.stdout.write(f"{placement.upper()} {checkpoint} {status}\n")


@guarded
def due(
    days: Annotated[
        int | None, typer.Option("--days", min=0, help="help.due.days", show_default=False)
    ] = None,
    adviser: AdviserOption = None,
    output_format: Annotated[
        TableFormat | None, typer.Option("--format", help="help.log.format", show_default=False)
    ] = None,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    delimiter: DelimiterOption = ",",
    skip_invalid: SkipInvalidOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """What is overdue, and what falls due within the next days."""
    check_delimiter(delimiter)
    fmt = choose_format("due", output_format, output, EXTENSIONS, TableFormat.TABLE)
    check_output(output, force)
    day = resolve_as_of(as_of)
    from jobmatch.cli.language import current
    from jobmatch.loading import load_views
    from jobmatch.store.readahead import ReadAhead, facts, people

    # Every file is read and checked as for the other commands, but only the little
    # that ``due`` needs of each comes back from the workers (as in ``open_data``);
    # the log is read meanwhile, once they are under way.
    log = ReadAhead(lambda create: open_log(db, data, create), as_of=day, days=days)
    found = load_views(resolve_data_dir(data), facts, skip_invalid=skip_invalid, started=log.start)
    if not quiet:
        for problem in (*found.unread, *found.skipped):
            say("warning.skipped", problem=problem.render(current()))
    items = log.result().items(people(found.seekers, found.workplaces), adviser)
    from jobmatch.output.followup import DUE_COLUMNS, due_json, due_rows, due_table

    if fmt is TableFormat.JSON:
        emit(due_json(day, items) + "\n", output, force)
    elif fmt is TableFormat.CSV:
        from jobmatch.output.csvout import csv_text

        emit(csv_text(DUE_COLUMNS, due_rows(items), delimiter), output, force)
    else:
        from jobmatch.i18n import Messages

        table = due_table(items, Messages(resolve_lang(lang)), day, terminal_width(output))
        emit_rich(table, output, force, no_color)


@guarded
def history(
    seeker: Annotated[
        str | None, typer.Option("--seeker", help="help.contact.seeker", show_default=False)
    ] = None,
    workplace: Annotated[
        str | None, typer.Option("--workplace", help="help.contact.workplace", show_default=False)
    ] = None,
    include_notes: Annotated[
        bool, typer.Option("--include-notes", help="help.option.include_notes")
    ] = False,
    output_format: Annotated[
        PlainFormat | None, typer.Option("--format", help="help.log.format", show_default=False)
    ] = None,
    db: DbOption = None,
    data: DataOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """One timeline of a seeker or a workplace."""
    if (seeker is None) == (workplace is None):
        raise UsageError(key="error.seeker_or_workplace")
    fmt = choose_format("history", output_format, output, PLAIN_EXTENSIONS, PlainFormat.TABLE)
    check_output(output, force)
    with open_log(db, data) as log:
        placements = log.placements(seeker=seeker, workplace=workplace)
        contacts = log.contacts(seeker=seeker, workplace=workplace)
        outcomes = log.outcomes([p.id for p in placements])
    if not placements and not contacts:  # a known id with nothing logged: an empty timeline
        ref = seeker or workplace or ""
        _exists(resolve_data_dir(data), "seeker" if seeker else "workplace", ref)
        say("log.no_history", ref=ref)
    from jobmatch.output.followup import history_entries, history_table

    entries = history_entries(placements, contacts, outcomes, include_notes)
    if fmt is PlainFormat.JSON:
        _emit_json(
            {"schema_version": 1, "seeker": seeker, "workplace": workplace, "entries": entries},
            output,
            force,
        )
        return
    from jobmatch.i18n import Messages

    m = Messages(resolve_lang(lang))
    emit_rich(
        history_table(entries, m, m("history.title", ref=seeker or workplace)),
        output,
        force,
        no_color,
    )


class ByChoice(StrEnum):
    ADVISER = "adviser"
    PURPOSE = "purpose"
    SCORE_BAND = "score-band"


@guarded
def report(
    start: Annotated[
        str | None,
        typer.Option("--from", metavar="DATE", help="help.report.from", show_default=False),
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", metavar="DATE", help="help.report.to", show_default=False)
    ] = None,
    by: Annotated[
        ByChoice | None, typer.Option("--by", help="help.report.by", show_default=False)
    ] = None,
    output_format: Annotated[
        TableFormat | None, typer.Option("--format", help="help.log.format", show_default=False)
    ] = None,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    delimiter: DelimiterOption = ",",
    no_color: NoColorOption = False,
) -> None:
    """The period's figures for the programme: aggregates only, small groups suppressed."""
    check_delimiter(delimiter)
    fmt = choose_format("report", output_format, output, EXTENSIONS, TableFormat.TABLE)
    check_output(output, force)
    last = _date("--to", to) or resolve_as_of(as_of)
    first = _date("--from", start)
    if first is not None and first > last:
        raise UsageError(key="log.period_reversed")
    from jobmatch.store.report import report as make_report

    with open_log(db, data) as log:
        found = make_report(log, first, last, by.value if by else None)
    from jobmatch.output.followup import report_rows, report_view

    if fmt is TableFormat.JSON:
        _emit_json(found.shown(), output, force)
    elif fmt is TableFormat.CSV:
        from jobmatch.output.csvout import csv_text

        rows = report_rows(found.shown())
        emit(csv_text(("section", "group", "figure", "value"), rows, delimiter), output, force)
    else:
        from jobmatch.i18n import Messages

        view = report_view(found, Messages(resolve_lang(lang)), terminal_width(output))
        emit_rich(view, output, force, no_color)


@guarded
def forget(
    seeker: Annotated[str, typer.Argument(help="help.arg.seeker")],
    adviser: AdviserOption = None,
    db: DbOption = None,
    data: DataOption = None,
    lang: LangOption = None,
) -> None:
    """Remove every record of a seeker from the log, and their audit key."""
    from jobmatch.store.location import record_file

    known = record_file(resolve_data_dir(data), "seeker", seeker) is not None
    with open_log(db, data) as log:
        removed = log.forget(seeker, adviser=_adviser(adviser), known=known)
    say("forget.done", seeker=seeker, n=removed)
    say("forget.profile")


db_app = typer.Typer(help="help.db", no_args_is_help=True, rich_markup_mode=None)
audit_app = typer.Typer(help="help.audit", no_args_is_help=True, rich_markup_mode=None)


@guarded
def db_upgrade(db: DbOption = None, data: DataOption = None, lang: LangOption = None) -> None:
    """Migrate the log to this jobmatch's schema, keeping every row."""
    from jobmatch.store.database import connect, upgrade
    from jobmatch.store.location import resolve_url

    root = resolve_data_dir(data)
    configured, _ = _log_config(root)
    database = connect(resolve_url(db or configured, root))
    try:
        before, after = upgrade(database)
    finally:
        database.close()
    say("db.upgraded", before=before or "-", after=after)


@guarded
def db_export(
    include_notes: Annotated[
        bool, typer.Option("--include-notes", help="help.option.include_notes")
    ] = False,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Write the log as JSON lines, for backup; each placement's status as of --as-of."""
    check_output(output, force)
    day = resolve_as_of(as_of)
    from jobmatch.store.transfer import export_lines

    with open_log(db, data) as log:
        lines = export_lines(log, include_notes=include_notes, as_of=day)
        text = "".join(line + "\n" for line in lines)
    emit(text, output, force)


@guarded
def db_import(
    file: Annotated[Path, typer.Argument(help="help.db.file")],
    adviser: AdviserOption = None,
    db: DbOption = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    """Load an export or a fixture into an empty log (dates like "-30d" count from --as-of)."""
    from jobmatch.store.transfer import import_file

    day = resolve_as_of(as_of)
    if not file.is_file():
        raise NotFoundError(key="log.no_file", path=file)
    with open_log(db, data) as log:
        done = import_file(log, file, as_of=day, adviser=_adviser(adviser))
    say("db.imported", placements=done.placements, contacts=done.contacts, outcomes=done.outcomes)


@guarded
def audit_verify(db: DbOption = None, data: DataOption = None, lang: LangOption = None) -> None:
    """Check the audit chain; name the first broken link (exit 1: the data cannot be trusted)."""
    from jobmatch.store.audit import AuditBrokenError

    with open_log(db, data) as log:
        found = log.verify()
    if not found.ok:
        raise AuditBrokenError(key=f"audit.broken.{found.reason}", seq=found.broken)
    say("audit.ok", n=found.events)
