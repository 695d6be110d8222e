"""The ingest command: notes into decks, re-ingest that keeps the curator's work and follows corrected notes, and bad
input that harms nothing."""

from __future__ import annotations

import dataclasses
import difflib
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from studydeck.anki import export
from studydeck.cli import cli
from studydeck.deck import deckfile, lockfile
from studydeck.deck.models import Card
from studydeck.errors import StudydeckError
from studydeck.ingest import merge as ingest
from studydeck.review import library

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
    assert "  - id: balcony-worm-bin-" in result.output and "would create: would add" in result.output
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
@example(lines=[":", "TAKEAWAYS", "TAKEAWAYS", "0"])  # a title of ':' once made the deck name 'Podcasts::Podcast:::'
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


# -- corrected notes ----------------------------------------------------------------------------
# Notes of one made-up episode in the page and summary formats of the seeds (tests/fixtures/reingest/).
# The tests look cards up by what they say, not by id, so they hold whatever cards the generator makes.

BREAD = FIXTURES / "reingest"


@pytest.fixture
def bread(tmp_path: Path) -> Path:
    """The bread notes, ingested once into tmp_path/decks; the notes copied to tmp_path/notes."""
    folder = tmp_path / "notes"
    shutil.copytree(BREAD, folder)
    result = run(str(folder / "bread-page.txt"), str(folder / "bread-summary.txt"), "-o", str(tmp_path / "decks"))
    assert result.exit_code == 0, result.output
    return tmp_path


def bread_deck(base: Path) -> Path:
    (path,) = (base / "decks").glob("*.yaml")
    return path


def reingest(base: Path, *extra: str) -> object:
    notes = base / "notes"
    return run(str(notes / "bread-page.txt"), str(notes / "bread-summary.txt"), "-o", str(base / "decks"), *extra)


def correct(base: Path, name: str, old: str, new: str) -> None:
    """The notes fixed: `old` becomes `new` wherever it is written."""
    path = base / "notes" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def says(card: Card, words: str) -> bool:
    return words in " ".join((card.text, card.front, card.back))


def corrected(card: Card, old: str, new: str) -> Card:
    return dataclasses.replace(
        card, text=card.text.replace(old, new), front=card.front.replace(old, new), back=card.back.replace(old, new)
    )


def card_lines(output: str, deck: Path) -> list[str]:
    """The report's lines about cards (with their indented texts), without the summary."""
    return [
        line
        for line in output.splitlines()
        if (line.startswith(f"{deck}:") and not re.match(rf"{re.escape(str(deck))}: ", line))
        or re.match(r"    (was|now|deck|notes):", line)
    ]


@pytest.mark.parametrize(
    ("notes", "old", "new"), [("bread-page.txt", "72%", "70%"), ("bread-summary.txt", "96 °C", "98 °C")]
)
def test_an_unedited_card_follows_a_corrected_number_and_keeps_its_id(
    bread: Path, notes: str, old: str, new: str
) -> None:
    path = bread_deck(bread)
    # The curator's comment elsewhere in the file must survive the update.
    text = path.read_text(encoding="utf-8").replace("cards:\n", "cards:\n  # read through, September\n", 1)
    path.write_text(text, encoding="utf-8")
    deck = deckfile.load(path)
    before = {c.id: c for c in deck.cards}
    following = [i for i, c in before.items() if says(c, old)]
    assert following, f"no card says {old!r}: the fixture notes no longer make the card this test is about"

    correct(bread, notes, old, new)
    result = reingest(bread)
    assert result.exit_code == 0, result.output

    after_deck = deckfile.load(path)
    after = {c.id: c for c in after_deck.cards}
    assert list(after) == list(before)  # same ids, same order: nothing added, nothing lost
    assert {i for i in before if after[i] != before[i]} == set(following)
    for i in following:
        assert after[i] == corrected(before[i], old, new)
        assert f"{path}:{after[i].line}: updated {i}: the notes changed" in result.output
    assert re.search(rf"\n    was: .*{re.escape(old)}.*\n    now: .*{re.escape(new)}", result.output)
    assert f"{len(following)} updated to follow the notes" in result.output and "0 cards added" in result.output
    # Only the lines of the followed cards changed, and only by the correction.
    changed = [
        d for d in difflib.ndiff(text.splitlines(), path.read_text(encoding="utf-8").splitlines()) if d[0] in "+-"
    ]
    assert changed and all((old in d) if d[0] == "-" else (new in d) for d in changed)
    # The same review history and the same Anki notes.
    assert library.review_keys(after_deck) == library.review_keys(deck)
    assert [export.note_guid(after_deck, c) for c in after_deck.cards] == [
        export.note_guid(deck, c) for c in deck.cards
    ]
    lock = lockfile.read(path)
    assert all(lock.made[i] == lockfile.card_hash(after[i]) for i in following)
    assert set(lock.replaced.values()) <= set(following) and lock.replaced  # the new ids stand for the old cards

    # Ingesting the same notes again is quiet and changes no byte.
    files_before = files(path.parent)
    again = reingest(bread)
    assert again.exit_code == 0 and "unchanged: 0 cards added" in again.output
    assert not re.search(r": (updated|added|conflict) |deleted by the curator", again.output)
    assert files(path.parent) == files_before


def test_an_edited_card_is_reported_with_both_texts_and_left_alone(bread: Path) -> None:
    path = bread_deck(bread)
    original = next(c for c in deckfile.load(path).cards if c.text and "8 hours" in c.text)
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    # The curator adds a detail to the card's cloze line.
    at = next(n for n in range(original.line - 1, len(lines)) if "8 hours" in lines[n])
    lines[at] = lines[at].replace("in a warm kitchen", "in a warm (24 °C) kitchen")
    edited = "".join(lines)
    path.write_text(edited, encoding="utf-8")
    mine = next(c for c in deckfile.load(path).cards if c.id == original.id)
    assert "24 °C" in mine.text
    others = [c for c in deckfile.load(path).cards if says(c, "8 hours") and c.id != original.id]

    correct(bread, "bread-page.txt", "8 hours", "6 hours")
    result = reingest(bread)
    assert result.exit_code == 0, result.output
    report = result.output.splitlines()
    line = f"{path}:{mine.line}: conflict {mine.id}: edited by the curator and changed in the notes"
    (n,) = [k for k, text in enumerate(report) if text.startswith(line)]
    assert "(from " in report[n] and "bread-page.txt:" in report[n]
    assert report[n + 1].startswith("    deck: ") and "(24 °C)" in report[n + 1] and "8 hours" in report[n + 1]
    assert report[n + 2].startswith("    notes: ") and "6 hours" in report[n + 2] and "24 °C" not in report[n + 2]
    assert "1 conflict (edited by the curator, changed in the notes: kept)" in result.output

    cards = {c.id: c for c in deckfile.load(path).cards}
    assert cards[mine.id] == mine  # the curator's text, untouched
    assert all(cards[c.id] == corrected(c, "8 hours", "6 hours") for c in others)  # unedited siblings follow
    if not others:
        assert path.read_text(encoding="utf-8") == edited
    lock = lockfile.read(path)
    assert lock.made[mine.id] == lockfile.card_hash(corrected(original, "8 hours", "6 hours"))

    # Reported once: the next ingest neither repeats it nor sees the notes' card as new or deleted.
    files_before = files(path.parent)
    again = reingest(bread)
    assert again.exit_code == 0 and "unchanged: 0 cards added" in again.output
    assert f"kept {mine.id}: edited by the curator; the notes give what they gave before" in again.output
    assert not re.search(r": (updated|added|conflict) |deleted by the curator|skipped", again.output)
    assert files(path.parent) == files_before


def test_dry_run_shows_the_same_report_and_writes_nothing(bread: Path) -> None:
    path = bread_deck(bread)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("in a warm kitchen", "in a warm (24 °C) kitchen", 1), encoding="utf-8")
    correct(bread, "bread-page.txt", "8 hours", "6 hours")
    correct(bread, "bread-page.txt", "72%", "70%")
    correct(bread, "bread-summary.txt", "Bake By Temperature", "Bake By Core Temperature")
    (bread / "notes" / "bread-page.txt").write_text(
        (bread / "notes" / "bread-page.txt")
        .read_text(encoding="utf-8")
        .replace(
            "Recommended in this episode",
            "  • Bread flour with 13% protein holds its shape better in a free-standing loaf.\n\n"
            "Recommended in this episode",
        ),
        encoding="utf-8",
    )
    before = files(path.parent)
    dry = reingest(bread, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert files(path.parent) == before
    real = reingest(bread)
    assert real.exit_code == 0, real.output
    assert files(path.parent) != before
    shown = card_lines(dry.output, path)
    assert shown == card_lines(real.output, path)
    for action in ("updated", "conflict", "added", "kept"):
        assert any(re.match(rf"{re.escape(str(path))}:\d+: {action} ", line) for line in shown), action
    assert f"{path}: would update: would add " in dry.output and f"{path}: updated: " in real.output
    assert "  - id: " in dry.output  # the cards it would add, as YAML


def test_the_same_notes_give_the_same_bytes(bread: Path, tmp_path: Path) -> None:
    """Fresh decks from the same notes are identical, and so are two copies brought up to date by one correction."""
    fresh = tmp_path / "fresh"
    notes = bread / "notes"
    assert run(str(notes / "bread-page.txt"), str(notes / "bread-summary.txt"), "-o", str(fresh)).exit_code == 0
    assert files(fresh) == files(bread / "decks")
    shutil.copytree(bread / "decks", tmp_path / "copy")
    correct(bread, "bread-page.txt", "72%", "70%")
    for out in (bread / "decks", tmp_path / "copy"):
        assert run(str(notes / "bread-page.txt"), str(notes / "bread-summary.txt"), "-o", str(out)).exit_code == 0
    assert files(bread / "decks") == files(tmp_path / "copy")


def test_a_lock_from_before_the_hashes_never_overwrites_on_a_guess(bread: Path) -> None:
    path = bread_deck(bread)
    lock = lockfile.read(path)
    lockfile.write(path, dataclasses.replace(lock, made={}, replaced={}))
    assert '"made"' not in lockfile.path_for(path).read_text(encoding="utf-8")
    # Nothing changed: the old lock is left as it is.
    old = files(path.parent)
    assert reingest(bread).exit_code == 0 and files(path.parent) == old

    deck_text = path.read_text(encoding="utf-8")
    following = [c.id for c in deckfile.load(path).cards if says(c, "72%")]
    correct(bread, "bread-page.txt", "72%", "70%")
    result = reingest(bread)
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == deck_text  # not known to be unedited: kept
    assert all(f"conflict {i}: " in result.output for i in following)
    assert ": updated " not in result.output
    # What is known is now recorded: the cards that read as the notes give them, and the conflicts.
    made = lockfile.read(path).made
    assert set(following) <= set(made) and len(made) == len(deckfile.load(path).cards)
    again = reingest(bread)
    assert "conflict" not in again.output and "unchanged" in again.output


def test_a_card_is_updated_in_its_own_layout_and_keeps_the_comments_inside_it(bread: Path) -> None:
    path = bread_deck(bread)
    target = next(c for c in deckfile.load(path).cards if c.text and "72%" in c.text)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(target.line, "    # hydration checked against the bakery's sheet\n")
    # Cards written flush with 'cards:' instead of indented: YAML allows either.
    text = re.sub(r"(?m)^  (- |  )", r"\1", "".join(lines))
    path.write_text(text, encoding="utf-8")
    assert [c.id for c in deckfile.load(path).cards]

    correct(bread, "bread-page.txt", "72%", "70%")
    result = reingest(bread)
    assert result.exit_code == 0, result.output
    new_text = path.read_text(encoding="utf-8")
    assert "  # hydration checked against the bakery's sheet\n" in new_text
    assert f"- id: {target.id}\n  cloze: " in new_text  # flush with 'cards:', like its neighbours
    card = next(c for c in deckfile.load(path).cards if c.id == target.id)
    assert card == corrected(target, "72%", "70%")
    assert CliRunner().invoke(cli, ["check", str(path)]).exit_code == 0


def test_quiet_names_only_what_changed(bread: Path) -> None:
    correct(bread, "bread-page.txt", "72%", "70%")
    result = reingest(bread, "--quiet")
    assert result.exit_code == 0
    lines = card_lines(result.output, bread_deck(bread))
    assert lines and all(re.search(r": updated |    (was|now):", line) for line in lines)


def test_the_last_card_is_updated_without_touching_a_key_after_the_cards(bread: Path) -> None:
    path = bread_deck(bread)
    text = path.read_text(encoding="utf-8") + "# the deck's own tags\ntags: [bread]\n"
    path.write_text(text, encoding="utf-8")
    last = deckfile.load(path).cards[-1]
    words = "Time Is an Ingredient"
    assert says(last, words), "the fixture's last card no longer names the book: pick another correction"

    correct(bread, "bread-page.txt", words, "Time Is the Ingredient")
    result = reingest(bread)
    assert result.exit_code == 0, result.output
    assert f"updated {last.id}: " in result.output
    new_text = path.read_text(encoding="utf-8")
    assert new_text.endswith("\n# the deck's own tags\ntags: [bread]\n")
    deck = deckfile.load(path)
    assert deck.tags == ("bread",) and deck.cards[-1] == corrected(last, words, "Time Is the Ingredient")


def test_a_sentence_no_card_is_made_from_is_reported_at_its_takeaways_line(tmp_path: Path) -> None:
    """A takeaway with cards may still leave one of its sentences out: the report names it, so no fact
    goes missing without a word."""
    from studydeck.ingest import merge

    notes = tmp_path / "kilns.md"
    notes.write_text(
        "# Brick Kilns\n\n- Podcast: Clay Talk\n- Host: Ada Reyes\n\n## Takeaways\n\n"
        "- The Hoffmann kiln at Ashby fired about 40,000 bricks a week in 1860. Nobody saw it happen.\n"
    )
    problems = [str(p) for p in merge.plan([notes], tmp_path / "decks").unused]
    assert problems == [
        f"{notes}:8: no card made from this sentence ('Nobody saw it happen.'): no phrase in it makes a clear "
        "blank; write a card for it by hand if it matters"
    ]
