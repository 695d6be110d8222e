"""Deck files -> the Library a session plans with, through a cache of each deck's review keys.

Planning a session needs only which review cards each deck has; card texts are needed only for
the cards shown. So the index of each valid deck file (key, name, review keys) is cached under the
data folder, keyed by a hash of its bytes and of the parser's own code, and read at every start;
the whole deck is cached beside it once one of its cards has been shown. Decks that changed are
parsed at the start, split among forked processes when there are many. A deck with problems is
never cached; it is reported every time, as `check` does.
"""

from __future__ import annotations

import contextlib
import gc
import json
import marshal
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import DeckError, Problem
from .files import find_decks
from .library import Library, Shelf, review_keys
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
PARALLEL_FROM = 8  # changed decks from which forking workers pays


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
        workers = min(workers or _cores(), len(self.changed) // (PARALLEL_FROM // 2))
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
    """A deck one of whose cards is shown: as an earlier session kept it, else parsed from the
    bytes read at the start, and kept for the next session (reading it back is faster than parsing)."""
    whole = cache_dir / f"{job.digest}.deck.json" if cache_dir is not None else None
    if whole is not None:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            return from_dict(json.loads(whole.read_bytes()))
    deck = _parse(job.data, job.path)
    if whole is not None:
        _write(whole, to_dict(deck))
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
    index = (deck.key, deck.name, tuple((k.card, k.ordinal) for k in review_keys(deck)))
    if cache_dir is not None:
        _write(cache_dir / f"{job.digest}.json", index)
    return index


def prune(cache_dir: Path, now: float) -> None:
    """Forget cached decks no run has used for a while."""
    try:
        entries = list(os.scandir(cache_dir))
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if entry.name.endswith(".json") and now - entry.stat().st_mtime > KEEP_UNUSED_DAYS * 86400:
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
    digest = blake2b(str(CACHE_FORMAT).encode(), digest_size=20)
    for name in PARSER_FILES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(f"{name}:?".encode())
    return digest.digest()


def _cached_index(cache_dir: Path | None, digest: str) -> Index | None:
    if cache_dir is None:
        return None
    index = cache_dir / f"{digest}.json"
    try:
        key, name, pairs = json.loads(index.read_bytes())
        os.utime(index)  # in use: keep it
        return str(key), str(name), tuple((str(card), int(ordinal)) for card, ordinal in pairs)
    except (OSError, ValueError, TypeError):
        return None  # absent or unreadable: parse the deck instead


def _write(path: Path, data: object) -> None:
    """Write beside, then rename: readers never see half a file. No fsync, unlike files.write_atomic:
    an entry lost or torn by a power cut reads as invalid JSON, and the deck is parsed again."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)


def to_dict(deck: Deck) -> dict:
    """The deck for the cache; not its path, as the same text may live at another path."""
    return {
        "key": deck.key,
        "name": deck.name,
        "episode": asdict(deck.episode),
        "tags": deck.tags,
        "cards": [
            {
                **{name: getattr(card, name) for name in _CARD_TEXTS},
                "kind": card.kind.value,
                "tags": card.tags,
                "source": [card.source.section, card.source.speaker, card.source.at],
                "silence": [[s.rule, s.reason] for s in card.silence],
            }
            for card in deck.cards
        ],
    }


_CARD_TEXTS = ("id", "text", "front", "back", "typed", "extra", "line")


def from_dict(data: dict) -> Deck:
    return Deck(
        key=data["key"],
        name=data["name"],
        episode=Episode(**{**data["episode"], "guests": tuple(data["episode"]["guests"])}),
        cards=tuple(
            Card(
                **{name: c[name] for name in _CARD_TEXTS},
                kind=CardKind(c["kind"]),
                tags=tuple(c["tags"]),
                source=Source(*c["source"]),
                silence=tuple(Silence(*s) for s in c["silence"]),
            )
            for c in data["cards"]
        ),
        tags=tuple(data["tags"]),
    )
