"""One language layer: the registry of languages, the catalogs, and formatting.

    from jobmatch.i18n import Messages, choose

    m = Messages(choose(explicit="nb"))
    m.plural("unit.hours_week", 1)      # "1 time i uka"

Every text jobmatch shows people comes from the catalog of its language
(``locale/<lang>/LC_MESSAGES/jobmatch.po``); numbers, dates, plurals, day
ranges and schedules are written by :mod:`jobmatch.i18n.formatting`, and the
engine's facts become sentences in :mod:`jobmatch.i18n.sentences`.
"""

from jobmatch.i18n.catalog import Messages, has, message, plural, translations
from jobmatch.i18n.formatting import (
    day_ranges,
    fixed,
    listing,
    long_date,
    number,
    schedule,
    time_window,
)
from jobmatch.i18n.languages import (
    DEFAULT,
    ENV_VAR,
    LANGUAGES,
    Language,
    UnknownLanguageError,
    choose,
    resolve,
)
from jobmatch.i18n.sentences import sentence

__all__ = [
    "DEFAULT",
    "ENV_VAR",
    "LANGUAGES",
    "Language",
    "Messages",
    "UnknownLanguageError",
    "choose",
    "day_ranges",
    "fixed",
    "has",
    "listing",
    "long_date",
    "message",
    "number",
    "plural",
    "resolve",
    "schedule",
    "sentence",
    "time_window",
    "translations",
]
