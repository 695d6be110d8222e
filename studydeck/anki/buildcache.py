"""Build cache: deck bytes + lock bytes + templates + studydeck's code -> is the deck's package already built?

A JSON file in the output folder records, per deck file, a hash of everything its package is made of
(with the deck's key, card count and lint counts, so an unchanged deck need not be parsed), and per
package, the hash of the decks it holds and of its own bytes (checked when its size or time moved). A deck is skipped only when all of that
still matches: any changed byte of the deck, its lock, a template, studydeck's own code, or the
package file itself makes it build again. The cache is only an optimisation: a missing, damaged or
foreign cache file just means a full build.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..deck import lockfile
from ..deck.files import MAX_DECK_BYTES, read_limited, write_atomic
from ..deck.models import Schedule
from ..lint.findings import Summary

FILE_NAME = ".studydeck-build.json"
FORMAT = 2
# The code (and word data) that decides what a package or a lint count holds: whole subsystems, so a
# module added to one of them is covered without a change here.
CODE_FILES = ("__init__.py", "anki/*.py", "deck/*.py", "lint/*.py", "language/*.py", "language/data/*.gz")


def sha256(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        # The length first, so that no two different lists of parts hash alike.
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def environment(template_files: dict[str, str], settings: dict[str, str] | None = None) -> str:
    """The hash of everything a package depends on besides its decks: version, templates, code and
    the settings of the decks' folders (`settings`: folder -> its settings as text)."""
    package = Path(__file__).resolve().parent.parent
    parts = [__version__.encode()]
    for folder, text in sorted((settings or {}).items()):
        parts += [folder.encode(), text.encode("utf-8")]
    for name in sorted(template_files):
        parts += [name.encode(), template_files[name].encode("utf-8")]
    for pattern in CODE_FILES:
        for path in sorted(package.glob(pattern)):
            with contextlib.suppress(OSError):
                parts += [path.relative_to(package).as_posix().encode(), path.read_bytes()]
    return sha256(*parts)


@dataclass(frozen=True)
class DeckInput:
    """A deck file's bytes and its lock's bytes, read once, and their hash."""

    path: Path
    data: bytes | None  # None: unreadable, so never cached; the loader reports why
    lock: bytes
    cache_key: str  # key_of(path)
    library: Schedule = Schedule()  # the settings of its folder

    @classmethod
    def read(cls, path: Path, library: Schedule | None = None) -> DeckInput:
        try:
            data = read_limited(path, MAX_DECK_BYTES)  # size and kind checked first: never /dev/zero or a pipe
        except OSError:
            data = None
        try:
            lock = lockfile.path_for(path).read_bytes()
        except OSError:
            lock = b""
        return cls(path, data, lock, key_of(path), library or Schedule())

    @property
    def hash(self) -> str | None:
        return None if self.data is None else sha256(self.data, self.lock)


@dataclass(frozen=True)
class DeckEntry:
    input: str
    key: str
    cards: int
    lint: Summary

    def to_dict(self) -> dict:
        return {"input": self.input, "key": self.key, "cards": self.cards, "lint": self.lint.to_dict()}

    @classmethod
    def from_dict(cls, data: dict) -> DeckEntry:
        return cls(str(data["input"]), str(data["key"]), int(data["cards"]), Summary.from_dict(data["lint"]))


@dataclass(frozen=True)
class PackageEntry:
    inputs: str  # hash of the input hashes of its decks, in order
    sha256: str  # of the package file
    size: int
    mtime_ns: int  # when the size and time still match, the file is not read again to check its hash

    @classmethod
    def of(cls, target: Path, inputs: str, data: bytes) -> PackageEntry:
        try:
            mtime_ns = target.stat().st_mtime_ns
        except OSError:
            mtime_ns = 0
        return cls(inputs, sha256(data), len(data), mtime_ns)

    def matches(self, target: Path) -> bool:
        """True when the file at target is still the package written: same size and time, or same bytes."""
        try:
            stat = target.stat()
            if stat.st_size != self.size:
                return False
            return stat.st_mtime_ns == self.mtime_ns or sha256(target.read_bytes()) == self.sha256
        except OSError:
            return False

    def to_dict(self) -> dict:
        return {"inputs": self.inputs, "sha256": self.sha256, "size": self.size, "mtime_ns": self.mtime_ns}

    @classmethod
    def from_dict(cls, data: dict) -> PackageEntry:
        return cls(str(data["inputs"]), str(data["sha256"]), int(data["size"]), int(data["mtime_ns"]))


def package_inputs(hashes: list[str | None]) -> str | None:
    if any(h is None for h in hashes):
        return None
    return sha256(*(h.encode() for h in hashes if h))


@dataclass
class Cache:
    env: str
    decks: dict[str, DeckEntry] = field(default_factory=dict)  # by resolved deck path
    packages: dict[str, PackageEntry] = field(default_factory=dict)  # by resolved package path

    def current(self, target: Path, decks: list[DeckInput]) -> bool:
        """True when the package at target was built from exactly these inputs and is unchanged since."""
        entry = self.packages.get(key_of(target))
        inputs = package_inputs([d.hash for d in decks])
        if entry is None or inputs is None or entry.inputs != inputs:
            return False
        if any(self.decks.get(d.cache_key, _NO_ENTRY).input != d.hash for d in decks):
            return False
        return entry.matches(target)

    def to_dict(self) -> dict:
        return {
            "format": FORMAT,
            "env": self.env,
            "decks": {k: e.to_dict() for k, e in sorted(self.decks.items())},
            "packages": {k: e.to_dict() for k, e in sorted(self.packages.items())},
        }


_NO_ENTRY = DeckEntry("", "", 0, Summary())


def key_of(path: Path) -> str:
    """The path as the cache knows it: absolute, without asking the file system (a thousand decks)."""
    return os.path.abspath(path)


def read(out_dir: Path, env: str) -> Cache:
    """The cache of a previous build with the same environment, or an empty one."""
    try:
        data = json.loads((out_dir / FILE_NAME).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("env") != env:
            return Cache(env)
        return Cache(
            env,
            {k: DeckEntry.from_dict(v) for k, v in data["decks"].items()},
            {k: PackageEntry.from_dict(v) for k, v in data["packages"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
        return Cache(env)  # damaged (a time of 1e400, JSON nested too deep...): a full build


def write(out_dir: Path, cache: Cache) -> None:
    """Write the cache if it changed (a build with nothing to do writes nothing)."""
    # Entries of deck files that are gone would only grow the file.
    cache.decks = {k: e for k, e in cache.decks.items() if os.path.exists(k)}
    text = json.dumps(cache.to_dict(), sort_keys=True, separators=(",", ":")) + "\n"
    path = out_dir / FILE_NAME
    with contextlib.suppress(OSError):
        if path.read_text(encoding="utf-8") == text:
            return
    write_atomic(path, text)
