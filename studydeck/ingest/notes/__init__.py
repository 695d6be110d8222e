"""Episode notes -> Notes: read a file, detect its format (notes page, summary page, Markdown) and parse it."""

from __future__ import annotations

import enum
from collections.abc import Container
from dataclasses import replace
from pathlib import Path

from ...deck.files import FileTooLarge, NotARegularFile, read_limited
from ...deck.models import Episode, Notes
from ...errors import NotesError
from . import markdown, page, summary
from . import text as t
from .text import EXPECTED


class Format(str, enum.Enum):
    PAGE = "page"
    SUMMARY = "summary"
    MARKDOWN = "markdown"


_PARSERS = {Format.PAGE: page, Format.SUMMARY: summary, Format.MARKDOWN: markdown}
_MIN_SCORE = 4


def read(path: str | Path, known_words: Container[str] = frozenset()) -> Notes:
    """Parse the notes file at `path`; raises NotesError naming the file when it is not notes."""
    try:
        data = read_limited(path, t.MAX_BYTES)
    except FileTooLarge:
        raise NotesError(str(path), 0, t.TOO_LARGE) from None
    except NotARegularFile as e:
        inside = "the notes files inside it" if Path(path).is_dir() else "a notes file (.txt, .md)"
        raise NotesError(str(path), 0, f"{e.strerror}: name {inside}") from None
    except OSError as e:
        raise NotesError(str(path), 0, f"cannot read the notes file: {e.strerror or e}") from None
    return parse(data, str(path), known_words)


def parse(data: bytes | str, path: str = "<notes>", known_words: Container[str] = frozenset()) -> Notes:
    """Notes from the text of one file, whatever its format; raises NotesError when it is none of them.

    `known_words` (lower case) helps split a podcast name glued to a title: a glued word that is
    a real word ('YouTube') is not a glue point.
    """
    text = data if isinstance(data, str) else t.decode(data, path)
    lines = t.lines(text)
    if not any(ln.text for ln in lines):
        raise NotesError(path, 1, f"the file is empty: {EXPECTED}")
    _refuse_data(lines, path)
    kind = detect(lines)
    if kind is None:
        raise NotesError(path, 1, f"this is not episode notes studydeck can read: {EXPECTED}")
    if kind is Format.SUMMARY:
        return summary.parse(lines, path, known_words)
    return _PARSERS[kind].parse(lines, path)


def detect(lines: list[t.Line]) -> Format | None:
    """The format whose marks the lines carry most, or None when none is clear."""
    if markdown.is_markdown(lines):
        return Format.MARKDOWN
    scores = {kind: parser.looks_like(lines) for kind, parser in _PARSERS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= _MIN_SCORE else None


def _refuse_data(lines: list[t.Line], path: str) -> None:
    """JSON and the like are data, not notes: say so rather than 'no title found'."""
    filled = [ln for ln in lines if ln.text]
    first, last = filled[0], filled[-1]
    if first.text.startswith(("{", "[")) and last.text.endswith(("}", "]")):
        raise NotesError(path, first.number, f"this looks like JSON or other data, not episode notes: {EXPECTED}")


_ORDER = {Format.MARKDOWN.value: 0, Format.PAGE.value: 1, Format.SUMMARY.value: 2}


def episodes(items: list[Notes]) -> list[list[Notes]]:
    """The notes grouped by episode: the same title (and no other podcast) is the same episode.

    A summary page glues the podcast to the title; when another file names the title, the glue
    point is taken from it.
    """
    titles = [n.episode.title for n in items if n.format != Format.SUMMARY.value]
    items = [_resplit(n, titles) for n in items]
    groups: list[list[Notes]] = []
    for n in sorted(items, key=lambda n: (_ORDER.get(n.format, 9), n.path)):
        for group in groups:
            if _same_episode(group[0].episode, n.episode) and all(_same_episode(g.episode, n.episode) for g in group):
                group.append(n)
                break
        else:
            groups.append([n])
    return groups


def _resplit(n: Notes, titles: list[str]) -> Notes:
    if n.format != Format.SUMMARY.value:
        return n
    glued = n.episode.podcast + n.episode.title
    for title in titles:
        if t.fold(glued).endswith(t.fold(title)) and t.fold(title) != t.fold(n.episode.title):
            cut = len(glued) - len(title)
            if t.fold(glued[cut:]) == t.fold(title):
                episode = replace(n.episode, podcast=glued[:cut].strip(), title=glued[cut:].strip())
                return replace(n, episode=episode)
    return n


def _same_episode(a: Episode, b: Episode) -> bool:
    if t.fold(a.title) != t.fold(b.title):
        return False
    return not (a.podcast and b.podcast and t.fold(a.podcast) != t.fold(b.podcast))


def merge(group: list[Notes]) -> Episode:
    """One episode from the notes of it: each field from the first file that has it."""
    ordered = sorted(group, key=lambda n: (_ORDER.get(n.format, 9), n.path))

    def first(field: str) -> str:
        return next((getattr(n.episode, field) for n in ordered if getattr(n.episode, field)), "")

    guests: dict[str, str] = {}
    for n in ordered:
        for g in n.episode.guests:
            guests.setdefault(t.fold(g), g)
    host = first("host")
    podcast = first("podcast") or host or "Podcast"
    return Episode(
        podcast=podcast,
        title=first("title"),
        host=host,
        guests=tuple(g for k, g in guests.items() if k != t.fold(host)),
        date=first("date"),
        duration=first("duration"),
        link=first("link"),
    )
