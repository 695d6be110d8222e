"""The review store: review keys and answers -> SQLite (schema version, migrations, due queries).

It keeps only progress; the decks stay the source of truth for text. Every answer is its own
transaction, committed before the quiz moves on, in WAL mode so a kill loses nothing committed
and two quiz processes can share the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from ..errors import StudydeckError
from .places import user_dir

DB_NAME = "reviews.sqlite"
BUSY_TIMEOUT_MS = 10_000
# Named, not `*`: a later migration may add columns.
_CARD_COLUMNS = "deck, card, ordinal, memory, due, phase, introduced, reviews, lapses, last_lapse_day, leech"
_REVIEW_COLUMNS = "deck, card, ordinal, at, rating, verdict, answer, confidence, duration_ms, phase, interval_s"


class ReviewKey(NamedTuple):
    """One review card: each deletion number of a cloze card is its own (ordinal 0 for Q&A).

    A named tuple, not a dataclass: a session start hashes tens of thousands of them.
    """

    deck: str
    card: str
    ordinal: int = 0

    def __str__(self) -> str:
        return f"{self.deck}/{self.card}" + (f"/c{self.ordinal}" if self.ordinal else "")


@dataclass(frozen=True)
class CardRecord:
    """What the store knows of one review card. `memory` is the scheduler's opaque state."""

    key: ReviewKey
    memory: str
    due: datetime
    phase: str
    introduced: datetime
    reviews: int = 0
    lapses: int = 0  # days on which the card was failed
    last_lapse_day: str = ""  # ISO date of the last of those days
    leech: bool = False


@dataclass(frozen=True)
class Review:
    """One answer, as it was given."""

    key: ReviewKey
    at: datetime
    rating: int
    verdict: str = ""
    answer: str = ""
    confidence: int | None = None
    duration_ms: int = 0
    phase: str = ""  # the card's phase before this review: retention counts reviews of learned cards
    interval_s: int = 0  # the interval the review scheduled


# -- where the store lives -------------------------------------------------------------------


def data_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform, home: Path | None = None) -> Path:
    """The user's data folder for studydeck, by the platform's convention; STUDYDECK_DATA_DIR wins."""
    if environ.get("STUDYDECK_DATA_DIR"):
        return Path(environ["STUDYDECK_DATA_DIR"])
    return user_dir("XDG_DATA_HOME", (".local", "share"), environ, platform, home)


def db_path(option: str | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    """The store file: --db, else STUDYDECK_DB, else reviews.sqlite in the data folder."""
    if option:
        return Path(option)
    if environ.get("STUDYDECK_DB"):
        return Path(environ["STUDYDECK_DB"])
    return data_dir(environ) / DB_NAME


# -- schema ----------------------------------------------------------------------------------


def _migration_1(db: sqlite3.Connection) -> None:
    """Review cards with their scheduler state, and the log of every answer."""
    db.execute(
        """CREATE TABLE cards (
            deck TEXT NOT NULL,
            card TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            memory TEXT NOT NULL,
            due INTEGER NOT NULL,
            phase TEXT NOT NULL,
            introduced INTEGER NOT NULL,
            reviews INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            last_lapse_day TEXT NOT NULL DEFAULT '',
            leech INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (deck, card, ordinal)
        ) WITHOUT ROWID"""
    )
    # Covers the due query (the primary key rides along in a WITHOUT ROWID table): no row lookups.
    db.execute("CREATE INDEX cards_due ON cards (due, leech)")
    db.execute(
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            deck TEXT NOT NULL,
            card TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            at INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            verdict TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL DEFAULT '',
            confidence INTEGER,
            duration_ms INTEGER NOT NULL DEFAULT 0,
            phase TEXT NOT NULL DEFAULT '',
            interval_s INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX reviews_at ON reviews (at)")
    db.execute("CREATE INDEX reviews_card ON reviews (deck, card, ordinal)")


def _migration_2(db: sqlite3.Connection) -> None:
    """Buried cards: left out of sessions until a time, their schedule untouched."""
    db.execute(
        """CREATE TABLE buried (
            deck TEXT NOT NULL,
            card TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            until INTEGER NOT NULL,
            PRIMARY KEY (deck, card, ordinal)
        ) WITHOUT ROWID"""
    )


# Append only: the store's schema version is the number of migrations applied.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migration_1, _migration_2)
SCHEMA_VERSION = len(MIGRATIONS)


# -- the store -------------------------------------------------------------------------------


@contextmanager
def opened(path: str | Path) -> Iterator[Store]:
    """The store, open for a command: a damaged page found while using it is one clear error."""
    with Store.open(path) as store:
        try:
            yield store
        except sqlite3.DatabaseError as e:
            raise StudydeckError(
                f"{store.path}: the review store is damaged ({e}): restore it from a backup, or point "
                "--db at another file (answers already given were saved one by one)"
            ) from None


class Store:
    """An open review store. Use as a context manager, or call close()."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> Store:
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise StudydeckError(f"{path}: cannot open the review store: {e}; check the path or use --db") from None
        store = cls(db, path)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _use_wal(db)
            # In WAL mode NORMAL survives a killed process; only a power cut may lose the last answers.
            db.execute("PRAGMA synchronous = NORMAL")
            # Copying the log into the database takes tens of milliseconds: do it on close, not after
            # whichever answer happens to fill the log (a killed session leaves it to the next close).
            db.execute("PRAGMA wal_autocheckpoint = 0")
            store.migrate()
            store._check_usable()
        except sqlite3.DatabaseError as e:
            db.close()
            raise StudydeckError(
                f"{path}: not a usable review store ({e}): point --db or STUDYDECK_DB at another file"
            ) from None
        except StudydeckError:
            db.close()
            raise
        return store

    def _check_usable(self) -> None:
        """Fail now, before a first card is shown, if the tables are missing or no answer could be saved."""
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"cards", "reviews"} <= tables:
            raise sqlite3.DatabaseError(f"schema version {self.version} but no tables for it")
        try:
            # The lock an answer takes, and a write undone at once: busy or read-only shows here.
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.execute(f"PRAGMA user_version = {self.version}")
            finally:
                self.db.execute("ROLLBACK")
        except sqlite3.OperationalError as e:
            if "readonly" in str(e):
                raise StudydeckError(
                    f"{self.path}: the review store is read-only, so no answer could be saved: "
                    "make the file writable, or point --db at another file"
                ) from None
            raise StudydeckError(
                f"{self.path}: the review store is busy ({e}) after {BUSY_TIMEOUT_MS // 1000} s: "
                "close the other quiz and retry"
            ) from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # busy with another process: it will checkpoint
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring the schema up to date; two processes starting at once migrate it once."""
        if self.version == SCHEMA_VERSION:
            return
        with self.transaction():
            version = self.version
            if version > SCHEMA_VERSION:
                raise StudydeckError(
                    f"{self.path}: this review store has schema version {version}, newer than this "
                    f"studydeck knows ({SCHEMA_VERSION}): upgrade studydeck"
                )
            for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
                migration(self.db)
                self.db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, taken at once (IMMEDIATE) so concurrent writers queue instead of failing."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StudydeckError(
                f"{self.path}: the review store is busy ({e}): close the other quiz and retry"
            ) from None
        try:
            yield self.db
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------

    def record(self, key: ReviewKey, decide: Callable[[CardRecord | None], tuple[CardRecord, Review]]) -> CardRecord:
        """Apply one answer in one committed transaction.

        `decide` gets the card's state as stored now (another process may have changed it
        since the session began) and returns the new state and the review to log.
        """
        try:
            with self.transaction():
                record, review = decide(self.card(key))
                self._save_card(record)
                self._log(review)
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):  # a bug, not the learner's disk
            raise
        except sqlite3.DatabaseError as e:  # a full disk, a damaged page: the learner must know this answer is lost
            raise StudydeckError(
                f"{self.path}: your answer to {key} was not saved ({e}); the answers before it were: "
                "free some disk space or fix the store, then review it again"
            ) from None
        return record

    def undo(self, key: ReviewKey, before: CardRecord | None) -> None:
        """Take back a card's last answer: its review leaves the log, its state goes back to `before`
        (None: the card was new, and is new again)."""
        with self.transaction():
            self.db.execute(
                """DELETE FROM reviews WHERE id = (
                     SELECT MAX(id) FROM reviews WHERE deck = ? AND card = ? AND ordinal = ?)""",
                tuple(key),
            )
            if before is None:
                self.db.execute("DELETE FROM cards WHERE deck = ? AND card = ? AND ordinal = ?", tuple(key))
            else:
                self._save_card(before)

    def bury(self, key: ReviewKey, until: datetime) -> None:
        """Leave a card out of sessions until `until`; its schedule is not touched."""
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO buried (deck, card, ordinal, until) VALUES (?, ?, ?, ?)",
                (*key, to_ms(until)),
            )

    def buried_at(self, moment: datetime) -> set[ReviewKey]:
        """The cards buried at `moment`."""
        rows = self.db.execute("SELECT deck, card, ordinal FROM buried WHERE until > ?", (to_ms(moment),))
        return {ReviewKey._make(row) for row in rows}

    def _save_card(self, r: CardRecord) -> None:
        self.db.execute(
            f"""INSERT INTO cards ({_CARD_COLUMNS})
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (deck, card, ordinal) DO UPDATE SET
                 memory = excluded.memory, due = excluded.due, phase = excluded.phase,
                 reviews = excluded.reviews, lapses = excluded.lapses,
                 last_lapse_day = excluded.last_lapse_day, leech = excluded.leech""",
            (
                r.key.deck,
                r.key.card,
                r.key.ordinal,
                r.memory,
                to_ms(r.due),
                r.phase,
                to_ms(r.introduced),
                r.reviews,
                r.lapses,
                r.last_lapse_day,
                int(r.leech),
            ),
        )

    def _log(self, v: Review) -> None:
        self.db.execute(
            f"""INSERT INTO reviews ({_REVIEW_COLUMNS})
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                v.key.deck,
                v.key.card,
                v.key.ordinal,
                to_ms(v.at),
                v.rating,
                v.verdict,
                v.answer,
                v.confidence,
                v.duration_ms,
                v.phase,
                v.interval_s,
            ),
        )

    # -- reading ---------------------------------------------------------------------------

    def card(self, key: ReviewKey) -> CardRecord | None:
        row = self.db.execute(
            f"SELECT {_CARD_COLUMNS} FROM cards WHERE deck = ? AND card = ? AND ordinal = ?",
            (key.deck, key.card, key.ordinal),
        ).fetchone()
        if row is None:
            return None
        try:
            json.loads(row[3])  # the scheduler's state: damaged, it would fail once the card is rated
        except (ValueError, TypeError):
            raise StudydeckError(
                f"{self.path}: the saved state of {key} is damaged (not JSON): restore the store from a "
                "backup, or delete that card's row to start it afresh"
            ) from None
        return _card_record(row)

    def cards(self) -> list[CardRecord]:
        return [
            _card_record(row)
            for row in self.db.execute(f"SELECT {_CARD_COLUMNS} FROM cards ORDER BY deck, card, ordinal")
        ]

    def schedule(self) -> dict[ReviewKey, tuple[int, bool]]:
        """Every review card the store knows: due time (ms) and leech flag; enough to plan a session."""
        rows = self.db.execute("SELECT deck, card, ordinal, due, leech FROM cards")
        make = ReviewKey._make
        return {make(row[:3]): (row[3], bool(row[4])) for row in rows}

    def check_states(self, moment: datetime) -> None:
        """Refuse to start on a store where a card due at `moment` has a damaged saved state: said
        before the first card, not after the learner has answered it."""
        try:
            row = self.db.execute(
                "SELECT deck, card, ordinal FROM cards WHERE due <= ? AND NOT json_valid(memory) LIMIT 1",
                (to_ms(moment),),
            ).fetchone()
        except sqlite3.OperationalError:  # an SQLite without JSON functions: Store.card still checks
            return
        if row is not None:
            self.card(ReviewKey(*row))  # raises, naming the card

    def known_in(self, deck: str) -> set[tuple[str, int]]:
        """(card, ordinal) of every review card of a deck the store has seen."""
        return set(self.db.execute("SELECT card, ordinal FROM cards WHERE deck = ?", (deck,)))

    def due_by(self, moment: datetime) -> list[tuple[ReviewKey, int, bool]]:
        """Cards due at `moment`: key, due time (ms), leech flag; found by the due index."""
        rows = self.db.execute("SELECT deck, card, ordinal, due, leech FROM cards WHERE due <= ?", (to_ms(moment),))
        return [(ReviewKey(deck, card, ordinal), due, bool(leech)) for deck, card, ordinal, due, leech in rows]

    def next_due(self, moment: datetime, accept: Callable[[ReviewKey], bool]) -> datetime | None:
        """When the first accepted card not yet due at `moment` falls due; read in due order, stopping there."""
        cursor = self.db.execute(
            "SELECT deck, card, ordinal, due FROM cards WHERE due > ? ORDER BY due", (to_ms(moment),)
        )
        try:
            for deck, card, ordinal, due in cursor:
                if accept(ReviewKey(deck, card, ordinal)):
                    return from_ms(due)
            return None
        finally:
            cursor.close()  # ends the read at once, not whenever the cursor is collected

    def introduced_since(self, moment: datetime) -> int:
        """How many cards had their first review at or after `moment` (the daily new-card count)."""
        return int(self.db.execute("SELECT COUNT(*) FROM cards WHERE introduced >= ?", (to_ms(moment),)).fetchone()[0])

    def notes_reviewed_since(self, moment: datetime) -> set[tuple[str, str]]:
        """(deck, card) of every card with a review at or after `moment`: siblings wait a day."""
        # No DISTINCT: with it SQLite scans the whole log in card order instead of the time range.
        return set(self.db.execute("SELECT deck, card FROM reviews WHERE at >= ?", (to_ms(moment),)))

    def reviews(self, key: ReviewKey | None = None) -> list[Review]:
        """The log, oldest first: of one card, or of all."""
        if key is None:
            rows = self.db.execute(f"SELECT {_REVIEW_COLUMNS} FROM reviews ORDER BY at, id")
        else:
            rows = self.db.execute(
                f"SELECT {_REVIEW_COLUMNS} FROM reviews WHERE deck = ? AND card = ? AND ordinal = ? ORDER BY at, id",
                (key.deck, key.card, key.ordinal),
            )
        return [_review(row) for row in rows]

    def review_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0])

    def leeches(self) -> list[CardRecord]:
        rows = self.db.execute(f"SELECT {_CARD_COLUMNS} FROM cards WHERE leech = 1 ORDER BY deck, card, ordinal")
        return [_card_record(row) for row in rows]

    def reviews_by_deck(self, since: datetime | None = None, until: datetime | None = None) -> dict[str, int]:
        """Reviews per deck at or after `since` and before `until` (after the clock went back, the
        log holds reviews "in the future": they are not today's)."""
        end = to_ms(until) if until is not None else 2**63 - 1
        rows = self.db.execute(
            "SELECT deck, COUNT(*) FROM reviews WHERE at >= ? AND at < ? GROUP BY deck", (_ms_or_0(since), end)
        )
        return dict(rows.fetchall())

    def recall_by_deck(self, since: datetime | None = None) -> dict[str, tuple[int, int]]:
        """Reviews of cards already learned (phase 'review') and how many of them were not failed."""
        rows = self.db.execute(
            """SELECT deck, COUNT(*), SUM(rating > 1) FROM reviews
               WHERE phase = 'review' AND at >= ? GROUP BY deck""",
            (_ms_or_0(since),),
        )
        return {deck: (count, passed) for deck, count, passed in rows}

    def reviewed_between(self, start: datetime, end: datetime) -> bool:
        row = self.db.execute("SELECT 1 FROM reviews WHERE at >= ? AND at < ? LIMIT 1", (to_ms(start), to_ms(end)))
        return row.fetchone() is not None

    def integrity(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])


def _ms_or_0(moment: datetime | None) -> int:
    return to_ms(moment) if moment is not None else 0


def to_ms(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("times given to the store must carry a time zone")
    return round(moment.timestamp() * 1000)


def from_ms(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def _use_wal(db: sqlite3.Connection) -> None:
    """WAL mode (it stays set in the file). Switching needs the file to itself, and SQLite does not
    wait for that: while another process creates the same new store, try again until the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _card_record(row: tuple) -> CardRecord:
    deck, card, ordinal, memory, due, phase, introduced, reviews, lapses, last_lapse_day, leech = row
    return CardRecord(
        key=ReviewKey(deck, card, ordinal),
        memory=memory,
        due=from_ms(due),
        phase=phase,
        introduced=from_ms(introduced),
        reviews=reviews,
        lapses=lapses,
        last_lapse_day=last_lapse_day,
        leech=bool(leech),
    )


def _review(row: tuple) -> Review:
    deck, card, ordinal, at, rating, verdict, answer, confidence, duration_ms, phase, interval_s = row
    return Review(
        key=ReviewKey(deck, card, ordinal),
        at=from_ms(at),
        rating=rating,
        verdict=verdict,
        answer=answer,
        confidence=confidence,
        duration_ms=duration_ms,
        phase=phase,
        interval_s=interval_s,
    )
