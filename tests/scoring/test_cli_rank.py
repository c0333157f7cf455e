"""``rank``, ``explain`` and ``config`` from the command line: formats, options, exit codes, privacy."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parents[2]
AS_OF = ["--as-of", "2026-11-27"]
CANARY = "CANARY-7f3a"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example data, with canaries in every confidential place."""
    root = tmp_path_factory.mktemp("data")
    shutil.copytree(ROOT / "profiles", root / "profiles")
    shutil.copytree(ROOT / "workplaces", root / "workplaces")
    for path in [*root.glob("profiles/*.yaml"), *root.glob("workplaces/*.yaml")]:
        text = path.read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if not line.startswith("confidential")]
        body = yaml.safe_load(text)
        extra = f"\nconfidential:\n  notes: {CANARY} helse\n"
        if path.parent.name == "profiles" and "accommodations" not in body:
            extra += (
                f"accommodations:\n  - need: {CANARY} unshared\n    share_with_employer: false\n"
            )
        if "confidential" in body:
            continue
        path.write_text("\n".join(lines) + extra, encoding="utf-8")
    return root


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"FORCE_COLOR": "1", "COLUMNS": "100"})
    return result.exit_code, result.stdout, result.stderr


def first_seeker(data: Path) -> str:
    return sorted(p.stem for p in data.glob("profiles/*.yaml"))[0]


def test_rank_json_shape(data: Path) -> None:
    seeker = first_seeker(data)
    code, out, err = run("rank", seeker, "--data", str(data), "--format", "json", *AS_OF)
    assert code == 0, err
    body = json.loads(out)
    assert (
        body["schema_version"] == 1 and body["seeker"] == seeker and body["as_of"] == "2026-11-27"
    )
    scores = [m["score"] for m in body["results"]]
    assert scores == sorted(scores, reverse=True)
    for m in body["results"]:
        assert set(m) >= {
            "seeker",
            "workplace",
            "score",
            "confidence",
            "excluded",
            "exclusions",
            "components",
            "carved_tasks",
            "carved_hours",
            "reasons",
            "unknowns",
            "details",
        }
        assert not m["excluded"]
        assert set(m["components"]) >= {"interest", "preferences", "readiness", "practical"}
        assert all("code" in d for d in m["details"]["reasons"])
    assert "\x1b[" not in out


def test_show_excluded_follows_included(data: Path) -> None:
    _, out, _ = run(
        "rank",
        first_seeker(data),
        "--data",
        str(data),
        "--format",
        "json",
        "--show-excluded",
        *AS_OF,
    )
    flags = [m["excluded"] for m in json.loads(out)["results"]]
    assert flags == sorted(flags)
    for m in json.loads(out)["results"]:
        if m["excluded"]:
            assert m["score"] == 0 and m["exclusions"]


def test_top_and_min_score(data: Path) -> None:
    seeker = first_seeker(data)
    _, out, _ = run("rank", seeker, "--data", str(data), "--format", "json", "--top", "2", *AS_OF)
    assert len(json.loads(out)["results"]) <= 2
    _, out, _ = run(
        "rank", seeker, "--data", str(data), "--format", "json", "--min-score", "60", *AS_OF
    )
    assert all(m["score"] >= 60 for m in json.loads(out)["results"])


def test_rank_csv(data: Path) -> None:
    _, out, _ = run(
        "rank",
        first_seeker(data),
        "--data",
        str(data),
        "--format",
        "csv",
        "--delimiter",
        ";",
        *AS_OF,
    )
    assert out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == [
        "seeker",
        "workplace",
        "score",
        "confidence",
        "excluded",
        "interest",
        "preferences",
        "readiness",
        "practical",
        "carved_hours",
        "carved_tasks",
        "top_reason",
        "exclusions",
    ]


def test_rank_by_workplace(data: Path) -> None:
    workplace = sorted(p.stem for p in data.glob("workplaces/*.yaml"))[0]
    code, out, _ = run(
        "rank", "--workplace", workplace, "--data", str(data), "--format", "json", *AS_OF
    )
    assert code == 0 and json.loads(out)["workplace"] == workplace


def test_rank_by_workplace_ranks_every_seeker_paused_and_placed_too(data: Path) -> None:
    """cli.md: "ranks every seeker for one workplace" (``batch`` scores active ones only)."""
    workplace = sorted(p.stem for p in data.glob("workplaces/*.yaml"))[0]
    args = ("rank", "--workplace", workplace, "--data", str(data), "--format", "json")
    code, out, _ = run(*args, "--show-excluded", *AS_OF)
    assert code == 0
    seekers = {m["seeker"] for m in json.loads(out)["results"]}
    assert seekers == {p.stem for p in data.glob("profiles/*.yaml")}


def test_table_prints_brackets_verbatim(tmp_path: Path, data: Path) -> None:
    shutil.copytree(data, tmp_path / "d")
    path = next((tmp_path / "d" / "workplaces").glob("*.yaml"))
    text = path.read_text(encoding="utf-8")
    name = yaml.safe_load(text)["name"]
    path.write_text(
        text.replace(f"name: {name}", "name: Lager [bold]A[/bold]", 1), encoding="utf-8"
    )
    code, out, err = run(
        "rank",
        first_seeker(data),
        "--data",
        str(tmp_path / "d"),
        "--show-excluded",
        "--no-color",
        *AS_OF,
    )
    assert code == 0, err
    assert (
        "[bold]A[/bold]" in out.replace("\n", "").replace("│", "").replace(" ", "")
        or "[bold]" in out
    )


def test_unknown_id_exits_3_with_suggestion(data: Path) -> None:
    seeker = first_seeker(data)
    code, out, err = run("rank", seeker[:-1] + "x", "--data", str(data))
    assert code == 3 and out == ""
    assert "did you mean" in err and seeker in err


def test_usage_errors_exit_2(data: Path) -> None:
    assert run("rank", "--data", str(data))[0] == 2
    assert run("rank", "a", "--workplace", "b", "--data", str(data))[0] == 2
    assert run("rank", "a", "--format", "xml")[0] == 2
    for day in ("27/11/2026", "27.11.26", "26-11-27", "31.11.2026", "2026-11-２７", "٢٧.11.2026"):
        assert run("rank", first_seeker(data), "--data", str(data), "--as-of", day)[0] == 2


def test_existing_output_is_refused(tmp_path: Path, data: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    code, _, err = run(
        "rank", first_seeker(data), "--data", str(data), "--format", "json", "-o", str(target)
    )
    assert code == 4 and "--force" in err
    assert target.read_text(encoding="utf-8") == "old"
    code, _, _ = run(
        "rank",
        first_seeker(data),
        "--data",
        str(data),
        "--format",
        "json",
        "-o",
        str(target),
        "--force",
    )
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))["results"] is not None
    assert target.stat().st_mode & 0o777 == 0o600


def test_invalid_data_is_refused_unless_skipped(tmp_path: Path, data: Path) -> None:
    shutil.copytree(data, tmp_path / "d")
    (tmp_path / "d" / "workplaces" / "broken.yaml").write_text(
        "schema: jobmatch/workplace@1\nid: broken\n", encoding="utf-8"
    )
    code, out, err = run("rank", first_seeker(data), "--data", str(tmp_path / "d"))
    assert code == 1 and out == "" and "broken.yaml" in err
    code, _, err = run(
        "rank",
        first_seeker(data),
        "--data",
        str(tmp_path / "d"),
        "--skip-invalid",
        "--format",
        "json",
    )
    assert code == 0 and "skipped" in err and "broken.yaml" in err


def test_no_canary_in_rank_or_explain(data: Path) -> None:
    outputs = []
    for seeker in sorted(p.stem for p in data.glob("profiles/*.yaml")):
        for fmt in ("table", "json", "csv"):
            outputs.append(
                run("rank", seeker, "--data", str(data), "--format", fmt, "--show-excluded", *AS_OF)
            )
    for workplace in sorted(p.stem for p in data.glob("workplaces/*.yaml"))[:5]:
        outputs.append(
            run(
                "rank",
                "--workplace",
                workplace,
                "--data",
                str(data),
                "--format",
                "json",
                "--show-excluded",
            )
        )
        for fmt in ("terminal", "json"):
            outputs.append(
                run("explain", first_seeker(data), workplace, "--data", str(data), "--format", fmt)
            )
    for code, out, err in outputs:
        assert code == 0, err
        assert CANARY not in out and CANARY not in err


def test_explain_json_lists_every_task(data: Path) -> None:
    workplace = sorted(p.stem for p in data.glob("workplaces/*.yaml"))[0]
    _, out, _ = run(
        "explain", first_seeker(data), workplace, "--data", str(data), "--format", "json", *AS_OF
    )
    body = json.loads(out)
    on_disk = yaml.safe_load(
        (data / "workplaces" / f"{workplace}.yaml").read_text(encoding="utf-8")
    )
    assert [t["id"] for t in body["tasks"]] == [t["id"] for t in on_disk["tasks"]]
    for task in body["tasks"]:
        assert task["doable"] or task["blockers"]
        assert task["carved_hours"] > 0 or task["left_out"]
    assert set(body["component_details"]) == {"interest", "preferences", "readiness", "practical"}


def test_config_lists_every_key_with_meaning(tmp_path: Path) -> None:
    (tmp_path / "jobmatch.toml").write_text("[weights]\ninterest = 0.6\n", encoding="utf-8")
    code, out, _ = run("config", "--data", str(tmp_path), "--format", "json")
    keys = {k["key"]: k for k in json.loads(out)["keys"]}
    assert keys["weights.interest"]["value"] == 0.6 and keys["weights.interest"]["default"] == 0.45
    assert all(k["meaning"] for k in keys.values())
    (tmp_path / "jobmatch.toml").write_text("[weights]\nintrest = 0.6\n", encoding="utf-8")
    code, _, err = run("config", "--data", str(tmp_path))
    assert code == 1 and "weights.intrest" in err


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[weights]\ninterest = inf\n", "weights.interest: Input should be a finite number"),
        (
            "[weights]\ninterest = 1e308\n",
            "weights.interest: Input should be less than or equal to 100",
        ),
        (
            "[weights]\ninterest = 0\npreferences = 0\nreadiness = 0\npractical = 0\n",
            "weights: at least one weight must be above 0",
        ),
    ],
)
def test_a_configuration_that_cannot_score_is_refused(
    tmp_path: Path, data: Path, toml: str, message: str
) -> None:
    shutil.copytree(data, tmp_path / "d")
    (tmp_path / "d" / "jobmatch.toml").write_text(toml, encoding="utf-8")
    code, out, err = run(
        "rank", first_seeker(data), "--data", str(tmp_path / "d"), "--format", "json"
    )
    assert (code, out) == (1, "")
    assert message in err
