"""Cloze keys: a card's text and its clauses -> the spans to blank (quantities, named things, marked terms, rare terms).

Quantities come first (word rarity misses "twice" or "25-35"), then named things (drugs, places,
people other than the episode's own), then terms the notes mark with quotes or brackets, then the
rarest content words by the committed frequency table. A key must leave at least MIN_CONTEXT
content words visible, must not appear elsewhere in the text, and must be short.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..language import words

MIN_CONTEXT = 6
MAX_ANSWER_CONTENT = 3
MAX_ANSWER_TOKENS = 5
MAX_KEYS = 3
COMMON_ZIPF = 5.0  # above this a single word is too common to be worth a blank

_UNITS = (
    r"seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|times|hz|ms|mg|g|kg|km|"
    r"miles?|calories|kcal|steps|reps|sets|degrees"
)
_NUMBER = r"\d+(?:[.,]\d+)*"
QUANTITY = re.compile(
    rf"(?<![\w.]){_NUMBER}(?:\s*(?:-|to)\s*{_NUMBER})?(?:\s*(?:%|percent\b|x\b|-?fold\b))?"
    rf"(?:\s+(?:million|billion|thousand|hundred|trillion)\b)?(?:[\s-]+(?:{_UNITS})\b|\s?\u00b0\s?[CF]\b)?"
    r"|\b(?:twice|double[sd]?|doubling|triple[sd]?|tripling|quadruple[sd]?|halve[sd]?|halving|half|tenfold"
    r"|hundredfold)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|hundred|dozen)\b(?=[\s-]+(?P<next>[a-z][\w-]*))",
    re.I,
)
_QUOTED = re.compile(r"(?<![\w])'([^'\n]{2,50}?)'(?![\w])|\"([^\"\n]{2,50}?)\"")
_BRACKETED = re.compile(r"\(([^()\n]{2,50})\)")
_EXAMPLE = re.compile(r"\((?:e\.g\.|i\.e\.|including|such as|like)[^()]*\)", re.I)
_EDGE = " ,.;:!?'\"()[]"


class KeyKind(str, enum.Enum):
    QUANTITY = "quantity"
    NAME = "name"
    TERM = "term"  # marked by the notes with quotes or brackets
    RARE = "rare"


@dataclass(frozen=True)
class Key:
    start: int
    end: int
    kind: KeyKind
    score: float

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Context:
    """What the episode as a whole says about words: whose names they are, how often they come up."""

    people: frozenset[str] = frozenset()  # lower-case name parts of the host, guests, speakers, podcast
    spread: dict[str, int] = field(default_factory=dict)  # stem -> how many takeaways and quotes use it

    @classmethod
    def of(cls, names: Iterable[str], items: Iterable[str]) -> Context:
        people = frozenset(p.lower() for n in names for p in re.findall(r"[A-Za-z][\w-]+", n) if len(p) > 2)
        spread: dict[str, int] = {}
        for item in items:
            for s in words.stems(item):
                spread[s] = spread.get(s, 0) + 1
        return cls(people, spread)

    def is_person(self, token: str) -> bool:
        return re.sub(r"'s$", "", token.lower()) in self.people

    def penalty(self, answer: str) -> float:
        """Terms the whole episode keeps using ('AI') are poor keys: many facts would fit the blank.

        A term is as specific as its most specific word: 'temporal difference learning' is not
        penalised for 'learning'."""
        spread = min((self.spread.get(s, 0) for s in words.stems(answer)), default=0)
        return 6.0 * max(0, spread - 2)


def choose(text: str, clauses: Iterable[tuple[int, int]], ctx: Context, max_keys: int = MAX_KEYS) -> list[Key]:
    """The keys of one cloze note: the best good key per clause, then further quantities."""
    ranked = candidates(text, ctx)
    chosen: list[Key] = []
    spans = list(clauses)
    for start, end in spans:
        if len(words.content(text[start:end])) < 3:
            continue  # a label such as "The practical implication" holds no fact
        inside = [k for k in ranked if start <= k.start and k.end <= end]
        for key in inside:
            if len(chosen) < max_keys and _fits(text, key, chosen):
                chosen.append(key)
                break
    for start, end in spans:
        for key in ranked:
            in_clause = start <= key.start and key.end <= end
            if key.kind is KeyKind.QUANTITY and in_clause and len(chosen) < max_keys and _fits(text, key, chosen):
                chosen.append(key)
    return sorted(chosen, key=lambda k: k.start)


def _fits(text: str, key: Key, chosen: list[Key]) -> bool:
    apart = all(key.end + 1 < k.start or k.end + 1 < key.start for k in chosen)
    return apart and not problems(text, key)


def problems(text: str, key: Key) -> list[str]:
    """Why blanking this span would make a poor card; empty when it makes a good one."""
    answer = key.text_in(text)
    found = []
    if any(s in answer for s in ("::", "{", "}")) or not answer.strip():
        return ["the answer holds cloze syntax"]
    toks = words.tokens(answer)
    answer_content = [t.text for t in toks if words.is_content(t.text)]
    if not answer_content:
        found.append("the blank is only stopwords")
    if len(answer_content) > MAX_ANSWER_CONTENT or len(toks) > MAX_ANSWER_TOKENS:
        found.append("the answer is long")
    rest = text[: key.start] + " " + text[key.end :]
    if len(words.content(rest)) < MIN_CONTEXT:
        found.append(f"fewer than {MIN_CONTEXT} content words around the blank")
    if gives_away(answer, rest):
        found.append("the answer appears elsewhere in the text")
    return found


def gives_away(answer: str, prompt: str) -> bool:
    """True when the prompt shows the answer: the whole of it, or its rarest word."""
    content = words.content(answer)
    if not content:
        return False
    if _squash(answer) and _squash(answer) in _squash(prompt):
        return True
    visible = words.stems(prompt) | {w.lower() for w in words.content(prompt)}
    rarest = min(content, key=lambda w: (words.zipf(w), w))
    return words.stem(rarest) in visible or rarest.lower() in visible


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9%]+", " ", text.lower()).strip()


def rarity(text: str) -> float:
    """6 minus the Zipf value of the rarest content word: 6 for a word not in the table, 1 for 'energy'."""
    content = [w for w in words.content(text) if not words.is_number(w)]
    if not content:
        return 0.0
    return max(0.0, 6.0 - min(words.zipf(w) for w in content))


def candidates(text: str, ctx: Context) -> list[Key]:
    """Every span worth considering, best first; ties go to the earlier span, so the order is fixed."""
    examples = [(m.start(), m.end()) for m in _EXAMPLE.finditer(text)]
    found: dict[tuple[int, int], Key] = {}
    for key in [*_quantities(text), *_names(text, ctx), *_terms(text, ctx), *_rare(text, ctx)]:
        start, end = _whole_tokens(text, key.start, key.end)
        score = key.score - (20.0 if any(a <= start and end <= b for a, b in examples) else 0.0)
        if key.kind is not KeyKind.QUANTITY:
            score -= ctx.penalty(text[start:end])
        key = Key(start, end, key.kind, round(score, 3))
        if (start, end) not in found or found[(start, end)].score < key.score:
            found[(start, end)] = key
    return sorted(found.values(), key=lambda k: (-k.score, k.start, k.end))


def _whole_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span so it never cuts a word: 'one' in 'one-trial' becomes 'one-trial'."""
    while start > 0 and (
        text[start - 1].isalnum() or (text[start - 1] == "-" and start > 1 and text[start - 2].isalnum())
    ):
        start -= 1
    while end < len(text) and (
        text[end].isalnum() or (text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum())
    ):
        end += 1
    return start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _quantities(text: str) -> list[Key]:
    keys = []
    for m in QUANTITY.finditer(text):
        following = m.group("next")
        if following and (words.is_stopword(following) or following in ("another", "other")):
            continue  # "one of the", "one another": not a count
        start, end = _strip(text, m.start(), m.end())
        if start < end:
            keys.append(Key(start, end, KeyKind.QUANTITY, 100.0))
    return keys


def _is_name_token(tok: words.Token, text: str, ctx: Context) -> bool:
    word = tok.text
    if ctx.is_person(word) or word.lower() in ("i", "i'm", "i've") or words.is_stopword(word):
        return False
    acronym = len(word) > 1 and word.replace("-", "").replace("'s", "").isupper()
    inner_capital = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    if not (word[0].isupper() or inner_capital):
        return False
    before = text[: tok.start].rstrip()
    opens = not before or before[-1] in ".!?:;\"'(-\u2014"
    if acronym or inner_capital or not opens or not words.known(re.sub(r"'s$", "", word)):
        return True
    # "Barbara Oakley" at the start of a sentence: a capitalised word that opens a longer name.
    after = re.match(r" ([A-Z][a-z]+)", text[tok.end :])
    return after is not None and not words.known(after.group(1).lower()) and not ctx.is_person(after.group(1))


def _names(text: str, ctx: Context) -> list[Key]:
    keys = []
    run: list[words.Token] = []
    toks = words.tokens(text)

    def close() -> None:
        if run:
            start, end = run[0].start, run[-1].end
            alias = re.match(r"\s\(([^()]{2,30})\)", text[end:])
            if alias and len(alias.group(1).split()) <= 3:
                end += alias.end()
            name = text[start:end]
            # "DeepMind's AlphaGo": the owner is a weaker key than the thing.
            possessive = name.endswith("'s") and re.match(r"\s+[A-Z]", text[end:]) is not None
            short = len(name) <= 3 and not name.isupper()
            score = 52.0 + 5.0 * _name_rarity(name) - (12.0 if possessive else 0.0) - (20.0 if short else 0.0)
            keys.append(Key(start, end, KeyKind.NAME, score))
            run.clear()

    for tok in toks:
        joined = bool(run) and text[run[-1].end : tok.start] == " " and not run[-1].text.endswith("'s")
        if _is_name_token(tok, text, ctx):
            if run and not joined:
                close()
            run.append(tok)
        else:
            close()
    close()
    return keys


def _name_rarity(name: str) -> float:
    parts = [re.sub(r"'s$", "", w) for w in words.content(name)]
    return max(0.0, 6.0 - min((words.zipf(p) for p in parts), default=6.0))


def _terms(text: str, ctx: Context) -> list[Key]:
    keys = []
    for m in _QUOTED.finditer(text):
        group = 1 if m.group(1) is not None else 2
        start, end = _strip(text, m.start(group), m.end(group))
        inner = text[start:end]
        if 1 <= len(inner.split()) <= 4 and words.content(inner):
            keys.append(Key(start, end, KeyKind.TERM, 80.0 + 2.0 * rarity(inner)))
    for m in _BRACKETED.finditer(text):
        inner = m.group(1).strip()
        if re.match(r"(?:e\.g|i\.e|including|such as|like)\b", inner, re.I) or re.search(r"[,;]", inner):
            continue
        if 1 <= len(inner.split()) <= 4 and words.content(inner) and not any(ctx.is_person(w) for w in inner.split()):
            start, end = _strip(text, m.start(1), m.end(1))
            keys.append(Key(start, end, KeyKind.TERM, 80.0 + 2.0 * rarity(inner)))
    return keys


def _rare(text: str, ctx: Context) -> list[Key]:
    toks = words.tokens(text)

    def usable(i: int, limit: float) -> bool:
        tok = toks[i]
        w = tok.text
        return (
            words.is_content(w)
            and not words.is_number(w)
            and len(w) >= 3
            and not w.lower().endswith("ly")
            and not ctx.is_person(w)
            and words.zipf(w) <= limit
        )

    def adjacent(i: int, j: int) -> bool:
        a, b = (i, j) if i < j else (j, i)
        return text[toks[a].end : toks[b].start] == " "

    keys = []
    for i, tok in enumerate(toks):
        if not usable(i, COMMON_ZIPF):
            continue
        start_i = end_i = i
        # A rare word pulls in the neighbour that forms a term with it: "basal ganglia", "visual cortex".
        if not re.search(r"(?:ed|ing)$", tok.lower) or words.zipf(tok.text) < 3.0:
            left = i > 0 and usable(i - 1, 5.3) and adjacent(i - 1, i) and _modifier(toks, i - 1)
            right = (
                i + 1 < len(toks)
                and usable(i + 1, 5.3)
                and adjacent(i, i + 1)
                and not tok.lower.endswith("s")
                and not _verb_like(toks, i + 1)
                and not toks[i + 1].lower.endswith("ed")
            )
            if left and right:
                left, right = (
                    (True, False) if words.zipf(toks[i - 1].text) < words.zipf(toks[i + 1].text) else (False, True)
                )
            start_i, end_i = (i - 1 if left else i), (i + 1 if right else i)
        start, end = toks[start_i].start, toks[end_i].end
        penalty = 25.0 if _verb_like(toks, i) else 10.0 if tok.lower.endswith("ing") else 0.0
        keys.append(Key(start, end, KeyKind.RARE, 40.0 + 7.0 * rarity(tok.text) - penalty))
    return keys


_DETERMINERS = words.wordset("a an the this that these those its their his her our your my some any no each every")


def _verb_like(toks: list[words.Token], i: int) -> bool:
    """A word that reads as a verb here: a known verb form not after a determiner, or -izes/-ates and the like."""
    from .questions import base_of

    w = toks[i].lower
    after_determiner = i > 0 and toks[i - 1].lower in _DETERMINERS
    if re.search(r"(?:izes|ises|ized|ised|ates|ified|ifies)$", w):
        return not after_determiner
    found = base_of(w)
    return found is not None and found[0] != "base" and not after_determiner


_VERB_CUES = words.wordset("to can could will would should must may might you we they i")


def _modifier(toks: list[words.Token], i: int) -> bool:
    """A word that can modify the noun after it: not a verb form, not a plural, not an adverb."""
    w = toks[i].lower
    if re.search(r"(?:s|ed|ing|ly)$", w) or _verb_like(toks, i):
        return False
    return not (i > 0 and toks[i - 1].lower in _VERB_CUES)  # "to learn sequences"
