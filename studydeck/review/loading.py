"""Deck files -> the Library a session plans with: from the deck cache, a quick scan, or parsing.

Planning needs only each deck's review cards; card texts are needed only for the cards shown. A deck
file unchanged since it was last checked comes from the cache (deckcache). Decks that changed are
checked (parsed, every problem found) at the start, split among forked worker processes when there
are many, while the quiz does its own start-up.

A quiz need not wait for those checks (`early`): each worker first sends the review cards of its
decks as quickindex reads them, then checks them and sends what it found. The session starts on
the first message; a deck found to have problems later stops it before its next card, and a card
is only ever shown from its deck as checked. Other commands wait for every check.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import signal
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..deck.files import MAX_DECK_BYTES, find_decks, read_limited, shared_lock_message, shared_locks
from ..errors import DeckError, Problem

# Only what reading the files and forking the workers needs: the sooner they start, the sooner
# their scans are in. The rest is imported after, by this process and the workers each.
from .deckcache import DeckCache, Index, Outcome, digest, fingerprint

if TYPE_CHECKING:
    from ..deck.models import Deck
    from .library import Library, Shelf

DECKS_PER_WORKER = 4  # changed decks a forked worker must have to pay for itself: one from 4, two from 8
# The workers' niceness: the quiz's own start-up comes first, the scans take the time it leaves
# (a scan is quicker than the start-up), and the checks run while the learner studies.
_LOW_PRIORITY = 10


@dataclass(frozen=True)
class Job:
    """A deck file as read at the start: a deck shown later is always the one checked now."""

    path: str
    data: bytes
    digest: str


def check(job: Job, cache: DeckCache) -> Outcome:
    """Parse a deck file and keep what that gave."""
    from .library import review_pairs

    try:
        deck = _parse(job)
    except DeckError as e:
        outcome: Outcome = [(p.line, p.message) for p in e.problems]
        cache.keep(job.digest, outcome)
        return outcome
    index = (deck.key, deck.name, review_pairs(deck))
    cache.keep(job.digest, index, deck)
    return index


def scan(job: Job) -> Index | None:
    from ..deck import quickindex

    try:
        return quickindex.read(job.data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None


def _parse(job: Job) -> Deck:
    from ..deck import deckfile

    return deckfile.parse(job.data, job.path)


class Loading:
    """Loading the decks: started early, finished when the library is needed.

    Starting reads every deck file and the cached outcomes, and hands the decks that changed to
    forked workers when there are several (`workers` processes at most, default one per core; 0
    checks them in this process).
    """

    def __init__(self, paths: Iterable[str | Path], cache_dir: Path | None, workers: int | None = None) -> None:
        self.paths = list(paths)
        self.cache = DeckCache(cache_dir)
        salt = fingerprint()
        self.found: list[Job | list[Problem]] = []  # in the order of the files: a job, or why it cannot be read
        found = find_decks(self.paths)
        shared = dict(shared_locks(found))
        for path in found:
            if path in shared:  # refused as check and build refuse it, though a quiz writes no lock
                self.found.append([Problem(str(path), 0, shared_lock_message(shared[path]))])
                continue
            try:
                data = read_limited(path, MAX_DECK_BYTES)
            except OSError:
                self.found.append(_read_problems(path))
                continue
            self.found.append(Job(str(path), data, digest(salt, data)))
        self.outcomes: dict[str, Outcome] = {}  # by digest: what checking gave, now or on an earlier start
        self.scans: dict[str, Index | None] = {}  # by digest: review cards as quickindex read them
        for job in self.jobs():
            cached = self.cache.outcome(job.digest)
            if cached is not None:
                self.outcomes[job.digest] = cached
        self.changed = [job for job in self.jobs() if job.digest not in self.outcomes]
        count = min(_cores() if workers is None else workers, len(self.changed) // DECKS_PER_WORKER)
        parts = [self.changed[i::count] for i in range(count)] if count > 0 and hasattr(os, "fork") else []
        self.workers = [_Worker(part, self.cache) for part in parts]

    def jobs(self) -> Iterable[Job]:
        return (job for job in self.found if isinstance(job, Job))

    def library(self, early: bool = False, now: float | None = None) -> tuple[Library, list[Problem]]:
        """The decks and the problems known; `early`: without waiting for the checks when every deck
        that changed was scanned (the library then reports their problems as they are found).

        `now` (epoch seconds), when given, clears cache entries no run has used for a while.
        """
        from .library import Library

        if early:
            for worker in self.workers:
                self.scans.update(zip(worker.digests, worker.scans(), strict=True))
        pending = [job for job in self.changed if job.digest not in self.outcomes]
        if not early or any(self.scans.get(job.digest) is None for job in pending):
            self._settle(wait=True)
            pending = []
        shelves: list[Shelf] = []
        problems: list[Problem] = []
        for job in self.found:
            if isinstance(job, list):
                problems.extend(job)
                continue
            outcome = self.outcomes.get(job.digest) or self.scans.get(job.digest)
            if isinstance(outcome, tuple):
                shelves.append(self._shelf(job, outcome))
            elif outcome:
                problems.extend(Problem(job.path, line, message) for line, message in outcome)
        if len({shelf.key for shelf in shelves}) < len(shelves):
            from ..deck import deckfile

            return Library([]), deckfile.load_all(self.paths)[1]
        if now is not None:
            self.cache.prune(now)
        return Library(shelves, self._problems_of(pending) if pending else None), problems

    def _settle(self, wait: bool) -> None:
        """Take the outcomes the workers sent (all of them, waiting, if `wait`); check the rest here."""
        for worker in self.workers:
            outcomes = worker.outcomes(wait)
            if outcomes is not None:
                self.outcomes.update(zip(worker.digests, outcomes, strict=True))
        if wait:
            for job in self.changed:
                if job.digest not in self.outcomes:
                    self.outcomes[job.digest] = check(job, self.cache)

    def _problems_of(self, pending: Sequence[Job]) -> Callable[[bool], list[Problem]]:
        """The problems found so far in decks the session started on before they were checked."""

        def found(wait: bool) -> list[Problem]:
            self._settle(wait)
            return [
                Problem(job.path, line, message)
                for job in pending
                if isinstance(outcome := self.outcomes.get(job.digest), list)
                for line, message in outcome
            ]

        return found

    def _shelf(self, job: Job, index: Index) -> Shelf:
        from .library import Shelf

        key, name, pairs = index
        return Shelf(key, name, job.path, pairs, lambda: self._whole_deck(job))

    def _whole_deck(self, job: Job) -> Deck:
        """A deck one of whose cards is shown: as cached when it was checked, else parsed from the
        bytes read at the start (raising DeckError if it has problems)."""
        deck = self.cache.deck(job.digest)
        if deck is None:
            deck = _parse(job)
            self.cache.keep_deck(job.digest, deck)
        return deck


def load(
    paths: Iterable[str | Path], cache_dir: Path | None, now: float | None = None, workers: int | None = None
) -> tuple[Library, list[Problem]]:
    """Every deck checked, like deckfile.load_all; unchanged files come from the cache."""
    return Loading(paths, cache_dir, workers).library(now=now)


def _read_problems(path: Path) -> list[Problem]:
    from ..deck import deckfile

    try:
        deckfile.load(path)
    except DeckError as e:
        return e.problems
    return [Problem(str(path), 0, "cannot read the deck file")]


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover (not Linux)
        return os.cpu_count() or 1


# -- worker processes ---------------------------------------------------------------------------


class _Worker:
    """A forked process that scans its decks and sends their review cards, then checks them and sends
    the outcomes. If it fails, this process does its part."""

    def __init__(self, jobs: Sequence[Job], cache: DeckCache) -> None:
        self.jobs = list(jobs)
        self.digests = [job.digest for job in jobs]
        self.cache = cache
        self.pid, self.pipe = _fork(self.jobs, cache)
        self._scans: list[Index | None] | None = None
        self._outcomes: list[Outcome] | None = None

    def scans(self) -> list[Index | None]:
        """The first message, waiting for it; all None if the worker failed (and its decks must be checked)."""
        if self._scans is None:
            scans = self._receive()
            self._scans = scans if isinstance(scans, list) else [None] * len(self.jobs)
        return self._scans

    def outcomes(self, wait: bool) -> list[Outcome] | None:
        """The second message; None if it has not come and `wait` is False."""
        if self._outcomes is not None:
            return self._outcomes
        self.scans()  # the first message, if it was not taken
        if not (wait or self.pipe < 0 or _ready(self.pipe)):
            return None
        outcomes = self._receive()
        self._close()
        self._outcomes = outcomes if isinstance(outcomes, list) else [check(job, self.cache) for job in self.jobs]
        return self._outcomes

    def _receive(self) -> object:
        """The next message; None if the worker failed, and it is no longer listened to."""
        if self.pipe >= 0:
            with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                head = _read_exactly(self.pipe, 8)
                data = _read_exactly(self.pipe, int.from_bytes(head, "little")) if head else None
                if data is not None:
                    return marshal.loads(data)
        self._close()
        return None

    def _close(self) -> None:
        """Stop listening: after the last message, or when the worker failed."""
        if self.pipe >= 0:
            os.close(self.pipe)
            self.pipe = -1
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)


def _fork(jobs: Sequence[Job], cache: DeckCache) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: do its part and leave without running the parent's exit code
        status = 1
        try:
            # Parsing makes many objects and no cycles: the collector would only copy the parent's pages.
            gc.disable()
            # Ctrl-C in the quiz stops the quiz; the checks go on, so the next start finds them cached.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            with contextlib.suppress(OSError):
                os.nice(_LOW_PRIORITY)
            os.close(read_end)
            with os.fdopen(write_end, "wb") as out:
                _send(out, [scan(job) for job in jobs])
                _send(out, [check(job, cache) for job in jobs])
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _send(out: BinaryIO, value: object) -> None:
    """One message: its length, then its marshal bytes."""
    data = marshal.dumps(value)
    out.write(len(data).to_bytes(8, "little") + data)
    out.flush()


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None  # the worker ended before sending it all
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _ready(fd: int) -> bool:
    import select

    return bool(select.select([fd], [], [], 0)[0])
