"""Re-ingest: a deck's cards, its lock and the cards the notes give now -> what happens to each card, and the new lock.

A deck card is paired with the card the notes give for it: by id, by a replacement the lock
remembers, or (for a card ingest made that the notes no longer give) by similarity to a card with a
new id (match.py). The lock's `made` hash of a paired card tells what to do: the notes unchanged
since ingest last gave the card, nothing; the deck card still as ingest gave it, it follows the
notes (same id, so review history and the Anki note stay); the curator edited it, a conflict,
reported once. A card with no recorded hash (a lock from before `made`) counts as edited.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..deck import lockfile
from ..deck.models import Card
from . import generate, match


class Action(str, enum.Enum):
    ADDED = "added"
    UPDATED = "updated"
    CONFLICT = "conflict"
    KEPT = "kept"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Entry:
    """What ingest does with one card, and why: a line of its report."""

    action: Action
    card_id: str  # the deck card's id; for a skipped card, the id the notes' card would have had
    why: str
    origins: tuple[str, ...] = ()  # 'path:line' of the takeaways or quotes it comes from
    deck_card: Card | None = None  # the deck's card: before an update, or the curator's side of a conflict
    notes_card: Card | None = None  # what the notes give now, under the deck card's id
    covered_by: str = ""  # skipped: the deck card that already asks for the fact
    line: int = 0  # where the deck card stands in the deck's new text


# The reasons, as the report says them.
SAME = "as the notes give it"
EDITED = "edited by the curator; the notes give what they gave before"
EDITED_UNKNOWN = "differs from the notes; kept as it is (the lock has no record of what ingest gave)"
NO_LONGER = "the notes no longer give it"
OWN = "the curator's own card"
FOLLOWS = "the notes changed and the card was as ingest made it"
BOTH_CHANGED = (
    "edited by the curator and changed in the notes: the deck's text is kept; "
    "take what you want from the notes' text (reported once)"
)
NEW = "new in the notes"
ASKED = "already asked by card"
DELETED = "deleted by the curator"


@dataclass
class Outcome:
    entries: list[Entry] = field(default_factory=list)
    added: list[Card] = field(default_factory=list)
    updates: dict[str, Card] = field(default_factory=dict)  # deck card id -> its new content
    lock: lockfile.Lock = field(default_factory=lockfile.Lock)
    # Hashes learned for cards of an older lock that read exactly as the notes give them: true, but
    # written only along with a real change, so re-ingesting changes no file when nothing changed.
    learned: dict[str, str] = field(default_factory=dict)


def reconcile(cards: Sequence[Card], made: Sequence[generate.Made], old_lock: lockfile.Lock) -> Outcome:
    """What to do with each card; `old_lock` is left as it is."""
    out = Outcome(lock=old_lock.copy())
    lock = out.lock
    by_id = {c.id: c for c in cards}
    known = lock.generated | set(lock.made)
    paired = _pair(cards, made, lock, known)
    for n, m in enumerate(made):
        target = paired.get(n)
        if target is not None:
            _follow(out, by_id[target], m)
        else:
            _new_or_skipped(out, cards, m, known)
    followed = set(paired.values())
    for card in cards:
        if card.id not in followed:
            out.entries.append(Entry(Action.KEPT, card.id, NO_LONGER if card.id in known else OWN))
    lock.generated |= {m.card.id for m in made}
    return out


def _pair(cards: Sequence[Card], made: Sequence[generate.Made], lock: lockfile.Lock, known: set[str]) -> dict[int, str]:
    """The index of each of the notes' cards that stands for a deck card -> that card's id."""
    ids = {c.id for c in cards}
    paired: dict[int, str] = {}
    taken: set[str] = set()
    for n, m in enumerate(made):
        target = lock.replaced.get(m.card.id, m.card.id)
        if target in ids and target not in taken:
            paired[n] = target
            taken.add(target)
    # Only cards ingest made that the notes no longer give, and only cards the notes never gave
    # before: a card still given is not a correction of another one.
    stale = [c for c in cards if c.id in known and c.id not in taken]
    fresh = [n for n, m in enumerate(made) if n not in paired and m.card.id not in known]
    for i, j in match.pairs(stale, [made[n].card for n in fresh]):
        paired[fresh[j]] = stale[i].id
    return paired


def _follow(out: Outcome, deck_card: Card, m: generate.Made) -> None:
    """The deck card the notes' card stands for: kept, updated or a conflict."""
    lock = out.lock
    notes_card = replace(m.card, id=deck_card.id, line=deck_card.line)
    if m.card.id != deck_card.id:
        lock.replaced[m.card.id] = deck_card.id
    given, now, recorded = lockfile.card_hash(notes_card), lockfile.card_hash(deck_card), lock.made.get(deck_card.id)

    def entry(action: Action, why: str, **cards: Card) -> None:
        out.entries.append(Entry(action, deck_card.id, why, m.origins, **cards))

    if now == given:
        entry(Action.KEPT, SAME)
        if recorded is None:
            out.learned[deck_card.id] = given
        else:
            lock.made[deck_card.id] = given
    elif recorded == given:
        entry(Action.KEPT, EDITED)
    elif recorded is not None and now == recorded:
        entry(Action.UPDATED, FOLLOWS, deck_card=deck_card, notes_card=notes_card)
        out.updates[deck_card.id] = notes_card
        lock.made[deck_card.id] = given
    elif recorded is None and m.card.id == deck_card.id:
        # The same id: the notes give the text this card was made from, so the difference is the curator's.
        entry(Action.KEPT, EDITED_UNKNOWN)
    else:
        # Remembered as given, so the conflict is reported once, not on every ingest.
        entry(Action.CONFLICT, BOTH_CHANGED, deck_card=deck_card, notes_card=notes_card)
        lock.made[deck_card.id] = given


def _new_or_skipped(out: Outcome, cards: Sequence[Card], m: generate.Made, known: set[str]) -> None:
    # Checked against the deck as it was: the notes' cards are already one per fact.
    cover = next((c for c in cards if generate.duplicate(c, m.card)), None)
    if cover is not None:
        out.entries.append(Entry(Action.SKIPPED, m.card.id, ASKED, m.origins, covered_by=cover.id))
    elif m.card.id in known:
        out.entries.append(Entry(Action.SKIPPED, m.card.id, DELETED, m.origins))
    else:
        out.entries.append(Entry(Action.ADDED, m.card.id, NEW, m.origins))
        out.added.append(m.card)
        out.lock.made[m.card.id] = lockfile.card_hash(m.card)
