"""Sentences for facts, in Norwegian bokmål and English.

Every fact code has a template in both catalogs (a test holds them equal in
keys). Values are formatted for the language: "2,5 timer" / "2.5 hours".
Free text from the files (task names, interests) is inserted as written.
"""

from __future__ import annotations

from collections.abc import Mapping

from jobmatch.scoring.match import Fact, Value

DEMANDS: dict[str, dict[str, str]] = {
    "nb": {
        "physical_load": "fysisk belastning",
        "lifting_kg": "løft (kg)",
        "standing_hours": "timer stående",
        "customer_contact": "kundekontakt",
        "literacy": "lesing og skriving",
        "food_handling": "håndtering av mat",
        "night_work": "nattarbeid",
        "pace": "tempo",
        "setting": "arbeidsform",
        "noise": "støy",
        "indoor": "arbeidssted",
    },
    "en": {
        "physical_load": "physical load",
        "lifting_kg": "lifting (kg)",
        "standing_hours": "hours standing",
        "customer_contact": "customer contact",
        "literacy": "reading and writing",
        "food_handling": "food handling",
        "night_work": "night work",
        "pace": "pace",
        "setting": "setting",
        "noise": "noise",
        "indoor": "work",
    },
}

WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "none": "ingen",
        "light": "lett",
        "moderate": "middels",
        "heavy": "tung",
        "indirect": "indirekte",
        "direct": "direkte",
        "basic": "enkel",
        "fluent": "god",
        "alone": "alene",
        "small_team": "lite team",
        "large_team": "stort team",
        "calm": "rolig",
        "varied": "variert",
        "fast": "høyt",
        "quiet": "stille",
        "loud": "høy",
        "assessment": "utprøving",
        "training": "arbeidstrening",
        "employment": "ansettelse",
        "true": "ja",
        "false": "nei",
        "intro_routine": "introduksjonsrutine",
        "internal_training": "intern opplæring",
        "mentor": "mentor/fadder",
        "inclusive_leadership": "inkluderende ledelse",
        "career_path": "vei videre til jobb",
        "ia_agreement": "IA-avtale",
        "prior_placements": "tidligere praksisplasser",
        "recruitment_need": "rekrutteringsbehov",
        "open_to_job_carving": "åpen for jobbsnekring",
        "offers": "hvilke formål den tar imot",
        "capacity": "ledige plasser",
        "wanted": "ønsket arbeidstid",
        "doable": "timer i oppgaver som passer",
        "workplace_max": "arbeidsplassens maksimum",
        "overlap": "felles arbeidstid i timeplanene",
    },
    "en": {
        "none": "none",
        "light": "light",
        "moderate": "moderate",
        "heavy": "heavy",
        "indirect": "indirect",
        "direct": "direct",
        "basic": "basic",
        "fluent": "fluent",
        "alone": "alone",
        "small_team": "small team",
        "large_team": "large team",
        "calm": "calm",
        "varied": "varied",
        "fast": "fast",
        "quiet": "quiet",
        "loud": "loud",
        "assessment": "assessment",
        "training": "work training",
        "employment": "employment",
        "true": "yes",
        "false": "no",
        "intro_routine": "introduction routine",
        "internal_training": "internal training",
        "mentor": "mentor/buddy",
        "inclusive_leadership": "inclusive leadership",
        "career_path": "path to a job",
        "ia_agreement": "IA agreement",
        "prior_placements": "earlier placements",
        "recruitment_need": "need for labour",
        "open_to_job_carving": "open to job carving",
        "offers": "which purposes it takes",
        "capacity": "open places",
        "wanted": "hours wanted",
        "doable": "hours of suitable tasks",
        "workplace_max": "the workplace's maximum",
        "overlap": "hours the schedules share",
    },
}

TEMPLATES: dict[str, dict[str, str]] = {
    "nb": {
        "demand_over_limit": "oppgaven «{task}» krever {demand} {value}; grensen er {limit}",
        "requirement_missing": "oppgaven «{task}» krever {requirement}, som ikke er blant ferdighetene",
        "essential_not_doable": "nødvendig oppgave: {detail}; arbeidsplassen er ikke åpen for jobbsnekring",
        "nothing_doable": "ingen av de {tasks} oppgavene passer innenfor grensene",
        "no_capacity": "ingen ledige plasser nå (kapasitet 0)",
        "purpose_not_offered": "formålet {purpose} tilbys ikke (tilbyr: {offers})",
        "no_schedule_overlap": "timeplanene overlapper ikke (arbeidssøker: {seeker}; arbeidsplass: {workplace})",
        "too_far": "avstanden er {km} km; maks reiseavstand er {max_km} km",
        "hour_ceiling": "inntil {hours} timer i uka, begrenset av {set_by}",
        "left_out_not_doable": "«{task}» er ikke med: den passer ikke innenfor grensene",
        "left_out_avoided": "«{task}» er ikke med: ligner på noe arbeidssøkeren vil unngå («{avoid}»)",
        "left_out_hours_filled": "«{task}» er ikke med: de {hours} timene er fylt med oppgaver som passer bedre",
        "interest_met": "«{interest}» passer med oppgaven «{task}» (styrke {strength})",
        "avoided_work": "oppgaven «{task}» ligner på noe arbeidssøkeren vil unngå («{avoid}»)",
        "no_interest_met": "ingen av interessene passer med oppgavene",
        "riasec_congruence": "RIASEC-samsvar {value}",
        "preference_met": "ønsket {preference}: {wanted}, og det er {actual}",
        "preference_unmet": "ønsket {preference}: {wanted}, men det er {actual}",
        "inclusion_yes": "arbeidsplassen har {key}",
        "inclusion_no": "arbeidsplassen mangler {key}",
        "visited_recently": "veileder besøkte arbeidsplassen {date}",
        "visit_out_of_date": "siste besøk var {date}, for over et år siden",
        "never_visited": "arbeidsplassen er aldri besøkt og kartlagt",
        "hours_offered": "{hours} timer i uka av ønskede {wanted}",
        "workplace_minimum_above_wanted": "arbeidsplassen vil ha minst {minimum} timer; ønsket er {wanted}",
        "distance": "{km} km unna",
        "same_municipality": "i samme kommune",
        "unknown_demand": "ukjent {demand} i oppgaven «{task}»",
        "unknown_task_hours": "ukjent antall timer i oppgaven «{task}»",
        "unknown_hours_wanted": "ønsket arbeidstid er ikke oppgitt",
        "unknown_inclusion": "ukjent: {key}",
        "unknown_workplace": "ukjent: {key}",
        "unknown_schedule": "arbeidsplassens timeplan er ukjent",
        "unknown_distance": "avstanden er ukjent",
        "unknown_riasec": "oppgavene har ingen RIASEC-kode",
        "unknown_preference": "ukjent om ønsket {preference} oppfylles",
    },
    "en": {
        "demand_over_limit": "task '{task}' needs {demand} {value}; limit {limit}",
        "requirement_missing": "task '{task}' requires {requirement}, which is not among the skills",
        "essential_not_doable": "essential {detail}; the workplace is not open to job carving",
        "nothing_doable": "none of the {tasks} tasks is within the limits",
        "no_capacity": "no open places now (capacity 0)",
        "purpose_not_offered": "purpose {purpose} is not offered (offers: {offers})",
        "no_schedule_overlap": "the schedules do not overlap (seeker: {seeker}; workplace: {workplace})",
        "too_far": "distance {km} km; maximum travel {max_km} km",
        "hour_ceiling": "up to {hours} hours a week, set by {set_by}",
        "left_out_not_doable": "'{task}' left out: not within the limits",
        "left_out_avoided": "'{task}' left out: like work the seeker avoids ('{avoid}')",
        "left_out_hours_filled": "'{task}' left out: the {hours} hours are filled with better-fitting tasks",
        "interest_met": "'{interest}' meets task '{task}' (strength {strength})",
        "avoided_work": "task '{task}' is like work the seeker avoids ('{avoid}')",
        "no_interest_met": "none of the interests meets the tasks",
        "riasec_congruence": "RIASEC congruence {value}",
        "preference_met": "wants {preference} {wanted}, and it is {actual}",
        "preference_unmet": "wants {preference} {wanted}, but it is {actual}",
        "inclusion_yes": "the workplace has {key}",
        "inclusion_no": "the workplace lacks {key}",
        "visited_recently": "the adviser visited on {date}",
        "visit_out_of_date": "last visit {date}, over a year ago",
        "never_visited": "the workplace was never visited and mapped",
        "hours_offered": "{hours} hours a week of {wanted} wanted",
        "workplace_minimum_above_wanted": "the workplace wants at least {minimum} hours; {wanted} wanted",
        "distance": "{km} km away",
        "same_municipality": "in the same municipality",
        "unknown_demand": "unknown {demand} for task '{task}'",
        "unknown_task_hours": "unknown hours for task '{task}'",
        "unknown_hours_wanted": "hours wanted not given",
        "unknown_inclusion": "unknown: {key}",
        "unknown_workplace": "unknown: {key}",
        "unknown_schedule": "the workplace's schedule is unknown",
        "unknown_distance": "the distance is unknown",
        "unknown_riasec": "the tasks have no RIASEC code",
        "unknown_preference": "unknown whether the wish for {preference} is met",
    },
}


def number(value: float, lang: str) -> str:
    """A number as people write it: no trailing .0, decimal comma in Norwegian."""
    text = f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return text.replace(".", ",") if lang == "nb" else text


_NAMES = frozenset({"demand", "preference", "key", "set_by"})
_ENUMS = frozenset({"value", "limit", "wanted", "actual", "purpose", "offers"})


def _word(value: Value, lang: str, translate: bool) -> str:
    """A value as text; enumerated values in the language, free text as written."""
    if isinstance(value, bool):
        return WORDS[lang]["true" if value else "false"]
    if isinstance(value, int | float):
        return number(value, lang)
    if isinstance(value, tuple):
        return ", ".join(_word(v, lang, translate) for v in value)
    if value is None:
        return "-"
    return WORDS[lang].get(value, value) if translate else value


_PLACES = {"nb": ("utendørs", "innendørs"), "en": ("outdoors", "indoors")}


def _format_values(values: Mapping[str, Value], lang: str) -> dict[str, str]:
    if values.get("preference") == "indoor":
        # "wants indoors yes, and it is yes" reads badly: say where instead.
        values = {
            **values,
            **{k: _PLACES[lang][bool(values[k])] for k in ("wanted", "actual") if k in values},
        }
    shown: dict[str, str] = {}
    for key, value in values.items():
        if key in _NAMES and isinstance(value, str):
            shown[key] = DEMANDS[lang].get(value) or WORDS[lang].get(value, value)
        else:
            shown[key] = _word(value, lang, key in _ENUMS)
    return shown


def sentence(fact: Fact, lang: str) -> str:
    """The fact in words, in ``lang`` (nb or en)."""
    catalog = TEMPLATES.get(lang, TEMPLATES["en"])
    values = _format_values(fact.values, lang)
    if fact.code == "essential_not_doable":
        inner = Fact(str(fact.values.get("rule", "demand_over_limit")), fact.values)
        values["detail"] = sentence(inner, lang)
    template = catalog.get(fact.code)
    if template is None:
        return fact.code
    return template.format_map(_Missing(values))


class _Missing(dict[str, str]):
    """Leave a placeholder visible rather than fail when a value is absent."""

    def __missing__(self, key: str) -> str:
        return "?"
