"""Word facts for card making: text -> tokens, stopwords, Zipf frequency (from the committed table), stems."""

from __future__ import annotations

import bisect
import functools
import gzip
import os
import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass

from .lexicon import lookup


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one string, one word after another."""
    return frozenset(text.split())


# For patterns of names: a capital of the Latin alphabets ("Émile", "Øyvind"), and the lower-case
# particles inside a name ("Pieter van Staden", "Wernher von Braun", "Ibn Battuta's").
CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de]"
NAME_PARTICLE = r"(?:van|von|de|da|der|den|del|du|la|le|di|dos|bin|ibn)"

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

# letters of any script: 'Esenç' is one word; so are 'Nd:YAG' and 'Blue 15:3' with a colon inside, and
# an allele's 'HLA-B*58:01' with its star
_TOKEN = re.compile(r"[^\W_]+(?:(?:['.-]|[:*](?=[A-Z0-9])|\+(?=\d))[^\W_]+)*%?")
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
def _lines() -> list[str]:
    """The table's `word<TAB>zipf` lines, sorted by word: one split at start-up and a bisect per word,
    not a dictionary of 50,000 words built for the few hundred an episode looks up."""
    # A plain path, as in the lexicon: importlib.resources costs start-up more than the read.
    with open(os.path.join(os.path.dirname(__file__), "data", "wordfreq-en.tsv.gz"), "rb") as file:
        return gzip.decompress(file.read()).decode("utf-8").split("\n")


def _entry(word: str) -> str | None:
    """The Zipf value of a lower-case word as the table writes it, None when the table lacks it."""
    lines, key = _lines(), word + "\t"
    at = bisect.bisect_left(lines, key)
    return lines[at][len(key) :] if at < len(lines) and lines[at].startswith(key) else None


@functools.lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """How common a word is: log10 of uses per billion words (7 for 'the', 0 when not in the table).
    A British spelling is as common as the American one, which the table counts more often."""
    w = word.lower().strip("'")
    us = american(w)
    return max(_zipf(w), _zipf(us)) if us != w else _zipf(w)


def _zipf(w: str) -> float:
    found = _entry(w) or (_entry(w[:-2]) if w.endswith("'s") else None) or _entry(_singular(w)) or _entry(_plain_adjective(w))
    if found:
        return float(found)  # the singular: "octopuses", "narwhals" are plurals the table leaves out
    # A hyphenated compound is as common as its rarest part.
    parts = [p for p in re.split(r"[-.]", w) if p]
    if len(parts) > 1:
        return min(zipf(p) for p in parts)
    return UNKNOWN_ZIPF


# British spellings and their American forms: the table counts "artefact" at 2.7 and "artifact" at 3.4,
# and has no "haemoglobin"; a word written the British way is no rarer for it
_BRITISH = tuple(
    (re.compile(pattern), us)
    for pattern, us in (
        (r"(?<=[a-z]{3})our(?=(?:s|ed|ing|al|ally|able|ful|less|ite|ites)?$)", "or"),  # colour, behavioural
        (r"(?<=[a-z]{2}[bt])re(?=s?$)", "er"),  # centre, metres, fibre
        (r"(?<=[a-z]{3})is(?=(?:e|ed|es|ing|ation|ations|er|ers)$)", "iz"),  # organise, fertiliser
        (r"(?<=[a-z])ys(?=(?:e|ed|es|ing|er|ers)$)", "yz"),  # analyse, paralysed
        (r"(?<=[a-z])ae(?=[a-z])|^ae(?=[a-z])", "e"),  # haemoglobin, palaeontology, aetiology
        (r"^oe|(?<=f)oe(?=t)|oe(?=u)|(?<=h)oe(?=a)", "e"),  # oesophagus, foetus, manoeuvre, diarrhoea
        (r"(?<=[a-z]{2})euvre", "euver"),  # manoeuvre, once its 'oe' is 'e'
        (r"(?<=[aeiou])ll(?=(?:ed|ing|er|ers)$)", "l"),  # travelled, modelling
        (r"(?<=[a-z]{2})ogue(?=s?$)", "og"),  # catalogue, analogue
        (r"^(def|off|lic|pret)ence(?=s?$)", r"\1ense"),  # defence, licence
    )
)
_BRITISH_WORDS = {
    "artefact": "artifact", "artefacts": "artifacts", "tyre": "tire", "tyres": "tires", "aluminium": "aluminum",
    "mould": "mold", "moulds": "molds", "mouldy": "moldy", "moult": "molt", "plough": "plow", "ploughs": "plows",
    "sulphur": "sulfur", "sulphate": "sulfate", "sulphuric": "sulfuric", "programme": "program", "programmes": "programs",
    "jewellery": "jewelry", "ageing": "aging", "sceptic": "skeptic", "sceptical": "skeptical", "pyjamas": "pajamas",
}  # fmt: skip


def american(word: str) -> str:
    """The American spelling of a lower-case British one ("colour" -> "color"), or the word as it is."""
    if word in _BRITISH_WORDS:
        return _BRITISH_WORDS[word]
    for pattern, us in _BRITISH:
        word = pattern.sub(us, word)
    return word


def _singular(word: str) -> str:
    """The word's singular when the table has it, else ''."""
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and not word.endswith("ss") and _entry(word[: -len(ending)] + replacement):
            return word[: -len(ending)] + replacement
    return ""


def _plain_adjective(word: str) -> str:
    """The plain form of a superlative the table leaves out ("likeliest" -> "likely", "bravest" -> "brave",
    "flattest" -> "flat"), or of a comparative in -ier ("likelier"), else '' (not "forager": an -er noun)."""
    stem = re.sub(r"(?:est|(?<=i)er)$", "", word)
    if stem == word or len(stem) < 3:
        return ""
    for plain in (stem[:-1] + "y" if stem.endswith("i") else "", stem + "e", stem, stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if plain and _entry(plain):
            return plain
    return ""


def known(word: str) -> bool:
    return _entry(word.lower()) is not None


RARE_EPITHET_ZIPF = 3.0  # a species' word the table knows but seldom sees: "aureus" 2.8, "sapiens" 3.0; not "niger" 3.5
_LATIN_ENDING = re.compile(r"(?:ans|ens|us|um|is|ae|ii|ensis|oides|ata|ica|ile|ilis|alis|aris|osa|osum|ella|ina|ium|ex|ax|ix|ox|ale|i|ana)$")


def species_word(word: str, known: bool = False) -> bool:
    """A species' Latin second word: lower case, with a Latin ending, and unknown to the word table
    unless `known` allows it (after a genus's initial: "S. aureus", "T. rex")."""
    # nor a form of one it has ("octopuses"), nor a word the lexicon tags ("oxidizes")
    unknown = zipf(word) == UNKNOWN_ZIPF and not lookup(word)
    # endings English words share ("scolopes", "mellifera", "plangon"): from words the table lacks
    latin_too = unknown and re.search(r"(?:es|a|on|os)$", word) is not None
    return word.islower() and (known or unknown) and (_LATIN_ENDING.search(word) is not None or latin_too)


_BINOMIAL = re.compile(r"[A-Z][a-z]+\s+([a-z]{3,})")


def epithet(name: str) -> str:
    """The species' epithet of a genus-and-species name ("Penicillium notatum" -> "notatum"), the
    word that tells it from the others of its genus; ''."""
    m = _BINOMIAL.fullmatch(name.strip())
    if m is None or "ADJ" in lookup(name.split()[0].lower()):
        return ""  # "French watchmaker", "Victorian restorer": a word that describes, then a noun
    word = m.group(1)
    return word if zipf(word) < RARE_EPITHET_ZIPF and species_word(word, known=True) else ""


class _KnownWords(Container[str]):
    """Every word of the table, as a container of lower-case words."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and _entry(word) is not None


KNOWN_WORDS = _KnownWords()


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
        if not w.endswith(suffix) or len(w) - len(suffix) < 3:
            continue
        if suffix.startswith("ment") and not lookup(w[: -len(suffix)]):
            continue  # "payments" is "pay", but "ferments" is not "fer"
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


def fold(text: str) -> str:
    """The text without its accents ("Bíró" -> "Biro"), for words written both ways."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
