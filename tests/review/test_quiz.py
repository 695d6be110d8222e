"""Whole review sessions: planned, graded, rated and stored, driven with a fixed clock.

In-process through the session core and through CliRunner; in a real pseudo-terminal through
pexpect, where the process is also killed mid-session and interrupted with Ctrl-C.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

import pexpect
import pyte
import pytest
from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.deck import deckfile
from studydeck.deck.models import Deck
from studydeck.errors import DeckError, Problem
from studydeck.review.grading import Verdict
from studydeck.review.library import Item, Library
from studydeck.review.quiz import (
    REQUEUE_GAP,
    Ask,
    Event,
    Graded,
    Limits,
    Notice,
    Saved,
    Session,
    Shown,
    Stop,
    Summary,
    day_start,
    plan,
    study_day,
)
from studydeck.review.scheduler import Phase, Planner, Rating, Settings
from studydeck.review.store import ReviewKey, Store

from ..conftest import BROKEN, FIXTURES, many_decks

QUIZ_DECKS = FIXTURES / "quiz"
HIVE, NIGHT = "hive-minds-4", "night-shift-9"
NO_FUZZ = Settings(fuzz=False)

# What a learner types for each card, and the verdict CARD-QUALITY.md asks for.
ANSWERS = {
    ReviewKey(HIVE, "bee-sleep-hours", 1): ("5", Verdict.CORRECT),  # "five" in the deck
    ReviewKey(HIVE, "route-memory-region", 1): ("mushrom bodies", Verdict.CLOSE),
    ReviewKey(HIVE, "replay-signal", 1): ("sleep", Verdict.WRONG),  # not "sleep spindles"
    ReviewKey(HIVE, "waggle-dance", 1): ("the waggle dance", Verdict.CORRECT),
    ReviewKey(HIVE, "waggle-dance", 2): ("direction", Verdict.CORRECT),
    ReviewKey(HIVE, "learning-transmitter", 0): ("acetylcholin", Verdict.CLOSE),  # a typo in a long word
    ReviewKey(NIGHT, "trial-drug", 0): ("zolpidem", Verdict.CORRECT),  # an alias in parentheses
    ReviewKey(NIGHT, "light-dose", 0): ("one hundred", Verdict.CORRECT),
    ReviewKey(NIGHT, "nap-length", 1): ("20", Verdict.CORRECT),
}

HIVE_ORDER = [  # the hive deck's new cards in deck order; the second waggle deletion waits for another day
    ReviewKey(HIVE, "bee-sleep-hours", 1),
    ReviewKey(HIVE, "route-memory-region", 1),
    ReviewKey(HIVE, "replay-signal", 1),
    ReviewKey(HIVE, "waggle-dance", 1),
    ReviewKey(HIVE, "learning-transmitter", 0),
]


pytestmark = pytest.mark.usefixtures("utc_days")


@pytest.fixture
def hive_only(tmp_path: Path) -> Path:
    folder = tmp_path / "hive"
    folder.mkdir()
    shutil.copy(QUIZ_DECKS / "hive-minds.yaml", folder)
    return folder


def load(folder: Path) -> Library:
    decks, problems = deckfile.load_all([folder])
    assert not problems
    return Library.of(decks)


def only(library: Library, key: ReviewKey) -> Library:
    """A library holding one review card's card alone."""
    item = library.item(key)
    return Library.of([replace(item.deck, cards=(item.card,))])


@dataclass
class Learner:
    """Scripted IO: answers each card from a book, rates with the suggestion or as told."""

    answers: dict[ReviewKey, str] = field(default_factory=lambda: {k: a for k, (a, _) in ANSWERS.items()})
    ratings: dict[ReviewKey, list[str]] = field(default_factory=dict)
    confidence: dict[ReviewKey, str] = field(default_factory=dict)
    quit_after: int | None = None  # answers, then q
    interrupt_after: int | None = None  # answers, then Ctrl-C
    events: list[Event] = field(default_factory=list)
    on_screen: Item | None = None
    script: list[str] = field(default_factory=list)  # replies to every prompt in turn, before the book
    edits: list[Item] = field(default_factory=list)
    on_edit: Callable[[Item], None] = lambda item: None

    def edit(self, item: Item) -> None:
        self.edits.append(item)
        self.on_edit(item)

    def show(self, event: Event) -> None:
        self.events.append(event)
        if isinstance(event, Shown):
            self.on_screen = event.item

    def ask(self, question: Ask, hint: str = "") -> str:
        assert self.on_screen is not None
        if self.script:
            return self.script.pop(0)
        key = self.on_screen.key
        answered = sum(isinstance(e, Saved) for e in self.events)
        if self.quit_after is not None and answered >= self.quit_after:
            return "q"
        if self.interrupt_after is not None and answered >= self.interrupt_after:
            raise KeyboardInterrupt
        if question is Ask.ANSWER:
            return self.answers.get(key, "")
        if question is Ask.CONFIDENCE:
            return self.confidence.get(key, "2")
        queued = self.ratings.get(key)
        return queued.pop(0) if queued else ""

    def shown(self) -> list[ReviewKey]:
        return [e.item.key for e in self.events if isinstance(e, Shown)]

    def graded(self) -> dict[ReviewKey, Graded]:
        return {e.item.key: e for e in self.events if isinstance(e, Graded)}


def session(
    library: Library,
    db: Store,
    learner: Learner,
    now: datetime,
    limits: Limits | None = None,
    clock=None,
    confidence: bool = False,
    seed: int = 7,
) -> Summary:
    rng = random.Random(seed)
    limits = limits or Limits()
    the_plan = plan(library, db, now, rng, limits)
    return Session(
        the_plan, library, db, Planner(NO_FUZZ), learner, clock or (lambda: now), rng, limits, confidence=confidence
    ).run()


# -- what is reviewed -----------------------------------------------------------------------------


def test_each_cloze_deletion_is_its_own_card(hive_only: Path) -> None:
    items = {i.key: i for i in load(hive_only).items()}
    first, second = items[ReviewKey(HIVE, "waggle-dance", 1)], items[ReviewKey(HIVE, "waggle-dance", 2)]
    assert first.prompt == "The [a movement] tells nest mates the direction of the food."
    assert second.prompt == "The waggle dance tells nest mates the [...] of the food."
    assert first.answers == ["waggle dance"] and second.answers == ["direction"]
    assert first.revealed == "The waggle dance tells nest mates the direction of the food."
    assert items[ReviewKey(HIVE, "learning-transmitter", 0)].prompt.startswith("Which transmitter")
    assert first.source == "Hive Minds · Ideas · Kofi Mensah · 00:22:03"
    assert first.where.endswith("hive-minds.yaml:24")


def test_study_days_start_at_four_in_the_morning(now: datetime) -> None:
    late = now.replace(hour=2)  # 2 am belongs to the evening before
    assert study_day(late) == (now - timedelta(days=1)).date()
    assert study_day(now) == now.date()
    assert day_start(now.date()) == now.replace(hour=4, minute=0)


# -- planning -------------------------------------------------------------------------------------


def test_new_cards_are_interleaved_across_decks_in_deck_order(quiz_decks: Path, data_dir: Path, now: datetime) -> None:
    with Store.open(data_dir / "r.sqlite") as db:
        p = plan(load(quiz_decks), db, now, random.Random(1))
    decks = [key.deck for key in p.queue]
    assert decks[:6] in ([HIVE, NIGHT] * 3, [NIGHT, HIVE] * 3)
    hive = [key.card for key in p.queue if key.deck == HIVE]
    assert hive == ["bee-sleep-hours", "route-memory-region", "replay-signal", "waggle-dance", "learning-transmitter"]
    # The second deletion of the waggle card waits for another day: it would give the first away.
    assert ReviewKey(HIVE, "waggle-dance", 2) not in p.queue
    assert (p.due, p.new) == (0, 8)


def test_due_cards_come_first_and_new_ones_stop_at_the_daily_limit(
    quiz_decks: Path, data_dir: Path, now: datetime
) -> None:
    items = load(quiz_decks)
    with Store.open(data_dir / "r.sqlite") as db:
        session(items, db, Learner(), now, Limits(new_per_day=3))
        assert db.introduced_since(day_start(now.date())) == 3
        tomorrow = now + timedelta(days=1)
        p = plan(items, db, tomorrow, random.Random(1), Limits(new_per_day=3))
        due = p.queue[: p.due]
        assert set(due) == {k for k, (ms, _) in db.schedule().items() if ms <= int(tomorrow.timestamp() * 1000)}
        assert p.due == 3 and p.new == 3
        # Later that same day the new-card allowance is spent.
        assert plan(items, db, now + timedelta(hours=2), random.Random(1), Limits(new_per_day=3)).new == 0


def test_leeches_come_first_among_due_cards(hive_only: Path, data_dir: Path, now: datetime) -> None:
    items = load(hive_only)
    with Store.open(data_dir / "r.sqlite") as db:
        session(items, db, Learner(), now)
        leech = ReviewKey(HIVE, "learning-transmitter", 0)
        db.db.execute("UPDATE cards SET leech = 1 WHERE card = ?", (leech.card,))
        p = plan(items, db, now + timedelta(days=30), random.Random(1))
        assert p.queue[0] == leech


# -- sessions -------------------------------------------------------------------------------------


def test_a_session_grades_as_card_quality_says_and_stores_fsrs_intervals(
    quiz_decks: Path, data_dir: Path, now: datetime
) -> None:
    learner = Learner()
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(quiz_decks), db, learner, now)
        graded = learner.graded()
        for key, grading in graded.items():
            assert grading.grade.verdict is ANSWERS[key][1], key
        assert graded[ReviewKey(NIGHT, "trial-drug", 0)].suggested is Rating.GOOD
        assert graded[ReviewKey(HIVE, "route-memory-region", 1)].suggested is Rating.HARD
        assert graded[ReviewKey(HIVE, "replay-signal", 1)].suggested is Rating.AGAIN
        # Each rating is stored, with the interval fsrs gives for it.
        fresh = Planner(NO_FUZZ)
        for key, grading in graded.items():
            first = db.reviews(key)[0]
            assert (first.rating, first.verdict, first.answer) == (
                int(grading.suggested),
                grading.grade.verdict.value,
                ANSWERS[key][0],
            )
            expected = fresh.review(None, grading.suggested, now, random.Random(0))
            assert first.interval_s == round(expected.interval.total_seconds())
        assert summary.stop is Stop.DONE and summary.new == 8


def test_a_failed_card_comes_back_before_the_session_ends(quiz_decks: Path, data_dir: Path, now: datetime) -> None:
    failed = ReviewKey(HIVE, "bee-sleep-hours", 1)  # first or second of 8: at least 3 others follow it
    book = {key: typed for key, (typed, _) in ANSWERS.items()}
    learner = Learner(answers=book | {failed: "six"}, ratings={failed: ["", "1", "3"]})  # fails twice, then gets it
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(quiz_decks), db, learner, now)
        shown = learner.shown()
        positions = [n for n, key in enumerate(shown) if key == failed]
        assert len(positions) == 3
        assert positions[1] - positions[0] == REQUEUE_GAP + 1
        agains = [e.again for e in learner.events if isinstance(e, Shown) and e.item.key == failed]
        assert agains == [False, True, True]
        assert [r.rating for r in db.reviews(failed)] == [1, 1, 3]
        # "sleep" for "sleep spindles" fails every time: it comes back twice, then waits for its due time.
        spindles = ReviewKey(HIVE, "replay-signal", 1)
        assert shown.count(spindles) == 3
        assert {item.key for item in summary.failed} == {failed, spindles}
        assert (summary.reviewed, summary.right) == (12, 7)


def test_q_at_any_prompt_ends_the_session_and_keeps_what_was_answered(
    quiz_decks: Path, data_dir: Path, now: datetime
) -> None:
    learner = Learner(quit_after=2)
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(quiz_decks), db, learner, now)
        assert summary.stop is Stop.QUIT and summary.reviewed == 2
        assert db.review_count() == 2
    # q at the rating prompt: the card on screen is not stored.
    learner = Learner(ratings={k: ["q"] for k in ANSWERS})
    with Store.open(data_dir / "other.sqlite") as db:
        assert session(load(quiz_decks), db, learner, now).reviewed == 0
        assert db.review_count() == 0


def test_the_end_of_the_input_ends_the_session(quiz_decks: Path, data_dir: Path, now: datetime) -> None:
    class Silent(Learner):
        def ask(self, question: Ask, hint: str = "") -> str:
            raise EOFError

    with Store.open(data_dir / "r.sqlite") as db:
        assert session(load(quiz_decks), db, Silent(), now).stop is Stop.QUIT


def test_a_bad_rating_is_asked_again(hive_only: Path, data_dir: Path, now: datetime) -> None:
    key = ReviewKey(HIVE, "bee-sleep-hours", 1)
    learner = Learner(ratings={key: ["7", "great", "easy"]}, quit_after=1)
    with Store.open(data_dir / "r.sqlite") as db:
        session(load(hive_only), db, learner, now)
        notices = [e.text for e in learner.events if isinstance(e, Notice)]
        assert len(notices) == 2 and "type 1-4" in notices[0]
        assert db.reviews(key)[0].rating == Rating.EASY


def test_the_card_limit_and_the_next_due_time(quiz_decks: Path, data_dir: Path, now: datetime) -> None:
    learner = Learner()
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(quiz_decks), db, learner, now, Limits(cards=4))
        assert len(set(learner.shown())) == 4 and db.review_count() == 4
        assert summary.next_due == min(record.due for record in db.cards()) > now


@dataclass
class SlowLearner(Learner):
    """Takes five minutes over each answer, on a clock the test controls."""

    moment: datetime = datetime(2026, 1, 15, 9, 30)

    def ask(self, question: Ask, hint: str = "") -> str:
        if question is Ask.ANSWER:
            self.moment += timedelta(minutes=5)
        return super().ask(question, hint)


def test_time_up_brings_back_the_failed_cards_then_suggests_a_break(
    hive_only: Path, data_dir: Path, now: datetime
) -> None:
    failed = ReviewKey(HIVE, "replay-signal", 1)  # the third card
    learner = SlowLearner(ratings={failed: ["1", "3"]}, moment=now)
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(hive_only), db, learner, now, Limits(minutes=12), clock=lambda: learner.moment)
        assert summary.stop is Stop.TIME
        notices = [e.text for e in learner.events if isinstance(e, Notice)]
        assert notices == [
            "12 minutes are up: take a short break, away from the screen. 2 cards will wait for the next session."
        ]
        assert learner.shown() == [*HIVE_ORDER[:3], failed]
        assert summary.minutes == 20


def test_a_card_failed_on_several_days_becomes_a_leech(hive_only: Path, data_dir: Path, now: datetime) -> None:
    key = ReviewKey(HIVE, "learning-transmitter", 0)
    items = only(load(hive_only), key)
    with Store.open(data_dir / "r.sqlite") as db:
        # Failing a card on the day it is new is learning it, not a lapse.
        session(items, db, Learner(ratings={key: ["1", "1", "3"]}), now, Limits(leech_days=2))
        assert db.card(key).lapses == 0
        day = now
        flagged = []
        for _ in range(3):
            day += timedelta(days=5)
            learner = Learner(ratings={key: ["1", "1", "3"]})  # two fails on one day count once
            flagged.append(session(items, db, learner, day, Limits(leech_days=2)).leeches)
        record = db.card(key)
        assert record.lapses == 3 and record.leech
        assert [len(f) for f in flagged] == [0, 1, 0]  # called out once, the day it becomes one
        assert not any(isinstance(e, Saved) and e.new_leech for e in learner.events)


def test_confidence_ends_with_a_calibration_summary(hive_only: Path, data_dir: Path, now: datetime) -> None:
    sure_but_wrong = ReviewKey(HIVE, "replay-signal", 1)
    learner = Learner(
        confidence={sure_but_wrong: "3", ReviewKey(HIVE, "bee-sleep-hours", 1): "3"},
        ratings={sure_but_wrong: ["", "3"]},
    )
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(hive_only), db, learner, now, confidence=True)
        rows = {row.label: (row.answers, row.right) for row in summary.calibration}
        # The failed card came back and was asked again: sure twice, right once.
        assert rows == {"guessing": (0, 0), "unsure": (3, 3), "sure": (3, 2)}
        assert [i.key for i in summary.surer_than_right] == [sure_but_wrong]
        assert db.reviews(sure_but_wrong)[0].confidence == 3


def test_a_card_failed_twice_while_sure_is_listed_once(hive_only: Path, data_dir: Path, now: datetime) -> None:
    failed = ReviewKey(HIVE, "replay-signal", 1)
    learner = Learner(confidence={failed: "3"}, ratings={failed: ["1", "1", "3"]})
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(hive_only), db, learner, now, confidence=True)
    assert [i.key for i in summary.surer_than_right] == [failed]
    assert [i.key for i in summary.failed] == [failed]


# -- undo, bury, edit, self-rating ----------------------------------------------------------------


def test_undo_takes_back_the_last_rating_and_shows_that_card_again(
    hive_only: Path, data_dir: Path, now: datetime
) -> None:
    first, second = HIVE_ORDER[:2]
    learner = Learner(script=["5", "3", "u", "five", "4", "q"])
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(hive_only), db, learner, now)
        assert learner.shown() == [first, second, first, second]
        assert [(r.answer, r.rating) for r in db.reviews(first)] == [("five", 4)]  # the first answer is gone
        assert db.review_count() == 1 and db.card(first).reviews == 1
        assert (summary.reviewed, summary.new) == (1, 1)
    notices = [e.text for e in learner.events if isinstance(e, Notice)]
    assert notices == ["undone: your Good rating of the last card; it comes back now"]


def test_undo_restores_a_card_that_was_already_known(hive_only: Path, data_dir: Path, now: datetime) -> None:
    key = HIVE_ORDER[0]
    items = only(load(hive_only), key)
    with Store.open(data_dir / "r.sqlite") as db:
        session(items, db, Learner(), now)
        before = db.card(key)
        later = now + timedelta(days=30)
        learner = Learner(script=["six", "1", "u", "q"])  # fails it, takes it back at the next prompt
        session(items, db, learner, later)
        assert db.card(key) == before and len(db.reviews(key)) == 1
        assert learner.shown() == [key, key, key]  # shown, failed and back again, undone: shown once more


def test_undo_with_nothing_to_undo_says_so(hive_only: Path, data_dir: Path, now: datetime) -> None:
    learner = Learner(script=["u", "q"])
    with Store.open(data_dir / "r.sqlite") as db:
        session(load(hive_only), db, learner, now)
    assert [e.text for e in learner.events if isinstance(e, Notice)] == ["nothing to undo in this session"]
    assert learner.shown() == [HIVE_ORDER[0], HIVE_ORDER[0]]


def test_a_buried_card_waits_until_tomorrow(hive_only: Path, data_dir: Path, now: datetime) -> None:
    first = HIVE_ORDER[0]
    learner = Learner(script=["", "b"], quit_after=0)  # shows the answer, then buries the card
    library = load(hive_only)
    with Store.open(data_dir / "r.sqlite") as db:
        session(library, db, learner, now)
        assert learner.shown() == [first, HIVE_ORDER[1]]
        assert db.card(first) is None and db.review_count() == 0  # no answer, no schedule
        assert first not in plan(library, db, now + timedelta(hours=3), random.Random(1)).queue
        tomorrow = day_start(now.date() + timedelta(days=1))
        assert first in plan(library, db, tomorrow, random.Random(1)).queue
    assert "buried until tomorrow" in [e.text for e in learner.events if isinstance(e, Notice)]


def test_e_edits_the_card_in_its_file_and_shows_it_as_edited(hive_only: Path, data_dir: Path, now: datetime) -> None:
    deck = hive_only / "hive-minds.yaml"

    def rewrite(item: Item) -> None:
        assert item.where == f"{deck}:12"
        deck.write_text(deck.read_text().replace("sleep about {{c1::five}} hours", "sleep some {{c1::five}} hours"))

    learner = Learner(script=["e", "5", "3", "q"], on_edit=rewrite)
    with Store.open(data_dir / "r.sqlite") as db:
        session(load(hive_only), db, learner, now)
        assert [r.answer for r in db.reviews(HIVE_ORDER[0])] == ["5"]
    prompts = [e.item.prompt for e in learner.events if isinstance(e, Shown)]
    assert prompts[:2] == [
        "Forager bees sleep about [...] hours in every 24, mostly at night.",
        "Forager bees sleep some [...] hours in every 24, mostly at night.",
    ]


def test_an_edit_that_breaks_the_deck_keeps_the_card_as_it_was(hive_only: Path, data_dir: Path, now: datetime) -> None:
    deck = hive_only / "hive-minds.yaml"

    def break_it(item: Item) -> None:
        deck.write_text(deck.read_text().replace("id: replay-signal", "id: bee-sleep-hours"))

    learner = Learner(script=["e", "q"], on_edit=break_it)
    with Store.open(data_dir / "r.sqlite") as db:
        session(load(hive_only), db, learner, now)
    notices = [e.text for e in learner.events if isinstance(e, Notice)]
    assert len(notices) == 1 and "the deck file has problems" in notices[0]
    assert f"{deck}:20: card id 'bee-sleep-hours' is already used on line 12" in notices[0]
    assert learner.shown() == [HIVE_ORDER[0], HIVE_ORDER[0]]


def test_self_rating_shows_the_answer_and_suggests_good(hive_only: Path, data_dir: Path, now: datetime) -> None:
    learner = Learner(script=["", "", "q"])
    with Store.open(data_dir / "r.sqlite") as db:
        rng = random.Random(7)
        library = load(hive_only)
        the_plan = plan(library, db, now, rng)
        Session(the_plan, library, db, Planner(NO_FUZZ), learner, lambda: now, rng, self_rate=True).run()
        first = db.reviews(HIVE_ORDER[0])[0]
        assert (first.verdict, first.rating) == ("self", int(Rating.GOOD))
    graded = learner.graded()[HIVE_ORDER[0]]
    assert graded.grade.verdict is Verdict.SELF and graded.grade.expected == "five"


def test_a_question_with_a_long_answer_is_self_rated(hive_only: Path, data_dir: Path, now: datetime) -> None:
    key = ReviewKey(HIVE, "learning-transmitter", 0)
    item = load(hive_only).item(key)
    long_back = "Acetylcholine, released in the mushroom bodies while the bee explores, lets the new odour stick"
    library = Library.of([replace(item.deck, cards=(replace(item.card, back=long_back),))])
    learner = Learner(script=["", "3", "q"])
    with Store.open(data_dir / "r.sqlite") as db:
        session(library, db, learner, now)
        assert db.reviews(key)[0].verdict == "self"
    short = Learner(script=["acetylcholine", "", "q"])
    with Store.open(data_dir / "other.sqlite") as db:
        session(only(load(hive_only), key), db, short, now)
        assert db.reviews(key)[0].verdict == "correct"


def test_ctrl_c_in_a_session_still_gives_the_summary(quiz_decks: Path, data_dir: Path, now: datetime) -> None:
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(quiz_decks), db, Learner(interrupt_after=3), now)
        assert summary.stop is Stop.INTERRUPTED and summary.reviewed == 3
        assert db.review_count() == 3 and db.integrity() == "ok"


def test_a_deck_found_to_have_problems_during_a_session_stops_it_before_the_next_card(
    quiz_decks: Path, data_dir: Path, now: datetime
) -> None:
    found = Problem(str(quiz_decks / "night-shift.yaml"), 3, "a problem a check still running found")
    polls: list[bool] = []

    def checks(wait: bool) -> list[Problem]:  # the problem comes in after the first card
        polls.append(wait)
        return [found] if len(polls) > 1 else []

    late = Library(load(quiz_decks).shelves, checks)
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(late, db, Learner(), now)
        assert summary.stop is Stop.PROBLEMS and summary.reviewed == db.review_count() == 1
    assert late.problems() == [found]


def test_a_card_whose_deck_turns_out_to_have_problems_is_not_shown(
    quiz_decks: Path, data_dir: Path, now: datetime
) -> None:
    found = Problem(str(quiz_decks / "night-shift.yaml"), 7, "'back' in this card is empty")

    def broken() -> Deck:
        raise DeckError([found])

    shelves = [replace(s, load=broken, _deck=None) if s.key == NIGHT else s for s in load(quiz_decks).shelves]
    learner = Learner()
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(Library(shelves), db, learner, now)
        assert summary.stop is Stop.PROBLEMS and {key.deck for key in learner.shown()} <= {HIVE}
        assert {r.key.deck for r in db.reviews()} <= {HIVE} and db.review_count() == summary.reviewed


def test_a_cards_history_survives_an_edit_of_its_text(hive_only: Path, data_dir: Path, now: datetime) -> None:
    key = ReviewKey(HIVE, "route-memory-region", 1)
    with Store.open(data_dir / "r.sqlite") as db:
        session(load(hive_only), db, Learner(), now)
        deck = hive_only / "hive-minds.yaml"
        deck.write_text(
            deck.read_text().replace(
                "Bees store the memory of a route in the {{c1::mushroom bodies}} of the brain.",
                "A bee keeps the map of a foraging route in its {{c1::mushroom bodies}}.",
            )
        )
        items = load(hive_only)
        edited = items.item(key)
        assert edited.prompt == "A bee keeps the map of a foraging route in its [...]."
        later = now + timedelta(days=3)
        p = plan(items, db, later, random.Random(1))
        assert key in p.queue[: p.due], "the edited card is due, not new"
        learner = Learner(answers={key: "mushroom bodies"})
        session(only(items, key), db, learner, later)
        assert [r.answer for r in db.reviews(key)] == ["mushrom bodies", "mushroom bodies"]
        assert db.card(key).reviews == 2 and db.card(key).introduced == now


def test_cards_that_left_their_deck_are_reported_and_kept(hive_only: Path, data_dir: Path, now: datetime) -> None:
    with Store.open(data_dir / "r.sqlite") as db:
        session(load(hive_only), db, Learner(), now)
        deck = hive_only / "hive-minds.yaml"
        text = deck.read_text()
        start = text.index("  - id: replay-signal")
        deck.write_text(text[:start] + text[text.index("  - id: waggle-dance") :])
        p = plan(load(hive_only), db, now + timedelta(days=1), random.Random(1))
        assert p.orphans == (ReviewKey(HIVE, "replay-signal", 1),)
        assert db.card(ReviewKey(HIVE, "replay-signal", 1)) is not None


# -- through the command line ---------------------------------------------------------------------


def run_quiz(args: list[str], lines: list[str], when: datetime, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("STUDYDECK_NOW", when.isoformat())
    return CliRunner().invoke(cli, ["quiz", *args], input="".join(f"{line}\n" for line in lines))


def test_a_whole_session_through_the_cli(
    hive_only: Path, data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = []
    for key in HIVE_ORDER:
        lines += [ANSWERS[key][0], "3" if key == HIVE_ORDER[0] else ""]
    lines += ["sleep spindles", ""]  # the failed card comes back
    result = run_quiz([str(hive_only), "--seed", "1"], lines, now, monkeypatch)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "0 due, 5 new" in out
    assert out.count("✓ correct") == 3 and out.count("≈ close") == 2 and out.count("✗ wrong") == 1
    assert "mushr{+o+}om bodies" in out and "Acetylcholin{+e+}" in out  # the difference, marked in a pipe
    assert "expected: sleep spindles" in out
    assert "done 3 · left 3 · 67% right · Again" in out  # the failed card counts as left: it comes back
    assert "done 6 · left 0 · 83% right" in out
    assert "Session done: 6 answers, 5 right (83%), 5 new" in out
    with Store.open(data_dir / "reviews.sqlite") as db:
        assert db.review_count() == 6
        assert db.reviews(HIVE_ORDER[0])[0].rating == 3
        assert [r.rating for r in db.reviews(HIVE_ORDER[2])] == [1, 3]
        assert db.card(HIVE_ORDER[1]).phase == Phase.LEARNING.value


def test_the_next_session_shows_only_what_is_due(
    hive_only: Path, data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = []
    for key in HIVE_ORDER:
        first += [ANSWERS[key][0], "4" if key != HIVE_ORDER[2] else "3"]
    assert run_quiz([str(hive_only)], first, now, monkeypatch).exit_code == 0
    # Straight after: nothing due, and the sibling waits for tomorrow.
    again = run_quiz([str(hive_only)], [], now + timedelta(minutes=5), monkeypatch)
    assert again.exit_code == 0 and "Nothing is due now" in again.output
    with Store.open(data_dir / "reviews.sqlite") as db:
        due = db.schedule()
    # Each later day shows exactly the cards fsrs made due by then (each day tried on a copy of the store).
    counts = []
    for days in (1, 3, 6, 9, 30):
        when = now + timedelta(days=days)
        should = {k for k, (ms, _) in due.items() if ms <= int(when.timestamp() * 1000)}
        copy = data_dir / f"day-{days}.sqlite"
        shutil.copy(data_dir / "reviews.sqlite", copy)
        result = run_quiz([str(hive_only), "--new", "0", "--db", str(copy)], ["", "3"] * 10, when, monkeypatch)
        assert f"{len(should)} due, 0 new" in result.output, (days, result.output)
        with Store.open(copy) as db:
            assert {r.key for r in db.reviews() if r.at == when} == should
        counts.append(len(should))
    assert counts == sorted(counts) and counts[0] < counts[-1] == 5


def test_the_store_can_be_chosen_with_an_option_or_a_variable(
    hive_only: Path, data_dir: Path, tmp_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "elsewhere" / "mine.sqlite"
    assert run_quiz([str(hive_only), "--db", str(mine)], ["5", ""], now, monkeypatch).exit_code == 0
    monkeypatch.setenv("STUDYDECK_DB", str(tmp_path / "env.sqlite"))
    assert run_quiz([str(hive_only)], ["5", ""], now, monkeypatch).exit_code == 0
    for path in (mine, tmp_path / "env.sqlite"):
        with Store.open(path) as db:
            assert db.review_count() == 1
    assert not (data_dir / "reviews.sqlite").exists()


def test_a_bad_deck_stops_the_quiz_before_it_starts(
    hive_only: Path, data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    deck = hive_only / "hive-minds.yaml"
    deck.write_text(deck.read_text().replace("id: replay-signal", "id: bee-sleep-hours"))
    result = run_quiz([str(hive_only)], ["5", ""], now, monkeypatch)
    assert result.exit_code == 1
    assert f"{deck}:20: card id 'bee-sleep-hours' is already used on line 12" in result.stderr
    assert "Traceback" not in result.output and not (data_dir / "reviews.sqlite").exists()


def test_no_decks_and_a_bad_clock_are_clear_errors(
    tmp_path: Path, hive_only: Path, data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_quiz([str(empty)], [], now, monkeypatch)
    assert result.exit_code == 1 and "no deck files found" in result.stderr
    monkeypatch.setenv("STUDYDECK_NOW", "yesterday")
    result = CliRunner().invoke(cli, ["quiz", str(hive_only)])
    assert result.exit_code == 1 and "STUDYDECK_NOW='yesterday' is not a time" in result.stderr


def test_the_deck_cache_gives_the_same_session(
    hive_only: Path, data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run_quiz([str(hive_only), "--db", str(data_dir / "a.sqlite")], ["q"], now, monkeypatch)
    assert list((data_dir / "cache" / "decks").glob("*.index")), "the deck was not cached"
    second = run_quiz([str(hive_only), "--db", str(data_dir / "b.sqlite")], ["q"], now, monkeypatch)
    assert first.output == second.output and "Bees sleep" not in first.output
    assert "Forager bees sleep about [...] hours" in first.output


def test_cards_gone_from_their_deck_are_named_at_the_start(
    hive_only: Path, data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [x for key in HIVE_ORDER for x in (ANSWERS[key][0], "3")]
    assert run_quiz([str(hive_only)], lines, now, monkeypatch).exit_code == 0
    deck = hive_only / "hive-minds.yaml"
    text = deck.read_text()
    deck.write_text(text[: text.index("  - id: replay-signal")] + text[text.index("  - id: waggle-dance") :])
    result = run_quiz([str(hive_only), "--cards", "1"], ["q"], now + timedelta(days=60), monkeypatch)
    assert "1 card in the store is no longer in its deck (hive-minds-4/replay-signal/c1); the history is kept." in (
        result.output
    )
    assert "4 due, 1 new; this session takes the first 1" in result.output


def test_a_quiz_on_many_changed_decks_starts_before_they_are_checked_and_stops_at_a_problem(
    quiz_decks: Path, data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = many_decks(quiz_decks, 10)
    broken = folder / "03-night-shift.yaml"
    problem = f"{broken}:16: 'back' in this card is empty"
    result = run_quiz([str(folder), "--seed", "3"], ["", "3"] * 30, now, monkeypatch)
    assert result.exit_code == 1 and problem in result.stderr and "Traceback" not in result.output
    with Store.open(data_dir / "reviews.sqlite") as db:
        answered = db.review_count()
        assert BROKEN not in {r.key.deck for r in db.reviews()}
    assert max(map(int, re.findall(r"done (\d+) · left", result.output)), default=0) == answered
    again = run_quiz([str(folder)], ["", "3"], now, monkeypatch)  # now the problem is known before any card
    assert again.exit_code == 1 and problem in again.stderr and "due," not in again.output


def test_two_quiz_processes_at_once_share_the_store(hive_only: Path, data_dir: Path, now: datetime) -> None:
    env = dict(
        os.environ, STUDYDECK_DATA_DIR=str(data_dir), STUDYDECK_NOW=now.isoformat(), TZ="UTC", PYTHONUNBUFFERED="1"
    )
    lines = "".join(f"{ANSWERS[key][0]}\n3\n" for key in HIVE_ORDER).encode()
    quizzes = [
        subprocess.Popen(
            [sys.executable, "-m", "studydeck", "quiz", str(hive_only)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(2)
    ]
    started = []
    for quiz in quizzes:  # both show their first card: both planned the same five new cards
        seen = b""
        while b"answer (Enter: show me)" not in seen:
            chunk = os.read(quiz.stdout.fileno(), 4096)
            assert chunk, quiz.stderr.read()
            seen += chunk
        started.append(seen)
    for quiz in quizzes:
        quiz.stdin.write(lines)
        quiz.stdin.close()
    outputs = [(seen + quiz.stdout.read()).decode() for seen, quiz in zip(started, quizzes, strict=True)]
    for quiz in quizzes:
        quiz.wait(timeout=60)
    assert all(quiz.returncode == 0 for quiz in quizzes), outputs
    assert all("Session done: 5 answers" in out for out in outputs), outputs
    with Store.open(data_dir / "reviews.sqlite") as db:
        assert db.integrity() == "ok" and db.review_count() == 10
        for key in HIVE_ORDER:  # each process read the other's answer inside its own transaction
            assert len(db.reviews(key)) == db.card(key).reviews == 2


# -- in a real terminal ---------------------------------------------------------------------------


def spawn(folder: Path, data: Path, now: datetime, *args: str, columns: int = 120, **extra: str) -> pexpect.spawn:
    env = dict(os.environ, STUDYDECK_DATA_DIR=str(data), STUDYDECK_NOW=now.isoformat(), TZ="UTC", TERM="xterm")
    env.pop("STUDYDECK_DB", None)
    return pexpect.spawn(
        sys.executable,
        ["-m", "studydeck", "quiz", str(folder), *args],
        env=env | extra,
        encoding="utf-8",
        dimensions=(24 if columns == 80 else 40, columns),
        timeout=20,
    )


def answer_in_terminal(child: pexpect.spawn, typed: str, rating: str = "\r") -> None:
    """Type an answer, then rate with one key press (Enter: the suggestion)."""
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendline(typed)
    child.expect("rate 1-4, Enter: \\w+ › ")
    child.send(rating)
    child.expect("done \\d+ · left \\d+")  # printed once the answer is committed


def test_a_session_in_a_real_terminal(hive_only: Path, data_dir: Path, now: datetime) -> None:
    child = spawn(hive_only, data_dir, now, "--confidence")
    for key in HIVE_ORDER:
        child.expect("how sure are you\\? 1 guessing · 2 unsure · 3 sure › ")
        child.send("3")  # one key, no Enter
        typed, verdict = ANSWERS[key]
        child.expect("answer \\(Enter: show me\\) › ")
        child.sendline(typed)
        child.expect(["✓ correct", "≈ close", "✗ wrong"])
        assert child.after.split()[-1] == verdict.value
        child.expect("rate 1-4, Enter: (\\w+) › ")
        child.send("\r")
        child.expect("done \\d+ · left \\d+")
    child.expect("how sure")
    child.send("q")
    child.expect("Session ended: 5 answers, 4 right \\(80%\\), 5 new")
    child.expect("sure +5 answers, 80% right")
    child.expect("Surer than right:")
    child.expect("\r\n    (\x1b\\[[0-9;]*m)?During bee sleep, short bursts called")  # its own line, indented
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    with Store.open(data_dir / "reviews.sqlite") as db:
        assert [db.reviews(k)[0].verdict for k in HIVE_ORDER] == [ANSWERS[k][1].value for k in HIVE_ORDER]


def test_sigkill_mid_session_loses_no_answer_given(hive_only: Path, data_dir: Path, now: datetime) -> None:
    child = spawn(hive_only, data_dir, now)
    for key in HIVE_ORDER[:3]:
        answer_in_terminal(child, ANSWERS[key][0], "3")
    child.expect("answer \\(Enter: show me\\) › ")
    child.send("the waggle da")  # half typed, then the process dies
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL
    with Store.open(data_dir / "reviews.sqlite") as db:
        assert db.integrity() == "ok"
        assert [(r.key, r.answer, r.rating) for r in db.reviews()] == [
            (key, ANSWERS[key][0], 3) for key in HIVE_ORDER[:3]
        ]
        assert db.card(HIVE_ORDER[3]) is None


def test_ctrl_c_ends_with_the_summary_and_exit_130(hive_only: Path, data_dir: Path, now: datetime) -> None:
    child = spawn(hive_only, data_dir, now)
    answer_in_terminal(child, "5")
    answer_in_terminal(child, "mushroom bodies")
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendintr()
    child.expect("Session interrupted: 2 answers, 2 right \\(100%\\), 2 new")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    with Store.open(data_dir / "reviews.sqlite") as db:
        assert db.review_count() == 2 and db.integrity() == "ok"


class Screen:
    """What a terminal of the spawned size shows, read from the child's output by a VT emulator."""

    def __init__(self, child: pexpect.spawn, rows: int, columns: int) -> None:
        self.child = child
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.Stream(self.screen)
        child.logfile_read = self

    def write(self, data: str) -> None:  # pexpect's log: every byte the child wrote, as read
        self.stream.feed(data)

    def flush(self) -> None:
        pass

    def settle(self) -> list[str]:
        """The screen's lines down to the cursor's, once the child has written everything it had to."""
        with contextlib.suppress(pexpect.TIMEOUT):
            while True:
                self.child.read_nonblocking(4096, timeout=0.5)
        return [line.rstrip() for line in self.screen.display[: self.screen.cursor.y + 1]]


PROMPT = "answer (Enter: show me) ›"


def test_the_line_editor_owns_the_prompt_at_80_columns(hive_only: Path, data_dir: Path, now: datetime) -> None:
    child = spawn(hive_only, data_dir, now, columns=80)
    screen = Screen(child, 24, 80)
    child.expect("answer \\(Enter: show me\\) › ")
    child.send("ve")
    child.send("\x1b[H")  # Home
    child.send("fi")
    assert screen.settle()[-1] == f"{PROMPT} five"
    child.send("\r")
    child.expect("✓ correct")
    child.expect("rate 1-4, Enter: Good › ")
    child.send("\r")  # Enter alone: the suggestion, and the line ends
    child.expect("done 1 · left")
    lines = screen.settle()  # reads on to the next card's prompt
    rated = next(n for n, line in enumerate(lines) if line.startswith("rate 1-4"))
    assert lines[rated] == "rate 1-4, Enter: Good › Good" and lines[rated + 1].startswith("done 1 · left 4")
    assert lines[-1] == PROMPT
    # Ctrl-A then Ctrl-K on a line that wraps: the prompt stays, the line is empty again
    long_line = f"{PROMPT} the mushroom-shaped part of the bee brain where the routes are stored, I think"
    child.send(long_line.removeprefix(f"{PROMPT} "))
    assert screen.settle()[-2:] == [long_line[:80], long_line[80:]]  # wrapped at the 80th column
    child.send("\x01\x0b")
    assert screen.settle()[-1] == PROMPT
    child.send("mushroom bodxies\x1b[D\x1b[D\x1b[D\x08\r")  # three left arrows, a backspace: the x goes
    child.expect("✓ correct")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    with Store.open(data_dir / "reviews.sqlite") as db:
        assert [r.answer for r in db.reviews()] == ["five"]  # q at the rating prompt: the second is not stored


def test_one_key_ratings_undo_and_bury_in_a_terminal(hive_only: Path, data_dir: Path, now: datetime) -> None:
    first, second, third = HIVE_ORDER[:3]
    child = spawn(hive_only, data_dir, now)
    child.expect("u undo · b bury · e edit · q quit")  # the keys, shown with the card
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendline("5")
    child.expect("rate 1-4, Enter: Good › ")
    child.send("x")  # a key the prompt does not take is ignored
    child.send("4")  # one key, no Enter
    child.expect("Easy")
    child.expect("done 1 · left 4")
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendline("u")  # undo, from the next card's prompt
    child.expect("undone: your Easy rating of the last card; it comes back now")
    child.expect("Forager bees sleep about")
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendline("five")
    child.expect("rate 1-4, Enter: Good › ")
    child.send("h")
    child.expect("Hard")
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendline("")
    child.expect("rate 1-4, Enter: Again › ")
    child.send("b")  # bury: no rating
    child.expect("buried until tomorrow")
    child.expect("During bee sleep")
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendline("q")
    child.expect("Session ended: 1 answer")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    with Store.open(data_dir / "reviews.sqlite") as db:
        assert [(r.key, r.answer, r.rating) for r in db.reviews()] == [(first, "five", int(Rating.HARD))]
        assert db.buried_at(now) == {second} and db.card(third) is None


def test_e_opens_the_editor_at_the_card_and_shows_it_edited(
    hive_only: Path, data_dir: Path, tmp_path: Path, now: datetime
) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import pathlib, sys\n"
        "line, path = sys.argv[1], pathlib.Path(sys.argv[2])\n"
        "pathlib.Path(sys.argv[0]).with_suffix('.args').write_text(line + ' ' + str(path))\n"
        "path.write_text(path.read_text().replace('sleep about {{c1::five}}', 'sleep some {{c1::five}}'))\n"
    )
    child = spawn(hive_only, data_dir, now, EDITOR=f"{sys.executable} {editor}")
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendline("")
    child.expect("rate 1-4, Enter: Again › ")
    child.send("e")
    child.expect("Forager bees sleep some ")
    child.expect("answer \\(Enter: show me\\) › ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert editor.with_suffix(".args").read_text() == f"+12 {hive_only / 'hive-minds.yaml'}"


def test_the_surer_than_right_list_wraps_under_its_heading_at_80_columns(
    hive_only: Path, data_dir: Path, now: datetime
) -> None:
    import io

    from rich.console import Console

    from studydeck import ui

    failed = ReviewKey(HIVE, "replay-signal", 1)
    long_prompt = "During bee sleep, short bursts called [...] replay the day's flights." + " and more" * 8
    learner = Learner(confidence={failed: "3"}, ratings={failed: ["1", "1", "3"]})
    with Store.open(data_dir / "r.sqlite") as db:
        summary = session(load(hive_only), db, learner, now, confidence=True)
    item = summary.surer_than_right[0]
    card = replace(item.card, text=item.card.text + " and more" * 8)
    summary = replace(summary, surer_than_right=(replace(item, card=card),))
    console = Console(file=io.StringIO(), width=80, color_system=None)
    ui.render_summary(console, summary, now)
    lines = console.file.getvalue().splitlines()
    start = lines.index("  Surer than right:")
    listed = lines[start + 1 : start + 3]
    assert listed[0].startswith("    During bee sleep") and listed[1].startswith("    ")  # wrapped, indented
    assert " ".join(line.strip() for line in listed) == long_prompt.strip()
