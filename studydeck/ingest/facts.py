"""Fact splitting: a takeaway's text -> sentences -> groups of clauses, each group one card's text.

A clause that leans on the one before it ("- but it wipes out…", ": predict the next reward")
stays in the same group, so its card keeps the context that makes it well defined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import words

_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|vs|etc|approx|ca|cf|al|fig|no|dr|mr|mrs|ms|prof|st|jr|sr|inc|ltd|co)|\b[A-Z])\.$", re.I
)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(]?[A-Z0-9])")
# Clause breaks: semicolons, dashes, a colon, and a comma before a contrast.
_BREAK = re.compile(r";\s+|\s+-\s+|\s*\u2014\s*|:\s+|,\s+(?=(?:but|while|whereas|though|although|yet)\s)")
_LEANING = words.wordset("""and but or so while whereas though although yet which who whom whose it its they their them this these those
    that he she his her including suggesting explaining meaning calling like as because also then thus hence
    across""")
_REFERENCE = words.wordset("it they this these those he she them")
MAX_GROUP_WORDS = 60


@dataclass(frozen=True)
class Clause:
    start: int  # offsets into the sentence
    end: int
    leans: bool  # needs the clause before it to be understood


@dataclass(frozen=True)
class Group:
    """The text of one cloze note and the clauses inside it that may hold a blank."""

    text: str
    clauses: tuple[tuple[int, int], ...]  # offsets into text
    dangling: bool = False  # opens with a reference to something outside it


def sentences(text: str) -> list[str]:
    found = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if _ABBREVIATION.search(text[start : m.start() + 1]):
            continue
        found.append(text[start:end].strip())
        start = end
    found.append(text[start:].strip())
    return [s for s in found if s]


def clauses(sentence: str) -> list[Clause]:
    """The sentence cut at clause breaks that are outside brackets and double quotes."""
    cuts = []
    for m in _BREAK.finditer(sentence):
        before = sentence[: m.start()]
        if before.count("(") > before.count(")") or before.count('"') % 2 or not before.strip():
            continue
        if re.search(r"\b(?:e\.g|i\.e)\.?,?$", before):
            continue
        cuts.append(m)
    result = []
    start = 0
    separator = ""
    for m in [*cuts, None]:
        end = m.start() if m else len(sentence)
        piece = sentence[start:end]
        if piece.strip():
            lead = piece.strip()
            at = start + piece.index(lead)
            # After a dash or a colon comes an explanation or an apposition: it needs what came before.
            attached = separator in (":", "-", "\u2014") or (bool(result) and _short(lead))
            result.append(Clause(at, at + len(lead), attached or leans(lead)))
        if m:
            separator = m.group().strip().rstrip(",") or "-"
            start = m.end()
    return result


def leans(clause: str) -> bool:
    """True when a clause cannot stand alone: it opens with a connective, a pronoun or an -ing form."""
    toks = words.tokens(clause)
    if not toks:
        return True
    first = toks[0].lower
    if first in _LEANING or (first.endswith("ing") and first not in ("during", "according", "morning", "evening")):
        return True
    # "Over time this builds…": a reference among the first words.
    return any(t.lower in _REFERENCE for t in toks[1:3]) and not any(t.lower in ("of", "in") for t in toks[:2])


def _short(clause: str) -> bool:
    return len([t for t in words.tokens(clause) if words.is_content(t.text)]) < 3


def groups(text: str) -> list[Group]:
    """Card-sized groups of a takeaway: each starts at a clause that stands alone."""
    found: list[Group] = []
    previous = ""
    for sentence in sentences(text):
        parts = clauses(sentence)
        run: list[Clause] = []
        for clause in parts:
            if run and not clause.leans:
                found.append(_group(sentence, run, previous))
                run = []
            run.append(clause)
        if run:
            found.append(_group(sentence, run, previous))
        previous = sentence
    return found


def _group(sentence: str, run: list[Clause], previous: str) -> Group:
    start = run[0].start
    text = sentence[start:]
    end = run[-1].end - start
    # Keep the sentence's closing punctuation, drop the separator after the last clause.
    tail = text[end:]
    text = text[:end] + (tail.rstrip() if tail.strip() and not re.search(r"\w", tail) else "")
    spans = tuple((c.start - start, c.end - start) for c in run)
    dangling = run[0].leans
    if dangling and previous and len((previous + " " + text).split()) <= MAX_GROUP_WORDS:
        offset = len(previous) + 1
        return Group(previous + " " + text, tuple((a + offset, b + offset) for a, b in spans))
    return Group(text[:1].upper() + text[1:], spans, dangling=dangling)
