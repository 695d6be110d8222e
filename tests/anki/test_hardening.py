"""Issue 14, export: what Anki makes of hostile card text, checked in a real collection."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner

from studydeck.anki import buildcache
from studydeck.anki.build import build
from studydeck.cli import cli

DECK = r"""deck: Pods::Show
key: show-1
episode:
  podcast: Show
  title: One
cards:
  - id: media
    front: 'Play [sound:evil.mp3] and typeset [$]x^2[/$] [latex]y[/latex] \(z\) \[w\]'
    back: '[sound:b.mp3] \(a\)'
"""


def test_anki_markup_in_card_text_is_neither_played_nor_typeset(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "show.yaml").write_text(DECK, encoding="utf-8")
    build([decks], tmp_path / "out", now=1_760_000_000)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(tmp_path / "out" / "show.apkg"), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        (card_id,) = col.find_cards("")
        card = col.get_card(card_id)
        question, answer = card.question(), card.answer()
        assert card.question_av_tags() == [] and card.answer_av_tags() == []
        for rendered in (question, answer):
            assert "latex-" not in rendered and "[sound:" not in rendered and "[anki:play" not in rendered
            assert "\\(" not in rendered and "\\[" not in rendered  # MathJax's marks, broken by a word joiner
        assert "&#91;sound:evil.mp3]" in question and "x^2" in question
    finally:
        col.close()


# -- a damaged lock or build cache (point 12) --------------------------------------------------

CARDS = "  - id: a\n    front: Which gland releases melatonin at night?\n    back: The pineal gland\n"
GOOD_LOCK = '{"version": 1, "note_types": {}, "cards": {"a": ["0123456789abcdef", %s]}, "generated": []}'


def deck_folder(tmp_path: Path) -> Path:
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "show.yaml").write_text(DECK.split("cards:")[0] + "cards:\n" + CARDS, encoding="utf-8")
    return decks


@pytest.mark.parametrize(
    "lock",
    [
        GOOD_LOCK % "1e400",
        GOOD_LOCK % str(2**64),
        GOOD_LOCK % "-5",
        GOOD_LOCK % '"soon"',
        "[" * 100_000 + "]" * 100_000,
        '{"version": 1, "cards": []}',
        '{"version": 1, "generated": [1, 2]}',
    ],
    ids=["inf", "2^64", "negative", "text", "nested", "cards-list", "generated-numbers"],
)
def test_a_damaged_lock_is_one_clear_line(tmp_path: Path, lock: str) -> None:
    decks = deck_folder(tmp_path)
    (decks / "show.lock").write_text(lock, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(decks), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()  # stdout has the progress line
    assert len(lines) == 1 and lines[0].startswith(f"{decks / 'show.lock'}:") and "the lock file is damaged" in lines[0]
    assert not (tmp_path / "out" / "show.apkg").exists()


def test_a_lock_that_is_not_utf8_is_one_clear_line(tmp_path: Path) -> None:
    decks = deck_folder(tmp_path)
    (decks / "show.lock").write_bytes(b'{"version": 1, "generated": ["caf\xe9"]}')
    result = CliRunner().invoke(cli, ["build", str(decks), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "the lock file is damaged" in result.output


@pytest.mark.parametrize(
    "damage",
    ['"cards": 1e400', '"cards": ' + "[" * 100_000 + "]" * 100_000, '"size": 1e400'],
    ids=["inf", "nested", "size"],
)
def test_a_damaged_build_cache_means_a_full_build(tmp_path: Path, damage: str) -> None:
    decks, out = deck_folder(tmp_path), tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(decks), "-o", str(out)]).exit_code == 0
    cache = out / buildcache.FILE_NAME
    text = cache.read_text(encoding="utf-8")
    key = damage.split(":")[0]
    cache.write_text(re.sub(rf"{key}:[^,}}]+", damage.replace("\\", "\\\\"), text, count=1), encoding="utf-8")
    assert cache.read_text(encoding="utf-8") != text
    (out / "show.apkg").unlink()
    result = CliRunner().invoke(cli, ["build", str(decks), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 written" in result.output and (out / "show.apkg").exists()


def test_build_removes_temporary_files_a_killed_build_left(tmp_path: Path) -> None:
    import os

    decks, out = deck_folder(tmp_path), tmp_path / "out"
    out.mkdir()
    stale = [out / ".show.apkg.x81_ka.tmp", decks / ".show.lock.q7d2.tmp"]
    for path in stale:
        path.write_bytes(b"half")
        os.utime(path, (0, 0))
    fresh = out / ".other.apkg.a1b2.tmp"  # may be another build's, running now
    fresh.write_bytes(b"half")
    assert CliRunner().invoke(cli, ["build", str(decks), "-o", str(out)]).exit_code == 0
    assert not any(p.exists() for p in stale) and fresh.exists()
