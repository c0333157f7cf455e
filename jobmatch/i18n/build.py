"""Compile the catalogs' ``.po`` sources into the ``.mo`` files the package ships.

    python -m jobmatch.i18n.build          # write the .mo files
    python -m jobmatch.i18n.build --check  # exit 1 if one is out of date

Needs Babel (a test dependency); the installed package reads the ``.mo``
files with the standard library's gettext alone.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from jobmatch.i18n.catalog import DOMAIN
from jobmatch.i18n.languages import LANGUAGES

FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def source(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def compiled(lang: str) -> bytes:
    """The ``.mo`` bytes for the ``.po`` source of ``lang``."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with source(lang).open("rb") as handle:
        catalog = read_po(handle, locale=LANGUAGES[lang].locale, domain=DOMAIN)
    # Babel stamps the header with the time of reading unless told otherwise:
    # a fixed date keeps the bytes the same from one minute to the next.
    catalog.creation_date = FIXED_DATE
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    stale = []
    for lang in LANGUAGES:
        target = source(lang).with_suffix(".mo")
        data = compiled(lang)
        if target.is_file() and target.read_bytes() == data:
            continue
        if check:
            stale.append(str(target))
        else:
            target.write_bytes(data)
    for path in stale:
        sys.stderr.write(f"{path}: out of date; run python -m jobmatch.i18n.build\n")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
