"""The small markup curators may use in card text: **bold**, *italic*, `code` and line breaks.

Everything else is text: it is escaped for HTML, so no tag or script from a deck reaches a card.
"""

from __future__ import annotations

import html
import re

_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")


def to_html(text: str) -> str:
    """Card text as safe HTML."""
    out = html.escape(text, quote=True)
    out = _CODE.sub(r"<code>\1</code>", out)
    out = _BOLD.sub(r"<b>\1</b>", out)
    out = _ITALIC.sub(r"<i>\1</i>", out)
    return out.replace("\r\n", "\n").replace("\n", "<br>")


def to_plain(text: str) -> str:
    """Card text with the markup removed, for the terminal and for grading."""
    out = _CODE.sub(r"\1", text)
    out = _BOLD.sub(r"\1", out)
    return _ITALIC.sub(r"\1", out)
