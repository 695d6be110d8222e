"""Issue 14, quiz and stats: hostile options, clocks, answers and stores give one clear line, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.cli import cli

from ..conftest import FIXTURES

pytestmark = pytest.mark.usefixtures("utc_days")


@pytest.fixture
def decks(tmp_path: Path) -> Path:
    folder = tmp_path / "hive"
    folder.mkdir()
    shutil.copy(FIXTURES / "quiz" / "hive-minds.yaml", folder)
    return folder


def quiz(args: list[str], lines: list[str], env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, ["quiz", *args], input="".join(f"{line}\n" for line in lines), env=env)


# -- options and clocks (point 13) ----------------------------------------------------------


@pytest.mark.parametrize("option", [["--retention", "nan"], ["--minutes", "nan"], ["--minutes", "inf"]])
def test_nan_and_infinity_are_usage_errors(decks: Path, data_dir: Path, option: list[str]) -> None:
    result = quiz([str(decks), *option], ["x", "3"])
    assert result.exit_code == 2 and "is not a number" in result.output
    assert not (data_dir / "reviews.sqlite").exists()


@pytest.mark.parametrize("command", ["quiz", "stats"])
@pytest.mark.parametrize("when", ["9999-12-31T23:00:00", "0001-01-01T00:00:00+00:00"])
def test_a_clock_at_the_ends_of_time_is_a_clear_error(decks: Path, data_dir: Path, command: str, when: str) -> None:
    result = CliRunner().invoke(cli, [command, str(decks)], input="x\n3\n", env={"STUDYDECK_NOW": when})
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "STUDYDECK_NOW" in result.stderr and "between the years 1970 and 9000" in result.stderr


def test_a_clock_far_ahead_still_schedules(decks: Path, data_dir: Path, now: datetime) -> None:
    result = quiz([str(decks), "--cards", "1"], ["x", "4"], env={"STUDYDECK_NOW": "8999-12-31T12:00:00+00:00"})
    assert result.exit_code == 0, result.output


# -- answers (point 10) ---------------------------------------------------------------------


def test_an_answer_that_is_not_utf8_is_graded_not_a_crash(decks: Path, data_dir: Path) -> None:
    result = CliRunner().invoke(
        cli, ["quiz", str(decks), "--cards", "1"], input=b"caf\xe9\n3\n", env={"STUDYDECK_NOW": "2026-01-15T09:30:00"}
    )
    assert result.exit_code == 0, result.output
    assert "caf\ufffd" in result.output and "Session done: 1 answer" in result.output


# -- control characters on the terminal (point 5) --------------------------------------------


def test_a_typed_escape_sequence_is_never_echoed_raw(decks: Path, data_dir: Path) -> None:
    answer = "\x1b[2J\x1b]0;pwned\x07\x9b31m"
    result = quiz([str(decks), "--cards", "1"], [answer, "1"], env={"STUDYDECK_NOW": "2026-01-15T09:30:00"})
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output
    assert "␛[2J␛]0;pwned" in result.output  # shown, as visible symbols


def test_the_consoles_show_control_characters_from_any_source_as_symbols() -> None:
    import io

    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from studydeck import ui

    out = io.StringIO()
    console, _ = ui.consoles(out)
    table = Table()
    table.add_column("deck")
    table.add_row("evil\x1b[2J")
    console.print(Text("a\x1bb\x7fc\x85d\te\nf"), Panel(Text("p\x1b]8;;http://x\x1b\\"), title="t\x1b"), table)
    printed = out.getvalue()
    assert not any(c in printed for c in "\x1b\x7f\x85")
    assert "a␛b␡c�d" in printed and "p␛]8;;http://x␛\\" in printed and "f" in printed


# -- a damaged, read-only, full or busy store (point 9) -----------------------------------------

NOW = {"STUDYDECK_NOW": "2026-01-15T09:30:00"}


def first_session(decks: Path, data_dir: Path) -> Path:
    """A store with one answer in it (the first card, rated Good): the store a learner has."""
    result = quiz([str(decks), "--cards", "1"], ["x", "3"], env=NOW)
    assert result.exit_code == 0, result.output
    return data_dir / "reviews.sqlite"


def assert_clear_error(result, *words: str) -> None:  # noqa: ANN001
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and all(w in lines[0] for w in words), result.stderr
    assert "answer (Enter" not in result.output  # said before the first card


def test_a_store_with_garbage_in_a_page_is_a_clear_error(decks: Path, data_dir: Path) -> None:
    store = first_session(decks, data_dir)
    with sqlite3.connect(store) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(store.read_bytes())
    page = 4096
    data[page : 3 * page] = b"\xde\xad\xbe\xef" * (page // 2)  # the pages after the header
    store.write_bytes(bytes(data))
    for command in (["quiz", str(decks)], ["stats", str(decks)]):
        result = CliRunner().invoke(cli, command, input="x\n3\n", env=NOW)
        assert_clear_error(result, str(store), "review store")


def test_a_store_at_version_1_without_tables_is_a_clear_error(decks: Path, data_dir: Path) -> None:
    store = data_dir / "reviews.sqlite"
    with sqlite3.connect(store) as db:
        db.execute("PRAGMA user_version = 1")
    assert_clear_error(quiz([str(decks)], ["x", "3"], env=NOW), str(store), "not a usable review store", "no tables")


def test_a_saved_state_that_is_not_json_is_a_clear_error(decks: Path, data_dir: Path) -> None:
    store = first_session(decks, data_dir)
    with sqlite3.connect(store) as db:
        db.execute("UPDATE cards SET memory = '{not json'")
    later = {"STUDYDECK_NOW": "2026-03-15T09:30:00"}  # the card is due again
    result = CliRunner().invoke(cli, ["quiz", str(decks), "--new", "0"], input="x\n3\n", env=later)
    assert_clear_error(result, str(store), "saved state", "damaged")


def test_a_busy_store_is_a_clear_error_before_the_first_card(
    decks: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studydeck.review import store as review_store

    path = first_session(decks, data_dir)
    monkeypatch.setattr(review_store, "BUSY_TIMEOUT_MS", 200)  # the 10 s of a real session, shortened
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another quiz, saving an answer forever
    try:
        assert_clear_error(quiz([str(decks)], ["x", "3"], env=NOW), str(path), "busy", "close the other quiz")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_full_disk_at_commit_says_which_answer_was_not_saved(
    decks: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studydeck.review.store import Store

    real_log = Store._log
    calls = 0

    def log_then_full(self: Store, review: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise sqlite3.OperationalError("database or disk is full")
        real_log(self, review)

    monkeypatch.setattr(Store, "_log", log_then_full)
    result = quiz([str(decks), "--cards", "3"], ["x", "3", "y", "3", "z", "3"], env=NOW)
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    (line,) = result.stderr.strip().splitlines()
    assert "was not saved (database or disk is full)" in line and "your answer to hive-minds-4/" in line
    with Store.open(data_dir / "reviews.sqlite") as db:
        assert db.review_count() == 1  # the first answer was kept


# -- stats after the clock went back (point 16) ------------------------------------------------


def test_stats_do_not_count_reviews_dated_after_today_as_todays(decks: Path, data_dir: Path) -> None:
    import json

    first_session(decks, data_dir)  # one answer on 2026-01-15
    back = {"STUDYDECK_NOW": "2026-01-10T09:30:00"}  # the clock went back five days
    result = CliRunner().invoke(cli, ["stats", str(decks), "--json"], env=back)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["reviews_today"] == 0 and figures["reviews"] == 1


def test_a_read_only_store_is_a_clear_error_before_the_first_card(
    decks: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studydeck.review import store as review_store

    path = first_session(decks, data_dir)
    real = sqlite3.connect

    def read_only(database: object, **options: object) -> sqlite3.Connection:
        # As a file without write permission opens (the tests run as root, which file modes do not stop).
        return real(f"file:{database}?mode=ro", uri=True, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(review_store.sqlite3, "connect", read_only)
    result = quiz([str(decks)], ["x", "3"], env=NOW)
    assert_clear_error(result, str(path), "read-only", "no answer could be saved")
