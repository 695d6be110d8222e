"""Decks as review cards: one per cloze deletion number, items built from a deck's cards."""

from __future__ import annotations

from pathlib import Path

from studydeck.deck.files import find_decks
from studydeck.review.library import Library, review_keys
from studydeck.review.store import ReviewKey

from ..conftest import parsed


def test_review_keys_are_one_per_deletion_number(quiz_decks: Path) -> None:
    hive = next(d for d in parsed(quiz_decks) if d.key == "hive-minds-4")
    assert [(k.card, k.ordinal) for k in review_keys(hive)] == [
        ("bee-sleep-hours", 1),
        ("route-memory-region", 1),
        ("replay-signal", 1),
        ("waggle-dance", 1),
        ("waggle-dance", 2),
        ("learning-transmitter", 0),
    ]


def test_finding_decks_takes_yaml_files_of_folders_and_named_files_as_given(quiz_decks: Path) -> None:
    (quiz_decks / "notes.txt").write_text("not a deck")
    (quiz_decks / "more.yml").write_text("deck: x\n")
    (quiz_decks / "sub.yaml").mkdir()
    in_folder = sorted(p for p in quiz_decks.iterdir() if p.suffix == ".yaml" and p.is_file())
    paths = [quiz_decks, quiz_decks / "notes.txt", quiz_decks / "missing.yaml"]
    assert find_decks(paths) == [*sorted([*in_folder, quiz_decks / "more.yml"]), *paths[1:]]


def test_items_from_decks_in_memory(quiz_decks: Path) -> None:
    lib = Library.of(parsed(quiz_decks))
    item = lib.item(ReviewKey("night-shift-9", "nap-length", 1))
    assert item.prompt.startswith("A nap before a night shift should last about [...] minutes")
    assert item.answers == ["twenty"] and item.deck.name == "Test Podcasts::Night Shift::Sleeping by day"
    assert len(lib.items()) == 9


def test_a_quote_card_names_its_speaker_and_time_once() -> None:
    from studydeck.deck.models import Card, CardKind, Deck, Episode, Source
    from studydeck.review.library import Item

    source = Source(section="Quotes", speaker="Terry Sejnowski", at="00:07:19")
    quote = Card(
        id="q", kind=CardKind.CLOZE, text='Terry Sejnowski (00:07:19): "the {{c1::levels diagram}}"', source=source
    )
    plain = Card(id="p", kind=CardKind.CLOZE, text="Sleep replays the {{c1::day}}.", source=source)
    deck = Deck("k", "D", Episode(podcast="Huberman Lab", title="Learning"), (quote, plain))
    assert Item(deck, quote, 1).source == "Huberman Lab · Quotes"
    assert Item(deck, plain, 1).source == "Huberman Lab · Quotes · Terry Sejnowski · 00:07:19"


def test_a_card_that_asks_who_said_it_shows_no_speaker_before_the_answer() -> None:
    """The quiz shows the source beside the prompt: "Who said ...?" with the speaker there answers itself."""
    from studydeck.deck.models import Card, CardKind, Deck, Episode, Source
    from studydeck.review.library import Item

    source = Source(section="Quotes", speaker="Mara Lind", at="00:12:40")
    asked = Card(id="w", kind=CardKind.QA, front='Who said: "Tides keep better time than clocks."?', back="Mara Lind", source=source)
    deck = Deck("k", "D", Episode(podcast="Shore Notes", title="Tides"), (asked,))
    assert Item(deck, asked, 0).source == "Shore Notes · Quotes · 00:12:40"
