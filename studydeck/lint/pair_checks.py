"""The lint rules that compare the cards of a deck: interference and duplicates."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

from ..deck.models import Card
from .reading import DeckFacts, Hit, Review, quoted, text_of

SIMILAR_PROMPTS = 0.8  # Jaccard similarity of content stems


def pair_hits(facts: DeckFacts) -> Iterator[tuple[int, Hit]]:
    """Interference and duplicates: prompts of different cards with nearly the same content words.

    Reported on the later card, at most once per review and pair of prompts. Prompts with the same
    content words form one group: each later member is reported once, against the group's first
    card, so 20,000 copies of a card give 19,999 findings, not 200 million. Between groups, never
    all pairs: with each prompt's stems ordered rarest first, two prompts with a Jaccard similarity
    of at least t share one of the first |s| - ceil(t*|s|) + 1 stems of each (prefix filtering), so
    only groups sharing such a rare stem are compared.
    """
    entries = [(i, r) for i, v in enumerate(facts.views) for r in v.reviews if r.prompt.stems]
    groups: dict[frozenset[str], list[int]] = {}
    for n, (_, review) in enumerate(entries):
        groups.setdefault(review.prompt.stems, []).append(n)
    hits: list[tuple[int, int, Hit]] = []  # (entry, card, hit), put in entry order at the end
    for members in groups.values():
        hits += _same_prompt_hits(facts, entries, members)
    hits += _similar_prompt_hits(facts, entries, [members[0] for members in groups.values()])
    for _, i, hit in sorted(hits, key=lambda h: h[0]):
        yield i, hit


def _same_prompt_hits(
    facts: DeckFacts, entries: list[tuple[int, Review]], members: list[int]
) -> Iterator[tuple[int, int, Hit]]:
    """Each later prompt of a group against the first with the same answer (a duplicate), else
    against the group's first (interference); never against a sibling cloze of its own card."""
    answers = [_normal(entries[m][1].answer) for m in members]
    cards_with = Counter(answer for answer, _ in {(a, entries[m][0]) for a, m in zip(answers, members, strict=True)})
    first_with: dict[str, int] = {}
    head = members[0]
    for m, answer in zip(members, answers, strict=True):
        i, review = entries[m]
        earlier = first_with.setdefault(answer, m)
        if entries[earlier][0] == i:
            earlier = head
        j, first = entries[earlier]
        if j != i:  # `others`: the cards this one duplicates, when it does
            yield m, i, _pair_hit(facts.views[j].card, first, review, others=cards_with[answer] - 1)


def _similar_prompt_hits(
    facts: DeckFacts, entries: list[tuple[int, Review]], firsts: list[int]
) -> Iterator[tuple[int, int, Hit]]:
    frequency = Counter(stem for n in firsts for stem in entries[n][1].prompt.stems)
    rank = {stem: n for n, stem in enumerate(sorted(frequency, key=lambda stem: (frequency[stem], stem)))}
    index: dict[str, list[int]] = {}
    for n in firsts:
        i, review = entries[n]
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
            shared = len(stems & other)
            if shared / (len(stems) + len(other) - shared) >= SIMILAR_PROMPTS:
                yield n, i, _pair_hit(facts.views[j].card, earlier, review)
                break  # one finding per prompt is enough to act on
        for stem in prefix:
            index.setdefault(stem, []).append(n)


def _pair_hit(first: Card, earlier: Review, review: Review, others: int = 1) -> Hit:
    other = f"card {first.id!r} (line {first.line})"
    if _normal(earlier.answer) == _normal(review.answer):
        if others > 1:
            more = f"{others - 1} more card{'s' if others > 2 else ''}"
            return Hit("duplicate", f"{other} and {more} ask the same thing with the same answer: keep one")
        return Hit("duplicate", f"{other} asks the same thing with the same answer: keep one of the two")
    return Hit(
        "interference",
        f"the prompt is nearly the same as that of {other}, but the answers differ "
        f"({quoted(review.answer, 30)} and {quoted(earlier.answer, 30)}): a learner will mix them up; "
        "add what tells them apart (the study, the person, the condition)",
    )


def _normal(text: str) -> str:
    return " ".join(sorted(text_of(text).stems)) or text.strip().lower()
