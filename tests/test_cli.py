"""The command line as a user meets it: help, exit codes, and the check/schema/build commands."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from studydeck.cli import cli
from studydeck.deck import deckfile

COMMANDS = sorted(cli.commands)


def test_the_group_and_every_command_explain_themselves() -> None:
    assert cli.help and len(cli.help.split()) > 8
    assert {"check", "build", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_complete_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help and len(command.help.split()) >= 6, f"{name} has no real help text"
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in ("help",):
            assert param.help, f"{name} {param.opts[0]} has no help text"
        if isinstance(param, click.Argument):
            assert param.name.upper() in command.help, f"{name} does not explain its argument {param.name.upper()}"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Usage: " in result.output


def test_check_accepts_a_good_deck(deck_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(deck_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "1 deck, 4 cards: ok; 5 review cards (each cloze deletion is one)"


def test_check_warns_of_a_single_brace_cloze_typo(deck_dir: Path) -> None:
    deck = deck_dir / "sample.yaml"
    deck.write_text(deck.read_text().replace("by {{c2::18%}}", "by {c2::18%}"))
    result = CliRunner().invoke(cli, ["check", str(deck_dir)])
    assert result.exit_code == 0, result.output
    assert f"{deck}:20: warning: '{{c2::18%}}' has single braces" in result.output
    assert result.output.splitlines()[-1] == "1 deck, 4 cards: ok, 1 warning; 4 review cards (each cloze deletion is one)"
    lint = CliRunner().invoke(cli, ["lint", str(deck_dir)])
    assert (
        f"{deck}:20: warning[bad-cloze]: card 'naps-and-recall'" in lint.output
        and "'{c2::18%}' has single braces" in lint.output
    )


def test_check_with_no_decks_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 1 and "no deck files found" in result.stderr


def test_build_writes_a_package_and_says_so(deck_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["build", str(deck_dir), "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert f"wrote {out / 'sample.apkg'}" in first.output and (out / "sample.apkg").stat().st_size > 1000
    again = CliRunner().invoke(cli, ["build", str(deck_dir), "-o", str(out)])
    assert f"unchanged {out / 'sample.apkg'}" in again.output


def test_build_refuses_a_package_name_with_a_folder(deck_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(deck_dir), "-p", "../x"])
    assert result.exit_code == 2 and "file name without a folder" in result.output


def test_an_unwritable_output_is_a_clear_error(deck_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(cli, ["build", str(deck_dir), "-o", str(blocker / "out")])
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert not (deck_dir / "sample.lock").exists()


def test_schema_is_json_and_matches_the_loader() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    schema = json.loads(result.output)
    assert tuple(schema["properties"]) == deckfile.DECK_KEYS
    assert tuple(schema["properties"]["episode"]["properties"]) == deckfile.EPISODE_KEYS
    assert tuple(schema["$defs"]["card"]["properties"]) == deckfile.CARD_KEYS
    assert tuple(schema["$defs"]["card"]["properties"]["source"]["properties"]) == deckfile.SOURCE_KEYS
    assert tuple(schema["$defs"]["schedule"]["properties"]) == deckfile.SCHEDULE_KEYS
    steps = re.compile(schema["$defs"]["steps"]["items"]["pattern"])
    for step in ("10m", "1d", "1.5h", "30s", "tomorrow", "10", "m"):
        assert bool(steps.match(step)) == bool(deckfile.STEP_PATTERN.match(step)), step


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "studydeck", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "Usage: studydeck" in result.stdout


def test_help_lists_commands_in_workflow_order_with_whole_sentences() -> None:
    result = CliRunner().invoke(cli, ["--help"], terminal_width=80)
    listed = result.output.split("Commands:\n")[1].splitlines()
    assert [line.split()[0] for line in listed] == [
        "ingest",
        "check",
        "lint",
        "build",
        "push",
        "templates",
        "quiz",
        "stats",
        "config",
        "schema",
    ]
    assert all(line.rstrip().endswith(".") and "..." not in line for line in listed)  # none cut short
    assert all(len(line) <= 80 for line in result.output.splitlines())


def test_quiz_help_names_the_keys() -> None:
    text = CliRunner().invoke(cli, ["quiz", "--help"], terminal_width=80).output
    for key in ("u   undo", "b   bury", "e   edit", "q   end the session", "1 Again, 2 Hard, 3 Good, 4"):
        assert key in text
    assert all(len(line) <= 80 for line in text.splitlines())
