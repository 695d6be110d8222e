"""Word facts for card making: text -> tokens, stopwords, Zipf frequency (from the committed table), stems."""

from __future__ import annotations

import functools
import gzip
import re
from dataclasses import dataclass
from importlib import resources


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one string, one word after another."""
    return frozenset(text.split())


# Function words: never a blank, and not counted as context around one.
STOPWORDS = wordset(
    """
    a about above after again against all almost also although always am among an and another any anybody anyone
    anything are aren't around as at be because been before being below between both but by can can't cannot
    could couldn't did didn't do does doesn't doing don't done down during each either else enough etc even ever
    every few for from further get gets getting got had hadn't has hasn't have haven't having he he'd he'll he's
    her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's
    its itself just least less let's like many may maybe me might more most much must mustn't my myself neither
    no nor not nothing now of off often on once one's only or other others otherwise our ours ourselves out over
    own per perhaps quite rather really same shall shan't she she'd she'll she's should shouldn't simply since so
    some somebody someone something sometimes still such than that that's the their theirs them themselves then
    there there's therefore these they they'd they'll they're they've this those though through thus to too
    toward towards under until unto up upon us very via was wasn't we we'd we'll we're we've were weren't what
    what's whatever when when's whenever where where's whereas wherever whether which while who who's whoever
    whom whose why why's will with within without won't would wouldn't yet you you'd you'll you're you've your
    yours yourself yourselves e.g i.e vs everybody everybody's everyone everyone's everything
    nobody somebody anybody thing things way lot kind sort bit
    """
)

_TOKEN = re.compile(r"[^\W_]+(?:['.-][^\W_]+)*%?")  # letters of any script: 'Esenç' is one word
UNKNOWN_ZIPF = 0.0


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@functools.cache
def _table() -> dict[str, str]:
    """word -> its Zipf value as written in the table; parsed on lookup, since few words are looked up."""
    data = resources.files("studydeck.language").joinpath("data", "wordfreq-en.tsv.gz").read_bytes()
    cells = gzip.decompress(data).decode("utf-8").replace("\n", "\t").split("\t")
    return dict(zip(cells[0::2], cells[1::2], strict=False))


def zipf(word: str) -> float:
    """How common a word is: log10 of uses per billion words (7 for 'the', 0 when not in the table)."""
    table = _table()
    w = word.lower().strip("'")
    if w in table:
        return float(table[w])
    if w.endswith("'s") and w[:-2] in table:
        return float(table[w[:-2]])
    singular = _singular(w, table)
    if singular:
        return float(table[singular])  # "octopuses", "narwhals": a plural the table leaves out
    # A hyphenated compound is as common as its rarest part.
    parts = [p for p in re.split(r"[-.]", w) if p]
    if len(parts) > 1:
        return min(zipf(p) for p in parts)
    return UNKNOWN_ZIPF


def _singular(word: str, table: dict[str, str]) -> str:
    """The word's singular when the table has it, else ''."""
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and not word.endswith("ss") and word[: -len(ending)] + replacement in table:
            return word[: -len(ending)] + replacement
    return ""


def known(word: str) -> bool:
    return word.lower() in _table()


def known_words() -> frozenset[str]:
    return frozenset(_table())


def is_stopword(word: str) -> bool:
    return word.lower().strip("'") in STOPWORDS


def is_number(word: str) -> bool:
    return bool(re.fullmatch(r"~?\d[\d.,%-]*", word))


def is_content(word: str) -> bool:
    """A word that carries meaning: not a function word (numbers count)."""
    return not is_stopword(word) and (len(word) > 1 or word.isdigit())


def content(text: str) -> list[str]:
    return list(_content(text))


@functools.lru_cache(maxsize=8192)
def _content(text: str) -> tuple[str, ...]:
    # Cached: card making and lint ask the same sentences again and again.
    return tuple(t.text for t in tokens(text) if is_content(t.text))


@functools.lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude stem, enough to see that 'doubles' and 'doubled', or 'spindle' and 'spindles', are one word."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ifications", "ification", "ifiers", "ifier"):
        if w.endswith(suffix):
            return w[: -len(suffix)] + "ify"  # "amplifiers" and "amplify", "classification" and "classify"
    for suffix in ("ational", "ization", "ations", "ation", "ments", "ment", "ness", "ings", "ing", "ies", "ied"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    for suffix in ("es", "ed", "ly", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith(("ss", "us")):
            return w[: -len(suffix)]  # "octopus" and "virus" are singular
    return w


def stems(text: str) -> set[str]:
    return {stem(w) for w in content(text)}


def overlap(a: str, b: str) -> float:
    """Share of the smaller text's content stems found in the other: 1.0 when one says all the other says."""
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))
