"""Anki cloze syntax: find deletions, check them, render one of them as a blank."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

# {{c3::answer}} or {{c3::answer::hint}}; no nesting, no braces inside. ASCII digits only: Anki
# reads no others, and a card written with them would be empty there.
# The answer and hint as unrolled loops with possessive repeats (Python 3.11+): a long text keeps
# no backtracking state per character. A run stops only where "::", "{{" or "}}" starts, the one
# place the greedy pattern this replaces could stop too.
_ONCE = "+" if sys.version_info >= (3, 11) else ""
_ANSWER = rf"[^:{{}}]*{_ONCE}(?:(?::(?!:)|\{{(?!\{{)|\}}(?!\}}))[^:{{}}]*{_ONCE})*{_ONCE}"
_HINT = rf"[^{{}}]*{_ONCE}(?:(?:\{{(?!\{{)|\}}(?!\}}))[^{{}}]*{_ONCE})*{_ONCE}"
_DELETION = re.compile(rf"\{{\{{c([0-9]+)::({_ANSWER})(?:::({_HINT}))?\}}\}}")
_OPEN_LIKE = re.compile(r"\{\{\s*[cC]\s*\d")
_OTHER_DIGITS = re.compile(r"\{\{c(\d+)::")
# Anki makes cards for c1 to c500 only: a higher number shares card 500, or (over 65535) card 1.
MAX_ORDINAL = 500


@dataclass(frozen=True)
class Deletion:
    ordinal: int
    answer: str
    hint: str
    start: int
    end: int


def deletions(text: str) -> list[Deletion]:
    return [
        Deletion(int(m.group(1)), m.group(2), m.group(3) or "", m.start(), m.end()) for m in _DELETION.finditer(text)
    ]


def ordinals(text: str) -> list[int]:
    """The card numbers a cloze text makes, in order: one review card each."""
    return sorted({int(number) for number, _, _ in _DELETION.findall(text)})


def problems(text: str) -> list[str]:
    """What Anki would reject or render as an empty card, each with how to fix it."""
    found = _DELETION.findall(text)  # (number, answer, hint): lighter than Deletions, for every card of a deck
    rest = _DELETION.sub("", text)
    messages = []
    if any(not number.isascii() for number in _OTHER_DIGITS.findall(rest)):
        messages.append("a cloze number is not written with the digits 0-9: write {{c1::answer}}")
        rest = _OTHER_DIGITS.sub("", rest)
    if "{{" in rest or "}}" in rest:
        if _OPEN_LIKE.search(rest) or rest.count("{{") != rest.count("}}"):
            messages.append(
                "unbalanced or malformed cloze braces: write each deletion as {{c1::answer}} "
                "or {{c1::answer::hint}}, with no braces inside"
            )
        else:
            messages.append("stray '{{' or '}}' in a cloze text: remove them or write {{c1::answer}}")
    if not found and not messages:
        messages.append("a cloze card needs at least one deletion such as {{c1::answer}}")
    for number, answer, _ in found:
        digits = number.lstrip("0")  # its length first: int() refuses a number of thousands of digits
        if not digits:
            messages.append("cloze numbers start at 1: write {{c1::...}} instead of {{c0::...}}")
        elif len(digits) > 3 or int(digits) > MAX_ORDINAL:
            shown = digits if len(digits) <= 12 else digits[:12] + "..."
            messages.append(f"cloze number c{shown} is too high: Anki makes cards for c1 to c{MAX_ORDINAL} only")
            continue
        if not answer.strip():
            messages.append(f"deletion c{int(number)} is empty: put the hidden answer after 'c{int(number)}::'")
    return messages


_SINGLE_BRACE = re.compile(r"(?<!\{)\{\s*[cC]\s*(\d+)\s*::([^{}]*)\}(?!\})")


def single_brace_typos(text: str) -> list[str]:
    """Deletions written with one brace, like {c2::six}: Anki shows them as typed, braces and all."""
    return [
        f"'{m.group(0)}' has single braces, so it is shown as typed, not hidden: write {{{{c{m.group(1)}::{m.group(2)}}}}}"
        for m in _SINGLE_BRACE.finditer(_DELETION.sub("", text))
    ]


def render(text: str, ordinal: int, blank: str = "[...]") -> str:
    """The prompt for one card: its deletions blanked (hint shown if any), the others revealed."""

    def replace(m: re.Match[str]) -> str:
        if int(m.group(1)) == ordinal:
            hint = m.group(3)
            return f"[{hint}]" if hint else blank
        return m.group(2)

    return _DELETION.sub(replace, text)


def answers(text: str, ordinal: int) -> list[str]:
    """The hidden answers of one card, in order."""
    return [d.answer for d in deletions(text) if d.ordinal == ordinal]


def reveal(text: str) -> str:
    """The full text with every deletion shown."""
    return _DELETION.sub(lambda m: m.group(2), text)


def keep_only(text: str, kept: list[Deletion]) -> str:
    """The text with only the `kept` deletions, numbered c1, c2... in order; the others revealed."""
    numbers = {d.ordinal: n for n, d in enumerate(sorted({d.ordinal: d for d in kept}.values(), key=lambda d: d.start), 1)}
    starts = {d.start for d in kept}

    def replace(m: re.Match[str]) -> str:
        if m.start() not in starts:
            return m.group(2)
        hint = f"::{m.group(3)}" if m.group(3) else ""
        return f"{{{{c{numbers[int(m.group(1))]}::{m.group(2)}{hint}}}}}"

    return _DELETION.sub(replace, text)
