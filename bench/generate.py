"""Generate a realistic, valid data folder for benchmarks.

    python bench/generate.py --seekers 1000 --workplaces 10000 --seed 1 --out DIR

Work comes from the bundled vocabulary (``jobmatch/matching/vocabulary.toml``):
each workplace belongs to one of its sections (shop work, warehouse,
cleaning, kitchen, office, outdoors, ...) and names its tasks and keywords
with that section's Norwegian and English terms; seekers state interests in
the same terms, sometimes in their own phrasing ("liker å ...", "jobbe med
..."), in either language. Skills and `requires` come from the vocabulary's
skill concepts, with the classes and grades certificates have. Fields are left
out now and then, as advisers do, so unknowns, missing schedules and
locations, workplaces not open to carving and unknown capacities all occur.
Every file passes ``jobmatch validate``; the same seed gives the same files.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from jobmatch.matching import Concept, load_vocabulary

VOCABULARY = Path(__file__).resolve().parent.parent / "jobmatch" / "matching" / "vocabulary.toml"
TODAY = date(2026, 11, 27)

INDUSTRIES = {
    "shop work": (
        "butikk og handel",
        "retail",
        ["Butikken", "Nærbutikken", "Handelshuset", "Markedet"],
    ),
    "warehouse, logistics": (
        "lager og logistikk",
        "warehouse",
        ["Lageret", "Logistikksenteret", "Terminalen"],
    ),
    "cleaning": ("renhold", "cleaning", ["Renholdsservice", "Rent og Pent", "Vaskeriet"]),
    "laundry, textiles": ("vaskeri og tekstil", "laundry", ["Vaskeriet", "Tekstilverkstedet"]),
    "food and kitchen": (
        "kafé og servering",
        "food service",
        ["Kafeen", "Kantina", "Bakeriet", "Kjøkkenet"],
    ),
    "office": (
        "kontor og administrasjon",
        "office",
        ["Kontorfellesskapet", "Administrasjonen", "Arkivet"],
    ),
    "books, library": ("bibliotek", "library", ["Biblioteket", "Bokhandelen"]),
    "outdoors": (
        "grøntanlegg og gartneri",
        "gardening",
        ["Gartneriet", "Parkvesenet", "Hagesenteret"],
    ),
    "on the road": ("transport og levering", "delivery", ["Budservice", "Transportsentralen"]),
    "building, making": (
        "verksted og produksjon",
        "workshop",
        ["Verkstedet", "Produksjonen", "Snekkerverkstedet"],
    ),
    "people and care": (
        "helse og omsorg",
        "care",
        ["Sykehjemmet", "Barnehagen", "Aktivitetssenteret"],
    ),
}
MUNICIPALITIES = [
    ("Oslo", 59.91, 10.75, 14),
    ("Bærum", 59.89, 10.52, 4),
    ("Asker", 59.83, 10.43, 3),
    ("Lillestrøm", 59.96, 11.05, 3),
    ("Lørenskog", 59.93, 10.96, 2),
    ("Nordre Follo", 59.72, 10.83, 2),
    ("Drammen", 59.74, 10.20, 3),
    ("Bergen", 60.39, 5.32, 6),
    ("Trondheim", 63.43, 10.39, 5),
    ("Stavanger", 58.97, 5.73, 4),
    ("Kristiansand", 58.15, 8.00, 3),
    ("Tromsø", 69.65, 18.96, 2),
    ("Fredrikstad", 59.22, 10.93, 2),
    ("Sandnes", 58.85, 5.74, 2),
    ("Bodø", 67.28, 14.40, 1),
    ("Ålesund", 62.47, 6.15, 1),
    ("Hamar", 60.79, 11.07, 1),
    ("Tønsberg", 59.27, 10.41, 1),
    ("Skien", 59.21, 9.61, 1),
    ("Gjøvik", 60.80, 10.69, 1),
    ("Lillehammer", 61.11, 10.47, 1),
]
PLACES = [
    "Sentrum",
    "Nord",
    "Sør",
    "Øst",
    "Vest",
    "Havna",
    "Torget",
    "Stasjon",
    "Bryggen",
    "Parken",
]
FIRST = [
    "Ola",
    "Kari",
    "Per",
    "Ingrid",
    "Yusuf",
    "Sara",
    "Jonas",
    "Marte",
    "Ahmed",
    "Lise",
    "Thomas",
    "Nora",
    "Sindre",
    "Hanne",
    "Daniel",
    "Amina",
    "Erik",
    "Randi",
    "Petter",
    "Åse",
    "Mohammed",
    "Emma",
    "Lars",
    "Fatima",
    "Ole",
    "Silje",
    "Kristian",
    "Maria",
    "Jon",
    "Ida",
]
LAST = "ABDEFGHJKLMNOPRSTVØÅ"
ADVISERS = [
    ("Camilla Strand", "camilla.strand"),
    ("Kari Nordmann", "kari.nordmann"),
    ("Bjørn Haugen", "bjorn.haugen"),
    ("Fatima Ali", "fatima.ali"),
    ("Øyvind Rasmussen", "oyvind.rasmussen"),
]
NB_FRAMES = ["{}", "{}", "{}", "liker å {}", "jobbe med {}", "{} er noe jeg liker", "gjerne {}"]
EN_FRAMES = ["{}", "{}", "{}", "I like {}", "working with {}", "{} if possible"]
STRENGTHS = [
    "punktlig",
    "nøyaktig",
    "jobber godt alene",
    "patient",
    "precise",
    "reliable",
    "blid",
    "tålmodig",
    "strukturert",
    "good with people",
    "praktisk anlagt",
    "sterk",
    "rolig",
]
NEEDS = [
    "skriftlige instruksjoner og faste rutiner",
    "gradvis opptrapping av arbeidstid",
    "hyppige pauser",
    "a quiet place to work",
    "fast kontaktperson på arbeidsplassen",
    "written task lists",
    "støydempende hørselvern",
    "oppgaver én om gangen",
]
WHY = [
    "Jeg liker å ha ting i orden og se at jobben blir gjort.",
    "I like finding out why something does not work, and I like quiet places.",
    "Jeg vil ha en jobb der jeg kan bruke hendene og være ute.",
    "Jeg har lyst til å lære noe nytt og komme meg ut av huset hver dag.",
    "I want a steady job where I can be useful.",
]
EXPECTATIONS = [
    "møte presis",
    "gi beskjed om fravær før kl. 08",
    "bruke verneutstyr",
    "følge hygienerutiner",
    "be polite to customers",
    "si ifra hvis noe er uklart",
]
CLASSES = {
    "driving_licence": ["klasse B", "klasse BE", "klasse C1"],
    "forklift_licence": ["T1", "T2", "T4"],
}
LEVELS = ["none", "light", "moderate", "heavy"]
CONTACTS = ["none", "indirect", "direct"]
LITERACY = ["none", "basic", "fluent"]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
RIASEC = "RIASEC"


class _Dumper(yaml.SafeDumper):
    """Plain YAML: no anchors or aliases (jobmatch refuses them), keys in the order written."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


class Quoted(str):
    """Text written in double quotes, as the examples write times ("08:00")."""


_Dumper.add_representer(
    Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"')
)


def sections(path: Path = VOCABULARY) -> dict[str, list[str]]:
    """Concept ids by the vocabulary file's section comments ("# --- shop work")."""
    found: dict[str, list[str]] = {}
    current = "other"
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#\s*-{3,}\s*(.+?)\s*$", line)
        if heading:
            current = heading.group(1)
        concept = re.match(r"\[concepts\.([A-Za-z0-9_]+)\]", line)
        if concept:
            found.setdefault(current, []).append(concept.group(1))
    return found


@dataclass
class Vocab:
    """The vocabulary's work concepts by industry, and its skill concepts."""

    industries: dict[str, list[Concept]]
    skills: list[Concept]

    @classmethod
    def load(cls) -> Vocab:
        vocabulary = load_vocabulary()
        by_section = sections()
        industries = {
            name: [vocabulary.concept(c) for c in by_section.get(name, []) if c in vocabulary]
            for name in INDUSTRIES
        }
        skills = [c for c in vocabulary if c.kind == "skill"]
        return cls({k: v for k, v in industries.items() if len(v) >= 3}, skills)


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def maybe(rng: random.Random, p: float, value: Any) -> Any:
    """``value``, or None (left out: unknown) with probability 1 - p."""
    return value if chance(rng, p) else None


def compact(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None and v != {} and v != []}


def term(rng: random.Random, concept: Concept, english: bool) -> str:
    terms = (concept.en if english else concept.nb) or concept.terms
    return rng.choice(terms)


def skill_text(rng: random.Random, concept: Concept) -> str:
    base = term(rng, concept, chance(rng, 0.2))
    classes = CLASSES.get(concept.id)
    return f"{base} {rng.choice(classes)}" if classes else base


def where(rng: random.Random) -> tuple[str, float, float]:
    name, lat, lon, _ = rng.choices(MUNICIPALITIES, weights=[m[3] for m in MUNICIPALITIES])[0]
    return name, round(lat + rng.uniform(-0.08, 0.08), 4), round(lon + rng.uniform(-0.15, 0.15), 4)


def schedule(rng: random.Random, wide: bool) -> dict[str, Any]:
    start = rng.choice([6, 7, 8, 9] if wide else [8, 9, 10, 12])
    end = min(23, start + rng.choice([8, 10, 12, 14] if wide else [4, 6, 8]))
    count = rng.choice([5, 5, 6, 7] if wide else [2, 3, 4, 5])
    days = DAYS[:count] if chance(rng, 0.8) else sorted(rng.sample(DAYS, count), key=DAYS.index)
    latest = maybe(rng, 0.9, Quoted(f"{end:02d}:00"))
    return compact({"days": days, "earliest": Quoted(f"{start:02d}:00"), "latest": latest})


def riasec(rng: random.Random) -> str:
    return "".join(rng.sample(RIASEC, rng.choice([1, 2, 2, 3])))


def demands(rng: random.Random) -> dict[str, Any]:
    load = rng.choice(LEVELS)
    lifting = {"none": 0, "light": 5, "moderate": 15, "heavy": 25}[load] + rng.choice([0, 5])
    return compact(
        {
            "physical_load": maybe(rng, 0.9, load),
            "lifting_kg": maybe(rng, 0.8, lifting),
            "standing_hours": maybe(rng, 0.7, rng.randint(0, 8)),
            "customer_contact": maybe(rng, 0.85, rng.choice(CONTACTS)),
            "literacy": maybe(rng, 0.75, rng.choice(LITERACY)),
            "food_handling": maybe(rng, 0.6, chance(rng, 0.2)),
            "night_work": maybe(rng, 0.6, chance(rng, 0.05)),
            "pace": maybe(rng, 0.5, rng.choice(["calm", "varied", "fast"])),
            "setting": maybe(rng, 0.4, rng.choice(["alone", "small_team", "large_team"])),
        }
    )


def tasks(rng: random.Random, vocab: Vocab, industry: str, english: bool) -> list[dict[str, Any]]:
    pool = vocab.industries[industry]
    chosen = rng.sample(pool, min(len(pool), rng.choice([2, 3, 3, 4, 4, 5, 6, 8])))
    body = []
    for index, concept in enumerate(chosen):
        others = [t for t in concept.terms if t != concept.terms[0]]
        keywords = rng.sample(others, min(len(others), rng.randint(0, 4)))
        if chance(rng, 0.3):
            keywords.append(term(rng, rng.choice(pool), english))
        requires = [skill_text(rng, rng.choice(vocab.skills))] if chance(rng, 0.12) else []
        body.append(
            compact(
                {
                    "id": f"{concept.id.replace('_', '-')}-{index}",
                    "name": term(rng, concept, english),
                    "keywords": list(dict.fromkeys(keywords)),
                    "hours_per_week": maybe(
                        rng, 0.9, rng.choice([2, 4, 5, 6, 8, 10, 12, 15, 20, 7.5])
                    ),
                    "essential": maybe(rng, 0.5, chance(rng, 0.25)),
                    "riasec": maybe(rng, 0.6, riasec(rng)),
                    "demands": maybe(rng, 0.9, demands(rng)),
                    "requires": requires,
                }
            )
        )
    return body


def workplace(rng: random.Random, vocab: Vocab, index: int) -> dict[str, Any]:
    industry = rng.choice(sorted(vocab.industries))
    nb_industry, en_industry, names = INDUSTRIES[industry]
    english = chance(rng, 0.2)
    municipality, lat, lon = where(rng)
    place = rng.choice(PLACES)
    ident = f"{en_industry.replace(' ', '-')}-{index:05d}"
    high = rng.choice([15, 20, 30, 37.5])
    low = rng.choice([None, None, 5, 10, 20 if high >= 20 else 10])
    return compact(
        {
            "schema": "jobmatch/workplace@1",
            "id": ident,
            "name": f"{rng.choice(names)} {place} {municipality}",
            "industry": en_industry if english else nb_industry,
            "description": maybe(
                rng, 0.7, f"{nb_industry.capitalize()} i {municipality}, {place.lower()}."
            ),
            "location": compact(
                {
                    "municipality": maybe(rng, 0.95, municipality),
                    "address": maybe(rng, 0.6, f"{place}veien {rng.randint(1, 120)}"),
                    **({"lat": lat, "lon": lon} if chance(rng, 0.85) else {}),
                }
            ),
            "contact": maybe(
                rng, 0.8, {"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}.", "role": "leder"}
            ),
            "visited": maybe(rng, 0.85, TODAY - timedelta(days=rng.randint(5, 700))),
            "capacity": maybe(rng, 0.8, rng.choice([0, 1, 1, 2, 3])),
            "offers": maybe(
                rng,
                0.8,
                sorted(rng.sample(["assessment", "training", "employment"], rng.randint(1, 3))),
            ),
            "recruitment_need": maybe(rng, 0.7, chance(rng, 0.5)),
            "open_to_job_carving": maybe(rng, 0.75, chance(rng, 0.7)),
            "expectations": rng.sample(EXPECTATIONS, rng.randint(0, 3)),
            "conditions": maybe(rng, 0.8, {"hours_per_week": compact({"min": low, "max": high})}),
            "environment": maybe(
                rng,
                0.85,
                compact(
                    {
                        "setting": maybe(
                            rng, 0.8, rng.choice(["alone", "small_team", "large_team"])
                        ),
                        "pace": maybe(rng, 0.8, rng.choice(["calm", "varied", "fast"])),
                        "noise": maybe(rng, 0.8, rng.choice(["quiet", "moderate", "loud"])),
                        "indoor": maybe(rng, 0.8, industry not in ("outdoors", "on the road")),
                    }
                ),
            ),
            "inclusion": maybe(
                rng,
                0.85,
                compact(
                    {
                        key: maybe(rng, 0.7, chance(rng, 0.6))
                        for key in (
                            "intro_routine",
                            "internal_training",
                            "mentor",
                            "inclusive_leadership",
                            "career_path",
                            "ia_agreement",
                        )
                    }
                    | {"prior_placements": maybe(rng, 0.6, rng.randint(0, 6))}
                ),
            ),
            "schedule": maybe(rng, 0.85, schedule(rng, wide=True)),
            "tasks": tasks(rng, vocab, industry, english),
            "confidential": maybe(rng, 0.2, {"notes": "Intern merknad om arbeidsgiver."}),
        }
    )


def interest(rng: random.Random, concept: Concept, english: bool) -> str:
    frames = EN_FRAMES if english else NB_FRAMES
    return rng.choice(frames).format(term(rng, concept, english))


def seeker(rng: random.Random, vocab: Vocab, index: int) -> dict[str, Any]:
    english = chance(rng, 0.2)
    first = rng.choice(FIRST)
    liked = rng.sample(sorted(vocab.industries), rng.choice([1, 1, 2]))
    pool = [c for name in liked for c in vocab.industries[name]]
    concepts = rng.sample(pool, min(len(pool), rng.randint(1, 5)))
    texts = list(dict.fromkeys(interest(rng, c, english or chance(rng, 0.1)) for c in concepts))
    others = [
        c for name in sorted(vocab.industries) if name not in liked for c in vocab.industries[name]
    ]
    municipality, lat, lon = where(rng)
    adviser = rng.choice(ADVISERS)
    return compact(
        {
            "schema": "jobmatch/seeker@1",
            "id": f"{first.lower().replace('å', 'aa').replace('ø', 'o')}-{index:05d}",
            "name": f"{first} {rng.choice(LAST)}.",
            "language": "en" if english else maybe(rng, 0.8, "nb"),
            "adviser": {"name": adviser[0], "email": f"{adviser[1]}@example.org"},
            "goal": compact(
                {
                    "purpose": rng.choice(["assessment", "training", "training", "employment"]),
                    "hours_per_week": maybe(
                        rng, 0.85, rng.choice([8, 10, 12, 15, 20, 20, 25, 30, 37.5])
                    ),
                }
            ),
            "status": rng.choices(["active", None, "placed", "paused"], weights=[80, 12, 5, 3])[0],
            "why": maybe(rng, 0.7, rng.choice(WHY)),
            "interests": [
                compact({"what": t, "weight": maybe(rng, 0.85, rng.randint(1, 3))}) for t in texts
            ],
            "avoid": [term(rng, c, english) for c in rng.sample(others, rng.choice([0, 0, 1, 2]))],
            "riasec": maybe(rng, 0.6, riasec(rng)),
            "strengths": rng.sample(STRENGTHS, rng.randint(0, 3)),
            "skills": [
                skill_text(rng, c) for c in rng.sample(vocab.skills, rng.choice([0, 0, 1, 2]))
            ],
            "limits": maybe(
                rng,
                0.85,
                compact(
                    {
                        "max_physical_load": maybe(rng, 0.6, rng.choice(LEVELS[1:])),
                        "max_lifting_kg": maybe(rng, 0.5, rng.choice([5, 10, 15, 20, 25])),
                        "max_standing_hours": maybe(rng, 0.4, rng.randint(2, 8)),
                        "max_customer_contact": maybe(rng, 0.5, rng.choice(CONTACTS)),
                        "max_literacy": maybe(rng, 0.3, rng.choice(LITERACY[1:])),
                        "food_handling": maybe(rng, 0.3, chance(rng, 0.6)),
                        "night_work": maybe(rng, 0.4, False),
                    }
                ),
            ),
            "preferences": maybe(
                rng,
                0.8,
                compact(
                    {
                        "customer_contact": maybe(rng, 0.6, rng.choice(CONTACTS)),
                        "setting": maybe(
                            rng, 0.5, rng.choice(["alone", "small_team", "large_team", "any"])
                        ),
                        "pace": maybe(rng, 0.5, rng.choice(["calm", "varied", "fast", "any"])),
                        "noise": maybe(rng, 0.4, rng.choice(["quiet", "moderate", "loud", "any"])),
                        "indoor": maybe(rng, 0.4, chance(rng, 0.7)),
                    }
                ),
            ),
            "schedule": maybe(rng, 0.8, schedule(rng, wide=False)),
            "location": maybe(
                rng,
                0.9,
                compact(
                    {
                        "municipality": municipality,
                        **({"lat": lat, "lon": lon} if chance(rng, 0.8) else {}),
                        "max_travel_km": maybe(rng, 0.7, rng.choice([5, 10, 15, 20, 30, 50])),
                    }
                ),
            ),
            "accommodations": [
                {"need": n, "share_with_employer": chance(rng, 0.7)}
                for n in rng.sample(NEEDS, rng.randint(0, 3))
            ],
            "confidential": maybe(
                rng, 0.7, {"notes": "Helseopplysninger og annet kun for veileder."}
            ),
        }
    )


def write(folder: Path, body: dict[str, Any], schema: str) -> None:
    header = f"# yaml-language-server: $schema=../schemas/{schema}.schema.json\n"
    text = yaml.dump(
        body,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=None,
    )
    (folder / f"{body['id']}.yaml").write_text(header + text, encoding="utf-8")


def generate(out: Path, seekers: int, workplaces: int, seed: int) -> None:
    """Write ``seekers`` profiles and ``workplaces`` workplaces under ``out``."""
    rng, vocab = random.Random(seed), Vocab.load()
    (out / "profiles").mkdir(parents=True, exist_ok=True)
    (out / "workplaces").mkdir(parents=True, exist_ok=True)
    for index in range(seekers):
        write(out / "profiles", seeker(rng, vocab, index), "seeker")
    for index in range(workplaces):
        write(out / "workplaces", workplace(rng, vocab, index), "workplace")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=1000)
    parser.add_argument("--workplaces", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    generate(args.out, args.seekers, args.workplaces, args.seed)
    print(
        f"wrote {args.seekers} seekers and {args.workplaces} workplaces to {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
