"""The plain layout of YAML that studydeck writes -> the deck tree (see tree.py), in pure Python.

Reading a deck with libyaml costs most of a cold start: building its nodes takes longer than
checking the deck. This reader takes a small, unambiguous part of YAML, the part `deckfile.dump`
writes and hand edits mostly keep to: block mappings and sequences by indentation, one-line flow
lists and mappings, plain, single- and double-quoted one-line scalars, blank and comment lines.
For anything else (multi-line or block scalars, anchors, tags, comments after a value, tabs...)
it returns None and the deck goes to `fullyaml`. Where it reads a text, it gives the tree
fullyaml gives, lines included: tests check that over generated and mangled decks.
"""

from __future__ import annotations

import json
import re
import sys

from .tree import BOOLS, NOT_PLAIN_CHARS, NULLS, Flag, Map, Seq, Value


class _Decline(Exception):
    """The text leaves the plain layout: fullyaml reads it."""


# Characters YAML reads differently (line breaks, tabs, byte order marks) or not at all.
# Compiled on first use (re caches it): its many ranges take longer to compile than most decks to read.
_OFF_LAYOUT = f"(?!\n)[{NOT_PLAIN_CHARS}]"  # "\n" is layout, not content
_LAYOUT_ASCII = b"\n" + bytes(range(0x20, 0x7F))  # the ASCII part of the layout
# Every line as (indent, "- " or "", key or "", the rest); the line number is the index + 1.
_LINES = re.compile(r"^( *)(-(?: +|$))?(?:([A-Za-z_][A-Za-z0-9_-]*):(?: +|$))?(.*)$", re.M)
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
# Possessive repeats (Python 3.11+) of unrolled loops: matching a long quoted text keeps no
# backtracking state per character or escape (a group repeated per character took 135 bytes for
# each). Nothing is lost: what a run may hold never overlaps what may follow it.
ONCE = "+" if sys.version_info >= (3, 11) else ""
_DOUBLE = re.compile(
    rf'"([^"\\]*{ONCE}(?:(?:\\["\\/bfnrt]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{{4}})[^"\\]*{ONCE})*{ONCE})"'
)  # no surrogates
_SINGLE = re.compile(rf"'([^']*{ONCE}(?:''[^']*{ONCE})*{ONCE})'")
_RESERVED_START = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_WORDS = NULLS | BOOLS
_MAX_KEY = 1024  # libyaml's limit on a plain key's length: a longer key is a syntax error

Line = tuple[int, str, str, str, int]  # indent, dash, key, value, number


def read(text: str) -> Value | None:
    """The tree of a deck text in the plain layout, or None when fullyaml must read it."""
    if off_layout(text):
        return None
    lines = [
        (len(indent), dash, key, rest.rstrip(" "), number)
        for number, (indent, dash, key, rest) in enumerate(_LINES.findall(text), 1)
        if key or dash or (rest and rest[0] != "#")  # not a blank or comment line
    ]
    if not lines or lines[0][0] != 0 or lines[0][1]:
        return None
    try:
        tree, end = _Block(lines).mapping(0, 0)
    except (_Decline, RecursionError):  # nesting deeper than Python's recursion limit
        return None
    return tree if end == len(lines) else None


def off_layout(text: str) -> bool:
    """Whether the text holds characters YAML reads differently or not at all."""
    if text.isascii():  # the same test for most decks, many times faster on bytes
        return bool(text.encode("ascii").translate(None, _LAYOUT_ASCII))
    return re.search(_OFF_LAYOUT, text) is not None


def scalar_text(value: str) -> str | None:
    """The text of a one-line quoted or plain scalar; None for a null, a flag, or one to leave to fullyaml."""
    try:
        scalar = _scalar(value, flow=False)
    except _Decline:
        return None
    return scalar if type(scalar) is str else None


def one_line(value: str) -> bool:
    """Whether the value after "key: " is read from its own line, as the plain layout reads it."""
    try:
        _value(value, 0)
    except _Decline:
        return False
    return True


class _Block:
    """Recursive descent over the content lines, by indentation."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines

    def mapping(self, start: int, indent: int) -> tuple[Map, int]:
        """The mapping whose keys sit at `indent` from line `start` (its first line may carry a "- ")."""
        entries = Map()
        lines = self.lines
        i = start
        while i < len(lines):
            line_indent, dash, key, value, number = lines[i]
            if i > start and (line_indent < indent or (line_indent == indent and dash)):
                break
            if not key or key in _WORDS or len(key) > _MAX_KEY or (i > start and (line_indent != indent or dash)):
                raise _Decline
            if value:
                entries.append((key, number, _value(value, number), number))
                i += 1
            else:
                child, i = self.child(i + 1, indent)
                entries.append((key, number, *(child or (None, number))))
        return entries, i

    def child(self, i: int, indent: int) -> tuple[tuple[Value, int] | None, int]:
        """The block under a key with no value on its line, or None (a null) when there is none."""
        if i == len(self.lines):
            return None, i
        line_indent, dash, _, _, number = self.lines[i]
        if dash and line_indent >= indent:  # a sequence, also unindented under its key
            value, i = self.sequence(i, line_indent)
            return (value, number), i
        if line_indent > indent:
            value, i = self.mapping(i, line_indent)
            return (value, number), i
        return None, i

    def sequence(self, start: int, indent: int) -> tuple[Seq, int]:
        items = Seq()
        lines = self.lines
        i = start
        while i < len(lines):
            line_indent, dash, key, value, number = lines[i]
            if line_indent < indent or not dash:
                break
            if line_indent != indent or not (key or value):
                raise _Decline
            if key:  # "- key: ..." starts a mapping whose keys line up after the dash
                item, i = self.mapping(i, indent + len(dash))
                items.append((item, number))
            else:
                items.append((_value(value, number), number))
                i += 1
        return items, i


def _value(text: str, line: int) -> Value:
    """The value after "key: " or "- ", to the end of its line."""
    if text[0] == "[" or text[0] == "{":
        return _flow(text, line)
    return _scalar(text, flow=False)


def _scalar(text: str, flow: bool) -> Value:
    """A whole quoted or plain scalar; `flow`: inside [...] or {...}."""
    if text[:1] == '"' or text[:1] == "'":
        value, end = _quoted(text, 0)
        if end != len(text):
            raise _Decline
        return value
    return _plain(text, flow)


def _plain(text: str, flow: bool) -> Value:
    if (
        not text
        or text[0] in _RESERVED_START
        or text[-1] in ": "
        or ": " in text
        or " #" in text
        or (flow and ("[" in text or "]" in text or "{" in text or "}" in text or ":?" in text))
    ):
        raise _Decline
    if text in _WORDS:
        return None if text in NULLS else Flag(text)
    return text


def _quoted(text: str, pos: int) -> tuple[str, int]:
    """A quoted scalar at text[pos]: its text and where it ends."""
    m = (_DOUBLE if text[pos] == '"' else _SINGLE).match(text, pos)
    if not m:
        raise _Decline
    if text[pos] == "'":
        return m.group(1).replace("''", "'"), m.end()
    try:
        return json.loads(m.group()), m.end()
    except ValueError:  # an escape JSON and YAML read differently
        raise _Decline from None


def _flow(text: str, line: int) -> Map | Seq:
    """A one-line flow list [a, b] or mapping {k: v}, of scalars only."""
    close = "]" if text[0] == "[" else "}"
    if text[-1] != close:
        raise _Decline
    items = _flow_items(text[1:-1])
    if close == "]":
        return Seq((_scalar(item, flow=True), line) for item in items)
    entries = Map()
    for item in items:
        key, colon, value = item.partition(": ")
        if not colon or not _KEY.match(key) or key in _WORDS or len(key) > _MAX_KEY:
            raise _Decline
        entries.append((key, line, _scalar(value.lstrip(" "), flow=True), line))
    return entries


def _flow_items(inner: str) -> list[str]:
    """The items between the brackets, each stripped of spaces."""
    if '"' not in inner and "'" not in inner:  # no quotes: commas only ever separate
        items = [item.strip(" ") for item in inner.split(",")]
    else:
        items = _split_quoted(inner)
    if items == [""]:
        return []
    if "" in items:  # [a, , b] or a trailing comma
        raise _Decline
    return items


def _split_quoted(inner: str) -> list[str]:
    items, pos, start = [], 0, 0
    while pos < len(inner):
        c = inner[pos]
        if (c == '"' or c == "'") and _starts_token(inner[start:pos]):
            _, pos = _quoted(inner, pos)
        elif c == ",":
            items.append(inner[start:pos].strip(" "))
            start = pos = pos + 1
        else:
            pos += 1
    items.append(inner[start:].strip(" "))
    return items


def _starts_token(before: str) -> bool:
    """Whether a quote after `before` (an item's text so far) opens a quoted scalar: at the item's
    start or after "key: "; elsewhere it is a character of a plain scalar, as in [it's, k:"a]."""
    return not before.strip(" ") or (before[-1] == " " and before.rstrip(" ")[-1] == ":")
