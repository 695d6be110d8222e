"""Deck files: YAML text <-> Deck, with every problem reported as path:line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import DeckError, Problem
from . import cloze, quickyaml
from .files import MAX_DECK_BYTES, FileTooLarge, NotARegularFile, read_limited, shared_lock_message, shared_locks
from .files import find_decks as find
from .models import Card, CardKind, Deck, Episode, Schedule, Silence, Source
from .tree import BAD, NOT_PLAIN_CHARS, Flag, Map, Seq, Value

SCHEMA_LINE = "# yaml-language-server: $schema=../studydeck/deck.schema.json"
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
MAX_BYTES = MAX_DECK_BYTES
TOO_LARGE = f"the file is over {MAX_BYTES // 2**20} MiB: split it into one deck per episode"
# C0 and C1 control characters but tab and line feed: a terminal acts on them (clearing the screen,
# setting its title, hiding a link) and Anki shows them as nothing.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# An episode link becomes a live link in Anki: a web address only, never javascript: or data:.
_WEB_LINK = re.compile(r"https?://[^\s/?#<>\"'`\\]+(?:[/?#][^\s<>\"'`\\]*)?", re.I)


def is_web_link(text: str) -> bool:
    """Whether the text is an http or https address and nothing else (no spaces, quotes or brackets)."""
    return _WEB_LINK.fullmatch(text) is not None and _CONTROL.search(text) is None


DECK_KEYS = ("deck", "key", "episode", "tags", "schedule", "cards")
EPISODE_KEYS = ("podcast", "title", "host", "guests", "date", "duration", "link")
CARD_KEYS = ("id", "cloze", "front", "back", "typed", "extra", "tags", "source", "silence")
SOURCE_KEYS = ("section", "speaker", "at")
SCHEDULE_KEYS = (
    "preset",
    "new_per_day",
    "learning_steps",
    "relearning_steps",
    "max_reviews_per_day",
    "desired_retention",
)
# A folder's settings for every deck in it: a hidden file, so that nothing takes it for a deck.
LIBRARY_FILE = ".studydeck.yaml"
LIBRARY_KEYS = ("schedule",)
STEP_PATTERN = re.compile(r"^(?:\d+(?:\.\d+)?)[smhd]$")
MAX_PER_DAY = 9999  # what Anki's deck options accept


def load(path: str | Path) -> Deck:
    """Read and validate one deck file; raises DeckError listing every problem."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_BYTES)
    except FileTooLarge:
        raise DeckError([Problem(str(path), 0, TOO_LARGE)]) from None
    except NotARegularFile as e:
        raise DeckError([Problem(str(path), 0, f"{e.strerror}: name a .yaml deck file")]) from None
    except OSError as e:
        raise DeckError([Problem(str(path), 0, f"cannot read the deck file: {e.strerror or e}")]) from None
    return parse(data, str(path))


def load_all(paths: Iterable[str | Path]) -> tuple[list[Deck], list[Problem]]:
    """Every deck that is valid, and every problem of those that are not (duplicate keys included)."""
    decks: list[Deck] = []
    found = find(paths)
    problems = shared_lock_problems(found)
    for path in found:
        try:
            decks.append(load(path))
        except DeckError as e:
            problems.extend(e.problems)
    problems.extend(_duplicate_keys(decks))
    return decks, problems


def shared_lock_problems(paths: list[Path]) -> list[Problem]:
    """A problem for each deck file whose lock file another deck file already has."""
    return [Problem(str(path), 0, shared_lock_message(other)) for path, other in shared_locks(paths)]


def _duplicate_keys(decks: list[Deck]) -> list[Problem]:
    first: dict[str, Deck] = {}
    problems = []
    for deck in decks:
        if deck.key in first:
            other = first[deck.key].path
            problems.append(
                Problem(
                    deck.path,
                    _key_line(deck),
                    f"deck key {deck.key!r} is also used by {other}: give each deck its own key",
                )
            )
        else:
            first[deck.key] = deck
    return problems


def _key_line(deck: Deck) -> int:
    try:
        lines = Path(deck.path).read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return 1
    return next((i for i, line in enumerate(lines, 1) if line.startswith("key:")), 1)


def parse(data: bytes | str, path: str = "<deck>") -> Deck:
    """Validate deck text and build the Deck; raises DeckError listing every problem."""
    reader = _Reader(path)
    text = reader.decode(data)
    deck = reader.deck(read_tree(text, reader.problems, path), text) if text is not None else None
    if reader.problems or deck is None:
        raise DeckError(sorted(set(reader.problems), key=lambda p: (p.line, p.message)))
    return deck


def read_tree(text: str, problems: list[Problem], path: str) -> Value:
    """The text's YAML tree: by the quick reader when the text keeps to its plain layout."""
    tree = quickyaml.read(text)
    if tree is not None:
        return tree
    from . import fullyaml

    tree, found = fullyaml.compose(text)
    problems.extend(Problem(path, line, message) for line, message in found)
    if tree is None:
        problems.append(
            Problem(path, 1, "the deck file is empty: it needs at least 'deck', 'key', 'episode' and 'cards'")
        )
    return tree


Items = dict[str, tuple[int, Value, int]]  # key -> (key line, value, value line)


class _Reader:
    """Reads the deck from the YAML tree in one pass, collecting every problem."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def decode(self, data: bytes | str) -> str | None:
        if isinstance(data, str):
            return data
        if len(data) > MAX_BYTES:
            self.problem(0, TOO_LARGE)
            return None
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            self.problem(1, "the file is UTF-16 text: save it as UTF-8")
            return None
        if b"\0" in data:
            self.problem(1, "this is a binary file, not a YAML deck: name a .yaml deck file")
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            self.problem(line, "the file is not UTF-8 text: save it as UTF-8")
            return None

    # -- value helpers ------------------------------------------------------------------------

    def mapping(self, value: Value, line: int, what: str, known: tuple[str, ...] | None) -> Items:
        """The mapping's entries by key; `known=None` allows any key."""
        if value is BAD:
            return {}
        if not isinstance(value, Map):
            self.problem(line, f"{what} must be a mapping of 'key: value' lines")
            return {}
        items: Items = {}
        for key, key_line, item, item_line in value:
            if key is None:
                self.problem(key_line, f"keys in {what} must be plain words")
            elif key in items:
                self.problem(key_line, f"{key!r} appears twice in {what}: keep one")
            elif known is not None and key not in known:
                self.problem(key_line, f"unknown key {key!r} in {what}{_did_you_mean(key, known)}")
            else:
                items[key] = (key_line, item, item_line)
        return items

    def text(self, items: Items, key: str, what: str, required: bool = False) -> str:
        entry = items.get(key)
        if entry is not None and type(entry[1]) is str:  # the usual case first: every card has several
            value = entry[1].strip()
            if value and not _CONTROL.search(value):
                return value
        if entry is None:
            if required:
                line = min((entry[0] for entry in items.values()), default=1)
                self.problem(line, f"{what} is missing {key!r}: add '{key}: ...'")
            return ""
        key_line, value, line = entry
        if value is BAD:
            return ""
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(key_line, f"{key!r} in {what} is empty: write a value after '{key}:'")
            return ""
        if not isinstance(value, str):
            self.problem(line, f"{key!r} in {what} must be text, not a list or mapping")
            return ""
        return self.printable(value.strip(), line, f"{key!r} in {what}")

    def printable(self, value: str, line: int, what: str) -> str:
        """The value, or "" with a problem when it holds a control character."""
        found = _CONTROL.search(value)
        if found is None:
            return value
        code = f"U+{ord(found.group()):04X}"
        self.problem(
            line, f"{what} holds a control character ({code}): remove it; only tabs and line breaks may be used"
        )
        return ""

    def flag(self, items: Items, key: str, what: str) -> bool:
        if key not in items:
            return False
        _, value, line = items[key]
        if value is BAD:
            return False
        if not isinstance(value, Flag):
            self.problem(line, f"{key!r} in {what} must be true or false")
            return False
        return value.lower() in ("true", "yes", "on")

    def texts(self, items: Items, key: str, what: str) -> tuple[str, ...]:
        """A list of text, also accepted as one text for a single item."""
        if key not in items:
            return ()
        _, value, line = items[key]
        if value is None or isinstance(value, str):
            single = self.text(items, key, what)
            return (single,) if single else ()
        if value is BAD:
            return ()
        if not isinstance(value, Seq):
            self.problem(line, f"{key!r} in {what} must be a list such as [a, b]")
            return ()
        values = []
        for item, item_line in value:
            if item is BAD:
                continue
            if not isinstance(item, str) or not item.strip():
                self.problem(item_line, f"each item of {key!r} in {what} must be non-empty text")
                continue
            if self.printable(item.strip(), item_line, f"an item of {key!r} in {what}"):
                values.append(item.strip())
        return tuple(values)

    def tags(self, items: Items, what: str) -> tuple[str, ...]:
        tags = self.texts(items, "tags", what)
        for tag in tags:
            if any(c.isspace() for c in tag):
                fixed = "-".join(tag.split())
                self.problem(items["tags"][2], f"tag {tag!r} has a space; Anki splits tags on spaces: write {fixed!r}")
        return tags

    # -- the deck -----------------------------------------------------------------------------

    def deck(self, root: Value, text: str) -> Deck | None:
        if root is BAD or root is None:
            return None
        if not isinstance(root, Map):
            self.problem(
                _first_content_line(text),
                "a deck file must be a mapping with 'deck', 'key', 'episode' and 'cards'",
            )
            return None
        top = self.mapping(root, 1, "the deck", DECK_KEYS)
        name = self.text(top, "deck", "the deck", required=True)
        if name and any(not part.strip() for part in name.split("::")):
            self.problem(
                top["deck"][2], f"deck name {name!r} has an empty level: write names like 'Podcasts::Show::Episode'"
            )
        elif name and any(part.startswith(":") or part.endswith(":") for part in name.split("::")):
            # Anki splits "A:::B" into other levels than studydeck shows: it would land in another deck.
            self.problem(top["deck"][2], f"deck name {name!r} has ':::': separate levels with exactly '::'")
        if "\n" in name or "\t" in name:
            self.problem(top["deck"][2], "the deck name is on more than one line: write it on one line")
        key = self.text(top, "key", "the deck", required=True)
        if key and not ID_PATTERN.match(key):
            self.problem(
                top["key"][2], f"deck key {key!r} must be letters, digits, '.', '_' or '-' (no spaces), at most 80"
            )
        episode = self.episode(top)
        tags = self.tags(top, "the deck")
        schedule = self.schedule(top)
        cards = self.cards(top)
        if not (name and key and episode):
            return None
        return Deck(key=key, name=name, episode=episode, cards=cards, tags=tags, path=self.path, schedule=schedule)

    def library(self, root: Value) -> Schedule:
        """A folder's settings file: what every deck in the folder gets unless it says otherwise."""
        if root is BAD or root is None:
            return Schedule()
        top = self.mapping(root, 1, f"the library settings ({LIBRARY_FILE})", LIBRARY_KEYS)
        return self.schedule(top)

    def schedule(self, top: Items) -> Schedule:
        if "schedule" not in top:
            return Schedule()
        _, value, line = top["schedule"]
        what = "'schedule'"
        items = self.mapping(value, line, what, SCHEDULE_KEYS)
        return Schedule(
            preset=self.text(items, "preset", what) or None,
            new_per_day=self.number(items, "new_per_day", int, 0, MAX_PER_DAY),
            learning_steps=self.steps(items, "learning_steps"),
            relearning_steps=self.steps(items, "relearning_steps"),
            max_reviews_per_day=self.number(items, "max_reviews_per_day", int, 0, MAX_PER_DAY),
            desired_retention=self.number(items, "desired_retention", float, 0.7, 0.99),
        )

    def number(self, items: Items, key: str, kind: type, low: float, high: float) -> Any:
        """An int or float in [low, high] from `key`, or None when not set or wrong (reported)."""
        if key not in items or items[key][1] is BAD:
            return None
        _, value, line = items[key]
        whole = kind is int
        wanted = f"a whole number from {low} to {high}" if whole else f"a number from {low} to {high}, such as 0.9"
        try:
            number = kind(value) if type(value) is str else None  # a Flag (true/false) is no number
        except ValueError:
            number = None
        if number is None or not low <= number <= high or number != number:
            self.problem(line, f"{key!r} in 'schedule' must be {wanted}, not {_shown(value)}")
            return None
        return number

    def steps(self, items: Items, key: str) -> tuple[str, ...] | None:
        """Durations such as [10m, 1d]; an empty list is allowed (no steps)."""
        if key not in items or items[key][1] is BAD:
            return None
        _, value, line = items[key]
        if isinstance(value, Seq) and not value:
            return ()
        if value is None:
            self.problem(line, f"{key!r} in 'schedule' is empty: list durations such as [10m, 1d], or [] for none")
            return None
        steps = self.texts(items, key, "'schedule'")
        wrong = [s for s in steps if not STEP_PATTERN.match(s) or float(s[:-1]) <= 0]
        if wrong:
            self.problem(
                line,
                f"{key!r} in 'schedule' must list durations such as [10m, 1d] (s, m, h or d), not {wrong[0]!r}",
            )
            return None
        return steps if len(steps) == len(value if isinstance(value, Seq) else [value]) else None

    def episode(self, top: Items) -> Episode | None:
        if "episode" not in top:
            self.problem(1, "the deck is missing 'episode': add the podcast and title it comes from")
            return None
        _, value, line = top["episode"]
        what = "'episode'"
        items = self.mapping(value, line, what, EPISODE_KEYS)
        podcast = self.text(items, "podcast", what, required=True)
        title = self.text(items, "title", what, required=True)
        episode = Episode(
            podcast=podcast,
            title=title,
            host=self.text(items, "host", what),
            guests=self.texts(items, "guests", what),
            date=self.text(items, "date", what),
            duration=self.text(items, "duration", what),
            link=self.link(items),
        )
        return episode if podcast and title else None

    def link(self, items: Items) -> str:
        link = self.text(items, "link", "'episode'")
        if link and not is_web_link(link):
            self.problem(
                items["link"][2],
                f"the episode link {link[:60]!r} is not a web address: write one starting with https:// or http://",
            )
            return ""
        return link

    def cards(self, top: Items) -> tuple[Card, ...]:
        if "cards" not in top:
            self.problem(1, "the deck is missing 'cards': add a 'cards:' list")
            return ()
        key_line, value, _ = top["cards"]
        if value is None or value is BAD:
            return ()
        if not isinstance(value, Seq):
            self.problem(key_line, "'cards' must be a list: start each card with '- id: ...'")
            return ()
        cards = []
        first_line: dict[str, int] = {}
        for item, line in value:
            card_id, card = self.card(item, line)
            if card_id in first_line:
                self.problem(
                    line, f"card id {card_id!r} is already used on line {first_line[card_id]}: give this card a new id"
                )
                continue
            if card_id:
                first_line[card_id] = line
            if card is not None:
                cards.append(card)
        return tuple(cards)

    def card(self, value: Value, line: int) -> tuple[str, Card | None]:
        """The card's id (if it has one) and the card (if it is valid)."""
        items = self.mapping(value, line, "a card", CARD_KEYS)
        if not items:
            return "", None
        what = "this card"
        card_id = self.text(items, "id", what, required=True)
        if card_id and not ID_PATTERN.match(card_id):
            self.problem(
                items["id"][2], f"card id {card_id!r} must be letters, digits, '.', '_' or '-' (no spaces), at most 80"
            )
            card_id = ""
        kind = self.kind(items, line)
        text = front = back = ""
        if kind is CardKind.CLOZE:
            text = self.text(items, "cloze", what, required=True)
            for message in cloze.problems(text) if text else ():
                self.problem(items["cloze"][2], message)
        elif kind is CardKind.QA:
            front = self.text(items, "front", what, required=True)
            back = self.text(items, "back", what, required=True)
        typed = self.flag(items, "typed", what)
        if typed and kind is CardKind.CLOZE:
            self.problem(items["typed"][0], "'typed' applies to front/back cards only: remove it from this cloze card")
        card = Card(
            id=card_id,
            kind=kind or CardKind.QA,
            text=text,
            front=front,
            back=back,
            typed=typed,
            extra=self.text(items, "extra", what),
            tags=self.tags(items, what),
            source=self.source(items),
            silence=self.silence(items),
            line=line,
        )
        valid = card_id and kind and (text or (front and back))
        return card_id, card if valid else None

    def kind(self, items: Items, line: int) -> CardKind | None:
        has_cloze, has_qa = "cloze" in items, "front" in items or "back" in items
        if has_cloze and has_qa:
            self.problem(line, "a card has either 'cloze' or 'front' and 'back', not both: split it into two cards")
            return None
        if not (has_cloze or has_qa):
            self.problem(line, "this card has no content: add 'cloze: ...' or 'front: ...' and 'back: ...'")
            return None
        return CardKind.CLOZE if has_cloze else CardKind.QA

    def source(self, items: Items) -> Source:
        if "source" not in items:
            return Source()
        _, value, line = items["source"]
        fields = self.mapping(value, line, "'source'", SOURCE_KEYS)
        return Source(**{k: self.text(fields, k, "'source'") for k in fields})

    def silence(self, items: Items) -> tuple[Silence, ...]:
        if "silence" not in items:
            return ()
        _, value, line = items["silence"]
        fields = self.mapping(value, line, "'silence' (rule: reason)", None)
        result = []
        for rule, (key_line, _, _) in fields.items():
            reason = self.text(fields, rule, "'silence'")
            if not reason:
                self.problem(key_line, f"say why {rule!r} is silenced: '{rule}: the reason'")
            result.append(Silence(rule, reason))
        return tuple(result)


def _shown(value: Value) -> str:
    if isinstance(value, str):
        return repr(str(value))
    return "a list" if isinstance(value, Seq) else "a mapping" if isinstance(value, Map) else "nothing"


def load_library(folder: str | Path) -> Schedule:
    """The settings file of a folder of decks (empty when it has none); raises DeckError listing every problem."""
    path = Path(folder) / LIBRARY_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Schedule()
    except OSError as e:
        raise DeckError([Problem(str(path), 0, f"cannot read the library settings: {e.strerror or e}")]) from None
    reader = _Reader(str(path))
    text = reader.decode(data)
    schedule = Schedule()
    if text is not None and text.strip():
        schedule = reader.library(read_tree(text, reader.problems, str(path)))
    if reader.problems:
        raise DeckError(sorted(set(reader.problems), key=lambda p: (p.line, p.message)))
    return schedule


def load_libraries(decks: Iterable[str | Path]) -> tuple[dict[Path, Schedule], list[Problem]]:
    """The settings of each folder holding these deck files, and every problem of those files."""
    settings: dict[Path, Schedule] = {}
    problems: list[Problem] = []
    for folder in sorted({Path(d).parent for d in decks}):
        try:
            settings[folder] = load_library(folder)
        except DeckError as e:
            problems.extend(e.problems)
    return settings, problems


def _first_content_line(text: str) -> int:
    lines = text.splitlines()
    return next((i for i, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")), 1)


def _did_you_mean(key: str, known: Iterable[str]) -> str:
    import difflib  # only when there is a typo to explain: start-up of `check` stays light

    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if close:
        return f": did you mean {close[0]!r}?"
    return f"; the keys allowed are {', '.join(known)}"


# -- writing ----------------------------------------------------------------------------------

_RESERVED_START = set("-?:,[]{}#&*!|>'\"%@`")


def scalar(value: str, flow: bool = False) -> str:
    """A YAML scalar that reads back as the same text: plain where that is safe, else quoted."""
    plain = (
        value
        and value == value.strip()
        and value[0] not in _RESERVED_START
        and not re.search(_UNSAFE_IN_PLAIN, value)
        and ": " not in value
        and " #" not in value
        and not value.endswith(":")
        and not (flow and (":?" in value or any(c in value for c in ",[]{}")))
        and _reads_as_text(value)
    )
    if plain:
        return value
    # JSON strings are valid YAML double-quoted scalars; characters YAML takes for line breaks or
    # will not read raw are written as escapes.
    import json  # writing happens in ingest, never in `check`

    quoted = json.dumps(value, ensure_ascii=False)
    return re.sub(_UNSAFE_IN_PLAIN, lambda m: f"\\u{ord(m.group()):04x}", quoted)


_UNSAFE_IN_PLAIN = f"[{NOT_PLAIN_CHARS}]"  # compiled on first use (re caches it): only writing needs it


def _reads_as_text(value: str) -> bool:
    """Whether plain YAML reads the value as text in any YAML tool, not as a number, date or null."""
    import yaml  # writing happens in ingest, never in `check`

    return yaml.resolver.Resolver().resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"


def dump(deck: Deck, schema_line: str = SCHEMA_LINE) -> str:
    """The deck as readable YAML; the same deck always gives the same text."""
    lines = [schema_line] if schema_line else []
    lines += [f"deck: {scalar(deck.name)}", f"key: {scalar(deck.key)}", "episode:"]
    ep = deck.episode
    for key in EPISODE_KEYS:
        value = getattr(ep, key)
        if key == "guests":
            if value:
                lines.append(f"  guests: {_flow_list(value)}")
        elif value:
            lines.append(f"  {key}: {scalar(value)}")
    if deck.tags:
        lines.append(f"tags: {_flow_list(deck.tags)}")
    lines += _schedule_lines(deck.schedule)
    lines.append("cards:" if deck.cards else "cards: []")
    text = "\n".join(lines) + "\n"
    return text + "".join("\n" + dump_card(card) for card in deck.cards)


def _schedule_lines(schedule: Schedule) -> list[str]:
    lines = []
    for key in SCHEDULE_KEYS:
        value = getattr(schedule, key)
        if isinstance(value, tuple):
            lines.append(f"  {key}: {_flow_list(value)}")
        elif isinstance(value, str):
            lines.append(f"  {key}: {scalar(value)}")
        elif value is not None:
            lines.append(f"  {key}: {value}")
    return ["schedule:", *lines] if lines else []


def dump_card(card: Card) -> str:
    """One card as an item of the 'cards' list."""
    pairs: list[tuple[str, str]] = [("id", scalar(card.id))]
    if card.kind is CardKind.CLOZE:
        pairs.append(("cloze", scalar(card.text)))
    else:
        pairs += [("front", scalar(card.front)), ("back", scalar(card.back))]
        if card.typed:
            pairs.append(("typed", "true"))
    if card.extra:
        pairs.append(("extra", scalar(card.extra)))
    if card.tags:
        pairs.append(("tags", _flow_list(card.tags)))
    if not card.source.is_empty():
        fields = [(k, getattr(card.source, k)) for k in SOURCE_KEYS if getattr(card.source, k)]
        pairs.append(("source", "{" + ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in fields) + "}"))
    if card.silence:
        pairs.append(
            (
                "silence",
                "{" + ", ".join(f"{scalar(s.rule, True)}: {scalar(s.reason, True)}" for s in card.silence) + "}",
            )
        )
    return "".join(f"{'  - ' if i == 0 else '    '}{key}: {value}\n" for i, (key, value) in enumerate(pairs))


def _flow_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(scalar(v, flow=True) for v in values) + "]"
