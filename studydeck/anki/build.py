"""Deck files -> Anki packages: validate every deck, stamp it with its lock, write the .apkg files.

A library can hold a thousand decks, so a build skips the decks whose package is up to date (see
buildcache), prepares the others on every CPU (parse, lint, stamp, package bytes), and writes
nothing until every deck has passed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..deck import deckfile, lockfile
from ..deck.files import remove_stale_temps, write_atomic
from ..errors import DeckError, Problem, StudydeckError
from ..lint.findings import Summary
from . import buildcache, export
from . import templates as card_templates
from .buildcache import DeckInput

# Below this many decks to prepare, starting worker processes costs more than it saves.
MIN_PARALLEL_DECKS = 8
WRITE_THREADS = 8  # each write waits for fsync: a few at once keep the disk busy


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    decks: int = 0  # deck files in the build
    cards: int = 0
    reread: int = 0  # deck files parsed this time; the others had not changed since the last build
    lint: Summary = field(default_factory=Summary)


@dataclass(frozen=True)
class Step:
    """Progress: a deck prepared or found up to date, or a package written or found unchanged."""

    stage: str  # "deck" or "package"
    done: int
    total: int
    path: Path
    status: str  # deck: "built" or "cached"; package: "written" or "unchanged"


Progress = Callable[[Step], None]


def _no_decks(paths: Iterable[str | Path]) -> str:
    return f"{', '.join(map(str, paths))}: no deck files found: name .yaml deck files or a folder of them"


def build(
    paths: Iterable[str | Path],
    out_dir: Path,
    now: int,
    package: str | None = None,
    templates_from: Path | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> BuildResult:
    """Build one .apkg per deck into out_dir, or all decks into `<package>.apkg`.

    Packages are written only when every deck is valid, and locks only after every package is,
    so a failed build leaves them as they were. `jobs`: worker processes (default: one per CPU).
    """
    paths = list(paths)
    files = _unique(deckfile.find(paths))
    if not files:
        raise StudydeckError(_no_decks(paths))
    if shared := deckfile.shared_lock_problems(files):  # with -p too: the two would undo each other's times
        raise DeckError(shared)
    for folder in {out_dir, *(f.parent for f in files)}:  # packages and locks a killed build left half-written
        if folder.is_dir():
            remove_stale_temps(folder)
    templates = export.Templates.read(templates_from or card_templates.beside(files))
    libraries, problems = deckfile.load_libraries(files)
    if problems:
        raise DeckError(problems)
    settings = {str(folder): repr(schedule) for folder, schedule in libraries.items()}
    cache = buildcache.read(out_dir, buildcache.environment(templates.files, settings))
    sources = [DeckInput.read(f, libraries[f.parent]) for f in files]
    if package:
        groups = [(out_dir / f"{package}.apkg", sources)]
    else:
        groups = [(out_dir / f"{s.path.stem}.apkg", [s]) for s in sources]
        _refuse_shared_targets(groups)
    stale = [(target, group) for target, group in groups if not cache.current(target, group)]
    report = progress or _quiet

    # One package of every deck is written while the decks are prepared, each as it comes.
    streamed = _Streamed(templates) if package and stale else None
    try:
        prepared = _prepare_decks(sources, stale, templates, now, package is None, jobs, report, streamed)
        _check(sources, prepared, cache)
        packages = streamed.finish(stale) if streamed else {}
    finally:
        if streamed:
            streamed.close()
    result = BuildResult(decks=len(sources), reread=len(prepared))
    for source in sources:
        item = prepared.get(source.path) or cache.decks[source.cache_key]
        result.cards += item.cards
        result.lint += item.lint

    packages = packages or {target: _package_bytes(group, prepared) for target, group in stale}
    written = _write_packages(groups, packages, report)
    for target, _ in groups:
        (result.written if written.get(target) else result.unchanged).append(target)
    locks = {path: item.lock for path, item in prepared.items() if item.lock is not None}
    with ThreadPoolExecutor(WRITE_THREADS) as pool:
        list(pool.map(_write_lock, locks, locks.values()))
    if stale:
        _remember(cache, stale, prepared, packages)
        buildcache.write(out_dir, cache)
    return result


def _unique(files: list[Path]) -> list[Path]:
    """A deck named twice ('decks decks/a.yaml') is built once."""
    seen: dict[str, Path] = {}
    for f in files:
        seen.setdefault(buildcache.key_of(f), f)
    return list(seen.values())


def _quiet(step: Step) -> None:
    pass


def _refuse_shared_targets(groups: list[tuple[Path, list[DeckInput]]]) -> None:
    first: dict[Path, Path] = {}
    problems = []
    for target, (source,) in groups:
        if target in first:
            message = f"{first[target]} is also written to {target}: give the two deck files different names"
            problems.append(Problem(str(source.path), 1, message))
        first.setdefault(target, source.path)
    if problems:
        raise DeckError(problems)


# -- preparing decks: parse, lint, stamp, package bytes -----------------------------------------


@dataclass
class _Prepared:
    """What a worker makes of one deck file; nothing is written yet."""

    path: Path
    data: bytes
    problems: list[Problem] = field(default_factory=list)
    key: str = ""
    cards: int = 0
    lint: Summary = field(default_factory=Summary)
    lock: str | None = None  # the lock file's new text: made by the worker, and far cheaper to pass than the Lock
    stamped: export.StampedDeck | None = None  # for a package of several decks
    package: bytes | None = None  # the deck's own package


def _prepare(task: tuple[DeckInput, export.Templates, int, bool]) -> _Prepared:
    from ..lint import lint_deck  # only where a deck is prepared: an up-to-date build needs no rules

    source, templates, now, own_package = task
    path = str(source.path)
    try:
        deck = deckfile.parse(source.data, path) if source.data is not None else deckfile.load(path)
        lock = lockfile.read(path)
    except StudydeckError as e:
        return _Prepared(source.path, source.data or b"", e.problems or [Problem(path, 0, str(e))])
    stamped = export.stamp(deck, lock, templates, now, source.library)
    summary = Summary.of(lint_deck(deck))
    lock_text = lockfile.to_text(lock)
    item = _Prepared(source.path, source.data or b"", [], deck.key, len(deck.cards), summary, lock_text)
    if own_package:
        item.package = export.package_bytes([stamped], templates)
    else:
        item.stamped = stamped
    return item


def _prepare_decks(
    sources: list[DeckInput],
    stale: list[tuple[Path, list[DeckInput]]],
    templates: export.Templates,
    now: int,
    own_packages: bool,
    jobs: int | None,
    report: Progress,
    streamed: _Streamed | None = None,
) -> dict[Path, _Prepared]:
    """Prepare the decks of the stale packages, reporting every deck, the up-to-date ones first."""
    todo = [s for _, group in stale for s in group]
    fresh = {s.path for s in todo}
    done = 0
    for source in sources:
        if source.path not in fresh:
            done += 1
            report(Step("deck", done, len(sources), source.path, "cached"))
    prepared = {}
    for item in _map(_prepare, [(s, templates, now, own_packages) for s in todo], jobs):
        prepared[item.path] = item
        if streamed:
            streamed.add(item)
        done += 1
        report(Step("deck", done, len(sources), item.path, "built"))
    return prepared


def _map(work: Callable, tasks: list, jobs: int | None) -> Iterator:
    """work over tasks in order: in worker processes when there is enough to do."""
    workers = min(jobs or os.cpu_count() or 1, len(tasks))
    if workers < 2 or len(tasks) < MIN_PARALLEL_DECKS:
        yield from map(work, tasks)
        return
    # fork is fast, but only safe while this process runs no other thread.
    method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_leave_interrupts_to_the_parent)
    try:
        yield from pool.map(work, tasks)
    except BrokenProcessPool:
        raise StudydeckError("a build worker process stopped unexpectedly: build again with --jobs 1") from None
    finally:
        # On Ctrl-C or an error, drop the decks not started yet instead of preparing them all.
        pool.shutdown(wait=True, cancel_futures=True)


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl-C reaches every process of the terminal: only the parent stops the build, once, cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check(sources: list[DeckInput], prepared: dict[Path, _Prepared], cache: buildcache.Cache) -> None:
    """Every problem of every deck, or nothing: no package is written from a library with a bad deck."""
    problems = [p for item in prepared.values() for p in item.problems]
    keys = [prepared[s.path].key if s.path in prepared else cache.decks[s.cache_key].key for s in sources]
    valid_keys = [k for k in keys if k]
    if len(set(valid_keys)) != len(valid_keys):
        # Rare: let the loader say which files share a key, and on which line, with every other problem.
        raise DeckError(deckfile.load_all([s.path for s in sources])[1])
    if problems:
        raise DeckError(problems)


# -- writing ------------------------------------------------------------------------------------


def _write_packages(
    groups: list[tuple[Path, list[DeckInput]]], packages: dict[Path, bytes], report: Progress
) -> dict[Path, bool]:
    """Write the stale packages: True when written, False when the file already held these bytes."""
    done = 0
    for target, _ in groups:
        if target not in packages:
            done += 1
            report(Step("package", done, len(groups), target, "unchanged"))
    written = {}
    with ThreadPoolExecutor(WRITE_THREADS) as pool:
        for target, was_written in zip(
            packages, pool.map(export.write_package, packages, packages.values()), strict=True
        ):
            written[target] = was_written
            done += 1
            report(Step("package", done, len(groups), target, "written" if was_written else "unchanged"))
    return written


def _write_lock(deck_path: Path, text: str) -> None:
    """Write a deck's lock file if its text changed (as lockfile.write does with a Lock)."""
    path = lockfile.path_for(deck_path)
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    write_atomic(path, text)


def _package_bytes(group: list[DeckInput], prepared: dict[Path, _Prepared]) -> bytes:
    (item,) = (prepared[s.path] for s in group)
    assert item.package is not None  # a deck of its own package is packaged where it is prepared
    return item.package


class _Streamed:
    """The one package of a whole library, its decks added as they are prepared (in order)."""

    def __init__(self, templates: export.Templates) -> None:
        self.writer = export.writer(templates)
        self.failed = False

    def add(self, item: _Prepared) -> None:
        self.failed = self.failed or bool(item.problems) or item.stamped is None
        if not self.failed and item.stamped is not None:
            export.add(self.writer, item.stamped)
        item.stamped = None  # written: a library's worth of notes need not stay in memory

    def finish(self, stale: list[tuple[Path, list[DeckInput]]]) -> dict[Path, bytes]:
        ((target, _),) = stale
        return {target: self.writer.finish()}

    def close(self) -> None:
        self.writer.close()


def _remember(
    cache: buildcache.Cache,
    stale: list[tuple[Path, list[DeckInput]]],
    prepared: dict[Path, _Prepared],
    packages: dict[Path, bytes],
) -> None:
    """Record what the stale packages were built from, with the locks as now written."""
    for path, item in prepared.items():
        lock_bytes = item.lock.encode("utf-8") if item.lock else b""
        entry = buildcache.DeckEntry(buildcache.sha256(item.data, lock_bytes), item.key, item.cards, item.lint)
        cache.decks[buildcache.key_of(path)] = entry
    for target, group in stale:
        inputs = buildcache.package_inputs([cache.decks[s.cache_key].input for s in group])
        cache.packages[buildcache.key_of(target)] = buildcache.PackageEntry.of(target, inputs or "", packages[target])
