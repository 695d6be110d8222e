"""Helpers of the Anki tests: build the sample deck, import a package into a real collection, read what Anki shows."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from studydeck.anki.build import build

DECK_NAME = "Test Podcasts::Memory Hour::Sleep and recall"
T0 = 1_760_000_000  # the fixed "now" of the first build; later builds pass later times


def import_into(col_path: Path, apkg: Path, **options: bool) -> None:
    """As Anki's File > Import does; `options` are the import dialog's boxes, such as with_deck_configs."""
    with opened(col_path) as col:
        request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions(**options))
        col.import_anki_package(request)


@contextmanager
def opened(col_path: Path) -> Iterator[Collection]:
    col = Collection(str(col_path))
    try:
        yield col
    finally:
        col.close()


def visible(rendered: str) -> str:
    """What the learner reads: no style sheet, no tags or attributes."""
    text = re.sub(r"<style>.*?</style>", "", rendered, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def edit(deck_file: Path, old: str, new: str) -> None:
    text = deck_file.read_text(encoding="utf-8")
    assert old in text
    deck_file.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def built(deck_dir: Path, tmp_path: Path) -> Path:
    build([deck_dir], tmp_path / "out", now=T0)
    return tmp_path / "out" / "sample.apkg"


@pytest.fixture
def col_path(tmp_path: Path) -> Path:
    path = tmp_path / "learner" / "collection.anki2"
    path.parent.mkdir()
    return path


