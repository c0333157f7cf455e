"""The HTML brief in a real browser: printed to PDF by headless Chromium.

Each employer and seeker brief of several example pairs must fit on two A4
pages, and every section heading must be in the PDF's text. Without
Chromium or poppler-utils the test is skipped, except under ``CI=true``,
where it fails: CI must run it.

The picture in the docs is of the PDF jobmatch writes itself (WeasyPrint):
see ``test_brief_documents.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from jobmatch.api import Engine
from jobmatch.brief import Audience, Brief, BriefFormat, render
from jobmatch.loading import DataSet
from tests.brief.brief_support import GOLDEN_PAIR, make_brief

EXAMPLE_SEEKERS = ("daniel-m", "marte-k", "jonas-b", "lise-m")
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
MAX_PAGES = 2


def tool(*names: str) -> str:
    """The first program found; skip (or fail under CI=true) when none is installed."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    message = (
        f"{names[0]} is not installed (apt-get install chromium poppler-utils fonts-dejavu-core)"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def print_pdf(html: str, folder: Path, name: str) -> Path:
    """Print an HTML page to PDF with headless Chromium, no header or footer."""
    browser = tool(*BROWSERS)
    page, pdf = folder / f"{name}.html", folder / f"{name}.pdf"
    page.write_text(html, encoding="utf-8")
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={folder / f'profile-{name}'}",
        f"--print-to-pdf={pdf}",
        "--no-pdf-header-footer",
        page.as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    assert pdf.is_file() and pdf.stat().st_size > 0
    return pdf


def pages(pdf: Path) -> int:
    info = subprocess.run(
        [tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert found is not None
    return int(found.group(1))


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        [tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.split())


def example_pairs(examples: DataSet, engine: Engine) -> list[tuple[str, str]]:
    """Each example seeker with their best workplace that is not excluded."""
    pairs = []
    for seeker in EXAMPLE_SEEKERS:
        if seeker not in examples.seekers:
            continue
        ranked = engine.rank_workplaces(examples.seekers[seeker], examples.workplaces.values())
        best = next((m.workplace for m in ranked if not m.excluded), None)
        if best is not None:
            pairs.append((seeker, best))
    return pairs


def check_printed(brief: Brief, folder: Path, name: str, max_pages: int | None) -> int:
    pdf = print_pdf(render(brief, BriefFormat.HTML), folder, name)
    count, text = pages(pdf), pdf_text(pdf)
    if max_pages is not None:
        assert count <= max_pages, f"{name}: {count} pages"
    for heading in (brief.title, *brief.headings):
        assert " ".join(heading.split()) in text, f"{name}: heading {heading!r} not in the PDF"
    return count


@pytest.mark.parametrize("index", range(len(EXAMPLE_SEEKERS)))
def test_example_briefs_print_on_two_pages(
    examples: DataSet, engine: Engine, tmp_path: Path, index: int
) -> None:
    pairs = example_pairs(examples, engine)
    if index >= len(pairs):
        pytest.skip("fewer example pairs than expected")
    seeker, workplace = pairs[index]
    own = examples.seekers[seeker].language or "nb"
    for audience, lang in (
        (Audience.EMPLOYER, "nb"),
        (Audience.SEEKER, own),
        (Audience.EMPLOYER, "en"),
    ):
        brief = make_brief(examples, engine, seeker, workplace, audience=audience, lang=lang)
        check_printed(brief, tmp_path, f"{seeker}-{workplace}-{audience}-{lang}", MAX_PAGES)


def test_adviser_brief_prints_with_every_heading(
    examples: DataSet, engine: Engine, tmp_path: Path
) -> None:
    seeker, workplace = example_pairs(examples, engine)[0]
    for lang in ("nb", "en"):
        brief = make_brief(
            examples, engine, seeker, workplace, audience=Audience.ADVISER, lang=lang
        )
        check_printed(brief, tmp_path, f"adviser-{lang}", None)


def test_golden_pair_prints_and_documents(assets: DataSet, engine: Engine, tmp_path: Path) -> None:
    for audience in (Audience.EMPLOYER, Audience.SEEKER):
        brief = make_brief(assets, engine, *GOLDEN_PAIR, audience=audience)
        check_printed(brief, tmp_path, f"golden-{audience}", MAX_PAGES)
