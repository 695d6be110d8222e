"""The JSON Schema of deck files, shipped with the package for editors that complete YAML."""

from __future__ import annotations

from pathlib import Path

SCHEMA_PATH = Path(__file__).with_name("deck.schema.json")


def schema_text() -> str:
    return SCHEMA_PATH.read_text(encoding="utf-8")
