"""Part-of-speech tagging: text or tokens -> one universal tag per token, from the lexicon and context rules.

The tag set is a subset of Universal Dependencies': NOUN PROPN VERB AUX ADJ ADV DET PRON ADP CCONJ SCONJ PART
NUM PUNCT SYM X. Each token starts with the tags the lexicon (or its form) allows, most likely first; rules
that look at the neighbours (openrules, closedrules) then pick one, left to right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import guess
from .closed import CLOSED
from .context import MONTHS, Context
from .lexicon import classical_plural, lookup
from .openrules import choose
from .words import Token

_TAG_NAMES = "NOUN PROPN VERB AUX ADJ ADV DET PRON ADP CCONJ SCONJ PART NUM PUNCT SYM X"
TAGS: tuple[str, ...] = tuple(_TAG_NAMES.split())

_WORD = r"[^\W_]+(?:(?:['’.\-–‑‐]|:(?=[A-Z0-9]))[^\W_]+)*%?"  # "Nd:YAG", "Blue 15:3": a colon inside a name
# Curly apostrophes and the other hyphens of notes, as the lexicon and the rules spell them.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "‑": "-", "‐": "-", "–": "-"})
# An episode timestamp stays one token, and no phrase: "00:23:15".
_TIMESTAMP = r"\d{1,2}(?::\d{2}){1,2}(?!\d)"
_GROUPED_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?%?"
# Abbreviations keep their dot, so that it ends no sentence: "Prof. Oduya", "e.g. sleep".
_TITLES = "Dr|Prof|Mr|Mrs|Ms|St|Mt|Jr|Sr|Gen|Col|Capt|Sen|Rep|Gov|Fig|No"
_ABBREVIATION = rf"(?:(?:{_TITLES})\.(?=\s+[A-Z0-9]))|(?i:e\.g|i\.e|etc|vs|cf|approx|ca)\."
# Then numbers with thousands separators, then words (inner apostrophes, dots and hyphens keep
# "don't", "12.5", "25-35" and "WASP-39b" whole), then any other single character.
_PIECE = re.compile(rf"{_ABBREVIATION}|{_TIMESTAMP}|{_GROUPED_NUMBER}|{_WORD}|\.\.\.|°[CFK]?|[^\w\s]")
_SENTENCE_END = {".", "!", "?", ":", ";", "…", "...", "“", '"', "(", "[", "•", "—"}


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation of a text, each with its offsets; numbers like 1,000 and 25-35 stay whole."""
    return [Token(m.group(), m.start(), m.end()) for m in _PIECE.finditer(text)]


def sentence_starts(text: str, tokens: Sequence[Token]) -> set[int]:
    """Indexes of tokens that open a sentence: the first, after an end mark, or on a new line."""
    starts = set()
    fresh = True  # nothing but punctuation since the last end mark or line break
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else None
        if before is not None and (before.text in _SENTENCE_END or "\n" in text[before.end : token.start]):
            fresh = True
        if fresh and any(ch.isalnum() for ch in token.text):
            starts.add(i)
            fresh = False
    return starts


def tag_text(text: str) -> list[tuple[Token, str]]:
    """Tokens of a text with their tags, sentence starts taken from the text itself (new lines included)."""
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    return list(zip(tokens, _tag(words, sentence_starts(text, tokens), title_case(text, tokens)), strict=True))


def title_case(text: str, tokens: Sequence[Token]) -> set[int]:
    """Indexes of tokens on Title Case lines ("Famous Bugs and What They Teach Us"): capitals there mark no name."""
    lines: dict[int, list[int]] = {}
    line = 0
    for i, token in enumerate(tokens):
        if i:
            line += text.count("\n", tokens[i - 1].end, token.start)
        lines.setdefault(line, []).append(i)
    titled: set[int] = set()
    for indexes in lines.values():
        if tokens[indexes[-1]].text in (".", "!", "?"):
            continue  # a sentence, however many names it has
        words = [tokens[i].text for i in indexes if tokens[i].text[:1].isalpha()]
        content = [w for w in words if len(w) > 3 and w.lower() not in CLOSED]
        shouted = len(words) >= 2 and all(w.isupper() for w in words if len(w) > 1)  # "IDEAS WORTH REMEMBERING"
        if shouted or len(content) >= 3 and all(w[0].isupper() for w in content):
            titled.update(indexes)
    return titled


def tag(tokens: Sequence[str | Token]) -> list[str]:
    """One tag per token: the tokens of a sentence or more, as strings or `Token`s, in order."""
    words = [t.text if isinstance(t, Token) else t for t in tokens]
    starts = {0} | {i + 1 for i, w in enumerate(words) if w in _SENTENCE_END}
    return _tag(words, starts)


def plain(word: str) -> str:
    """A token as the lexicon spells it: straight apostrophes, plain hyphens ("don’t" -> "don't")."""
    return word.translate(_PLAIN)


def _tag(words: list[str], starts: set[int], titled: set[int] | None = None) -> list[str]:
    titled = titled or set()
    words = [plain(w) for w in words]
    options = [candidates(w, i in starts or i in titled) for i, w in enumerate(words)]
    for i, pair in enumerate(zip(words, words[1:], strict=False)):
        lowered = tuple(w.lower() for w in pair)
        if lowered in _ADVERB_PAIRS:
            options[i] = options[i + 1] = ("ADV",)  # "letters no longer match": one adverb, before the verb
        elif lowered in _PREPOSITION_PAIRS:
            options[i] = ("ADP",)  # "loose-eyed [depending] on how much": no word of the phrase before it
    chosen: list[str] = []
    for i in range(len(words)):
        chosen.append(choose(Context(words, options, chosen, i, i in starts)))
    return chosen


_ADVERB_PAIRS = {("no", "longer"), ("any", "longer")}
_PREPOSITION_PAIRS = {("depending", "on"), ("depending", "upon"), ("according", "to"), ("owing", "to")}


def candidates(word: str, sentence_start: bool = False) -> tuple[str, ...]:
    """The tags a word may take out of context, most likely first."""
    if not word:
        return ("X",)
    if not any(ch.isalnum() for ch in word):
        return ("SYM",) if word in "$€£¥%+=<>&/°×~#@^*|±" else ("PUNCT",)
    if word[0].isdigit():
        return ("NOUN",) if _numbered_compound(word) else guess.number_like(word)
    lower = word.lower()
    known = _known(lower)
    capital = word[0].isupper()
    if capital and lower != "i" and not (sentence_start and known and known != ("PROPN",)):
        if sentence_start and lower in MONTHS:
            return ("PROPN",)
        if sentence_start and not known and guess.common_form(lower):
            return guess.common_form(lower)  # "Phosphorylation activates...", "Salting early helps"
        if sentence_start and not known and plural_of_noun(lower):
            return ("NOUN",)  # "Octopuses can..."
        return ("PROPN", *[t for t in known if t != "PROPN"])
    if known:
        return known
    if _plural_of_noun_only(lower):
        return ("NOUN",)  # "woodpeckers": no verb's third person, as "woodpecker" is no verb
    return guess.by_form(lower)


def plural_of_noun(lower: str) -> bool:
    """A word in -s or -es whose stem the lexicon knows as a noun: "councils", "boxes"; or a Latin or
    Greek plural whose singular it knows: "fungi", "algae", "bacteria", "phenomena"."""
    return any("NOUN" in lookup(one) for one in _singulars(lower)) or classical_plural(lower)


def _plural_of_noun_only(lower: str) -> bool:
    """A word in -s or -es whose stem the lexicon knows as a noun and never as a verb."""
    return any("NOUN" in tags and "VERB" not in tags for tags in map(lookup, _singulars(lower)))


def _singulars(lower: str) -> list[str]:
    """What a word in -s or -es would be without its ending: "boxes" -> "box", "boxe"."""
    return [lower[: -len(end)] for end in ("es", "s") if lower.endswith(end) and len(lower) > 4]


def _known(lower: str) -> tuple[str, ...]:
    found = lookup(lower)
    if found:
        return found
    for mark in ("'s", "’s"):
        if lower.endswith(mark) and len(lower) > 2:
            # a possessive is the noun it is made of: "Friedman's", "the brain's"
            base = lookup(lower[:-2])
            return tuple(t for t in base if t in ("NOUN", "PROPN")) or (base and ("NOUN",)) or ()
    if "-" in lower:
        return guess.compound(lower, lookup)
    return ("NOUN",) if closed_compound(lower) else ()


def _numbered_compound(word: str) -> bool:
    """A chemical's name, a number then a word no dictionary has: "3-hydroxyhispidin" (not "64-bit")."""
    m = re.fullmatch(r"\d+(?:,\d+)*-([a-z]{6,})", word.lower())
    return m is not None and not lookup(m.group(1)) and not closed_compound(m.group(1))


MIN_COMPOUND_PART = 4  # "lantern|fish"; not "red|dish" ("reddish")


def closed_compound(lower: str) -> bool:
    """An unknown word made of a known word and a known noun written as one: "lanternfish", "ropewalk";
    not one with a derived ending ("memorise" is no "memo" and "rise")."""
    return not guess.derived(lower) and any(
        lookup(lower[:cut]) and "NOUN" in lookup(lower[cut:])
        for cut in range(MIN_COMPOUND_PART, len(lower) - MIN_COMPOUND_PART + 1)
    )
