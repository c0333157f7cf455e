"""The criteria describe themselves: every level has words in both languages, names a fact
the sentences know, and ``jobmatch config`` prints them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from jobmatch.cli import app
from jobmatch.i18n import LANGUAGES, has, message
from jobmatch.scoring.config import ScoringConfig
from jobmatch.scoring.config import describe as describe_config
from jobmatch.scoring.criteria import CRITERIA, Kind, catalog


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "160", "NO_COLOR": "1"})
    return result.exit_code, result.stdout, result.stderr


def test_one_criterion_per_rule_and_component() -> None:
    names = [c.name for c in CRITERIA]
    assert len(set(names)) == len(names)
    assert {c.name for c in CRITERIA if c.kind is Kind.COMPONENT} == {
        "interest",
        "preferences",
        "readiness",
        "practical",
    }
    assert {c.name for c in CRITERIA if c.kind is Kind.EXCLUSION} == {
        "doable",
        "essential",
        "nothing_doable",
        "capacity",
        "purpose",
        "schedule",
        "distance",
    }
    assert [c.name for c in CRITERIA if c.kind is Kind.CARVING] == ["carving"]
    assert [c.name for c in CRITERIA if c.kind is Kind.CONFIDENCE] == ["confidence"]


def test_every_criterion_and_level_has_both_texts() -> None:
    used = {c.msgid for c in CRITERIA} | {level.msgid for c in CRITERIA for level in c.levels}
    for msgid in used:
        assert all(has(lang, msgid) for lang in LANGUAGES), msgid
        english, bokmal = message("en", msgid), message("nb", msgid)
        assert english.strip() and bokmal.strip() and english != bokmal, msgid


def test_levels_name_facts_the_sentences_know() -> None:
    for c in CRITERIA:
        for level in c.levels:
            known = level.fact is None or all(has(lang, f"fact.{level.fact}") for lang in LANGUAGES)
            assert known, (c.name, level.fact)


def test_config_keys_of_criteria_exist() -> None:
    keys = {row[0] for row in describe_config(ScoringConfig())}
    for c in CRITERIA:
        assert c.config_key is None or c.config_key in keys, c.name


def test_every_config_key_has_its_meaning_in_both_languages() -> None:
    for key, *_ in describe_config(ScoringConfig()):
        assert all(has(lang, f"config.key.{key}") for lang in LANGUAGES), key
        assert message("en", f"config.key.{key}") != message("nb", f"config.key.{key}"), key


def test_config_json_lists_the_criteria(tmp_path: Path) -> None:
    code, out, err = run("config", "--data", str(tmp_path), "--format", "json", "--lang", "nb")
    assert code == 0, err
    body = json.loads(out)
    assert body["criteria"] == catalog("nb")
    assert [c["name"] for c in body["criteria"]] == [c.name for c in CRITERIA]
    assert all(level["meaning"] for c in body["criteria"] for level in c["levels"])


def test_config_table_shows_keys_then_criteria_and_levels(tmp_path: Path) -> None:
    code, out, err = run("config", "--data", str(tmp_path), "--lang", "en")
    assert code == 0, err
    assert out.index("weights.interest") < out.index("criteria")
    for c in CRITERIA:
        assert f"{c.name} ({c.kind.value})" in out
    assert "too_far" in out and "Further than the seeker's limit: excluded." in out


def test_config_table_in_bokmal(tmp_path: Path) -> None:
    code, out, err = run("config", "--data", str(tmp_path), "--lang", "nb")
    assert code == 0, err
    assert "kriterier" in out and "betydning" in out
    assert message("nb", "config.key.thresholds.recent_visit_days") in " ".join(out.split())
