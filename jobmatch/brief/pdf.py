"""The brief as a PDF: the HTML brief and its print stylesheet, laid out by WeasyPrint.

WeasyPrint (the extra ``jobmatch[pdf]``) is the Python ecosystem's HTML and
CSS renderer: the PDF is the page the HTML brief prints as, with no second
layout to keep in step. The page is self-contained, so nothing is fetched
while it is laid out.

The same input gives the same bytes: the document's dates are the brief's
``as_of``, never the clock; its identifier is made from the brief; and the
embedded font subsets are stamped with ``as_of`` too, through
``SOURCE_DATE_EPOCH``, which fontTools reads (the reproducible-builds
convention).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime

from jobmatch.brief.html import render_html
from jobmatch.brief.model import Brief

_EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"


def render_pdf(brief: Brief) -> bytes:
    """The brief as PDF bytes, A4, from the same HTML and print CSS as the HTML brief."""
    from weasyprint import HTML  # the optional extra, imported on first use

    day = brief.as_of or date(2000, 1, 1)
    with _stamped(day):
        document = HTML(string=render_html(brief), url_fetcher=_refuse).render()
        document.metadata.created = day.isoformat()
        document.metadata.modified = day.isoformat()
        document.metadata.lang = brief.lang
        result: bytes = document.write_pdf(pdf_identifier=_identifier(brief))
    return result


@contextlib.contextmanager
def _stamped(day: date) -> Iterator[None]:
    """``SOURCE_DATE_EPOCH`` set to ``day`` while the PDF is written, as it was after."""
    before = os.environ.get(_EPOCH_VARIABLE)
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
    os.environ[_EPOCH_VARIABLE] = str(int(midnight.timestamp()))
    try:
        yield
    finally:
        if before is None:
            del os.environ[_EPOCH_VARIABLE]
        else:
            os.environ[_EPOCH_VARIABLE] = before


def _identifier(brief: Brief) -> bytes:
    """A file identifier made from what the brief is, not from when it was made."""
    seed = f"jobmatch brief|{brief.audience}|{brief.lang}|{brief.as_of}|{brief.subtitle}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:32].encode("ascii")


def _refuse(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    """No requests: the page is self-contained, and a value in it must not reach the network."""
    raise ValueError("the brief fetches nothing")
