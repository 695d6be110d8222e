"""Grading typed answers as CARD-QUALITY.md says: normalise, aliases, near misses, never a subset match."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studydeck.review.grading import _STOPWORDS, Change, Verdict, aliases, edit_distance, grade, is_close, normalise


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
        ("spindle", "spindles"),  # singular and plural are one word
        ("20 minutes", "twenty-minute"),
        ("retrieval strengthens the trace of memory", "Retrieval strengthens the memory trace"),  # four key words
    ],
)
def test_equivalent_answers_are_correct(typed: str, expected: str) -> None:
    assert grade(typed, [expected]).verdict is Verdict.CORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hipocampus", "Hippocampus"),  # a typo in a long word
        ("hippocampsu", "Hippocampus"),  # two letters swapped
        ("spindel", "spindle"),  # one edit on a short word
        ("hippo campus", "hippocampus"),  # a space too many
        ("sleep spindels", "sleep spindles"),
        ("memory trace strengthens", "strengthens memory trace"),  # three key words: order counts as a slip
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


# (typed, expected, what the prompt shows, verdict): the cases of a real session, graded by what
# the answer must contain.
RADIO = "Because the radio signal travels at the speed of light"
CASES = [
    # a sentence answer: every key word in other words is right, most of them close, a part never
    ("radio signals travel at the speed of light", RADIO, "Why does the echo come back so fast?", Verdict.CORRECT),
    ("the signal travels at light speed, by radio", RADIO, "Why does the echo come back so fast?", Verdict.CORRECT),
    ("radio signal travels at the speed of sound", RADIO, "Why does the echo come back so fast?", Verdict.CLOSE),
    ("radio signals travel at the sped of light", RADIO, "Why does the echo come back so fast?", Verdict.CLOSE),
    ("the speed of light", RADIO, "Why does the echo come back so fast?", Verdict.WRONG),
    ("radio signals do not travel at the speed of light", RADIO, "Why?", Verdict.WRONG),  # negation flips it
    ("light", RADIO, "Why does the echo come back so fast?", Verdict.WRONG),
    # a unit after a number need not be typed; another unit is wrong
    ("20,200", "20,200 km", "How high do the satellites orbit?", Verdict.CORRECT),
    ("20200 kilometres", "20,200 kilometres", "How high do the satellites orbit?", Verdict.CORRECT),
    ("20,200 miles", "20,200 km", "How high do the satellites orbit?", Verdict.WRONG),
    ("20,300", "20,200 km", "How high do the satellites orbit?", Verdict.WRONG),
    # a word the prompt shows may be typed, or left out
    ("1 microsecond", "one", "A clock error of [...] microsecond puts you 300 m off.", Verdict.CORRECT),
    ("one microsecond", "one", "A clock error of [...] microsecond puts you 300 m off.", Verdict.CORRECT),
    ("2 microseconds", "one", "A clock error of [...] microsecond puts you 300 m off.", Verdict.WRONG),
    ("spindles", "sleep spindles", "During bee sleep, bursts called [...] replay the day.", Verdict.CORRECT),
    ("sleep", "sleep spindles", "During bee sleep, bursts called [...] replay the day.", Verdict.WRONG),
    ("1 microsecond", "one", "A clock error of [...] puts you 300 m off.", Verdict.WRONG),  # not shown: an extra
    # singular and plural are one word
    ("mushroom body", "mushroom bodies", "Bees store routes in the [...] of the brain.", Verdict.CORRECT),
    ("mushrom body", "mushroom bodies", "Bees store routes in the [...] of the brain.", Verdict.CLOSE),
    ("glass", "glasses", "", Verdict.CORRECT),
    # short answers keep their exactness
    ("sleep", "sleep spindles", "", Verdict.WRONG),
    ("sleep spindles", "sleep", "", Verdict.WRONG),
    ("zolpidem", "Ambien (zolpidem)", "Which pill?", Verdict.CORRECT),
    ("Ambien valium", "Ambien (zolpidem)", "Which pill?", Verdict.WRONG),
    ("hipocampus", "hippocampus", "", Verdict.CLOSE),
    ("5 hours", "five", "Forager bees sleep about [...] hours in every 24.", Verdict.CORRECT),
    ("5 minutes", "five", "Forager bees sleep about [...] hours in every 24.", Verdict.WRONG),
    ("six", "five", "Forager bees sleep about [...] hours in every 24.", Verdict.WRONG),
    ("", RADIO, "Why?", Verdict.SHOWN),
]


@pytest.mark.parametrize(("typed", "expected", "prompt", "verdict"), CASES)
def test_the_grading_table(typed: str, expected: str, prompt: str, verdict: Verdict) -> None:
    assert grade(typed, [expected], prompt).verdict is verdict


def test_an_empty_answer_means_show_me() -> None:
    result = grade("   ", ["Hippocampus"])
    assert result.verdict is Verdict.SHOWN and result.expected == "Hippocampus"


def test_a_cloze_number_used_twice_wants_both_answers() -> None:
    answers = ["spindles", "slow waves"]
    assert grade("spindles, slow waves", answers).verdict is Verdict.CORRECT
    assert grade("spindles and slow waves", answers).verdict is Verdict.CORRECT
    assert grade("spindles; slow wave", answers).verdict is Verdict.CORRECT  # singular and plural are one word
    assert grade("spindles; slow wavs", answers).verdict is Verdict.CLOSE
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
    # "aa or" asks for "aa" (a joining word is not part of the answer), "fifteen aa" for 15 (aa, a unit)
    lambda w: w not in _STOPWORDS and normalise(w) == w
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
