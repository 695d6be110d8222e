"""Tags for words the lexicon lacks: a word -> its likely tags, from its digits, its suffix or its parts."""

from __future__ import annotations

import re
from collections.abc import Callable

from .closed import FRACTIONS, NUMBER_WORDS
from .words import wordset

_NUMBER = re.compile(r"\d[\d,.]*(?:[-–]\d[\d,.]*)?%?")
_DECADE = re.compile(r"\d+0s")
# A number with its unit written on: 2h, 12m, 5km, 10mg, 3x, 2.4GHz.
_GLUED_UNIT = re.compile(
    r"\d+(?:\.\d+)?(?:h|m|s|min|ms|km|kg|mg|g|cm|mm|ml|l|x|k|bn|hz|khz|mhz|ghz|gb|mb|tb|kb|kcal|mph|kph)", re.I
)
_ORDINAL = re.compile(r"\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th)")
# Longest suffix first within a class; the first class whose suffix matches wins.
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ly ward wards", ("ADV", "ADJ")),  # "skyward", "shoreward": a direction
    ("ing", ("VERB", "NOUN", "ADJ")),
    ("ed", ("VERB", "ADJ")),
    (
        "tion sion ment ness ity ism ist ance ence ancy ency ogy ship hood dom cy ure age er or ium um osis itis ase"
        " ide ine ome on",
        ("NOUN",),
    ),
    ("ous ful less able ible al ic ive ish ary ory ant ent oid like esque", ("ADJ", "NOUN")),
    ("ize ise ify", ("VERB", "NOUN")),
    # the common -ate verbs are in the lexicon; an unknown -ate word is mostly a chemical ("bicarbonate")
    ("ate", ("NOUN", "VERB", "ADJ")),
    ("s", ("NOUN", "VERB")),
)
ADJECTIVE_ENDS = ("like", "based", "free", "related", "dependent", "specific", "wide", "old", "long", "sized", "proof")


def number_like(word: str) -> tuple[str, ...]:
    """A token that starts with a digit: 12.5, 1,000, 25-35, 0.01% and 1990s are numbers; 5th is an ordinal."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]  # "Ariane 5's first flight"
    if _NUMBER.fullmatch(word) or _DECADE.fullmatch(word) or _GLUED_UNIT.fullmatch(word):
        return ("NUM",)
    if not any(ch.isalpha() for ch in word):
        return ("NUM",)  # 2024-09-03, 3.14.15
    if _ORDINAL.fullmatch(word.lower()):
        return ("ADJ",)
    if re.fullmatch(r"\d[\d.,]*[-–][A-Za-z][\w-]*", word):
        return ("ADJ", "NOUN")  # 25-year-old, 3-day
    return ("PROPN",) if any(ch.isupper() for ch in word) else ("NOUN", "NUM")


def by_form(lower: str) -> tuple[str, ...]:
    """An unknown lower-case word, judged by its ending; a noun when nothing fits."""
    for suffixes, tags in _SUFFIXES:
        if any(lower.endswith(s) and len(lower) > len(s) + 2 for s in suffixes.split()):
            return tags
    if any(ch.isdigit() for ch in lower):
        return ("NOUN",)
    return ("NOUN",)


_COMMON_ENDINGS = tuple(wordset("ing ed ly ness ous ful less able ible ive ize ise ify"))
_NOUN_ENDINGS = tuple(wordset("tion sion ment ness ity ism ance ence ogy ine ase osis itis ics ers ists ians"))


def common_noun_form(lower: str) -> bool:
    """Whether an unknown word ends like a common noun, not a name ("phosphorylation", "caffeine")."""
    return lower.endswith(_NOUN_ENDINGS) and len(lower) > 6


def derived(lower: str) -> bool:
    """Whether a word ends like a word derived from another: '-ise', '-ness', '-ing', '-ly' ..."""
    return lower.endswith(_COMMON_ENDINGS)


def common_form(lower: str) -> tuple[str, ...]:
    """The tags of an unknown capitalised word whose ending no name has ("Salting", "Phosphorylation"), else ()."""
    if common_noun_form(lower):
        return ("NOUN",)
    if derived(lower) and len(lower) > 5:
        return by_form(lower)
    return ()


def compound(lower: str, lookup: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """A hyphenated word the lexicon lacks: numbers ("twenty-five", "three-quarters"), else by its last part."""
    parts = [p for p in re.split(r"[-–]", lower) if p]
    if not parts:
        return ()
    if all(p in NUMBER_WORDS or p in FRACTIONS for p in parts):
        return ("NUM",)
    last = parts[-1]
    first_is_number = parts[0] in NUMBER_WORDS or parts[0][:1].isdigit()
    if first_is_number or last in ADJECTIVE_ENDS or len(parts) > 2:
        return ("ADJ", "NOUN")  # three-day trial, carbon-based life, side-by-side tests
    tail = lookup(last) or by_form(last)
    if set(tail) <= {"ADP", "ADV", "PART"} and len(parts) == 2 and "VERB" in lookup(parts[0]):
        return ("NOUN", "ADJ")  # follow-through, take-off, run-up: a verb and its particle name the act
    if tail and tail[0] in ("ADJ", "VERB") and last.endswith(("ed", "ing", "en")):
        return ("ADJ", "NOUN")  # well-known, slow-moving, hand-written
    if tail and tail[0] == "ADJ":
        return ("ADJ", "NOUN")
    if tail and "NOUN" in tail:
        return ("NOUN", "ADJ")
    return tuple(t for t in tail if t not in ("DET", "PRON", "PART")) or ("NOUN",)
