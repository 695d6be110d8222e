"""Any YAML text -> the deck tree (see tree.py), by libyaml; anchors, aliases and tags are refused."""

from __future__ import annotations

import re

import yaml

from .tree import BAD, BOOLS, NULLS, Flag, Map, Seq, Value

_T = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP, _BOOL, _NULL = _T + "str", _T + "seq", _T + "map", _T + "bool", _T + "null"
# Explicit tags that still mean text: a date or "01:02:03" is text in a deck, not a number.
_TEXT_TAGS = {_STR, _T + "int", _T + "float", _T + "timestamp"}


class _DeckResolver(yaml.resolver.BaseResolver):
    """Tags plain scalars as null, bool or text only: the tree keeps every scalar's text as
    written, so telling numbers and dates apart (PyYAML's regexes, run on every scalar) is wasted."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0] and value in NULLS:
                return _NULL
            return _BOOL if implicit[0] and value in BOOLS else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


class _PureLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer, _DeckResolver):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _DeckResolver.__init__(self)


if yaml.__with_libyaml__:  # libyaml composes several times faster

    class _Loader(yaml.cyaml.CParser, _DeckResolver):
        def __init__(self, stream: str) -> None:
            yaml.cyaml.CParser.__init__(self, stream)
            _DeckResolver.__init__(self)

else:
    _Loader = _PureLoader  # type: ignore[misc]


def compose(text: str) -> tuple[Value, list[tuple[int, str]]]:
    """The tree of any YAML text, and its problems as (line, message); None for an empty document."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        return BAD, [_syntax_error(e, text)]
    except yaml.YAMLError as e:
        return BAD, [(1, f"YAML error: {e}; fix the syntax")]
    except RecursionError:
        return BAD, [(1, _TOO_DEEP)]
    if root is None:
        return None, []
    walk = _Walk()
    try:
        return walk.value(root), walk.problems
    except RecursionError:
        return BAD, [(1, _TOO_DEEP)]


_TOO_DEEP = "the YAML is nested hundreds of levels deep: write the deck in its own layout, at most four levels (see studydeck schema)"


class _Walk:
    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.problems: list[tuple[int, str]] = []

    def value(self, node: yaml.Node) -> Value:
        line = node.start_mark.line + 1
        if id(node) in self.seen:  # an alias: refusing it here makes an alias bomb cost one pass
            self.problems.append(
                (line, "anchors and aliases (&name, *name) are not allowed in deck files: write the value out")
            )
            return BAD
        self.seen.add(id(node))
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            if tag in _TEXT_TAGS:
                return node.value
            if tag == _NULL:
                return None
            if tag == _BOOL:
                return Flag(node.value)
        elif isinstance(node, yaml.SequenceNode) and tag == _SEQ:
            return Seq((self.value(item), item.start_mark.line + 1) for item in node.value)
        elif isinstance(node, yaml.MappingNode) and tag == _MAP:
            return Map(
                (self.key(k), k.start_mark.line + 1, self.value(v), v.start_mark.line + 1) for k, v in node.value
            )
        self.problems.append((line, f"the tag {tag.replace(_T, '!!')} is not allowed in deck files: remove it"))
        return BAD

    def key(self, node: yaml.Node) -> str | None:
        key = self.value(node)
        return key if isinstance(key, str) else None


def _syntax_error(e: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """The line to show and the message: where the broken construct began, if YAML says so."""
    mark = e.context_mark or e.problem_mark
    line = mark.line + 1 if mark else 1
    what = e.problem or e.context or "invalid YAML"
    if e.context_mark and e.problem_mark and e.problem_mark.line != e.context_mark.line:
        what += f" (line {e.problem_mark.line + 1})"
    lines = text.splitlines()
    marks = [m.line for m in (e.context_mark, e.problem_mark) if m and m.line < len(lines)]
    if any(re.search(r":\s+\{\{", lines[i]) for i in marks):
        return (
            line,
            f"YAML syntax error: {what}; a text starting with '{{{{' must be quoted: cloze: \"{{{{c1::...}}}} ...\"",
        )
    return line, f"YAML syntax error: {what}; check the indentation and quoting on this line or the one before"
