"""Word weights and the shipped word lists (frequencies.txt, wordparts.txt)."""

from __future__ import annotations

from jobmatch.matching import weights


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
