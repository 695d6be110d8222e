"""Shared fixtures and helpers: temporary deck folders, a fixed clock, a temporary data directory
and deck cache, and a library of many decks."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import settings

from studydeck.deck import deckfile

# No per-example deadline: tests must not fail because a machine is slow. In CI the examples are
# derandomized, so a run is repeatable; locally they vary and keep finding new inputs.
settings.register_profile("studydeck", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "studydeck")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
SEEDS = REPO.parent / "shared" / "seeds"  # the episode notes the bundled deck is made from


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the user's deck folders: an empty config folder, no $STUDYDECK_DECKS."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("STUDYDECK_DECKS", raising=False)


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    """A decks/ folder holding a copy of the sample deck."""
    decks = tmp_path / "decks"
    decks.mkdir()
    shutil.copy(FIXTURES / "sample.yaml", decks / "sample.yaml")
    return decks


@pytest.fixture
def now() -> datetime:
    """A fixed clock: tests pass it wherever the code takes the time."""
    return datetime(2026, 1, 15, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data directory, so no test touches the user's review store."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("STUDYDECK_DATA_DIR", str(path))
    return path


@pytest.fixture
def quiz_decks(tmp_path: Path) -> Path:
    """A decks/ folder with the two quiz fixture decks."""
    folder = tmp_path / "decks"
    shutil.copytree(FIXTURES / "quiz", folder)
    return folder


@pytest.fixture
def deck_cache(tmp_path: Path) -> Path:
    """A folder for the quiz's deck cache (not made: the cache makes it)."""
    return tmp_path / "cache"


def parsed(folder: Path) -> list:
    """The decks of a folder as the parser reads them, none with problems."""
    decks, problems = deckfile.load_all([folder])
    assert not problems
    return decks


def never_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, parsing a deck fails the test: what follows must come from the deck cache."""
    monkeypatch.setattr(deckfile, "parse", lambda *a: pytest.fail("parsed a deck that had not changed"))


BROKEN = "n3-night-shift-9"  # the deck many_decks breaks


def many_decks(folder: Path, count: int) -> Path:
    """`count` copies of the quiz decks under their own keys, one of them (BROKEN) with a problem."""
    out = folder / "many"
    out.mkdir()
    for n in range(count):
        for source in sorted(folder.glob("*.yaml")):
            text = source.read_text().replace("key: ", f"key: n{n}-", 1)
            (out / f"{n:02}-{source.name}").write_text(text)
    broken = out / "03-night-shift.yaml"
    broken.write_text(broken.read_text().replace("back: 100", "back:"))
    return out


@pytest.fixture
def utc_days(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Study days in UTC, whatever the machine's zone, so the fixed clock gives fixed days."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
