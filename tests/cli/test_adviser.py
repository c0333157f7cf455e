"""The adviser's everyday tool: list, show, completion, --version, Norwegian dates and numbers,
and the rank table at 80 columns, in both languages."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch import __version__
from jobmatch.cli import app
from jobmatch.scoring.version import engine_id

ROOT = Path(__file__).resolve().parents[2]
CANARY = "CANARY-adv-91c2"
AS_OF = ["--as-of", "2026-11-27"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example data, with a canary in the confidential notes of every file."""
    root = tmp_path_factory.mktemp("data")
    for folder in ("profiles", "workplaces"):
        shutil.copytree(ROOT / folder, root / folder)
    for path in [*root.glob("profiles/*.yaml"), *root.glob("workplaces/*.yaml")]:
        text = path.read_text(encoding="utf-8")
        if "\nconfidential:\n  notes: |\n" in text:
            text = text.replace(
                "\nconfidential:\n  notes: |\n", f"\nconfidential:\n  notes: |\n    {CANARY}\n"
            )
        else:
            text += f"confidential:\n  notes: {CANARY} helse\n"
        path.write_text(text, encoding="utf-8")
    return root


def run(*args: str, lang: str = "en", columns: int = 80) -> tuple[int, str, str]:
    env = {"COLUMNS": str(columns), "NO_COLOR": "1", "JOBMATCH_LANG": lang, "JOBMATCH_DATA": None}
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def ids(data: Path, folder: str) -> list[str]:
    return sorted(p.stem for p in (data / folder).glob("*.yaml"))


# --- list ----------------------------------------------------------------------------------


def test_list_json_has_the_shape_of_the_issue(data: Path) -> None:
    code, out, err = run("list", "seekers", "--data", str(data), "--format", "json")
    assert code == 0, err
    body = json.loads(out)
    assert list(body) == ["schema_version", "kind", "items"]
    assert body["schema_version"] == 1 and body["kind"] == "seekers"
    assert [item["id"] for item in body["items"]] == ids(data, "profiles")
    assert all(
        list(item) == ["id", "name", "status", "purpose", "municipality"] for item in body["items"]
    )
    ingrid = next(item for item in body["items"] if item["id"] == "ingrid-s")
    assert ingrid["status"] == "active" and ingrid["purpose"] == "assessment"

    code, out, _ = run("list", "workplaces", "--data", str(data), "--format", "json")
    body = json.loads(out)
    assert body["kind"] == "workplaces"
    assert [item["id"] for item in body["items"]] == ids(data, "workplaces")
    keys = ["id", "name", "offers", "municipality", "visited", "capacity"]
    assert all(list(item) == keys for item in body["items"])
    bilvask = next(item for item in body["items"] if item["id"] == "bilvask-skoyen")
    assert bilvask["visited"] is None
    kafe = next(item for item in body["items"] if item["id"] == "kafe-sagene")
    assert kafe["visited"] == "2026-10-28" and kafe["capacity"] == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["seekers", "--status", "placed"], ["kristian-h"]),
        (["seekers", "--status", "paused"], ["nora-e"]),
        (["seekers", "--municipality", "bergen"], ["sindre-v"]),
        (["workplaces", "--municipality", "  DRAMMEN "], ["vaskeri-drammen"]),
        (
            ["workplaces", "--not-visited-since", "2026-03-01"],
            ["bilvask-skoyen", "pakketerminal-berger", "vaktmester-roa", "vaskeri-drammen"],
        ),
        (
            ["workplaces", "--not-visited-since", "01.03.2026"],
            ["bilvask-skoyen", "pakketerminal-berger", "vaktmester-roa", "vaskeri-drammen"],
        ),
    ],
)
def test_list_filters(data: Path, args: list[str], expected: list[str]) -> None:
    code, out, err = run("list", *args, "--data", str(data), "--format", "json")
    assert code == 0, err
    assert sorted(item["id"] for item in json.loads(out)["items"]) == expected


def test_list_purpose_is_a_seekers_goal_or_what_a_workplace_offers(data: Path) -> None:
    _, out, _ = run(
        "list", "seekers", "--purpose", "employment", "--data", str(data), "--format", "json"
    )
    assert {item["purpose"] for item in json.loads(out)["items"]} == {"employment"}
    _, out, _ = run(
        "list", "workplaces", "--purpose", "assessment", "--data", str(data), "--format", "json"
    )
    items = json.loads(out)["items"]
    assert items and all(i["offers"] is None or "assessment" in i["offers"] for i in items)
    assert len(items) < len(ids(data, "workplaces"))


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_a_filter_for_the_other_kind_is_a_usage_error(data: Path, lang: str) -> None:
    code, out, err = run("list", "workplaces", "--status", "active", "--data", str(data), lang=lang)
    assert code == 2 and out == "" and "--status" in err
    code, _, err = run("list", "seekers", "--not-visited-since", "2026-01-01", "--data", str(data))
    assert code == 2 and "--not-visited-since" in err
    code, _, err = run(
        "list", "workplaces", "--not-visited-since", "2026/01/01", "--data", str(data)
    )
    assert code == 2


@pytest.mark.parametrize(
    ("lang", "headers", "words"),
    [
        ("en", ["Id and name", "Offers", "Municipality", "Last visit", "Places"], ["2026-10-28"]),
        ("nb", ["Id og navn", "Tilbyr", "Kommune", "Sist besøkt", "Plasser"], ["28.10.2026"]),
    ],
)
def test_list_table_in_both_languages_at_80_columns(
    data: Path, lang: str, headers: list[str], words: list[str]
) -> None:
    code, out, err = run("list", "workplaces", "--data", str(data), lang=lang)
    assert code == 0, err
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert all(h in lines[0] for h in headers)
    for word in words:
        assert word in out
    for workplace in ids(data, "workplaces"):
        assert re.search(rf"(^|\s){re.escape(workplace)}(\s|$)", out, re.M), workplace


def test_list_seekers_table_names_the_status_in_words(data: Path) -> None:
    _, out, _ = run("list", "seekers", "--data", str(data), lang="nb")
    assert "aktiv" in out and "pause" in out and "arbeidstrening" in out
    _, out, _ = run("list", "seekers", "--data", str(data), lang="en")
    assert "active" in out and "paused" in out and "work training" in out


def test_list_csv_and_the_decimal_comma(data: Path) -> None:
    code, out, _ = run("list", "workplaces", "--data", str(data), "--format", "csv")
    assert code == 0 and out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out[1:])))
    assert rows[0] == ["id", "name", "offers", "municipality", "visited", "capacity"]
    kafe = next(row for row in rows if row[0] == "kafe-sagene")
    assert kafe[2] == "assessment|training|employment" and kafe[4] == "2026-10-28"


def test_list_writes_the_format_of_the_file_extension(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "seekers.json"
    code, out, _ = run("list", "seekers", "--data", str(data), "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["kind"] == "seekers"
    assert run("list", "seekers", "--data", str(data), "-o", str(target))[0] == 4
    assert run("list", "seekers", "--data", str(data), "-o", str(tmp_path / "x.xml"))[0] == 2


# --- show ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["Ingrid S.", "ingrid-s", "Status", "active", "Interests", "Adviser"]),
        ("nb", ["Ingrid S.", "ingrid-s", "Status", "aktiv", "Interesser", "Veileder"]),
    ],
)
def test_show_seeker_in_both_languages(data: Path, lang: str, words: list[str]) -> None:
    code, out, err = run("show", "seeker", "ingrid-s", "--data", str(data), lang=lang)
    assert code == 0, err
    for word in words:
        assert word in out
    assert all(len(line) <= 80 for line in out.splitlines())


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["Kvernsteinen Kafé", "Last visit", "2026-10-28", "Tasks", "oppvask"]),
        ("nb", ["Kvernsteinen Kafé", "Sist besøkt", "28.10.2026", "Oppgaver", "oppvask"]),
    ],
)
def test_show_workplace_in_both_languages(data: Path, lang: str, words: list[str]) -> None:
    code, out, err = run("show", "workplace", "kafe-sagene", "--data", str(data), lang=lang)
    assert code == 0, err
    for word in words:
        assert word in out


@pytest.mark.parametrize("kind", ["seeker", "workplace"])
def test_confidential_only_with_the_option_and_never_in_json(data: Path, kind: str) -> None:
    folder = "profiles" if kind == "seeker" else "workplaces"
    for record in ids(data, folder):
        code, out, err = run("show", kind, record, "--data", str(data))
        assert code == 0, err
        assert CANARY not in out and CANARY not in err
        assert "--confidential" in out
        code, out, _ = run("show", kind, record, "--data", str(data), "--format", "json")
        assert code == 0 and CANARY not in out and "confidential" not in json.loads(out)["item"]
        code, out, _ = run(
            "show", kind, record, "--data", str(data), "--format", "json", "--confidential"
        )
        assert code == 0 and CANARY not in out
    canaried = next(
        r for r in ids(data, folder) if CANARY in (data / folder / f"{r}.yaml").read_text()
    )
    _, out, _ = run("show", kind, canaried, "--data", str(data), "--confidential")
    assert CANARY in out


def test_no_canary_in_any_list(data: Path) -> None:
    for kind in ("seekers", "workplaces"):
        for fmt in ("table", "json", "csv"):
            code, out, err = run("list", kind, "--data", str(data), "--format", fmt)
            assert code == 0 and CANARY not in out + err


def test_show_json_is_the_file_without_its_confidential_part(data: Path) -> None:
    _, out, _ = run("show", "seeker", "jonas-b", "--data", str(data), "--format", "json")
    body = json.loads(out)
    assert (body["schema_version"], body["kind"]) == (1, "seeker")
    assert body["item"]["id"] == "jonas-b" and body["item"]["schema"] == "jobmatch/seeker@1"


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_an_unknown_id_points_to_list(data: Path, lang: str) -> None:
    code, out, err = run("show", "seeker", "zzzz", "--data", str(data), lang=lang)
    assert code == 3 and out == "" and "zzzz" in err and "jobmatch list seekers" in err
    code, _, err = run("rank", "--workplace", "qqqqqq", "--data", str(data), lang=lang)
    assert code == 3 and "jobmatch list workplaces" in err


# --- completion and --version --------------------------------------------------------------


def complete(words: str, data: Path | None = None, lang: str = "en") -> list[str]:
    """What bash completion offers for the last word of ``words``."""
    env = {
        "_JOBMATCH_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
        "JOBMATCH_DATA": str(data) if data else None,
        "JOBMATCH_LANG": lang,
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="jobmatch")
    return result.stdout.split()


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_completion_of_ids_from_the_data_folder(data: Path, lang: str) -> None:
    assert complete("jobmatch rank jo", data, lang) == ["jonas-b"]
    assert complete("jobmatch rank --workplace ka", data, lang) == [
        "kafe-sagene",
        "kantine-helsfyr",
    ]
    assert complete("jobmatch explain jonas-b kaf", data, lang) == ["kafe-sagene"]
    assert complete("jobmatch brief ingrid-s bibl", data, lang) == ["bibliotek-kjeller"]
    assert complete("jobmatch show workplace lag", data, lang) == ["lager-alnabru"]
    assert complete("jobmatch show seeker i", data, lang) == ["ingrid-s"]


def test_completion_reads_the_data_option(data: Path, tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "kari-o.yaml").write_text("not even yaml: [", encoding="utf-8")
    assert complete(f"jobmatch rank --data {tmp_path} ka", data) == ["kari-o"]
    assert complete(f"jobmatch rank --data {tmp_path / 'none'} ka", data) == []


def test_completion_of_commands() -> None:
    assert {"list", "show", "rank"} <= set(complete("jobmatch "))


@pytest.mark.parametrize(
    ("lang", "word", "option_help"),
    [("en", "engine", "Install completion"), ("nb", "motor", "Installer fullføring")],
)
def test_version_and_completion_options_in_both_languages(
    lang: str, word: str, option_help: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run("--version", lang=lang)
    assert (code, out, err) == (0, f"jobmatch {__version__} ({word} {engine_id()})\n", "")
    code, out, _ = run("--help", lang=lang)
    assert code == 0 and "--install-completion" in out and option_help in out
    # The shell is named, not detected: typer finds it among the test's parent processes,
    # and a test run started in the background may have none.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    code, out, _ = run("--show-completion", "bash", lang=lang)
    assert code == 0 and "_JOBMATCH_COMPLETE" in out


# --- dates, numbers and the rank table -------------------------------------------------------


@pytest.mark.parametrize("day", ["27.11.2026", "27.11.2026 ", "2026-11-27"])
def test_a_norwegian_date_is_the_same_day(data: Path, day: str) -> None:
    expected = run("rank", "jonas-b", "--data", str(data), "--format", "json", *AS_OF)
    assert (
        run("rank", "jonas-b", "--data", str(data), "--format", "json", "--as-of", day) == expected
    )


def test_brief_meeting_date_takes_a_norwegian_date(data: Path) -> None:
    code, out, err = run(
        "brief", "ingrid-s", "bibliotek-kjeller", "--data", str(data), *AS_OF,
        "--meeting-date", "3.12.2026", "--format", "markdown", lang="nb",
    )  # fmt: skip
    assert code == 0, err
    assert "3. desember 2026" in out


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_a_malformed_date_names_both_forms(data: Path, lang: str) -> None:
    code, _, err = run("rank", "jonas-b", "--data", str(data), "--as-of", "30/11/2026", lang=lang)
    assert code == 2 and "30.11.2026" in err


def test_csv_with_a_semicolon_writes_decimal_commas(data: Path) -> None:
    _, out, _ = run(
        "rank", "jonas-b", "--data", str(data), *AS_OF, "--format", "csv", "--delimiter", ";"
    )
    rows = list(csv.DictReader(io.StringIO(out[1:]), delimiter=";"))
    assert rows and all("." not in row["score"] for row in rows)
    assert any("," in row["score"] for row in rows)
    _, out, _ = run("rank", "jonas-b", "--data", str(data), *AS_OF, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out[1:])))
    assert all("," not in row["score"] for row in rows) and any("." in row["score"] for row in rows)


@pytest.mark.parametrize(
    ("lang", "confidence", "jargon"),
    [("nb", "Datagrunnlag", ["Sikkerhet", "styrke"]), ("en", "Confidence", ["strength"])],
)
def test_rank_table_at_80_columns(
    data: Path, lang: str, confidence: str, jargon: list[str]
) -> None:
    for args in (["jonas-b", "--show-excluded"], ["--workplace", "bibliotek-kjeller"]):
        code, out, err = run("rank", *args, "--data", str(data), *AS_OF, lang=lang)
        assert code == 0, err
        lines = out.splitlines()
        assert all(len(line) <= 80 for line in lines)
        assert confidence in out
        assert not any(word in out for word in jargon)
    _, out, _ = run("rank", "sindre-v", "--show-excluded", "--data", str(data), *AS_OF, lang=lang)
    words = set(out.split())
    assert set(ids(data, "workplaces")) <= words  # every id whole, on one line


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize(
    "words", ["jobmatch r", "jobmatch db u", "jobmatch rank --wo", "jobmatch --"]
)
def test_completion_describes_in_words_not_keys(words: str, lang: str) -> None:
    env = {
        "_JOBMATCH_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": words,
        "JOBMATCH_LANG": lang,
    }
    offered = CliRunner().invoke(app, [], env=env, prog_name="jobmatch").stdout
    assert offered.count(":") >= 2 and "help." not in offered, offered
