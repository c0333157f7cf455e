"""How fast is ``WordMatcher.similarity_matrix`` at batch scale?

    python bench/matching.py [--queries 2000] [--choices 20000] [--seed 1]

Generates distinct, realistic interest and task texts from the vocabulary's
own words (inflected, compounded, mixed with filler words) and times, each
on its own: building the matcher, canonicalising every text (the per-string
work, cached afterwards), the full matrix (canonical forms already cached),
and one-pair ``similarity`` calls for reference. Prints the figures.
"""

from __future__ import annotations

import argparse
import random
import time

from jobmatch.matching import WordMatcher, load_vocabulary, tokenise

ENDINGS = ["", "", "e", "er", "ene", "ing", "en", "et", "s"]
FILLERS = ["på", "i", "og", "lageret", "butikken", "kjøkkenet", "kontoret", "ute", "daglig"]


def word_pool() -> list[str]:
    """Content words of the shipped vocabulary, Norwegian and English."""
    vocabulary = load_vocabulary()
    words = {w for c in vocabulary for t in c.terms for w in tokenise(t) if len(w) > 2}
    return sorted(words)


def make_texts(count: int, pool: list[str], rng: random.Random) -> list[str]:
    """``count`` distinct texts of 1-4 words, some inflected, some compounded."""
    texts: set[str] = set()
    while len(texts) < count:
        words = [rng.choice(pool) + rng.choice(ENDINGS) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            words = [words[0] + rng.choice(pool), *words[1:]]
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words) + 1), rng.choice(FILLERS))
        texts.add(" ".join(words))
    return sorted(texts)


def timed(label: str, action: object) -> object:
    """Run ``action()`` once and print its wall time."""
    start = time.perf_counter()
    result = action()  # type: ignore[operator]
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--choices", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = word_pool()
    queries = make_texts(args.queries, pool, rng)
    choices = make_texts(args.choices, pool, rng)
    matcher = timed("build matcher (vocabulary, lexicon)", lambda: WordMatcher(load_vocabulary()))
    assert isinstance(matcher, WordMatcher)
    timed(
        f"canonicalise {len(queries) + len(choices):,} texts",
        lambda: [matcher.canonical(t) for t in queries + choices],
    )
    pairs = len(queries) * len(choices)
    start = time.perf_counter()
    matrix = matcher.similarity_matrix(queries, choices)
    seconds = time.perf_counter() - start
    print(f"{f'similarity_matrix {len(queries):,} x {len(choices):,}':<44} {seconds:8.2f} s")
    print(f"{'  pairs per second':<44} {pairs / seconds:12,.0f}")
    print(f"{'  matches at the threshold':<44} {(matrix >= matcher.threshold).mean():11.2%}")
    sample = [(rng.choice(queries), rng.choice(choices)) for _ in range(2000)]
    start = time.perf_counter()
    for a, b in sample:
        matcher.similarity(a, b)
    one = (time.perf_counter() - start) / len(sample)
    print(f"{'similarity() one pair (reference)':<44} {one * 1e6:8.0f} us")


if __name__ == "__main__":
    main()
