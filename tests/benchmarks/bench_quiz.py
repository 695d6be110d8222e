"""Benchmark: a large library and review history -> time to the first card and time per answer of `studydeck quiz`.

Makes a library in a temporary folder (100 decks of 200 cards = 20,000 cards by default, written by
deckfile.dump) and a review store with 200,000 past reviews made by the real scheduler over the past
year, so about a thousand cards are due. Then runs `python -m studydeck quiz` as a user would, a fresh
process reading answers from a pipe, and times:

- the first card: from starting the process to the answer prompt, with the deck cache cold (every deck
  changed: scanned at the start, checked in the background), warm (nothing changed) and after one
  deck was edited;
- each answer: from sending the rating to the next answer prompt (grading, fsrs, the committed SQLite
  transaction and the rendering of the next card), over --answers answers.

Targets: first card under 0.5 s, each answer under 20 ms. Run: python tests/benchmarks/bench_quiz.py [--decks N ...]
"""

from __future__ import annotations

import argparse
import os
import random
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studydeck.deck import deckfile
from studydeck.deck.models import Card, CardKind, Deck, Episode, Source
from studydeck.review.library import review_keys
from studydeck.review.scheduler import Planner, Rating
from studydeck.review.store import CardRecord, Store, to_ms

PROMPT = "answer (Enter: show me) › ".encode()
FIRST_CARD_TARGET, ANSWER_TARGET = 0.5, 0.020

TERMS = [
    "mycelium",
    "humus",
    "loam",
    "nitrate",
    "compost",
    "rhizome",
    "spindle",
    "cortex",
    "synapse",
    "axon",
    "glacier",
    "moraine",
    "delta",
    "estuary",
    "comet",
    "nebula",
    "quasar",
    "pulsar",
    "isotope",
    "enzyme",
    "ribosome",
    "plankton",
    "krill",
    "lichen",
    "moss",
    "fern",
    "basalt",
    "granite",
    "sonata",
    "fugue",
    "cadence",
    "meter",
    "stanza",
    "sonnet",
    "ledger",
    "tariff",
    "subsidy",
    "quorum",
    "veto",
    "treaty",
    "lighthouse",
]
PLACES = [
    "soil",
    "river",
    "orchestra",
    "colony",
    "market",
    "telescope",
    "archive",
    "kitchen",
    "league",
    "harbour",
    "workshop",
    "garden",
]


def make_deck(rng: random.Random, number: int, cards: int) -> Deck:
    made = []
    for n in range(cards):
        term, other = rng.sample(TERMS, 2)
        place = rng.choice(PLACES)
        if n % 4:
            text = f"In the {place} of episode {number}, the {term} feeds the {other} for about {{{{c1::{n % 9 + 2} weeks}}}}."
            if n % 4 == 1:  # some cards with two deletions: two review cards each
                text = text.replace(f"the {term} feeds", f"the {{{{c2::{term}}}}} feeds")
            made.append(Card(id=f"n{n}", kind=CardKind.CLOZE, text=text, source=Source(section="Takeaways")))
        else:
            made.append(
                Card(
                    id=f"n{n}",
                    kind=CardKind.QA,
                    front=f"What does the {term} feed in the {place}, in note {n} of episode {number}?",
                    back=f"the {other}",
                    source=Source(section="Ideas", speaker="Ada Brook"),
                )
            )
    episode = Episode(podcast="Bench Radio", title=f"Episode {number}", host="Ada Brook")
    return Deck(key=f"bench-{number}", name=f"Bench::Episode {number}", episode=episode, cards=tuple(made))


def make_library(folder: Path, decks: int, cards: int, rng: random.Random) -> list[Deck]:
    folder.mkdir(parents=True)
    made = []
    for number in range(decks):
        deck = make_deck(rng, number, cards)
        (folder / f"episode-{number:04}.yaml").write_text(deckfile.dump(deck), encoding="utf-8")
        made.append(deck)
    return made


def make_history(db_file: Path, decks: list[Deck], reviews: int, now: datetime, rng: random.Random) -> int:
    """Past reviews by the real scheduler, written in one transaction (the quiz itself writes one per answer).

    Each card's reviews follow its schedule (answered when due, give or take a day), and its last
    review lands at a random point of its last interval, so some cards are due now and a few were
    reviewed today, as in a library in use.
    """
    keys = [key for deck in decks for key in review_keys(deck)]
    planner = Planner()
    per_card, extra = divmod(reviews, len(keys))
    card_rows, review_rows = [], []
    for index, key in enumerate(keys):
        count = per_card + (index < extra)
        seed = rng.random()
        # A first pass from any start gives the chain's shape; the second runs it where it should end.
        chain = _chain(planner, count, now, random.Random(seed))
        span, last_interval = chain[-1][0] - chain[0][0], chain[-1][2] - chain[-1][0]
        last_review = now - last_interval * rng.uniform(0.2, 1.1)
        chain = _chain(planner, count, last_review - span, random.Random(seed))
        for moment, rating, _, _ in chain:
            review_rows.append((key.deck, key.card, key.ordinal, to_ms(moment), int(rating), "", "", None, 0, "", 0))
        _, _, due, memory = chain[-1]
        card_rows.append(CardRecord(key, memory, due, "review", chain[0][0], reviews=count))
    with Store.open(db_file) as db, db.transaction():
        db.db.executemany(
            "INSERT INTO reviews (deck, card, ordinal, at, rating, verdict, answer, confidence, duration_ms,"
            " phase, interval_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            review_rows,
        )
        for record in card_rows:
            db._save_card(record)
    return len(keys)


def _chain(planner: Planner, count: int, start: datetime, rng: random.Random) -> list[tuple]:
    """(review time, rating, due after it, memory after it) for `count` reviews from `start`."""
    chain, memory, moment = [], None, start
    for _ in range(count):
        rating = rng.choices(list(Rating), weights=(1, 2, 8, 1))[0]
        outcome = planner.review(memory, rating, moment, rng)
        chain.append((moment, rating, outcome.due, outcome.memory))
        memory = outcome.memory
        moment = outcome.due + timedelta(hours=rng.uniform(0, 24))
    return chain


class Quiz:
    """A `studydeck quiz` process reading answers from a pipe."""

    def __init__(self, library: Path, db_file: Path, data: Path, pycache: Path | None) -> None:
        env = dict(os.environ, STUDYDECK_DATA_DIR=str(data), PYTHONUNBUFFERED="1")
        env.pop("STUDYDECK_NOW", None)
        if pycache is not None:
            # As installed: bytecode compiled once, kept in a private folder (nothing written into the repo).
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(pycache)
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "studydeck",
                "quiz",
                str(library),
                "--db",
                str(db_file),
                "--seed",
                "1",
                "--cards",
                "5000",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.buffer = b""

    def wait_for(self, marker: bytes, timeout: float = 60) -> float:
        """Seconds until `marker` appears in the output (counted from the process start for the first)."""
        deadline = time.perf_counter() + timeout
        fd = self.proc.stdout.fileno()
        while marker not in self.buffer:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.perf_counter()))
            if not ready:
                raise TimeoutError(f"no {marker!r} after {timeout} s; stderr: {self.proc.stderr.read1(4000)!r}")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError(f"quiz ended early: {self.proc.stderr.read().decode()}")
            self.buffer += chunk
        self.buffer = self.buffer[self.buffer.index(marker) + len(marker) :]
        return time.perf_counter()

    def send(self, line: str) -> None:
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        self.send("q")
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def first_card(library: Path, db_file: Path, data: Path, pycache: Path | None) -> float:
    quiz = Quiz(library, db_file, data, pycache)
    seconds = quiz.wait_for(PROMPT) - quiz.started
    quiz.close()
    return seconds


def answer_times(
    library: Path, db_file: Path, data: Path, pycache: Path, answers: int, rng: random.Random
) -> list[float]:
    quiz = Quiz(library, db_file, data, pycache)
    quiz.wait_for(PROMPT)
    times = []
    for _ in range(answers):
        quiz.send(rng.choice(["2 weeks", "the comet", "", "5 weeks"]))
        quiz.wait_for(b"rate 1-4")
        sent = time.perf_counter()
        quiz.send("")
        times.append(quiz.wait_for(PROMPT) - sent)
    quiz.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decks", type=int, default=100)
    parser.add_argument("--cards", type=int, default=200, help="cards per deck")
    parser.add_argument("--reviews", type=int, default=200_000)
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5, help="runs of each first-card timing (the median is shown)")
    parser.add_argument("--keep", type=Path, help="make the library in this new folder and keep it, for profiling")
    args = parser.parse_args()
    rng = random.Random(2026)
    now = datetime.now(timezone.utc)
    with tempfile.TemporaryDirectory(prefix="bench-quiz-") as tmp:
        root = args.keep or Path(tmp)
        library, data, db_file = root / "decks", root / "data", root / "reviews.sqlite"
        pycache = root / "pycache"
        t = time.perf_counter()
        decks = make_library(library, args.decks, args.cards, rng)
        review_cards = make_history(db_file, decks, args.reviews, now, rng)
        with Store.open(db_file) as db:
            due = sum(1 for ms, _ in db.schedule().values() if ms <= to_ms(now))
            total_reviews = db.review_count()
        print(
            f"library: {args.decks} decks, {args.decks * args.cards:,} cards ({review_cards:,} review cards), "
            f"{total_reviews:,} past reviews, {due:,} due now; made in {time.perf_counter() - t:.1f} s"
        )

        def median_first(label: str, prepare=None, bytecode: Path | None = pycache) -> float:
            runs = []
            for _ in range(args.runs):
                if prepare:
                    prepare()
                runs.append(first_card(library, db_file, data, bytecode))
            seconds = statistics.median(runs)
            verdict = "ok" if seconds < FIRST_CARD_TARGET else "OVER TARGET"
            print(
                f"first card, {label}: {seconds * 1000:.0f} ms median of {args.runs} "
                f"(fastest {min(runs) * 1000:.0f}, slowest {max(runs) * 1000:.0f}) [{verdict}]"
            )
            return seconds

        def clear_cache() -> None:
            shutil.rmtree(data / "cache", ignore_errors=True)

        edits = iter(range(10**6))

        def edit_one_deck() -> None:
            deck = library / "episode-0000.yaml"
            deck.write_text(deck.read_text().replace("feeds the", "feeds  the", 1) + f"# edit {next(edits)}\n")

        first_card(library, db_file, data, pycache)  # compiles the bytecode, fills the deck cache
        median_first("every deck changed (cache deleted: decks scanned, checked meanwhile)", clear_cache)
        median_first("warm deck cache (decks unchanged)")
        median_first("one deck edited", edit_one_deck)
        median_first("warm deck cache, no bytecode cache (PYTHONDONTWRITEBYTECODE)", bytecode=None)

        clear_cache()
        early = answer_times(library, db_file, data, pycache, 20, rng)
        print(
            f"per answer, first 20 after every deck changed (while the decks are checked): "
            f"median {statistics.median(early) * 1000:.1f} ms, max {max(early) * 1000:.1f} ms"
        )
        times = answer_times(library, db_file, data, pycache, args.answers, rng)
        slowest = max(range(len(times)), key=times.__getitem__)
        over = sum(t >= ANSWER_TARGET for t in times)
        ordered = sorted(times)
        p95 = ordered[int(len(ordered) * 0.95) - 1]
        verdict = "ok" if p95 < ANSWER_TARGET else "OVER TARGET"
        print(
            f"per answer ({len(times)} answers): median {statistics.median(times) * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms, max {times[slowest] * 1000:.1f} ms (answer {slowest + 1}); "
            f"{over} at or over {ANSWER_TARGET * 1000:.0f} ms [{verdict}]"
        )
        with Store.open(db_file) as db:
            print(f"store after: {db.review_count():,} reviews, integrity {db.integrity()}")


if __name__ == "__main__":
    main()
