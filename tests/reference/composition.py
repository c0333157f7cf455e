"""Person-relative composition, one pair at a time (``spec/scoring.md`` version 2).

- the travel limit: the seeker's, else the configuration's default;
- what the data answers: no night work at a workplace open 06:00 to 22:00
  at most, an inclusion key from the supports it implies;
- the supports a workplace offers, against the ones the seeker needs;
- the penalty on *m* for an essential task not doable where the workplace
  carves, and its reasons;
- confidence as mapping completeness.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from jobmatch.models import Demands, Purpose, Schedule, Support, Task
from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.match import Fact, TaskResult
from jobmatch.scoring.views import SeekerView, WorkplaceView
from jobmatch.scoring.words import Words

SUPPORT_NEED_WEIGHT = 3
EMPLOYMENT_ITEM_WEIGHT = 3
EMPLOYMENT_ITEMS = ("recruitment_need", "career_path")
OFFERED_BY = {
    "mentor": Support.MENTOR,
    "internal_training": Support.ADAPTED_TRAINING,
    "open_to_job_carving": Support.ADAPTED_TASKS,
}
LIMITED = (
    ("physical_load", "max_physical_load"),
    ("customer_contact", "max_customer_contact"),
    ("literacy", "max_literacy"),
    ("lifting_kg", "max_lifting_kg"),
    ("standing_hours", "max_standing_hours"),
    ("food_handling", "food_handling"),
    ("night_work", "night_work"),
)
PREFERRED = ("customer_contact", "pace", "setting")


# --- distance ------------------------------------------------------------------


def travel_limit(seeker: SeekerView, config: ScoringConfig) -> float | None:
    """The seeker's ``max_travel_km``, else the default (0 there: none)."""
    if seeker.max_travel_km is not None:
        return seeker.max_travel_km
    default = config.thresholds.default_travel_km
    return default if default > 0 else None


def too_far(seeker: SeekerView, distance: float, config: ScoringConfig) -> Fact:
    limit = travel_limit(seeker, config)
    source = "seeker" if seeker.max_travel_km is not None else "default"
    return Fact("too_far", {"km": round(distance, 1), "max_km": limit, "limit_source": source})


# --- what the data answers --------------------------------------------------------


def no_night_work(schedule: Schedule | None) -> bool:
    """Open from 06:00 at the earliest to 22:00 at the latest: no night work."""
    if schedule is None or schedule.earliest is None or schedule.latest is None:
        return False
    start = schedule.earliest.hour * 60 + schedule.earliest.minute
    end = schedule.latest.hour * 60 + schedule.latest.minute
    return start >= 6 * 60 and end <= 22 * 60


def demand_known(task: Task, workplace: WorkplaceView, demand: str) -> bool:
    """Whether the data answers a demand of a task (setting and pace: the environment too)."""
    value = getattr(task.demands or Demands(), demand)
    if value is None and demand in ("pace", "setting"):
        value = getattr(workplace.environment, demand)
    if value is None and demand == "night_work" and no_night_work(workplace.schedule):
        return True
    return value is not None


def inclusion_value(workplace: WorkplaceView, key: str) -> bool | None:
    value: bool | None = getattr(workplace.inclusion, key)
    if value is None and key in OFFERED_BY and OFFERED_BY[key] in (workplace.supports or ()):
        return True
    return value


# --- supports ------------------------------------------------------------------------


def offered_supports(workplace: WorkplaceView) -> set[Support]:
    found = set(workplace.supports or ())
    if workplace.inclusion.mentor is True:
        found.add(Support.MENTOR)
    if workplace.inclusion.internal_training is True:
        found.add(Support.ADAPTED_TRAINING)
    if workplace.open_to_job_carving is True:
        found.add(Support.ADAPTED_TASKS)
    return found


def support_state(workplace: WorkplaceView, support: Support) -> float | None:
    """1 offered, 0 known not offered, None unknown."""
    if support in offered_supports(workplace):
        return 1.0
    if workplace.supports is not None:
        return 0.0
    flags = {
        Support.MENTOR: workplace.inclusion.mentor,
        Support.ADAPTED_TRAINING: workplace.inclusion.internal_training,
        Support.ADAPTED_TASKS: workplace.open_to_job_carving,
    }
    return 0.0 if flags.get(support) is False else None


def needed(seeker: SeekerView) -> list[tuple[Support, bool]]:
    """Each support needed once, in code order; shared when any accommodation with it is."""
    out = []
    for support in Support:
        mine = [n for n in seeker.needs if n.support == support]
        if mine:
            out.append((support, any(n.shared for n in mine)))
    return out


def item_weight(seeker: SeekerView, key: str) -> int:
    if seeker.goal.purpose is Purpose.EMPLOYMENT and key in EMPLOYMENT_ITEMS:
        return EMPLOYMENT_ITEM_WEIGHT
    return 1


def support_facts(
    seeker: SeekerView,
    workplace: WorkplaceView,
    neutral: float,
    effect: Callable[[float, float], float],
) -> list[Fact]:
    """Shared needs by name; the private ones summed into one fact each way, unnamed."""
    out: list[Fact] = []
    private: dict[str, float] = {}
    for support, shared in needed(seeker):
        state = support_state(workplace, support)
        if state is None:
            continue
        code = "support_offered" if state == 1.0 else "support_not_offered"
        delta = effect(SUPPORT_NEED_WEIGHT, state - neutral)
        if shared:
            out.append(Fact(code, {"support": support.value}, delta))
        else:
            private[code] = private.get(code, 0.0) + delta
    for code in sorted(private):
        out.append(Fact(code + "_private", {}, private[code]))
    return out


def support_unknowns(seeker: SeekerView, workplace: WorkplaceView) -> list[Fact]:
    out = []
    private = False
    for support, shared in needed(seeker):
        if support_state(workplace, support) is None:
            if shared:
                out.append(Fact("unknown_support", {"support": support.value}))
            else:
                private = True
    if private:
        out.append(Fact("unknown_support_private", {}))
    return out


# --- the essential penalty ---------------------------------------------------------------


def negotiate(workplace: WorkplaceView, results: list[TaskResult]) -> int:
    """How many essential tasks are not doable, at a workplace that carves (else 0)."""
    if workplace.open_to_job_carving is not True:
        return 0
    return sum(r.essential and not r.doable for r in results)


def penalised(mean: float, negotiating: int, config: ScoringConfig) -> float:
    """m less the penalty for each essential task to negotiate, not below 0."""
    if not negotiating:
        return mean
    return max(0.0, mean - config.weights.essential_not_doable * negotiating)


def negotiate_facts(results: list[TaskResult], lost: float) -> list[Fact]:
    blockers = [b for r in results if r.essential and not r.doable for b in r.blockers]
    return [
        Fact(
            "essential_not_doable",
            {**b.values, "rule": b.code, "carving": "yes"},
            -lost / len(blockers),
        )
        for b in blockers
    ]


# --- confidence ----------------------------------------------------------------------------


def visit_value(visited: date | None, as_of: date, config: ScoringConfig) -> float:
    if visited is None:
        return 0.0
    return 1.0 if (as_of - visited).days <= config.thresholds.recent_visit_days else 0.5


def relevant_demands(seeker: SeekerView) -> list[str]:
    """The demands the seeker's limits or preferences bear on."""
    found = [d for d, limit in LIMITED if getattr(seeker.limits, limit) is not None]
    for key in PREFERRED:
        if getattr(seeker.preferences, key) not in (None, "any") and key not in found:
            found.append(key)
    return found


def word_evidence(
    seeker: SeekerView, carved: list[tuple[Task, TaskResult]], words: Words, threshold: float
) -> float:
    """The mean over met interests of how sure the evidence of each one's best carved task
    is (the weakest among tasks equally strong); 1 when none is met."""
    found = []
    for interest in seeker.interests:
        scored = [words.evidence(interest.what, words.task(t.name, t.keywords)) for t, _ in carved]
        best = max((s for s, _ in scored), default=0.0)
        if best >= threshold:
            found.append(min(sure for s, sure in scored if s >= best))
    return sum(found) / len(found) if found else 1.0


def confidence(
    seeker: SeekerView,
    workplace: WorkplaceView,
    carved: list[tuple[Task, TaskResult]],
    distance_known: bool,
    config: ScoringConfig,
    as_of: date,
    words: Words,
) -> float:
    inputs = [visit_value(workplace.visited, as_of, config)]
    demands = relevant_demands(seeker)
    counted = [demand_known(task, workplace, d) for task, _ in carved for d in demands]
    if counted:
        inputs.append(sum(counted) / len(counted))
    if seeker.schedule is not None:
        inputs.append(1.0 if workplace.schedule is not None else 0.5)
    if travel_limit(seeker, config) is not None:
        inputs.append(1.0 if distance_known else 0.0)
    inputs.append(word_evidence(seeker, carved, words, config.thresholds.word_match))
    return sum(inputs) / len(inputs)
