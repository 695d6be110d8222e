"""The review session: decks, the store and the learner's input -> answers graded, rated and stored.

IO, the clock and randomness are passed in, so a test can drive a whole session. Each answer is
committed to the store before the next card shows: quitting or a kill loses at most the card on screen.
At any prompt the learner may also undo the last rating, bury the card until tomorrow or edit it.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Protocol

from ..deck.models import CardKind
from .grading import Grade, Verdict, grade
from .library import Item, Library
from .scheduler import Phase, Planner, Rating
from .store import CardRecord, Review, ReviewKey, Store

Clock = Callable[[], datetime]
QUIT = "q"
SELF_RATE_WORDS = 12  # a question card's answer longer than this is shown and self-rated, as in Anki
REQUEUE_GAP = 3  # a failed card comes back after this many other cards
MAX_SHOWS = 3  # then it waits for its scheduled time: failing it a fourth time in a row teaches little
DAY_STARTS_AT = 4  # a study day runs from 4 am to 4 am, so a late session counts for the evening
SUGGESTED = {
    Verdict.CORRECT: Rating.GOOD,
    Verdict.CLOSE: Rating.HARD,
    Verdict.WRONG: Rating.AGAIN,
    Verdict.SELF: Rating.GOOD,
}
CONFIDENCE = {1: "guessing", 2: "unsure", 3: "sure"}


# -- days -------------------------------------------------------------------------------------


def study_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The learner's day a moment belongs to (tz None: the computer's local time)."""
    return (moment.astimezone(tz) - timedelta(hours=DAY_STARTS_AT)).date()


def day_start(day: date, tz: tzinfo | None = None) -> datetime:
    start = datetime.combine(day, time(DAY_STARTS_AT))
    return start.replace(tzinfo=tz) if tz is not None else start.astimezone()


# -- planning a session -----------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    new_per_day: int = 20
    cards: int = 100  # cards per session, not counting failed ones coming back
    minutes: float = 25.0
    leech_days: int = 4  # failed on this many days: a leech


@dataclass(frozen=True)
class Plan:
    queue: tuple[ReviewKey, ...]  # due cards, then new ones; items are made as they are shown
    due: int
    new: int
    orphans: tuple[ReviewKey, ...]  # in the store, for a deck given, but no longer in it
    next_due: datetime | None  # when the next card not in this plan falls due


def plan(
    library: Library,
    store: Store,
    now: datetime,
    rng: random.Random,
    limits: Limits = Limits(),
    tz: tzinfo | None = None,
) -> Plan:
    """Due cards first (leeches first, then the most overdue), then new ones up to the daily limit,
    each interleaved across decks.

    Works on review keys, never cards, and per deck with set operations: a library of tens of
    thousands of cards is planned without looking at each card in Python.
    """
    pairs = {shelf.key: set(shelf.pairs) for shelf in library.shelves}
    buried = store.buried_at(now)

    def present(key: ReviewKey) -> bool:
        return (key.card, key.ordinal) in pairs.get(key.deck, ())

    due_rows = [(key, due, leech) for key, due, leech in store.due_by(now) if present(key) and key not in buried]
    due_rows.sort(key=lambda row: (not row[2], row[1]))
    due_by_deck: dict[str, list[ReviewKey]] = {}
    for key, _, _ in due_rows:
        due_by_deck.setdefault(key.deck, []).append(key)
    due_queue = interleave([due_by_deck.get(shelf.key, []) for shelf in library.shelves], rng)

    new_by_deck: list[list[ReviewKey]] = []
    orphans: list[ReviewKey] = []
    for shelf in library.shelves:
        known = store.known_in(shelf.key)
        orphans.extend(ReviewKey(shelf.key, card, ordinal) for card, ordinal in known - pairs[shelf.key])
        unseen = pairs[shelf.key] - known - {(key.card, key.ordinal) for key in buried if key.deck == shelf.key}
        new_by_deck.append([ReviewKey(shelf.key, *pair) for pair in shelf.pairs if pair in unseen] if unseen else [])
    today = day_start(study_day(now, tz), tz)
    room = max(0, limits.new_per_day - store.introduced_since(today))
    new_queue = interleave(new_by_deck, rng, _new_picker(store.notes_reviewed_since(today)), room)

    return Plan(
        queue=tuple(due_queue + new_queue),
        due=len(due_queue),
        new=len(new_queue),
        orphans=tuple(sorted(orphans)),
        next_due=store.next_due(now, present),
    )


def _new_picker(reviewed_notes: set[tuple[str, str]]) -> Callable[[ReviewKey], bool]:
    """Siblings wait for another day: one deletion of a cloze card per day, so one does not give away the next."""
    taken = set(reviewed_notes)

    def take(key: ReviewKey) -> bool:
        note = (key.deck, key.card)
        if note in taken:
            return False
        taken.add(note)
        return True

    return take


def interleave(
    groups: list[list[ReviewKey]],
    rng: random.Random,
    accept: Callable[[ReviewKey], bool] = lambda _: True,
    limit: int | None = None,
) -> list[ReviewKey]:
    """One from each deck in turn (decks in a random order), keeping each deck's own order."""
    order = list(range(len(groups)))
    rng.shuffle(order)
    cursors = [0] * len(groups)
    result: list[ReviewKey] = []
    active = order
    while active and (limit is None or len(result) < limit):
        still = []
        for g in active:
            group = groups[g]
            while cursors[g] < len(group) and not accept(group[cursors[g]]):
                cursors[g] += 1
            if cursors[g] < len(group):
                result.append(group[cursors[g]])
                cursors[g] += 1
                still.append(g)
                if limit is not None and len(result) >= limit:
                    break
        active = still
    return result


# -- the conversation with the learner --------------------------------------------------------


class Ask(str, enum.Enum):
    ANSWER = "answer"
    REVEAL = "reveal"  # a self-rated card: Enter shows the answer
    RATING = "rating"
    CONFIDENCE = "confidence"


class Action(str, enum.Enum):
    """What the learner may do at any prompt besides answering; the value is the key."""

    UNDO = "u"  # take back the last rating: the review leaves the store, the card comes back
    BURY = "b"  # leave this card out until tomorrow
    EDIT = "e"  # open the card's deck file at its line, then show the card as edited


ACTIONS = {action.value: action for action in Action}


@dataclass(frozen=True)
class Progress:
    done: int = 0
    left: int = 0
    right: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.right / self.done if self.done else None


@dataclass(frozen=True)
class Shown:
    """A card's prompt is on screen."""

    item: Item
    progress: Progress
    again: bool = False  # a card failed earlier in this session


@dataclass(frozen=True)
class Graded:
    item: Item
    grade: Grade
    suggested: Rating
    intervals: dict[Rating, timedelta]


@dataclass(frozen=True)
class Saved:
    item: Item
    rating: Rating
    due: datetime
    interval: timedelta
    progress: Progress
    new_leech: bool = False


@dataclass(frozen=True)
class Notice:
    text: str


Event = Shown | Graded | Saved | Notice


class QuizIO(Protocol):
    """What the session needs from a terminal: show an event, ask for a line (EOFError: no more input),
    let the learner edit a card in its file."""

    def show(self, event: Event) -> None: ...

    def ask(self, question: Ask, hint: str = "") -> str: ...

    def edit(self, item: Item) -> None: ...


class Stop(str, enum.Enum):
    DONE = "done"  # nothing left
    QUIT = "quit"  # the learner typed q, or the input ended
    TIME = "time"  # the time limit
    INTERRUPTED = "interrupted"  # Ctrl-C
    PROBLEMS = "problems"  # a deck checked while the session ran has problems


@dataclass(frozen=True)
class Calibration:
    level: int
    label: str
    answers: int
    right: int


@dataclass(frozen=True)
class Summary:
    stop: Stop
    reviewed: int
    right: int
    new: int
    failed: tuple[Item, ...]  # failed at least once this session
    leeches: tuple[Item, ...]  # became leeches this session
    minutes: float
    calibration: tuple[Calibration, ...] = ()
    surer_than_right: tuple[Item, ...] = ()  # "sure", yet failed
    next_due: datetime | None = None

    @property
    def accuracy(self) -> float | None:
        return self.right / self.reviewed if self.reviewed else None


def _comes_back(rating: Rating, shown: int) -> bool:
    """A failed card is shown again later in the session, up to MAX_SHOWS times in all."""
    return rating is Rating.AGAIN and shown < MAX_SHOWS


class _Quit(Exception):
    pass


@dataclass
class _Answered:
    item: Item
    rating: Rating
    confidence: int | None
    before: CardRecord | None = None  # the card's state before this answer, for an undo
    new_leech: bool = False
    came_back: bool = False  # failed, and queued to come back


@dataclass
class Session:
    """One sitting: shows the planned cards, brings failed ones back, stops at the limits."""

    plan: Plan
    library: Library
    store: Store
    planner: Planner
    io: QuizIO
    clock: Clock
    rng: random.Random
    limits: Limits = Limits()
    confidence: bool = False
    tz: tzinfo | None = None
    self_rate: bool = False  # every card shown and self-rated; else only question cards with long answers
    _answered: list[_Answered] = field(default_factory=list)
    _dues: dict[ReviewKey, datetime] = field(default_factory=dict)  # as this session left them
    _queue: list[ReviewKey] = field(default_factory=list)
    _again: list[tuple[int, Item]] = field(default_factory=list)  # (cards still to show before it, failed card)
    _front: list[tuple[Item, bool]] = field(default_factory=list)  # shown next: undone or edited cards
    _shows: dict[ReviewKey, int] = field(default_factory=dict)

    def run(self) -> Summary:
        started = self.clock()
        self._queue = list(self.plan.queue[: self.limits.cards])
        stop = Stop.DONE
        try:
            while True:
                if self.library.problems():
                    stop = Stop.PROBLEMS
                    break
                if not self._queue and not self._again and not self._front:
                    break
                if self._queue and not self._front and self._minutes_since(started) >= self.limits.minutes:
                    stop = Stop.TIME
                    self.io.show(Notice(self._break_message(len(self._queue))))
                    self._queue = []
                    continue
                item, is_again = self._next()
                if item is None:  # its deck, checked only now, has problems or lacks the card
                    continue
                outcome = self._review(item, is_again)
                if isinstance(outcome, Action):
                    self._act(outcome, item, is_again)
        except (_Quit, EOFError):
            stop = Stop.QUIT
        except KeyboardInterrupt:
            stop = Stop.INTERRUPTED
        return self._summary(stop, started)

    def _next(self) -> tuple[Item | None, bool]:
        if self._front:
            return self._front.pop(0)
        if self._again and (self._again[0][0] <= 0 or not self._queue):
            item, is_again = self._again.pop(0)[1], True
        else:
            item, is_again = self.library.item(self._queue.pop(0)), False
        self._again = [(wait - 1, i) for wait, i in self._again]
        return item, is_again

    def _left(self) -> int:
        return len(self._queue) + len(self._again) + len(self._front)

    def _review(self, item: Item, is_again: bool) -> Rating | Action:
        shown_at = self.clock()
        shown = self._shows.get(item.key, 0) + 1
        self.io.show(Shown(item, self._progress(self._left() + 1), again=is_again))
        confidence = self._ask_confidence() if self.confidence else None
        if isinstance(confidence, Action):
            return confidence
        if self._self_rated(item):
            typed = self._ask(Ask.REVEAL)
            if isinstance(typed, Action):
                return typed
            result = Grade(Verdict.SELF, "", "; ".join(item.answers))
        else:
            typed = self._ask(Ask.ANSWER)
            if isinstance(typed, Action):
                return typed
            result = grade(typed, item.answers, item.prompt)
        suggested = SUGGESTED.get(result.verdict, Rating.AGAIN)
        previous = self.store.card(item.key)
        intervals = self.planner.preview(previous.memory if previous else None, self.clock())
        self.io.show(Graded(item, result, suggested, intervals))
        rating = self._ask_rating(suggested)
        if isinstance(rating, Action):
            return rating
        now = self.clock()
        duration = max(0, round((now - shown_at).total_seconds() * 1000))
        befores: list[CardRecord | None] = []

        def decide(before: CardRecord | None) -> tuple[CardRecord, Review]:
            befores.append(before)
            return self._decide(item, before, rating, now, result, typed, confidence, duration)

        record = self.store.record(item.key, decide)
        self._shows[item.key] = shown
        before = befores[-1]
        new_leech = record.leech and not (before and before.leech)
        came_back = _comes_back(rating, shown)
        self._answered.append(_Answered(item, rating, confidence, before, new_leech, came_back))
        self._dues[item.key] = record.due
        if came_back:
            self._again.append((REQUEUE_GAP, item))
            self._again.sort(key=lambda pair: pair[0])
        self.io.show(Saved(item, rating, record.due, record.due - now, self._progress(self._left()), new_leech))
        return rating

    def _self_rated(self, item: Item) -> bool:
        if self.self_rate:
            return True
        return item.card.kind is CardKind.QA and len(item.revealed.split()) > SELF_RATE_WORDS

    # -- undo, bury, edit ------------------------------------------------------------------

    def _act(self, action: Action, item: Item, is_again: bool) -> None:
        if action is Action.UNDO:
            self._undo(item, is_again)
        elif action is Action.BURY:
            self._bury(item)
        else:
            self._edit(item, is_again)

    def _undo(self, on_screen: Item, is_again: bool) -> None:
        self._front.insert(0, (on_screen, is_again))
        if not self._answered:
            self.io.show(Notice("nothing to undo in this session"))
            return
        last = self._answered.pop()
        self.store.undo(last.item.key, last.before)
        if last.before is None:
            self._dues.pop(last.item.key, None)
        else:
            self._dues[last.item.key] = last.before.due
        if last.came_back:
            self._again = [(wait, i) for wait, i in self._again if i.key != last.item.key]
        self._shows[last.item.key] = self._shows.get(last.item.key, 1) - 1
        if last.item.key != on_screen.key:
            self._front.insert(0, (last.item, self._shows[last.item.key] > 0))
        self.io.show(Notice(f"undone: your {last.rating.label} rating of the last card; it comes back now"))

    def _bury(self, item: Item) -> None:
        now = self.clock()
        tomorrow = day_start(study_day(now, self.tz) + timedelta(days=1), self.tz)
        self.store.bury(item.key, tomorrow)
        self._again = [(wait, i) for wait, i in self._again if i.key != item.key]
        self.io.show(Notice("buried until tomorrow"))

    def _edit(self, item: Item, is_again: bool) -> None:
        self.io.edit(item)
        problems = self.library.reload(item.key.deck)
        if problems:
            lines = "; ".join(str(p) for p in problems[:3])
            self.io.show(Notice(f"the deck file has problems, so this session keeps the card as it was: {lines}"))
            self._front.insert(0, (item, is_again))
            return
        edited = self.library.item(item.key)
        if edited is None:
            self.io.show(Notice(f"{item.key} is no longer in its deck: moving on"))
            return
        self._again = [(wait, edited if i.key == item.key else i) for wait, i in self._again]
        self._front.insert(0, (edited, is_again))

    def _decide(
        self,
        item: Item,
        before: CardRecord | None,
        rating: Rating,
        now: datetime,
        result: Grade,
        typed: str,
        confidence: int | None,
        duration_ms: int,
    ) -> tuple[CardRecord, Review]:
        outcome = self.planner.review(before.memory if before else None, rating, now, self.rng)
        phase_before = before.phase if before else Phase.NEW.value
        today = study_day(now, self.tz)
        if before is None:
            record = CardRecord(item.key, outcome.memory, outcome.due, outcome.phase.value, introduced=now)
        else:
            record = replace(before, memory=outcome.memory, due=outcome.due, phase=outcome.phase.value)
        # A lapse day: failing a card met on an earlier day, counted once a day, so that neither
        # learning a card nor one bad sitting makes a leech.
        met_before = study_day(record.introduced, self.tz) < today
        if rating is Rating.AGAIN and met_before and record.last_lapse_day != today.isoformat():
            record = replace(record, lapses=record.lapses + 1, last_lapse_day=today.isoformat())
        record = replace(
            record, reviews=record.reviews + 1, leech=record.leech or record.lapses >= self.limits.leech_days
        )
        review = Review(
            key=item.key,
            at=now,
            rating=int(rating),
            verdict=result.verdict.value,
            answer=typed,
            confidence=confidence,
            duration_ms=duration_ms,
            phase=phase_before,
            interval_s=max(0, round(outcome.interval.total_seconds())),
        )
        return record, review

    # -- asking ----------------------------------------------------------------------------

    def _ask(self, question: Ask, hint: str = "") -> str | Action:
        line = self.io.ask(question, hint)
        word = line.strip().lower()
        if word == QUIT:
            raise _Quit
        return ACTIONS.get(word, line)

    def _ask_rating(self, suggested: Rating) -> Rating | Action:
        keys = {str(int(r)): r for r in Rating} | {r.label.lower(): r for r in Rating}
        keys |= {r.label[0].lower(): r for r in Rating if r.label[0].lower() not in ACTIONS}
        while True:
            line = self._ask(Ask.RATING, str(int(suggested)))
            if isinstance(line, Action):
                return line
            line = line.strip().lower()
            if not line:
                return suggested
            if line in keys:
                return keys[line]
            self.io.show(
                Notice(
                    f"type 1-4 (Again, Hard, Good, Easy), Enter for {suggested.label}, "
                    "u to undo, b to bury, e to edit, or q to stop"
                )
            )

    def _ask_confidence(self) -> int | Action:
        while True:
            line = self._ask(Ask.CONFIDENCE)
            if isinstance(line, Action):
                return line
            line = line.strip()
            if line.isdigit() and int(line) in CONFIDENCE:
                return int(line)
            choices = ", ".join(f"{n} {label}" for n, label in CONFIDENCE.items())
            self.io.show(Notice(f"how sure are you? type {choices}, or q to stop"))

    # -- accounting ------------------------------------------------------------------------

    def _progress(self, left: int) -> Progress:
        right = sum(a.rating is not Rating.AGAIN for a in self._answered)
        return Progress(done=len(self._answered), left=left, right=right)

    def _minutes_since(self, start: datetime) -> float:
        return (self.clock() - start).total_seconds() / 60

    def _break_message(self, left: int) -> str:
        return (
            f"{self.limits.minutes:g} minutes are up: take a short break, away from the screen. "
            f"{left} card{'s' if left != 1 else ''} will wait for the next session."
        )

    def _summary(self, stop: Stop, started: datetime) -> Summary:
        failed: dict[ReviewKey, Item] = {}
        surer: dict[ReviewKey, Item] = {}
        for a in self._answered:
            if a.rating is Rating.AGAIN:
                failed.setdefault(a.item.key, a.item)
                if a.confidence == max(CONFIDENCE):
                    surer.setdefault(a.item.key, a.item)  # once, however often it was failed
        return Summary(
            stop=stop,
            reviewed=len(self._answered),
            right=sum(a.rating is not Rating.AGAIN for a in self._answered),
            new=sum(a.before is None for a in self._answered),
            failed=tuple(failed.values()),
            leeches=tuple(a.item for a in self._answered if a.new_leech),
            minutes=self._minutes_since(started),
            calibration=self._calibration() if self.confidence else (),
            surer_than_right=tuple(surer.values()),
            next_due=self._next_due(),
        )

    def _calibration(self) -> tuple[Calibration, ...]:
        rows = []
        for level, label in CONFIDENCE.items():
            rated = [a for a in self._answered if a.confidence == level]
            right = sum(a.rating is not Rating.AGAIN for a in rated)
            rows.append(Calibration(level, label, len(rated), right))
        return tuple(rows)

    def _next_due(self) -> datetime | None:
        """The earliest due time of the decks' cards: planned for later, left in the queue, or answered now."""
        times = list(self._dues.values())
        if self.plan.next_due is not None:
            times.append(self.plan.next_due)
        if any(key not in self._dues for key in self.plan.queue[: self.limits.cards]):
            times.append(self.clock())  # a card planned for this session was not reached: it is due now
        return min(times) if times else None
