"""Progress figures: due today and each of the next 7 days, reviews, retention, streak, leeches, per deck."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.deck import deckfile
from studydeck.review.library import Library
from studydeck.review.stats import compute, streak
from studydeck.review.store import CardRecord, Review, ReviewKey, Store

from ..conftest import FIXTURES

QUIZ_DECKS = FIXTURES / "quiz"
HIVE, NIGHT = "hive-minds-4", "night-shift-9"
SLEEP = ReviewKey(HIVE, "bee-sleep-hours", 1)
ROUTE = ReviewKey(HIVE, "route-memory-region", 1)
WAGGLE = ReviewKey(HIVE, "waggle-dance", 2)
DRUG = ReviewKey(NIGHT, "trial-drug", 0)
GONE = ReviewKey(HIVE, "a-card-since-deleted", 0)


pytestmark = pytest.mark.usefixtures("utc_days")


def put(db: Store, key: ReviewKey, due: datetime, reviews: list[tuple[datetime, int, str]], **fields) -> None:
    """Store a card as if these reviews (time, rating, phase before) had been given."""
    for n, (at, rating, phase) in enumerate(reviews):
        last = n == len(reviews) - 1

        def decide(before: CardRecord | None, at=at, rating=rating, phase=phase, last=last):
            record = CardRecord(
                key, "{}", due, "review", before.introduced if before else at, **(fields if last else {})
            )
            return record, Review(key, at, rating, phase=phase)

        db.record(key, decide)


@pytest.fixture
def library(quiz_decks: Path, data_dir: Path, now: datetime) -> Store:
    """Four stored cards of the decks and one whose card was deleted, over the past days."""
    db = Store.open(data_dir / "reviews.sqlite")
    day = timedelta(days=1)
    put(db, SLEEP, now - 2 * day, [(now - 9 * day, 3, "new"), (now - 2 * day, 1, "review")], lapses=4, leech=True)
    put(db, ROUTE, now + timedelta(hours=10), [(now - 2 * day, 3, "new"), (now - day, 3, "review")])
    put(db, WAGGLE, now + 3 * day, [(now - day, 3, "new"), (now - timedelta(hours=1), 4, "review")])
    put(db, DRUG, now + 3 * day + timedelta(hours=1), [(now - 40 * day, 3, "new"), (now - 35 * day, 1, "review")])
    put(db, GONE, now - day, [(now - 3 * day, 3, "new")])
    yield db
    db.close()


def decks(folder: Path) -> Library:
    found, problems = deckfile.load_all([folder])
    assert not problems
    return Library.of(found)


def test_figures(library: Store, quiz_decks: Path, now: datetime) -> None:
    stats = compute(library, decks(quiz_decks), now)
    assert stats.today == "2026-01-15"
    # Due today: the overdue leech, and the card due at 19:30 (the day runs to 4 am tomorrow).
    assert stats.due_today == 2
    assert [(d.date, d.due) for d in stats.forecast] == [
        ("2026-01-16", 0),
        ("2026-01-17", 0),
        ("2026-01-18", 2),
        ("2026-01-19", 0),
        ("2026-01-20", 0),
        ("2026-01-21", 0),
        ("2026-01-22", 0),
    ]
    assert (stats.reviews, stats.reviews_today) == (9, 1)
    # Retention: reviews of learned cards in the last 30 days: 2 of 3 recalled (the 35-day-old lapse is out).
    assert (stats.retention, stats.retention_reviews) == (0.6667, 3)
    assert stats.streak == 4  # today, and the three days before
    assert [(leech.card, leech.lapses) for leech in stats.leeches] == [("bee-sleep-hours", 4)]
    assert stats.leeches[0].where.endswith("hive-minds.yaml:12")
    assert stats.not_in_decks == 1
    hive, night = stats.decks
    assert (hive.key, hive.cards, hive.new, hive.due_today, hive.reviews, hive.leeches) == (HIVE, 6, 3, 2, 7, 1)
    assert hive.retention == 0.6667
    assert (night.key, night.cards, night.new, night.due_today, night.reviews, night.retention) == (
        NIGHT,
        3,
        2,
        0,
        2,
        None,
    )


def test_an_empty_store(quiz_decks: Path, data_dir: Path, now: datetime) -> None:
    with Store.open(data_dir / "r.sqlite") as db:
        stats = compute(db, decks(quiz_decks), now)
    assert (stats.due_today, stats.reviews, stats.retention, stats.streak, stats.not_in_decks) == (0, 0, None, 0, 0)
    assert [d.new for d in stats.decks] == [6, 3]


def test_the_streak_counts_days_in_a_row(data_dir: Path, now: datetime) -> None:
    with Store.open(data_dir / "r.sqlite") as db:
        today = now.date()
        assert streak(db, today) == 0
        for days_ago in (1, 2, 4):  # a gap three days ago
            key = ReviewKey("d", f"c{days_ago}", 0)
            put(db, key, now, [(now - timedelta(days=days_ago), 3, "new")])
        assert streak(db, today) == 2, "not studied yet today: the streak still stands"
        put(db, ReviewKey("d", "today", 0), now, [(now, 3, "new")])
        assert streak(db, today) == 3
        assert streak(db, today + timedelta(days=2)) == 0


def test_stats_json_gives_the_figures(library: Store, quiz_decks: Path, now: datetime, monkeypatch) -> None:
    monkeypatch.setenv("STUDYDECK_NOW", now.isoformat())
    result = CliRunner().invoke(cli, ["stats", str(quiz_decks), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {
        "today",
        "due_today",
        "forecast",
        "reviews",
        "reviews_today",
        "retention",
        "retention_reviews",
        "streak",
        "leeches",
        "decks",
        "not_in_decks",
    }
    assert (
        data["due_today"] == 2
        and len(data["forecast"]) == 7
        and data["forecast"][2]
        == {
            "date": "2026-01-18",
            "due": 2,
        }
    )
    assert data["leeches"][0]["card"] == "bee-sleep-hours" and data["streak"] == 4
    assert [d["key"] for d in data["decks"]] == [HIVE, NIGHT] and data["decks"][0]["due_today"] == 2


def test_the_terminal_view_draws_the_forecast(library: Store, quiz_decks: Path, now: datetime, monkeypatch) -> None:
    monkeypatch.setenv("STUDYDECK_NOW", now.isoformat())
    result = CliRunner().invoke(cli, ["stats", str(quiz_decks)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    chart = lines[lines.index("Due") + 1 : lines.index("Due") + 9]
    assert [line.split()[0] for line in chart] == ["today", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed", "Thu"]
    bars = {line.split()[0]: line.count("█") for line in chart}
    assert bars["today"] == bars["Sun"] == 30 and bars["Fri"] == 0
    assert chart[0].rstrip().endswith(" 2") and chart[1].rstrip().endswith(" 0")
    out = result.output
    assert "Reviews: 9 (1 today) · retention, last 30 days: 67% of 3 · streak: 4 days" in out
    assert "Leech: hive-minds-4/bee-sleep-hours/c1, failed on 4 days:" in out
    assert "1 card in the store is no longer in any deck given; their history is kept." in out


def test_stats_needs_valid_decks(quiz_decks: Path, data_dir: Path) -> None:
    (quiz_decks / "broken.yaml").write_text("deck: X\nkey: [oops\n")
    result = CliRunner().invoke(cli, ["stats", str(quiz_decks)])
    assert result.exit_code == 1 and "broken.yaml:2:" in result.stderr and "Traceback" not in result.output


def test_the_table_keeps_to_80_columns_with_a_long_deck_name(library: Store, quiz_decks: Path, now: datetime) -> None:
    import io

    from rich.console import Console

    from studydeck import ui

    deck = quiz_decks / "hive-minds.yaml"
    long_name = "Podcasts::Huberman Lab::How to Improve at Learning Using Neuroscience & AI with Dr. Terry Sejnowski"
    deck.write_text(deck.read_text().replace("deck: Test Podcasts::Hive Minds::Bees that learn", f"deck: {long_name}"))
    console = Console(file=io.StringIO(), width=80, color_system=None)
    ui.render_stats(console, compute(library, decks(quiz_decks), now))
    lines = console.file.getvalue().splitlines()
    header = next(line for line in lines if line.lstrip().startswith("deck"))
    assert "review" in lines[lines.index(header) - 1] and "cards" in header and "retention" in header
    rows = [line for line in lines if "How to Improve" in line or "Sleeping by day" in line]
    assert len(rows) == 2, lines  # one line each: the last level, cut short, no wrapping
    assert all(len(line) <= 80 for line in lines)
    assert "Podcasts::" not in "".join(rows) and "How to Improve at Lea…" in rows[0] + rows[1]
