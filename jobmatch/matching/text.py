"""Normalising, stemming and compound splitting of free-text work words.

Interests, task names and keywords are written by advisers in Norwegian
bokmål or English, often mixed. To compare them, every text is reduced to
*units*: one stem per content word, and one stem per part of a Norwegian
compound ("hyllerydding" gives "hylle" + "rydding"). Two texts that speak of
the same work then share units whatever their inflection or word-building:
"rydde hyller", "ryddet i hyllene" and "hyllerydding" all reduce to the units
``hyl`` and ``ryd``.

How a word becomes a unit (its *key*):

1. A few irregular forms are mapped to their base form ("bøker" -> "bok",
   "shelves" -> "shelf").
2. An English word whose Porter2 stem is that of an English vocabulary word
   is replaced by that vocabulary word ("delivering" -> "deliver").
3. The Norwegian Snowball stemmer, then three small rules it lacks: a
   verbal noun stems like its verb ("rydding" ~ "rydde", "reparasjon" ~
   "reparere"), an unstressed -el drops its e ("sykkel" ~ "sykler"), and a
   doubled final consonant is written once ("mopp" ~ "mop").

Compounds are split by a general method, not by listing compounds: a word
is cut into known word parts (from a :class:`Lexicon` built from the
vocabulary's terms and a list of common work-word parts), allowing the
Norwegian linking letters -s- and -e-, with the fewest parts winning.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

_NON_WORD = re.compile(r"[\W_]+")
_VOWELS = frozenset("aeiouyæøå")
_NORWEGIAN_LETTERS = frozenset("æøå")
_FOLDED_LETTERS = {"ä": "æ", "ö": "ø"}

#: Inflected forms whose stem the Snowball stemmers cannot find.
IRREGULAR_FORMS: Mapping[str, str] = {
    "bøker": "bok",
    "bøkene": "bok",
    "hender": "hånd",
    "hendene": "hånd",
    "føtter": "fot",
    "menn": "mann",
    "mennene": "mann",
    "netter": "natt",
    "røtter": "rot",
    "shelves": "shelf",
    "knives": "knife",
    "leaves": "leaf",
    "loaves": "loaf",
    "children": "child",
    "swept": "sweep",
    "drove": "drive",
    "driven": "drive",
}

#: Forms the Norwegian stemmer gives the stem of an unrelated word
#: ("lager" would become "lag" like "lage"; "kasserer" would become
#: "kasser" like "kassere").
STEM_EXCEPTIONS: Mapping[str, str] = {
    "lager": "lager",
    "lagre": "lager",
    "lagret": "lager",
    "kasserer": "kas",
    "kassereren": "kas",
    "kasserere": "kas",
    "kassererne": "kas",
}

#: Function words of both languages: never a unit.
STOPWORDS: frozenset[str] = frozenset(
    """
    og eller i på av med til for fra om som at å en et ei den det de dem der her
    er var har hadde være vært ha kan vil skal må bør kunne ville skulle
    jeg meg min mitt mine du deg din vi oss vår han hun seg sin sitt sine
    ikke også gjerne helst litt mye mer mest alle alt noe noen hver hvert
    liker like likte ønsker vil veldig godt bra slik sånn etc osv mm
    mot under over etter før hos uten mellom gjennom imot ca
    the a an and or of to in on at by as with from for into onto about
    i me my we our you your he she it its they them is are was were be been
    do does doing did not no also like likes enjoy enjoys want wants would
    very well some any all more most etc up down out over
    """.split()
)

#: Words for work in general ("jobbe med", "lagerarbeid", "assistant"):
#: they say nothing about which work, so they are no unit either.
GENERIC_WORDS: frozenset[str] = frozenset(
    """
    jobbe jobb jobben jobber arbeid arbeide arbeidet arbeider arbeidere
    oppgave oppgaver oppgavene assistent assistenter medarbeider medarbeidere
    hjelpe hjelp hjelper hjelpere medhjelper gjøre gjør
    work works working worker workers job jobs task tasks duty duties
    assistant assistants help helping helper
    """.split()
)

#: Particles that may begin a compound ("oppvask", "påfylling", "utpakking").
PARTICLES: frozenset[str] = frozenset(
    "opp ut inn ned på av til om over under bort fram frem mot med sammen".split()
)

#: Compounds whose meaning is not their parts' ("barnehage" is no garden,
#: "postkasse" no checkout): kept whole, but usable as a part of a longer word.
UNSPLIT_WORDS: frozenset[str] = frozenset(
    "barnehage sykehus sykehjem postkasse lastebil bakrom".split()
)

MIN_PART = 3
MIN_STEM_PART = 4
MIN_SPLIT_WORD = 6
MAX_PARTS = 4
_LINKS = ("s", "e")
_MAX_INFLECTION = 3

_NB = snowballstemmer.stemmer("norwegian")
_EN = snowballstemmer.stemmer("english")


def normalise(text: str) -> str:
    """Return ``text`` in the one form that all comparison starts from.

    NFC, case-folded, accents dropped except on the Norwegian letters æ, ø
    and å (ä and ö become æ and ø), every run of punctuation, hyphens and
    whitespace one space, no leading or trailing space.
    """
    folded = unicodedata.normalize("NFC", text).casefold()
    letters = "".join(_fold_letter(char) for char in folded)
    return " ".join(_NON_WORD.sub(" ", letters).split())


@lru_cache(maxsize=1024)
def _fold_letter(char: str) -> str:
    """Drop a letter's accent unless it is one of æ, ø, å."""
    if char.isascii() or char in _NORWEGIAN_LETTERS:
        return char
    if char in _FOLDED_LETTERS:
        return _FOLDED_LETTERS[char]
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenise(text: str) -> list[str]:
    """Split a text into normalised words.

    A lone letter before a word is joined to it ("e-post" -> "epost",
    "t-skjorte" -> "tskjorte"), unless the letter is a word of its own.
    """
    words = normalise(text).split()
    tokens: list[str] = []
    prefix = ""
    for word in words:
        if len(word) == 1 and word.isalpha() and word not in STOPWORDS:
            prefix += word
            continue
        tokens.append(prefix + word)
        prefix = ""
    if prefix:
        tokens.append(prefix)
    return tokens


@lru_cache(maxsize=65536)
def stem_nb(word: str) -> str:
    """Norwegian Snowball stem of a normalised word."""
    return str(_NB.stemWord(word))


@lru_cache(maxsize=65536)
def stem_en(word: str) -> str:
    """English Snowball (Porter2) stem of a normalised word."""
    return str(_EN.stemWord(word))


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """Norwegian stem of a word, completed by the rules Snowball lacks.

    "rydde", "ryddet", "rydding" -> "ryd"; "reparasjon" -> "reparer";
    "sykkel", "sykler" -> "sykl".
    """
    word = IRREGULAR_FORMS.get(word, word)
    if word in STEM_EXCEPTIONS:
        return STEM_EXCEPTIONS[word]
    stem = _verb_of_noun(stem_nb(word))
    return _drop_syncope_e(_single_final_consonant(stem))


def _verb_of_noun(stem: str) -> str:
    """Stem a verbal noun (-ing, -asjon) as its verb, so both get one key."""
    for suffix, verb_ending in (("ing", "e"), ("asjon", "ere")):
        base = stem[: -len(suffix)]
        if stem.endswith(suffix) and len(base) >= MIN_PART:
            return stem_nb(base + verb_ending)
    return stem


def _single_final_consonant(stem: str) -> str:
    """Write a doubled final consonant once ("rydd" -> "ryd", "mopp" -> "mop")."""
    if len(stem) >= MIN_STEM_PART and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        return stem[:-1]
    return stem


def _drop_syncope_e(stem: str) -> str:
    """Join "sykkel" with "sykler": an -el after a consonant loses its e."""
    if len(stem) < 5 or not stem.endswith("el") or stem[-3] in _VOWELS:
        return stem
    base = stem[:-2]
    if base[-1] == base[-2]:
        base = base[:-1]
    return base + "l"


def is_stopword(token: str) -> bool:
    """Whether a token carries no meaning of its own for matching."""
    return token in STOPWORDS or token in GENERIC_WORDS or len(token) < 2


@dataclass(frozen=True)
class Lexicon:
    """Known word parts for splitting compounds, and English base words.

    Built by :func:`build_lexicon`; ``heads`` may begin or continue a
    compound, ``tails`` (forms) and ``tail_keys`` (keys) may end one.
    """

    heads: frozenset[str]
    tails: frozenset[str]
    tail_keys: frozenset[str]
    english_bases: Mapping[str, str] = field(default_factory=dict)


def english_base(word: str, bases: Mapping[str, str]) -> str:
    """The English vocabulary word ``word`` inflects, else ``word`` itself."""
    if not word.isascii():
        return word
    return bases.get(stem_en(word), word)


def word_key(word: str, bases: Mapping[str, str]) -> str:
    """The unit a single (not compound) word stands for."""
    return root(english_base(word, bases))


def build_lexicon(nb_words: Iterable[str], en_words: Iterable[str], parts: Iterable[str]) -> Lexicon:
    """Build the compound lexicon from vocabulary words and extra word parts.

    A vocabulary word that itself splits into other known parts (such as
    "oppvask") is a compound, not a part, so that it is split like any
    other compound and "vaske opp" meets it.
    """
    bases = _english_bases(en_words)
    forms = {w for w in [*nb_words, *parts] if _is_part_form(w)} | set(UNSPLIT_WORDS)
    forms |= {w for w in bases.values() if _is_part_form(w) and len(w) >= MIN_STEM_PART}
    draft = _lexicon_from_forms(forms, bases)
    atomic = {w for w in forms if w in UNSPLIT_WORDS or len(split_compound(w, draft)) == 1}
    return _lexicon_from_forms(atomic, bases)


def _is_part_form(word: str) -> bool:
    """Whether a vocabulary word may serve as a compound part."""
    return len(word) >= MIN_PART and word.isalpha() and not is_stopword(word)


def _english_bases(en_words: Iterable[str]) -> dict[str, str]:
    """Map each English stem to its shortest vocabulary word."""
    bases: dict[str, str] = {}
    for word in sorted(set(en_words), key=lambda w: (len(w), w)):
        if word.isascii() and word.isalpha() and not is_stopword(word):
            bases.setdefault(stem_en(word), word)
    return bases


def _lexicon_from_forms(forms: set[str], bases: Mapping[str, str]) -> Lexicon:
    """Derive heads, tails and tail keys from a set of part forms."""
    heads = set(forms) | set(PARTICLES)
    for form in forms:
        stem = stem_nb(form)
        if len(stem) >= MIN_STEM_PART:
            heads.add(stem)
        if form.endswith("e") and len(stem) >= MIN_PART:
            heads.add(stem + "ing")
    keys = frozenset(word_key(form, bases) for form in forms)
    return Lexicon(frozenset(heads), frozenset(forms), keys, dict(bases))


def split_compound(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Split a word into known parts, or return it whole.

    Among the ways to cut ``word`` into heads (each optionally followed by a
    linking s or e) and one tail, the fewest parts win, then the fewest
    linking letters, then the longest first parts.
    """
    if len(word) < MIN_SPLIT_WORD or _is_unsplit(word):
        return (word,)
    best = _best_splits(word, lexicon)[0]
    return best if best is not None else (word,)


def _is_unsplit(word: str) -> bool:
    """Whether a word is (an inflection of) a compound that is kept whole."""
    return any(
        word.startswith(whole) and len(word) - len(whole) <= _MAX_INFLECTION
        for whole in UNSPLIT_WORDS
    )


_Split = tuple[str, ...]
_Rank = tuple[int, int, tuple[int, ...]]


def _best_splits(word: str, lexicon: Lexicon) -> list[_Split | None]:
    """For each start position, the best split of the rest of the word.

    Position 0 never takes the whole word as one part.
    """
    size = len(word)
    best: list[_Split | None] = [None] * (size + 1)
    ranks: list[_Rank | None] = [None] * (size + 1)
    for start in range(size - MIN_PART, -1, -1):
        options = _split_options(word, start, lexicon, best)
        for parts, links in options:
            rank = (len(parts), links, tuple(-len(p) for p in parts))
            current = ranks[start]
            if len(parts) <= MAX_PARTS and (current is None or rank < current):
                best[start], ranks[start] = parts, rank
    return best


def _split_options(
    word: str, start: int, lexicon: Lexicon, best: list[_Split | None]
) -> list[tuple[_Split, int]]:
    """Candidate splits of ``word[start:]`` as (parts, linking letters)."""
    options: list[tuple[_Split, int]] = []
    rest = word[start:]
    if start > 0 and _is_tail(rest, lexicon):
        options.append(((rest,), 0))
    for end in range(start + 2, len(word) - MIN_PART + 1):
        head = word[start:end]
        if head not in lexicon.heads or (len(head) < MIN_PART and head not in PARTICLES):
            continue
        options.extend(_continuations(word, head, end, best))
    return options


def _continuations(
    word: str, head: str, end: int, best: list[_Split | None]
) -> list[tuple[_Split, int]]:
    """Splits that continue after ``head``, with or without a linking letter."""
    found: list[tuple[_Split, int]] = []
    tail = best[end]
    if tail is not None:
        found.append(((head, *tail), 0))
    linked = best[end + 1] if end + 1 < len(best) else None
    if word[end] in _LINKS and head not in PARTICLES and linked is not None:
        found.append(((head, *linked), 1))
    return found


def _is_tail(part: str, lexicon: Lexicon) -> bool:
    """Whether ``part`` may end a compound (a known form or an inflection of one)."""
    if len(part) < MIN_PART:
        return False
    return part in lexicon.tails or word_key(part, lexicon.english_bases) in lexicon.tail_keys


class Analyzer:
    """Turns texts into units with one lexicon; caches per distinct word."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._words: dict[str, tuple[str, ...]] = {}

    def units(self, text: str) -> tuple[str, ...]:
        """The sorted, distinct units of a text.

        A text made only of stop words keeps their keys, so that "jobbe"
        still equals "jobbe".
        """
        tokens = tokenise(text)
        found = {unit for token in tokens for unit in self.word_units(token)}
        if not found:
            found = {word_key(t, self.lexicon.english_bases) for t in tokens}
        return tuple(sorted(found))

    def word_units(self, token: str) -> tuple[str, ...]:
        """Units of one normalised word: its key, or its parts' keys."""
        cached = self._words.get(token)
        if cached is None:
            cached = self._compute_word_units(token)
            self._words[token] = cached
        return cached

    def _compute_word_units(self, token: str) -> tuple[str, ...]:
        """Split, drop meaningless parts, and key what remains."""
        if is_stopword(token):
            return ()
        bases = self.lexicon.english_bases
        parts = split_compound(token, self.lexicon)
        keys = (word_key(p, bases) for p in parts if not is_stopword(p))
        return tuple(k for k in keys if k not in _GENERIC_KEYS)

    def parts(self, token: str) -> tuple[str, ...]:
        """The compound parts of a word (for explanations)."""
        return split_compound(token, self.lexicon)


_GENERIC_KEYS = frozenset(root(word) for word in GENERIC_WORDS)
