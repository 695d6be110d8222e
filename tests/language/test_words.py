"""Word frequencies and stems, which key choice and give-away checks rest on."""

from __future__ import annotations

from studydeck.language import words


def test_a_plural_the_table_leaves_out_is_as_common_as_its_singular() -> None:
    assert not words.known("octopuses") and words.zipf("octopuses") == words.zipf("octopus") > 0
    assert not words.known("moraines") and words.zipf("moraines") == words.zipf("moraine") > 0
    assert words.zipf("xylqvorps") == words.UNKNOWN_ZIPF  # a word the table does not know at all


def test_a_superlative_the_table_leaves_out_is_as_common_as_its_plain_form() -> None:
    assert words.zipf("likeliest") == words.zipf("likely") > 0
    assert words.zipf("likelier") == words.zipf("likely")
    assert words.zipf("forager") == 0  # an -er noun is no comparative


def test_a_british_spelling_is_as_common_as_the_american_one() -> None:
    for british, american in [("artefact", "artifact"), ("behavioural", "behavioral"), ("haemoglobin", "hemoglobin"),
                              ("manoeuvre", "maneuver"), ("licences", "licenses"), ("travelled", "traveled"),
                              ("centres", "centers"), ("organisation", "organization"), ("faeces", "feces")]:
        assert words.american(british) == american
        assert words.zipf(british) == words.zipf(american) > 0
    # never rarer for it, and never as common as another word its letters could turn into
    assert words.zipf("filled") > words.zipf("filed") and words.american("four") == "four"
    assert words.american("rogue") == "rogue" and words.american("larvae") == "larvae"


def test_a_singular_in_us_and_its_plural_share_a_stem() -> None:
    assert words.stem("octopus") == words.stem("octopuses") == "octopus"
    assert words.stem("cactus") == words.stem("cactuses")
    assert words.stem("spindles") == words.stem("spindle")


def test_a_verb_in_ify_and_its_nouns_share_a_stem() -> None:
    assert words.stem("purifiers") == words.stem("purify") == words.stem("purifies") == words.stem("purification")


def test_the_word_table_is_sorted_for_bisection_and_answers_as_a_container() -> None:
    lines = [line for line in words._lines() if line]
    assert lines == sorted(lines) and len(lines) == 50_000
    assert words.zipf("the") > 7 and words.zipf("hippocampus") < 4 and words.zipf("qzxv") == 0
    assert "kelp" in words.KNOWN_WORDS and "qzxv" not in words.KNOWN_WORDS


def test_ment_is_a_suffix_only_when_a_word_is_left() -> None:
    assert words.stem("payments") == words.stem("pay") == "pay"
    assert words.stem("ferments") == words.stem("ferment") != "fer"


def test_a_species_epithet_is_the_rare_word_after_its_genus() -> None:
    from studydeck.language.words import epithet

    assert epithet("Phytophthora infestans") == "infestans"
    assert epithet("Homo sapiens") == "sapiens"
    assert epithet("Spring tides") == ""  # an English noun after a capital
    assert epithet("French watchmaker") == ""  # a describing word first
    assert epithet("Phytophthora") == ""


def test_a_greek_epithet_in_os_is_a_species_word_and_an_english_one_is_not() -> None:
    """ "The scientific name, [Monodon] monoceros, ..." was read half a term: the Greek ending keeps the pair whole."""
    assert words.species_word("rhinoceros") is False  # a word English knows
    assert words.species_word("macropteros")
    from studydeck.ingest import phrases

    text = "Its name, Delphinapterus macropteros, means white wing."
    assert "Delphinapterus macropteros" in [text[p.start : p.end] for p in phrases.chunks(text)]
