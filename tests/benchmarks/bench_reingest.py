"""Benchmark: re-ingest of corrected notes -> timings of `studydeck ingest` and of pairing corrected cards.

Copies notes of one episode (the seeds beside the repository, else tests/fixtures/reingest) into a
temporary folder and times, each as a fresh process as a user would run it: the first ingest, an
ingest of unchanged notes, and one after a number was corrected in the notes. Then times, in
process, the pairing of corrected cards at its worst: every card of the deck given again under a
new id with one word changed, each compared with every other (as after a change of the generator).

Prints each figure against the budget of 0.5 s per episode. Run: python tests/benchmarks/bench_reingest.py
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from studydeck.deck import deckfile
from studydeck.ingest import match

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
BUDGET = 0.5


def notes_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else sorted((REPO / "tests/fixtures/reingest").glob("*.txt"))


def timed_ingest(notes: list[Path], out: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "studydeck", "ingest", *map(str, notes), "-o", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - start, done.stdout.strip().splitlines()[-1]


def correct_a_number(notes: list[Path]) -> str:
    """The first percentage of the notes made one higher: what a corrected takeaway looks like."""
    for path in notes:
        text = path.read_text(encoding="utf-8")
        found = re.search(r"\b(\d+)%", text)
        if found:
            path.write_text(text[: found.start(1)] + str(int(found.group(1)) + 1) + text[found.end(1) :], "utf-8")
            return f"{found.group(0)} in {path.name}"
    raise SystemExit("no percentage in the notes to correct")


def pairing_worst_case(deck_path: Path, copies: int) -> tuple[int, float]:
    cards = [dataclasses.replace(c, id=f"{c.id}-{n}") for n in range(copies) for c in deckfile.load(deck_path).cards]
    changed = [dataclasses.replace(c, text=c.text.replace(" the ", " a ", 1), front=c.front + " now") for c in cards]
    start = time.perf_counter()
    match.pairs(cards, changed)
    return len(cards), time.perf_counter() - start


def report(what: str, seconds: float, note: str = "") -> None:
    verdict = "ok" if seconds <= BUDGET else "OVER"
    print(f"{what:<48} {seconds * 1000:8.0f} ms  {verdict:<4} {note}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "notes"
        folder.mkdir()
        notes = [Path(shutil.copy(p, folder)) for p in notes_files()]
        out = Path(tmp) / "decks"
        print(f"notes: {', '.join(p.name for p in notes)}; budget {BUDGET * 1000:.0f} ms per episode")
        report("first ingest (fresh process)", *timed_ingest(notes, out))
        report("unchanged notes again", *timed_ingest(notes, out))
        corrected = correct_a_number(notes)
        seconds, summary = timed_ingest(notes, out)
        report(f"after correcting {corrected}", seconds, summary)
        (deck_path,) = out.glob("*.yaml")
        for copies in (1, 4):
            count, seconds = pairing_worst_case(deck_path, copies)
            report(f"pairing, worst case: {count} x {count} cards", seconds, "(in process)")


if __name__ == "__main__":
    main()
