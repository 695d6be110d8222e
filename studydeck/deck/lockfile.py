"""The lock file beside each deck: what studydeck must remember between runs, committed with the deck.

`decks/foo.yaml` has `decks/foo.lock` (JSON). It holds, per card id, a hash of the card's exported
content and the modification time Anki sees, so a card's time changes exactly when its content
does; the same for the note types; and the ids that ingest has generated, so a card a curator
deleted is not brought back. Ingest also keeps, per deck card, the hash of the card as ingest last
gave it (`made`), to tell a card the curator never edited from one they did, and which generated id
now stands for which deck card (`replaced`), once a corrected card has taken an older card's place.
Both are additive: a lock without them reads as "nothing known", never as "not edited".
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem, StudydeckError
from .files import read_limited, write_atomic
from .models import Card

VERSION = 1
MAX_LOCK_BYTES = 64 * 1024 * 1024  # a lock holds a line per card: far above any deck's


@dataclass(frozen=True)
class Stamp:
    hash: str
    mod: int  # seconds since the epoch, as Anki stores it


@dataclass
class Lock:
    cards: dict[str, Stamp] = field(default_factory=dict)
    note_types: dict[str, Stamp] = field(default_factory=dict)
    generated: set[str] = field(default_factory=set)
    made: dict[str, str] = field(default_factory=dict)  # deck card id -> card_hash of what ingest last gave
    replaced: dict[str, str] = field(default_factory=dict)  # generated id -> the deck card id it updates

    def to_dict(self) -> dict:
        data = {
            "version": VERSION,
            "note_types": {k: [s.hash, s.mod] for k, s in sorted(self.note_types.items())},
            "cards": {k: [s.hash, s.mod] for k, s in sorted(self.cards.items())},
            "generated": sorted(self.generated),
        }
        # Written only when there is something to say, so locks of decks never re-ingested keep their bytes.
        for name in ("made", "replaced"):
            if getattr(self, name):
                data[name] = dict(sorted(getattr(self, name).items()))
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Lock:
        """The lock from its JSON; ValueError naming what is wrong when it is not one."""
        generated = data.get("generated", [])
        if not isinstance(generated, list) or not all(isinstance(g, str) for g in generated):
            raise ValueError("'generated' must be a list of card ids")
        return cls(
            cards=_stamps(data.get("cards", {}), "cards"),
            note_types=_stamps(data.get("note_types", {}), "note_types"),
            generated=set(generated),
            made=_texts(data.get("made", {}), "made"),
            replaced=_texts(data.get("replaced", {}), "replaced"),
        )

    def copy(self) -> Lock:
        return Lock(
            cards=dict(self.cards),
            note_types=dict(self.note_types),
            generated=set(self.generated),
            made=dict(self.made),
            replaced=dict(self.replaced),
        )


def _texts(value: object, name: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError(f"{name!r} must map card ids to text")
    return dict(value)


def card_hash(card: Card) -> str:
    """A card's content as the curator sees it in the deck file: everything but its id and line."""
    where = [card.source.section, card.source.speaker, card.source.at]
    silence = [[s.rule, s.reason] for s in card.silence]
    shown = [card.kind.value, card.text, card.front, card.back, card.typed, card.extra, list(card.tags)]
    return content_hash(*shown, where, silence)


# A modification time Anki can store (SQLite integers are 64-bit), with room to count up from it.
MAX_MOD = 2**62


def _stamps(entries: object, what: str) -> dict[str, Stamp]:
    if not isinstance(entries, dict):
        raise ValueError(f"{what!r} must map ids to [hash, time]")
    stamps = {}
    for key, entry in entries.items():
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)):
            raise ValueError(f"{what} entry {key!r} must be [hash, time]")
        mod = entry[1]
        if type(mod) is not int or not 0 <= mod <= MAX_MOD:
            raise ValueError(f"{what} entry {key!r} has a time that is not a whole number of seconds since 1970")
        stamps[key] = Stamp(entry[0], mod)
    return stamps


def path_for(deck_path: str | Path) -> Path:
    return Path(deck_path).with_suffix(".lock")


def read(deck_path: str | Path) -> Lock:
    """The lock of a deck file; an empty one if it has none yet."""
    path = path_for(deck_path)
    try:
        data = read_limited(path, MAX_LOCK_BYTES)
    except FileNotFoundError:
        return Lock()
    except OSError as e:
        message = f"cannot read the lock file: {e.strerror}"
        raise StudydeckError(f"{path}: {message}", [Problem(str(path), 0, message)]) from None
    try:
        data = json.loads(data.decode("utf-8"))
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ValueError(f"expected version {VERSION}")
        return Lock.from_dict(data)
    except (ValueError, TypeError, AttributeError, RecursionError) as e:
        line = getattr(e, "lineno", 1)
        message = (
            f"the lock file is damaged ({e}): restore it from version control, or delete it "
            "(learners then see every card as changed on their next import)"
        )
        raise StudydeckError(message, [Problem(str(path), line, message)]) from None


def write(deck_path: str | Path, lock: Lock) -> bool:
    """Write the lock if it changed; True when it did."""
    path = path_for(deck_path)
    text = to_text(lock)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except OSError:
        pass
    write_atomic(path, text)
    return True


def to_text(lock: Lock) -> str:
    """JSON with one line per card, so a diff of the lock shows which cards changed."""
    data = lock.to_dict()

    def block(rows: list[str], open_: str, close: str) -> str:
        return open_ + "\n" + ",\n".join(rows) + "\n " + close if rows else open_ + close

    def mapping(items: dict) -> str:
        return block([f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in items.items()], "{", "}")

    generated = block([f"  {json.dumps(g, ensure_ascii=False)}" for g in data["generated"]], "[", "]")
    parts = [
        f' "version": {VERSION}',
        f' "note_types": {mapping(data["note_types"])}',
        f' "cards": {mapping(data["cards"])}',
        f' "generated": {generated}',
    ]
    parts += [f' "{name}": {mapping(data[name])}' for name in ("made", "replaced") if name in data]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def content_hash(*parts: object) -> str:
    """A short, stable hash of what a learner would see change."""
    blob = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def restamp(stamps: dict[str, Stamp], key: str, digest: str, now: int) -> Stamp:
    """The stamp for `key` with content `digest`: unchanged if the content is, else newer than before."""
    old = stamps.get(key)
    if old is not None and old.hash == digest:
        return old
    mod = now if old is None else max(now, old.mod + 1)
    stamp = Stamp(digest, mod)
    stamps[key] = stamp
    return stamp
