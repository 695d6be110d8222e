"""Scheduling: a review card's memory state and a rating -> its next state and due time (FSRS)."""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import fsrs

from ..errors import StudydeckError

# fsrs.Card needs an id; ours live in the store, and a missing id makes fsrs sleep 1 ms to invent one.
_FSRS_CARD_ID = 0
MIN_RETENTION, MAX_RETENTION = 0.7, 0.99


class Rating(enum.IntEnum):
    """How well the learner recalled a card; the numbers are the keys they press."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


class Phase(str, enum.Enum):
    """Where a card is in its life: never reviewed, being learned, in long-term review, relearned after a lapse."""

    NEW = "new"
    LEARNING = "learning"
    REVIEW = "review"
    RELEARNING = "relearning"


_PHASES = {
    fsrs.State.Learning: Phase.LEARNING,
    fsrs.State.Review: Phase.REVIEW,
    fsrs.State.Relearning: Phase.RELEARNING,
}


@dataclass(frozen=True)
class Settings:
    desired_retention: float = 0.9
    maximum_interval_days: int = 36500
    fuzz: bool = True  # spread cards learned together over nearby days, so reviews do not clump


@dataclass(frozen=True)
class Outcome:
    """A card's state after one review: `memory` is opaque text for the store."""

    memory: str
    due: datetime
    phase: Phase
    interval: timedelta


class Planner:
    """FSRS with our settings; randomness (fuzz) comes from the caller's random.Random."""

    def __init__(self, settings: Settings = Settings()) -> None:
        if not MIN_RETENTION <= settings.desired_retention <= MAX_RETENTION:
            raise ValueError(f"desired retention must be between {MIN_RETENTION} and {MAX_RETENTION}")
        self.settings = settings
        # fsrs fuzzes with the global random module; we fuzz ourselves so a seed reproduces a session.
        self._fsrs = fsrs.Scheduler(
            desired_retention=settings.desired_retention,
            maximum_interval=settings.maximum_interval_days,
            enable_fuzzing=False,
        )

    def review(self, memory: str | None, rating: Rating, now: datetime, rng: random.Random) -> Outcome:
        """The state after rating a card at `now`; `memory` None means a new card."""
        now = _utc(now)
        card, _log = self._fsrs.review_card(self._card(memory, now), fsrs.Rating(int(rating)), review_datetime=now)
        phase = _PHASES[card.state]
        interval = card.due - now
        if self.settings.fuzz and phase is Phase.REVIEW:
            interval = self._fuzzed(interval, rng)
            card.due = now + interval
        return Outcome(memory=card.to_json(), due=card.due, phase=phase, interval=interval)

    def preview(self, memory: str | None, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give, before fuzz: shown beside the rating keys."""
        now = _utc(now)
        card = self._card(memory, now)
        previews = {}
        for rating in Rating:
            after, _ = self._fsrs.review_card(card, fsrs.Rating(int(rating)), review_datetime=now)
            previews[rating] = after.due - now
        return previews

    def retrievability(self, memory: str | None, now: datetime) -> float:
        """The predicted chance of recalling the card at `now` (0 for a new card)."""
        if memory is None:
            return 0.0
        return float(self._fsrs.get_card_retrievability(_from_json(memory), _utc(now)))

    def _card(self, memory: str | None, now: datetime) -> fsrs.Card:
        if memory is None:
            return fsrs.Card(card_id=_FSRS_CARD_ID, due=now)
        return _from_json(memory)

    def _fuzzed(self, interval: timedelta, rng: random.Random) -> timedelta:
        days = interval.total_seconds() / 86400
        if days < 3:
            return interval
        spread = max(1, round(days * 0.05))
        fuzzed = round(days) + rng.randint(-spread, spread)
        return timedelta(days=max(2, min(fuzzed, self.settings.maximum_interval_days)))


def phase_of(memory: str | None) -> Phase:
    if memory is None:
        return Phase.NEW
    return _PHASES[_from_json(memory).state]


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("times given to the scheduler must carry a time zone")
    return moment.astimezone(timezone.utc)


def _from_json(memory: str) -> fsrs.Card:
    """A card's stored state; a damaged one is the learner's problem to hear of, not a traceback."""
    try:
        return fsrs.Card.from_json(memory)
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise StudydeckError(
            f"a card's saved state in the review store is damaged ({e!r}): restore the store from a backup"
        ) from None
