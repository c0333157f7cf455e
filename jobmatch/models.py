"""The two file kinds of ``spec/data-format.md`` version 1, as pydantic models.

The loader hands every scalar over as text; the types here convert it. A
missing optional field stays ``None`` (unknown), never a made-up default,
because the engine treats *unknown* differently from *false* or *zero*.
Lists that may be left out are empty tuples: "none recorded".

Validators never put a value from the file into a message: the files hold
personal data, and messages end up in terminals and logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

SEEKER_SCHEMA = "jobmatch/seeker@1"
WORKPLACE_SCHEMA = "jobmatch/workplace@1"

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_NUMBER_TEXT = r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$"
_INTEGER_TEXT = r"^\s*[-+]?\d+\s*$"
_NUMBER_RE = re.compile(_NUMBER_TEXT)
_INTEGER_RE = re.compile(_INTEGER_TEXT)
_TIME_PATTERN = r"^([01]?\d|2[0-3]):[0-5]\d$"
_TIME_RE = re.compile(_TIME_PATTERN)
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})


class _Model(BaseModel):
    """Strict and immutable: a typo is an error, and a loaded record never changes."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        use_enum_values=False,
        defer_build=True,
    )


# --- ordered levels -------------------------------------------------------


class _Ordered(StrEnum):
    """A choice with an order: the position of the member in its class."""

    @property
    def rank(self) -> int:
        return _RANKS[type(self), self.value]


class Level(_Ordered):
    """Physical load ("fysisk belastning")."""

    NONE = "none"
    LIGHT = "light"
    MODERATE = "moderate"
    HEAVY = "heavy"


class Contact(_Ordered):
    """Customer contact ("kundekontakt"): none, indirect (phone, mail), direct (face to face)."""

    NONE = "none"
    INDIRECT = "indirect"
    DIRECT = "direct"


class Literacy(_Ordered):
    """Reading and writing needed ("lese og skrive")."""

    NONE = "none"
    BASIC = "basic"
    FLUENT = "fluent"


_RANKS: dict[tuple[type, str], int] = {
    (kind, member.value): index
    for kind in (Level, Contact, Literacy)
    for index, member in enumerate(kind)
}


class Setting(StrEnum):
    """Working alone or in a team."""

    ALONE = "alone"
    SMALL_TEAM = "small_team"
    LARGE_TEAM = "large_team"


class Pace(StrEnum):
    """Work pace ("arbeidstempo")."""

    CALM = "calm"
    VARIED = "varied"
    FAST = "fast"


class Noise(StrEnum):
    """Noise level ("støynivå")."""

    QUIET = "quiet"
    MODERATE = "moderate"
    LOUD = "loud"


class Purpose(StrEnum):
    """Purpose of a placement."""

    ASSESSMENT = "assessment"  # utprøving
    TRAINING = "training"  # arbeidstrening
    EMPLOYMENT = "employment"  # ansettelse


class Support(StrEnum):
    """What a seeker may need in order to work, and a workplace may offer (data format 1.1).

    Modelled on the Norwegian labour service's adaptation-need groups:
    working time, physical, the working day, basic skills.
    """

    PART_DAYS = "part_days"
    FIXED_DAYS_OFF = "fixed_days_off"
    FLEXIBLE_HOURS = "flexible_hours"
    GRADUAL_INCREASE = "gradual_increase"
    WORK_POSTURE = "work_posture"
    ERGONOMICS = "ergonomics"
    NO_HEAVY_LIFTING = "no_heavy_lifting"
    HEARING = "hearing"
    SIGHT = "sight"
    UNIVERSAL_DESIGN = "universal_design"
    ADAPTED_TRAINING = "adapted_training"
    ADAPTED_TASKS = "adapted_tasks"
    MENTOR = "mentor"
    CLOSE_FOLLOW_UP = "close_follow_up"
    QUIET_ENVIRONMENT = "quiet_environment"
    NORWEGIAN_SPEAKING = "norwegian_speaking"
    NORWEGIAN_WRITING = "norwegian_writing"
    NORWEGIAN_READING = "norwegian_reading"
    NUMERACY = "numeracy"


class Day(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


class Status(StrEnum):
    ACTIVE = "active"
    PLACED = "placed"
    PAUSED = "paused"


# --- scalar types: text in, typed value out ---------------------------------


def _flag(value: object) -> object:
    """Accept YAML 1.2 booleans only, so `no` never silently means false."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
    raise ValueError("write true or false")


def _clock(value: object) -> object:
    """``"08:00"`` or ``8:00`` (which YAML 1.1 would read as 480) to a time."""
    if isinstance(value, time):
        return value
    if isinstance(value, str) and _TIME_RE.match(value.strip()):
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    raise ValueError('write a time of day as "HH:MM", e.g. "08:30"')


def _language(value: object) -> object:
    """``no`` is the ISO code for Norwegian; jobmatch writes bokmål."""
    if isinstance(value, str) and value.strip().lower() in {"no", "nb", "nob"}:
        return "nb"
    if isinstance(value, str) and value.strip().lower() in {"en", "eng"}:
        return "en"
    raise ValueError("write nb (Norwegian bokmål) or en (English)")


def _riasec(value: str) -> str:
    code = value.upper()
    if not re.fullmatch(r"[RIASEC]{1,3}", code) or len(set(code)) != len(code):
        raise ValueError("write 1 to 3 different letters of RIASEC, most dominant first, e.g. RC")
    return code


def _as_text(value: object) -> object:
    """Numbers typed by a YAML 1.2 reader (a postcode, a phone) are text here."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _any_case(word: str) -> str:
    """A regular expression matching ``word`` in any case (JSON Schema has no case flag)."""
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


# What the validators above accept, for the schema: _language strips and ignores case,
# _lower makes days lower-case.
_LANGUAGE_TEXT = (
    r"^\s*(" + "|".join(_any_case(w) for w in ("nob", "no", "nb", "eng", "en")) + r")\s*$"
)
_DAY_TEXT = "^(" + "|".join(_any_case(d.value) for d in Day) + ")$"


def _text_schema(min_length: int = 0, max_length: int = 0) -> WithJsonSchema:
    """Free text. A YAML 1.2 reader types ``name: 123`` or ``what: true``; jobmatch keeps text."""
    limits = {"minLength": min_length} if min_length else {}
    if max_length:
        limits["maxLength"] = max_length
    return WithJsonSchema(
        {"anyOf": [{"type": "string", **limits}, {"type": ["number", "boolean"]}]}
    )


def _numeric_text(value: object) -> object:
    """Number text as YAML 1.2 (and so the schema) reads it: no ``1_000``, no ``inf``."""
    if isinstance(value, str) and not _NUMBER_RE.match(value):
        raise ValueError("must be a number, e.g. 12 or 7.5")
    return value


def _whole_text(value: object) -> object:
    if isinstance(value, str) and not _INTEGER_RE.match(value):
        raise ValueError("must be a whole number, e.g. 2")
    return value


_NUMERIC = BeforeValidator(_numeric_text)
_WHOLE = BeforeValidator(_whole_text)


def _number_schema(integer: bool = False, **limits: float) -> WithJsonSchema:
    """Numbers may be written unquoted or quoted: both are accepted."""
    typed: dict[str, Any] = {"type": "integer" if integer else "number", **limits}
    text = {"type": "string", "pattern": _INTEGER_TEXT if integer else _NUMBER_TEXT}
    return WithJsonSchema({"anyOf": [typed, text]})


Flag = Annotated[
    bool,
    BeforeValidator(_flag),
    WithJsonSchema({"anyOf": [{"type": "boolean"}, {"enum": sorted(_TRUE | _FALSE)}]}),
]
Clock = Annotated[
    time,
    BeforeValidator(_clock),
    WithJsonSchema({"type": "string", "pattern": _TIME_PATTERN}),
]
Language = Annotated[
    Literal["nb", "en"],
    BeforeValidator(_language),
    WithJsonSchema(
        {"anyOf": [{"enum": ["nb", "en"]}, {"type": "string", "pattern": _LANGUAGE_TEXT}]}
    ),
]
Slug = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=64),
    # ``id: 123`` is an integer to a YAML 1.2 reader and a valid id as text here.
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": ID_PATTERN, "maxLength": 64},
                {"type": "integer", "minimum": 0},
            ]
        }
    ),
]
Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    _text_schema(min_length=1, max_length=2000),
]
LongText = Annotated[str, StringConstraints(max_length=20000), _text_schema(max_length=20000)]
Phone = Annotated[
    str,
    BeforeValidator(_as_text),
    StringConstraints(max_length=40),
    WithJsonSchema({"type": ["string", "integer"]}),
]
Postcode = Annotated[
    str,
    BeforeValidator(_as_text),
    StringConstraints(pattern=r"^\d{4}$"),
    WithJsonSchema({"anyOf": [{"type": "string", "pattern": r"^\d{4}$"}, {"type": "integer"}]}),
]
Riasec = Annotated[
    str,
    AfterValidator(_riasec),
    WithJsonSchema({"type": "string", "pattern": r"^[RIASECriasec]{1,3}$"}),
]
Weight = Annotated[
    int, _WHOLE, Field(ge=1, le=3), _number_schema(integer=True, minimum=1, maximum=3)
]
Kilograms = Annotated[
    float, _NUMERIC, Field(ge=0, le=1000), _number_schema(minimum=0, maximum=1000)
]
HoursPerDay = Annotated[float, _NUMERIC, Field(ge=0, le=24), _number_schema(minimum=0, maximum=24)]
HoursPerWeek = Annotated[
    float, _NUMERIC, Field(ge=0, le=168), _number_schema(minimum=0, maximum=168)
]
Count = Annotated[int, _WHOLE, Field(ge=0, le=100000), _number_schema(integer=True, minimum=0)]
Latitude = Annotated[float, _NUMERIC, Field(ge=-90, le=90), _number_schema(minimum=-90, maximum=90)]
Longitude = Annotated[
    float, _NUMERIC, Field(ge=-180, le=180), _number_schema(minimum=-180, maximum=180)
]
Kilometres = Annotated[float, _NUMERIC, Field(ge=0, le=40000), _number_schema(minimum=0)]
Day_ = Annotated[
    Day,
    BeforeValidator(_lower),
    WithJsonSchema(
        {"anyOf": [{"enum": [d.value for d in Day]}, {"type": "string", "pattern": _DAY_TEXT}]}
    ),
]
Date = Annotated[date, WithJsonSchema({"type": "string", "format": "date"})]
TextList = tuple[Text, ...]


# --- parts shared by both kinds ---------------------------------------------


class Schedule(_Model):
    """When work can happen: days and a daily window (no overnight spans in version 1)."""

    days: tuple[Day_, ...] | None = Field(
        None, description="Days of the week (mon..sun). Omitted: unknown."
    )
    earliest: Clock | None = Field(None, description='Earliest start of day, "HH:MM".')
    latest: Clock | None = Field(None, description='Latest end of day, "HH:MM", after earliest.')

    @model_validator(mode="after")
    def _window_forward(self) -> Schedule:
        if self.earliest and self.latest and self.latest <= self.earliest:
            raise ValueError("latest must be after earliest (no overnight spans in version 1)")
        return self


class Confidential(_Model):
    """The adviser's eyes only ("taushetsbelagt"): never scored, never in any other output."""

    notes: LongText | None = Field(None, description="Free text for the adviser only.")


# --- the job seeker -----------------------------------------------------------


class Adviser(_Model):
    """The fixed contact person in the support service ("fast kontaktperson", "veileder")."""

    name: Text = Field(description="Adviser's name.")
    phone: Phone | None = Field(None, description="Phone number, as text.")
    email: Text | None = Field(None, description="E-mail address.")


class Goal(_Model):
    """What the seeker is aiming for now ("mål")."""

    purpose: Purpose = Field(
        description="assessment (utprøving), training (arbeidstrening) or employment (ansettelse)."
    )
    hours_per_week: HoursPerWeek | None = Field(
        None, description="Hours a week wanted now. Omitted: up to the workplace's maximum."
    )
    earliest_start: Date | None = Field(None, description="Earliest start date.")
    career_goal: Text | None = Field(None, description="Longer-term goal, in own words.")
    enrolled: Date | None = Field(
        None, description="The day support started (for the follow-up log's first-contact rule)."
    )


class Interest(_Model):
    """Something the seeker wants to do, in their own words ("interesse")."""

    what: Text = Field(description="The interest in the seeker's own words.")
    weight: Weight | None = Field(None, description="1 to 3, 3 matters most. Omitted: 2.")


class Limits(_Model):
    """HARD limits ("begrensninger"): a task beyond any of them is not doable. Omitted: no limit."""

    max_physical_load: Level | None = Field(None, description="none, light, moderate or heavy.")
    max_lifting_kg: Kilograms | None = Field(None, description="Heaviest lift, in kg.")
    max_standing_hours: HoursPerDay | None = Field(None, description="Hours standing per day.")
    max_customer_contact: Contact | None = Field(None, description="none, indirect or direct.")
    max_literacy: Literacy | None = Field(None, description="none, basic or fluent.")
    food_handling: Flag | None = Field(None, description="false: cannot handle food.")
    night_work: Flag | None = Field(None, description="false: no work after 22:00 or before 06:00.")


class Preferences(_Model):
    """SOFT preferences ("ønsker"): they move the score, never exclude. Omitted: no preference."""

    customer_contact: Contact | None = Field(None, description="Preferred customer contact.")
    setting: Literal["alone", "small_team", "large_team", "any"] | None = Field(
        None, description="alone, small_team, large_team or any."
    )
    pace: Literal["calm", "varied", "fast", "any"] | None = Field(
        None, description="calm, varied, fast or any."
    )
    noise: Literal["quiet", "moderate", "loud", "any"] | None = Field(
        None, description="quiet, moderate, loud or any."
    )
    indoor: Flag | None = Field(None, description="true: indoors; false: outdoors.")


class SeekerLocation(_Model):
    """Where the seeker lives and how far they can travel."""

    municipality: Text | None = Field(None, description="Municipality ('kommune'), as text.")
    postcode: Postcode | None = Field(None, description="Four-digit postcode, kept as text.")
    lat: Latitude | None = Field(None, description="Latitude, WGS84.")
    lon: Longitude | None = Field(None, description="Longitude, WGS84.")
    max_travel_km: Kilometres | None = Field(
        None,
        description="Farthest straight-line distance to work, km; 0: the same place only. "
        "Omitted: the default limit (jobmatch config: thresholds.default_travel_km).",
    )


class Accommodation(_Model):
    """A work-related need ("tilrettelegging") and the seeker's consent to share it."""

    need: Text = Field(description="The need, phrased as a work need, never a diagnosis.")
    share_with_employer: Flag | None = Field(
        None, description="true: the seeker agreed to tell the employer. Omitted: not shared."
    )
    category: Support | None = Field(
        None, description="Which kind of support the need is (data format 1.1 codes)."
    )

    @property
    def shared(self) -> bool:
        """Nothing is shared without explicit consent."""
        return self.share_with_employer is True


class Seeker(_Model):
    """A job seeker's interest mapping ("interessekartlegging"), ``profiles/<id>.yaml``."""

    schema_: Literal["jobmatch/seeker@1"] = Field(
        alias="schema", description="File kind and version: jobmatch/seeker@1."
    )
    id: Slug = Field(description="Lower-case slug, equal to the file name's stem.")
    name: Text = Field(description="Name as the person wants to be named in briefs.")
    language: Language | None = Field(
        None, description="Language of briefs for the seeker: nb or en (no = nb)."
    )
    adviser: Adviser | None = Field(None, description="The fixed contact person (veileder).")
    goal: Goal = Field(description="Purpose and hours wanted now.")
    status: Status | None = Field(None, description="active, placed or paused. Omitted: active.")
    why: Text | None = Field(None, description="Own words: why this kind of work.")
    interests: tuple[Interest, ...] = Field(
        min_length=1, description="What the person wants to do, in own words."
    )
    avoid: TextList = Field((), description="Tasks the person does not want (soft).")
    riasec: Riasec | None = Field(None, description="Holland code, 1 to 3 letters of RIASEC.")
    strengths: TextList = Field((), description="Strengths, in own words.")
    skills: TextList = Field((), description="Skills and certificates, e.g. truckførerbevis T1.")
    limits: Limits | None = Field(None, description="Hard limits (begrensninger).")
    preferences: Preferences | None = Field(None, description="Soft preferences (ønsker).")
    schedule: Schedule | None = Field(None, description="When the person can work.")
    location: SeekerLocation | None = Field(None, description="Where the person lives.")
    accommodations: tuple[Accommodation, ...] = Field(
        (), description="Accommodations (tilrettelegging), each with consent to share."
    )
    confidential: Confidential | None = Field(
        None, description="Adviser's eyes only; never scored, never in other output."
    )

    model_config = ConfigDict(populate_by_name=True)

    @property
    def active(self) -> bool:
        return self.status in (None, Status.ACTIVE)


# --- the workplace -------------------------------------------------------------


class WorkplaceLocation(_Model):
    """Where the workplace is."""

    municipality: Text | None = Field(None, description="Municipality ('kommune'), as text.")
    address: Text | None = Field(None, description="Street address.")
    postcode: Postcode | None = Field(None, description="Four-digit postcode, kept as text.")
    lat: Latitude | None = Field(None, description="Latitude, WGS84.")
    lon: Longitude | None = Field(None, description="Longitude, WGS84.")


class EmployerContact(_Model):
    """The employer's contact person ("kontaktperson hos arbeidsgiver")."""

    name: Text | None = Field(None, description="Name.")
    role: Text | None = Field(None, description="Role, e.g. lagersjef.")
    phone: Phone | None = Field(None, description="Phone number, as text.")
    email: Text | None = Field(None, description="E-mail address.")


class HoursRange(_Model):
    """Hours a week the workplace can offer."""

    min: HoursPerWeek | None = Field(None, description="Fewest hours a week.")
    max: HoursPerWeek | None = Field(None, description="Most hours a week.")

    @model_validator(mode="after")
    def _ordered(self) -> HoursRange:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min must not be above max")
        return self


class Conditions(_Model):
    """Pay and hours ("betingelser")."""

    wage: Text | None = Field(None, description="Wage, as text (tariff, lønnstilskudd, ...).")
    hours_per_week: HoursRange | None = Field(None, description="Hours a week: min and max.")


class Environment(_Model):
    """The work environment ("arbeidsmiljø")."""

    setting: Setting | None = Field(None, description="alone, small_team or large_team.")
    pace: Pace | None = Field(None, description="calm, varied or fast.")
    noise: Noise | None = Field(None, description="quiet, moderate or loud.")
    indoor: Flag | None = Field(None, description="true: indoors; false: outdoors.")


class Inclusion(_Model):
    """Readiness to include ("inkluderingskompetanse"). Omitted keys are unknown."""

    intro_routine: Flag | None = Field(None, description="An introduction routine (opplæring).")
    internal_training: Flag | None = Field(None, description="Internal training in the tasks.")
    mentor: Flag | None = Field(None, description="A mentor or buddy (fadder) can be appointed.")
    inclusive_leadership: Flag | None = Field(None, description="Inclusive leadership.")
    career_path: Flag | None = Field(None, description="A path to a job or further work.")
    ia_agreement: Flag | None = Field(None, description="IA agreement (inkluderende arbeidsliv).")
    prior_placements: Count | None = Field(
        None, description="Earlier placements through support services."
    )


class Demands(_Model):
    """What a task demands. An omitted demand is unknown: doable, but lowers confidence."""

    physical_load: Level | None = Field(None, description="none, light, moderate or heavy.")
    lifting_kg: Kilograms | None = Field(None, description="Heaviest lift, kg.")
    standing_hours: HoursPerDay | None = Field(None, description="Hours standing per day.")
    customer_contact: Contact | None = Field(None, description="none, indirect or direct.")
    literacy: Literacy | None = Field(None, description="none, basic or fluent.")
    food_handling: Flag | None = Field(None, description="true: handles food.")
    night_work: Flag | None = Field(None, description="true: work after 22:00 or before 06:00.")
    pace: Pace | None = Field(None, description="calm, varied or fast.")
    setting: Setting | None = Field(None, description="alone, small_team or large_team.")


class Task(_Model):
    """One task of the workplace's task map ("arbeidsoppgave")."""

    id: Slug = Field(description="Slug, unique within the workplace.")
    name: Text = Field(description="What the task is, in words.")
    keywords: TextList = Field((), description="Other words for the task.")
    hours_per_week: HoursPerWeek | None = Field(
        None, description="How much of this work there is, hours a week."
    )
    essential: Flag | None = Field(
        None, description="true: whoever takes the placement must do some of it. Omitted: false."
    )
    riasec: Riasec | None = Field(None, description="Holland code of the task.")
    demands: Demands | None = Field(None, description="What the task demands.")
    requires: TextList = Field((), description="Skills without which the task is not doable.")

    @property
    def is_essential(self) -> bool:
        return self.essential is True


class Workplace(_Model):
    """A workplace and its task map ("arbeidsplasskartlegging"), ``workplaces/<id>.yaml``."""

    schema_: Literal["jobmatch/workplace@1"] = Field(
        alias="schema", description="File kind and version: jobmatch/workplace@1."
    )
    id: Slug = Field(description="Lower-case slug, equal to the file name's stem.")
    name: Text = Field(description="The workplace's name.")
    industry: Text | None = Field(None, description="Industry (bransje).")
    description: Text | None = Field(None, description="Short description.")
    location: WorkplaceLocation | None = Field(None, description="Where it is.")
    contact: EmployerContact | None = Field(None, description="The employer's contact person.")
    visited: Date | None = Field(
        None, description="When the adviser last visited and mapped it. Omitted: never."
    )
    capacity: Count | None = Field(None, description="Placements open now (0 = none).")
    offers: tuple[Purpose, ...] | None = Field(
        None, description="Purposes it can take on. Omitted: every purpose (unknown)."
    )
    recruitment_need: Flag | None = Field(None, description="A real need for labour.")
    open_to_job_carving: Flag | None = Field(
        None, description="Will put a job together from suitable tasks (jobbsnekring)."
    )
    expectations: TextList = Field((), description="What the employer expects.")
    conditions: Conditions | None = Field(None, description="Wage and hours.")
    environment: Environment | None = Field(None, description="The work environment.")
    inclusion: Inclusion | None = Field(None, description="Readiness to include.")
    supports: tuple[Support, ...] | None = Field(
        None,
        description="Supports the workplace can offer (data format 1.1 codes). Omitted: unknown.",
    )
    language: Language | None = Field(
        None, description="nb or en (no = nb): default language of the employer's brief."
    )
    schedule: Schedule | None = Field(None, description="When work happens.")
    tasks: tuple[Task, ...] = Field(min_length=1, description="The task map.")
    confidential: Confidential | None = Field(
        None, description="Adviser's eyes only; never in other output."
    )

    model_config = ConfigDict(populate_by_name=True)

    @property
    def carves(self) -> bool:
        return self.open_to_job_carving is True

    def support_flags(self) -> dict[Support, bool | None]:
        """The value of each flag that offers a support code (``SUPPORT_FLAGS``), None if unknown."""
        return {code: _field_at(self, path) for code, path in SUPPORT_FLAGS.items()}

    @property
    def offered_supports(self) -> OfferedSupports:
        """What the workplace offers: its ``supports`` and what its flags offer (data format 1.1).

        ``inclusion.mentor``, ``inclusion.internal_training`` and
        ``open_to_job_carving`` set to true offer ``mentor``,
        ``adapted_training`` and ``adapted_tasks`` whether or not ``supports``
        lists them, so a seeker's need is compared with one set, never with
        the list and the flags separately. A missing ``supports`` with no
        flag given is unknown, not "offers nothing": unknowns lower
        confidence, never the score.
        """
        flags = self.support_flags()
        listed = frozenset(self.supports or ())
        from_flags = frozenset(code for code, value in flags.items() if value is True)
        given = frozenset(code for code, value in flags.items() if value is not None)
        return OfferedSupports(
            codes=listed | from_flags,
            listed=self.supports is not None,
            flags_given=given,
        )


SUPPORT_FLAGS: dict[Support, tuple[str, ...]] = {
    Support.MENTOR: ("inclusion", "mentor"),
    Support.ADAPTED_TRAINING: ("inclusion", "internal_training"),
    Support.ADAPTED_TASKS: ("open_to_job_carving",),
}
"""The workplace fields whose ``true`` offers a support code (data-format.md 1.1), as paths."""


def _field_at(record: BaseModel, path: tuple[str, ...]) -> bool | None:
    value: Any = record
    for name in path:
        value = getattr(value, name, None) if value is not None else None
    return value if isinstance(value, bool) else None


@dataclass(frozen=True)
class OfferedSupports:
    """The supports a workplace offers, and how much of that is known.

    ``codes`` is ``supports`` with the codes its flags offer added. ``listed``
    says the workplace map has a ``supports`` list (so a code not in ``codes``
    is known not to be offered); ``flags_given`` holds the flag-linked codes
    whose flag is given as true or false, which are known either way.
    """

    codes: frozenset[Support]
    listed: bool
    flags_given: frozenset[Support]

    @property
    def known(self) -> bool:
        """Whether anything at all is known: a ``supports`` list or one of the flags."""
        return self.listed or bool(self.flags_given)

    def offers(self, code: Support) -> bool | None:
        """True or False when the map says whether ``code`` is offered; None when it is unknown."""
        if code in self.codes:
            return True
        if self.listed or code in self.flags_given:
            return False
        return None


Record = Seeker | Workplace
