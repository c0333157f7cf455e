"""The quick read of a file with no problem gives what the full read gives.

``parse_quick`` keeps no places; whenever the full parse would find a
problem it must give None, so that the file is read again with places and
the problem is told where it is, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobmatch.loading import load_record, records
from jobmatch.loading.yamltext import parse, parse_quick, read_text
from tests.loading.asset_files import YAML_ASSETS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted([*(ROOT / "profiles").glob("*.yaml"), *(ROOT / "workplaces").glob("*.yaml")])
FILES = [*sorted(YAML_ASSETS.glob("*.yaml")), *EXAMPLES]


def _same_as_full(text: str) -> None:
    quick = parse_quick(text)
    if quick is not None:
        full = parse(text, "f.yaml")
        assert not full.problems
        assert quick == full.data


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_reads_the_same_quickly_or_in_full(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, _ = read_text(path, path.name)
    if text is not None:
        _same_as_full(text)
    quick = load_record(path)
    monkeypatch.setattr(records, "_load_quick", lambda *_: None)
    assert load_record(path) == quick


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: 2\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: !custom 1\n",
        "a: 1\na: 2\n",
        "null: 1\nb: 2\n",
        "~: 1\n",
        "? [a]\n: 1\n",
        "? {a: 1}\n: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: " + "[" * 25 + "]" * 25 + "\n",
        'a: "\\e[31m"\n',
        "a: x\u202ey\n",
        "a: x\u0085y\n",
        "- a\n- b\n",
        "just text\n",
        "",
        "a: [1\n",
        "a: 'open\n",
    ],
)
def test_anything_doubtful_is_left_to_the_full_read(text: str) -> None:
    assert parse_quick(text) is None


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_example_files_are_read_quickly(path: Path) -> None:
    assert parse_quick(path.read_text(encoding="utf-8")) is not None


def test_a_plain_file_is_read_quickly() -> None:
    text = 'a: {b: [1, "2", ~, null, ""], c: "null"}\r\nd:\r\n  - e: NO\r\n'
    assert parse_quick(text) == {
        "a": {"b": ["1", "2", None, None, ""], "c": "null"},
        "d": [{"e": "NO"}],
    }


_PIECES = st.sampled_from(
    [
        "a",
        "b",
        "null",
        "~",
        "NO",
        "0150",
        "8:30",
        ":",
        ": ",
        "- ",
        "-",
        "\n",
        "  ",
        "\t",
        "[",
        "]",
        "{",
        "}",
        ",",
        "'",
        '"',
        "?",
        "#",
        "&x ",
        "*x",
        "!",
        "!!str ",
        "---\n",
        "\\",
        "\\e",
        "\x1b",
        "\u202e",
        "\u0085",
        "\r\n",
        "ø",
        "|",
        ">",
        "%YAML 1.1\n",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_text_reads_the_same_quickly_or_not_at_all(text: str) -> None:
    _same_as_full(text)
