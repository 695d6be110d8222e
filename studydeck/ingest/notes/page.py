"""Notes-page format: lines of a saved episode page -> Notes (meta line, titled bullet lists, recommended quotes).

The page looks like:

    <site header>
    <host> · <date> · <duration>
    <title>
    <summary>
    The guest / The gist / <heading> followed by bullets / Recommended in this episode
"""

from __future__ import annotations

import re

from ...deck.models import Episode, Notes, Quote, Takeaway
from ...errors import NotesError
from . import text as t
from .text import Line

_DATE = re.compile(
    r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))$"
)
_DURATION = re.compile(
    r"^(?=\d)(?:\d+\s*h(?:ours?|rs?)?)?\s*(?:\d+\s*m(?:in(?:utes?)?)?)?\s*(?:\d+\s*s(?:ec)?)?$|^\d{1,2}:\d{2}(?::\d{2})?$",
    re.I,
)
_META_SEP = re.compile(r"\s+[\u00b7|\u2022]\s+")
QUOTE = re.compile(
    r'^"(?P<text>[^"]{2,}?)"\s*(?:[\u2014-]{1,2}|~)\s*(?P<speaker>[^\d\s"][^"]*?)'
    r"(?:,?\s*[(\[]?(?P<at>\d{1,2}:\d{2}(?::\d{2})?)[)\]]?)?$"
)
# The kinds of thing a page recommends ("Guest's ownBook"): the first word of a recommendation's context.
RECOMMENDED_KINDS = (
    "Book", "Media", "Product", "Podcast", "App", "Film", "Movie", "Article", "Paper", "Tool", "Course", "Show",
    "Website", "Device", "Supplement",
)  # fmt: skip
_CATEGORY = re.compile(
    r"^(?P<owner>(?:Guest|Host)['\u2019]s (?:own|pick)|Recommended|Mentioned)?\s*"
    rf"(?P<kind>{'|'.join(RECOMMENDED_KINDS)})s?$",
    re.I,
)
_SHOP = re.compile(r"^(?:Find it on|Buy (?:it )?on|Available (?:on|at)|Shop |Get it on|Listen on|Watch on)", re.I)

GUEST = {"theguest", "theguests", "guest", "guests", "abouttheguest", "abouttheguests"}
GIST = {"thegist", "gist", "summary", "overview", "inshort"}
RECOMMENDED = {"recommendedinthisepisode", "recommended", "mentionedinthisepisode", "resources", "booksandmedia"}
TAKEAWAYS = {
    "bigreveals",
    "thingsworthremembering",
    "keytakeaways",
    "takeaways",
    "keypoints",
    "keyideas",
    "whatyoulllearn",
    "highlights",
    "notablequotes",
    "quotes",
    "keyquotes",
}
KNOWN = GUEST | GIST | RECOMMENDED | TAKEAWAYS


def meta(line: str) -> tuple[str, str, str] | None:
    """(host, date, duration) from a 'host · date · duration' line, else None."""
    parts = [p.strip() for p in _META_SEP.split(line)]
    if not 2 <= len(parts) <= 4:
        return None
    date = next((p for p in parts if _DATE.match(p)), "")
    duration = next((p for p in parts if _DURATION.match(p) and p != date), "")
    rest = [p for p in parts if p not in (date, duration)]
    if not (date or duration) or len(rest) > 1:
        return None
    return (rest[0] if rest else ""), date, duration


def looks_like(lines: list[Line]) -> int:
    """How strongly the lines look like a notes page: a meta line, known headings, bulleted lists."""
    head = [ln.text for ln in lines if ln.text][:8]
    score = 3 if any(meta(x) for x in head) else 0
    score += sum(2 for ln in lines if t.fold(ln.text) in KNOWN)
    score += min(3, sum(1 for ln in lines if t.bullet(ln.text)))
    return score


def is_heading(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    if not text or t.bullet(text) or QUOTE.match(text):
        return False
    if t.fold(text) in KNOWN:
        return True
    words = text.split()
    if len(words) > 6 or text[-1] in '.!?:,;"':
        return False
    following = next((ln.text for ln in lines[i + 1 :] if ln.text), "")
    return t.bullet(following) is not None


def parse(lines: list[Line], path: str) -> Notes:
    filled = [i for i, ln in enumerate(lines) if ln.text]
    host = date = duration = ""
    start = 0
    for i in filled[:8]:
        found = meta(lines[i].text)
        if found:
            host, date, duration = found
            start = i + 1
            break
    title_at = next((i for i in filled if i >= start and not is_heading(lines, i)), None)
    if title_at is None:
        raise NotesError(path, 1, f"no episode title found: {t.EXPECTED}")
    title = lines[title_at].text
    sections = _sections(lines, title_at + 1)
    summary_lines = [lines[i].text for i in sections.pop(None, []) if lines[i].text != title]
    guests: list[str] = []
    takeaways: list[Takeaway] = []
    quotes: list[Quote] = []
    gist: list[str] = []
    for (_, heading), body in sections.items():
        kind = t.fold(heading)
        if kind in GUEST:
            guests += [_guest(lines[i].text) for i in body if lines[i].text]
        elif kind in GIST:
            gist += [lines[i].text for i in body]
        elif kind in RECOMMENDED:
            quotes += _recommended(lines, body, heading)
        else:
            found_takeaways, found_quotes = _bullets(lines, body, heading)
            takeaways += found_takeaways
            quotes += found_quotes
    if not takeaways and not quotes:
        raise NotesError(path, lines[title_at].number, f"no takeaways or quotes found under the title: {t.EXPECTED}")
    episode = Episode(
        podcast="",
        title=title,
        host=t.person(host),
        guests=tuple(g for g in guests if g),
        date=date,
        duration=duration,
    )
    return Notes(
        episode=episode,
        takeaways=tuple(takeaways),
        quotes=tuple(quotes),
        summary=t.join(summary_lines + gist),
        path=path,
        format="page",
    )


def _sections(lines: list[Line], start: int) -> dict:
    """Line indexes under each heading, keyed (index, heading); the lines before the first under None."""
    sections: dict = {None: []}
    current = None
    for i in range(start, len(lines)):
        if is_heading(lines, i):
            current = (i, lines[i].text)
            sections[current] = []
        else:
            sections[current].append(i)
    return sections


def _guest(line: str) -> str:
    name = re.split(r"\s+[\u2014-]{1,2}\s+|,\s+", line, maxsplit=1)[0]
    return t.person(name) if len(name.split()) <= 6 else ""


def _bullets(lines: list[Line], body: list[int], section: str) -> tuple[list[Takeaway], list[Quote]]:
    """Bulleted items (wrapped lines joined); an item that is a quote with a speaker is a quote."""
    items: list[tuple[int, list[str]]] = []
    previous_blank = True
    for i in body:
        text = lines[i].text
        item = t.bullet(text)
        if item is not None:
            items.append((lines[i].number, [item]))
        elif text and items and not previous_blank:
            items[-1][1].append(text)
        elif text and QUOTE.match(text):
            items.append((lines[i].number, [text]))
        previous_blank = not text
    takeaways, quotes = [], []
    for number, parts in items:
        joined = t.join(parts)
        m = QUOTE.match(joined)
        if m:
            quotes.append(_quote(m, section, number))
        else:
            takeaways.append(Takeaway(text=joined, section=section, line=number, marked=t.marks(" ".join(parts))))
    return takeaways, quotes


def _quote(m: re.Match[str], section: str, number: int, context: str = "") -> Quote:
    return Quote(
        text=m.group("text").strip(),
        speaker=t.person(m.group("speaker")),
        section=section,
        at=m.group("at") or "",
        line=number,
        context=context,
    )


def _recommended(lines: list[Line], body: list[int], section: str) -> list[Quote]:
    """Quotes under 'Recommended': each about the item named on the lines before it."""
    quotes = []
    block: list[str] = []
    for i in body:
        text = lines[i].text
        m = QUOTE.match(text)
        if m:
            quotes.append(_quote(m, section, lines[i].number, _item(block)))
            block = []
        elif text and not _SHOP.match(text):
            block.append(text)
    return quotes


MAX_NAME_WORDS = 12  # a longer line is a blurb or the site's text, unless it reads as a title with its subtitle
MAX_TITLE_WORDS = 20


def _names_an_item(line: str) -> bool:
    """A line that names a work or its author: short, or a title with its subtitle ("A Short Bright
    Flash: Augustin Fresnel and the Birth of the Modern Lighthouse"), which no sentence mark ends."""
    n = len(line.split())
    return n <= MAX_NAME_WORDS or n <= MAX_TITLE_WORDS and ":" in line and not line.rstrip().endswith((".", "!", "?"))


def _item(block: list[str]) -> str:
    """'Book: Title, by Author' from the lines that name a recommended thing."""
    kind = ""
    start = 0
    for i, line in enumerate(block):
        m = _CATEGORY.match(line)
        if m:
            kind, start = m.group("kind").capitalize(), i + 1
    rest = block[start:] if kind else block[-2:]
    rest = [line for line in rest if _names_an_item(line)]
    if not rest:
        return ""
    maker = _MADE_BY.sub("", rest[1]) if len(rest) > 1 else ""  # "Edited by Maurice Riordan": the editor
    name = rest[0] + (f", by {maker}" if maker else "")
    return f"{kind}: {name}" if kind else name


_MADE_BY = re.compile(r"^(?:(?:edited|translated|written|compiled|directed|narrated|produced|hosted|presented)\s+by)\s+", re.I)
