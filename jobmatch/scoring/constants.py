"""The fixed numbers and names of scoring: the only copy.

Scales, the demands a seeker can limit and the limit that bears on each,
neutral values and distances. Criteria, tables and the brief import them
from here; what a user may change lives in :mod:`jobmatch.scoring.config`.
"""

from __future__ import annotations

from typing import Final

from jobmatch.models import Demands, Noise, Pace, Setting

#: Demands compared by their rank on an ordered scale, and the limit on each.
ORDERED_LIMITS: Final = (
    ("physical_load", "max_physical_load"),
    ("customer_contact", "max_customer_contact"),
    ("literacy", "max_literacy"),
)
#: Demands compared as numbers, and the limit on each.
NUMERIC_LIMITS: Final = (
    ("lifting_kg", "max_lifting_kg"),
    ("standing_hours", "max_standing_hours"),
)
#: Yes/no demands: a task that needs it is beyond a seeker whose flag is false.
FLAG_LIMITS: Final = (
    ("food_handling", "food_handling"),
    ("night_work", "night_work"),
)
#: Every (demand, limit) pair, in the order blockers are checked and reported.
LIMIT_PAIRS: Final = ORDERED_LIMITS + NUMERIC_LIMITS + FLAG_LIMITS
#: The same pairs in the order of the data format (the fields of ``Demands``).
DEMAND_LIMITS: Final = tuple(
    pair for field in Demands.model_fields for pair in LIMIT_PAIRS if pair[0] == field
)

#: Three-step scales of the preferences, lowest first, as the data format orders them.
SCALES: Final[dict[str, tuple[str, ...]]] = {
    "setting": tuple(level.value for level in Setting),
    "pace": tuple(level.value for level in Pace),
    "noise": tuple(level.value for level in Noise),
}
#: A seeker's preferences, in the order the preferences criterion reads them.
PREFERENCE_KEYS: Final = ("customer_contact", "setting", "pace", "noise", "indoor")
#: The preferences a task's own demands answer (setting and pace: else the workplace's).
TASK_PREFERENCE_KEYS: Final = ("customer_contact", "setting", "pace")
#: The preferences only the workplace's environment answers.
ENVIRONMENT_PREFERENCE_KEYS: Final = ("noise", "indoor")
#: A preference met at least this well is "met" in a reason.
PREFERENCE_MET_AT: Final = 0.75
#: A scale preference loses this much per step away; customer contact per step over.
STEP_PENALTY: Final = 0.5
#: A preference with this value states nothing.
ANY: Final = "any"

#: The weight of an interest that states none.
DEFAULT_INTEREST_WEIGHT: Final = 2
#: The largest interest weight: a task's fit is strength x weight / this.
MAX_INTEREST_WEIGHT: Final = 3

#: The workplace's inclusion keys read as yes/no, in the order of the readiness items.
INCLUSION_FLAGS: Final = (
    "intro_routine",
    "internal_training",
    "mentor",
    "inclusive_leadership",
    "career_path",
    "ia_agreement",
)
#: Prior placements: this much for none, and this much more for each, up to 1.
PLACEMENTS_BASE: Final = 0.25
PLACEMENTS_STEP: Final = 0.25
#: A recent visit, an out-of-date one; a workplace never visited counts 0.
VISIT_RECENT: Final = 1.0
VISIT_OUT_OF_DATE: Final = 0.5

#: In ``readiness``: a support the seeker needs weighs this many inclusion items.
SUPPORT_NEED_WEIGHT: Final = 3
#: In ``readiness``, for a seeker whose purpose is employment: a need for labour and a
#: career path weigh this many inclusion items each (1 for other purposes).
EMPLOYMENT_ITEM_WEIGHT: Final = 3
#: The items that weigh more when the purpose is employment.
EMPLOYMENT_ITEMS: Final = ("recruitment_need", "career_path")

#: Confidence, word evidence of a met interest: the task's own words or concept, a
#: keyword, a corrected typo.
WORD_EVIDENCE: Final = {"own": 1.0, "keyword": 0.7, "typo": 0.5}
#: Confidence, schedule: both sides have one, one side has.
SCHEDULE_BOTH: Final = 1.0
SCHEDULE_ONE_SIDE: Final = 0.5

#: Night work is work after this minute of the day or before that one (22:00, 06:00).
NIGHT_STARTS_MINUTE: Final = 22 * 60
NIGHT_ENDS_MINUTE: Final = 6 * 60

#: Mean Earth radius (IUGG), for straight-line distances.
EARTH_RADIUS_KM: Final = 6371.0088
#: Distance fit when the distance is unknown but both are in the same municipality.
SAME_MUNICIPALITY: Final = 0.9
#: Whole hours and distances this close to a bound count as on it.
HOURS_EPSILON: Final = 1e-9

#: Reasons shown for and against, each.
MAX_REASONS: Final = 3
#: The reason that no interest meets a carved task: the gate of the score, the strongest reason.
GATE_FACT: Final = "no_interest_met"
#: Facts shown in ``explain`` but never as a reason: a bare index means little to a person.
BACKGROUND_FACTS: Final = frozenset({"riasec_congruence"})
