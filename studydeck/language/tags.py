"""Part-of-speech tagging: text or tokens -> one universal tag per token, from the lexicon and context rules.

The tag set is a subset of Universal Dependencies': NOUN PROPN VERB AUX ADJ ADV DET PRON ADP CCONJ SCONJ PART
NUM PUNCT SYM X. Each token starts with the tags the lexicon (or its form) allows, most likely first; rules
that look at the neighbours then pick one, left to right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import guess
from .closed import BE, CLOSED, DO, HAVE, MODALS
from .lexicon import lookup
from .words import Token

TAGS = ("NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "NUM",
        "PUNCT", "SYM", "X")

_WORD = r"[^\W_]+(?:['’.\-–][^\W_]+)*%?"
_GROUPED_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?%?"
# Numbers with thousands separators first, then words (inner apostrophes, dots and hyphens keep
# "don't", "e.g", "12.5", "25-35" and "WASP-39b" whole), then any other single character.
# Abbreviations keep their dot, so that it ends no sentence: "Prof. Oduya", "e.g. sleep".
_ABBREVIATION = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|St|Mt|Jr|Sr|Gen|Col|Capt|Sen|Rep|Gov|Fig|No)\.(?=\s+[A-Z0-9]))|(?i:e\.g|i\.e|etc|vs|cf|approx|ca)\."
_PIECE = re.compile(rf"{_ABBREVIATION}|{_GROUPED_NUMBER}|{_WORD}|\.\.\.|[^\w\s]")
_SENTENCE_END = {".", "!", "?", ":", ";", "…", "...", "“", "\"", "(", "[", "•", "—"}
WH = frozenset(["why", "how", "what", "where", "when", "which", "who", "whom"])
OBJECT_PRONOUNS = frozenset(["it", "them", "him", "her", "us", "me", "you", "this", "these", "those"])
SUBJECT_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they", "who"])
POSSESSIVES = frozenset(["my", "your", "his", "her", "its", "our", "their", "whose"])
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
MODIFIER_CONTEXT = {"DET", "ADJ", "NUM"}
DEGREE = frozenset(["very", "too", "so", "quite", "rather", "less", "more", "most", "least", "extremely", "highly", "fairly", "pretty"])
# Words after which "to" is a preposition even before a word that could be a verb ("due to sleep loss").
TO_ADP = frozenset(
    ["similar", "close", "equal", "due", "according", "compared", "relative", "next", "up", "prior", "thanks", "contrary", "opposed", "related", "proportional", "exposed", "attached", "linked", "applied", "access", "contribute", "contributes", "contributed", "contributing", "lead", "leads", "led", "leading", "respond", "responds", "belong", "belongs", "adapted", "down", "back", "return", "returned", "key", "way"]
)
MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)


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
        if len(content) >= 3 and all(w[0].isupper() for w in content):
            titled.update(indexes)
    return titled


def tag(tokens: Sequence[str | Token]) -> list[str]:
    """One tag per token: the tokens of a sentence or more, as strings or `Token`s, in order."""
    words = [t.text if isinstance(t, Token) else t for t in tokens]
    starts = {0} | {i + 1 for i, w in enumerate(words) if w in _SENTENCE_END}
    return _tag(words, starts)


def _tag(words: list[str], starts: set[int], titled: set[int] | None = None) -> list[str]:
    titled = titled or set()
    options = [candidates(w, i in starts or i in titled) for i, w in enumerate(words)]
    chosen: list[str] = []
    for i in range(len(words)):
        chosen.append(_choose(words, options, chosen, i, i in starts))
    return chosen


def candidates(word: str, sentence_start: bool = False) -> tuple[str, ...]:
    """The tags a word may take out of context, most likely first."""
    if not word:
        return ("X",)
    if not any(ch.isalnum() for ch in word):
        return ("SYM",) if word in "$€£¥%+=<>&/°×~#@^*|±" else ("PUNCT",)
    if word[0].isdigit():
        return guess.number_like(word)
    lower = word.lower()
    known = _known(lower)
    capital = word[0].isupper()
    if capital and lower != "i" and not (sentence_start and known and known != ("PROPN",)):
        if sentence_start and lower in MONTHS:
            return ("PROPN",)
        if sentence_start and not known and guess.common_noun_form(lower):
            return ("NOUN",)  # "Phosphorylation activates...", "Glassblowers reheat..."
        return ("PROPN", *[t for t in known if t != "PROPN"])
    if known:
        return known
    return guess.by_form(lower)


def _known(lower: str) -> tuple[str, ...]:
    found = lookup(lower)
    if found:
        return found
    for mark in ("'s", "’s"):
        if lower.endswith(mark) and len(lower) > 2:
            # a possessive is the noun it is made of: "Friedman's", "the brain's"
            base = lookup(lower[:-2])
            return tuple(t for t in base if t in ("NOUN", "PROPN")) or (base and ("NOUN",)) or ()
    if "-" in lower or "–" in lower:
        return guess.compound(lower, lookup)
    return ()


def _choose(words: list[str], options: list[tuple[str, ...]], chosen: list[str], i: int, start: bool) -> str:
    """Pick one tag for token i from its options, given the tags chosen to its left and the options to its right."""
    opts = options[i]
    lower = words[i].lower()
    prev = chosen[i - 1] if i and not start else None
    prev_word = words[i - 1].lower() if i else ""
    nxt = _next_first(options, i)
    nxt_word = words[i + 1].lower() if i + 1 < len(words) else ""
    if _premodifier(words[i], opts, prev, prev_word, options[i + 1] if i + 1 < len(options) else ()):
        return "ADJ"
    if start and _participle_subject(words, opts, options, i):
        return "ADJ"
    if start and opts[0] == "PROPN" and _modifies_noun(words, options, i):
        return "NOUN"
    if start and opts[0] in ("NOUN", "ADJ", "VERB") and _name_follows(words, options, i):
        return "PROPN"  # "Knight Capital lost...": a capitalised word that starts a name
    if len(opts) == 1 and lower not in BE | HAVE | DO:
        return _single(words, chosen, i, opts[0])
    rule = _CLOSED_RULES.get(lower)
    if rule:
        return rule(opts, prev, prev_word, nxt, nxt_word, words, options, i)
    if lower in BE | MODALS:
        return "AUX"
    if lower in HAVE | DO:
        return _have_do(lower, words, options, i)
    return _open(opts, prev, prev_word, nxt, words, options, chosen, i, start)


def _premodifier(word: str, opts: tuple[str, ...], prev: str | None, prev_word: str, after: tuple[str, ...]) -> bool:
    """A participle between a determiner and its noun describes it: "the shaded side", "a lit candle"."""
    if "VERB" not in opts or opts[0] == "NOUN" or not after or after[0] not in ("NOUN", "ADJ"):
        return False
    if prev not in ("DET", "ADJ") and not prev_word.endswith(("'s", "’s")) and prev_word not in POSSESSIVES:
        return False
    return opts[0] == "ADJ" or word.lower().endswith(("ing", "ed", "en")) or "NOUN" not in opts


def _single(words: list[str], chosen: list[str], i: int, only: str) -> str:
    # a lone lower-case letter after a name is part of it: "51 Pegasi b"
    if only != "PROPN" and len(words[i]) == 1 and words[i].islower() and i and chosen[i - 1] == "PROPN":
        return "PROPN"
    return only


def _next_first(options: list[tuple[str, ...]], i: int) -> str | None:
    """The most likely tag of the next token that is not an adverb or 'not' (None at the end)."""
    for j in range(i + 1, len(options)):
        if options[j][0] not in ("ADV", "PART"):
            return options[j][0]
    return None


def _open(
    opts: tuple[str, ...],
    prev: str | None,
    prev_word: str,
    nxt: str | None,
    words: list[str],
    options: list[tuple[str, ...]],
    chosen: list[str],
    i: int,
    start: bool,
) -> str:
    """Nouns, verbs, adjectives and adverbs: the word's own order, bent by its neighbours."""
    after = options[i + 1] if i + 1 < len(options) else ()
    if opts[0] == "PROPN":
        return "PROPN"
    if _after_verb_marker(words, chosen, i) and "VERB" in opts:
        return "VERB"
    if prev == "CCONJ" and i >= 2 and chosen[i - 2] in opts:
        return chosen[i - 2]  # coordination joins alike: "soft and warm"
    if "VERB" in opts and i + 1 < len(words) and words[i + 1].lower() in OBJECT_PRONOUNS and prev != "DET":
        return "VERB"  # "review it"
    if prev_word == "," and i >= 2 and chosen[i - 2] == "NOUN" and "NOUN" in opts:
        return "NOUN"  # the next item of a list: "transits, wobbles and microlensing"
    if prev_word in DEGREE and "ADJ" in opts:
        return "ADJ"  # "less tired", "very cold"
    if prev in MODIFIER_CONTEXT or prev_word in POSSESSIVES or prev_word.endswith(("'s", "’s")):
        return _after_modifier(opts, nxt, after)
    if "ADJ" in opts and "ADV" in opts and opts[0] in ("ADJ", "ADV"):
        if "NOUN" in after or nxt == "ADJ" or prev == "AUX":
            return "ADJ"
        return "ADV" if prev in ("VERB", "ADV") or nxt in (None, "PUNCT", "ADP", "VERB") else opts[0]
    if prev in ("ADP", "SCONJ") or start:
        if "ADJ" in opts and after[:1] == ("NOUN",) and not words[i].lower().endswith("ing"):
            return "ADJ"  # "of direct sunlight"
        if "VERB" in opts and words[i].lower().endswith("ing") and not start:
            return "VERB"  # a gerund: "by helping cells"
    if prev == "ADV" and "VERB" in opts and i >= 2 and chosen[i - 2] in NOMINAL:
        return "VERB"  # subject, adverb, verb: "cats always land"
    if "VERB" in opts and "NOUN" in opts:
        return _noun_or_verb(words, chosen, opts, after, prev, prev_word, nxt, start, i)
    if opts[0] == "VERB" and "ADJ" in opts and prev == "AUX" and words[i - 1].lower() in BE and not words[
        i
    ].lower().endswith(("ed", "en", "ing")):
        return "ADJ"
    return opts[0]


def _name_follows(words: list[str], options: list[tuple[str, ...]], i: int) -> bool:
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return words[i][:1].isupper() and nxt[:1].isupper() and options[i + 1][0] == "PROPN" and nxt.lower() not in MONTHS


def _modifies_noun(words: list[str], options: list[tuple[str, ...]], i: int) -> bool:
    """An unknown capitalised first word before a noun and its verb is a noun too: "Serif fonts are..."."""
    if lookup(words[i]) or i + 2 >= len(words) or not words[i + 1].islower() or words[i].endswith(("'s", "’s")):
        return False
    return options[i + 1][0] == "NOUN" and options[i + 2][0] in ("VERB", "AUX")


def _participle_subject(words: list[str], opts: tuple[str, ...], options: list[tuple[str, ...]], i: int) -> bool:
    """ "Reducing sugars react": an -ing word, a plural noun and a verb that agrees with the plural, not a gerund."""
    if not words[i].lower().endswith("ing") or "VERB" not in opts or i + 2 >= len(words):
        return False
    noun, verb = words[i + 1].lower(), words[i + 2].lower()
    plural_noun = "NOUN" in options[i + 1] and noun.endswith("s") and not noun.endswith("ss")
    plural_verb = verb in ("are", "were", "have", "do") or "VERB" in options[i + 2] and not verb.endswith("s")
    return plural_noun and plural_verb and options[i + 2][0] in ("VERB", "AUX")


def _after_verb_marker(words: list[str], chosen: list[str], i: int) -> bool:
    """Whether token i comes right after 'to' (as a particle), a modal, or do (adverbs and 'not' skipped)."""
    j = i - 1
    while j >= 0 and chosen[j] in ("ADV", "PART") and words[j].lower() != "to":
        j -= 1
    if j < 0:
        return False
    w = words[j].lower()
    return (w == "to" and chosen[j] == "PART") or (chosen[j] == "AUX" and (w in MODALS or w in DO or w.endswith("n't")))


def _after_modifier(opts: tuple[str, ...], nxt: str | None, after: tuple[str, ...]) -> str:
    # after a determiner, adjective or number: a noun, or an adjective before another noun
    nominal = [t for t in opts if t in ("NOUN", "ADJ", "PROPN", "NUM")]
    if not nominal:
        if "VERB" in opts and nxt in ("NOUN", "ADJ"):
            return "ADJ"  # "the measured value", "reducing sugars"
        return opts[0]
    if "ADJ" in nominal and "NOUN" in nominal:
        if nominal[0] == "ADJ" and ("NOUN" in after or nxt == "ADJ"):
            return "ADJ"  # "no federal deposit insurance"
        return "NOUN" if nxt != "NOUN" else nominal[0]
    return nominal[0]


def _noun_or_verb(
    words: list[str],
    chosen: list[str],
    opts: tuple[str, ...],
    after: tuple[str, ...],
    prev: str | None,
    prev_word: str,
    nxt: str | None,
    start: bool,
    i: int,
) -> str:
    """A word that may be a noun or a verb, judged by what stands on either side."""
    nxt_word = words[i + 1].lower() if i + 1 < len(words) else ""
    if start:
        # an order opens with its verb ("Take a walk"); a subject is followed by its verb ("Sleep helps")
        return "VERB" if nxt in ("DET", "PRON", "ADP", "NUM") else "NOUN"
    if prev_word in SUBJECT_PRONOUNS or nxt_word in OBJECT_PRONOUNS:
        return "VERB"  # "they study", "review it"
    if prev == "PROPN":
        # "the Bank of England cut rates", but "the Enigma code during the war", "the March report."
        verb_follows = nxt in ("AUX", "VERB") and "NOUN" not in after
        ends_phrase = nxt in ("ADP", "PUNCT", "CCONJ", None) and _name_after_determiner(words, chosen, i)
        return "NOUN" if verb_follows or ends_phrase else "VERB"
    if prev == "PRON":
        return "VERB"  # "a head that loves water"
    if nxt_word in ("the", "a", "an") and prev not in ("DET", "ADJ"):
        return "VERB"  # a verb before its object: "helped break the code"
    if prev == "NOUN":
        # "money supply fell": a noun that its own verb follows; "children sleep well": the verb itself
        if nxt in ("VERB", "AUX"):
            return "NOUN"
        plural_subject = prev_word.endswith("s") and not prev_word.endswith("ss")
        return "VERB" if opts[0] == "VERB" or plural_subject and not words[i].lower().endswith("s") else "NOUN"
    if prev in ("ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", None):
        return "NOUN" if prev in ("ADP", "VERB") or opts[0] == "NOUN" else opts[0]
    return opts[0]


def _name_after_determiner(words: list[str], chosen: list[str], i: int) -> bool:
    """Whether the name before token i follows a determiner, so that i ends a noun phrase ("the March report")."""
    j = i - 1
    while j >= 0 and chosen[j] == "PROPN":
        j -= 1
    return j >= 0 and chosen[j] == "DET"


def _have_do(lower: str, words: list[str], options: list[tuple[str, ...]], i: int) -> str:
    """have and do are auxiliaries before a verb ("has shown", "did not sleep"), verbs before an object."""
    if lower.endswith("n't"):
        return "AUX"
    j = i + 1
    while j < len(words) and options[j][0] in ("ADV", "PART") and words[j].lower() != "to":
        j += 1
    if j >= len(words) or options[j][0] == "PUNCT":
        return "AUX" if lower in DO else "VERB"  # "than adults do."
    nxt = words[j].lower()
    if lower in DO and i and words[i - 1].lower() in WH:
        return "AUX"  # "Why do cats..."
    if lower in DO:
        negated = j > i + 1 and words[i + 1].lower() in ("not", "n't")
        question = nxt in SUBJECT_PRONOUNS or options[j][0] in ("DET", "PROPN") and i == 0
        return "AUX" if negated or question or options[j][0] == "VERB" else "VERB"
    if nxt in BE or options[j][0] == "VERB" and not nxt.endswith(("s", "ing")):
        return "AUX"
    return "VERB"


def _rule_to(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    if i + 1 >= len(words):
        return "ADP"
    after = options[i + 1]
    if nxt_word in BE or nxt_word in HAVE or nxt_word in DO:
        return "PART"
    if after[0] in ("DET", "PRON", "NUM", "PROPN", "PUNCT", "SYM") or words[i + 1][0].isupper():
        return "ADP"
    if "VERB" in after and prev_word not in TO_ADP:
        return "PART"
    return "ADP"


def _rule_that(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    if prev in ("VERB",) or prev_word in (",", "so", "such"):
        return "SCONJ"
    if prev in ("NOUN", "PRON", "PROPN") and nxt in ("VERB", "AUX", "ADV", "ADJ"):
        return "PRON"  # the study that showed...
    after_next = options[i + 2][0] if i + 2 < len(options) else "PUNCT"
    if prev == "NOUN" and i + 1 < len(words) and "VERB" in options[i + 1] and after_next not in ("VERB", "AUX"):
        return "PRON"  # a head that loves water
    if nxt in ("NOUN", "ADJ", "NUM") and not (i + 2 < len(words) and options[i + 2][0] in ("VERB", "AUX")):
        return "DET"
    if prev in ("NOUN", "ADJ", "ADV"):
        return "SCONJ"
    return "PRON"


def _rule_det_pron(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    """this, these, some, all, what, which, many, much...: a determiner before a noun, else a pronoun."""
    if nxt in ("NOUN", "ADJ", "NUM", "PROPN") or nxt_word in ("a", "an", "the"):
        if "DET" in opts:
            return "DET"
        return "ADJ" if "ADJ" in opts else opts[0]
    if "ADV" in opts and nxt in ("ADV",):
        return "ADV"
    if "PRON" in opts:
        return "PRON"
    return opts[0]


def _rule_comparative(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    """more, most, less, fewer: an adverb before an adjective or adverb, an adjective before a noun."""
    if nxt_word == "than" or nxt in ("ADJ", "ADV") and "ADV" in opts or prev == "DET" and nxt != "NOUN":
        return "ADV"
    if nxt in ("NOUN", "PROPN", "NUM"):
        return "ADJ"
    return "ADV" if prev in ("VERB", "AUX") else "PRON" if "PRON" in opts else opts[0]


def _rule_clause(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    """after, before, since, as, once, until...: a conjunction before a clause, a preposition before a noun."""
    if nxt_word in SUBJECT_PRONOUNS or nxt_word in ("there", "the") and _clause_follows(options, i):
        return "SCONJ" if "SCONJ" in opts else opts[0]
    if nxt in (None, "PUNCT") and "ADV" in opts:
        return "ADV"
    if words[i].lower() == "as" and nxt in ("ADJ", "ADV") and "as" in [w.lower() for w in words[i + 2 : i + 5]]:
        return "ADV"  # as fast as
    if "ADP" in opts:
        return "ADP"
    return opts[0]


def _clause_follows(options: list[tuple[str, ...]], i: int) -> bool:
    """A verb within the next few tokens, before any punctuation: what follows is a clause."""
    for opt in options[i + 2 : i + 6]:
        if opt[0] == "PUNCT":
            return False
        if opt[0] in ("VERB", "AUX"):
            return True
    return False


def _rule_particle(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    """up, out, off, down, over, about, around: approximately before a number, else a preposition."""
    if nxt == "NUM" and "ADV" in opts and words[i].lower() in ("about", "around", "over", "under"):
        return "ADV"
    if nxt in (None, "PUNCT") and "ADV" in opts:
        return "ADV"
    return "ADP"


def _rule_fraction(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    """third, fifth, half, quarter: a number after 'a' or another number ("a third", "two fifths")."""
    if prev_word in ("a", "an", "one") or prev == "NUM":
        return "NUM"
    if prev == "DET" or nxt in ("NOUN", "ADJ"):
        return "ADJ" if "ADJ" in opts else "NOUN"
    return opts[0]


def _rule_there(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    return "PRON" if nxt_word in BE or nxt_word in MODALS or nxt_word in ("seem", "seems", "remain") else "ADV"


def _rule_like(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    return "VERB" if prev_word in SUBJECT_PRONOUNS or prev_word in MODALS or prev_word in ("to", "would") else "ADP"


def _rule_yet(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    return "ADV" if prev_word in ("not", "n't") or nxt in (None, "PUNCT") else "CCONJ"


def _rule_so(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    return "ADV" if nxt in ("ADJ", "ADV") or nxt_word in ("much", "many", "far") else "SCONJ"


def _rule_wh(opts, prev, prev_word, nxt, nxt_word, words, options, i) -> str:  # type: ignore[no-untyped-def]
    """when, where: a question word at the start of a sentence, a conjunction inside one."""
    return "ADV" if prev is None or i == 0 else "SCONJ"


_CLOSED_RULES = {
    "to": _rule_to,
    "that": _rule_that,
    **dict.fromkeys(
        ["this", "these", "those", "some", "all", "both", "such", "several", "enough", "what", "which", "many", "few", "much", "little"], _rule_det_pron
    ),
    **dict.fromkeys(["more", "most", "less", "least", "fewer", "fewest"], _rule_comparative),
    **dict.fromkeys(["after", "before", "since", "as", "once", "until", "till"], _rule_clause),
    **dict.fromkeys(["up", "out", "off", "down", "over", "past", "about", "around", "under"], _rule_particle),
    **dict.fromkeys(["third", "fifth", "half", "quarter", "hundredth"], _rule_fraction),
    "there": _rule_there,
    "like": _rule_like,
    "yet": _rule_yet,
    "so": _rule_so,
    "when": _rule_wh,
    "where": _rule_wh,
}
