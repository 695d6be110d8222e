"""Where a blank sits: the heuristics behind the blank rules, each on a blank it must catch and one it must not."""

from __future__ import annotations

import pytest

from studydeck.lint import spans


def blank(text: str) -> spans.Blank:
    """'before [answer] after' -> a Blank."""
    before, rest = text.split("[", 1)
    answer, after = rest.split("]", 1)
    return spans.Blank(before, answer, after)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("The [51] Pegasi b planet was the first found around a Sun-like star.", "51 Pegasi"),
        ("The money supply study by Milton [Friedman] and Anna Schwartz changed minds.", "Milton Friedman"),
        ("The first exoplanet, [51 Pegasi b], was found in 1995.", ""),
        ("In [1995] Michel Mayor announced the planet.", ""),
        ("In 1995 [Michel Mayor] announced the planet.", ""),  # the year dates the sentence; the name opens it
        ("Astronomers found 51 [Pegasi b] in 1995.", "51 Pegasi b"),
        ("On 21 November 1783 [Pilâtre de Rozier] and the Marquis d'Arlandes flew.", ""),
        ("Around 1620 [Edmund Gunter] engraved a logarithmic scale on a ruler.", ""),
        ("In 2001 [Levi Strauss] paid $46,532 for a pair of jeans.", ""),
        ("The BBC's 1986 [Domesday Project] stored a survey on laserdiscs.", "1986 Domesday Project"),
        # a year after 'the' before a treaty says which one: the treaty's name is whole without it
        ("Under the 1713 [Treaty of Utrecht], Spain gave up Gibraltar.", ""),
        ("The 1906 [San Francisco] earthquake broke the water mains.", "1906 San Francisco"),
        ("Marie Curie shared the 1903 [Nobel Prize] in Physics.", "1903 Nobel Prize"),
        ("Biologist [Karen Warkentin] showed that the eggs hatch early.", ""),  # a trade opens the sentence
        ("Captain [Wilfred Dowman] bought her back.", ""),
        ("Hunter [Thompson] wrote it.", "Hunter Thompson"),
        # an office of a word and a role stays shown before the person's name
        ("Finance Minister [Dame Ruth Okoro] signed the loan.", ""),
        ("Finance Minister Dame Ruth [Okoro] signed the loan.", "Ruth Okoro"),
        ("Kepler, the Astronomer [Royal], kept the tables.", "Astronomer Royal"),
        ("DeepMind's [AlphaGo] beat the champion.", ""),
        ("Dr. [Walker] studies sleep.", ""),
        ("Thomas [Seeley] spent decades at Cornell.", "Thomas Seeley"),
        ("Later [Darwin] wrote about worms.", ""),
        ("Ariane [5]'s first flight in 1996 blew up.", "Ariane 5"),
        ("Britain left gold in September [1931], early.", ""),
        ("The brown crust comes from the [Maillard] reaction.", "Maillard reaction"),
        ("In the 1970s the [Senate] voted against it.", ""),
        ("Tomas Reyes counted [thirty] worms in a spadeful.", ""),
        ("The town paid Reyes [40,000] pesos for the map.", ""),  # an amount after a name, not its number
        # the region of a place goes with its name
        ("The ash fell over southern [Chile] for a month.", "southern Chile"),
        ("The ash fell over [southern Chile] for a month.", ""),
        ("The ferry sails east [Tuesday] and back on Friday.", ""),
        # a surname after a given name and a nickname in quotes
        ('Edith "Sparrow" [Lund] flew the mail route alone in 1921.', 'Edith "Sparrow" Lund'),
        ('[Edith "Sparrow" Lund] flew the mail route alone in 1921.', ""),
    ],
)
def test_cut_name(text: str, cut: str) -> None:
    assert spans.cut_name(blank(text)) == cut


def test_cut_number() -> None:
    assert spans.cut_number(blank("a star outshines a planet about [ten] billion times")) == "ten billion"
    assert spans.cut_number(blank("a star outshines a planet about [ten billion] times")) == ""
    # the digits after a thousands comma, a minus sign or a currency's letters are half of the number
    assert spans.cut_number(blank("each hectare was worth US$12,[400 a year] in fish")) == "US$12,400"
    assert spans.cut_number(blank("readings fell to about -1,[140] nT at the coast")) == "-1,140"
    # one number of the sizes of one thing
    assert spans.cut_number(blank("a case of roughly [34] by 18 by 9 centimetres")) == "34 by 18 by 9 centimetres"
    assert spans.cut_number(blank("a case of roughly 34 by 18 by [9 centimetres]")) == "34 by 18 by 9 centimetres"
    assert spans.cut_number(blank("a case of [roughly 34 by 18 by 9 centimetres] in oak")) == ""
    assert spans.cut_number(blank("emissions fall [40%] by 2030")) == ""
    assert spans.cut_number(blank("the lake froze at -[38] °C that winter")) == "-38"
    assert spans.cut_number(blank("the lake froze at [-38 °C] that winter")) == ""
    assert spans.cut_number(blank("each hectare was worth [US$12,400 a year] in fish")) == ""


def test_cut_word() -> None:
    assert spans.cut_word(blank("the radial-[velocity] method")) == "radial-velocity"
    assert spans.cut_word(blank("the [radial]‑velocity method")) == "radial‑velocity"
    assert spans.cut_word(blank("Black answers [1].e4 with c5")) == "1.e4"
    assert spans.cut_word(blank("the [radial-velocity] method")) == ""
    assert spans.cut_word(blank("I recommend [Seeley]'s book.")) == ""
    assert spans.cut_word(blank("It ended in [1997]. Then")) == ""
    # a code whose parts a slash joins is one word
    assert spans.cut_word(blank("Rule [2019]/44/EC bans the nets")) == "2019/44/EC"
    assert spans.cut_word(blank("the [Mk 4]/2 engine")) == "Mk 4/2"
    assert spans.cut_word(blank("Rule [2019/44/EC] bans the nets, and/or the traps")) == ""


def test_a_blank_ending_on_a_verb_and_a_bare_adverb() -> None:
    assert spans.ends_on_verb(blank("A transiting [Jupiter dims] a star by about 1 percent.")) == "dims"
    assert spans.ends_on_verb(blank("A transiting Jupiter dims [a star] by about 1 percent.")) == ""
    # a second verb after 'and', read as the second half of a pair of nouns
    assert spans.ends_on_verb(blank("Visit a creek at [dawn and stay] completely still.")) == "stay"
    assert spans.ends_on_verb(blank("Wolves test their [prey and single] out the weak.")) == "single"
    assert spans.ends_on_verb(blank("The otters eat [crabs and clams] daily.")) == ""
    assert spans.ends_on_verb(blank("Pack [salt and pepper] for the trip.")) == ""
    assert spans.bare_adverb(blank("she treated it [politely] and felt less tired")) == "politely"
    assert spans.bare_adverb(blank("the money [supply] fell")) == ""


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Planets are found by transits, [wobbles] and imaging.", 3),
        ("Planets are found by [transits], wobbles, imaging or timing.", 4),
        ("It needs browns, greens and [air] to heat up.", 3),
        ("In 1995, [Mayor] and Queloz found it.", 0),
        ("It replenishes [energy] and benefits every organ, including the brain.", 0),
        ("Planets are found by [transits] and wobbles.", 0),
    ],
)
def test_list_items(text: str, count: int) -> None:
    assert len(spans.list_items(blank(text))) == count


def test_set_phrases() -> None:
    assert spans.set_phrase(blank("markets take [advantage] of panics")) == "take advantage of"
    assert spans.set_phrase(blank("it was, in [fact], wrong")) == "in fact"
    assert spans.set_phrase(blank("at [least] a third of banks")) == "at least"
    assert spans.set_phrase(blank("it took [advantage of] the panic")) == "took advantage of"
    assert spans.set_phrase(blank("markets take advantage of [panics]")) == ""
    assert spans.set_phrase(blank("the [least] studied planets")) == ""
    assert spans.set_phrase(blank("named after the biggest coins of the [day]")) == "of the day"
    assert spans.set_phrase(blank("the wettest month of the [year]")) == ""
    # an everyday phrase of the body or a figure of speech: none of its words is the fact
    assert spans.set_phrase(blank("most sharks give [birth] to live young")) == "give birth"
    assert spans.set_phrase(blank("most sharks give birth to [live young]")) == ""
    assert spans.set_phrase(blank("camels chew the [cud] like cattle")) == "chew the cud"
    assert spans.set_phrase(blank("a fox is not a cat in [disguise]")) == "in disguise"
    assert spans.set_phrase(blank("the flow outran anyone on [foot]")) == "on foot"
    assert spans.set_phrase(blank("the flow outran anyone on [the coast road]")) == ""
    assert spans.set_phrase(blank("the reef bleached [en masse] in 1998")) == "en masse"
    assert spans.set_phrase(blank("closing the pier was the right [call]")) == "the right call"
    assert spans.set_phrase(blank("Latin terms left [players plenty] of room")) == "plenty of room"
