"""Ingest: notes files -> one deck file per episode, created or merged into without undoing the curator's work.

A deck that exists is never re-dumped: new cards are appended to the end of its `cards:` list as
text, so the curator's comments, order and wording stay. The lock's `generated` list remembers every
id ingest ever made for the deck, so a card the curator deleted is not made again. Every deck is
planned and validated before any file is written.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..deck import deckfile, lockfile
from ..deck.files import finish_pending, shared_lock_message, write_together
from ..deck.models import Card, Deck, Episode, Notes
from ..errors import DeckError, Problem, StudydeckError
from ..language import words
from . import generate, notes

KEY_LENGTH = 60


@dataclass(frozen=True)
class DeckPlan:
    """What ingest does to one deck file."""

    path: Path
    name: str
    created: bool
    added: tuple[Card, ...]
    kept: tuple[str, ...]  # ids the deck already has
    deleted: tuple[str, ...]  # made before and deleted by the curator: not brought back
    covered: tuple[str, ...]  # new cards whose fact a card of the deck already asks for
    text: str  # the deck file's new text
    old_text: str
    lock: lockfile.Lock
    old_lock_text: str

    @property
    def changed(self) -> bool:
        return self.text != self.old_text or lockfile.to_text(self.lock) != self.old_lock_text


@dataclass
class Result:
    decks: list[DeckPlan] = field(default_factory=list)
    unused: list[Problem] = field(default_factory=list)  # takeaways and quotes no card could be made from


def plan(paths: Iterable[str | Path], out_dir: str | Path, recover: bool = False) -> Result:
    """Read every notes file and work out each deck's new text; writes nothing.

    `recover`: first finish (or drop) what an ingest stopped midway left in OUTPUT, so the plan
    starts from decks and locks that belong together.
    """
    read = read_all(paths)
    out_dir = Path(out_dir)
    if recover and out_dir.is_dir():
        finish_pending(out_dir)
    existing = _existing_decks(out_dir)
    if shared := deckfile.shared_lock_problems(list(existing)):
        raise DeckError(shared)
    result = Result()
    taken: set[Path] = set()
    for group in notes.episodes(read):
        episode = notes.merge(group)
        made = generate.make(group)
        result.unused += unused(group, made)
        path, deck = _target(episode, out_dir, existing, taken)
        taken.add(path)
        result.decks.append(_merge(path, deck, episode, made))
    return result


def write(result: Result, out_dir: str | Path) -> list[Path]:
    """Write each deck and its lock that changed, the two together (see files.write_together); the decks written."""
    written = []
    for d in result.decks:
        files: dict[Path, str | bytes] = {}
        if d.text != d.old_text:
            files[d.path] = d.text
        lock_text = lockfile.to_text(d.lock)
        if lock_text != d.old_lock_text:
            files[lockfile.path_for(d.path)] = lock_text
        write_together(files, Path(out_dir))
        if d.path in files:
            written.append(d.path)
    return written


def read_all(paths: Iterable[str | Path]) -> list[Notes]:
    """Every file parsed, or one error listing every file that is not notes."""
    known = words.known_words()
    found, problems = [], []
    seen: set[str] = set()
    for path in notes_files(paths):
        if isinstance(path, Problem):
            problems.append(path)
            continue
        if os.path.realpath(path) in seen:  # the same file named twice would double every card
            continue
        seen.add(os.path.realpath(path))
        try:
            found.append(notes.read(path, known))
        except StudydeckError as e:
            problems += e.problems or [Problem(str(path), 0, str(e))]
    if problems:
        count = len(problems)
        raise StudydeckError(f"{count} notes file{'s' if count != 1 else ''} could not be read", problems)
    if not found:
        raise StudydeckError("no notes files given: name one or more notes files")
    return found


NOTES_SUFFIXES = (".txt", ".md", ".markdown")


def notes_files(paths: Iterable[str | Path]) -> Iterable[str | Path | Problem]:
    """The paths as given, a folder replaced by the notes files in it (by name), or a Problem when it has none."""
    for path in paths:
        if not Path(path).is_dir():
            yield path
            continue
        inside = sorted(
            p for p in Path(path).iterdir() if p.suffix.lower() in NOTES_SUFFIXES and not p.name.startswith(".")
        )
        yield from inside or [Problem(str(path), 0, "no notes files (.txt, .md) in this folder: name the notes files")]


def unused(group: list[Notes], made: list[generate.Made]) -> list[Problem]:
    origins = {o for m in made for o in m.origins}
    problems = []
    for n in group:
        for tk in n.takeaways:
            if f"{n.path}:{tk.line}" not in origins:
                problems.append(Problem(n.path, tk.line, "no card made from this takeaway: too short to ask about"))
        for q in n.quotes:
            if f"{n.path}:{q.line}" not in origins:
                problems.append(Problem(n.path, q.line, "no card made from this quote: too short to ask about"))
    return problems


# -- which deck -------------------------------------------------------------------------------


def deck_key(episode: Episode) -> str:
    """The deck's key: readable from the names where they have Latin letters, else a stable digest.

    The digest is sha256, never Python's `hash()`, which changes every run: the key is the deck's
    identity in Anki, so two ingests of the same notes must give the same one.
    """
    key = generate.slug(f"{episode.podcast} {short_title(episode)}", KEY_LENGTH)
    if key:
        return key
    basis = f"{episode.podcast}\x1f{episode.title}".encode()
    return "episode-" + hashlib.sha256(basis).hexdigest()[:10]


def deck_name(episode: Episode) -> str:
    def level(text: str) -> str:
        return text.replace("::", ":").strip() or "Untitled"

    return f"Podcasts::{level(episode.podcast)}::{level(short_title(episode))}"


def short_title(episode: Episode) -> str:
    """The title without a trailing '| Guest' that the deck's episode already names."""
    title = episode.title
    if " | " in title:
        head, tail = title.rsplit(" | ", 1)
        if any(notes.text.fold(notes.text.person(tail)) == notes.text.fold(g) for g in episode.guests):
            return head.strip()
    return title


def _existing_decks(out_dir: Path) -> dict[Path, Deck | DeckError]:
    if not out_dir.is_dir():
        return {}
    found: dict[Path, Deck | DeckError] = {}
    for path in deckfile.find([out_dir]):
        try:
            found[path] = deckfile.load(path)
        except DeckError as e:
            found[path] = e
    return found


def _target(
    episode: Episode, out_dir: Path, existing: dict[Path, Deck | DeckError], taken: set[Path]
) -> tuple[Path, Deck | None]:
    """The deck file of the episode: one whose episode has this title, else OUTPUT/<key>.yaml."""
    wanted = {notes.text.fold(episode.title), notes.text.fold(short_title(episode))}
    for path, deck in existing.items():
        if isinstance(deck, Deck) and path not in taken:
            titles = {notes.text.fold(deck.episode.title), notes.text.fold(short_title(deck.episode))}
            if titles & wanted:
                return path, deck
    path = out_dir / f"{deck_key(episode)}.yaml"
    for other in existing:
        if other != path and other.with_suffix(".lock") == path.with_suffix(".lock"):
            raise DeckError([Problem(str(path), 0, shared_lock_message(other))])
    found = existing.get(path)
    if isinstance(found, DeckError):
        raise found  # the file we would write to is broken: say so, touch nothing
    if found is not None or path in taken:
        raise StudydeckError(
            f"{path}: this deck file holds another episode: rename it, or ingest into another folder with -o"
        )
    return path, None


# -- merging ----------------------------------------------------------------------------------


def _merge(path: Path, deck: Deck | None, episode: Episode, made: list[generate.Made]) -> DeckPlan:
    lock = lockfile.read(path)
    old_lock_text = lockfile.to_text(lock) if lockfile.path_for(path).exists() else ""
    lock = lockfile.Lock(cards=dict(lock.cards), note_types=dict(lock.note_types), generated=set(lock.generated))
    current = list(deck.cards) if deck else []
    ids = {c.id for c in current}
    added: list[Card] = []
    kept, deleted, covered = [], [], []
    before = tuple(current)
    for m in made:
        card = m.card
        if card.id in ids:
            kept.append(card.id)
        elif any(generate.duplicate(c, card) for c in before):
            # Checked against the deck as it was: the new cards are already one per fact.
            covered.append(card.id)
        elif card.id in lock.generated:
            deleted.append(card.id)
        else:
            added.append(card)
    lock.generated |= {m.card.id for m in made}
    old_text = path.read_text(encoding="utf-8") if deck else ""
    if deck is None:
        new = Deck(key=deck_key(episode), name=deck_name(episode), episode=episode, cards=tuple(added))
        text = deckfile.dump(new)
    else:
        if added and _last_key(old_text) != "cards":
            message = "new cards cannot be appended: keep 'cards:' as the last key of the deck file"
            raise DeckError([Problem(str(path), 0, message)])
        text = _append(old_text, added)
    _check(path, text, deck, added)
    return DeckPlan(
        path=path,
        name=deck.name if deck else deck_name(episode),
        created=deck is None,
        added=tuple(added),
        kept=tuple(kept),
        deleted=tuple(deleted),
        covered=tuple(covered),
        text=text,
        old_text=old_text,
        lock=lock,
        old_lock_text=old_lock_text,
    )


def _append(text: str, cards: list[Card]) -> str:
    """The deck text with cards added at the end of its `cards:` list, the rest left as written."""
    if not cards:
        return text
    text = re.sub(r"(?m)^cards:[ \t]*\[\][ \t]*$", "cards:", text, count=1)
    if not text.endswith("\n"):
        text += "\n"
    return text + "".join("\n" + deckfile.dump_card(card) for card in cards)


def _last_key(text: str) -> str:
    keys = re.findall(r"(?m)^([A-Za-z_][\w-]*)\s*:", text)
    return keys[-1] if keys else ""


def _check(path: Path, text: str, before: Deck | None, added: list[Card]) -> None:
    """The new text must read back as the old deck plus the new cards; else nothing is written."""
    try:
        after = deckfile.parse(text, str(path))
    except DeckError as e:
        raise DeckError(
            [Problem(str(path), 0, "adding cards would break this deck file: fix it first (studydeck check)")]
            + e.problems
        ) from None
    expected = [c.id for c in (before.cards if before else ())] + [c.id for c in added]
    if [c.id for c in after.cards] != expected:
        message = "new cards cannot be appended: keep 'cards:' as the last key of the deck file"
        raise DeckError([Problem(str(path), 0, message)])
