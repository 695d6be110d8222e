"""quickindex against the parser: a deck's index read from its text is the parsed deck's, or it declines.

`quickindex.read` finds a deck's key, name and review cards with regular expressions. Wherever
`deckfile.parse` accepts a text and `read` does not decline it, the two must give the same index:
a wrong index plans a session with cards that do not exist or misses cards that do. And a deck
`deckfile.dump` writes must not be declined, or the fast path is lost for every deck studydeck
writes. Checked over generated valid decks, over decks full of awkward text, over mangled decks,
over a table of small decks it must read or decline, and over every real deck and fixture.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studydeck.deck import deckfile, quickindex
from studydeck.deck.models import Card, CardKind, Deck, Episode, Silence, Source
from studydeck.deck.quickindex import Index
from studydeck.errors import DeckError
from studydeck.review import library

from ..conftest import REPO
from .test_quickyaml import DECK_FILES, FILE_TEXTS, awkward, decks, mangle, read_text


def parsed_index(text: str) -> Index | None:
    """The index of the parsed deck, or None when the parser reports problems."""
    try:
        deck = deckfile.parse(text)
    except DeckError:
        return None
    return deck.key, deck.name, library.review_pairs(deck)


def agrees(text: str) -> Index | None:
    """The parsed index (None if the text does not parse); asserts `read` declines or gives exactly it."""
    full = parsed_index(text)
    quick = quickindex.read(text)
    assert full is None or quick is None or quick == full, f"read {quick} but the deck parses to {full}: {text!r}"
    return full


def reads(text: str) -> Index:
    """The index `read` gives; asserts the text parses and `read` neither declines nor disagrees."""
    full = parsed_index(text)
    assert full is not None, f"the parser refuses {text!r}"
    quick = quickindex.read(text)
    assert quick is not None, f"read declined a deck that parses: {text!r}"
    assert quick == full, f"read {quick} but the deck parses to {full}: {text!r}"
    return quick


# -- generated valid decks ---------------------------------------------------------------------

ID_START = string.ascii_letters + string.digits
ids = st.builds(str.__add__, st.sampled_from(ID_START), st.text(ID_START + "._-", max_size=10))


def no_braces(text: str) -> str:
    return text.replace("{", "").replace("}", "")


def solid(text: str) -> str:
    """The text, with a letter added when it is blank: a value the parser does not find empty."""
    return text if text.strip() else text + "x"


# Awkward text as the surroundings of deletions, and as their answers and hints (no '::' there).
filler = awkward.map(no_braces)
answer = awkward.map(lambda text: solid(re.sub(r":{2,}", ":", no_braces(text))))
texts = filler.map(solid)
tags = awkward.map(lambda text: "".join(text.split()) or "t")  # Anki splits tags on spaces


@st.composite
def deletion(draw: st.DrawFn) -> str:
    number = draw(st.integers(1, 4))
    hint = draw(st.none() | answer)
    return f"{{{{c{number}::{draw(answer)}{'' if hint is None else '::' + hint}}}}}"


@st.composite
def cloze_text(draw: st.DrawFn) -> str:
    parts = [draw(filler)]
    for _ in range(draw(st.integers(1, 3))):
        parts += [draw(deletion()), draw(filler)]
    return "".join(parts)


@st.composite
def valid_card(draw: st.DrawFn, card_id: str) -> Card:
    rules = draw(st.lists(st.sampled_from(("wordy", "give-away")), unique=True, max_size=2))
    common = dict(
        id=card_id,
        extra=draw(filler),
        tags=tuple(draw(st.lists(tags, max_size=2))),
        source=Source(draw(filler), draw(filler), draw(filler)),
        silence=tuple(Silence(rule, draw(texts)) for rule in rules),
    )
    if draw(st.booleans()):
        return Card(kind=CardKind.CLOZE, text=draw(cloze_text()), **common)
    return Card(kind=CardKind.QA, front=draw(texts), back=draw(texts), typed=draw(st.booleans()), **common)


@st.composite
def valid_decks(draw: st.DrawFn) -> Deck:
    """Decks meant to validate: ids of the id alphabet, deletions well formed, required texts not blank."""
    levels = draw(st.lists(texts.map(lambda text: solid(text.strip(":"))), min_size=1, max_size=3))
    episode = Episode(
        draw(texts), draw(texts), draw(filler), tuple(draw(st.lists(texts, max_size=2))), draw(filler), "", ""
    )
    card_ids = draw(st.lists(ids, unique=True, max_size=5))
    return Deck(
        key=draw(ids),
        name="::".join(levels),
        episode=episode,
        cards=tuple(draw(valid_card(card_id)) for card_id in card_ids),
        tags=tuple(draw(st.lists(tags, max_size=2))),
    )


@settings(max_examples=200)
@given(valid_decks())
def test_a_dumped_valid_deck_is_read_with_the_parsed_index(deck: Deck) -> None:
    text = deckfile.dump(deck)
    if parsed_index(text) is not None:  # one that still has a problem is the parser's to report
        reads(text)


@settings(max_examples=150)
@given(decks())
def test_a_dumped_awkward_deck_is_read_as_parsed_or_declined(deck: Deck) -> None:
    agrees(deckfile.dump(deck))


@settings(max_examples=300)
@given(mangle(st.one_of(st.sampled_from(FILE_TEXTS), valid_decks().map(deckfile.dump)), 4))
def test_a_mangled_deck_is_read_as_parsed_or_declined(text: str) -> None:
    agrees(text)


# -- hand-written decks ------------------------------------------------------------------------

HEAD = "deck: Podcasts::Show\nkey: show-1\nepisode:\n  podcast: Show\n  title: One\n"
QA = "    front: q\n    back: a\n"


def deck_text(cards: str) -> str:
    return HEAD + "cards:\n" + cards


# Decks read, with their review cards (the deck's key and name are always HEAD's).
READS = {
    "no cards": (HEAD + "cards: []\n", ()),
    "a card with only an id line and its Q&A": (deck_text("  - id: a\n" + QA), (("a", 0),)),
    "escapes in a double-quoted cloze": (
        deck_text('  - id: a\n    cloze: "say \\"{{c1::hi}}\\" \\u00e9"\n'),
        (("a", 1),),
    ),
    "a single-quoted cloze": (deck_text("  - id: a\n    cloze: 'it''s {{c1::here}}'\n"), (("a", 1),)),
    "comments and blank lines between cards": (
        deck_text("\n# first\n  - id: a\n" + QA + "\n    # note\n\n  - id: b\n    cloze: x {{c1::y}}\n\n# end\n"),
        (("a", 0), ("b", 1)),
    ),
    "trailing spaces after an id": (deck_text("  - id: a   \n" + QA), (("a", 0),)),
    "repeated and unordered cloze numbers": (
        deck_text("  - id: a\n    cloze: '{{c2::a}} {{c1::b}} {{c2::c}}'\n"),
        (("a", 1), ("a", 2)),
    ),
    "a hint and other keys around the cloze": (
        deck_text("  - id: a\n    extra: e\n    cloze: x {{c3::y::why}}\n    tags: [t]\n    source: {at: '01:02'}\n"),
        (("a", 3),),
    ),
    "an id YAML reads as a word": (deck_text("  - id: yes\n" + QA), (("yes", 0),)),
    # dump quotes an id plain YAML would read as a number or a date; a quote inside a flow value
    # opens no quoted text unless it starts an item.
    "a quoted id": (deck_text('  - id: "12"\n' + QA), (("12", 0),)),
    "an apostrophe in a source": (deck_text("  - id: a\n" + QA + "    source: {section: Dave's story}\n"), (("a", 0),)),
    "an apostrophe in a tag": (deck_text("  - id: a\n" + QA + "    tags: [it's]\n"), (("a", 0),)),
}

# Decks `read` must decline: each leaves the layout quickindex reads, for a reason its docstring names.
DECLINES = {
    "a card whose first key is not its id": deck_text("  - front: q\n    back: a\n    id: a\n"),
    "a cloze going on to the next line": deck_text("  - id: a\n    cloze: x {{c1::y}}\n      and {{c2::z}}\n"),
    "a double-quoted cloze left open": deck_text('  - id: a\n    cloze: "x {{c1::y}}\n      and {{c2::z}}"\n'),
    "a block scalar cloze": deck_text("  - id: a\n    cloze: |\n      x {{c1::y}}\n"),
    "a nested block under source": deck_text("  - id: a\n" + QA + "    source:\n      section: S\n"),
    "a comment after a plain cloze": deck_text("  - id: a\n    cloze: a {{c1::b}} # {{c2::c}}\n"),
    "a tab": deck_text("  - id: a\n    front:\tq\n    back: a\n"),
    "cards twice": HEAD + "cards: []\ncards:\n  - id: a\n" + QA,
    "CRLF line endings": deck_text("  - id: a\n" + QA).replace("\n", "\r\n"),
}

# Decks the parser accepts that a looser reader would misread: each must be declined or read right.
# A card key written other than `cloze: ` hides a cloze card; a tag or anchor before a value hides
# its escapes, or a quote going on past its line over the next cards.
MISREAD = {
    "a quoted cloze key": deck_text('  - id: a\n    "cloze": x {{c1::y}}\n'),
    "a space before the colon of cloze": deck_text("  - id: a\n    cloze : x {{c1::y}}\n"),
    "an explicit cloze key": deck_text("  - id: a\n    ? cloze\n    : x {{c1::y}}\n"),
    "a tagged cloze key": deck_text("  - id: a\n    !!str cloze: x {{c1::y}}\n"),
    "a tagged cloze with an escaped brace": deck_text('  - id: a\n    cloze: !!str "\\x7b{c1::y}}"\n'),
    "an anchored cloze with an escaped brace": deck_text('  - id: a\n    cloze: &n "\\x7b{c1::y}}"\n'),
    "a tagged quote over the next card": deck_text(
        '  - id: a\n    front: !!str "q\n  - id: b\n    cloze: x {{c1::y}}\n    "\n    back: a\n'
    ),
    "a quote over the next card after a spaced key": deck_text(
        '  - id: a\n    front : "q\n  - id: b\n    cloze: x {{c1::y}}\n    "\n    back: a\n'
    ),
}


@pytest.mark.parametrize("name", READS)
def test_read_gives_the_parsed_index_of_the_plain_layout(name: str) -> None:
    text, pairs = READS[name]
    assert reads(text) == ("show-1", "Podcasts::Show", pairs)


@pytest.mark.parametrize("name", DECLINES)
def test_read_declines_other_layouts(name: str) -> None:
    assert quickindex.read(DECLINES[name]) is None


@pytest.mark.parametrize("name", MISREAD)
def test_read_does_not_misread_decks_that_parse(name: str) -> None:
    assert agrees(MISREAD[name]) is not None


# -- real decks --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", DECK_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_every_real_deck_is_read_with_its_parsed_index(path: Path) -> None:
    text = read_text(path)
    if parsed_index(text) is None:
        pytest.skip("the parser refuses this file")
    reads(text)
