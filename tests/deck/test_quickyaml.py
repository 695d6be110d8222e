"""quickyaml against fullyaml: the fast reader gives fullyaml's tree exactly, or declines.

For any text, `quickyaml.read` must return None or the very tree `fullyaml.compose` gives with no
problems: same types (str, Flag, None, Map, Seq), same values, same line numbers. Checked over dumped
decks full of awkward text, over decks and fixtures mangled at random, over small generated block YAML
with odd scalars, and over a table of small texts it must read or must decline; and every real deck
must take the fast path (not be declined).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import cycle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studydeck.deck import deckfile, fullyaml, quickyaml
from studydeck.deck.models import Card, CardKind, Deck, Episode, Silence, Source
from studydeck.deck.tree import Map, Seq, Value

from ..conftest import FIXTURES, REPO


def shape(value: Value) -> object:
    """The tree as nested tuples tagged with type names, so Flag != str and Map != Seq."""
    if isinstance(value, Map):
        return ("Map", tuple((shape(key), key_line, shape(item), line) for key, key_line, item, line in value))
    if isinstance(value, Seq):
        return ("Seq", tuple((shape(item), line) for item, line in value))
    return (type(value).__name__, value)


def quick_reads(text: str) -> bool:
    """Whether quickyaml reads the text (rather than declining); asserts it then agrees with fullyaml."""
    quick = quickyaml.read(text)
    if quick is None:
        return False
    full, problems = fullyaml.compose(text)  # should this raise, quickyaml ought to have declined too
    assert not problems, f"quickyaml read a text fullyaml refuses ({problems}): {text!r}"
    assert shape(quick) == shape(full), f"the readers disagree on {text!r}"
    return True


# -- generated decks ----------------------------------------------------------------------------

AWKWARD = (
    *("true", "False", "YES", "no", "On", "off", "null", "Null", "~", "y", "n"),
    *("01:02:03", "00:14:05", "1:30", "2024-11-18", "12", "-3", "+4", "3.5e2", "0x1F", ".inf", "1_000"),
    *("- ", "-", "--", "---", "...", ": ", ":", "::", " #", "#", "# ", "'", "''", '"', "\\", "\\n", "\\u00e9"),
    *("[", "]", "[]", "{", "}", "{}", ",", ", ", "&a", "*a", "!x", "!!str", "|", ">", "%", "@", "`", "?", "? "),
    *("{{c1::x}}", "\t", "\n", " ", "  ", "é", "日本", "\u00a0", "🙂", "\u200b", "word", "a b", "k: v"),
)
# Any character but lone surrogates: dump quotes and escapes what YAML would not read back as written.
CHARS = st.characters(blacklist_categories=("Cs",))
awkward = st.lists(st.one_of(st.sampled_from(AWKWARD), st.text(CHARS, max_size=4)), max_size=5).map("".join)


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    """A deck whose text fields take turns at a few drawn awkward texts (dump writes it; it need not validate)."""
    text = cycle(draw(st.lists(awkward, min_size=1, max_size=12))).__next__

    def texts() -> tuple[str, ...]:
        return tuple(text() for _ in range(draw(st.integers(0, 3))))

    def card() -> Card:
        rules = draw(st.lists(st.sampled_from(("wordy", "give-away")), unique=True))
        common = dict(
            id=text(),
            extra=text(),
            tags=texts(),
            source=Source(text(), text(), text()),
            silence=tuple(Silence(rule, text()) for rule in rules),
        )
        if draw(st.booleans()):
            return Card(kind=CardKind.CLOZE, text=text() + "{{c1::" + text() + "}}", **common)
        return Card(kind=CardKind.QA, front=text(), back=text(), typed=draw(st.booleans()), **common)

    episode = Episode(text(), text(), text(), texts(), text(), text(), text())
    return Deck(key=text(), name=text(), episode=episode, cards=tuple(card() for _ in range(draw(st.integers(0, 4)))))


@settings(max_examples=150)
@given(decks())
def test_every_dumped_deck_is_read_by_quickyaml_as_fullyaml_reads_it(deck: Deck) -> None:
    text = deckfile.dump(deck)
    assert quick_reads(text), f"quickyaml declined what dump wrote: {text!r}"


# -- hand-written cases ---------------------------------------------------------------------------

# Texts quickyaml must read, giving fullyaml's tree.
READS = {
    "comments and blank lines": "# top\n\na: b\n\n",
    "comments anywhere": "# top\na: b\n\n  # indented\n# flush\nc:\n  # between\n  d: e\n\n# end\n",
    "indentless sequence": "cards:\n- id: a\n  front: q\n- id: b\nnext: c\n",
    "indented sequence": "cards:\n  - id: a\n    source: {section: S}\n\n  - id: b\n",
    "wide dash": "cards:\n-   id: a\n    front: q\n",
    "nested mappings": "source:\n  section: x\n  at:\n    deeper: y\n  after: z\n",
    "scalar list": "tags:\n  - one\n  - 'two'\n  - \"three\"\n  - [four]\n",
    "empty flow": "a: []\nb: {}\nc: [ ]\nd: { }\n",
    "flow items": "a: [yes, null, ~, '', \"x, y\", 01:02:03, a:b, x#y, 'it''s']\n",
    "flow mapping": "a: {k: v, n: ~, q: 'x: y', d: \"a, b\", t: true, k: again}\n",
    "single quotes": "a: 'it''s ''quoted'' # not a comment'\nb: ''\n",
    "double escapes": 'a: "tab\\there \\"q\\" \\\\ \\u00e9 \\/ \\n"\nb: ""\n',
    "null values": "a:\nb: ~\nc: null\nd: Null\ne:\n# comment\nf:\n",
    "null in items": "cards:\n- a:\n- b:\n  c:\n",
    "flags": "a: true\nb: No\nc: ON\nd: off\ne: 'yes'\nf: y\n",
    "plain oddities": "a: b:c\nd: x#y\ne: 1:30\nf: 2024-11-18\ng: 12\nh: a, [b] {c}\ni: b -\nj: ~x\n",
    "trailing spaces": "a:   b   \nc:   \n  d: e  \n",
    "unicode": "a: 日本語 🙂\nb: \u00a0nbsp\u00a0\nc: 'é'\n",
    "key characters": "a-b: 1\n_c: 2\nD9_-: 3\n",
    "longest key": "k" * 1024 + ": v\n",
    # Was a mismatch: quickyaml read [k:"b,c"] as one item, but a quote inside a plain flow scalar is
    # just a character, so libyaml reads 'k:"b' and 'c"' (and quickyaml used to decline [it's]).
    "quotes inside plain flow scalars": 'a: [it\'s, k:"b,c"]\nb: {k: x"y, z: "w"}\n',
    "sequence of mappings of sequences": "a:\n- b:\n  - c\n  - d: e\n    f:\n    - g\n- h\n",
}

DEEP = "".join(" " * depth + "k:\n" for depth in range(1000))

# Texts quickyaml must decline: fullyaml reads them (or refuses them) its own way.
DECLINES = {
    "empty": "",
    "only comments": "# nothing\n\n",
    "literal block scalar": "a: |\n  x\n",
    "folded block scalar": "a: >-\n  x\n",
    "multi-line plain": "a: b\n  c\n",
    "multi-line plain in a list": "a:\n- b\n  c\n",
    "multi-line double quotes": 'a: "b\n  c"\n',
    "multi-line single quotes": "a: 'b\n  c'\n",
    "anchor": "a: &x b\n",
    "alias": "a: &x b\nc: *x\n",
    "tag": "a: !!str b\n",
    "local tag": "a: !x b\n",
    "comment after a value": "a: b # c\n",
    "comment after quotes": 'a: "b" # c\n',
    "comment after flow": "a: [b] # c\n",
    "comment after a key": "a: # c\n  b: c\n",
    "tab": "a:\tb\n",
    "tab indent": "a:\n\tb: c\n",
    "CRLF": "a: b\r\nc: d\r\n",
    "document start": "---\na: b\n",
    "document end": "a: b\n...\n",
    "two documents": "a: b\n---\nc: d\n",
    "directive": "%YAML 1.1\n---\na: b\n",
    "byte order mark": "\ufeffa: b\n",
    "nested flow": "a: [[b]]\n",
    "flow mapping in a list": "a: [{b: c}]\n",
    "list in a flow mapping": "a: {b: [c]}\n",
    "flow pair": "a: [b: c]\n",
    "flow spanning lines": "a: [b,\n  c]\n",
    "flow mapping spanning lines": "a: {b: c,\n  d: e}\n",
    "trailing comma": "a: [b,]\n",
    "complex key": "? a\n: b\n",
    "flow key": "[a]: b\n",
    "quoted key": '"a": b\n',
    "key with a space": "a b: c\n",
    "yes as a key": "yes: b\n",
    "null as a key": "null: b\n",
    "word key in flow": "a: {on: b}\n",
    "top-level list": "- a\n",
    "top-level scalar": "a\n",
    "indented start": "  a: b\n",
    "empty item": "a:\n-\n  b: c\n",
    "nested dash": "a:\n- - b\n",
    "bad indentation": "a:\n  b: 1\n c: 2\n",
    "line separator": "a: b\u2028c\n",
    "next line": "a: b\x85c\n",
    # Mismatches found while writing these tests (the generated-YAML test finds each): quickyaml read
    # them, giving a tree where fullyaml gives another or refuses the text, or it raised.
    "lone low surrogate escape": 'a: "\\udc00"\n',  # libyaml refuses it; JSON reads it
    "quote after a colon in a flow value": 'a: {k: x:"b,c"}\n',
    "colon before ? in flow": "a: [b:?c]\n",  # libyaml: found unexpected ':'
    "key over 1024 characters": "k" * 1025 + ": v\n",  # libyaml's limit for a simple key
    "flow key over 1024 characters": "a: {" + "k" * 1025 + ": v}\n",
    "deep nesting": DEEP,  # quickyaml raised RecursionError; fullyaml reports it as a problem
}


@pytest.mark.parametrize("name", READS)
def test_quickyaml_reads_the_plain_layout(name: str) -> None:
    assert quick_reads(READS[name])


@pytest.mark.parametrize("name", DECLINES)
def test_quickyaml_declines_other_yaml(name: str) -> None:
    assert quickyaml.read(DECLINES[name]) is None


# -- real decks take the fast path --------------------------------------------------------------

DECK_FILES = sorted((REPO / "decks").glob("*.yaml")) + sorted(FIXTURES.rglob("*.yaml"))
# No fixture is intentionally odd YAML: every deck file is expected to take the fast path.


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("path", DECK_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_every_real_deck_is_read_by_quickyaml(path: Path) -> None:
    text = read_text(path)
    assert fullyaml.compose(text)[1] == []
    assert quick_reads(text)


def test_the_real_decks_are_found() -> None:
    assert (REPO / "decks") in [path.parent for path in DECK_FILES] and FIXTURES / "sample.yaml" in DECK_FILES


# -- mangled texts --------------------------------------------------------------------------------

ALPHABET = " :-#'\"[]{},&*!|>%@?~\\`\t\n\r\x85\u2028\ufeffé"
FRAGMENTS = (
    *("- ", ": ", " # c", "#", "''", '""', "[]", "{}", "[a, b]", "{k: v}", "\\u00e9", "\\udc00", "\\x41", "\\"),
    *("yes", "null", "~", "01:02:03", "---", "...", "&a ", "*a", "!!str ", "? ", "| ", "> ", ":?", ",", "k: "),
    *("\n", "\n  ", "\n- ", "\n  - ", "\n# c\n", "  "),
)

Mutation = Callable[[st.DrawFn, str], str]


def at(draw: st.DrawFn, text: str) -> int:
    return draw(st.integers(0, len(text)))


def insert_char(draw: st.DrawFn, text: str) -> str:
    i = at(draw, text)
    return text[:i] + draw(st.sampled_from(ALPHABET)) + text[i:]


def insert_fragment(draw: st.DrawFn, text: str) -> str:
    i = at(draw, text)
    return text[:i] + draw(st.sampled_from(FRAGMENTS)) + text[i:]


def delete_chars(draw: st.DrawFn, text: str) -> str:
    i = at(draw, text)
    return text[:i] + text[i + draw(st.integers(1, 3)) :]


def on_lines(change: Callable[[st.DrawFn, list[str], int], None]) -> Mutation:
    """A mutation of the text's lines at a drawn line."""

    def mutate(draw: st.DrawFn, text: str) -> str:
        lines = text.split("\n")
        change(draw, lines, draw(st.integers(0, len(lines) - 1)))
        return "\n".join(lines)

    mutate.__name__ = change.__name__
    return mutate


@on_lines
def duplicate_line(draw: st.DrawFn, lines: list[str], i: int) -> None:
    lines.insert(i, lines[i])


@on_lines
def delete_line(draw: st.DrawFn, lines: list[str], i: int) -> None:
    del lines[i]


@on_lines
def swap_lines(draw: st.DrawFn, lines: list[str], i: int) -> None:
    j = draw(st.integers(0, len(lines) - 1))
    lines[i], lines[j] = lines[j], lines[i]


@on_lines
def reindent(draw: st.DrawFn, lines: list[str], i: int) -> None:
    lines[i] = " " * draw(st.integers(0, 7)) + lines[i].lstrip(" ")


@on_lines
def add_comment(draw: st.DrawFn, lines: list[str], i: int) -> None:
    lines[i] += draw(st.sampled_from([" # comment", "#x", " #", "  # 'q' [a]: b"]))


@on_lines
def toggle_dash(draw: st.DrawFn, lines: list[str], i: int) -> None:
    body = lines[i].lstrip(" ")
    indent = lines[i][: len(lines[i]) - len(body)]
    lines[i] = indent + (body[2:] if body.startswith("- ") else "- " + body)


@on_lines
def rewrite_value(draw: st.DrawFn, lines: list[str], i: int) -> None:
    """Wraps the value after the line's first ': ' in quotes or brackets, or puts a YAML word there."""
    key, colon, value = lines[i].partition(": ")
    if not colon:
        key, value = "", lines[i]
    wrap = draw(st.sampled_from(("'{}'", '"{}"', "[{}]", "{{{}}}", "{{k: {}}}", "[{}, x]", "{} ", "~", "yes", "''")))
    lines[i] = key + colon + wrap.format(value)


MUTATIONS: tuple[Mutation, ...] = (
    *(insert_char, insert_fragment, delete_chars, duplicate_line, delete_line, swap_lines),
    *(reindent, add_comment, toggle_dash, rewrite_value),
)
FILE_TEXTS = [read_text(path) for path in DECK_FILES]


def mangle(texts: st.SearchStrategy[str], most: int) -> st.SearchStrategy[str]:
    """The texts after one to `most` random mutations."""

    @st.composite
    def mangled(draw: st.DrawFn) -> str:
        text = draw(texts)
        for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=most)):
            text = mutation(draw, text)
        return text

    return mangled()


@settings(max_examples=300)
@given(mangle(st.one_of(st.sampled_from([*READS.values(), *FILE_TEXTS]), decks().map(deckfile.dump)), 4))
def test_quickyaml_gives_fullyamls_tree_or_declines_on_mangled_decks(text: str) -> None:
    quick_reads(text)


# -- small generated YAML -----------------------------------------------------------------------

ATOMS = (
    *("a", "x y", ":", "x:", ":x", ":?", "-", "-x", "#", "x#", "'", '"', "[", "]", "{", "}", ",", "?", "?x"),
    *("&", "*", "!", "|", ">", "%", "@", "`", "~", "null", "yes", "No", "1", "01:02", "\\", "é", "\u00a0"),
    *("...", "---", " ", "🙂"),
)
ESCAPES = (
    *(r"\n", r"\t", r"\\", r"\"", r"\/", r"\ ", r"\0", r"\N", r"\x41"),
    *(r"\u00e9", r"\u0000", r"\udc00", r"\ud800", r"\uDFFF"),
)
keys = st.sampled_from(("a", "b", "a-b", "_", "on", "yes", "null", "y", "True", "k" * 1024, "k" * 1025))
plain = st.lists(st.sampled_from(ATOMS), min_size=1, max_size=4).map("".join)
scalars = st.one_of(
    plain,
    plain.map(lambda text: "'" + text.replace("'", "''") + "'"),
    st.lists(st.sampled_from(ATOMS + ESCAPES), max_size=4).map(lambda parts: '"' + "".join(parts) + '"'),
)
values = st.one_of(
    scalars,
    st.lists(scalars, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
    st.lists(st.tuples(keys, scalars), max_size=3).map(lambda pairs: "{" + ", ".join(map(": ".join, pairs)) + "}"),
)


@st.composite
def block(draw: st.DrawFn, indent: int = 0, depth: int = 0) -> list[str]:
    """The lines of a block mapping (or, nested, a sequence) at `indent`, of scalars that are often odd."""
    pad = " " * indent
    lines: list[str] = []
    if depth == 0 or draw(st.booleans()):
        for key in draw(st.lists(keys, min_size=1, max_size=3)):
            if depth < 3 and draw(st.booleans()):
                lines += [f"{pad}{key}:", *draw(block(indent + draw(st.sampled_from((0, 1, 2, 4))), depth + 1))]
            else:
                lines.append(f"{pad}{key}: {draw(values)}")
    else:
        for _ in range(draw(st.integers(1, 3))):
            dash = draw(st.sampled_from(("- ", "-   ")))
            if depth < 3 and draw(st.booleans()):
                first, *rest = draw(block(indent + len(dash), depth + 1))
                lines += [pad + dash + first.lstrip(" "), *rest]
            else:
                lines.append(pad + dash + draw(values))
    return lines


@settings(max_examples=300)
@given(st.one_of(block().map("\n".join), mangle(block().map("\n".join), 2)))
def test_quickyaml_gives_fullyamls_tree_or_declines_on_generated_yaml(text: str) -> None:
    quick_reads(text)


def test_plain_characters_are_those_yaml_reads_as_themselves() -> None:
    """The writer quotes, and the quick reader declines, exactly the characters YAML will not read as
    themselves: what libyaml refuses, plus tabs, line breaks other than "\\n" and the byte order mark."""
    import re

    from yaml.reader import Reader

    unsafe = re.compile(deckfile._UNSAFE_IN_PLAIN)
    for code in range(0x110000):
        char = chr(code)
        expected = bool(Reader.NON_PRINTABLE.match(char)) or char in "\t\r\n\x85\u2028\u2029\ufeff"
        assert bool(unsafe.match(char)) == expected, hex(code)
        assert quickyaml.off_layout(f"a: {char}") == (expected and char != "\n"), hex(code)
