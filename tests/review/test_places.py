"""Where the decks are: the command line, $STUDYDECK_DECKS, the config file, ./decks; and the messages when they are not."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.errors import StudydeckError
from studydeck.review.places import config_dir, deck_places, read_config

from ..conftest import FIXTURES


def test_the_config_folder_follows_the_platform(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert config_dir({}, "linux", home) == home / ".config" / "studydeck"
    assert config_dir({"XDG_CONFIG_HOME": "/x"}, "linux", home) == Path("/x/studydeck")
    assert config_dir({"XDG_CONFIG_HOME": "relative"}, "linux", home) == home / ".config" / "studydeck"
    assert config_dir({}, "darwin", home) == home / "Library" / "Application Support" / "studydeck"
    assert config_dir({"APPDATA": "C:/Users/me/AppData/Roaming"}, "win32", home).name == "studydeck"


def test_the_decks_come_from_paths_then_the_variable_then_the_config_then_decks(tmp_path: Path) -> None:
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert deck_places((), environ).decks == ("decks",) and deck_places((), environ).default
    (tmp_path / "studydeck").mkdir()
    (tmp_path / "studydeck" / "config.toml").write_text('decks = ["~/podcasts", "more"]\n')
    configured = deck_places((), environ)
    assert configured.decks == (str(Path.home() / "podcasts"), str(tmp_path / "studydeck" / "more"))
    assert configured.origin.endswith("config.toml")
    environ["STUDYDECK_DECKS"] = f"/a{os.pathsep}/b"
    assert deck_places((), environ).decks == ("/a", "/b")
    assert deck_places(("x.yaml",), environ).decks == ("x.yaml",)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("decks = [\n  '/a',\n  oops\n]\n", 3, "not valid TOML"),
        ("# mine\ndecks = 3\n", 2, "decks must be a list of folders"),
        ("decks = ['/a']\ndeck = ['/b']\n", 2, "unknown setting 'deck'"),
    ],
)
def test_a_bad_config_file_is_an_error_at_its_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text)
    with pytest.raises(StudydeckError) as caught:
        read_config(path)
    assert caught.value.lines()[0].startswith(f"{path}:{line}: {message}")


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Working in a folder with no decks/ in it."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_quiz_and_stats_from_another_folder_find_the_configured_library(
    tmp_path: Path, elsewhere: Path, data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    shutil.copytree(FIXTURES / "quiz", library)
    monkeypatch.setenv("STUDYDECK_NOW", now.isoformat())
    saved = CliRunner().invoke(cli, ["config", "--decks", str(library)])
    assert saved.exit_code == 0, saved.output
    assert f"decks:       {library}  (from {tmp_path / 'config' / 'studydeck' / 'config.toml'})" in saved.output
    quiz = CliRunner().invoke(cli, ["quiz"], input="5\n3\nq\n")
    assert quiz.exit_code == 0, quiz.output
    assert "0 due, 8 new" in quiz.output and "Session ended: 1 answer" in quiz.output
    stats = CliRunner().invoke(cli, ["stats"])
    assert stats.exit_code == 0 and "Reviews: 1 (1 today)" in stats.output
    check = CliRunner().invoke(cli, ["check"])
    assert check.exit_code == 0 and check.output.startswith("2 decks")
    # The variable wins over the file.
    monkeypatch.setenv("STUDYDECK_DECKS", str(tmp_path / "nowhere"))
    missing = CliRunner().invoke(cli, ["quiz"])
    assert missing.exit_code == 1
    assert f"{tmp_path / 'nowhere'}: no deck files found (named by $STUDYDECK_DECKS)" in missing.stderr


def test_without_a_library_the_message_says_where_it_looked_and_how_to_set_it(
    tmp_path: Path, elsewhere: Path, data_dir: Path
) -> None:
    for command in ("quiz", "stats", "check"):
        result = CliRunner().invoke(cli, [command])
        assert result.exit_code == 1 and "Traceback" not in result.output
        lines = result.stderr.splitlines()
        assert lines[0].startswith("decks: no deck files found in ./decks, and no deck folders are set")
        assert str(tmp_path / "config" / "studydeck" / "config.toml") in lines[0]
        assert "studydeck config --decks FOLDER" in lines[1] and "STUDYDECK_DECKS=FOLDER" in lines[1]
        assert "cannot read the deck file" not in result.stderr


def test_config_shows_where_everything_is(elsewhere: Path, data_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code == 0
    assert "decks:       decks  (from the default)" in result.output
    assert f"config file: {tmp_path / 'config' / 'studydeck' / 'config.toml'}  (none yet)" in result.output
    assert f"reviews:     {data_dir / 'reviews.sqlite'}" in result.output
    assert "studydeck config --decks FOLDER" in result.output
