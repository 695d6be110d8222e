"""The JSON Schema of deck files, shipped with the package for editors that complete YAML."""

from __future__ import annotations

from pathlib import Path

# Beside the package, not in deck/: deck files point their editors to studydeck/deck.schema.json.
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "deck.schema.json"


def schema_text() -> str:
    return SCHEMA_PATH.read_text(encoding="utf-8")
