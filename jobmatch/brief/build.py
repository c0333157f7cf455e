"""From views to a :class:`Brief`: which sections an audience gets, and what is in them.

``compose`` receives the allow-listed :class:`PairView`; for the adviser
only, the :class:`AdviserView`; for the seeker only, the seeker's own
:class:`OwnView` (limits, avoid list, preferences, schedule). Employer and
seeker briefs are composed with ``extra=None``: the code that writes them has
nothing confidential to leak, and the employer's has no limits either.
"""

from __future__ import annotations

from jobmatch.brief.agreement import agreement_items
from jobmatch.brief.context import Ctx
from jobmatch.brief.model import (
    BLANK,
    AgreementItem,
    Audience,
    Block,
    Brief,
    Bullets,
    Checklist,
    Entries,
    Entry,
    Paragraph,
    Section,
    TaskRow,
    Tasks,
    Tone,
)
from jobmatch.brief.views import AdviserView, OwnView, PairView, PlannedTask
from jobmatch.brief.warnings import warnings
from jobmatch.brief.wording import (
    contact_line,
    demand_phrase,
    demands_text,
    limit_phrase,
    named_pairs,
    person_text,
    range_text,
    strength_word,
    window_text,
)
from jobmatch.i18n.sentences import component_name, sentence
from jobmatch.scoring.match import Fact


def compose(
    pair: PairView, extra: AdviserView | None, ctx: Ctx, own: OwnView | None = None
) -> Brief:
    """The whole brief, in the order of ``spec/brief.md``.

    The sections come in the spec's order: header, why this match, the work,
    the agreement, accommodations and, for the adviser, what to sort out
    before the meeting (the warnings). The adviser's copy starts with the
    exclusions (if any) and ends with the confidential notes. The seeker's
    copy has what the seeker told about themselves (``own``) right after why
    the match could suit.
    """
    schedule = own.schedule if own is not None else extra.schedule if extra is not None else None
    items = agreement_items(pair, ctx, schedule)
    head, tail = [_header(pair, ctx)], []
    if extra is not None:
        exclusions = [_exclusions(extra, ctx)] if extra.exclusions else []
        head = [*exclusions, *head]
        tail = [_warnings(pair, extra, items, ctx), _confidential(extra, ctx)]
    body = [
        _why(pair, extra, ctx),
        *([_own(own, ctx)] if own is not None else []),
        _work(pair, extra, ctx),
        _agreement(items, ctx),
        _accommodations(pair, extra, ctx),
    ]
    return Brief(
        audience=ctx.audience,
        lang=ctx.lang,
        title=ctx.t(f"brief.title.{ctx.audience.value}"),
        subtitle=ctx.t("brief.subtitle", seeker=pair.seeker.name, workplace=pair.workplace.name),
        sections=tuple(head + body + tail),
        footer=_footer(pair, ctx),
        as_of=ctx.as_of,
    )


def _section(
    key: str, ctx: Ctx, blocks: list[Block], tone: Tone = Tone.PLAIN, **values: str
) -> Section:
    """A section of the blocks that hold something: an empty list is left out."""
    kept = tuple(b for b in blocks if not _empty(b))
    return Section(key, ctx.t(f"brief.heading.{key}", **values), kept, tone)


def _empty(block: Block) -> bool:
    if isinstance(block, Entries):
        return not block.rows
    if isinstance(block, Bullets):
        return not block.items
    return False


def _entries(ctx: Ctx, rows: list[tuple[str, str | None]], tone: Tone = Tone.PLAIN) -> Entries:
    """Rows with a known value; labels are catalog keys."""
    return Entries(tuple(Entry(ctx.label(label), value, tone) for label, value in rows if value))


def _capital(fact: Fact, ctx: Ctx) -> str:
    words = sentence(fact, ctx.lang)
    return words[:1].upper() + words[1:]


# --- sections -----------------------------------------------------------------------


def _exclusions(extra: AdviserView, ctx: Ctx) -> Section:
    lines = tuple(_capital(f, ctx) for f in extra.exclusions)
    block = Bullets(lines, ctx.t("brief.exclusions.lead"), Tone.EXCLUDED)
    return _section("exclusions", ctx, [block], Tone.EXCLUDED)


def _header(pair: PairView, ctx: Ctx) -> Section:
    place, meeting = pair.workplace, ctx.meeting_date
    rows: list[tuple[str, str | None]] = [
        ("seeker", pair.seeker.name),
        ("workplace", place.name),
        ("address", place.address),
        ("meeting_date", ctx.date(meeting) if meeting else BLANK),
        ("meeting_time", ctx.clock(ctx.meeting_time) if ctx.meeting_time else None),
        ("meeting_place", ctx.meeting_place),
        ("adviser", contact_line(pair.seeker.adviser)),
        ("employer_contact", contact_line(place.contact)),
    ]
    if ctx.adviser:
        rows.append(("as_of", ctx.date(ctx.as_of)))
    return _section("header", ctx, [_entries(ctx, rows)])


def _why(pair: PairView, extra: AdviserView | None, ctx: Ctx) -> Section:
    blocks: list[Block] = []
    if extra is not None:
        blocks += _score(extra, ctx)
    blocks += _interests_met(pair, ctx)
    if extra is not None:
        blocks += _reasons(extra, ctx)
    blocks += _person(pair, ctx)
    return _section("why", ctx, blocks, name=pair.seeker.name)


def _score(extra: AdviserView, ctx: Ctx) -> list[Block]:
    score = ctx.t(
        "brief.score.value",
        score=ctx.number(extra.score, 1),
        confidence=ctx.number(extra.confidence),
    )
    parts = ", ".join(
        f"{component_name(name, ctx.lang)} {ctx.number(value)}" for name, value in extra.components
    )
    return [_entries(ctx, [("score", score), ("components", parts)])]


def _interests_met(pair: PairView, ctx: Ctx) -> list[Block]:
    """The interests the carved tasks meet; where none does, only the adviser is told.

    The employer and the seeker then read the job and the seeker's own
    ``why`` with no sentence against the match: whether to propose it is the
    adviser's call, made with the seeker first (a warning says so).
    """
    met = [] if pair.plan.no_interest_met else [t for t in pair.plan.tasks if t.interest]
    if met:
        lines = tuple(_met_line(t, ctx) for t in met)
        return [Bullets(lines, ctx.t("brief.lead.met", name=pair.seeker.name))]
    return [Paragraph(ctx.t("brief.met.none"))] if ctx.adviser else []


def _met_line(planned: PlannedTask, ctx: Ctx) -> str:
    strength = strength_word(planned.strength, ctx.lang)
    return ctx.t("brief.met", interest=planned.interest, task=planned.task.name, strength=strength)


def _reasons(extra: AdviserView, ctx: Ctx) -> list[Block]:
    # interests met are listed above in plain words; the other reasons for follow here
    pro = tuple(
        _capital(f, ctx) for f in extra.reasons if f.impact > 0 and f.code != "interest_met"
    )
    con = tuple(_capital(f, ctx) for f in extra.reasons if f.impact < 0)
    blocks: list[Block] = []
    if pro:
        blocks.append(Bullets(pro, ctx.t("brief.lead.for")))
    if con:
        blocks.append(Bullets(con, ctx.t("brief.lead.against")))
    return blocks


def _person(pair: PairView, ctx: Ctx) -> list[Block]:
    seeker = pair.seeker
    rows: list[tuple[str, str | None]] = [
        ("strengths", ", ".join(seeker.strengths)),
        ("skills", ", ".join(seeker.skills)),
        ("career_goal", seeker.career_goal),
    ]
    if ctx.audience is not Audience.SEEKER:
        rows.append(("why", ctx.t("brief.quoted", text=seeker.why) if seeker.why else None))
        return [_entries(ctx, rows)]
    blocks: list[Block] = [_entries(ctx, rows), Paragraph(ctx.t("brief.why.prompt"))]
    if seeker.why:
        blocks.append(Paragraph(ctx.t("brief.why.earlier", why=seeker.why)))
    return blocks


def _own(own: OwnView, ctx: Ctx) -> Section:
    """The seeker's own limits (as work needs), avoid list, preferences and days."""
    limits = tuple(limit_phrase(key, value, ctx.lang) for key, value in own.limits)
    liked = ", ".join(demand_phrase(key, value, ctx.lang) for key, value in own.preferences)
    rows: list[tuple[str, str | None]] = [
        ("avoid", ", ".join(own.avoid)),
        ("preferences", liked),
        ("schedule", window_text(own.schedule, ctx.lang) if own.schedule else None),
    ]
    if not limits and not any(value for _, value in rows):
        return _section("own", ctx, [Paragraph(ctx.t("brief.own.none"))])
    blocks: list[Block] = [Paragraph(ctx.t("brief.own.lead"))]
    if limits:
        blocks.append(Bullets(limits, ctx.t("brief.own.limits")))
    blocks.append(_entries(ctx, rows))
    return _section("own", ctx, blocks)


def _work(pair: PairView, extra: AdviserView | None, ctx: Ctx) -> Section:
    place, plan = pair.workplace, pair.plan
    blocks: list[Block] = []
    if place.description:
        blocks.append(Paragraph(place.description))
    if plan.tasks:
        blocks.append(Paragraph(ctx.t("brief.work.lead", hours=ctx.hours(plan.hours))))
        blocks.append(_task_table(plan.tasks, ctx))
    else:
        blocks.append(Paragraph(ctx.t("brief.work.none")))
    blocks.append(_conditions(pair, ctx))
    if extra is not None and extra.left_out:
        blocks.append(_left_out(extra, ctx))
    return _section("work", ctx, blocks)


def _task_table(tasks: tuple[PlannedTask, ...], ctx: Ctx) -> Tasks:
    columns = (ctx.t("label.task"), ctx.t("label.hours"), ctx.t("label.demands"))
    return Tasks(columns, tuple(_task_row(t, ctx) for t in tasks))


def _task_row(planned: PlannedTask, ctx: Ctx) -> TaskRow:
    task = planned.task
    name = f"{task.name} {ctx.t('brief.essential')}" if task.essential else task.name
    hours = str(planned.hours)
    if planned.partial and task.hours is not None:
        hours = ctx.t("brief.hours.part", hours=planned.hours, total=ctx.number(task.hours))
    return TaskRow(name, hours, demands_text(task.demands, ctx.lang))


def _conditions(pair: PairView, ctx: Ctx) -> Entries:
    place = pair.workplace
    environment = demands_text(place.environment, ctx.lang) if place.environment else None
    schedule = window_text(place.schedule, ctx.lang) if place.schedule else None
    rows: list[tuple[str, str | None]] = [
        ("environment", environment),
        ("expectations", "; ".join(place.expectations)),
        ("workplace_hours", schedule),
        ("hours_offered", range_text(place.hours_min, place.hours_max, ctx.lang)),
        ("wage", place.wage),
    ]
    return _entries(ctx, rows)


def _left_out(extra: AdviserView, ctx: Ctx) -> Bullets:
    lines = tuple(_capital(f, ctx) for t in extra.left_out for f in t.reasons)
    return Bullets(lines, ctx.t("brief.lead.left_out"))


def _agreement(items: tuple[AgreementItem, ...], ctx: Ctx) -> Section:
    return _section("agreement", ctx, [Paragraph(ctx.t("brief.agreement.intro")), Checklist(items)])


def _accommodations(pair: PairView, extra: AdviserView | None, ctx: Ctx) -> Section:
    shared = pair.seeker.shared_needs
    blocks: list[Block] = [
        Bullets(shared, ctx.t("brief.acc.lead", name=pair.seeker.name))
        if shared
        else Paragraph(ctx.t("brief.acc.none"))
    ]
    if extra is not None and extra.unshared_needs:
        blocks.append(Bullets(extra.unshared_needs, ctx.t("brief.acc.unshared"), Tone.CONFIDENTIAL))
    return _section("accommodations", ctx, blocks)


def _warnings(
    pair: PairView, extra: AdviserView, items: tuple[AgreementItem, ...], ctx: Ctx
) -> Section:
    found = tuple(warnings(pair, extra, items, ctx))
    if not found:
        return _section("warnings", ctx, [Paragraph(ctx.t("brief.warn.none"))])
    return _section("warnings", ctx, [Bullets(found, tone=Tone.WARNING)], Tone.WARNING)


def _confidential(extra: AdviserView, ctx: Ctx) -> Section:
    rows: list[tuple[str, str | None]] = [
        ("seeker_notes", _one_line(extra.seeker_notes)),
        ("workplace_notes", _one_line(extra.workplace_notes)),
        ("riasec", extra.riasec),
        ("limits", named_pairs(extra.limits, "limit", ctx.lang)),
        ("avoid", ", ".join(extra.avoid)),
        ("preferences", named_pairs(extra.preferences, "demand", ctx.lang)),
        ("schedule", window_text(extra.schedule, ctx.lang) if extra.schedule else None),
    ]
    blocks: list[Block] = [
        Paragraph(ctx.t("brief.confidential.lead"), Tone.CONFIDENTIAL),
        _entries(ctx, rows, Tone.CONFIDENTIAL),
    ]
    return _section("confidential", ctx, blocks, Tone.CONFIDENTIAL)


def _one_line(words: str | None) -> str | None:
    return " ".join(words.split()) if words else None


def _footer(pair: PairView, ctx: Ctx) -> str:
    adviser = person_text(pair.seeker.adviser, with_phone=ctx.audience is Audience.SEEKER)
    return ctx.t(f"brief.footer.{ctx.audience.value}", date=ctx.date(ctx.as_of), adviser=adviser)
