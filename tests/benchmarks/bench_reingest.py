"""Benchmark: re-ingest of corrected notes -> timings of `studydeck ingest` and of pairing corrected cards.

Copies notes of one episode (the seeds beside the repository, else tests/fixtures/reingest) into a
temporary folder and times, each as a fresh process as a user would run it: the first ingest, an
ingest of unchanged notes, and one after a number was corrected in the notes. Then times, in
process, making the cards against reconciling them with the deck, and the pairing of corrected cards at its worst: every card of the deck given again under a
new id with one word changed, each compared with every other (as after a change of the generator).

Prints each figure against the budget of 0.5 s per episode. Run: python tests/benchmarks/bench_reingest.py
"""

from __future__ import annotations

import dataclasses
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from studydeck.deck import deckfile, lockfile
from studydeck.ingest import generate, match, merge, reconcile

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
BUDGET = 0.5


def notes_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else sorted((REPO / "tests/fixtures/reingest").glob("*.txt"))


def timed_ingest(notes: list[Path], out: Path) -> tuple[float, str]:
    """Wall time of one `studydeck ingest`, and its CPU time with the summary: on a shared machine the
    CPU time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "studydeck", "ingest", *map(str, notes), "-o", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    summary = done.stdout.strip().splitlines()[-1].split(": ", 1)[1]
    return wall, f"(cpu {cpu * 1000:.0f} ms) {summary}"


def correct_a_number(notes: list[Path]) -> str:
    """The first percentage of the notes made one higher: what a corrected takeaway looks like."""
    for path in notes:
        text = path.read_text(encoding="utf-8")
        found = re.search(r"\b(\d+)%", text)
        if found:
            path.write_text(text[: found.start(1)] + str(int(found.group(1)) + 1) + text[found.end(1) :], "utf-8")
            return f"{found.group(0)} in {path.name}"
    raise SystemExit("no percentage in the notes to correct")


def in_process(notes: list[Path], deck_path: Path) -> tuple[float, float]:
    """Seconds to make the cards from the notes, and to reconcile them with the deck and its lock."""
    start = time.perf_counter()
    made = generate.make(merge.read_all(notes))
    making = time.perf_counter() - start
    cards, lock = deckfile.load(deck_path).cards, lockfile.read(deck_path)
    start = time.perf_counter()
    reconcile.reconcile(cards, made, lock)
    return making, time.perf_counter() - start


def pairing_worst_case(deck_path: Path, copies: int) -> tuple[int, float]:
    cards = [dataclasses.replace(c, id=f"{c.id}-{n}") for n in range(copies) for c in deckfile.load(deck_path).cards]
    changed = [dataclasses.replace(c, text=c.text.replace(" the ", " a ", 1), front=c.front + " now") for c in cards]
    start = time.perf_counter()
    match.pairs(cards, changed)
    return len(cards), time.perf_counter() - start


def report(what: str, seconds: float, note: str = "") -> None:
    verdict = "ok" if seconds <= BUDGET else "OVER"
    print(f"{what:<44} {seconds * 1000:6.0f} ms  {verdict:<4} {note}")


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
        making, reconciling = in_process(notes, deck_path)
        report("in process: reading notes, making cards", making, "(word data loaded on first use)")
        report("in process: reconciling them with the deck", reconciling, "(after a correction)")
        for copies in (1, 4):
            count, seconds = pairing_worst_case(deck_path, copies)
            report(f"pairing, worst case: {count} x {count} cards", seconds, "(in process)")


if __name__ == "__main__":
    main()
