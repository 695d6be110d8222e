"""Benchmark: the part-of-speech lexicon and tagger -> load time, tagging and chunking speed, size of the data.

Prints:
- the size of the committed lexicon (gzip) and of everything studydeck/language installs;
- the time to load the lexicon, in a fresh process each time as ingest or lint would (median of runs),
  and in this process with the cache cleared;
- tagging (tag_text) and chunking (ingest's phrases.chunks) speed in tokens per second, on the hand-tagged sentences of
  the tests repeated to a few thousand lines;
- the time to chunk each episode notes file of the test fixtures in a fresh process, import and lexicon
  included: the share of ingest's budget (0.5 s an episode, start-up included) that phrases take.

Run: python tests/benchmarks/bench_language.py [--runs N] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import studydeck.language
from studydeck.ingest.phrases import chunks
from studydeck.language import lexicon
from studydeck.language.tags import tag_text, tokenize

LANGUAGE = Path(studydeck.language.__file__).resolve().parent
CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "language" / "tagged-en.txt"
NOTES = Path(__file__).resolve().parent.parent / "fixtures" / "notes"
LOAD_TARGET_MS = 30
SIZE_TARGET = 1_000_000
# Wall time and CPU time: on a shared machine the CPU time is the steadier figure.
COLD_LOAD = (
    "import time; t, c = time.perf_counter(), time.process_time(); from studydeck.language import lexicon; "
    "lexicon.lookup('telescope'); print((time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000)"
)


CHUNK_FILE = """
import sys, time
t = time.perf_counter()
from studydeck.ingest.phrases import chunks
from studydeck.language.tags import tokenize
text = open(sys.argv[1], encoding="utf-8").read()
found = chunks(text)
print((time.perf_counter() - t) * 1000, len(tokenize(text)), len(found))
"""


def sentences() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [" ".join(t.rsplit("/", 1)[0] for t in line.split()) for line in lines if line and not line.startswith("#")]


def sizes() -> None:
    table = LANGUAGE / "data" / "lexicon-en.tsv.gz"
    installed = sum(p.stat().st_size for p in LANGUAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    mark = "ok" if table.stat().st_size < SIZE_TARGET else "OVER TARGET"
    print(f"lexicon-en.tsv.gz: {table.stat().st_size / 1000:.0f} kB ({lexicon.size()} words) [{mark}: < 1 MB]")
    print(f"studydeck/language installed (code, tables, notices): {installed / 1000:.0f} kB")


def load_times(runs: int) -> None:
    runs_out = [subprocess.check_output([sys.executable, "-c", COLD_LOAD], text=True).split() for _ in range(runs)]
    cold = [float(wall) for wall, _ in runs_out]
    cpu = [float(c) for _, c in runs_out]
    warm = []
    for _ in range(runs):
        lexicon._lines.cache_clear()
        lexicon.lookup.cache_clear()
        start = time.perf_counter()
        lexicon.lookup("telescope")
        warm.append((time.perf_counter() - start) * 1000)
    median = statistics.median(cold)
    mark = "ok" if median < LOAD_TARGET_MS else "OVER TARGET"
    print(
        f"lexicon load, fresh process: median {median:.1f} ms (fastest {min(cold):.1f}, CPU time median "
        f"{statistics.median(cpu):.1f}) over {runs} runs [{mark}: < {LOAD_TARGET_MS} ms]"
    )
    print(f"lexicon load, in process (cache cleared): median {statistics.median(warm):.1f} ms")


def speeds(repeat: int) -> None:
    text = "\n".join(sentences() * repeat)
    count = len(tokenize(text))
    for name, work in (("tag_text", tag_text), ("chunks", chunks)):
        work(text[:1000])  # the lexicon is loaded before timing
        start = time.perf_counter()
        work(text)
        seconds = time.perf_counter() - start
        print(f"{name}: {count} tokens in {seconds * 1000:.0f} ms = {count / seconds:,.0f} tokens/s")


def episodes(runs: int) -> None:
    for path in sorted(p for p in NOTES.iterdir() if p.suffix in (".md", ".txt")):
        timed = []
        for _ in range(runs):
            out = subprocess.check_output([sys.executable, "-c", CHUNK_FILE, str(path)], text=True).split()
            timed.append((float(out[0]), int(out[1]), int(out[2])))
        wall = statistics.median(t for t, _, _ in timed)
        _, count, phrases = timed[0]
        print(f"{path.name}: {count} tokens, {phrases} phrases in {wall:.0f} ms, fresh process (median of {runs})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="fresh processes to time the load in")
    parser.add_argument("--repeat", type=int, default=50, help="times the test sentences are repeated")
    args = parser.parse_args()
    sizes()
    load_times(args.runs)
    speeds(args.repeat)
    episodes(max(3, args.runs // 3))


if __name__ == "__main__":
    main()
