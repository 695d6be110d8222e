"""An episode link and a card's time -> where the card's source line points: the moment, where the site allows.

Only http and https links become links on a card: anything else (a `javascript:` link) stays text.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TIME = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")
_YOUTUBE_HOSTS = frozenset(("youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtu.be"))


def seconds(at: str) -> int | None:
    """'01:02:03' or '2:03' -> seconds into the episode; None for a time written otherwise."""
    match = _TIME.match(at.strip())
    if not match:
        return None
    hours, minutes, secs = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + secs


def web_link(link: str) -> str | None:
    """The link when it is one a card may open (http or https), else None."""
    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return None
    return link.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def moment(link: str, at: str) -> str | None:
    """The link opened at the card's time, where the site supports it (YouTube's t=); else None."""
    url, start = web_link(link), seconds(at)
    if url is None or start is None:
        return None
    parts = urlsplit(url)
    if parts.hostname not in _YOUTUBE_HOSTS:
        return None
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("t", "start")]
    return urlunsplit(parts._replace(query=urlencode([*query, ("t", f"{start}s")])))


def anchor(url: str, inner_html: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{inner_html}</a>'
