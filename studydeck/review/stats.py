"""Progress figures: the review store and the decks -> due forecast, reviews, retention, streak, leeches."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, tzinfo

from .library import Library
from .quiz import day_start, study_day
from .store import ReviewKey, Store, to_ms

FORECAST_DAYS = 7
RETENTION_DAYS = 30  # retention is measured over this recent window
MAX_STREAK_DAYS = 3650


@dataclass(frozen=True)
class DayDue:
    date: str
    due: int


@dataclass(frozen=True)
class Leech:
    deck: str
    card: str
    ordinal: int
    lapses: int  # days on which it was failed
    where: str  # path:line of the card, or "" when it is no longer in a deck


@dataclass(frozen=True)
class DeckStats:
    key: str
    name: str
    cards: int  # review cards: a cloze card counts once per deletion number
    new: int
    due_today: int
    reviews: int
    retention: float | None
    leeches: int


@dataclass(frozen=True)
class Stats:
    today: str
    due_today: int  # overdue included
    forecast: tuple[DayDue, ...]  # the days after today
    reviews: int
    reviews_today: int
    retention: float | None  # share of reviews of learned cards not failed, last RETENTION_DAYS days
    retention_reviews: int
    streak: int  # consecutive days with reviews, up to today (or yesterday, if none yet today)
    leeches: tuple[Leech, ...]
    decks: tuple[DeckStats, ...]
    not_in_decks: int  # cards in the store that no deck given has any more; kept, not dropped

    def to_dict(self) -> dict:
        return asdict(self)


def compute(store: Store, library: Library, now: datetime, tz: tzinfo | None = None) -> Stats:
    present = set(library.keys())
    today = study_day(now, tz)
    bounds = [to_ms(day_start(today + timedelta(days=n), tz)) for n in range(1, FORECAST_DAYS + 2)]

    due_per_day = [0] * (FORECAST_DAYS + 1)
    due_today_by_deck: Counter[str] = Counter()
    known_by_deck: Counter[str] = Counter()
    not_in_decks = 0
    for key, (due, _leech) in store.schedule().items():
        if key not in present:
            not_in_decks += 1
            continue
        known_by_deck[key.deck] += 1
        day = bisect_right(bounds, due)  # bounds[n] is the end of day n
        if day < len(bounds):
            due_per_day[day] += 1
            if day == 0:
                due_today_by_deck[key.deck] += 1

    window = now - timedelta(days=RETENTION_DAYS)
    recall = store.recall_by_deck(window)
    reviews = store.reviews_by_deck()

    def where(key: ReviewKey) -> str:
        item = library.item(key) if key in present else None
        return item.where if item else ""

    leeches = [Leech(r.key.deck, r.key.card, r.key.ordinal, r.lapses, where(r.key)) for r in store.leeches()]
    per_deck = tuple(
        DeckStats(
            key=shelf.key,
            name=shelf.name,
            cards=len(shelf.reviews),
            new=len(shelf.reviews) - known_by_deck[shelf.key],
            due_today=due_today_by_deck[shelf.key],
            reviews=reviews.get(shelf.key, 0),
            retention=_ratio(*recall.get(shelf.key, (0, 0))),
            leeches=sum(1 for leech in leeches if leech.deck == shelf.key and leech.where),
        )
        for shelf in library.shelves
    )
    recalled = sum(c for c, _ in recall.values()), sum(p for _, p in recall.values())
    return Stats(
        today=today.isoformat(),
        due_today=due_per_day[0],
        forecast=tuple(
            DayDue((today + timedelta(days=n)).isoformat(), due_per_day[n]) for n in range(1, FORECAST_DAYS + 1)
        ),
        reviews=sum(reviews.values()),
        reviews_today=sum(
            store.reviews_by_deck(day_start(today, tz), day_start(today + timedelta(days=1), tz)).values()
        ),
        retention=_ratio(*recalled),
        retention_reviews=recalled[0],
        streak=streak(store, today, tz),
        leeches=tuple(leeches),
        decks=per_deck,
        not_in_decks=not_in_decks,
    )


def streak(store: Store, today: date, tz: tzinfo | None = None) -> int:
    """Days in a row with at least one review; today does not break it before the learner has studied."""

    def studied(day: date) -> bool:
        return store.reviewed_between(day_start(day, tz), day_start(day + timedelta(days=1), tz))

    day = today if studied(today) else today - timedelta(days=1)
    count = 0
    while count < MAX_STREAK_DAYS and studied(day):
        count += 1
        day -= timedelta(days=1)
    return count


def _ratio(count: int, passed: int) -> float | None:
    return round(passed / count, 4) if count else None
