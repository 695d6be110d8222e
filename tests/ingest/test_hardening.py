"""Issue 14, ingest: hostile or careless notes and interrupted runs that must harm nothing."""

from __future__ import annotations

import subprocess
import sys

from studydeck.deck.models import Episode
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
