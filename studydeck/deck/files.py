"""Files on disk: finding deck files, and atomic writes (a reader sees the old file or the new one)."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable
from pathlib import Path

DECK_SUFFIXES = (".yaml", ".yml")
MAX_DECK_BYTES = 20 * 1024 * 1024


def find_decks(paths: Iterable[str | Path]) -> list[Path]:
    """Deck files named by paths: files as given, folders for their *.yaml and *.yml files (not hidden ones).

    Here rather than in deckfile so that finding decks never imports YAML (the quiz's cached start).
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            # Any case of the suffix (a.YAML too); never a hidden file (a folder's .studydeck.yaml settings,
            # an editor's lock file); whatever is not a folder (a pipe, a link that loops or leads
            # nowhere) is reported by the reader instead of skipped unsaid.
            found.extend(
                sorted(
                    q
                    for q in p.iterdir()
                    if q.suffix.lower() in DECK_SUFFIXES and not q.name.startswith(".") and not q.is_dir()
                )
            )
        else:
            found.append(p)
    return found


def shared_locks(paths: Iterable[Path]) -> list[tuple[Path, Path]]:
    """(deck, other deck) for each deck file whose lock file is that of an earlier one: `a.yaml`
    and `a.yml` would share `a.lock`, and each build would undo the other's note times."""
    first: dict[str, Path] = {}
    clashes = []
    seen: set[str] = set()
    for path in paths:
        if os.path.abspath(path) in seen:  # the same file named twice is one deck
            continue
        seen.add(os.path.abspath(path))
        lock = os.path.abspath(path.with_suffix(".lock"))
        if lock in first:
            clashes.append((path, first[lock]))
        else:
            first[lock] = path
    return clashes


def shared_lock_message(other: Path) -> str:
    return (
        f"this deck would share its lock file {other.with_suffix('.lock').name} with {other}: "
        "rename one of the two (each deck keeps its note times in its own lock)"
    )


class NotARegularFile(OSError):
    """A folder, device, pipe or socket where a file was expected."""


class FileTooLarge(OSError):
    """A file over the size a reader accepts."""


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; checked before reading, so a link to
    /dev/zero, a pipe or a huge sparse file is refused instead of read (or waited on)."""
    import stat

    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe" if stat.S_ISFIFO(info.st_mode) else "a device"
        raise NotARegularFile(errno.EINVAL, f"this is {kind}, not a file", str(path))
    if info.st_size > limit:
        raise FileTooLarge(errno.EFBIG, f"the file is over {limit // 2**20} MiB", str(path))
    with open(path, "rb") as f:
        data = f.read(limit + 1)  # a file growing meanwhile still stops here
    if len(data) > limit:
        raise FileTooLarge(errno.EFBIG, f"the file is over {limit // 2**20} MiB", str(path))
    return data


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    A symbolic link is followed: the file it points to is replaced, the link stays. An error names
    `path`, never the temporary file.
    """
    import tempfile  # here, not at the top: finding decks starts every quiz

    path = _target(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise _naming(e, path) from None
    try:
        _fill(fd, payload, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise _naming(e, path) from None
        raise


def write_together(files: dict[Path, str | bytes], journal_dir: Path) -> None:
    """Write several files so that a run stopped at any point leaves all old or all new.

    Each new file is written beside its target and flushed; then a journal naming them is written
    to `journal_dir` (the commit point); then each is renamed over its target and the journal
    removed. `finish_pending` completes a journal left by a stopped run, or drops the new files
    written before it.
    """
    import json

    staged = {_target(path): payload for path, payload in files.items()}
    if len(staged) <= 1:
        for path, payload in staged.items():
            write_atomic(path, payload)
        return
    # For each target: its new file, and a digest of what it holds now, so that finishing later
    # never overwrites an edit made after the stop.
    moves = {str(path): [str(_staged(path)), _digest(path)] for path in staged}
    for path, payload in staged.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _fill(os.open(_staged(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), payload, _mode_for(path))
        except BaseException as e:
            for other in staged:
                _staged(other).unlink(missing_ok=True)
            if isinstance(e, OSError):
                raise _naming(e, path) from None
            raise
    journal = journal_dir / JOURNAL
    write_atomic(journal, json.dumps(moves, ensure_ascii=False, indent=1))
    _apply(moves)
    journal.unlink()


JOURNAL = ".studydeck-pending.json"  # in a deck folder: files to move into place together
_STAGED_SUFFIX = ".new"


def finish_pending(folder: Path) -> None:
    """Complete what a stopped `write_together` committed; drop what it had not; remove the
    temporary files of writes stopped outright (a kill between write and rename)."""
    import json

    journal = folder / JOURNAL
    try:
        moves = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        moves = None
    except (OSError, ValueError) as e:
        raise OSError(errno.EIO, f"a half-done write left a damaged journal: delete it ({e})", str(journal)) from None
    if moves is not None:
        try:
            _apply(moves)
        except (TypeError, ValueError, AttributeError) as e:
            raise OSError(
                errno.EIO, f"a half-done write left a damaged journal: delete it ({e})", str(journal)
            ) from None
        journal.unlink()
    for stray in folder.glob(f".*{_STAGED_SUFFIX}"):  # staged by a run stopped before its journal
        stray.unlink(missing_ok=True)
    remove_stale_temps(folder)


def remove_stale_temps(folder: Path) -> None:
    """Remove the temporary files of `write_atomic` left by a killed run: those over an hour old,
    which belong to no command still running."""
    import time

    hour_ago = time.time() - 3600
    for stray in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if stray.is_file() and stray.stat().st_mtime < hour_ago:
                stray.unlink()


def _apply(moves: dict[str, list]) -> None:
    for target, (staged, before) in moves.items():
        if not os.path.exists(staged):  # moved before the stop
            continue
        if _digest(Path(target)) == before:
            os.replace(staged, target)
        else:  # changed since: the newer work stands
            os.unlink(staged)


def _digest(path: Path) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def _staged(path: Path) -> Path:
    return path.with_name(f".{path.name}{_STAGED_SUFFIX}")


def _target(path: str | Path) -> Path:
    """The file to replace: where a symbolic link points, so the link is kept."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _fill(fd: int, payload: bytes | str, mode: int) -> None:
    """Write a new file and flush it to disk."""
    with os.fdopen(fd, "wb") as f:
        os.fchmod(f.fileno(), mode)
        f.write(payload.encode("utf-8") if isinstance(payload, str) else payload)
        f.flush()
        os.fsync(f.fileno())


def _naming(error: OSError, path: Path) -> OSError:
    """The error with `path` as its file name: the file meant, never the temporary one (a full disk
    raises an error with no file name at all)."""
    return OSError(error.errno or errno.EIO, f"cannot write the file: {error.strerror or error}", str(path))


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (mkstemp's are private)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
