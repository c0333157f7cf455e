"""How far naming tasks in bokmål or in English moves a score (spec/scoring.md, "Rules").

    pip install -e ".[test]"      # the property tests' interests come from tests/
    python bench/translation.py [--show 10]

Two measures, printed with the pairs that move most:

1. **Example data, concept labels.** Every task of the example data whose
   name has a task concept of the vocabulary is named by that concept's
   bokmål label, and then by its English label; every seeker is scored
   against every workplace both ways. The rule is that no score moves by
   more than 5 points.
2. **Task names and their translations.** Each interest of the property
   tests' word list against each pair of task names below (an employer's
   bokmål and the same in English): how often the two strengths fall on
   different sides of the ``word_match`` threshold, or differ by more than
   0.25.

The first measure is also a test (``tests/scoring/test_properties_translation.py``);
the second is a measurement of the vocabulary's reach in English and bokmål.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobmatch.api import Engine, load  # noqa: E402
from jobmatch.models import Workplace  # noqa: E402

MAX_MOVE = 5.0
#: Task names as an employer writes them in bokmål, and the same in English.
TRANSLATED = [
    ("rydde hyller", "tidy shelves"),
    ("fylle på varer", "restock goods"),
    ("ta imot varer", "receive goods"),
    ("levere varer", "deliver goods"),
    ("plukke varer", "pick goods"),
    ("pakke varer", "pack goods"),
    ("betjene kassen", "work the checkout"),
    ("vaske gulv", "wash floors"),
    ("vaske vinduer", "clean windows"),
    ("vaske opp", "wash dishes"),
    ("lage mat", "cook food"),
    ("kutte grønnsaker", "chop vegetables"),
    ("bake brød", "bake bread"),
    ("servere kaffe", "serve coffee"),
    ("re senger", "make beds"),
    ("brette klær", "fold clothes"),
    ("sortere post", "sort mail"),
    ("skanne dokumenter", "scan documents"),
    ("arkivere dokumenter", "file documents"),
    ("svare på telefon", "answer the phone"),
    ("klippe plen", "mow the lawn"),
    ("plante blomster", "plant flowers"),
    ("måke snø", "clear snow"),
    ("reparere sykler", "repair bicycles"),
    ("vaske biler", "wash cars"),
    ("sortere avfall", "sort waste"),
    ("kjøre truck", "drive a forklift"),
    ("stelle dyr", "care for animals"),
    ("mate dyr", "feed animals"),
]


def example_moves(engine: Engine) -> list[tuple[float, str, str, float, float]]:
    """(move, seeker, workplace, bokmål score, English score), largest move first."""
    from tests.labels import EN, NB, concept_labels, renamed

    data = load(ROOT)
    named: dict[str, dict[str, Workplace]] = {NB: {}, EN: {}}
    for wid, workplace in data.workplaces.items():
        labels = concept_labels(engine, workplace)
        for language in (NB, EN):
            named[language][wid] = renamed(workplace, labels, dict.fromkeys(labels, language))
    moves = []
    for sid, seeker in data.seekers.items():
        for wid in data.workplaces:
            nb = engine.score(seeker, named[NB][wid]).score
            en = engine.score(seeker, named[EN][wid]).score
            moves.append((abs(nb - en), sid, wid, nb, en))
    return sorted(moves, reverse=True)


def strength_gaps(engine: Engine) -> tuple[list[tuple[float, float, str, str, str]], int]:
    """The (bokmål, English, interest, task nb, task en) strengths that disagree, and the
    number of comparisons."""
    matcher = engine.words.matcher
    threshold = engine.config.thresholds.word_match
    from tests.strategies import WORDS  # the property tests' interests (needs hypothesis)

    gaps, count = [], 0
    for interest in WORDS:
        for nb, en in TRANSLATED:
            a, b = matcher.similarity(interest, nb), matcher.similarity(interest, en)
            count += 1
            if (a >= threshold) != (b >= threshold) or abs(a - b) > 0.25:
                gaps.append((a, b, interest, nb, en))
    return gaps, count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=10, metavar="N")
    args = parser.parse_args(argv)
    try:
        import hypothesis  # noqa: F401
    except ImportError:
        print('hypothesis is missing: pip install -e ".[test]"', file=sys.stderr)
        return 2
    engine = Engine()
    moves = example_moves(engine)
    over = [m for m in moves if m[0] > MAX_MOVE]
    print(f"example data, concept labels: {len(over)} of {len(moves)} pairs move > {MAX_MOVE:g}")
    for move, sid, wid, nb, en in moves[: args.show]:
        print(f"  {move:5.1f}  {sid} x {wid}: nb {nb:.1f}, en {en:.1f}")
    gaps, count = strength_gaps(engine)
    print(f"task names and translations: {len(gaps)} of {count} strengths disagree")
    for a, b, interest, nb, en in gaps[: args.show]:
        print(f"  {a:.2f} {b:.2f}  {interest!r} against {nb!r} / {en!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
