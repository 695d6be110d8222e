"""A curator's templates: copied, found beside the decks, checked at path:line, and reaching notes in Anki."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.anki import templates
from studydeck.cli import cli

from .conftest import import_into, opened, visible


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_copy_gives_a_starting_copy_and_never_overwrites_without_force(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    code, out = run("templates", "--copy", str(folder))
    assert code == 0 and "copied 7 template files" in out
    assert sorted(p.name for p in folder.iterdir()) == sorted(templates.TEMPLATE_FILES)
    assert (folder / "qa.back.html").read_bytes() == (templates.packaged_dir() / "qa.back.html").read_bytes()
    (folder / "style.css").write_text("/* mine */", encoding="utf-8")
    code, out = run("templates", "--copy", str(folder))
    assert code == 1 and out.strip().count("\n") == 0 and "already exists" in out and "--force" in out
    assert (folder / "style.css").read_text(encoding="utf-8") == "/* mine */"
    assert run("templates", "--copy", str(folder), "--force")[0] == 0
    assert (folder / "style.css").read_text(encoding="utf-8") != "/* mine */"


def test_templates_beside_the_decks_reach_existing_notes_in_place(
    deck_dir: Path, built: Path, col_path: Path
) -> None:
    import_into(col_path, built)
    folder = deck_dir.parent / "templates"
    folder.mkdir()
    (folder / "qa.back.html").write_text(
        '{{FrontSide}}\n<hr id="answer">\n<div class="answer mine">{{Back}}</div>\n'
        '<div class="source">From: {{Source}}</div>\n',
        encoding="utf-8",
    )
    code, out = run("templates", str(deck_dir))
    assert code == 0 and f"templates: {folder}: ok" in out and "from studydeck's own: cloze.front.html" in out
    code, out = run("build", str(deck_dir), "-o", str(built.parent))
    assert code == 0, out
    import_into(col_path, built)
    with opened(col_path) as col:
        assert len([m for m in col.models.all() if m["name"].startswith("studydeck")]) == 3
        qa = col.get_note(col.find_notes("rereading")[0]).cards()[0]
        assert "mine" in qa.answer() and visible(qa.answer()).count("From: Memory Hour") == 1
        assert col.note_count() == 4


def test_the_templates_option_wins_over_the_folder_beside_the_decks(deck_dir: Path, tmp_path: Path) -> None:
    (deck_dir.parent / "templates").mkdir()
    (deck_dir.parent / "templates" / "qa.front.html").write_text("{{Nope}}", encoding="utf-8")
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    (chosen / "style.css").write_text(".card { color: teal; }", encoding="utf-8")
    code, out = run("build", str(deck_dir), "-o", str(tmp_path / "out"), "--templates", str(chosen))
    assert code == 0, out
    code, out = run("build", str(deck_dir), "-o", str(tmp_path / "out2"))
    assert code == 1 and "{{Nope}} names no field" in out


@pytest.mark.parametrize(
    ("name", "text", "line", "words"),
    [
        (
            "qa.back.html",
            "{{FrontSide}}\n<hr>\n{{Answer}}\n{{Back}} {{Source}}\n",
            3,
            "{{Answer}} names no field of the studydeck Q&A note type: its fields are Front, Back, Extra, Source",
        ),
        ("cloze.back.html", "{{cloze:Text}}\n{{Extra}}\n", 1, "the template must show {{Source}}"),
        ("typed.front.html", "{{Front}}\n", 1, "the template must show {{type:Back}}"),
        ("cloze.front.html", "{{#Extra}}{{Extra}}{{/Extra}}\n{{ cloze:Text }}\n{{Front}}", 3, "{{Front}} names no"),
        ("qa.backk.html", "{{Back}}", 0, "not a studydeck template: the files are cloze.front.html"),
    ],
)
def test_a_bad_template_is_reported_at_its_line_and_nothing_is_built(
    deck_dir: Path, tmp_path: Path, name: str, text: str, line: int, words: str
) -> None:
    folder = deck_dir.parent / "templates"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    code, out = run("build", str(deck_dir), "-o", str(tmp_path / "out"))
    assert code == 1 and "Traceback" not in out
    (problem,) = out.strip().splitlines()
    assert problem.startswith(f"{folder / name}:{line}: ") and words in problem
    assert not (tmp_path / "out").exists() and not (deck_dir / "sample.lock").exists()


def test_every_packaged_template_passes_its_own_checks() -> None:
    own = templates.packaged_dir()
    for name in templates.TEMPLATE_FILES:
        assert templates.check(name, (own / name).read_text(encoding="utf-8"), name) == []


def test_a_missing_templates_folder_is_one_line(deck_dir: Path, tmp_path: Path) -> None:
    code, out = run("build", str(deck_dir), "-o", str(tmp_path / "out"), "--templates", str(tmp_path / "none"))
    assert code == 1 and out.strip() == f"{tmp_path / 'none'}: no such templates folder: copy studydeck's with " + (
        "'studydeck templates'"
    )
