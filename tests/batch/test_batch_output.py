"""Batch output: every format handled, JSON streamed as written whole, CSV safe, files atomic."""

from __future__ import annotations

import io
import stat
from datetime import date
from pathlib import Path

import pytest

from jobmatch.api import Engine, load, score_all
from jobmatch.errors import FileAccessError, RefusedError
from jobmatch.output import batch as out
from jobmatch.output.batch import (
    ASSIGNMENT_RENDERERS,
    MATCH_WRITERS,
    BatchFormat,
    JsonWriter,
    atomic_stream,
)
from jobmatch.output.jsonout import to_json
from jobmatch.output.matches import match_dict
from jobmatch.scoring.assign import Assignment, Objective, Placement
from jobmatch.scoring.match import Match
from jobmatch.scoring.version import engine_id

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 27)


@pytest.fixture(scope="module")
def matches() -> list[Match]:
    data = load(ROOT)
    return list(score_all(data, engine=Engine.for_data(data, AS_OF), top=2))


def test_every_format_has_a_writer_and_an_assignment_renderer() -> None:
    assert set(MATCH_WRITERS) == set(BatchFormat)
    assert set(ASSIGNMENT_RENDERERS) == set(BatchFormat)


@pytest.mark.parametrize("count", [0, 1, 5])
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_streamed_json_is_the_whole_document(matches: list[Match], count: int, lang: str) -> None:
    stream = io.StringIO()
    writer = JsonWriter(stream, lang, AS_OF)
    writer.begin()
    writer.write(matches[: count // 2])
    writer.write(matches[count // 2 : count])
    writer.end()
    body = {
        "schema_version": 1,
        "engine_version": engine_id(),
        "as_of": "2026-11-27",
        "results": [match_dict(m, lang) for m in matches[:count]],
    }
    assert stream.getvalue() == to_json(body) + "\n"


def test_csv_cells_cannot_run_formulas(
    matches: list[Match], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(out, "csv_row", lambda m, lang: ["=HYPERLINK(1)", "+1", "@x", "-y", -2.5])
    stream = io.StringIO()
    writer = MATCH_WRITERS[BatchFormat.CSV](stream, "en", AS_OF, ";")
    writer.begin()
    writer.write(matches[:1])
    row = stream.getvalue().splitlines()[1]
    assert row == "'=HYPERLINK(1);'+1;'@x;'-y;-2,5"


def test_assignment_shapes() -> None:
    result = Assignment(
        Objective.PLACED,
        (Placement("a", "w1", 70.04), Placement("b", "w1", 20.04)),
        ("c",),
    )
    text = ASSIGNMENT_RENDERERS[BatchFormat.JSON](result, AS_OF, ",")
    assert (
        text
        == to_json(
            {
                "schema_version": 1,
                "engine_version": engine_id(),
                "as_of": "2026-11-27",
                "objective": "placed",
                "assignments": [
                    {"seeker": "a", "workplace": "w1", "score": 70.0},
                    {"seeker": "b", "workplace": "w1", "score": 20.0},
                ],
                "unassigned": ["c"],
                "total_score": 90.1,
            }
        )
        + "\n"
    )
    assert ASSIGNMENT_RENDERERS[BatchFormat.JSONL](result, AS_OF, ",").splitlines()[-1] == (
        f'{{"seeker": "c", "workplace": null, "score": null, "engine_version": "{engine_id()}"}}'
    )
    assert ASSIGNMENT_RENDERERS[BatchFormat.CSV](result, AS_OF, ";").splitlines() == [
        "\ufeffseeker;workplace;score",
        "a;w1;70,0",
        "b;w1;20,0",
        "c;;",
    ]


def test_atomic_stream_writes_0600_and_refuses(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "out.txt"
    with atomic_stream(target, force=False) as stream:
        stream.write("one\n")
        assert not target.exists()
    assert target.read_text(encoding="utf-8") == "one\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(RefusedError), atomic_stream(target, force=False) as stream:
        stream.write("two\n")
    with atomic_stream(target, force=True) as stream:
        stream.write("three\n")
    assert target.read_text(encoding="utf-8") == "three\n"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_atomic_stream_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with pytest.raises(KeyboardInterrupt), atomic_stream(target, force=False) as stream:
        stream.write("half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
    target.write_text("old", encoding="utf-8")
    with pytest.raises(FileAccessError), atomic_stream(target, force=True) as stream:
        stream.write("half")
        raise OSError(28, "No space left on device")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
