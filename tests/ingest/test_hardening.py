"""Issue 14, ingest: hostile or careless notes and interrupted runs that must harm nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.deck import deckfile, lockfile
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


# -- a deck and its lock move together (point 2) ----------------------------------------------


class Killed(BaseException):
    """A stop between two system calls, as a SIGKILL would leave it (no clean-up runs after it...
    except the `finally` blocks, which a real kill skips too: nothing here relies on them)."""


def ingest_killed_at(monkeypatch: pytest.MonkeyPatch, notes_file: Path, out: Path, rename: int) -> bool:
    """Ingest, stopped just before its `rename`-th rename; False when it finished before that."""
    real = os.replace
    count = 0

    def replace_or_stop(src: object, dst: object) -> None:
        nonlocal count
        count += 1
        if count == rename:
            raise Killed
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace_or_stop)
    try:
        ingest.write(ingest.plan([notes_file], out, recover=True), out)
    except Killed:
        return True
    finally:
        monkeypatch.setattr(os, "replace", real)
    return False


def test_a_card_deleted_after_an_interrupted_ingest_is_not_brought_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes_file = tmp_path / "sleep.md"
    notes_file.write_text(NOTES.format(link="https://example.org/ep"), encoding="utf-8")
    for rename in range(1, 10):  # every point between two renames of an ingest
        out = tmp_path / f"decks-{rename}"
        stopped = ingest_killed_at(monkeypatch, notes_file, out, rename)
        decks = list(out.glob("*.yaml"))
        if decks:  # the curator deletes the first card of what they see
            text = decks[0].read_text(encoding="utf-8")
            first = deckfile.parse(text).cards[0]
            kept = re.sub(rf"(?ms)^  - id: {re.escape(first.id)}\n.*?(?=^  - id: |\Z)", "", text)
            decks[0].write_text(kept, encoding="utf-8")
        result = CliRunner().invoke(cli, ["ingest", str(notes_file), "-o", str(out)])
        assert result.exit_code == 0, result.output
        (deck,) = out.glob("*.yaml")
        ids = [c.id for c in deckfile.load(deck).cards]
        if decks:
            assert first.id not in ids, f"stopped before rename {rename}: the deleted card came back"
        assert lockfile.read(deck).generated >= set(ids)
        assert sorted(p.name for p in out.iterdir()) == sorted([deck.name, deck.with_suffix(".lock").name])
        if not stopped:
            break
    assert not stopped, "the ingest never finished: too few stop points tried"


# -- writing: links kept, errors that name the file, nothing claimed before it is written (16, 17)


def notes_in(tmp_path: Path, extra: str = "") -> Path:
    notes_file = tmp_path / "sleep.md"
    notes_file.write_text(NOTES.format(link="https://example.org/ep") + extra, encoding="utf-8")
    return notes_file


MORE = "- Caffeine taken six hours before bed still cut total sleep time by about one hour in the trial.\n"


def test_ingest_into_a_symlinked_deck_keeps_the_link(tmp_path: Path) -> None:
    out, real = tmp_path / "decks", tmp_path / "shared"
    assert CliRunner().invoke(cli, ["ingest", str(notes_in(tmp_path)), "-o", str(real)]).exit_code == 0
    (deck,) = real.glob("*.yaml")
    out.mkdir()
    (out / deck.name).symlink_to(deck)
    (out / deck.with_suffix(".lock").name).symlink_to(deck.with_suffix(".lock"))
    result = CliRunner().invoke(cli, ["ingest", str(notes_in(tmp_path, MORE)), "-o", str(out)])
    assert result.exit_code == 0 and "1 card added" in result.output, result.output
    assert (out / deck.name).is_symlink() and (out / deck.with_suffix(".lock").name).is_symlink()
    assert "Caffeine" in deck.read_text(encoding="utf-8")


def test_a_full_disk_names_the_deck_and_claims_no_cards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "decks"
    result = CliRunner().invoke(cli, ["ingest", str(notes_in(tmp_path)), "-o", str(out)])
    assert result.exit_code == 1
    deck = out / "night-shift-sleep-and-memory.yaml"
    assert result.output.strip() == f"{deck}: cannot write the file: No space left on device"
    assert not any(p.name.endswith((".tmp", ".new")) for p in out.iterdir()) if out.exists() else True


def test_temporary_files_left_by_a_killed_run_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "decks"
    out.mkdir()
    stale = out / ".night-shift-sleep-and-memory.yaml.k3j9x_2a.tmp"
    stale.write_text("half a deck")
    os.utime(stale, (0, 0))
    fresh = out / ".other.lock.u7q1.tmp"  # may belong to a build running now
    fresh.write_text("{")
    assert CliRunner().invoke(cli, ["ingest", str(notes_in(tmp_path)), "-o", str(out)]).exit_code == 0
    assert not stale.exists() and fresh.exists()


def test_the_same_notes_file_named_twice_gives_each_card_once(tmp_path: Path) -> None:
    notes_file = notes_in(tmp_path)
    once, twice = tmp_path / "once", tmp_path / "twice"
    assert CliRunner().invoke(cli, ["ingest", str(notes_file), "-o", str(once)]).exit_code == 0
    again = tmp_path / "." / notes_file.name
    result = CliRunner().invoke(cli, ["ingest", str(notes_file), str(again), str(tmp_path), "-o", str(twice)])
    assert result.exit_code == 0, result.output
    assert files_of(once) == files_of(twice)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}
