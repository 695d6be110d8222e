"""Export: build packages, import them into a real Anki collection, and look at what Anki made."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from anki.collection import Collection
from anki.scheduler_pb2 import CardAnswer

from studydeck.anki import export, templates
from studydeck.anki.build import build
from studydeck.deck import lockfile

from .conftest import DECK_NAME, T0, edit, import_into, opened, visible


def review_first_card(col: Collection) -> int:
    """Answer one due card as a learner would; returns its id."""
    col.decks.select(col.decks.id_for_name(DECK_NAME))
    queued = col.sched.get_queued_cards().cards[0]
    card = col.get_card(queued.card.id)
    card.start_timer()
    col.sched.answer_card(col.sched.build_answer(card=card, states=queued.states, rating=CardAnswer.GOOD))
    return card.id


def test_anki_imports_one_note_per_card_with_decks_and_tags(built: Path, col_path: Path) -> None:
    import_into(col_path, built)
    with opened(col_path) as col:
        assert col.note_count() == 4
        # One review card per deletion number: 1 + 2 cloze cards, 2 Q&A cards.
        assert col.card_count() == 5
        assert {col.decks.name(col.get_card(cid).did) for cid in col.find_cards("")} == {DECK_NAME}
        spindle = next(col.get_note(n) for n in col.find_notes("spindles"))
        assert sorted(spindle.tags) == ["memory", "sleep", "spindles"]
        assert spindle.note_type()["name"] == "studydeck Cloze"


def test_cloze_front_shows_the_blank_and_back_the_answer(built: Path, col_path: Path) -> None:
    import_into(col_path, built)
    with opened(col_path) as col:
        nid = col.find_notes("nap")[0]
        cards = sorted(col.get_note(nid).cards(), key=lambda c: c.ord)
        first, second = (visible(c.question()) for c in cards)
        assert first == "A [...] nap after study improved recall of word pairs by 18% in the lab study."
        assert second == "A twenty-minute nap after study improved recall of word pairs by [...] in the lab study."
        back = visible(cards[0].answer())
        assert back.startswith("A twenty-minute nap") and "Priya Raman" in back
        assert "<b>lab</b>" in cards[0].question()  # the curator's **bold** markup


def test_qa_cards_render_with_the_source_on_the_back_and_html_escaped(built: Path, col_path: Path) -> None:
    import_into(col_path, built)
    with opened(col_path) as col:
        qa = col.get_note(col.find_notes("rereading")[0]).cards()[0]
        assert "Why does <i>testing yourself</i> beat rereading?" in qa.question()
        assert visible(qa.question()) == "Why does testing yourself beat rereading?"
        back = visible(qa.answer())
        assert "Retrieval strengthens the memory trace" in back
        for part in ("Memory Hour — Episode 12: Sleep, spindles & recall", "Dana Ortiz", "00:31:40", "Ideas"):
            assert part in back
        typed = col.get_note(col.find_notes("Hippocampus")[0]).cards()[0]
        assert 'id="typeans"' in typed.question() or "typeans" in typed.question()
        assert "&lt;script&gt;" in typed.answer() and "<script>alert" not in typed.answer()


def test_edit_rebuild_reimport_updates_in_place_and_keeps_progress(
    deck_dir: Path, built: Path, col_path: Path, tmp_path: Path
) -> None:
    import_into(col_path, built)
    col = Collection(str(col_path))
    reviewed = review_first_card(col)
    reviewed_note = col.get_card(reviewed).nid
    history = col.db.scalar("select count() from revlog where cid = ?", reviewed)
    interval = col.get_card(reviewed).ivl
    # The learner edits another note inside Anki.
    other = col.get_note(col.find_notes("rereading")[0])
    other["Extra"] = "my own mnemonic"
    col.update_note(other)
    col.close()

    edit(deck_dir / "sample.yaml", "last about {{c1::one to two seconds}} each", "last {{c1::one to two seconds}} each")
    edit(deck_dir / "sample.yaml", "A {{c1::twenty-minute}} nap", "A short {{c1::twenty-minute}} nap")
    build([deck_dir], tmp_path / "out", now=T0 + 3600)
    import_into(col_path, built)

    with opened(col_path) as col:
        assert col.note_count() == 4 and col.card_count() == 5
        texts = [col.get_note(n).fields[0] for n in col.find_notes("")]
        assert any("spindles last {{c1::one to two seconds}} each" in t for t in texts)
        assert any(t.startswith("A short {{c1::twenty-minute}} nap") for t in texts)
        assert col.get_card(reviewed).nid == reviewed_note
        assert col.db.scalar("select count() from revlog where cid = ?", reviewed) == history == 1
        assert col.get_card(reviewed).ivl == interval
        assert col.get_note(other.id)["Extra"] == "my own mnemonic"


def test_only_the_edited_card_gets_a_new_modification_time(deck_dir: Path, tmp_path: Path) -> None:
    build([deck_dir], tmp_path / "out", now=T0)
    before = lockfile.read(deck_dir / "sample.yaml").cards
    edit(deck_dir / "sample.yaml", "Retrieval strengthens", "Recall strengthens")
    build([deck_dir], tmp_path / "out", now=T0 + 50)
    after = lockfile.read(deck_dir / "sample.yaml").cards
    assert after["why-retrieval"].mod == T0 + 50
    assert {k: v for k, v in after.items() if k != "why-retrieval"} == {
        k: v for k, v in before.items() if k != "why-retrieval"
    }


def test_rebuilding_unchanged_decks_gives_identical_bytes_also_from_a_fresh_clone(
    deck_dir: Path, built: Path, tmp_path: Path
) -> None:
    first = built.read_bytes()
    result = build([deck_dir], tmp_path / "out", now=T0 + 999)
    assert result.unchanged == [built] and built.read_bytes() == first
    clone = tmp_path / "clone" / "decks"
    clone.mkdir(parents=True)
    for name in ("sample.yaml", "sample.lock"):
        shutil.copy(deck_dir / name, clone / name)
    build([clone], tmp_path / "clone-out", now=T0 + 12345)
    assert (tmp_path / "clone-out" / "sample.apkg").read_bytes() == first


def test_a_template_change_reaches_existing_notes_without_a_second_note_type(
    deck_dir: Path, built: Path, col_path: Path, tmp_path: Path
) -> None:
    import_into(col_path, built)
    folder = tmp_path / "folder"
    shutil.copytree(templates.packaged_dir(), folder)
    (folder / "style.css").write_text("/* new look */ .card { color: teal; }", encoding="utf-8")
    with (folder / "qa.back.html").open("a", encoding="utf-8") as f:
        f.write('<div class="marker">v2</div>\n')
    build([deck_dir], tmp_path / "out", now=T0 + 60, templates_from=folder)
    import_into(col_path, built)
    with opened(col_path) as col:  # reopened: the library caches note types
        ours = [m for m in col.models.all() if m["name"].startswith("studydeck")]
        assert sorted(m["name"] for m in ours) == sorted(export.NOTE_TYPE_NAMES.values())
        assert all("color: teal" in m["css"] for m in ours)
        qa = col.get_note(col.find_notes("rereading")[0]).cards()[0]
        assert "v2" in qa.answer()
        assert col.note_count() == 4


def test_several_decks_in_one_package(deck_dir: Path, tmp_path: Path, col_path: Path) -> None:
    second = (deck_dir / "sample.yaml").read_text(encoding="utf-8")
    second = second.replace("key: memory-hour-12", "key: memory-hour-13").replace("Sleep and recall", "Naps")
    (deck_dir / "second.yaml").write_text(second, encoding="utf-8")
    result = build([deck_dir], tmp_path / "out", now=T0, package="all")
    assert result.written == [tmp_path / "out" / "all.apkg"]
    import_into(col_path, tmp_path / "out" / "all.apkg")
    with opened(col_path) as col:
        assert col.note_count() == 8  # same card ids, different deck keys: no collision
        assert col.card_count() == 10
        names = {col.decks.name(col.get_card(cid).did) for cid in col.find_cards("")}
        assert names == {DECK_NAME, "Test Podcasts::Memory Hour::Naps"}


def test_ids_come_from_stable_names() -> None:
    assert export.stable_id("studydeck deck A") == export.stable_id("studydeck deck A")
    assert export.stable_id("studydeck deck A") != export.stable_id("studydeck deck B")
    assert (1 << 30) <= export.stable_id("x") < (1 << 31)


# -- tags -----------------------------------------------------------------------------------------


def test_studydeck_own_tags_go_under_one_parent_and_the_curators_stay(
    deck_dir: Path, tmp_path: Path, col_path: Path
) -> None:
    edit(deck_dir / "sample.yaml", "tags: [spindles]", "tags: [spindles, quote, Why, studydeck::pick]")
    edit(deck_dir / "sample.yaml", "tags: [memory, sleep]", "tags: [memory, sleep, how]")
    build([deck_dir], tmp_path / "out", now=T0)
    import_into(col_path, tmp_path / "out" / "sample.apkg")
    with opened(col_path) as col:
        spindle = col.get_note(col.find_notes("spindles")[0])
        # the deck's tags are the curator's, as written; the card's own forms are studydeck's
        assert sorted(spindle.tags) == ["how", "memory", "sleep", "spindles", "studydeck::pick"] + [
            "studydeck::quote",
            "studydeck::why",
        ]
        assert col.find_notes("tag:studydeck") == [spindle.id]  # the parent tag finds its children
        assert "quote" not in col.tags.all() and "studydeck::quote" in col.tags.all()


def test_a_deck_built_before_the_tags_moved_gets_them_moved_on_reimport(
    deck_dir: Path, tmp_path: Path, col_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(deck_dir / "sample.yaml", "tags: [spindles]", "tags: [spindles, quote]")
    with monkeypatch.context() as old_studydeck:  # which wrote tags as the deck file says
        old_studydeck.setattr(export, "OWN_TAGS", frozenset())
        build([deck_dir], tmp_path / "old", now=T0)
    import_into(col_path, tmp_path / "old" / "sample.apkg")
    build([deck_dir], tmp_path / "out", now=T0 + 60)
    mods = {card_id: entry.mod for card_id, entry in lockfile.read(deck_dir / "sample.yaml").cards.items()}
    assert mods == {"spindle-length": T0 + 60, "naps-and-recall": T0, "why-retrieval": T0, "typed-region": T0}
    import_into(col_path, tmp_path / "out" / "sample.apkg")
    with opened(col_path) as col:
        assert sorted(col.get_note(col.find_notes("spindles")[0]).tags) == [
            "memory",
            "sleep",
            "spindles",
            "studydeck::quote",
        ]


def test_every_tag_ingest_gives_is_one_of_studydecks_own() -> None:
    from studydeck.ingest import merge

    from ..conftest import FIXTURES

    result = merge.plan(sorted((FIXTURES / "notes").glob("*.[tm][xd]*")), FIXTURES / "no-decks-here")
    tags = {t for deck in result.decks for card in deck.added for t in card.tags}
    # studydeck's own tags, short in the deck file, or already filed under studydeck:: (the doubtful mark)
    assert tags and all(t in export.OWN_TAGS or t.startswith(export.TAG_PARENT) for t in tags)
