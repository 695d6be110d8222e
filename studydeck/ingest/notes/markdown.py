"""Markdown notes: lines a person wrote -> Notes ('# Title', '- Key: value' metadata, takeaway and quote sections).

# Why We Sleep
- Podcast: Deep Talks
- Guest: Ana Ruiz

## Takeaways
- One idea per bullet; wrapped lines are indented.
### A titled idea is a claim
Its paragraph explains it.

## Quotes
> The quote's words.
> — Ana Ruiz, 00:12:34
"""

from __future__ import annotations

import re

from ...deck import deckfile
from ...deck.models import Episode, Notes, Quote, Takeaway
from ...errors import NotesError
from . import page
from . import text as t
from .summary import ATTRIBUTION
from .text import Line

_H1 = re.compile(r"^#\s+(?P<text>.+?)\s*#*$")
_H2 = re.compile(r"^##\s+(?P<text>.+?)\s*#*$")
_H3 = re.compile(r"^#{3,6}\s+(?P<text>.+?)\s*#*$")
_META = re.compile(r"^(?:\*\*|__)?(?P<key>[A-Za-z][A-Za-z ]{1,20}?)(?::(?:\*\*|__)|(?:\*\*|__)?:)\s*(?P<value>.*)$")
# A link's address may hold one level of parentheses, as in .../wiki/Nap_(sleep).
_ADDRESS = r"\(((?:[^()\s]|\([^()\s]*\))*)\)"
_LINK = re.compile(r"\[([^\]]*)\]" + _ADDRESS)
_EMPHASIS = re.compile(r"\*\*|__|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_TITLED = re.compile(r"^(?:\*\*|__)(?P<title>[^*_]{3,120}?)[.:]?(?:\*\*|__)[.:]?\s+(?:[\u2014-]\s+)?(?P<text>\S.*)$")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+")

QUOTES = {"quotes", "wordsworthsaving", "notablequotes", "keyquotes", "quotables"}
RECOMMENDATIONS = page.RECOMMENDED | {
    "bookrecommendations", "recommendations", "recommendedreading", "furtherreading", "readinglist", "books",
}  # fmt: skip
# "*Title* by Author. What the guest says of it": the work in emphasis, its author, then what is said of it
# (an initial's full stop belongs to the author's name: "David W. Anthony"; a dash or a bracketed year ends it)
_WORK = re.compile(
    r"^(?:\*\*|\*|_)(?P<title>[^*_]{2,150}?)(?:\*\*|\*|_),?\s+(?:by|edited by)\s+(?P<by>[^;,(—–]+?)"
    r"(?:(?<!\b[A-Z])(?:[.;,]|\s+[(—–-])\s*(?P<blurb>.*)|\.?$)"
)
SUMMARY = {"summary", "about", "overview", "gist", "thegist", "notes", "description"}
META_KEYS = {
    "podcast": "podcast",
    "show": "podcast",
    "host": "host",
    "hosts": "host",
    "guest": "guests",
    "guests": "guests",
    "date": "date",
    "published": "date",
    "duration": "duration",
    "length": "duration",
    "runtime": "duration",
    "link": "link",
    "url": "link",
    "episodelink": "link",
}


def looks_like(lines: list[Line]) -> int:
    first = next((ln.text for ln in lines if ln.text), "")
    score = 4 if _H1.match(first) else 0
    return score + sum(2 for ln in lines if _H2.match(ln.text))


def is_markdown(lines: list[Line]) -> bool:
    """A '# Title' first, then '## Section' headings: only Markdown notes look like this."""
    first = next((ln.text for ln in lines if ln.text), "")
    return bool(_H1.match(first)) and any(_H2.match(ln.text) for ln in lines)


def inline(text: str) -> str:
    """Markdown inline syntax removed: links keep their text, emphasis markers go."""
    return t.join([_EMPHASIS.sub("", _LINK.sub(r"\1", text))])


def _item(text: str) -> str | None:
    item = t.bullet(text)
    if item is None and _NUMBERED.match(text):
        item = _NUMBERED.sub("", text).strip() or None
    return item


def parse(lines: list[Line], path: str) -> Notes:
    title_at = next((i for i, ln in enumerate(lines) if _H1.match(ln.text)), None)
    if title_at is None:
        raise NotesError(path, 1, f"Markdown notes start with '# Title': {t.EXPECTED}")
    title = inline(_H1.match(lines[title_at].text).group("text"))
    fields: dict[str, str] = {}
    sections: list[tuple[str, int, list[Line]]] = []
    for ln in lines[title_at + 1 :]:
        h2 = _H2.match(ln.text)
        if h2:
            sections.append((inline(h2.group("text")), ln.number, []))
        elif sections:
            sections[-1][2].append(ln)
        else:
            _meta(ln.text, fields)
    takeaways: list[Takeaway] = []
    quotes: list[Quote] = []
    summary: list[str] = []
    for name, _, body in sections:
        kind = t.fold(name)
        if kind in QUOTES:
            quotes += _quotes(body, name, path)
        elif kind in SUMMARY:
            summary += [inline(ln.text) for ln in body if ln.text]
        elif kind in RECOMMENDATIONS:
            works = _recommendations(body, name)
            quotes += [q for q in works if isinstance(q, Quote)]
            takeaways += [tk for tk in works if isinstance(tk, Takeaway)]
        else:
            takeaways += _takeaways(body, name)
    if not takeaways and not quotes:
        raise NotesError(
            path, lines[title_at].number, "no takeaways or quotes: add a '## Takeaways' list or a '## Quotes' section"
        )
    guests = tuple(t.person(g) for g in re.split(r",\s*|;\s*|\s+and\s+|\s*&\s*", fields.get("guests", "")) if g.strip())
    episode = Episode(
        podcast=fields.get("podcast", ""),
        title=title,
        host=t.person(fields.get("host", "")),
        guests=guests,
        date=fields.get("date", ""),
        duration=fields.get("duration", ""),
        link=fields.get("link", ""),
    )
    return Notes(
        episode=episode,
        takeaways=tuple(takeaways),
        quotes=tuple(quotes),
        summary=t.join(summary),
        path=path,
        format="markdown",
    )


def _meta(text: str, fields: dict[str, str]) -> None:
    item = t.bullet(text) or text
    m = _META.match(item)
    if not m:
        return
    key = META_KEYS.get(t.fold(m.group("key")))
    value = m.group("value").strip()
    link = re.search(r"\]" + _ADDRESS + r"|<([^>]+)>", value)
    if key == "link":
        value = (link.group(1) or link.group(2)) if link else value
        # Only a web address: the link goes into Anki as a live link.
        value = value if deckfile.is_web_link(value) else ""
    elif key:
        value = inline(value)
    if key and value and key not in fields:
        fields[key] = value


def _takeaways(body: list[Line], section: str) -> list[Takeaway]:
    """Bullets (indented lines continue them) and '### Title' blocks whose text is one titled takeaway."""
    takeaways: list[Takeaway] = []
    current: tuple[int, str, list[str]] | None = None  # line, title, parts

    def close() -> None:
        nonlocal current
        if current and current[2]:
            number, title, parts = current
            text = inline(" ".join(parts))
            m = _TITLED.match(" ".join(parts)) if not title else None
            if m:
                # '**Change ringing** runs through ...': the marked subject is the title and stays in the text
                title = inline(m.group("title"))
                text = f"{title} {inline(m.group('text'))}" if _runs_on(" ".join(parts), m) else inline(m.group("text"))
            if text:
                marked = t.marks(" ".join(parts))
                takeaways.append(Takeaway(text=text, section=section, title=title, line=number, marked=marked))
        elif current and current[1]:
            takeaways.append(Takeaway(text=current[1], section=section, line=current[0]))
        current = None

    heading = ""
    for ln in body:
        h3 = _H3.match(ln.text)
        item = _item(ln.text)
        if h3:
            close()
            heading = inline(h3.group("text"))
            current = (ln.number, heading, [])
        elif item is not None and not (heading and current and current[1]):
            close()
            current = (ln.number, "", [item])
        elif ln.text and current is not None:
            current[2].append(item if item is not None else ln.text)
        elif ln.text:
            current = (ln.number, "", [ln.text])
        elif current is not None and not current[1]:
            close()
    close()
    return takeaways


def _runs_on(bullet: str, titled: re.Match[str]) -> bool:
    """'**The Liberty Bell** was cast in 1752': nothing between the emphasis and a word in lower case, so
    the emphasis is the sentence's subject, as well as the idea's title."""
    between = bullet[titled.end("title") : titled.start("text")]
    # "**Henry Beecher's 1955 paper** (JAMA) claimed ...": a bracket goes on with the subject too
    goes_on = re.match(r"[a-z]|\([^)]*\)\s+[a-z]", titled.group("text")) is not None
    return re.fullmatch(r"(?:\*\*|__)\s+", between) is not None and goes_on


def _recommendations(body: list[Line], section: str) -> list[Quote | Takeaway]:
    """'- *Title* by Author. Why it is worth reading': a recommended work, asked as the page format asks
    one ("Which book by Author is recommended?"). What the notes say of it is the note-taker's words,
    not a quote, and no card asks them; a bullet that names no work in emphasis stays a takeaway."""
    found: list[Quote | Takeaway] = []
    at = {ln.number: i for i, ln in enumerate(body)}  # where each line stands, found once
    for tk in _takeaways(body, section):
        m = _WORK.match(_bullet_with_emphasis(body, at.get(tk.line, len(body))))
        if m is None:
            found.append(tk)
            continue
        context = f"Book: {inline(m.group('title')).strip()}, by {inline(m.group('by')).strip()}"
        found.append(Quote(text="", speaker="", section=section, line=tk.line, context=context))
    return found


def _bullet_with_emphasis(body: list[Line], i: int) -> str:
    """The bullet at `body[i]` with the lines that continue it (up to the next bullet or a blank line),
    its emphasis kept: where a title is set in it shows."""
    if i >= len(body):
        return ""
    parts = [t.bullet(body[i].text) or body[i].text]
    for ln in body[i + 1 :]:
        if not ln.text or _item(ln.text) is not None or _H3.match(ln.text):
            break
        parts.append(ln.text.strip())
    return " ".join(parts).strip()


def _quotes(body: list[Line], section: str, path: str) -> list[Quote]:
    """Blockquotes, each closed by a '— Speaker[, 00:12:34]' line inside or right after it; or '- "…" — Speaker'."""
    quotes: list[Quote] = []
    pending: list[Line] = []

    def close(speaker: str, at: str) -> None:
        text = inline(" ".join(p.text for p in pending)).strip('"').strip()
        if text:
            quotes.append(Quote(text=text, speaker=t.person(speaker), section=section, at=at, line=pending[0].number))
        pending.clear()

    for ln in body:
        inner = re.sub(r"^>\s?", "", ln.text).strip() if ln.text.startswith(">") else None
        candidate = inner if inner is not None else ln.text
        attribution = ATTRIBUTION.match(candidate) if candidate else None
        listed = page.QUOTE.match(_item(ln.text) or "") if inner is None else None
        if attribution and pending:
            close(attribution.group("speaker"), attribution.group("at") or "")
        elif listed:
            pending[:] = [Line(ln.number, listed.group("text"))]
            close(listed.group("speaker"), listed.group("at") or "")
        elif inner:
            pending.append(Line(ln.number, inner))
        elif not ln.text and pending and not _next_is_attribution(body, ln):
            _no_speaker(path, pending[0].number)
    if pending:
        _no_speaker(path, pending[0].number)
    return quotes


def _next_is_attribution(body: list[Line], blank: Line) -> bool:
    after = [ln.text for ln in body if ln.number > blank.number and ln.text]
    return bool(after) and bool(ATTRIBUTION.match(after[0]))


def _no_speaker(path: str, line: int) -> None:
    raise NotesError(
        path, line, "this quote has no speaker: end it with a line '> — Speaker' (and ', 00:12:34' if known)"
    )
