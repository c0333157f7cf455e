"""Word weights and the shipped word lists (frequencies.txt, wordparts.txt, worklanguage.txt)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from jobmatch.matching import WordMatcher, weights


def test_rarer_words_weigh_more() -> None:
    assert weights.weight_of_zipf(None) == weights.MAX_WEIGHT
    assert weights.weight_of_zipf(7.0) == weights.MIN_WEIGHT
    assert weights.weight("dyr") < weights.weight("smådyr")
    assert weights.weight("jobbe") < weights.weight("stelle")


def test_word_parts_are_keys_with_their_frequency() -> None:
    """A key's frequency sums its forms: "gått" and "gåtte" are one key."""
    assert "gått" in weights.word_parts()
    found = weights.key_zipf("gått")
    assert found is not None and found >= (weights.zipf("gått") or 0.0)
    assert weights.key_zipf("xyzzy") is None
    assert "gå" in weights.word_parts()  # a short key, for "turgåing"


def test_word_forms_are_written_forms() -> None:
    forms = weights.word_forms()
    assert {"skitten", "gått", "lyspærer"} <= forms
    assert all(len(form) >= 3 for form in forms)


def test_a_word_typed_without_aeoeaa_unfolds_to_a_common_word() -> None:
    assert weights.unfolded("stovsuge") == "støvsuge"
    assert weights.unfolded("qwerty") is None


def test_words_common_in_work_weigh_less_than_ordinary_text_says(matcher: WordMatcher) -> None:
    """ "equipment" and "operate" are everywhere in task statements; "livestock" is not."""
    analyzer = matcher.analyzer
    for word in ("equipment", "operate", "customers"):
        ordinary = weights.weight_of_zipf(weights.zipf(word))
        assert analyzer.weight(word) < ordinary
    assert analyzer.weight("equipment") < analyzer.weight("livestock")
    assert weights.work_rarity("xyzzy") is None
    assert weights.MIN_WORK_RARITY <= (weights.work_rarity("equip") or 0.0) < 0.5


def test_norwegian_and_short_words_keep_their_ordinary_weight(matcher: WordMatcher) -> None:
    """The work-language list is English: «kunder», «re» (opp senger) and «brød» weigh as
    ordinary text says, whatever English word shares their key."""
    for word in ("kunder", "re", "brød", "hylle"):
        assert matcher.analyzer.weight(word) == weights.weight_of_zipf(weights.zipf(word))


def test_the_work_language_list_counts_occupations() -> None:
    total = int(weights._work_lines()["count"])
    assert total > 500
    assert all(count <= total for count in weights._work_prefix_table("equ").values())


ROOT = Path(__file__).resolve().parents[2]
ONET = ROOT.parent / "shared" / "data" / "onet-26.3"


@pytest.mark.skipif(not ONET.is_dir(), reason="needs ../shared/data (O*NET 26.3)")
def test_the_work_language_list_is_current(matcher: WordMatcher) -> None:
    """The list's keys are the analyser's: a change to how words are keyed rebuilds it
    (python tools/build_worklanguage.py)."""
    spec = importlib.util.spec_from_file_location(
        "build_worklanguage", ROOT / "tools" / "build_worklanguage.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    expected = tool.render(tool.occupation_keys(ONET, matcher.analyzer))
    shipped = (ROOT / "jobmatch" / "matching" / weights.WORK_NAME).read_text("utf-8")
    assert shipped == expected, "run: python tools/build_worklanguage.py"
