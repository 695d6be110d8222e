"""Deck files: loading, every validation problem at its path:line, and writing them back."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from studydeck.cli import cli
from studydeck.deck import deckfile, fullyaml
from studydeck.deck.models import Card, CardKind, Deck, Episode, Silence, Source
from studydeck.errors import DeckError

from ..conftest import FIXTURES

HEAD = """deck: Pods::Show
key: show-1
episode:
  podcast: Show
  title: One
cards:
"""

# Each bad input of the deck format: the text after HEAD, the line reported, and words of the message.
BAD_CARDS = {
    "yaml-syntax": ("  - id: a\n    cloze: {{c1::x}\n", 8, "YAML syntax error"),
    "unknown-key": ("  - id: a\n    front: q\n    back: b\n    bakc: c\n", 10, "did you mean 'back'"),
    "missing-back": ("  - id: a\n    front: q\n", 7, "missing 'back'"),
    "missing-id": ("  - front: q\n    back: b\n", 7, "missing 'id'"),
    "wrong-type": ("  - id: a\n    front: [q]\n    back: b\n", 8, "must be text"),
    "typed-not-bool": ("  - id: a\n    front: q\n    back: b\n    typed: maybe\n", 10, "true or false"),
    "duplicate-id": (
        "  - id: a\n    front: q\n    back: b\n  - id: a\n    front: r\n    back: c\n",
        10,
        "already used on line 7",
    ),
    "no-deletion": ("  - id: a\n    cloze: nothing hidden here\n", 8, "at least one deletion"),
    "unbalanced": ("  - id: a\n    cloze: 'the {{c1::answer} is here'\n", 8, "unbalanced"),
    "c0": ("  - id: a\n    cloze: 'the {{c0::answer}} is here'\n", 8, "start at 1"),
    "empty-deletion": ("  - id: a\n    cloze: 'the {{c1::}} is here'\n", 8, "is empty"),
    "tag-space": ("  - id: a\n    front: q\n    back: b\n    tags: [sleep spindles]\n", 10, "'sleep-spindles'"),
    "empty-field": ("  - id: a\n    front: ''\n    back: b\n", 8, "is empty"),
    "both-kinds": ("  - id: a\n    cloze: '{{c1::x}}'\n    front: q\n", 7, "not both"),
    "python-tag": ("  - !!python/object/apply:os.system ['echo hi']\n", 7, "not allowed"),
    "alias": ("  - &c {id: a, front: q, back: b}\n  - *c\n", 7, "aliases"),  # at the anchor
    "bad-id": ("  - id: has space\n    front: q\n    back: b\n", 7, "letters, digits"),
}


def write(tmp_path: Path, text: str, name: str = "deck.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(BAD_CARDS))
def test_each_bad_input_is_reported_at_its_line_and_nothing_is_built(case: str, tmp_path: Path) -> None:
    body, line, words = BAD_CARDS[case]
    path = write(tmp_path, HEAD + body)
    runner = CliRunner()
    for args in (["check", str(path)], ["build", str(path), "-o", str(tmp_path / "out")]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, result.output
        assert f"{path}:{line}: " in result.stderr and words in result.stderr, result.stderr
        assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "out").exists()
    assert not path.with_suffix(".lock").exists()


def test_every_problem_in_every_file_is_reported_once(tmp_path: Path) -> None:
    write(tmp_path, HEAD + BAD_CARDS["c0"][0] + BAD_CARDS["tag-space"][0].replace("id: a", "id: b"), "one.yaml")
    write(tmp_path, HEAD.replace("title: One", "titel: One"), "two.yaml")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"{tmp_path / 'one.yaml'}:8",
        f"{tmp_path / 'one.yaml'}:12",
        f"{tmp_path / 'two.yaml'}:4",  # inside 'episode', which lacks its title
        f"{tmp_path / 'two.yaml'}:5",
    ]
    assert "did you mean 'title'" in lines[3]


def test_the_sample_deck_loads_with_every_field() -> None:
    deck = deckfile.load(FIXTURES / "sample.yaml")
    assert deck.key == "memory-hour-12" and deck.name == "Test Podcasts::Memory Hour::Sleep and recall"
    assert deck.episode.guests == ("Priya Raman",) and deck.episode.date == "2025-03-04"
    spindle, naps, why, typed = deck.cards
    assert spindle.kind is CardKind.CLOZE and spindle.source == Source("Takeaways", "Priya Raman", "00:14:05")
    assert spindle.line == 14 and naps.line == 20
    assert why.kind is CardKind.QA and not why.typed and typed.typed


def test_timestamps_and_dates_stay_text_as_written(tmp_path: Path) -> None:
    body = "  - id: a\n    front: q\n    back: 1:30\n    source: {at: 01:02:03}\n"
    deck = deckfile.load(write(tmp_path, HEAD.replace("title: One", "title: One\n  date: 2024-11-18") + body))
    assert deck.cards[0].source.at == "01:02:03" and deck.cards[0].back == "1:30"
    assert deck.episode.date == "2024-11-18"


def test_an_alias_bomb_is_refused_fast(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    path = write(tmp_path, HEAD.replace("cards:\n", "") + "\n".join(lines) + "\ncards: *a11\n")
    start = time.perf_counter()
    with pytest.raises(DeckError) as e:
        deckfile.load(path)
    assert time.perf_counter() - start < 5  # generous: the point is "not exponential"
    assert any("aliases" in p.message for p in e.value.problems)


@pytest.mark.parametrize("text, line", [("# a list\n\n- a\n- b\n", 3), ("# text\njust words\n", 2)])
def test_a_deck_that_is_not_a_mapping_is_reported_where_it_starts(text: str, line: int) -> None:
    with pytest.raises(DeckError) as e:
        deckfile.parse(text, "d.yaml")
    assert [str(p) for p in e.value.problems] == [
        f"d.yaml:{line}: a deck file must be a mapping with 'deck', 'key', 'episode' and 'cards'"
    ]


def test_binary_and_non_utf8_files_get_a_clear_message(tmp_path: Path) -> None:
    binary = tmp_path / "x.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    latin = tmp_path / "y.yaml"
    latin.write_bytes(HEAD.encode() + "  - id: a\n    front: caf\xe9\n".encode("latin-1"))
    result = CliRunner().invoke(cli, ["check", str(binary), str(latin)])
    assert result.exit_code == 1
    assert f"{binary}:1: this is a binary file" in result.stderr
    assert f"{latin}:8: the file is not UTF-8" in result.stderr


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1 and "nope.yaml:0: cannot read the deck file" in result.stderr


def test_two_decks_with_one_key_are_refused(tmp_path: Path) -> None:
    write(tmp_path, HEAD + "  - id: a\n    front: q\n    back: b\n", "one.yaml")
    write(tmp_path, HEAD + "  - id: b\n    front: q\n    back: b\n", "two.yaml")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 1 and f"{tmp_path / 'two.yaml'}:2: deck key 'show-1' is also used by" in result.stderr


# -- properties ---------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.binary()))
def test_any_text_or_bytes_gives_a_deck_or_a_clear_error(data: str | bytes) -> None:
    try:
        deckfile.parse(data, "fuzz.yaml")
    except DeckError as e:
        assert e.problems and all(str(p).startswith("fuzz.yaml:") for p in e.problems)


yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(deckfile.CARD_KEYS + deckfile.DECK_KEYS), inner)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(deckfile.DECK_KEYS + ("extra",)), yaml_values))
def test_any_yaml_shaped_like_a_deck_gives_a_deck_or_a_clear_error(data: dict) -> None:
    try:
        deckfile.parse(yaml.safe_dump(data), "fuzz.yaml")
    except DeckError as e:
        assert e.problems


words = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).map(str.strip).filter(bool)
ids = st.from_regex(deckfile.ID_PATTERN, fullmatch=True)


@st.composite
def cards(draw: st.DrawFn) -> Card:
    source = Source(*(draw(st.one_of(st.just(""), words)) for _ in range(3)))
    common = dict(
        id=draw(ids),
        extra=draw(st.one_of(st.just(""), words)),
        tags=tuple(draw(st.lists(st.from_regex(r"[a-z0-9:_-]{1,12}", fullmatch=True), max_size=3))),
        source=source,
        silence=tuple(
            Silence(r, draw(words)) for r in draw(st.lists(st.sampled_from(["wordy", "give-away"]), unique=True))
        ),
    )
    if draw(st.booleans()):
        text = (
            draw(words).replace("{", "(").replace("}", ")")
            + " {{c1::"
            + draw(words).replace("{", "(").replace("}", ")").replace("::", ":")
            + "}}"
        )
        return Card(kind=CardKind.CLOZE, text=text, **common)
    return Card(kind=CardKind.QA, front=draw(words), back=draw(words), typed=draw(st.booleans()), **common)


@settings(max_examples=200, deadline=None)
@given(st.lists(cards(), max_size=5, unique_by=lambda c: c.id), words, words)
def test_dump_then_load_gives_the_same_deck(card_list: list[Card], podcast: str, title: str) -> None:
    deck = Deck(
        key="k-1",
        name="Pods::" + title.replace("::", ":").strip(": ") or "Pods::x",
        episode=Episode(podcast=podcast, title=title, guests=("A B",), date="2024-01-02"),
        cards=tuple(card_list),
        tags=("one", "two"),
        path="d.yaml",
    )
    if any(not part.strip() for part in deck.name.split("::")):
        return
    text = deckfile.dump(deck)
    again = deckfile.parse(text, "d.yaml")
    assert again == deck
    assert deckfile.dump(again) == text


def test_the_pure_python_loader_reads_what_libyaml_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = deckfile.load(FIXTURES / "sample.yaml")
    monkeypatch.setattr(fullyaml, "_Loader", fullyaml._PureLoader)
    assert deckfile.load(FIXTURES / "sample.yaml") == expected
    with pytest.raises(DeckError):
        deckfile.parse(HEAD + BAD_CARDS["typed-not-bool"][0], "x.yaml")
