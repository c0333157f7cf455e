"""The meeting brief: prepare the first meeting of job seeker, employer and adviser.

    from jobmatch.brief import Audience, BriefFormat, build_brief, render

    brief = build_brief(seeker, workplace, match, audience=Audience.EMPLOYER, lang="nb")
    text = render(brief, BriefFormat.HTML)
    pdf = render_bytes(brief, BriefFormat.PDF)  # needs the extra jobmatch[pdf]

The brief is data first (:mod:`jobmatch.brief.model`), built from
allow-listed views (:mod:`jobmatch.brief.views`): an employer or seeker brief
never receives the confidential notes or unshared accommodations; the
seeker's limits, avoid list, preferences and schedule reach the seeker's own
brief only, never the employer's. Renderers are imported on first use, so that importing this
package stays cheap for ``jobmatch --help``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import TYPE_CHECKING, assert_never

from jobmatch.brief.model import Audience, Brief, BriefFormat

if TYPE_CHECKING:
    from jobmatch.brief.context import Ctx
    from jobmatch.models import Seeker, Workplace
    from jobmatch.scoring.match import Match

__all__ = [
    "Audience",
    "Brief",
    "BriefFormat",
    "audience_language",
    "build_brief",
    "render",
    "render_bytes",
    "require",
]


def audience_language(audience: Audience, seeker: Seeker, workplace: Workplace) -> str | None:
    """The language the reader's own record asks for, or None (``spec/brief.md``).

    The seeker's brief is written in the seeker's ``language``, the employer's
    in the workplace's (data format 1.1); ``--lang`` still comes first, and
    the adviser's brief follows the command line's own language.
    """
    if audience is Audience.SEEKER:
        return seeker.language
    if audience is Audience.EMPLOYER:
        return workplace.language
    return None


def build_brief(
    seeker: Seeker,
    workplace: Workplace,
    match: Match,
    *,
    audience: Audience = Audience.ADVISER,
    lang: str = "nb",
    as_of: date | None = None,
    meeting_date: date | None = None,
    meeting_time: time | None = None,
    meeting_place: str | None = None,
    plan: Sequence[tuple[str, str]] = (),
) -> Brief:
    """The brief for one audience, in ``lang`` (nb or en).

    The meeting's date, time and place go into the header when given.
    ``plan``: the follow-up plan's dates as (what, date) rows, once the pair
    has a placement in the follow-up log; shown in the adviser's brief only.

    Raises :class:`jobmatch.errors.RefusedError` for an employer or seeker
    brief of an excluded match: only the adviser may read why it failed.
    """
    from jobmatch.brief.build import compose
    from jobmatch.brief.context import Ctx
    from jobmatch.brief.views import adviser_view, own_view, pair_view
    from jobmatch.errors import RefusedError
    from jobmatch.i18n import LANGUAGES

    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}")
    ctx = Ctx(
        Audience(audience), lang, as_of or date.today(), meeting_date, meeting_time, meeting_place
    )
    if ctx.audience is not Audience.ADVISER and match.excluded:
        raise RefusedError(key=f"error.brief_excluded.{ctx.audience.value}")
    pair = pair_view(seeker, workplace, match)
    extra = adviser_view(seeker, workplace, match) if ctx.audience is Audience.ADVISER else None
    own = own_view(seeker) if ctx.audience is Audience.SEEKER else None
    brief = compose(pair, extra, ctx, own)
    if plan and ctx.audience is Audience.ADVISER:
        brief = _with_plan(brief, plan, ctx)
    return brief


def _with_plan(brief: Brief, plan: Sequence[tuple[str, str]], ctx: Ctx) -> Brief:
    """The adviser's brief with the follow-up plan before the confidential notes."""
    from dataclasses import replace

    from jobmatch.brief.model import Entries, Entry, Section

    rows = tuple(Entry(label, value) for label, value in plan)
    heading = ctx.t("brief.item.follow_up")
    section = Section("followup_plan", heading, (Entries(rows),))
    sections = list(brief.sections)
    at = len(sections) - 1 if sections and sections[-1].key == "confidential" else len(sections)
    sections.insert(at, section)
    return replace(brief, sections=tuple(sections))


def render(
    brief: Brief, fmt: BriefFormat = BriefFormat.MARKDOWN, *, width: int = 80, color: bool = False
) -> str:
    """The brief as text: terminal (``width`` columns), Markdown, HTML or JSON.

    PDF and Word are documents, not text: :func:`render_bytes` writes them.
    Every :class:`BriefFormat` has its branch: one without fails the type check.
    """
    fmt = BriefFormat(fmt)  # a format name that is no member raises ValueError
    match fmt:
        case BriefFormat.TERMINAL:
            from jobmatch.brief.terminal import render_terminal

            return render_terminal(brief, width=width, color=color)
        case BriefFormat.MARKDOWN:
            from jobmatch.brief.markdown import render_markdown

            return render_markdown(brief)
        case BriefFormat.HTML:
            from jobmatch.brief.html import render_html

            return render_html(brief)
        case BriefFormat.JSON:
            from jobmatch.brief.jsondata import render_json

            return render_json(brief)
        case BriefFormat.PDF | BriefFormat.DOCX:
            raise ValueError(f"{fmt.value} is a document, not text: use render_bytes")
        case _:
            assert_never(fmt)


def render_bytes(brief: Brief, fmt: BriefFormat, *, width: int = 80) -> bytes:
    """The brief as the bytes of a file: a PDF or Word document, or a text format in UTF-8.

    PDF and Word need their optional extra (``jobmatch[pdf]``, ``jobmatch[docx]``);
    without it :class:`jobmatch.errors.UsageError` says how to install it.
    """
    fmt = BriefFormat(fmt)
    if fmt is BriefFormat.PDF:
        from jobmatch.brief.pdf import render_pdf

        return render_pdf(brief)
    if fmt is BriefFormat.DOCX:
        from jobmatch.brief.word import render_docx

        return render_docx(brief)
    return render(brief, fmt, width=width).encode("utf-8")


def require(fmt: BriefFormat) -> None:
    """Raise :class:`jobmatch.errors.UsageError` (exit 2, with the install line) when
    ``fmt`` needs an optional extra that is not installed; nothing for the other formats."""
    from jobmatch.brief.extras import require_extra

    require_extra(BriefFormat(fmt))
