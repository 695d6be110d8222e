"""Benchmark: a synthetic library of episode decks -> build timings and start-up, against plain genanki and click.

Makes a library (1,000 decks of 100 cards by default) in a temporary folder, with decks written by
deckfile.dump, then times, each as a fresh process as a user would run it:

- a cold `studydeck build` against a plain genanki script writing the same notes, one .apkg per deck;
- a rebuild with nothing changed, and one with one deck changed;
- `build -p NAME` (every deck into one package) against plain genanki writing one package, at a tenth
  of the library and at all of it, and how the time per card grows between the two;
- start-up: `studydeck --help` and `studydeck check one-deck.yaml` against a bare click program's --help.

Prints each figure and whether it meets the target. Run: python tests/benchmarks/bench_build.py [--decks N --cards N]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from studydeck.deck import deckfile
from studydeck.deck.models import Card, CardKind, Deck, Episode, Source

STUDYDECK = [sys.executable, "-m", "studydeck"]


# Invented subject matter, so the cards read like notes and lint has real work to do.
def _words(text: str, sep: str | None = None) -> list[str]:
    return [w.strip() for w in text.split(sep)]


TERMS = _words(
    """mycelium humus loam nitrate compost rhizome spindle cortex synapse axon glacier moraine delta estuary
    comet nebula quasar pulsar isotope enzyme ribosome plankton krill lichen moss fern basalt granite
    sonata fugue cadence meter stanza sonnet ledger tariff subsidy quorum veto treaty lighthouse"""
)
VERBS = _words("doubles halves feeds slows speeds stores releases blocks triggers shapes carries measures")
PLACES = _words("soil river orchestra colony market telescope archive kitchen league harbour workshop garden")
NAMES = _words("Ada Brook|Caleb Dunn|Elif Sarac|Femi Oduya|Greta Lind|Hugo Marsh|Iris Tan|Jonah Pike", "|")


def make_card(rng: random.Random, deck_no: int, card_no: int) -> Card:
    term, other, third = rng.sample(TERMS, 3)
    verb = rng.choice(VERBS)
    place = "the " + rng.choice(PLACES)
    number = rng.choice(["two", "three", "ten", "40%", "1,200", "six weeks", "a third"])
    source = Source(section=rng.choice(["Takeaways", "Ideas", "Quotes"]), speaker=rng.choice(NAMES[:2]))
    if card_no % 3:
        text = (
            f"In {place} (episode {deck_no}, note {card_no}), {term} {verb} the {other} by about "
            f"{{{{c1::{number}}}}} within a season when {{{{c2::{third}}}}} is present."
        )
        return Card(id=f"c{card_no}", kind=CardKind.CLOZE, text=text, source=source, tags=(term,))
    front = f"What does {term} do to the {other} in {place}, according to note {card_no} of episode {deck_no}?"
    extra = f"Said while discussing {rng.choice(TERMS)}." if card_no % 2 else ""
    return Card(
        id=f"q{card_no}", kind=CardKind.QA, front=front, back=f"It {verb} it", extra=extra, source=source, tags=(term,)
    )


def make_deck(rng: random.Random, deck_no: int, cards: int, path: Path) -> Deck:
    host, guest = rng.sample(NAMES[:2], 2)
    episode = Episode(
        podcast=f"Bench Show {deck_no % 20}",
        title=f"Episode {deck_no}: {rng.choice(TERMS).title()} and {rng.choice(TERMS)}",
        host=host,
        guests=(guest,),
        date=f"2024-{1 + deck_no % 12:02d}-{1 + deck_no % 28:02d}",
        duration="1h 30m",
        link=f"https://example.org/bench/{deck_no}",
    )
    return Deck(
        key=f"bench-{deck_no:04d}",
        name=f"Bench::Show {deck_no % 20}::Episode {deck_no}",
        episode=episode,
        cards=tuple(make_card(rng, deck_no, n) for n in range(cards)),
        tags=("bench",),
        path=str(path),
    )


def make_library(root: Path, decks: int, cards: int, seed: int = 7) -> Path:
    """decks/ with `decks` deck files of `cards` cards each, written by deckfile.dump."""
    rng = random.Random(seed)
    folder = root / "decks"
    folder.mkdir(parents=True)
    for n in range(decks):
        path = folder / f"episode-{n:04d}.yaml"
        path.write_text(deckfile.dump(make_deck(rng, n, cards, path)), encoding="utf-8")
    return folder


# What a curator might write without studydeck: read each deck with PyYAML (libyaml) and write one
# package per deck with genanki, same note types, fields and GUIDs. No validation, no locks, no lint.
PLAIN_GENANKI = r"""
import html, sys
from pathlib import Path
import genanki, yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CLOZE = genanki.Model(1607392320, "plain Cloze", model_type=genanki.Model.CLOZE,
    fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Source"}],
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Extra}}<br>{{Source}}"}])
QA = genanki.Model(1607392321, "plain Q&A",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Extra"}, {"name": "Source"}],
    templates=[{"name": "Recall", "qfmt": "{{Front}}", "afmt": "{{Front}}<hr id=answer>{{Back}}<br>{{Extra}}"}])
decks, out = Path(sys.argv[1]), Path(sys.argv[2])
one = sys.argv[3] if len(sys.argv) > 3 else None  # a package name: every deck into that one package
out.mkdir(parents=True, exist_ok=True)
all_decks = []
for path in sorted(decks.glob("*.yaml")):
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)
    deck = genanki.Deck(abs(hash(data["key"])) % (1 << 30) + (1 << 30), data["deck"])
    ep = data["episode"]
    for card in data["cards"]:
        src = card.get("source", {})
        source = html.escape(f"{ep['podcast']} — {ep['title']} {src.get('speaker', '')} {src.get('section', '')}")
        tags = sorted(set(data.get("tags", [])) | set(card.get("tags", [])))
        guid = genanki.guid_for("studydeck", data["key"], card["id"])
        if "cloze" in card:
            fields = [html.escape(card["cloze"]), html.escape(card.get("extra", "")), source]
            deck.add_note(genanki.Note(model=CLOZE, fields=fields, tags=tags, guid=guid))
        else:
            fields = [html.escape(card["front"]), html.escape(card["back"]), html.escape(card.get("extra", "")), source]
            deck.add_note(genanki.Note(model=QA, fields=fields, tags=tags, guid=guid))
    if one:
        all_decks.append(deck)
    else:
        genanki.Package(deck).write_to_file(out / f"{path.stem}.apkg")
if one:
    genanki.Package(all_decks).write_to_file(out / f"{one}.apkg")
"""

BARE_CLICK = '''
import click


@click.command()
@click.option("--name", default="world", help="Who to greet.")
def main(name):
    """A bare click program: the start-up floor for a command line in Python."""
    click.echo(f"hello {name}")


main()
'''

TARGETS = {
    "cold build vs genanki": 2.0,
    "no-change rebuild": 1.0,
    "one-change rebuild": 2.0,
    "start-up": 1.5,
    "one package vs genanki": 1.5,
    "one package, time per card growth": 1.3,
}


def bench_env(root: Path) -> dict[str, str]:
    """The environment of every timed process: bytecode cached, as after `pip install`, in a folder of its own."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    return env


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return elapsed, done.stdout


def studydeck_command() -> list[str]:
    """The installed console script, as a user runs it; `python -m studydeck` if there is none."""
    script = Path(sys.executable).with_name("studydeck")
    return [str(script)] if script.exists() else STUDYDECK


def startup(
    commands: dict[str, list[str]], cwd: Path, env: dict[str, str], runs: int
) -> dict[str, tuple[float, float]]:
    """Median wall time and median CPU time of each command over `runs` rounds, the commands taking
    turns so that other load on the machine weighs on all of them alike. One warm-up round first."""
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            seconds = timed(command, cwd, env)[0]
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if round_:
                wall[name].append(seconds)
                cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in commands}


def stage_profile(folder: Path, sample: int) -> dict[str, float]:
    """Milliseconds per deck for each stage of preparing a deck, in this process, on `sample` decks."""
    from studydeck import lint
    from studydeck.anki import export
    from studydeck.deck import lockfile

    templates = export.Templates.read()
    paths = sorted(folder.glob("*.yaml"))[:sample]
    totals = dict.fromkeys(("read", "parse (YAML + checks)", "lint", "stamp", "package"), 0.0)
    for path in paths:
        t0 = time.perf_counter()
        data = path.read_bytes()
        t1 = time.perf_counter()
        deck = deckfile.parse(data, str(path))
        t2 = time.perf_counter()
        lint.lint_deck(deck)
        t3 = time.perf_counter()
        stamped = export.stamp(deck, lockfile.read(path), templates, 1)
        t4 = time.perf_counter()
        export.package_bytes([stamped], templates)
        t5 = time.perf_counter()
        for key, seconds in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            totals[key] += seconds
    return {key: 1000 * seconds / len(paths) for key, seconds in totals.items()}


def verdict(name: str, value: float) -> str:
    return "meets" if value <= TARGETS[name] else "MISSES"


def one_package(root: Path, folder: Path, studydeck: list[str], env: dict[str, str], args: argparse.Namespace) -> None:
    """`build -p NAME` against plain genanki writing one package, at a tenth of the library and at all of it."""
    small = root / "decks-tenth"
    small.mkdir()
    for path in sorted(folder.glob("*.yaml"))[: max(1, args.decks // 10)]:
        shutil.copy(path, small / path.name)
    per_card = []
    for name, decks in (("a tenth", small), ("the whole library", folder)):
        cards = len(list(decks.glob("*.yaml"))) * args.cards
        plains, builds = [], []
        for n in range(args.rounds):
            plain_out, out_dir = root / f"plain-one-{decks.name}-{n}", root / f"one-{decks.name}-{n}"
            script = [sys.executable, str(root / "plain_genanki.py"), str(decks), str(plain_out), "all"]
            plains.append(timed_cpu(script, root, env))
            builds.append(timed_cpu([*studydeck, "build", str(decks), "-o", str(out_dir), "-p", "all"], root, env))
        (plain, plain_cpu), (built, built_cpu) = min(plains), min(builds)
        ratio = built / plain
        per_card.append(built / cards)
        # The target is for the whole library; a tenth of it shows how the time grows.
        target = f" (target <= 1.5x: {verdict('one package vs genanki', ratio)})" if decks is folder else ""
        print(
            f"one package, {name} ({cards} cards): plain genanki {plain:6.2f} s, studydeck build -p {built:6.2f} s "
            f"= {ratio:.2f}x{target}; {1e6 * built / cards:.0f} us per card; "
            f"CPU {plain_cpu:.1f} s and {built_cpu:.1f} s (all processes)"
        )
    growth = per_card[1] / per_card[0]
    print(
        f"  time per card, whole library / a tenth = {growth:.2f}x "
        f"(target <= 1.3x: {verdict('one package, time per card growth', growth)}); "
        f"load average now {os.getloadavg()[0]:.1f}"
    )


def timed_cpu(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the command and its worker processes) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = timed(command, cwd, env)[0]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decks", type=int, default=1000, help="deck files in the library (default 1000)")
    parser.add_argument("--cards", type=int, default=100, help="cards per deck (default 100)")
    parser.add_argument("--runs", type=int, default=15, help="start-up runs per command (default 15)")
    parser.add_argument("--rounds", type=int, default=2, help="cold builds of each kind, taking turns (default 2)")
    parser.add_argument("--one-package-only", action="store_true", help="time only the one-package builds")
    parser.add_argument("--keep", action="store_true", help="keep the temporary library and print where it is")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="studydeck-bench-"))
    try:
        run(root, args)
    finally:
        if args.keep:
            print(f"library kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def run(root: Path, args: argparse.Namespace) -> None:
    studydeck = studydeck_command()
    env = bench_env(root)
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    start = time.perf_counter()
    folder = make_library(root, args.decks, args.cards)
    size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
    print(f"library: {args.decks} decks x {args.cards} cards = {args.decks * args.cards} cards, {size:.1f} MiB of YAML")
    print(f"  made in {time.perf_counter() - start:.1f} s")

    (root / "plain_genanki.py").write_text(PLAIN_GENANKI, encoding="utf-8")
    if args.one_package_only:
        one_package(root, folder, studydeck, env, args)
        return
    profile = stage_profile(folder, min(30, args.decks))
    print("one deck in one process, ms: " + ", ".join(f"{k} {v:.1f}" for k, v in profile.items()))

    # The two take turns, each into a fresh folder, so that load from elsewhere weighs on both alike.
    plains, colds = [], []
    for n in range(args.rounds):
        plain_out, out_dir = root / f"plain-out-{n}", f"out-{n}"
        plains.append(
            timed([sys.executable, str(root / "plain_genanki.py"), str(folder), str(plain_out)], root, env)[0]
        )
        build = [*studydeck, "build", "decks", "-o", out_dir]
        seconds, out = timed(build, root, env)
        colds.append(seconds)
        print(f"round {n + 1}: plain genanki script {plains[-1]:6.2f} s, studydeck build, cold {seconds:6.2f} s")
    plain, cold = min(plains), min(colds)
    print(f"plain genanki script:      {plain:6.2f} s (best of {args.rounds})")
    print(f"studydeck build, cold:     {cold:6.2f} s (best of {args.rounds})   {out.splitlines()[-2]}")
    print(f"  {out.splitlines()[-1]}")
    ratio = cold / plain
    print(f"  cold build / plain genanki = {ratio:.2f}x (target <= 2x: {verdict('cold build vs genanki', ratio)})")

    same, out = timed(build, root, env)
    print(f"rebuild, nothing changed:  {same:6.2f} s   {out.splitlines()[-2]}")
    print(f"  target < 1 s: {verdict('no-change rebuild', same)}")
    one = folder / f"episode-{args.decks // 2:04d}.yaml"
    one.write_text(one.read_text(encoding="utf-8").replace("within a season", "within one season", 1), "utf-8")
    changed, out = timed(build, root, env)
    print(f"rebuild, one deck changed: {changed:6.2f} s   {out.splitlines()[-2]}")
    print(f"  target < 2 s: {verdict('one-change rebuild', changed)}")

    one_package(root, folder, studydeck, env, args)

    (root / "bare_click.py").write_text(BARE_CLICK, encoding="utf-8")
    commands = {
        "bare click --help": [sys.executable, str(root / "bare_click.py"), "--help"],
        "studydeck --help": [*studydeck, "--help"],
        f"studydeck check (one deck, {args.cards} cards)": [*studydeck, "check", str(folder / "episode-0000.yaml")],
    }
    bundled = sorted((Path(__file__).resolve().parents[2] / "decks").glob("*.yaml"))[:1]
    if bundled:
        cards = len(deckfile.load(bundled[0]).cards)
        commands[f"studydeck check (bundled deck, {cards} cards)"] = [*studydeck, "check", str(bundled[0])]
    times = startup(commands, root, env, args.runs)
    bare_wall, bare_cpu = times.pop("bare click --help")
    print(
        f"start-up, median of {args.runs}: bare click --help {1000 * bare_wall:.0f} ms ({1000 * bare_cpu:.0f} ms CPU)"
    )
    for name, (wall, cpu) in times.items():
        ratio = wall / bare_wall
        print(
            f"  {name}: {1000 * wall:.0f} ms = {ratio:.2f}x (target <= 1.5x: {verdict('start-up', ratio)}); "
            f"CPU {1000 * cpu:.0f} ms = {cpu / bare_cpu:.2f}x"
        )


if __name__ == "__main__":
    main()
