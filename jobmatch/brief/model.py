"""The meeting brief as data: what each renderer draws, already in one language.

A :class:`Brief` is a title and an ordered list of :class:`Section` objects,
each a heading and a few blocks (labelled entries, bullets, a task table, the
agreement checklist, paragraphs). The builder decides *what* a given audience
may read; the renderers (terminal, Markdown, HTML) only decide how it looks,
so the formats can never disagree about content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

BLANK = "________"
"""A line to fill in at the meeting: the data has nothing for it."""

BREAK = "\u2028"
"""Where a value may break into a new line (a name, then its phone and e-mail).

Renderers break the line there (terminal, HTML) or write ", " (Markdown).
It is a character no data file holds, unlike ``\\n`` in free text.
"""


class Audience(StrEnum):
    """Who the brief is written for (see ``spec/brief.md``, "The three audiences")."""

    ADVISER = "adviser"
    EMPLOYER = "employer"
    SEEKER = "seeker"


class BriefFormat(StrEnum):
    """How a brief is rendered: text (terminal, Markdown, HTML, JSON) or a document (PDF, Word)."""

    TERMINAL = "terminal"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    PDF = "pdf"
    DOCX = "docx"

    @property
    def binary(self) -> bool:
        """Whether the format is bytes (a document), not text."""
        return self in (BriefFormat.PDF, BriefFormat.DOCX)


class Tone(StrEnum):
    """How a block or entry is marked: renderers style each tone differently."""

    PLAIN = "plain"
    SUGGESTION = "suggestion"
    WARNING = "warning"
    CONFIDENTIAL = "confidential"
    EXCLUDED = "excluded"


@dataclass(frozen=True, slots=True)
class Entry:
    """A labelled value, e.g. ``Adviser: Kari Nordmann, +47 900 00 000``."""

    label: str
    value: str
    tone: Tone = Tone.PLAIN

    @property
    def blank(self) -> bool:
        return self.value == BLANK

    @property
    def parts(self) -> tuple[str, ...]:
        """The value's lines, split where it may break."""
        return tuple(self.value.split(BREAK))


@dataclass(frozen=True, slots=True)
class Entries:
    """Label and value rows."""

    kind: ClassVar[str] = "entries"
    rows: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A sentence or two."""

    kind: ClassVar[str] = "paragraph"
    text: str
    tone: Tone = Tone.PLAIN


@dataclass(frozen=True, slots=True)
class Bullets:
    """A list of short lines, with an optional lead-in."""

    kind: ClassVar[str] = "bullets"
    items: tuple[str, ...]
    lead: str = ""
    tone: Tone = Tone.PLAIN


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One task of the proposed job: its name, hours and what it demands."""

    name: str
    hours: str
    demands: str


@dataclass(frozen=True, slots=True)
class Tasks:
    """The task bundle as a table with three column headings."""

    kind: ClassVar[str] = "tasks"
    columns: tuple[str, str, str]
    rows: tuple[TaskRow, ...]


@dataclass(frozen=True, slots=True)
class AgreementItem:
    """One point of the agreement checklist, prefilled where the data allows.

    ``filled`` is false when the data cannot give the point's core (for the
    adviser this is also a warning); single lines may still be blank.
    """

    key: str
    title: str
    lines: tuple[Entry, ...]
    filled: bool


@dataclass(frozen=True, slots=True)
class Checklist:
    """The agreement checklist of ``spec/brief.md`` section 4, every item."""

    kind: ClassVar[str] = "checklist"
    items: tuple[AgreementItem, ...]


Block = Entries | Paragraph | Bullets | Tasks | Checklist


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the brief: a stable key, a heading in the brief's language, blocks."""

    key: str
    heading: str
    blocks: tuple[Block, ...]
    tone: Tone = Tone.PLAIN


@dataclass(frozen=True, slots=True)
class Brief:
    """A whole brief for one audience in one language."""

    audience: Audience
    lang: str
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    footer: str
    as_of: date | None = None
    """The date the brief is measured from: also the date of a PDF or Word document."""

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(s.heading for s in self.sections)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)
