"""Benchmark: hostile inputs -> time and peak memory of lint, markup and the deck reader, each in a fresh process.

- lint of a deck of N identical cards (2,000 and 20,000): one duplicate finding per later card;
- markup of an adversarial field ("**a " and other units repeated to 80 KB and 800 KB): linear time;
- reading a deck with one double-quoted value of 2 MB and 20 MB (plain, or all escapes), by the
  parser and by the quiz's scan: memory a small multiple of the file.

Prints each figure and whether it meets its target. Run: python tests/benchmarks/bench_hardening.py
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FRONT = "How long does a hot compost pile take to mature in summer?"
HEAD = "deck: Bench::Hostile\nkey: bench-hostile\nepisode:\n  podcast: Bench\n  title: Hostile\ncards:\n"


def measure(case: str, size: int) -> dict:
    """Run one case in a fresh process; its seconds, peak memory in MiB and a result count."""
    out = subprocess.run(
        [sys.executable, __file__, "--case", case, str(size)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def run_case(case: str, size: int) -> None:
    result = 0
    with tempfile.TemporaryDirectory() as tmp:
        if case == "lint":
            path = Path(tmp) / "same.yaml"
            cards = "".join(f"  - id: hot-{n}\n    front: {FRONT}\n    back: Six weeks\n" for n in range(size))
            path.write_text(HEAD + cards, encoding="utf-8")
            from studydeck import lint
            from studydeck.deck import deckfile

            deck = deckfile.load(path)
            start = time.perf_counter()
            result = len(lint.lint_deck(deck))
        elif case.startswith("markup"):
            from studydeck.deck import markup

            unit = {"markup-bold": "**a ", "markup-mixed": "**a *b `c ", "markup-italic": "*a "}[case]
            text = unit * (size // len(unit))
            start = time.perf_counter()
            result = len(markup.to_html(text)) + len(markup.to_plain(text))
        elif case.startswith("reader"):
            from studydeck.deck import deckfile, quickindex

            unit = '\\"' if case == "reader-escapes" else "x"
            path = Path(tmp) / "quoted.yaml"
            path.write_text(
                HEAD + f'  - id: a\n    front: "{unit * (size // len(unit))}"\n    back: b\n', encoding="utf-8"
            )
            start = time.perf_counter()
            result = len(deckfile.load(path).cards[0].front)  # as check and build read it
            index = quickindex.read(path.read_text(encoding="utf-8"))  # as the quiz scans it
            assert index is not None and index[2] == (("a", 0),)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak, "result": result}))


def report(label: str, figures: dict, target: str, ok: bool) -> None:
    print(
        f"{label:<42} {figures['seconds']:8.3f} s  {figures['peak_mib']:7.0f} MiB peak  "
        f"({figures['result']:,})  target {target}: {'met' if ok else 'MISSED'}"
    )


def main() -> None:
    for n in (2_000, 20_000):
        f = measure("lint", n)
        report(
            f"lint, {n:,} identical cards (findings)", f, "< 10 s, < 1 GiB", f["seconds"] < 10 and f["peak_mib"] < 1024
        )
    for case in ("markup-bold", "markup-italic", "markup-mixed"):
        small, large = measure(case, 80_000), measure(case, 800_000)
        report(f"{case}, 80 KB", small, "< 0.5 s", small["seconds"] < 0.5)
        ratio = large["seconds"] / max(small["seconds"], 1e-6)
        report(f"{case}, 800 KB (x{ratio:.0f} the time of 80 KB)", large, "x < 20", ratio < 20)
    for case in ("reader", "reader-escapes"):
        for mb in (2, 20):
            f = measure(case, mb * 1_000_000 - 200)
            target = 8 * mb + 60
            report(f"{case}, one quoted value, {mb} MB", f, f"< {target} MiB", f["peak_mib"] < target)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--case"]:
        run_case(sys.argv[2], int(sys.argv[3]))
    else:
        main()
