"""Scheduling through fsrs: intervals as fsrs computes them, fuzz from the caller's seed, retention settings."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

import fsrs
import pytest

from studydeck.review.scheduler import Phase, Planner, Rating, Settings, phase_of

NO_FUZZ = Settings(fuzz=False)


def test_a_new_card_follows_the_learning_steps(now: datetime) -> None:
    planner = Planner(NO_FUZZ)
    again = planner.review(None, Rating.AGAIN, now, random.Random(1))
    good = planner.review(None, Rating.GOOD, now, random.Random(1))
    easy = planner.review(None, Rating.EASY, now, random.Random(1))
    assert (again.phase, again.interval) == (Phase.LEARNING, timedelta(minutes=1))
    assert (good.phase, good.interval) == (Phase.LEARNING, timedelta(minutes=10))
    assert easy.phase is Phase.REVIEW and easy.interval >= timedelta(days=1)
    assert good.due == now + timedelta(minutes=10)


def test_intervals_are_those_of_fsrs(now: datetime) -> None:
    """A run of reviews gives the same states as fsrs itself (fuzz off on both sides)."""
    ours = Planner(Settings(desired_retention=0.85, fuzz=False))
    theirs = fsrs.Scheduler(desired_retention=0.85, enable_fuzzing=False)
    card = fsrs.Card(card_id=0, due=now)
    memory = None
    moment = now
    for rating in (Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY):
        outcome = ours.review(memory, rating, moment, random.Random(0))
        card, _ = theirs.review_card(card, fsrs.Rating(int(rating)), review_datetime=moment)
        assert outcome.due == card.due
        assert json.loads(outcome.memory) == card.to_dict()
        memory, moment = outcome.memory, card.due
    assert phase_of(memory) is Phase.REVIEW


def test_higher_retention_means_shorter_intervals(now: datetime) -> None:
    def interval(retention: float) -> timedelta:
        return (
            Planner(Settings(desired_retention=retention, fuzz=False))
            .review(None, Rating.EASY, now, random.Random(0))
            .interval
        )

    assert interval(0.97) < interval(0.9) < interval(0.75)


def test_fuzz_comes_from_the_seed_and_stays_near(now: datetime) -> None:
    planner, plain = Planner(Settings()), Planner(NO_FUZZ)
    memory = None
    for rating in (Rating.EASY, Rating.GOOD, Rating.GOOD):  # long enough an interval to be fuzzed
        memory = plain.review(memory, rating, now, random.Random(0)).memory
        now += timedelta(days=30)
    exact = plain.review(memory, Rating.GOOD, now, random.Random(0)).interval
    assert exact >= timedelta(days=20)
    runs = [planner.review(memory, Rating.GOOD, now, random.Random(seed)).interval for seed in range(40)]
    assert runs[3] == planner.review(memory, Rating.GOOD, now, random.Random(3)).interval
    assert len(set(runs)) > 1, "the fuzz does not spread anything"
    spread = max(1, round(exact.days * 0.05))
    assert all(abs(r.days - exact.days) <= spread for r in runs)


def test_short_intervals_are_not_fuzzed(now: datetime) -> None:
    planner = Planner(Settings())
    assert {planner.review(None, Rating.GOOD, now, random.Random(s)).interval for s in range(20)} == {
        timedelta(minutes=10)
    }


def test_preview_shows_what_each_rating_would_do(now: datetime) -> None:
    planner = Planner(NO_FUZZ)
    preview = planner.preview(None, now)
    assert list(preview) == list(Rating)
    for rating, interval in preview.items():
        assert planner.review(None, rating, now, random.Random(0)).interval == interval
    assert preview[Rating.AGAIN] < preview[Rating.HARD] < preview[Rating.GOOD] < preview[Rating.EASY]


def test_retrievability_falls_with_time(now: datetime) -> None:
    planner = Planner(NO_FUZZ)
    assert planner.retrievability(None, now) == 0.0
    memory = planner.review(None, Rating.EASY, now, random.Random(0)).memory
    later = [planner.retrievability(memory, now + timedelta(days=d)) for d in (1, 10, 100)]
    assert 1 >= later[0] > later[1] > later[2] > 0


def test_times_in_other_zones_are_the_same_moment(now: datetime) -> None:
    planner = Planner(NO_FUZZ)
    elsewhere = now.astimezone(timezone(timedelta(hours=-5)))
    assert planner.review(None, Rating.GOOD, elsewhere, random.Random(0)).due == now + timedelta(minutes=10)


def test_bad_settings_and_naive_times_are_refused(now: datetime) -> None:
    with pytest.raises(ValueError, match="retention"):
        Planner(Settings(desired_retention=1.0))
    with pytest.raises(ValueError, match="time zone"):
        Planner().review(None, Rating.GOOD, now.replace(tzinfo=None), random.Random(0))


def test_rating_labels() -> None:
    assert [r.label for r in Rating] == ["Again", "Hard", "Good", "Easy"]
    assert phase_of(None) is Phase.NEW
