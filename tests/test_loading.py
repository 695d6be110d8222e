"""The deck cache: a load gives what parsing gives, parses again when anything changed, and splits
many changed decks among worker processes with the same result."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from studydeck import deckcache, deckfile
from studydeck.deckcache import load
from studydeck.library import review_keys
from studydeck.store import ReviewKey


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def parsed(folder: Path) -> list:
    decks, problems = deckfile.load_all([folder])
    assert not problems
    return decks


def test_a_cached_load_gives_what_parsing_gives(quiz_decks: Path, cache: Path) -> None:
    expected = parsed(quiz_decks)
    for attempt in ("cold", "warm"):
        lib, problems = load([quiz_decks], cache)
        assert not problems, attempt
        assert [s.deck() for s in lib.shelves] == expected
        assert [s.deck().path for s in lib.shelves] == [d.path for d in expected]
        assert [c.line for s in lib.shelves for c in s.deck().cards] == [c.line for d in expected for c in d.cards]
        assert list(lib.keys()) == [k for d in expected for k in review_keys(d)]
    assert len(list(cache.glob("*.deck"))) == len(list(cache.glob("*.index"))) == 2


def test_a_warm_start_parses_nothing(quiz_decks: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load([quiz_decks], cache)
    monkeypatch.setattr(deckfile, "parse", lambda *a: pytest.fail("parsed a deck that had not changed"))
    lib, _ = load([quiz_decks], cache)
    assert lib.item(ReviewKey("night-shift-9", "trial-drug", 0)).card.back == "Ambien (zolpidem)"


def test_a_deck_missing_from_the_cache_is_parsed_when_its_card_shows(
    quiz_decks: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load([quiz_decks], cache)
    parsed_paths = []
    real = deckfile.parse
    monkeypatch.setattr(deckfile, "parse", lambda data, path: parsed_paths.append(path) or real(data, path))
    lib, _ = load([quiz_decks], cache)
    assert parsed_paths == []
    for whole in cache.glob("*.deck"):
        whole.unlink()  # as if another process cleared them after this one read the indexes
    assert lib.item(ReviewKey("night-shift-9", "light-dose", 0)).card.back == "100"
    assert lib.item(ReviewKey("night-shift-9", "trial-drug", 0)).card.back == "Ambien (zolpidem)"
    assert parsed_paths == [str(quiz_decks / "night-shift.yaml")]
    assert len(list(cache.glob("*.deck"))) == 1


def test_an_edited_deck_is_parsed_again(quiz_decks: Path, cache: Path) -> None:
    load([quiz_decks], cache)
    deck = quiz_decks / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back: about 100"))
    lib, _ = load([quiz_decks], cache)
    assert lib.item(ReviewKey("night-shift-9", "light-dose", 0)).card.back == "about 100"


def test_a_deck_with_problems_is_reported_every_time_and_never_cached(quiz_decks: Path, cache: Path) -> None:
    deck = quiz_decks / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back:"))
    for _ in range(2):
        lib, problems = load([quiz_decks], cache)
        assert [str(p) for p in problems] == [str(p) for p in deckfile.load_all([quiz_decks])[1]]
        assert problems and [s.key for s in lib.shelves] == ["hive-minds-4"]
    assert len(list(cache.glob("*.index"))) == len(list(cache.glob("*.deck"))) == 1


def test_duplicate_deck_keys_are_reported_as_the_loader_words_them(quiz_decks: Path, cache: Path) -> None:
    shutil.copy(quiz_decks / "night-shift.yaml", quiz_decks / "night-shift-copy.yaml")
    lib, problems = load([quiz_decks], cache)
    assert problems == deckfile.load_all([quiz_decks])[1] and "also used by" in problems[0].message
    assert not lib.shelves


def test_an_unreadable_path_is_a_problem(tmp_path: Path, cache: Path) -> None:
    _, problems = load([tmp_path / "missing.yaml"], cache)
    assert problems == deckfile.load_all([tmp_path / "missing.yaml"])[1]


def test_a_new_parser_voids_the_cache(quiz_decks: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load([quiz_decks], cache)
    monkeypatch.setattr(deckcache, "CACHE_FORMAT", deckcache.CACHE_FORMAT + 1)
    calls = []
    real = deckfile.parse
    monkeypatch.setattr(deckfile, "parse", lambda *a: calls.append(a[1]) or real(*a))
    load([quiz_decks], cache)
    assert len(calls) == 2


def test_a_damaged_cache_falls_back_to_the_deck_file(quiz_decks: Path, cache: Path) -> None:
    lib, _ = load([quiz_decks], cache)
    [s.deck() for s in lib.shelves]
    for entry in cache.iterdir():
        entry.write_bytes(b"\x00 not marshal")
    lib, problems = load([quiz_decks], cache)
    assert not problems and [s.deck() for s in lib.shelves] == parsed(quiz_decks)


def test_a_card_shown_is_as_checked_at_the_start_even_if_its_file_changes(quiz_decks: Path, cache: Path) -> None:
    load([quiz_decks], cache)
    lib, _ = load([quiz_decks], cache)
    deck = quiz_decks / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back: [broken"))
    assert lib.item(ReviewKey("night-shift-9", "light-dose", 0)).card.back == "100"


def many_decks(folder: Path, count: int) -> Path:
    """`count` copies of the quiz decks under their own keys, one of them with a problem."""
    out = folder / "many"
    out.mkdir()
    for n in range(count):
        for source in sorted(folder.glob("*.yaml")):
            text = source.read_text().replace("key: ", f"key: n{n}-", 1)
            (out / f"{n:02}-{source.name}").write_text(text)
    broken = out / "03-night-shift.yaml"
    broken.write_text(broken.read_text().replace("back: 100", "back:"))
    return out


@pytest.mark.parametrize("workers", [2, 3])
def test_worker_processes_give_what_one_process_gives(quiz_decks: Path, tmp_path: Path, workers: int) -> None:
    folder = many_decks(quiz_decks, 10)
    alone, alone_problems = load([folder], tmp_path / "one", workers=1)
    split, split_problems = load([folder], tmp_path / "split", workers=workers)
    assert len(alone.shelves) == 19 and [str(p) for p in alone_problems] == [str(p) for p in split_problems]
    assert [(s.key, s.name, s.path, s.pairs) for s in split.shelves] == [
        (s.key, s.name, s.path, s.pairs) for s in alone.shelves
    ]
    assert sorted(p.name for p in (tmp_path / "split").iterdir()) == sorted(
        p.name for p in (tmp_path / "one").iterdir()
    )


def test_a_worker_that_dies_leaves_its_part_to_the_parent(
    quiz_decks: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = many_decks(quiz_decks, 10)
    expected, _ = load([folder], None, workers=1)

    def dying(jobs: object, cache_dir: object) -> tuple[int, int]:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os._exit(3)
        os.close(write_end)
        return pid, read_end

    monkeypatch.setattr(deckcache, "_fork", dying)
    lib, problems = load([folder], tmp_path / "cache", workers=2)
    assert [s.pairs for s in lib.shelves] == [s.pairs for s in expected.shelves] and len(problems) == 1


def test_unused_entries_are_pruned(quiz_decks: Path, cache: Path) -> None:
    load([quiz_decks], cache)
    stale = cache / "0123.index"
    stale.write_text("{}")
    month_ago = os.stat(stale).st_mtime - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    load([quiz_decks], cache, now=month_ago + 31 * 86400)
    assert not stale.exists() and len(list(cache.iterdir())) == 4


def test_an_unwritable_cache_only_costs_time(quiz_decks: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    lib, problems = load([quiz_decks], blocker / "cache")
    assert not problems and len(lib.shelves) == 2
