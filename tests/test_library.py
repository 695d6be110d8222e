"""Decks as review cards, and the deck cache: same result as parsing, re-parsed when anything changes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from studydeck import deckfile, library
from studydeck.library import Library, load, review_keys
from studydeck.store import ReviewKey

FIXTURES = Path(__file__).parent / "fixtures" / "quiz"


@pytest.fixture
def decks_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    shutil.copytree(FIXTURES, folder)
    return folder


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def parsed(folder: Path) -> list:
    decks, problems = deckfile.load_all([folder])
    assert not problems
    return decks


def test_review_keys_are_one_per_deletion_number(decks_dir: Path) -> None:
    hive = next(d for d in parsed(decks_dir) if d.key == "hive-minds-4")
    assert [(k.card, k.ordinal) for k in review_keys(hive)] == [
        ("bee-sleep-hours", 1),
        ("route-memory-region", 1),
        ("replay-signal", 1),
        ("waggle-dance", 1),
        ("waggle-dance", 2),
        ("learning-transmitter", 0),
    ]


def test_a_cached_load_gives_what_parsing_gives(decks_dir: Path, cache: Path) -> None:
    expected = parsed(decks_dir)
    for attempt in ("cold", "warm"):
        lib, problems = load([decks_dir], cache)
        assert not problems, attempt
        assert [s.deck() for s in lib.shelves] == expected
        assert [s.deck().path for s in lib.shelves] == [d.path for d in expected]
        assert [c.line for s in lib.shelves for c in s.deck().cards] == [c.line for d in expected for c in d.cards]
        assert list(lib.keys()) == [k for d in expected for k in review_keys(d)]
    assert len(list(cache.glob("*.index.json"))) == len(list(cache.glob("*.deck.json"))) == 2


def test_a_warm_start_reads_no_yaml(decks_dir: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load([decks_dir], cache)
    monkeypatch.setattr(deckfile, "parse", lambda *a: pytest.fail("parsed a deck that had not changed"))
    lib, _ = load([decks_dir], cache)
    assert lib.item(ReviewKey("night-shift-9", "trial-drug", 0)).card.back == "Ambien (zolpidem)"


def test_an_edited_deck_is_parsed_again(decks_dir: Path, cache: Path) -> None:
    load([decks_dir], cache)
    deck = decks_dir / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back: about 100"))
    lib, _ = load([decks_dir], cache)
    assert lib.item(ReviewKey("night-shift-9", "light-dose", 0)).card.back == "about 100"


def test_a_deck_with_problems_is_reported_every_time_and_never_cached(decks_dir: Path, cache: Path) -> None:
    deck = decks_dir / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back:"))
    for _ in range(2):
        lib, problems = load([decks_dir], cache)
        assert [str(p) for p in problems] == [str(p) for p in deckfile.load_all([decks_dir])[1]]
        assert problems and [s.key for s in lib.shelves] == ["hive-minds-4"]
    assert len(list(cache.glob("*.index.json"))) == 1


def test_duplicate_deck_keys_are_reported_as_the_loader_words_them(decks_dir: Path, cache: Path) -> None:
    shutil.copy(decks_dir / "night-shift.yaml", decks_dir / "night-shift-copy.yaml")
    lib, problems = load([decks_dir], cache)
    assert problems == deckfile.load_all([decks_dir])[1] and "also used by" in problems[0].message
    assert not lib.shelves


def test_an_unreadable_path_is_a_problem(tmp_path: Path, cache: Path) -> None:
    _, problems = load([tmp_path / "missing.yaml"], cache)
    assert problems == deckfile.load_all([tmp_path / "missing.yaml"])[1]


def test_a_new_parser_voids_the_cache(decks_dir: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load([decks_dir], cache)
    monkeypatch.setattr(library, "CACHE_FORMAT", library.CACHE_FORMAT + 1)
    calls = []
    real = deckfile.parse
    monkeypatch.setattr(deckfile, "parse", lambda *a: calls.append(a[1]) or real(*a))
    load([decks_dir], cache)
    assert len(calls) == 2


def test_a_damaged_or_cleared_cache_falls_back_to_the_deck_file(decks_dir: Path, cache: Path) -> None:
    load([decks_dir], cache)
    for index in cache.glob("*.index.json"):
        index.write_text("{not json")
    lib, problems = load([decks_dir], cache)
    assert not problems and [s.deck() for s in lib.shelves] == parsed(decks_dir)
    lib, _ = load([decks_dir], cache)
    for whole in cache.glob("*.deck.json"):
        whole.unlink()  # as if another process pruned it after this one read the index
    assert lib.item(ReviewKey("hive-minds-4", "waggle-dance", 2)).prompt.endswith("the [...] of the food.")


def test_unused_entries_are_pruned(decks_dir: Path, cache: Path) -> None:
    load([decks_dir], cache)
    stale = cache / "0123.index.json"
    stale.write_text("{}")
    month_ago = os.stat(stale).st_mtime - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    load([decks_dir], cache, now=month_ago + 31 * 86400)
    assert not stale.exists() and len(list(cache.glob("*.json"))) == 4


def test_an_unwritable_cache_only_costs_time(decks_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    lib, problems = load([decks_dir], blocker / "cache")
    assert not problems and len(lib.shelves) == 2


def test_find_follows_the_loader(decks_dir: Path) -> None:
    (decks_dir / "notes.txt").write_text("not a deck")
    (decks_dir / "more.yml").write_text("deck: x\n")
    (decks_dir / "sub.yaml").mkdir()
    paths = [decks_dir, decks_dir / "night-shift.yaml", decks_dir / "missing.yaml"]
    assert library.find(paths) == deckfile.find(paths)


def test_items_from_decks_in_memory(decks_dir: Path) -> None:
    lib = Library.of(parsed(decks_dir))
    item = lib.item(ReviewKey("night-shift-9", "nap-length", 1))
    assert item.prompt.startswith("A nap before a night shift should last about [...] minutes")
    assert item.answers == ["twenty"] and item.deck.name == "Test Podcasts::Night Shift::Sleeping by day"
    assert len(lib.items()) == 9
