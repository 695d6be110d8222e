"""The lock beside each deck: stamps that change only with content, and a clear error when damaged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.deck import lockfile
from studydeck.deck.files import write_atomic
from studydeck.deck.models import Card, CardKind, Silence, Source
from studydeck.errors import StudydeckError


def test_restamp_keeps_the_time_of_unchanged_content_and_moves_it_forward_otherwise() -> None:
    stamps: dict[str, lockfile.Stamp] = {}
    assert lockfile.restamp(stamps, "a", "h1", now=100).mod == 100
    assert lockfile.restamp(stamps, "a", "h1", now=500).mod == 100
    assert lockfile.restamp(stamps, "a", "h2", now=500).mod == 500
    # A clock that went backwards still gives a newer time, or Anki would skip the update.
    assert lockfile.restamp(stamps, "a", "h3", now=10).mod == 501


def test_lock_round_trips_and_writes_only_on_change(tmp_path: Path) -> None:
    deck = tmp_path / "d.yaml"
    lock = lockfile.Lock(
        cards={"b": lockfile.Stamp("x", 2), "a": lockfile.Stamp("y", 1)},
        note_types={"qa": lockfile.Stamp("z", 3)},
        generated={"a", "gone"},
    )
    assert lockfile.write(deck, lock) is True
    assert lockfile.read(deck) == lock
    assert lockfile.write(deck, lock) is False
    text = (tmp_path / "d.lock").read_text()
    assert text.index('"a"') < text.index('"b"')  # sorted: a diff shows which cards changed
    assert lockfile.read(tmp_path / "none.yaml") == lockfile.Lock()


def test_a_damaged_lock_is_a_clear_error_and_nothing_is_built(deck_dir: Path, tmp_path: Path) -> None:
    (deck_dir / "sample.lock").write_text('{"version": 1, "cards": {"a": [1, 2, 3]}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(deck_dir), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{deck_dir / 'sample.lock'}:1: the lock file is damaged" in result.stderr
    assert "restore it from version control" in result.stderr
    assert not (tmp_path / "out").exists()


def test_write_atomic_leaves_no_temporary_files_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    write_atomic(target, "one")
    target.chmod(0o640)
    write_atomic(target, b"two")
    assert target.read_text() == "two" and target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_what_ingest_made_round_trips_and_older_locks_still_load(tmp_path: Path) -> None:
    deck = tmp_path / "d.yaml"
    lock = lockfile.Lock(generated={"a", "b-new"}, made={"a": "h1"}, replaced={"b-new": "b"})
    lockfile.write(deck, lock)
    assert lockfile.read(deck) == lock
    text = lockfile.path_for(deck).read_text()
    assert '"made": {\n  "a": "h1"\n }' in text and '"replaced": {\n  "b-new": "b"\n }' in text
    # A lock written before these fields: read as knowing nothing, and written back byte for byte.
    old = '{\n "version": 1,\n "note_types": {},\n "cards": {},\n "generated": [\n  "a"\n ]\n}\n'
    lockfile.path_for(deck).write_text(old)
    read = lockfile.read(deck)
    assert read.made == {} and read.replaced == {} and read.generated == {"a"}
    assert lockfile.to_text(read) == old


def test_a_damaged_record_of_made_cards_is_a_clear_error(tmp_path: Path) -> None:
    deck = tmp_path / "d.yaml"
    lockfile.path_for(deck).write_text('{"version": 1, "made": {"a": 3}}')
    with pytest.raises(StudydeckError) as e:
        lockfile.read(deck)
    assert "the lock file is damaged ('made' must map card ids to text)" in e.value.lines()[0]


def test_the_hash_of_a_card_sees_every_field_a_curator_edits_and_not_its_place() -> None:
    card = Card(id="a", kind=CardKind.CLOZE, text="A {{c1::b}} c.", source=Source(section="S"), line=4)
    same = dataclasses.replace(card, line=40)
    assert lockfile.card_hash(card) == lockfile.card_hash(same)
    edits = [
        {"text": "A {{c1::b}} d."},
        {"extra": "note"},
        {"tags": ("x",)},
        {"source": Source(section="S", at="00:01:00")},
        {"silence": (Silence("wordy", "long on purpose"),)},
    ]
    hashes = {lockfile.card_hash(dataclasses.replace(card, **edit)) for edit in edits}
    assert len(hashes) == len(edits) and lockfile.card_hash(card) not in hashes
