"""A deck's index (key, name, review cards) straight from its text, ten times faster than parsing it.

A session plans with each deck's review cards (card id, deletion number) and needs whole cards only
for those it shows. When many decks changed since the last start, parsing them all would keep the
first card waiting; this reader finds their review cards with a few regular expressions over the
whole text, and the decks are checked in the background while the learner studies.

It reads the layout `deckfile.dump` writes: the deck's own keys first (read by quickyaml), `cards:`
last, each card a `  - id: ...` line followed by one-line `    key: value` lines. For anything
else (a card whose first key is not its id, a value going on to the next line, nested blocks,
comments after a cloze text...) it returns None and the deck is parsed. For a deck that parses
without problems it gives exactly the index of the parsed deck; tests check that over generated
and mangled decks. It checks nothing else: a deck it reads may still have problems.
"""

from __future__ import annotations

import re

from . import quickyaml
from .quickyaml import ONCE
from .tree import Map

Index = tuple[str, str, tuple[tuple[str, int], ...]]  # deck key, deck name, (card id, ordinal)

_CARDS = "\ncards:"
_ID = r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}"  # deckfile.ID_PATTERN; dump quotes those YAML reads as numbers
_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
_END = r"(?:\n|\Z)"
# A line after `cards:` that is not blank, a comment, a card's id line or one of its keys at four spaces.
_OTHER_LINE = re.compile(rf"""\n(?!  - id: (?:{_ID}|"{_ID}"|'{_ID}') *{_END}|    {_KEY}:(?: |{_END})| *#| *{_END})""")
# A value to look at: one that may go on past its line or is not plain text (a block scalar, a
# tag, an anchor or alias, an unclosed quote, a flow list or mapping not closed on its line), and
# a flow list or mapping with a quote in it, which quickyaml reads: whether such a quote opens a
# text running on past the line depends on where it stands.
_ODD_VALUE = re.compile(
    rf"\n    {_KEY}: +(?:(?P<long>[|>!&*]"
    rf"""|"(?![^"\\\n]*{ONCE}(?:\\.[^"\\\n]*{ONCE})*{ONCE}" *{_END})"""  # see quickyaml.ONCE
    rf"|'(?![^'\n]*{ONCE}(?:''[^'\n]*{ONCE})*{ONCE}' *{_END})"
    rf"|[\[{{](?![^\n]*[\]}}] *{_END}))"
    rf"""|(?P<flow>[\[{{][^\n]*["'][^\n]*))"""
)
# In order: each card's id, and the text of each cloze line (a card with none is a Q&A card).
_CARD_OR_CLOZE = re.compile(r"\n(?:  - id: ([^ \n]+)|    cloze: +([^\n]*))")
# In a valid cloze text every "{{c<n>::" opens a deletion (cloze.problems reports any other "{{"),
# so their numbers are the card's ordinals without matching whole deletions.
_NUMBER = re.compile(r"\{\{c([0-9]+)::")


def read(text: str) -> Index | None:
    """The deck's key, name and review cards in deck order; None when the text must be parsed."""
    start = text.find(_CARDS)
    if start < 0 or text.find(_CARDS, start + 1) >= 0 or quickyaml.off_layout(text):
        return None
    line_end = text.find("\n", start + 1)
    line_end = len(text) if line_end < 0 else line_end
    if text[start + len(_CARDS) : line_end].strip(" ") not in ("", "[]"):
        return None
    cards = text[line_end:]
    head = _head(text[: start + 1])
    if head is None or _OTHER_LINE.search(cards) or not _plain_values(cards):
        return None
    pairs = _review_cards(cards)
    return None if pairs is None else (*head, pairs)


def _head(text: str) -> tuple[str, str] | None:
    """The deck's key and name from the keys before `cards:`."""
    tree = quickyaml.read(text)
    if not isinstance(tree, Map):
        return None
    values = {key: value for key, _, value, _ in tree}
    key, name = values.get("key"), values.get("deck")
    if not (isinstance(key, str) and isinstance(name, str)):
        return None
    return key.strip(), name.strip()


def _plain_values(cards: str) -> bool:
    """Whether every value of the cards is read from its own line, as text, a list or a mapping."""
    for odd in _ODD_VALUE.finditer(cards):
        if odd["long"] is not None or not quickyaml.one_line(odd["flow"].rstrip(" ")):
            return False
    return True


def _review_cards(cards: str) -> tuple[tuple[str, int], ...] | None:
    pairs: list[tuple[str, int]] = []
    qa: str | None = None  # the last card, while no cloze line has been seen for it
    for card, value in _CARD_OR_CLOZE.findall(cards):
        if card:
            if qa is not None:
                pairs.append((qa, 0))
            qa = card[1:-1] if card[0] in "\"'" else card
            continue
        text = _cloze_text(value.rstrip(" "))
        if text is None or qa is None:  # or a second cloze line: a problem the parser words
            return None
        pairs.extend([(qa, n) for n in _numbers(text)])
        qa = None
    if qa is not None:
        pairs.append((qa, 0))
    return tuple(pairs)


def _numbers(text: str) -> list[int]:
    """A cloze text's deletion numbers, in order, each once."""
    if text.count("{{c") == 1:  # most cards: their one deletion found without a regular expression
        start = text.find("{{c") + 3
        end = text.find("::", start)
        number = text[start:end] if end > start else ""
        return [int(number)] if number.isascii() and number.isdigit() else []  # the digits cloze reads
    return sorted({int(n) for n in _NUMBER.findall(text)})


def _cloze_text(value: str) -> str | None:
    if value[:1] in ('"', "'"):
        return quickyaml.scalar_text(value)
    return None if " #" in value else value  # a comment after a plain text
