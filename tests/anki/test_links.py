"""From the card to the moment: the source line's links, and the typed-answer box by night, as Anki renders them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studydeck.anki import links, templates
from studydeck.anki.build import build
from studydeck.errors import DeckError

from .conftest import T0, edit, import_into, opened


def back_of(col_path: Path, text: str) -> str:
    with opened(col_path) as col:
        return col.get_note(col.find_notes(text)[0]).cards()[0].answer()


def hrefs(rendered: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)">', rendered)


def test_a_youtube_episode_opens_at_the_cards_moment(deck_dir: Path, tmp_path: Path, col_path: Path) -> None:
    edit(deck_dir / "sample.yaml", "https://example.org/memory-hour/12", "https://www.youtube.com/watch?v=abc123&t=5")
    build([deck_dir], tmp_path / "out", now=T0)
    import_into(col_path, tmp_path / "out" / "sample.apkg")
    # spindles at 00:14:05, the Q&A card at 00:31:40
    assert hrefs(back_of(col_path, "spindles")) == [
        "https://www.youtube.com/watch?v=abc123&amp;t=5",
        "https://www.youtube.com/watch?v=abc123&amp;t=845s",
    ]
    back = back_of(col_path, "rereading")
    assert '<span class="at"><a href="https://www.youtube.com/watch?v=abc123&amp;t=1900s">00:31:40</a></span>' in back
    assert hrefs(back_of(col_path, "nap")) == ["https://www.youtube.com/watch?v=abc123&amp;t=5"]  # no time: the episode


def test_another_site_links_to_the_episode_and_an_unsafe_link_is_refused(
    deck_dir: Path, built: Path, tmp_path: Path, col_path: Path
) -> None:
    import_into(col_path, built)
    back = back_of(col_path, "spindles")
    assert hrefs(back) == ["https://example.org/memory-hour/12"] and '<span class="at">00:14:05</span>' in back
    edit(deck_dir / "sample.yaml", "https://example.org/memory-hour/12", "javascript:alert(1)")
    with pytest.raises(DeckError, match="1 problem"):
        build([deck_dir], tmp_path / "out", now=T0 + 60)  # check refuses it: nothing reaches Anki
    assert links.web_link("javascript:alert(1)") is None  # and the package writer would drop it anyway


@pytest.mark.parametrize(
    ("link", "at", "expected"),
    [
        ("https://youtu.be/abc123", "1:02:03", "https://youtu.be/abc123?t=3723s"),
        ("https://youtube.com/watch?v=x&start=10", "02:03", "https://youtube.com/watch?v=x&t=123s"),
        ("https://m.youtube.com/watch?v=x", "0:05", "https://m.youtube.com/watch?v=x&t=5s"),
        ("https://podcasts.example/ep/1", "00:10:00", None),
        ("https://www.youtube.com/watch?v=x", "about ten minutes in", None),
        ("https://www.youtube.com/watch?v=x", "00:61:00", None),
        ("ftp://youtube.com/watch?v=x", "00:01:00", None),
    ],
)
def test_moment_links(link: str, at: str, expected: str | None) -> None:
    assert links.moment(link, at) == expected


def test_the_typed_answer_box_takes_the_cards_colours_by_night(built: Path, col_path: Path) -> None:
    import_into(col_path, built)
    with opened(col_path) as col:
        card = col.get_note(col.find_notes("Hippocampus")[0]).cards()[0]
        css = card.note_type()["css"]
        assert "[[type:Back]]" in card.question()  # the box, which Anki's screen puts in place
    box = re.search(r"input#typeans\s*\{([^}]*)\}", css)
    night = re.search(r"\.nightMode \.card[^{]*\{([^}]*)\}", css)
    assert box and night
    colours = dict(re.findall(r"(color|background-color|border):[^;]*var\((--[\w-]+)\)", box.group(1)))
    assert set(colours) == {"color", "background-color", "border"}
    # every colour the box takes is one the night mode sets anew
    assert all(f"{variable}:" in night.group(1) for variable in colours.values())
    assert css == (templates.packaged_dir() / "style.css").read_text(encoding="utf-8")
