"""The agreement checklist (``spec/brief.md`` section 4), filled in from the data.

Every item is present for every audience. A line the data cannot give is
:data:`BLANK`, to fill in at the meeting; an item whose core is blank is not
``filled``, which the adviser also gets as a warning. Duration and follow-up
come from the purpose and are labelled as suggestions (the report: three
months is often too short; 10 to 12 months may be right; monthly follow-up
with three conversations).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from jobmatch.brief.context import Ctx
from jobmatch.brief.model import BLANK, AgreementItem, Entry, Tone
from jobmatch.brief.views import PairView, WindowView
from jobmatch.brief.wording import person_text, window_text

ITEM_KEYS = (
    "purpose",
    "duration",
    "hours",
    "contact",
    "mentor",
    "follow_up",
    "what_if",
    "roles",
    "support",
)

_REVIEW_AFTER = {"assessment": (0, 5), "training": (3, 0), "employment": (3, 0)}
"""When a review is suggested after the start: (months, weeks)."""
_APPLIES = {True: "brief.applies", False: "brief.applies.unpaid"}
"""Who applies for what: with a wage subsidy for a paid job (True), without it otherwise."""


def agreement_items(
    pair: PairView, ctx: Ctx, own_schedule: WindowView | None = None
) -> tuple[AgreementItem, ...]:
    """The nine items, in the order of the spec.

    ``own_schedule``: the seeker's own days and times, given for the seeker
    and adviser briefs only; shown (marked as the seeker's) when the
    workplace has no schedule. The employer gets the overlap or a blank.
    """
    return (
        _purpose(pair, ctx),
        _duration(pair, ctx),
        _hours(pair, ctx, own_schedule),
        _contact(pair, ctx),
        _mentor(pair, ctx),
        _follow_up(pair, ctx),
        _what_if(pair, ctx),
        _roles(pair, ctx),
        _support(pair, ctx),
    )


def _item(
    key: str, ctx: Ctx, lines: list[Entry], filled: bool = True, title: str = ""
) -> AgreementItem:
    """An item whose title is ``brief.item.<key>``, or ``title`` (a catalog key) when given."""
    return AgreementItem(key, ctx.t(title or f"brief.item.{key}"), tuple(lines), filled)


def _line(ctx: Ctx, label: str, value: str | None, tone: Tone = Tone.PLAIN) -> Entry:
    return Entry(ctx.label(label), value if value else BLANK, tone)


def _purpose(pair: PairView, ctx: Ctx) -> AgreementItem:
    purpose = pair.seeker.purpose
    after = f"brief.after.{purpose}"
    if purpose == "training" and pair.workplace.career_path:
        after = "brief.after.training.career"
    return _item(
        "purpose",
        ctx,
        [
            _line(ctx, "purpose", ctx.t(f"brief.purpose.{purpose}")),
            _line(ctx, "after", ctx.t(after), Tone.SUGGESTION),
        ],
    )


def _duration(pair: PairView, ctx: Ctx) -> AgreementItem:
    purpose, start = pair.seeker.purpose, pair.seeker.earliest_start
    when = ctx.t(f"brief.review.{purpose}")
    if start is not None:
        when = ctx.t("brief.review.dated", when=when, date=ctx.date(review_date(start, purpose)))
    return _item(
        "duration",
        ctx,
        [
            _line(
                ctx, "start", ctx.t("brief.start.value", date=ctx.date(start)) if start else None
            ),
            _line(ctx, "duration", ctx.t(f"brief.duration.{purpose}"), Tone.SUGGESTION),
            _line(ctx, "review", when, Tone.SUGGESTION),
            _line(ctx, "extension", ctx.t("brief.extension")),
        ],
        start is not None,  # no earliest start: a blank the adviser is warned about
    )


def review_date(start: date, purpose: str) -> date:
    """The suggested first review: five weeks into an assessment, else three months."""
    months, weeks = _REVIEW_AFTER.get(purpose, (3, 0))
    return add_months(start, months) + timedelta(weeks=weeks)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it has fewer."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _hours(pair: PairView, ctx: Ctx, own_schedule: WindowView | None) -> AgreementItem:
    carved, wanted = pair.plan.hours, pair.seeker.hours_wanted
    hours = None
    if carved > 0:
        key = "brief.hours.value" if wanted is not None else "brief.hours.value.unknown"
        hours = ctx.t(key, hours=carved, wanted=ctx.number(wanted or 0))
    days = window_text(pair.plan.overlap, ctx.lang)
    shown = days
    if pair.plan.overlap is None and own_schedule is not None:
        shown = ctx.t("brief.days.own", days=window_text(own_schedule, ctx.lang))
    lines = [_line(ctx, "hours", hours), _line(ctx, "days", shown), _line(ctx, "gradual", None)]
    return _item("hours", ctx, lines, hours is not None and days != BLANK)


def _contact(pair: PairView, ctx: Ctx) -> AgreementItem:
    adviser = pair.seeker.adviser
    name, phone = (adviser.name, adviser.phone) if adviser else (None, None)
    email = adviser.email if adviser else None
    lines = [_line(ctx, "name", name), _line(ctx, "phone", phone), _line(ctx, "email", email)]
    return _item("contact", ctx, lines, bool(name and phone))


def _mentor(pair: PairView, ctx: Ctx) -> AgreementItem:
    mentor = pair.workplace.mentor
    possible = {True: ctx.t("value.true"), False: ctx.t("brief.mentor.no"), None: None}[mentor]
    lines = [_line(ctx, "mentor_possible", possible), _line(ctx, "name", None)]
    return _item("mentor", ctx, lines, mentor is True)


def _follow_up(pair: PairView, ctx: Ctx) -> AgreementItem:
    lines = [
        _line(ctx, "follow_up", ctx.t(f"brief.follow.{pair.seeker.purpose}"), Tone.SUGGESTION),
        _line(ctx, "where", ctx.t("brief.where"), Tone.SUGGESTION),
    ]
    return _item("follow_up", ctx, lines)


def _what_if(pair: PairView, ctx: Ctx) -> AgreementItem:
    people = {
        "employer": person_text(pair.workplace.contact, with_phone=False),
        "adviser": person_text(pair.seeker.adviser, with_phone=False),
        "seeker": pair.seeker.name,
    }
    lines = [
        _line(ctx, case, ctx.t(f"brief.{case}", **people))
        for case in ("absence", "bad_day", "conflict", "not_working")
    ]
    return _item("what_if", ctx, lines, BLANK not in (people["employer"], people["adviser"]))


def _roles(pair: PairView, ctx: Ctx) -> AgreementItem:
    employer = (
        "brief.employer_role.intro" if pair.workplace.intro_routine else "brief.employer_role"
    )
    lines = [
        _line(ctx, "employer_role", ctx.t(employer)),
        _line(ctx, "support_role", ctx.t("brief.support_role")),
        _line(ctx, "seeker_role", ctx.t("brief.seeker_role")),
    ]
    return _item("roles", ctx, lines)


def _support(pair: PairView, ctx: Ctx) -> AgreementItem:
    """Wage, accommodation and who applies: a wage subsidy only where the goal is a paid job.

    Assessment and work training are placements without wage from the
    employer, so a wage subsidy is no suggestion there.
    """
    needs = "; ".join(pair.seeker.shared_needs) or ctx.t("brief.accommodation.none")
    paid = pair.seeker.purpose == "employment"
    lines = [
        _line(ctx, "wage", pair.workplace.wage),
        _line(ctx, "accommodation", needs),
        _line(ctx, "applies", ctx.t(_APPLIES[paid]), Tone.SUGGESTION),
    ]
    title = "" if paid else "brief.item.support.unpaid"
    return _item("support", ctx, lines, pair.workplace.wage is not None, title)
