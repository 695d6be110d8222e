"""Deck YAML as a tree of plain values with line numbers: what both YAML readers give.

A deck file is read in two steps: its YAML into this tree, then the tree into a Deck (deckfile).
Two readers make the tree: `quickyaml` for the plain layout studydeck writes (fast, pure Python)
and `fullyaml` for any YAML (libyaml, or PyYAML's own parser without it). For the same text they
give the same tree, so a deck's checks and messages never depend on which one read it.

- a scalar is its text as written (`str`), None for a null, or a `Flag` for a true/false word;
- a mapping (block or flow) is a `Map` of (key, key line, value, value line) in order, duplicates
  kept; the key is None when it is not a plain scalar;
- a sequence is a `Seq` of (value, line);
- `BAD` stands for a value already reported as a problem.
Lines count from 1.
"""

from __future__ import annotations


class Flag(str):
    """A scalar YAML reads as true or false (yes, no, on, off...), kept as written."""


class Map(list):  # list[tuple[str | None, int, Value, int]]
    """A mapping's entries in order, duplicates included: the deck reader words those."""


class Seq(list):  # list[tuple[Value, int]]
    """A sequence's items in order, each with its line."""


class _Bad:
    def __repr__(self) -> str:
        return "BAD"


BAD = _Bad()
Value = str | None | Flag | Map | Seq | _Bad

# Plain scalars YAML reads as null or as true/false; every other scalar is kept as text.
NULLS = frozenset(("", "~", "null", "Null", "NULL"))
BOOLS = frozenset(word for w in ("yes", "no", "true", "false", "on", "off") for word in (w, w.capitalize(), w.upper()))

# The characters YAML does not read as themselves: tabs, controls, line breaks other than "\n",
# surrogates, the byte order mark and non-characters. The quick reader and the writer keep clear of
# them. Written as what is left out, not what is allowed: the short class compiles ten times faster.
NOT_PLAIN_CHARS = "\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff"
