"""What every part of the builder needs: audience, language and the two dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from jobmatch import i18n
from jobmatch.brief.model import Audience
from jobmatch.i18n.formatting import clock

_LABELS = {"why": "own_words", "hours": "hours_week"}
"""Rows whose label has a more telling key than the row's name."""


@dataclass(frozen=True, slots=True)
class Ctx:
    """The audience and language a brief is written for, the dates it is measured from, and
    the meeting's time and place when the adviser gave them."""

    audience: Audience
    lang: str
    as_of: date
    meeting_date: date | None
    meeting_time: time | None = None
    meeting_place: str | None = None

    def t(self, key: str, **values: object) -> str:
        """Catalog text in the brief's language, the audience's own wording first.

        The audience's wording is the key with the audience after it
        (``brief.heading.why.employer``); without one, the common wording.
        """
        own = f"{key}.{self.audience.value}"
        return i18n.message(self.lang, own if i18n.has(self.lang, own) else key, **values)

    def label(self, name: str) -> str:
        """The label of a row: ``label.<name>``, the audience's own wording first."""
        return self.t(f"label.{_LABELS.get(name, name)}")

    def hours(self, value: float, unit: str = "unit.hours_week") -> str:
        """A count of hours with its noun: ``1 time i uka``, ``2,5 timer i uka``."""
        return i18n.plural(self.lang, unit, value)

    def date(self, day: date) -> str:
        return i18n.long_date(day, self.lang)

    def clock(self, value: time) -> str:
        """``09:30``: the 24-hour clock reads the same in both languages."""
        return clock(value)

    def number(self, value: float, decimals: int = 2) -> str:
        return i18n.number(value, self.lang, decimals)

    @property
    def adviser(self) -> bool:
        return self.audience is Audience.ADVISER
