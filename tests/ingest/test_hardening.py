"""Issue 14, ingest: hostile or careless notes and interrupted runs that must harm nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.deck import deckfile
from studydeck.deck.models import Deck, Episode
from studydeck.ingest import merge as ingest


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
