"""Decks -> an Anki package (.apkg), with stable ids and per-note modification times (genanki)."""

from __future__ import annotations

import functools
import hashlib
import html
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import genanki

from ..deck import lockfile, markup
from ..deck.files import write_atomic
from ..deck.models import Card, CardKind, Deck, Episode, Schedule
from . import links, package, presets
from .templates import FIELDS, NOTE_TYPE_NAMES, TEMPLATE_NAMES, Templates

# The tags ingest gives the cards it makes, by the form of the card. In Anki they go under one
# parent, so that a learner's own tags stay uncluttered; a curator's other tags stay as written.
OWN_TAGS = frozenset({"claim", "why", "how", "practice", "recommended", "quote", "who-said"})
TAG_PARENT = "studydeck::"


def stable_id(name: str) -> int:
    """An Anki id derived from a stable name, in the range genanki recommends."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def kind_of(card: Card) -> str:
    if card.kind is CardKind.CLOZE:
        return "cloze"
    return "typed" if card.typed else "qa"


def note_guid(deck: Deck, card: Card) -> str:
    """From the deck key and card id only: editing the text keeps the note."""
    return genanki.guid_for("studydeck", deck.key, card.id)


def source_html(deck: Deck, card: Card) -> str:
    """Episode, speaker, time and section; the episode links to the episode, the time to its moment."""
    spans = [_episode_span(deck.episode)]
    src = card.source
    if src.speaker:
        spans.append(f'<span class="speaker">{_html(src.speaker)}</span>')
    if src.at:
        moment = links.moment(deck.episode.link, src.at)
        at = links.anchor(moment, _html(src.at)) if moment else _html(src.at)
        spans.append(f'<span class="at">{at}</span>')
    if src.section:
        spans.append(f'<span class="section">{_html(src.section)}</span>')
    return "".join(spans)


@functools.lru_cache(maxsize=64)
def _episode_span(ep: Episode) -> str:
    """The same for every card of a deck: made once."""
    title = _html(f"{ep.podcast} — {ep.title}")
    url = links.web_link(ep.link)
    return f'<span class="episode">{links.anchor(url, title) if url else title}</span>'


def _html(text: str) -> str:
    """markup.to_html, without its regular expressions for the many texts that have no markup."""
    if "*" in text or "`" in text or "\n" in text or "[" in text or "\\" in text:
        return markup.to_html(text)  # marks to render, or Anki markup ([sound:], MathJax) to neutralise
    return html.escape(text, quote=True)


def note_fields(deck: Deck, card: Card) -> list[str]:
    source = source_html(deck, card)
    if card.kind is CardKind.CLOZE:
        return [_html(card.text), _html(card.extra), source]
    return [_html(card.front), _html(card.back), _html(card.extra), source]


def note_tags(deck: Deck, card: Card) -> list[str]:
    """The deck's tags and the card's, studydeck's own filed under `studydeck::`."""
    return sorted(set(deck.tags) | {anki_tag(t) for t in card.tags})


def anki_tag(tag: str) -> str:
    """`quote` -> `studydeck::quote` for a tag studydeck gives the cards it makes; any other as written."""
    return TAG_PARENT + tag.lower() if tag.lower() in OWN_TAGS else tag


class StampedNote(NamedTuple):
    """A card ready for Anki: its kind, fields, tags and the modification time from the lock.

    A tuple: a library's worth of them is passed from the worker processes (pickled) at half the cost.
    """

    guid: str
    kind: str
    fields: list[str]
    tags: list[str]
    mod: int


@dataclass(frozen=True)
class StampedDeck:
    """A deck ready for Anki: only what the package needs, so that it is cheap to pass between processes."""

    deck_id: int
    name: str
    description: str
    notes: list[StampedNote]
    note_type_mods: dict[str, int]
    preset: dict  # the deck options preset (see presets)


def stamp(
    deck: Deck, lock: lockfile.Lock, templates: Templates, now: int, library: Schedule | None = None
) -> StampedDeck:
    """Give each note and note type the time its content last changed, updating the lock.

    `library`: the schedule settings of the deck's folder, which its own override.
    """
    notes = []
    for card in deck.cards:
        kind = kind_of(card)
        fields, tags = note_fields(deck, card), note_tags(deck, card)
        digest = lockfile.content_hash(NOTE_TYPE_NAMES[kind], fields, tags)
        mod = lockfile.restamp(lock.cards, card.id, digest, now).mod
        notes.append(StampedNote(note_guid(deck, card), kind, fields, tags, mod))
    # Cards that left the deck leave the lock; a card coming back later is simply stamped anew.
    for gone in set(lock.cards) - {c.id for c in deck.cards}:
        del lock.cards[gone]
    kinds = sorted({n.kind for n in notes})
    mods = {k: lockfile.restamp(lock.note_types, k, templates.digest(k), now).mod for k in kinds}
    deck_id = stable_id(f"studydeck deck {deck.name}")
    preset = presets.preset(presets.resolved(deck.schedule, library or Schedule()))
    return StampedDeck(deck_id, deck.name, deck_description(deck), notes, mods, preset)


def _models(templates: Templates) -> dict[str, package.Model]:
    """studydeck's note types; each one's time is set from the decks that use it."""
    return {
        kind: package.Model(
            0,
            model_id=stable_id(f"studydeck note type {kind}"),
            name=NOTE_TYPE_NAMES[kind],
            fields=[{"name": f} for f in FIELDS[kind]],
            templates=[{"name": TEMPLATE_NAMES[kind], "qfmt": templates.front(kind), "afmt": templates.back(kind)}],
            css=templates.files["style.css"],
            model_type=genanki.Model.CLOZE if kind == "cloze" else genanki.Model.FRONT_BACK,
            sort_field_index=0,
        )
        for kind in NOTE_TYPE_NAMES
    }


def deck_description(deck: Deck) -> str:
    ep = deck.episode
    lines = [f"<b>{markup.to_html(ep.podcast)}</b>: {markup.to_html(ep.title)}"]
    people = ", ".join(ep.speakers)
    details = " · ".join(x for x in (people, ep.date, ep.duration) if x)
    if details:
        lines.append(markup.to_html(details))
    url = links.web_link(ep.link)
    if url:
        lines.append(links.anchor(url, html.escape(url)))
    elif ep.link:
        lines.append(markup.to_html(ep.link))
    return "<br>".join(lines)


def writer(templates: Templates) -> package.PackageWriter:
    """A package to `add` stamped decks to, one by one, then `finish`."""
    return package.PackageWriter(_models(templates))


def add(into: package.PackageWriter, stamped: StampedDeck) -> None:
    into.add_deck(stamped.deck_id, stamped.name, stamped.description, stamped.note_type_mods, stamped.preset)
    into.add_notes(stamped.deck_id, ((n.kind, n.guid, n.fields, n.tags, n.mod) for n in stamped.notes))


def package_bytes(stamped: list[StampedDeck], templates: Templates) -> bytes:
    """The .apkg as bytes: the same stamped decks always give the same bytes."""
    with writer(templates) as into:
        for s in stamped:
            add(into, s)
        return into.finish()


def write_package(path: Path, data: bytes) -> bool:
    """Write the package atomically; leave an identical file untouched. True when written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True
