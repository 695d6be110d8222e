"""Issue 14, ingest: hostile or careless notes and interrupted runs that must harm nothing."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.deck import deckfile
from studydeck.deck.models import Deck, Episode
from studydeck.ingest import merge as ingest
from studydeck.ingest import notes

from ..deck.test_hardening import studydeck


def test_a_deck_key_from_a_non_latin_title_is_the_same_in_every_run() -> None:
    # Python's string hash is seeded per process: the key must not depend on it.
    script = (
        "from studydeck.deck.models import Episode; from studydeck.ingest import merge;"
        "print(merge.deck_key(Episode(podcast='Подкаст', title='Сон и память')))"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", script], env={"PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert len(keys) == 1
    key = keys.pop()
    assert key.startswith("episode-") and key == ingest.deck_key(Episode(podcast="Подкаст", title="Сон и память"))
    assert key != ingest.deck_key(Episode(podcast="Подкаст", title="Другой эпизод"))


# -- links in Markdown notes (points 4 and 16) -----------------------------------------------

NOTES = """# Sleep and Memory

- Podcast: Night Shift
- Link: [episode page]({link})

## Takeaways

- A twenty-minute nap after study improved recall of word pairs by eighteen percent in one lab study.
- See [the nap article](https://en.wikipedia.org/wiki/Nap_(sleep)) for how long sleep spindles last during a short nap.
"""


def ingest_notes(tmp_path: Path, link: str) -> Deck:
    notes = tmp_path / "sleep.md"
    notes.write_text(NOTES.format(link=link), encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(notes), "-o", str(tmp_path / "decks")])
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "decks").glob("*.yaml")
    return deckfile.load(path)


@pytest.mark.parametrize("link", ["javascript:alert(document.cookie)", "data:text/html,<script>x</script>"])
def test_ingest_keeps_no_link_that_is_not_a_web_address(tmp_path: Path, link: str) -> None:
    assert ingest_notes(tmp_path, link).episode.link == ""


def test_a_markdown_link_keeps_the_parentheses_inside_its_address(tmp_path: Path) -> None:
    deck = ingest_notes(tmp_path, "https://en.wikipedia.org/wiki/Nap_(sleep)")
    assert deck.episode.link == "https://en.wikipedia.org/wiki/Nap_(sleep)"
    texts = " ".join(c.text + c.front + c.back for c in deck.cards)
    assert "the nap article for" in texts and ")" not in texts


# -- notes files: UTF-16, devices, pipes (points 7 and 17) ------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_notes_are_read_like_utf8(tmp_path: Path, encoding: str) -> None:
    text = NOTES.format(link="https://example.org/ep")
    data = text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding)
    (tmp_path / "utf16.md").write_bytes(data)
    (tmp_path / "utf8.md").write_text(text, encoding="utf-8")
    assert notes.read(tmp_path / "utf16.md") == replace(
        notes.read(tmp_path / "utf8.md"), path=str(tmp_path / "utf16.md")
    )


def test_notes_from_a_device_are_refused_not_read(tmp_path: Path) -> None:
    zero = tmp_path / "zero.md"
    zero.symlink_to("/dev/zero")
    result = studydeck("ingest", str(zero), "-o", str(tmp_path / "decks"))  # bounded memory: main read until it ran out
    assert result.returncode == 1 and f"{zero}:0: this is a device, not a file: name a notes file" in result.stderr
