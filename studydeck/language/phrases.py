"""Phrase chunking: text -> the phrases a blank may take whole (names, quantities, dates, terms, quoted terms).

A blank that cuts one of these ("[51] Pegasi b", "radial-[velocity] method"), that takes one item of a list
of three or more, or a word of a set phrase ("take [advantage] of") makes a bad card; `chunks` finds the
phrases and `cuts_phrase` says whether a span cuts one.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from enum import Enum

from . import idioms, quantities
from .closed import CLOSED
from .tags import plain, tag_text
from .words import Token


class Kind(str, Enum):
    NAME = "NAME"  # a proper-noun run: "James Webb Space Telescope", "51 Pegasi b"
    QUANTITY = "QUANTITY"  # a hedged number with its unit: "about 12.5 metres per second", "a third"
    DATE = "DATE"  # a year, a decade, a month with its year: "in 1995", "the 1930s", "September 1931"
    TERM = "TERM"  # a noun phrase without its determiner: "radial-velocity method", "Maillard reaction"
    QUOTED = "QUOTED"  # a short text the notes mark as a term, in quotes or emphasis: "“dark matter”"


@dataclass(frozen=True)
class Phrase:
    """A phrase of a text: its character span [start, end), what kind it is and the word it is about."""

    start: int
    end: int
    kind: Kind
    head: str
    text: str = ""
    in_list: bool = False  # one item of a coordinated list of three or more
    core: tuple[int, int] | None = None  # a part that may be blanked alone: a quantity's number, a date's year


MAX_QUOTED_WORDS = 6
# Quotes or emphasis around a few words: what the notes mark as a term.
_QUOTED = re.compile(
    r"“([^”\n]{1,80})”|\"([^\"\n]{1,80})\"|‘([^’\n]{1,80})’|(?<![\w'])'([^'\n]{1,80})'(?![\w'])"
    r"|\*\*([^*\n]{1,80})\*\*|(?<![\w*])\*([^*\n]{1,80})\*(?![\w*])|(?<!\w)_([^_\n]{1,80})_(?!\w)|`([^`\n]{1,80})`"
)
# Function words that may join two proper nouns into one name: "Bank of England", "Ludwig van Beethoven".
NAME_JOINERS = frozenset(["of", "the", "de", "van", "von", "der", "la", "le", "del", "da", "du"])
# Adjectives that are function words ("other", "same", "first"): they never open a term.
_CLOSED_ADJ = frozenset(w for w, tags in CLOSED.items() if "ADJ" in tags)
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|nor)\s+)?(?:(?:the|a|an|its|their|his|her|our|your)\s+)?", re.I)
_ITEM_GROUPS = ({Kind.NAME, Kind.TERM, Kind.QUOTED}, {Kind.QUANTITY}, {Kind.DATE})


def chunks(text: str) -> list[Phrase]:
    """The phrases of a text, in order, never overlapping; words of set phrases belong to none."""
    quoted = _quoted(text)
    quoted_starts = [p.start for p in quoted]
    found = list(quoted)
    # One line at a time: no phrase runs across a line break (a heading into its text, a bullet into the next).
    for line in re.finditer(r"[^\n]+", text):
        tagged = [
            (t, g) for t, g in _tag_line(line.group(), line.start()) if not _inside(t.start, quoted, quoted_starts)
        ]
        found += _scan(text, [t for t, _ in tagged], [g for _, g in tagged])
    return _mark_lists(text, sorted(found, key=lambda p: p.start))


def _tag_line(line: str, offset: int) -> list[tuple[Token, str]]:
    return [(Token(t.text, t.start + offset, t.end + offset), g) for t, g in tag_text(line)]


def idiom_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the set phrases of a text ("take advantage of", "in fact", "as well as")."""
    tokens = [t for t, _ in tag_text(text)]
    return [(tokens[i].start, tokens[j - 1].end) for i, j in idioms.find([t.text for t in tokens])]


def cuts_phrase(text: str, start: int, end: int) -> bool:
    """Whether the span [start, end) takes part of a phrase or a set phrase without the whole of it.

    A quantity or date may lose its number alone ("[12.5] metres"), never its unit alone.
    """
    for phrase in chunks(text):
        if phrase.core and (start, end) == phrase.core:
            continue
        if _cuts(start, end, phrase.start, phrase.end):
            return True
    return any(_cuts(start, end, s, e) for s, e in idiom_spans(text))


def _cuts(start: int, end: int, p_start: int, p_end: int) -> bool:
    overlaps = start < p_end and p_start < end
    return overlaps and not (start <= p_start and p_end <= end)


def _inside(offset: int, spans: list[Phrase], starts: list[int]) -> bool:
    """Whether an offset falls inside one of the spans (sorted, apart, starting at `starts`): a binary search."""
    at = bisect.bisect_right(starts, offset) - 1
    return at >= 0 and offset < spans[at].end


def _quoted(text: str) -> list[Phrase]:
    found = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in range(1, m.lastindex + 1 if m.lastindex else 1) if m.group(g) is not None)
        inner = m.group(group)
        words = inner.split()
        if not words or len(words) > MAX_QUOTED_WORDS or not _names_a_term(inner):
            continue
        lead = len(inner) - len(inner.lstrip())
        start = m.start(group) + lead
        end = start + len(inner.strip())
        found.append(Phrase(start, end, Kind.QUOTED, words[-1].strip(".,;:!?"), text[start:end]))
    return found


def _names_a_term(inner: str) -> bool:
    """Quotes around a term ("minimum information principle"), not around a short saying ("Money is not a float.")."""
    if not any(ch.isalnum() for ch in inner) or inner.rstrip()[-1:] in (".", "!", "?"):
        return False
    # An auxiliary makes a clause ("is not a float"), and so does a verb with words after it ("keep it short");
    # a participle may describe the term ("spaced repetition"), and a last word read as a verb may be its noun
    # ("waggle dance").
    tagged = tag_text(inner)
    return not any(
        g == "AUX" or g == "VERB" and i < len(tagged) - 1 and not t.text.lower().endswith(("ed", "ing", "en"))
        for i, (t, g) in enumerate(tagged)
    )


def _scan(text: str, tokens: list[Token], tags: list[str]) -> list[Phrase]:
    """Phrases among tagged tokens, left to right: a quantity or date first, then a name, then a term."""
    words = [plain(t.text) for t in tokens]
    idiom_at: list[tuple[int, int] | None] = [None] * len(tokens)  # the idiom each token belongs to
    for s, e in idioms.find(words):
        idiom_at[s:e] = [(s, e)] * (e - s)
    found: list[Phrase] = []
    i = 0
    while i < len(tokens):
        match = quantities.match_at(words, tags, i)
        if match and not any(
            idiom and _cuts(match.start, match.end, *idiom) for idiom in idiom_at[match.start : match.end]
        ):
            found.append(_from_match(text, tokens, match))
            i = match.end
            continue
        idiom = idiom_at[i]
        if idiom:
            i = idiom[1]  # a set phrase's words make no phrase of their own
            continue
        i = _name_or_term(text, tokens, tags, i, found)
    return found


def _from_match(text: str, tokens: list[Token], match: quantities.Match) -> Phrase:
    start, end = tokens[match.start].start, _end(tokens[match.end - 1])
    core = (tokens[match.core[0]].start, _end(tokens[match.core[1] - 1]))
    return Phrase(start, end, Kind(match.kind), _bare(tokens[match.head].text), text[start:end], core=core)


def _name_or_term(text: str, tokens: list[Token], tags: list[str], i: int, found: list[Phrase]) -> int:
    """Add the name or term starting at token i, if any; return where scanning goes on."""
    name_end = _name_end(tokens, tags, i)
    if name_end > i:
        term_end = _term_end(tokens, tags, name_end) if not _possessive(tokens[name_end - 1]) else name_end
        if term_end > name_end:  # a name that modifies a noun makes a term: "Maillard reaction"
            found.append(_phrase(text, tokens, i, term_end, Kind.TERM))
            return term_end
        found.append(_phrase(text, tokens, i, name_end, Kind.NAME))
        return name_end
    if tags[i] in ("ADJ", "NOUN") and tokens[i].text.lower() not in _CLOSED_ADJ:
        term_end = _term_end(tokens, tags, i)
        if term_end > i:
            found.append(_phrase(text, tokens, i, term_end, Kind.TERM))
            return term_end
    return i + 1


def _name_end(tokens: list[Token], tags: list[str], i: int) -> int:
    """End of a run of proper nouns from token i (a number before or after, a designation letter, "of")."""
    j = i
    if tags[j] == "NUM" and ":" not in tokens[j].text and j + 1 < len(tokens) and tags[j + 1] == "PROPN":
        j += 1  # "51 Pegasi b"
    if tags[j] != "PROPN":
        return i
    while j < len(tokens):
        if (
            tags[j] == "PROPN"
            and not _possessive(tokens[j - 1] if j > i else None)
            or tokens[j].text in NAME_JOINERS
            and _joins(tokens, tags, j)
        ):
            j += 1
        elif tags[j] == "NUM" and j > i and tags[j - 1] == "PROPN" and not any(c in tokens[j].text for c in ",:"):
            j += 1  # "Apollo 11"
        else:
            break
    return j


def _joins(tokens: list[Token], tags: list[str], j: int) -> bool:
    """A lower-case "of" or "van" joins a name when proper nouns stand on both sides: "Bank of England"."""
    k = j
    while k < len(tokens) and tokens[k].text in NAME_JOINERS:
        k += 1
    return j > 0 and tags[j - 1] == "PROPN" and k < len(tokens) and tags[k] == "PROPN"


def _term_end(tokens: list[Token], tags: list[str], i: int) -> int:
    """End of a noun phrase from token i: adjectives and nouns that end in a noun ("eclipsing binary stars")."""
    j = i
    last_noun = -1
    while j < len(tokens) and tags[j] in ("ADJ", "NOUN") and tokens[j].text.lower() not in _CLOSED_ADJ:
        if tags[j] == "NOUN":
            last_noun = j
        j += 1
        if _possessive(tokens[j - 1]):
            break
    return last_noun + 1 if last_noun >= 0 else i


def _phrase(text: str, tokens: list[Token], i: int, j: int, kind: Kind) -> Phrase:
    start, end = tokens[i].start, _end(tokens[j - 1])
    # the head is the last word, passing over a designation or a number: "Pegasi" in "51 Pegasi b"
    words = [t.text for t in tokens[i:j]]
    head = next((w for w in reversed(words) if len(w) > 1 and not w[0].isdigit()), words[-1])
    return Phrase(start, end, kind, _bare(head), text[start:end])


def _possessive(token: Token | None) -> bool:
    return token is not None and token.text.lower().endswith(("'s", "’s"))


def _end(token: Token) -> int:
    """A token's end, less its possessive ending: the name in "Friedman's" ends before the apostrophe."""
    return token.end - 2 if _possessive(token) and len(token.text) > 2 else token.end


def _bare(word: str) -> str:
    return word[:-2] if word.lower().endswith(("'s", "’s")) and len(word) > 2 else word


def _mark_lists(text: str, found: list[Phrase]) -> list[Phrase]:
    """Mark the phrases that are one item of a list of three or more: "transits, wobbles and microlensing"."""
    out = list(found)
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and _listed(text, found[j], found[j + 1]):
            j += 1
        if j - i >= 2:
            for k in range(i, j + 1):
                out[k] = dataclasses.replace(out[k], in_list=True)
        i = j + 1
    return out


def _listed(text: str, a: Phrase, b: Phrase) -> bool:
    gap = text[a.end : b.start]
    if not any(a.kind in group and b.kind in group for group in _ITEM_GROUPS):
        return False
    return bool(_LIST_GAP.fullmatch(gap)) and ("," in gap or re.search(r"\b(and|or|nor)\b", gap, re.I) is not None)
