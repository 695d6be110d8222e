"""The review store: where it lives, its schema and migrations, one transaction per answer, two writers."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from studydeck.errors import StudydeckError
from studydeck.review import store as store_module
from studydeck.review.store import SCHEMA_VERSION, CardRecord, Review, ReviewKey, Store, data_dir, db_path

KEY = ReviewKey("memory-hour-12", "spindle-length", 1)


def answer(key: ReviewKey, at: datetime, rating: int = 3, due_in: timedelta = timedelta(days=1)):
    """A decide function: whatever the card was, it is now due `due_in` after `at`."""

    def decide(before: CardRecord | None) -> tuple[CardRecord, Review]:
        reviews = before.reviews + 1 if before else 1
        introduced = before.introduced if before else at
        record = CardRecord(key, f'{{"n": {reviews}}}', at + due_in, "review", introduced, reviews=reviews)
        return record, Review(key, at, rating, verdict="correct", answer="x", phase=before.phase if before else "new")

    return decide


# -- where it lives -------------------------------------------------------------------------------


def test_data_dir_follows_each_platform(tmp_path: Path) -> None:
    home = tmp_path
    assert data_dir({}, "linux", home) == home / ".local/share/studydeck"
    assert data_dir({"XDG_DATA_HOME": "/xdg"}, "linux", home) == Path("/xdg/studydeck")
    assert data_dir({"XDG_DATA_HOME": "relative/x"}, "linux", home) == home / ".local/share/studydeck"
    assert data_dir({}, "darwin", home) == home / "Library/Application Support/studydeck"
    assert data_dir({"APPDATA": "C:/Users/me/AppData/Roaming"}, "win32", home) == Path(
        "C:/Users/me/AppData/Roaming/studydeck"
    )
    assert data_dir({}, "win32", home) == home / "AppData/Roaming/studydeck"
    assert data_dir({"STUDYDECK_DATA_DIR": "/d", "XDG_DATA_HOME": "/xdg"}, "linux", home) == Path("/d")


def test_db_path_prefers_the_option_then_the_variable() -> None:
    env = {"STUDYDECK_DATA_DIR": "/data", "STUDYDECK_DB": "/x/reviews.db"}
    assert db_path("/opt/mine.sqlite", env) == Path("/opt/mine.sqlite")
    assert db_path(None, env) == Path("/x/reviews.db")
    assert db_path(None, {"STUDYDECK_DATA_DIR": "/data"}) == Path("/data/reviews.sqlite")


def test_the_data_dir_fixture_keeps_tests_away_from_the_users_store(data_dir: Path) -> None:
    assert db_path() == data_dir / "reviews.sqlite"


# -- schema ---------------------------------------------------------------------------------------


def test_a_new_store_has_the_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "reviews.sqlite"
    with Store.open(path) as s:
        assert s.version == SCHEMA_VERSION
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.integrity() == "ok"
    with Store.open(path) as s:  # opening again changes nothing
        assert s.version == SCHEMA_VERSION


def test_migrations_run_in_order_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "reviews.sqlite"
    with Store.open(path) as s:
        s.record(KEY, answer(KEY, datetime(2026, 1, 1, tzinfo=timezone.utc)))
    ran: list[int] = []

    def add_notes_column(db: sqlite3.Connection) -> None:
        ran.append(2)
        db.execute("ALTER TABLE cards ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, add_notes_column))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    for _ in range(2):
        with Store.open(path) as s:
            assert s.version == SCHEMA_VERSION + 1
            assert s.card(KEY) is not None  # the data survives, and named columns still read
    assert ran == [2]


def test_a_store_from_a_newer_studydeck_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "reviews.sqlite"
    with Store.open(path) as s:
        s.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StudydeckError, match="newer than this studydeck"):
        Store.open(path)


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StudydeckError, match="not a usable review store") as e:
        Store.open(path)
    assert str(path) in str(e.value)
    assert path.read_text().startswith("these are my notes")


def test_a_store_in_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StudydeckError, match="cannot open the review store"):
        Store.open(blocker / "reviews.sqlite")


# -- answers --------------------------------------------------------------------------------------


def test_an_answer_is_stored_with_its_card(tmp_path: Path, now: datetime) -> None:
    with Store.open(tmp_path / "r.sqlite") as s:
        first = s.record(KEY, answer(KEY, now))
        second = s.record(KEY, answer(KEY, now + timedelta(days=1), rating=4))
        assert (first.reviews, second.reviews) == (1, 2)
        assert s.card(KEY) == second
        assert second.introduced == now
        log = s.reviews(KEY)
        assert [r.rating for r in log] == [3, 4]
        assert [r.at for r in log] == [now, now + timedelta(days=1)]
        assert [r.phase for r in log] == ["new", "review"]
    with Store.open(tmp_path / "r.sqlite") as s:  # committed, not just in memory
        assert s.review_count() == 2


def test_an_answer_that_fails_half_way_leaves_nothing(tmp_path: Path, now: datetime) -> None:
    def broken(before: CardRecord | None) -> tuple[CardRecord, Review]:
        record, review = answer(KEY, now)(before)
        return record, Review(KEY, now, rating=9)  # refused by the CHECK constraint, after the card was saved

    with Store.open(tmp_path / "r.sqlite") as s:
        with pytest.raises(sqlite3.IntegrityError):
            s.record(KEY, broken)
        assert s.card(KEY) is None and s.review_count() == 0
        s.record(KEY, answer(KEY, now))  # and the store is usable afterwards
        assert s.review_count() == 1


def test_decide_sees_what_another_process_stored_meanwhile(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "r.sqlite"
    with Store.open(path) as mine, Store.open(path) as theirs:
        mine.record(KEY, answer(KEY, now))
        theirs.record(KEY, answer(KEY, now + timedelta(minutes=1)))
        seen: list[int] = []

        def decide(before: CardRecord | None) -> tuple[CardRecord, Review]:
            seen.append(before.reviews if before else 0)
            return answer(KEY, now + timedelta(minutes=2))(before)

        assert mine.record(KEY, decide).reviews == 3
        assert seen == [2]


def test_due_queries(tmp_path: Path, now: datetime) -> None:
    other = ReviewKey("memory-hour-12", "naps-and-recall", 2)
    with Store.open(tmp_path / "r.sqlite") as s:
        s.record(KEY, answer(KEY, now - timedelta(days=3), due_in=timedelta(days=2)))
        s.record(other, answer(other, now, due_in=timedelta(days=5)))
        schedule = s.schedule()
        assert schedule[KEY] == (store_module.to_ms(now - timedelta(days=1)), False)
        assert set(schedule) == {KEY, other}
        assert s.introduced_since(now - timedelta(hours=1)) == 1
        assert s.notes_reviewed_since(now - timedelta(hours=1)) == {("memory-hour-12", "naps-and-recall")}
        assert s.reviewed_between(now, now + timedelta(seconds=1))
        assert not s.reviewed_between(now - timedelta(days=2), now - timedelta(days=1))


def test_next_due_skips_cards_the_caller_does_not_want(tmp_path: Path, now: datetime) -> None:
    soon, later = ReviewKey("deck", "gone", 0), ReviewKey("deck", "kept", 0)
    with Store.open(tmp_path / "r.sqlite") as s:
        s.record(soon, answer(soon, now, due_in=timedelta(hours=1)))
        s.record(later, answer(later, now, due_in=timedelta(hours=5)))
        assert s.next_due(now, lambda key: True) == now + timedelta(hours=1)
        assert s.next_due(now, lambda key: key != soon) == now + timedelta(hours=5)
        assert s.next_due(now + timedelta(hours=6), lambda key: True) is None
        assert [k for k, _, _ in s.due_by(now + timedelta(hours=2))] == [soon]
        s.record(soon, answer(soon, now))  # the read above is over: writing is not blocked


def test_times_must_carry_a_zone(tmp_path: Path, now: datetime) -> None:
    with Store.open(tmp_path / "r.sqlite") as s, pytest.raises(ValueError, match="time zone"):
        s.record(KEY, answer(KEY, now.replace(tzinfo=None)))


# -- two writers ----------------------------------------------------------------------------------


def _hammer(path: str, worker: int, count: int) -> None:
    start = datetime(2026, 1, 15, tzinfo=timezone.utc)
    with Store.open(path) as s:
        for n in range(count):
            key = ReviewKey("deck", f"card-{n % 7}", worker)
            shared = ReviewKey("deck", "shared", 0)
            s.record(key, answer(key, start + timedelta(seconds=n)))
            s.record(shared, answer(shared, start + timedelta(seconds=n)))


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "r.sqlite")
    Store.open(path).close()
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_hammer, args=(path, w, 150)) for w in (1, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
        assert w.exitcode == 0
    with Store.open(path) as s:
        assert s.integrity() == "ok"
        assert s.review_count() == 2 * 150 * 2
        # Each writer read the shared card's state inside its transaction, so no increment was lost.
        assert s.card(ReviewKey("deck", "shared", 0)).reviews == 300


def test_many_openers_of_one_new_store_at_once_all_get_it(tmp_path: Path) -> None:
    """Switching a new file to WAL can fail at once, not after the busy timeout, when another
    connection does the same: every opener must still get the store (100 rounds of 6 at once)."""
    failures: list[str] = []

    def open_at(path: Path, barrier: threading.Barrier) -> None:
        barrier.wait()
        try:
            Store.open(path).close()
        except StudydeckError as e:
            failures.append(str(e))

    for round_ in range(100):
        barrier = threading.Barrier(6)
        path = tmp_path / f"{round_}.sqlite"
        openers = [threading.Thread(target=open_at, args=(path, barrier)) for _ in range(6)]
        for t in openers:
            t.start()
        for t in openers:
            t.join()
    assert failures == []


# -- undo and bury --------------------------------------------------------------------------------


def test_undo_takes_the_last_answer_back(tmp_path: Path) -> None:
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    other = ReviewKey("memory-hour-12", "other-card", 1)
    with Store.open(tmp_path / "r.sqlite") as s:
        s.record(KEY, answer(KEY, at))
        before = s.card(KEY)
        s.record(other, answer(other, at))
        s.record(KEY, answer(KEY, at + timedelta(days=1), rating=1, due_in=timedelta(minutes=1)))
        s.undo(KEY, before)
        assert s.card(KEY) == before and [r.at for r in s.reviews(KEY)] == [at]
        s.undo(KEY, None)  # the card was new: it is new again
        assert s.card(KEY) is None and s.reviews(KEY) == []
        assert len(s.reviews(other)) == 1 and s.card(other) is not None  # other cards untouched


def test_a_buried_card_is_buried_until_the_time_given(tmp_path: Path) -> None:
    at = datetime(2026, 1, 1, 12, tzinfo=timezone.utc)
    with Store.open(tmp_path / "r.sqlite") as s:
        s.bury(KEY, at + timedelta(hours=16))
        assert s.buried_at(at) == {KEY}
        assert s.buried_at(at + timedelta(hours=16)) == set()
        assert s.card(KEY) is None  # its schedule (here: none yet) is not touched
