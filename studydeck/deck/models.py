"""Domain types shared by every stage: episodes, notes, cards and decks."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields


class CardKind(str, enum.Enum):
    CLOZE = "cloze"
    QA = "qa"


@dataclass(frozen=True, slots=True)
class Episode:
    """What a deck is about: one podcast episode."""

    podcast: str
    title: str
    host: str = ""
    guests: tuple[str, ...] = ()
    date: str = ""
    duration: str = ""
    link: str = ""

    @property
    def speakers(self) -> tuple[str, ...]:
        return tuple(s for s in (self.host, *self.guests) if s)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a card's content comes from inside the episode."""

    section: str = ""
    speaker: str = ""
    at: str = ""  # timestamp such as "01:02:03"

    def is_empty(self) -> bool:
        return not (self.section or self.speaker or self.at)


@dataclass(frozen=True, slots=True)
class Silence:
    """A lint rule switched off for one card, with the curator's reason."""

    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class Card:
    """One note in Anki terms: a cloze text (one review per deletion) or a Q&A pair."""

    id: str
    kind: CardKind
    text: str = ""  # cloze: text with {{c1::answer}} deletions
    front: str = ""  # qa
    back: str = ""  # qa
    typed: bool = False  # qa: the learner types the answer in Anki
    extra: str = ""
    tags: tuple[str, ...] = ()
    source: Source = Source()
    silence: tuple[Silence, ...] = ()
    # Where the card starts in its deck file; for messages only, never part of identity.
    line: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Schedule:
    """The spacing a deck asks Anki for (its deck options preset); None: not set here.

    A deck's `schedule` overrides its library's key by key, and that overrides studydeck's defaults.
    """

    preset: str | None = None  # the preset's name in Anki
    new_per_day: int | None = None
    learning_steps: tuple[str, ...] | None = None  # durations such as "10m" or "1d"
    relearning_steps: tuple[str, ...] | None = None
    max_reviews_per_day: int | None = None
    desired_retention: float | None = None

    def over(self, base: Schedule) -> Schedule:
        """These settings where set, else those of `base`."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return Schedule(**{k: getattr(base, k) if v is None else v for k, v in values.items()})


@dataclass(frozen=True, slots=True)
class Deck:
    """A deck file: one episode, its cards and the Anki deck they go to."""

    key: str  # stable identity: Anki GUIDs and the review store derive from it
    name: str  # Anki deck name, "::" separates levels
    episode: Episode
    cards: tuple[Card, ...]
    tags: tuple[str, ...] = ()
    path: str = ""  # the file it was read from, for messages
    schedule: Schedule = Schedule()  # what the deck file sets; see Schedule.over for the rest


@dataclass(frozen=True, slots=True)
class Takeaway:
    """One idea from episode notes: a bullet, or a titled paragraph."""

    text: str
    section: str
    title: str = ""
    line: int = 0
    marked: tuple[str, ...] = ()  # what the notes set in bold: "the **tessera**", terms they mark as worth knowing


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str
    section: str
    at: str = ""
    line: int = 0
    context: str = ""  # what the quote is about, e.g. the book it recommends


@dataclass(frozen=True, slots=True)
class Notes:
    """What a notes parser reads from one file."""

    episode: Episode
    takeaways: tuple[Takeaway, ...]
    quotes: tuple[Quote, ...]
    summary: str = ""
    path: str = ""
    format: str = ""  # which notes format it was read as
