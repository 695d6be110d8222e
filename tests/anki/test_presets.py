"""Deck options presets in the package: what Anki applies, with and without "Import any deck presets"."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki.collection import Collection

from studydeck.anki import presets
from studydeck.anki.build import build
from studydeck.deck import deckfile, lockfile
from studydeck.deck.models import Schedule

from .conftest import DECK_NAME, T0, edit, import_into, opened


def deck_options(col: Collection) -> dict:
    return col.decks.config_dict_for_deck_id(col.decks.id_for_name(DECK_NAME))


def test_without_the_box_ticked_anki_keeps_its_default_options(built: Path, col_path: Path) -> None:
    import_into(col_path, built)
    with opened(col_path) as col:
        assert deck_options(col)["id"] == 1
        assert not any(c["name"].startswith("studydeck") for c in col.decks.all_config())


def test_with_the_box_ticked_the_deck_gets_studydecks_spacing(built: Path, col_path: Path) -> None:
    import_into(col_path, built, with_deck_configs=True)
    with opened(col_path) as col:
        options = deck_options(col)
        assert options["name"] == "studydeck (10 new/day, steps 10m 1d, 200 reviews/day, retention 90%)"
        assert options["new"]["perDay"] == 10 and options["new"]["delays"] == [10.0, 1440.0]
        assert options["lapse"]["delays"] == [10.0] and options["rev"]["perDay"] == 200
        assert options["desiredRetention"] == pytest.approx(0.9)
        # Anki's own default preset is left alone, and no other deck moved to ours.
        assert col.decks.get_config(1)["new"]["perDay"] == 20


def test_the_folder_sets_what_the_deck_does_not(deck_dir: Path, tmp_path: Path, col_path: Path) -> None:
    (deck_dir / deckfile.LIBRARY_FILE).write_text(
        "schedule:\n  preset: Memory Hour\n  new_per_day: 4\n  desired_retention: 0.8\n", encoding="utf-8"
    )
    edit(deck_dir / "sample.yaml", "cards:\n", "schedule:\n  desired_retention: 0.95\n  relearning_steps: []\ncards:\n")
    build([deck_dir], tmp_path / "out", now=T0)
    import_into(col_path, tmp_path / "out" / "sample.apkg", with_deck_configs=True)
    with opened(col_path) as col:
        options = deck_options(col)
        assert options["name"].startswith("Memory Hour (4 new/day")
        assert options["new"]["perDay"] == 4 and options["lapse"]["delays"] == []
        assert options["desiredRetention"] == pytest.approx(0.95)
        assert options["rev"]["perDay"] == 200  # studydeck's, as neither sets it


def test_a_changed_preset_reaches_a_collection_that_has_the_old_one(
    deck_dir: Path, built: Path, col_path: Path, tmp_path: Path
) -> None:
    import_into(col_path, built, with_deck_configs=True)
    with opened(col_path) as col:
        old = deck_options(col)
        old["maxTaken"] = 90  # the learner's own change to the preset
        col.decks.update_config(old)
    cards_before = lockfile.read(deck_dir / "sample.yaml").cards
    edit(deck_dir / "sample.yaml", "cards:\n", "schedule:\n  new_per_day: 15\ncards:\n")
    build([deck_dir], tmp_path / "out", now=T0 + 60)
    assert lockfile.read(deck_dir / "sample.yaml").cards == cards_before  # no note changed
    import_into(col_path, built, with_deck_configs=True)
    with opened(col_path) as col:
        new = deck_options(col)
        assert new["id"] != old["id"] and new["new"]["perDay"] == 15
        kept = col.decks.get_config(old["id"])
        assert kept["new"]["perDay"] == 10 and kept["maxTaken"] == 90  # never overwritten


def test_reimporting_the_same_package_keeps_the_learners_edits(built: Path, col_path: Path) -> None:
    import_into(col_path, built, with_deck_configs=True)
    with opened(col_path) as col:
        mine = deck_options(col)
        mine["new"]["perDay"] = 3
        col.decks.update_config(mine)
    import_into(col_path, built, with_deck_configs=True)
    with opened(col_path) as col:
        assert deck_options(col)["new"]["perDay"] == 3
        assert len([c for c in col.decks.all_config() if c["name"].startswith("studydeck")]) == 1


def test_a_preset_id_follows_its_values_only() -> None:
    base = presets.resolved(Schedule(), Schedule())
    assert presets.preset(base) == presets.preset(presets.resolved(Schedule(new_per_day=10), Schedule()))
    changed = [
        Schedule(new_per_day=11),
        Schedule(learning_steps=("10m",)),
        Schedule(relearning_steps=("5m",)),
        Schedule(max_reviews_per_day=100),
        Schedule(desired_retention=0.91),
        Schedule(preset="mine"),
    ]
    ids = {presets.preset(presets.resolved(s, Schedule()))["id"] for s in changed}
    assert len(ids) == len(changed) and presets.preset(base)["id"] not in ids
    assert presets.minutes("30s") == 0.5 and presets.minutes("2h") == 120 and presets.minutes("1.5d") == 2160


def test_decks_of_one_package_each_get_their_own_preset(deck_dir: Path, tmp_path: Path, col_path: Path) -> None:
    second = (deck_dir / "sample.yaml").read_text(encoding="utf-8")
    second = second.replace("key: memory-hour-12", "key: memory-hour-13").replace("Sleep and recall", "Naps")
    (deck_dir / "second.yaml").write_text(second.replace("cards:\n", "schedule:\n  new_per_day: 3\ncards:\n"), "utf-8")
    build([deck_dir], tmp_path / "out", now=T0, package="all")
    import_into(col_path, tmp_path / "out" / "all.apkg", with_deck_configs=True)
    with opened(col_path) as col:
        naps = col.decks.config_dict_for_deck_id(col.decks.id_for_name("Test Podcasts::Memory Hour::Naps"))
        assert (deck_options(col)["new"]["perDay"], naps["new"]["perDay"]) == (10, 3)
        # the decks above them, which studydeck does not make, keep Anki's default
        assert col.decks.config_dict_for_deck_id(col.decks.id_for_name("Test Podcasts"))["id"] == 1
