"""The command line: parse options, call the core, render; the one place errors become exit codes.

Core modules are imported inside each command, so `studydeck --help` and light commands
start without loading genanki, fsrs or rich.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from .errors import StudydeckError

DEFAULT_DECKS = "decks"


class StudydeckGroup(click.Group):
    """Turns a StudydeckError into `path:line: message` lines and exit 1, Ctrl-C into 130."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StudydeckError as e:
            for line in e.lines():
                click.echo(line, err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            click.echo(f"{where}{e.strerror or e}", err=True)
            ctx.exit(1)


@click.group(cls=StudydeckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="studydeck")
def cli() -> None:
    """Turn podcast episode notes into flashcards you actually remember.

    Notes become YAML decks (ingest), decks are checked (check, lint), exported to Anki
    (build) or reviewed in the terminal (quiz, stats).
    """


def deck_paths(paths: tuple[str, ...]) -> tuple[str, ...]:
    """The decks to act on: those named, or the decks/ folder."""
    return paths or (DEFAULT_DECKS,)


def fail(lines: list[str]) -> None:
    """Print problems one per line and exit 1."""
    for line in lines:
        click.echo(line, err=True)
    sys.exit(1)


# -- check / schema ----------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
def check(paths: tuple[str, ...]) -> None:
    """Validate deck files and report every problem as path:line.

    PATHS are deck files or folders of them (default: decks/). Exits 1 when anything is wrong.
    """
    from .deck import deckfile

    decks, problems = deckfile.load_all(deck_paths(paths))
    if problems:
        fail([str(p) for p in problems])
    if not decks:
        fail([f"{', '.join(deck_paths(paths))}: no deck files found: name .yaml deck files or a folder of them"])
    cards = sum(len(d.cards) for d in decks)
    click.echo(f"{len(decks)} deck{'s' if len(decks) != 1 else ''}, {cards} cards: ok")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of deck files, for editors that validate YAML as you type."""
    from .deck.schema import schema_text

    click.echo(schema_text(), nl=False)


# -- build ------------------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "-o",
    "--output",
    "output",
    default="build",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder to write the .apkg files to.",
)
@click.option(
    "-p",
    "--package",
    metavar="NAME",
    help="Put every deck into one package, NAME.apkg, instead of one package per deck.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1),
    help="Decks to prepare at once, each in a worker process. Default: one per CPU.",
)
def build(paths: tuple[str, ...], output: str, package: str | None, jobs: int | None) -> None:
    """Export decks to Anki packages (.apkg) that re-import without duplicates.

    PATHS are deck files or folders of them (default: decks/). Each deck becomes
    OUTPUT/<deck file name>.apkg. Re-importing after an edit updates the changed notes in
    place and keeps the learner's progress. Also updates each deck's .lock file: commit it.

    A deck whose file, lock and templates have not changed since the last build into OUTPUT is
    not read again. Shows a progress bar on a terminal (plain lines in a pipe), then a summary
    with the lint warnings (see 'studydeck lint').
    """
    import time
    from pathlib import Path

    from .anki.build import build as build_decks
    from .progress import build_progress

    if package is not None and (not package.strip() or "/" in package or "\\" in package):
        raise click.BadParameter("give a file name without a folder, such as 'podcasts'", param_hint="--package")
    with build_progress(sys.stdout, click.echo) as progress:
        result = build_decks(
            deck_paths(paths), Path(output), now=int(time.time()), package=package, progress=progress, jobs=jobs
        )
    skipped = result.decks - result.reread
    click.echo(
        f"{result.decks} deck{'s' if result.decks != 1 else ''}, {result.cards} cards: "
        f"{len(result.written)} written, {len(result.unchanged)} unchanged"
        + (f" ({skipped} not read again: unchanged since the last build)" if skipped else "")
    )
    lint_line = result.lint.text()
    click.echo(lint_line + ("; details: studydeck lint" if result.lint.by_rule else ""))


# -- quiz / stats -----------------------------------------------------------------------------

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False),
    help="The review store, an SQLite file. Default: $STUDYDECK_DB, else reviews.sqlite in the user data "
    "folder ($STUDYDECK_DATA_DIR, or ~/.local/share/studydeck and the like).",
)


def _finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """Refuse nan and infinity, which pass click's range checks (every comparison with nan is false)."""
    import math

    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number: give one such as {param.default}")
    return value


# A fixed time must leave room for a century of intervals (FSRS's longest) before Python's datetime ends.
NOW_YEARS = (1970, 9000)


def _clock() -> Any:
    """Now, in UTC; STUDYDECK_NOW (an ISO time) fixes it, for scripted sessions and tests."""
    import os
    from datetime import datetime, timezone

    fixed = os.environ.get("STUDYDECK_NOW", "").strip()
    if not fixed:
        return lambda: datetime.now(timezone.utc)
    try:
        moment = datetime.fromisoformat(fixed)
    except ValueError:
        raise StudydeckError(
            f"STUDYDECK_NOW={fixed!r} is not a time: write it like 2026-01-15T09:30:00+00:00"
        ) from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    if not NOW_YEARS[0] <= moment.year <= NOW_YEARS[1]:
        raise StudydeckError(
            f"STUDYDECK_NOW={fixed!r} is out of range: give a time between the years {NOW_YEARS[0]} and {NOW_YEARS[1]}"
        )
    return lambda: moment


def _start_loading(paths: tuple[str, ...]) -> Any:
    """Start reading the decks to review: changed ones are checked meanwhile, by forked workers if many."""
    from .review import loading, store

    return loading.Loading(deck_paths(paths), store.data_dir() / "cache" / "decks")


def _load_library(paths: tuple[str, ...], started: Any = None, early: bool = False) -> Any:
    """The decks to review (from the deck cache where unchanged); exits 1 listing every problem.

    `early`: without waiting for decks still being checked; the library reports their problems.
    """
    import time

    from .errors import DeckError

    decks, problems = (started or _start_loading(paths)).library(early=early, now=time.time())
    if problems:
        raise DeckError(problems)
    if not decks.shelves:
        fail([f"{', '.join(deck_paths(paths))}: no deck files found: name .yaml deck files or a folder of them"])
    return decks


def _tolerant_input(stream: Any) -> None:
    """Bytes typed that are not in the input's encoding read as U+FFFD: a wrong answer, not a crash."""
    import io

    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="replace")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option(
    "--new",
    "new_per_day",
    type=click.IntRange(0),
    default=20,
    show_default=True,
    help="New cards per day, across all decks.",
)
@click.option(
    "--cards",
    "max_cards",
    type=click.IntRange(1),
    default=100,
    show_default=True,
    help="Cards per session; failed cards coming back do not count.",
)
@click.option(
    "--minutes",
    type=click.FloatRange(0, min_open=True),
    callback=_finite,
    default=25.0,
    show_default=True,
    help="Session length: when it is up, the failed cards come back once more, then take a break.",
)
@click.option(
    "--retention",
    type=click.FloatRange(0.7, 0.99),
    callback=_finite,
    default=0.9,
    show_default=True,
    help="Desired retention: the chance of recall at which a card falls due. Higher means more reviews.",
)
@click.option(
    "--confidence",
    is_flag=True,
    help="Ask how sure you are before each answer; end with where you were surer than right.",
)
@click.option(
    "--leech",
    "leech_days",
    type=click.IntRange(2),
    default=4,
    show_default=True,
    help="Flag a card as a leech once it has been failed on this many days.",
)
@click.option("--seed", type=int, help="Seed for the order of cards, to repeat a session exactly.")
def quiz(
    paths: tuple[str, ...],
    db: str | None,
    new_per_day: int,
    max_cards: int,
    minutes: float,
    retention: float,
    confidence: bool,
    leech_days: int,
    seed: int | None,
) -> None:
    """Review due cards, then new ones, in the terminal; scheduled by FSRS.

    PATHS are deck files or folders of them (default: decks/). Type the answer and press Enter
    (an empty line shows it), then rate 1-4 (Again, Hard, Good, Easy) or press Enter for the
    suggested rating. q at any prompt ends the session. Each answer is saved as it is given.
    When stdin is not a terminal, it reads one line per answer and one per rating.
    """
    started = _start_loading(paths)  # before the imports below, which take as long as a few decks to parse
    import gc
    import random

    from . import ui
    from .errors import DeckError
    from .review import quiz as session
    from .review import scheduler, store

    clock = _clock()
    decks = _load_library(paths, started, early=True)
    out, _ = ui.consoles()
    limits = session.Limits(new_per_day=new_per_day, cards=max_cards, minutes=minutes, leech_days=leech_days)
    rng = random.Random(seed)
    with store.opened(store.db_path(db)) as reviews:
        reviews.check_states(clock())
        plan = session.plan(decks, reviews, clock(), rng, limits)
        # The library's many long-lived objects would make each full garbage collection a pause
        # between two cards; they live until the end anyway.
        gc.freeze()
        ui.render_start(out, plan, limits.cards)
        if plan.queue:
            _tolerant_input(sys.stdin)
            read = ui.terminal_reader(out) if sys.stdin.isatty() else ui.line_reader(out, sys.stdin)
            planner = scheduler.Planner(scheduler.Settings(desired_retention=retention))
            summary = session.Session(
                plan, decks, reviews, planner, ui.TerminalIO(out, read), clock, rng, limits, confidence=confidence
            ).run()
            ui.render_summary(out, summary, clock())
            if summary.stop is session.Stop.INTERRUPTED:
                click.get_current_context().exit(130)
        else:
            ui.render_nothing_due(out, plan, clock())
    problems = decks.problems(wait=True)  # of decks that changed since the last start, checked meanwhile
    if problems:
        raise DeckError(problems)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead of a chart and a table.")
def stats(paths: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Show what is due today and on each of the next 7 days, reviews, retention, streak and leeches.

    PATHS are the decks to count, files or folders (default: decks/). Cards in the store that
    none of them holds any more are counted, not dropped.
    """
    import json

    from . import ui
    from .review import stats as figures
    from .review import store

    clock = _clock()
    decks = _load_library(paths)
    with store.opened(store.db_path(db)) as reviews:
        result = figures.compute(reviews, decks, clock())
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        ui.render_stats(ui.consoles()[0], result)


# -- lint -------------------------------------------------------------------------------------


def _rule_names(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> frozenset[str]:
    """--ignore a,b --ignore c: every name must be a rule, so a typo does not silently ignore nothing."""
    from .lint import unknown_rules

    names = frozenset(n.strip() for value in values for n in value.split(",") if n.strip())
    wrong = unknown_rules(sorted(names))
    if wrong:
        raise click.BadParameter("; ".join(wrong))
    return names


def _list_rules(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from .lint import RULES

    for rule in RULES:
        click.echo(f"{rule.name:<19} {rule.severity.value:<8} {rule.summary}")
    ctx.exit(0)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--ignore",
    metavar="RULE[,RULE]",
    multiple=True,
    callback=_rule_names,
    help="Do not apply these rules in this run; repeat the option or separate names with commas. "
    "To silence a rule for one card, add 'silence: {rule: reason}' to the card instead.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one 'path:line: severity[rule]: message' line per finding and a summary; "
    "json: one object with every finding and the counts, for editors and other tools.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@click.option(
    "--list-rules",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_list_rules,
    help="Print every rule with its severity and what it flags, then exit.",
)
def lint(paths: tuple[str, ...], ignore: frozenset[str], output_format: str, strict: bool) -> None:
    """Check the quality of the cards: one fact each, a short precise answer, nothing given away.

    PATHS are deck files or folders of them (default: decks/). Each finding says which card, at
    its path:line, breaks which rule and how to fix it. Exits 1 when there is an error (or, with
    --strict, a warning) and 0 when there are only warnings. A deck file that does not load is
    reported as an 'invalid-deck' error.
    """
    import json

    from . import lint as card_lint
    from .deck import deckfile

    decks, problems = deckfile.load_all(deck_paths(paths))
    if not decks and not problems:
        fail([f"{', '.join(deck_paths(paths))}: no deck files found: name .yaml deck files or a folder of them"])
    findings = card_lint.problem_findings(problems) + card_lint.lint(decks, ignore)
    findings.sort(key=lambda f: (f.path, f.line, f.rule))
    summary = card_lint.Summary.of(findings)
    cards = sum(len(d.cards) for d in decks)
    if output_format == "json":
        report = {"findings": [f.to_dict() for f in findings], "decks": len(decks), "cards": cards}
        click.echo(json.dumps(report | summary.to_dict(), indent=2, ensure_ascii=False))
    else:
        for finding in findings:
            click.echo(str(finding))
        click.echo(f"{len(decks)} deck{'s' if len(decks) != 1 else ''}, {cards} cards; {summary.text()}")
    if summary.errors or (strict and summary.warnings):
        sys.exit(1)


# -- ingest -----------------------------------------------------------------------------------


@cli.command()
@click.argument("notes", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    default=DEFAULT_DECKS,
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder of deck files to create or update.",
)
@click.option("-n", "--dry-run", is_flag=True, help="Show the cards ingest would add, and write nothing.")
def ingest(notes: tuple[str, ...], output: str, dry_run: bool) -> None:
    """Turn episode NOTES into a deck, or add the new facts to the episode's deck.

    NOTES are files of episode notes (or folders of them: their .txt and .md files): a saved
    notes page, a summary page or Markdown notes
    (see "From episode notes to a deck" in the README). Notes of one episode, in any format, go into one deck file in OUTPUT.
    Ingesting again keeps every card as the curator edited it, does not bring back deleted
    cards, and only adds cards for new takeaways and quotes.
    """
    from .deck import deckfile
    from .ingest import merge as ingest_notes

    result = ingest_notes.plan(notes, output, recover=not dry_run)
    if not dry_run:
        ingest_notes.write(result, output)  # before the summary: it says what was written
    for problem in result.unused:
        click.echo(f"{problem} (skipped)", err=True)
    for deck in result.decks:
        if dry_run:
            for card in deck.added:
                click.echo(deckfile.dump_card(card), nl=False)
        click.echo(_ingest_summary(deck, dry_run))


def _ingest_summary(deck: Any, dry_run: bool) -> str:
    count = f"{len(deck.added)} card{'s' if len(deck.added) != 1 else ''}"
    parts = [f"would add {count}" if dry_run else f"{count} added"]
    if deck.kept:
        parts.append(f"{len(deck.kept)} kept")
    if deck.deleted:
        parts.append(f"{len(deck.deleted)} not brought back (deleted by the curator)")
    if deck.covered:
        parts.append(f"{len(deck.covered)} skipped (the deck already asks for that fact)")
    state = "new deck" if deck.created else "unchanged" if not deck.changed else "updated"
    if dry_run and deck.changed:
        state = "would create" if deck.created else "would update"
    return f"{deck.path}: {state}: " + ", ".join(parts)


def main() -> None:
    cli(prog_name="studydeck")
