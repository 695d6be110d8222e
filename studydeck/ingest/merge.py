"""Ingest: notes files -> one deck file per episode, created or merged into without undoing the curator's work.

A deck that exists is never re-dumped: new cards are appended to the end of its `cards:` list as
text, and a card that follows corrected notes (reconcile.py decides which) is rewritten where it
stands, so the curator's comments, order and wording stay. The lock's `generated` list remembers
every id ingest ever made for the deck, so a card the curator deleted is not made again. Every deck
is planned and validated before any file is written.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..deck import deckfile, lockfile
from ..deck.files import finish_pending, shared_lock_message, write_together
from ..deck.models import Card, Deck, Episode, Notes
from ..errors import DeckError, Problem, StudydeckError
from ..language import words
from . import generate, notes, reconcile
from .reconcile import Action

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
    updated: tuple[str, ...] = ()  # ids of cards rewritten to follow corrected notes
    conflicts: tuple[str, ...] = ()  # ids of cards the curator edited whose notes changed: left alone
    entries: tuple[reconcile.Entry, ...] = ()  # every card, for the report

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
        made, missed = generate.make_and_miss(group)
        result.unused += unused(group, made, missed)
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
    known = words.KNOWN_WORDS
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


_NO_CARD = "no card made from this {kind}: no phrase in it makes a clear blank; write a card for it by hand if it matters"
SHOWN_WORDS = 8  # of a sentence with no card, in its report line: enough to find it in a paragraph


def unused(group: list[Notes], made: list[generate.Made], missed: Iterable[tuple[str, str]] = ()) -> list[Problem]:
    """The takeaways and quotes no card was made from, and the sentences of the other takeaways."""
    origins = {o for m in made for o in m.origins}
    left_out: dict[str, list[str]] = {}
    for origin, sentence in missed:
        shown = " ".join(sentence.split()[:SHOWN_WORDS]) + ("..." if len(sentence.split()) > SHOWN_WORDS else "")
        left_out.setdefault(origin, []).append(shown)
    problems = []
    for n in group:
        for tk in n.takeaways:
            origin = f"{n.path}:{tk.line}"
            if origin not in origins:
                problems.append(Problem(n.path, tk.line, _NO_CARD.format(kind="takeaway")))
                continue
            for shown in left_out.get(origin, []):
                problems.append(Problem(n.path, tk.line, _NO_CARD.format(kind=f"sentence ('{shown}')")))
        for q in n.quotes:
            if f"{n.path}:{q.line}" not in origins:
                problems.append(Problem(n.path, q.line, _NO_CARD.format(kind="quote")))
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
        # one level each: no '::' inside, no ':' at either end (Anki would read 'A:::B' as other levels)
        return re.sub(r":{2,}", ":", text).strip(" :") or "Untitled"

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
    old_lock = lockfile.read(path)
    old_lock_text = lockfile.to_text(old_lock) if lockfile.path_for(path).exists() else ""
    current = list(deck.cards) if deck else []
    outcome = reconcile.reconcile(current, made, old_lock)
    added = outcome.added
    old_text = path.read_text(encoding="utf-8") if deck else ""
    if deck is None:
        new = Deck(key=deck_key(episode), name=deck_name(episode), episode=episode, cards=tuple(added))
        text = deckfile.dump(new)
    else:
        if added and _last_key(old_text) != "cards":
            message = "new cards cannot be appended: keep 'cards:' as the last key of the deck file"
            raise DeckError([Problem(str(path), 0, message)])
        text = _append(_update(old_text, deck, outcome.updates), added)
    after = _check(path, text, deck, added, outcome.updates)
    lock = outcome.lock
    if text != old_text or lockfile.to_text(lock) != old_lock_text:
        lock.made.update(outcome.learned)
    lines = {c.id: c.line for c in after.cards}
    entries = [
        replace(e, line=lines.get(e.card_id, 0)) if e.action is not Action.SKIPPED else e for e in outcome.entries
    ]
    by = {action: tuple(e.card_id for e in entries if e.action is action) for action in Action}
    return DeckPlan(
        path=path,
        name=deck.name if deck else deck_name(episode),
        created=deck is None,
        added=tuple(added),
        kept=tuple(e.card_id for e in entries if e.action is Action.KEPT and e.origins),
        deleted=tuple(e.card_id for e in entries if e.why == reconcile.DELETED),
        covered=tuple(e.card_id for e in entries if e.why == reconcile.ASKED),
        text=text,
        old_text=old_text,
        lock=lock,
        old_lock_text=old_lock_text,
        updated=by[Action.UPDATED],
        conflicts=by[Action.CONFLICT],
        entries=tuple(_report_order(entries)),
    )


def _report_order(entries: list[reconcile.Entry]) -> list[reconcile.Entry]:
    """The deck's cards in file order, then the cards skipped, in the order of the notes."""
    in_deck = sorted((e for e in entries if e.line), key=lambda e: e.line)
    return in_deck + [e for e in entries if not e.line]


def _update(text: str, deck: Deck, updates: dict[str, Card]) -> str:
    """The deck text with each updated card rewritten where it stands; every other line left as written."""
    if not updates:
        return text
    lines = text.splitlines(keepends=True)
    for card in sorted((c for c in deck.cards if c.id in updates), key=lambda c: -c.line):
        first = card.line - 1
        indent = len(lines[first]) - len(lines[first].lstrip(" "))
        last = _card_end(lines, first, indent)
        # A full-line comment inside the card is the curator's: it stays, just above the card.
        comments = [line for line in lines[first + 1 : last] if line.lstrip().startswith("#")]
        block = [" " * indent + line[2:] for line in deckfile.dump_card(updates[card.id]).splitlines(keepends=True)]
        lines[first:last] = comments + block
    return "".join(lines)


def _card_end(lines: list[str], first: int, indent: int) -> int:
    """Where the card starting at `first` ends: before the next line as far left as its dash (the next
    card, or a key of the deck), and before the blank lines and comments that lead up to that line."""
    end = next(
        (
            n
            for n in range(first + 1, len(lines))
            if not _blank_or_comment(lines[n]) and len(lines[n]) - len(lines[n].lstrip(" ")) <= indent
        ),
        len(lines),
    )
    while end > first + 1 and _blank_or_comment(lines[end - 1]):
        end -= 1
    return end


def _blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


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


def _check(path: Path, text: str, before: Deck | None, added: list[Card], updates: dict[str, Card]) -> Deck:
    """The new text must read back as the old deck, updated and with the new cards; else nothing is written."""
    try:
        after = deckfile.parse(text, str(path))
    except DeckError as e:
        raise DeckError(
            [Problem(str(path), 0, "adding cards would break this deck file: fix it first (studydeck check)")]
            + e.problems
        ) from None
    old = [updates.get(c.id, c) for c in (before.cards if before else ())]
    expected = [c.id for c in old] + [c.id for c in added]
    if before and replace(after, cards=(), path="") != replace(before, cards=(), path=""):
        message = "updating cards would change the deck's other keys: fix the deck file first (studydeck check)"
        raise DeckError([Problem(str(path), 0, message)])
    if [c.id for c in after.cards] != expected:
        message = "new cards cannot be appended: keep 'cards:' as the last key of the deck file"
        raise DeckError([Problem(str(path), 0, message)])
    for want, got in zip(old + added, after.cards, strict=True):
        if lockfile.card_hash(want) != lockfile.card_hash(got):
            message = f"card {want.id!r} cannot be updated in place: write it in the usual layout ('- id: ...')"
            raise DeckError([Problem(str(path), want.line, message)])
    return after
