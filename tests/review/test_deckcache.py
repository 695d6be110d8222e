"""The deck cache: a deck file checked once is not parsed again, its problems included, until its
bytes or the parser change; a damaged, stale or unwritable cache only costs time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studydeck.deck import deckfile
from studydeck.review import deckcache
from studydeck.review.loading import load

from ..conftest import never_parse, parsed


def test_a_deck_with_problems_is_reported_every_time_without_parsing_it_again(
    quiz_decks: Path, deck_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deck = quiz_decks / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back:"))
    expected = [str(p) for p in deckfile.load_all([quiz_decks])[1]]
    for attempt in ("cold", "warm"):
        lib, problems = load([quiz_decks], deck_cache)
        assert [str(p) for p in problems] == expected, attempt
        assert [s.key for s in lib.shelves] == ["hive-minds-4"]
        never_parse(monkeypatch)
    assert len(list(deck_cache.glob("*.index"))) == 2 and len(list(deck_cache.glob("*.deck"))) == 1


def test_cached_problems_name_the_path_the_deck_has_now(quiz_decks: Path, deck_cache: Path) -> None:
    deck = quiz_decks / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back:"))
    load([quiz_decks], deck_cache)
    moved = deck.rename(quiz_decks / "moved.yaml")
    _, problems = load([quiz_decks], deck_cache)
    assert problems and {p.path for p in problems} == {str(moved)}


def test_a_new_parser_voids_the_cache(quiz_decks: Path, deck_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load([quiz_decks], deck_cache)
    monkeypatch.setattr(deckcache, "CACHE_FORMAT", deckcache.CACHE_FORMAT + 1)
    calls = []
    real = deckfile.parse
    monkeypatch.setattr(deckfile, "parse", lambda *a: calls.append(a[1]) or real(*a))
    load([quiz_decks], deck_cache)
    assert len(calls) == 2


def test_a_damaged_cache_falls_back_to_the_deck_file(quiz_decks: Path, deck_cache: Path) -> None:
    lib, _ = load([quiz_decks], deck_cache)
    [s.deck() for s in lib.shelves]
    for entry in deck_cache.iterdir():
        entry.write_bytes(b"\x00 not marshal")
    lib, problems = load([quiz_decks], deck_cache)
    assert not problems and [s.deck() for s in lib.shelves] == parsed(quiz_decks)


def test_an_index_without_its_deck_is_not_used(
    quiz_decks: Path, deck_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load([quiz_decks], deck_cache)
    for whole in deck_cache.glob("*.deck"):
        whole.unlink()
    calls = []
    real = deckfile.parse
    monkeypatch.setattr(deckfile, "parse", lambda *a: calls.append(a[1]) or real(*a))
    lib, problems = load([quiz_decks], deck_cache)
    assert not problems and len(calls) == 2 and len(list(deck_cache.glob("*.deck"))) == 2


def test_unused_entries_are_pruned(quiz_decks: Path, deck_cache: Path) -> None:
    load([quiz_decks], deck_cache)
    stale = deck_cache / "0123.index"
    stale.write_text("{}")
    month_ago = os.stat(stale).st_mtime - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    load([quiz_decks], deck_cache, now=month_ago + 31 * 86400)
    assert not stale.exists() and len(list(deck_cache.iterdir())) == 4


def test_an_unwritable_cache_only_costs_time(quiz_decks: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    lib, problems = load([quiz_decks], blocker / "cache")
    assert not problems and len(lib.shelves) == 2
