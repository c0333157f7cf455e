"""Constants and helpers shared by the brief tests (fixtures live in conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jobmatch.api import Engine
from jobmatch.brief import Audience, Brief, BriefFormat, build_brief, render, render_bytes
from jobmatch.loading import DataSet

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "assets" / "data"
GOLDEN = HERE / "golden"
ROOT = HERE.parent.parent
AS_OF = date(2026, 11, 27)
MEETING = date(2026, 12, 3)
GOLDEN_PAIR = ("hanne-j", "vaskeri-drammen")


def make_brief(
    data: DataSet, engine: Engine, seeker: str, workplace: str, **options: object
) -> Brief:
    """The brief of one pair, with the fixed dates unless given."""
    person, place = data.seekers[seeker], data.workplaces[workplace]
    match = engine.score(person, place)
    settings: dict[str, object] = {
        "as_of": AS_OF,
        "meeting_date": MEETING,
        "audience": Audience.ADVISER,
    }
    settings.update(options)
    return build_brief(person, place, match, **settings)  # type: ignore[arg-type]


def document_text(data: bytes, fmt: BriefFormat) -> str:
    """The text of a PDF (pypdf) or Word document (python-docx), in reading order."""
    import io

    if fmt is BriefFormat.PDF:
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    lines += [p.text for part in document.sections for p in part.footer.paragraphs]
    return "\n".join(lines)


def text_of(brief: Brief, fmt: BriefFormat, width: int = 80) -> str:
    """The brief in ``fmt`` as text: documents as the text a reader of the file sees."""
    if fmt.binary:
        return document_text(render_bytes(brief, fmt), fmt)
    return render(brief, fmt, width=width)


def need(module: str) -> None:
    """Skip without an optional extra, except under CI=true, where it must be installed."""
    import importlib
    import os

    import pytest

    try:
        importlib.import_module(module)
    except (ImportError, OSError) as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{module} is not installed in CI: {exc}")
        pytest.skip(f"{module} is not installed (pip install -e '.[pdf,docx]')")
