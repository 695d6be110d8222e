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


WORKFLOW = ("ingest", "check", "lint", "build", "push", "templates", "quiz", "stats", "config", "schema")


class StudydeckGroup(click.Group):
    """Turns a StudydeckError into `path:line: message` lines and exit 1, Ctrl-C into 130."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """In the order of the work: notes to a deck, checked, exported or reviewed."""
        rest = sorted(set(self.commands) - set(WORKFLOW))
        return [name for name in WORKFLOW if name in self.commands] + rest

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

    Episode notes become YAML decks (ingest); curators check them (check, lint); learners
    export them to Anki (build, push, templates) or review them in the terminal (quiz, stats).
    Run 'studydeck COMMAND --help' for each command's options and examples.

    \b
    A first session:
      studydeck check                  # the bundled deck in decks/ is valid
      studydeck quiz --cards 5         # five cards in the terminal
      studydeck build                  # build/<deck>.apkg for Anki
    """


def deck_paths(paths: tuple[str, ...]) -> tuple[str, ...]:
    """The decks to act on: those named, else $STUDYDECK_DECKS, the config file's, or ./decks.

    Exits 1 saying where it looked when the folders it would read are not there."""
    from pathlib import Path

    from .review.places import deck_places, not_found

    places = deck_places(paths)
    if places.origin != "the command line" and not all(Path(p).exists() for p in places.decks):
        fail(not_found(places))
    return places.decks


def no_decks(paths: tuple[str, ...]) -> None:
    """Exit 1: the decks named or configured hold no deck file."""
    from .review.places import deck_places, not_found

    fail(not_found(deck_places(paths)))


def fail(lines: list[str]) -> None:
    """Print problems one per line and exit 1."""
    for line in lines:
        click.echo(line, err=True)
    sys.exit(1)


# -- check / schema ----------------------------------------------------------------------------


@cli.command(short_help="Validate deck files; report each problem as path:line.")
@click.argument("paths", nargs=-1, type=click.Path())
def check(paths: tuple[str, ...]) -> None:
    """Validate deck files and report every problem as path:line.

    PATHS are deck files or folders of them (default: your deck folders, see 'studydeck config').
    Exits 1 when anything is wrong. Also warns of likely typos, such as a deletion written with
    single braces ({c2::six}), which Anki shows as typed.

    \b
    Examples:
      studydeck check
      studydeck check decks/my-episode.yaml
    """
    from .deck import deckfile

    decks, problems = deckfile.load_all(deck_paths(paths))
    problems = deckfile.load_libraries(deckfile.find(deck_paths(paths)))[1] + problems
    if problems:
        fail([str(p) for p in problems])
    if not decks:
        no_decks(paths)
    from .deck import cloze
    from .review.library import review_pairs

    warnings = [
        f"{deck.path}:{card.line}: warning: {message}"
        for deck in decks
        for card in deck.cards
        if card.text
        for message in cloze.single_brace_typos(card.text)
    ]
    for line in warnings:
        click.echo(line)
    cards = sum(len(d.cards) for d in decks)
    reviews = sum(len(review_pairs(d)) for d in decks)
    counted = f"{len(decks)} deck{'s' if len(decks) != 1 else ''}, {cards} cards: ok"
    if warnings:
        counted += f", {len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
    click.echo(f"{counted}; {reviews} review cards (each cloze deletion is one)")


@cli.command(short_help="Print the JSON Schema of deck files, for editors.")
def schema() -> None:
    """Print the JSON Schema of deck files, for editors that validate YAML as you type.

    \b
    Example:
      studydeck schema > deck.schema.json
    """
    from .deck.schema import schema_text

    click.echo(schema_text(), nl=False)


# -- build ------------------------------------------------------------------------------------

templates_option = click.option(
    "--templates",
    "templates_dir",
    type=click.Path(file_okay=False),
    help="Folder of card templates to use instead of the templates/ folder beside the decks "
    "(files it lacks come from studydeck's own).",
)


output_option = click.option(
    "-o",
    "--output",
    "output",
    default="build",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder to write the .apkg files to.",
)
package_option = click.option(
    "-p",
    "--package",
    metavar="NAME",
    help="Put every deck into one package, NAME.apkg, instead of one package per deck.",
)
jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1),
    help="Decks to prepare at once, each in a worker process. Default: one per CPU.",
)


@cli.command(short_help="Export decks to Anki packages (.apkg).")
@click.argument("paths", nargs=-1, type=click.Path())
@output_option
@package_option
@jobs_option
@templates_option
def build(
    paths: tuple[str, ...], output: str, package: str | None, jobs: int | None, templates_dir: str | None
) -> None:
    """Export decks to Anki packages (.apkg) that re-import without duplicates.

    PATHS are deck files or folders of them (default: decks/). Each deck becomes
    OUTPUT/<deck file name>.apkg. Re-importing after an edit updates the changed notes in
    place and keeps the learner's progress. Also updates each deck's .lock file: commit it.

    The card templates are those of a templates/ folder beside the deck folder, if there is one
    (see 'studydeck templates'), else studydeck's own.

    A deck whose file, lock and templates have not changed since the last build into OUTPUT is
    not read again. Shows a progress bar on a terminal (plain lines in a pipe), then a summary
    with the lint warnings (see 'studydeck lint').

    \b
    Examples:
      studydeck build                    # build/<deck>.apkg, one per deck
      studydeck build -p podcasts        # build/podcasts.apkg, every deck in one
    """
    _build(paths, output, package, jobs, templates_dir)


def _build(
    paths: tuple[str, ...], output: str, package: str | None, jobs: int | None, templates_dir: str | None
) -> Any:
    """Build as the build command does, printing progress and the summary; the BuildResult."""
    import time
    from pathlib import Path

    from .anki.build import build as build_decks
    from .progress import build_progress

    if package is not None and (not package.strip() or "/" in package or "\\" in package):
        raise click.BadParameter("give a file name without a folder, such as 'podcasts'", param_hint="--package")
    with build_progress(sys.stdout, click.echo) as progress:
        result = build_decks(
            deck_paths(paths),
            Path(output),
            now=int(time.time()),
            package=package,
            templates_from=Path(templates_dir) if templates_dir else None,
            progress=progress,
            jobs=jobs,
        )
    skipped = result.decks - result.reread
    click.echo(
        f"{result.decks} deck{'s' if result.decks != 1 else ''}, {result.cards} cards: "
        f"{len(result.written)} written, {len(result.unchanged)} unchanged"
        + (f" ({skipped} not read again: unchanged since the last build)" if skipped else "")
    )
    lint_line = result.lint.text()
    click.echo(lint_line + ("; details: studydeck lint" if result.lint.by_rule else ""))
    return result


@cli.command(short_help="Build, then import the packages into the Anki on this computer.")
@click.argument("paths", nargs=-1, type=click.Path())
@output_option
@package_option
@jobs_option
@templates_option
@click.option(
    "--key",
    envvar="STUDYDECK_ANKICONNECT_KEY",
    metavar="KEY",
    help="AnkiConnect's API key, when its config sets one (apiKey). Default: $STUDYDECK_ANKICONNECT_KEY.",
)
@click.option(
    "--url",
    envvar="STUDYDECK_ANKICONNECT_URL",
    default="http://127.0.0.1:8765",
    show_default=True,
    help="Where AnkiConnect listens. Default: $STUDYDECK_ANKICONNECT_URL, else Anki on this computer.",
)
def push(
    paths: tuple[str, ...],
    output: str,
    package: str | None,
    jobs: int | None,
    templates_dir: str | None,
    key: str | None,
    url: str,
) -> None:
    """Build, then import the packages into the Anki running on this computer (AnkiConnect).

    PATHS and the options are those of 'studydeck build'. Anki must be open, with the AnkiConnect
    add-on (code 2055492159). Anki updates the notes whose content changed and keeps every
    learner's progress; pushing again with nothing changed changes nothing. Says how many notes
    Anki added and updated. Deck option presets come along (see the README, "Spacing in Anki").
    """
    from .anki import connect

    client = connect.AnkiConnect(url, key)
    client.check_version()  # before building: Anki not running is said at once
    result = _build(paths, output, package, jobs, templates_dir)
    pushed = connect.push(sorted(result.written + result.unchanged), client)
    what = (
        f"{pushed.added} note{'s' if pushed.added != 1 else ''} added, {pushed.updated} updated"
        if pushed.added or pushed.updated
        else "nothing changed"
    )
    click.echo(
        f"pushed {pushed.packages} package{'s' if pushed.packages != 1 else ''} to Anki: {what} "
        f"({pushed.notes} studydeck notes in Anki)"
    )


@cli.command(short_help="Show, check or copy the card templates a build uses.")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--copy",
    "copy_to",
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Copy studydeck's own templates into DIR, to edit them; name it templates/ beside the deck folder.",
)
@click.option("--force", is_flag=True, help="With --copy: replace template files DIR already has.")
@templates_option
def templates(paths: tuple[str, ...], copy_to: str | None, force: bool, templates_dir: str | None) -> None:
    """Show and check the card templates a build of PATHS uses, or copy studydeck's own to edit.

    PATHS are deck files or folders of them (default: decks/). A templates/ folder beside the deck
    folder replaces studydeck's templates file by file: cloze.front.html, cloze.back.html,
    qa.front.html, qa.back.html, typed.front.html, typed.back.html and style.css. Each template
    is checked for the fields it must show; any problem is reported as path:line and exits 1.
    Rebuild and re-import: Anki updates the note types of notes it already has.
    """
    from pathlib import Path

    from .anki import templates as card_templates
    from .deck.files import find_decks

    if copy_to:
        written = card_templates.copy_to(Path(copy_to), force=force)
        click.echo(f"copied {len(written)} template files to {copy_to}: edit them, then build")
        return
    folder = Path(templates_dir) if templates_dir else card_templates.beside(find_decks(deck_paths(paths)))
    card_templates.Templates.read(folder)  # raises, listing every problem
    where = f"{folder}" if folder else f"studydeck's own ({card_templates.packaged_dir()})"
    click.echo(f"templates: {where}: ok")
    if folder:
        own = [name for name in card_templates.TEMPLATE_FILES if not (folder / name).exists()]
        if own:
            click.echo(f"  from studydeck's own: {', '.join(own)}")


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
        no_decks(paths)
    return decks


def _tolerant_input(stream: Any) -> None:
    """Bytes typed that are not in the input's encoding read as U+FFFD: a wrong answer, not a crash."""
    import io

    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="replace")


@cli.command(short_help="Review due and new cards in the terminal, scheduled by FSRS.")
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
@click.option(
    "--self-rate",
    is_flag=True,
    help="Show each answer and rate yourself, as in Anki, instead of typing it. Without it, only question "
    "cards with answers over 12 words are self-rated.",
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
    self_rate: bool,
    seed: int | None,
) -> None:
    """Review due cards, then new ones, in the terminal; scheduled by FSRS.

    PATHS are deck files or folders of them (default: your deck folders, see 'studydeck config').
    Type the answer and press Enter (Enter alone shows it); the grader suggests a rating. Then
    press one key: 1 Again, 2 Hard, 3 Good, 4 Easy (or a, h, g), or Enter for the suggestion.
    Question cards with long answers (and every card, with --self-rate) are shown and rated
    without typing, as in Anki. Each answer is saved as it is given.

    \b
    At any prompt (type the letter and Enter at the answer prompt):
      u   undo the last rating: the answer leaves the store, the card comes back
      b   bury this card until tomorrow
      e   edit this card in $EDITOR (at its line), then see it as edited
      q   end the session (Ctrl-C too)

    When stdin is not a terminal, it reads one line per answer and one per rating. The terminal
    quiz keeps its own schedule, apart from Anki's.

    \b
    Examples:
      studydeck quiz
      studydeck quiz --cards 10 --minutes 10 --confidence
      studydeck quiz decks/my-episode.yaml --new 0
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
            if sys.stdin.isatty():
                io = ui.TerminalIO(out, ui.terminal_reader(out), ui.key_reader(out, sys.stdin.fileno()))
            else:
                io = ui.TerminalIO(out, ui.line_reader(out, sys.stdin))
            planner = scheduler.Planner(scheduler.Settings(desired_retention=retention))
            summary = session.Session(
                plan, decks, reviews, planner, io, clock, rng, limits, confidence=confidence, self_rate=self_rate
            ).run()
            ui.render_summary(out, summary, clock())
            if summary.stop is session.Stop.INTERRUPTED:
                click.get_current_context().exit(130)
        else:
            ui.render_nothing_due(out, plan, clock())
    problems = decks.problems(wait=True)  # of decks that changed since the last start, checked meanwhile
    if problems:
        raise DeckError(problems)


@cli.command(short_help="Show what is due, reviews, retention, streak and leeches.")
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead of a chart and a table.")
def stats(paths: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Show what is due today and on each of the next 7 days, reviews, retention, streak and leeches.

    PATHS are the decks to count, files or folders (default: your deck folders, see 'studydeck
    config'). Counts are of review cards: one per cloze deletion, one per question card. Cards in
    the store that none of the decks holds any more are counted, not dropped.

    \b
    Examples:
      studydeck stats
      studydeck stats --json
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


@cli.command(short_help="Show where your decks and progress are; save deck folders.")
@click.option(
    "--decks",
    "set_decks",
    multiple=True,
    metavar="FOLDER",
    type=click.Path(file_okay=False, exists=True),
    help="Save FOLDER as where your decks are (repeat for several), in the config file; then show the settings.",
)
def config(set_decks: tuple[str, ...]) -> None:
    """Show where studydeck finds your decks and keeps your progress, and save your deck folders.

    Commands read the decks named on their command line; else the folders in $STUDYDECK_DECKS
    (separated by ':'); else the 'decks' list of the config file; else ./decks. Progress is kept
    in one store per user.

    \b
    Examples:
      studydeck config                        # where things are
      studydeck config --decks ~/podcasts/decks
      STUDYDECK_DECKS=~/a:~/b studydeck stats
    """
    from .deck.files import write_atomic
    from .review import places as where
    from .review import store

    path = where.config_path()
    if set_decks:
        write_atomic(path, where.config_text(set_decks))
        click.echo(f"saved your deck folders in {path}")
    chosen = where.deck_places()
    click.echo(f"decks:       {', '.join(chosen.decks)}  (from {chosen.origin})")
    click.echo(f"config file: {path}{'' if path.exists() else '  (none yet)'}")
    click.echo(f"reviews:     {store.db_path()}")
    if chosen.default:
        click.echo("To quiz from any folder, save your deck folders: studydeck config --decks FOLDER")


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


@cli.command(short_help="Check the quality of cards: one fact, a short precise answer.")
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

    \b
    Examples:
      studydeck lint
      studydeck lint --ignore wordy,yes-no decks/my-episode.yaml
      studydeck lint --list-rules
    """
    import json

    from . import lint as card_lint
    from .deck import deckfile

    decks, problems = deckfile.load_all(deck_paths(paths))
    if not decks and not problems:
        no_decks(paths)
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


@cli.command(short_help="Turn episode notes into a deck, or add new facts to it.")
@click.argument("notes", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    default=DEFAULT_DECKS,
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder of deck files to create or update.",
)
@click.option(
    "-n", "--dry-run", is_flag=True, help="Show the whole report and the cards ingest would add, and write nothing."
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Name only the cards added, updated or in conflict, not those kept or skipped; the summary stays.",
)
def ingest(notes: tuple[str, ...], output: str, dry_run: bool, quiet: bool) -> None:
    """Turn episode NOTES into a deck, or bring the episode's deck up to date with its notes.

    NOTES are files of episode notes (or folders of them: their .txt and .md files): a saved
    notes page, a summary page or Markdown notes
    (see "From episode notes to a deck" in the README). Notes of one episode, in any format, go into one deck file in OUTPUT.

    Ingesting again adds cards for new takeaways and quotes and never brings back a card the
    curator deleted. When the notes were corrected, a card the curator never edited follows them
    in place, keeping its id (and so its review history and its Anki note); a card the curator
    edited is kept and reported as a conflict, with both texts, once. Each card gets a line:
    DECK:LINE: what happened to it and why (from NOTES:LINE), then a summary per deck.

    \b
    Examples:
      studydeck ingest tests/fixtures/notes/compost.md --dry-run
      studydeck ingest tests/fixtures/notes/naps-page.txt tests/fixtures/notes/naps-summary.txt
    """
    from .deck import deckfile
    from .ingest import merge as ingest_notes

    result = ingest_notes.plan(notes, output, recover=not dry_run)
    if not dry_run:
        ingest_notes.write(result, output)  # before the summary: it says what was written
    for problem in result.unused:
        click.echo(f"{problem} (skipped)", err=True)
    for deck in result.decks:
        for line in _ingest_report(deck, quiet):
            click.echo(line)
        if dry_run:
            for card in deck.added:
                click.echo(deckfile.dump_card(card), nl=False)
        click.echo(_ingest_summary(deck, dry_run))


_NEEDS_NAMING = {"added", "updated", "conflict"}


def _ingest_report(deck: Any, quiet: bool) -> list[str]:
    """A line per card (with --quiet, only those added, updated or in conflict); both texts of updates and conflicts."""
    lines = []
    at = {e.card_id: e.line for e in deck.entries if e.line}
    for entry in deck.entries:
        if quiet and entry.action.value not in _NEEDS_NAMING:
            continue
        where = f"{deck.path}:{entry.line}" if entry.line else (entry.origins[0] if entry.origins else str(deck.path))
        why = entry.why
        if entry.covered_by:
            why += f" {entry.covered_by}" + (f" ({deck.path}:{at[entry.covered_by]})" if entry.covered_by in at else "")
        origin = f" (from {', '.join(entry.origins)})" if entry.origins and entry.line else ""
        lines.append(f"{where}: {entry.action.value} {entry.card_id}: {why}{origin}")
        if entry.deck_card is not None and entry.notes_card is not None:
            labels = ("was", "now") if entry.action.value == "updated" else ("deck", "notes")
            lines += _both_texts(entry.deck_card, entry.notes_card, labels)
    return lines


def _both_texts(deck_card: Any, notes_card: Any, labels: tuple[str, str]) -> list[str]:
    """The two versions of a card, each field that differs on its own line."""
    width = max(map(len, labels)) + 1
    out = []
    for label, card, other in ((labels[0], deck_card, notes_card), (labels[1], notes_card, deck_card)):
        fields = _card_fields(card)
        others = _card_fields(other)
        shown = [f"{name}: {value}" for name, value in fields.items() if value != others.get(name)]
        out.append(f"    {label + ':':<{width}} " + (" | ".join(shown) or "(nothing)"))
    return out


def _card_fields(card: Any) -> dict[str, str]:
    where = (("section", card.source.section), ("speaker", card.source.speaker), ("at", card.source.at))
    fields = {
        "cloze": card.text,
        "front": card.front,
        "back": card.back,
        "typed": "true" if card.typed else "",
        "extra": card.extra,
        "tags": ", ".join(card.tags),
        "source": ", ".join(f"{k}: {v}" for k, v in where if v),
        "silence": ", ".join(f"{s.rule}: {s.reason}" for s in card.silence),
    }
    return {name: value for name, value in fields.items() if value}


def _ingest_summary(deck: Any, dry_run: bool) -> str:
    count = f"{len(deck.added)} card{'s' if len(deck.added) != 1 else ''}"
    parts = [f"would add {count}" if dry_run else f"{count} added"]
    if deck.updated:
        parts.append(f"{len(deck.updated)} {'would follow' if dry_run else 'updated to follow'} the notes")
    if deck.conflicts:
        count = len(deck.conflicts)
        parts.append(f"{count} conflict{'s' if count != 1 else ''} (edited by the curator, changed in the notes: kept)")
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
