"""The follow-up log's commands: exit codes of the spec, nothing half-written, notes kept in."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-12-01"
CANARY = "CANARY-7d1e-note"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for folder in ("profiles", "workplaces"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def run(runner: CliRunner, data: Path, *args: str) -> object:
    return runner.invoke(app, [*args, "--data", str(data)])


def _imported(runner: CliRunner, data: Path) -> None:
    fixture = str(ROOT / "examples" / "followup.jsonl")
    result = run(runner, data, "db", "import", fixture, "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]


def _rows(data: Path, table: str) -> int:
    with sqlite3.connect(data / "jobmatch.db") as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def test_place_records_the_match_and_prints_the_plan(runner: CliRunner, data: Path) -> None:
    result = run(
        runner, data, "place", "daniel-m", "retech-okern", "--start", "2026-12-07", "--as-of", AS_OF
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("P1: daniel-m at retech-okern from 2026-12-07 (score ")
    assert "2026-12-14  weekly follow-up 1" in lines
    assert "2027-03-07  outcome 90d" in lines
    assert "2027-02-07  monthly follow-up (month 2)" in lines
    assert (data / "jobmatch.db").stat().st_mode & 0o777 == 0o600
    as_json = json.loads(
        run(
            runner, data, "place", "sara-l", "kafe-sagene", "--start", AS_OF, "--format", "json"
        ).stdout
    )
    assert as_json["placement"] == "P2" and as_json["outcomes"]["6m"] == "2027-06-01"


def test_an_excluded_pair_is_refused_unless_overridden_with_a_reason(
    runner: CliRunner, data: Path
) -> None:
    refused = run(runner, data, "place", "daniel-m", "arkiv-bergen", "--start", AS_OF)
    assert refused.exit_code == 4
    assert "--override-exclusion" in refused.stderr
    assert _rows(data, "placement") == 0 and _rows(data, "audit_event") == 0
    no_reason = run(
        runner, data, "place", "daniel-m", "arkiv-bergen", "--start", AS_OF, "--override-exclusion"
    )
    assert no_reason.exit_code == 2
    placed = run(
        runner,
        data,
        "place",
        "daniel-m",
        "arkiv-bergen",
        "--start",
        AS_OF,
        "--override-exclusion",
        "--reason",
        "Prøver med tilrettelegging",
    )
    assert placed.exit_code == 0, placed.stderr
    with sqlite3.connect(data / "jobmatch.db") as conn:
        exclusions, reason = conn.execute(
            "SELECT exclusions, override_reason FROM placement"
        ).fetchone()
    assert json.loads(exclusions) and reason == "Prøver med tilrettelegging"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("place", "nobody", "retech-okern", "--start", AS_OF), 3),
        (("place", "daniel-m", "nowhere", "--start", AS_OF), 3),
        (("contact", "--seeker", "nobody", "--kind", "visit"), 3),
        (("contact", "--workplace", "nowhere", "--kind", "visit"), 3),
        (("contact", "--placement", "P99", "--kind", "visit"), 3),
        (("end", "P99", "--date", AS_OF, "--reason", "completed"), 3),
        (("outcome", "P99", "--checkpoint", "90d", "--status", "working"), 3),
        (("history", "--seeker", "nobody"), 3),
        (("place", "daniel-m", "retech-okern", "--start", "2026-13-01"), 2),
        (("place", "daniel-m", "retech-okern", "--start", "1.12.26"), 2),
        (("contact", "--seeker", "jonas-b", "--kind", "visit", "--date", "yesterday"), 2),
        (("contact", "--seeker", "jonas-b", "--kind", "lunch"), 2),
        (("due", "--as-of", "2026-02-30"), 2),
        (("report", "--from", "2026-12-01", "--to", "2026-11-01"), 2),
        (("end", "P2", "--date", "2026-05-14", "--reason", "completed"), 2),  # P2 starts 05-15
        (("end", "P2", "--date", AS_OF, "--reason", "bored"), 2),
        (("outcome", "P3", "--checkpoint", "90d", "--status", "working", "--as-of", AS_OF), 2),
    ],
)
def test_bad_input_gives_the_exit_code_of_the_spec_and_writes_nothing(
    runner: CliRunner, data: Path, args: tuple[str, ...], code: int
) -> None:
    _imported(runner, data)
    before = [_rows(data, t) for t in ("placement", "contact", "outcome", "audit_event")]
    result = run(runner, data, *args)
    assert result.exit_code == code, result.stderr
    assert result.stderr.strip() and "Traceback" not in result.stderr
    assert [_rows(data, t) for t in ("placement", "contact", "outcome", "audit_event")] == before


def _schema(data: Path, version: str) -> None:
    with sqlite3.connect(data / "jobmatch.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (version,))


@pytest.mark.parametrize(("version", "word"), [("0001", "db upgrade"), ("0999", "newer jobmatch")])
def test_an_older_or_newer_schema_is_exit_5(
    runner: CliRunner, data: Path, version: str, word: str
) -> None:
    _imported(runner, data)
    _schema(data, version)
    result = run(runner, data, "due", "--as-of", AS_OF)
    assert result.exit_code == 5 and word in result.stderr


def test_db_upgrade_brings_an_older_log_to_the_head(runner: CliRunner, data: Path) -> None:
    run(runner, data, "contact", "--seeker", "jonas-b", "--kind", "visit")
    with sqlite3.connect(data / "jobmatch.db") as conn:  # back to revision 0001, rows kept
        for table in ("audit_event", "audit_key", "audit_head"):
            conn.execute(f"DROP TABLE {table}")
        for index in ("ix_contact_date", "ix_contact_kind_seeker", "ix_contact_kind_workplace"):
            conn.execute(f"DROP INDEX {index}")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert run(runner, data, "due").exit_code == 5
    upgraded = run(runner, data, "db", "upgrade")
    assert upgraded.exit_code == 0 and "0001 -> 0002" in upgraded.stderr
    assert _rows(data, "contact") == 1
    assert run(runner, data, "history", "--seeker", "jonas-b").exit_code == 0


def test_a_read_only_log_is_exit_5(runner: CliRunner, data: Path) -> None:
    _imported(runner, data)
    url = f"sqlite:///file:{data / 'jobmatch.db'}?mode=ro&uri=true"
    result = run(runner, data, "contact", "--seeker", "jonas-b", "--kind", "visit", "--db", url)
    assert result.exit_code == 5 and "read-only" in result.stderr


def test_the_canary_note_never_leaves_the_adviser(
    runner: CliRunner, data: Path, tmp_path: Path
) -> None:
    _imported(runner, data)
    added = run(
        runner,
        data,
        "contact",
        "--placement",
        "P3",
        "--kind",
        "three_way",
        "--note",
        CANARY,
        "--date",
        AS_OF,
    )
    assert added.exit_code == 0
    outputs = []
    for fmt in ("table", "json", "csv"):
        outputs.append(run(runner, data, "report", "--as-of", AS_OF, "--format", fmt).stdout)
        outputs.append(
            run(runner, data, "report", "--as-of", AS_OF, "--by", "adviser", "--format", fmt).stdout
        )
        outputs.append(run(runner, data, "due", "--as-of", AS_OF, "--format", fmt).stdout)
    outputs.append(run(runner, data, "history", "--seeker", "erik-l", "--format", "json").stdout)
    outputs.append(run(runner, data, "db", "export").stdout)
    for audience in ("employer", "seeker", "adviser"):
        for fmt in ("markdown", "html", "terminal"):
            brief = run(
                runner,
                data,
                "brief",
                "erik-l",
                "sykkelverksted-torshov",
                "--audience",
                audience,
                "--format",
                fmt,
                "--as-of",
                AS_OF,
            )
            assert brief.exit_code == 0, brief.stderr
            outputs.append(brief.stdout)
    assert all(CANARY not in text for text in outputs)
    asked = run(
        runner, data, "db", "export", "--include-notes", "-o", str(tmp_path / "backup.jsonl")
    )
    assert asked.exit_code == 0
    assert CANARY in (tmp_path / "backup.jsonl").read_text(encoding="utf-8")
    assert (tmp_path / "backup.jsonl").stat().st_mode & 0o777 == 0o600
    assert (
        CANARY
        in run(
            runner, data, "history", "--seeker", "erik-l", "--include-notes", "--format", "json"
        ).stdout
    )


def test_the_adviser_brief_shows_the_plan_once_placed(runner: CliRunner, data: Path) -> None:
    before = run(
        runner,
        data,
        "brief",
        "erik-l",
        "sykkelverksted-torshov",
        "--format",
        "markdown",
        "--as-of",
        AS_OF,
    )
    assert "P3" not in before.stdout
    _imported(runner, data)
    adviser = run(
        runner,
        data,
        "brief",
        "erik-l",
        "sykkelverksted-torshov",
        "--format",
        "markdown",
        "--as-of",
        AS_OF,
    ).stdout
    assert "P3, 2026-11-11" in adviser and "2026-11-18" in adviser
    employer = run(
        runner,
        data,
        "brief",
        "erik-l",
        "sykkelverksted-torshov",
        "--audience",
        "employer",
        "--format",
        "markdown",
        "--as-of",
        AS_OF,
    ).stdout
    assert "P3, 2026-11-11" not in employer


def test_batch_assign_reads_the_log(runner: CliRunner, data: Path) -> None:
    def assigned() -> dict[str, object]:
        out = run(runner, data, "batch", "--assign", "--format", "json", "--as-of", AS_OF)
        assert out.exit_code == 0, out.stderr
        return json.loads(out.stdout)  # type: ignore[no-any-return]

    without = assigned()
    _imported(runner, data)
    found = assigned()
    seekers = {a["seeker"] for a in found["assignments"]}  # type: ignore[index]
    for busy in ("thomas-r", "hanne-j", "erik-l", "sindre-v"):  # active placements on 12-01
        assert busy not in seekers and busy not in found["unassigned"]  # type: ignore[operator]
    places = {a["workplace"] for a in found["assignments"]}  # type: ignore[index]
    assert (
        "sykkelverksted-torshov" not in places and "arkiv-bergen" not in places
    )  # capacity 1, taken
    assert without != found


def test_audit_true_logs_rank_runs_and_the_chain_verifies(runner: CliRunner, data: Path) -> None:
    (data / "jobmatch.toml").write_text("audit = true\n", encoding="utf-8")
    run(runner, data, "contact", "--seeker", "jonas-b", "--kind", "visit")
    assert run(runner, data, "rank", "jonas-b", "--format", "json").exit_code == 0
    assert (
        run(runner, data, "brief", "jonas-b", "lager-alnabru", "--format", "markdown").exit_code
        == 0
    )
    with sqlite3.connect(data / "jobmatch.db") as conn:
        commands = [c for (c,) in conn.execute("SELECT command FROM audit_event ORDER BY seq")]
    assert commands == ["contact", "rank", "brief"]
    verified = run(runner, data, "audit", "verify")
    assert verified.exit_code == 0 and "3 events" in verified.stderr
    with sqlite3.connect(data / "jobmatch.db") as conn:
        conn.execute("UPDATE audit_event SET command = 'explain' WHERE seq = 2")
    broken = run(runner, data, "audit", "verify")
    assert broken.exit_code == 1 and "event 2" in broken.stderr


def test_forget_leaves_no_trace_and_reminds_of_the_profile(runner: CliRunner, data: Path) -> None:
    _imported(runner, data)
    run(runner, data, "contact", "--placement", "P2", "--kind", "three_way", "--note", CANARY)
    result = run(runner, data, "forget", "thomas-r")
    assert result.exit_code == 0 and "YAML profile" in result.stderr
    blob = b"".join(p.read_bytes() for p in data.glob("jobmatch.db*"))
    assert b"thomas-r" not in blob and CANARY.encode() not in blob
    assert run(runner, data, "audit", "verify").exit_code == 0
    # the profile is still there: a known seeker with an empty timeline, not an unknown one
    empty = run(runner, data, "history", "--seeker", "thomas-r", "--format", "json")
    assert empty.exit_code == 0 and json.loads(empty.stdout)["entries"] == []
    (data / "profiles" / "thomas-r.yaml").unlink()
    assert run(runner, data, "history", "--seeker", "thomas-r").exit_code == 3


def test_forget_of_a_seeker_known_nowhere_is_not_found(runner: CliRunner, data: Path) -> None:
    _imported(runner, data)
    events = _rows(data, "audit_event")
    result = run(runner, data, "forget", "nobody-x")
    assert result.exit_code == 3 and "nobody-x" in result.stderr
    assert _rows(data, "audit_event") == events  # nothing written
    # a seeker whose profile is gone but who is in the log can still be forgotten
    (data / "profiles" / "thomas-r.yaml").unlink()
    assert run(runner, data, "forget", "thomas-r").exit_code == 0


def test_an_audited_rank_does_not_import_sqlalchemy(runner: CliRunner, data: Path) -> None:
    """``rank`` with ``audit = true`` appends through sqlite3: no heavy import on its path."""
    import subprocess
    import sys

    from jobmatch.store import database, runs

    assert runs.HEAD == database.HEAD
    (data / "jobmatch.toml").write_text("audit = true\n", encoding="utf-8")
    run(runner, data, "contact", "--seeker", "jonas-b", "--kind", "visit")
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "jobmatch",
            "rank",
            "jonas-b",
            "--data",
            str(data),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "sqlalchemy" not in done.stderr
    with sqlite3.connect(data / "jobmatch.db") as conn:
        assert [c for (c,) in conn.execute("SELECT command FROM audit_event")] == [
            "contact",
            "rank",
        ]
    assert run(runner, data, "audit", "verify").exit_code == 0


def test_list_reads_the_log(runner: CliRunner, data: Path) -> None:
    """A seeker with an active placement lists as placed; a workplace's places are its
    capacity less its active placements."""

    def listed(kind: str) -> dict[str, dict[str, object]]:
        result = run(runner, data, "list", kind, "--format", "json", "--as-of", AS_OF)
        assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
        items = json.loads(result.stdout)["items"]  # type: ignore[attr-defined]
        return {item["id"]: item for item in items}

    seekers_before, places_before = listed("seekers"), listed("workplaces")
    placed = run(
        runner, data, "place", "daniel-m", "retech-okern", "--start", "2026-11-20", "--as-of", AS_OF
    )
    assert placed.exit_code == 0, placed.stderr  # type: ignore[attr-defined]
    seekers_after, places_after = listed("seekers"), listed("workplaces")
    assert seekers_before["daniel-m"]["status"] == "active"
    assert "placed_at" not in seekers_before["daniel-m"]  # no log yet: the shape of before
    assert seekers_after["daniel-m"]["status"] == "placed"
    assert seekers_after["daniel-m"]["placed_at"] == "retech-okern"  # who is placed where
    assert seekers_after["jonas-b"]["placed_at"] is None
    table = run(runner, data, "list", "seekers", "--as-of", AS_OF, "--lang", "en")
    assert "Placed at" in table.stdout and "retech-okern" in table.stdout  # type: ignore[attr-defined]
    before = places_before["retech-okern"]["capacity"]
    assert isinstance(before, int) and before >= 1
    assert places_after["retech-okern"]["capacity"] == before - 1
    only_placed = run(
        runner, data, "list", "seekers", "--status", "placed", "--format", "json", "--as-of", AS_OF
    )
    ids = [i["id"] for i in json.loads(only_placed.stdout)["items"]]  # type: ignore[attr-defined]
    assert "daniel-m" in ids


def test_due_refuses_a_broken_file_and_skips_it_when_asked(runner: CliRunner, data: Path) -> None:
    _imported(runner, data)
    broken = data / "profiles" / "jonas-b.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "limits: [\n", encoding="utf-8")
    refused = run(runner, data, "due", "--as-of", AS_OF)
    assert refused.exit_code == 1
    assert "jonas-b.yaml:" in refused.stderr and "Traceback" not in refused.stderr
    skipped = run(runner, data, "due", "--as-of", AS_OF, "--skip-invalid", "--format", "json")
    assert skipped.exit_code == 0, skipped.stderr
    assert "jonas-b.yaml" in skipped.stderr
    assert json.loads(skipped.stdout)["items"]
    quiet = run(runner, data, "due", "--as-of", AS_OF, "--skip-invalid", "--quiet")
    assert quiet.exit_code == 0 and "jonas-b.yaml" not in quiet.stderr


def test_due_refused_for_its_data_folder_leaves_no_new_log(runner: CliRunner, data: Path) -> None:
    broken = data / "profiles" / "jonas-b.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "limits: [\n", encoding="utf-8")
    assert run(runner, data, "due", "--as-of", AS_OF).exit_code == 1
    assert not (data / "jobmatch.db").exists()
    broken.unlink()
    created = run(runner, data, "due", "--as-of", AS_OF, "--format", "json")
    assert created.exit_code == 0, created.stderr
    assert (data / "jobmatch.db").exists() and json.loads(created.stdout)["items"]


def test_due_reads_the_log_the_same_beside_the_loading_workers(
    runner: CliRunner, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jobmatch.loading import folder

    _imported(runner, data)
    alone = run(runner, data, "due", "--as-of", AS_OF, "--format", "json")
    monkeypatch.setattr(folder, "PARALLEL_FROM", 1)
    beside = run(runner, data, "due", "--as-of", AS_OF, "--format", "json")
    assert alone.exit_code == beside.exit_code == 0
    assert beside.stdout == alone.stdout and json.loads(alone.stdout)["items"]
    _schema(data, "0001")
    older = run(runner, data, "due", "--as-of", AS_OF)
    assert older.exit_code == 5 and "db upgrade" in older.stderr


def test_due_names_a_broken_file_before_a_log_at_another_schema(
    runner: CliRunner, data: Path
) -> None:
    _imported(runner, data)
    _schema(data, "0001")
    broken = data / "profiles" / "jonas-b.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "limits: [\n", encoding="utf-8")
    result = run(runner, data, "due", "--as-of", AS_OF)
    assert result.exit_code == 1 and "jonas-b.yaml:" in result.stderr
    assert "db upgrade" not in result.stderr


def test_a_bad_jobmatch_toml_stops_a_contact_and_its_db_is_honoured(
    runner: CliRunner, data: Path
) -> None:
    """The log's commands read ``jobmatch.toml`` only when there is one, but then check it whole."""
    config = data / "jobmatch.toml"
    config.write_text("[followup]\nweekly_count = -1\n", encoding="utf-8")
    bad = run(runner, data, "contact", "--seeker", "jonas-b", "--kind", "visit", "--as-of", AS_OF)
    assert bad.exit_code == 1
    assert f"{config}" in bad.stderr and "followup.weekly_count" in bad.stderr
    assert not (data / "jobmatch.db").exists()
    elsewhere = data / "elsewhere.db"
    config.write_text(f'db = "{elsewhere}"\n[weights]\ninterest = 0.5\n', encoding="utf-8")
    done = run(runner, data, "contact", "--seeker", "jonas-b", "--kind", "visit")
    assert done.exit_code == 0, done.stderr
    assert done.stdout == "C1\n"
    assert elsewhere.is_file() and not (data / "jobmatch.db").exists()


def test_the_commands_that_read_the_log_take_db(
    runner: CliRunner, data: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A log kept outside the data folder is found by ``--db`` in list, batch, brief and rank."""
    elsewhere = tmp_path_factory.mktemp("office") / "log.db"
    db = ["--db", str(elsewhere), "--as-of", AS_OF]
    placed = run(runner, data, "place", "daniel-m", "retech-okern", "--start", "2026-11-20", *db)
    assert placed.exit_code == 0, placed.stderr  # type: ignore[attr-defined]
    assert not (data / "jobmatch.db").exists()
    listed = run(runner, data, "list", "seekers", "--format", "json", *db)
    items = {i["id"]: i for i in json.loads(listed.stdout)["items"]}  # type: ignore[attr-defined]
    assert items["daniel-m"]["placed_at"] == "retech-okern"
    assigned = run(runner, data, "batch", "--assign", "--format", "json", *db)
    body = json.loads(assigned.stdout)  # type: ignore[attr-defined]
    assert "daniel-m" not in {a["seeker"] for a in body["assignments"]}
    brief = run(runner, data, "brief", "daniel-m", "retech-okern", "--lang", "en", *db)
    assert "2026-11-27" in brief.stdout  # type: ignore[attr-defined]  # week 1 of the plan
    (data / "jobmatch.toml").write_text("audit = true\n", encoding="utf-8")
    events = sqlite3.connect(elsewhere).execute("SELECT count(*) FROM audit_event").fetchone()[0]
    assert run(runner, data, "rank", "jonas-b", "--format", "json", *db).exit_code == 0
    after = sqlite3.connect(elsewhere).execute("SELECT count(*) FROM audit_event").fetchone()[0]
    assert after == events + 1 and not (data / "jobmatch.db").exists()


def test_a_workplace_with_every_place_taken_is_refused_as_excluded(
    runner: CliRunner, data: Path
) -> None:
    """followup.md: "a workplace's open places are its capacity less its active placements";
    placing past them is refused as an exclusion (exit 4) and written only with a reason."""
    first = ["place", "erik-l", "sykkelverksted-torshov", "--start", "2027-03-01"]
    assert run(runner, data, *first, "--as-of", AS_OF).exit_code == 0  # capacity 1: now full
    second = ["place", "marte-k", "sykkelverksted-torshov", "--start", "2027-03-02"]
    refused = run(runner, data, *second, "--as-of", AS_OF)
    assert refused.exit_code == 4 and "no open place" in refused.stderr  # type: ignore[attr-defined]
    assert _rows(data, "placement") == 1
    earlier = ["place", "marte-k", "sykkelverksted-torshov", "--start", "2027-02-01"]
    assert run(runner, data, *earlier, "--as-of", AS_OF).exit_code == 4  # runs into March
    ended = [*earlier, "--planned-end", "2027-02-26"]
    assert run(runner, data, *ended, "--as-of", AS_OF).exit_code == 0  # over before it starts
    reason = ["--override-exclusion", "--reason", "employer asked for two"]
    forced = run(runner, data, *second[:1], "yusuf-a", *second[2:], *reason, "--as-of", AS_OF)
    assert forced.exit_code == 0, forced.stderr  # type: ignore[attr-defined]
    with sqlite3.connect(data / "jobmatch.db") as conn:
        row = conn.execute("SELECT exclusions, override_reason FROM placement WHERE id = 3")
        assert row.fetchone() == ('["no_open_place"]', "employer asked for two")
