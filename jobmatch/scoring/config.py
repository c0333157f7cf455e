"""Scoring configuration: weights and thresholds, each with a documented default.

An optional ``jobmatch.toml`` in the data folder overrides any key::

    [weights]
    interest = 0.45

    [thresholds]
    word_match = 0.6

and ``lang = "nb"`` at the top sets the language of text for this data folder
(after ``--lang`` and ``JOBMATCH_LANG``, before the locale).

``jobmatch config`` prints the effective values and what each one means.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from jobmatch.errors import FileAccessError, InvalidDataError, Problem
from jobmatch.i18n.languages import UnknownLanguageError, resolve
from jobmatch.layout import CONFIG_FILE


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Weights(_Section):
    """How much each component counts in the score (and in confidence)."""

    interest: float = Field(
        0.45,
        ge=0,
        le=100,
        description="The seeker's interests met by the carved tasks, minus avoided work.",
    )
    preferences: float = Field(
        0.15,
        ge=0,
        le=100,
        description="Soft preferences met: customer contact, setting, pace, noise, indoor.",
    )
    readiness: float = Field(
        0.2,
        ge=0,
        le=100,
        description="The workplace's readiness to include, need for labour, a recent visit.",
    )
    practical: float = Field(
        0.2,
        ge=0,
        le=100,
        description="Hours offered against hours wanted, schedule overlap, distance.",
    )
    essential_not_doable: float = Field(
        0.1,
        ge=0,
        le=1,
        description="Taken off the weighted mean of the components for each essential task not doable at a workplace that carves (never raises a score).",
    )

    @model_validator(mode="after")
    def _some_weight(self) -> Weights:
        if self.interest + self.preferences + self.readiness + self.practical <= 0:
            raise ValueError("at least one weight must be above 0")
        return self


class Thresholds(_Section):
    """Where a number turns into a yes or a no, and the values used for the unknown."""

    word_match: float = Field(
        0.6,
        ge=0,
        le=1,
        description="Word similarity (0-1) at or above which an interest meets a task (reasons, the gate, carving) and a task is avoided work; weaker similarities still count in `interest`.",
    )
    coverage_share: float = Field(
        0.7,
        ge=0,
        le=1,
        description="Share of `interest` for the seeker's weighted interests the job covers (each by its best strength); the rest for the carved hours: in full on a task an interest meets, else by their best partial strength.",
    )
    avoid_penalty: float = Field(
        0.6,
        ge=0,
        le=1,
        description="How much of `interest` is lost when all carved hours are avoided work.",
    )
    riasec_share: float = Field(
        0.2,
        ge=0,
        le=1,
        description="Share of `interest` given to RIASEC congruence where both sides have codes.",
    )
    neutral: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Value of an unknown input (a blank never beats a mapped true).",
    )
    no_interest_ceiling: float = Field(
        40.0,
        ge=0,
        le=100,
        description="Score ceiling where no interest meets a carved task: the score is this times the weighted mean of the components; where one does, this plus the rest times that mean.",
    )
    essential_min_hours: int = Field(
        2,
        ge=0,
        le=40,
        description="Hours a carved job gives each doable essential task before the rest.",
    )
    default_hours: float = Field(
        37.5,
        gt=0,
        description="Hours a week wanted when neither the seeker nor the workplace says.",
    )
    recent_visit_days: int = Field(
        365,
        ge=0,
        le=3650,
        description="A visit older than this many days (from --as-of) is out of date.",
    )
    default_travel_km: float = Field(
        50.0,
        ge=0,
        le=40000,
        description="Farthest distance when the seeker gives no max_travel_km (0: no default limit).",
    )


class Followup(_Section):
    """The follow-up plan and what ``jobmatch due`` and ``report`` count (``spec/followup.md``)."""

    weekly_count: int = Field(
        4, ge=0, le=52, description="Weekly follow-ups after the start: at start + 7, 14, ... days."
    )
    weekly_interval_days: int = Field(
        7, ge=1, le=60, description="Days between the weekly follow-ups."
    )
    weekly_window_days: int = Field(
        7,
        ge=1,
        le=60,
        description="A weekly follow-up is met by a follow-up contact in this many days up to and including its date.",
    )
    monthly_from: int = Field(
        2, ge=1, le=120, description="First monthly follow-up, in calendar months after the start."
    )
    monthly_to: int = Field(
        12, ge=0, le=120, description="Last monthly follow-up, in calendar months after the start."
    )
    grace_days: int = Field(
        2,
        ge=0,
        le=60,
        description="A weekly or monthly follow-up is overdue when more than this many days past its date.",
    )
    agreed_grace_days: int = Field(
        0,
        ge=0,
        le=60,
        description="An agreed date (a contact's --next) is overdue when more than this many days past it.",
    )
    outcome_days: int = Field(
        90,
        ge=1,
        le=3650,
        description="The first outcome checkpoint (90d), in days after the start.",
    )
    outcome_months: tuple[int, int] = Field(
        (6, 12),
        description="The 6m and 12m outcome checkpoints, in calendar months after the start.",
    )
    outcome_grace_days: int = Field(
        14,
        ge=0,
        le=365,
        description="An outcome not recorded is overdue from this many days after its checkpoint.",
    )
    employer_contact_days: int = Field(
        30,
        ge=0,
        le=3650,
        description="An enrolled seeker without a placement needs an employer contact within this many days of enrolment.",
    )
    visit_months: int = Field(
        12,
        ge=0,
        le=120,
        description="A workplace with an active placement needs a visit at least this often, in calendar months.",
    )
    visit_days: int | None = Field(
        None,
        ge=0,
        le=3650,
        description="When set, the visit interval in days, in place of visit_months.",
    )
    due_days: int = Field(
        14, ge=0, le=3650, description="`jobmatch due` lists what falls due within this many days."
    )
    caseload_days: int = Field(
        90,
        ge=1,
        le=3650,
        description="A seeker with a contact in this many days counts in the caseload.",
    )
    caseload_warning: int = Field(
        20, ge=1, le=10000, description="A caseload above this is warned about in `report`."
    )


class ScoringConfig(_Section):
    """Every knob of the engine. The defaults are the documented behaviour."""

    weights: Weights = Field(default_factory=Weights, description="Component weights.")
    thresholds: Thresholds = Field(default_factory=Thresholds, description="Thresholds.")
    followup: Followup = Field(
        default_factory=Followup, description="The follow-up plan (not part of a score)."
    )
    db: str | None = Field(
        None,
        description="The follow-up log's database URL (after --db and JOBMATCH_DB); unset: jobmatch.db in the data folder.",
    )
    audit: bool = Field(
        False, description="Also write an audit event for each rank, brief and batch run."
    )
    lang: str | None = Field(
        None,
        description="Language of text (nb or en) after --lang and JOBMATCH_LANG; unset: the locale.",
    )

    @field_validator("lang")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        try:
            return None if value is None else resolve(value, "lang")
        except UnknownLanguageError:
            raise ValueError(
                "unknown language; use nb (Norwegian bokmål) or en (English)"
            ) from None


SCORING_SECTIONS = ("weights", "thresholds")
"""The keys that can change a score: the configuration hash a placement records covers these."""


def scoring_hash(config: ScoringConfig) -> str:
    """SHA-256 of the scoring sections (weights and thresholds) as canonical JSON."""
    import hashlib
    import json

    body = config.model_dump(mode="json", include=set(SCORING_SECTIONS))
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def load_config(data_dir: Path | None) -> ScoringConfig:
    """The defaults, overridden by ``jobmatch.toml`` in the data folder when there is one."""
    if data_dir is None or not (data_dir / CONFIG_FILE).is_file():
        return ScoringConfig()
    path = data_dir / CONFIG_FILE
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FileAccessError(path, f"cannot read: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        problem = Problem(str(path), message="not valid TOML; check quoting and [sections]")
        raise InvalidDataError([problem]) from None
    try:
        return ScoringConfig.model_validate(raw)
    except ValidationError as exc:
        problems = [
            Problem(str(path), field=".".join(map(str, e["loc"])), message=_config_message(e))
            for e in exc.errors(include_url=False, include_input=False)
        ]
        raise InvalidDataError(problems) from None


def _config_message(error: Any) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown key; see `jobmatch config` for the keys"
    return str(error["msg"]).removeprefix("Value error, ")


def describe(config: ScoringConfig) -> list[tuple[str, Any, Any, str]]:
    """Every key as (dotted key, value, default, meaning), for ``jobmatch config``."""
    defaults = ScoringConfig()
    rows: list[tuple[str, Any, Any, str]] = []
    for section_name in ScoringConfig.model_fields:
        section = getattr(config, section_name)
        default_section = getattr(defaults, section_name)
        if not isinstance(section, BaseModel):  # a top-level key (lang)
            info = ScoringConfig.model_fields[section_name]
            rows.append((section_name, section, default_section, info.description or ""))
            continue
        for key, info in type(section).model_fields.items():
            rows.append(
                (
                    f"{section_name}.{key}",
                    getattr(section, key),
                    getattr(default_section, key),
                    info.description or "",
                )
            )
    return rows
