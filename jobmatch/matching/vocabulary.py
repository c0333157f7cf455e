"""The bilingual vocabulary of work concepts, and a user's own additions.

A concept is one kind of work ("shelf stocking"), a kind of workplace
("warehouse": a place, which says where rather than what), or one skill or
certificate ("forklift licence"), with the words people use for it in
Norwegian and English. Matching uses concepts to meet words that share no stem
("kasse" and "checkout"), and `requires` matching uses skill concepts as
its only synonyms. The package ships ``vocabulary.toml``; a user may add a
file of their own in the same format.

The format (TOML, UTF-8)::

    homographs = ["kasse"]        # optional: words with several senses (see similarity)

    [parts]                       # optional: extra word parts for compounds
    nb = ["hylle", "vare"]
    en = ["shelf"]

    [concepts.shelf_stocking]     # id: a-z, 0-9 and _, at most 64 characters
    kind = "task"                 # optional: "task" (default), "place" or "skill"
    nb = ["hyllepåfylling", "rydde hyller"]   # Norwegian (bokmål) terms
    en = ["shelf stocking", "stock shelves"]  # English terms

Every concept needs at least one term. List base forms: inflections and
compounds match by themselves. The first term of a language is the
concept's label in that language. In a user's file, a concept id that
already exists adds the user's terms to it (and sets its kind, if given);
a new id adds a concept. Unknown keys are errors, and a user's file with
errors raises one :class:`VocabularyError` listing them all, by place in
the file, without repeating the file's values.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jobmatch.errors import ExitCode, JobmatchError
from jobmatch.matching.text import normalise

BUILTIN_NAME = "vocabulary.toml"
CONCEPT_KINDS = ("task", "place", "skill", "word")
LANGUAGES = ("nb", "en")
_ID = re.compile(r"[a-z0-9_]{1,64}")
_TOML_PLACE = re.compile(r"\(at line (\d+), column (\d+)\)")
_CONCEPT_KEYS = frozenset({"kind", *LANGUAGES})


class VocabularyError(JobmatchError, ValueError):
    """A vocabulary file that cannot be used; names the file and every problem."""

    exit_code = ExitCode.INVALID_DATA

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = list(problems)
        super().__init__(f"{self.path}: " + "; ".join(self.problems))

    def messages(self, lang: str = "en") -> list[str]:
        """One line per problem, each naming the file (English: the vocabulary is for developers)."""
        return [f"{self.path}: {problem}" for problem in self.problems]


@dataclass(frozen=True)
class Concept:
    """One kind of work or one skill, with its Norwegian and English terms."""

    id: str
    nb: tuple[str, ...]
    en: tuple[str, ...]
    kind: str = "task"

    @property
    def terms(self) -> tuple[str, ...]:
        """All terms, Norwegian first."""
        return self.nb + self.en

    def label(self, language: str = "en") -> str:
        """A name for the concept in explanations, in ``language`` if it has one."""
        preferred = self.nb if language in ("nb", "no") else self.en
        return (preferred or self.terms)[0]

    def merged(self, other: Concept, kind: str | None) -> Concept:
        """This concept with ``other``'s terms added (no duplicates)."""
        return Concept(
            self.id, _union(self.nb, other.nb), _union(self.en, other.en), kind or self.kind
        )


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Work concepts by id, and the extra word parts for compound splitting.

    Compared and hashed by identity, so that caches keyed by a vocabulary
    stay cheap.
    """

    concepts: tuple[Concept, ...]
    parts_nb: tuple[str, ...] = ()
    parts_en: tuple[str, ...] = ()
    homographs: tuple[str, ...] = ()

    @cached_property
    def by_id(self) -> Mapping[str, Concept]:
        """The concepts keyed by id."""
        return {concept.id: concept for concept in self.concepts}

    def concept(self, concept_id: str) -> Concept:
        """The concept with this id (KeyError if there is none)."""
        return self.by_id[concept_id]

    def label(self, concept_id: str, language: str = "en") -> str:
        """The label of a concept, for reasons such as "same concept: shelf stocking"."""
        return self.concept(concept_id).label(language)

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.by_id

    def merged(self, extra: _Additions) -> Vocabulary:
        """This vocabulary with a user's additions."""
        concepts = dict(self.by_id)
        for concept, kind in extra.concepts:
            known = concepts.get(concept.id)
            concepts[concept.id] = known.merged(concept, kind) if known else concept
        ordered = tuple(concepts[key] for key in sorted(concepts))
        return Vocabulary(
            ordered,
            _union(self.parts_nb, extra.parts_nb),
            _union(self.parts_en, extra.parts_en),
            _union(self.homographs, extra.homographs),
        )


@dataclass(frozen=True)
class _Additions:
    """A parsed vocabulary file: concepts (with the kind it states, if any) and parts."""

    concepts: tuple[tuple[Concept, str | None], ...]
    parts_nb: tuple[str, ...]
    parts_en: tuple[str, ...]
    homographs: tuple[str, ...] = ()


def load_vocabulary(extra: Path | None = None) -> Vocabulary:
    """The shipped vocabulary, with the concepts of ``extra`` merged in.

    Raises :class:`VocabularyError` if ``extra`` cannot be read or has errors.
    """
    vocabulary = _builtin_vocabulary()
    if extra is None:
        return vocabulary
    return vocabulary.merged(_read_file(extra))


@lru_cache(maxsize=1)
def _builtin_vocabulary() -> Vocabulary:
    """The vocabulary shipped with the package, parsed once, and kept parsed between runs
    (:mod:`jobmatch.matching.cache`: reading the TOML is a tenth of a short ``rank``)."""
    from jobmatch.matching import cache

    raw = resources.files("jobmatch.matching").joinpath(BUILTIN_NAME).read_bytes()
    key = cache.text_key(raw)
    saved = cache.load(key, cache.PARSED)
    if saved is not None:
        try:
            return _from_saved(saved)
        except (KeyError, TypeError, ValueError):
            pass  # a damaged file: parse again
    additions = parse_vocabulary(raw.decode("utf-8"), f"{BUILTIN_NAME} (built in)")
    vocabulary = Vocabulary((), ()).merged(additions)
    cache.save(key, _to_saved(vocabulary), cache.PARSED)
    return vocabulary


def _to_saved(vocabulary: Vocabulary) -> dict[str, Any]:
    return {
        "concepts": [[c.id, c.kind, list(c.nb), list(c.en)] for c in vocabulary],
        "parts_nb": list(vocabulary.parts_nb),
        "parts_en": list(vocabulary.parts_en),
        "homographs": list(vocabulary.homographs),
    }


def _from_saved(saved: Mapping[str, Any]) -> Vocabulary:
    concepts = tuple(
        Concept(str(i), tuple(map(str, nb)), tuple(map(str, en)), str(kind))
        for i, kind, nb, en in saved["concepts"]
    )
    return Vocabulary(
        concepts,
        tuple(map(str, saved["parts_nb"])),
        tuple(map(str, saved["parts_en"])),
        tuple(map(str, saved["homographs"])),
    )


def _read_file(path: Path) -> _Additions:
    """Read and parse a user's vocabulary file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise VocabularyError(path, ["is not UTF-8 text"]) from None
    except OSError as error:
        raise VocabularyError(path, [f"cannot be read ({error.strerror or 'error'})"]) from None
    return parse_vocabulary(text, path)


def parse_vocabulary(text: str, source: Path | str) -> _Additions:
    """Parse vocabulary TOML, collecting every problem before raising once."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise VocabularyError(source, [_toml_problem(error)]) from None
    problems: list[str] = []
    if set(data) - {"concepts", "parts", "homographs"}:
        problems.append("unknown key at top level (allowed: concepts, parts, homographs)")
    parts = _table_get(data, "parts", problems)
    if set(parts) - set(LANGUAGES):
        problems.append("parts: unknown key (allowed: nb, en)")
    additions = _Additions(
        tuple(_concepts(data.get("concepts", {}), problems)),
        _term_list(parts, "nb", "parts", problems),
        _term_list(parts, "en", "parts", problems),
        _term_list(data, "homographs", "top level", problems),
    )
    if problems:
        raise VocabularyError(source, problems)
    return additions


def _toml_problem(error: tomllib.TOMLDecodeError) -> str:
    """Where the TOML syntax breaks, without quoting the file."""
    place = _TOML_PLACE.search(str(error))
    if place is None:
        return "is not valid TOML (at the end of the file)"
    return f"is not valid TOML (line {place.group(1)}, column {place.group(2)})"


def _table_get(data: Mapping[str, Any], key: str, problems: list[str]) -> Mapping[str, Any]:
    """A sub-table, or an empty one (noting a problem if it is not a table)."""
    value = data.get(key, {})
    if isinstance(value, dict):
        return value
    problems.append(f"{key}: must be a table")
    return {}


def _concepts(table: object, problems: list[str]) -> Iterator[tuple[Concept, str | None]]:
    """Validate the [concepts] table entry by entry."""
    if not isinstance(table, dict):
        problems.append("concepts: must be a table of concepts")
        return
    for position, (concept_id, body) in enumerate(table.items(), start=1):
        if not _ID.fullmatch(concept_id):
            problems.append(f"concepts: id of concept {position} must be 1-64 of a-z, 0-9, _")
            continue
        concept = _concept(concept_id, body, problems)
        if concept is not None:
            yield concept


def _concept(
    concept_id: str, body: object, problems: list[str]
) -> tuple[Concept, str | None] | None:
    """One validated concept and the kind it states, or None (problems noted)."""
    place = f"concepts.{concept_id}"
    if not isinstance(body, dict):
        problems.append(f"{place}: must be a table")
        return None
    before = len(problems)
    if set(body) - _CONCEPT_KEYS:
        problems.append(f"{place}: unknown key (allowed: kind, nb, en)")
    kind = body.get("kind")
    if kind is not None and kind not in CONCEPT_KINDS:
        problems.append(f'{place}.kind: must be "task", "place", "skill" or "word"')
    nb, en = (_term_list(body, lang, place, problems) for lang in LANGUAGES)
    if not nb and not en and len(problems) == before:
        problems.append(f"{place}: needs at least one term in nb or en")
    if len(problems) > before:
        return None
    return Concept(concept_id, nb, en, kind or "task"), kind


def _term_list(
    table: Mapping[str, Any], key: str, place: str, problems: list[str]
) -> tuple[str, ...]:
    """A list of terms, each with at least one word after normalising."""
    value = table.get(key, [])
    if not isinstance(value, list):
        problems.append(f"{place}.{key}: must be a list of texts")
        return ()
    terms: list[str] = []
    for index, term in enumerate(value):
        if isinstance(term, str) and normalise(term):
            terms.append(term)
        else:
            problems.append(f"{place}.{key}[{index}]: must be a text with at least one word")
    return tuple(terms)


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Terms of both, in order, dropping those equal after normalising."""
    seen: set[str] = set()
    merged: list[str] = []
    for term in (*first, *second):
        key = normalise(term)
        if key not in seen:
            seen.add(key)
            merged.append(term)
    return tuple(merged)
