"""The HTML brief: every value escaped, self-contained, printable on A4."""

from __future__ import annotations

import re

import pytest

from jobmatch.api import Engine
from jobmatch.brief import Audience, BriefFormat, build_brief, render
from tests.brief.brief_support import AS_OF, MEETING
from tests.factories import seeker, workplace

EVIL = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def evil_html(engine: Engine) -> dict[Audience, str]:
    """Briefs where every free-text field the brief shows tries to inject markup."""
    person = seeker(
        name=EVIL,
        why=f"{EVIL} & <img src=x onerror=alert(2)>",
        strengths=[EVIL],
        adviser={"name": EVIL, "phone": "<b>1</b>"},
        accommodations=[{"need": EVIL, "share_with_employer": "true"}],
    )
    place = workplace(
        name=f"{EVIL} AS",
        description='<a href="javascript:alert(3)">x</a> <link rel="stylesheet" href="//evil">',
        expectations=[EVIL],
        conditions={"wage": "<style>body{display:none}</style>"},
        contact={"name": EVIL},
    )
    match = engine.score(person, place)
    assert not match.excluded
    return {
        a: render(
            build_brief(person, place, match, audience=a, as_of=AS_OF, meeting_date=MEETING),
            BriefFormat.HTML,
        )
        for a in Audience
    }


@pytest.mark.parametrize("audience", list(Audience))
def test_values_render_as_text(evil_html: dict[Audience, str], audience: Audience) -> None:
    page = evil_html[audience]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()
    assert "<img" not in page and "<a " not in page
    assert not re.search(r"<[^>]*\son\w+\s*=", page, re.IGNORECASE)
    assert page.lower().count("<style") == 1  # only the brief's own stylesheet


@pytest.mark.parametrize("audience", list(Audience))
def test_no_external_url_at_all(evil_html: dict[Audience, str], audience: Audience) -> None:
    page = evil_html[audience]
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<[^>]*\s(src|href|action)\s*=", page, re.IGNORECASE)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_printable_on_a4(evil_html: dict[Audience, str]) -> None:
    page = evil_html[Audience.EMPLOYER]
    assert page.startswith("<!DOCTYPE html>")
    assert "@page" in page and "size: A4" in page and "@media print" in page
    assert '<meta charset="utf-8">' in page


def test_every_section_heading_is_a_heading(engine: Engine) -> None:
    person, place = seeker(), workplace()
    brief = build_brief(
        person, place, engine.score(person, place), audience=Audience.EMPLOYER, lang="en"
    )
    page = render(brief, BriefFormat.HTML)
    for heading in brief.headings:
        assert f"<h2>{heading}</h2>" in page
