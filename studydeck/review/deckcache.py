"""The deck cache: what checking each deck file gave, kept so an unchanged file is never parsed again.

For each deck file checked, two entries under the data folder, keyed by a hash of the file's bytes
and of the parser's own code: `<digest>.index`, the deck's outcome (its key, name and review cards,
or its problems), read at every start; and `<digest>.deck`, the whole deck, read when one of its
cards is shown. A cache that cannot be read or written only costs time: the deck is parsed again.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..deck.models import Deck

try:  # hashlib loads OpenSSL first, a fifth of a warm start; the BLAKE2 module alone is enough here
    from _blake2 import blake2b
except ImportError:  # pragma: no cover (Python builds without the module)
    from hashlib import blake2b

CACHE_FORMAT = 3
KEEP_UNUSED_DAYS = 30
# The modules whose code decides what a deck file parses to: the cache is void when one changes.
PARSER_FILES = tuple(f"deck/{name}.py" for name in ("deckfile", "tree", "quickyaml", "fullyaml", "cloze", "models"))
# (deck key, name, review cards as (card id, ordinal)): what planning needs of a deck.
Index = tuple[str, str, tuple[tuple[str, int], ...]]
# A deck file's outcome: its index, or its problems as (line, message); the path is the file's own.
Outcome = Index | list[tuple[int, str]]
_SUFFIXES = (".index", ".deck", ".tmp")  # .tmp: left by a process killed while writing


def fingerprint() -> bytes:
    """The cache format and the parser's own code: a studydeck upgrade that leaves them alone keeps the cache."""
    here = Path(__file__).parent.parent  # the studydeck package
    digest = blake2b(f"{CACHE_FORMAT}:{marshal.version}".encode(), digest_size=20)
    for name in PARSER_FILES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(f"{name}:?".encode())
    return digest.digest()


def digest(salt: bytes, data: bytes) -> str:
    """The name of a deck file's entries."""
    return blake2b(salt + data, digest_size=20).hexdigest()


@dataclass(frozen=True)
class DeckCache:
    """The cache folder; None keeps nothing."""

    folder: Path | None

    def outcome(self, digest: str) -> Outcome | None:
        """A deck file's outcome, or None if it was never checked (or its entry is unreadable)."""
        if self.folder is None:
            return None
        try:
            outcome = marshal.loads((self.folder / f"{digest}.index").read_bytes())
            if isinstance(outcome, list):
                return [(int(line), str(message)) for line, message in outcome]
            key, name, pairs = outcome
            os.utime(self.folder / f"{digest}.deck")  # in use: keep it (and fail here if it is gone)
            os.utime(self.folder / f"{digest}.index")
            return str(key), str(name), tuple((str(card), int(ordinal)) for card, ordinal in pairs)
        except (OSError, EOFError, ValueError, TypeError):
            return None

    def deck(self, digest: str) -> Deck | None:
        if self.folder is None:
            return None
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError, KeyError):
            return from_tuple(marshal.loads((self.folder / f"{digest}.deck").read_bytes()))
        return None

    def keep(self, digest: str, outcome: Outcome, deck: Deck | None = None) -> None:
        """Keep a checked deck: the whole deck first, so an index is only ever found with its deck beside it."""
        if deck is not None:
            self.keep_deck(digest, deck)
        self._write(f"{digest}.index", outcome)

    def keep_deck(self, digest: str, deck: Deck) -> None:
        self._write(f"{digest}.deck", to_tuple(deck))

    def prune(self, now: float) -> None:
        """Forget entries no run has used for KEEP_UNUSED_DAYS."""
        if self.folder is None:
            return
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.name.endswith(_SUFFIXES) and now - entry.stat().st_mtime > KEEP_UNUSED_DAYS * 86400:
                    os.unlink(entry.path)

    def _write(self, name: str, data: object) -> None:
        """Write beside, then rename: readers never see half a file. No fsync, unlike files.write_atomic:
        an entry lost or torn by a power cut does not load, and the deck is parsed again."""
        if self.folder is None:
            return
        path = self.folder / name
        tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                tmp.write_bytes(marshal.dumps(data))
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)


# A deck as nested tuples of text, for marshal: several times faster to write and read than JSON,
# which matters when a cold start caches a hundred decks. Its format is Python's own, so the
# fingerprint holds marshal's version.


def to_tuple(deck: Deck) -> tuple:
    """The deck without its path: the same text may live at another path."""
    episode = deck.episode
    return (
        deck.key,
        deck.name,
        (episode.podcast, episode.title, episode.host, episode.guests, episode.date, episode.duration, episode.link),
        deck.tags,
        tuple(
            (
                c.id,
                c.kind.value,
                c.text,
                c.front,
                c.back,
                c.typed,
                c.extra,
                c.tags,
                (c.source.section, c.source.speaker, c.source.at),
                tuple((s.rule, s.reason) for s in c.silence),
                c.line,
            )
            for c in deck.cards
        ),
    )


def from_tuple(data: tuple) -> Deck:
    from ..deck.models import Card, CardKind, Deck, Episode, Silence, Source

    key, name, episode, tags, cards = data
    return Deck(
        key,
        name,
        Episode(*episode),
        tuple(
            Card(
                id_,
                CardKind(kind),
                text,
                front,
                back,
                typed,
                extra,
                card_tags,
                Source(*source),
                tuple(Silence(*s) for s in silence),
                line,
            )
            for id_, kind, text, front, back, typed, extra, card_tags, source, silence, line in cards
        ),
        tags,
    )
