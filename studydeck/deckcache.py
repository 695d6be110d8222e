"""Deck files -> the Library a session plans with, through a cache of each deck's review keys.

Planning a session needs only which review cards each deck has; card texts are needed only for
the cards shown. So the index of each valid deck file (key, name, review keys) is cached under the
data folder, keyed by a hash of its bytes and of the parser's own code, and read at every start;
the whole deck is cached beside it, read when one of its cards is shown. Decks that changed are
parsed at the start, split among forked processes when there are many. A deck with problems is
never cached; it is reported every time, as `check` does.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import DeckError, Problem
from .files import find_decks
from .library import Library, Shelf, review_pairs
from .models import Card, CardKind, Deck, Episode, Silence, Source

try:  # hashlib loads OpenSSL first, a fifth of a warm start; the BLAKE2 module alone is enough here
    from _blake2 import blake2b
except ImportError:  # pragma: no cover (Python builds without the module)
    from hashlib import blake2b

CACHE_FORMAT = 2
KEEP_UNUSED_DAYS = 30
# The modules whose code decides what a deck file parses to: the cache is void when one changes.
PARSER_FILES = ("deckfile.py", "tree.py", "quickyaml.py", "fullyaml.py", "cloze.py", "models.py")
# (deck key, name, review cards as (card id, ordinal)): what planning needs of a deck.
Index = tuple[str, str, tuple[tuple[str, int], ...]]
DECKS_PER_WORKER = 4  # changed decks a forked worker must have to pay for itself: two from 8


@dataclass(frozen=True)
class _Job:
    path: str
    data: bytes
    digest: str


def load(
    paths: Iterable[str | Path], cache_dir: Path | None, now: float | None = None, workers: int | None = None
) -> tuple[Library, list[Problem]]:
    """The decks named by paths, like deckfile.load_all; unchanged files come from the cache.

    `now` (epoch seconds), when given, clears cache entries no run has used for KEEP_UNUSED_DAYS.
    """
    return Loading(paths, cache_dir, workers).finish(now)


class Loading:
    """Loading the decks: started early, finished when the library is needed.

    Starting reads every deck file and the cached indexes, and hands the decks that changed to
    forked worker processes when there are many (`workers`, default one per core): parsing is most
    of a start after a bulk edit or an upgrade, and the quiz does its own start-up meanwhile.
    Each deck's bytes are kept, so a deck shown later is the one checked now.
    """

    def __init__(self, paths: Iterable[str | Path], cache_dir: Path | None, workers: int | None = None) -> None:
        self.paths = list(paths)
        self.cache_dir = cache_dir
        salt = _parser_fingerprint()
        self.found: list[_Job | list[Problem]] = []  # in the order of the files: a job, or why it cannot be read
        for path in find_decks(self.paths):
            try:
                data = path.read_bytes()
            except OSError:
                self.found.append(_read_problems(path))
                continue
            self.found.append(_Job(str(path), data, blake2b(salt + data, digest_size=20).hexdigest()))
        jobs = [job for job in self.found if isinstance(job, _Job)]
        self.indexes: dict[str, Outcome | None] = {job.digest: _cached_index(cache_dir, job.digest) for job in jobs}
        self.changed = [job for job in jobs if self.indexes[job.digest] is None]
        workers = min(workers or _cores(), len(self.changed) // DECKS_PER_WORKER)
        self.parts = [self.changed[i::workers] for i in range(workers)] if workers > 1 and hasattr(os, "fork") else []
        if self.parts:
            from . import deckfile  # noqa: F401 (imported once here, not once in each worker)
        self.children = [_fork(part, cache_dir) for part in self.parts]

    def finish(self, now: float | None = None) -> tuple[Library, list[Problem]]:
        outcomes: dict[str, Outcome] = {}
        for part, (pid, pipe) in zip(self.parts, self.children, strict=True):
            # A child that failed leaves its part to this process.
            done = _collect(pid, pipe) or [_index(job, self.cache_dir) for job in part]
            outcomes.update((job.digest, outcome) for job, outcome in zip(part, done, strict=True))
        outcomes.update((job.digest, _index(job, self.cache_dir)) for job in self.changed if job.digest not in outcomes)
        shelves: list[Shelf] = []
        problems: list[Problem] = []
        for job in self.found:
            outcome = job if isinstance(job, list) else self.indexes[job.digest] or outcomes[job.digest]
            if isinstance(outcome, tuple):
                shelves.append(_shelf(job, outcome, self.cache_dir))
            else:
                problems.extend(p if isinstance(p, Problem) else Problem(*p) for p in outcome)
        if len({shelf.key for shelf in shelves}) < len(shelves):
            from . import deckfile  # it words duplicate deck keys; rare enough to parse again

            return Library([]), deckfile.load_all(self.paths)[1]
        if self.cache_dir is not None and now is not None:
            prune(self.cache_dir, now)
        return Library(shelves), problems


def _shelf(job: _Job, index: Index, cache_dir: Path | None) -> Shelf:
    key, name, pairs = index
    return Shelf(key, name, job.path, pairs, lambda: _whole_deck(job, cache_dir))


def _whole_deck(job: _Job, cache_dir: Path | None) -> Deck:
    """A deck one of whose cards is shown: as cached when it was parsed, else parsed from the bytes
    read at the start (and cached again)."""
    if cache_dir is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError, KeyError):
            return from_tuple(marshal.loads((cache_dir / f"{job.digest}.deck").read_bytes()))
    deck = _parse(job.data, job.path)
    if cache_dir is not None:
        _write(cache_dir / f"{job.digest}.deck", to_tuple(deck))
    return deck


def _parse(data: bytes, path: str) -> Deck:
    from . import deckfile  # only for a deck whose card is shown, or one that changed

    return deckfile.parse(data, path)


Outcome = Index | list[tuple[str, int, str]]  # the index, or the problems as (path, line, message)


def _fork(jobs: Sequence[_Job], cache_dir: Path | None) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: index its part, send it, and leave without running the parent's exit code
        status = 1
        try:
            # Parsing makes many objects and no cycles: the collector would only copy the parent's pages.
            gc.disable()
            os.close(read_end)
            with os.fdopen(write_end, "wb") as out:
                out.write(marshal.dumps([_index(job, cache_dir) for job in jobs]))
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _collect(pid: int, pipe: int) -> list[Outcome] | None:
    """A child's outcomes; None if it failed, and the parent does its part again."""
    with os.fdopen(pipe, "rb") as received:
        data = received.read()
    _, status = os.waitpid(pid, 0)
    try:
        return marshal.loads(data) if status == 0 else None
    except (EOFError, ValueError, TypeError):
        return None


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover (not Linux)
        return os.cpu_count() or 1


def _index(job: _Job, cache_dir: Path | None) -> Outcome:
    from .errors import DeckError

    try:
        deck = _parse(job.data, job.path)
    except DeckError as e:
        return [(p.path, p.line, p.message) for p in e.problems]
    index = (deck.key, deck.name, review_pairs(deck))
    if cache_dir is not None:
        # The whole deck first: an index is only ever found with its deck beside it.
        _write(cache_dir / f"{job.digest}.deck", to_tuple(deck))
        _write(cache_dir / f"{job.digest}.index", index)
    return index


def prune(cache_dir: Path, now: float) -> None:
    """Forget cached decks no run has used for a while."""
    try:
        entries = list(os.scandir(cache_dir))
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if entry.name.endswith(_SUFFIXES) and now - entry.stat().st_mtime > KEEP_UNUSED_DAYS * 86400:
                os.unlink(entry.path)


def _read_problems(path: Path) -> list[Problem]:
    from . import deckfile

    try:
        deckfile.load(path)
    except DeckError as e:
        return e.problems
    return [Problem(str(path), 0, "cannot read the deck file")]


def _parser_fingerprint() -> bytes:
    """The cache format and the parser's own code: a studydeck upgrade that leaves them alone keeps the cache."""
    here = Path(__file__).parent
    digest = blake2b(f"{CACHE_FORMAT}:{marshal.version}".encode(), digest_size=20)
    for name in PARSER_FILES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(f"{name}:?".encode())
    return digest.digest()


def _cached_index(cache_dir: Path | None, digest: str) -> Index | None:
    if cache_dir is None:
        return None
    try:
        key, name, pairs = marshal.loads((cache_dir / f"{digest}.index").read_bytes())
        for used in (".index", ".deck"):
            os.utime(cache_dir / f"{digest}{used}")  # in use: keep them
        return str(key), str(name), tuple((str(card), int(ordinal)) for card, ordinal in pairs)
    except (OSError, EOFError, ValueError, TypeError):
        return None  # absent or unreadable: parse the deck instead


_SUFFIXES = (".index", ".deck", ".tmp")  # .tmp: left by a process killed while writing


def _write(path: Path, data: object) -> None:
    """Write beside, then rename: readers never see half a file. No fsync, unlike files.write_atomic:
    an entry lost or torn by a power cut does not load, and the deck is parsed again."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
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
