"""Cloze syntax: deletions, the problems Anki would reject, and rendering one card."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studydeck.deck import cloze

TEXT = "A {{c1::twenty-minute}} nap raised recall by {{c2::18%::a percentage}} in {{c1::one}} study."


def test_deletions_and_ordinals() -> None:
    assert [(d.ordinal, d.answer, d.hint) for d in cloze.deletions(TEXT)] == [
        (1, "twenty-minute", ""),
        (2, "18%", "a percentage"),
        (1, "one", ""),
    ]
    assert cloze.ordinals(TEXT) == [1, 2]
    assert cloze.answers(TEXT, 1) == ["twenty-minute", "one"]


def test_render_blanks_one_card_and_shows_its_hint() -> None:
    assert cloze.render(TEXT, 1) == "A [...] nap raised recall by 18% in [...] study."
    assert cloze.render(TEXT, 2) == "A twenty-minute nap raised recall by [a percentage] in one study."
    assert cloze.reveal(TEXT) == "A twenty-minute nap raised recall by 18% in one study."


def test_problems_anki_would_reject() -> None:
    assert cloze.problems(TEXT) == []
    assert "at least one deletion" in cloze.problems("no blank here")[0]
    assert "start at 1" in cloze.problems("{{c0::x}}")[0]
    assert "unbalanced" in cloze.problems("a {{c1::x} b")[0]
    assert "unbalanced" in cloze.problems("a {{c1::x}} {{c2::y")[0]
    assert "is empty" in cloze.problems("a {{c1::}} b")[0]
    assert "stray" in cloze.problems("a {{c1::x}} and }} {{")[0]


@given(st.text())
def test_any_text_gives_problems_or_renders(text: str) -> None:
    if not cloze.problems(text):
        for n in cloze.ordinals(text):
            assert "{{c" not in cloze.render(text, n)


def test_single_braces_are_found_as_typos() -> None:
    from studydeck.deck.cloze import single_brace_typos

    assert single_brace_typos("Bees sleep {{c1::five}} hours, {c2::six} on hot days.") == [
        "'{c2::six}' has single braces, so it is shown as typed, not hidden: write {{c2::six}}"
    ]
    assert single_brace_typos("Bees sleep {{c1::five}} hours; a set {a, b} is not a deletion.") == []
