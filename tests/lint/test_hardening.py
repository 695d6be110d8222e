"""Issue 14, lint: many copies of one card give one finding per card, not one per pair (point 15)."""

from __future__ import annotations

from collections import Counter

from studydeck import lint

from .test_lint import GOOD_CLOZE, GOOD_QA, deck, qa

FRONT = "How long does a hot compost pile take to mature in summer?"


def pair_findings(*cards) -> list[lint.Finding]:  # noqa: ANN002
    return [f for f in lint.lint_deck(deck(*cards)) if f.rule in ("duplicate", "interference")]


def test_identical_cards_give_one_duplicate_finding_per_later_card() -> None:
    copies = [qa(FRONT, "Six weeks", id=f"hot-{n}") for n in range(600)]  # main gave 179,700 findings
    found = pair_findings(*copies, GOOD_QA, GOOD_CLOZE)
    assert len(found) == 599 and {f.rule for f in found} == {"duplicate"}
    assert Counter(f.card for f in found) == Counter(f"hot-{n}" for n in range(1, 600))
    assert all("'hot-0' (line 10) and 598 more cards ask the same thing" in f.message for f in found)


def test_a_group_with_different_answers_reports_each_card_once() -> None:
    cards = [qa(FRONT, answer, id=f"hot-{n}") for n, answer in enumerate(["Six weeks", "Ten weeks", "six weeks"] * 3)]
    found = {f.card: f for f in pair_findings(*cards)}
    assert len(found) == 8 and "hot-0" not in found
    assert found["hot-1"].rule == "interference" and "'hot-0'" in found["hot-1"].message
    assert found["hot-4"].rule == "duplicate" and "'hot-1' (line 13) and 1 more card ask" in found["hot-4"].message
    assert found["hot-2"].rule == "duplicate" and "'hot-0' (line 10) and 4 more cards" in found["hot-2"].message


def test_two_cards_keep_the_pair_message() -> None:
    (found,) = pair_findings(qa(FRONT, "Six weeks", id="a"), qa(FRONT, "six weeks", id="b"))
    assert found.card == "b" and "card 'a' (line 10) asks the same thing with the same answer: keep one of the two" in (
        found.message
    )
