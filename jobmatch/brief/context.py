"""What every part of the builder needs: audience, language and the two dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jobmatch.brief.catalog import format_date, format_number, text
from jobmatch.brief.model import Audience


@dataclass(frozen=True, slots=True)
class Ctx:
    """The audience and language a brief is written for, and the dates it is measured from."""

    audience: Audience
    lang: str
    as_of: date
    meeting_date: date | None

    def t(self, key: str, **values: object) -> str:
        """Catalog text in the brief's language, the audience's own wording first."""
        return text(self.lang, key, self.audience.value, **values)

    def date(self, day: date) -> str:
        return format_date(day, self.lang)

    def number(self, value: float, decimals: int = 2) -> str:
        return format_number(value, self.lang, decimals)

    @property
    def adviser(self) -> bool:
        return self.audience is Audience.ADVISER
