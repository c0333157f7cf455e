"""``db export`` and ``db import``: a backup restores every record and the audit chain."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from jobmatch.errors import JobmatchError
from jobmatch.store.log import Log, NewPlacement
from jobmatch.store.transfer import export_lines, import_file
from tests.store.conftest import AS_OF, FIXTURE


def test_the_fixture_is_dated_relative_to_as_of(log: Log) -> None:
    done = import_file(log, FIXTURE, as_of=date(2027, 6, 1))
    assert (done.placements, done.outcomes) == (7, 5)
    assert log.placement(2).start == date(2026, 11, 13)  # 200 days before 2027-06-01


def test_an_export_restores_into_an_empty_log_with_its_chain(
    example_log: Log, tmp_path: Path
) -> None:
    example_log.contact(AS_OF, "visit", workplace="lager-alnabru", note="kept for backup")
    backup = tmp_path / "backup.jsonl"
    backup.write_text(
        "".join(line + "\n" for line in export_lines(example_log, include_notes=True))
    )
    lines = [json.loads(line) for line in backup.read_text().splitlines()]
    assert lines[0]["type"] == "log" and lines[0]["notes"] is True
    with Log.open(f"sqlite:///{tmp_path / 'restored.db'}") as restored:
        import_file(restored, backup, as_of=AS_OF)
        assert restored.count() == example_log.count()
        assert [c.note for c in restored.contacts()] == [c.note for c in example_log.contacts()]
        assert restored.verify().ok
        assert restored.verify().events == example_log.verify().events + 1  # the import itself
        restored.contact(AS_OF, "visit", workplace="kafe-sagene")  # new ids follow the old ones
        assert restored.contacts()[-1].id == len(example_log.contacts()) + 1


def test_without_include_notes_no_note_leaves(example_log: Log) -> None:
    example_log.contact(AS_OF, "visit", workplace="lager-alnabru", note="CANARY-export")
    text = "\n".join(export_lines(example_log))
    assert "CANARY-export" not in text and '"note"' not in text


def test_a_bad_line_or_a_full_log_changes_nothing(example_log: Log, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "contact", "id": "C1", "date": "yesterday", "kind": "visit"}\n')
    with Log.open(f"sqlite:///{tmp_path / 'empty.db'}") as empty:
        with pytest.raises(JobmatchError) as invalid:
            import_file(empty, bad, as_of=AS_OF)
        assert int(invalid.value.exit_code) == 1
        assert "bad.jsonl:1:1" in invalid.value.messages()[0]
        assert empty.count() == 0
    with pytest.raises(JobmatchError) as refused:
        import_file(example_log, FIXTURE, as_of=AS_OF)
    assert int(refused.value.exit_code) == 4


def test_an_export_gives_each_placement_its_status_on_the_day(log: Log) -> None:
    """A placement recorded as planned is active once it has started, ended after its end."""
    log.place(NewPlacement("ola-n", "lager", date(2027, 3, 1)), as_of=date(2027, 2, 1))

    def status(day: date) -> str:
        lines = [json.loads(line) for line in export_lines(log, as_of=day)]
        return next(r["status"] for r in lines if r["type"] == "placement")

    assert status(date(2027, 2, 28)) == "planned"
    assert status(date(2027, 3, 1)) == "active"
    log.end(1, date(2027, 6, 1), "completed")
    assert status(date(2027, 6, 1)) == "active"  # the end date is its last day
    assert status(date(2027, 6, 2)) == "ended"
