"""The `schedule` of a deck file and of a folder's .studydeck.yaml: read, checked at path:line, written back."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studydeck.cli import cli
from studydeck.deck import deckfile
from studydeck.deck.files import find_decks
from studydeck.deck.models import Schedule
from studydeck.errors import DeckError

from ..conftest import FIXTURES

SAMPLE = (FIXTURES / "sample.yaml").read_text(encoding="utf-8")


def with_schedule(block: str) -> str:
    return SAMPLE.replace("cards:\n", block + "cards:\n", 1)


def test_a_deck_schedule_is_read_and_dumped_back() -> None:
    deck = deckfile.parse(
        with_schedule(
            "schedule:\n  preset: Memory Hour\n  new_per_day: 5\n  learning_steps: [15m, 1d]\n"
            "  relearning_steps: []\n  max_reviews_per_day: 150\n  desired_retention: 0.92\n"
        )
    )
    assert deck.schedule == Schedule("Memory Hour", 5, ("15m", "1d"), (), 150, 0.92)
    assert deckfile.parse(deckfile.dump(deck)) == deck
    assert deckfile.parse(SAMPLE).schedule == Schedule()


def test_a_deck_overrides_its_library_key_by_key() -> None:
    library = Schedule(new_per_day=8, desired_retention=0.85)
    assert Schedule(new_per_day=3).over(library) == Schedule(new_per_day=3, desired_retention=0.85)


@pytest.mark.parametrize(
    ("block", "line", "words"),
    [
        ("schedule:\n  new_per_day: many\n", 14, "'new_per_day' in 'schedule' must be a whole number from 0 to 9999"),
        ("schedule:\n  new_per_day: 2.5\n", 14, "not '2.5'"),
        ("schedule:\n  max_reviews_per_day: 10000\n", 14, "from 0 to 9999"),
        ("schedule:\n  desired_retention: 0.5\n", 14, "from 0.7 to 0.99, such as 0.9"),
        ("schedule:\n  desired_retention: yes\n", 14, "'desired_retention' in 'schedule' must be a number"),
        ("schedule:\n  learning_steps: [10m, tomorrow]\n", 14, "durations such as [10m, 1d] (s, m, h or d), not 'tomorrow'"),
        ("schedule:\n  learning_steps: [0m]\n", 14, "not '0m'"),
        ("schedule:\n  learning_steps:\n", 14, "is empty: list durations such as [10m, 1d], or [] for none"),
        ("schedule:\n  new_cards: 5\n", 14, "unknown key 'new_cards' in 'schedule': did you mean 'new_per_day'?"),
        ("schedule: fast\n", 13, "'schedule' must be a mapping"),
    ],
)
def test_a_bad_schedule_is_reported_at_its_line(block: str, line: int, words: str) -> None:
    with pytest.raises(DeckError) as e:
        deckfile.parse(with_schedule(block), "decks/sample.yaml")
    (problem,) = e.value.problems
    assert (problem.path, problem.line) == ("decks/sample.yaml", line) and words in problem.message


def test_the_library_file_is_read_checked_and_never_taken_for_a_deck(tmp_path: Path) -> None:
    (tmp_path / "sample.yaml").write_text(SAMPLE, encoding="utf-8")
    assert deckfile.load_library(tmp_path) == Schedule()  # none yet
    settings = tmp_path / deckfile.LIBRARY_FILE
    settings.write_text("# every deck here\nschedule:\n  new_per_day: 7\n  learning_steps: [1h]\n", encoding="utf-8")
    assert deckfile.load_library(tmp_path) == Schedule(new_per_day=7, learning_steps=("1h",))
    assert find_decks([tmp_path]) == [tmp_path / "sample.yaml"]
    settings.write_text("schedule:\n  new_per_day: -1\ncards: []\n", encoding="utf-8")
    with pytest.raises(DeckError) as e:
        deckfile.load_library(tmp_path)
    assert [(p.line, p.message.split(":")[0]) for p in e.value.problems] == [
        (2, "'new_per_day' in 'schedule' must be a whole number from 0 to 9999, not '-1'"),
        (3, "unknown key 'cards' in the library settings (.studydeck.yaml); the keys allowed are schedule"),
    ]


def test_check_reports_the_library_file_with_the_decks(tmp_path: Path) -> None:
    (tmp_path / "sample.yaml").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / deckfile.LIBRARY_FILE).write_text("schedule:\n  desired_retention: 2\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"{tmp_path / deckfile.LIBRARY_FILE}:2: 'desired_retention'")


_values = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 20000), st.floats(allow_nan=True), st.text(max_size=12),
    st.lists(st.text(max_size=6), max_size=3),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=200), st.dictionaries(st.sampled_from([*deckfile.SCHEDULE_KEYS, "x"]), _values)))
def test_any_library_file_gives_settings_or_clear_problems(tmp_path: Path, content: str | dict) -> None:
    text = content if isinstance(content, str) else yaml.safe_dump({"schedule": content})
    (tmp_path / deckfile.LIBRARY_FILE).write_text(text, encoding="utf-8")
    try:
        schedule = deckfile.load_library(tmp_path)
    except DeckError as e:
        assert e.problems and all(p.path == str(tmp_path / deckfile.LIBRARY_FILE) for p in e.problems)
    else:
        assert isinstance(schedule, Schedule)
        assert schedule.desired_retention is None or 0.7 <= schedule.desired_retention <= 0.99
