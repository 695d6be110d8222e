"""The decks as review cards: deck files -> each deck's review keys, with cards built only when shown.

Planning a session needs only which review cards each deck has, in order; card texts are needed
only for the cards shown. So each valid deck file is cached under the data folder, keyed by a hash
of its bytes and of the parser's own files, as two JSON files: a small index (key, name, review
keys) read at every start, and the whole deck, read when one of its cards is first shown. YAML is
parsed only for files that changed: it is most of the start-up of a large library (seconds for
20,000 cards). A deck with problems is never cached; it is reported every time, as `check` does.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import __version__, cloze
from .errors import DeckError, Problem
from .files import find_decks
from .markup import to_plain
from .models import Card, CardKind, Deck, Episode, Silence, Source
from .store import ReviewKey

try:  # hashlib loads OpenSSL first, a fifth of a warm start; the BLAKE2 module alone is enough here
    from _blake2 import blake2b
except ImportError:  # pragma: no cover (Python builds without the module)
    from hashlib import blake2b

CACHE_FORMAT = 1
KEEP_UNUSED_DAYS = 30
# The modules whose code decides what a deck file parses to: the cache is void when one changes.
PARSER_FILES = ("deckfile.py", "tree.py", "quickyaml.py", "fullyaml.py", "cloze.py", "models.py")


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
        parts = [self.deck.episode.podcast, self.card.source.section, self.card.source.speaker, self.card.source.at]
        return " · ".join(p for p in parts if p)

    @property
    def where(self) -> str:
        """The card in its deck file, for a curator who wants to rewrite it."""
        return f"{self.deck.path}:{self.card.line}" if self.deck.path else str(self.key)


def review_keys(deck: Deck) -> tuple[ReviewKey, ...]:
    """The review cards of a deck in deck order: one per cloze deletion number, one per Q&A card."""
    keys: list[ReviewKey] = []
    for card in deck.cards:
        if card.kind is CardKind.CLOZE:
            keys.extend(ReviewKey(deck.key, card.id, n) for n in cloze.ordinals(card.text))
        else:
            keys.append(ReviewKey(deck.key, card.id, 0))
    return tuple(keys)


@dataclass
class Shelf:
    """One deck as a session plans with it: its review cards, and its cards once one is needed."""

    key: str
    name: str
    path: str
    pairs: tuple[tuple[str, int], ...]  # (card id, ordinal) of each review card, in deck order
    load: Callable[[], Deck] = field(repr=False)
    _deck: Deck | None = field(default=None, repr=False)
    _cards: dict[str, Card] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, deck: Deck) -> Shelf:
        pairs = tuple((k.card, k.ordinal) for k in review_keys(deck))
        return cls(deck.key, deck.name, deck.path, pairs, lambda: deck, deck)

    @property
    def reviews(self) -> tuple[ReviewKey, ...]:
        return tuple(ReviewKey(self.key, card, ordinal) for card, ordinal in self.pairs)

    def deck(self) -> Deck:
        if self._deck is None:
            deck = self.load()
            self._deck = Deck(deck.key, deck.name, deck.episode, deck.cards, deck.tags, self.path)
        return self._deck

    def card(self, card_id: str) -> Card:
        if not self._cards:
            self._cards = {card.id: card for card in self.deck().cards}
        return self._cards[card_id]


class Library:
    """The decks of a session or of stats, as shelves of review keys."""

    def __init__(self, shelves: Sequence[Shelf]) -> None:
        self.shelves = list(shelves)
        self._by_key = {shelf.key: shelf for shelf in self.shelves}

    @classmethod
    def of(cls, decks: Iterable[Deck]) -> Library:
        return cls([Shelf.of(deck) for deck in decks])

    def keys(self) -> Iterator[ReviewKey]:
        for shelf in self.shelves:
            yield from shelf.reviews

    def item(self, key: ReviewKey) -> Item:
        shelf = self._by_key[key.deck]
        return Item(shelf.deck(), shelf.card(key.card), key.ordinal)

    def items(self) -> list[Item]:
        return [self.item(key) for key in self.keys()]


# -- loading, with the cache ---------------------------------------------------------------------


def load(
    paths: Iterable[str | Path], cache_dir: Path | None, now: float | None = None
) -> tuple[Library, list[Problem]]:
    """The decks named by paths, like deckfile.load_all; unchanged files come from the cache.

    `now` (epoch seconds), when given, clears cache entries no run has used for KEEP_UNUSED_DAYS.
    """
    paths = list(paths)
    salt = _parser_fingerprint()
    shelves: list[Shelf] = []
    problems: list[Problem] = []
    for path in find_decks(paths):
        try:
            data = path.read_bytes()
        except OSError:
            problems.extend(_read_problems(path))
            continue
        digest = blake2b(salt + data, digest_size=20).hexdigest()
        shelf = _cached_shelf(cache_dir, digest, str(path))
        if shelf is None:
            from . import deckfile  # the YAML parser loads only when a file changed

            try:
                deck = deckfile.parse(data, str(path))
            except DeckError as e:
                problems.extend(e.problems)
                continue
            _write(cache_dir, digest, deck)
            shelf = Shelf.of(deck)
        shelves.append(shelf)
    if len({shelf.key for shelf in shelves}) < len(shelves):
        from . import deckfile  # it words duplicate deck keys; rare enough to parse again

        return Library([]), deckfile.load_all(paths)[1]
    if cache_dir is not None and now is not None:
        prune(cache_dir, now)
    return Library(shelves), problems


def prune(cache_dir: Path, now: float) -> None:
    """Forget cached decks no run has used for a while."""
    try:
        entries = list(os.scandir(cache_dir))
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if entry.name.endswith(".json") and now - entry.stat().st_mtime > KEEP_UNUSED_DAYS * 86400:
                os.unlink(entry.path)


def _read_problems(path: Path) -> list[Problem]:
    from . import deckfile

    try:
        deckfile.load(path)
    except DeckError as e:
        return e.problems
    return [Problem(str(path), 0, "cannot read the deck file")]


def _parser_fingerprint() -> bytes:
    parts = [f"{CACHE_FORMAT}:{__version__}"]
    here = Path(__file__).parent
    for name in PARSER_FILES:
        try:
            st = os.stat(here / name)
            parts.append(f"{name}:{st.st_mtime_ns}:{st.st_size}")
        except OSError:
            parts.append(f"{name}:?")
    return "|".join(parts).encode()


def _cached_shelf(cache_dir: Path | None, digest: str, path: str) -> Shelf | None:
    if cache_dir is None:
        return None
    index, whole = cache_dir / f"{digest}.index.json", cache_dir / f"{digest}.deck.json"
    try:
        data = json.loads(index.read_bytes())
        for used in (index, whole):
            os.utime(used)  # in use: keep it
        pairs = tuple(map(tuple, data["reviews"]))
        return Shelf(data["key"], data["name"], path, pairs, lambda: _cached_deck(whole, path))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent or unreadable: parse the deck instead


def _cached_deck(whole: Path, path: str) -> Deck:
    try:
        return from_dict(json.loads(whole.read_bytes()))
    except (OSError, ValueError, KeyError, TypeError):
        # Cleared by another process since the start: the text on disk is the source of truth.
        from . import deckfile

        return deckfile.load(path)


def _write(cache_dir: Path | None, digest: str, deck: Deck) -> None:
    if cache_dir is None:
        return
    index = {"key": deck.key, "name": deck.name, "reviews": [[k.card, k.ordinal] for k in review_keys(deck)]}
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        cache_dir.mkdir(parents=True, exist_ok=True)
        # The whole deck first: an index is only ever found with its deck beside it.
        _replace(cache_dir / f"{digest}.deck.json", json.dumps(to_dict(deck), ensure_ascii=False))
        _replace(cache_dir / f"{digest}.index.json", json.dumps(index, ensure_ascii=False))


def _replace(path: Path, text: str) -> None:
    """Write beside, then rename: readers never see half a file. No fsync, unlike files.write_atomic:
    a cache file lost or torn by a power cut reads as invalid JSON, and the deck is parsed again."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def to_dict(deck: Deck) -> dict:
    data = asdict(deck)
    del data["path"]  # the same text may live at another path
    return data


def from_dict(data: dict) -> Deck:
    return Deck(
        key=data["key"],
        name=data["name"],
        episode=Episode(**{**data["episode"], "guests": tuple(data["episode"]["guests"])}),
        cards=tuple(_card(c) for c in data["cards"]),
        tags=tuple(data["tags"]),
    )


def _card(c: dict) -> Card:
    return Card(
        id=c["id"],
        kind=CardKind(c["kind"]),
        text=c["text"],
        front=c["front"],
        back=c["back"],
        typed=c["typed"],
        extra=c["extra"],
        tags=tuple(c["tags"]),
        source=Source(**c["source"]),
        silence=tuple(Silence(**s) for s in c["silence"]),
        line=c["line"],
    )
