"""The catalogs: the same keys and placeholders in every language, compiled and current."""

from __future__ import annotations

import string
from datetime import date, time

import pytest
from babel.messages.pofile import read_po

from jobmatch import i18n
from jobmatch.i18n import build

FORMATTER = string.Formatter()


def _entries(lang: str) -> dict[str, tuple[str, ...]]:
    with build.source(lang).open("rb") as handle:
        catalog = read_po(handle)
    found: dict[str, tuple[str, ...]] = {}
    for msg in catalog:
        if not msg.id:
            continue
        key = msg.id[0] if isinstance(msg.id, tuple) else msg.id
        texts = msg.string if isinstance(msg.string, tuple) else (msg.string,)
        found[key] = tuple(texts)
    return found


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in FORMATTER.parse(text) if name}


def test_every_language_has_the_same_keys() -> None:
    keys = {lang: set(_entries(lang)) for lang in i18n.LANGUAGES}
    english = keys["en"]
    for lang, found in keys.items():
        assert found == english, (lang, sorted(found ^ english))


def test_every_message_has_the_same_placeholders_in_every_language() -> None:
    english = _entries("en")
    for lang in i18n.LANGUAGES:
        for key, texts in _entries(lang).items():
            want = set().union(*(_placeholders(t) for t in english[key]))
            for text in texts:
                assert text, (lang, key, "empty translation")
                got = _placeholders(text)
                # A singular may leave out {n} ("ett sted"); nothing may be added.
                assert got <= want | {"n"}, (lang, key, got, want)
            assert set().union(*(_placeholders(t) for t in texts)) == want, (lang, key)


@pytest.mark.parametrize("lang", sorted(i18n.LANGUAGES))
def test_compiled_catalogs_are_current(lang: str) -> None:
    target = build.source(lang).with_suffix(".mo")
    assert target.read_bytes() == build.compiled(lang), "run python -m jobmatch.i18n.build"


@pytest.mark.parametrize(
    ("lang", "count", "text"),
    [
        ("nb", 1, "1 time i uka"),
        ("nb", 2, "2 timer i uka"),
        ("nb", 0, "0 timer i uka"),
        ("en", 1, "1 hour a week"),
        ("en", 15, "15 hours a week"),
        ("nb", 2.5, "2,5 timer i uka"),
        ("en", 1.0, "1 hour a week"),
        ("en", 0.5, "0.5 hours a week"),
    ],
)
def test_plurals(lang: str, count: float, text: str) -> None:
    assert i18n.plural(lang, "unit.hours_week", count) == text


def test_a_message_without_plural_forms_is_the_same_for_every_count() -> None:
    assert i18n.plural("nb", "word.none", 1) == i18n.plural("nb", "word.none", 2) == "ingen"


def test_one_schedule_wording() -> None:
    days = ["mon", "tue", "wed", "thu", "fri"]
    assert i18n.schedule(days, time(8), time(12), "nb") == "man–fre 08:00–12:00"
    assert i18n.schedule(days, time(8), None, "en") == "Mon–Fri 08:00–24:00"
    assert i18n.day_ranges(["mon", "wed", "thu", "fri", "sun"], "nb") == "man, ons–fre, søn"
    assert i18n.day_ranges(["sat", "sun"], "en") == "Sat, Sun"
    assert i18n.day_ranges([], "en") == "none"
    assert i18n.schedule(days, None, None, "nb") == "man–fre"


def test_numbers_and_dates() -> None:
    assert i18n.number(2.5, "nb") == "2,5"
    assert i18n.number(2.5, "en") == "2.5"
    assert i18n.number(3.0, "nb") == "3"
    assert i18n.number(-0.001, "en") == "0"
    assert i18n.fixed(2.5, 1, "nb") == "2,5"
    assert i18n.long_date(date(2026, 11, 27), "nb") == "27. november 2026"
    assert i18n.long_date(date(2026, 11, 27), "en") == "27 November 2026"


@pytest.mark.parametrize(
    ("explicit", "record", "environ", "want"),
    [
        ("no", None, {}, "nb"),
        ("EN", "nb", {}, "en"),
        (None, "nb", {"JOBMATCH_LANG": "en"}, "nb"),
        (None, "xx", {"JOBMATCH_LANG": "en"}, "en"),
        (None, None, {"JOBMATCH_LANG": "nb"}, "nb"),
        (None, None, {"LC_ALL": "nn_NO.UTF-8"}, "nb"),
        (None, None, {"LANG": "C.UTF-8"}, "en"),
        (None, None, {}, "en"),
    ],
)
def test_language_choice(
    explicit: str | None, record: str | None, environ: dict[str, str], want: str
) -> None:
    assert i18n.choose(explicit, record, environ=environ) == want


def test_configured_language_comes_after_the_environment() -> None:
    assert i18n.choose(configured="nb", environ={}) == "nb"
    assert i18n.choose(configured="nb", environ={"JOBMATCH_LANG": "en"}) == "en"
    assert i18n.choose(configured="nb", environ={"LANG": "en_GB.UTF-8"}) == "nb"


@pytest.mark.parametrize("code", ["nn", "de", "", "nb-xx-yy"])
def test_unknown_codes_are_refused(code: str) -> None:
    if code == "nb-xx-yy":
        assert i18n.resolve(code) == "nb"
        return
    with pytest.raises(i18n.UnknownLanguageError):
        i18n.choose(code, environ={})
