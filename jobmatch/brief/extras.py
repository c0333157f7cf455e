"""The optional extras behind PDF and Word briefs, checked before anything is read or written.

PDF needs WeasyPrint (``jobmatch[pdf]``), which itself needs the Pango
library of the system; Word needs python-docx (``jobmatch[docx]``). A
missing piece is a usage error (exit 2) whose message is the line to run.
"""

from __future__ import annotations

import importlib

from jobmatch.brief.model import BriefFormat
from jobmatch.errors import UsageError

_EXTRAS = {BriefFormat.PDF: ("weasyprint", "pdf"), BriefFormat.DOCX: ("docx", "docx")}
"""Format: (the module it imports, the name of the extra that installs it)."""


def require_extra(fmt: BriefFormat) -> None:
    """Import the library ``fmt`` needs, or raise :class:`UsageError` with the install line."""
    if fmt not in _EXTRAS:
        return
    module, extra = _EXTRAS[fmt]
    try:
        importlib.import_module(module)
    except ImportError:
        raise UsageError(key="error.extra_missing", format=fmt.value.upper(), extra=extra) from None
    except OSError:
        # WeasyPrint is installed, but the system's Pango library it loads is not
        raise UsageError(key="error.pango_missing") from None
