"""Deck files: YAML text <-> Deck, with every problem reported as path:line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from . import cloze
from .errors import DeckError, Problem
from .files import find_decks as find
from .models import Card, CardKind, Deck, Episode, Silence, Source

SCHEMA_LINE = "# yaml-language-server: $schema=../studydeck/deck.schema.json"
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
MAX_BYTES = 20 * 1024 * 1024

_T = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP, _BOOL, _NULL = _T + "str", _T + "seq", _T + "map", _T + "bool", _T + "null"
# Scalars whose text we keep as written: a date or "01:02:03" is text in a deck, not a number.
_PLAIN_TAGS = {_STR, _T + "int", _T + "float", _T + "timestamp", _BOOL}
_SAFE_TAGS = _PLAIN_TAGS | {_SEQ, _MAP, _NULL}

_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = frozenset(
    [
        "yes",
        "Yes",
        "YES",
        "no",
        "No",
        "NO",
        "true",
        "True",
        "TRUE",
        "false",
        "False",
        "FALSE",
        "on",
        "On",
        "ON",
        "off",
        "Off",
        "OFF",
    ]
)


class _DeckResolver(yaml.resolver.BaseResolver):
    """Tags plain scalars as null, bool or text only.

    The loader keeps every scalar's text as written, so telling numbers and dates apart (PyYAML's
    regexes, run on every scalar) would be wasted: skipping it makes a load about 40% faster.
    """

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0] and value in _NULLS:
                return _NULL
            return _BOOL if implicit[0] and value in _BOOLS else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


class _PureLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer, _DeckResolver):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _DeckResolver.__init__(self)


if yaml.__with_libyaml__:  # libyaml composes several times faster, and composing is the bulk of a load

    class _Loader(yaml.cyaml.CParser, _DeckResolver):
        def __init__(self, stream: str) -> None:
            yaml.cyaml.CParser.__init__(self, stream)
            _DeckResolver.__init__(self)

else:
    _Loader = _PureLoader  # type: ignore[misc]


DECK_KEYS = ("deck", "key", "episode", "tags", "cards")
EPISODE_KEYS = ("podcast", "title", "host", "guests", "date", "duration", "link")
CARD_KEYS = ("id", "cloze", "front", "back", "typed", "extra", "tags", "source", "silence")
SOURCE_KEYS = ("section", "speaker", "at")


def load(path: str | Path) -> Deck:
    """Read and validate one deck file; raises DeckError listing every problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DeckError([Problem(str(path), 0, f"cannot read the deck file: {e.strerror or e}")]) from None
    return parse(data, str(path))


def load_all(paths: Iterable[str | Path]) -> tuple[list[Deck], list[Problem]]:
    """Every deck that is valid, and every problem of those that are not (duplicate keys included)."""
    decks: list[Deck] = []
    problems: list[Problem] = []
    for path in find(paths):
        try:
            decks.append(load(path))
        except DeckError as e:
            problems.extend(e.problems)
    problems.extend(_duplicate_keys(decks))
    return decks, problems


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
    root = reader.compose(text) if text is not None else None
    deck = reader.deck(root) if root is not None else None
    if reader.problems or deck is None:
        raise DeckError(sorted(set(reader.problems), key=lambda p: (p.line, p.message)))
    return deck


class _Reader:
    """Walks the composed YAML nodes once, building the deck and collecting problems."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def problem(self, node: yaml.Node | int, message: str) -> None:
        line = node if isinstance(node, int) else node.start_mark.line + 1
        self.problems.append(Problem(self.path, line, message))

    def decode(self, data: bytes | str) -> str | None:
        if isinstance(data, str):
            return data
        if len(data) > MAX_BYTES:
            self.problem(0, f"the file is over {MAX_BYTES // 2**20} MiB: split it into one deck per episode")
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

    def compose(self, text: str) -> yaml.Node | None:
        try:
            root = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as e:
            self.problem(*_syntax_error(e, text))
            return None
        except yaml.YAMLError as e:
            self.problem(1, f"YAML error: {e}; fix the syntax")
            return None
        if root is None:
            self.problem(1, "the deck file is empty: it needs at least 'deck', 'key', 'episode' and 'cards'")
        return root

    # -- node helpers -------------------------------------------------------------------------

    def visit(self, node: yaml.Node) -> bool:
        """False (with a problem) for a node seen before: anchors and aliases are refused, so
        an alias bomb costs one pass over the text."""
        if id(node) in self.seen:
            self.problem(node, "anchors and aliases (&name, *name) are not allowed in deck files: write the value out")
            return False
        self.seen.add(id(node))
        if node.tag not in _SAFE_TAGS:
            self.problem(node, f"the tag {node.tag.replace(_T, '!!')} is not allowed in deck files: remove it")
            return False
        return True

    def mapping(
        self, node: yaml.Node, what: str, known: tuple[str, ...] | None
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The mapping's entries by key; `known=None` allows any key."""
        if not self.visit(node):
            return {}
        if node.tag != _MAP:
            self.problem(node, f"{what} must be a mapping of 'key: value' lines")
            return {}
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not self.visit(key_node) or key_node.tag not in _PLAIN_TAGS:
                self.problem(key_node, f"keys in {what} must be plain words")
                continue
            key = key_node.value
            if key in items:
                self.problem(key_node, f"{key!r} appears twice in {what}: keep one")
            elif known is not None and key not in known:
                self.problem(key_node, f"unknown key {key!r} in {what}{_did_you_mean(key, known)}")
                self.seen.add(id(value_node))
            else:
                items[key] = (key_node, value_node)
        return items

    def text(self, items: dict, key: str, what: str, required: bool = False) -> str:
        if key not in items:
            if required:
                line = self._owner_line(items)
                self.problem(line, f"{what} is missing {key!r}: add '{key}: ...'")
            return ""
        key_node, node = items[key]
        if not self.visit(node):
            return ""
        if node.tag == _NULL or (node.tag == _STR and not node.value.strip()):
            if required:
                self.problem(key_node, f"{key!r} in {what} is empty: write a value after '{key}:'")
            return ""
        if not isinstance(node, yaml.ScalarNode) or node.tag not in _PLAIN_TAGS:
            self.problem(node, f"{key!r} in {what} must be text, not a list or mapping")
            return ""
        return node.value.strip()

    def flag(self, items: dict, key: str, what: str) -> bool:
        if key not in items:
            return False
        _, node = items[key]
        if not self.visit(node):
            return False
        if node.tag != _BOOL:
            self.problem(node, f"{key!r} in {what} must be true or false")
            return False
        return node.value.lower() in ("true", "yes", "on", "y")

    def texts(self, items: dict, key: str, what: str) -> tuple[str, ...]:
        """A list of text, also accepted as one text for a single item."""
        if key not in items:
            return ()
        _, node = items[key]
        if isinstance(node, yaml.ScalarNode):
            single = self.text(items, key, what)
            return (single,) if single else ()
        if not self.visit(node):
            return ()
        if node.tag != _SEQ:
            self.problem(node, f"{key!r} in {what} must be a list such as [a, b]")
            return ()
        values = []
        for item in node.value:
            if not self.visit(item):
                continue
            if not isinstance(item, yaml.ScalarNode) or item.tag not in _PLAIN_TAGS or not item.value.strip():
                self.problem(item, f"each item of {key!r} in {what} must be non-empty text")
                continue
            values.append(item.value.strip())
        return tuple(values)

    def tags(self, items: dict, what: str) -> tuple[str, ...]:
        tags = self.texts(items, "tags", what)
        if "tags" in items:
            for tag in tags:
                if any(c.isspace() for c in tag):
                    fixed = "-".join(tag.split())
                    self.problem(
                        items["tags"][1], f"tag {tag!r} has a space; Anki splits tags on spaces: write {fixed!r}"
                    )
        return tags

    @staticmethod
    def _owner_line(items: dict) -> int:
        lines = [k.start_mark.line + 1 for k, _ in items.values()]
        return min(lines) if lines else 1

    # -- the deck -----------------------------------------------------------------------------

    def deck(self, root: yaml.Node) -> Deck | None:
        if root.tag != _MAP:
            self.problem(root, "a deck file must be a mapping with 'deck', 'key', 'episode' and 'cards'")
            return None
        top = self.mapping(root, "the deck", DECK_KEYS)
        name = self.text(top, "deck", "the deck", required=True)
        if name and any(not part.strip() for part in name.split("::")):
            self.problem(
                top["deck"][1], f"deck name {name!r} has an empty level: write names like 'Podcasts::Show::Episode'"
            )
        key = self.text(top, "key", "the deck", required=True)
        if key and not ID_PATTERN.match(key):
            self.problem(
                top["key"][1], f"deck key {key!r} must be letters, digits, '.', '_' or '-' (no spaces), at most 80"
            )
        episode = self.episode(top)
        tags = self.tags(top, "the deck")
        cards = self.cards(top)
        if not (name and key and episode):
            return None
        return Deck(key=key, name=name, episode=episode, cards=cards, tags=tags, path=self.path)

    def episode(self, top: dict) -> Episode | None:
        if "episode" not in top:
            self.problem(1, "the deck is missing 'episode': add the podcast and title it comes from")
            return None
        items = self.mapping(top["episode"][1], "'episode'", EPISODE_KEYS)
        what = "'episode'"
        podcast = self.text(items, "podcast", what, required=True)
        title = self.text(items, "title", what, required=True)
        episode = Episode(
            podcast=podcast,
            title=title,
            host=self.text(items, "host", what),
            guests=self.texts(items, "guests", what),
            date=self.text(items, "date", what),
            duration=self.text(items, "duration", what),
            link=self.text(items, "link", what),
        )
        return episode if podcast and title else None

    def cards(self, top: dict) -> tuple[Card, ...]:
        if "cards" not in top:
            self.problem(1, "the deck is missing 'cards': add a 'cards:' list")
            return ()
        key_node, node = top["cards"]
        if not self.visit(node):
            return ()
        if node.tag == _NULL:
            return ()
        if node.tag != _SEQ:
            self.problem(key_node, "'cards' must be a list: start each card with '- id: ...'")
            return ()
        cards = []
        first_line: dict[str, int] = {}
        for item in node.value:
            card_id, card = self.card(item)
            line = item.start_mark.line + 1
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

    def card(self, node: yaml.Node) -> tuple[str, Card | None]:
        """The card's id (if it has one) and the card (if it is valid)."""
        line = node.start_mark.line + 1
        items = self.mapping(node, "a card", CARD_KEYS)
        if not items:
            return "", None
        what = "this card"
        card_id = self.text(items, "id", what, required=True)
        if card_id and not ID_PATTERN.match(card_id):
            self.problem(
                items["id"][1], f"card id {card_id!r} must be letters, digits, '.', '_' or '-' (no spaces), at most 80"
            )
            card_id = ""
        kind = self.kind(items, line)
        text = front = back = ""
        if kind is CardKind.CLOZE:
            text = self.text(items, "cloze", what, required=True)
            for message in cloze.problems(text) if text else ():
                self.problem(items["cloze"][1], message)
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

    def kind(self, items: dict, line: int) -> CardKind | None:
        has_cloze, has_qa = "cloze" in items, "front" in items or "back" in items
        if has_cloze and has_qa:
            self.problem(line, "a card has either 'cloze' or 'front' and 'back', not both: split it into two cards")
            return None
        if not (has_cloze or has_qa):
            self.problem(line, "this card has no content: add 'cloze: ...' or 'front: ...' and 'back: ...'")
            return None
        return CardKind.CLOZE if has_cloze else CardKind.QA

    def source(self, items: dict) -> Source:
        if "source" not in items:
            return Source()
        fields = self.mapping(items["source"][1], "'source'", SOURCE_KEYS)
        return Source(**{k: self.text(fields, k, "'source'") for k in SOURCE_KEYS})

    def silence(self, items: dict) -> tuple[Silence, ...]:
        if "silence" not in items:
            return ()
        fields = self.mapping(items["silence"][1], "'silence' (rule: reason)", None)
        result = []
        for rule, (key_node, _) in fields.items():
            reason = self.text(fields, rule, "'silence'")
            if not reason:
                self.problem(key_node, f"say why {rule!r} is silenced: '{rule}: the reason'")
            result.append(Silence(rule, reason))
        return tuple(result)


def _syntax_error(e: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """The line to show and the message: where the broken construct began, if YAML says so."""
    mark = e.context_mark or e.problem_mark
    line = mark.line + 1 if mark else 1
    what = e.problem or e.context or "invalid YAML"
    if e.context_mark and e.problem_mark and e.problem_mark.line != e.context_mark.line:
        what += f" (line {e.problem_mark.line + 1})"
    lines = text.splitlines()
    marks = [m.line for m in (e.context_mark, e.problem_mark) if m and m.line < len(lines)]
    if any(re.search(r":\s+\{\{", lines[i]) for i in marks):
        return (
            line,
            f"YAML syntax error: {what}; a text starting with '{{{{' must be quoted: cloze: \"{{{{c1::...}}}} ...\"",
        )
    return line, f"YAML syntax error: {what}; check the indentation and quoting on this line or the one before"


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
        and "\n" not in value
        and ": " not in value
        and " #" not in value
        and not value.endswith(":")
        and not (flow and any(c in value for c in ",[]{}"))
        and yaml.resolver.Resolver().resolve(yaml.ScalarNode, value, (True, False)) == _STR
    )
    # JSON strings are valid YAML double-quoted scalars.
    import json  # writing happens in ingest, never in `check`

    return value if plain else json.dumps(value, ensure_ascii=False)


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
    lines.append("cards:" if deck.cards else "cards: []")
    text = "\n".join(lines) + "\n"
    return text + "".join("\n" + dump_card(card) for card in deck.cards)


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
