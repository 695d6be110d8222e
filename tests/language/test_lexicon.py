"""The lexicon: the committed table loads with the closed classes, and the script orders tags as it says."""

from __future__ import annotations

from pathlib import Path

from studydeck.language import lexicon
from studydeck.language.data.make_lexicon import Ranker, guessed
from studydeck.language.tags import TAGS

DATA = Path(lexicon.__file__).resolve().parent / "data"


def test_the_table_knows_open_and_closed_words_most_likely_first() -> None:
    assert lexicon.lookup("the") == ("DET",)
    assert lexicon.lookup("Telescope")[0] == "NOUN"
    assert lexicon.lookup("quickly") == ("ADV",)
    assert lexicon.lookup("ran") == ("VERB",)
    assert set(lexicon.lookup("light")) >= {"ADJ", "NOUN", "VERB"}
    assert lexicon.lookup("zzyzzyva") == ()
    assert lexicon.size() > 40_000


def test_the_table_is_sorted_lower_case_and_tagged_from_the_tag_set() -> None:
    lines = lexicon._lines()
    assert lines == sorted(lines)  # lookups bisect it
    words = [line.partition("\t")[0] for line in lines]
    assert len(set(words)) == len(words)
    assert all(w == w.lower() and w for w in words)
    assert {t for line in lines for t in line.partition("\t")[2].split()} <= set(TAGS)
    assert all(lexicon.lookup(w) for w in words[:: len(words) // 200])


def test_the_table_ships_with_a_notice_naming_its_source_and_license() -> None:
    notice = (DATA / "lexicon-en.NOTICE").read_text(encoding="utf-8")
    assert "lemminflect" in notice and "MIT" in notice and "SPECIALIST" in notice
    assert (DATA / "lexicon-en.tsv.gz").stat().st_size < 1_000_000


def ranker() -> Ranker:
    inflections = {
        ("run", "verb"): {"VBD": ["ran"], "VBN": ["run"], "VBG": ["running"], "VBZ": ["runs"]},
        ("run", "noun"): {"NNS": ["runs"]},
        ("bank", "verb"): {"VBD": ["banked"], "VBN": ["banked"], "VBG": ["banking"], "VBZ": ["banks"]},
        ("bank", "noun"): {"NNS": ["banks"]},
        ("cold", "adj"): {"JJR": ["colder"], "JJS": ["coldest"]},
        ("cold", "noun"): {"NNS": ["colds"]},
        ("Kepler", "noun"): {"NNS": ["Keplers"]},
    }
    zipf = {
        "run": 5.3,
        "ran": 4.6,
        "running": 5.0,
        "bank": 5.0,
        "banked": 2.9,
        "banking": 3.6,
        "cold": 5.0,
        "colds": 2.5,
    }
    return Ranker(inflections, zipf)


def test_the_script_ranks_a_verb_first_only_when_its_own_forms_are_common() -> None:
    rank = ranker()
    assert rank.tags("run") == ["VERB", "NOUN"]
    assert rank.tags("bank") == ["NOUN", "VERB"]
    assert rank.tags("ran") == ["VERB"]
    assert rank.tags("cold") == ["ADJ", "NOUN"]
    assert rank.tags("Kepler") == ["PROPN"]


def test_the_script_leaves_out_rare_words_the_tagger_would_guess_the_same() -> None:
    assert guessed("abattoirs", ["NOUN"])
    assert not guessed("scruffiest", ["ADJ"])
