"""The four components of a score, each 0 to 1, with the facts that make them up.

- ``interest``: coverage (each interest's best strength among the carved
  tasks, partial strengths too, by weight) and focus (the carved hours, in
  full on a task an interest meets, else by their best partial strength,
  over the hours the job could have); minus avoided
  work; RIASEC congruence with the workplace's coded tasks blended in.
- ``preferences``: each stated preference as the share of the carved hours
  that meets it (noise and indoor: the environment's); unknown values count
  as neutral.
- ``readiness``: inclusion keys, prior placements, recruitment need, visit,
  read against the seeker: the supports needed, the purpose employment.
- ``practical``: hours offered against wanted, schedule overlap, distance.

The batch path computes the same formulas on arrays; keep them in step.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from jobmatch.matching.similarity import TaskText
from jobmatch.models import Contact, Task
from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.match import Component, Fact, TaskResult, Value
from jobmatch.scoring.views import SeekerView, WorkplaceView
from jobmatch.scoring.words import Words
from tests.reference import composition
from tests.reference.rules import Overlap, same_municipality, wanted_hours

INCLUSION_FLAGS = (
    "intro_routine",
    "internal_training",
    "mentor",
    "inclusive_leadership",
    "career_path",
    "ia_agreement",
)
_SCALES: dict[str, tuple[str, ...]] = {
    "setting": ("alone", "small_team", "large_team"),
    "pace": ("calm", "varied", "fast"),
    "noise": ("quiet", "moderate", "loud"),
}
PREFERENCE_KEYS = ("customer_contact", "setting", "pace", "noise", "indoor")


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything the components read for one pair."""

    seeker: SeekerView
    workplace: WorkplaceView
    tasks: list[TaskResult]
    overlap: Overlap
    distance: float | None
    ceiling: int
    config: ScoringConfig
    as_of: date
    words: Words

    @property
    def carved(self) -> list[tuple[Task, TaskResult]]:
        return [
            (t, r)
            for t, r in zip(self.workplace.tasks, self.tasks, strict=True)
            if r.carved_hours > 0
        ]

    @property
    def distance_known(self) -> bool:
        """Known, or both in the same municipality."""
        near = same_municipality(self.seeker.place, self.workplace.place)
        return self.distance is not None or near

    @property
    def wanted(self) -> float:
        """Hours wanted: the seeker's, else the workplace maximum, else the default."""
        return wanted_hours(self.seeker, self.workplace, self.config.thresholds.default_hours)

    @property
    def room(self) -> int:
        """The hours the job could have whatever its tasks: the ceiling without the doable hours."""
        hours = self.workplace.conditions.hours_per_week
        bounds = [self.wanted, hours.max if hours is not None else None, self.overlap.weekly_hours]
        return math.floor(min(b for b in bounds if b is not None) + 1e-9)


# --- task level ---------------------------------------------------------------


def strength(text: str, task: Task, words: Words, threshold: float) -> float:
    """How strongly a text meets a task (its name, and its keywords counting less); graded,
    the threshold only decides whether it meets it."""
    return words.similarity(text, words.task(task.name, task.keywords))


def task_interest(
    task: Task, seeker: SeekerView, words: Words, config: ScoringConfig
) -> tuple[str | None, float, float, tuple[float, ...]]:
    """The interest that best meets a task (strength at or above the threshold), its
    strength, the task's fit (the best strength x weight / 3 of any interest, partial
    strengths too) and the strength of every interest (in the seeker's order)."""
    threshold = config.thresholds.word_match
    strengths = tuple(strength(i.what, task, words, threshold) for i in seeker.interests)
    fit = 0.0
    best: tuple[float, float, str] | None = None
    for interest, s in zip(seeker.interests, strengths, strict=True):
        fit = max(fit, s * (interest.weight or 2) / 3)
        if s <= 0 or s < threshold:
            continue
        candidate = (-s * (interest.weight or 2) / 3, -s, interest.what)
        if best is None or candidate < best:
            best = candidate
    if best is None:
        return None, 0.0, fit, strengths
    return best[2], -best[1], fit, strengths


def task_avoid(
    task: Task, seeker: SeekerView, words: Words, config: ScoringConfig
) -> tuple[str | None, float]:
    """The avoided work a task is most like (strength at or above the threshold), and how strongly."""
    threshold = config.thresholds.word_match
    scored = sorted((-strength(a, task, words, threshold), a) for a in seeker.avoid)
    if not scored or scored[0][0] == 0 or -scored[0][0] < threshold:
        return None, 0.0
    return scored[0][1], -scored[0][0]


def task_preference(task: Task, seeker: SeekerView, config: ScoringConfig) -> float:
    """Task-level preferences met (customer contact, setting, pace); neutral when none apply."""
    values = [v for _, v in _task_preference_items(task, seeker)]
    return sum(values) / len(values) if values else config.thresholds.neutral


def task_unwanted(task: Task, seeker: SeekerView) -> str | None:
    """The first task-level preference the task's own demands do not meet (fit below 0.75)."""
    return next((key for key, fit in _task_preference_items(task, seeker) if fit < 0.75), None)


def _task_preference_items(task: Task, seeker: SeekerView) -> Iterator[tuple[str, float]]:
    """Preferences a task's own demands answer; the environment is the same for every task."""
    prefs, demands = seeker.preferences, task.demands
    if demands is None:
        return
    if prefs.customer_contact is not None and demands.customer_contact is not None:
        yield "customer_contact", contact_fit(prefs.customer_contact, demands.customer_contact)
    for key in ("setting", "pace"):
        wanted, actual = getattr(prefs, key), getattr(demands, key)
        if wanted not in (None, "any") and actual is not None:
            yield key, scale_fit(key, str(wanted), str(actual.value))


def contact_fit(wanted: Contact, actual: Contact) -> float:
    """1 when the work has no more customer contact than wanted; half off per step over."""
    over = actual.rank - wanted.rank
    return 1.0 if over <= 0 else max(0.0, 1.0 - 0.5 * over)


def scale_fit(key: str, wanted: str, actual: str) -> float:
    """1 for the same level, 0.5 one step away, 0 two steps away."""
    scale = _SCALES[key]
    return 1.0 - 0.5 * abs(scale.index(wanted) - scale.index(actual))


# --- components -----------------------------------------------------------------


def all_components(inputs: Inputs) -> dict[str, Component]:
    weights = inputs.config.weights
    return {
        "interest": interest(inputs, weights.interest),
        "preferences": preferences(inputs, weights.preferences),
        "readiness": readiness(inputs, weights.readiness),
        "practical": practical(inputs, weights.practical),
    }


def _impact(weight: float, inputs: Inputs, delta: float) -> float:
    """A fact's effect in score points: its share of the component times the component's weight."""
    w = inputs.config.weights
    total = w.interest + w.preferences + w.readiness + w.practical
    return 100.0 * weight / total * delta if total > 0 else 0.0


def _counted(r: TaskResult, threshold: float) -> float:
    """What an hour on the task counts for focus: 1 where an interest meets it, else its
    best (partial) strength."""
    top = max(r.strengths, default=0.0)
    return 1.0 if top >= threshold else top


def interest(inputs: Inputs, weight: float) -> Component:
    """Coverage (each interest's best strength among the carved tasks, partial strengths
    too, by weight) and focus (carved hours, in full on a met task, else by their best
    strength), minus avoided work."""
    seeker = inputs.seeker
    carved = inputs.carved
    hours = sum(r.carved_hours for _, r in carved)
    if hours <= 0:
        return Component("interest", 0.0, weight, 1.0, ())
    total_weight = sum(i.weight or 2 for i in seeker.interests)
    coverage = (
        sum(
            (i.weight or 2) * max(r.strengths[n] for _, r in carved)
            for n, i in enumerate(seeker.interests)
        )
        / total_weight
    )
    room = inputs.room
    threshold = inputs.config.thresholds.word_match
    focus = sum(r.carved_hours * _counted(r, threshold) for _, r in carved) / room
    avoided = sum(r.carved_hours * _avoid_strength(r, t, inputs) for t, r in carved) / room
    c = inputs.config.thresholds.coverage_share
    words_value = max(
        0.0, c * coverage + (1 - c) * focus - inputs.config.thresholds.avoid_penalty * avoided
    )
    parts = _interest_facts(inputs, weight, carved, room)
    value, known, riasec_facts = _blend_riasec(inputs, weight, carved, words_value)
    return Component("interest", value, weight, known, tuple(parts + riasec_facts))


def _avoid_strength(result: TaskResult, task: Task, inputs: Inputs) -> float:
    if result.avoided is None:
        return 0.0
    return strength(result.avoided, task, inputs.words, inputs.config.thresholds.word_match)


def _interest_facts(
    inputs: Inputs, weight: float, carved: list[tuple[Task, TaskResult]], room: int
) -> list[Fact]:
    """One fact per interest a carved task meets (or partly meets), with the interest's
    share of coverage and the focus of the carved hours it is the best interest of;
    one per carved task like avoided work."""
    seeker, thresholds = inputs.seeker, inputs.config.thresholds
    share = 1.0 - thresholds.riasec_share if seeker.riasec else 1.0
    c = thresholds.coverage_share
    weights = [i.weight or 2 for i in seeker.interests]
    total_weight = sum(weights)
    texts = sorted({i.what for i in seeker.interests})
    ranks = [texts.index(i.what) for i in seeker.interests]
    focus = [0.0] * len(weights)
    for _, r in carved:
        top = max(r.strengths, default=0.0)
        if top > 0:
            n = min(range(len(weights)), key=lambda n: (-r.strengths[n], -weights[n], ranks[n], n))
            focus[n] += (1 - c) * r.carved_hours * _counted(r, thresholds.word_match) / room
    by_id = sorted(carved, key=lambda tr: tr[0].id)
    facts = []
    for n, i in enumerate(seeker.interests):
        task, r = max(by_id, key=lambda tr: tr[1].strengths[n])
        best = r.strengths[n]
        if best <= 0:
            continue
        code = "interest_met" if best >= thresholds.word_match else "interest_partial"
        delta = share * (c * weights[n] / total_weight * best + focus[n])
        values: dict[str, Value] = {
            "interest": i.what,
            "task": task.name,
            "task_id": task.id,
            "strength": round(best, 2),
        }
        values |= _evidence(i.what, task, inputs.words)
        facts.append(Fact(code, values, _impact(weight, inputs, delta)))
    for task, r in carved:
        if r.avoided is not None:
            avoided = _avoid_strength(r, task, inputs)
            delta = -share * thresholds.avoid_penalty * r.carved_hours * avoided / room
            values = {"avoid": r.avoided, "task": task.name}
            facts.append(Fact("avoided_work", values, _impact(weight, inputs, delta)))
    return facts


def _blend_riasec(
    inputs: Inputs, weight: float, carved: list[tuple[Task, TaskResult]], words_value: float
) -> tuple[float, float, list[Fact]]:
    code = inputs.seeker.riasec
    if not code:
        return words_value, 1.0, []
    coded = [t.riasec for t in inputs.workplace.tasks if t.riasec]
    if not coded:
        return words_value, 0.5, []
    congruence = sum(inputs.words.riasec(code, c) for c in coded) / len(coded)
    share = inputs.config.thresholds.riasec_share
    value = (1 - share) * words_value + share * congruence
    fact = Fact(
        "riasec_congruence",
        {"value": round(congruence, 2)},
        _impact(weight, inputs, share * (congruence - 0.5)),
    )
    return value, 1.0, [fact]


def preferences(inputs: Inputs, weight: float) -> Component:
    """Each stated preference as the share of the carved hours that meets it (noise and
    indoor: the workplace's, so all or none)."""
    neutral = inputs.config.thresholds.neutral
    stated = [
        k for k in PREFERENCE_KEYS if getattr(inputs.seeker.preferences, k) not in (None, "any")
    ]
    if not stated:
        return Component("preferences", neutral, weight, 1.0, ())
    scores: list[float] = []
    facts: list[Fact] = []
    for key in stated:
        found = _preference_value(inputs, key)
        if found is None:
            empty = key not in ("noise", "indoor") and not inputs.carved
            scores.append(0.0 if empty else neutral)  # an empty job meets no preference
            continue
        met, hours, actual = found
        value = met / hours
        scores.append(value)
        delta = (value - neutral) / len(stated)
        wanted = _plain(getattr(inputs.seeker.preferences, key))
        values: dict[str, Value] = {"preference": key, "wanted": wanted, "actual": actual}
        if met == hours:
            fact = Fact("preference_met", values, _impact(weight, inputs, max(0.0, delta)))
        elif met == 0:
            fact = Fact("preference_unmet", values, _impact(weight, inputs, min(0.0, delta)))
        else:
            values.update(met=met, hours=hours)
            fact = Fact("preference_partly", values, _impact(weight, inputs, delta))
        facts.append(fact)
    known = len(facts) / len(stated)
    return Component("preferences", sum(scores) / len(scores), weight, known, tuple(facts))


def _plain(value: object) -> str | bool:
    if isinstance(value, bool):
        return value
    return str(getattr(value, "value", value))


def _preference_value(inputs: Inputs, key: str) -> tuple[int, int, str | bool] | None:
    """Carved hours that meet one preference, carved hours whose value is known, and the
    actual value a reason names (that of the most hours; when some hours meet it, of the
    most hours that do not); None: unknown. Noise and indoor count as one hour."""
    prefs, env = inputs.seeker.preferences, inputs.workplace.environment
    if key in ("noise", "indoor"):
        actual = getattr(env, key)
        if actual is None:
            return None
        if key == "indoor":
            return (1 if actual == prefs.indoor else 0), 1, bool(actual)
        return (
            (1 if scale_fit("noise", str(prefs.noise), actual.value) >= 0.75 else 0),
            1,
            (actual.value),
        )
    by_value: dict[str, tuple[int, float]] = {}
    for task, r in inputs.carved:
        demands = task.demands
        actual_value = getattr(demands, key) if demands is not None else None
        if actual_value is None and key in ("setting", "pace"):
            actual_value = getattr(env, key)
        if actual_value is None:
            continue
        if key == "customer_contact":
            fit = contact_fit(prefs.customer_contact, actual_value)  # type: ignore[arg-type]
        else:
            fit = scale_fit(key, str(getattr(prefs, key)), actual_value.value)
        meets = 1.0 if fit >= 0.75 else 0.0
        hours, _ = by_value.get(actual_value.value, (0, meets))
        by_value[actual_value.value] = (hours + r.carved_hours, meets)
    if not by_value:
        return None
    hours = sum(h for h, _ in by_value.values())
    met = sum(h for h, meets in by_value.values() if meets)
    named = {v: hm for v, hm in by_value.items() if met in (0, hours) or not hm[1]}
    most = max(named, key=lambda v: (named[v][0], -named[v][1], v))
    return met, hours, most


def readiness(inputs: Inputs, weight: float) -> Component:
    """The weighted mean of the workplace's items and the seeker's needs (weights: 1 each;
    need for labour and career path 3 for employment; each support needed 3)."""
    neutral = inputs.config.thresholds.neutral
    wp, seeker = inputs.workplace, inputs.seeker
    items: list[tuple[str, float | None]] = [
        (k, _flag(composition.inclusion_value(wp, k))) for k in INCLUSION_FLAGS
    ]
    placements = wp.inclusion.prior_placements
    items.append(
        ("prior_placements", None if placements is None else min(1.0, 0.25 + 0.25 * placements))
    )
    items.append(("recruitment_need", _flag(wp.recruitment_need)))
    visit_value, visit_fact = _visit(inputs)
    items.append(("visited", visit_value))
    weights = [composition.item_weight(seeker, k) for k, _ in items]
    values = [neutral if v is None else v for _, v in items]
    if wp.visited is None:
        values[-1] = 0.0
    needs = [composition.support_state(wp, s) for s, _ in composition.needed(seeker)]
    weights += [composition.SUPPORT_NEED_WEIGHT] * len(needs)
    values += [neutral if v is None else v for v in needs]
    known_flags = [v is not None for _, v in items] + [v is not None for v in needs]
    total = sum(weights)
    value = sum(w * v for w, v in zip(weights, values, strict=True)) / total
    known = sum(w for w, k in zip(weights, known_flags, strict=True) if k) / total

    def effect(share: float, delta: float) -> float:
        return _impact(weight, inputs, share / total * delta)

    facts = [
        _readiness_fact(k, v, w, effect(w, v - neutral))
        for (k, v), w in zip(items[:-1], weights, strict=False)
        if v is not None and v != neutral
    ]
    facts += composition.support_facts(seeker, wp, neutral, effect)
    facts.append(replace_impact(visit_fact, effect(1, values[len(items) - 1] - neutral)))
    return Component("readiness", value, weight, known, tuple(facts))


def _readiness_fact(key: str, value: float, weight: int, effect: float) -> Fact:
    yes = value >= 0.5
    if weight > 1:
        return Fact("employment_yes" if yes else "employment_no", {"key": key}, effect)
    return Fact("inclusion_yes" if yes else "inclusion_no", {"key": key}, effect)


def replace_impact(fact: Fact, impact: float) -> Fact:
    return Fact(fact.code, fact.values, impact)


def _flag(value: bool | None) -> float | None:
    return None if value is None else (1.0 if value else 0.0)


def _visit(inputs: Inputs) -> tuple[float | None, Fact]:
    visited = inputs.workplace.visited
    if visited is None:
        return None, Fact("never_visited", {})
    days = (inputs.as_of - visited).days
    if days <= inputs.config.thresholds.recent_visit_days:
        return 1.0, Fact("visited_recently", {"date": visited.isoformat(), "days": max(days, 0)})
    return 0.5, Fact("visit_out_of_date", {"date": visited.isoformat(), "days": days})


def practical(inputs: Inputs, weight: float) -> Component:
    neutral, wanted = inputs.config.thresholds.neutral, inputs.wanted
    carved_hours = sum(r.carved_hours for r in inputs.tasks)
    hours_fit, hours_facts = _hours_fit(inputs, carved_hours, wanted)
    schedule_fit = neutral
    if inputs.overlap.weekly_hours is not None:
        schedule_fit = min(1.0, inputs.overlap.weekly_hours / wanted) if wanted > 0 else 1.0
    distance_fit, distance_facts = _distance_fit(inputs)
    value = (hours_fit + schedule_fit + distance_fit) / 3
    unit = 1.0 / 3
    facts = [
        replace_impact(f, _impact(weight, inputs, unit * d))
        for f, d in hours_facts + distance_facts
    ]
    return Component("practical", value, weight, _practical_known(inputs), tuple(facts))


def _hours_fit(
    inputs: Inputs, carved: int, wanted: float
) -> tuple[float, list[tuple[Fact, float]]]:
    fit = min(1.0, carved / wanted) if wanted > 0 else 1.0
    facts = [(Fact("hours_offered", {"hours": carved, "wanted": wanted}), fit - 0.5)]
    hours = inputs.workplace.conditions.hours_per_week
    if hours is not None and hours.min is not None and hours.min > wanted:
        fit *= wanted / hours.min
        facts.append(
            (
                Fact("workplace_minimum_above_wanted", {"minimum": hours.min, "wanted": wanted}),
                -(1 - wanted / hours.min),
            )
        )
    return fit, facts


def _distance_fit(inputs: Inputs) -> tuple[float, list[tuple[Fact, float]]]:
    """1 at the door, half at the travel limit (the seeker's or the default), 0 at twice it;
    unknown: 0.9 in the same municipality, else neutral; no limit at all: neutral."""
    thresholds = inputs.config.thresholds
    limit = composition.travel_limit(inputs.seeker, inputs.config)
    d = inputs.distance
    if d is not None:
        if limit is None:
            fit = thresholds.neutral
        elif limit > 0:
            fit = max(0.0, 1.0 - 0.5 * d / limit)
        else:
            fit = 1.0 if d <= 0 else 0.0
        return fit, [(Fact("distance", {"km": round(d, 1)}), fit - 0.5)]
    if limit is None:
        return thresholds.neutral, []
    if same_municipality(inputs.seeker.place, inputs.workplace.place):
        return 0.9, [(Fact("same_municipality", {}), 0.4)]
    return thresholds.neutral, []


def _practical_known(inputs: Inputs) -> float:
    """Share of the practical inputs the seeker constrains that are known."""
    seeker, wp = inputs.seeker, inputs.workplace
    items = [
        seeker.goal.hours_per_week is not None,
        wp.offers is not None,
        wp.capacity is not None,
        wp.open_to_job_carving is not None,
    ]
    if seeker.schedule is not None:
        items.append(inputs.overlap.weekly_hours is not None)
    if composition.travel_limit(seeker, inputs.config) is not None:
        items.append(inputs.distance is not None or same_municipality(seeker.place, wp.place))
    carved = [r for r in inputs.tasks if r.carved_hours > 0]
    items.extend(not r.unknown_demands for r in carved)
    return sum(items) / len(items)


def unknowns(inputs: Inputs) -> Iterator[Fact]:
    """Every missing input that mattered to this match, in a fixed order."""
    seeker, wp = inputs.seeker, inputs.workplace
    for task, r in inputs.carved:
        for demand in r.unknown_demands:
            yield Fact("unknown_demand", {"task": task.name, "demand": demand})
        if task.hours_per_week is None:
            yield Fact("unknown_task_hours", {"task": task.name})
    if seeker.goal.hours_per_week is None:
        yield Fact("unknown_hours_wanted", {})
    for key in INCLUSION_FLAGS:
        if composition.inclusion_value(wp, key) is None:
            yield Fact("unknown_inclusion", {"key": key})
    if wp.inclusion.prior_placements is None:
        yield Fact("unknown_inclusion", {"key": "prior_placements"})
    yield from composition.support_unknowns(seeker, wp)
    for key in ("recruitment_need", "open_to_job_carving", "offers", "capacity"):
        if getattr(wp, key) is None:
            yield Fact("unknown_workplace", {"key": key})
    if wp.visited is None:
        yield Fact("never_visited", {})
    if seeker.schedule is not None and inputs.overlap.weekly_hours is None:
        yield Fact("unknown_schedule", {})
    if (
        composition.travel_limit(seeker, inputs.config) is not None
        and inputs.distance is None
        and not same_municipality(seeker.place, wp.place)
    ):
        yield Fact("unknown_distance", {})
    if seeker.riasec and inputs.carved and not any(t.riasec for t in wp.tasks):
        yield Fact("unknown_riasec", {})
    for key in PREFERENCE_KEYS:
        if (
            getattr(seeker.preferences, key) not in (None, "any")
            and _preference_value(inputs, key) is None
        ):
            yield Fact("unknown_preference", {"preference": key})


def _evidence(interest: str, task: Task, words: Words) -> dict[str, Value]:
    """Step 6: a word match names its evidence. The keyword it came through first, then the
    words both share, then the concept both name (its label in each language)."""
    found = words.matcher.explain(interest, TaskText(task.name, tuple(task.keywords or ())))
    if found.keywords:
        return {"via": "keyword", "keyword": found.keywords[0]}
    if found.words:
        return {"via": "words", "words": found.words}
    if found.concepts:
        label = words.vocabulary.label
        concept = found.concepts[0]
        return {
            "via": "concept",
            "concept": label(concept, "en"),
            "concept_nb": label(concept, "nb"),
        }
    return {}
