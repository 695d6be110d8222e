"""The small markup curators may use, and HTML escaping of everything else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studydeck.deck.markup import to_html, to_plain


def test_allowed_marks_become_tags() -> None:
    assert to_html("a **key** *idea* in `code`") == "a <b>key</b> <i>idea</i> in <code>code</code>"
    assert to_html("one\ntwo") == "one<br>two"


def test_everything_else_is_text() -> None:
    assert to_html("<script>alert('x')</script> & <b>") == (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;"
    )
    assert to_html("2 * 3 * 4 and a*b") == "2 * 3 * 4 and a*b"


def test_plain_text_drops_the_marks() -> None:
    assert to_plain("a **key** *idea* in `code`") == "a key idea in code"


@given(st.text())
def test_no_tag_from_the_text_survives(text: str) -> None:
    html = to_html(text)
    for tag in ("<b>", "<i>", "<code>", "<br>", "</b>", "</i>", "</code>"):
        html = html.replace(tag, "")
    assert "<" not in html and ">" not in html
