"""The brief's words: from the one catalog, the audience's own wording first."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.api import Engine
from jobmatch.brief import build_brief, render
from jobmatch.brief.context import Ctx
from jobmatch.brief.model import BLANK, Audience
from jobmatch.brief.views import WindowView
from jobmatch.brief.wording import demand_phrase, limit_phrase, named_pairs, window_text
from tests.factories import seeker, workplace


def ctx(lang: str, audience: Audience = Audience.ADVISER) -> Ctx:
    return Ctx(audience, lang, date(2026, 11, 27), None)


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        (date(2026, 11, 27), "nb", "27. november 2026"),
        (date(2026, 11, 27), "en", "27 November 2026"),
        (date(2027, 1, 4), "nb", "4. januar 2027"),
        (date(2027, 5, 17), "en", "17 May 2027"),
    ],
)
def test_dates_per_language(day: date, lang: str, expected: str) -> None:
    assert ctx(lang).date(day) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [(37.5, "nb", "37,5"), (37.5, "en", "37.5"), (20.0, "nb", "20"), (0.975, "nb", "0,97")],
)
def test_numbers_per_language(value: float, lang: str, expected: str) -> None:
    assert ctx(lang).number(value) == expected


def test_audience_wording_falls_back_to_the_common_wording() -> None:
    assert ctx("nb", Audience.EMPLOYER).t("brief.heading.work") == "Arbeidet"
    assert ctx("nb", Audience.SEEKER).t("brief.heading.work") == "Arbeidet du skal gjøre"
    assert (
        ctx("en", Audience.EMPLOYER).t("brief.heading.why", name="Ola")
        == "What Ola wants to do and is good at"
    )


def test_free_text_in_values_is_never_a_template() -> None:
    assert ctx("en").t("brief.quoted", text="{name} [b]") == "“{name} [b]”"


@pytest.mark.parametrize(
    ("hours", "nb", "en"),
    [(1, "1 time i uka", "1 hour a week"), (12, "12 timer i uka", "12 hours a week")],
)
def test_hours_a_week_in_the_right_form(hours: int, nb: str, en: str) -> None:
    assert ctx("nb").hours(hours) == nb
    assert ctx("en").hours(hours) == en


def test_schedules_have_one_wording() -> None:
    weekdays = ("mon", "tue", "wed", "thu", "fri")
    assert window_text(WindowView(weekdays, "08:00", "12:00"), "nb") == "man–fre 08:00–12:00"
    assert window_text(WindowView(("mon", "tue"), "08:00", None), "en") == "Mon, Tue 08:00–24:00"
    assert window_text(WindowView(weekdays, None, None), "nb") == "man–fre"
    assert window_text(WindowView((), "08:00", "12:00"), "nb") == BLANK


def test_hours_standing_in_the_right_form() -> None:
    assert demand_phrase("standing_hours", 1, "nb") == "står opptil 1 time om dagen"
    assert demand_phrase("standing_hours", 2.5, "en") == "stands up to 2.5 hours a day"
    assert limit_phrase("max_standing_hours", 1, "en") == "You stand 1 hour a day at most"


def test_indoors_is_said_as_a_place() -> None:
    assert demand_phrase("indoor", False, "nb") == "utendørs"
    pairs = (("indoor", True), ("noise", "quiet"))
    assert named_pairs(pairs, "demand", "nb") == "inne eller ute: innendørs; støy: stille"
    assert named_pairs(pairs, "demand", "en") == "indoors or outdoors: indoors; noise: quiet"


def test_the_adviser_brief_writes_every_schedule_one_way(engine: Engine) -> None:
    """The exclusion for schedules that never meet reads like the brief's own schedules."""
    person = seeker(
        schedule={
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "earliest": "08:00",
            "latest": "12:00",
        }
    )
    place = workplace(
        schedule={
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "earliest": "16:00",
            "latest": "22:00",
        }
    )
    match = engine.score(person, place)
    assert match.excluded
    text = render(build_brief(person, place, match, lang="nb", as_of=date(2026, 11, 27)))
    assert "arbeidssøker: man–fre 08:00–12:00; arbeidsplass: man–fre 16:00–22:00" in text
    assert "**Kan jobbe:** man–fre 08:00–12:00" in text
    assert "man, tir" not in text
    assert "08:00-" not in text
