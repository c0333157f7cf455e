"""What each criterion and each of its levels means, in English and Norwegian bokmål.

One message id per text (``criterion.NAME`` for the criterion,
``criterion.NAME.level.KEY`` for a level), so that the texts can move into
the message catalogs unchanged. :func:`describe` is the one lookup.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {  # msgid -> (en, nb)
    # --- doable ---------------------------------------------------------------------------
    "criterion.doable": (
        "Whether the seeker can do a task: its demands against the seeker's limits, its requirements against the seeker's skills.",
        "Om personen kan gjøre en oppgave: kravene mot personens grenser, og det oppgaven forutsetter mot personens ferdigheter.",
    ),
    "criterion.doable.level.doable": (
        "Every known demand is within the seeker's limits and every requirement is met: the task is doable.",
        "Alle kjente krav er innenfor personens grenser, og alt oppgaven forutsetter er på plass: oppgaven kan gjøres.",
    ),
    "criterion.doable.level.unknown_demand": (
        "A demand the seeker has a limit on is blank: the task counts as doable, and confidence is lower.",
        "Et krav personen har en grense for, er ikke kartlagt: oppgaven regnes som mulig, og sikkerheten blir lavere.",
    ),
    "criterion.doable.level.over_limit": (
        "A demand is beyond the seeker's limit (physical load, lifting, standing, customer contact, literacy, food handling, night work): the task is not doable.",
        "Et krav er over personens grense (fysisk belastning, løft, ståing, kundekontakt, lese og skrive, håndtering av mat, nattarbeid): oppgaven kan ikke gjøres.",
    ),
    "criterion.doable.level.requirement_missing": (
        "The task requires a skill or certificate the seeker does not have: the task is not doable.",
        "Oppgaven forutsetter en ferdighet eller et bevis personen ikke har: oppgaven kan ikke gjøres.",
    ),
    # --- essential ------------------------------------------------------------------------
    "criterion.essential": (
        "An essential task the seeker cannot do, at a workplace that does not carve jobs around it.",
        "En nødvendig oppgave personen ikke kan gjøre, på en arbeidsplass som ikke tilpasser jobben rundt den.",
    ),
    "criterion.essential.level.doable_or_carved": (
        "Every essential task is doable, or the workplace is open to job carving: not excluded.",
        "Alle nødvendige oppgaver kan gjøres, eller arbeidsplassen er åpen for jobbsnekring: ikke utelukket.",
    ),
    "criterion.essential.level.not_doable": (
        "An essential task is not doable and the workplace does not carve (or does not say): excluded.",
        "En nødvendig oppgave kan ikke gjøres, og arbeidsplassen snekrer ikke jobber (eller har ikke sagt det): utelukket.",
    ),
    # --- nothing doable -------------------------------------------------------------------
    "criterion.nothing_doable": (
        "Whether the seeker can do any of the workplace's tasks.",
        "Om personen kan gjøre noen av arbeidsplassens oppgaver.",
    ),
    "criterion.nothing_doable.level.some_doable": (
        "At least one task is doable: not excluded.",
        "Minst én oppgave kan gjøres: ikke utelukket.",
    ),
    "criterion.nothing_doable.level.nothing_doable": (
        "No task is doable: excluded.",
        "Ingen oppgaver kan gjøres: utelukket.",
    ),
    # --- capacity -------------------------------------------------------------------------
    "criterion.capacity": (
        "Whether the workplace can take a placement now.",
        "Om arbeidsplassen kan ta imot noen nå.",
    ),
    "criterion.capacity.level.open": (
        "A capacity of one or more: not excluded.",
        "Plass til én eller flere: ikke utelukket.",
    ),
    "criterion.capacity.level.unknown": (
        "Capacity not stated: not excluded, and counted as one place when assigning.",
        "Kapasitet ikke oppgitt: ikke utelukket, og regnet som én plass ved fordeling.",
    ),
    "criterion.capacity.level.none": (
        "A capacity of 0: excluded.",
        "Kapasitet 0: utelukket.",
    ),
    # --- purpose --------------------------------------------------------------------------
    "criterion.purpose": (
        "Whether the workplace offers what the seeker's goal is for (assessment, training, employment).",
        "Om arbeidsplassen tilbyr det personens mål gjelder (arbeidsutprøving, opplæring, ansettelse).",
    ),
    "criterion.purpose.level.offered": (
        "The workplace offers the seeker's purpose: not excluded.",
        "Arbeidsplassen tilbyr det personen trenger: ikke utelukket.",
    ),
    "criterion.purpose.level.unknown": (
        "The workplace does not say what it offers: not excluded.",
        "Arbeidsplassen har ikke sagt hva den tilbyr: ikke utelukket.",
    ),
    "criterion.purpose.level.not_offered": (
        "The workplace does not offer the seeker's purpose: excluded.",
        "Arbeidsplassen tilbyr ikke det personen trenger: utelukket.",
    ),
    # --- schedule -------------------------------------------------------------------------
    "criterion.schedule": (
        "Whether the seeker's and the workplace's schedules meet: days and hours of the day.",
        "Om personens og arbeidsplassens arbeidstider møtes: dager og klokkeslett.",
    ),
    "criterion.schedule.level.overlap": (
        "The schedules share some hours a week: not excluded; the overlap bounds the carved job.",
        "Arbeidstidene har noen timer felles i uka: ikke utelukket; det felles begrenser den snekrede jobben.",
    ),
    "criterion.schedule.level.unknown": (
        "One side has no schedule: not excluded, and the overlap counts as neutral.",
        "Én av sidene har ikke oppgitt arbeidstid: ikke utelukket, og overlappen regnes som nøytral.",
    ),
    "criterion.schedule.level.no_overlap": (
        "The schedules never meet: excluded.",
        "Arbeidstidene møtes aldri: utelukket.",
    ),
    # --- distance -------------------------------------------------------------------------
    "criterion.distance": (
        "The straight-line distance against how far the seeker travels (max_travel_km).",
        "Avstanden i luftlinje mot hvor langt personen kan reise (max_travel_km).",
    ),
    "criterion.distance.level.within": (
        "Within the seeker's limit, or the seeker sets none: not excluded.",
        "Innenfor personens grense, eller personen har ingen grense: ikke utelukket.",
    ),
    "criterion.distance.level.unknown": (
        "A side lacks coordinates: not excluded; the same municipality counts as near.",
        "En av sidene mangler koordinater: ikke utelukket; samme kommune regnes som nær.",
    ),
    "criterion.distance.level.too_far": (
        "Further than the seeker's limit: excluded.",
        "Lenger unna enn personens grense: utelukket.",
    ),
    # --- carving --------------------------------------------------------------------------
    "criterion.carving": (
        "Job carving: a job of whole hours put together from the doable tasks that fit best.",
        "Jobbsnekring: en jobb i hele timer satt sammen av de oppgavene som kan gjøres og passer best.",
    ),
    "criterion.carving.level.ceiling": (
        "The hours are at most the least of: hours wanted, hours of the doable tasks, the workplace's maximum, the schedule overlap.",
        "Timene er høyst det minste av: ønskede timer, timene i oppgavene som kan gjøres, arbeidsplassens maksimum, felles arbeidstid.",
    ),
    "criterion.carving.level.essential_first": (
        "Each doable essential task first gets up to thresholds.essential_min_hours, in order of task id.",
        "Hver nødvendige oppgave som kan gjøres, får først inntil thresholds.essential_min_hours, i rekkefølge etter oppgave-id.",
    ),
    "criterion.carving.level.best_fit": (
        "The remaining hours go to the doable tasks that fit best (interest, then task preferences; avoided work last), each up to its own hours.",
        "Resten av timene går til oppgavene som passer best (interesse, så ønsker for oppgaven; arbeid personen vil unngå sist), hver opp til sine egne timer.",
    ),
    "criterion.carving.level.left_out": (
        "A task is left out when it is not doable, when there are no hours, or when the hours are filled.",
        "En oppgave faller ut når den ikke kan gjøres, når det ikke er timer, eller når timene er fylt.",
    ),
    # --- interest -------------------------------------------------------------------------
    "criterion.interest": (
        "How much of what the seeker wants the carved job holds.",
        "Hvor mye av det personen ønsker, den snekrede jobben inneholder.",
    ),
    "criterion.interest.level.met": (
        "An interest meets a carved task (word similarity at least thresholds.word_match): its weight counts for coverage, its hours for focus.",
        "En interesse treffer en oppgave i jobben (ordlikhet minst thresholds.word_match): vekten teller for dekning, timene for fokus.",
    ),
    "criterion.interest.level.riasec": (
        "Where both sides have RIASEC codes, their congruence counts for thresholds.riasec_share.",
        "Der begge sider har RIASEC-koder, teller samsvaret med thresholds.riasec_share.",
    ),
    "criterion.interest.level.avoided": (
        "Carved hours on work the seeker avoids cost thresholds.avoid_penalty of their share.",
        "Timer i jobben på arbeid personen vil unngå, trekker thresholds.avoid_penalty av sin andel.",
    ),
    "criterion.interest.level.none_met": (
        "No interest meets a carved task: the reason against names it.",
        "Ingen interesse treffer en oppgave i jobben: det nevnes som grunn mot.",
    ),
    "criterion.interest.level.no_hours": (
        "Nothing is carved: the component is 0.",
        "Ingenting er snekret: komponenten er 0.",
    ),
    # --- preferences ----------------------------------------------------------------------
    "criterion.preferences": (
        "The seeker's soft preferences (customer contact, setting, pace, noise, indoor) against the carved job.",
        "Personens ønsker (kundekontakt, arbeidsform, tempo, støy, innendørs) mot den snekrede jobben.",
    ),
    "criterion.preferences.level.met": (
        "The job meets a preference at least 0.75 (by carved hours): a reason for.",
        "Jobben oppfyller et ønske minst 0,75 (etter timer i jobben): en grunn for.",
    ),
    "criterion.preferences.level.unknown": (
        "The job does not say (no task or environment value): the preference counts thresholds.neutral.",
        "Jobben sier ikke noe om det (ingen verdi for oppgave eller miljø): ønsket teller thresholds.neutral.",
    ),
    "criterion.preferences.level.unmet": (
        "The job meets a preference less (one step away: half): a reason against.",
        "Jobben oppfyller et ønske dårligere (ett trinn unna: halvparten): en grunn mot.",
    ),
    "criterion.preferences.level.none_stated": (
        "The seeker states no preference: the component is thresholds.neutral.",
        "Personen har ingen ønsker: komponenten er thresholds.neutral.",
    ),
    # --- readiness ------------------------------------------------------------------------
    "criterion.readiness": (
        "The workplace's readiness to include: inclusion keys, prior placements, need for labour, a recent visit.",
        "Arbeidsplassens beredskap for inkludering: inkluderingsnøkler, tidligere utplasseringer, behov for arbeidskraft, et nylig besøk.",
    ),
    "criterion.readiness.level.yes": (
        "An inclusion key is yes (or prior placements above one): counts up.",
        "En inkluderingsnøkkel er ja (eller mer enn én tidligere utplassering): teller opp.",
    ),
    "criterion.readiness.level.visited_recently": (
        "Visited within thresholds.recent_visit_days of the reference date: counts 1.",
        "Besøkt innen thresholds.recent_visit_days før referansedatoen: teller 1.",
    ),
    "criterion.readiness.level.unknown": (
        "A key not stated: counts thresholds.neutral, and confidence is lower.",
        "En nøkkel som ikke er oppgitt: teller thresholds.neutral, og sikkerheten blir lavere.",
    ),
    "criterion.readiness.level.visit_out_of_date": (
        "The last visit is older: counts 0.5.",
        "Siste besøk er eldre: teller 0,5.",
    ),
    "criterion.readiness.level.no": (
        "An inclusion key is no: counts down.",
        "En inkluderingsnøkkel er nei: teller ned.",
    ),
    "criterion.readiness.level.never_visited": (
        "Never visited: counts 0.",
        "Aldri besøkt: teller 0.",
    ),
    # --- practical ------------------------------------------------------------------------
    "criterion.practical": (
        "Hours offered against hours wanted, schedule overlap, distance: a third each.",
        "Timer som tilbys mot ønskede timer, felles arbeidstid, avstand: en tredjedel hver.",
    ),
    "criterion.practical.level.hours": (
        "The carved hours against the hours wanted (less when the workplace's minimum is above them).",
        "Timene i jobben mot ønskede timer (mindre når arbeidsplassens minimum er høyere).",
    ),
    "criterion.practical.level.near": (
        "Distance: 1 at the door, half at the seeker's limit (without one, at 3 x thresholds.near_km).",
        "Avstand: 1 ved døra, halvparten ved personens grense (uten grense: ved 3 x thresholds.near_km).",
    ),
    "criterion.practical.level.same_municipality": (
        "Distance unknown, same municipality: counts 0.9.",
        "Avstand ukjent, samme kommune: teller 0,9.",
    ),
    "criterion.practical.level.unknown": (
        "Distance or overlap unknown: counts thresholds.neutral, and confidence is lower.",
        "Avstand eller felles arbeidstid ukjent: teller thresholds.neutral, og sikkerheten blir lavere.",
    ),
    "criterion.practical.level.minimum_above_wanted": (
        "The workplace's minimum hours are above what the seeker wants: a reason against.",
        "Arbeidsplassens minste antall timer er over det personen ønsker: en grunn mot.",
    ),
}

LANGUAGES = ("en", "nb")


def describe(msgid: str, lang: str) -> str:
    """The text of ``msgid`` in ``lang`` (``en`` or ``nb``; anything else: English)."""
    english, bokmal = TEXTS[msgid]
    return bokmal if lang == "nb" else english


__all__ = ["LANGUAGES", "TEXTS", "describe"]
