"""Shared fixtures: a temporary deck folder, a fixed clock and a temporary data directory."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: tests must not fail because a machine is slow. In CI the examples are
# derandomized, so a run is repeatable; locally they vary and keep finding new inputs.
settings.register_profile("studydeck", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "studydeck")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
SEEDS = REPO.parent / "shared" / "seeds"  # the episode notes the bundled deck is made from


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
def utc_days(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Study days in UTC, whatever the machine's zone, so the fixed clock gives fixed days."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
