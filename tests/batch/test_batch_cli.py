"""``jobmatch batch`` from the command line: formats, options, files, exit codes, privacy."""

from __future__ import annotations

import csv
import io
import json
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from jobmatch.cli import app
from jobmatch.output.csvout import BOM
from jobmatch.output.jsonout import to_json
from jobmatch.output.matches import CSV_COLUMNS
from jobmatch.scoring.version import engine_id

ROOT = Path(__file__).resolve().parents[2]
AS_OF = ["--as-of", "2026-11-27"]
CANARY = "CANARY-b4tch"
ANSI = "\x1b["


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["batch", *args], env={"COLUMNS": "100", **(env or {})})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example data, with canaries in every confidential note and an unshared accommodation."""
    root = tmp_path_factory.mktemp("data")
    for folder in ("profiles", "workplaces"):
        shutil.copytree(ROOT / folder, root / folder)
    for path in [*root.glob("profiles/*.yaml"), *root.glob("workplaces/*.yaml")]:
        text = without_block(path.read_text(encoding="utf-8"), "confidential:")
        text += f"\nconfidential:\n  notes: {CANARY} helse og diagnose\n"
        if path.parent.name == "profiles":
            unshared = f"  - need: {CANARY} unshared\n    share_with_employer: false\n"
            if "\naccommodations:\n" in text:
                text = text.replace("\naccommodations:\n", "\naccommodations:\n" + unshared, 1)
            else:
                text += "accommodations:\n" + unshared
        path.write_text(text, encoding="utf-8")
    return root


def without_block(text: str, key: str) -> str:
    """The YAML text without a top-level block (its key line and the indented lines after it)."""
    kept, inside = [], False
    for line in text.splitlines():
        if line.startswith(key):
            inside = True
            continue
        if inside and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        inside = False
        kept.append(line)
    return "\n".join(kept) + "\n"


def lines(out: str) -> list[dict[str, object]]:
    """JSON lines, each without the ``engine_version`` it ends with (checked here)."""
    found = [json.loads(line) for line in out.splitlines()]
    for item in found:
        assert list(item)[-1] == "engine_version"
        assert item.pop("engine_version") == engine_id()
    return found


def document(**fields: object) -> dict[str, object]:
    """A JSON document's head as batch writes it, then ``fields``."""
    return {"schema_version": 1, "engine_version": engine_id(), **fields}


def ranked(data: Path, seeker: str, top: int | None = 10, *extra: str) -> list[dict[str, object]]:
    """What `rank SEEKER --format json` gives, the same matches batch must give."""
    args = ["rank", seeker, "--data", str(data), "--format", "json", *AS_OF, *extra]
    if top is not None:
        args += ["--top", str(top)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    found: list[dict[str, object]] = json.loads(result.stdout)["results"]
    return found


def every_pair(data: Path, seeker: str) -> list[dict[str, object]]:
    """`rank SEEKER --show-excluded --format json`: what `batch --top 0` gives for the seeker."""
    return ranked(data, seeker, None, "--show-excluded")


def workplace_ids(data: Path) -> list[str]:
    return sorted(p.stem for p in data.glob("workplaces/*.yaml"))


def assert_excluded_after_included(found: list[dict[str, object]]) -> None:
    """Per seeker: the included ones best first, then the excluded ones by workplace id."""
    for seeker in {m["seeker"] for m in found}:
        mine = [m for m in found if m["seeker"] == seeker]
        flags = [bool(m["excluded"]) for m in mine]
        assert flags == sorted(flags), seeker
        excluded = [m for m in mine if m["excluded"]]
        assert [m["workplace"] for m in excluded] == sorted(m["workplace"] for m in excluded)  # type: ignore[type-var]
        assert all(m["score"] == 0 and m["exclusions"] for m in excluded)


def active_seekers(data: Path) -> list[str]:
    ids = []
    for path in sorted(data.glob("profiles/*.yaml")):
        if yaml.safe_load(path.read_text(encoding="utf-8")).get("status", "active") == "active":
            ids.append(path.stem)
    return ids


def test_the_canaries_are_in_the_data(data: Path) -> None:
    notes = sum(CANARY in p.read_text(encoding="utf-8") for p in data.glob("*/*.yaml"))
    assert notes == len(list(data.glob("*/*.yaml")))
    assert any(
        f"{CANARY} unshared" in p.read_text(encoding="utf-8") for p in data.glob("profiles/*.yaml")
    )
    code, _, err = run("--data", str(data), *AS_OF)
    assert code == 0, err


def test_jsonl_is_rank_for_every_active_seeker(data: Path) -> None:
    code, out, err = run("--data", str(data), *AS_OF)
    assert code == 0 and err == ""
    found = lines(out)
    seekers = active_seekers(data)
    assert [m["seeker"] for m in found] == sorted(m["seeker"] for m in found)  # type: ignore[type-var]
    assert {m["seeker"] for m in found} <= set(seekers)
    for seeker in seekers:
        assert [m for m in found if m["seeker"] == seeker] == ranked(data, seeker)


def test_inactive_seekers_are_left_out(data: Path) -> None:
    _, out, _ = run("--data", str(data), *AS_OF, "--top", "0")
    inactive = {p.stem for p in data.glob("profiles/*.yaml")} - set(active_seekers(data))
    assert inactive, "the example data has placed or paused seekers"
    assert not inactive & {m["seeker"] for m in lines(out)}


def test_top_zero_is_every_pair_excluded_after_included(data: Path) -> None:
    code, out, err = run("--data", str(data), *AS_OF, "--top", "0")
    assert code == 0 and err == ""
    found = lines(out)
    seekers, workplaces = active_seekers(data), workplace_ids(data)
    assert len(found) == len(seekers) * len(workplaces)
    assert {(m["seeker"], m["workplace"]) for m in found} == {
        (s, w) for s in seekers for w in workplaces
    }
    assert any(m["excluded"] for m in found) and not all(m["excluded"] for m in found)
    assert_excluded_after_included(found)
    for seeker in seekers:
        assert [m for m in found if m["seeker"] == seeker] == every_pair(data, seeker)


def test_top_zero_every_pair_in_json_and_csv(data: Path) -> None:
    _, jsonl, _ = run("--data", str(data), *AS_OF, "--top", "0")
    expected = lines(jsonl)
    assert len(expected) == len(active_seekers(data)) * len(workplace_ids(data))
    code, out, _ = run("--data", str(data), *AS_OF, "--top", "0", "--format", "json")
    assert code == 0
    assert out == to_json(document(as_of="2026-11-27", results=expected)) + "\n"
    code, out, _ = run("--data", str(data), *AS_OF, "--top", "0", "--format", "csv")
    assert code == 0 and out.startswith(BOM)
    rows = list(csv.DictReader(io.StringIO(out[1:])))
    assert len(rows) == len(expected)
    assert [(r["seeker"], r["workplace"], float(r["score"])) for r in rows] == [
        (m["seeker"], m["workplace"], m["score"]) for m in expected
    ]
    assert [r["excluded"] for r in rows] == [str(m["excluded"]).lower() for m in expected]
    assert all(r["exclusions"] for r, m in zip(rows, expected, strict=True) if m["excluded"])


def test_show_excluded_follows_the_top(data: Path) -> None:
    code, out, err = run("--data", str(data), *AS_OF, "--top", "2", "--show-excluded")
    assert code == 0 and err == ""
    found = lines(out)
    assert_excluded_after_included(found)
    assert any(m["excluded"] for m in found)
    for seeker in active_seekers(data):
        mine = [m for m in found if m["seeker"] == seeker]
        assert sum(not m["excluded"] for m in mine) <= 2
        assert mine == ranked(data, seeker, 2, "--show-excluded")


def test_min_score_applies_to_the_included_only(data: Path) -> None:
    args = ("--data", str(data), *AS_OF, "--min-score", "60", "--show-excluded")
    for top in ("3", "0"):
        _, out, _ = run(*args, "--top", top)
        found = lines(out)
        assert all(float(m["score"]) >= 60 for m in found if not m["excluded"])  # type: ignore[arg-type]
        for seeker in active_seekers(data):
            mine = [m for m in found if m["seeker"] == seeker]
            limit = None if top == "0" else int(top)
            assert mine == ranked(data, seeker, limit, "--show-excluded", "--min-score", "60")


def test_without_show_excluded_no_excluded_pair_is_written(data: Path) -> None:
    args = ("--data", str(data), *AS_OF, "--top", str(len(workplace_ids(data))))
    _, out, _ = run(*args)
    found = lines(out)
    assert found and not any(m["excluded"] for m in found)
    _, out, _ = run(*args, "--format", "json")
    assert json.loads(out)["results"] == found
    _, out, _ = run(*args, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out[1:])))
    assert len(rows) == len(found) and {r["excluded"] for r in rows} == {"false"}


def test_top_and_min_score(data: Path) -> None:
    _, out, _ = run("--data", str(data), *AS_OF, "--top", "2", "--min-score", "60")
    found = lines(out)
    assert found and all(float(m["score"]) >= 60 for m in found)  # type: ignore[arg-type]
    for seeker in {m["seeker"] for m in found}:
        assert 1 <= sum(m["seeker"] == seeker for m in found) <= 2


def test_json_is_one_document_with_the_same_matches(data: Path) -> None:
    _, jsonl, _ = run("--data", str(data), *AS_OF, "--top", "3")
    code, out, _ = run("--data", str(data), *AS_OF, "--top", "3", "--format", "json")
    assert code == 0
    body = document(as_of="2026-11-27", results=lines(jsonl))
    assert out == to_json(body) + "\n"


def test_json_with_no_results(data: Path) -> None:
    code, out, _ = run("--data", str(data), *AS_OF, "--format", "json", "--min-score", "100")
    assert code == 0
    assert out == to_json(document(as_of="2026-11-27", results=[])) + "\n"


def test_csv_bom_columns_delimiter(data: Path) -> None:
    _, jsonl, _ = run("--data", str(data), *AS_OF)
    for delimiter in (",", ";"):
        code, out, _ = run("--data", str(data), *AS_OF, "--format", "csv", "--delimiter", delimiter)
        assert code == 0 and out.startswith(BOM)
        rows = list(csv.reader(io.StringIO(out[1:]), delimiter=delimiter))
        assert tuple(rows[0]) == CSV_COLUMNS
        # Beside a semicolon, numbers take the decimal comma (Norwegian Excel).
        assert [(r[0], r[1], float(r[2].replace(",", "."))) for r in rows[1:]] == [
            (m["seeker"], m["workplace"], m["score"]) for m in lines(jsonl)
        ]


def test_no_colour_codes_and_no_progress_for_scripts(data: Path) -> None:
    for fmt in ("jsonl", "csv", "json"):
        code, out, err = run("--data", str(data), *AS_OF, "--format", fmt, env={"FORCE_COLOR": "1"})
        assert code == 0 and ANSI not in out and err == ""


def test_same_input_same_bytes(data: Path) -> None:
    first = run("--data", str(data), *AS_OF, "--format", "csv", "--top", "0")
    assert first == run("--data", str(data), *AS_OF, "--format", "csv", "--top", "0")


def test_output_file_atomic_0600_and_refused(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "batch.jsonl"
    code, out, err = run("--data", str(data), *AS_OF, "-o", str(target))
    assert code == 0 and out == "" and err == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == run("--data", str(data), *AS_OF)[1]
    before = target.read_bytes()
    code, _, err = run("--data", str(data), *AS_OF, "--top", "1", "-o", str(target))
    assert code == 4 and "--force" in err and target.read_bytes() == before
    code, _, _ = run("--data", str(data), *AS_OF, "--top", "1", "-o", str(target), "--force")
    assert code == 0 and target.read_bytes() != before
    assert sorted(p.name for p in target.parent.iterdir()) == ["batch.jsonl"]


def test_nothing_written_when_the_data_is_invalid(data: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    shutil.copytree(data, bad)
    (bad / "profiles" / "broken.yaml").write_text(
        "schema: jobmatch/seeker@1\nid: broken\n", encoding="utf-8"
    )
    target = tmp_path / "never.jsonl"
    code, out, err = run("--data", str(bad), *AS_OF, "-o", str(target))
    assert code == 1 and "broken.yaml" in err and out == ""
    assert not target.exists() and not list(tmp_path.glob(".never*"))
    code, out, err = run("--data", str(bad), *AS_OF, "--skip-invalid")
    assert code == 0 and "skipped" in err and lines(out)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--delimiter", "ab"], 2),
        (["--as-of", "27/11/2026"], 2),
        (["--format", "xml"], 2),
        (["--top", "-1"], 2),
        (["--objective", "fairness", "--assign"], 2),
    ],
)
def test_usage_errors(data: Path, args: list[str], code: int) -> None:
    found, out, err = run("--data", str(data), *args)
    assert found == code and out == "" and "Traceback" not in err


def test_missing_data_folder(tmp_path: Path) -> None:
    code, out, err = run("--data", str(tmp_path / "nowhere"))
    assert code == 3 and out == "" and "profiles/" in err


def test_help_says_excluded_pairs_are_left_out() -> None:
    result = CliRunner().invoke(app, ["batch", "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "--assign" in text and "--objective" in text and "--show-excluded" in text
    assert "only with --show-excluded or --top 0" in text and "every pair" in text


# --- --assign -----------------------------------------------------------------------------


def test_assign_json(data: Path) -> None:
    code, out, err = run("--data", str(data), *AS_OF, "--assign", "--format", "json")
    assert code == 0 and err == ""
    body = json.loads(out)
    assert list(body) == [
        "schema_version",
        "engine_version",
        "as_of",
        "objective",
        "assignments",
        "unassigned",
        "total_score",
    ]
    assert body["objective"] == "score" and body["as_of"] == "2026-11-27"
    placed = [a["seeker"] for a in body["assignments"]]
    assert len(placed) == len(set(placed))
    assert sorted(placed + body["unassigned"]) == active_seekers(data)
    assert body["total_score"] == pytest.approx(
        sum(a["score"] for a in body["assignments"]), abs=0.1 * len(placed)
    )
    for a in body["assignments"]:
        assert set(a) == {"seeker", "workplace", "score"}
        included = {m["workplace"]: m["score"] for m in ranked(data, a["seeker"], top=None)}
        assert included[a["workplace"]] == a["score"]


def test_assign_objectives_and_formats_agree(data: Path) -> None:
    for objective in ("score", "placed"):
        _, out, _ = run(
            "--data", str(data), *AS_OF, "--assign", "--objective", objective, "--format", "json"
        )
        body = json.loads(out)
        assert body["objective"] == objective
        _, jsonl, _ = run("--data", str(data), *AS_OF, "--assign", "--objective", objective)
        rows = lines(jsonl)
        assert rows[: len(body["assignments"])] == body["assignments"]
        assert rows[len(body["assignments"]) :] == [
            {"seeker": s, "workplace": None, "score": None} for s in body["unassigned"]
        ]
        _, text, _ = run(
            "--data",
            str(data),
            *AS_OF,
            "--assign",
            "--objective",
            objective,
            "--format",
            "csv",
            "--delimiter",
            ";",
        )
        assert text.startswith(BOM)
        table = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
        assert table[0] == ["seeker", "workplace", "score"]
        assert table[1:] == [
            [
                r["seeker"],
                r["workplace"] or "",
                "" if r["score"] is None else str(r["score"]).replace(".", ","),
            ]
            for r in rows
        ]


def test_assign_lists_the_unassigned(tmp_path: Path, data: Path) -> None:
    """Three seekers, one workplace with one place: two are listed as unassigned."""
    root = tmp_path / "one"
    (root / "profiles").mkdir(parents=True)
    (root / "workplaces").mkdir()
    for name in ("daniel-m", "erik-l", "ingrid-s"):
        shutil.copy(data / "profiles" / f"{name}.yaml", root / "profiles")
    shutil.copy(data / "workplaces" / "kontor-nydalen.yaml", root / "workplaces")
    code, out, err = run("--data", str(root), *AS_OF, "--assign", "--format", "json")
    assert code == 0, err
    body = json.loads(out)
    assert len(body["assignments"]) <= 1
    assert len(body["unassigned"]) >= 2
    _, text, _ = run("--data", str(root), *AS_OF, "--assign", "--format", "csv")
    assert sum(row.endswith(",,") for row in text.splitlines()) == len(body["unassigned"])


def test_no_confidential_data_in_any_output(data: Path, tmp_path: Path) -> None:
    outputs = []
    for fmt in ("jsonl", "csv", "json"):
        for extra in (
            [],
            ["--top", "0"],
            ["--top", "2", "--show-excluded"],
            ["--assign"],
            ["--assign", "--objective", "placed"],
        ):
            code, out, err = run("--data", str(data), *AS_OF, "--format", fmt, *extra)
            assert code == 0, err
            outputs += [out, err]
        target = tmp_path / f"out.{fmt}"
        run(
            "--data", str(data), *AS_OF, "--format", fmt, "--top", "0", "-o", str(target), "--force"
        )
        outputs.append(target.read_text(encoding="utf-8"))
    assert all(CANARY not in text for text in outputs)
    assert all("unshared" not in text for text in outputs)


def test_excluded_output_has_its_exclusions_and_no_confidential_data(data: Path) -> None:
    """The excluded matches now written are the ones the privacy test must cover: they are there."""
    _, out, _ = run("--data", str(data), *AS_OF, "--top", "0", "--lang", "en")
    excluded = [m for m in lines(out) if m["excluded"]]
    assert excluded
    assert all(m["exclusions"] and m["details"]["exclusions"] for m in excluded)  # type: ignore[index]
    assert CANARY not in out and "unshared" not in out


def test_assign_ignores_show_excluded_and_top(data: Path) -> None:
    for fmt in ("jsonl", "csv", "json"):
        plain = run("--data", str(data), *AS_OF, "--assign", "--format", fmt)
        for extra in (["--show-excluded"], ["--top", "0"], ["--top", "0", "--show-excluded"]):
            assert run("--data", str(data), *AS_OF, "--assign", "--format", fmt, *extra) == plain


def test_a_closed_pipe_ends_quietly(data: Path) -> None:
    """`jobmatch batch | head -c 100`: the reader leaves early; exit 0, no traceback."""
    args = [sys.executable, "-m", "jobmatch", "batch", "--data", str(data), *AS_OF, "--top", "0"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        head = process.stdout.read(100)
        process.stdout.close()
        err = process.stderr.read().decode("utf-8")
        code = process.wait()
    assert len(head) == 100
    assert code == 0
    assert "Traceback" not in err and "Error" not in err


def test_progress_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.progress import Progress

    from jobmatch.cli import batch as command

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert command._progress(quiet=False, no_color=False).__enter__() is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert command._progress(quiet=True, no_color=False).__enter__() is None
    assert isinstance(command._progress(quiet=False, no_color=True), Progress)
