"""Regenerate studydeck/language/data/wordfreq-en.tsv.gz: the English word-frequency table ingest uses to rank terms.

Run it once, in a scratch environment, and commit its output; studydeck itself never needs wordfreq:

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python studydeck/language/data/make_wordfreq.py

The table keeps the most frequent words made of letters (with inner apostrophes or hyphens), one
`word<TAB>zipf` line each, sorted by word so that studydeck finds a word by bisection. Zipf is log10
of occurrences per billion words: about 7 for "the", 3 for "hippocampus", under 2 for rare names. The data of wordfreq is licensed
CC BY-SA 4.0; the notice written beside the table says so.
"""

from __future__ import annotations

import argparse
import gzip
import re
from importlib.metadata import version
from pathlib import Path

import wordfreq

WORD = re.compile(r"[a-z](?:[a-z'-]*[a-z])?")
DATA = Path(__file__).resolve().parent
NOTICE = """\
wordfreq-en.tsv.gz: the most frequent English words with their Zipf frequency, one `word<TAB>zipf`
line each, sorted by word. Made by studydeck/language/data/make_wordfreq.py from wordfreq {version}
(Robyn Speer et al.), whose data is licensed under Creative Commons Attribution-ShareAlike 4.0
(https://creativecommons.org/licenses/by-sa/4.0/); this table is shared under the same license.
"""


def table(size: int) -> list[tuple[str, float]]:
    words = []
    for word in wordfreq.top_n_list("en", size * 2, wordlist="large"):
        if WORD.fullmatch(word):
            words.append((word, wordfreq.zipf_frequency(word, "en", wordlist="large")))
        if len(words) == size:
            break
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000, help="how many words to keep")
    args = parser.parse_args()
    rows = table(args.size)
    text = "".join(f"{word}\t{zipf:.2f}\n" for word, zipf in sorted(rows))
    out = DATA / "wordfreq-en.tsv.gz"
    # mtime=0 and no file name: the same words always give the same bytes.
    out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    (DATA / "wordfreq-en.NOTICE").write_text(NOTICE.format(version=version("wordfreq")), encoding="utf-8")
    zipfs = [z for _, z in rows]
    print(f"{out}: {len(rows)} words, zipf {max(zipfs):.2f} to {min(zipfs):.2f}, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
