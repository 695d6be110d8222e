"""What the lint rules read of a card, worked out once: its words, what it asks, what it shows.

A library holds 100,000 cards and the same words over and over, so word facts are cached.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..deck import cloze, markup
from ..deck.models import Card, CardKind, Deck
from ..language import words
from . import spans
from .findings import Severity

DOMINANT_SPEAKER = 0.6  # the share of quotes one speaker must have for "who said it?" to be guessable


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


WORD = re.compile(r"[^\W_]+(?:['.-][^\W_]+)*%?")  # as words.tokens: "kākāpō" and "Ötzi" are one word each


@functools.lru_cache(maxsize=1 << 16)
def is_content(word: str) -> bool:
    return words.is_content(word)


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    return words.stem(word)


@functools.lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    return words.zipf(word)


@dataclass(frozen=True)
class Text:
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
def text_of(text: str) -> Text:
    plain = markup.to_plain(text) if "*" in text or "`" in text else text
    tokens = tuple(WORD.findall(plain))
    content = tuple(filter(is_content, tokens))
    return Text(plain, tokens, frozenset(map(str.lower, tokens)), content, frozenset(map(stem, content)))


# -- what a card asks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    """One thing the learner is asked: a cloze number of a cloze card, or a Q&A card."""

    label: str  # "c2" for a cloze number, "" for a Q&A card
    prompt: Text  # as the learner sees it; blanks are "[...]"
    answers: tuple[Text, ...]

    @property
    def answer(self) -> str:
        return "; ".join(a.text for a in self.answers)


def _reviews(card: Card, deletions: list[cloze.Deletion]) -> tuple[Review, ...]:
    if card.kind is CardKind.QA:
        return (Review("", text_of(card.front), (text_of(card.back),)),)
    return tuple(
        Review(
            f"c{ordinal}",
            text_of(cloze.render(card.text, ordinal)),
            tuple(text_of(d.answer) for d in deletions if d.ordinal == ordinal),
        )
        for ordinal in sorted({d.ordinal for d in deletions})
    )


def describe_blank(review: Review, answer: Text | str) -> str:
    text = answer if isinstance(answer, str) else answer.text
    return f"the blank {review.label} ({quoted(text)})" if review.label else f"the answer {quoted(text)}"


def quoted(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _is_quote(card: Card, shown: str) -> bool:
    if "quote" in card.source.section.lower() or any("quote" in t.lower() for t in card.tags):
        return True
    shown = shown.strip()
    return len(shown) > 2 and shown[0] in "\"“'‘" and shown.rstrip(".")[-1] in "\"”'’"


def name_tokens(name: str) -> frozenset[str]:
    return text_of(name).lower - _TITLES


_TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame"})


@dataclass(frozen=True)
class View:
    """A card with what every check reads from it, worked out once."""

    card: Card
    deletions: tuple[cloze.Deletion, ...]
    reviews: tuple[Review, ...]
    shown: Text  # the question side with every blank filled: what the learner reads
    quote: bool

    @classmethod
    def of(cls, card: Card) -> View:
        if card.kind is CardKind.CLOZE:
            deletions = cloze.deletions(card.text)
            shown = text_of(cloze.reveal(card.text))
        else:
            deletions, shown = [], text_of(card.front)
        return cls(card, tuple(deletions), _reviews(card, deletions), shown, _is_quote(card, shown.text))

    @property
    def cloze(self) -> bool:
        return self.card.kind is CardKind.CLOZE

    @functools.cached_property
    def blanks(self) -> tuple[tuple[Review, spans.Blank], ...]:
        """Each deletion with the text around it (every other deletion shown), and the review it belongs to."""
        if not self.cloze:
            return ()
        text, pieces, spots, at, length = self.card.text, [], [], 0, 0
        for d in self.deletions:  # the text with every deletion shown, and where each one sits in it
            pieces += [text[at : d.start], d.answer]
            length += d.start - at
            spots.append((d, length, length + len(d.answer)))
            length += len(d.answer)
            at = d.end
        shown = "".join(pieces) + text[at:]
        by_label = {r.label: r for r in self.reviews}
        return tuple(
            (by_label[f"c{d.ordinal}"], spans.Blank(_plain(shown[:start]), d.answer, _plain(shown[end:])))
            for d, start, end in spots
            if d.answer.strip()
        )

    @functools.cached_property
    def prompt_stems(self) -> frozenset[str]:
        """The content stems of every prompt of the card."""
        return frozenset().union(*(r.prompt.stems for r in self.reviews))


def _plain(text: str) -> str:
    """Text without markup signs, which would break words apart ('**bold**')."""
    return text.replace("**", "").replace("`", "") if "*" in text or "`" in text else text


@dataclass(frozen=True)
class DeckFacts:
    """What checks need to know about the whole deck."""

    deck: Deck
    views: tuple[View, ...]  # one per card, in deck order
    people: tuple[frozenset[str], ...]  # the episode's host and guests, as name tokens
    guessable_speaker: frozenset[str] | None  # a speaker a learner would guess for any "who"

    @classmethod
    def of(cls, deck: Deck) -> DeckFacts:
        people = tuple(name_tokens(p) for p in deck.episode.speakers)
        views = tuple(View.of(c) for c in deck.cards)
        return cls(deck, views, people, _guessable_speaker(deck, people))

    @functools.cached_property
    def _prompt_words(self) -> tuple[tuple[str, ...], ...]:
        """Per card, each of its prompts as ' word word ' in lower case: a phrase is then a substring."""
        return tuple(tuple(f" {' '.join(r.prompt.tokens).lower()} " for r in v.reviews) for v in self.views)

    @functools.cached_property
    def _shown_by(self) -> dict[str, set[int]]:
        """Each word (lower case) -> the cards whose prompt shows it in some review."""
        index: dict[str, set[int]] = {}
        for i, prompts in enumerate(self._prompt_words):
            for word in {w for prompt in prompts for w in prompt.split()}:
                index.setdefault(word, set()).add(i)
        return index

    @functools.cached_property
    def _position(self) -> dict[int, int]:
        return {id(view): i for i, view in enumerate(self.views)}

    def shown_elsewhere(self, view: View, phrase: tuple[str, ...]) -> Iterator[View]:
        """The other cards whose prompt shows these words (lower case) one after another, in deck order."""
        if not phrase:
            return
        cards = set.intersection(*(self._shown_by.get(word, set()) for word in phrase))
        cards.discard(self._position[id(view)])
        wanted = f" {' '.join(phrase)} "
        for i in sorted(cards):
            if any(wanted in prompt for prompt in self._prompt_words[i]):
                yield self.views[i]

    def person(self, name: str) -> frozenset[str] | None:
        """The episode person this name means, if any: 'Sejnowski' and 'Dr. Terry Sejnowski' both match."""
        tokens = name_tokens(name)
        if not tokens:
            return None
        return next((p for p in self.people if tokens <= p or p <= tokens), None)


def _guessable_speaker(deck: Deck, people: tuple[frozenset[str], ...]) -> frozenset[str] | None:
    if len(people) == 1:
        return people[0]
    said = Counter(name_tokens(c.source.speaker) for c in deck.cards if c.source.speaker)
    total = sum(said.values())
    if total >= 3:
        top, count = said.most_common(1)[0]
        if count / total >= DOMINANT_SPEAKER:
            return top
    return None


@dataclass(frozen=True)
class Hit:
    rule: str
    message: str
    severity: Severity | None = None  # None: the rule's own
