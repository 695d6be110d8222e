"""Re-ingest: cards ingest made before that the notes no longer give x new cards -> pairs that are one card corrected.

Generated ids come from a card's content, so a takeaway whose number was fixed gives a card with a
new id. The new card is paired with the old one when both are of one kind (cloze or question, same
tags), most of their words are the same, in order, and each blank sits where the old one sat: the
blanked text itself may change (18% fixed to 21%), but a blank moved to another phrase of the
sentence is another fact of that sentence, not a correction.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..deck import cloze
from ..deck.models import Card, CardKind

# Share of words two cards have in common, in order (2 x matched / total), for one to replace the other.
# In the examples of tests/ingest/test_match.py corrections score 0.84 and up (a number fixed, two words
# reworded, one word of a short card), different facts that share a sentence pattern 0.77 and below.
SAME_CARD = 0.8

_WORD = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")
_QA_BREAK = "\x00"  # between a question's words and its answer's, so neither runs into the other


@dataclass(frozen=True)
class Words:
    """A card's words in order, and for each the cloze number it is hidden by (0: shown)."""

    tokens: tuple[str, ...]
    blanks: tuple[int, ...]
    counts: Counter[str]  # the tokens counted, for a cheap bound on the words two cards share


def words_of(card: Card) -> Words:
    if card.kind is CardKind.QA:
        tokens = [*_words(card.front), _QA_BREAK, *_words(card.back)]
        return Words(tuple(tokens), (0,) * len(tokens), Counter(tokens))
    tokens, blanks, last = [], [], 0
    for deletion in cloze.deletions(card.text):
        shown = _words(card.text[last : deletion.start])
        hidden = _words(deletion.answer)
        tokens += shown + hidden
        blanks += [0] * len(shown) + [deletion.ordinal] * len(hidden)
        last = deletion.end
    tokens += _words(card.text[last:])
    return Words(tuple(tokens), tuple(blanks + [0] * (len(tokens) - len(blanks))), Counter(tokens))


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def similarity(old: Card, new: Card) -> float:
    """How far `new` reads as `old` corrected: 0 when it cannot be the same card, else the share of words kept."""
    if _kind(old) != _kind(new):
        return 0.0
    return _score(words_of(old), words_of(new), 0.0)


def _kind(card: Card) -> tuple[CardKind, frozenset[str]]:
    return card.kind, frozenset(card.tags)


def _score(a: Words, b: Words, floor: float, matcher: difflib.SequenceMatcher | None = None) -> float:
    """The ratio of words kept when the blanks line up and it reaches `floor`, else 0.

    `matcher`, when given, already holds b's words: it caches what it learns of them across calls.
    """
    if not a.tokens or not b.tokens or set(a.blanks) != set(b.blanks):
        return 0.0
    # Cheap upper bounds first (lengths, then words shared in any order): most pairs are far apart.
    total = len(a.tokens) + len(b.tokens)
    if 2 * min(len(a.tokens), len(b.tokens)) < floor * total:
        return 0.0
    small, large = sorted((a.counts, b.counts), key=len)
    if 2 * sum(min(n, large[word]) for word, n in small.items()) < floor * total:
        return 0.0
    if matcher is None:
        matcher = difflib.SequenceMatcher(None, b=b.tokens, autojunk=False)
    matcher.set_seq1(a.tokens)
    ratio = matcher.ratio()
    if ratio < floor or not _blanks_line_up(matcher.get_opcodes(), a, b):
        return 0.0
    return ratio


def _blanks_line_up(opcodes: Sequence[tuple[str, int, int, int, int]], a: Words, b: Words) -> bool:
    """Every blank of one card lies on, or was rewritten into, a blank with the same number in the other."""
    forward = _landing(opcodes)
    backward = _landing([(tag, j1, j2, i1, i2) for tag, i1, i2, j1, j2 in opcodes])
    return _covered(a, b, forward) and _covered(b, a, backward)


def _landing(opcodes: Sequence[tuple[str, int, int, int, int]]) -> dict[int, range]:
    """Where each word of the first sequence went in the second: itself, or the words it was rewritten to."""
    where: dict[int, range] = {}
    for tag, i1, i2, j1, j2 in opcodes:
        for i in range(i1, i2):
            if tag == "equal":
                where[i] = range(j1 + i - i1, j1 + i - i1 + 1)
            elif tag == "replace":
                where[i] = range(j1, j2)
    return where


def _covered(a: Words, b: Words, landing: dict[int, range]) -> bool:
    for number in set(a.blanks) - {0}:
        hidden = [i for i, n in enumerate(a.blanks) if n == number]
        if not any(b.blanks[j] == number for i in hidden for j in landing.get(i, ())):
            return False
    return True


def pairs(old: Sequence[Card], new: Sequence[Card], threshold: float = SAME_CARD) -> list[tuple[int, int]]:
    """One-to-one (old index, new index) pairs, the most similar first; ties go to the earlier cards."""
    old_words = [(_kind(c), words_of(c)) for c in old]
    new_words = [(_kind(c), words_of(c)) for c in new]
    scored = []
    for j, (kind_b, b) in enumerate(new_words):
        matcher = difflib.SequenceMatcher(None, b=b.tokens, autojunk=False)
        for i, (kind_a, a) in enumerate(old_words):
            if kind_a == kind_b and (score := _score(a, b, threshold, matcher)) >= threshold:
                scored.append((score, i, j))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    found = []
    for _, i, j in scored:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            found.append((i, j))
    return found
