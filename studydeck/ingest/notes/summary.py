"""Summary format: lines of a saved summary page -> Notes (titled idea paragraphs, quotes each followed by '— Speaker').

The page looks like:

    <podcast><title>                  (often glued together)
    At a glance
    WHAT IT'S REALLY ABOUT / <headline> / - <summary paragraph>
    IDEAS WORTH REMEMBERING / <count> ideas<title> / <paragraph> / <title> / <paragraph> ...
    WORDS WORTH SAVING / <count> quotes<quote> / — <speaker> ...
    <site text>
"""

from __future__ import annotations

import re
from collections.abc import Container

from ...deck.models import Episode, Notes, Quote, Takeaway
from ...errors import NotesError
from ...language.words import CAPITAL, NAME_PARTICLE
from . import text as t
from .text import Line

IDEAS = {"ideasworthremembering", "keyideas", "bigideas", "keytakeaways", "takeaways", "keyinsights", "lessons"}
QUOTES = {"wordsworthsaving", "quotes", "notablequotes", "keyquotes", "bestquotes", "quotables"}
ABOUT = {"whatitsreallyabout", "summary", "overview", "tldr", "inbrief"}
OTHER = {"ataglance", "keymoments", "chapters", "timestamps", "transcript"}
KNOWN = IDEAS | QUOTES | ABOUT | OTHER

# "4 quotesÖtzi didn't ...": the count glued to the first item, which opens on a capital of any alphabet
# (case-sensitive, or "4 quote" would be cut before the "s" of "quotes")
_COUNT = re.compile(
    r"^\d{1,3}\s*(?:ideas?|quotes?|takeaways?|insights?|lessons?|highlights?|moments?)"
    rf"(?=$|[\s\"'\u201c\u2018]|(?-i:{CAPITAL}))\s*",
    re.I,
)
ATTRIBUTION = re.compile(
    r"^(?:\u2014|-{1,2}|~)\s*(?P<speaker>[^\d\s\u2014-][^\u2014]{0,80}?)"
    r"(?:,?\s*[(\[]?(?P<at>\d{1,2}:\d{2}(?::\d{2})?)[)\]]?)?$"
)
# A name: capitalised words, with the particles of names such as "Pieter van Staden"; it ends where the
# sentence goes on ("... about", "..., and"), so that a descriptor such as "Costa Rican vet" stays out of it.
_NAME = (
    rf"(?:(?:Dr|Prof)\.? )?{CAPITAL}[\w'.-]+(?: (?:{NAME_PARTICLE} )*{CAPITAL}[\w'.-]+){{1,3}}"
    r"(?=[,;.(]| \(| and\b| about\b| in\b| on\b| for\b| to\b| who\b|$)"
)
# "Host Ana Ruiz talks with historian Dr. Ben Ode and curator Cy Lee about ...": the role word is no name
_HOST = re.compile(
    rf"\b(?:(?:Host|Presenter) )?(?P<host>{CAPITAL}[\w'.-]+(?: {CAPITAL}[\w'.-]+){{1,3}}) (?:interviews|talks (?:to|with)|"
    r"speaks with|sits down with|welcomes|chats with|hosts|is joined by)\b"
    rf"(?:(?: [\w-]+){{0,4}}? (?P<guest>{_NAME}))?"
)
# one more guest after the first: ", historian Dr. Ben Ode", " and Costa Rican vet Cy Lee"
_MORE_GUESTS = re.compile(rf"(?:,| and|, and)(?: [\w-]+){{0,4}}? (?P<guest>{_NAME})")
# Words that often end a podcast's name or start an episode title: they help split the two when glued.
_SHOW_END = re.compile(r"(?:Podcast|Show|Radio|Lab|Hour|Talks?|Daily|Cast|Live|FM|Report|Weekly|Club|Minute)$")
_TITLE_START = re.compile(r"^(?:How|Why|What|When|Where|Who|Which|The|A|An|Is|Are|Can|Do|Does|Episode|Ep|#|\d)\b")
FOOTER = re.compile(
    r"(?:AI-generated summary|Get more out of|Add to (?:Chrome|Firefox|Safari|Edge)|Powered by|Subscribe (?:to|for)|"
    r"Sign up (?:for|to)|Download the app|All rights reserved|\u00a9|Privacy Policy|Terms of (?:Service|Use))",
    re.I,
)


def is_heading(text: str) -> bool:
    if t.fold(text) in KNOWN:
        return True
    letters = [c for c in text if c.isalpha()]
    words = text.split()
    return 2 <= len(words) <= 8 and len(letters) >= 6 and all(c.isupper() for c in letters) and text[-1] not in ".!?"


def looks_like(lines: list[Line]) -> int:
    score = sum(3 for ln in lines if t.fold(ln.text) in KNOWN)
    score += min(3, sum(1 for ln in lines if ATTRIBUTION.match(ln.text)))
    return score


def split_glued(line: str, known_words: Container[str] = frozenset()) -> tuple[str, str]:
    """(podcast, title) from a line where the site glued them: 'Deep TalksWhy We Sleep' -> ('Deep Talks', 'Why We Sleep').

    A glue point is a lower-case letter or digit directly followed by a capital inside one word.
    The best one ends like a show's name, starts like a title and is not itself a known word.
    """
    best: tuple[int, int] | None = None
    for m in re.finditer(r"(?<=[a-z0-9)])(?=[A-Z])", line):
        i = m.start()
        left, right = line[:i], line[i:]
        token_start = left.rfind(" ") + 1
        token_end = len(line) if " " not in right else i + right.index(" ")
        if i - token_start < 2:  # iPhone, eBay
            continue
        token = line[token_start:token_end].lower()
        score = 0
        score += 2 if _SHOW_END.search(left) else 0
        score += 2 if _TITLE_START.match(right) else 0
        score += 1 if re.sub(r"[^a-z]", "", token) not in known_words else 0
        if best is None or score > best[0]:
            best = (score, i)
    if best is None or best[0] == 0:
        return "", line
    return line[: best[1]].strip(), line[best[1] :].strip()


def parse(lines: list[Line], path: str, known_words: Container[str] = frozenset()) -> Notes:
    filled = [ln for ln in lines if ln.text]
    first_heading = next((i for i, ln in enumerate(filled) if is_heading(ln.text)), None)
    if first_heading is None:
        raise NotesError(path, 1, f"no sections found: {t.EXPECTED}")
    head = filled[:first_heading]
    if not head:
        raise NotesError(path, filled[0].number, f"no episode title before the first section: {t.EXPECTED}")
    if len(head) >= 2 and len(head[0].text.split()) <= 6:
        podcast, title = head[0].text, t.join([h.text for h in head[1:]])
    else:
        podcast, title = split_glued(t.join([h.text for h in head]), known_words)
    sections = _sections(filled[first_heading:])
    about = [ln.text.lstrip("-* ").strip() for name, body in sections if t.fold(name) in ABOUT for ln in body]
    takeaways = [tk for name, body in sections if t.fold(name) in IDEAS for tk in _ideas(body, name)]
    quotes = [q for name, body in sections if t.fold(name) in QUOTES for q in _quotes(body, name)]
    if not takeaways and not quotes:
        raise NotesError(path, head[0].number, f"no ideas or quotes found: {t.EXPECTED}")
    host, named = _people(about)
    title_guest = _title_guest(title)
    guests = tuple(dict.fromkeys(g for g in (title_guest, *named) if g))
    return Notes(
        episode=Episode(podcast=podcast, title=title, host=host, guests=guests[:1] if title_guest else guests),
        takeaways=tuple(takeaways),
        quotes=tuple(quotes),
        summary=t.join(about),
        path=path,
        format="summary",
    )


def _sections(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    sections: list[tuple[str, list[Line]]] = []
    for ln in lines:
        if _is_footer(ln.text):
            break
        if is_heading(ln.text):
            name = ln.text.capitalize() if ln.text.isupper() else ln.text
            sections.append((name, []))
        else:
            sections[-1][1].append(ln)
    return sections


MAX_FOOTER_WORDS = 12  # the site's lines are short; "... powered by falling weights" in an idea is not one


def _is_footer(text: str) -> bool:
    return len(text.split()) <= MAX_FOOTER_WORDS and FOOTER.search(text) is not None


def _without_count(body: list[Line]) -> list[Line]:
    """The lines with the 'N ideas' count gone, whether on its own line or glued to the first item."""
    if not body:
        return body
    first = body[0]
    rest = _COUNT.sub("", first.text, count=1)
    if rest == first.text:
        return body
    return ([Line(first.number, rest)] if rest else []) + body[1:]


def is_title(text: str) -> bool:
    """An idea's title: a short claim without a full stop, mostly capitalised words."""
    words = text.split()
    if not words or len(words) > 20 or text[-1] in ".!?":
        return False
    capitals = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
    return capitals / len(words) >= 0.6


def _ideas(body: list[Line], section: str) -> list[Takeaway]:
    ideas: list[Takeaway] = []
    title, title_line = "", 0
    for ln in _without_count(body):
        raw = t.bullet(ln.text) or ln.text
        item = t.join([raw])  # one line of text, its Markdown bold dropped
        if is_title(item):
            if title:
                ideas.append(Takeaway(text=title, section=section, line=title_line))
            title, title_line = item, ln.number
        else:
            ideas.append(Takeaway(text=item, section=section, title=title, line=title_line or ln.number, marked=t.marks(raw)))
            title = ""
    if title:
        ideas.append(Takeaway(text=title, section=section, line=title_line))
    return ideas


def _quotes(body: list[Line], section: str) -> list[Quote]:
    """Quote lines each closed by an attribution line; lines left unclosed at the end are site text."""
    quotes: list[Quote] = []
    pending: list[Line] = []
    for ln in _without_count(body):
        m = ATTRIBUTION.match(ln.text)
        if m and pending:
            text = t.join([p.text for p in pending]).strip('"').strip()
            if text:
                quotes.append(
                    Quote(
                        text=text,
                        speaker=t.person(m.group("speaker")),
                        section=section,
                        at=m.group("at") or "",
                        line=pending[0].number,
                    )
                )
            pending = []
        elif not m:
            pending.append(ln)
    return quotes


def _people(about: list[str]) -> tuple[str, tuple[str, ...]]:
    """The host and the guests of the first sentence that says who talks with whom."""
    for paragraph in about:
        m = _HOST.search(paragraph)
        if m:
            return t.person(m.group("host")), _guests(paragraph, m)
    return "", ()


def _guests(paragraph: str, m: re.Match[str]) -> tuple[str, ...]:
    if not m.group("guest"):
        return ()
    guests, end = [m.group("guest")], m.end()
    while more := _MORE_GUESTS.match(paragraph, end):
        guests.append(more.group("guest"))
        end = more.end()
    return tuple(t.person(g) for g in guests)


def _title_guest(title: str) -> str:
    """The guest named after the last '|' of a title such as 'Why We Sleep | Dr. Ana Ruiz'."""
    if " | " not in title:
        return ""
    tail = title.rsplit(" | ", 1)[1].strip()
    words = tail.split()
    if 2 <= len(words) <= 5 and all(w[0].isupper() for w in words):
        return t.person(tail)
    return ""
