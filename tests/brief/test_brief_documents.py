"""Briefs as documents: PDF (WeasyPrint), Word (python-docx) and JSON.

PDFs are checked with pypdf: employer and seeker briefs of six example pairs,
in both languages, fit on two A4 pages and hold every heading. Word files
open with python-docx and hold the whole checklist. Both are the same bytes
on every run. Without the extras these tests are skipped, except under
``CI=true``, where ``.ci/run`` installs them and they must run.

``JOBMATCH_UPDATE_DOCS=1`` also writes page 1 of the golden pair's employer
PDF to ``docs/brief-example.png`` (needs ``pdftoppm`` from poppler-utils).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from jobmatch.api import Engine
from jobmatch.brief import Audience, Brief, BriefFormat, render, render_bytes
from jobmatch.brief.agreement import ITEM_KEYS
from jobmatch.brief.model import Checklist
from jobmatch.cli import app
from jobmatch.cli.brief import check_place, parse_clock
from jobmatch.errors import UsageError
from jobmatch.loading import DataSet
from tests.brief.brief_support import (
    ASSETS,
    GOLDEN_PAIR,
    ROOT,
    document_text,
    make_brief,
    need,
)

EXAMPLE_SEEKERS = ("daniel-m", "marte-k", "jonas-b", "lise-m", "hanne-j", "ingrid-s")
MAX_PAGES = 2
A4 = (595.28, 841.89)  # points
ENV = {"NO_COLOR": "1", "FORCE_COLOR": None, "COLUMNS": "80", "JOBMATCH_LANG": "nb"}
DATES = ["--as-of", "2026-11-27", "--meeting-date", "2026-12-03"]


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["brief", "--data", str(ASSETS), *DATES, *args], env=ENV)


def flat(text: str) -> str:
    return " ".join(text.split())


def checklist_titles(brief: Brief) -> list[str]:
    section = brief.section("agreement")
    assert section is not None
    checklist = next(b for b in section.blocks if isinstance(b, Checklist))
    return [item.title for item in checklist.items]


# --- PDF ---------------------------------------------------------------------------


def example_pairs(examples: DataSet, engine: Engine) -> list[tuple[str, str]]:
    """Each example seeker with their best workplace that is not excluded."""
    pairs = []
    for seeker in EXAMPLE_SEEKERS:
        ranked = engine.rank_workplaces(examples.seekers[seeker], examples.workplaces.values())
        best = next((m.workplace for m in ranked if not m.excluded), None)
        if best is not None:
            pairs.append((seeker, best))
    return pairs


def check_pdf(brief: Brief) -> bytes:
    """The brief's PDF: A4 pages, at most two for employer and seeker, every heading in it."""
    from pypdf import PdfReader

    data = render_bytes(brief, BriefFormat.PDF)
    reader = PdfReader(io.BytesIO(data))
    if brief.audience is not Audience.ADVISER:
        assert len(reader.pages) <= MAX_PAGES, f"{brief.subtitle}: {len(reader.pages)} pages"
    for page in reader.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4, abs=1)
    text = flat(document_text(data, BriefFormat.PDF))
    for heading in (brief.title, brief.subtitle, *brief.headings):
        assert flat(heading) in text, f"{brief.subtitle}: {heading!r} not in the PDF"
    return data


@pytest.mark.parametrize("index", range(len(EXAMPLE_SEEKERS)))
def test_example_briefs_are_pdfs_of_at_most_two_a4_pages(
    examples: DataSet, engine: Engine, index: int
) -> None:
    need("weasyprint")
    pairs = example_pairs(examples, engine)
    assert len(pairs) == len(EXAMPLE_SEEKERS)
    seeker, workplace = pairs[index]
    for audience in (Audience.EMPLOYER, Audience.SEEKER):
        for lang in ("nb", "en"):
            check_pdf(make_brief(examples, engine, seeker, workplace, audience=audience, lang=lang))


def test_adviser_pdf_holds_every_heading(assets: DataSet, engine: Engine) -> None:
    need("weasyprint")
    check_pdf(make_brief(assets, engine, *GOLDEN_PAIR, audience=Audience.ADVISER))


def test_golden_pdf_and_its_picture_in_the_docs(
    assets: DataSet, engine: Engine, tmp_path: Path
) -> None:
    need("weasyprint")
    pdf = tmp_path / "employer.pdf"
    pdf.write_bytes(check_pdf(make_brief(assets, engine, *GOLDEN_PAIR, audience=Audience.EMPLOYER)))
    if os.environ.get("JOBMATCH_UPDATE_DOCS"):
        pdftoppm = shutil.which("pdftoppm")
        assert pdftoppm, "pdftoppm is not installed (apt-get install poppler-utils)"
        page = tmp_path / "page"
        command = [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*command, str(pdf), str(page)], check=True)
        shutil.copyfile(tmp_path / "page.png", ROOT / "docs" / "brief-example.png")
    assert (ROOT / "docs" / "brief-example.png").is_file()


def test_pdf_from_the_command_line_is_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    need("weasyprint")
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    for target in (first, second):
        result = run(*GOLDEN_PAIR, "--audience", "employer", "-o", str(target))
        assert result.exit_code == 0, result.output
        assert result.stdout == "" and result.stderr == ""
    assert first.read_bytes().startswith(b"%PDF-") and first.read_bytes() == second.read_bytes()
    assert created(first) == "D:20261127"
    later = tmp_path / "later.pdf"
    dated = run(*GOLDEN_PAIR, "--audience", "employer", "--as-of", "2026-12-01", "-o", str(later))
    assert dated.exit_code == 0, dated.output
    assert created(later) == "D:20261201"


def created(pdf: Path) -> str:
    from pypdf import PdfReader

    metadata = PdfReader(pdf).metadata
    assert metadata is not None
    return str(metadata["/CreationDate"])


def test_format_pdf_writes_a_pdf_to_a_pipe() -> None:
    need("weasyprint")
    result = run(*GOLDEN_PAIR, "--audience", "seeker", "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"%PDF-")


# --- Word --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("audience", list(Audience))
def test_word_opens_and_holds_the_checklist(
    assets: DataSet, engine: Engine, audience: Audience, lang: str
) -> None:
    need("docx")
    import docx

    brief = make_brief(assets, engine, *GOLDEN_PAIR, audience=audience, lang=lang)
    document = docx.Document(io.BytesIO(render_bytes(brief, BriefFormat.DOCX)))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == brief.title
    assert [h for h in headings if h in brief.headings] == list(brief.headings)
    boxes = [h for h in headings if h.startswith("\u2610 ")]
    titles = checklist_titles(brief)
    assert boxes == [f"\u2610 {n}. {title}" for n, title in enumerate(titles, start=1)]
    assert len(titles) == len(ITEM_KEYS)
    section = document.sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.5)
    assert document.core_properties.language == lang
    assert document.core_properties.created.date().isoformat() == "2026-11-27"


def test_word_from_the_command_line_is_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    need("docx")
    first, second = tmp_path / "first.docx", tmp_path / "second.docx"
    for target in (first, second):
        result = run(*GOLDEN_PAIR, "--audience", "employer", "-o", str(target))
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().startswith(b"PK")
    text = document_text(first.read_bytes(), BriefFormat.DOCX)
    assert "Hanne J." in text and "Bente Kristoffersen" in text


# --- without the extras ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "module", "extra"),
    [("brief.pdf", "weasyprint", "pdf"), ("brief.docx", "docx", "docx")],
)
def test_without_the_extra_exit_2_with_the_install_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, module: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    result = run(*GOLDEN_PAIR, "-o", str(tmp_path / name))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"pip install 'jobmatch[{extra}]'" in result.stderr
    assert list(tmp_path.iterdir()) == []
    fmt = run(*GOLDEN_PAIR, "--format", name.split(".")[1])
    assert fmt.exit_code == 2 and fmt.stdout == "" and f"jobmatch[{extra}]" in fmt.stderr


def test_without_pango_exit_2_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pango(name: str) -> object:
        raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr("jobmatch.brief.extras.importlib.import_module", no_pango)
    result = run(*GOLDEN_PAIR, "-o", str(tmp_path / "brief.pdf"), "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("PDF needs the Pango library")
    assert list(tmp_path.iterdir()) == []


# --- JSON --------------------------------------------------------------------------


@pytest.mark.parametrize("audience", list(Audience))
def test_json_is_the_brief_as_data(assets: DataSet, engine: Engine, audience: Audience) -> None:
    brief = make_brief(assets, engine, *GOLDEN_PAIR, audience=audience)
    data = json.loads(render(brief, BriefFormat.JSON))
    assert data["schema_version"] == 1 and data["kind"] == "brief"
    assert (data["audience"], data["language"], data["as_of"]) == (
        audience.value,
        "nb",
        "2026-11-27",
    )
    assert [s["key"] for s in data["sections"]] == [s.key for s in brief.sections]
    agreement = next(s for s in data["sections"] if s["key"] == "agreement")
    checklist = next(b for b in agreement["blocks"] if b["kind"] == "checklist")
    assert [i["key"] for i in checklist["items"]] == list(ITEM_KEYS)
    mentor = next(i for i in checklist["items"] if i["key"] == "mentor")
    assert {"label": "Navn", "value": None, "tone": "plain"} in mentor["lines"]  # a blank line
    assert ("confidential" in [s["key"] for s in data["sections"]]) is (
        audience is Audience.ADVISER
    )


def test_json_from_the_command_line(tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    result = run(*GOLDEN_PAIR, "--audience", "employer", "-o", str(target))
    assert result.exit_code == 0, result.output
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["audience"] == "employer" and data["title"] == "Første møte – til arbeidsgiver"
    piped = run(*GOLDEN_PAIR, "--audience", "employer", "--format", "json")
    assert json.loads(piped.stdout) == data


# --- meeting time and place --------------------------------------------------------


def test_meeting_time_and_place_in_the_header() -> None:
    result = run(
        *GOLDEN_PAIR,
        "--audience",
        "employer",
        "--meeting-time",
        "9.30",
        "--meeting-place",
        "  Kobbervikdalen 70,\n resepsjonen ",
    )
    assert result.exit_code == 0, result.output
    assert "- **Møtedato:** 3. desember 2026\n- **Klokkeslett:** 09:30\n" in result.stdout
    assert "- **Møtested:** Kobbervikdalen 70, resepsjonen\n" in result.stdout
    english = run(*GOLDEN_PAIR, "--lang", "en", "--meeting-time", "14:05")
    assert "- **Meeting time:** 14:05\n" in english.stdout
    assert "Meeting place" not in english.stdout  # only when given


@pytest.mark.parametrize("text", ["25:00", "9", "9:5", "kl. 9", "09:30:00", ""])
def test_a_malformed_meeting_time_is_a_usage_error(text: str, tmp_path: Path) -> None:
    result = run(*GOLDEN_PAIR, "--meeting-time", text, "-o", str(tmp_path / "brief.md"))
    assert result.exit_code == 2
    assert "--meeting-time" in result.stderr
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UsageError):
        parse_clock(text)


@pytest.mark.parametrize("text", ["", "   ", "Rom\x1b[8m 2", "Rom\u202e2", "Rom\x07"])
def test_a_meeting_place_with_control_characters_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError):
        check_place(text)
    result = run(*GOLDEN_PAIR, "--meeting-place", text)
    assert result.exit_code == 2 and result.stdout == ""


def test_a_document_is_not_printed_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    need("docx")
    from jobmatch.cli import brief as command

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    with pytest.raises(UsageError) as refused:
        command._check_document(BriefFormat.DOCX, None)
    assert refused.value.exit_code == 2
    command._check_document(BriefFormat.MARKDOWN, None)
