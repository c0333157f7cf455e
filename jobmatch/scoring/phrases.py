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
        "mon": "man",
        "tue": "tir",
        "wed": "ons",
        "thu": "tor",
        "fri": "fre",
        "sat": "lør",
        "sun": "søn",
        "intro_routine": "en introduksjonsrutine",
        "internal_training": "intern opplæring",
        "mentor": "mentor eller fadder",
        "inclusive_leadership": "inkluderende ledelse",
        "career_path": "en vei videre til jobb",
        "ia_agreement": "IA-avtale",
        "prior_placements": "tidligere praksisplasser",
        "recruitment_need": "et reelt behov for arbeidskraft",
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
        "mon": "Mon",
        "tue": "Tue",
        "wed": "Wed",
        "thu": "Thu",
        "fri": "Fri",
        "sat": "Sat",
        "sun": "Sun",
        "intro_routine": "an introduction routine",
        "internal_training": "internal training",
        "mentor": "a mentor or buddy",
        "inclusive_leadership": "inclusive leadership",
        "career_path": "a path to a job",
        "ia_agreement": "an IA agreement",
        "prior_placements": "earlier placements",
        "recruitment_need": "a real need for labour",
        "open_to_job_carving": "open to job carving",
        "offers": "which purposes it takes",
        "capacity": "open places",
        "wanted": "hours wanted",
        "doable": "hours of suitable tasks",
        "workplace_max": "the workplace's maximum",
        "overlap": "hours the schedules share",
    },
}

DEMAND_NEEDS: dict[str, dict[str, str]] = {
    "nb": {
        "physical_load": "krever {value} fysisk belastning; grensen er {limit}",
        "lifting_kg": "krever løft på {value} kg; grensen er {limit} kg",
        "standing_hours": "krever {value} timer stående om dagen; grensen er {limit} timer",
        "customer_contact": "krever {value} kundekontakt; grensen er {limit}",
        "literacy": "krever {value} lesing og skriving; grensen er {limit}",
        "food_handling": "krever håndtering av mat, som arbeidssøkeren ikke kan",
        "night_work": "krever nattarbeid, som arbeidssøkeren ikke kan ta",
        "requirement_missing": "krever {requirement}, som ikke er blant ferdighetene",
    },
    "en": {
        "physical_load": "needs {value} physical load; limit {limit}",
        "lifting_kg": "needs lifting {value} kg; limit {limit} kg",
        "standing_hours": "needs standing {value} hours a day; limit {limit} hours",
        "customer_contact": "needs {value} customer contact; limit {limit}",
        "literacy": "needs {value} reading and writing; limit {limit}",
        "food_handling": "needs food handling, which the seeker cannot do",
        "night_work": "needs night work, which the seeker cannot take",
        "requirement_missing": "requires {requirement}, which is not among the skills",
    },
}
"""What a task needs beyond a limit, by demand (and for a missing requirement)."""

TEMPLATES: dict[str, dict[str, str]] = {
    "nb": {
        "demand_over_limit": "oppgaven «{task}» {need}",
        "requirement_missing": "oppgaven «{task}» {need}",
        "essential_not_doable": "den nødvendige oppgaven «{task}» {need}",
        "no_job_carving": "arbeidsplassen er ikke åpen for jobbsnekring",
        "no_job_carving:unknown": "det er ikke kartlagt om arbeidsplassen er åpen for jobbsnekring",
        "nothing_doable": "ingen av oppgavene passer innenfor grensene",
        "no_capacity": "ingen ledige plasser nå (kapasitet 0)",
        "purpose_not_offered": "formålet {purpose} tilbys ikke (tilbyr: {offers})",
        "no_schedule_overlap": "timeplanene overlapper ikke (arbeidssøker: {seeker_days} {seeker_hours}; arbeidsplass: {workplace_days} {workplace_hours})",
        "too_far": "avstanden er {km} km; maks reiseavstand er {max_km} km",
        "hour_ceiling": "inntil {hours} timer i uka, begrenset av {set_by}",
        "left_out_not_doable": "«{task}» er ikke med: den passer ikke innenfor grensene",
        "left_out_avoided": "«{task}» er ikke med: ligner på noe arbeidssøkeren vil unngå («{avoid}»)",
        "left_out_hours_filled": "«{task}» er ikke med: de {hours} timene er fylt med oppgaver som passer bedre",
        "left_out_no_hours": "«{task}» er ikke med: det er ingen timer å fylle",
        "interest_met": "«{interest}» passer med oppgaven «{task}» (styrke {strength})",
        "avoided_work": "oppgaven «{task}» ligner på noe arbeidssøkeren vil unngå («{avoid}»)",
        "no_interest_met": "ingen av interessene passer med oppgavene",
        "riasec_congruence": "RIASEC-samsvar {value} (0 til 1)",
        "preference_met": "{preference}: ønsker {wanted}, får {actual}",
        "preference_unmet": "{preference}: ønsker {wanted}, men får {actual}",
        "inclusion_yes": "arbeidsplassen har {key}",
        "inclusion_no": "arbeidsplassen har ikke {key}",
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
        "unknown_inclusion": "ukjent om arbeidsplassen har {key}",
        "unknown_workplace": "ukjent: {key}",
        "unknown_workplace:recruitment_need": "ukjent om arbeidsplassen har et reelt behov for arbeidskraft",
        "unknown_workplace:open_to_job_carving": "ukjent om arbeidsplassen er åpen for jobbsnekring",
        "unknown_workplace:offers": "ukjent hvilke formål arbeidsplassen tar imot",
        "unknown_workplace:capacity": "ukjent hvor mange plasser som er ledige",
        "unknown_schedule": "arbeidsplassens timeplan er ukjent",
        "unknown_distance": "avstanden er ukjent",
        "unknown_riasec": "oppgavene har ingen RIASEC-kode",
        "unknown_preference": "ukjent om ønsket om {preference} oppfylles",
    },
    "en": {
        "demand_over_limit": "task '{task}' {need}",
        "requirement_missing": "task '{task}' {need}",
        "essential_not_doable": "essential task '{task}' {need}",
        "no_job_carving": "the workplace is not open to job carving",
        "no_job_carving:unknown": "the workplace has not said whether it is open to job carving",
        "nothing_doable": "no task is within the limits",
        "no_capacity": "no open places now (capacity 0)",
        "purpose_not_offered": "purpose {purpose} is not offered (offers: {offers})",
        "no_schedule_overlap": "the schedules do not overlap (seeker: {seeker_days} {seeker_hours}; workplace: {workplace_days} {workplace_hours})",
        "too_far": "distance {km} km; maximum travel {max_km} km",
        "hour_ceiling": "up to {hours} hours a week, set by {set_by}",
        "left_out_not_doable": "'{task}' left out: not within the limits",
        "left_out_avoided": "'{task}' left out: like work the seeker avoids ('{avoid}')",
        "left_out_hours_filled": "'{task}' left out: the {hours} hours are filled with better-fitting tasks",
        "left_out_no_hours": "'{task}' left out: there are no hours to fill",
        "interest_met": "'{interest}' meets task '{task}' (strength {strength})",
        "avoided_work": "task '{task}' is like work the seeker avoids ('{avoid}')",
        "no_interest_met": "none of the interests meets the tasks",
        "riasec_congruence": "RIASEC congruence {value} (0 to 1)",
        "preference_met": "{preference}: wants {wanted}, gets {actual}",
        "preference_unmet": "{preference}: wants {wanted}, but gets {actual}",
        "inclusion_yes": "the workplace has {key}",
        "inclusion_no": "the workplace does not have {key}",
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
        "unknown_inclusion": "unknown whether the workplace has {key}",
        "unknown_workplace": "unknown: {key}",
        "unknown_workplace:recruitment_need": "unknown whether the workplace has a real need for labour",
        "unknown_workplace:open_to_job_carving": "unknown whether the workplace is open to job carving",
        "unknown_workplace:offers": "unknown which purposes the workplace takes",
        "unknown_workplace:capacity": "unknown how many places are open",
        "unknown_schedule": "the workplace's schedule is unknown",
        "unknown_distance": "the distance is unknown",
        "unknown_riasec": "the tasks have no RIASEC code",
        "unknown_preference": "unknown whether the wish for {preference} is met",
    },
}
"""One template per fact code; ``code:variant`` where a value changes the sentence."""

_VARIANT_KEYS = ("carving", "key")


def number(value: float, lang: str) -> str:
    """A number as people write it: no trailing .0, decimal comma in Norwegian."""
    text = f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return text.replace(".", ",") if lang == "nb" else text


_NAMES = frozenset({"demand", "preference", "key", "set_by"})
_ENUMS = frozenset(
    {"value", "limit", "wanted", "actual", "purpose", "offers", "seeker_days", "workplace_days"}
)


def _word(value: Value, lang: str, translate: bool) -> str:
    """A value as text; enumerated values in the language, free text as written."""
    if isinstance(value, bool):
        return WORDS[lang]["true" if value else "false"]
    if isinstance(value, int | float):
        return number(value, lang)
    if isinstance(value, tuple):
        return ", ".join(_word(v, lang, translate) for v in value) or WORDS[lang]["none"]
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
    if fact.code in ("demand_over_limit", "requirement_missing", "essential_not_doable"):
        values["need"] = _need(fact, lang)
    template = catalog.get(_variant(fact)) or catalog.get(fact.code)
    if template is None:
        return fact.code
    return template.format_map(_Missing(values))


def _variant(fact: Fact) -> str:
    """``code:value`` for the facts whose sentence depends on one value."""
    for key in _VARIANT_KEYS:
        value = fact.values.get(key)
        if isinstance(value, str):
            return f"{fact.code}:{value}"
    return fact.code


def _need(fact: Fact, lang: str) -> str:
    """What the task needs beyond the limit, in words with units."""
    needs = DEMAND_NEEDS.get(lang, DEMAND_NEEDS["en"])
    rule = fact.values.get("rule", fact.code)
    key = "requirement_missing" if rule == "requirement_missing" else str(fact.values.get("demand"))
    template = needs.get(key, needs["requirement_missing"])
    return template.format_map(_Missing(_format_values(fact.values, lang)))


class _Missing(dict[str, str]):
    """Leave a placeholder visible rather than fail when a value is absent."""

    def __missing__(self, key: str) -> str:
        return "?"
