"""Text-first YAML: every scalar stays text, with its place in the file.

PyYAML's ``safe_load`` follows YAML 1.1 and turns ``NO`` into ``False``,
``0150`` into 104 and ``8:30`` into 510. Here the C parser produces events
and we build plain dicts, lists and strings from them ourselves, so no value
is guessed; the models convert typed fields. Anchors, aliases, tags,
duplicate keys, deep nesting and large files are refused, each with its line
and column. Messages never quote a value from the file; each is a catalog
key (``validate.*``), written in the command line's language when shown.
"""

from __future__ import annotations

import codecs
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml

from jobmatch.errors import Problem

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 20
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")
# A key is printed only when it looks like a field name. Anything else is more
# likely text typed or indented wrongly (``Ola har angst: ja``), and so are the
# unknown keys of the confidential block, whose only key is ``notes``.
_KEY_LIKE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,39}")
# The same holds in the accommodations, which are about health as often as not.
PRIVATE_BLOCKS = {
    "confidential": frozenset({"notes"}),
    "accommodations": frozenset({"need", "category", "share_with_employer"}),
}
HIDDEN_KEY = "?"
# Characters that can move the cursor, retitle a terminal or reorder what a reader
# sees: C0 controls but tab and newline, DEL, C1 controls, and the bidirectional
# embeddings, overrides and isolates. No value may hold one (spec/reliability.md v2).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The place of the value of a key that was refused (``null:``): never a real key,
# since no key can hold a NUL.
_SKIPPED = "\x00"

Location = tuple[str | int, ...]

try:
    _Loader: Any = yaml.CSafeLoader
    _Parser: Any = yaml.cyaml.CParser  # type: ignore[attr-defined]  # events: no constructor
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = _Parser = yaml.SafeLoader


@dataclass
class Document:
    """A parsed file: its data, the line and column of every node, and its problems."""

    path: str
    data: Any = None
    positions: dict[Location, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def position(self, loc: Location) -> tuple[int, int]:
        """The place of ``loc``, or of its nearest parent that has one."""
        while loc:
            found = self.positions.get(loc)
            if found:
                return found
            loc = loc[:-1]
        return self.positions.get((), (1, 1))

    def problem(
        self, loc: Location, key: str, code: str, severity: str = "error", /, **values: object
    ) -> None:
        """Add the problem ``key`` (a catalog key) at ``loc``."""
        line, column = self.position(loc)
        self.problems.append(
            Problem.of(
                self.path,
                key,
                line=line,
                column=column,
                field=dotted(loc),
                code=code,
                severity=severity,
                **values,
            )
        )

    def plain_problem(self, loc: Location, message: str, code: str) -> None:
        """A problem whose text has no catalog key (shown as it is, in English)."""
        line, column = self.position(loc)
        self.problems.append(Problem(self.path, line, column, dotted(loc), message, code))


def shown_key(loc: Location) -> str:
    """The last key of ``loc`` as it may be printed, or ``?`` when it may be private text."""
    key = str(loc[-1])
    allowed = PRIVATE_BLOCKS.get(str(loc[0])) if len(loc) > 1 else None
    private = allowed is not None and key not in allowed
    return key if _KEY_LIKE.fullmatch(key) and not private else HIDDEN_KEY


def dotted(loc: Location) -> str:
    """``tasks.0.demands`` for printing, with keys that may be private text hidden."""
    parts = [
        str(part) if isinstance(part, int) else shown_key(loc[: i + 1])
        for i, part in enumerate(loc)
    ]
    return ".".join(parts)


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """Read a file as NFC-normalised UTF-8 text, refusing large or undecodable files."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            return None, [Problem.of(display, "validate.not_regular_file", code="unreadable")]
        if status.st_size > MAX_BYTES:
            return None, [_too_large(display)]
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, [Problem.of(display, "validate.unreadable", code="unreadable", reason=reason)]
    if len(raw) > MAX_BYTES:
        return None, [_too_large(display)]
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = bom + exc.start
        return None, [Problem.of(display, "validate.not_utf8", code="not_utf8", byte=byte)]
    return unicodedata.normalize("NFC", text), []


def _too_large(display: str) -> Problem:
    return Problem.of(display, "validate.too_large", code="too_large", kib=MAX_BYTES // 1024)


def parse(text: str, display: str) -> Document:
    """Build a :class:`Document` from YAML text, collecting problems instead of raising."""
    doc = Document(display)
    builder = _Builder(doc)
    parser = _Loader(text)
    try:
        _build(parser, builder)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        doc.problems.append(_syntax_problem(exc, text, display, line, column))
        doc.data = None
    except yaml.reader.ReaderError as exc:
        doc.problems.append(_reader_problem(exc, text, display))
        doc.data = None
    except yaml.YAMLError:
        doc.problems.append(Problem.of(display, "validate.yaml_error", code="yaml_syntax"))
        doc.data = None
    finally:
        parser.dispose()
    if any(p.code != "duplicate_key" for p in doc.problems):
        doc.data = None
    elif not isinstance(doc.data, dict):
        not_mapping = Problem.of(
            display, "validate.not_mapping", line=1, column=1, code="not_mapping"
        )
        doc.problems.append(not_mapping)
        doc.data = None  # a list or a bare text is no record: nothing to validate
    return doc


# What may make the full parse find a problem that the quick one does not look for:
# a control character written as is (a raw CR is only ever a line break), or an
# escape in a double-quoted scalar, which can write one.
_QUICK_UNSAFE = re.compile("[\\\\\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NO_KEY = object()


def parse_quick(text: str) -> dict[str, Any] | None:
    """The data of a plain, well-formed file, without places; None when in any doubt.

    The same data as :func:`parse` gives for a file in which it finds no
    problem, in about half the time: no place is kept. Anything the full
    parse would look at twice (an anchor, a tag, a duplicate or null key,
    deep nesting, a second document, a control character, a syntax error,
    a top level that is no mapping) gives None, and the caller parses again
    with :func:`parse`, which says what and where.
    """
    if _QUICK_UNSAFE.search(text) is not None:
        return None
    parser = _Parser(text)
    scalar, mapping_start, sequence_start = (
        yaml.ScalarEvent,
        yaml.MappingStartEvent,
        yaml.SequenceStartEvent,
    )
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    stream_start, document_start, document_end = (
        yaml.StreamStartEvent,
        yaml.DocumentStartEvent,
        yaml.DocumentEndEvent,
    )
    nulls, no_key = _NULLS, _NO_KEY
    root: Any = None
    stack: list[tuple[Any, Any]] = []  # each open container's parent and its pending key
    container: Any = None
    key: Any = no_key
    documents = 0
    next_event = parser.get_event
    try:
        while True:
            event = next_event()
            kind = type(event)
            if kind is scalar:
                if event.anchor is not None or (event.tag is not None and event.tag != "!"):
                    return None
                value = event.value
                if value in nulls and event.style in (None, ""):
                    value = None
                if type(container) is list:
                    container.append(value)
                elif container is None:
                    return None  # a bare scalar at the top: no mapping
                elif key is no_key:
                    if value is None or value in container:
                        return None
                    key = value
                else:
                    container[key] = value
                    key = no_key
            elif kind is mapping_start or kind is sequence_start:
                if event.anchor is not None or (event.tag is not None and event.tag != "!"):
                    return None
                if len(stack) >= MAX_DEPTH:
                    return None
                new: Any = {} if kind is mapping_start else []
                if container is None:
                    if root is not None:
                        return None
                    root = new
                elif type(container) is list:
                    container.append(new)
                elif key is no_key:
                    return None  # a mapping or a list as a key
                else:
                    container[key] = new
                    key = no_key
                stack.append((container, key))
                container, key = new, no_key
            elif kind is mapping_end or kind is sequence_end:
                container, key = stack.pop()
            elif kind is document_start:
                documents += 1
                if documents > 1:
                    return None
            elif kind is stream_start or kind is document_end:
                continue
            else:  # the stream's end, or an alias
                break
        if type(event) is not yaml.StreamEndEvent:
            return None
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()
    return root if type(root) is dict else None


def _build(parser: Any, builder: _Builder) -> None:
    """Feed the parser's events to the builder until the stream ends or a fatal problem.

    Events are pulled straight from the C parser: ``yaml.parse`` adds a
    generator step and a second call per event, which shows on large folders.
    """
    next_event, feed = parser.get_event, builder.feed
    while True:
        event = next_event()
        if event is None or type(event) is yaml.StreamEndEvent or not feed(event):
            return


def _syntax_problem(
    exc: yaml.MarkedYAMLError, text: str, display: str, line: int, column: int
) -> Problem:
    """The parser's own words (its tokens kept, anything else it quotes hidden), or a tab."""
    problem = exc.problem or "cannot be read"
    if "tab" in problem or _char_at(text, line, column) == "\t":
        return Problem.of(
            display, "validate.yaml_tab", line=line, column=column, code="yaml_syntax"
        )
    detail = _QUOTED.sub(_token_or_hidden, problem)
    return Problem.of(
        display, "validate.yaml_syntax", line=line, column=column, code="yaml_syntax", detail=detail
    )


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a 1-based line and column, or "" where there is none."""
    lines = text.split("\n")
    if not 0 < line <= len(lines) or not 0 < column <= len(lines[line - 1]):
        return ""
    return lines[line - 1][column - 1]


def _reader_problem(exc: yaml.reader.ReaderError, text: str, display: str) -> Problem:
    """A character the YAML reader refuses (a raw control character), with its place.

    The reader stops at the first such character, so the first occurrence of
    the one it names is where it stopped (its own offset counts UTF-8 bytes).
    """
    char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
    index = text.find(char)
    if index < 0:
        return Problem.of(display, "validate.yaml_error", code="yaml_syntax")
    line = text.count("\n", 0, index) + 1
    column = index - text.rfind("\n", 0, index)
    return Problem.of(
        display,
        "validate.control_char",
        line=line,
        column=column,
        code="control_char",
        char=code_point(char),
    )


def code_point(char: str) -> str:
    """``U+001B``: how a character is named without writing it."""
    return f"U+{ord(char):04X}"


def _token_or_hidden(found: re.Match[str]) -> str:
    """Keep the parser's own tokens (',', '}', '<block end>'); hide anything else it quotes."""
    inner = found.group(0)[1:-1]
    if len(inner) <= 1 or re.fullmatch(r"<[a-z ]+>", inner):
        return found.group(0)
    return "…"


class _Builder:
    """Turns parser events into plain containers, checking what YAML 1.1 would guess."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.stack: list[_Frame] = []
        self.documents = 0

    def feed(self, event: yaml.Event) -> bool:
        """Take one event; False stops the parse after a fatal problem."""
        # Exact type checks, most frequent first: this runs once per event.
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if not self._plain_node(event):  # type: ignore[arg-type]
                return False
            loc = self._add(event, _scalar(event))  # type: ignore[arg-type]
            control = CONTROL.search(event.value)  # type: ignore[attr-defined]
            if control is not None and loc is not None:
                self._control(event, loc, control.group())  # type: ignore[arg-type]
            return True
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = self.stack.pop()
            if not self.stack:
                self.doc.data = frame.value
            return True
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            return self._plain_node(event) and self._open(event)  # type: ignore[arg-type]
        if kind is yaml.AliasEvent:
            self._fatal(event, "validate.alias", "alias")
            return False
        if kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                self._fatal(event, "validate.multi_doc", "multi_doc")
                return False
        return True

    def _plain_node(self, event: yaml.NodeEvent) -> bool:
        if event.anchor is not None:
            self._fatal(event, "validate.anchor", "anchor")
            return False
        if event.tag is not None and event.tag != "!":  # type: ignore[attr-defined]
            self._fatal(event, "validate.tag", "tag")
            return False
        return True

    def _open(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> bool:
        if len(self.stack) >= MAX_DEPTH:
            self._fatal(event, "validate.too_deep", "too_deep", depth=MAX_DEPTH)
            return False
        container: dict[str, Any] | list[Any]
        container = {} if isinstance(event, yaml.MappingStartEvent) else []
        loc = self._add(event, container)
        if loc is None:
            return False
        self.stack.append(_Frame(container, loc))
        return True

    def _add(self, event: yaml.NodeEvent, value: Any) -> Location | None:
        """Place a node in its parent; return its location, None after a fatal problem."""
        place = _place(event.start_mark)
        if not self.stack:
            self.doc.data = value
            self.doc.positions[()] = place
            return ()
        frame = self.stack[-1]
        if isinstance(frame.value, list):
            loc = (*frame.loc, len(frame.value))
            frame.value.append(value)
            self.doc.positions[loc] = place
            return loc
        if frame.skip:  # the value of a refused key: read, then left out
            frame.skip = False
            return (*frame.loc, _SKIPPED)
        if frame.key is None:
            return self._key(frame, event, value, place)
        loc = (*frame.loc, frame.key)
        frame.value[frame.key] = value
        frame.key = None
        return loc

    def _key(
        self, frame: _Frame, event: yaml.NodeEvent, value: Any, place: tuple[int, int]
    ) -> Location | None:
        if value is None:
            # ``null:`` or ``~:``: one problem here, and its value is passed over, so
            # that the keys and values after it stay paired (never a value as a key).
            self._at(place, frame.loc, "validate.null_key", "null_key")
            frame.skip = True
            return (*frame.loc, _SKIPPED)
        if not isinstance(value, str):
            self._fatal(event, "validate.complex_key", "complex_key")
            return None
        loc = (*frame.loc, value)
        if value in frame.value:
            first = self.doc.positions[loc][0]
            key = shown_key(loc)
            hidden = key == HIDDEN_KEY
            self.doc.problems.append(
                Problem.of(
                    self.doc.path,
                    "validate.duplicate_key_hidden" if hidden else "validate.duplicate_key",
                    line=place[0],
                    column=place[1],
                    field=dotted(frame.loc),
                    code="duplicate_key",
                    first=str(first),
                    key=key,
                )
            )
        else:
            self.doc.positions[loc] = place
        frame.key = value
        return loc

    def _control(self, event: yaml.ScalarEvent, loc: Location, char: str) -> None:
        """A value holding a control character: refused, at the value's place."""
        place = _place(event.start_mark)
        self._at(place, loc, "validate.control_char", "control_char", char=code_point(char))

    def _at(
        self, place: tuple[int, int], loc: Location, key: str, code: str, /, **values: object
    ) -> None:
        self.doc.problems.append(
            Problem.of(
                self.doc.path,
                key,
                line=place[0],
                column=place[1],
                field=dotted(loc),
                code=code,
                **cast("dict[str, Any]", values),
            )
        )

    def _fatal(self, event: yaml.Event, key: str, code: str, /, **values: object) -> None:
        loc: Location = ()
        if self.stack:
            frame = self.stack[-1]
            loc = (*frame.loc, frame.key) if frame.key is not None else frame.loc
        line, column = _place(event.start_mark)
        self.doc.problems.append(
            Problem.of(
                self.doc.path,
                key,
                line=line,
                column=column,
                field=dotted(loc),
                code=code,
                **cast("dict[str, Any]", values),
            )
        )


@dataclass
class _Frame:
    value: Any
    loc: Location
    key: str | None = None
    skip: bool = False


def _scalar(event: yaml.ScalarEvent) -> str | None:
    """Plain empty, ``~`` and ``null`` mean "not given"; everything else stays text."""
    plain = event.style in (None, "")
    if plain and event.value in _NULLS:
        return None
    return str(event.value)


def _place(mark: Any) -> tuple[int, int]:
    """1-based line and column of a parser mark (0, 0 when the parser gave none)."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
