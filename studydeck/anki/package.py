"""Stamped decks -> the bytes of one .apkg: notes written deck by deck as they come, ids fixed at the end."""

from __future__ import annotations

import io
import itertools
import json
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

# A fixed date for zip entries: the package's bytes depend on the decks only, never on the clock.
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


class Model(genanki.Model):
    """A note type whose modification time is its own, not the package's."""

    def __init__(self, mod: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.mod = mod

    def to_json(self, timestamp: float, deck_id: int) -> dict:
        data = super().to_json(timestamp, deck_id)
        data["mod"] = self.mod
        return data


_PROVISIONAL = -(1 << 62)  # where ids count from until the package's newest time is known


class PackageWriter:
    """One package being written: `add` each deck's notes, then `finish` for the .apkg bytes.

    Ids of new notes and cards count up from the newest time in the package (stable across
    rebuilds), which is known only once every deck is in: they are written from 0 and shifted at
    the end, so that a package of a whole library is written while its decks are still prepared.
    """

    def __init__(self, models: dict[str, Model]) -> None:
        self._models = models
        self._tmp = tempfile.TemporaryDirectory(prefix="studydeck-")
        self._path = Path(self._tmp.name) / "collection.anki2"
        self._conn = sqlite3.connect(self._path)
        # A scratch file zipped at once: durability would only cost time (about 4x per deck).
        self._conn.execute("PRAGMA synchronous = OFF")
        self._conn.execute("PRAGMA journal_mode = MEMORY")
        self._cursor = self._conn.cursor()
        self._cursor.executescript(APKG_SCHEMA)
        self._cursor.executescript(APKG_COL)
        # The indexes of notes and cards are made at the end, over every row at once: faster than
        # keeping them up to date through the inserts and the shift of ids.
        self._indexes = self._cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('notes', 'cards') "
            "AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        for name, _ in self._indexes:
            self._cursor.execute(f"DROP INDEX {name}")
        self._ids = itertools.count(_PROVISIONAL)
        self._decks: dict[str, dict] = {}
        self._presets: dict[str, dict] = {}
        self._model_deck: dict[str, int] = {}  # the note type's default deck: the last deck using it
        self._newest = max([m.mod for m in models.values()] + [0])

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_deck(
        self, deck_id: int, name: str, description: str, note_type_mods: dict[str, int], preset: dict | None
    ) -> None:
        """A deck, with when each of the note types it uses last changed, and its options preset."""
        for kind, mod in note_type_mods.items():
            self._models[kind].mod = max(self._models[kind].mod, mod)
            self._newest = max(self._newest, mod)
        deck = genanki.Deck(deck_id, name, description).to_json()
        if preset is not None:
            deck["conf"] = preset["id"]
            self._presets[str(preset["id"])] = preset
        self._decks[str(deck_id)] = deck

    def add_notes(self, deck_id: int, notes: Iterable[tuple[str, str, list[str], list[str], int]]) -> None:
        """A deck's notes, each (kind, guid, fields, tags, mod), as genanki writes them but with the
        note's own time (when its content last changed) on the note and its new cards.

        Rows are written in bulk, not through genanki.Note: a library's package has 100,000 notes.
        """
        note_rows, card_rows = [], []
        ids = self._ids
        for kind, guid, fields, tags, mod in notes:
            model = self._models[kind]
            nid = next(ids)
            tag_text = f" {' '.join(tags)} "
            note_rows.append((nid, guid, model.model_id, mod, -1, tag_text, "\x1f".join(fields), fields[0], 0, 0, ""))
            for ord_ in _card_ords(model, fields):
                card_rows.append((next(ids), nid, deck_id, ord_, mod, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ""))
            self._model_deck[kind] = deck_id
            self._newest = max(self._newest, mod)
        self._cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", note_rows)
        self._cursor.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)

    def finish(self) -> bytes:
        """The .apkg bytes; the same decks and notes added in the same order always give the same bytes."""
        self._write_col()
        offset = self._newest * 1000 - _PROVISIONAL
        # Every id moves by the same amount, from below zero to above it: no two ever meet on the way.
        self._cursor.execute("UPDATE notes SET id = id + ?", (offset,))
        self._cursor.execute("UPDATE cards SET id = id + ?, nid = nid + ?", (offset, offset))
        for _, sql in self._indexes:
            self._cursor.execute(sql)
        self._conn.commit()
        self._conn.close()
        collection = self._path.read_bytes()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in (("collection.anki2", collection), ("media", b"{}")):
                info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                # The fastest level: a library's package is compressed while nothing else runs.
                zf.writestr(info, data, compresslevel=1)
        return buffer.getvalue()

    def close(self) -> None:
        self._conn.close()
        self._tmp.cleanup()

    def _write_col(self) -> None:
        decks_json, models_json, presets_json = self._cursor.execute("SELECT decks, models, dconf FROM col").fetchone()
        decks = json.loads(decks_json) | self._decks
        models = json.loads(models_json)
        for kind, model in self._models.items():
            if kind in self._model_deck:
                models[str(model.model_id)] = model.to_json(model.mod, self._model_deck[kind])
        presets = json.loads(presets_json) | self._presets
        self._cursor.execute(
            "UPDATE col SET decks = ?, models = ?, dconf = ?",
            (json.dumps(decks), json.dumps(models), json.dumps(presets)),
        )


_CLOZE_NUMBER = re.compile(r"{{c(\d+)::.+?}}", re.DOTALL)


def _card_ords(model: Model, fields: list[str]) -> list[int]:
    """Which cards a note has: one per deletion number of a cloze (its first field), else the one card."""
    if model.model_type != genanki.Model.CLOZE:
        return [0]
    return sorted({int(n) - 1 for n in _CLOZE_NUMBER.findall(fields[0]) if int(n) > 0})
