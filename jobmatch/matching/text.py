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
3. Anything else is keyed by the Norwegian Snowball stemmer and the rules
   it lacks: a verbal noun stems like its verb ("rydding" ~ "rydde",
   "reparasjon" ~ "reparere", "lesning" ~ "lese", "gåing" ~ "gå"), an
   unstressed -el or -en drops its e ("sykkel" ~ "sykler", "skitten" ~
   "skitne"), a noun in -a or -er keeps it ("faktura" ~ "fakturaer",
   "container" ~ "containere").

Function words ("og", "the") and words for work in general ("jobbe",
"arbeid", "assistant") are no units.

Compounds are split by a general method, not by listing compounds: a word
is cut into known word parts (from a :class:`Lexicon` built from the
vocabulary's Norwegian words, their stems and a list of common work-word
parts), at least three letters each except a leading particle ("ut",
"opp"), allowing the Norwegian linking letters -s- and -e-, with the fewest
parts winning. A handful of compounds whose meaning is not their parts'
("barnehage") are kept whole.

:class:`Analyzer` reads each word of a text once (see
:meth:`Analyzer.word_analysis`). A word the vocabulary's parts do not split
may still be a compound: when it is rare, or a common word clearly rarer
than its parts ("lyspærer", "utlån"), it is split by a wider list of common
Norwegian words and stems (``wordparts.txt``), the likeliest parts winning;
a particle verb written as one word loses its particle ("avspyling" ~ "spyle
av"), and an English compound of vocabulary words splits too ("cleanup" ~
"clean up"). An inflection of a word that does not split is not split
("gryter" is "gryte" inflected, not "gry" + "ter"), and neither is a common
word of another language ("florist"). A weak verb's rare past tense reads as
its infinitive ("telte" ~ "telle"). A word that is no known word at all is
read as typed without æ, ø and å, or, from seven letters on, with one likely
slip corrected (a noisy channel: how plausible each reading's parts are,
against how likely the slip is); the restored or corrected word is then read
as if typed right, at a lower quality. Where one word of a text was clearly
typed without æ, ø and å, its other plain-letter words may be too ("tomme
soppel").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

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
#: What reading a word with one letter corrected costs (Zipf): a likely slip (a letter
#: doubled or undoubled, two letters swapped, a Norwegian letter typed as a plain one)
#: costs little, a common one (a letter left out, a consonant typed as its voiced or
#: voiceless neighbour) more, another (a stray letter, another letter) much.
LIKELY_SLIP_COST = 0.6
COMMON_SLIP_COST = 1.4
UNLIKELY_SLIP_COST = 2.5
#: Letters typed for a Norwegian letter, and consonants typed for each other by sound.
_PLAIN_FOR = {"æ": "ae", "ø": "o", "å": "ao"}
_SOUND_PAIRS = frozenset(frozenset(pair) for pair in ("bp", "dt", "gk"))
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
#: How common the rest of a particle verb written as one word must be ("spyling": "spyle").
PARTICLE_REST_ZIPF = 2.5
#: A two-letter word may begin a rare compound when it is this common ("bysykler").
#: A common word at least this common (Zipf) may be the head at the end of a compound.
WORD_END_ZIPF = 3.0
SHORT_HEAD = 2
SHORT_HEAD_ZIPF = 4.0
_VOWELS = frozenset("aeiouyæøå")
_NING_STEM_ENDS = _VOWELS | {"s"}
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
#: "kasser" like "kassere"; "luka", the hatch, would become "luk" like
#: "luke" and "luking", weeding).
STEM_EXCEPTIONS: Mapping[str, str] = {
    "lager": "lager",
    "lagre": "lager",
    "lagret": "lager",
    "kassere": "kasser",
    "kasserte": "kasser",
    "kasseres": "kasser",
    "luka": "luka",
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
    liker like likte ønsker vil veldig godt bra slik sånn etc osv mm mv ol dvs bl
    mot under over etter før hos uten mellom gjennom imot ca
    the a an and or of to in on at by as with from for into onto about
    i me my we our you your he she it its they them is are was were be been
    do does doing did not no also like likes enjoy enjoys want wants would
    very well some any all more most etc over
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

#: An English word at least this common (Zipf) is not read as a compound of two others.
ENGLISH_COMPOUND_ZIPF = 3.5
#: The least commonness (Zipf) of each part of an English compound of common words.
ENGLISH_PART_ZIPF = 4.0

#: Particles that may begin a compound ("oppvask", "påfylling", "utpakking").
#: Others ("av", "mot", "over") begin too many words whose meaning is not
#: their parts' ("avfall", "mottak", "oversette").
PARTICLES: frozenset[str] = _word_set("opp ut inn ned på bort fram frem sammen om")

#: Prepositions that begin compounds whose meaning is their parts' ("mellomlager",
#: "etterkontroll", "førtrykk"): a head in the wide word list, so that such a word is
#: never read as other words ("mel" + "lom" + "lager"). The preposition is no unit.
COMPOUND_PREPOSITIONS: frozenset[str] = _word_set("mellom etter før")
_NO_LINK = PARTICLES | COMPOUND_PREPOSITIONS

#: English particles that may end an English compound ("cleanup" is "clean up").
ENGLISH_PARTICLES: frozenset[str] = _word_set("up out off down away")

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
SUFFIX_TAILS: frozenset[str] = _word_set("ing ring rer ere ning else het ene ende")

#: Compounds whose meaning is not their parts' ("barnehage" is no garden,
#: "postkasse" no checkout): kept whole, but usable as a part of a longer word.
UNSPLIT_WORDS: frozenset[str] = _word_set(
    "barnehage sykehus sykehjem postkasse lastebil bakrom trelast bokføring"
)

MIN_PART = 3
MIN_STEM_PART = 4
MIN_SPLIT_WORD = 6
MAX_PARTS = 4
_LINKS = ("s", "e")
#: What a linking letter costs against the likelihood of a split's parts (Zipf):
#: "egg" + "sanking", not "egg" + "s" + "anking"; "arbeid" + "s" + "lag", not + "slag".
LINK_COST = 0.5
#: What a linking s or e costs after a head of two syllables or more, where it is the
#: rule rather than the exception ("eksamen" + s + "vakt", not + "svakt"; "egg" +
#: "sanking", not + s + "anking").
LONG_HEAD_LINK_COST = 0.0
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
    word = _syncopated_adjective(word)
    stem = stem_nb(word)
    if stem == word[:-2] and word[-2:] in ("et", "en") and _noun_in_en_et(word):
        return word  # "potet", "kjøkken": nouns, not an inflection in -et or -en
    if stem == word[:-2] and word.endswith("er") and _noun_in_er(word):
        return word  # "container" (plural "containere"): a noun, not a plural in -er
    if len(stem) > MIN_PART and stem.endswith("a") and stem != word:
        stem = stem_nb(stem)  # "fakturaer" -> "faktura" -> "faktur", as "faktura" itself
    return _drop_syncope_e(_verb_of_noun(stem))


def _syncopated_adjective(word: str) -> str:
    """An adjective in -en as its inflected form in -ne ("skitten" as "skitne", "sulten"
    as "sultne"), which the stemmer keys differently; a noun's definite form ("katten",
    "baren") has no such form, or has a plural ("barene")."""
    if len(word) < 5 or not word.endswith("en") or word[-3] in _VOWELS:
        return word
    base = word[:-2]
    if base.endswith("er") or weights.zipf(base + "ene") is not None:
        return word  # "eieren", "baren": a noun's definite form
    if base[-1] == base[-2]:
        base = base[:-1]
    inflected = base + "ne"
    return inflected if weights.zipf(inflected) is not None else word


def _noun_in_en_et(word: str) -> bool:
    """Whether a word in -et or -en is a noun's own form (its plural or definite is common)."""
    return any(weights.zipf(word + end) is not None for end in ("er", "et", "ene"))


def _noun_in_er(word: str) -> bool:
    """Whether a word in -er is a noun's own form: its definite forms ("containeren",
    "containerne") are words, and it is not a verb's present tense ("maler" of "male")."""
    definite = any(weights.zipf(word + end) is not None for end in ("en", "ne"))
    return definite and weights.zipf(word[:-1]) is None


def _verb_of_noun(stem: str) -> str:
    """Stem a verbal noun (-ing, -ning, -asjon) as its verb, so both get one key.

    A noun in -ning is a verb in -ne with -ing ("tegning": "tegne"), or, where the
    noun is a word and no such verb is, the stem of a verb in -se or a vowel with
    -ning ("lesning": "lese"; "ledning" is no "lede").
    """
    base = stem[:-4]
    if stem.endswith("ning") and len(base) >= MIN_PART and base[-1] in _NING_STEM_ENDS:
        short = base + "e"
        known = weights.zipf(stem) is not None and weights.zipf(short) is not None
        if known and weights.zipf(stem[:-3] + "e") is None:
            return stem_nb(short)
    if stem.endswith("ing") and stem[-4:-3] in _VOWELS and weights.zipf(stem[:-3]) is not None:
        return stem_nb(stem[:-3])  # "gåing", "sying": a verb ending in a vowel
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
    to that word. ``commonness``, when given, scores how likely a part is: of
    two splits with as many parts, the one whose least likely part is likelier
    wins ("rose" + "stell", not "roses" + "tell"), a linking letter costing
    :data:`LINK_COST`.
    """

    heads: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    tail_keys: frozenset[str] = frozenset()
    norwegian: frozenset[str] = frozenset()
    english_bases: Mapping[str, str] = field(default_factory=dict)
    commonness: Callable[[str], float] | None = field(default=None, compare=False)

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
    base = _english_base(word)
    if base is not None and len(split_compound(base, lexicon)) == 1:
        return (word,)
    best = _best_splits(word, lexicon)[0]
    return best if best is not None else (word,)


def _is_unsplit(word: str) -> bool:
    """Whether a word is (an inflection of) a compound that is kept whole."""
    return any(
        word.startswith(whole) and len(word) - len(whole) <= _MAX_INFLECTION
        for whole in UNSPLIT_WORDS
    )


def _english_base(word: str) -> str | None:
    """The common word that a word is with an English ending ("spraying": "spray",
    "corrective": "correct", "arches": "arch"), if any: its ending is no word part ("ing",
    "ive"), so the word is no compound of its own."""
    if not word.isascii():
        return None
    stripped = [word[: -len(end)] + base for end, base in _ENGLISH_ENDINGS if word.endswith(end)]
    for base in [b for b in stripped if len(b) >= MIN_PART] + _undoubled(word):
        zipf = weights.zipf(base)
        if zipf is not None and zipf >= ENGLISH_BASE_ZIPF:
            return base
    return None


def _undoubled(word: str) -> list[str]:
    """The base of an -ing or -ed form that doubles its last consonant ("stopping")."""
    for end in ("ing", "ed"):
        stem = word[: -len(end)]
        doubled = len(stem) > MIN_PART and stem[-1] == stem[-2] and stem[-1] not in _VOWELS
        if word.endswith(end) and doubled:
            return [stem[:-1]]
    return []


_Split = tuple[str, ...]
_Rank = tuple[int, float, int, int, tuple[int, ...]]


def _best_splits(word: str, lexicon: Lexicon) -> list[_Split | None]:
    """For each start position, the best split of the rest of the word.

    Position 0 never takes the whole word as one part.
    """
    size = len(word)
    best: list[_Split | None] = [None] * (size + 1)
    ranks: list[_Rank | None] = [None] * (size + 1)
    commonness = lexicon.commonness
    for start in range(size - MIN_PART, -1, -1):
        for parts, links in _split_options(word, start, lexicon, best):
            inexact = int(parts[-1] not in lexicon.tails)
            lengths = tuple(-len(p) for p in parts)
            if commonness is None:
                rank = (len(parts), 0.0, inexact, links, lengths)
            else:
                likely = min(map(commonness, parts)) - links * _link_cost(parts[0])
                rank = (len(parts), -likely, inexact, 0, lengths)
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
    if word[end] in _LINKS and head not in _NO_LINK and linked is not None:
        found.append(((head, *linked), 1))
    return found


@lru_cache(maxsize=4096)
def _link_cost(head: str) -> float:
    """What a linking letter after ``head`` costs: less after a head of two syllables."""
    syllables = sum(
        1 for i, c in enumerate(head) if c in _VOWELS and (i == 0 or head[i - 1] not in _VOWELS)
    )
    return LONG_HEAD_LINK_COST if syllables >= 2 else LINK_COST


def _is_tail(part: str, lexicon: Lexicon) -> bool:
    """Whether ``part`` may end a compound (a known form or an inflection of one)."""
    if len(part) < MIN_PART or part in SUFFIX_TAILS:
        return False
    if part in lexicon.tails:
        return True
    prefixes = lexicon.tail_prefixes
    if part[:_PREFIX] not in prefixes and part[: _PREFIX - 1] not in prefixes:
        return False
    return lexicon.key(part) in lexicon.tail_keys


def fold(word: str) -> str:
    """A word as typed without the Norwegian letters: æ and å as a, ø as o (also when
    written "ae", "aa" or "oe")."""
    return word.translate(_FOLD).replace("aa", "a").replace("ae", "a").replace("oe", "o")


@dataclass(frozen=True)
class Unit:
    """One unit of a text as matching sees it.

    ``key`` is what is compared; ``quality`` is 1 for a word as written and
    :data:`CORRECTED_QUALITY` for a word read with one letter corrected;
    ``word`` is the word of the text it comes from, and ``read_as`` what a
    corrected word was read as (None when not corrected). ``plain`` says the
    word may be typed without æ, ø and å (so it may meet a word with them),
    ``restored`` that it clearly was (it was read with them restored).
    """

    key: str
    quality: float
    word: str
    read_as: str | None = None
    weight: float = 1.0
    plain: bool = False
    restored: bool = False
    alternates: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        """The key and any alternate keys the word may have."""
        return (self.key, *self.alternates)


def _needs_fold(word: str) -> bool:
    """Whether folding changes a word (most words are plain letters already)."""
    return not word.isascii() or "aa" in word or "ae" in word or "oe" in word


def _fold_all(words: frozenset[str]) -> frozenset[str]:
    """Every word folded (see :func:`fold`), folding only those it changes."""
    changed = {w for w in words if _needs_fold(w)}
    return (words - changed) | frozenset(map(fold, changed))


def _folded_lexicon(lexicon: Lexicon) -> Lexicon:
    """The lexicon as typed without æ, ø and å, for splitting such words."""
    return Lexicon(
        _fold_all(lexicon.heads),
        _fold_all(lexicon.tails),
        _fold_all(lexicon.tail_keys),
        _fold_all(lexicon.norwegian),
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
#: "utgåtte" is "utgått".
_INFLECTIONS = (
    ("ene", ""),
    ("ene", "e"),
    ("er", ""),
    ("er", "e"),
    ("ere", ""),
    ("en", ""),
    ("et", ""),
    ("te", "e"),
    ("de", "e"),
    ("e", ""),
    ("rne", "re"),
    ("ert", "ere"),
)
#: English inflection and derivation endings, and what the base form ends in instead:
#: "spraying" is "spray" and "taping" "tape", "corrective" is "correct".
_ENGLISH_ENDINGS = (
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("es", "e"),
    ("s", ""),
    ("ive", ""),
    ("ive", "e"),
    ("ness", ""),
    ("ment", ""),
    ("able", ""),
    ("able", "e"),
    ("age", ""),
)
#: The base of an English derivative is a common word (Zipf).
ENGLISH_BASE_ZIPF = 3.0
#: Derivation endings likewise: "bretting" is made from "brette", "arbeidsom" from "arbeid".
_DERIVATIONS = (("ing", "e"), ("ing", ""), ("ning", "e"), ("som", ""))


#: Endings of agent nouns and what replaces them in the verb they are made from
#: ("adjuster" of "adjust", "verifier" of "verify", "decorator" of "decorate",
#: "selger" of "selge").
_AGENT_ENDINGS = (
    ("ier", "y"),
    ("er", ""),
    ("er", "e"),
    ("or", ""),
    ("or", "e"),
    ("ator", "ate"),
)

#: Endings that inflect a base form (for the commonest form of a word).
_ENDINGS = ("r", "er", "n", "en", "et", "ene", "a")


def _base_forms(word: str) -> list[str]:
    """Possible base forms of an inflected or derived word (for telling a rare form from
    a typo)."""
    return _inflection_bases(word) + _stripped(word, _DERIVATIONS)


def _inflection_bases(word: str) -> list[str]:
    """Possible base forms of an inflected word."""
    return _stripped(word, _INFLECTIONS)


def _stripped(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    found = [word[: -len(end)] + base for end, base in endings if word.endswith(end)]
    return [f for f in found if len(f) >= MIN_PART + 1]


def _infinitives(word: str) -> list[str]:
    """Possible infinitives of a weak verb's past tense: "sorterte" of "sortere", and,
    after a single consonant, of a verb with that consonant doubled ("telte" of "telle")."""
    found: list[str] = []
    for ending, replacement in _PAST_TENSE:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) + len(replacement) >= MIN_PART + 1:
            found.append(base + replacement)
            if ending == "te" and base[-1] not in _VOWELS and base[-1] != base[-2]:
                found.append(base + base[-1] + "e")
    return found


def _particle_parts(word: str) -> tuple[str, ...]:
    """A short word as a particle and a word of three letters or more ("ut" + "lån")."""
    for particle in sorted(PARTICLES):
        rest = word[len(particle) :]
        if word.startswith(particle) and len(rest) >= MIN_PART:
            return particle, rest
    return (word,)


def _may_be_folded(unit: Unit) -> Unit:
    """A unit of a plain-letter word that may have been typed without æ, ø and å."""
    if unit.plain or not unit.word.isascii():
        return unit
    return Unit(unit.key, unit.quality, unit.word, unit.read_as, unit.weight, True, unit.restored)


def _slip_cost(meant: str, typed: str) -> float:
    """What reading ``typed`` as ``meant`` (one edit away) costs: see LIKELY_SLIP_COST."""
    if _doubling(meant, typed):
        return LIKELY_SLIP_COST
    if len(meant) != len(typed):
        return COMMON_SLIP_COST if len(meant) == len(typed) + 1 else UNLIKELY_SLIP_COST
    differ = [i for i, (a, b) in enumerate(zip(meant, typed, strict=True)) if a != b]
    if len(differ) == 2:
        i, j = differ
        swapped = j == i + 1 and meant[i] == typed[j] and meant[j] == typed[i]
        return LIKELY_SLIP_COST if swapped else UNLIKELY_SLIP_COST
    a, b = meant[differ[0]], typed[differ[0]]
    if b in _PLAIN_FOR.get(a, ""):
        return LIKELY_SLIP_COST
    return COMMON_SLIP_COST if frozenset((a, b)) in _SOUND_PAIRS else UNLIKELY_SLIP_COST


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


def _units_data(units: tuple[Unit, ...]) -> list[list[Any]]:
    """Units as JSON-ready lists, their fields in order."""
    return [
        [u.key, u.quality, u.word, u.read_as, u.weight, u.plain, u.restored, list(u.alternates)]
        for u in units
    ]


def _units(data: list[list[Any]]) -> tuple[Unit, ...]:
    """Units back from :func:`_units_data`."""
    return tuple(
        Unit(key, quality, word, read_as, weight, plain, restored, tuple(alternates))
        for key, quality, word, read_as, weight, plain, restored, alternates in data
    )


def _data(cache: dict[str, tuple[Unit, ...]]) -> dict[str, list[list[Any]]]:
    return {item: _units_data(units) for item, units in cache.items()}


def lexicon_data(lexicon: Lexicon) -> dict[str, Any]:
    """A lexicon without ``commonness`` as JSON-ready data (see :func:`lexicon_from_data`)."""
    return {
        "heads": sorted(lexicon.heads),
        "tails": sorted(lexicon.tails),
        "tail_keys": sorted(lexicon.tail_keys),
        "norwegian": sorted(lexicon.norwegian),
        "english_bases": dict(lexicon.english_bases),
    }


def lexicon_from_data(data: dict[str, Any]) -> Lexicon:
    """The lexicon :func:`lexicon_data` saved."""
    return Lexicon(
        frozenset(data["heads"]),
        frozenset(data["tails"]),
        frozenset(data["tail_keys"]),
        frozenset(data["norwegian"]),
        dict(data["english_bases"]),
    )


class Analyzer:
    """Turns texts into units with one lexicon; caches per distinct word."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._words: dict[str, tuple[str, ...]] = {}
        self._analysed: dict[str, tuple[Unit, ...]] = {}
        self._texts: dict[str, tuple[Unit, ...]] = {}
        self._spelled: dict[str, tuple[Unit, ...]] = {}
        self._common: dict[str, float] = {}
        self._saved: dict[str, dict[str, Any]] = {"analysed": {}, "spelled": {}, "texts": {}}

    def state(self) -> dict[str, Any]:
        """What this analyzer has read so far, as JSON-ready data (see :meth:`restore`)."""
        return {
            "words": {w: list(keys) for w, keys in self._words.items()},
            "analysed": {**self._saved["analysed"], **_data(self._analysed)},
            "spelled": {**self._saved["spelled"], **_data(self._spelled)},
            "texts": {**self._saved["texts"], **_data(self._texts)},
            "common": dict(self._common),
        }

    def word_state(self, tokens: Iterable[str]) -> dict[str, Any]:
        """The analyses of these words only (those read so far), for :meth:`restore`."""
        found: dict[str, list[list[Any]]] = {}
        saved = self._saved["analysed"]
        for token in tokens:
            units = self._analysed.get(token)
            if units is not None:
                found[token] = _units_data(units)
            elif token in saved:
                found[token] = saved[token]
        return {"analysed": found}

    def restore(self, state: dict[str, Any]) -> None:
        """Take back what :meth:`state` or :meth:`word_state` gave, from an analyzer with the
        same lexicon.

        Units are made from the saved lists only when a word or text is looked up.
        """
        self._words.update((w, tuple(keys)) for w, keys in state.get("words", {}).items())
        for name in ("analysed", "spelled", "texts"):
            self._saved[name].update(state.get(name, {}))
        self._common.update(state.get("common", {}))

    def _recall(self, name: str, cache: dict[str, tuple[Unit, ...]], item: str) -> bool:
        """Move a restored word or text's units into ``cache``; whether there were any."""
        data = self._saved[name].pop(item, None)
        if data is None:
            return False
        cache[item] = _units(data)
        return True

    @cached_property
    def wide(self) -> Lexicon:
        """The lexicon with common Norwegian words as parts (the shipped word list).

        Used for words that the vocabulary's parts do not split and that are
        not common words of their own: "smådyr" = "små" + "dyr". Common word
        forms may begin or end a compound, common keys (stems) may begin one
        ("brems" + "e" + "justering") and end one in any of their forms.
        """
        keys = frozenset(
            w for w in weights.word_parts() if not is_stopword(w) and w not in SUFFIX_TAILS
        )
        forms = frozenset(
            w for w in weights.word_forms() if not is_stopword(w) and w not in SUFFIX_TAILS
        )
        base = self.lexicon
        return Lexicon(
            base.heads | forms | COMPOUND_PREPOSITIONS | {k for k in keys if len(k) >= MIN_PART},
            base.tails | forms,
            base.tail_keys | keys,
            base.norwegian,
            base.english_bases,
            self._part_likelihood,
        )

    @cached_property
    def folded(self) -> Lexicon:
        """The wide lexicon without æ, ø and å."""
        return _folded_lexicon(self.wide)

    @cached_property
    def folded_vocabulary(self) -> Lexicon:
        """The vocabulary's parts without æ, ø and å: "varepafylling" = "vare" + "pafylling"."""
        return _folded_lexicon(self.lexicon)

    def analyse(self, text: str) -> tuple[Unit, ...]:
        """The distinct units of a text, sorted by key, each with its evidence quality
        (computed once per distinct text; see :meth:`_analyse`)."""
        found = self._texts.get(text)
        if found is None:
            if self._recall("texts", self._texts, text):
                return self._texts[text]
            found = self._analyse(text)
            self._texts[text] = found
        return found

    def _analyse(self, text: str) -> tuple[Unit, ...]:
        """The distinct units of a text, sorted by key, each with its evidence quality.

        Like :meth:`units`, but a word that is neither known nor a compound
        of known parts is read as typed without æ, ø and å, or, from seven
        letters on, with one letter corrected (weaker evidence). A text in
        which one word was clearly typed without æ, ø and å may have other
        such words that happen to be words as typed ("tomme soppel" is
        "tømme søppel"): its other plain-letter words may meet words with
        those letters too.
        """
        best: dict[str, Unit] = {}
        tokens = tokenise(text)
        analyses = [self.word_analysis(token) for token in tokens]
        if any(u.restored for units in analyses for u in units):
            analyses = [tuple(_may_be_folded(u) for u in units) for units in analyses]
        for units in analyses:
            for unit in units:
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

    def word_analysis(self, token: str) -> tuple[Unit, ...]:
        """The units of one word, with spelling restored where the word is unknown."""
        cached = self._analysed.get(token)
        if cached is None:
            if self._recall("analysed", self._analysed, token):
                return self._analysed[token]
            cached = self._compute_analysis(token, restore=True)
            self._analysed[token] = cached
        return cached

    def _spelled_analysis(self, word: str) -> tuple[Unit, ...]:
        """The units of a word read as correctly spelled (a restored or corrected reading)."""
        cached = self._spelled.get(word)
        if cached is None:
            if self._recall("spelled", self._spelled, word):
                return self._spelled[word]
            cached = self._compute_analysis(word, restore=False)
            self._spelled[word] = cached
        return cached

    def _compute_analysis(self, token: str, restore: bool) -> tuple[Unit, ...]:
        """Read one word: split by the vocabulary's parts; a rare word also as a particle
        verb or by the wider word list; with ``restore``, an unknown word as typed without
        æ, ø and å, or with one letter corrected (weaker evidence). A restored or corrected
        word is read as that word is when typed right."""
        if is_stopword(token):
            return ()
        keys = self.word_units(token)
        as_written = self._units_of(self.parts(token), 1.0, token, None)
        past = self._past_tense(token) if len(keys) == 1 else None
        if past is not None:
            return self._units_of((past,), 1.0, token, None)
        if len(keys) != 1:
            return as_written
        unknown = restore and self._unknown(token)
        restored = self._unfolded_word(token) if unknown else None
        if restored is not None:
            return self._reread((restored,), FOLDED_QUALITY, token, restored)
        if not self._rare(token):
            return as_written
        found = self._rare_analysis(token, unknown)
        return as_written if found is None else found

    def _rare_analysis(self, token: str, unknown: bool) -> tuple[Unit, ...] | None:
        """Read a rare word: as a particle verb, with æ, ø and å restored in its parts, with
        a likely slip corrected, or split by the wider word list (None: as written)."""
        particle = self._particle_split(token)
        if particle is not None:
            return self._units_of(particle, 1.0, token, None)
        folded = self._restored_parts(token, self.folded_vocabulary) if unknown else None
        if folded is not None:
            return self._reread(folded, FOLDED_QUALITY, token, None)
        split = self._split_rare(token)
        corrected = self._likely_correction(token, split) if unknown else None
        if corrected is not None:
            restored = fold(corrected) == fold(token)  # only æ, ø or å left out
            quality = FOLDED_QUALITY if restored else CORRECTED_QUALITY
            return self._reread((corrected,), quality, token, corrected)
        if len(split) > 1:
            return self._units_of(split, 1.0, token, None)
        folded = self._restored_parts(token, self.folded) if unknown else None
        if folded is not None and all(self._known_part(p) for p in folded):
            return self._reread(folded, FOLDED_QUALITY, token, None)
        # "grafiker" is no "grå" + "fiker": a reading needs known words
        headed = self._known_head_parts(token) if unknown else None
        return None if headed is None else self._units_of(headed, 1.0, token, None)

    def _english_derivative(self, token: str) -> bool:
        """Whether a word is a common word that does not split, with an English ending
        ("spraying", not "spray" + "ing"); a compound's plural splits as the compound
        does ("screwdrivers")."""
        base = _english_base(token)
        return base is not None and len(self._spelled_analysis(base)) <= 1

    def _known_head_parts(self, token: str) -> tuple[str, ...] | None:
        """An unknown word that ends in a known word, read as an unknown modifier before
        that word, the head of the compound ("ortose" + "maker", "filigran" + s +
        "arbeider"): the longest known ending of at least four letters after at least
        three. Tried last, after every reading of known words, so that a slip is still
        corrected as a slip."""
        if self._english_derivative(token):
            return None
        tails = self.wide.tails
        for cut in range(MIN_PART, len(token) - MIN_STEM_PART + 1):
            tail = token[cut:]
            if tail in tails and tail not in STOPWORDS and tail not in SUFFIX_TAILS:
                return (token[:cut], *self.parts(tail))
        return None

    def is_word_end(self, ending: str) -> bool:
        """Whether the end of a word is a word of its own that may end a compound: a
        vocabulary word or key, a common Norwegian word's key, or a common word (Zipf at
        least :data:`WORD_END_ZIPF`); never a function word or a suffix ("ering")."""
        if ending in STOPWORDS or ending in SUFFIX_TAILS:
            return False
        lexicon = self.lexicon
        if ending in lexicon.tails or ending in lexicon.tail_keys:
            return True
        if weights.key_zipf(ending) is not None:  # a common Norwegian word's key
            return True
        return (self._zipf(ending) or 0.0) >= WORD_END_ZIPF

    def _known_part(self, part: str) -> bool:
        """Whether a word part is a known word: in the frequency list (in some form), or
        one of the vocabulary's."""
        return self._form_commonness(part) > UNKNOWN_ZIPF or self._work_word(part)

    def _likely_correction(self, token: str, split: tuple[str, ...]) -> str | None:
        """The word one slip away, when reading it so is likelier than reading ``token``
        as written (split as ``split``), the slip's cost counted."""
        corrected = self._corrected(token, self.lexicon)
        if corrected is None:
            return None
        likelihood = self._plausibility(self._reading(corrected))
        if likelihood - _slip_cost(corrected, token) > self._plausibility(split):
            return corrected
        return None

    def _reread(
        self, words: tuple[str, ...], quality: float, token: str, read_as: str | None
    ) -> tuple[Unit, ...]:
        """The units of ``token`` read as ``words`` (its restored or corrected spelling, or
        the parts of it), each word analysed as if typed so, at a lower quality."""
        plain = token.isascii() and self._zipf(token) is None
        restored = quality == FOLDED_QUALITY
        return tuple(
            Unit(u.key, u.quality * quality, token, read_as, u.weight, plain, restored)
            for word in words
            for u in self._spelled_analysis(word)
        )

    def _reading(self, word: str) -> tuple[str, ...]:
        """The parts a correctly typed word is read as: by the vocabulary's parts, else
        as a rare word, else whole."""
        parts = self.parts(word)
        return parts if len(parts) > 1 else self._split_rare(word)

    def _split_rare(self, token: str) -> tuple[str, ...]:
        """A rare word's parts: by the wider word list, else as an English compound of
        vocabulary words ("dishwashing", "cleanup"), else as a two-letter word before a
        vocabulary word ("bysykler"). Whole when none applies or the word is not rare."""
        if not self._rare(token):
            return (token,)
        return self._split_wide(token)

    def _split_wide(self, token: str) -> tuple[str, ...]:
        """A word's parts by the wider word list, as an English compound, or after a
        two-letter word; whole when none applies."""
        parts = split_compound(token, self.wide)
        if len(parts) > 1:  # each part read as the vocabulary reads it alone ("klargjører")
            return tuple(piece for part in parts for piece in self.parts(part))
        return self._english_parts(token) or self._short_head_parts(token) or parts

    def _english_parts(self, token: str) -> tuple[str, ...] | None:
        """An English word that is two English vocabulary words, or one and a particle
        ("dish" + "washing", "clean" + "up"). A vocabulary word is never split."""
        lexicon = self.lexicon
        if not token.isascii() or token in lexicon.norwegian or lexicon.english_base(token):
            return None
        if self._english_derivative(token):
            return None
        for cut in range(MIN_PART, len(token) - 1):
            head, tail = token[:cut], token[cut:]
            if not self._english_word(head):
                continue
            if tail in ENGLISH_PARTICLES or (len(tail) >= MIN_PART and self._english_word(tail)):
                return head, tail
        return self._common_english_parts(token)

    def _common_english_parts(self, token: str) -> tuple[str, str] | None:
        """An uncommon English word that is two common English words ("shoe" + "maker",
        "brick" + "layer"): the cut whose less common part is commonest."""
        if (self._zipf(token) or 0.0) >= ENGLISH_COMPOUND_ZIPF:
            return None
        best: tuple[float, int] | None = None
        for cut in range(MIN_PART, len(token) - MIN_PART + 1):
            head, tail = token[:cut], token[cut:]
            if is_stopword(head) or is_stopword(tail):
                continue
            least = min(self._zipf(head) or 0.0, self._zipf(tail) or 0.0)
            if least >= ENGLISH_PART_ZIPF and (best is None or least > best[0]):
                best = (least, cut)
        return None if best is None else (token[: best[1]], token[best[1] :])

    def _english_word(self, word: str) -> bool:
        """Whether a word is (an inflection of) an English vocabulary word."""
        base = self.lexicon.english_base(word)
        return base is not None and self._zipf(word) is not None

    def _short_head_parts(self, token: str) -> tuple[str, ...] | None:
        """A common two-letter word before a vocabulary word ("by" + "sykler")."""
        head, rest = token[:SHORT_HEAD], token[SHORT_HEAD:]
        if len(rest) < MIN_SPLIT_WORD - 1 or (self._zipf(head) or 0.0) < SHORT_HEAD_ZIPF:
            return None
        return (head, rest) if _is_tail(rest, self.lexicon) else None

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

    def _plausibility(self, parts: tuple[str, ...]) -> float:
        """How likely a reading of a word is: the mean commonness (Zipf) of its parts as
        word forms (or of their base forms: "plasting" is as common as "plaste"), with a
        bonus for the vocabulary's work words in any form; an unknown part, or a bare
        stem ("sykl"), counts as :data:`UNKNOWN_ZIPF`; each part beyond the first costs
        :data:`PART_COST`."""
        total = 0.0
        for part in parts:
            total += self._form_commonness(part) + VOCABULARY_BONUS * self._work_word(part)
        return total / len(parts) - PART_COST * (len(parts) - 1)

    def _lemma_commonness(self, word: str) -> float:
        """The Zipf value of a word's commonest form: as written, a base form, or an
        inflection of it ("pære" is as common as "pærer")."""
        forms = (word, *_inflection_bases(word), *(word + end for end in _ENDINGS))
        return max((z for z in map(self._zipf, forms) if z is not None), default=0.0)

    def _form_commonness(self, part: str) -> float:
        """The Zipf value of a word form, or of its commonest base form."""
        found = [self._zipf(w) for w in (part, *_base_forms(part))]
        return max((z for z in found if z is not None), default=UNKNOWN_ZIPF)

    def _work_word(self, part: str) -> bool:
        """Whether a part is a vocabulary word: one of its forms, an inflection of one
        (not a bare stem), or an English vocabulary word."""
        lexicon = self.lexicon
        if part in lexicon.tails or lexicon.english_base(part) is not None:
            return True
        return part in lexicon.heads and self._part_key(part) != part

    def _part_likelihood(self, part: str) -> float:
        """How likely a compound part is as written: a word form by its own commonness,
        an inflection by its key's, with a bonus for the vocabulary's own forms."""
        own = self._zipf(part)
        found = own if own is not None else self._commonness(part)
        return found + VOCABULARY_BONUS * (part in self.lexicon.tails)

    def _commonness(self, part: str) -> float:
        """How common a word (part) is: its own Zipf value, its commonest base form's, or
        its key's (all forms together); :data:`UNKNOWN_ZIPF` when none is known."""
        cached = self._common.get(part)
        if cached is None:
            found = [self._zipf(w) for w in (part, *_base_forms(part))]
            found.append(weights.key_zipf(self._part_key(part)))
            cached = max((z for z in found if z is not None), default=UNKNOWN_ZIPF)
            self._common[part] = cached
        return cached

    @cached_property
    def _unfold(self) -> dict[str, str]:
        """Each known part's spelling without æ, ø and å, mapped back to the part."""
        forms = sorted(w for w in self.wide.heads | self.wide.tails if _needs_fold(w))
        return {fold(form): form for form in forms if fold(form) != form}

    def _restored_parts(self, token: str, folded: Lexicon) -> tuple[str, ...] | None:
        """An ASCII word split into parts typed without æ, ø and å, each spelled with them
        where a known part is ("varepafylling": "vare" + "påfylling"); None when no part
        changes (a plain compound is no misspelling) or the word does not split."""
        parts = self._folded_parts(token, folded)
        if parts is None:
            return None
        unfold = self._unfold
        restored = tuple(p if is_stopword(p) else unfold.get(p, p) for p in parts)
        return restored if restored != parts else None

    def _units_of(
        self, parts: tuple[str, ...], quality: float, word: str, read_as: str | None
    ) -> tuple[Unit, ...]:
        found: list[Unit] = []
        plain = word.isascii() and self._zipf(word) is None
        for part in parts:
            key = self._part_key(part)
            if not is_stopword(part) and key not in _GENERIC_KEYS:
                found.append(Unit(key, quality, word, read_as, self.weight(part), plain))
        return tuple(found)

    def _part_key(self, part: str) -> str:
        """The key of a compound part. A part from the wider word list is a key already
        (stemming it again could shorten it: "brems" of "bremsejustering" is the key of
        "bremser")."""
        lexicon = self.lexicon
        if part in lexicon.tails or part in lexicon.heads or part in weights.word_forms():
            return lexicon.key(part)
        return part if part in weights.word_parts() else lexicon.key(part)

    def _particle_split(self, token: str) -> tuple[str, str] | None:
        """A particle verb written as one word ("avspyling", "ompotting", "utgåtte"):
        the particle and the rest, the rest as its common base form where it is a rare
        inflection (and so keyed as Norwegian: "potting" as "potte")."""
        for particle in VERB_PARTICLES:
            rest = token[len(particle) :]
            if not token.startswith(particle) or len(rest) < MIN_PART:
                continue
            readings = [(self._zipf(w) or 0.0, w) for w in (rest, *_base_forms(rest))]
            zipf, word = max(readings)
            shortest = MIN_PART if zipf >= LEXICALISED_ZIPF else MIN_STEM_PART
            if zipf >= PARTICLE_REST_ZIPF and len(rest) >= shortest:
                return particle, word
        return None

    def _past_tense(self, token: str) -> str | None:
        """The infinitive of a rare past-tense form whose infinitive is a common verb
        ("sorterte", "telte" of "telle"; not "hente" of "henne", which has no present
        tense "henner")."""
        own = self._zipf(token) or 0.0
        for base in _infinitives(token):
            found = self._zipf(base)
            verb = self._zipf(base + "r") is not None
            if found is not None and found >= max(own, PAST_BASE_ZIPF) and verb:
                return base
        return None

    def _rare(self, token: str) -> bool:
        """Whether a word may be a compound the vocabulary does not know: no common word
        (in any form) of its own, or less common than each of its parts ("lyspærer").
        A vocabulary word is one only when it is a particle and a clearly commoner word
        ("utlån": "låne ut")."""
        lexicon = self.lexicon
        zipf = self._commonness(token)
        if token in lexicon.norwegian or token in lexicon.tails or token in STEM_EXCEPTIONS:
            particle = len(_particle_parts(token)) > 1
            return particle and token not in STEM_EXCEPTIONS and self._compositional(token, zipf)
        if lexicon.key(token) in lexicon.tail_keys:
            return False  # a vocabulary word inflected ("arkivering" of "arkivere")
        if self._foreign(token):
            return self._english_parts(token) is not None  # "cleanup", not "florist"
        return zipf < LEXICALISED_ZIPF or self._compositional(token, zipf)

    def _foreign(self, token: str) -> bool:
        """Whether a word is common, but not as a Norwegian word ("napkins", "florist"):
        Norwegian parts do not split it."""
        own = self._zipf(token)
        return own is not None and own >= LEXICALISED_ZIPF and token not in weights.word_forms()

    def _compositional(self, token: str, zipf: float) -> bool:
        """Whether a common word splits into parts that are each clearly more common
        ("lyspærer"; a particle and a word: "utlån", "utgått"): word forms as written,
        the last in any of its forms (not by its key, which may be another word's:
        "ledning" is not as common as "lede"). An inflection of a word that does not
        split is none: "gryter" is "gryte" inflected, not "gry" + "ter"."""
        if zipf >= COMPOSITIONAL_ZIPF:
            return False
        bases = [(self._zipf(b) or 0.0, b) for b in _base_forms(token)]
        common = [base for z, base in sorted(bases, reverse=True) if z > 0]
        if common and len(self._parts_of_common(common[0])) == 1:
            return False
        parts = self._parts_of_common(token)
        least = min(zipf, self._lemma_commonness(token)) + COMPOSITIONAL_MARGIN
        heads = all((self._zipf(p) or 0.0) >= least for p in parts[:-1])
        return len(parts) > 1 and heads and self._lemma_commonness(parts[-1]) >= least

    def _parts_of_common(self, word: str) -> tuple[str, ...]:
        """How a common word would split: as a rare word, or as a particle and a word."""
        parts = self._split_wide(word)
        return parts if len(parts) > 1 else _particle_parts(word)

    def _unknown(self, token: str) -> bool:
        """Whether a word is neither in the frequency list nor a known word part or
        English vocabulary word."""
        lexicon = self.lexicon
        if token in lexicon.norwegian or token in lexicon.tails or token in STEM_EXCEPTIONS:
            return False
        if self._zipf(token) is not None or lexicon.english_base(token) is not None:
            return False
        return not any(self._zipf(base) is not None for base in _base_forms(token))

    @staticmethod
    def _zipf(token: str) -> float | None:
        """How common a word form is in Norwegian or English text (None: rarer than the list)."""
        return weights.zipf(IRREGULAR_FORMS.get(token, token))

    def weight(self, token: str) -> float:
        """How informative a word (or word part) is: see :mod:`jobmatch.matching.weights`.

        An agent noun names the one who does its verb, so it says no more about
        the work than the verb: where the verb is commoner and has the same key,
        the noun weighs as the verb ("adjuster" as "adjust", "selger" as "selge").
        An English word weighs by its work rarity too (:func:`weights.with_work_rarity`).
        """
        found = self._zipf(token)
        key = None
        for verb in _stripped(token, _AGENT_ENDINGS):
            zipf = self._zipf(verb)
            if zipf is None or (found is not None and zipf <= found):
                continue
            key = key or self._part_key(token)
            if self._part_key(verb) == key:
                found = zipf
        value = weights.weight_of_zipf(found)
        # The work-language list is English: a Norwegian word keeps its weight, and so does
        # a word too short to tell ("re" opp senger).
        if not token.isascii() or len(token) < MIN_PART or token in weights.word_forms():
            return value
        return weights.with_work_rarity(value, key or self._part_key(token))

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
        among the known parts; a whole English vocabulary word counts too
        ("dishwasing"). The likeliest reading wins: the fewest parts, then the
        likeliest slip, then the most plausible reading, then alphabetical order.
        """
        if len(token) < MIN_CORRECTED:
            return None
        size = len(token)
        starts = _head_chain_ends(token, lexicon)
        splits = _best_splits(token, lexicon)
        ends = [b for b in range(1, size) if splits[b] is not None] + [size]
        found: set[tuple[int, float, float, str]] = set()
        for candidate in _edits(token):
            common = self._zipf(candidate)
            known = common is not None and common >= COMMON_CORRECTION_ZIPF
            if known or lexicon.english_base(candidate) is not None:
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
        return min(found)[-1] if found else None

    def _rank(
        self, parts: tuple[str, ...], candidate: str, token: str
    ) -> tuple[int, float, float, str]:
        """How likely a reading is (lower first): parts, the kind of slip, commonness."""
        return (len(parts), _slip_cost(candidate, token), -self._plausibility(parts), candidate)

    def units(self, text: str) -> tuple[str, ...]:
        """The sorted, distinct units of a text.

        A text made only of stop words keeps their keys, so that "jobbe"
        still equals "jobbe".
        """
        saved = self._saved["texts"].get(text)
        if saved is not None:  # restored and not yet needed whole
            return tuple(fields[0] for fields in saved)
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


class _GenericKeys:
    """The keys of :data:`GENERIC_WORDS`, made on first use: keying a word may read the
    frequency list, which a command whose words are all in the word cache never needs."""

    _keys: frozenset[str] | None = None

    def __contains__(self, key: object) -> bool:
        if self._keys is None:
            self._keys = frozenset(root(word) for word in GENERIC_WORDS) | frozenset(
                stem_en(word) for word in GENERIC_WORDS if word.isascii()
            )
        return key in self._keys


_GENERIC_KEYS = _GenericKeys()
