"""Phrases: names, quantities, dates, terms, quoted terms, lists and set phrases found in text, and cuts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studydeck.language.phrases import Kind, Phrase, chunks, cuts_phrase, idiom_spans


def found(text: str, kind: Kind | None = None) -> list[str]:
    return [p.text for p in chunks(text) if kind is None or p.kind == kind]


def phrase(text: str, words: str) -> Phrase:
    return next(p for p in chunks(text) if p.text == words)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Astronomers found 51 Pegasi b in 1995.", ["51 Pegasi b"]),
        ("The James Webb Space Telescope looked at WASP-39b.", ["James Webb Space Telescope", "WASP-39b"]),
        ("Friedman and Schwartz blamed the Federal Reserve.", ["Friedman", "Schwartz", "Federal Reserve"]),
        ("The Bank of England cut rates.", ["Bank of England"]),
        ("Mendel's peas were wrinkled.", ["Mendel"]),
        ("Apollo 11 landed on the Moon.", ["Apollo 11", "Moon"]),
    ],
)
def test_names_are_whole_proper_noun_runs(text: str, names: list[str]) -> None:
    assert found(text, Kind.NAME) == names


def test_a_name_is_about_its_last_word_not_its_designation() -> None:
    assert phrase("Astronomers found 51 Pegasi b.", "51 Pegasi b").head == "Pegasi"
    assert phrase("Apollo 11 landed.", "Apollo 11").head == "Apollo"
    assert phrase("Mendel's peas were wrinkled.", "Mendel").head == "Mendel"


@pytest.mark.parametrize(
    ("text", "quantity", "head"),
    [
        ("Cheetahs reach about 12.5 metres per second.", "about 12.5 metres per second", "metres"),
        ("The money supply fell by a third.", "a third", "third"),
        ("Three-quarters of the ice melted.", "Three-quarters", "Three-quarters"),
        ("It is between 1.5 and 2 times faster.", "1.5 and 2 times", "times"),
        ("The river floods twice a year.", "twice a year", "year"),
        ("It uses less than 0.01 percent of the power.", "less than 0.01 percent", "percent"),
        ("Gold was fixed at $35 an ounce.", "$35 an ounce", "ounce"),
        ("A hive holds 20,000 to 60,000 bees.", "20,000 to 60,000 bees", "bees"),
        ("Adults need at least seven hours of sleep.", "at least seven hours", "hours"),
        ("Risk fell by 25-35% in the trial.", "25-35%", "25-35%"),
        ("She ate one or two apples.", "one or two apples", "apples"),
    ],
)
def test_quantities_take_hedge_number_and_unit(text: str, quantity: str, head: str) -> None:
    assert quantity in found(text, Kind.QUANTITY)
    assert phrase(text, quantity).head == head


def test_a_quantity_may_lose_its_number_alone_but_never_its_unit_alone() -> None:
    text = "Cheetahs reach about 12.5 metres per second."
    number = text.index("12.5")
    assert not cuts_phrase(text, number, number + 4)
    unit = text.index("metres")
    assert cuts_phrase(text, unit, unit + len("metres"))
    assert not cuts_phrase(text, text.index("about"), text.rindex("."))


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Britain left gold in September 1931.", ["September 1931"]),
        ("Prices fell between 1929 and 1933.", ["1929", "1933"]),
        ("Jazz spread in the 1920s.", ["1920s"]),
        ("The law passed on 4 July 1776.", ["4 July 1776"]),
        ("It opened on March 3, 1931.", ["March 3, 1931"]),
    ],
)
def test_dates_are_kept_apart_from_quantities(text: str, dates: list[str]) -> None:
    assert found(text, Kind.DATE) == dates
    assert found(text, Kind.QUANTITY) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Planets were found with the radial-velocity method.", "radial-velocity method"),
        ("Kepler watched the eclipsing binary stars.", "eclipsing binary stars"),
        ("Reducing sugars react with amino acids.", "Reducing sugars"),
        ("Browning comes from the Maillard reaction.", "Maillard reaction"),
        ("The money supply fell.", "money supply"),
    ],
)
def test_terms_are_whole_noun_phrases(text: str, term: str) -> None:
    assert term in found(text, Kind.TERM)
    assert phrase(text, term).head == term.split()[-1]


def test_quoted_terms_are_one_phrase_and_long_quotes_are_not() -> None:
    text = (
        'Wozniak calls it the "minimum information principle"; he said "keep every card as short as you can make it".'
    )
    assert found(text, Kind.QUOTED) == ["minimum information principle"]
    assert "**spaced repetition**" not in found("Use **spaced repetition** daily.")
    assert found("Use **spaced repetition** daily.", Kind.QUOTED) == ["spaced repetition"]
    assert found('Bees do the "waggle dance" and say "keep it short".', Kind.QUOTED) == ["waggle dance"]


def test_items_of_a_list_of_three_or_more_are_marked() -> None:
    text = "Planets show up through transits, wobbles and microlensing, said Mayor and Queloz."
    listed = {p.text: p.in_list for p in chunks(text)}
    assert listed["transits"] and listed["wobbles"] and listed["microlensing"]
    assert not listed["Mayor"] and not listed["Queloz"]  # two names are no list of three


def test_idiom_words_form_no_phrase_and_a_blank_inside_one_cuts_it() -> None:
    text = "Take advantage of the spacing effect; in fact, review it as well as the notes."
    assert found(text) == ["spacing effect", "notes"]
    assert [text[s:e] for s, e in idiom_spans(text)] == ["Take advantage of", "in fact", "as well as"]
    advantage = text.index("advantage")
    assert cuts_phrase(text, advantage, advantage + len("advantage"))


def test_a_blank_inside_a_name_or_term_cuts_it_and_a_whole_one_does_not() -> None:
    text = "51 Pegasi b was found with the radial-velocity method."
    assert cuts_phrase(text, 0, 2)
    method = text.index("radial")
    assert cuts_phrase(text, text.index("method"), text.index("method") + 6)
    assert not cuts_phrase(text, method, text.index("."))
    assert not cuts_phrase(text, 0, len("51 Pegasi b"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAbB zZ019.,;:-'\"“”*_$%()\n\téß")), max_size=120) | st.text(max_size=80))
def test_any_text_gives_ordered_non_overlapping_phrases_inside_it(text: str) -> None:
    phrases = chunks(text)
    last_end = 0
    for p in phrases:
        assert 0 <= p.start < p.end <= len(text)
        assert p.start >= last_end
        assert p.text == text[p.start : p.end]
        last_end = p.end
    cuts_phrase(text, 0, len(text) // 2)


def test_no_phrase_runs_across_a_line_break() -> None:
    text = "Gareth Lindqvist Notes\nGareth Lindqvist · 2024-09-03 · 2h 12m\n\nGold standard"
    assert all("\n" not in p.text for p in chunks(text))
    assert found(text, Kind.DATE) == ["2024-09-03"]
    assert found(text, Kind.QUANTITY) == ["2h", "12m"]
    assert found(text)[-1] == "Gold standard"


def test_a_title_case_heading_is_read_as_words_not_as_one_long_name() -> None:
    text = "Why Software Fails: Famous Bugs and What They Teach Us\nProf. Hannah Oduya spoke."
    assert "Famous Bugs" in found(text, Kind.TERM)
    assert found(text, Kind.NAME) == ["Prof. Hannah Oduya"]


def test_a_name_that_opens_a_sentence_with_a_common_word_stays_whole() -> None:
    assert found("Knight Capital lost about $440 million in August 2012.", Kind.NAME) == ["Knight Capital"]
    assert found("Ariane 5's first flight failed.", Kind.NAME) == ["Ariane 5"]


def test_a_short_saying_in_quotes_is_no_term() -> None:
    assert found('He repeated "Money is not a float." twice.', Kind.QUOTED) == []


def test_temperatures_keep_their_degree_sign() -> None:
    text = "Browning is fast above roughly 140°C (about 285°F)."
    assert found(text, Kind.QUANTITY) == ["roughly 140°C", "about 285°F"]


def test_a_shouted_heading_is_no_name_and_a_role_is_no_part_of_one() -> None:
    text = "IDEAS WORTH REMEMBERING\nHost Lena Marchetti and chemist Dr. Kofi Asante test kitchen advice."
    assert found(text, Kind.NAME) == ["Lena Marchetti", "Dr. Kofi Asante"]


def test_unknown_words_with_a_common_ending_are_no_names_at_a_sentence_start() -> None:
    text = "Salting early helps. Soda is pure sodium bicarbonate, tested in side-by-side trials."
    assert found(text, Kind.NAME) == []
    assert "pure sodium bicarbonate" in found(text, Kind.TERM)
    assert "side-by-side trials" in found(text, Kind.TERM)


def test_notes_spelling_timestamps_and_year_ranges() -> None:
    assert found("— Marisol Etxeberria 00:23:15 Amazon", Kind.NAME) == ["Marisol Etxeberria", "Amazon"]
    assert found("the 2014–2016 marine heatwave hit", Kind.DATE) == ["2014–2016"]
    assert found("eat 1500-2000 calories", Kind.QUANTITY) == ["1500-2000 calories"]
    assert found("long‑term radial‑velocity surveys", Kind.TERM) == ["long‑term radial‑velocity surveys"]
    assert found("The Earth isn’t special; don’t worry.") == ["Earth"]
