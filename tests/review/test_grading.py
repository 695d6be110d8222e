"""Grading typed answers as CARD-QUALITY.md says: normalise, aliases, near misses, never a subset match."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studydeck.review.grading import Change, Verdict, aliases, edit_distance, grade, is_close, normalise


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("two", "2"),
        ("2", "two"),
        ("Twenty-one", "21"),
        ("one hundred and five", "105"),
        ("a hundred", "100"),
        ("1,000", "one thousand"),
        ("2.5 million", "2,500,000"),
        ("1-2 seconds", "one to two seconds"),
        ("one to two seconds", "1 to 2 seconds"),
        ("18 percent", "18%"),
        ("eighteen per cent", "18%"),
        ("twice", "2x"),
        ("double", "twice"),
        ("2 times", "twice"),
        ("two-fold", "doubled"),
        ("x3", "three times"),
        ("THE Hippocampus.", "hippocampus"),
        ("  hippocampus  ", "Hippocampus"),
        ("cafe\u0301", "café"),  # decomposed and composed accents are one answer (NFC)
        ("don’t", "don't"),
        ("zolpidem", "Ambien (zolpidem)"),
        ("Ambien", "Ambien (zolpidem)"),
        ("ambien zolpidem", "Ambien (zolpidem)"),
        ("sleep spindles", "**sleep spindles**"),  # markup in a deck is not part of the answer
    ],
)
def test_equivalent_answers_are_correct(typed: str, expected: str) -> None:
    assert grade(typed, [expected]).verdict is Verdict.CORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hipocampus", "Hippocampus"),  # a typo in a long word
        ("hippocampsu", "Hippocampus"),  # two letters swapped
        ("spindle", "spindles"),  # one edit on a short word
        ("hippo campus", "hippocampus"),  # a space too many
        ("sleep spindels", "sleep spindles"),
        ("20 minutes", "twenty-minute"),
        ("retrieval strengthens the trace of memory", "Retrieval strengthens the memory trace"),
    ],
)
def test_near_misses_are_close(typed: str, expected: str) -> None:
    assert grade(typed, [expected]).verdict is Verdict.CLOSE


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("sleep", "sleep spindles"),  # never subset-style matching
        ("sleep spindles", "sleep"),
        ("consolidation", "consolidation rate"),
        ("memory", "Retrieval strengthens the memory trace"),
        ("hypothalamus", "Hippocampus"),
        ("19%", "18%"),  # a number is exact: one digit off is a different fact
        ("3", "2"),
        ("three times", "twice"),
        ("nap", "twenty-minute nap"),
        ("rem", "REM sleep"),
        ("ambien valium", "Ambien (zolpidem)"),
    ],
)
def test_other_answers_are_wrong(typed: str, expected: str) -> None:
    assert grade(typed, [expected]).verdict is Verdict.WRONG


def test_an_empty_answer_means_show_me() -> None:
    result = grade("   ", ["Hippocampus"])
    assert result.verdict is Verdict.SHOWN and result.expected == "Hippocampus"


def test_a_cloze_number_used_twice_wants_both_answers() -> None:
    answers = ["spindles", "slow waves"]
    assert grade("spindles, slow waves", answers).verdict is Verdict.CORRECT
    assert grade("spindles and slow waves", answers).verdict is Verdict.CORRECT
    assert grade("spindles; slow wave", answers).verdict is Verdict.CLOSE
    assert grade("spindles", answers).verdict is Verdict.WRONG
    assert grade("spindles slow waves", answers).verdict is Verdict.CORRECT


def test_the_difference_shows_what_is_missing_and_what_is_extra() -> None:
    result = grade("hipocampuss", ["Hippocampus"])
    assert result.verdict is Verdict.CLOSE
    assert result.diff == (
        (Change.SAME, "Hi"),
        (Change.MISSING, "p"),
        (Change.SAME, "pocampus"),
        (Change.EXTRA, "s"),
    )
    # Read the expected side of the diff back: it spells the answer as the deck writes it.
    assert "".join(text for change, text in result.diff if change is not Change.EXTRA) == "Hippocampus"


def test_the_closest_alias_is_the_one_shown() -> None:
    assert grade("zolpidme", ["Ambien (zolpidem)"]).expected == "zolpidem"


def test_aliases_come_from_parentheses() -> None:
    assert aliases("Ambien (zolpidem)") == ["Ambien (zolpidem)", "Ambien", "zolpidem"]
    assert aliases("hippocampus") == ["hippocampus"]


def test_normalise_examples() -> None:
    assert normalise("The 25–35 minute nap, twice a day!") == "25 to 35 minute nap 2x day"
    assert normalise("An apple a day") == "apple day"
    assert normalise("3.5 hours") == "3.5 hours"
    assert normalise("one two") == "1 2"  # two numbers side by side are not added up


def test_edit_distance() -> None:
    assert edit_distance("", "abc") == 3
    assert edit_distance("sleep", "sleep") == 0
    assert edit_distance("slepe", "sleep") == 1  # a swap is one edit
    assert edit_distance("kitten", "sitting") == 3


def test_is_close_never_accepts_a_different_number() -> None:
    assert not is_close("19 percent", "18 percent")
    assert is_close("18 percnt", "18 percent")


# -- properties ---------------------------------------------------------------------------------

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=14).filter(
    lambda w: w not in ("a", "an", "the")
)


@given(st.text(max_size=60), st.lists(st.text(max_size=40), min_size=1, max_size=3))
def test_any_input_gets_a_verdict_never_an_exception(typed: str, answers: list[str]) -> None:
    result = grade(typed, answers)
    assert isinstance(result.verdict, Verdict)


@given(st.text(min_size=1, max_size=60).filter(str.strip))
def test_an_answer_typed_as_written_is_correct(answer: str) -> None:
    assert grade(answer, [answer]).verdict is Verdict.CORRECT


@given(st.text(max_size=60))
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(words, words)
def test_part_of_an_answer_is_never_enough(first: str, second: str) -> None:
    """Typing one word of a two-word answer is wrong, however long the word ("sleep" is not "sleep spindles")."""
    assert grade(first, [f"{first} {second}"]).verdict is Verdict.WRONG
