"""The vocabulary's analysis kept on disk: the same matches warm or cold, no personal text."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.matching import Vocabulary, WordMatcher, cache
from jobmatch.matching.vocabulary import Concept

TEXTS = [
    "stelle og mate dyr",
    "stelle smådyr, mate og gi vann",
    "varepafylling",
    "hylerydding",
    "snømoking",
    "washing up",
    "oppvask",
    "rydde hyller",
    "tidy shelves",
    "kasse",
    "bære kasser",
]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("words-*.json"))


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


def test_a_warm_matcher_matches_as_a_cold_one(
    vocabulary: Vocabulary, cache_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm_first = WordMatcher(vocabulary)  # writes the file
    assert len(_files(cache_folder)) == 1
    warm = WordMatcher(vocabulary)  # reads it
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    cold = WordMatcher(vocabulary)
    for matcher in (warm_first, warm):
        assert (
            matcher.similarity_matrix(TEXTS, TEXTS) == cold.similarity_matrix(TEXTS, TEXTS)
        ).all()
        for text in TEXTS:
            assert matcher.analyzer.analyse(text) == cold.analyzer.analyse(text)
            assert matcher.canonical(text) == cold.canonical(text)


def test_off_writes_nothing(
    vocabulary: Vocabulary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    WordMatcher(vocabulary)
    assert list(tmp_path.rglob("*")) == []


def test_a_damaged_file_is_read_as_none_and_written_anew(
    vocabulary: Vocabulary, cache_folder: Path
) -> None:
    WordMatcher(vocabulary)
    [path] = _files(cache_folder)
    path.write_text('{"key": "other", "lexicon": ', encoding="utf-8")
    matcher = WordMatcher(vocabulary)
    assert matcher.similarity("stelle og mate dyr", "stelle smådyr, mate og gi vann") > 0.6
    assert cache.load(path.stem.removeprefix("words-")) is not None


def test_an_unwritable_folder_only_costs_time(
    vocabulary: Vocabulary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert WordMatcher(vocabulary).similarity("vaske bur", "rengjøre bur") > 0.6


def test_the_key_follows_the_vocabulary(vocabulary: Vocabulary) -> None:
    extra = Concept("canary_care", ("kanarifuglstell",), ("canary care",))
    added = Vocabulary((*vocabulary.concepts, extra), vocabulary.parts_nb, vocabulary.parts_en)
    assert cache.vocabulary_key(added) != cache.vocabulary_key(vocabulary)


def test_no_text_read_after_the_vocabulary_reaches_the_file(
    vocabulary: Vocabulary, cache_folder: Path
) -> None:
    matcher = WordMatcher(vocabulary)
    matcher.similarity_matrix(["passe QZXkatter hjemme"], ["stelle QZXsmådyr i butikken"])
    WordMatcher(vocabulary).similarity("QZXhund", "hunder")
    [path] = _files(cache_folder)
    assert "qzx" not in path.read_text(encoding="utf-8").lower()


def test_task_words_are_kept_and_seeker_words_never(
    vocabulary: Vocabulary, cache_folder: Path
) -> None:
    from jobmatch.matching.similarity import TaskText

    tasks = [TaskText("høytrykksspyling av QZXcontainere", ("QZXkeyword",)), "snømåking"]
    matcher = WordMatcher(vocabulary)
    cold = matcher.choice_index(tasks, tasks=True).evidence_matrices(["QZXinterest spyle"])
    [saved] = sorted(cache_folder.glob("tasks-*.json"))
    text = saved.read_text(encoding="utf-8")
    assert "høytrykksspyling" in text and "qzxkeyword" in text
    assert "qzxinterest" not in text
    again = WordMatcher(vocabulary)
    assert "høytrykksspyling" in again.analyzer._saved["analysed"]
    warm = again.choice_index(tasks, tasks=True).evidence_matrices(["QZXinterest spyle"])
    assert (cold[0] == warm[0]).all() and (cold[1] == warm[1]).all()


def test_a_plain_matrix_call_keeps_no_words(vocabulary: Vocabulary, cache_folder: Path) -> None:
    WordMatcher(vocabulary).similarity_matrix(["QZXinterest"], ["QZXtask"])
    assert list(cache_folder.glob("tasks-*.json")) == []


def _parsed(cache_folder: Path) -> list[Path]:
    return sorted(cache_folder.glob(f"{cache.PARSED}-*.json"))


def test_the_shipped_vocabulary_is_kept_parsed(cache_folder: Path) -> None:
    from jobmatch.matching import vocabulary as module

    def fresh() -> Vocabulary:
        module._builtin_vocabulary.cache_clear()
        return module.load_vocabulary()

    cold = fresh()  # parses the TOML and writes the file
    assert len(_parsed(cache_folder)) == 1
    warm = fresh()  # reads the file
    assert [(c.id, c.kind, c.nb, c.en) for c in warm] == [(c.id, c.kind, c.nb, c.en) for c in cold]
    assert (warm.parts_nb, warm.parts_en, warm.homographs) == (
        cold.parts_nb,
        cold.parts_en,
        cold.homographs,
    )
    _parsed(cache_folder)[0].write_text('{"key": "x"}', encoding="utf-8")
    assert len(fresh()) == len(cold)  # a damaged file is read past, and written again
    _parsed(cache_folder)[0].write_text("{", encoding="utf-8")
    assert len(fresh()) == len(cold)
    module._builtin_vocabulary.cache_clear()
