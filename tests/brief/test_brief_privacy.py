"""Privacy by construction: canaries never reach an employer or seeker brief.

For generated seekers and workplaces with canary strings in both files'
confidential notes and in every unshared accommodation, no employer or
seeker brief holds a canary, in any format or language; the adviser brief
shows them, marked as confidential or not to be shared.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from jobmatch.api import Engine
from jobmatch.brief import Audience, Brief, BriefFormat, build_brief, render, render_bytes, views
from jobmatch.brief.model import Bullets, Entries, Tone
from jobmatch.brief.views import pair_view
from jobmatch.errors import RefusedError
from jobmatch.models import Seeker, Workplace
from tests import factories
from tests.brief.brief_strategies import (
    CANARIES,
    SEEKER_NOTE,
    UNSHARED_NEED,
    WORKPLACE_NOTE,
    seekers,
    workplaces,
)
from tests.brief.brief_support import AS_OF, MEETING, document_text, need

SHARED = (Audience.EMPLOYER, Audience.SEEKER)
LANGS = ("nb", "en")
PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_FRAME = re.compile(r"[\s│╭╮╰╯─]+")


def outputs(brief: Brief) -> dict[str, str]:
    """The brief in every format; the terminal at a narrow and a wide width."""
    return {
        "markdown": render(brief, BriefFormat.MARKDOWN),
        "html": render(brief, BriefFormat.HTML),
        "json": render(brief, BriefFormat.JSON),
        "terminal80": render(brief, BriefFormat.TERMINAL, width=80),
        "terminal200": render(brief, BriefFormat.TERMINAL, width=200),
    }


def leaks(text: str) -> list[str]:
    """Canaries in the text, also when a terminal wrapped one across a line."""
    flat = _FRAME.sub("", text)
    return [c for c in CANARIES if c in text or c in flat]


def brief_for(
    engine: Engine, seeker: Seeker, workplace: Workplace, audience: Audience, lang: str
) -> Brief:
    match = engine.score(seeker, workplace)
    return build_brief(
        seeker, workplace, match, audience=audience, lang=lang, as_of=AS_OF, meeting_date=MEETING
    )


@PROFILE
@given(seeker=seekers(), workplace=workplaces())
def test_no_canary_in_employer_or_seeker_briefs(
    engine: Engine, seeker: Seeker, workplace: Workplace
) -> None:
    excluded = engine.score(seeker, workplace).excluded
    for audience in SHARED:
        for lang in LANGS:
            if excluded:
                with pytest.raises(RefusedError) as refused:
                    brief_for(engine, seeker, workplace, audience, lang)
                assert not leaks(str(refused.value))
                continue
            brief = brief_for(engine, seeker, workplace, audience, lang)
            assert not leaks(repr(brief))
            # the seeker's own limits, avoid list, preferences and days: the seeker's copy only
            assert (brief.section("own") is not None) is (audience is Audience.SEEKER)
            for name, text in outputs(brief).items():
                assert not leaks(text), (audience, lang, name)


@PROFILE
@given(seeker=seekers(), workplace=workplaces())
def test_adviser_brief_shows_the_canaries_marked(
    engine: Engine, seeker: Seeker, workplace: Workplace
) -> None:
    for lang in LANGS:
        brief = brief_for(engine, seeker, workplace, Audience.ADVISER, lang)
        assert_marked(brief)
        for name, text in outputs(brief).items():
            if name != "terminal80":  # a narrow terminal may fold a word; the wide one may not
                assert set(leaks(text)) == set(CANARIES), (lang, name)


DOCUMENTS = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
"""PDFs take a second each: fewer examples, each in every shared audience."""


def document_leaks(brief: Brief, fmt: BriefFormat) -> list[str]:
    """Canaries in the document's text (pypdf, python-docx) and in its raw bytes."""
    data = render_bytes(brief, fmt)
    raw = [c for c in CANARIES if c.encode("utf-8") in data]
    return sorted({*leaks(document_text(data, fmt)), *raw})


@DOCUMENTS
@given(seeker=seekers(), workplace=workplaces(), lang=st.sampled_from(LANGS))
def test_no_canary_in_employer_or_seeker_documents(
    engine: Engine, seeker: Seeker, workplace: Workplace, lang: str
) -> None:
    """PDF and Word, the formats that travel furthest, hold no canary either."""
    need("weasyprint")
    need("docx")
    if engine.score(seeker, workplace).excluded:
        return
    for audience in SHARED:
        brief = brief_for(engine, seeker, workplace, audience, lang)
        for fmt in (BriefFormat.PDF, BriefFormat.DOCX):
            assert not document_leaks(brief, fmt), (audience, lang, fmt)


@DOCUMENTS
@given(seeker=seekers(), workplace=workplaces())
def test_adviser_documents_show_the_canaries(
    engine: Engine, seeker: Seeker, workplace: Workplace
) -> None:
    """The check above can see a canary: the adviser's PDF and Word file hold every one."""
    need("weasyprint")
    need("docx")
    brief = brief_for(engine, seeker, workplace, Audience.ADVISER, "nb")
    for fmt in (BriefFormat.PDF, BriefFormat.DOCX):
        assert document_leaks(brief, fmt) == sorted(CANARIES), fmt


def assert_marked(brief: Brief) -> None:
    """Notes sit in the confidential section; unshared needs in a not-to-be-shared list."""
    secret = brief.section("confidential")
    assert secret is not None and secret.tone is Tone.CONFIDENTIAL
    rows = [r for b in secret.blocks if isinstance(b, Entries) for r in b.rows]
    notes = " ".join(r.value for r in rows if r.tone is Tone.CONFIDENTIAL)
    assert SEEKER_NOTE in notes and WORKPLACE_NOTE in notes
    needs = brief.section("accommodations")
    assert needs is not None
    marked = [b for b in needs.blocks if isinstance(b, Bullets) and b.tone is Tone.CONFIDENTIAL]
    assert len(marked) == 1 and any(UNSHARED_NEED in item for item in marked[0].items)
    assert marked[0].lead.startswith(("IKKE DEL", "NOT TO BE SHARED"))
    others = [b for b in needs.blocks if b not in marked]
    assert UNSHARED_NEED not in repr(others)


@PROFILE
@given(seeker=seekers(), workplace=workplaces())
def test_the_shared_view_holds_no_secret(
    engine: Engine, seeker: Seeker, workplace: Workplace
) -> None:
    """The allow-list view itself, not only its renderings, is free of canaries."""
    view = pair_view(seeker, workplace, engine.score(seeker, workplace))
    assert not leaks(repr(view))
    assert seeker.riasec is None or f"riasec={seeker.riasec!r}" not in repr(view)
    assert not [v for v in walk(view) if isinstance(v, views.OwnView)]
    if workplace.schedule is None:  # never the seeker's own days in place of the overlap
        assert view.plan.overlap is None


def walk(value: object) -> list[object]:
    """Every value inside a view: dataclass fields and tuple items, depth first."""
    found = [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            found += walk(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            found += walk(item)
    return found


@PROFILE
@given(seeker=seekers(), workplace=workplaces())
def test_the_shared_view_holds_no_model(
    engine: Engine, seeker: Seeker, workplace: Workplace
) -> None:
    """Views are copied field by field: no pydantic model (and so no Seeker) travels inside."""
    view = pair_view(seeker, workplace, engine.score(seeker, workplace))
    assert not [v for v in walk(view) if isinstance(v, BaseModel)]


def test_only_the_seeker_brief_builds_the_seekers_own_view(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the seeker's own view was built for another audience")

    monkeypatch.setattr(views, "own_view", refuse)
    person, place = factories.seeker(), factories.workplace()
    match = engine.score(person, place)
    assert build_brief(person, place, match, audience=Audience.EMPLOYER).section("own") is None
    with pytest.raises(AssertionError):
        build_brief(person, place, match, audience=Audience.SEEKER)


def test_employer_and_seeker_briefs_never_build_the_adviser_view(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the adviser view was built for a shared brief")

    monkeypatch.setattr(views, "adviser_view", refuse)
    person, place = factories.seeker(), factories.workplace()
    match = engine.score(person, place)
    for audience in SHARED:
        assert build_brief(person, place, match, audience=audience).audience is audience
    with pytest.raises(AssertionError):
        build_brief(person, place, match, audience=Audience.ADVISER)
