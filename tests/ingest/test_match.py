"""Pairing a corrected card with the card it corrects: examples on both sides of the threshold, and near-misses."""

from __future__ import annotations

import pytest

from studydeck.deck.models import Card, CardKind
from studydeck.ingest import match


def cloze(text: str, *tags: str) -> Card:
    return Card(id="c", kind=CardKind.CLOZE, text=text, tags=tags)


def qa(front: str, back: str, *tags: str) -> Card:
    return Card(id="q", kind=CardKind.QA, front=front, back=back, tags=tags)


NAP = "Kalu says a {{c1::20-minute}} nap improved recall of word pairs by 18% in his lab."
RECALL = "Kalu says a 20-minute nap improved recall of word pairs by {{c1::18%}} in his lab."
CAFFEINE = "Caffeine taken within {{c1::6 hours}} of bedtime cuts deep sleep by roughly 20%."

# The examples the threshold was chosen from: (what, old card, new card, same card?).
EXAMPLES = [
    ("the blanked number fixed", cloze(RECALL), cloze(RECALL.replace("18%", "21%")), True),
    ("a number beside the blank fixed", cloze(NAP), cloze(NAP.replace("18%", "21%")), True),
    (
        "two words reworded",
        cloze(CAFFEINE),
        cloze(CAFFEINE.replace("cuts", "reduces").replace("roughly", "about")),
        True,
    ),
    (
        "one word of a short card",
        cloze("Shade and {{c1::insulation}} keep the colony working year round."),
        cloze("Shade and {{c1::straw}} keep the colony working year round."),
        True,
    ),
    (
        "a quote with two words added",
        cloze('Tomas Reyes: "The worms do the work; your job is to keep them {{c1::comfortable}}."', "quote"),
        cloze('Tomas Reyes: "The worms do the work; your job is to keep them cool and {{c1::comfortable}}."', "quote"),
        True,
    ),
    (
        "a question whose answer was fixed",
        qa("What should you check before you add new scraps?", "Moisture", "practice"),
        qa("What should you check before you add new scraps?", "Temperature", "practice"),
        True,
    ),
    (
        "a why-card whose number was fixed",
        qa("Why keep the loaf at 72% hydration?", "Because wetter doughs spread flat before the crust sets", "why"),
        qa("Why keep the loaf at 70% hydration?", "Because wetter doughs spread flat before the crust sets", "why"),
        True,
    ),
    ("another fact of the same sentence", cloze(NAP), cloze(RECALL.replace("18%", "21%")), False),
    (
        "another fact on the same sentence pattern",
        cloze(CAFFEINE),
        cloze("Alcohol taken within {{c1::3 hours}} of bedtime cuts REM sleep by roughly 40%."),
        False,
    ),
    (
        "another fact on the same pattern, blank alike",
        cloze("Caffeine taken within 6 hours of bedtime cuts {{c1::deep sleep}} by roughly 20%."),
        cloze("Alcohol taken within 3 hours of bedtime cuts {{c1::REM sleep}} by roughly 20%."),
        False,
    ),
    (
        "another question of the same advice",
        qa("What should you check before you add new scraps?", "Moisture", "practice"),
        qa("What should you check before you turn the pile?", "The temperature", "practice"),
        False,
    ),
    (
        "a cloze and a question of one fact",
        cloze(RECALL),
        qa("By how much did a 20-minute nap improve recall?", "18%"),
        False,
    ),
    (
        "the same words, another kind of question",
        qa("Why keep the loaf at 72% hydration?", "Because wetter doughs spread flat", "why"),
        qa("Why keep the loaf at 72% hydration?", "Because wetter doughs spread flat", "claim"),
        False,
    ),
]


@pytest.mark.parametrize(("what", "old", "new", "same"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_corrections_pass_the_threshold_and_other_facts_do_not(what: str, old: Card, new: Card, same: bool) -> None:
    assert (match.similarity(old, new) >= match.SAME_CARD) is same
    assert (match.similarity(new, old) >= match.SAME_CARD) is same  # whichever way round


def test_the_threshold_sits_between_the_examples() -> None:
    """The margin on each side: a change of threshold that crosses an example is a decision, not a tweak."""
    scores = {what: match.similarity(old, new) for what, old, new, _ in EXAMPLES}
    lowest_same = min(scores[what] for what, *_, same in EXAMPLES if same)
    highest_other = max(scores[what] for what, *_, same in EXAMPLES if not same)
    assert highest_other < match.SAME_CARD <= lowest_same
    assert lowest_same - highest_other > 0.05


def test_two_facts_of_one_takeaway_each_find_their_own_corrected_card() -> None:
    """One sentence, two cards (one blank each); its number fixed: each old card pairs with its own new one."""
    old = [cloze(NAP), cloze(RECALL)]
    new = [cloze(RECALL.replace("18%", "21%")), cloze(NAP.replace("18%", "21%"))]
    assert match.pairs(old, new) == [(0, 1), (1, 0)]


def test_a_blank_moved_to_another_phrase_is_not_the_same_card() -> None:
    old = cloze("A starter fed {{c1::twice}} a day peaks in about 8 hours in a warm kitchen.")
    new = cloze("A starter fed twice a day peaks in about {{c1::6 hours}} in a warm kitchen.")
    assert match.similarity(old, new) == 0.0


def test_cards_with_other_blank_numbers_are_not_paired() -> None:
    old = cloze("A starter fed {{c1::twice}} a day peaks in about {{c2::8 hours}} in a warm kitchen.")
    new = cloze("A starter fed {{c1::twice}} a day peaks in about 6 hours in a warm kitchen.")
    assert match.similarity(old, new) == 0.0


def test_pairs_are_one_to_one_and_the_closest_wins() -> None:
    old = [cloze("Rye flour ferments {{c1::faster}} than wheat flour because it carries more wild yeast.")]
    new = [
        cloze("Rye flour ferments {{c1::faster}} than spelt flour because it carries more wild yeast."),
        cloze("Rye flour ferments {{c1::faster}} than wheat flour because it carries more wild yeast and enzymes."),
    ]
    assert match.pairs(old, new) == [(0, 1)]
    assert match.pairs(old, new[:1]) == [(0, 0)]


def test_below_the_threshold_nothing_is_paired() -> None:
    old = [cloze("Salt {{c1::tightens}} the gluten network within minutes.")]
    new = [cloze("An autolyse of {{c1::30 minutes}} makes the dough easier to stretch.")]
    assert match.pairs(old, new) == []
