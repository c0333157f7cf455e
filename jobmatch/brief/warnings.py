"""Warnings before the meeting: what the adviser must sort out first (adviser brief only)."""

from __future__ import annotations

from collections.abc import Iterator

from jobmatch.brief.context import Ctx
from jobmatch.brief.model import AgreementItem
from jobmatch.brief.views import AdviserView, PairView
from jobmatch.i18n.sentences import name, sentence
from jobmatch.scoring.config import Thresholds
from jobmatch.scoring.match import Fact

OUT_OF_DATE_DAYS = Thresholds().recent_visit_days
"""Used only for a match without a visit fact; the engine's own fact (from its
configuration's ``thresholds.recent_visit_days``) always comes first."""
_COVERED = frozenset({"never_visited", "visit_out_of_date", "unknown_demand"})
"""Unknowns that have a warning of their own."""
_INCLUSION = "unknown_inclusion"


def warnings(
    pair: PairView, extra: AdviserView, items: tuple[AgreementItem, ...], ctx: Ctx
) -> list[str]:
    """Every warning, in a fixed order: interests, visit, tasks, purpose, workplace, checklist,
    unknowns."""
    found = [*_interests(pair, ctx), *_visit(pair, extra, ctx), *_unknown_demands(extra, ctx)]
    found += [*_purpose(pair, ctx), *_workplace(pair, ctx), *_unfilled(items, ctx)]
    found += _unknowns(pair, extra, ctx)
    return found


def _interests(pair: PairView, ctx: Ctx) -> Iterator[str]:
    """No interest met: the seeker should hear of the workplace before the employer does."""
    if pair.plan.no_interest_met:
        yield ctx.t("brief.warn.no_interest_met")


def _visit(pair: PairView, extra: AdviserView, ctx: Ctx) -> Iterator[str]:
    visited = pair.workplace.visited
    code = extra.visit.code if extra.visit is not None else None
    if code is None:
        too_old = visited is not None and (ctx.as_of - visited).days > OUT_OF_DATE_DAYS
        code = "never_visited" if visited is None else "visit_out_of_date" if too_old else None
    if code == "never_visited" or visited is None:
        yield ctx.t("brief.warn.never_visited")
    elif code == "visit_out_of_date":
        yield ctx.t("brief.warn.old_visit", date=ctx.date(visited))


def _unknown_demands(extra: AdviserView, ctx: Ctx) -> Iterator[str]:
    for task, demands in extra.unknown_demands:
        if not demands:
            yield ctx.t("brief.warn.no_demands", task=task)
            continue
        names = ", ".join(ctx.t(f"demand.{d}") for d in demands)
        yield ctx.t("brief.warn.unknown_demands", task=task, demands=names)


def _purpose(pair: PairView, ctx: Ctx) -> Iterator[str]:
    purpose, offers = pair.seeker.purpose, pair.workplace.offers
    if offers is not None and purpose not in offers:
        offered = ", ".join(ctx.t(f"value.{p}") for p in offers)
        yield ctx.t(
            "brief.warn.purpose_not_offered", purpose=ctx.t(f"value.{purpose}"), offers=offered
        )
    if purpose == "employment" and pair.workplace.recruitment_need is not True:
        known = pair.workplace.recruitment_need is False
        yield ctx.t("brief.warn.no_recruitment" if known else "brief.warn.unknown_recruitment")


def _workplace(pair: PairView, ctx: Ctx) -> Iterator[str]:
    place = pair.workplace
    if place.capacity == 0:
        yield ctx.t("brief.warn.no_capacity")
    if place.mentor is not True:
        yield ctx.t(
            "brief.warn.no_mentor" if place.mentor is False else "brief.warn.unknown_mentor"
        )
    if place.contact is None or not place.contact.name:
        yield ctx.t("brief.warn.no_contact")


def _unfilled(items: tuple[AgreementItem, ...], ctx: Ctx) -> Iterator[str]:
    for item in items:
        if not item.filled and item.key != "mentor":  # the mentor has its own warning
            yield ctx.t("brief.warn.unfilled", item=item.title)


def _unknowns(pair: PairView, extra: AdviserView, ctx: Ctx) -> list[str]:
    """What the score flagged as unknown, less what is warned about above.

    The unmapped parts of the workplace's inclusion (training, leadership,
    ...) share one line, so that they do not bury the warnings above them.
    """
    skipped = {"mentor", "recruitment_need"} if pair.seeker.purpose == "employment" else {"mentor"}
    kept = [
        f for f in extra.unknowns if f.code not in _COVERED and f.values.get("key") not in skipped
    ]
    inclusion = [f for f in kept if f.code == _INCLUSION]
    if len(inclusion) < 2:
        return [_as_sentence(f, ctx.lang) for f in kept]
    names = ", ".join(name(str(f.values.get("key")), ctx.lang) for f in inclusion)
    lines = [_as_sentence(f, ctx.lang) for f in kept if f.code != _INCLUSION]
    return [ctx.t("brief.warn.unknown_inclusion", items=names), *lines]


def _as_sentence(fact: Fact, lang: str) -> str:
    words = sentence(fact, lang)
    return words[:1].upper() + words[1:] + ("" if words.endswith(".") else ".")
