"""``jobmatch brief`` on the command line: exit codes, files, formats, languages."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from jobmatch.brief import BriefFormat
from jobmatch.cli import app
from jobmatch.cli.brief import choose_format
from tests.brief.brief_support import ASSETS, GOLDEN_PAIR

ENV = {"NO_COLOR": "1", "FORCE_COLOR": None, "COLUMNS": "80", "JOBMATCH_LANG": "nb"}
DATES = ["--as-of", "2026-11-27", "--meeting-date", "2026-12-03"]
EXCLUDED = ("hanne-j", "fullt-lager")


def run(*args: str, data: Path = ASSETS) -> Result:
    """Options given in ``args`` come last, so they win over the fixed dates."""
    return CliRunner().invoke(app, ["brief", "--data", str(data), *DATES, *args], env=ENV)


def test_markdown_on_stdout_when_not_a_terminal() -> None:
    result = run(*GOLDEN_PAIR)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Første møte – veileders notat\n")
    assert result.stderr == ""


def test_terminal_format_on_request() -> None:
    result = run(*GOLDEN_PAIR, "--format", "terminal", "--audience", "employer")
    assert result.exit_code == 0
    assert (
        result.stdout.startswith("Første møte – til arbeidsgiver\n")
        and "╭─  Møtet" in result.stdout
    )


@pytest.mark.parametrize("args", [("nobody", GOLDEN_PAIR[1]), (GOLDEN_PAIR[0], "nowhere")])
def test_unknown_id_exits_3(args: tuple[str, str]) -> None:
    result = run(*args)
    assert result.exit_code == 3
    assert result.stdout == "" and result.stderr.startswith("ingen ")  # $JOBMATCH_LANG=nb


@pytest.mark.parametrize("audience", ["employer", "seeker"])
def test_excluded_match_refused_to_employer_and_seeker(audience: str) -> None:
    result = run(*EXCLUDED, "--audience", audience)
    assert result.exit_code == 4
    assert result.stdout == ""
    assert "utelukket" in result.stderr and "WPCANARY42" not in result.stderr  # $JOBMATCH_LANG=nb
    english = CliRunner().invoke(
        app,
        ["brief", "--data", str(ASSETS), *DATES, *EXCLUDED, "--audience", audience],
        env={**ENV, "JOBMATCH_LANG": "en"},
    )
    assert english.exit_code == 4
    assert f"no {audience} brief is made" in english.stderr


def test_excluded_match_adviser_brief_starts_with_exclusions() -> None:
    result = run(*EXCLUDED)
    assert result.exit_code == 0
    sections = result.stdout.split("\n## ")
    assert sections[1].startswith("Utelukket: matchen bryter en fast regel")
    assert "kapasitet 0" in sections[1]


def test_output_file_is_written_with_mode_0600(tmp_path: Path) -> None:
    target = tmp_path / "brief.html"
    result = run(*GOLDEN_PAIR, "--audience", "employer", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html"]


def test_existing_output_is_refused_without_force(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    result = run(*GOLDEN_PAIR, "-o", str(target))
    assert result.exit_code == 4
    assert "finnes allerede; bruk --force" in result.stderr
    assert target.read_text(encoding="utf-8") == "old"
    forced = run(*GOLDEN_PAIR, "-o", str(target), "--force")
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Første møte")


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((*EXCLUDED, "--audience", "employer"), 4),
        (("nobody", GOLDEN_PAIR[1]), 3),
        ((*GOLDEN_PAIR, "--meeting-date", "3/12/2026"), 2),
        ((*GOLDEN_PAIR, "--audience", "boss"), 2),
    ],
)
def test_nothing_is_written_on_failure(tmp_path: Path, args: tuple[str, ...], code: int) -> None:
    target = tmp_path / "brief.md"
    result = run(*args, "-o", str(target))
    assert result.exit_code == code
    assert list(tmp_path.iterdir()) == []


def test_bad_meeting_date_is_a_usage_error() -> None:
    result = run(*GOLDEN_PAIR, "--meeting-date", "next week")
    assert result.exit_code == 2
    assert "--meeting-date" in result.stderr


def test_seeker_brief_in_the_seekers_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ASSETS, data)
    profile = data / "profiles" / f"{GOLDEN_PAIR[0]}.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8").replace("language: nb", "language: en"),
        encoding="utf-8",
    )
    seeker = run(*GOLDEN_PAIR, "--audience", "seeker", data=data)
    assert seeker.stdout.startswith("# Your first meeting\n")
    adviser = run(*GOLDEN_PAIR, data=data)
    assert adviser.stdout.startswith("# Første møte")  # $JOBMATCH_LANG, not the seeker's language
    forced = run(*GOLDEN_PAIR, "--audience", "seeker", "--lang", "nb", data=data)
    assert forced.stdout.startswith("# Ditt første møte\n")


def test_employer_brief_in_the_workplaces_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ASSETS, data)
    workplace = data / "workplaces" / f"{GOLDEN_PAIR[1]}.yaml"
    text = workplace.read_text(encoding="utf-8")
    workplace.write_text(text.replace("\nindustry:", "\nlanguage: en\nindustry:", 1), "utf-8")
    employer = run(*GOLDEN_PAIR, "--audience", "employer", data=data)
    assert employer.stdout.startswith("# First meeting – for the employer\n")
    adviser = run(*GOLDEN_PAIR, data=data)
    assert adviser.stdout.startswith("# Første møte")  # $JOBMATCH_LANG, not the workplace's
    seeker = run(*GOLDEN_PAIR, "--audience", "seeker", data=data)
    assert seeker.stdout.startswith("# Ditt første møte\n")  # the seeker's own language
    forced = run(*GOLDEN_PAIR, "--audience", "employer", "--lang", "nb", data=data)
    assert forced.stdout.startswith("# Første møte – til arbeidsgiver\n")


def test_same_input_same_output() -> None:
    assert (
        run(*GOLDEN_PAIR, "--format", "html").stdout == run(*GOLDEN_PAIR, "--format", "html").stdout
    )


@pytest.mark.parametrize(
    ("option", "output", "tty", "expected"),
    [
        (None, "x.md", False, BriefFormat.MARKDOWN),
        (None, "x.markdown", True, BriefFormat.MARKDOWN),
        (None, "x.HTML", True, BriefFormat.HTML),
        (None, "x.htm", False, BriefFormat.HTML),
        (None, "x.txt", True, BriefFormat.TERMINAL),
        (None, "x", True, BriefFormat.MARKDOWN),
        (None, None, True, BriefFormat.TERMINAL),
        (None, "-", True, BriefFormat.TERMINAL),
        (None, None, False, BriefFormat.MARKDOWN),
        (BriefFormat.HTML, "x.md", False, BriefFormat.HTML),
    ],
)
def test_format_default(
    option: BriefFormat | None, output: str | None, tty: bool, expected: BriefFormat
) -> None:
    assert choose_format(option, Path(output) if output else None, tty) is expected


def test_terminal_file_output_has_no_escape_codes(tmp_path: Path) -> None:
    target = tmp_path / "brief.txt"
    result = CliRunner().invoke(
        app,
        [
            "brief",
            *GOLDEN_PAIR,
            "--data",
            str(ASSETS),
            *DATES,
            "--format",
            "terminal",
            "-o",
            str(target),
        ],
        env={**ENV, "FORCE_COLOR": "1", "NO_COLOR": None},
    )
    assert result.exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "\x1b[" not in text and max(map(len, text.splitlines())) <= 80


@pytest.mark.parametrize("name", ["brief.doc", "brief.odt", "brief.csv", "brief.DOC"])
def test_an_extension_the_brief_cannot_be_written_as_is_refused(tmp_path: Path, name: str) -> None:
    result = run(*GOLDEN_PAIR, "-o", str(tmp_path / name), "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"{tmp_path / name}: ")
    assert "use .docx, .htm, .html, .json, .markdown, .md, .pdf, .txt" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_txt_is_the_terminal_text_without_colour(tmp_path: Path) -> None:
    target = tmp_path / "brief.txt"
    result = run(*GOLDEN_PAIR, "-o", str(target))
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("Første møte – veileders notat\n") and "\x1b[" not in text
