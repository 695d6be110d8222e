"""Regenerate studydeck/language/data/lexicon-en.tsv.gz: English word forms -> their possible parts of speech.

Run it once, in a scratch environment, and commit its output; studydeck itself never needs lemminflect:

    python3 -m venv /tmp/lex && /tmp/lex/bin/pip install lemminflect==0.2.3
    /tmp/lex/bin/python studydeck/language/data/make_lexicon.py

lemminflect ships, from the SPECIALIST lexicon, every open-class lemma (noun, verb, adjective, adverb)
with its inflected forms. This script turns that into one table of word forms, each with the universal
tags it may take (NOUN, PROPN, VERB, ADJ, ADV), most likely first. The source has no counts, so the
order is a judgement made from the forms themselves and from how common they are (the committed
wordfreq table): a past tense is a verb before an adjective, a word whose verb forms are rare
("banked", "watered") is a noun first, an adjective that compares ("colder") or whose plural noun
is rare ("colds") is an adjective first. Closed classes (determiners, pronouns, prepositions,
auxiliaries...) are written by hand in studydeck/language/closed.py, not here.

Words that wordfreq's table does not list and whose tags studydeck.language.guess would give from
their ending anyway ("notarizes", "scruffiest" are not dropped; "abattoirs" is) are left out: the table
stays small and loads fast, and the tagger guesses them the same. Regenerate it when guess.py changes.

The table has one `word<TAB>TAG TAG` line per word form, sorted, so that loading it is one split into
lines and a lookup is a binary search: no dictionary of every word is built at start-up.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import defaultdict
from importlib import resources
from importlib.metadata import version
from pathlib import Path

DATA = Path(__file__).resolve().parent
sys.path.insert(0, str(DATA.parents[2]))  # studydeck itself, for guess.by_form, without installing it

from studydeck.language import guess  # noqa: E402

WORD = re.compile(r"[A-Za-z](?:[A-Za-z'.-]*[A-Za-z])?")
CATEGORY = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV"}
# Penn tags of the forms after the lemma on an inflection line, per category.
FORM_TAGS = {"noun": ["NNS"], "adj": ["JJR", "JJS"], "adv": ["RBR", "RBS"], "verb": ["VBD", "VBN", "VBG", "VBZ"]}
ADJ_SUFFIXES = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ant", "ent", "ary", "ish", "ical", "ile")
NOTICE = """\
lexicon-en.tsv.gz: English word forms with the parts of speech (universal tags) each may take, most
likely first, one sorted `word<TAB>TAG TAG` line each. Made by
studydeck/language/data/make_lexicon.py from lemminflect {version} (Brad Jascob, MIT License,
Copyright (C) 2019 Brad Jascob), whose word lists come from the SPECIALIST Lexicon of the U.S. National
Library of Medicine (Lexical Systems Group), distributed open source free of charge; the order of the tags
is studydeck's own, judged from the forms and from wordfreq-en.tsv.gz (see wordfreq-en.NOTICE).

The MIT License of lemminflect:

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions: The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR
ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def read_zipf() -> dict[str, float]:
    table = {}
    for line in gzip.decompress((DATA / "wordfreq-en.tsv.gz").read_bytes()).decode("utf-8").splitlines():
        word, _, zipf = line.partition("\t")
        table[word] = float(zipf)
    return table


def read_inflections() -> dict[tuple[str, str], dict[str, list[str]]]:
    """(lemma, category) -> Penn tag -> spellings, from lemminflect's inflection table."""
    path = resources.files("lemminflect").joinpath("resources", "infl_lu.csv.gz")
    out: dict[tuple[str, str], dict[str, list[str]]] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        lemma, category, *forms = line.split(",")
        if category not in FORM_TAGS:
            continue
        entry = out.setdefault((lemma, category), {})
        for penn, spellings in zip(FORM_TAGS[category], forms, strict=False):
            entry.setdefault(penn, []).extend(s for s in spellings.split("/") if s)
        if category == "verb" and not entry.get("VBN"):
            entry["VBN"] = list(entry.get("VBD", []))
    return out


class Ranker:
    """Orders the tags a word form may take, most likely first, from its forms and their frequencies."""

    def __init__(self, inflections: dict[tuple[str, str], dict[str, list[str]]], zipf: dict[str, float]) -> None:
        self.inflections = inflections
        self.zipf = zipf
        # form -> {(category, penn tag, lemma)}
        self.readings: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for (lemma, category), forms in inflections.items():
            base = {"noun": "NN", "verb": "VB", "adj": "JJ", "adv": "RB"}[category]
            self.readings[lemma].add((category, base, lemma))
            for penn, spellings in forms.items():
                for spelling in spellings:
                    self.readings[spelling].add((category, penn, lemma))

    def z(self, word: str) -> float:
        return self.zipf.get(word.lower(), 0.0)

    def verb_strength(self, lemma: str) -> float:
        """How common the forms only a verb has (past, participles) are: high for 'run', low for 'bank'."""
        forms = self.inflections.get((lemma, "verb"), {})
        own = [s for penn in ("VBD", "VBN", "VBG") for s in forms.get(penn, []) if s != lemma]
        return max((self.z(s) for s in own), default=0.0)

    def score(self, word: str, category: str, penn: str, lemma: str) -> float:
        lower = word.lower()
        base = self.z(lemma) or self.z(word)
        if category == "adv":
            return 3.5 if lower.endswith("ly") and not self._other_ly(lower) else 0.5
        if category == "verb":
            if penn in ("VBD", "VBN", "VBG"):
                return 3.0
            # a base or -s form: a verb first only when its own forms are about as common as the lemma
            return 2.5 if self.verb_strength(lemma) >= base - 0.8 else 1.5
        if category == "adj":
            if penn in ("JJR", "JJS"):
                return 2.8
            compares = bool(self.inflections.get((lemma, "adj"), {}).get("JJR"))
            plural = self.inflections.get((lemma, "noun"), {}).get("NNS", [])
            rare_plural = not plural or max(self.z(p) for p in plural) < base - 1.5
            if lower.endswith(ADJ_SUFFIXES) or compares or rare_plural:
                return 2.4
            return 1.8
        # noun
        return 2.0 if penn in ("NN", "NNS") else 1.0

    def _other_ly(self, word: str) -> bool:
        # 'supply', 'multiply', 'bully': -ly that is no adverb ending; 'friendly', 'early': an adjective first
        return any(c in ("noun", "verb") or (c == "adj" and penn == "JJ") for c, penn, _ in self.readings[word])

    def tags(self, word: str) -> list[str]:
        best: dict[str, float] = {}
        for category, penn, lemma in self.readings[word]:
            tag = "PROPN" if category == "noun" and lemma[:1].isupper() else CATEGORY[category]
            best[tag] = max(best.get(tag, 0.0), self.score(word, category, penn, lemma))
        return sorted(best, key=lambda t: (-best[t], t))


def table(ranker: Ranker) -> dict[str, list[str]]:
    """Lower-cased word form -> tags; a form seen capitalised and in lower case keeps both readings."""
    out: dict[str, list[str]] = {}
    for word in sorted(ranker.readings, key=lambda w: (w.lower(), not w.islower())):
        if not WORD.fullmatch(word):
            continue
        key = word.lower()
        tags = ranker.tags(word)
        if key in out:
            out[key] += [t for t in tags if t not in out[key]]
        else:
            out[key] = tags
    return out


def guessed(word: str, tags: list[str]) -> bool:
    """Whether the tagger's guess from the word's ending gives these tags, the most likely first."""
    guess_tags = guess.by_form(word)
    return guess_tags[0] == tags[0] and set(tags) <= set(guess_tags)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    zipf = read_zipf()
    everything = table(Ranker(read_inflections(), zipf))
    rows = {word: tags for word, tags in everything.items() if word in zipf or not guessed(word, tags)}
    # "\t" sorts before any letter, so sorted lines are in the order of their words: lookups bisect them.
    text = "\n".join(sorted(f"{word}\t{' '.join(tags)}" for word, tags in rows.items()))
    out = DATA / "lexicon-en.tsv.gz"
    # mtime=0 and no file name: the same words always give the same bytes.
    out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    (DATA / "lexicon-en.NOTICE").write_text(NOTICE.format(version=version("lemminflect")), encoding="utf-8")
    print(f"{out}: {len(rows)} of {len(everything)} word forms, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
