"""The brief as a Word document (.docx), for an adviser who edits it before sending it.

Built with python-docx (the extra ``jobmatch[docx]``) from the brief's data,
not from its HTML: headings, label and value tables, bullet lists, the task
table and the agreement checklist, each as Word's own structures, so that
the adviser can edit them. A4 with the print margins of the PDF.

The same input gives the same bytes: the document's dates are the brief's
``as_of``, and the parts of the file (a zip archive) are written in a fixed
order with ``as_of`` as their time.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from jobmatch.brief.model import (
    Block,
    Brief,
    Bullets,
    Checklist,
    Entries,
    Entry,
    Paragraph,
    Tasks,
    Tone,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph as WordParagraph

UNTICKED = "\u2610"
"""The box before each checklist item (☐), as on the printed brief."""
_MARKED = {Tone.CONFIDENTIAL: "802244", Tone.EXCLUDED: "802244", Tone.WARNING: "996600"}
"""Text colours (RGB) of tones that must stand out: confidential and excluded, warnings."""


def render_docx(brief: Brief) -> bytes:
    """The brief as the bytes of a .docx file."""
    import docx  # the optional extra, imported on first use

    document = docx.Document()
    _page(document)
    _properties(document, brief)
    document.add_heading(brief.title, level=0)
    _text(document.add_paragraph(), brief.subtitle, bold=True)
    for section in brief.sections:
        heading = document.add_heading(section.heading, level=1)
        _tone(heading, section.tone)
        for block in section.blocks:
            _block(document, block)
    _text(document.add_paragraph(), brief.footer, italic=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), brief.as_of or date(2000, 1, 1))


def _page(document: Document) -> None:
    from docx.shared import Mm

    for part in document.sections:
        part.page_width, part.page_height = Mm(210), Mm(297)
        part.top_margin, part.bottom_margin = Mm(13), Mm(14)
        part.left_margin, part.right_margin = Mm(14), Mm(14)


def _properties(document: Document, brief: Brief) -> None:
    """Title, language and dates from the brief; no author, no time of day."""
    props = document.core_properties
    day = brief.as_of or date(2000, 1, 1)
    stamp = datetime(day.year, day.month, day.day, tzinfo=UTC)
    props.title = f"{brief.title}: {brief.subtitle}"
    props.language = brief.lang
    props.author = props.last_modified_by = ""
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1


def _block(document: Document, block: Block) -> None:
    if isinstance(block, Entries):
        _entries(document, block.rows)
    elif isinstance(block, Paragraph):
        paragraph = document.add_paragraph()
        _text(paragraph, block.text, italic=block.tone is Tone.SUGGESTION)
        _tone(paragraph, block.tone)
    elif isinstance(block, Bullets):
        _bullets(document, block)
    elif isinstance(block, Tasks):
        _tasks(document, block)
    else:
        _checklist(document, block)


def _entries(document: Document, rows: tuple[Entry, ...]) -> None:
    """Label and value rows as a two-column table without borders: labels 5.5 cm wide."""
    from docx.shared import Mm

    table = document.add_table(rows=0, cols=2)
    table.autofit = False
    for entry in rows:
        label, value = table.add_row().cells
        label.width, value.width = Mm(55), Mm(127)
        _text(label.paragraphs[0], entry.label, bold=True)
        _value(value.paragraphs[0], entry)


def _value(paragraph: WordParagraph, entry: Entry) -> None:
    """The value's lines with a line break where it may break; suggestions in italics."""
    for number, part in enumerate(entry.parts):
        if number:
            paragraph.runs[-1].add_break()
        run = paragraph.add_run(part)
        run.italic = entry.tone is Tone.SUGGESTION or None
    _tone(paragraph, entry.tone)


def _bullets(document: Document, block: Bullets) -> None:
    if block.lead:
        lead = document.add_paragraph()
        _text(lead, block.lead, bold=True)
        _tone(lead, block.tone)
    for item in block.items:
        paragraph = document.add_paragraph(style="List Bullet")
        _text(paragraph, item)
        _tone(paragraph, block.tone)


def _tasks(document: Document, block: Tasks) -> None:
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, block.columns, strict=True):
        _text(cell.paragraphs[0], heading, bold=True)
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, (row.name, row.hours, row.demands), strict=True):
            _text(cell.paragraphs[0], text)
    _right_align(table, column=1)


def _right_align(table: Table, column: int) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for row in table.rows:
        row.cells[column].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _checklist(document: Document, block: Checklist) -> None:
    """Each item as a small heading with its box and number, then its lines."""
    for number, item in enumerate(block.items, start=1):
        document.add_heading(f"{UNTICKED} {number}. {item.title}", level=3)
        _entries(document, item.lines)


def _text(paragraph: WordParagraph, text: str, *, bold: bool = False, italic: bool = False) -> None:
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None


def _tone(paragraph: WordParagraph, tone: Tone) -> None:
    from docx.shared import RGBColor

    colour = _MARKED.get(tone)
    if colour is None:
        return
    for run in paragraph.runs:
        run.font.color.rgb = RGBColor.from_string(colour)


def _fixed_zip(data: bytes, day: date) -> bytes:
    """The same archive with every part dated ``day``, so the bytes depend on the brief alone.

    python-docx stamps each part with the time it was written; Word reads the
    parts by name, not by date.
    """
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
