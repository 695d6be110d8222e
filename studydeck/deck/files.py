"""Files on disk: finding deck files, and atomic writes (a reader sees the old file or the new one)."""

from __future__ import annotations

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
            # A hidden file is never a deck: the folder's settings (.studydeck.yaml), an editor's lock file.
            found.extend(
                sorted(
                    q for q in p.iterdir() if q.suffix in DECK_SUFFIXES and not q.name.startswith(".") and q.is_file()
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
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    import tempfile  # here, not at the top: finding decks starts every quiz

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (mkstemp's are private)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
