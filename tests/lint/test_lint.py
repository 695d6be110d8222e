"""Lint rules: for each, a card it must flag and a similar card it must not; silencing, formats, exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from studydeck import lint
from studydeck.cli import cli
from studydeck.deck import deckfile
from studydeck.deck.models import Card, CardKind, Deck, Episode, Silence, Source
from studydeck.lint import RULES_BY_NAME, Finding, Severity, Summary

from ..conftest import REPO

# An invented episode: a gardening show with a host and one guest.
GARDEN = Episode(podcast="Garden Talk", title="Episode 3: Living soil", host="Mara Quinn", guests=("Tomas Reyes",))
SOLO = Episode(podcast="Night Sky Notes", title="Episode 40: Comets", host="Ines Holt")


def c(text: str, id: str = "card", **kw: object) -> Card:
    return Card(id=id, kind=CardKind.CLOZE, text=text, **kw)  # type: ignore[arg-type]


def qa(front: str, back: str, id: str = "card", **kw: object) -> Card:
    return Card(id=id, kind=CardKind.QA, front=front, back=back, **kw)  # type: ignore[arg-type]


def deck(*cards: Card, episode: Episode = GARDEN) -> Deck:
    numbered = [replace(card, line=10 + 3 * i) for i, card in enumerate(cards)]
    return Deck(key="garden-talk-3", name="Tests::Garden Talk", episode=episode, cards=tuple(numbered), path="g.yaml")


def rules(*cards: Card, episode: Episode = GARDEN) -> set[str]:
    return {f.rule for f in lint.lint_deck(deck(*cards, episode=episode))}


def findings(*cards: Card, episode: Episode = GARDEN) -> list[Finding]:
    return lint.lint_deck(deck(*cards, episode=episode))


# A well-made card of each kind, which no rule flags: the "similar card it must not flag" baseline.
GOOD_CLOZE = c("Mycorrhizal fungi trade soil phosphorus to plant roots in exchange for {{c1::sugars}}.")
GOOD_QA = qa("Which soil animals pull fallen leaves down into their burrows overnight to feed?", "Earthworms")


def test_well_made_cards_are_clean() -> None:
    assert findings(GOOD_CLOZE, GOOD_QA) == []


# (rule, a card it must flag, a similar card it must not flag)
CASES = [
    (
        "bad-cloze",
        qa("Which fungi {{c1::trade}} phosphorus for plant sugars?", "Mycorrhizal fungi"),
        qa("Which fungi trade phosphorus for plant sugars?", "Mycorrhizal fungi"),
    ),
    (
        "bad-cloze",
        c("A handful of healthy garden soil holds about {{c1::**}} kilometres of fungal threads."),
        c("A handful of healthy garden soil holds about {{c1::ten}} kilometres of fungal threads."),
    ),
    (
        "bad-cloze",
        c("Earthworms pull fallen {{c1::leaves}} down into their {c2::burrows} overnight to feed on them."),
        c("Earthworms pull fallen {{c1::leaves}} down into their {{c2::burrows}} overnight to feed on them."),
    ),
    (
        "bad-cloze",
        c("Earthworms pull fallen leaves down into their burrows overnight to feed."),
        c("Earthworms pull fallen {{c1::leaves}} down into their burrows overnight to feed."),
    ),
    (
        "long-answer",
        c("After digging, {{c1::the fungal network in the top layer breaks apart}} and takes a season to regrow."),
        c("After digging, the fungal {{c1::network}} in the top layer breaks apart and takes a season to regrow."),
    ),
    (
        "long-answer",
        qa(
            "What does a mulch of wood chips do to clay soil over one year?",
            "It feeds fungi that glue clay into crumbs so water drains",
        ),
        qa("What does a mulch of wood chips feed in clay soil over one year?", "Soil fungi"),
    ),
    (
        "multi-fact",
        c("Compost: {{c1::browns}} and {{c2::greens}} at {{c3::thirty}} to one, turned every {{c4::week}} in summer."),
        c("Compost: {{c1::browns}} and {{c2::greens}} at {{c3::thirty}} to one, turned every week in summer."),
    ),
    (
        "multi-fact",
        qa("Why does a hot compost pile kill weed seeds?", "It passes 60 °C. Seeds die above 55 °C."),
        qa("Why does a hot compost pile kill weed seeds?", "It stays above 55 °C for days"),
    ),
    (
        "enumeration",
        qa("List the soil textures a gardener can feel between two fingers.", "Sand"),
        qa("Which soil texture feels gritty between two fingers?", "Sand"),
    ),
    (
        "enumeration",
        c("Every garden soil's mineral part is a mix of {{c1::sand, silt and clay}} in varying shares."),
        c("The mineral part of garden soil with the smallest grains, found in every loam, is {{c1::clay}}."),
    ),
    (
        "give-away",
        c("Adding compost raises the {{c1::organic matter}} of sandy soil, and organic matter holds water."),
        c("Adding compost raises the {{c1::organic matter}} of sandy soil, which then holds more water."),
    ),
    (
        "give-away",
        # the number the prompt writes another way, in a code
        c("The three gun pits stood {{c1::12,000}} yards apart, and pit G-12000 fired the first round."),
        c("The three gun pits stood {{c1::12,000}} yards apart, and the southern pit fired the first round."),
    ),
    (
        "give-away",
        # a value a shown multiple of another gives, the two some words apart
        c("Counting rings on the scales put the tortoise's age at about 150 years, roughly three times older than the keeper's estimate of {{c1::about 50 years}}."),
        c("Counting rings on the scales put the tortoise's age at about 150 years, far older than the keeper's estimate of {{c1::about 50 years}}."),
    ),
    (
        "give-away",
        # a measure two others of its kind add up to or differ by
        c("A compost heap warms by {{c1::about 25 °C}} in a week, from 15 °C on the day it is built to 40 °C."),
        c("A compost heap warms by {{c1::about 25 °C}} in a week, from the air's warmth on the day it is built to 40 °C."),
    ),
    (
        "give-away",
        # an alias after a slash; the slash of a fraction joins one value, which another fraction does not show
        c("Gardeners call it {{c1::bindweed/morning glory}}, and bindweed strangles beans by July."),
        c("A trench just {{c1::1/32 inch}} too shallow leaves the seed 1/16 inch short of moisture in a dry week."),
    ),
    (
        "give-away",
        # a month and year whose month the prompt gives a day of
        c("The mill was restarted in {{c1::March 1921}}, and its first bale was pressed on 9 March."),
        c("The mill was restarted in {{c1::March 1921}}, and its first bale was pressed that spring."),
    ),
    (
        "give-away",
        # a year the prompt shows moved by the span of years it shows
        c("In 1862 the lake spilled over its dam and flooded the valley for nearly three years, until the gap was closed in {{c1::1865}}."),
        c("In 1862 the lake spilled over its dam and flooded the valley for weeks, and the gap was only closed in {{c1::1865}}."),
    ),
    (
        "give-away",
        # a share the one other share of the same whole leaves of 100 percent
        c("About {{c1::three-quarters}} of the hive's heat comes from flight muscles, and a quarter from the sun on the walls."),
        c("About {{c1::three-quarters}} of the hive's workers are foragers, and a quarter of its drones leave each day."),
    ),
    (
        "give-away",
        # the change between two values the prompt shows
        c("A seal pup weighs 50 kg at weaning and 30 kg by spring, a loss of {{c1::about 40 percent}}."),
        c("A seal pup weighs 50 kg at weaning and 30 kg by spring, and {{c1::about 40 percent}} of pups die that year."),
    ),
    (
        "give-away",
        # a common name blanked beside the Latin name that spells it
        c("Divers in the Red Sea often meet the {{c1::pharaoh cuttlefish}} (Sepia pharaonis) at dusk."),
        c("Divers in the Red Sea often meet the {{c1::pharaoh cuttlefish}} at dusk, near the reef's edge."),
    ),
    (
        "give-away",
        # a count a word's prefix says
        c("Most bananas sold today are triploid, with {{c1::three sets}} of chromosomes, so they set no seed."),
        c("Most bananas sold today are sterile, with {{c1::three sets}} of chromosomes, so they set no seed."),
    ),
    (
        "give-away",
        # an ordinal beside the next one
        c("Through the late {{c1::16th}} and early 17th centuries, tin-glazed tiles came from Delft."),
        c("Through the late {{c1::16th}} century, tin-glazed tiles came from Antwerp, not yet from Delft."),
    ),
    (
        "give-away",
        # a longer word of the prompt holds the answer
        c("Volcanic soils are rich where {{c1::magma}} met ground water in phreatomagmatic blasts long ago."),
        c("Volcanic soils are rich where {{c1::magma}} met ground water in violent steam blasts long ago."),
    ),
    (
        "give-away",
        # ... or a short answer is half of a compound the prompt shows (not of "sawyer": "yer" is no word)
        c("The {{c1::saw}} gave its name to the sawhorse, a trestle that holds the plank while it is cut."),
        c("The {{c1::saw}} was sharpened by the sawyer, who kept its teeth set for green timber."),
    ),
    (
        "give-away",
        # ... or the answer's singular
        c("The pond floor was diatomaceous ooze, a pale silt built from the glassy shells of {{c1::diatoms}}."),
        c("The pond floor was soft grey ooze, a pale silt built from the glassy shells of {{c1::diatoms}}."),
    ),
    (
        "give-away",
        # a value that a shown value and the multiple said of it give
        c("Worms burrow at {{c1::about 30 cm}} a night in wet loam, roughly three times their 10 cm in dry soil."),
        c("Worms burrow at {{c1::about 30 cm}} a night in wet loam, three times a week, and 10 cm in dry soil."),
    ),
    (
        "give-away",
        # a share shown again as a count out of a whole
        c("{{c1::About 12 percent}} of garden soils, roughly 1 in 8, are too acid for brassicas."),
        c("{{c1::About 12 percent}} of garden soils are too acid for brassicas, and 1 in 3 are too dry."),
    ),
    (
        "give-away",
        # a unit whose symbol a shown value gives
        c("Soil particles are sized in {{c1::millimetres}}, and coarse sand grains run above 0.5 mm across."),
        c("Soil particles are sized in {{c1::millimetres}}, and coarse sand grains run above a grain of rice."),
    ),
    (
        "give-away",
        # a span of years two shown years mark out
        c("Darwin described earthworm casts in 1837, {{c1::four decades}} before his book on worms of 1881."),
        c("Darwin described earthworm casts in 1837 and studied them for {{c1::four decades}} before his book."),
    ),
    (
        "give-away",
        # a hyphenated answer each of whose parts the prompt shows
        c("Loam is a {{c1::sand-rich soil}}: a soil rich in sand, which drains fast after rain."),
        c("Loam is a {{c1::sand-rich soil}}: a ground full of grit, which drains fast after rain."),
    ),
    (
        "give-away",
        # the sum of two values of its unit the prompt shows
        c("The new span is {{c1::about 480 metres}}, roughly 60 metres longer than the old span of 420 metres."),
        c("The new span is {{c1::about 480 metres}}, roughly 60 metres longer than the old span it replaced."),
    ),
    (
        "give-away",
        # the answer's noun shown with another adjective, its own opening the sentence
        c("{{c1::Early blight}} spots the lower leaves in June; late blight rots whole plants in a wet August."),
        c("{{c1::Early blight}} spots the lower leaves in June; a wet August brings rot to whole plants."),
    ),
    (
        "give-away",
        # a value that follows from a value and a percentage the prompt shows
        c("Drying costs hay 15 to 18 percent of its weight, so a bale cut at 40 kg goes to the barn at {{c1::about 33}} kg."),
        c("Drying costs hay 15 to 18 percent of its weight, so a bale cut in June goes to the barn at {{c1::about 33}} kg."),
    ),
    (
        "give-away",
        # a value whose unit a hyphen joins to it, converted in brackets beside it
        c("Each mill wheel was a {{c1::14-foot}} (4.3 m) iron rim with oak paddles bolted to it by hand."),
        c("Each mill wheel was a {{c1::14-foot}} iron rim with oak paddles bolted to it by hand in 1840."),
    ),
    (
        "give-away",
        # ... in another unit of the same dimension, and as a range
        c("Pressing loses 25-30% of the apples' weight as pomace, so 1 kg of fruit gives {{c1::roughly 700-750 g}} of juice."),
        c("Pressing loses 25-30% of the apples' weight as pomace, so a crate of fruit gives {{c1::roughly 700-750 g}} of juice."),
    ),
    (
        "give-away",
        # a share said as a percentage and as 'N days in M', either end of it blanked
        c("A 40% chance of frost means frost forms on {{c1::about 4 nights}} in 10 in such weather."),
        c("A 40% chance of frost means frost forms on {{c1::low ground}} first in such weather."),
    ),
    (
        "give-away",
        # a count that another count and the part between them give
        c("Of 1,200 ponds surveyed, {{c1::about 300}} held newts, roughly a quarter of them."),
        c("Of 1,200 ponds surveyed, {{c1::about 300}} held newts, most of them in the north."),
    ),
    (
        "give-away",
        # ... or the part, between two counts shown; a range and a temperature are no counts
        c("Of 1,200 ponds surveyed, 300 held newts, {{c1::about a quarter}} of them."),
        c("Of 1,200 ponds surveyed, 300 to 350 held newts, {{c1::about a quarter}} of them at 35 \u00b0C, half of the rest at 70 \u00b0C."),
    ),
    (
        "give-away",
        # a span between two years shown, one of them of three figures, the span in words
        c("The abbey was founded in 850 and stood for {{c1::more than a thousand years}} until a fire in 1905."),
        c("The abbey was founded in 850 and stood for {{c1::more than a thousand years}} until a fire."),
    ),
    (
        "give-away",
        # a value in two units beside its conversion
        c("The old gate stood {{c1::8 feet 3 inches}}, about 2.5 metres, above the road."),
        c("The old gate stood {{c1::8 feet 3 inches}}, and the wall beside it 20 feet, above the road."),
    ),
    (
        "give-away",
        # a value in a run of evenly spaced values the sentence shows
        c("Bells ring once at 300 m, twice at 400 m and three times at {{c1::500}} m of water."),
        c("Bells ring once at 300 m, twice at 450 m and three times at {{c1::500}} m of water."),
    ),
    (
        "give-away",
        # a part of a total the prompt splits, the total and the other part shown
        c("The choir has 40 voices: {{c1::24}} sopranos and altos and 16 tenors and basses."),
        c("The choir has 40 voices, with {{c1::24}} sopranos and altos, and sings 16 concerts a year."),
    ),
    (
        "give-away",
        # the head of a name "X of Y" shown as its short form
        c("The wardens of the {{c1::Castle of Dunmore}} kept the Castle stocked for a year's siege."),
        c("The wardens of the {{c1::Castle of Dunmore}} kept the keep stocked for a year's siege."),
    ),
    (
        "give-away",
        # one of a unit said in words, converted in brackets beside the blank
        c("Its roots spread across roughly an acre ({{c1::0.4 hectares}}) but reach only 3 metres down."),
        c("Its roots spread across roughly a field ({{c1::0.4 hectares}}) but reach only 3 metres down."),
    ),
    (
        "give-away",
        # a letter that names the answer's thing, shown in its own prompt
        c("Colour blindness genes lie on the {{c1::X chromosome}}, so the trait is X-linked and far commoner in men."),
        c("Colour blindness genes lie on the {{c1::X chromosome}}, so the trait skips generations and is commoner in men."),
    ),
    (
        "give-away",
        c("Colour blindness genes lie on the X chromosome, so the trait is {{c1::X-linked}} and far commoner in men."),
        c("Colour blindness genes lie on one chromosome, so the trait is {{c1::X-linked}} and far commoner in men."),
    ),
    (
        "give-away",
        # a thing named after a person, asked beside the person's full name, however common the name
        c("The bright nebula is known as {{c1::Field's veil}}, after the amateur Edith Field who logged it."),
        c("The bright nebula is known as {{c1::Field's veil}}, after the amateur who logged it in 1931."),
    ),
    (
        "give-away",
        # an amount said in words, converted in brackets beside the blank
        c("A full-length sari takes about six yards ({{c1::roughly 5.5 m}}) of silk, folded into pleats."),
        c("A full-length sari takes about six pleats and {{c1::roughly 5.5 m}} of silk, tucked at the waist."),
    ),
    (
        "give-away",
        # a worked example of a share: the part, the whole and the percentage, two of them shown
        c("A brine of {{c1::60 g}} of salt in 1,200 g of water is a 5 percent brine, strong enough for cabbage."),
        c("A brine of {{c1::60 g}} of salt in 1,200 g of water keeps cabbage crisp for about 5 weeks."),
    ),
    (
        "give-away",
        c("A brine of 60 g of salt in 1,200 g of water is a {{c1::5 percent}} brine, strong enough for cabbage."),
        c("A brine of 60 g of salt in 2 litres of water is a {{c1::3 percent}} brine, strong enough for cabbage."),
    ),
    (
        "give-away",
        # a span of the calendar said again in another unit, one of them in words
        c("Cask-aged mead needs a year or more, and most makers leave it for {{c1::about 12 months}} before bottling."),
        c("Cask-aged mead needs a cool cellar, and most makers leave it for {{c1::about 12 months}} before bottling."),
    ),
    (
        "give-away",
        # an exact figure and its round form in words of scale
        c("The brain holds some {{c1::86,400,000,000}} neurons, about 86 billion by one careful count."),
        c("The brain holds some {{c1::86,400,000,000}} neurons, about 16 billion of them in the cortex."),
    ),
    (
        "give-away",
        # the same rate shown per another unit of time
        c("A large wormery eats about 2 kg of scraps a day, or {{c1::roughly 700 kg a year}}, if it is kept warm."),
        c("A large wormery eats about 2 kg of scraps a day, and gives {{c1::roughly 100 kg a year}} of castings if kept warm."),
    ),
    (
        "give-away",
        # one half of a pair blanked while the other half shows
        c("Sea ice grows fastest in the {{c1::Southern Ocean}} in winter, and slowest in the northern one."),
        c("Sea ice grows fastest in the {{c1::Southern Ocean}} in winter, and slowest near the coasts."),
    ),
    (
        "give-away",
        # the other end of a scale shown in a compound of the same word
        c("Owls hear {{c1::low-frequency sounds}} best, and bats the high-frequency calls of insects."),
        c("Owls hear {{c1::low-frequency sounds}} best, and bats the ultrasonic calls of insects."),
    ),
    (
        "give-away",
        # the other half of a pair before the same noun
        c("Hares have five toes on each front foot and four on each {{c1::hind foot}}, which helps them turn."),
        c("Hares have five fingers on the front limbs and four toes on each {{c1::hind foot}}, which helps them turn."),
    ),
    (
        "unit-only",
        # what a number counts, blanked alone while the number shows
        c("The survey team finally identified 41 named {{c1::passengers}} from the ferry's lost manifest."),
        c("The survey team finally identified 41 named passengers from the ferry's lost {{c1::manifest}}."),
    ),
    (
        "give-away",
        # one of a pair of opposite changes, the other shown beside it
        c("Each turn of the valve {{c1::doubles}} or halves the flow through the pipe."),
        c("Each turn of the valve {{c1::doubles}} the flow through the pipe, so turn it slowly."),
    ),
    (
        "give-away",
        # ... and a pair of directions of travel
        c("Northbound traffic climbs the pass in low gear, while {{c1::southbound lorries}} coast down with brakes on."),
        c("Northbound traffic climbs the pass in low gear, while {{c1::heavy lorries}} coast down with brakes on."),
    ),
    (
        "give-away",
        # ... and a pair of electrodes
        c("In a zinc-carbon cell, zinc ions leave the anode while electrons reach the {{c1::cathode}} through the wire."),
        c("In a zinc-carbon cell, zinc ions leave the casing while electrons reach the {{c1::cathode}} through the wire."),
    ),
    (
        "give-away",
        # a share the other shown shares leave of 100 percent
        c("About 70 percent of the bay's catch is cod, 20 to 25 percent haddock and {{c1::roughly 5 percent}} plaice."),
        c("About 70 percent of the bay's catch is cod, and {{c1::roughly 5 percent}} of boats land it before dawn."),
    ),
    (
        "give-away",
        # a value the shown value and 'doubles' give
        c("A fresh loaf holds 40 grams of water per slice; left in the fridge, the loss doubles to {{c1::80 grams}} a day."),
        c("A fresh loaf holds 40 grams of water per slice; left in the fridge, it loses {{c1::80 grams}} a day."),
    ),
    (
        "give-away",
        # a count whose things a run of letters names one by one
        c("The hotel's floors are lettered A to F, so a guest can count {{c1::six floors}} of rooms from the lobby up."),
        c("The hotel's floors are lettered by wing, so a guest can count {{c1::six floors}} of rooms from the lobby up."),
    ),
    (
        "give-away",
        # a total that the shown rate and the shown time give
        c("A good dairy cow gives {{c1::about 168 litres}} in a week, or about 24 litres every day of the season."),
        c("A good dairy cow gives {{c1::about 168 litres}} in a week, or about 24 litres at each of its milkings."),
    ),
    (
        "give-away",
        # a part of a total the prompt splits, the other part shown
        c("A rugby matchday squad has 23 players in two groups, 15 starters and {{c1::8}} replacements on the bench."),
        c("A rugby matchday squad has 23 players, and a coach may bring on {{c1::8}} replacements from the bench."),
    ),
    (
        "give-away",
        # a name of letters outside A to Z, which the prompt shows
        c("{{c1::Jean-Baptiste Delambre and Pierre Méchain}} measured the arc by 1798; Méchain later hid an error in his data."),
        c("{{c1::Jean-Baptiste Delambre and Pierre Méchain}} measured the arc by 1798; the younger man later hid an error."),
    ),
    (
        "give-away",
        # ... with the unit a modifier after the shown value
        c("Each settler got 40 hectare-sized plots under the first law, doubled to {{c1::80 plots}} by the second."),
        c("Each settler got 40 hectare-sized fields under the first law, doubled to {{c1::80 plots}} by the second."),
    ),
    (
        "give-away",
        # ... and the value before the change, its unit a modifier later
        c("Each settler got {{c1::40 hectare-sized}} plots under the first law, doubled to 80 plots by the second."),
        c("Each settler got {{c1::40 hectare-sized}} fields under the first law, doubled to 80 plots by the second."),
    ),
    (
        "give-away",
        # ... and the change itself, the two values shown
        c("Each settler got 40 hectare-sized plots under the first law, {{c1::doubled}} to 80 plots by the second."),
        c("Each settler got 40 hectare-sized plots under the first law, {{c1::doubled}} by the second one."),
    ),
    (
        "give-away",
        # an acronym its words spell out beside it
        c("Lifeguards treat a sprain with {{c1::RIC-E}}: rest, ice, compression and elevation."),
        c("Lifeguards treat a sprain with {{c1::RIC-E}} before they move them, then call for help."),
    ),
    (
        "give-away",
        # a century whose year the prompt shows
        c("Stone bridges of this kind spread in the {{c1::late 14th century}}; the oldest dated one is from 1386."),
        c("Stone bridges of this kind spread in the {{c1::late 14th century}}; the oldest dated one is from 1420."),
    ),
    (
        "give-away",
        # a step of a numbered scale between two shown steps
        c("A level {{c1::3}} alert sits above level 2 and below level 4 on the river authority's flood scale."),
        c("A level {{c1::3}} alert means evacuation is likely, and the river authority issues it a day ahead."),
    ),
    (
        "give-away",
        # ... and a pair of nouns
        c("In a seal's flipper, {{c1::arteries}} run beside the veins, so heat passes between them."),
        c("In a seal's flipper, {{c1::arteries}} run beside each other, so heat passes between them."),
    ),
    (
        "give-away",
        # the Latin adjective of the answer's noun
        c("A solar still condenses water on a sheet of plastic warmed by the {{c1::Sun}} during the day."),
        c("A still condenses water on a sheet of plastic warmed by the {{c1::Sun}} during the day, drop by drop."),
    ),
    (
        "give-away",
        # a conversion beside the blank, against another value of the same dimension said after "roughly"
        c("The spring rises {{c1::about 1,200 m}} (about 3,900 feet) up the valley, below the last terraces."),
        c("The spring rises at a height of {{c1::about 1,200 m}}, roughly 4 km from the last terraces of the valley."),
    ),
    (
        "give-away",
        qa("Which fungus genus, once called Glomus, forms tree-like arbuscules in roots?", "Rhizophagus (Glomus)"),
        qa("Which fungus genus forms tree-like arbuscules inside the roots of crops?", "Rhizophagus (Glomus)"),
    ),
    (
        "give-away",
        c("In 1840 Justus Liebig framed what soil scientists now call {{c1::Liebig's law of the minimum}}."),
        c("In 1840 a German chemist framed what soil scientists now call {{c1::Liebig's law of the minimum}}."),
    ),
    (
        "give-away",
        c("Soil scientists map field drainage with {{c1::lidar}}, short for LIght Detection And Ranging."),
        c("Soil scientists map field drainage with {{c1::lidar}}, a laser scan flown over the farm."),
    ),
    (
        "give-away",
        c("A compacted clay subsoil resists about {{c1::300 kPa}}, or some 44 psi, before roots stop growing."),
        c("A compacted clay subsoil resists about {{c1::300 kPa}} before the roots of most crops stop growing."),
    ),
    (
        "give-away",
        c("Soil's cation exchange capacity, or {{c1::CEC}}, measures how many nutrients clay can hold."),
        c("The capacity of a soil to hold nutrients on its clay, called {{c1::CEC}}, rises with organic matter."),
    ),
    (
        "give-away",
        c("Biochar binds {{c1::lead and cadmium}} in the topsoil, so it is dug into beds polluted with cadmium."),
        c("Biochar binds {{c1::lead and cadmium}} in the topsoil, so it is dug into beds near old roads."),
    ),
    (
        "give-away",
        c("Peat bogs are protected under {{c1::the RSPB plan}}, the Royal Society for the Protection of Birds' scheme."),
        c("Peat bogs near the estuary are protected under {{c1::the RSPB plan}} since a survey in 2004."),
    ),
    (
        "trivial-blank",
        # one everyday noun after a preposition and 'the': where, which any reader fills in
        c("Fresh tar turns soft and glossy in the {{c1::sun}}, so road crews lay it in the cool of the morning."),
        c("Fresh clay turns hard and glassy in the {{c1::kiln}}, so potters fire it slowly for the first few hours."),
    ),
    (
        "trivial-blank",
        # a bare group of people by their trade names no one
        c("The fungal threads that link the roots of a beech wood were first mapped by {{c1::biologists}} in 1997."),
        c("The fungal threads that link the roots of a beech wood were first mapped by {{c1::Suzanne Simard}} in 1997."),
    ),
    (
        "trivial-blank",
        c("According to the guest, mulching the beds in autumn is {{c1::good}} for the soil fungi."),
        c("According to the guest, mulching the beds in autumn is {{c1::food}} for the soil fungi."),
    ),
    (
        "trivial-blank",
        c("According to the guest, mulching beds in autumn feeds soil fungi {{c1::all}} winter long."),
        c("According to the guest, mulching beds in autumn feeds soil fungi {{c1::two}} winters long."),
    ),
    (
        "ill-defined",
        c("Roots need {{c1::oxygen}}."),
        c("Roots in waterlogged clay soil die within days because they cannot get {{c1::oxygen}}."),
    ),
    (
        "ill-defined",
        qa("What is humus?", "Stable, dark organic matter"),
        qa("What does humus add to a sandy soil's ability to hold water?", "Sponge-like storage"),
    ),
    (
        "yes-no",
        qa("Does compost feed the fungi that live in garden soil?", "Yes"),
        qa("What does compost feed in garden soil?", "Fungi"),
    ),
    (
        "yes-no",
        qa("Which drains faster after rain, clay or sand?", "Sand"),
        qa("Which garden soil texture drains fastest after heavy rain?", "Sand"),
    ),
    (
        "dangling-reference",
        c("It doubled the fungal growth in clay beds within the first {{c1::six}} weeks of mulching."),
        c("Wood-chip mulch doubled the fungal growth in clay beds within the first {{c1::six}} weeks."),
    ),
    (
        "dangling-reference",
        c("The study found that no-dig beds held {{c1::twice}} as much carbon after five years."),
        c("The Rothamsted study found that no-dig beds held {{c1::twice}} as much carbon after five years."),
    ),
    (
        "no-source",
        c(
            '"The soil is a {{c1::stomach}} turned inside out for the plant," said the guest.',
            source=Source(section="Quotes"),
        ),
        c(
            '"The soil is a {{c1::stomach}} turned inside out for the plant," said the guest.',
            source=Source(section="Quotes", speaker="Tomas Reyes"),
        ),
    ),
    (
        "unknown-speaker",
        c(GOOD_CLOZE.text, source=Source(speaker="Tomas Reyez")),
        c(GOOD_CLOZE.text, source=Source(speaker="Dr. Reyes")),
    ),
    (
        "wordy",
        c(
            "When you spread a thick layer of shredded autumn leaves over the vegetable beds before the first frost, "
            "the worms will have pulled most of it under by {{c1::March}} of the next year."
        ),
        c("Worms pull a thick layer of autumn leaves spread before frost under the soil by {{c1::March}}."),
    ),
    (
        "give-away",
        # the noun shown elsewhere in the prompt leaves only an adjective to recall
        c("Water runs off the slope into a {{c1::shallow swale}}, and the swales fill with sedge by summer."),
        c("Water runs off the slope into a {{c1::shallow swale}}, and the ditches fill with sedge by summer."),
    ),
    (
        "trivial-blank",
        # an umbrella noun says what kind of thing, never which one
        c("A barnacle feeds by sweeping the water with feathery {{c1::appendages}} called cirri."),
        c("A barnacle feeds by sweeping the water with feathery appendages called {{c1::cirri}}."),
    ),
    (
        "trivial-blank",
        # an amount said in words is no common word: "well under a minute"
        c("A dry pile of leaf litter catches fire from a dropped match in {{c1::a good while}} on a hot day."),
        c("A dry pile of leaf litter catches fire from a dropped match in {{c1::well under a second}} on a hot day."),
    ),
    (
        "give-away",
        # the answer in another form in its own prompt: a longer word made from it, or the same root
        c("Fungus gnats breed in a wet {{c1::seedbed}}, so let the top dry out between waterings when seedbeds are sown."),
        c("Fungus gnats breed in a wet {{c1::seedbed}}, so let the top dry out between waterings when trays are sown."),
    ),
    (
        "give-away",
        c("Mulch keeps beds damper in summer, and that {{c1::dampness}} is what lets worms stay near the surface."),
        c("Mulch keeps beds cooler in summer, and that {{c1::dampness}} is what lets worms stay near the surface."),
    ),
    (
        "idiom",
        c("In {{c1::return}}, the builder got the right to run the tower for 20 years before the city took it over."),
        c("On its {{c1::return}} from Paris, the builder got the right to run the tower for 20 years before the city took it."),
    ),
    (
        "idiom",
        # "on paper", "on board": the noun of a set phrase, not the thing itself
        c("The two mills merged on {{c1::paper}} in 1911, though each kept its own looms and foremen for a decade."),
        c("The two mills merged their {{c1::looms}} in 1911, though each kept its own name and foremen for a decade."),
    ),
    (
        "idiom",
        c("Old gardeners learn the soil by {{c1::ear}}: a spade that rings means the ground is too dry to dig."),
        c("Old gardeners learn the soil by its {{c1::sound}}: a spade that rings means the ground is too dry to dig."),
    ),
    (
        "idiom",
        # the noun of a set phrase hidden in a plain sentence
        c("The old dovecote had stood in plain {{c1::sight}} behind the manor for a century before anyone surveyed it."),
        c("The old dovecote had stood in plain sight behind the manor for a century before anyone {{c1::surveyed it}}."),
    ),
    (
        "idiom",
        c("Compost behaves much the same on large {{c1::scales}}, whether in a bin or a municipal windrow."),
        c("Compost behaves much the same in a bin or a municipal {{c1::windrow}}, whatever the scale."),
    ),
    (
        "idiom",
        # a figure of speech a guest reaches for: its words are no fact
        c('Ines Roa: "A cracked hull plate was only a {{c1::bump}} in the road for the crew of the Nerissa."'),
        c('Ines Roa: "A cracked hull plate was only a {{c1::two-day delay}} for the crew of the Nerissa."'),
    ),
    (
        "idiom",
        c("The Shard's mast is hit several times a year, so lightning strikes the same place {{c1::twice}} and more."),
        c("The Shard's mast is hit {{c1::several times}} a year, so lightning strikes the same place twice and more."),
    ),
    (
        "idiom",
        # set phrases: a preposition's, a place's nickname, a farmer's
        c("Order seed potatoes in {{c1::advance}}, since the best varieties sell out by February."),
        c("Order seed potatoes in {{c1::January}}, since the best varieties sell out by February."),
    ),
    (
        "idiom",
        c("Most commercial allotment seed in the lower {{c1::48}} states comes from six growers."),
        c("Most commercial allotment seed in the {{c1::48}} contiguous states comes from six growers."),
    ),
    (
        "idiom",
        c("The steel plough let one family break far more {{c1::sod}} than a team of oxen ever could."),
        c("The steel plough let one family turn far more {{c1::prairie}} than a team of oxen ever could."),
    ),
    (
        "idiom",
        # an adverbial set phrase
        c("Three locks on the canal opened in quick {{c1::succession}} after the 1802 floods, each by a different engineer."),
        c("Three locks on the canal opened in quick succession after the {{c1::1802 floods}}, each by a different engineer."),
    ),
    (
        "wordy",
        c("Worms basically pull a thick layer of autumn leaves spread before frost under the soil by {{c1::March}}."),
        c("Worms pull a thick layer of autumn leaves spread before frost under the soil by {{c1::March}}."),
    ),
    (
        "give-away",
        c("A hot compost pile must stay above 55 °C (about {{c1::130 °F}}) for three days to kill weed seeds."),
        c("A hot compost pile must stay above {{c1::55 °C}} for three days to kill the seeds of weeds."),
    ),
    (
        "give-away",
        c("A rain barrel of 200 litres fills in one storm, and its tap drains the {{c1::200,000 millilitres}} in a day."),
        c("A rain barrel of 200 litres fills in one storm, and its tap drains the water in {{c1::a day}} at most."),
    ),
    (
        "give-away",
        # the other half of a pair that shares the answer's noun leaves one contrasting word to recall
        c('Gardeners speak of "{{c1::green waste}}" and "brown waste" after the two colours of what goes on the heap.'),
        c('Gardeners speak of "{{c1::green waste}}" and "dry leaves" after the two colours of what goes on the heap.'),
    ),
    (
        "give-away",
        # the next member of a series the prompt counts
        c("The allotment floods came in three waves: one in March, one in May, and {{c1::a third}} in the autumn of 1911."),
        c("The allotment floods came in March and May, and {{c1::a third of the plots}} stayed under water until the autumn."),
    ),
    (
        "give-away",
        # ... or of two parallel phrases, each with its own complement
        c('Plots were let as "{{c1::summer beds}}" to the school and as "winter beds" to the retired growers.'),
        c('Plots were let as "{{c1::summer beds}}" to the school, while the retired growers kept the orchard.'),
    ),
    (
        "give-away",
        # a person's surname in another name of the prompt, however common the name
        c("Lloyd's Farm Supply began in {{c1::Tomas Lloyd}}'s garden shed in 1988, selling worm bins to neighbours."),
        c("Green Valley Supply began in {{c1::Tomas Lloyd}}'s garden shed in 1988, selling worm bins to neighbours."),
    ),
    (
        "give-away",
        # a multiple whose two values the prompt shows can be worked out
        c("A hot heap breaks down leaves {{c1::about three times}} as fast, in 4 to 6 weeks against 14 to 16 weeks."),
        c("A hot heap breaks down leaves {{c1::about three times}} as fast as a cold heap left alone in the shade."),
    ),
    (
        "give-away",
        c("Tomas Reyes turns a hot compost heap every four to {{c1::five}} days while it stays above 55 °C."),
        c("Tomas Reyes turns a hot compost heap every {{c1::four to five}} days while it stays above 55 °C."),
    ),
    (
        "half-term",
        # the person a term is named after, without the noun that makes the term
        c("Fluid in the front of the eye drains out through {{c1::Schlemm}}'s canal, a ring-shaped vessel at the iris root."),
        c("Fluid in the front of the eye drains out through a vessel that {{c1::Schlemm}} described, at the iris root."),
    ),
    (
        "half-term",
        # ... or the animal a species' common name is named after them for
        c("Only a few hundred {{c1::Przewalski}}'s horses were left, all in zoos, by the 1960s."),
        c("Only a few hundred of {{c1::Przewalski}}'s letters were left, all in archives, by the 1960s."),
    ),
    (
        "half-term",
        # a blank inside one token: a word of an identifier, a number with a group or thousands after it
        c("The sorting script kept its old entry point, MAIN_{{c1::COMPOST}}_LOOP, through three rewrites."),
        c("The sorting script kept its old entry point, {{c1::MAIN_COMPOST_LOOP}}, through three rewrites."),
    ),
    (
        "half-term",
        # a name blanked out of the term it names; a past tense after a whole name is its verb
        c("The first survey of city allotments was run by the {{c1::Wexford}} society in the spring of 1921."),
        c("A 1921 survey led by the {{c1::Wexford Society of Growers}} found most of the city allotment plots full."),
    ),
    (
        "half-term",
        c("Most allotment societies pay into a {{c1::403}}(b) plan for their one paid warden at the site."),
        c("Most allotment societies pay into a {{c1::403(b)}} plan for their one paid warden at the site."),
    ),
    (
        "half-term",
        c("The new drain was sized for a {{c1::1-in-1}},000-year storm over the whole allotment site."),
        c("The new drain was sized for a storm seen {{c1::once in 1,000 years}} over the whole allotment site."),
    ),
    (
        "half-term",
        # a blank that ends on the word opening the clause after it
        c('Ines Marlow: "A gardener\'s job is to {{c1::find the soil that}} was waiting under the weeds." (Ines Marlow)'),
        c('Ines Marlow: "A gardener\'s job is to find the {{c1::soil}} that was waiting under the weeds." (Ines Marlow)'),
    ),
    (
        "half-term",
        # a blank that ends on a span of time saying when what follows happens
        c("Soil sensors can warn {{c1::allotment holders weeks}} before a drought shows in the beans."),
        c("Soil sensors can warn {{c1::allotment holders}} weeks before a drought shows in the beans."),
    ),
    (
        "half-term",
        c("Soil sensors can warn {{c1::allotment holders weeks}} before a drought shows in the beans."),
        c("Soil sensors warn allotment holders {{c1::about three weeks}} before a drought shows in the beans."),
    ),
    (
        "half-term",
        # one number of the sizes of one thing; a place without the word for its region
        c("Each raised bed measures {{c1::about 120}} by 240 centimetres and holds a tonne of compost."),
        c("Each raised bed measures {{c1::about 120 by 240 centimetres}} and holds a tonne of compost."),
    ),
    (
        "half-term",
        c("Terraced allotments are still common across northern {{c1::Portugal}}, where the hills are steep."),
        c("Terraced allotments are still common across {{c1::northern Portugal}}, where the hills are steep."),
    ),
    (
        "half-term",
        c("Since 1843 the {{c1::Broadbalk}} Experiment at Rothamsted has grown wheat on the same field."),
        c("Since 1843 the {{c1::Broadbalk Experiment}} at Rothamsted has grown wheat on the same field."),
    ),
    (
        "half-term",
        c("The no-dig method was made popular in Britain by Charles {{c1::Dowding}} over four decades of trials."),
        c("The no-dig method was made popular in Britain by {{c1::Charles Dowding}} over four decades of trials."),
    ),
    (
        "half-term",
        c("Clay soils drain slowly after rain because their {{c1::water}}-holding pores are tiny and stay full."),
        c("Clay soils drain slowly after rain because their tiny pores stay full of {{c1::water}} for days."),
    ),
    (
        "half-term",
        c("No-dig beds keep the {{c1::fungal}} network intact, so it feeds the next crop of beans in spring."),
        c("No-dig beds keep the {{c1::fungal network}} intact, so it feeds the next crop of beans in spring."),
    ),
    (
        "half-term",
        c("Trials showed that {{c1::wood-chip mulch doubles}} the fungal growth in clay beds within six weeks."),
        c("Trials showed that wood-chip mulch doubles the fungal growth in clay beds within {{c1::six}} weeks."),
    ),
    (
        "half-term",
        c("{{c1::Eve B}}. Balfour founded the Soil Association in 1946 after her trials at Haughley Green."),
        c("{{c1::Eve B. Balfour}} founded the Soil Association in 1946 after her trials at Haughley Green."),
    ),
    (
        "half-term",
        c("When the soil warms in spring, the {{c1::vole scurries}} away from the compost heap each morning."),
        c("When the soil warms in spring, the {{c1::vole}} scurries away from the compost heap each morning."),
    ),
    (
        "half-term",
        # an initial goes on to the surname; the C of a temperature before a full stop is no initial
        c("The no-dig trials were run by {{c1::Ruth F}}. Halloran at a farm in Kent for twelve years."),
        c("A hot compost heap should reach about {{c1::60°C}}. Turning it weekly keeps the middle from going cold."),
    ),
    (
        "half-term",
        c("In a wet year, {{c1::earthworm casts enrich}} the topsoil of the plot by late spring."),
        c("Worm numbers in the plot recovered after a {{c1::mild drought}} the following summer, in 1976."),
    ),
    (
        "half-term",
        c("Nothing on the allotment {{c1::improves}} your clay soil faster than leaf mould dug in each autumn."),
        c("Leaf mould is {{c1::the cheapest improver}} your clay soil can get, dug in each autumn."),
    ),
    (
        "half-term",
        c("Earthworms drag fallen leaf litter down {{c1::quickly}} when the autumn soil is moist and mild."),
        c("Earthworms drag fallen leaf litter down {{c1::overnight}} when the autumn soil is moist and mild."),
    ),
    (
        "half-term",
        # a formula's bracketed group glued to the blank is part of one word
        c("Gardeners once dusted roses with copper sulfate, Cu(SO4){{c1::5H2O}}, against black spot each June."),
        c("Gardeners once dusted roses with copper sulfate, {{c1::CuSO4·5H2O}}, against black spot each June."),
    ),
    (
        "half-term",
        # a one-word verb whose particle closes it, in a run of verbs
        c("In a wet spring the clay swells, {{c1::cracks}} up and shrinks again as the beds dry out."),
        c("In a wet spring the clay swells, and long {{c1::cracks}} run up the sides of the raised beds."),
    ),
    (
        "idiom",
        c("Allotment holders still read their soil thermometers in Fahrenheit {{c1::day}} to day, out of habit."),
        c("Allotment holders still read their soil thermometers in {{c1::Fahrenheit}} day to day, out of habit."),
    ),
    (
        "half-term",
        # a rate cut in the middle of its unit; a value may leave what it is per shown
        c("A roadside radar's echo shifts by {{c1::about 72 Hz per mile}} per hour of the passing car's speed."),
        c("A roadside radar's echo shifts by {{c1::about 72 Hz}} per mile per hour of the passing car's speed."),
    ),
    (
        "half-term",
        # the quoted word of a term, between its article and its noun
        c('By 1885 every mill in the valley ran a "{{c1::regenerative}}" kiln that fired bricks without cooling.'),
        c('By 1885 every mill in the valley ran a kiln its makers called "{{c1::regenerative}}" for firing bricks.'),
    ),
    (
        "idiom",
        # 'twice over' says doubly, and counts nothing
        c("Mulching in early spring pays {{c1::twice}} over: the soil keeps its water and the weeds stay down."),
        c("Mulching in early spring pays back {{c1::twice}} what the straw cost, as the soil keeps its water."),
    ),
    (
        "idiom",
        c("Small allotment sites rarely make the {{c1::news}}, yet together they feed thousands of families."),
        c("Small allotment sites rarely reach the local {{c1::council}}, yet together they feed thousands of families."),
    ),
    (
        "list-item",
        # after a separator, an article opens the item
        c("Hang the gate with strap hinges, a latch or a {{c1::drop bolt}} rather than rope."),
        c("Hang the gate with strap hinges and a {{c1::drop bolt}} rather than rope."),
    ),
    (
        "list-item",
        c("Hang the gate with strap hinges, {{c1::a latch}} or a drop bolt rather than rope."),
        c("Hang the gate with {{c1::a latch}} or a drop bolt rather than rope."),
    ),
    (
        "list-item",
        # a dash opens a list of items joined by commas alone
        c("The allotment year has four tasks — dig, sow, {{c1::weed}}, harvest — and no rest between them."),
        c("The allotment year has one task above all — {{c1::weeding}} — and no rest from it."),
    ),
    (
        "list-item",
        # a preposition before a list of years governs them all
        c("The floods came in waves, with 1912, {{c1::1915 and 1921}} the worst years for the lower plots."),
        c("The floods came in waves, with {{c1::1912}} the worst year for the lower plots."),
    ),
    (
        "list-item",
        # values with their units, the one before the blank too
        c("Drill bits for the shelf pins come in 5 mm, {{c1::6 mm}} or 8 mm, and the pins must fit the holes snugly."),
        c("Drill bits for the shelf pins come in one size, {{c1::6 mm}}, and the pins must fit the holes snugly."),
    ),
    (
        "list-item",
        c("A hot compost heap needs carbon-rich browns, nitrogen-rich greens and {{c1::air}} to heat up."),
        c("A hot compost heap needs browns and greens, and turning it adds the {{c1::air}} it needs to heat up."),
    ),
    (
        "list-item",
        # in notes, four or more items with commas alone between them
        c("The ranks of the old Chinese civil service, top down: Hanlin, {{c1::Jinshi}}, Juren, Xiucai, Tongsheng."),
        c("The ranks of the old Chinese civil service topped out at {{c1::Jinshi}}, Juren being a provincial degree."),
    ),
    (
        "list-item",
        # the last two items of a list in one blank
        c("A good potting mix holds water, {{c1::air and nutrients}} for the roots of young seedlings."),
        c("A good potting mix holds water well, and {{c1::air and nutrients}} reach the roots of young seedlings."),
    ),
    (
        "list-item",
        c("Gardeners feel for sand, {{c1::silt}} and clay by rubbing a moist pinch of soil between two fingers."),
        c("After heavy rain, {{c1::earthworms}} and beetles come up to the surface of badly drained clay beds."),
    ),
    (
        "list-item",
        # a participle's clause after the comma is no item: "running" opens the list, so "weeding" is one
        c("On Saturdays the allotment club spends the morning {{c1::running}}, weeding and watering the plots."),
        c("Compost heaps slow in {{c1::frost and drought}}, contributing to idle worms and poor crops."),
    ),
    (
        "list-item",
        # times are items too: their colon ends no clause
        c("The allotment gates open at 6:15, {{c1::7:40}}, 9:05 and 11:30 on show days, for the judges' rounds."),
        c("The allotment gates open from 6:15 until {{c1::7:40}} on show days, when the judges arrive."),
    ),
    (
        "list-item",
        # the count of one item of a list
        c("The plot survey found 60 species, including {{c1::24}} ground beetles, 13 spiders, 9 snails and 2 frogs."),
        c("The plot survey found 60 species, including {{c1::24}} ground beetles, which hunt slugs at night."),
    ),
    (
        "operand",
        c("A seed tray of 8 rows × {{c1::12}} cells holds 96 seedlings, enough to plant out two beds."),
        c("A seed tray of 8 rows × 12 cells holds {{c1::96}} seedlings, enough to plant out two beds."),
    ),
    (
        "operand",
        c("In the garden planner, {{c1::0.5}} + 0.25 evaluates to 0.75 square metres of seed bed per child."),
        c("In the garden planner, 0.5 + 0.25 evaluates to {{c1::0.75}} square metres of seed bed per child."),
    ),
    (
        "unit-only",
        # a decade of a scale is its number: "the mid-30s [Celsius]"
        c("In the 1976 heatwave greenhouse air reached the mid-40s {{c1::Celsius}} by noon, scorching the tomatoes."),
        c("In the 1976 heatwave greenhouse air reached the {{c1::mid-40s Celsius}} by noon, scorching the tomatoes."),
    ),
    (
        "unit-only",
        # a unit after 'fractions of a': no number to recall, only the unit
        c("A hummingbird's wing stroke lasts only fractions of a {{c1::millisecond}} longer in cold morning air."),
        c("A hummingbird's wing stroke lasts only fractions of a millisecond longer in cold {{c1::morning air}}."),
    ),
    (
        "unit-only",
        # the time of a rate whose amount shows: "centimetres a [year]"
        c("Sand dunes on the coast creep inland by a few metres a {{c1::year}} when the winter gales are strong."),
        c("Sand dunes on the coast creep inland by {{c1::a few metres a year}} when the winter gales are strong."),
    ),
    (
        "unit-only",
        c("To kill weed seeds, a hot compost pile must stay above 55 {{c1::°C}} for three days in a row."),
        c("To kill weed seeds, a hot compost pile must stay above {{c1::55}} °C for three days in a row."),
    ),
    (
        "unit-only",
        c("Tomas Reyes says a new no-dig bed needs a layer of compost 15 {{c1::centimetres}} deep on top."),
        c("Tomas Reyes says a new no-dig bed needs a layer of compost {{c1::15 centimetres}} deep on top."),
    ),
    (
        "unit-only",
        c("A single teaspoon of garden soil, barely half a {{c1::gram}}, can hold a billion bacteria."),
        c("A single teaspoon of garden soil, barely {{c1::half a gram}}, can hold a billion bacteria."),
    ),
    (
        "give-away",
        # a longer name of the prompt that ends on the answer
        c("The orange rind of a washed cheese comes from Brevibacterium linens, a {{c1::bacterium}} that also lives on skin."),
        c("The orange rind of a washed cheese comes from B. linens, a {{c1::bacterium}} that also lives on skin."),
    ),
    (
        "give-away",
        # one number of a size given in two units
        c("A tennis court measures {{c1::78}} by 36 feet, about 23.8 by 11 metres, for doubles play."),
        c("A tennis court measures {{c1::78}} by 36 feet, while a badminton court is about 13.4 by 6.1 metres."),
    ),
    (
        "give-away",
        # a count of the items a colon lists after it
        c("The Rhine drains {{c1::six countries}}, more than most rivers of Europe: Switzerland, Austria, Germany, France, Luxembourg and the Netherlands."),
        c("The Rhine drains {{c1::six countries}}, more than most rivers of Europe, from Switzerland to the Netherlands."),
    ),
    (
        "give-away",
        # two, each described: the colon's list still shows them
        c("Weavers gave the trade {{c1::two names}} for cloth: soft, loose muslin and stiff, glazed calico."),
        c("Weavers gave the trade {{c1::two names}} for cloth, both still used by tailors."),
    ),
    (
        "give-away",
        # a colon's list counts the count right before it, not one before that
        c("The bridge's plaque gives the date in three scripts and {{c1::two languages}}: Latin and Greek."),
        c("The bridge's plaque gives the date in {{c1::two languages}} and three scripts: Roman, Greek and runic letters."),
    ),
    (
        "give-away",
        # ... or that commas set off right after it, however the sentence goes on
        c("Old dyers had only {{c1::three mordants}}, alum for brightness, iron for black and tin for scarlet, to fix colour."),
        c("Old dyers had only {{c1::three mordants}}, and they fixed colour with alum, iron or tin, whichever the cloth took."),
    ),
    (
        "give-away",
        # a whole whose equal parts the prompt shows
        c("A water polo match lasts {{c1::32 minutes}} of play, split into four quarters of 8."),
        c("A water polo match lasts {{c1::32 minutes}} of play, split into quarters with short breaks."),
    ),
    (
        "give-away",
        # ... and one part, with the whole shown
        c("A water polo match lasts 32 minutes of play, split into four quarters of {{c1::8}}."),
        c("A water polo match lasts about an hour, split into four quarters of {{c1::8}} minutes of play."),
    ),
    (
        "give-away",
        # a longer word of the prompt made of a known word and the answer
        c("In a cribbage variant, a {{c1::skunk}} counts double and a doubleskunk counts triple for the winner."),
        c("In a cribbage variant, a {{c1::skunk}} counts double and a lurch counts triple for the winner."),
    ),
    (
        "give-away",
        # a change in words whose two values the prompt shows
        c("Allotment waiting lists {{c1::more than doubled}}, from about 40,000 names in 2011 to roughly 90,000 names in 2021."),
        c("Allotment waiting lists {{c1::more than doubled}} between 2011 and 2021, as more families wanted to grow food."),
    ),
    (
        "give-away",
        # a speed that is the distance over the time the prompt shows
        c("A racing pigeon flew the 500 km home in 6 hours 40 minutes, averaging about {{c1::75 km/h}} against the wind."),
        c("A racing pigeon flew the 500 km home in a single day, averaging about {{c1::75 km/h}} against the wind."),
    ),
    (
        "give-away",
        # a rare word of the prompt made from the same root as the answer
        c("Gardeners dust seed trays with {{c1::Trichoderma}} fungi, whose spores crowd out damping-off; trichodermin is its toxin."),
        c("Gardeners dust seed trays with {{c1::Trichoderma}} fungi, whose spores crowd out the moulds that cause damping-off."),
    ),
    (
        "idiom",
        # the exception and the rule, said across two clauses
        c("In our allotments a hard frost in May is the {{c1::rare exception}}; a mild wet spring is the rule."),
        c("In our allotments a hard frost in May is the {{c1::rare exception}} after a mild and wet spring."),
    ),
    (
        "idiom",
        c("In a new compost heap the thermophilic bacteria set {{c1::the pace}} for the first few weeks."),
        c("In a new compost heap the {{c1::thermophilic bacteria}} set the pace for the first few weeks."),
    ),
    (
        "unit-only",
        c("Tomas Reyes says every {{c1::litre}} of rainwater a butt catches is a litre the tap does not supply."),
        c("Tomas Reyes says every litre of {{c1::rainwater}} a butt catches is a litre the tap does not supply."),
    ),
    (
        "incidental-date",
        c("Wheat yields on the unmanured Broadbalk plots fell by about a third between {{c1::1852}} and 1880."),
        c("Wheat yields on the unmanured Broadbalk plots fell by {{c1::about a third}} between 1852 and 1880."),
    ),
    (
        "incidental-date",
        c("The Broadbalk plots gave about 2 tonnes of wheat a hectare in {{c1::1852}}, before any nitrogen was added."),
        c("The Broadbalk plots gave about 2 tonnes of wheat a hectare before nitrogen was first added in {{c1::1852}}."),
    ),
    (
        "idiom",
        c("Mycorrhizal fungi take {{c1::advantage}} of the sugars that roots leak into the soil around them."),
        c("Mycorrhizal fungi take advantage of the {{c1::sugars}} that roots leak into the soil around them."),
    ),
    (
        "idiom",
        c("In a compost heap, fungi and bacteria do {{c1::the heavy lifting}} once the pile passes 55 °C."),
        c("In a compost heap, {{c1::fungi and bacteria}} do the heavy lifting once the pile passes 55 °C."),
    ),
    (
        "idiom",
        c("Tomas Reyes weighs his squash harvest to see how yields change from {{c1::one year}} to the next."),
        c("Tomas Reyes weighs his {{c1::squash harvest}} to see how yields change from one year to the next."),
    ),
    (
        "idiom",
        c('Ines Varga: "The county maps show at a {{c1::glance}} how much of the old hedgerow is already gone."'),
        c('Ines Varga: "The county maps show at a glance how much of the old {{c1::hedgerow}} is already gone."'),
    ),
    (
        "idiom",
        c('Ines Varga: "The double-and-add-thirty trick is {{c1::close}} enough to decide whether I need a coat in Leeds."'),
        c('Ines Varga: "The double-and-add-thirty trick is close enough to decide whether I need a coat in {{c1::Leeds}}."'),
    ),
    (
        "idiom",
        c("Saving seed before the frost is a {{c1::race}} against the first hard night of autumn."),
        c("Saving {{c1::squash seed}} before the frost is a race against the first hard night of autumn."),
    ),
    (
        "idiom",
        c("A compost heap that smells of ammonia rings the {{c1::alarm bell}} less than a dry one: too much nitrogen."),
        c("A compost heap that smells of {{c1::ammonia}} has too much nitrogen and too little carbon in it."),
    ),
    (
        "idiom",
        c("Seedlings sown in March never got the {{c1::memo}} that the frost was coming back."),
        c("Seedlings sown in March never got the {{c1::hardening-off}} they needed before the frost came back."),
    ),
    (
        "idiom",
        c("Whole villages staked their lives and {{c1::fortunes}} on the first canal through the marsh."),
        c("Whole villages staked their {{c1::savings}} on the first canal through the marsh in 1790."),
    ),
    (
        "idiom",
        c("A no-dig bed needs a mulch of {{c1::at least}} five centimetres, or in {{c2::fact}} weeds come through."),
        c("A no-dig bed needs a mulch of at least {{c1::five centimetres}}, or else the weeds come through it."),
    ),
    (
        "idiom",
        c("Digging a bed every spring turns the soil {{c1::upside}} down and buries the seeds of next year's weeds."),
        c("Digging a bed every spring turns the soil upside down and buries the {{c1::weed seeds}} a metre deep."),
    ),
    (
        "vague-question",
        qa("What does Tomas Reyes claim about mulching clay soil?", "It feeds the fungi that make crumbs"),
        qa("According to Tomas Reyes, what does a wood-chip mulch feed in clay soil?", "Soil fungi"),
    ),
    (
        "vague-question",
        qa("What is Tomas Reyes's view on digging over a vegetable bed?", "It tears up the fungal network"),
        qa("Why does Tomas Reyes never dig over a vegetable bed in autumn?", "Digging tears the fungal network"),
    ),
    (
        "trivia",
        c("Tomas Reyes recommends the book Teaming with Microbes as a {{c1::brilliant}} guide to soil life."),
        c("Tomas Reyes recommends the book Teaming with Microbes as a guide to the {{c1::soil food web}}."),
    ),
    (
        "trivia",
        # a number that only identifies a document
        c("Kwolek's Kevlar fibre was protected by US patent, number {{c1::3,671,542}}, granted to DuPont in 1972."),
        c("Kwolek's Kevlar fibre is about {{c1::five times}} stronger than steel of the same weight, DuPont found."),
    ),
    (
        "give-away",
        c("The striker scored her 101st league goal in May, breaking the record of {{c1::100}} set in 1998."),
        c("The striker scored her 101st league goal in May, breaking the record set in {{c1::1998}} by her coach."),
    ),
    (
        "give-away",
        # the tries before the one the prompt names after them
        c("{{c1::Two relief convoys}} were driven back by the storm; the third reached the fort on 9 March 1779."),
        c("{{c1::Two relief convoys}} were driven back by the storm; the fort held out until 9 March 1779."),
    ),
    (
        "give-away",
        c("Warm days add {{c1::about 45}} grams a day, cold nights take about 7, a net gain of about 38 grams."),
        c("Warm days add {{c1::about 45}} grams a day, cold nights take about 7, and the hive gains weight."),
    ),
    (
        "give-away",
        # the result of a sum written out right before it
        c("Each dial had six settings and the lever three, giving 6 × 6 × 3 = {{c1::108 signals}} in all."),
        c("Each dial had six settings and the lever three, giving {{c1::108 signals}} in all, of which 94 were used."),
    ),
    (
        "give-away",
        # counts in words that add up to the blank, in its own clause
        c("In 1911 the ferry made {{c1::23}} crossings, fifteen to Dover and eight to Calais, before the war began."),
        c("In 1911 the ferry made {{c1::23}} crossings, fifteen to Dover; eight ships sailed to Calais ten times more."),
    ),
    (
        "give-away",
        # a total that opens the sentence and one of its parts
        c("Twelve climbers reached the col in June 1924; {{c1::9}} went on to the summit and 3 turned back."),
        c("Twelve climbers reached the col in June 1924; {{c1::9}} went on to the summit and 4 turned back."),
    ),
    (
        "give-away",
        c("The rider's {{c1::five titles}}, from 2001 to 2005, were won on the same bicycle frame."),
        c("The rider's {{c1::five titles}}, the first in 2001, were won on the same bicycle frame."),
    ),
    (
        "give-away",
        # a count of two, named right after it: a pair of names, not a pair of clauses
        c("Britain has {{c1::two native seahorses}}, the spiny and the short-snouted, both protected since 2008."),
        c("Within {{c1::two weeks}}, the crew and the passengers fell ill."),
    ),
    (
        "give-away",
        # a count of the items its brackets list a few words on
        c("That night the crowd boarded {{c1::three ships}} at the wharf (the Dartmouth, the Eleanor and the Beaver) and emptied their holds."),
        c("That night the crowd boarded {{c1::three ships}} at the wharf (all of them out of London) and emptied their holds."),
    ),
    (
        "give-away",
        # ... or a few words on, set off by a comma
        c("Chemists found {{c1::two pigments}} in the sweat, hipposudoric acid and norhipposudoric acid, which filter sunlight."),
        c("Chemists found {{c1::two pigments}} in the sweat, which filter sunlight and slow bacteria."),
    ),
    (
        "give-away",
        # a count of the items a colon lists, each with a bracketed aside
        c("Verdi wrote {{c1::three late operas}} for La Scala: Otello (1887, after Shakespeare), Falstaff (1893) and Aida (1872)."),
        c("Verdi wrote {{c1::three late operas}} for La Scala, Otello first (1887, after Shakespeare), when he was past seventy."),
    ),
    (
        "give-away",
        # ... and of species cut to their genus initial
        c("{{c1::Three species}} of tea plant are grown: C. sinensis (China), C. assamica (Assam) and C. taliensis (Yunnan)."),
        c("{{c1::Three species}} of tea plant are grown in Yunnan, each with its own flavour and harvest season."),
    ),
    (
        "give-away",
        # a whole whose equal groups of any kind the prompt shows
        c("The choir stalls hold {{c1::96}} seats in four rows of 24, carved by one workshop in oak."),
        c("The choir stalls hold {{c1::96}} seats in four rows, carved by one workshop in oak."),
    ),
    (
        "give-away",
        # an abbreviation in brackets right after the words it shortens
        c("In mice the gene Desert hedgehog ({{c1::Dhh}}) is switched on in the testes, and males without it are sterile."),
        c("In mice one signalling gene ({{c1::Dhh}}) is switched on in the testes, and males without it are sterile."),
    ),
    (
        "give-away",
        # a count whose items, short, end the sentence after a comma
        c("The valley's mills ground {{c1::three grains}} for the town's bakers, wheat, rye and barley."),
        c("The valley's mills ground {{c1::three grains}} for the town's bakers, and sold the bran to farmers."),
    ),
    (
        "give-away",
        # an acronym in capitals whose words, small ones too, the prompt spells out
        c('Timber yards dried green oak by {{c1::AFAP}} ("as fast as possible") rules, stacking boards in open sheds.'),
        c("Timber yards dried green oak by {{c1::AFAP}} rules, stacking boards in open sheds for a whole summer."),
    ),
    (
        "give-away",
        # a numbered acronym its words spell out beside it
        c("The first survey buoy, called {{c1::DSB-1}} for Deep Sea Buoy, drifted for a year off Iceland."),
        c("The first survey buoy, called {{c1::DSB-1}} by its makers, drifted for a year off Iceland."),
    ),
    (
        "give-away",
        # ... and the words a numbered acronym the prompt shows spells
        c("The first survey buoy, called DSB-1 for {{c1::Deep Sea Buoy}}, drifted for a year off Iceland."),
        c("The first survey buoy, called Nereid for {{c1::Deep Sea Buoy}}, drifted for a year off Iceland."),
    ),
    (
        "give-away",
        # ... and a hyphenated maker's name whose initials a model number shows
        c("{{c1::Dorland-Whitcombe}}'s DW-9 of 1961 was the first pocket transistor organ."),
        c("{{c1::Dorland-Whitcombe}}'s model 9 of 1961 was the first pocket transistor organ."),
    ),
    (
        "give-away",
        # a speed said again per another time: 1 metre a second is 3.6 km an hour
        c("A river otter swims {{c1::about 1 metre per second}}, roughly 3.6 kilometres an hour, when hunting."),
        c("A river otter swims {{c1::about 1 metre per second}}, roughly 3.6 kilometres from its den, when hunting."),
    ),
    (
        "trivial-blank",
        # the class a record is measured in: the record is the claim
        c("In torpor its body drops to about minus 3°C, the lowest temperature recorded in any {{c1::mammal}}."),
        c("In torpor its body drops to {{c1::about minus 3°C}}, the lowest temperature recorded in any mammal."),
    ),
    (
        "idiom",
        # a figure of speech: "think twice", "sharp as a chisel"
        c("Think {{c1::twice}} before releasing bought egg cases, because mantises eat bees as readily as pests."),
        c("Think twice before releasing bought {{c1::egg cases}}, because mantises eat bees as readily as pests."),
    ),
    (
        "idiom",
        c("Enamel covers only the front face of each incisor, which keeps the edge sharp as a {{c1::chisel}}."),
        c("Enamel covers only the front face of each {{c1::incisor}}, which keeps the edge sharp as a chisel."),
    ),
    (
        "give-away",
        # one end of a comparison beside its other end
        c("Eggs kept near 32°C hatch as males, while cooler and {{c1::hotter nests}} give mostly females."),
        c("Eggs kept near 32°C hatch as males, while cooler and hotter nests give mostly {{c1::females}}."),
    ),
    (
        "doubtful",
        replace(GOOD_CLOZE, tags=("studydeck::doubtful",)),
        replace(GOOD_CLOZE, tags=("doubtful", "soil")),
    ),
]


@pytest.mark.parametrize(("rule", "bad", "good"), CASES, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(CASES)])
def test_rule_flags_the_bad_card_and_not_the_similar_good_one(rule: str, bad: Card, good: Card) -> None:
    assert rule in rules(bad)
    assert rule not in rules(good)


def test_every_rule_has_a_case() -> None:
    pair_rules = {
        "interference",
        "duplicate",
        "form-guessable",
        "sibling-give-away",
        "unknown-silence",
        "unused-silence",
    }
    assert {r for r, _, _ in CASES} | pair_rules == set(RULES_BY_NAME)


def test_long_answer_is_an_error_over_ten_content_words() -> None:
    card = qa(
        "What happens to a garden bed covered in wood-chip mulch for a whole year?",
        "Fungi spread through the chips, glue clay particles into crumbs, open channels, drain water, feed worms",
    )
    (finding,) = [f for f in findings(card) if f.rule == "long-answer"]
    assert finding.severity is Severity.ERROR


def test_a_typed_answer_must_be_as_short_as_a_blank() -> None:
    front = "What do the fungi in a no-dig bed receive from the crop in return?"
    assert "long-answer" in rules(qa(front, "sugar made in the green leaves", typed=True))
    assert "long-answer" not in rules(qa(front, "sugar made in the green leaves"))


def test_a_stopword_blank_is_an_error() -> None:
    card = c("According to the guest, mulching the beds in autumn is {{c1::not}} a way to feed slugs.")
    (finding,) = [f for f in findings(card) if f.rule == "trivial-blank"]
    assert finding.severity is Severity.ERROR


def test_a_word_with_accents_is_one_word_not_its_ascii_pieces() -> None:
    card = c("The Maori name of the flightless parrot the rangers guard on Codfish Island is {{c1::kākāpō}}.")
    assert "trivial-blank" not in rules(card)


def test_a_quantity_or_a_name_is_never_trivial() -> None:
    base = "According to the guest, the soil fungi in the beds were {{c1::%s}} by the end of winter."
    assert "trivial-blank" not in rules(c(base % "half gone"))
    assert "trivial-blank" not in rules(c(base % "30%"))
    assert "trivial-blank" not in rules(c(base % "one"))
    assert "trivial-blank" in rules(c(base % "good"))


def test_enumeration_items_are_short_parts_of_a_list_answer() -> None:
    front = "Which soil textures did the guest test by rubbing a sample between two fingers?"
    assert "enumeration" in rules(qa(front, "Sand, silt, clay"))
    assert "enumeration" in rules(qa(front, "sand; silt; clay; loam"))
    assert "enumeration" not in rules(qa(front, "Sand and silt"))
    assert "enumeration" not in rules(qa("How many worms did the guest count in one square metre?", "1,000,000"))
    long_clauses = "When wet, clay smears into a ribbon between the fingers, sand stays gritty, and silt feels silky"
    assert "enumeration" not in rules(qa(front, long_clauses))
    clause = "Guides, not replacements, for a gardener's own eye"
    assert "enumeration" not in rules(qa("What does the guest say soil test kits are?", clause))


def test_a_yes_no_cloze_answer_is_flagged() -> None:
    assert "yes-no" in rules(c("Tilling the beds every spring helps the soil fungi: {{c1::false}}, it cuts them."))


def test_the_dangling_it_of_it_takes_is_allowed() -> None:
    assert "dangling-reference" not in rules(c("It takes about {{c1::six}} weeks for a hot compost pile to mature."))


def test_sibling_give_away_an_answer_another_card_shows() -> None:
    cloze = c("Mycorrhizal fungi trade soil phosphorus to plant roots in exchange for {{c1::sugars}}.", id="trade")
    shows = qa("Which nutrient do mycorrhizal fungi trade to roots for their sugars?", "Phosphorus", id="which")
    hides = qa("Which nutrient do mycorrhizal fungi carry from the soil to plant roots?", "Phosphorus", id="which")
    found = [f for f in findings(cloze, shows) if f.rule == "sibling-give-away"]
    # Each shows the other's answer: the cloze's 'sugars' and the question's 'phosphorus'.
    assert {f.card for f in found} == {"trade", "which"}
    assert "card 'which' (line 13)" in next(f.message for f in found if f.card == "trade")
    assert "sibling-give-away" not in {f.rule for f in findings(cloze, hides) if f.card == "trade"}


def test_sibling_give_away_skips_common_words_and_counts_whole_phrases() -> None:
    two = c("A hot compost heap of leaves is ready to use after about {{c1::two}} summers.", id="two")
    other = qa("How many summers does a cold heap of two kinds of leaves take to rot?", "Three", id="cold")
    assert "sibling-give-away" not in rules(two, other)
    phrase = c("Fungi glue clay particles into crumbs called {{c1::soil aggregates}} that let water drain.", id="agg")
    apart = qa("Which aggregates form in sandy soil, where fungi glue grains together?", "Crumbs", id="sand")
    together = qa("What do fungi build soil aggregates from in clay beds?", "Clay particles", id="build")
    assert "sibling-give-away" not in {f.rule for f in findings(phrase, apart) if f.card == "agg"}
    assert "sibling-give-away" in {f.rule for f in findings(phrase, together) if f.card == "agg"}


def test_doubtful_names_the_reason_and_the_tag_to_remove() -> None:
    card = replace(GOOD_CLOZE, tags=("soil", "studydeck::doubtful::half-term"))
    (finding,) = findings(card)
    assert finding.rule == "doubtful" and finding.severity is Severity.WARNING
    assert "(half-term)" in finding.message and "'studydeck::doubtful::half-term'" in finding.message
    assert lint.DOUBTFUL_TAG == "studydeck::doubtful"


def test_the_same_value_in_another_unit_is_an_error_and_a_range_end_a_warning() -> None:
    twin = c("A hot compost pile must stay above 55 °C (about {{c1::130 °F}}) for three days to kill weed seeds.")
    (finding,) = [f for f in findings(twin) if f.rule == "give-away"]
    assert finding.severity is Severity.ERROR and "'55 °C'" in finding.message
    end = c("Tomas Reyes turns a hot compost heap every four to {{c1::five}} days while it stays above 55 °C.")
    (finding,) = [f for f in findings(end) if f.rule == "give-away"]
    assert finding.severity is Severity.WARNING and "'four to five'" in finding.message


def test_a_blank_that_is_a_date_is_fine_when_the_claim_is_asked_too_or_there_is_none() -> None:
    both = c("Yields on the unmanured plots fell by {{c2::about a third}} between {{c1::1852}} and 1880.")
    alone = c("The Broadbalk wheat experiment at Rothamsted was first sown in the autumn of {{c1::1843}}.")
    assert "incidental-date" not in rules(both) | rules(alone)


def test_the_new_rules_leave_well_made_blanks_alone() -> None:
    fine = [
        c("A {{c1::twenty-minute}} soak in compost tea before sowing speeds up the germination of bean seeds."),
        c("During deep sleep, spindles last about {{c1::one to two seconds}} each and replay the day's events."),
        c("The rose breeder {{c1::Jack Harkness}} named the Alexander rose in 1972, after a field marshal."),
        c("Tomas Reyes keeps a {{c1::hand lens}} in his pocket on every garden visit to check leaves for mites."),
        c("Gardeners in the north sow {{c1::green manure}} such as rye, vetch and clover to cover beds over winter."),
    ]
    found = {f.rule for card in fine for f in findings(card)}
    new_rules = {"half-term", "list-item", "operand", "unit-only", "incidental-date", "idiom", "trivia"}
    assert found & new_rules == set()


def test_lint_card_gates_one_candidate_against_the_deck() -> None:
    shows = qa("Which nutrient do mycorrhizal fungi trade to roots for their sugars?", "Phosphorus", id="which")
    short = c("Roots need {{c1::oxygen}}.", id="short")
    existing = deck(shows, short)
    candidate = replace(c("Mycorrhizal fungi trade soil phosphorus to roots in exchange for {{c1::sugars}}."), id="new")
    found = lint.lint_card(candidate, existing)
    # Its own findings only (not the deck's ill-defined card), with the rules that compare it to the others.
    assert {f.rule for f in found} == {"sibling-give-away"} and {f.card for f in found} == {"new"}
    in_deck = [f for f in lint.lint_deck(deck(shows, short, candidate)) if f.card == "new"]
    assert [(f.rule, f.message) for f in found] == [(f.rule, f.message) for f in in_deck]
    # A candidate that replaces a card of its id is not compared with the card it replaces.
    again = replace(shows, front="Which nutrient do mycorrhizal fungi carry from the soil to plant roots?")
    assert lint.lint_card(again, existing) == []
    # A copy under another id is a duplicate of the card in the deck.
    assert [f.rule for f in lint.lint_card(replace(short, id="short2"), existing)] == ["duplicate", "ill-defined"]


def test_interference_two_near_identical_prompts_with_different_answers() -> None:
    first = qa("How long does a hot compost pile take to mature in summer?", "Six weeks", id="hot")
    second = qa("How long does a hot compost pile take to fully mature in summer?", "Ten weeks", id="hot2")
    other = qa("How long does a cold compost heap of leaves take to rot down?", "Two years", id="cold")
    found = findings(first, second)
    (hit,) = [f for f in found if f.rule == "interference"]
    assert hit.card == "hot2" and "'hot' (line 10)" in hit.message
    assert "interference" not in rules(first, other)


def test_duplicate_the_same_question_twice() -> None:
    first = qa("How long does a hot compost pile take to mature in summer?", "Six weeks", id="hot")
    again = qa("How long does a hot compost pile take to mature in summer?", "six weeks", id="hot-again")
    assert "duplicate" in rules(first, again)
    assert "duplicate" not in rules(first, GOOD_QA)


def test_siblings_of_one_cloze_note_do_not_interfere() -> None:
    card = c("In no-dig beds the {{c1::fungal network}} survives winter and feeds the {{c2::spring}} crop again.")
    assert rules(card) == set()


def test_form_guessable_who_said_when_one_person_speaks() -> None:
    who = qa("Who said that a comet's tail always points away from the Sun?", "Ines Holt")
    assert "form-guessable" in rules(who, episode=SOLO)
    assert "form-guessable" not in rules(who, episode=Episode("Night Sky Notes", "Ep 41", "Ines Holt", ("Ravi Shah",)))


def test_form_guessable_a_blanked_speaker_when_one_speaker_says_most() -> None:
    said = [
        c(f"Tomas Reyes says a healthy soil smells of {{{{c1::geosmin}}}} in spring {n}.", id=f"q{n}") for n in range(3)
    ]
    said = [replace(card, source=Source(speaker="Tomas Reyes")) for card in said]
    blanked = c("{{c1::Tomas Reyes}} says a gardener should never leave the soil bare over winter.", id="who")
    assert "form-guessable" in rules(*said, blanked)
    # With the speakers balanced, the name must be recalled.
    balanced = said[:1] + [replace(s, source=Source(speaker="Mara Quinn")) for s in said[1:]]
    assert "form-guessable" not in rules(*balanced, blanked)


def test_silence_switches_a_rule_off_for_one_card() -> None:
    bad = c("Roots need {{c1::oxygen}}.", silence=(Silence("ill-defined", "a first card, kept short on purpose"),))
    assert "ill-defined" not in rules(bad)


def test_unknown_silence_is_an_error_with_a_suggestion() -> None:
    card = replace(GOOD_CLOZE, silence=(Silence("give-awy", "typo"),))
    (finding,) = findings(card)
    assert finding.rule == "unknown-silence" and finding.severity is Severity.ERROR
    assert "did you mean 'give-away'" in finding.message


def test_unused_silence_is_reported_and_a_used_one_is_not() -> None:
    unused = replace(GOOD_CLOZE, silence=(Silence("wordy", "long on purpose"),))
    assert [f.rule for f in findings(unused)] == ["unused-silence"]
    used = c("Roots need {{c1::oxygen}}.", silence=(Silence("ill-defined", "short on purpose"),))
    assert "unused-silence" not in rules(used)


def test_ignore_for_a_run() -> None:
    bad = c("Roots need {{c1::oxygen}}.")
    assert lint.lint([deck(bad)], ignore={"ill-defined"}) == []
    silenced = replace(bad, silence=(Silence("ill-defined", "short"),))
    # A silence of a rule ignored for the run is not 'unused'.
    assert lint.lint([deck(silenced)], ignore={"ill-defined"}) == []


def test_a_deck_without_an_episode_has_no_source() -> None:
    d = Deck(key="k", name="N", episode=Episode("", ""), cards=(GOOD_CLOZE,), path="x.yaml")
    assert [(f.rule, f.line) for f in lint.lint_deck(d)] == [("no-source", 1)]


def test_findings_sit_at_the_cards_line_in_its_file(tmp_path: Path) -> None:
    path = tmp_path / "garden.yaml"
    good = replace(GOOD_CLOZE, id="good")
    bad = c("Roots need {{c1::oxygen}}.", id="short")
    path.write_text(deckfile.dump(Deck("garden-talk-3", "Tests::Garden", GARDEN, (good, bad))), encoding="utf-8")
    loaded = deckfile.load(path)
    (finding,) = lint.lint([loaded])
    line = path.read_text().splitlines().index("  - id: short") + 1
    assert (finding.path, finding.line, finding.card) == (str(path), line, "short")
    assert str(finding).startswith(f"{path}:{line}: warning[ill-defined]: card 'short': ")


def test_every_message_says_how_to_fix_the_card() -> None:
    every_bad = [bad for _, bad, _ in CASES]
    for card in every_bad:
        for f in findings(card):
            assert ":" in f.message and len(f.message) > 40, f


def test_summarize_counts_by_rule() -> None:
    summary = lint.summarize([deck(c("Roots need {{c1::oxygen}}."), GOOD_QA)])
    assert summary == Summary(errors=0, warnings=1, by_rule=(("ill-defined", 1),))
    assert summary.text() == "lint: 0 errors, 1 warning (1 ill-defined)"
    assert Summary.from_dict(summary.to_dict()) == summary
    assert (summary + summary).by_rule == (("ill-defined", 2),)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab C1{}:c,.;?'\"-* \n")) | st.characters(), max_size=80),
    front=st.text(max_size=40),
)
def test_any_card_text_gives_findings_never_a_traceback(text: str, front: str) -> None:
    cards = (c(text, id="x"), qa(front or "?", text or "x", id="y"))
    for f in lint.lint([deck(*cards)]):
        assert f.rule in RULES_BY_NAME and f.message


# -- the command --------------------------------------------------------------------------------

BAD_DECK = """\
deck: Tests::Garden Talk
key: garden-talk-3
episode: {podcast: Garden Talk, title: "Episode 3", host: Mara Quinn}
cards:
  - id: short
    cloze: Roots need {{c1::oxygen}}.
  - id: glomus
    front: Which fungus genus, once called Glomus, forms arbuscules in the roots of crops?
    back: Glomus
"""


def test_cli_text_report_and_exit_1_on_an_error(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        f"{tmp_path / 'garden.yaml'}:5: warning[ill-defined]: card 'short': only 2 content words visible around "
        "the blank c1 ('oxygen'): add context (at least 6) so that only one answer fits"
    )
    assert lines[1].startswith(f"{tmp_path / 'garden.yaml'}:7: error[give-away]: card 'glomus': ")
    assert lines[-1] == "1 deck, 2 cards; lint: 1 error, 1 warning (1 give-away, 1 ill-defined)"


def test_cli_warnings_alone_exit_0_unless_strict(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    assert CliRunner().invoke(cli, ["lint", "--ignore", "give-away", str(tmp_path)]).exit_code == 0
    assert CliRunner().invoke(cli, ["lint", "--ignore", "give-away", "--strict", str(tmp_path)]).exit_code == 1


def test_cli_json(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "--format", "json", str(tmp_path)])
    report = json.loads(result.output)
    assert result.exit_code == 1
    assert report["errors"] == 1 and report["warnings"] == 1 and report["decks"] == 1 and report["cards"] == 2
    assert report["by_rule"] == {"give-away": 1, "ill-defined": 1}
    assert report["findings"][1] | {"message": ""} == {
        "path": str(tmp_path / "garden.yaml"),
        "line": 7,
        "rule": "give-away",
        "severity": "error",
        "card": "glomus",
        "message": "",
    }


def test_cli_ignore_takes_a_comma_list_and_refuses_unknown_rules(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    ok = CliRunner().invoke(cli, ["lint", "--ignore", "give-away,ill-defined", str(tmp_path)])
    assert ok.exit_code == 0 and ok.output.splitlines() == ["1 deck, 2 cards; lint: 0 errors, 0 warnings"]
    wrong = CliRunner().invoke(cli, ["lint", "--ignore", "giveaway", str(tmp_path)])
    assert wrong.exit_code == 2 and "'giveaway' is not a lint rule: did you mean 'give-away'?" in wrong.output


def test_cli_reports_a_broken_deck_as_invalid_deck(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("deck: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "--format", "json", str(tmp_path)])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [f["rule"] for f in report["findings"]][0] == "invalid-deck"
    assert report["findings"][0]["path"] == str(tmp_path / "broken.yaml")


def test_cli_no_decks(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["lint", str(tmp_path)])
    assert result.exit_code == 1 and "no deck files found" in result.output


def test_cli_list_rules() -> None:
    result = CliRunner().invoke(cli, ["lint", "--list-rules"])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()] == list(RULES_BY_NAME)


def test_the_sample_deck_is_clean(deck_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["lint", str(deck_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("lint: 0 errors, 0 warnings\n")


def test_bundled_decks_lint_without_errors() -> None:
    decks_dir = REPO / "decks"
    if not decks_dir.is_dir() or not deckfile.find([decks_dir]):
        pytest.skip("no bundled decks in decks/")
    decks, problems = deckfile.load_all([decks_dir])
    assert problems == []
    errors = [str(f) for f in lint.lint(decks) if f.severity is Severity.ERROR]
    assert errors == []


def test_a_size_whose_number_reads_as_no_number_is_no_twin() -> None:
    from studydeck.lint import quantities
    from studydeck.lint.spans import Blank

    blank = Blank("A crate measures ", "1.2.3", " by 4 feet, about 1 by 1.2 metres, in the hold.")
    assert quantities.dimensions_twin(blank) == ""


def test_a_round_figure_said_with_a_counts_nothing() -> None:
    """ "the rescue was a thousand small [checklists]" is a way of speaking: its noun is the key."""
    card = c('Ada Brook: "The crossing was a thousand small {{c1::repairs}} made by tired hands."')
    assert not [f for f in findings(card) if f.rule == "unit-only"]
