"""The ingest command: notes into decks, re-ingest that keeps the curator's work, and bad input that harms nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studydeck.cli import cli
from studydeck.deck import deckfile, lockfile
from studydeck.errors import StudydeckError
from studydeck.ingest import merge as ingest

from ..conftest import FIXTURES, REPO, SEEDS

NOTES = FIXTURES / "notes"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not beside the repository")


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["ingest", *args])


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.fixture
def notes_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    shutil.copytree(NOTES, folder)
    return folder


# -- the seeds --------------------------------------------------------------------------------


@needs_seeds
def test_both_seed_files_make_one_deck_that_checks_and_builds(tmp_path: Path) -> None:
    out = tmp_path / "decks"
    result = run(*map(str, sorted(SEEDS.glob("*.txt"))), "-o", str(out))
    assert result.exit_code == 0, result.output
    decks = sorted(out.glob("*.yaml"))
    assert [p.name for p in decks] == ["huberman-lab-how-to-improve-at-learning-using-neuroscience.yaml"]
    deck = deckfile.load(decks[0])
    assert deck.name == "Podcasts::Huberman Lab::How to Improve at Learning Using Neuroscience & AI"
    assert (deck.episode.host, deck.episode.guests, deck.episode.date) == (
        "Andrew Huberman",
        ("Terry Sejnowski",),
        "2024-11-18",
    )
    assert lockfile.read(decks[0]).generated >= {c.id for c in deck.cards}
    check = CliRunner().invoke(cli, ["check", str(out)])
    assert check.exit_code == 0 and f"1 deck, {len(deck.cards)} cards: ok" in check.output
    build = CliRunner().invoke(cli, ["build", str(out), "-o", str(tmp_path / "build")])
    assert build.exit_code == 0, build.output
    assert (tmp_path / "build" / f"{decks[0].stem}.apkg").stat().st_size > 5000


@needs_seeds
def test_the_curated_bundled_deck_survives_reingesting_the_seeds(tmp_path: Path) -> None:
    """decks/ holds the seeds' deck as a curator left it: edited cards, deleted cards. Ingest changes nothing."""
    out = tmp_path / "decks"
    shutil.copytree(REPO / "decks", out)
    before = files(out)
    result = run(*map(str, sorted(SEEDS.glob("*.txt"))), "-o", str(out))
    assert result.exit_code == 0 and "unchanged: 0 cards added" in result.output
    assert "not brought back (deleted by the curator)" in result.output
    assert files(out) == before


@needs_seeds
def test_the_seeds_one_at_a_time_make_the_same_single_deck(tmp_path: Path) -> None:
    out = tmp_path / "decks"
    first, second = sorted(SEEDS.glob("*.txt"))
    assert run(str(first), "-o", str(out)).exit_code == 0
    result = run(str(second), "-o", str(out))
    assert result.exit_code == 0 and "updated" in result.output
    assert len(list(out.glob("*.yaml"))) == 1


# -- re-ingest --------------------------------------------------------------------------------


def test_unchanged_notes_twice_give_identical_bytes(notes_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    args = [str(notes_dir / "naps-page.txt"), str(notes_dir / "naps-summary.txt"), "-o", str(out)]
    assert run(*args).exit_code == 0
    before = files(out)
    again = run(*args)
    assert again.exit_code == 0 and "unchanged" in again.output and "0 cards added" in again.output
    assert files(out) == before


def test_reingest_keeps_a_hand_edit_and_a_deletion(notes_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    assert run(str(notes_dir / "naps-page.txt"), "-o", str(out)).exit_code == 0
    (path,) = out.glob("*.yaml")
    text = path.read_text(encoding="utf-8")
    # The curator rewords one card, deletes another and leaves a comment.
    edited = text.replace("{{c1::hippocampus}} replays", "{{c1::hippocampus}} (a seahorse-shaped region) replays")
    blocks = edited.split("\n\n")
    victim = next(b for b in blocks if "id: about-2-hours-" in b)
    deleted_id = re.search(r"id: (\S+)", victim).group(1)
    edited = edited.replace("\n\n" + victim, "").replace("cards:\n", "cards:\n  # checked by hand, March\n", 1)
    path.write_text(edited, encoding="utf-8")

    result = run(str(notes_dir / "naps-page.txt"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "1 not brought back (deleted by the curator)" in result.output
    assert path.read_text(encoding="utf-8") == edited  # not one byte of the curator's file changed
    assert deleted_id not in {c.id for c in deckfile.load(path).cards}


def test_new_takeaways_add_cards_at_the_end_and_say_so(notes_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    assert run(str(notes_dir / "naps-page.txt"), "-o", str(out)).exit_code == 0
    (path,) = out.glob("*.yaml")
    before = path.read_text(encoding="utf-8")
    before_ids = [c.id for c in deckfile.load(path).cards]
    # The summary of the same episode: its new facts are added, those the page had are skipped.
    result = run(str(notes_dir / "naps-summary.txt"), "-o", str(out))
    assert result.exit_code == 0
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before) and len(after) > len(before)
    ids = [c.id for c in deckfile.load(path).cards]
    assert ids[: len(before_ids)] == before_ids
    added = len(ids) - len(before_ids)
    assert re.search(
        rf"updated: {added} cards added, \d+ skipped \(the deck already asks for that fact\)", result.output
    )
    assert lockfile.read(path).generated >= set(ids)


def test_a_new_card_for_a_fact_the_curator_rephrased_is_not_added(notes_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    assert run(str(notes_dir / "naps-page.txt"), "-o", str(out)).exit_code == 0
    (path,) = out.glob("*.yaml")
    # The curator replaces a generated card with one of their own about the same fact.
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"id: 6-hours-\w+", "id: my-caffeine-card", text)
    path.write_text(text, encoding="utf-8")
    result = run(str(notes_dir / "naps-page.txt"), "-o", str(out))
    assert "1 not brought back" not in result.output and "0 cards added" in result.output
    assert "skipped (the deck already asks for that fact)" in result.output


def test_dry_run_shows_the_cards_and_writes_nothing(notes_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    result = run(str(notes_dir / "compost.md"), "-o", str(out), "--dry-run")
    assert result.exit_code == 0
    assert "  - id: about-2-kg-" in result.output and "would create: would add" in result.output
    assert not out.exists()


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "this is a binary file"),
        (b'{"episode": "x"}\n', "this looks like JSON"),
        (b"Shopping list\nmilk\neggs\n", "this is not episode notes"),
    ],
)
def test_a_file_that_is_not_notes_is_named_and_nothing_is_written(
    notes_dir: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    out = tmp_path / "decks"
    assert run(str(notes_dir / "compost.md"), "-o", str(out)).exit_code == 0
    before = files(out)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run(str(notes_dir / "compost.md"), str(notes_dir / "naps-page.txt"), str(bad), "-o", str(out))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"{bad}:1: {expected}")
    assert files(out) == before


def test_a_broken_deck_is_reported_and_left_alone(notes_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    assert run(str(notes_dir / "compost.md"), "-o", str(out)).exit_code == 0
    (path,) = out.glob("*.yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("cards:", "cards: [", 1), encoding="utf-8")
    before = files(out)
    result = run(str(notes_dir / "compost.md"), "-o", str(out))
    assert result.exit_code == 1 and str(path) in result.stderr
    assert files(out) == before


def test_a_deck_whose_cards_are_not_last_is_not_appended_to(notes_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    assert run(str(notes_dir / "naps-page.txt"), "-o", str(out)).exit_code == 0
    (path,) = out.glob("*.yaml")
    text = path.read_text(encoding="utf-8")
    head, cards = text.split("cards:\n", 1)
    path.write_text(head + "cards:\n" + cards + "tags: [sleep]\n", encoding="utf-8")
    before = files(out)
    result = run(str(notes_dir / "naps-page.txt"), str(notes_dir / "naps-summary.txt"), "-o", str(out))
    assert result.exit_code == 1 and "keep 'cards:' as the last key" in result.stderr
    assert files(out) == before


def test_another_episodes_file_in_the_way_is_an_error(notes_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decks"
    out.mkdir()
    key = "soil-sprout-composting-in-small-spaces"
    shutil.copy(FIXTURES / "sample.yaml", out / f"{key}.yaml")
    result = run(str(notes_dir / "compost.md"), "-o", str(out))
    assert result.exit_code == 1 and "holds another episode" in result.stderr


def test_the_command_needs_notes() -> None:
    result = run()
    assert result.exit_code == 2 and "Missing argument 'NOTES...'" in result.output


# -- never a traceback ------------------------------------------------------------------------


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(["# A Title", "## Takeaways", "## Quotes", "- Podcast: Show", "> words", "> \u2014 Ana"]),
        ),
        max_size=15,
    )
)
def test_any_text_gives_a_deck_or_a_clear_error(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "fuzz.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "fuzz-decks"
    try:
        result = ingest.plan([path], out)
    except StudydeckError as e:
        assert e.lines() and all(line.startswith(str(path)) for line in e.lines())
        return
    for deck in result.decks:
        assert deckfile.parse(deck.text, "x.yaml").cards == deck.added


def test_a_folder_of_notes_is_read_file_by_file(notes_dir: Path, tmp_path: Path) -> None:
    by_folder, by_files = tmp_path / "a", tmp_path / "b"
    (notes_dir / ".hidden.txt").write_text("not notes")
    (notes_dir / "readme.json").write_text("{}")
    assert run(str(notes_dir), "-o", str(by_folder)).exit_code == 0
    named = sorted(str(p) for p in notes_dir.iterdir() if p.suffix in (".txt", ".md") and p.name[0] != ".")
    assert run(*named, "-o", str(by_files)).exit_code == 0
    assert files(by_folder) == files(by_files) and files(by_folder)


def test_a_folder_without_notes_is_named(tmp_path: Path) -> None:
    result = run(str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{tmp_path}:0: no notes files (.txt, .md) in this folder" in result.output
