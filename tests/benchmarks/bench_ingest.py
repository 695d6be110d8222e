"""Benchmark: episode notes -> decks. Prints the time of `studydeck ingest` for one episode (start-up
included), for a library of notes files, and for one notes file of 100, 1,000 and 5,000 bullets.

    python tests/benchmarks/bench_ingest.py [--files 100] [--runs 5]

Targets (issue 11 and 14): one episode under 0.5 s with start-up; 100 notes files under 15 s;
time per bullet near-constant from 100 to 5,000 bullets.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
FIXTURES = REPO / "tests" / "fixtures" / "notes"

# Sentences of the kinds notes hold; numbers and names vary per bullet so no two bullets are one fact.
PATTERNS = [
    "A {n}-minute walk after lunch lowered blood sugar by about {p}% in a trial of {k} adults.",
    "The {name} bridge spans {n} metres, which is why its deck needs {k} expansion joints.",
    "Engineers call the {name} effect a tendency of long cables to sag about {p} cm per {n} metres.",
    "Before a {n} km race, rehearse the drinks you will take, because the gut adapts with practice.",
    "In {year}, {name} measured the speed of sound in water at roughly {k} metres per second.",
]
NAMES = ["Halvorsen", "Okafor", "Lindqvist", "Marchetti", "Abernathy", "Etxeberria", "Kahale", "Brandvold"]


def bullets(count: int) -> str:
    lines = ["# Bench Episode", "", "- Podcast: Bench Radio", "- Host: Ada Bench", "", "## Takeaways", ""]
    for i in range(count):
        pattern = PATTERNS[i % len(PATTERNS)]
        name = NAMES[i % len(NAMES)] + chr(ord("a") + i % 26) * (1 + i // 200)
        lines.append("- " + pattern.format(n=10 + i, p=1 + i % 97, k=100 + 7 * i, year=1800 + i % 200, name=name))
    return "\n".join(lines) + "\n"


def library(folder: Path, files: int) -> list[Path]:
    """`files` notes files: the fixtures and seeds under new episode titles."""
    sources = sorted(FIXTURES.glob("*.md")) + sorted(FIXTURES.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    made = []
    for i in range(files):
        source = sources[i % len(sources)]
        text = source.read_text(encoding="utf-8")
        text = text.replace("# ", f"# Episode {i}: ", 1) if source.suffix == ".md" else f"Episode {i} " + text
        path = folder / f"{i:04}-{source.name}"
        path.write_text(text, encoding="utf-8")
        made.append(path)
    return made


def timed(args: list[str]) -> float:
    # As an installed studydeck runs: with its bytecode cache (a first, untimed run writes it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "studydeck", "ingest", *args], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"ingest failed: {done.stderr.strip()[-500:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100, help="notes files in the library (default 100)")
    parser.add_argument("--runs", type=int, default=5, help="runs of the one-episode timing (the median is shown)")
    parser.add_argument("--sizes", default="100,1000,5000", help="bullets per notes file, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        episode = sorted(SEEDS.glob("*.txt")) or sorted(FIXTURES.glob("*.txt"))
        timed([*map(str, episode), "-o", str(root / "warm-up")])
        times = []
        for run in range(args.runs):
            out = root / f"one-{run}"
            times.append(timed([*map(str, episode), "-o", str(out)]))
        print(f"one episode ({len(episode)} notes files), start-up included: median {statistics.median(times):.2f} s"
              f" (fastest {min(times):.2f} s) [target < 0.5 s]")

        notes = root / "library"
        notes.mkdir()
        files = library(notes, args.files)
        elapsed = timed([str(notes), "-o", str(root / "library-decks")])
        decks = len(list((root / "library-decks").glob("*.yaml")))
        print(f"{len(files)} notes files ({decks} decks: files of one episode share one): {elapsed:.1f} s [target < 15 s]")

        for size in (int(s) for s in args.sizes.split(",")):
            folder = root / f"bullets-{size}"
            folder.mkdir()
            (folder / "notes.md").write_text(bullets(size), encoding="utf-8")
            elapsed = timed([str(folder / "notes.md"), "-o", str(folder / "decks")])
            print(f"{size} bullets in one file: {elapsed:.2f} s ({1000 * elapsed / size:.2f} ms per bullet)")
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
