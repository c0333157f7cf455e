"""How fast is ``jobmatch validate`` on a large data folder?

Generates valid seeker and workplace files (realistic, varied, 40-80 lines
each) in a temporary folder, times ``jobmatch validate DIR`` as a separate
process (wall time, best of N), and compares with reading the same files with
plain ``yaml.load(..., Loader=yaml.CSafeLoader)`` in this process, which does
no validation at all. Target: 15,000 files in under 10 s on 2 cores.

    python bench/validate_many.py [--files 15000] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

TARGET_SECONDS = 10.0

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
]
LAST = ["N.", "H.", "B.", "S.", "A.", "L.", "K.", "M.", "Ø.", "J."]
ADVISERS = [
    ("Camilla Strand", "camilla.strand"),
    ("Kari Nordmann", "kari.nordmann"),
    ("Bjørn Haugen", "bjorn.haugen"),
    ("Fatima Ali", "fatima.ali"),
]
INTERESTS = [
    "rydde og sortere varer",
    "kjøre truck",
    "pakke varer",
    "lage mat",
    "bake brød",
    "stelle planter",
    "vaske biler",
    "reparere sykler",
    "working with computers",
    "fixing electronics",
    "data entry",
    "sortere post",
    "arkivere dokumenter",
    "kundeservice i butikk",
    "fylle på varer",
    "vaktmesterarbeid",
    "helping customers",
    "cleaning",
    "gardening",
    "cooking for many people",
    "klesvask og stryking",
]
AVOID = [
    "telefonsalg",
    "phone calls with customers",
    "selling things",
    "nattarbeid",
    "mye støy",
    "stressende kasse",
    "tunge løft",
]
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
]
SKILLS = [
    "truckførerbevis T1",
    "truckførerbevis T2",
    "førerkort klasse B",
    "IT-servicefag vg2",
    "hygienekurs",
    "førstehjelpskurs",
    "forklift licence T1",
    "kokkefagbrev",
]
NEEDS = [
    "skriftlige instruksjoner og faste rutiner",
    "gradvis opptrapping av arbeidstid",
    "hyppige pauser",
    "a quiet place to work",
    "fast kontaktperson på arbeidsplassen",
    "written task lists",
    "mulighet for å jobbe hjemmefra en dag i uka",
]
WHY = [
    "Jeg liker å ha ting i orden og se at jobben blir gjort.",
    "I like finding out why something does not work, and I like quiet places.",
    "Jeg vil ha en jobb der jeg kan bruke hendene og være ute.",
    "Jeg har lyst til å lære noe nytt og komme meg ut av huset hver dag.",
]
MUNICIPALITIES = [
    ("Oslo", "0566", 59.93, 10.76),
    ("Bærum", "1337", 59.89, 10.52),
    ("Lillestrøm", "2000", 59.96, 11.05),
    ("Bergen", "5003", 60.39, 5.32),
    ("Drammen", "3015", 59.74, 10.20),
    ("Asker", "1384", 59.83, 10.44),
]
INDUSTRIES = [
    ("lager og logistikk", ["plukk", "pakk", "varemottak", "truck"]),
    ("dagligvare", ["fylle på varer", "kasse", "frukt og grønt", "lager"]),
    ("kantine og storkjøkken", ["oppvask", "matlaging", "servering", "rengjøring"]),
    ("bilpleie", ["vask", "polering", "dekkskift", "støvsuging"]),
    ("bibliotek", ["sortering", "utlån", "hylleplassering", "registrering"]),
    ("IT-service", ["reparasjon", "oppsett", "data entry", "brukerstøtte"]),
    ("park og grøntanlegg", ["planting", "klipping", "raking", "vanning"]),
]
LEVELS = ["none", "light", "moderate", "heavy"]
CONTACT = ["none", "indirect", "direct"]
LITERACY = ["none", "basic", "fluent"]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _flag(rng: random.Random) -> str:
    return rng.choice(["true", "false"])


def _schedule(rng: random.Random) -> list[str]:
    start = rng.randint(6, 10)
    days = DAYS[: rng.randint(3, 5)] if rng.random() < 0.8 else DAYS
    return [
        "schedule:",
        f"  days: [{', '.join(days)}]",
        f'  earliest: "{start:02d}:{rng.choice(["00", "30"])}"',
        f'  latest: "{start + rng.randint(5, 9):02d}:00"',
    ]


def seeker_text(rng: random.Random, record_id: str) -> str:
    adviser, email = rng.choice(ADVISERS)
    town, postcode, lat, lon = rng.choice(MUNICIPALITIES)
    lines = [
        "# yaml-language-server: $schema=../schemas/seeker.schema.json",
        "schema: jobmatch/seeker@1",
        f"id: {record_id}",
        f"name: {rng.choice(FIRST)} {rng.choice(LAST)}",
        f"language: {rng.choice(['nb', 'en'])}",
        "adviser:",
        f"  name: {adviser}",
        f'  phone: "+47 9{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(100, 999)}"',
        f"  email: {email}@example.org",
        "goal:",
        f"  purpose: {rng.choice(['assessment', 'training', 'employment'])}",
        f"  hours_per_week: {rng.choice([10, 15, 20, 25, 30, 37.5])}",
        f"  earliest_start: 2027-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        f"status: {rng.choice(['active', 'active', 'active', 'paused', 'placed'])}",
        "why: >",
        f"  {rng.choice(WHY)}",
        f"  {rng.choice(WHY)}",
        "interests:",
    ]
    for what in rng.sample(INTERESTS, rng.randint(2, 5)):
        lines += [f"  - what: {what}", f"    weight: {rng.randint(1, 3)}"]
    lines += [
        f"avoid: [{', '.join(rng.sample(AVOID, rng.randint(1, 3)))}]",
        f"riasec: {''.join(rng.sample('RIASEC', rng.randint(1, 3)))}",
        f"strengths: [{', '.join(rng.sample(STRENGTHS, 3))}]",
        f"skills: [{', '.join(rng.sample(SKILLS, rng.randint(1, 3)))}]",
        "limits:",
        f"  max_physical_load: {rng.choice(LEVELS)}",
        f"  max_lifting_kg: {rng.choice([5, 10, 15, 20, 25])}",
        f"  max_standing_hours: {rng.randint(1, 8)}",
        f"  max_customer_contact: {rng.choice(CONTACT)}",
        f"  max_literacy: {rng.choice(LITERACY)}",
        f"  food_handling: {_flag(rng)}",
        f"  night_work: {_flag(rng)}",
        "preferences:",
        f"  customer_contact: {rng.choice(CONTACT)}",
        f"  setting: {rng.choice(['alone', 'small_team', 'large_team', 'any'])}",
        f"  pace: {rng.choice(['calm', 'varied', 'fast', 'any'])}",
        f"  noise: {rng.choice(['quiet', 'moderate', 'loud', 'any'])}",
        f"  indoor: {_flag(rng)}",
        *_schedule(rng),
        "location:",
        f"  municipality: {town}",
        f'  postcode: "{postcode}"',
        f"  lat: {lat + rng.uniform(-0.05, 0.05):.4f}",
        f"  lon: {lon + rng.uniform(-0.05, 0.05):.4f}",
        f"  max_travel_km: {rng.choice([5, 10, 15, 25, 40])}",
        "accommodations:",
    ]
    for need in rng.sample(NEEDS, rng.randint(1, 3)):
        lines += [f"  - need: {need}", f"    share_with_employer: {_flag(rng)}"]
    lines += [
        "confidential:",
        "  notes: |",
        "    Fritekst for veilederen: helse, situasjon og",
        "    historikk. Free text for the adviser's eyes only.",
    ]
    return "\n".join(lines) + "\n"


def workplace_text(rng: random.Random, record_id: str) -> str:
    industry, words = rng.choice(INDUSTRIES)
    town, postcode, lat, lon = rng.choice(MUNICIPALITIES)
    lines = [
        "# yaml-language-server: $schema=../schemas/workplace.schema.json",
        "schema: jobmatch/workplace@1",
        f"id: {record_id}",
        f"name: {industry.capitalize()} {town} {record_id[-4:]}",
        f"industry: {industry}",
        f"description: {industry.capitalize()} med {', '.join(words[:3])} og mer.",
        "location:",
        f"  municipality: {town}",
        f"  address: Storgata {rng.randint(1, 120)}",
        f'  postcode: "{postcode}"',
        f"  lat: {lat + rng.uniform(-0.05, 0.05):.4f}",
        f"  lon: {lon + rng.uniform(-0.05, 0.05):.4f}",
        "contact:",
        f"  name: {rng.choice(FIRST)} Hansen",
        "  role: daglig leder",
        f'  phone: "+47 9{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(100, 999)}"',
        f"visited: 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"capacity: {rng.randint(0, 3)}",
        f"offers: [{', '.join(rng.sample(['assessment', 'training', 'employment'], 2))}]",
        f"recruitment_need: {_flag(rng)}",
        f"open_to_job_carving: {_flag(rng)}",
        "expectations: [møte presis, gi beskjed om fravær før kl. 07]",
        "conditions:",
        "  wage: tariff; lønnstilskudd kan være aktuelt",
        f"  hours_per_week: {{min: {rng.choice([5, 10, 15])}, max: {rng.choice([20, 30, 37.5])}}}",
        "environment:",
        f"  setting: {rng.choice(['alone', 'small_team', 'large_team'])}",
        f"  pace: {rng.choice(['calm', 'varied', 'fast'])}",
        f"  noise: {rng.choice(['quiet', 'moderate', 'loud'])}",
        f"  indoor: {_flag(rng)}",
        "inclusion:",
        f"  intro_routine: {_flag(rng)}",
        f"  mentor: {_flag(rng)}",
        f"  ia_agreement: {_flag(rng)}",
        f"  prior_placements: {rng.randint(0, 9)}",
        *_schedule(rng),
        "tasks:",
    ]
    for index, word in enumerate(rng.sample(words, rng.randint(2, 4))):
        lines += [
            f"  - id: oppgave-{index + 1}",
            f"    name: {word} etter faste rutiner",
            f"    keywords: [{word}, {rng.choice(words)}]",
            f"    hours_per_week: {rng.randint(4, 20)}",
            f"    essential: {_flag(rng)}",
            "    demands:",
            f"      physical_load: {rng.choice(LEVELS)}",
            f"      lifting_kg: {rng.choice([0, 5, 10, 15, 25])}",
            f"      customer_contact: {rng.choice(CONTACT)}",
            f"      literacy: {rng.choice(LITERACY)}",
        ]
        if rng.random() < 0.3:
            lines.append(f"    requires: [{rng.choice(SKILLS)}]")
    lines += ["confidential:", "  notes: Notater om arbeidsgiveren, bare for veilederen."]
    return "\n".join(lines) + "\n"


def generate(root: Path, count: int, seed: int = 20270111) -> list[Path]:
    """Write ``count`` files, half seekers and half workplaces; return their paths."""
    rng = random.Random(seed)
    paths = []
    for folder, make in (("profiles", seeker_text), ("workplaces", workplace_text)):
        (root / folder).mkdir(parents=True, exist_ok=True)
        prefix = "s" if folder == "profiles" else "w"
        for number in range(count // 2 if folder == "profiles" else count - count // 2):
            record_id = f"{prefix}-{number:05d}"
            path = root / folder / f"{record_id}.yaml"
            path.write_text(make(rng, record_id), encoding="utf-8")
            paths.append(path)
    return paths


def best_of(runs: int, action: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def run_validate(root: Path) -> None:
    command = [sys.executable, "-m", "jobmatch", "validate", "--quiet", str(root)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"validate failed ({done.returncode}):\n{done.stderr[-2000:]}")


def read_plain(paths: list[Path]) -> None:
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=15_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jobmatch-bench-") as scratch:
        root = args.keep or Path(scratch)
        started = time.perf_counter()
        paths = generate(root, args.files)
        lines = sum(p.read_text(encoding="utf-8").count("\n") for p in paths) / len(paths)
        print(
            f"generated {len(paths)} files ({lines:.0f} lines each on average) "
            f"in {time.perf_counter() - started:.1f} s"
        )
        validate = best_of(args.runs, lambda: run_validate(root))
        plain = best_of(args.runs, lambda: read_plain(paths))
    print(
        f"jobmatch validate: {validate:.2f} s, {len(paths) / validate:,.0f} files/s "
        f"(best of {args.runs}, wall time, new process)"
    )
    print(
        f"yaml.load CSafeLoader, no validation: {plain:.2f} s, "
        f"{len(paths) / plain:,.0f} files/s (same process)"
    )
    print(f"ratio validate / plain load: {validate / plain:.2f}")
    verdict = "within" if validate < TARGET_SECONDS else "OVER"
    print(f"{verdict} the target of {TARGET_SECONDS:.0f} s")


if __name__ == "__main__":
    main()
