"""Episode notes -> Notes: read a file, detect its format (notes page, summary page, Markdown) and parse it."""

from __future__ import annotations

import enum
from pathlib import Path

from ..errors import NotesError
from ..models import Notes
from . import markdown, page, summary
from . import text as t
from .text import EXPECTED


class Format(str, enum.Enum):
    PAGE = "page"
    SUMMARY = "summary"
    MARKDOWN = "markdown"


_PARSERS = {Format.PAGE: page, Format.SUMMARY: summary, Format.MARKDOWN: markdown}
_MIN_SCORE = 4


def read(path: str | Path) -> Notes:
    """Parse the notes file at `path`; raises NotesError naming the file when it is not notes."""
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise NotesError(str(path), 0, "this is a folder: name the notes files inside it") from None
    except OSError as e:
        raise NotesError(str(path), 0, f"cannot read the notes file: {e.strerror or e}") from None
    return parse(data, str(path))


def parse(data: bytes | str, path: str = "<notes>", known_words: frozenset[str] = frozenset()) -> Notes:
    """Notes from the text of one file, whatever its format; raises NotesError when it is none of them.

    `known_words` (lower case) helps split a podcast name glued to a title: a glued word that is
    a real word ('YouTube') is not a glue point.
    """
    text = data if isinstance(data, str) else t.decode(data, path)
    lines = t.lines(text)
    if not any(ln.text for ln in lines):
        raise NotesError(path, 1, f"the file is empty: {EXPECTED}")
    if lines[0].text.startswith(("{", "[")) and lines[-1].text.endswith(("}", "]")) or not lines[0].text:
        _refuse_data(lines, path)
    kind = detect(lines)
    if kind is None:
        raise NotesError(path, 1, f"this is not episode notes studydeck can read: {EXPECTED}")
    if kind is Format.SUMMARY:
        return summary.parse(lines, path, known_words)
    return _PARSERS[kind].parse(lines, path)


def detect(lines: list[t.Line]) -> Format | None:
    """The format whose marks the lines carry most, or None when none is clear."""
    scores = {kind: parser.looks_like(lines) for kind, parser in _PARSERS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= _MIN_SCORE else None


def _refuse_data(lines: list[t.Line], path: str) -> None:
    """JSON and the like are data, not notes: say so rather than 'no title found'."""
    first = next(ln for ln in lines if ln.text)
    if first.text.startswith(("{", "[")):
        raise NotesError(path, first.number, f"this looks like JSON or other data, not episode notes: {EXPECTED}")
