"""Normalising, tokenising, stemming and compound splitting."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobmatch.matching import WordMatcher, normalise, tokenise
from jobmatch.matching import text as text_module
from jobmatch.matching.text import Lexicon, build_lexicon, root, split_compound, stem_en, stem_nb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Rydde   HYLLER ", "rydde hyller"),
        ("Truckfører-bevis (T1)", "truckfører bevis t1"),
        ("Ærlig, Øvre; Åpen!", "ærlig øvre åpen"),
        ("kafé", "kafe"),
        ("Käse und Öl", "kæse und øl"),
        ("hylle_rydding\tog\nsortering", "hylle rydding og sortering"),
        ("", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_decomposed_and_composed_letters_are_one() -> None:
    decomposed = unicodedata.normalize("NFD", "Sjåfør på lageret")
    assert decomposed != "Sjåfør på lageret"
    assert normalise(decomposed) == "sjåfør på lageret"


def test_decomposed_text_matches_composed(matcher: WordMatcher) -> None:
    decomposed = unicodedata.normalize("NFD", "sjåfør")
    assert matcher.similarity(decomposed, "sjåfør") == 1.0
    assert matcher.concepts(decomposed) == {"driving"}


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip()
    assert "  " not in once


def test_tokenise_joins_a_lone_letter_to_the_next_word() -> None:
    assert tokenise("svare på e-post") == ["svare", "på", "epost"]
    assert tokenise("jobbe i kassa") == ["jobbe", "i", "kassa"]


@pytest.mark.parametrize(
    "forms",
    [
        ["rydde", "rydder", "ryddet", "rydding", "ryddingen"],
        ["hylle", "hyller", "hylla", "hyllene"],
        ["sortere", "sorterer", "sortert", "sortering"],
        ["reparere", "reparert", "reparasjon", "reparasjonen"],
        ["sykkel", "sykler", "sykkelen", "syklene"],
        ["betjene", "betjening"],
        ["bok", "bøker", "bøkene"],
        ["lager", "lageret"],
    ],
)
def test_inflections_share_a_root(forms: list[str]) -> None:
    assert len({root(form) for form in forms}) == 1


@pytest.mark.parametrize(
    ("left", "right"),
    [("lager", "lage"), ("kasse", "kassere"), ("kasserer", "kassere"), ("bake", "bakke")],
)
def test_unrelated_words_keep_apart(left: str, right: str) -> None:
    assert root(left) != root(right)


def test_both_stemmers_are_used() -> None:
    assert stem_nb("hyllene") == "hyll"
    assert stem_en("stocking") == "stock"


def test_stems_are_cached() -> None:
    stem_nb("varemottaket")
    assert stem_nb.cache_info().hits + stem_nb.cache_info().misses > 0


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """A small lexicon, to show the method works without listing compounds."""
    return build_lexicon(
        ["hylle", "rydde", "post", "sortere", "kasse", "vask", "opp", "bake", "barn", "hage"],
        ["shelf"],
        ["rom"],
    )


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("hyllerydding", ("hylle", "rydding")),
        ("postsortering", ("post", "sortering")),
        ("oppvask", ("opp", "vask")),
        ("kassearbeid", ("kasse", "arbeid")),
        ("hagearbeidet", ("hage", "arbeidet")),
        ("kassesortering", ("kasse", "sortering")),
        ("postsorteringen", ("post", "sorteringen")),
    ],
)
def test_split_compound(lexicon: Lexicon, word: str, parts: tuple[str, ...]) -> None:
    assert split_compound(word, lexicon) == parts


@pytest.mark.parametrize(
    "word",
    [
        "kassere",  # "kasse" + "re": a part shorter than three letters
        "bakrom",  # "bak" is a stem of three letters: too short to be a part
        "postei",
        "barnehage",  # kept whole: a kindergarten is no garden
        "barnehagen",
        "sortering",  # "-ring" is no part
        "shelving",  # English words are not split
    ],
)
def test_words_left_whole(lexicon: Lexicon, word: str) -> None:
    assert split_compound(word, lexicon) == (word,)


def test_linking_s_between_parts(matcher: WordMatcher) -> None:
    assert matcher.analyzer.parts("førstehjelpskurs") == ("førstehjelp", "kurs")
    assert matcher.analyzer.parts("avfallssortering") == ("avfall", "sortering")


def test_generic_work_words_are_no_units(matcher: WordMatcher) -> None:
    assert matcher.canonical("lagerarbeid").keys == matcher.canonical("lager").keys
    assert matcher.canonical("jobbe med kasse").keys == matcher.canonical("kasse").keys


def test_a_text_of_stop_words_still_has_units(matcher: WordMatcher) -> None:
    assert matcher.canonical("jobbe").units
    assert matcher.similarity("jobbe", "jobbe") == 1.0


@pytest.mark.parametrize(
    "forms",
    [
        ["skitten", "skitne"],  # an adjective in -en and its -ne form
        ["faktura", "fakturaer", "fakturaen"],  # a noun in -a
        ["container", "containere", "containeren"],  # a noun in -er, plural -ere
        ["lese", "lesning"],  # a verbal noun in -ning of the verb's stem
        ["tegne", "tegning"],
        ["gå", "gåing"],  # a verb ending in a vowel
    ],
)
def test_more_inflections_share_a_root(forms: list[str]) -> None:
    assert len({root(form) for form in forms}) == 1


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("telte varer", "telle varer"),  # past tense of a verb with a doubled consonant
        ("utgåtte", "gått ut"),  # a particle compound and its particle verb
        ("låne ut", "utlån"),
        ("spyle av", "avspyling"),
        ("potte om", "ompotting"),  # keyed as Norwegian, not as English "pot"
        ("gå tur", "turgåing"),
        ("kjøre ut middager", "utkjøring av middag"),  # "middager" is no "mid" + "dager"
        ("skitne klær", "skittentøy klær"),
        ("clean up", "cleanup"),  # an English verb and particle
        ("sykler", "bysykler"),  # a common two-letter word before a vocabulary word
        ("rose stell", "rosestell"),  # the likelier parts, not "roses" + "tell"
        ("egg sanking", "eggsanking"),
        ("klargjøre båter", "båtklargjører"),  # a rare compound's part read as alone
        ("gjøre klar båter", "båtklargjører"),
        ("shoe", "shoemaker"),  # an uncommon English word of two common ones
        ("brick", "bricklayer"),
    ],
)
def test_general_reading_gives_the_same_units(matcher: WordMatcher, left: str, right: str) -> None:
    assert set(matcher.canonical(left).keys) <= set(matcher.canonical(right).keys)


def test_abbreviations_for_and_so_on_are_no_units(matcher: WordMatcher) -> None:
    assert (
        matcher.canonical("Kunsthåndverker i tre mv.").keys
        == matcher.canonical("Kunsthåndverker i tre").keys
    )
    assert "ol" not in matcher.canonical("Billettkontrollør (kino, teater ol.)").keys


@pytest.mark.parametrize(
    ("word", "keys"),
    [
        ("gryter", ("gryt",)),  # "gryte" inflected, not "gry" + "ter"
        ("bokføring", ("bokfør",)),  # kept whole: bookkeeping is no book
        ("hente", ("hent",)),  # not the past tense of "henne"
        ("florist", ("florist",)),  # a common word of another language
        ("veiledning", ("veiledn",)),  # "ledning" is not as common as "vei"
        ("arbeidslag", ("lag",)),  # "arbeid" + s + "lag", not + "slag"
        ("eksamensvakt", ("eksamen", "vakt")),  # a linking s after a long head, not "svakt"
        ("eggsanking", ("egg", "sank")),  # none after a short one: not "egg" + s + "anking"
        ("carpet", ("carpet",)),  # a common English word is no "car" + "pet"
        ("mellomlager", ("lager",)),  # a preposition begins it: no "mel" + "lom" + "lager"
        ("førtrykk", ("trykk",)),  # "før" + "trykk", not "frø" read for a slip
        ("ettermiddagsvakt", ("ettermiddag", "vakt")),  # a common word stays whole
        ("ortosemaker", ("mak", "ortos")),  # an unknown part before a known head
        ("filigransarbeider", ("filigran",)),  # the head is the generic "arbeider"
        ("hylerydding", ("hyll", "rydd")),  # a slip is still read as a slip, first
        ("spraying", ("spray",)),  # an English -ing form, no "spray" + "ing"
        ("oiling", ("oil",)),  # a three-letter base is enough
        ("corrective", ("correctiv",)),  # no "correct" + "ive"
        ("neatness", ("neatness",)),  # no unknown modifier before "ness"
        ("sandpaper", ("paper", "sand")),  # an English compound still splits
        ("screwdrivers", ("driver", "screw")),  # and its plural as it does
        ("vindusvasking", ("vask", "vindu")),  # a Norwegian compound in -ing still splits
    ],
)
def test_words_read_whole_or_split_right(
    matcher: WordMatcher, word: str, keys: tuple[str, ...]
) -> None:
    assert matcher.canonical(word).keys == keys


@pytest.mark.parametrize("word", ["felgvask", "bakeplater", "sykmelding", "høyreol"])
def test_a_compound_of_known_words_is_no_typo(matcher: WordMatcher, word: str) -> None:
    """An unlikely slip ("felg" as "følg") or a plausible compound is read as written."""
    assert all(u.quality == 1.0 for u in matcher.canonical(word).units)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("hylerydding", "hyllerydding"),  # a doubled letter left single
        ("støvsuing", "støvsuging"),  # a letter left out
        ("lagerarbeit", "lagerarbeid"),  # t for d
        ("dishwasing", "dishwashing"),  # an English vocabulary word
        ("snømoking", "snømåking"),  # o for å
    ],
)
def test_a_likely_slip_is_corrected(matcher: WordMatcher, typed: str, meant: str) -> None:
    units = matcher.canonical(typed).units
    assert tuple(u.key for u in units) == matcher.canonical(meant).keys
    assert {u.read_as for u in units} == {meant}
    assert all(u.quality < 1.0 for u in units)


def test_slips_cost_by_how_likely_they_are() -> None:
    doubled = text_module._slip_cost("hyllerydding", "hylerydding")
    missing = text_module._slip_cost("støvsuging", "støvsuing")
    stray = text_module._slip_cost("boklasting", "bokplasting")
    assert doubled < missing < stray


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("stovsuging", "støvsuging"),  # read as the word with its letters restored
        ("gaardsarbeid", "gårdsarbeid"),  # "aa" for "å", and a generic part dropped
        ("gronnsaker", "grønnsaker"),
    ],
)
def test_a_word_typed_without_aeoeaa_reads_as_the_word(
    matcher: WordMatcher, typed: str, meant: str
) -> None:
    assert matcher.canonical(typed).keys == matcher.canonical(meant).keys
    assert all(u.restored for u in matcher.canonical(typed).units)


def test_one_word_typed_without_aeoeaa_makes_the_text_plain(matcher: WordMatcher) -> None:
    """ "tomme soppel": "soppel" is clearly "søppel", so "tomme" may be "tømme"."""
    assert all(u.plain for u in matcher.canonical("tomme soppel").units)
    assert matcher.similarity("tomme soppel", "tømme søppel") >= matcher.threshold
    assert not any(u.plain for u in matcher.canonical("tomme esker").units)


def test_a_shared_ending_counts_only_as_far_as_it_is_a_word(matcher: WordMatcher) -> None:
    """ "-ratør" of "reparatør" and "operatør" is a suffix; "arbeid" a compound's head."""
    assert matcher.word_overlap("reparatør", "operatør") == 0
    assert matcher.word_overlap("lagerarbeid", "kjøkkenarbeid") == len("arbeid")
    assert matcher.word_overlap("operat", "operatør") == len("operat")  # a shared stem
    suffix = matcher.similarity("kontormaskinreparatør", "Operatør av pakkemaskiner")
    head = matcher.similarity("kontormaskinreparatør", "Radio- og TV-reparatør")
    assert suffix < head


def test_an_agent_noun_weighs_as_its_verb(matcher: WordMatcher) -> None:
    analyzer = matcher.analyzer
    assert analyzer.weight("adjuster") == analyzer.weight("adjust")
    assert analyzer.weight("selger") == analyzer.weight("selge")
    assert analyzer.weight("lager") < 1.0  # a word of its own keeps its weight
