"""The part-of-speech lexicon: word -> its possible tags, most likely first, from the committed table in data/."""

from __future__ import annotations

import functools
import gzip
import os

from .closed import CLOSED


@functools.cache
def _table() -> dict[str, tuple[str, ...]]:
    # A plain path, not importlib.resources: its import alone costs ingest's start-up about 10 ms.
    with open(os.path.join(os.path.dirname(__file__), "data", "lexicon-en.tsv.gz"), "rb") as file:
        data = file.read()
    table: dict[str, tuple[str, ...]] = {}
    # One line per tag sequence, so one split per line and a dict.fromkeys per group: loading stays fast.
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        tags, _, words = line.partition("\t")
        table.update(dict.fromkeys(words.split(), tuple(tags.split())))
    table.update(CLOSED)
    return table


def lookup(word: str) -> tuple[str, ...]:
    """The tags a word may take, most likely first; () when the lexicon does not know it."""
    return _table().get(word.lower(), ())


def size() -> int:
    return len(_table())
