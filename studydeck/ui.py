"""Terminal rendering: quiz events, summaries and stats -> rich output on stdout, problems on stderr.

Card text is data: it always goes into rich Text objects, never into markup, so a "[...]" blank
or a bracket in a card is shown as written.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import IO, TYPE_CHECKING

from rich.console import Console, ConsoleOptions, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.segment import Segment
from rich.text import Text

from .review.grading import Change, Verdict
from .review.library import Item
from .review.quiz import CONFIDENCE, Action, Ask, Event, Graded, Notice, Plan, Progress, Saved, Shown, Stop, Summary
from .review.scheduler import Rating

if TYPE_CHECKING:
    from .review.stats import Stats

Reader = Callable[[Text], str]
KeyReader = Callable[[Text, dict[str, str]], str]  # a prompt, the keys it takes and what each means

VERDICT_STYLE = {
    Verdict.CORRECT: ("✓ correct", "bold green"),
    Verdict.CLOSE: ("≈ close", "bold yellow"),
    Verdict.WRONG: ("✗ wrong", "bold red"),
    Verdict.SHOWN: ("answer", "bold cyan"),
    Verdict.SELF: ("answer", "bold cyan"),
}
CHANGE_STYLE = {Change.SAME: "", Change.MISSING: "bold green underline", Change.EXTRA: "red strike"}
RATING_STYLE = {Rating.AGAIN: "red", Rating.HARD: "yellow", Rating.GOOD: "green", Rating.EASY: "cyan"}
BLANK_STYLE = "bold cyan"
BAR_WIDTH = 30
DECK_COLUMN = 22  # the stats table keeps to 80 columns; a longer deck name ends in "…"
KEYS_HINT = "Enter alone shows the answer · u undo · b bury · e edit · q quit"
ACTION_NAMES = {Action.UNDO: "undo", Action.BURY: "bury", Action.EDIT: "edit"}


# Control characters as visible symbols of the same width (ESC as ␛, C1 codes as �), so no text
# from a deck, a store or an answer can clear the screen, set the title or hide a link.
_VISIBLE = str.maketrans(
    {c: chr(0x2400 + c) for c in range(0x20) if chr(c) not in "\n\t"}
    | {0x7F: "\u2421"}
    | dict.fromkeys(range(0x80, 0xA0), "\ufffd")
)


class SafeConsole(Console):
    """A console that never writes a control character it was given as text.

    The styles rich adds are not in the segments' text, so translating that text is safe and
    covers every panel, table and prompt, whatever the code that built them.
    """

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None):  # type: ignore[override]
        for segment in super().render(renderable, options):
            if segment.control is None and not segment.text.isprintable():
                segment = Segment(segment.text.translate(_VISIBLE), segment.style)
            yield segment


def consoles(stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> tuple[Console, Console]:
    """Consoles for results and for problems; colours only where the stream is a terminal."""
    out = SafeConsole(file=stdout or sys.stdout, highlight=False)
    err = SafeConsole(file=stderr or sys.stderr, highlight=False, stderr=True)
    for console in (out, err):
        # A pipe has no width: keep each line whole instead of folding it at 80 columns.
        console.soft_wrap = not console.is_terminal
    return out, err


def line_reader(console: Console, stream: IO[str]) -> Reader:
    """Reads answers as plain lines from a pipe, echoing each so a transcript reads like a session."""

    def read(prompt: Text) -> str:
        console.print(prompt, end="")
        line = stream.readline()
        if not line:
            console.print()
            raise EOFError
        line = line.rstrip("\r\n")
        console.print(Text(line), highlight=False)
        return line

    return read


def terminal_reader(console: Console) -> Reader:
    """Reads answers at a terminal with the line editor (readline), which owns the prompt: so Home,
    Ctrl-A, Ctrl-K, wrapping and resizing know where the line starts."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (input() gains history and editing keys once it is loaded)

    def read(prompt: Text) -> str:
        console.file.flush()
        return input(readline_prompt(styled(console, prompt)))

    return read


def styled(console: Console, text: Text) -> str:
    """A Text as the console would write it: with its colour codes when the console has colours."""
    with console.capture() as capture:
        console.print(text, end="", soft_wrap=True)
    return capture.get()


_ESCAPE = re.compile(r"(\x1b\[[0-9;?]*[A-Za-z])")


def readline_prompt(prompt: str) -> str:
    """Colour codes wrapped in \\001 and \\002, readline's marks for what takes no room on screen:
    without them it counts them as columns and misplaces the cursor."""
    return _ESCAPE.sub("\x01\\1\x02", prompt)


def key_reader(console: Console, fd: int) -> KeyReader | None:
    """Reads one key, without Enter, from a terminal: the key if it is one the prompt takes, "" for
    Enter; other keys are ignored. Ctrl-C still interrupts; Ctrl-D ends the input. None where the
    platform has no termios (Windows): there a rating is a line."""
    try:
        import termios
        import tty
    except ImportError:
        return None

    def read(prompt: Text, keys: dict[str, str]) -> str:
        console.print(prompt, end="")
        console.file.flush()
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd)  # keys one by one, no echo; signals (Ctrl-C) stay on
            key = _wait_for_key(fd, keys)
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)
        console.print(Text(keys[key], style="bold"))
        return key

    return read


def _wait_for_key(fd: int, keys: dict[str, str]) -> str:
    while True:
        key = _read_key(fd)
        if key in ("\r", "\n") and "" in keys:
            return ""
        if key == "\x04":
            raise EOFError
        if key.lower() in keys:
            return key.lower()
        sys.stdout.write("\a")  # a key this prompt does not take
        sys.stdout.flush()


def _read_key(fd: int) -> str:
    """One key press: a character (of however many UTF-8 bytes), or an escape sequence as a whole."""
    import select

    first = os.read(fd, 1)
    if not first:
        raise EOFError
    data = first
    if first == b"\x1b":  # arrows and function keys: take the rest of the sequence, already sent
        while select.select([fd], [], [], 0.02)[0]:
            data += os.read(fd, 16)
        return data.decode("utf-8", "replace")
    expected = 1 + (first[0] >= 0xC0) + (first[0] >= 0xE0) + (first[0] >= 0xF0)
    while len(data) < expected:
        data += os.read(fd, 1)
    return data.decode("utf-8", "replace")


class TerminalIO:
    """The quiz's conversation on a console; panels when it is a terminal, plain lines in a pipe.

    With `read_key` (a terminal), ratings and confidence take one key press; else a line each."""

    def __init__(self, console: Console, read: Reader, read_key: KeyReader | None = None) -> None:
        self.console = console
        self.read = read
        self.read_key = read_key
        self.fancy = console.is_terminal

    def ask(self, question: Ask, hint: str = "") -> str:
        if question is Ask.ANSWER:
            return self.read(Text("answer (Enter: show me) › ", style="bold"))
        if question is Ask.REVEAL:
            return self.read(Text("think of the answer, then Enter: show it › ", style="bold"))
        actions = {action.value: ACTION_NAMES[action] for action in Action} | {"q": "quit"}
        if question is Ask.CONFIDENCE:
            choices = " · ".join(f"{n} {label}" for n, label in CONFIDENCE.items())
            prompt = Text(f"how sure are you? {choices} › ", style="bold")
            keys = {str(n): label for n, label in CONFIDENCE.items()}
        else:
            suggested = Rating(int(hint)) if hint else Rating.GOOD
            prompt = Text(f"rate 1-4, Enter: {suggested.label} › ", style="bold")
            keys = {str(int(r)): r.label for r in Rating} | {"a": "Again", "h": "Hard", "g": "Good"}
            keys[""] = suggested.label
        if self.read_key is None:
            return self.read(prompt)
        return self.read_key(prompt, keys | actions)

    def edit(self, item: Item) -> None:
        """The card's deck file in the learner's editor, at the card's line."""
        import shlex
        import subprocess  # here: the quiz's start-up does not pay for what only `e` needs

        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        command = [*shlex.split(editor), f"+{item.card.line}", item.deck.path]
        try:
            subprocess.run(command, check=False)
        except OSError as e:
            self.console.print(
                Text(f"cannot start the editor {editor!r} ({e.strerror or e}): set $EDITOR", style="yellow")
            )

    def show(self, event: Event) -> None:
        if isinstance(event, Shown):
            self._shown(event)
        elif isinstance(event, Graded):
            self._graded(event)
        elif isinstance(event, Saved):
            self._saved(event)
        elif isinstance(event, Notice):
            self.console.print(Text(event.text, style="yellow"))

    def _shown(self, event: Shown) -> None:
        item = event.item
        prompt = Text(item.prompt)
        prompt.highlight_regex(r"\[[^\[\]]*\]", BLANK_STYLE)
        heading = Text(item.deck.name, style="bold")
        if event.again:
            heading.append("  (again)", style="yellow")
        self.console.print()
        if self.fancy:
            self.console.print(
                Panel(
                    prompt,
                    title=heading,
                    title_align="left",
                    subtitle=Text(item.source, style="dim"),
                    subtitle_align="right",
                    border_style="yellow" if event.again else "cyan",
                    padding=(1, 2),
                )
            )
            self.console.print(Text(KEYS_HINT, style="dim"))
        else:
            self.console.print(Text.assemble(heading, "  ", Text(item.source, style="dim")))
            self.console.print(prompt)

    def _graded(self, event: Graded) -> None:
        grade = event.grade
        label, style = VERDICT_STYLE[grade.verdict]
        line = Text(label, style=style)
        if grade.verdict in (Verdict.SHOWN, Verdict.SELF):
            line.append(": ").append(grade.expected, style="bold")
        elif grade.verdict is Verdict.CLOSE:
            # A near miss: the letters that differ are the lesson.
            line.append("  ").append_text(diff_text(grade.diff, marked=not self.fancy))
            if not self.fancy:
                line.append(f"  (expected: {grade.expected})")
        elif grade.verdict is Verdict.WRONG:
            line.append("  expected: ").append(grade.expected, style="bold")
        self.console.print(line)
        self.console.print(Text(event.item.revealed, style="dim"))
        if event.item.card.extra:
            self.console.print(Text(event.item.card.extra, style="dim italic"))
        self.console.print(rating_choices(event.intervals, event.suggested))

    def _saved(self, event: Saved) -> None:
        text = progress_text(event.progress)
        text.append(f" · {event.rating.label}, next in {human_interval(event.interval)}", style="dim")
        self.console.print(text)
        if event.new_leech:
            self.console.print(
                Text(
                    f"This card keeps failing: it is now a leech. Rewrite or split it: {event.item.where}",
                    style="bold magenta",
                )
            )


def diff_text(diff: tuple[tuple[Change, str], ...], marked: bool = False) -> Text:
    """The difference in colour; `marked` adds [-extra-] and {+missing+} marks for output without colour."""
    text = Text()
    for change, part in diff:
        if marked and change is not Change.SAME:
            part = f"[-{part}-]" if change is Change.EXTRA else f"{{+{part}+}}"
        text.append(part, style=CHANGE_STYLE[change])
    return text


def rating_choices(intervals: dict[Rating, timedelta], suggested: Rating) -> Text:
    text = Text()
    for rating in Rating:
        if text:
            text.append(" · ", style="dim")
        style = RATING_STYLE[rating] + (" bold reverse" if rating is suggested else "")
        text.append(f"{int(rating)} {rating.label}", style=style)
        text.append(f" {human_interval(intervals.get(rating, timedelta()))}", style="dim")
    return text


def progress_text(progress: Progress) -> Text:
    accuracy = f"{progress.accuracy:.0%} right" if progress.accuracy is not None else "no answers yet"
    return Text(f"done {progress.done} · left {progress.left} · {accuracy}", style="dim")


def human_interval(delta: timedelta) -> str:
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")


def render_start(console: Console, plan: Plan, session_cards: int) -> None:
    if plan.orphans:
        shown = ", ".join(str(k) for k in plan.orphans[:5]) + (", ..." if len(plan.orphans) > 5 else "")
        count = len(plan.orphans)
        console.print(
            Text(
                f"{count} card{'s' if count != 1 else ''} in the store {'are' if count != 1 else 'is'} no longer "
                f"in {'their decks' if count != 1 else 'its deck'} ({shown}); the history is kept.",
                style="yellow",
            )
        )
    text = Text(f"{plan.due} due, {plan.new} new", style="bold")
    if len(plan.queue) > session_cards:
        text.append(f"; this session takes the first {session_cards}", style="dim")
    console.print(text)


def render_nothing_due(console: Console, plan: Plan, now: datetime) -> None:
    when = f"next card due in {human_interval(plan.next_due - now)}" if plan.next_due else "no cards scheduled"
    console.print(Text(f"Nothing is due now and no new cards are left for today: {when}.", style="green"))


def render_summary(console: Console, summary: Summary, now: datetime) -> None:
    console.print()
    heading = {
        Stop.DONE: "Session done",
        Stop.QUIT: "Session ended",
        Stop.TIME: "Time for a break",
        Stop.INTERRUPTED: "Session interrupted",
        Stop.PROBLEMS: "Session stopped (a deck has problems, listed below)",
    }[summary.stop]
    text = Text(f"{heading}: ", style="bold")
    if summary.reviewed:
        text.append(
            f"{summary.reviewed} answer{'s' if summary.reviewed != 1 else ''}, {summary.right} right "
            f"({summary.accuracy:.0%}), {summary.new} new, {summary.minutes:.0f} min."
        )
    else:
        text.append("no answers given.")
    console.print(text)
    if summary.failed:
        console.print(Text(f"Failed this session: {len(summary.failed)}; they come back soon.", style="yellow"))
    for item in summary.leeches:
        console.print(Text(f"Leech: {item.key} keeps failing; rewrite or split it: {item.where}", style="magenta"))
    if any(row.answers for row in summary.calibration):
        console.print(Text("How sure you were, and how often you were right:", style="bold"))
        for row in summary.calibration:
            if row.answers:
                plural = "s" if row.answers != 1 else ""
                console.print(
                    Text(f"  {row.label:<9} {row.answers:>3} answer{plural}, {row.right / row.answers:.0%} right")
                )
        if summary.surer_than_right:
            console.print(Text("  Surer than right:", style="magenta"))
        for item in summary.surer_than_right:
            # Indented as a block, so a prompt that wraps stays under its heading.
            console.print(Padding(Text(item.prompt, style="magenta"), (0, 0, 0, 4)))
        if summary.surer_than_right:
            console.print(
                Text("  These surprises are where learning happens: they come back first.", style="dim italic")
            )
    if summary.next_due is not None:
        wait = summary.next_due - now
        when = "now" if wait <= timedelta() else f"in {human_interval(wait)}"
        console.print(Text(f"Next review due {when}.", style="dim"))


def deck_label(name: str) -> str:
    """A deck's last level ("Podcasts::Huberman Lab::How to learn" -> "How to learn"): the rest is shared."""
    return name.rsplit("::", 1)[-1].strip() or name


def render_stats(console: Console, stats: Stats) -> None:
    """The forecast as a bar chart, then the figures and a table per deck."""
    from rich.table import Table

    days = [(date.fromisoformat(stats.today), stats.due_today)] + [
        (date.fromisoformat(d.date), d.due) for d in stats.forecast
    ]
    widest = max((count for _, count in days), default=0) or 1
    console.print(Text("Due", style="bold"))
    for n, (day, count) in enumerate(days):
        label = "today" if n == 0 else day.strftime("%a %d %b")
        bar = "█" * max(1 if count else 0, round(BAR_WIDTH * count / widest))
        console.print(Text.assemble(f"  {label:<10} ", (bar, "cyan"), f" {count}"))
    retention = f"{stats.retention:.0%} of {stats.retention_reviews}" if stats.retention is not None else "not yet"
    console.print()
    console.print(
        Text(
            f"Reviews: {stats.reviews} ({stats.reviews_today} today) · retention, last 30 days: {retention} · "
            f"streak: {stats.streak} day{'s' if stats.streak != 1 else ''}"
        )
    )
    if stats.decks:
        table = Table(show_edge=False, header_style="bold")
        table.add_column("deck", no_wrap=True, overflow="ellipsis", max_width=DECK_COLUMN)
        for column in ("review cards", "new", "due", "reviews", "retention", "leeches"):
            table.add_column(column, justify="right")
        for d in stats.decks:
            table.add_row(
                Text(deck_label(d.name)),
                str(d.cards),
                str(d.new),
                str(d.due_today),
                str(d.reviews),
                f"{d.retention:.0%}" if d.retention is not None else "-",
                str(d.leeches),
            )
        console.print(table)
    for leech in stats.leeches:
        key = f"{leech.deck}/{leech.card}" + (f"/c{leech.ordinal}" if leech.ordinal else "")
        where = leech.where or "no longer in a deck"
        console.print(Text(f"Leech: {key}, failed on {leech.lapses} days: {where}", style="magenta"))
    if stats.not_in_decks:
        count = stats.not_in_decks
        console.print(
            Text(
                f"{count} card{'s' if count != 1 else ''} in the store {'are' if count != 1 else 'is'} no longer "
                "in any deck given; their history is kept.",
                style="yellow",
            )
        )
