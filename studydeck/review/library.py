"""The decks as review cards: a session plans with each deck's review keys; cards are built only when shown.

A Shelf is one deck as planning sees it: its key, name and review cards (card id, deletion number),
and a way to get the whole deck when one of its cards is shown. `loading` makes the shelves; a
session may start before every deck is checked, so the whole deck may turn out to have problems.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ..deck import cloze
from ..deck.markup import to_plain
from ..deck.models import Card, CardKind, Deck
from ..errors import DeckError, Problem
from .store import ReviewKey


@dataclass(frozen=True)
class Item:
    """One review card: a card of a deck, and for a cloze card one of its deletion numbers."""

    deck: Deck
    card: Card
    ordinal: int = 0

    @property
    def key(self) -> ReviewKey:
        return ReviewKey(self.deck.key, self.card.id, self.ordinal)

    @property
    def prompt(self) -> str:
        if self.card.kind is CardKind.CLOZE:
            return to_plain(cloze.render(self.card.text, self.ordinal))
        return to_plain(self.card.front)

    @property
    def answers(self) -> list[str]:
        if self.card.kind is CardKind.CLOZE:
            return cloze.answers(self.card.text, self.ordinal)
        return [self.card.back]

    @property
    def revealed(self) -> str:
        """The whole card after the answer: the cloze text in full, or the back."""
        if self.card.kind is CardKind.CLOZE:
            return to_plain(cloze.reveal(self.card.text))
        return to_plain(self.card.back)

    @property
    def source(self) -> str:
        """Podcast, section, speaker and time; a speaker or time the prompt already shows (a quote card's
        'Name: "..."') is not said twice, and a speaker the card asks for ("Who said ...?") not at all."""
        prompt, asked = self.prompt, {a.strip().lower() for a in self.answers}
        told = [p for p in (self.card.source.speaker, self.card.source.at) if p and p not in prompt and p.lower() not in asked]
        parts = [self.deck.episode.podcast, self.card.source.section, *told]
        return " · ".join(p for p in parts if p)

    @property
    def where(self) -> str:
        """The card in its deck file, for a curator who wants to rewrite it."""
        return f"{self.deck.path}:{self.card.line}" if self.deck.path else str(self.key)


def review_pairs(deck: Deck) -> tuple[tuple[str, int], ...]:
    """The review cards of a deck in deck order, as (card id, ordinal): one per cloze deletion
    number, one (ordinal 0) per Q&A card."""
    return tuple((card.id, n) for card in deck.cards for n in _ordinals(card))


def _ordinals(card: Card) -> list[int] | tuple[int]:
    return cloze.ordinals(card.text) if card.kind is CardKind.CLOZE else (0,)


def review_keys(deck: Deck) -> tuple[ReviewKey, ...]:
    return tuple(ReviewKey(deck.key, card, n) for card, n in review_pairs(deck))


@dataclass
class Shelf:
    """One deck as a session plans with it: its review cards, and its cards once one is needed."""

    key: str
    name: str
    path: str
    pairs: tuple[tuple[str, int], ...]  # (card id, ordinal) of each review card, in deck order
    load: Callable[[], Deck] = field(repr=False)
    _deck: Deck | None = field(default=None, repr=False)
    _cards: dict[tuple[str, int], Card] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, deck: Deck) -> Shelf:
        pairs = review_pairs(deck)
        return cls(deck.key, deck.name, deck.path, pairs, lambda: deck, deck)

    @property
    def reviews(self) -> tuple[ReviewKey, ...]:
        return tuple(ReviewKey(self.key, card, ordinal) for card, ordinal in self.pairs)

    def deck(self) -> Deck:
        """The whole deck; DeckError if it has problems."""
        if self._deck is None:
            deck = self.load()
            self._deck = Deck(deck.key, deck.name, deck.episode, deck.cards, deck.tags, self.path)
        return self._deck

    def card(self, card_id: str, ordinal: int) -> Card | None:
        """The card of one review card; None if the whole deck has no such review card."""
        if not self._cards:
            self._cards = {(card.id, n): card for card in self.deck().cards for n in _ordinals(card)}
        return self._cards.get((card_id, ordinal))


class Library:
    """The decks of a session or of stats, as shelves of review keys.

    `checks`, for decks still being checked, gives the problems found so far in them (waiting for
    every check if asked to).
    """

    def __init__(self, shelves: Sequence[Shelf], checks: Callable[[bool], list[Problem]] | None = None) -> None:
        self.shelves = list(shelves)
        self._by_key = {shelf.key: shelf for shelf in self.shelves}
        self._checks = checks
        self._found: dict[str, list[Problem]] = {}  # by path: decks found to have problems as a card of theirs showed

    @classmethod
    def of(cls, decks: Iterable[Deck]) -> Library:
        return cls([Shelf.of(deck) for deck in decks])

    def keys(self) -> Iterator[ReviewKey]:
        for shelf in self.shelves:
            yield from shelf.reviews

    def item(self, key: ReviewKey) -> Item | None:
        """A review card to show; None if its deck, checked only now, has problems or lacks the card."""
        shelf = self._by_key[key.deck]
        try:
            deck = shelf.deck()
        except DeckError as e:
            self._found[shelf.path] = e.problems
            return None
        card = shelf.card(key.card, key.ordinal)
        return Item(deck, card, key.ordinal) if card else None

    def reload(self, deck_key: str) -> list[Problem]:
        """Read a deck's file again (a curator edited it during the session); its problems, if any,
        and then the deck stays as it was."""
        from ..deck import deckfile

        shelf = self._by_key[deck_key]
        try:
            deck = deckfile.load(shelf.path)
        except DeckError as e:
            return e.problems
        shelf.load, shelf._deck, shelf._cards = (lambda: deck), None, {}
        shelf.pairs = review_pairs(deck)
        return []

    def items(self) -> list[Item]:
        return [item for key in self.keys() if (item := self.item(key))]

    def problems(self, wait: bool = False) -> list[Problem]:
        """Problems of decks the library was made before they were checked: those found so far, or
        all of them if `wait`. Always none for a library of checked decks."""
        checked = self._checks(wait) if self._checks else []
        paths = {problem.path for problem in checked}
        return checked + [p for path, found in self._found.items() if path not in paths for p in found]
