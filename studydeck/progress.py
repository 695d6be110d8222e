"""Build progress -> the console: a rich progress bar on a terminal, a few plain lines in a pipe or a log."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import IO

from .anki.build import Progress, Step

PLAIN_DECK_LINES = 10  # in a pipe, say how far the decks are about ten times, not a thousand
REFRESH_SECONDS = 0.1


@contextlib.contextmanager
def build_progress(stream: IO[str], echo: Callable[[str], None]) -> Iterator[Progress]:
    """A progress callback for `build.build`: a bar when `stream` is a terminal, else lines through `echo`."""
    if stream.isatty():
        with _bar(stream) as report:
            yield report
    else:
        yield PlainProgress(echo)


class PlainProgress:
    """Lines for a pipe: how many decks are prepared now and then, then one line per package."""

    def __init__(self, echo: Callable[[str], None]) -> None:
        self.echo = echo
        self.next_line = 0

    def __call__(self, step: Step) -> None:
        if step.stage == "package":
            self.echo(f"{'wrote' if step.status == 'written' else 'unchanged'} {step.path}")
            return
        if step.done >= self.next_line or step.done == step.total:
            self.echo(f"decks {step.done}/{step.total}")
            self.next_line = step.done + max(1, step.total // PLAIN_DECK_LINES)


@contextlib.contextmanager
def _bar(stream: IO[str]) -> Iterator[Progress]:
    # rich is imported here only: a pipe, and every other command, never pays for it.
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=stream)
    # No refresh thread: build may fork worker processes, which is only safe without other threads.
    bar = Progress(
        TextColumn("{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        auto_refresh=False,
    )
    tasks: dict[str, int] = {}
    last = 0.0

    def report(step: Step) -> None:
        nonlocal last
        name = "decks" if step.stage == "deck" else "packages"
        if name not in tasks:
            tasks[name] = bar.add_task(name, total=step.total)
        bar.update(tasks[name], completed=step.done)
        now = time.monotonic()
        if now - last >= REFRESH_SECONDS or step.done == step.total:
            bar.refresh()
            last = now

    with bar:
        yield report
