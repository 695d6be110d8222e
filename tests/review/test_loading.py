"""Loading decks: a load gives what parsing gives, parses again when anything changed, and splits
many changed decks among worker processes with the same result; an early library plans from scans
while the workers check, and reports the problems they find."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from studydeck.deck import deckfile
from studydeck.errors import Problem
from studydeck.review import loading
from studydeck.review.deckcache import DeckCache
from studydeck.review.library import Library, review_keys
from studydeck.review.loading import load
from studydeck.review.store import ReviewKey

from ..conftest import BROKEN, many_decks, never_parse, parsed


def test_a_cached_load_gives_what_parsing_gives(quiz_decks: Path, deck_cache: Path) -> None:
    expected = parsed(quiz_decks)
    for attempt in ("cold", "warm"):
        lib, problems = load([quiz_decks], deck_cache)
        assert not problems, attempt
        assert [s.deck() for s in lib.shelves] == expected
        assert [s.deck().path for s in lib.shelves] == [d.path for d in expected]
        assert [c.line for s in lib.shelves for c in s.deck().cards] == [c.line for d in expected for c in d.cards]
        assert list(lib.keys()) == [k for d in expected for k in review_keys(d)]
    assert len(list(deck_cache.glob("*.deck"))) == len(list(deck_cache.glob("*.index"))) == 2


def test_a_warm_start_parses_nothing(quiz_decks: Path, deck_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load([quiz_decks], deck_cache)
    never_parse(monkeypatch)
    lib, _ = load([quiz_decks], deck_cache)
    assert lib.item(ReviewKey("night-shift-9", "trial-drug", 0)).card.back == "Ambien (zolpidem)"


def test_a_deck_missing_from_the_cache_is_parsed_when_its_card_shows(
    quiz_decks: Path, deck_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load([quiz_decks], deck_cache)
    parsed_paths = []
    real = deckfile.parse
    monkeypatch.setattr(deckfile, "parse", lambda data, path: parsed_paths.append(path) or real(data, path))
    lib, _ = load([quiz_decks], deck_cache)
    assert parsed_paths == []
    for whole in deck_cache.glob("*.deck"):
        whole.unlink()  # as if another process cleared them after this one read the indexes
    assert lib.item(ReviewKey("night-shift-9", "light-dose", 0)).card.back == "100"
    assert lib.item(ReviewKey("night-shift-9", "trial-drug", 0)).card.back == "Ambien (zolpidem)"
    assert parsed_paths == [str(quiz_decks / "night-shift.yaml")]
    assert len(list(deck_cache.glob("*.deck"))) == 1


def test_an_edited_deck_is_parsed_again(quiz_decks: Path, deck_cache: Path) -> None:
    load([quiz_decks], deck_cache)
    deck = quiz_decks / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back: about 100"))
    lib, _ = load([quiz_decks], deck_cache)
    assert lib.item(ReviewKey("night-shift-9", "light-dose", 0)).card.back == "about 100"


def test_duplicate_deck_keys_are_reported_as_the_loader_words_them(quiz_decks: Path, deck_cache: Path) -> None:
    shutil.copy(quiz_decks / "night-shift.yaml", quiz_decks / "night-shift-copy.yaml")
    lib, problems = load([quiz_decks], deck_cache)
    assert problems == deckfile.load_all([quiz_decks])[1] and "also used by" in problems[0].message
    assert not lib.shelves


def test_an_unreadable_path_is_a_problem(tmp_path: Path, deck_cache: Path) -> None:
    _, problems = load([tmp_path / "missing.yaml"], deck_cache)
    assert problems == deckfile.load_all([tmp_path / "missing.yaml"])[1]


def test_a_card_shown_is_as_checked_at_the_start_even_if_its_file_changes(quiz_decks: Path, deck_cache: Path) -> None:
    load([quiz_decks], deck_cache)
    lib, _ = load([quiz_decks], deck_cache)
    deck = quiz_decks / "night-shift.yaml"
    deck.write_text(deck.read_text().replace("back: 100", "back: [broken"))
    assert lib.item(ReviewKey("night-shift-9", "light-dose", 0)).card.back == "100"


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_worker_processes_give_what_one_process_gives(quiz_decks: Path, tmp_path: Path, workers: int) -> None:
    folder = many_decks(quiz_decks, 10)
    alone, alone_problems = load([folder], tmp_path / "one", workers=0)
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
    expected, _ = load([folder], None, workers=0)

    def dying(jobs: object, cache_dir: object) -> tuple[int, int]:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os._exit(3)
        os.close(write_end)
        return pid, read_end

    monkeypatch.setattr(loading, "_fork", dying)
    lib, problems = load([folder], tmp_path / "cache", workers=2)
    assert [s.pairs for s in lib.shelves] == [s.pairs for s in expected.shelves] and len(problems) == 1


# -- an early library: planned from scans while workers check -------------------------------------


def early(folder: Path, cache: Path | None) -> tuple[Library, list[Problem]]:
    return loading.Loading([folder], cache, workers=2).library(early=True)


def checked(folder: Path) -> tuple[list[tuple], list[str]]:
    """What a library of checked decks holds (shelves as key, path, review cards) and the problems."""
    lib, problems = load([folder], None, workers=0)
    return [(s.key, s.path, s.pairs) for s in lib.shelves], [str(p) for p in problems]


def test_an_early_library_plans_from_scans_and_reports_problems_found_meanwhile(
    quiz_decks: Path, tmp_path: Path
) -> None:
    folder = many_decks(quiz_decks, 10)
    shelves, problems = checked(folder)
    lib, at_start = early(folder, tmp_path / "cache")
    assert at_start == []  # the broken deck was scanned, not yet checked
    assert [(s.key, s.path, s.pairs) for s in lib.shelves if s.key != BROKEN] == shelves
    assert [str(p) for p in lib.problems(wait=True)] == problems
    again, at_start = early(folder, tmp_path / "cache")  # the next start knows them at once
    assert [str(p) for p in at_start] == problems and again.problems(wait=True) == []


def test_a_card_of_a_deck_found_to_have_problems_is_never_shown(quiz_decks: Path, tmp_path: Path) -> None:
    folder = many_decks(quiz_decks, 10)
    _, problems = checked(folder)
    lib, _ = early(folder, tmp_path / "cache")
    assert lib.item(ReviewKey(BROKEN, "trial-drug", 0)) is None
    assert [str(p) for p in lib.problems()] == problems  # found by asking, whatever the workers have sent
    assert lib.item(ReviewKey("n4-night-shift-9", "trial-drug", 0)).card.back == "Ambien (zolpidem)"
    assert lib.item(ReviewKey("n4-night-shift-9", "trial-drug", 1)) is None  # no such review card
    assert [str(p) for p in lib.problems(wait=True)] == problems


def test_a_deck_the_scan_declines_makes_the_start_wait_for_the_checks(quiz_decks: Path, tmp_path: Path) -> None:
    folder = many_decks(quiz_decks, 10)
    declined = folder / "05-hive-minds.yaml"
    declined.write_text(declined.read_text().replace("\ncards:\n", "\ncards:  # in deck order\n"))
    shelves, problems = checked(folder)
    lib, at_start = early(folder, tmp_path / "cache")
    assert [str(p) for p in at_start] == problems and [(s.key, s.path, s.pairs) for s in lib.shelves] == shelves


def test_a_worker_that_dies_after_its_scans_leaves_its_checks_to_the_parent(
    quiz_decks: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = many_decks(quiz_decks, 10)
    _, problems = checked(folder)
    parent, real = os.getpid(), loading.check

    def check_or_die(job: loading.Job, cache: DeckCache) -> object:
        if os.getpid() != parent:
            os._exit(3)
        return real(job, cache)

    monkeypatch.setattr(loading, "check", check_or_die)
    lib, at_start = early(folder, tmp_path / "cache")
    assert at_start == [] and [str(p) for p in lib.problems(wait=True)] == problems
    assert len(list((tmp_path / "cache").glob("*.index"))) == 20
