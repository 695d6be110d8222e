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


def _pair_hit(first: Card, earlier: Review, review: Review) -> Hit:
    other = f"card {first.id!r} (line {first.line})"
    if _normal(earlier.answer) == _normal(review.answer):
        return Hit("duplicate", f"{other} asks the same thing with the same answer: keep one of the two")
    return Hit(
        "interference",
        f"the prompt is nearly the same as that of {other}, but the answers differ "
        f"({quoted(review.answer, 30)} and {quoted(earlier.answer, 30)}): a learner will mix them up; "
        "add what tells them apart (the study, the person, the condition)",
    )


def _normal(text: str) -> str:
    return " ".join(sorted(text_of(text).stems)) or text.strip().lower()
