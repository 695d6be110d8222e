"""Issue 14, export: what Anki makes of hostile card text, checked in a real collection."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from studydeck.anki.build import build

DECK = r"""deck: Pods::Show
key: show-1
episode:
  podcast: Show
  title: One
cards:
  - id: media
    front: 'Play [sound:evil.mp3] and typeset [$]x^2[/$] [latex]y[/latex] \(z\) \[w\]'
    back: '[sound:b.mp3] \(a\)'
"""


def test_anki_markup_in_card_text_is_neither_played_nor_typeset(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "show.yaml").write_text(DECK, encoding="utf-8")
    build([decks], tmp_path / "out", now=1_760_000_000)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(tmp_path / "out" / "show.apkg"), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        (card_id,) = col.find_cards("")
        card = col.get_card(card_id)
        question, answer = card.question(), card.answer()
        assert card.question_av_tags() == [] and card.answer_av_tags() == []
        for rendered in (question, answer):
            assert "latex-" not in rendered and "[sound:" not in rendered and "[anki:play" not in rendered
            assert "\\(" not in rendered and "\\[" not in rendered  # MathJax's marks, broken by a word joiner
        assert "&#91;sound:evil.mp3]" in question and "x^2" in question
    finally:
        col.close()
