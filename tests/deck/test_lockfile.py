"""The lock beside each deck: stamps that change only with content, and a clear error when damaged."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.deck import lockfile
from studydeck.deck.files import write_atomic


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
