"""spec/reliability.md, "YAML as advisers write it": one test for each row of the table.

PyYAML's safe_load follows YAML 1.1 and changes these values silently; each
test first shows what safe_load does with the same file, then what jobmatch gives.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
import yaml

from jobmatch.loading import load_record
from jobmatch.models import Seeker
from tests.loading.asset_files import ASSETS, errors, load_asset


def _safe_load(name: str) -> dict[str, object]:
    data = yaml.safe_load((ASSETS / "yaml" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _seeker(name: str) -> Seeker:
    record, problems = load_asset(name)
    assert errors(problems) == []
    assert isinstance(record, Seeker)
    return record


def test_municipality_no_stays_text() -> None:
    assert _safe_load("municipality-no")["location"] == {"municipality": False}
    seeker = _seeker("municipality-no")
    assert seeker.location is not None
    assert seeker.location.municipality == "NO"


def test_language_no_is_norwegian_bokmal() -> None:
    assert _safe_load("language-no")["language"] is False
    assert _seeker("language-no").language == "nb"


def test_postcode_with_leading_zero_stays_text() -> None:
    assert _safe_load("postcode-octal")["location"] == {"postcode": 104}
    seeker = _seeker("postcode-octal")
    assert seeker.location is not None
    assert seeker.location.postcode == "0150"


def test_unquoted_time_is_a_time_of_day() -> None:
    assert _safe_load("time-base60")["schedule"] == {"earliest": 510, "latest": 960}
    seeker = _seeker("time-base60")
    assert seeker.schedule is not None
    assert (seeker.schedule.earliest, seeker.schedule.latest) == (time(8, 30), time(16, 0))


def test_interest_yes_stays_text() -> None:
    assert _safe_load("interest-yes")["interests"] == [{"what": True}]
    assert _seeker("interest-yes").interests[0].what == "yes"


def test_duplicate_key_is_an_error_naming_the_first_line() -> None:
    assert _safe_load("duplicate-key")["name"] == "Dag Kristian K."  # last one wins, silently
    _, problems = load_asset("duplicate-key")
    path = ASSETS / "yaml" / "duplicate-key.yaml"
    assert [p.render() for p in sorted(problems)] == [
        f"{path}:8:1: duplicate key 'name' (first on line 3)",
        f"{path}:11:3: limits: duplicate key 'max_lifting_kg' (first on line 10)",
    ]
    assert {p.code for p in problems} == {"duplicate_key"}


@pytest.mark.parametrize(
    ("name", "code", "line", "column"),
    [
        ("anchor", "anchor", 7, 5),
        ("alias", "alias", 8, 8),
        ("alias-bomb", "anchor", 6, 4),
        ("python-tag", "tag", 7, 11),
        ("str-tag", "tag", 3, 7),
    ],
)
def test_anchors_aliases_and_tags_are_errors_with_a_place(
    name: str, code: str, line: int, column: int
) -> None:
    record, problems = load_asset(name)
    assert record is None
    assert [(p.code, p.line, p.column, p.severity) for p in problems] == [
        (code, line, column, "error")
    ]


def test_python_tag_constructs_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    load_asset("python-tag")
    assert "constructed" not in capfd.readouterr().out


def test_alias_bomb_is_refused_without_expanding(tmp_path: Path) -> None:
    """A billion laughs with no anchors written out: aliases alone stop the parse at once."""
    lines = ["schema: jobmatch/seeker@1", "a: [lol, lol, lol]"]
    lines += [f"k{i}: [{', '.join(['*a'] * 50)}]" for i in range(2000)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    record, problems = load_record(path)
    assert record is None
    assert [(p.code, p.line) for p in problems] == [("alias", 3)]
