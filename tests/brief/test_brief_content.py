"""What each audience's brief holds: sections, the agreement checklist, warnings."""

from __future__ import annotations

import re
from datetime import date

import pytest

from jobmatch import i18n
from jobmatch.api import Engine
from jobmatch.brief import Audience, Brief, BriefFormat, build_brief, render
from jobmatch.brief.agreement import ITEM_KEYS, add_months, review_date
from jobmatch.brief.model import BLANK, AgreementItem, Checklist, Tone
from jobmatch.errors import RefusedError
from jobmatch.loading import DataSet
from jobmatch.models import Seeker, Workplace
from tests.brief.brief_support import AS_OF, GOLDEN_PAIR, MEETING, make_brief, need, text_of
from tests.factories import WORKPLACE, seeker, task, workplace

FULL_SEEKER = {
    "adviser": {"name": "Kari Veileder", "phone": "+47 900 00 000", "email": "kari@example.org"},
    "schedule": {"days": ["mon", "tue", "wed"], "earliest": "08:00", "latest": "15:00"},
    "goal": {"purpose": "training", "hours_per_week": 15, "earliest_start": "2027-01-11"},
    "accommodations": [
        {"need": "skriftlige instruksjoner", "share_with_employer": "true"},
        {"need": "hyppige pauser", "share_with_employer": "false"},
    ],
}
FULL_WORKPLACE = {
    "contact": {"name": "Per Leder", "role": "butikksjef", "phone": "+47 911 11 111"},
    "conditions": {
        "wage": "tariff; lønnstilskudd kan være aktuelt",
        "hours_per_week": {"min": 10, "max": 30},
    },
    "inclusion": {"mentor": "true", "intro_routine": "true"},
    "recruitment_need": "true",
    "schedule": {
        "days": ["mon", "tue", "wed", "thu", "fri"],
        "earliest": "07:00",
        "latest": "16:00",
    },
}


def brief_of(
    engine: Engine,
    person: Seeker,
    place: Workplace,
    audience: Audience = Audience.ADVISER,
    lang: str = "nb",
) -> Brief:
    match = engine.score(person, place)
    return build_brief(
        person, place, match, audience=audience, lang=lang, as_of=AS_OF, meeting_date=MEETING
    )


def items_of(brief: Brief) -> dict[str, AgreementItem]:
    section = brief.section("agreement")
    assert section is not None
    checklist = next(b for b in section.blocks if isinstance(b, Checklist))
    return {item.key: item for item in checklist.items}


def values(item: AgreementItem) -> dict[str, str]:
    return {line.label: line.value for line in item.lines}


def need_extra(fmt: BriefFormat) -> None:
    if fmt.binary:
        need("weasyprint" if fmt is BriefFormat.PDF else "docx")


def warnings_of(brief: Brief) -> str:
    section = brief.section("warnings")
    assert section is not None
    return repr(section.blocks)


# --- the agreement checklist in every audience and language ---------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("audience", list(Audience))
def test_every_agreement_item_in_every_brief(
    assets: DataSet, engine: Engine, audience: Audience, lang: str
) -> None:
    brief = make_brief(assets, engine, *GOLDEN_PAIR, audience=audience, lang=lang)
    items = items_of(brief)
    assert tuple(items) == ITEM_KEYS
    for fmt in BriefFormat:
        need_extra(fmt)
        text = " ".join(text_of(brief, fmt, width=120).split())
        for item in items.values():
            assert item.title in text.replace("&#39;", "'"), (fmt, item.key)


def test_item_titles_are_translated(assets: DataSet, engine: Engine) -> None:
    for audience in Audience:
        nb = items_of(make_brief(assets, engine, *GOLDEN_PAIR, audience=audience, lang="nb"))
        en = items_of(make_brief(assets, engine, *GOLDEN_PAIR, audience=audience, lang="en"))
        assert all(nb[k].title != en[k].title for k in ITEM_KEYS)


def test_checklist_filled_from_the_data(engine: Engine) -> None:
    person = seeker(**FULL_SEEKER)
    place = workplace(**FULL_WORKPLACE)
    items = items_of(brief_of(engine, person, place))
    assert values(items["purpose"])["Formål"].startswith("arbeidstrening")
    assert values(items["hours"]) == {
        "Timer i uka": "15 (ønsket: 15)",
        "Dager og tid": "man–ons 08:00–15:00",
        "Gradvis opptrapping": BLANK,
    }
    assert values(items["contact"]) == {
        "Navn": "Kari Veileder",
        "Telefon": "+47 900 00 000",
        "E-post": "kari@example.org",
    }
    assert values(items["mentor"])["Kan oppnevnes"] == "ja"
    assert "Per Leder ringer Kari Veileder" in values(items["what_if"])["Fravær uten beskjed"]
    support = values(items["support"])
    assert support["Lønn og vilkår"] == "tariff; lønnstilskudd kan være aktuelt"
    assert support["Tilrettelegging"] == "skriftlige instruksjoner"
    assert values(items["duration"])["Oppstart"] == "tidligst 11. januar 2027"
    assert all(item.filled for item in items.values())


def test_blanks_only_where_the_data_has_nothing(engine: Engine) -> None:
    items = items_of(brief_of(engine, seeker(**FULL_SEEKER), workplace(**FULL_WORKPLACE)))
    blanks = {(key, line.label) for key, item in items.items() for line in item.lines if line.blank}
    assert blanks == {("hours", "Gradvis opptrapping"), ("mentor", "Navn")}


def test_missing_data_gives_blank_lines_and_adviser_warnings(engine: Engine) -> None:
    brief = brief_of(engine, seeker(), workplace())
    items = items_of(brief)
    assert values(items["contact"]) == {"Navn": BLANK, "Telefon": BLANK, "E-post": BLANK}
    assert values(items["support"])["Lønn og vilkår"] == BLANK
    assert values(items["mentor"])["Kan oppnevnes"] == BLANK
    assert BLANK in values(items["what_if"])["Fravær uten beskjed"]
    assert not any(items[k].filled for k in ("contact", "support", "mentor", "what_if"))
    warned = warnings_of(brief)
    for title in (
        "Fast kontaktperson i støtteapparatet",
        "Hjelpemidler og tilrettelegging",  # work training: no wage subsidy
        "Hva gjør vi hvis …",
    ):
        assert f"Dataene kan ikke fylle ut «{title}»" in warned
    assert "Ingen kontaktperson hos arbeidsgiveren er oppgitt." in warned
    assert "Ukjent om arbeidsplassen kan oppnevne mentor eller fadder." in warned


@pytest.mark.parametrize(
    ("purpose", "duration", "follow_up"),
    [
        ("assessment", "4 til 6 uker", "evaluering med alle tre etter 4 til 6 uker"),
        ("training", "3 til 12 måneder", "en gang i måneden, tre samtaler"),
        ("employment", "10 til 12 måneder", "en gang i måneden i 10 til 12 måneder"),
    ],
)
def test_suggestions_follow_the_purpose(
    engine: Engine, purpose: str, duration: str, follow_up: str
) -> None:
    person = seeker(goal={"purpose": purpose, "earliest_start": "2027-01-11"})
    items = items_of(brief_of(engine, person, workplace(**FULL_WORKPLACE)))
    lines = {line.label: line for item in items.values() for line in item.lines}
    assert duration in lines["Varighet (forslag)"].value
    assert follow_up in lines["Hvor ofte (forslag)"].value
    assert lines["Varighet (forslag)"].tone is Tone.SUGGESTION
    assert lines["Evaluering (forslag)"].value.startswith("rundt ")


def test_review_dates() -> None:
    assert review_date(date(2027, 1, 11), "assessment") == date(2027, 2, 15)
    assert review_date(date(2027, 1, 11), "training") == date(2027, 4, 11)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


# --- warnings before the meeting -------------------------------------------------------


@pytest.mark.parametrize(
    ("person", "place", "warning"),
    [
        ({}, {"visited": None}, "Arbeidsplassen er aldri besøkt og kartlagt"),
        ({}, {"visited": "2025-10-01"}, "Siste besøk var 1. oktober 2025, for over et år siden"),
        (
            {"limits": {"max_lifting_kg": 10}},
            {"tasks": [task("hylle", "hyllepåfylling", 20, demands={"physical_load": "light"})]},
            "Ukjente krav i oppgaven «hyllepåfylling»: løft (kg)",
        ),
        (
            {},
            {"offers": ["assessment"]},
            "Arbeidsplassen tilbyr ikke arbeidstrening (tilbyr: utprøving)",
        ),
        (
            {"goal": {"purpose": "employment"}},
            {"recruitment_need": "false"},
            "ikke et reelt rekrutteringsbehov",
        ),
        (
            {"goal": {"purpose": "employment"}},
            {"recruitment_need": None},
            "ukjent om arbeidsplassen har et reelt rekrutteringsbehov",
        ),
        ({}, {"capacity": 0}, "ingen ledige plasser nå (kapasitet 0)"),
        ({}, {"inclusion": {"mentor": "false"}}, "kan ikke oppnevne mentor eller fadder"),
        ({}, {"contact": None}, "Ingen kontaktperson hos arbeidsgiveren er oppgitt"),
    ],
)
def test_warnings_before_the_meeting(
    engine: Engine, person: dict[str, object], place: dict[str, object], warning: str
) -> None:
    brief = brief_of(
        engine, seeker(**{**FULL_SEEKER, **person}), workplace(**{**FULL_WORKPLACE, **place})
    )
    assert warning in warnings_of(brief)


def test_no_warnings_when_all_is_known(engine: Engine) -> None:
    flags = (
        "mentor",
        "intro_routine",
        "internal_training",
        "inclusive_leadership",
        "career_path",
        "ia_agreement",
    )
    inclusion: dict[str, object] = {key: "true" for key in flags} | {"prior_placements": 2}
    known = {
        "capacity": 1,
        "offers": ["training"],
        "open_to_job_carving": "true",
        "inclusion": inclusion,
        "location": {"municipality": "Oslo", "lat": 59.92, "lon": 10.76},
    }
    every_demand = {
        "physical_load": "light",
        "lifting_kg": 5,
        "standing_hours": 2,
        "customer_contact": "none",
        "literacy": "basic",
        "food_handling": "false",
        "night_work": "false",
        "pace": "calm",
        "setting": "alone",
    }
    tasks = [{**t, "demands": every_demand} for t in WORKPLACE["tasks"]]
    place = workplace(**{**FULL_WORKPLACE, **known, "tasks": tasks})
    near = {"location": {"municipality": "Oslo", "lat": 59.91, "lon": 10.75}}
    brief = brief_of(engine, seeker(**{**FULL_SEEKER, **near}), place)
    section = brief.section("warnings")
    assert section is not None and "Ingen advarsler." in repr(section.blocks)


def test_a_blank_demand_on_the_seekers_limit_is_a_warning(engine: Engine) -> None:
    person = seeker(**FULL_SEEKER, limits={"food_handling": "false", "max_literacy": "basic"})
    warned = warnings_of(brief_of(engine, person, workplace(**FULL_WORKPLACE)))
    assert (
        "Ukjente krav i oppgaven «hyllepåfylling»: lesing og skriving, håndtering av mat" in warned
    )


def test_a_blank_demand_that_bears_on_nothing_of_the_seeker_is_no_warning(engine: Engine) -> None:
    """Food handling or night work at a shop, for a seeker with no limit on them, is noise."""
    free = {"food_handling": "true", "night_work": "true", "max_physical_load": "heavy"}
    for limits in (None, free):
        person = seeker(**FULL_SEEKER, limits=limits)
        assert "Ukjente krav" not in warnings_of(
            brief_of(engine, person, workplace(**FULL_WORKPLACE))
        )


def test_a_blank_demand_on_a_preference_is_a_warning_unless_the_workplace_answers_it(
    engine: Engine,
) -> None:
    person = seeker(**FULL_SEEKER, preferences={"pace": "calm", "setting": "any"})
    warned = warnings_of(brief_of(engine, person, workplace(**FULL_WORKPLACE)))
    assert "Ukjente krav i oppgaven «hyllepåfylling»: tempo." in warned
    answered = workplace(**FULL_WORKPLACE, environment={"pace": "varied"})
    assert "Ukjente krav" not in warnings_of(brief_of(engine, person, answered))


def test_unmapped_inclusion_is_one_warning(engine: Engine) -> None:
    warned = warnings_of(brief_of(engine, seeker(**FULL_SEEKER), workplace(**FULL_WORKPLACE)))
    assert warned.count("Ukjent om arbeidsplassen har") == 1
    assert "Ukjent om arbeidsplassen har: intern opplæring, inkluderende ledelse," in warned


# --- the seeker's own words (issue 10, item 12) --------------------------------------------


def _text(brief: Brief) -> str:
    return " ".join(render(brief, BriefFormat.MARKDOWN).split())


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_seekers_brief_holds_no_judgement_of_the_adviser(engine: Engine, lang: str) -> None:
    career = workplace(**{**FULL_WORKPLACE, "inclusion": {"career_path": "true"}})
    for place in (workplace(**FULL_WORKPLACE), career):
        mine = _text(brief_of(engine, seeker(**FULL_SEEKER), place, Audience.SEEKER, lang))
        adviser = _text(brief_of(engine, seeker(**FULL_SEEKER), place, Audience.ADVISER, lang))
        for judgement in (
            ("tre måneder er ofte for kort", "three months is often too short"),
            ("avtal hva som skal til for ansettelse", "agree what it takes to be employed"),
        ):
            words = judgement[lang == "en"]
            assert words not in mine and words in adviser


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_seeker_is_never_only_told_to_phone(engine: Engine, lang: str) -> None:
    """«si fra (ring eller send melding)»: also for a seeker who avoids the phone."""
    person = seeker(**FULL_SEEKER, avoid=["telefon"])
    text = _text(brief_of(engine, person, workplace(**FULL_WORKPLACE), Audience.SEEKER, lang))
    call = r"\b(?:[Rr]ing(?:e)?|[Cc]all)\b"
    found = [m.start() for m in re.finditer(call, text)]
    assert found
    either = ("ring eller send melding", "call or send a message")[lang == "en"]
    for start in found:
        assert text[start:].lower().startswith(either), text[start - 40 : start + 40]


@pytest.mark.parametrize("purpose", ["assessment", "training"])
@pytest.mark.parametrize("audience", list(Audience))
def test_an_unpaid_placement_suggests_no_wage_subsidy(
    engine: Engine, purpose: str, audience: Audience
) -> None:
    person = seeker(**{**FULL_SEEKER, "goal": {**FULL_SEEKER["goal"], "purpose": purpose}})
    place = workplace(**FULL_WORKPLACE, offers=["assessment", "training", "employment"])
    support = items_of(brief_of(engine, person, place, audience))["support"]
    assert "lønnstilskudd" not in support.title.lower()
    assert "lønnstilskudd" not in values(support)["Hvem søker (forslag)"]
    assert "hjelpemidler" in values(support)["Hvem søker (forslag)"]


def test_a_paid_job_suggests_a_wage_subsidy(engine: Engine) -> None:
    goal = {**FULL_SEEKER["goal"], "purpose": "employment"}
    person = seeker(**{**FULL_SEEKER, "goal": goal})
    support = items_of(brief_of(engine, person, workplace(**FULL_WORKPLACE)))["support"]
    assert support.title == "Lønnstilskudd, hjelpemidler og tilrettelegging"
    assert "lønnstilskudd" in values(support)["Hvem søker (forslag)"]


# --- audiences -----------------------------------------------------------------------------


def test_excluded_match_adviser_brief_starts_with_its_exclusions(engine: Engine) -> None:
    brief = brief_of(engine, seeker(**FULL_SEEKER), workplace(**FULL_WORKPLACE, capacity=0))
    first = brief.sections[0]
    assert first.key == "exclusions" and first.tone is Tone.EXCLUDED
    assert "Ingen ledige plasser nå (kapasitet 0)" in repr(first.blocks)
    assert render(brief, BriefFormat.MARKDOWN).split("\n## ")[1].startswith("Utelukket")


@pytest.mark.parametrize("audience", [Audience.EMPLOYER, Audience.SEEKER])
def test_excluded_match_is_refused_to_employer_and_seeker(
    engine: Engine, audience: Audience
) -> None:
    with pytest.raises(RefusedError) as refused:
        brief_of(engine, seeker(**FULL_SEEKER), workplace(**FULL_WORKPLACE, capacity=0), audience)
    assert refused.value.exit_code == 4


def test_sections_per_audience(assets: DataSet, engine: Engine) -> None:
    keys = {
        a: [s.key for s in make_brief(assets, engine, *GOLDEN_PAIR, audience=a).sections]
        for a in Audience
    }
    common = ["header", "why", "work", "agreement", "accommodations"]
    # spec/brief.md's order: "before the meeting" (the warnings) is the sixth section
    assert keys[Audience.ADVISER] == [*common, "warnings", "confidential"]
    assert keys[Audience.EMPLOYER] == common
    assert keys[Audience.SEEKER] == ["header", "why", "own", *common[2:]]


def test_employer_brief_presents_a_job_seeker(assets: DataSet, engine: Engine) -> None:
    brief = make_brief(assets, engine, *GOLDEN_PAIR, audience=Audience.EMPLOYER)
    text = render(brief, BriefFormat.MARKDOWN)
    assert brief.sections[1].heading == "Hva Hanne J. vil gjøre og er god til"
    person = assets.seekers[GOLDEN_PAIR[0]]
    assert person.riasec is None or person.riasec not in text
    for word in (
        "Poeng",
        "sikkerhet",
        "datagrunnlag",
        "Grenser",
        "grensen er",
        "Vil unngå",
        "kundeservice",
        "Før møtet",
    ):
        assert word not in text
    assert "brette og ordne tøy" in text and "effektiv" in text


def test_seeker_brief_is_second_person(assets: DataSet, engine: Engine) -> None:
    for lang, words in {
        "nb": (
            "Hvorfor dette kan passe for deg",
            "Vær klar til å si hvorfor du vil jobbe akkurat her",
        ),
        "en": ("Why this could suit you", "Be ready to say why you want to work here"),
    }.items():
        text = render(
            make_brief(assets, engine, *GOLDEN_PAIR, audience=Audience.SEEKER, lang=lang),
            BriefFormat.MARKDOWN,
        )
        assert all(w in text for w in words)
        assert ("Poeng" if lang == "nb" else "Score") not in text


def test_free_text_stays_as_written(engine: Engine) -> None:
    person = seeker(interests=[{"what": "rydde hyller [Lager]"}], name="Ola [bold]N[/bold]")
    brief = brief_of(
        engine, person, workplace(tasks=[task("h", "rydde hyller [Lager]", 20)]), Audience.SEEKER
    )
    text = render(brief, BriefFormat.TERMINAL, width=100)
    assert "Ola [bold]N[/bold]" in text and "«rydde hyller [Lager]»" in text


CATALOG_KEY = re.compile(
    r"\b(?:brief|label|value|demand|phrase|limit|component|fact|need|unit|day|month|word)"
    r"\.[a-z_.]+\b"
)
"""A catalog key that reached the text: the catalog had no message for it."""


def test_catalog_covers_every_key_the_builder_uses(engine: Engine) -> None:
    """Building many variants in both languages never misses a catalog key."""
    for purpose in ("assessment", "training", "employment"):
        for lang in i18n.LANGUAGES:
            for audience in Audience:
                person = seeker(**{**FULL_SEEKER, "goal": {"purpose": purpose}})
                for built in (
                    brief_of(engine, person, workplace(**FULL_WORKPLACE), audience, lang),
                    brief_of(
                        engine, seeker(goal={"purpose": purpose}), workplace(), audience, lang
                    ),
                ):
                    text = render(built, BriefFormat.MARKDOWN).replace("\\", "")
                    assert not CATALOG_KEY.findall(text), (lang, audience)


# --- what the seeker has told: the seeker's copy only ------------------------------------

OWN_SEEKER = {
    **FULL_SEEKER,
    "avoid": ["kassearbeid"],
    "limits": {
        "max_lifting_kg": 15,
        "max_customer_contact": "indirect",
        "night_work": "false",
        "food_handling": "false",
    },
    "preferences": {"pace": "calm", "setting": "any", "indoor": "true"},
}
OWN_TEXT = {
    "nb": (
        "## Det du har sagt om deg selv",
        "* Du løfter høyst 15 kg",
        "* Kundekontakt: høyst på telefon eller e-post",
        "* Du vil ikke jobbe om natten",
        "* Arbeidet bør ikke ha håndtering av mat",
        "- **Det du vil unngå:** kassearbeid",
        "- **Dine ønsker:** rolig tempo, innendørs",
        "- **Når du kan jobbe:** man–ons 08:00–15:00",
    ),
    "en": (
        "## What you have told us",
        "* You lift 15 kg at most",
        "* Customer contact: by phone or e-mail at most",
        "* You will not work at night",
        "- **What you want to avoid:** kassearbeid",
        "- **Your wishes:** calm pace, indoors",
        "- **When you can work:** Mon–Wed 08:00–15:00",
    ),
}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_seeker_brief_has_own_limits_avoid_preferences_and_days(engine: Engine, lang: str) -> None:
    place = workplace(**FULL_WORKPLACE)
    seeker_text = render(
        brief_of(engine, seeker(**OWN_SEEKER), place, Audience.SEEKER, lang), BriefFormat.MARKDOWN
    )
    for line in OWN_TEXT[lang]:
        assert line in seeker_text
    employer = brief_of(engine, seeker(**OWN_SEEKER), place, Audience.EMPLOYER, lang)
    employer_text = render(employer, BriefFormat.MARKDOWN)
    assert employer.section("own") is None
    for line in OWN_TEXT[lang][:-1]:  # the days are here the overlap too
        assert line.split("**")[-1].strip() not in employer_text


def test_seeker_with_nothing_told_gets_a_prompt(engine: Engine) -> None:
    brief = brief_of(engine, seeker(), workplace(**FULL_WORKPLACE), Audience.SEEKER)
    own = brief.section("own")
    assert own is not None
    assert "Du har ikke fortalt om noe arbeidet må ta hensyn til" in repr(own.blocks)


def test_employer_never_gets_the_seekers_days_without_a_workplace_schedule(
    engine: Engine,
) -> None:
    """The employer sees only the overlap of both schedules; else a blank to fill in."""
    person = seeker(**FULL_SEEKER)
    place = workplace(**{**FULL_WORKPLACE, "schedule": None})
    days = {
        audience: values(items_of(brief_of(engine, person, place, audience))["hours"])
        for audience in Audience
    }
    assert days[Audience.EMPLOYER]["Dager og tid"] == BLANK
    assert days[Audience.SEEKER]["Dager og tid"].startswith("man–ons 08:00–15:00 (når du kan")
    assert days[Audience.ADVISER]["Dager og tid"].startswith("man–ons 08:00–15:00 (arbeidssøker")
    employer = render(brief_of(engine, person, place, Audience.EMPLOYER), BriefFormat.MARKDOWN)
    assert "08:00" not in employer and "man–ons" not in employer
    assert "«Timer og arbeidstid»" in warnings_of(brief_of(engine, person, place))


# --- where no interest meets a carved task (issue 9, item 6) ------------------------------

UNMET = {**FULL_SEEKER, "interests": [{"what": "stelle og mate dyr"}], "why": "Jeg elsker dyr."}
DISCOURAGING = {
    "nb": ("Ingen av interessene", "Ingen av oppgavene", "ikke akkurat"),
    "en": ("None of the interests", "None of the tasks", "not just what"),
}


def _unmet_pair(engine: Engine) -> tuple[Seeker, Workplace]:
    person, place = seeker(**UNMET), workplace(**FULL_WORKPLACE)
    match = engine.score(person, place)
    assert not match.excluded and match.carved_hours > 0
    assert any(f.code == "no_interest_met" for f in match.components["interest"].parts)
    return person, place


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("audience", [Audience.EMPLOYER, Audience.SEEKER])
def test_no_interest_met_employer_and_seeker_read_the_job_and_the_why(
    engine: Engine, audience: Audience, lang: str
) -> None:
    brief = brief_of(engine, *_unmet_pair(engine), audience, lang)
    text = render(brief, BriefFormat.MARKDOWN)
    assert not [words for words in DISCOURAGING[lang] if words in text]
    assert "Jeg elsker dyr." in text  # the seeker's own why
    assert "hyllepåfylling" in text  # the job
    assert brief.section("warnings") is None


@pytest.mark.parametrize(
    ("lang", "warning"),
    [
        (
            "nb",
            "Ingen av interessene møter oppgavene her: snakk med jobbsøkeren før du foreslår denne arbeidsplassen.",
        ),
        ("en", "No interest met: check with the seeker before proposing this workplace."),
    ],
)
def test_no_interest_met_the_adviser_is_warned_first(
    engine: Engine, lang: str, warning: str
) -> None:
    brief = brief_of(engine, *_unmet_pair(engine), Audience.ADVISER, lang)
    section = brief.section("warnings")
    assert section is not None
    parts = render(brief, BriefFormat.MARKDOWN).split("## ")
    before = next(p for p in parts if p.startswith(section.heading))  # "before the meeting"
    assert before.splitlines()[2] == f"* {warning}"  # its first warning
    why = brief.section("why")
    assert why is not None and DISCOURAGING[lang][0] in repr(why.blocks)  # said plainly here


def test_a_met_interest_gives_no_such_warning(engine: Engine) -> None:
    person = seeker(**{**UNMET, "interests": [{"what": "fylle på hyller"}]})
    brief = brief_of(engine, person, workplace(**FULL_WORKPLACE))
    assert "snakk med jobbsøkeren før du foreslår" not in warnings_of(brief)


def test_a_carved_task_with_no_demand_recorded_is_warned_about(engine: Engine) -> None:
    """brief.md §6: "carved tasks with unknown demands", whatever the seeker's limits."""
    unmapped = workplace(**FULL_WORKPLACE, tasks=[task("hylle", "hyllepåfylling", 20)])
    brief = brief_of(engine, seeker(**FULL_SEEKER), unmapped, lang="en")
    assert "No demands are recorded for the task 'hyllepåfylling'" in warnings_of(brief)
    mapped = brief_of(engine, seeker(**FULL_SEEKER), workplace(**FULL_WORKPLACE), lang="en")
    assert "No demands are recorded" not in warnings_of(mapped)


def test_a_start_the_data_cannot_fill_is_warned_about(engine: Engine) -> None:
    """brief.md: an item the data cannot fill is a blank line and, for the adviser, a warning."""
    goal = {"purpose": "training", "hours_per_week": 15}
    person = seeker(**{**FULL_SEEKER, "goal": goal})
    assert person.goal.earliest_start is None
    brief = brief_of(engine, person, workplace(**FULL_WORKPLACE), lang="en")
    assert "The data cannot fill in 'Duration and review'" in warnings_of(brief)
    dated = brief_of(engine, seeker(**FULL_SEEKER), workplace(**FULL_WORKPLACE), lang="en")
    assert "Duration and review" not in warnings_of(dated)
