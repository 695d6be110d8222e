"""Issue 14, quiz and stats: hostile options, clocks, answers and stores give one clear line, never a traceback."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.cli import cli

from ..conftest import FIXTURES

pytestmark = pytest.mark.usefixtures("utc_days")


@pytest.fixture
def decks(tmp_path: Path) -> Path:
    folder = tmp_path / "hive"
    folder.mkdir()
    shutil.copy(FIXTURES / "quiz" / "hive-minds.yaml", folder)
    return folder


def quiz(args: list[str], lines: list[str], env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, ["quiz", *args], input="".join(f"{line}\n" for line in lines), env=env)


# -- options and clocks (point 13) ----------------------------------------------------------


@pytest.mark.parametrize("option", [["--retention", "nan"], ["--minutes", "nan"], ["--minutes", "inf"]])
def test_nan_and_infinity_are_usage_errors(decks: Path, data_dir: Path, option: list[str]) -> None:
    result = quiz([str(decks), *option], ["x", "3"])
    assert result.exit_code == 2 and "is not a number" in result.output
    assert not (data_dir / "reviews.sqlite").exists()


@pytest.mark.parametrize("command", ["quiz", "stats"])
@pytest.mark.parametrize("when", ["9999-12-31T23:00:00", "0001-01-01T00:00:00+00:00"])
def test_a_clock_at_the_ends_of_time_is_a_clear_error(decks: Path, data_dir: Path, command: str, when: str) -> None:
    result = CliRunner().invoke(cli, [command, str(decks)], input="x\n3\n", env={"STUDYDECK_NOW": when})
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "STUDYDECK_NOW" in result.stderr and "between the years 1970 and 9000" in result.stderr


def test_a_clock_far_ahead_still_schedules(decks: Path, data_dir: Path, now: datetime) -> None:
    result = quiz([str(decks), "--cards", "1"], ["x", "4"], env={"STUDYDECK_NOW": "8999-12-31T12:00:00+00:00"})
    assert result.exit_code == 0, result.output


# -- answers (point 10) ---------------------------------------------------------------------


def test_an_answer_that_is_not_utf8_is_graded_not_a_crash(decks: Path, data_dir: Path) -> None:
    result = CliRunner().invoke(
        cli, ["quiz", str(decks), "--cards", "1"], input=b"caf\xe9\n3\n", env={"STUDYDECK_NOW": "2026-01-15T09:30:00"}
    )
    assert result.exit_code == 0, result.output
    assert "caf\ufffd" in result.output and "Session done: 1 answer" in result.output


# -- control characters on the terminal (point 5) --------------------------------------------


def test_a_typed_escape_sequence_is_never_echoed_raw(decks: Path, data_dir: Path) -> None:
    answer = "\x1b[2J\x1b]0;pwned\x07\x9b31m"
    result = quiz([str(decks), "--cards", "1"], [answer, "1"], env={"STUDYDECK_NOW": "2026-01-15T09:30:00"})
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output
    assert "␛[2J␛]0;pwned" in result.output  # shown, as visible symbols


def test_the_consoles_show_control_characters_from_any_source_as_symbols() -> None:
    import io

    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from studydeck import ui

    out = io.StringIO()
    console, _ = ui.consoles(out)
    table = Table()
    table.add_column("deck")
    table.add_row("evil\x1b[2J")
    console.print(Text("a\x1bb\x7fc\x85d\te\nf"), Panel(Text("p\x1b]8;;http://x\x1b\\"), title="t\x1b"), table)
    printed = out.getvalue()
    assert not any(c in printed for c in "\x1b\x7f\x85")
    assert "a␛b␡c�d" in printed and "p␛]8;;http://x␛\\" in printed and "f" in printed
