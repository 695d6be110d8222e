"""Deck loading for the quiz and stats: deck files -> Decks, each file parsed once and cached by content.

Parsing YAML is most of the start-up time of a large library (seconds for 20,000 cards), so a valid
deck is kept as JSON under the data folder, keyed by a hash of its bytes and of the parser's own files.
A deck with problems is never cached: it is parsed and reported every time, exactly as `check` does.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, replace
from pathlib import Path

from . import __version__, cloze, deckfile, models
from .errors import DeckError, Problem
from .files import write_atomic
from .models import Card, CardKind, Deck, Episode, Silence, Source

CACHE_FORMAT = 1
KEEP_UNUSED_DAYS = 30


def load_all(
    paths: Iterable[str | Path], cache_dir: Path | None, now: float | None = None
) -> tuple[list[Deck], list[Problem]]:
    """Like deckfile.load_all, from the cache where a file is unchanged. `now` (epoch seconds) ages the cache."""
    paths = list(paths)
    decks: list[Deck] = []
    problems: list[Problem] = []
    salt = _parser_fingerprint()
    for path in deckfile.find(paths):
        try:
            data = path.read_bytes()
        except OSError:
            try:
                deckfile.load(path)  # words the problem as the loader does
            except DeckError as e:
                problems.extend(e.problems)
            continue
        digest = hashlib.blake2b(salt + data, digest_size=20).hexdigest()
        deck = _read(cache_dir, digest)
        if deck is None:
            try:
                deck = deckfile.parse(data, str(path))
            except DeckError as e:
                problems.extend(e.problems)
                continue
            _write(cache_dir, digest, deck)
        decks.append(replace(deck, path=str(path)))
    if len({d.key for d in decks}) < len(decks):
        return deckfile.load_all(paths)  # the loader words duplicate keys; rare enough to parse again
    if cache_dir is not None and now is not None:
        prune(cache_dir, now)
    return decks, problems


def prune(cache_dir: Path, now: float) -> None:
    """Forget cached decks no run has used for a while."""
    try:
        entries = list(os.scandir(cache_dir))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.name.endswith(".json") and now - entry.stat().st_mtime > KEEP_UNUSED_DAYS * 86400:
                os.unlink(entry.path)
        except OSError:
            pass


def _parser_fingerprint() -> bytes:
    """Changes when the parser may parse differently: a new version, or an edited parser module."""
    parts = [f"{CACHE_FORMAT}:{__version__}"]
    for module in (deckfile, cloze, models):
        try:
            st = os.stat(module.__file__ or "")
            parts.append(f"{st.st_mtime_ns}:{st.st_size}")
        except OSError:
            parts.append("?")
    return "|".join(parts).encode()


def _read(cache_dir: Path | None, digest: str) -> Deck | None:
    if cache_dir is None:
        return None
    path = cache_dir / f"{digest}.json"
    try:
        data = json.loads(path.read_bytes())
        os.utime(path)  # used now: keep it
        return from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent or unreadable: parse the deck instead


def _write(cache_dir: Path | None, digest: str, deck: Deck) -> None:
    if cache_dir is None:
        return
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        write_atomic(cache_dir / f"{digest}.json", json.dumps(to_dict(deck), ensure_ascii=False))


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
