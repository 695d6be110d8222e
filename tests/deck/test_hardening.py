"""Issue 14, deck files: hostile text that `check` must refuse with path:line, and readers that stay bounded."""

from __future__ import annotations

import html
import os
import re
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from studydeck.cli import cli
from studydeck.deck import deckfile, markup
from studydeck.errors import DeckError

from .test_deckfile import HEAD  # the smallest valid deck, shared with the format's tests


def problems(text: str | bytes) -> list[str]:
    """The messages `check` gives for a deck made of HEAD and `cards`."""
    with pytest.raises(DeckError) as e:
        deckfile.parse(text)
    return [str(p) for p in e.value.problems]


def cloze_deck(text: str) -> str:
    return HEAD + f"  - id: a\n    cloze: {text}\n"


# -- cloze numbers (point 11) ---------------------------------------------------------------


@pytest.mark.parametrize("number", ["99999999999999999999999", "501", "65536", "1" + "0" * 5000])
def test_a_cloze_number_beyond_ankis_range_is_refused(number: str) -> None:
    found = problems(cloze_deck(f"a {{{{c{number}::x}}}} y"))
    assert len(found) == 1 and "<deck>:8:" in found[0] and "c1 to c500" in found[0]


@pytest.mark.parametrize("digit", ["١", "１", "۳"])
def test_a_cloze_number_in_other_digits_is_refused(digit: str) -> None:
    found = problems(cloze_deck(f"a {{{{c{digit}::x}}}} y"))
    assert any("digits 0-9" in p for p in found), found


def test_cloze_numbers_up_to_500_are_accepted() -> None:
    deck = deckfile.parse(cloze_deck("a {{c500::x}} and {{c001::y}} z"))
    assert deck.cards[0].text.startswith("a {{c500::")


def test_check_refuses_a_huge_cloze_number_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(cloze_deck("a {{c99999999999999999999999::x}} y"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"{path}:8: cloze number c999999999999...")


# -- control characters (point 5) and deck names (point 16) ----------------------------------


@pytest.mark.parametrize(
    "value",
    [r'"\u001b[2J cleared"', r'"\e]0;title\a set"', r'"\e]8;;http://x\e\\ a link"', r'"a\u009b2J b"', r'"nul\0 here"'],
)
@pytest.mark.parametrize("key", ["front", "back", "extra"])
def test_control_characters_in_card_text_are_refused(key: str, value: str) -> None:
    fields = {"front": "q", "back": "a"} | {key: value}
    card = "".join(f"    {k}: {v}\n" for k, v in fields.items())
    found = problems(HEAD + "  - id: a\n" + card)
    line = 7 + list(fields).index(key) + 1
    assert found == [found[0]] and found[0].startswith(f"<deck>:{line}: '{key}' in this card holds a control character")


def test_control_characters_in_names_titles_and_tags_are_refused() -> None:
    text = HEAD.replace("title: One", 'title: "One\\u001b[2J"').replace("cards:", 'tags: [ok, "bad\\u0007"]\ncards:')
    found = problems(text + "  - id: a\n    front: q\n    back: a\n")
    assert any(p.startswith("<deck>:5: 'title' in 'episode' holds a control character (U+001B)") for p in found)
    assert any(
        p.startswith("<deck>:6: an item of 'tags' in the deck holds a control character (U+0007)") for p in found
    )


def test_tabs_and_line_breaks_stay_allowed() -> None:
    deck = deckfile.parse(HEAD + '  - id: a\n    front: "q\\tr"\n    back: |\n      one\n      two\n')
    assert deck.cards[0].front == "q\tr" and deck.cards[0].back == "one\ntwo"


@pytest.mark.parametrize(
    ("name", "words"),
    [("A:::B", "':::'"), ("A::::B", "empty level"), ('"A\\nB"', "more than one line"), ('"A\\0B"', "control")],
)
def test_deck_names_that_anki_would_file_elsewhere_are_refused(name: str, words: str) -> None:
    found = problems(HEAD.replace("deck: Pods::Show", f"deck: {name}") + "  - id: a\n    front: q\n    back: a\n")
    assert any(p.startswith("<deck>:1:") and words in p for p in found), found


# -- episode links (point 4) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>x</b>",
        "file:///etc/passwd",
        "https:///x",
        "https://ex.org/a b",
        'https://ex.org/"onmouseover=alert(1)',
        "//ex.org/x",
    ],
)
def test_an_episode_link_that_is_not_a_web_address_is_refused(link: str) -> None:
    value = deckfile.scalar(link)
    found = problems(
        HEAD.replace("title: One", f"title: One\n  link: {value}") + "  - id: a\n    front: q\n    back: a\n"
    )
    assert len(found) == 1 and found[0].startswith("<deck>:6: the episode link") and "https://" in found[0]


@pytest.mark.parametrize(
    "link", ["https://example.org/ep/12?t=1#notes", "http://EXAMPLE.org", "https://w.org/Nap_(sleep)"]
)
def test_web_addresses_are_accepted(link: str) -> None:
    text = HEAD.replace("title: One", f"title: One\n  link: {link}") + "  - id: a\n    front: q\n    back: a\n"
    assert deckfile.parse(text).episode.link == link


# -- markup: linear, nested, and no Anki markup (points 6, 8 and 16) --------------------------

MARKUP_ALPHABET = st.sampled_from(["*", "**", "`", " ", "a", "\n", "\\", "(", "[", "$", "<", "&", "sound:"])


def tags_nest(html_text: str) -> bool:
    """Whether the <b>, <i> and <code> tags open and close in nested order."""
    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)(b|i|code)>", html_text):
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


@settings(max_examples=300)
@given(st.lists(MARKUP_ALPHABET, max_size=60).map("".join))
def test_markup_tags_always_nest_and_say_what_plain_text_says(text: str) -> None:
    rendered = markup.to_html(text)
    assert tags_nest(rendered)
    shown = html.unescape(re.sub(r"<(/?)(b|i|code)>", "", rendered.replace("<br>", "\n"))).replace("\u2060", "")
    assert shown == markup.to_plain(text)
    assert "[sound:" not in rendered and "[$" not in rendered and "\\(" not in rendered and "\\[" not in rendered


def test_overlapping_marks_give_nested_tags() -> None:
    assert markup.to_html("**a *b** c*") == "<b>a *b</b> c*"
    assert markup.to_html("*a **b** c*") == "<i>a <b>b</b> c</i>"
    assert markup.to_html("x `**not bold**` y") == "x <code>**not bold**</code> y"


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fails the test once the block runs longer than `seconds` (a bound far above the normal time)."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("unit", ["**a ", "*a ", "**a *b ", "`a ", "** a", "*a**", "a* *"])
def test_markup_of_an_adversarial_field_takes_linear_time(unit: str) -> None:
    text = unit * (80_000 // len(unit))  # main took 40 s for this with "**a "
    with time_limit(3.0):  # about 0.05 s here: a bound that only a quadratic scan breaks
        markup.to_html(text)
        markup.to_plain(text)


def test_anki_markup_is_shown_as_typed_not_played_or_typeset() -> None:
    rendered = markup.to_html(r"[sound:x.mp3] [$]x^2[/$] [latex]y[/latex] \(z\) \[w\]")
    assert re.search(r"\[(sound:|\$|latex)", rendered) is None
    assert re.search(r"\\[(\[]", rendered) is None
    assert html.unescape(rendered).replace("\u2060", "") == r"[sound:x.mp3] [$]x^2[/$] [latex]y[/latex] \(z\) \[w\]"


# -- reading a deck: size and kind first, memory linear (point 7) ----------------------------


def studydeck(*args: str, memory_mib: int = 400, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The command in a fresh process with bounded address space and time, as a user would run it."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mib * 2**20, memory_mib * 2**20))

    return subprocess.run(
        [sys.executable, "-m", "studydeck", *args],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit,
        env={**os.environ, **(env or {})},
    )


def test_a_huge_sparse_deck_is_refused_before_it_is_read(tmp_path: Path) -> None:
    deck = tmp_path / "huge.yaml"
    with open(deck, "wb") as f:
        f.truncate(3 * 2**30)  # 3 GiB on paper, nothing on disk
    result = studydeck("check", str(deck))
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"{deck}:0: the file is over 20 MiB: split it into one deck per episode\n"


@pytest.mark.parametrize("command", ["check", "build", "lint", "quiz"])
def test_a_link_to_dev_zero_is_refused_not_read(tmp_path: Path, command: str) -> None:
    deck = tmp_path / "zero.yaml"
    deck.symlink_to("/dev/zero")
    result = studydeck(command, str(deck), env={"STUDYDECK_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 1, result.stderr
    said = result.stdout + result.stderr  # lint reports on stdout, as findings
    assert re.search(rf"{re.escape(str(deck))}:0: (error\[invalid-deck\]: )?this is a device, not a file", said)
    assert "Traceback" not in said


@pytest.mark.parametrize("command", ["check", "quiz"])
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    result = studydeck(command, str(fifo), env={"STUDYDECK_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 1 and f"{fifo}:0: this is a pipe, not a file" in result.stderr


def test_a_long_quoted_value_is_read_in_memory_linear_in_its_length(tmp_path: Path) -> None:
    # 6 MB of escapes: main's pattern took about 135 bytes a character, over 800 MiB here.
    deck = tmp_path / "long.yaml"
    deck.write_text(HEAD + '  - id: a\n    front: "' + '\\"' * 3_000_000 + '"\n    back: b\n', encoding="utf-8")
    result = studydeck("check", str(deck), memory_mib=300)
    assert result.returncode == 0 and "1 deck, 1 cards: ok" in result.stdout, result.stderr


ADVERSARIAL_UNITS = ['\\"', "\\\\", "''", "a ", ": ", "**a ", "{{c1::", "[", "#", "\\u00e9", "' ", '" ', "- "]
PLACES = [
    '    front: "{}"\n    back: b\n',
    "    front: '{}'\n    back: b\n",
    "    front: q\n    back: {}\n",
    '    front: q\n    back: b\n    tags: ["{}", x]\n',
    '    cloze: "a {{{{c1::{}}}}}"\n',
]


@settings(max_examples=40)
@given(
    st.lists(st.sampled_from(ADVERSARIAL_UNITS), min_size=1, max_size=3),
    st.one_of(st.integers(1, 100), st.sampled_from([10_000, 100_000])),
    st.sampled_from(PLACES),
)
def test_the_deck_reader_on_adversarial_text_gives_a_deck_or_problems_in_bounded_memory(
    units: list[str], count: int, place: str
) -> None:
    import tracemalloc

    value = "".join(units) * count
    text = HEAD + "  - id: a\n" + place.format(value)
    tracemalloc.start()
    try:
        with time_limit(20.0):  # about a second at most here; main's patterns took minutes on some
            try:
                deckfile.parse(text)
            except DeckError as e:
                assert e.problems and all(p.line >= 0 and p.message for p in e.problems)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60 * len(text) + 4 * 2**20, f"{peak / len(text):.0f} bytes per character"


# -- two deck files, one lock (point 1) -------------------------------------------------------


@pytest.fixture
def twins(tmp_path: Path) -> Path:
    """A folder with a.yaml and a.yml, two decks that would share a.lock."""
    folder = tmp_path / "decks"
    folder.mkdir()
    for suffix, key in ((".yaml", "one"), (".yml", "two")):
        text = HEAD.replace("key: show-1", f"key: {key}") + "  - id: a\n    front: q\n    back: a\n"
        (folder / f"a{suffix}").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "args",
    [["check"], ["lint"], ["build", "-o", "OUT"], ["build", "-o", "OUT", "-p", "all"], ["quiz"]],
    ids=["check", "lint", "build", "build-p", "quiz"],
)
def test_two_decks_that_would_share_a_lock_are_refused_by_every_command(
    twins: Path, tmp_path: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDYDECK_DATA_DIR", str(tmp_path / "data"))
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    result = CliRunner().invoke(cli, [*args, str(twins)], input="q\n")
    assert result.exit_code == 1, result.output
    where, message = f"{twins / 'a.yml'}:0: ", f"this deck would share its lock file a.lock with {twins / 'a.yaml'}"
    assert where + message in result.output or where + "error[invalid-deck]: " + message in result.output
    assert not (twins / "a.lock").exists() and not (tmp_path / "out").exists()


def test_ingest_refuses_a_folder_whose_decks_would_share_a_lock(twins: Path, tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    notes.write_text("# T\n\n## Takeaways\n\n- A twenty-minute nap improved recall of word pairs by a fifth.\n")
    result = CliRunner().invoke(cli, ["ingest", str(notes), "-o", str(twins)])
    assert result.exit_code == 1 and "would share its lock file a.lock" in result.output
    assert not (twins / "a.lock").exists()


# -- folder scans say what they cannot read (point 16) ----------------------------------------


def test_a_folder_scan_takes_any_case_of_the_suffix_and_reports_links_it_cannot_follow(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "upper.YAML").write_text(HEAD + "  - id: a\n    front: q\n    back: a\n", encoding="utf-8")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "gone.yml").symlink_to(folder / "missing.yaml")
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert result.exit_code == 1
    assert f"{folder / 'loop.yaml'}:0: cannot read the deck file: Too many levels of symbolic links" in result.stderr
    assert f"{folder / 'gone.yml'}:0: cannot read the deck file: No such file or directory" in result.stderr
    (folder / "loop.yaml").unlink()
    (folder / "gone.yml").unlink()
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert result.exit_code == 0 and "1 deck, 1 cards: ok" in result.output


# -- messages (point 17) -----------------------------------------------------------------------


def test_a_utf16_deck_is_called_utf16_not_binary() -> None:
    found = problems((HEAD + "  - id: a\n    front: q\n    back: a\n").encode("utf-16"))
    assert found == ["<deck>:1: the file is UTF-16 text: save it as UTF-8"]


def test_a_failed_write_names_the_target_not_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from studydeck.deck.files import write_atomic

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "decks" / "a.lock"
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as e:
        write_atomic(target, "{}")
    assert e.value.filename == str(target) and "No space left on device" in e.value.strerror
    assert list((tmp_path / "decks").iterdir()) == []
