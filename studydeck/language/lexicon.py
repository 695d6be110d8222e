"""The part-of-speech lexicon: word -> its possible tags, most likely first, from the committed table in data/."""

from __future__ import annotations

import bisect
import functools
import gzip
import os

from .closed import CLOSED


@functools.cache
def _lines() -> list[str]:
    """The table's sorted `word<TAB>TAG TAG` lines: one split, and no dictionary of every word at start-up."""
    # A plain path, not importlib.resources: its import alone costs ingest's start-up about 10 ms.
    with open(os.path.join(os.path.dirname(__file__), "data", "lexicon-en.tsv.gz"), "rb") as file:
        return gzip.decompress(file.read()).decode("utf-8").split("\n")


@functools.lru_cache(maxsize=1 << 16)
def lookup(word: str) -> tuple[str, ...]:
    """The tags a word may take, most likely first; () when the lexicon does not know it."""
    lower = word.lower()
    if lower in CLOSED:
        return CLOSED[lower]
    lines = _lines()
    key = lower + "\t"
    at = bisect.bisect_left(lines, key)
    if at < len(lines) and lines[at].startswith(key):
        return tuple(lines[at][len(key) :].split())
    return ()


def name_only(word: str) -> bool:
    """Whether the lexicon knows the word only as a name, or not at all ("Apollo", "Lusitania")."""
    return lookup(word) in ((), ("PROPN",))


def classical_plural(lower: str) -> bool:
    """A Latin or Greek plural whose singular the lexicon knows: "fungi", "algae", "bacteria"."""
    return len(lower) > 4 and any(
        lower.endswith(end) and "NOUN" in lookup(lower[: -len(end)] + one) for end, one in _CLASSICAL_PLURALS
    )


_CLASSICAL_PLURALS = (("i", "us"), ("ae", "a"), ("a", "um"), ("a", "on"))  # "fungi", "larvae", "bacteria", "criteria"


def peoples_adjective(word: str) -> bool:
    """Whether the lexicon knows the word both as a name and as an adjective: a people's or a place's
    adjective ("English", "African", "Portuguese"), which describes the noun after it."""
    tags = lookup(word)
    return "PROPN" in tags and "ADJ" in tags


def size() -> int:
    return len(_lines()) + len(CLOSED)
