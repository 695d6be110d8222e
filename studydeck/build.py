"""Deck files -> Anki packages: validate every deck, stamp it with its lock, write the .apkg files."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import deckfile, export, lockfile
from .errors import DeckError, StudydeckError
from .models import Deck


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    decks: list[Deck] = field(default_factory=list)

    @property
    def cards(self) -> int:
        return sum(len(d.cards) for d in self.decks)


def load_decks(paths: Iterable[str | Path]) -> list[Deck]:
    """Every deck named, or a DeckError with every problem of every file: nothing is built from a bad deck."""
    decks, problems = deckfile.load_all(paths)
    if problems:
        raise DeckError(problems)
    if not decks:
        where = ", ".join(map(str, paths))
        raise StudydeckError(f"{where}: no deck files found: name .yaml deck files or a folder of them")
    return decks


def build(
    paths: Iterable[str | Path],
    out_dir: Path,
    now: int,
    package: str | None = None,
    templates_from: Path | None = None,
    on_deck: Callable[[Deck], None] | None = None,
) -> BuildResult:
    """Build one .apkg per deck into out_dir, or all decks into `<package>.apkg`.

    Locks are written only after every package is, so a failed build leaves them as they were.
    """
    paths = list(paths)
    decks = load_decks(paths)
    templates = export.Templates.read(templates_from)
    result = BuildResult(decks=decks)
    locks = {deck.path: lockfile.read(deck.path) for deck in decks}
    stamped = []
    for deck in decks:
        stamped.append(export.stamp(deck, locks[deck.path], templates, now))
        if on_deck:
            on_deck(deck)
    groups = (
        [(out_dir / f"{package}.apkg", stamped)]
        if package
        else [(out_dir / f"{Path(s.deck.path).stem}.apkg", [s]) for s in stamped]
    )
    for target, group in groups:
        data = export.package_bytes(group, templates)
        (result.written if export.write_package(target, data) else result.unchanged).append(target)
    for deck in decks:
        lockfile.write(deck.path, locks[deck.path])
    return result
