"""Quantities and dates in tagged tokens: where one starts -> its token range, its number and its unit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .closed import FRACTIONS, MULTIPLIERS, NUMBER_WORDS
from .context import MONTHS
from .guess import glued_unit
from .words import wordset

_HEDGE_TEXT = """
about | around | roughly | approximately | nearly | almost | over | under | some | just | only | up to | more than |
less than | fewer than | at least | at most | as many as | as much as | as little as | as few as | well over |
close to | upwards of | ~ | more or less | on average | barely | merely | exactly | precisely | only about
"""
# Longest first, so "more than" wins over "more" and "as many as" over "as".
HEDGES = tuple(sorted((tuple(h.split()) for h in _HEDGE_TEXT.split("|")), key=len, reverse=True))
_HEDGES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _hedge_words in HEDGES:
    _HEDGES_BY_FIRST.setdefault(_hedge_words[0], []).append(_hedge_words)
CURRENCY = wordset("$ € £ ¥")
PER = wordset("per a an each every")
PERCENT = wordset("percent per-cent % percentage ° °c °f °k")
TIME_UNITS = wordset("second minute hour day week month year decade century night")
SCALE = wordset("hundred thousand million billion trillion dozen")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_DECADE = re.compile(r"(?:1[0-9]|20)[0-9]0s")
_YEARS = re.compile(r"((?:1[0-9]|20)[0-9]{2})-((?:1[0-9]|20)?[0-9]{2})")
_ISO_DATE = re.compile(r"(?:1[0-9]|20)[0-9]{2}-[01][0-9]-[0-3][0-9]")
_DAY = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?")
_DIGITS = re.compile(r"[~≈]?\d[\d,]*(?:\.\d+)?(?:[-–]\d[\d,]*(?:\.\d+)?)?%?")
_HYPHEN_FRACTION = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)[-–]"
    r"(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths)"
)


@dataclass(frozen=True)
class Match:
    kind: str  # "QUANTITY" or "DATE"
    start: int  # token range [start, end)
    end: int
    core: tuple[int, int]  # the number itself (a date's year), which may be blanked alone
    head: int  # the token that says what is counted (the unit), else the number


def is_number(word: str, tag: str) -> bool:
    lower = word.lower()
    if ":" in word:
        return False  # a timestamp, 00:23:15
    return bool(
        _DIGITS.fullmatch(word)
        or glued_unit(word)
        or lower in NUMBER_WORDS
        or _HYPHEN_FRACTION.fullmatch(lower)
        or (tag == "NUM" and not lower[:1].isalpha() and not any(ch.isalpha() for ch in lower))
        or (tag == "NUM" and all(p in NUMBER_WORDS or p in FRACTIONS for p in re.split(r"[-–]", lower)))
    )


def match_at(words: Sequence[str], tags: Sequence[str], i: int) -> Match | None:
    """The quantity or date that starts at token i, or None."""
    date = _date(words, tags, i)
    if date:
        return date
    hedge_end = _hedge(words, i)
    core = _core(words, tags, hedge_end if hedge_end is not None else i)
    if core is None:
        return None
    if core[1] < len(words) and _is_name_part(words[core[1]], tags[core[1]]):
        return None  # "51 Pegasi b" is a name, not a count of Pegasi
    end, head = _unit(words, tags, core[1])
    return Match("QUANTITY", i, end, core, head if head >= 0 else core[1] - 1)


def _hedge(words: Sequence[str], i: int) -> int | None:
    """Where the hedge starting at token i ends ("about", "less than", "at least"), or None."""
    for hedge in _HEDGES_BY_FIRST.get(words[i].lower(), ()):
        if all(i + k < len(words) and words[i + k].lower() == part for k, part in enumerate(hedge)):
            return i + len(hedge)
    return None


def _core(words: Sequence[str], tags: Sequence[str], i: int) -> tuple[int, int] | None:
    """The number at token i ("12.5", "$35", "a third", "two million", "1.5 and 2", "25 to 35"), as a range."""
    j = _one_number(words, tags, i)
    if j is None:
        return None
    # a range or a choice of numbers is one quantity: "1.5 and 2 times", "one or two", "25 to 35"
    if j + 1 < len(words) and words[j].lower() in ("and", "or", "to", "-", "–"):
        k = _one_number(words, tags, j + 1)
        if k is not None and not _YEAR.fullmatch(words[j + 1]):
            j = k
    return i, j


def _one_number(words: Sequence[str], tags: Sequence[str], i: int) -> int | None:
    if i >= len(words):
        return None
    lower = words[i].lower()
    j = i
    if lower in CURRENCY and i + 1 < len(words) and is_number(words[i + 1], tags[i + 1]):
        j = i + 1
        lower = words[j].lower()
    elif lower in ("a", "an", "one") and i + 1 < len(words) and words[i + 1].lower() in FRACTIONS | SCALE:
        return _scale(words, i + 2)  # "a third", "a hundred", "one half"
    elif lower in MULTIPLIERS and tags[i] in ("ADV", "ADJ", "NUM") or lower in ("half", "halves"):
        return i + 1
    if not is_number(words[j], tags[j]) or words[j].lower() == "one" and not _counts_after(words, tags, j + 1):
        return None
    j += 1
    if j < len(words) and words[j].lower() in FRACTIONS and words[j - 1].lower() in NUMBER_WORDS:
        j += 1  # "two thirds"
    return _scale(words, j)


def _scale(words: Sequence[str], j: int) -> int:
    while j < len(words) and words[j].lower() in SCALE:
        j += 1  # "two million", "a hundred thousand"
    return j


def _counts_after(words: Sequence[str], tags: Sequence[str], j: int) -> bool:
    # "one" is a number only when it counts something: "one hour", "one or two", not "one of the ideas"
    if j + 1 < len(words) and words[j].lower() in ("or", "to", "-", "–"):
        return is_number(words[j + 1], tags[j + 1])
    return j < len(words) and tags[j] in ("NOUN", "ADJ")


def _unit(words: Sequence[str], tags: Sequence[str], j: int) -> tuple[int, int]:
    """What follows a number: a percent sign, "times", a unit or counted noun, and a rate ("per second")."""
    head = -1
    if j < len(words) and words[j].lower() in PERCENT | {"times", "fold"}:
        head, j = j, j + 1
        if j < len(words) and words[j].lower() == "points" and words[j - 1].lower() == "percentage":
            head, j = j, j + 1
    else:
        k = j
        while k < len(words) and tags[k] == "ADJ" and k - j < 2:
            k += 1
        n = k
        while n < len(words) and tags[n] == "NOUN" and not _possessive(words[n - 1] if n > k else ""):
            n += 1
        if n > k:
            head, j = n - 1, n
    if j + 1 < len(words) and words[j].lower() in PER and _is_unit(words[j + 1], tags[j + 1]):
        head, j = (head if head >= 0 else j + 1), j + 2  # "metres per second" is about metres; "$35 an ounce"
    elif head >= 0 and j + 1 < len(words) and words[j] == "/" and tags[j + 1] in ("NOUN", "PROPN", "X"):
        head, j = j + 1, j + 2
    return j, head


def _is_unit(word: str, tag: str) -> bool:
    return tag == "NOUN" or word.lower() in TIME_UNITS


def _possessive(word: str) -> bool:
    return word.lower().endswith(("'s", "’s"))


def _is_name_part(word: str, tag: str) -> bool:
    return tag == "PROPN" and word.lower() not in MONTHS and not word.isupper()


def _year_range(word: str) -> bool:
    """Years from and to ("2014-2016", "1939-45"), not a range of amounts ("1500-2000 calories")."""
    m = _YEARS.fullmatch(word)
    if not m:
        return False
    first, last = m.group(1), m.group(2)
    end = int(first[: 4 - len(last)] + last)
    return 0 < end - int(first) <= 100


def _date(words: Sequence[str], tags: Sequence[str], i: int) -> Match | None:
    """A year ("in 1995"), a decade ("the 1930s"), a month with or without its day and year."""
    lower = words[i].lower()
    n = len(words)
    if lower in MONTHS and tags[i] == "PROPN":
        j = i + 1
        if j < n and _DAY.fullmatch(words[j]) and not _YEAR.fullmatch(words[j]):
            j += 1 + (j + 1 < n and words[j + 1] == ",")
        if j < n and _YEAR.fullmatch(words[j]):
            return Match("DATE", i, j + 1, (j, j + 1), j)
        return Match("DATE", i, i + 1, (i, i + 1), i)
    if _DAY.fullmatch(words[i]) and i + 2 < n and words[i + 1].lower() in MONTHS and _YEAR.fullmatch(words[i + 2]):
        return Match("DATE", i, i + 3, (i + 2, i + 3), i + 2)
    if _DECADE.fullmatch(words[i]) or _ISO_DATE.fullmatch(words[i]) or _year_range(words[i]):
        return Match("DATE", i, i + 1, (i, i + 1), i)
    if _YEAR.fullmatch(words[i]):
        after = tags[i + 1] if i + 1 < n else "PUNCT"
        if after not in ("NOUN", "ADJ") or words[i + 1].lower() in ("and", "to"):
            return Match("DATE", i, i + 1, (i, i + 1), i)
    return None
