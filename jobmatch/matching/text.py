"""Normalising, stemming and compound splitting of free-text work words.

Interests, task names and keywords are written by advisers in Norwegian
bokmål or English, often mixed. To compare them, every text is reduced to
*units*: one stem per content word, and one stem per part of a Norwegian
compound ("hyllerydding" gives "hylle" + "rydding"). Two texts that speak of
the same work then share units whatever their inflection or word-building:
"rydde hyller", "ryddet i hyllene" and "hyllerydding" all reduce to the units
``hyll`` and ``rydd``.

How a word becomes a unit (its *key*):

1. A few irregular forms are mapped to their base form ("bøker" -> "bok",
   "shelves" -> "shelf"), and a few forms the stemmer would give an
   unrelated word's stem keep their own ("lager" is not "lage").
2. A word the lexicon knows only as English (its Porter2 stem is that of
   an English vocabulary word, and it is no Norwegian vocabulary word) is
   keyed by the English Snowball (Porter2) stemmer ("delivering" ->
   "deliv"), unless that vocabulary word is also Norwegian ("baked" ->
   "bake" -> Norwegian key "bak").
3. Anything else is keyed by the Norwegian Snowball stemmer and two rules
   it lacks: a verbal noun stems like its verb ("rydding" ~ "rydde",
   "reparasjon" ~ "reparere"), and an unstressed -el drops its e ("sykkel"
   ~ "sykler").

Function words ("og", "the") and words for work in general ("jobbe",
"arbeid", "assistant") are no units.

Compounds are split by a general method, not by listing compounds: a word
is cut into known word parts (from a :class:`Lexicon` built from the
vocabulary's Norwegian words, their stems and a list of common work-word
parts), at least three letters each except a leading particle ("ut",
"opp"), allowing the Norwegian linking letters -s- and -e-, with the fewest
parts winning. A handful of compounds whose meaning is not their parts'
("barnehage") are kept whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import snowballstemmer

from jobmatch.matching import weights

_NON_WORD = re.compile(r"[\W_]+")
_FOLD = str.maketrans({"æ": "a", "ø": "o", "å": "a"})
_ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
#: Evidence of a word read with one letter corrected ("hylerydding" as "hyllerydding").
CORRECTED_QUALITY = 0.75
#: Evidence of a word typed without æ, ø and å, read with them ("varepafylling").
FOLDED_QUALITY = 0.8
#: Shortest word that spelling correction may change (shorter words have too many neighbours).
MIN_CORRECTED = 7
#: A word at least this common (Zipf) is a word of its own, not split by the wider word list.
LEXICALISED_ZIPF = 3.0
#: Noisy-channel reading of an unknown word: a part's commonness (Zipf) when it is
#: unknown, the bonus of a part the vocabulary knows, and what a correction costs.
UNKNOWN_ZIPF = 2.5
VOCABULARY_BONUS = 2.0
PART_COST = 0.4
CORRECTION_COST = 1.15
#: An English agent noun is read as its verb when the verb is at most this much less common.
AGENT_MARGIN = 0.3
#: How common a word must be for a misspelling one letter away to be read as it.
COMMON_CORRECTION_ZIPF = 3.5
#: How common the infinitive of a past-tense form must be for the form to be read as the verb.
PAST_BASE_ZIPF = 3.5
#: A common word below this Zipf value is split when each part is at least
#: COMPOSITIONAL_MARGIN more common than the word ("lyspærer" = "lys" + "pærer").
COMPOSITIONAL_ZIPF = 4.0
COMPOSITIONAL_MARGIN = 0.3
#: Past-tense endings of weak verbs, and what the infinitive ends in instead.
_PAST_TENSE = (("dde", ""), ("tte", "e"), ("te", "e"), ("de", "e"), ("et", "e"))
_VOWELS = frozenset("aeiouyæøå")
_NORWEGIAN_LETTERS = frozenset("æøå")
_FOLDED_LETTERS = {"ä": "æ", "ö": "ø"}


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


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
    "kles": "klær",
    "klærne": "klær",
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
    "kassere": "kasser",
    "kasserte": "kasser",
    "kasseres": "kasser",
    "bær": "bærfrukt",
    "bæret": "bærfrukt",
    "bærene": "bærfrukt",
    "kasserer": "kass",
    "kassereren": "kass",
    "kasserere": "kass",
    "kassererne": "kass",
}

#: Function words of both languages: never a unit.
STOPWORDS: frozenset[str] = _word_set(
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
    ting tingene ny nye nytt enkel enkle enkelt thing things new simple
    """
)

#: Words for work in general ("jobbe med", "lagerarbeid", "assistant"):
#: they say nothing about which work, so they are no unit either.
GENERIC_WORDS: frozenset[str] = _word_set(
    """
    jobbe jobb jobben jobber arbeid arbeide arbeidet arbeider arbeidere
    oppgave oppgaver oppgavene assistent assistenter medarbeider medarbeidere
    hjelpe hjelp hjelper hjelpere medhjelper gjøre gjør
    work works working worker workers job jobs task tasks duty duties
    assistant assistants help helping helper
    lære lærer læring learn learning
    """
)

#: Particles that may begin a compound ("oppvask", "påfylling", "utpakking").
#: Others ("av", "mot", "over") begin too many words whose meaning is not
#: their parts' ("avfall", "mottak", "oversette").
PARTICLES: frozenset[str] = _word_set("opp ut inn ned på bort fram frem sammen om")

#: Particles of particle verbs ("spyle av", "potte om"), which may also begin the
#: verb's noun ("avspyling", "ompotting"): split off a rare word when the rest is a word.
VERB_PARTICLES: tuple[str, ...] = (
    "sammen",
    "bort",
    "fram",
    "frem",
    "opp",
    "inn",
    "ned",
    "av",
    "ut",
    "om",
    "på",
)

#: Word endings that are never the last part of a compound ("sortering" is
#: not "sorte" + "ring").
SUFFIX_TAILS: frozenset[str] = _word_set("ing ring rer ning else het ene ende")

#: Compounds whose meaning is not their parts' ("barnehage" is no garden,
#: "postkasse" no checkout): kept whole, but usable as a part of a longer word.
UNSPLIT_WORDS: frozenset[str] = _word_set(
    "barnehage sykehus sykehjem postkasse lastebil bakrom trelast"
)

MIN_PART = 3
MIN_STEM_PART = 4
MIN_SPLIT_WORD = 6
MAX_PARTS = 4
_LINKS = ("s", "e")
_PREFIX = 3
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

    "rydde", "ryddet", "rydding" -> "rydd"; "reparasjon" -> "reparer";
    "sykkel", "sykler" -> "sykl".
    """
    word = IRREGULAR_FORMS.get(word, word)
    if word in STEM_EXCEPTIONS:
        return STEM_EXCEPTIONS[word]
    if word.endswith("erne") and len(word) > 6:  # "beboerne" as "beboere"
        word = word[:-2] + "e"
    stem = stem_nb(word)
    if stem == word[:-2] and word[-2:] in ("et", "en") and _noun_in_en_et(word):
        return word  # "potet", "kjøkken": nouns, not an inflection in -et or -en
    return _drop_syncope_e(_verb_of_noun(stem))


def _noun_in_en_et(word: str) -> bool:
    """Whether a word in -et or -en is a noun's own form (its plural or definite is common)."""
    return any(weights.zipf(word + end) is not None for end in ("er", "et", "ene"))


def _verb_of_noun(stem: str) -> str:
    """Stem a verbal noun (-ing, -asjon) as its verb, so both get one key."""
    for suffix, verb_ending in (("ing", "e"), ("asjon", "ere")):
        base = stem[: -len(suffix)]
        if stem.endswith(suffix) and len(base) >= MIN_PART:
            return stem_nb(base + verb_ending)
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
    """Known words: parts for splitting compounds, and which words are English.

    Built by :func:`build_lexicon`. ``heads`` may begin or continue a
    compound, ``tails`` (forms) and ``tail_keys`` (keys) may end one;
    ``norwegian`` holds the Norwegian vocabulary words and parts;
    ``english_bases`` maps the Porter2 stem of each English vocabulary word
    to that word.
    """

    heads: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    tail_keys: frozenset[str] = frozenset()
    norwegian: frozenset[str] = frozenset()
    english_bases: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def english_prefixes(self) -> frozenset[str]:
        """The English stems cut to four letters: an inflection begins with one."""
        return frozenset(stem[: _PREFIX + 1] for stem in self.english_bases)

    @cached_property
    def tail_prefixes(self) -> frozenset[str]:
        """First letters of every tail form and key (and irregular form)."""
        words = (*self.tails, *self.tail_keys, *IRREGULAR_FORMS)
        return frozenset(word[:_PREFIX] for word in words)

    def english_base(self, word: str) -> str | None:
        """The English vocabulary word that ``word`` inflects, if it is English only.

        Porter2 changes only endings, so a word whose first letters begin no
        English stem is not stemmed at all (the stemmer is slow).
        """
        if word in self.norwegian or not word.isascii():
            return None
        prefixes = self.english_prefixes
        if word[: _PREFIX + 1] not in prefixes and word[:_PREFIX] not in prefixes:
            return None
        return self.english_bases.get(stem_en(word))

    def key(self, word: str) -> str:
        """The unit a single (not compound) word stands for."""
        word = IRREGULAR_FORMS.get(word, word)
        base = self.english_base(word)
        if base is None:
            return root(word)
        return root(base) if base in self.norwegian else stem_en(base)

    def english_key(self, word: str) -> str:
        """The unit of a word of an English text: the English stem (an agent noun as its
        verb), or the vocabulary's key where the vocabulary knows the word."""
        word = IRREGULAR_FORMS.get(word, word)
        base = self.english_base(word)
        if base is not None:
            return root(base) if base in self.norwegian else stem_en(base)
        return stem_en(_english_verb(word))


def build_lexicon(
    nb_words: Iterable[str], en_words: Iterable[str], parts: Iterable[str]
) -> Lexicon:
    """Build the compound lexicon from vocabulary words and extra word parts.

    A vocabulary word that itself splits into other known parts (such as
    "oppvask") is a compound, not a part, so that it is split like any
    other compound and "vaske opp" meets it.
    """
    norwegian = frozenset([*nb_words, *parts, *GENERIC_WORDS])
    bases = _english_bases(en_words)
    forms = {w for w in norwegian if _is_part_form(w)} | UNSPLIT_WORDS
    draft = _lexicon_from_forms(forms, norwegian, bases)
    atomic = {w for w in forms if _is_atomic(w, draft)}
    return _lexicon_from_forms(atomic, norwegian, bases)


def _is_part_form(word: str) -> bool:
    """Whether a vocabulary word may serve as a compound part."""
    return len(word) >= MIN_PART and word.isalpha() and word not in STOPWORDS


def _is_atomic(word: str, draft: Lexicon) -> bool:
    """Whether a part form is a simple word rather than a compound of others."""
    if word in UNSPLIT_WORDS or word in GENERIC_WORDS:
        return True
    return len(split_compound(word, draft)) == 1


def _english_bases(en_words: Iterable[str]) -> dict[str, str]:
    """Map each English stem to its shortest vocabulary word."""
    bases: dict[str, str] = {}
    for word in sorted(set(en_words), key=lambda w: (len(w), w)):
        if word.isascii() and word.isalpha() and not is_stopword(word):
            bases.setdefault(stem_en(word), word)
    return bases


def _lexicon_from_forms(
    forms: set[str] | frozenset[str], norwegian: frozenset[str], bases: Mapping[str, str]
) -> Lexicon:
    """Derive heads, tails and tail keys from a set of part forms."""
    heads = set(forms) | set(PARTICLES)
    for form in forms:
        stem = stem_nb(form)
        if len(stem) >= MIN_STEM_PART:
            heads.add(stem)
        if form.endswith("e") and len(stem) >= MIN_PART:
            heads.add(stem + "ing")
    lexicon = Lexicon(frozenset(heads), frozenset(forms), frozenset(), norwegian, dict(bases))
    keys = frozenset(lexicon.key(form) for form in forms)
    return Lexicon(lexicon.heads, lexicon.tails, keys, norwegian, lexicon.english_bases)


def split_compound(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Split a word into known parts, or return it whole.

    Among the ways to cut ``word`` into heads (each optionally followed by a
    linking s or e) and one tail, the fewest parts win, then a tail that is
    a known form over an inflected one, then the fewest linking letters,
    then the longest first parts. Words known only as English are not split.
    """
    if len(word) < MIN_SPLIT_WORD or _is_unsplit(word) or lexicon.english_base(word):
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
_Rank = tuple[int, int, int, tuple[int, ...]]


def _best_splits(word: str, lexicon: Lexicon) -> list[_Split | None]:
    """For each start position, the best split of the rest of the word.

    Position 0 never takes the whole word as one part.
    """
    size = len(word)
    best: list[_Split | None] = [None] * (size + 1)
    ranks: list[_Rank | None] = [None] * (size + 1)
    for start in range(size - MIN_PART, -1, -1):
        for parts, links in _split_options(word, start, lexicon, best):
            inexact = int(parts[-1] not in lexicon.tails)
            rank = (len(parts), inexact, links, tuple(-len(p) for p in parts))
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
    linked = best[end + 1]
    if word[end] in _LINKS and head not in PARTICLES and linked is not None:
        found.append(((head, *linked), 1))
    return found


def _is_tail(part: str, lexicon: Lexicon) -> bool:
    """Whether ``part`` may end a compound (a known form or an inflection of one)."""
    if len(part) < MIN_PART or part in SUFFIX_TAILS:
        return False
    if part in lexicon.tails:
        return True
    return part[:_PREFIX] in lexicon.tail_prefixes and lexicon.key(part) in lexicon.tail_keys


def fold(word: str) -> str:
    """A word as typed without the Norwegian letters: æ and å as a, ø as o (also when
    written "ae", "aa" or "oe")."""
    return word.translate(_FOLD).replace("aa", "a").replace("ae", "a").replace("oe", "o")


@dataclass(frozen=True)
class Unit:
    """One unit of a text as matching sees it.

    ``key`` is what is compared, and ``alternates`` the other keys the word
    may have (an English word's stem by the other language's stemmer, so
    "installer" meets "install" whichever language a text is taken to be);
    ``quality`` is 1 for a word as written and :data:`CORRECTED_QUALITY` or
    :data:`FOLDED_QUALITY` for a word read with a letter corrected or with
    æ, ø, å restored; ``word`` is the word of the text it comes from, and
    ``read_as`` what it was read as (None when as written); ``weight`` says
    how informative the word (part) is; ``plain`` whether the word may be
    typed without æ, ø and å (it is ASCII and no word as written), so that
    it may meet its Norwegian spelling.
    """

    key: str
    quality: float
    word: str
    read_as: str | None = None
    weight: float = 1.0
    plain: bool = False
    alternates: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        """The key and its alternates."""
        return (self.key, *self.alternates)


def _folded_lexicon(lexicon: Lexicon) -> Lexicon:
    """The lexicon as typed without æ, ø and å, for splitting such words."""
    return Lexicon(
        frozenset(fold(w) for w in lexicon.heads),
        frozenset(fold(w) for w in lexicon.tails),
        frozenset(fold(w) for w in lexicon.tail_keys),
        frozenset(fold(w) for w in lexicon.norwegian),
        {},
    )


def _head_chain_ends(word: str, lexicon: Lexicon) -> list[int]:
    """Positions where a chain of known heads (with linking letters) from the start ends."""
    reached = {0}
    for start in range(len(word)):
        if start not in reached:
            continue
        for end in range(start + 2, len(word)):
            if word[start:end] in lexicon.heads:
                reached.add(end)
                if word[end] in _LINKS:
                    reached.add(end + 1)
    return sorted(reached)


#: Inflection endings, and what the base form ends in instead: "fakturaer" is "faktura",
#: "bretting" is "brette".
_INFLECTIONS = (
    ("ene", ""),
    ("ene", "e"),
    ("er", ""),
    ("er", "e"),
    ("ere", ""),
    ("en", ""),
    ("et", ""),
    ("ing", "e"),
    ("ing", ""),
    ("ning", "e"),
    ("te", "e"),
    ("de", "e"),
)


def _base_forms(word: str) -> list[str]:
    """Possible base forms of an inflected word (for telling a rare form from a typo)."""
    found = [word[: -len(end)] + base for end, base in _INFLECTIONS if word.endswith(end)]
    return [f for f in found if len(f) >= MIN_PART + 1]


def _english_alternate(word: str, key: str) -> tuple[str, ...]:
    """The English stem of a word that may be English, where it differs from its key."""
    if not word.isascii() or weights.language(word) == "nb":
        return ()
    other = stem_en(_english_verb(word))
    return (other,) if other != key else ()


def _is_english(text: str, tokens: list[str]) -> bool:
    """Whether a text is English: no æ, ø or å, and more English words than Norwegian ones
    (by the frequency lists; words of both languages do not count)."""
    if any(c in _NORWEGIAN_LETTERS for c in text.casefold()):
        return False
    found = [weights.language(t) for t in tokens]
    return found.count("en") > found.count("nb")


def _english_verb(word: str) -> str:
    """An English agent noun as its verb, when the verb is more common ("installer" as
    "install", "inspector" as "inspect", "maker" as "make")."""
    for ending in ("ers", "ors", "er", "or"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            stem = word[: -len(ending)]
            own = weights.zipf(word[:-1] if ending.endswith("s") else word) or 0.0
            for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                found = weights.zipf(verb)
                if found is not None and found >= own - AGENT_MARGIN:
                    return verb
    return word


def _doubling(first: str, second: str) -> bool:
    """Whether two words differ only by one letter doubled ("stryking", "strykking")."""
    short, long = sorted((first, second), key=len)
    if len(long) != len(short) + 1:
        return False
    for i in range(len(long)):
        if long[:i] + long[i + 1 :] == short:
            return (i > 0 and long[i] == long[i - 1]) or (
                i + 1 < len(long) and long[i] == long[i + 1]
            )
    return False


def _edits(word: str) -> list[str]:
    """Every word one deletion, transposition, replacement or insertion away, sorted."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in cuts if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    found |= {a + c + b[1:] for a, b in cuts if b for c in _ALPHABET}
    found |= {a + c + b for a, b in cuts for c in _ALPHABET}
    found.discard(word)
    return sorted(found)


class Analyzer:
    """Turns texts into units with one lexicon; caches per distinct word."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._words: dict[str, tuple[str, ...]] = {}
        self._analysed: dict[str, tuple[Unit, ...]] = {}
        self._english: dict[str, tuple[Unit, ...]] = {}

    @cached_property
    def wide(self) -> Lexicon:
        """The lexicon with common Norwegian words as parts (the shipped word list).

        Used for words that the vocabulary's parts do not split and that are
        not common words of their own: "smådyr" = "små" + "dyr".
        """
        parts = frozenset(
            w for w in weights.word_parts() if not is_stopword(w) and w not in SUFFIX_TAILS
        )
        base = self.lexicon
        return Lexicon(
            base.heads | parts,
            base.tails | parts,
            base.tail_keys,
            base.norwegian,
            base.english_bases,
        )

    @cached_property
    def folded(self) -> Lexicon:
        """The wide lexicon without æ, ø and å."""
        return _folded_lexicon(self.wide)

    @cached_property
    def folded_vocabulary(self) -> Lexicon:
        """The vocabulary's parts without æ, ø and å: "varepafylling" = "vare" + "pafylling"."""
        return _folded_lexicon(self.lexicon)

    @cached_property
    def _part_prefixes(self) -> frozenset[str]:
        """First three letters of every head: a corrected word must begin like a known part."""
        return frozenset(head[:_PREFIX] for head in self.lexicon.heads)

    def analyse(self, text: str) -> tuple[Unit, ...]:
        """The distinct units of a text, sorted by key, each with its evidence quality.

        Like :meth:`units`, but a word that is neither known nor a compound
        of known parts is read as typed without æ, ø and å, or, from seven
        letters on, with one letter corrected (weaker evidence).
        """
        best: dict[str, Unit] = {}
        tokens = tokenise(text)
        english = _is_english(text, tokens)
        for token in tokens:
            found = self.english_analysis(token) if english else self.word_analysis(token)
            for unit in found:
                known = best.get(unit.key)
                if known is None or unit.quality > known.quality:
                    best[unit.key] = unit
        if not best:
            best = {
                key: Unit(key, 1.0, t, None, self.weight(t))
                for t in tokens
                for key in (self.lexicon.key(t),)
            }
        return tuple(best[key] for key in sorted(best))

    def english_analysis(self, token: str) -> tuple[Unit, ...]:
        """The unit of one word of an English text (English words are not split)."""
        cached = self._english.get(token)
        if cached is None:
            key = self.lexicon.english_key(token)
            meaningless = is_stopword(token) or key in _GENERIC_KEYS
            other = tuple(k for k in {self.lexicon.key(token)} if k != key)
            unit = Unit(key, 1.0, token, None, self.weight(token), False, other)
            cached = () if meaningless else (unit,)
            self._english[token] = cached
        return cached

    def word_analysis(self, token: str) -> tuple[Unit, ...]:
        """The units of one word, with spelling restored where the word is unknown."""
        cached = self._analysed.get(token)
        if cached is None:
            cached = self._compute_analysis(token)
            self._analysed[token] = cached
        return cached

    def _compute_analysis(self, token: str) -> tuple[Unit, ...]:
        """Read one word: split by the vocabulary's parts; a rare word also as a particle
        verb or by the wider word list; an unknown word as typed without æ, ø and å, or
        with one letter corrected (weaker evidence)."""
        if is_stopword(token):
            return ()
        keys = self.word_units(token)
        as_written = self._units_of(self.parts(token), 1.0, token, None)
        past = self._past_tense(token) if len(keys) == 1 else None
        if past is not None:
            return self._units_of((past,), 1.0, token, None)
        if len(keys) != 1 or not self._rare(token):
            return as_written
        particle = self._particle_split(token)
        if particle is not None:
            return self._units_of(particle, 1.0, token, None)
        unknown = self._unknown(token)
        if unknown:
            restored = self._unfolded_word(token)
            if restored is not None:
                return self._units_of(
                    split_compound(restored, self.wide), FOLDED_QUALITY, token, restored
                )
            folded = self._folded_parts(token, self.folded_vocabulary)
            if folded is not None:
                return self._units_of(self._restored(folded), FOLDED_QUALITY, token, None)
        wide = split_compound(token, self.wide)
        doubtful = unknown and self._doubtful(wide)
        corrected = self._corrected(token, self.lexicon) if doubtful else None
        if corrected is not None:
            parts = split_compound(corrected, self.wide)
            if self._plausibility(parts) - CORRECTION_COST > self._plausibility(wide):
                return self._units_of(parts, CORRECTED_QUALITY, token, corrected)
        if len(wide) > 1:
            return self._units_of(wide, 1.0, token, None)
        folded = self._folded_parts(token, self.folded) if unknown else None
        if folded is not None:
            return self._units_of(self._restored(folded), FOLDED_QUALITY, token, None)
        return as_written

    def _unfolded_word(self, token: str) -> str | None:
        """A word typed without æ, ø and å, or a base form of it, as a common word with them
        ("handklaer" as "håndklær", "stovsuging" as "støvsuge")."""
        if not token.isascii():
            return None
        for candidate in (token, *_base_forms(token)):
            found = weights.unfolded(fold(candidate))
            if found is not None:
                return found
        return None

    def _doubtful(self, parts: tuple[str, ...]) -> bool:
        """Whether a reading may hide a typo: a part that is neither a vocabulary part nor a
        common word (correction is slow, so a plausible compound is not corrected)."""
        lexicon = self.lexicon
        return len(parts) == 1 or any(
            p not in lexicon.heads
            and p not in lexicon.tails
            and (self._zipf(p) or 0.0) < LEXICALISED_ZIPF
            for p in parts
        )

    def _plausibility(self, parts: tuple[str, ...]) -> float:
        """How likely a reading of a word is: the mean commonness (Zipf) of its parts,
        with a bonus for the vocabulary's work-word parts; an unknown part counts as
        :data:`UNKNOWN_ZIPF`; each part beyond the first costs :data:`PART_COST`."""
        lexicon = self.lexicon
        total = 0.0
        for part in parts:
            known = part in lexicon.heads or part in lexicon.tails
            total += (self._zipf(part) or UNKNOWN_ZIPF) + VOCABULARY_BONUS * known
        return total / len(parts) - PART_COST * (len(parts) - 1)

    @cached_property
    def _unfold(self) -> dict[str, str]:
        """Each known part's spelling without æ, ø and å, mapped back to the part."""
        forms = sorted(self.wide.heads | self.wide.tails)
        return {fold(form): form for form in forms if fold(form) != form}

    def _restored(self, parts: tuple[str, ...]) -> tuple[str, ...]:
        """Parts typed without æ, ø and å, spelled with them where a known part is (and
        split again: "pafylling" is "påfylling", which is "på" + "fylling")."""
        restored = (self._unfold.get(part, part) for part in parts)
        return tuple(p for part in restored for p in split_compound(part, self.wide))

    def _units_of(
        self, parts: tuple[str, ...], quality: float, word: str, read_as: str | None
    ) -> tuple[Unit, ...]:
        found: list[Unit] = []
        plain = word.isascii() and self._zipf(word) is None
        for part in parts:
            key = self.lexicon.key(part)
            if not is_stopword(part) and key not in _GENERIC_KEYS:
                other = _english_alternate(part, key)
                found.append(Unit(key, quality, word, read_as, self.weight(part), plain, other))
        return tuple(found)

    def _particle_split(self, token: str) -> tuple[str, str] | None:
        """A particle verb written as one word ("avspyling", "ompotting"): particle and rest."""
        for particle in VERB_PARTICLES:
            rest = token[len(particle) :]
            if token.startswith(particle) and len(rest) >= MIN_STEM_PART:
                found = self._zipf(rest)
                if found is not None and found >= LEXICALISED_ZIPF - 0.5:
                    return particle, rest
        return None

    def _past_tense(self, token: str) -> str | None:
        """The infinitive of a rare past-tense form whose infinitive is common ("sorterte")."""
        own = self._zipf(token) or 0.0
        for ending, replacement in _PAST_TENSE:
            base = token[: -len(ending)] + replacement
            if token.endswith(ending) and len(base) >= MIN_PART + 1:
                found = self._zipf(base)
                if found is not None and found >= max(own, PAST_BASE_ZIPF):
                    return base
        return None

    def _rare(self, token: str) -> bool:
        """Whether a word may be a compound the vocabulary does not know: no common word
        of its own, or less common than each of its parts ("lyspærer")."""
        lexicon = self.lexicon
        if token in lexicon.norwegian or token in lexicon.tails or token in STEM_EXCEPTIONS:
            return False
        found = self._zipf(token)
        if found is not None and found >= LEXICALISED_ZIPF:
            return self._compositional(token, found)
        return not any((self._zipf(b) or 0.0) >= LEXICALISED_ZIPF for b in _base_forms(token))

    def _compositional(self, token: str, zipf: float) -> bool:
        """Whether a common word splits into parts that are each clearly more common."""
        if zipf >= COMPOSITIONAL_ZIPF:
            return False
        parts = split_compound(token, self.wide)
        return len(parts) > 1 and all(
            (self._zipf(p) or 0.0) >= zipf + COMPOSITIONAL_MARGIN for p in parts
        )

    def _unknown(self, token: str) -> bool:
        """Whether a word is neither in the frequency list nor a known word part."""
        lexicon = self.lexicon
        if token in lexicon.norwegian or token in lexicon.tails or token in STEM_EXCEPTIONS:
            return False
        if weights.known(token):
            return False
        return not any(self._zipf(base) is not None for base in _base_forms(token))

    @staticmethod
    def _zipf(token: str) -> float | None:
        """How common a word form is in Norwegian or English text (None: rarer than the list)."""
        return weights.zipf(IRREGULAR_FORMS.get(token, token))

    def weight(self, token: str) -> float:
        """How informative a word (or word part) is: see :mod:`jobmatch.matching.weights`."""
        found = self._zipf(token)
        return weights.weight_of_zipf(found)

    @staticmethod
    def _folded_parts(token: str, folded: Lexicon) -> tuple[str, ...] | None:
        """An ASCII word split as a compound of parts typed without æ, ø and å."""
        if not token.isascii() or len(token) < MIN_SPLIT_WORD:
            return None
        parts = split_compound(fold(token), folded)
        return parts if len(parts) > 1 else None

    def _corrected(self, token: str, lexicon: Lexicon) -> str | None:
        """The word one letter away that is a common word, a known part, or splits into
        known parts.

        The slip lies inside one part: for each stretch of the word that
        begins where known parts end and ends where known parts begin (or at
        the word's ends), the stretch's one-letter variants are looked up
        among the known parts. The likeliest reading wins: the fewest parts,
        then a Norwegian letter typed as a plain one, then a doubled or
        undoubled letter, then alphabetical order.
        """
        if len(token) < MIN_CORRECTED:
            return None
        size = len(token)
        starts = _head_chain_ends(token, lexicon)
        splits = _best_splits(token, lexicon)
        ends = [b for b in range(1, size) if splits[b] is not None] + [size]
        found: set[tuple[int, int, int, float, str]] = set()
        for candidate in _edits(token):
            common = self._zipf(candidate)
            if common is not None and common >= COMMON_CORRECTION_ZIPF:
                found.add(self._rank((candidate,), candidate, token))
        for a in starts:
            for b in ends:
                if b - a < MIN_PART - 1:
                    continue
                for variant in _edits(token[a:b]):
                    last = b == size
                    if variant in lexicon.heads or (last and _is_tail(variant, lexicon)):
                        candidate = token[:a] + variant + token[b:]
                        parts = split_compound(candidate, lexicon)
                        if len(parts) > 1 or _is_tail(candidate, lexicon):
                            found.add(self._rank(parts, candidate, token))
        return min(found)[4] if found else None

    def _rank(
        self, parts: tuple[str, ...], candidate: str, token: str
    ) -> tuple[int, int, int, float, str]:
        """How likely a reading is (lower first): parts, the kind of slip, commonness."""
        added = sum(c in _NORWEGIAN_LETTERS for c in candidate) - sum(
            c in _NORWEGIAN_LETTERS for c in token
        )
        doubled = int(not _doubling(candidate, token))
        return (len(parts), int(added <= 0), doubled, -self._plausibility(parts), candidate)

    def units(self, text: str) -> tuple[str, ...]:
        """The sorted, distinct units of a text.

        A text made only of stop words keeps their keys, so that "jobbe"
        still equals "jobbe".
        """
        return tuple(unit.key for unit in self.analyse(text))

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
        parts = split_compound(token, self.lexicon)
        keys = (self.lexicon.key(p) for p in parts if not is_stopword(p))
        return tuple(k for k in keys if k not in _GENERIC_KEYS)

    def parts(self, token: str) -> tuple[str, ...]:
        """The compound parts of a word (for explanations)."""
        return split_compound(token, self.lexicon)


_GENERIC_KEYS = frozenset(root(word) for word in GENERIC_WORDS) | frozenset(
    stem_en(word) for word in GENERIC_WORDS if word.isascii()
)
