"""Card quality: Decks -> Findings, one per rule a card breaks (CARD-QUALITY.md), each at the card's path:line."""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from . import cloze, markup, words
from .errors import Problem
from .findings import Finding, Severity, Summary, plural
from .models import Card, CardKind, Deck


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class Rule:
    name: str
    severity: Severity
    summary: str  # what it flags, for `lint --list-rules` and the docs


RULES: tuple[Rule, ...] = (
    Rule("bad-cloze", Severity.ERROR, "cloze syntax Anki would reject or render empty, or shown as braces"),
    Rule("long-answer", Severity.WARNING, "an answer over 3 content words (cloze, typed) or 5 (Q&A); error over 10"),
    Rule("multi-fact", Severity.WARNING, "more than 3 blanks in one card, or an answer of several clauses"),
    Rule("enumeration", Severity.WARNING, "'list / name all' prompts, answers of 3 or more items"),
    Rule("give-away", Severity.ERROR, "the answer (or a form or alias of it) visible in the prompt"),
    Rule("trivial-blank", Severity.WARNING, "a blank of very common words and no quantity; error if only stopwords"),
    Rule("ill-defined", Severity.WARNING, "fewer than 6 content words visible around a blank; a bare 'What is X?'"),
    Rule("yes-no", Severity.WARNING, "a question answered by yes or no, or an 'X or Y?' choice"),
    Rule(
        "dangling-reference", Severity.WARNING, "a prompt opening with it / this / they / 'the study' with no referent"
    ),
    Rule("no-source", Severity.WARNING, "a deck with no episode, or a quote with no speaker"),
    Rule("unknown-speaker", Severity.WARNING, "a source speaker who is neither the host nor a guest of the episode"),
    Rule("interference", Severity.WARNING, "two prompts nearly the same with different answers"),
    Rule("duplicate", Severity.WARNING, "two cards asking the same thing with the same answer"),
    Rule("form-guessable", Severity.WARNING, "'Who said…?' (or a blanked speaker) when one speaker says most"),
    Rule("wordy", Severity.WARNING, "a prompt over 25 words (40 for a quote), or filler words"),
    Rule("unknown-silence", Severity.ERROR, "a card silences a rule that does not exist"),
    Rule("unused-silence", Severity.WARNING, "a card silences a rule that does not flag it"),
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}
# Deck files that do not load are reported under this name; it is not a rule and cannot be ignored.
INVALID_DECK = "invalid-deck"

# Thresholds, tuned on generated decks; CARD-QUALITY.md gives the starting points.
CLOZE_ANSWER_WORDS = 3
QA_ANSWER_WORDS = 5
MAX_ANSWER_WORDS = 10
MAX_BLANKS = 3
MIN_CONTEXT_WORDS = 6
MAX_PROMPT_WORDS = 25
MAX_QUOTE_WORDS = 40
COMMON_ZIPF = 5.6  # 'good', 'people', 'time', 'things'; 'sleep' (5.05) and 'memory' (4.81) are below
SIMILAR_PROMPTS = 0.8  # Jaccard similarity of content stems
DOMINANT_SPEAKER = 0.6


# -- public entry points ----------------------------------------------------------------------


def lint(decks: Iterable[Deck], ignore: Iterable[str] = ()) -> list[Finding]:
    """Every finding of every deck, in file and line order."""
    ignored = frozenset(ignore)
    return [f for deck in decks for f in lint_deck(deck, ignored)]


def lint_deck(deck: Deck, ignore: frozenset[str] = frozenset()) -> list[Finding]:
    """The findings of one deck, minus the rules ignored for this run and those each card silences."""
    facts = _DeckFacts.of(deck)
    hits: dict[int, list[_Hit]] = {i: [] for i in range(len(deck.cards))}
    for i, view in enumerate(facts.views):
        for check in _CARD_CHECKS:
            hits[i].extend(check(view, facts))
    for i, hit in _pair_checks(facts):
        hits[i].append(hit)
    findings = [f for f in _deck_findings(deck) if f.rule not in ignore]
    for i, card in enumerate(deck.cards):
        findings.extend(_card_findings(deck, card, hits[i], ignore))
    return sorted(findings, key=lambda f: (f.line, f.rule, f.message))


def summarize(decks: Iterable[Deck], ignore: Iterable[str] = ()) -> Summary:
    """Counts of errors and warnings by rule, for a one-line report after a build."""
    return Summary.of(lint(decks, ignore))


def problem_findings(problems: Iterable[Problem]) -> list[Finding]:
    """Deck files that failed to load, as findings, so one report (and one JSON format) holds everything."""
    return [Finding(p.path, p.line, INVALID_DECK, Severity.ERROR, p.message) for p in problems]


def unknown_rules(names: Iterable[str]) -> list[str]:
    """The names that are not rules, each with a suggestion: for checking `--ignore`."""
    return [f"{name!r} is not a lint rule{_did_you_mean(name)}" for name in names if name not in RULES_BY_NAME]


# -- words, fast: a library holds 100,000 cards, and the same words over and over ----------------

_WORD = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*%?")  # as words.tokens


@functools.lru_cache(maxsize=1 << 16)
def _is_content(word: str) -> bool:
    return words.is_content(word)


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    return words.stem(word)


@functools.lru_cache(maxsize=1 << 16)
def _zipf(word: str) -> float:
    return words.zipf(word)


@dataclass(frozen=True)
class _Text:
    """A plain text and its words, worked out once."""

    text: str
    tokens: tuple[str, ...]
    lower: frozenset[str]  # the tokens in lower case
    content: tuple[str, ...]  # the words that are not function words
    stems: frozenset[str]  # of the content words

    @property
    def first(self) -> str:
        return self.tokens[0].lower() if self.tokens else ""


@functools.lru_cache(maxsize=1 << 14)
def _text(text: str) -> _Text:
    plain = markup.to_plain(text) if "*" in text or "`" in text else text
    tokens = tuple(_WORD.findall(plain))
    content = tuple(filter(_is_content, tokens))
    return _Text(plain, tokens, frozenset(map(str.lower, tokens)), content, frozenset(map(_stem, content)))


# -- what a card asks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Review:
    """One thing the learner is asked: a cloze number of a cloze card, or a Q&A card."""

    label: str  # "c2" for a cloze number, "" for a Q&A card
    prompt: _Text  # as the learner sees it; blanks are "[...]"
    answers: tuple[_Text, ...]

    @property
    def answer(self) -> str:
        return "; ".join(a.text for a in self.answers)


def _reviews(card: Card, deletions: list[cloze.Deletion]) -> tuple[_Review, ...]:
    if card.kind is CardKind.QA:
        return (_Review("", _text(card.front), (_text(card.back),)),)
    return tuple(
        _Review(
            f"c{ordinal}",
            _text(cloze.render(card.text, ordinal)),
            tuple(_text(d.answer) for d in deletions if d.ordinal == ordinal),
        )
        for ordinal in sorted({d.ordinal for d in deletions})
    )


def _blank(review: _Review, answer: _Text | str) -> str:
    text = answer if isinstance(answer, str) else answer.text
    return f"the blank {review.label} ({_quote(text)})" if review.label else f"the answer {_quote(text)}"


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _is_quote(card: Card, shown: str) -> bool:
    if "quote" in card.source.section.lower() or any("quote" in t.lower() for t in card.tags):
        return True
    shown = shown.strip()
    return len(shown) > 2 and shown[0] in "\"“'‘" and shown.rstrip(".")[-1] in "\"”'’"


def _name_tokens(name: str) -> frozenset[str]:
    return _text(name).lower - _TITLES


_TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame"})


@dataclass(frozen=True)
class _View:
    """A card with what every check reads from it, worked out once."""

    card: Card
    deletions: tuple[cloze.Deletion, ...]
    reviews: tuple[_Review, ...]
    shown: _Text  # the question side with every blank filled: what the learner reads
    quote: bool

    @classmethod
    def of(cls, card: Card) -> _View:
        if card.kind is CardKind.CLOZE:
            deletions = cloze.deletions(card.text)
            shown = _text(cloze.reveal(card.text))
        else:
            deletions, shown = [], _text(card.front)
        return cls(card, tuple(deletions), _reviews(card, deletions), shown, _is_quote(card, shown.text))

    @property
    def cloze(self) -> bool:
        return self.card.kind is CardKind.CLOZE


@dataclass(frozen=True)
class _DeckFacts:
    """What checks need to know about the whole deck."""

    deck: Deck
    views: tuple[_View, ...]  # one per card, in deck order
    people: tuple[frozenset[str], ...]  # the episode's host and guests, as name tokens
    guessable_speaker: frozenset[str] | None  # a speaker a learner would guess for any "who"

    @classmethod
    def of(cls, deck: Deck) -> _DeckFacts:
        people = tuple(_name_tokens(p) for p in deck.episode.speakers)
        views = tuple(_View.of(c) for c in deck.cards)
        return cls(deck, views, people, _guessable_speaker(deck, people))

    def person(self, name: str) -> frozenset[str] | None:
        """The episode person this name means, if any: 'Sejnowski' and 'Dr. Terry Sejnowski' both match."""
        tokens = _name_tokens(name)
        if not tokens:
            return None
        return next((p for p in self.people if tokens <= p or p <= tokens), None)


def _guessable_speaker(deck: Deck, people: tuple[frozenset[str], ...]) -> frozenset[str] | None:
    if len(people) == 1:
        return people[0]
    said = Counter(_name_tokens(c.source.speaker) for c in deck.cards if c.source.speaker)
    total = sum(said.values())
    if total >= 3:
        top, count = said.most_common(1)[0]
        if count / total >= DOMINANT_SPEAKER:
            return top
    return None


@dataclass(frozen=True)
class _Hit:
    rule: str
    message: str
    severity: Severity | None = None  # None: the rule's own


# -- one card at a time -------------------------------------------------------------------------
# Each check looks for a cheap sign (a word in a set, a character) before it runs a regex.

_CLOZE_LIKE = re.compile(r"\{\{\s*c\d+\s*::", re.I)


def _bad_cloze(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    card = view.card
    if not view.cloze:
        for side in ("front", "back"):
            if "{{" in getattr(card, side) and _CLOZE_LIKE.search(getattr(card, side)):
                yield _Hit(
                    "bad-cloze",
                    f"the {side} holds cloze syntax, which a front/back card shows as braces: "
                    "make it a cloze card ('cloze: ...') or remove the {{c1::...}}",
                )
        return
    for message in cloze.problems(card.text):
        yield _Hit("bad-cloze", message)
    for d in view.deletions:
        if d.answer.strip() and not _text(d.answer).tokens:
            yield _Hit(
                "bad-cloze", f"deletion c{d.ordinal} hides no letters or digits: put a word or number in the blank"
            )


def _long_answer(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    # A typed answer is typed in full: it must be as short as a blank.
    short = CLOZE_ANSWER_WORDS if view.cloze or view.card.typed else QA_ANSWER_WORDS
    for review in view.reviews:
        for answer in review.answers:
            n = len(answer.content)
            if n > short:
                severity = Severity.ERROR if n > MAX_ANSWER_WORDS else None
                yield _Hit(
                    "long-answer",
                    f"{_blank(review, answer)} holds {n} content words: ask for the one key term "
                    f"(at most {short}) and keep the rest visible as context, or split the card",
                    severity,
                )


_SENTENCE_BREAK = re.compile(r"[;]\s*\S|[.!?]\s+[A-Z0-9]")


def _multi_fact(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    if len(view.deletions) > MAX_BLANKS:
        yield _Hit(
            "multi-fact",
            f"this card has {len(view.deletions)} blanks: split it into cards of one fact each "
            f"(at most {MAX_BLANKS} blanks)",
        )
    for review in view.reviews:
        for answer in review.answers:
            if len(answer.tokens) > 2 and _SENTENCE_BREAK.search(answer.text.strip()):
                yield _Hit(
                    "multi-fact",
                    f"{_blank(review, answer)} has several clauses or sentences: ask for one fact per card",
                )


_NUMBER_WORDS = _word_set(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    """
)
_ENUM_PROMPT = re.compile(
    r"^\s*(list|enumerate)\b|\b(name|list|give)\s+(all|every|each)\b|"
    r"\b(three|four|five|six|seven|eight|nine|ten|\d+)\s+(\w+\s+)?(things|ways|types|kinds|steps|factors|reasons|"
    r"examples|components|parts|stages|items|rules|signs|symptoms|causes|effects|benefits|tools|tips|habits)\b",
    re.I,
)
_ENUM_SIGNS = _word_set(
    """
    list enumerate all every each things ways types kinds steps factors reasons examples components parts stages
    items rules signs symptoms causes effects benefits tools tips habits
    """
)
# A comma between digits ("1,000") is not a list.
_LIST_MARK = re.compile(r",(?!\d)|;|\n")
_ITEM_SPLIT = re.compile(r"\s*(?:,(?!\d)|;|\n|\s(?:and|or)\s)\s*(?:(?:and|or)\s+)?")
MAX_ITEM_WORDS = 4


def _enumeration(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    if view.shown.lower & _ENUM_SIGNS and _ENUM_PROMPT.search(view.shown.text):
        yield _Hit(
            "enumeration",
            "the prompt asks for a list: sets are hard to recall as one answer; "
            "make one card per item (a cloze per item works well)",
        )
        return
    for review in view.reviews:
        for answer in review.answers:
            items = _items(answer.text) if len(answer.tokens) >= 3 else []
            if len(items) >= 3:
                yield _Hit(
                    "enumeration",
                    f"{_blank(review, answer)} is a list of {len(items)} items: "
                    "make one card (or one cloze number) per item",
                )


def _items(answer: str) -> list[str]:
    """The items of a list answer such as 'a, b and c'; one item if it is not a list of short items."""
    if not _LIST_MARK.search(answer):
        return [answer]
    parts = [p.strip(" .-•*") for p in _ITEM_SPLIT.split(answer)]
    parts = [p for p in parts if p]
    if any(len(p.split()) > MAX_ITEM_WORDS or not _starts_an_item(p) for p in parts):
        return [answer]
    return parts


def _starts_an_item(part: str) -> bool:
    """'the hippocampus' or 'sand' start an item; 'not replacements' or 'they are tools' are clauses."""
    first = _text(part).first
    return bool(first) and (first in ("a", "an", "the") or _is_content(first))


_ALIAS = re.compile(r"\s*[(/]\s*|\s*\)\s*|\s+(?:or|aka|a\.k\.a\.)\s+")


def _aliases(answer: _Text) -> list[_Text]:
    """'Ambien (zolpidem)' -> the whole answer, 'Ambien', 'zolpidem': each is accepted, each gives it away."""
    if not ("(" in answer.text or "/" in answer.text or answer.lower & {"or", "aka", "a.k.a"}):
        return [answer]
    parts = [p for p in _ALIAS.split(answer.text) if p.strip()]
    return [answer] + ([_text(p) for p in parts] if len(parts) > 1 else [])


def _give_away(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    for review in view.reviews:
        for answer in review.answers:
            for alias in _aliases(answer):
                if alias.stems and alias.stems <= review.prompt.stems:
                    yield _Hit(
                        "give-away",
                        f"{_blank(review, answer)} can be read off the prompt, which shows {_quote(alias.text)}: "
                        "reword the prompt so the answer appears only in the blank, or blank another word",
                    )
                    break


_QUANTITY = _NUMBER_WORDS | _word_set(
    """
    half twice double doubles doubled triple triples tripled quadruple quarter third percent percentage dozen
    once thrice halves halved fold majority minority most least none all
    """
)
_VAGUE = _word_set(
    """
    good bad important better best worse worst big small great nice useful helpful positive negative stuff
    thing things lot lots way ways kind type different same hard easy
    """
)


def _trivial_blank(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    for review in view.reviews:
        for answer in review.answers:
            if not answer.tokens:
                continue
            if not answer.content:
                yield _Hit(
                    "trivial-blank",
                    f"{_blank(review, answer)} is only function words: blank the key term "
                    "(a mechanism, a quantity, a name) instead",
                    Severity.ERROR,
                )
            elif not any(_is_quantity(w) or _is_name(w, answer.text) for w in answer.tokens) and all(
                w.lower() in _VAGUE or _zipf(w) >= COMMON_ZIPF for w in answer.content
            ):
                yield _Hit(
                    "trivial-blank",
                    f"{_blank(review, answer)} is a very common word that many answers would fit: "
                    "blank a specific term, a number or a name",
                )


@functools.lru_cache(maxsize=1 << 14)
def _is_quantity(word: str) -> bool:
    return words.is_number(word) or word.lower() in _QUANTITY or word.endswith("%")


def _is_name(word: str, text: str) -> bool:
    """A capitalised word that does not merely start the text: a named thing."""
    return word[:1].isupper() and not text.lstrip().startswith(word) or word.isupper() and len(word) > 1


def _ill_defined(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    for review in view.reviews:
        visible = len(review.prompt.content)
        if view.cloze and visible < MIN_CONTEXT_WORDS:
            yield _Hit(
                "ill-defined",
                f"only {plural(visible, 'content word')} visible around {_blank(review, review.answer)}: "
                f"add context (at least {MIN_CONTEXT_WORDS}) so that only one answer fits",
            )
        elif not view.cloze and (visible < 2 or (visible <= 6 and _BARE_WHAT.match(review.prompt.text))):
            yield _Hit(
                "ill-defined",
                f"the question {_quote(review.prompt.text)} is too open for one answer: "
                "ask for one specific thing (what it does, where, how much, why)",
            )


_BARE_WHAT = re.compile(r"^\s*(what\s+(is|are|was|were|about)|define|describe|explain)\s+[^?,;]{1,40}\?*\s*$", re.I)
_AUXILIARIES = _word_set(
    """
    is are was were am do does did can could should would will shall has have had may might must
    isn't aren't doesn't don't didn't can't won't
    """
)
_EITHER_OR = re.compile(r"\b[\w-]+(\s[\w-]+)?,?\s+or\s+[\w-]+(\s[\w-]+)?\s*\?\s*$", re.I)
_YES_NO_ANSWER = frozenset({"yes", "no", "true", "false", "correct", "incorrect", "right", "wrong"})


def _yes_no(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    if not view.cloze:
        front = view.shown
        either_or = "or" in front.lower and _EITHER_OR.search(front.text)
        if either_or:
            yield _Hit(
                "yes-no",
                "an 'X or Y?' question is half answered by guessing: ask for the answer without offering it",
            )
            return
        if front.first in _AUXILIARIES:
            yield _Hit(
                "yes-no",
                "a yes/no question is half answered by guessing: ask what, how much, when or why instead",
            )
            return
    for review in view.reviews:
        for answer in review.answers:
            if len(answer.tokens) == 1 and answer.first in _YES_NO_ANSWER:
                yield _Hit(
                    "yes-no",
                    f"{_blank(review, answer)} is yes/no or true/false: ask for the fact itself "
                    "(what, how much, when, why)",
                )


_DANGLING_OPEN = re.compile(
    r"^\W*(this|these|those|they|them|their|he|she|his|her|its|such|"
    r"it(?!\s+(takes|took|is\s+\w+\s+(to|that)|'s\s+\w+\s+(to|that)))|"
    r"(which|what|why|how|when|where|who)\s+(is|are|was|were|does|do|did|can|could|would|should|has|have)\s+"
    r"(it|this|that|these|those|they|he|she)(?!\s+(\w+\s+)?(to|that)\b))\b",
    re.I,
)
_DANGLING_FIRST = _word_set(
    "this these those they them their he she his her its such it which what why how when where who"
)
_VAGUE_THE = re.compile(
    r"^\W*the\s+(study|studies|researchers?|experiments?|paper|trial|guest|host|speaker|authors?|book|episode|"
    r"drug|patients|results?|scientists?|professor|doctor|colleague|company|team|idea|finding)\b"
    r"(?P<rest>(\s+\S+){0,3})",
    re.I,
)


def _dangling_reference(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    shown, first = view.shown.text, view.shown.first
    opens = first in _DANGLING_FIRST and _DANGLING_OPEN.match(shown)
    vague = first == "the" and _VAGUE_THE.match(shown)
    if opens or (vague and not _names_something(vague.group("rest"))):
        opening = " ".join(shown.split()[: 3 if vague else 2])
        yield _Hit(
            "dangling-reference",
            f"the prompt opens with {_quote(opening)}, which points at something the card does not show: "
            "name it (the drug, the study, the person) so the card stands on its own",
        )


def _names_something(rest: str) -> bool:
    """'the study in China', 'the 2019 study': a name or a number identifies what it means."""
    return any(w[:1].isupper() or w[:1].isdigit() for w in rest.split())


def _no_source(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    if view.quote and not view.card.source.speaker:
        yield _Hit(
            "no-source",
            "this card quotes someone but names no speaker: add 'source: {speaker: ...}' (and 'at:' if known)",
        )


def _unknown_speaker(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    speaker = view.card.source.speaker
    if speaker and facts.people and facts.person(speaker) is None:
        people = ", ".join(facts.deck.episode.speakers)
        yield _Hit(
            "unknown-speaker",
            f"the speaker {speaker!r} is neither the host nor a guest of this episode ({people}): "
            "fix the spelling, or add them to the episode's guests",
        )


_WHO = re.compile(r"^\W*(who|which\s+(guest|speaker|host|person|of\s+them))\b", re.I)


def _form_guessable(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    if facts.guessable_speaker is None:
        return
    for review in view.reviews:
        asks_who = review.label == "" and _WHO.match(review.prompt.text)
        for answer in review.answers:
            if (asks_who or review.label) and facts.person(answer.text) == facts.guessable_speaker:
                yield _Hit(
                    "form-guessable",
                    f"{_blank(review, answer)} is the speaker who says most of this episode, so a learner "
                    "guesses it without recall: blank the key phrase of the quote instead and show the speaker",
                )


_FILLER = re.compile(
    r"\b(basically|actually|really|essentially|literally|obviously|kind of|sort of|in order to|you know|i mean|"
    r"at the end of the day)\b",
    re.I,
)
_FILLER_SIGNS = _word_set("basically actually really essentially literally obviously kind sort order know mean end")


def _wordy(view: _View, facts: _DeckFacts) -> Iterator[_Hit]:
    shown, quote = view.shown, view.quote
    limit = MAX_QUOTE_WORDS if quote else MAX_PROMPT_WORDS
    if len(shown.tokens) > limit:
        yield _Hit(
            "wordy",
            f"the prompt has {len(shown.tokens)} words: cut it to what pins down the answer (at most {limit}), "
            "or split it into cards",
        )
    if quote or not shown.lower & _FILLER_SIGNS:
        return
    filler = sorted({m.group(0).lower() for m in _FILLER.finditer(shown.text)})
    if filler:
        yield _Hit("wordy", f"filler words ({', '.join(map(repr, filler))}) add reading without meaning: remove them")


_CARD_CHECKS: tuple[Callable[[_View, _DeckFacts], Iterable[_Hit]], ...] = (
    _bad_cloze,
    _long_answer,
    _multi_fact,
    _enumeration,
    _give_away,
    _trivial_blank,
    _ill_defined,
    _yes_no,
    _dangling_reference,
    _no_source,
    _unknown_speaker,
    _form_guessable,
    _wordy,
)


# -- pairs of cards -----------------------------------------------------------------------------


def _pair_checks(facts: _DeckFacts) -> Iterator[tuple[int, _Hit]]:
    """Interference and duplicates: prompts of different cards with nearly the same content words.

    Reported on the later card. Never all pairs: with each prompt's stems ordered rarest first, two
    prompts with a Jaccard similarity of at least t share one of the first |s| - ceil(t*|s|) + 1
    stems of each (prefix filtering), so only prompts sharing such a rare stem are compared.
    """
    entries = [(i, r) for i, v in enumerate(facts.views) for r in v.reviews if r.prompt.stems]
    frequency = Counter(stem for _, r in entries for stem in r.prompt.stems)
    rank = {stem: n for n, stem in enumerate(sorted(frequency, key=lambda stem: (frequency[stem], stem)))}
    index: dict[str, list[int]] = {}
    reported: set[tuple[int, int]] = set()
    for n, (i, review) in enumerate(entries):
        stems = review.prompt.stems
        ordered = sorted(stems, key=rank.__getitem__)
        prefix = ordered[: len(ordered) - math.ceil(SIMILAR_PROMPTS * len(ordered)) + 1]
        candidates = {m for stem in prefix for m in index.get(stem, ())}
        for m in sorted(candidates):
            j, earlier = entries[m]
            other = earlier.prompt.stems
            # Sizes too far apart cannot reach the similarity: skip the intersection.
            if j == i or SIMILAR_PROMPTS * max(len(stems), len(other)) > min(len(stems), len(other)):
                continue
            if (j, i) in reported:
                continue
            shared = len(stems & other)
            if shared / (len(stems) + len(other) - shared) >= SIMILAR_PROMPTS:
                reported.add((j, i))
                yield i, _pair_hit(facts.views[j].card, earlier, review)
        for stem in prefix:
            index.setdefault(stem, []).append(n)


def _pair_hit(first: Card, earlier: _Review, review: _Review) -> _Hit:
    other = f"card {first.id!r} (line {first.line})"
    if _normal(earlier.answer) == _normal(review.answer):
        return _Hit("duplicate", f"{other} asks the same thing with the same answer: keep one of the two")
    return _Hit(
        "interference",
        f"the prompt is nearly the same as that of {other}, but the answers differ "
        f"({_quote(review.answer, 30)} and {_quote(earlier.answer, 30)}): a learner will mix them up; "
        "add what tells them apart (the study, the person, the condition)",
    )


def _normal(text: str) -> str:
    return " ".join(sorted(_text(text).stems)) or text.strip().lower()


# -- findings -------------------------------------------------------------------------------------


def _deck_findings(deck: Deck) -> list[Finding]:
    if deck.episode.podcast and deck.episode.title:
        return []
    message = "the deck names no episode: add 'episode:' with its podcast and title, so every card has a source"
    return [Finding(deck.path, 1, "no-source", RULES_BY_NAME["no-source"].severity, message)]


def _card_findings(deck: Deck, card: Card, hits: list[_Hit], ignore: frozenset[str]) -> Iterator[Finding]:
    """The card's hits minus those it silences, and what is wrong with its silences."""
    silenced = {s.rule for s in card.silence}
    fired = {h.rule for h in hits}
    for silence in card.silence:
        if silence.rule not in RULES_BY_NAME:
            hits.append(
                _Hit(
                    "unknown-silence",
                    f"'silence' names {silence.rule!r}, which is not a lint rule{_did_you_mean(silence.rule)}",
                )
            )
        elif silence.rule not in fired and silence.rule not in ignore:
            hits.append(
                _Hit(
                    "unused-silence",
                    f"'silence' switches off {silence.rule!r}, which does not flag this card: remove it from 'silence'",
                )
            )
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        if hit.rule in ignore or hit.rule in silenced or (hit.rule, hit.message) in seen:
            continue
        seen.add((hit.rule, hit.message))
        severity = hit.severity or RULES_BY_NAME[hit.rule].severity
        yield Finding(deck.path, card.line, hit.rule, severity, f"card {card.id!r}: {hit.message}", card.id)


def _did_you_mean(name: str) -> str:
    close = difflib.get_close_matches(name, list(RULES_BY_NAME), n=1, cutoff=0.6)
    if close:
        return f": did you mean {close[0]!r}?"
    return "; run 'studydeck lint --list-rules' to see them"
