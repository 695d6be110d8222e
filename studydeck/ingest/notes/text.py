"""Notes text cleaning: raw bytes -> numbered lines of plain text (quotes, dashes, spaces, bullets made regular)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ...errors import NotesError

MAX_BYTES = 5 * 1024 * 1024

# Typography that web pages and word processors put in, mapped to what a card and a typed answer use.
_CHARS = str.maketrans(
    {
        **dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t", " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        "\u2015": "\u2014",
        "\u2026": "...",
        **dict.fromkeys("\ufeff\u200b\u200c\u200d\u2060\u00ad", ""),
    }
)
_SPACES = re.compile(r" {2,}")
# A bullet at the start of a line: typographic ones, or -, * and + followed by a space.
_BULLET = re.compile(
    r"^(?:[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u25a0\u25a1\u2219\u00b7\u27a2\u2794\u25ba]\s*|[-*+]\s+)"
)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the file as given
    text: str


TOO_LARGE = f"the file is over {MAX_BYTES // 2**20} MiB: episode notes are a few pages of text"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # what Windows editors write as "Unicode"


def decode(data: bytes, path: str) -> str:
    """The text of a notes file, or a NotesError saying why it is not one."""
    if len(data) > MAX_BYTES:
        raise NotesError(path, 0, TOO_LARGE)
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")  # the byte order mark says which order, and is dropped
        except UnicodeDecodeError:
            raise NotesError(path, 1, "the file is damaged UTF-16 text: save the notes as UTF-8") from None
    if b"\0" in data:
        raise NotesError(path, 1, f"this is a binary file, not episode notes: {EXPECTED}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise NotesError(path, line, "the file is not UTF-8 text: save the notes as UTF-8") from None


EXPECTED = (
    "expected episode notes as a notes page (title, 'host · date · duration', bulleted takeaways), "
    "a summary page ('IDEAS WORTH REMEMBERING', 'WORDS WORTH SAVING') "
    "or Markdown notes ('# Title', '## Takeaways', '## Quotes')"
)


def clean(text: str) -> str:
    """One line of notes as plain text: regular quotes, dashes and spaces, no invisible characters."""
    text = unicodedata.normalize("NFC", text).translate(_CHARS)
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    return _SPACES.sub(" ", text).strip()


def lines(text: str) -> list[Line]:
    """Every line, cleaned, numbered as in the file; CRLF and lone CR count as line ends."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [Line(i, clean(t)) for i, t in enumerate(raw, 1)]


def bullet(text: str) -> str | None:
    """The item of a bulleted line, or None when the line is not one."""
    m = _BULLET.match(text)
    if not m:
        return None
    item = text[m.end() :].strip()
    return item or None


_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+", re.I)
_SUFFIX = re.compile(r",?\s+(?:Ph\.?D|M\.?D|MD|PhD)\.?$")


def person(name: str) -> str:
    """A person's name without honorifics or degrees: 'Dr. Ana Ruiz, PhD' -> 'Ana Ruiz'."""
    name = _SUFFIX.sub("", _HONORIFIC.sub("", name.strip(" ,;.-"))).strip()
    return name


def fold(text: str) -> str:
    """A comparison key: lower case letters and digits only, accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def join(parts: list[str]) -> str:
    """Wrapped lines of one paragraph, joined with single spaces, without the Markdown bold that notes
    pasted from elsewhere keep ("the **tessera**"): a learner's card shows no asterisks."""
    joined = _SPACES.sub(" ", " ".join(p for p in parts if p)).strip()
    return _BOLD.sub(r"\1", joined)


def marks(text: str) -> tuple[str, ...]:
    """What a line sets in Markdown bold, in order: "the **tessera**" marks "tessera"."""
    return tuple(dict.fromkeys(m.group(1).strip() for m in _BOLD.finditer(text)))


_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
