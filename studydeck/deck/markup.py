"""The small markup curators may use in card text: **bold**, *italic*, `code` and line breaks.

Everything else is text: it is escaped for HTML, so no tag or script from a deck reaches a card,
and Anki's own markup ([sound:...], [$]...[/$], \\(...\\)) is shown as typed instead of played or typeset.
One left-to-right scan with a stack of open marks: time linear in the text, tags always nested.
"""

from __future__ import annotations

import html
import re

_TAGS = {"**": ("<b>", "</b>"), "*": ("<i>", "</i>"), "`": ("<code>", "</code>")}
_NO_TAGS = {mark: ("", "") for mark in _TAGS}
_TOKEN = re.compile(r"\*\*|\*|`|\n")
# A backslash before a bracket is MathJax's opening or closing mark: a word joiner (invisible) between
# the two keeps MathJax from typesetting it; "[" as an entity keeps Anki from reading [sound:] or [$].
_MATHJAX = re.compile(r"\\(?=[()\[\]])")


def to_html(text: str) -> str:
    """Card text as safe HTML."""
    # Escaping first leaves every mark as it was, and the characters beside a mark keep their kind
    # ("&lt;" starts and ends with punctuation, as "<" is): the scan finds the same pairs.
    safe = _MATHJAX.sub("\\\\\u2060", html.escape(text.replace("\r\n", "\n"), quote=True)).replace("[", "&#91;")
    return _scan(safe, _TAGS).replace("\n", "<br>")


def to_plain(text: str) -> str:
    """Card text with the markup removed, for the terminal and for grading."""
    return _scan(text, _NO_TAGS)


def _scan(text: str, tags: dict[str, tuple[str, str]]) -> str:
    """The text with each matched pair of marks replaced by its tags; unmatched marks stay as text."""
    if "*" not in text and "`" not in text:  # most text: nothing to scan
        return text
    out: list[str] = []
    marks = _OpenMarks()
    pos = 0
    while (token := _TOKEN.search(text, pos)) is not None:
        mark, at = token.group(), token.start()
        out.append(text[pos:at])
        pos = token.end()
        if mark == "\n":
            marks.clear()  # no mark spans a line: the open ones stay as typed
            out.append("\n")
        elif mark == "`":
            close = text.find("`", pos)
            if close > pos and "\n" not in text[pos:close]:  # a code span: every mark inside is text
                out += [tags["`"][0], text[pos:close], tags["`"][1]]
                pos = close + 1
            else:
                out.append("`")
        else:
            _star(text, mark, at, pos, out, marks, tags)
    out.append(text[pos:])
    return "".join(out)


class _OpenMarks:
    """The marks opened and not yet closed, innermost last, with a count per kind so a closer
    with nothing to close costs nothing: each mark is pushed and popped at most once."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, int, int]] = []  # (mark, index of its placeholder in out, end in text)
        self.count = {"*": 0, "**": 0}

    def push(self, mark: str, index: int, end: int) -> None:
        self.stack.append((mark, index, end))
        self.count[mark] += 1

    def pop_to(self, mark: str, at: int) -> int | None:
        """The placeholder of the innermost open `mark` with text before `at`; the marks opened
        inside it are dropped (they stay as typed), so tags always nest."""
        if not self.count[mark]:
            return None
        while True:
            kind, index, end = self.stack.pop()
            self.count[kind] -= 1
            if kind == mark:
                return index if end < at else None

    def clear(self) -> None:
        self.stack.clear()
        self.count = {"*": 0, "**": 0}


def _star(
    text: str, mark: str, at: int, end: int, out: list[str], marks: _OpenMarks, tags: dict[str, tuple[str, str]]
) -> None:
    """A `*` or `**`: closes the innermost open mark of its kind, else may open one, else is text."""
    before = text[at - 1] if at else " "
    after = text[end] if end < len(text) else " "
    if mark == "**":
        closes = not before.isspace()
        opens = not after.isspace()
    else:  # a lone * next to a word or another * is arithmetic or a footnote, not italic
        closes = not before.isspace() and before != "*" and after != "*" and not _word(after)
        opens = not after.isspace() and after != "*" and before != "*" and not _word(before)
    if closes:
        index = marks.pop_to(mark, at)
        if index is not None:
            out[index] = tags[mark][0]
            out.append(tags[mark][1])
            return
    out.append(mark)
    if opens:
        marks.push(mark, len(out) - 1, end)


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"
