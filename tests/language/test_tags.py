"""Tagging: the tagger against sentences tagged by hand, the tokenizer on numbers, names and punctuation."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studydeck.language.tags import TAGS, candidates, tag, tag_text, tokenize

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "language"
# tagged-en.txt was written with the rules and tuned on; the held-out sentences were written after them
# (93.1% when first measured, then tuned on); the fresh ones last, measured once at 94.7% before any change.
CORPORA = ["tagged-en.txt", "tagged-en-heldout.txt", "tagged-en-fresh.txt"]


def tagged_sentences(name: str = "tagged-en.txt") -> list[list[tuple[str, str]]]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [[tuple(t.rsplit("/", 1)) for t in line.split()] for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("name", CORPORA)
def test_the_corpus_is_tagged_with_the_tag_set_and_tokenizes_as_written(name: str) -> None:
    sentences = tagged_sentences(name)
    assert len(sentences) >= (60 if name == CORPORA[0] else 20)
    for sentence in sentences:
        words = [w for w, _ in sentence]
        assert {t for _, t in sentence} <= set(TAGS)
        assert [t.text for t in tokenize(" ".join(words))] == words


@pytest.mark.parametrize("name", CORPORA)
def test_accuracy_on_hand_tagged_sentences_is_at_least_90_percent(name: str) -> None:
    right = total = 0
    confused: Counter[tuple[str, str]] = Counter()
    for sentence in tagged_sentences(name):
        words = [w for w, _ in sentence]
        for (_, gold), got in zip(sentence, tag(words), strict=True):
            total += 1
            right += gold == got
            if gold != got:
                confused[(gold, got)] += 1
    accuracy = right / total
    print(
        f"\n{name}: tagging accuracy {right}/{total} = {accuracy:.1%}; most confused (gold, got): {confused.most_common(5)}"
    )
    assert accuracy >= 0.90


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,000 people", ["1,000", "people"]),
        ("about 12.5 metres", ["about", "12.5", "metres"]),
        ("25-35 years", ["25-35", "years"]),
        ("WASP-39b's sky", ["WASP-39b's", "sky"]),
        ("less than 0.01% of it.", ["less", "than", "0.01%", "of", "it", "."]),
        ("$35 an ounce", ["$", "35", "an", "ounce"]),
        ("“Maillard reaction”", ["“", "Maillard", "reaction", "”"]),
        ("don't stop, e.g. now", ["don't", "stop", ",", "e.g.", "now"]),
        ("Prof. Hannah Oduya spoke.", ["Prof.", "Hannah", "Oduya", "spoke", "."]),
        ("It took 2h 12m.", ["It", "took", "2h", "12m", "."]),
        # a colon between a word and a capital or a digit, with no space, is inside a name
        ("the Er:YAG laser and Red 48:2, then: Dusk", ["the", "Er:YAG", "laser", "and", "Red", "48:2", ",", "then", ":", "Dusk"]),
    ],
)
def test_tokenize_keeps_numbers_and_names_whole(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("You need to sleep well .", "sleep", "VERB"),
        ("Deep sleep helps memory .", "sleep", "NOUN"),
        ("The money supply fell by a third .", "supply", "NOUN"),
        ("The money supply fell by a third .", "third", "NUM"),
        ("It was measured in 1931 .", "1931", "NUM"),
        ("Researchers met Friedman and Schwartz .", "Schwartz", "PROPN"),
        ("She quickly wrote it down .", "quickly", "ADV"),
        ("They can run fast .", "run", "VERB"),
        ("He went to the lab .", "to", "ADP"),
        ("He went to check .", "to", "PART"),
        ("The glymphatic system drains the brain .", "glymphatic", "ADJ"),
        ("Phosphorylation activates the enzyme .", "Phosphorylation", "NOUN"),
        ("A 25-year-old runner won .", "25-year-old", "ADJ"),
        ("It costs $ 5 .", "$", "SYM"),
        # a word the lexicon lacks, after a noun: a term, not a verb
        ("Bread keeps with the preservatives propionate and sorbate added .", "propionate", "NOUN"),
        ("Bread keeps with the preservatives propionate and sorbate added .", "sorbate", "NOUN"),
        # ... but between a subject and an object pronoun, a verb
        ("Every spring , builders repoint them with soft lime .", "repoint", "VERB"),
        # a noun and an -ing word open the sentence: the -ing word is its subject, the next its verb
        ("Kiln drying comes before the glaze is fired .", "comes", "VERB"),
        # after 'and', a verb with its complement, though a noun came before the 'and'
        ("Keep your fins off the coral and stay horizontal near the seabed .", "stay", "VERB"),
        # a word that is mostly an adjective, after a noun and before 'that': the compound's last noun
        ("One kick can snap branching coral that took decades to grow .", "coral", "NOUN"),
        # a plural before a relative 'that' and a verb that agrees with it
        ("Divers film giant kelp stalks that sway above the reef at dawn .", "stalks", "NOUN"),
        # after a determiner of one thing, a noun and its -s verb, not a plural noun phrase
        ("A light burns in the window until dawn .", "light", "NOUN"),
        ("A light burns in the window until dawn .", "burns", "VERB"),
        # what "such as" gives examples of is a noun; an -ing noun before a noun after it stays a noun
        ("Gardeners grow night bloomers such as jasmine near the door .", "bloomers", "NOUN"),
        ("Moths visit pale flowers such as evening primrose at dusk .", "evening", "NOUN"),
        # a plural before a plain verb that ends its clause
        ("Canal locks matter because barges climb hills in steps .", "locks", "NOUN"),
        ("Canal locks matter because barges climb hills in steps .", "matter", "VERB"),
        # a plain adjective that opens a verb's object
        ("When crystals drift , they cause brief spinning dizziness .", "brief", "ADJ"),
        # an -ing word that closes the noun phrase of 'of' names a process; with an object, or after
        # 'the', it is the verb
        ("The reef died from years of coral bleaching .", "bleaching", "NOUN"),
        ("Warm water set the storm spinning .", "spinning", "VERB"),
        ("They watched a crowd of children swimming in the bay .", "swimming", "VERB"),
        # a plural noun modifies no noun after it: the adjective after it is what the verb made it
        ("Railways made fresh oysters common on inland tables .", "common", "ADJ"),
        # inside the object of a preposition, a plain word after a noun is the compound's next noun;
        # after a plural, or before its own object, it is the verb
        ("The club is run on a membership fee rather than on grants .", "fee", "NOUN"),
        ("Most of the plants grow slowly in shade .", "grow", "VERB"),
        ("Bubbles in the core show carbon dioxide rising .", "show", "VERB"),
        ("After the flood the yield of the valley fell by a third .", "fell", "VERB"),
        # a word the lexicon lacks, ending like a noun, with nothing after it a verb would take: where
        # "to" goes; with an object after it, what "to" does
        ("Winemakers traced the sharp taste to tartrate , which settles as crystals .", "tartrate", "NOUN"),
        ("Tanners learned to chromate hides in drums .", "chromate", "VERB"),
        # between a singular name after 'the' and a noun, a word of the compound; a name's verb stays a verb
        ("Police traced the Lisbon train bombing to a student .", "train", "NOUN"),
        ("In 1985 the Fed set rates higher .", "set", "VERB"),
        ("The FBI trains agents in Virginia .", "trains", "VERB"),
        # "no longer" is one adverb: the plural before it is its verb's subject
        ("Old street signs no longer match the map .", "signs", "NOUN"),
        ("Old street signs no longer match the map .", "match", "VERB"),
        # an -ing word that opens a sentence before a verb is its subject; after "began", a verb again,
        # and the name after that verb opens its object
        ("Canning began changing Dutch cooking after the war .", "Canning", "NOUN"),
        ("Canning began changing Dutch cooking after the war .", "changing", "VERB"),
        ("Canning began changing Dutch painting while prices fell .", "painting", "NOUN"),
        # a word that only ends in -ing is no gerund: "bring", "spring"
        ("Most ferns unroll in spring .", "spring", "NOUN"),
        ("Assistants bring gathers and heat the glass .", "bring", "VERB"),
        # a verb the lexicon also reads as a noun, known by what follows it
        ("The extra sugar helps preserve the jam for a year .", "helps", "VERB"),
        ("Discard any jar whose tin lid bulges or is loose .", "bulges", "VERB"),
        ("A field gate left open lets the sheep out .", "left", "VERB"),
        # a linking verb before an adjective, and the adjective after it
        ("Fresh snow looks white because its crystals scatter every colour .", "looks", "VERB"),
        ("Fresh snow looks white because its crystals scatter every colour .", "white", "ADJ"),
        ("Their sounds carry far over water .", "sounds", "NOUN"),
        # participles in -ed between a modifier and their noun describe it, as does an adjective before them
        ("It was the first large randomised controlled study of aspirin .", "randomised", "ADJ"),
        ("It was the first modern randomised controlled study of aspirin .", "modern", "ADJ"),
        ("The first settlers cleared forests along the river .", "cleared", "VERB"),
        ("Dyers used the mordant called alum lake for red .", "mordant", "NOUN"),
        # after a determiner, a verb in -s whose stem is also a noun is that noun's plural
        ("Paint the frames before the drapes go up .", "drapes", "NOUN"),
        # after 'a' and a singular noun, a plain verb form cannot agree: the second noun of a compound
        ("Take a skin swab before the dressing goes on .", "swab", "NOUN"),
        ("Each rider needs a saddle check at the start .", "check", "NOUN"),
        # ... but a past tense agrees with anything
        ("A loose rock fell onto the path below .", "fell", "VERB"),
        # a bare verb after 'help', but not a noun after it
        ("Cold snaps helped kill eight young vines .", "kill", "VERB"),
        # ... and after the object of 'let', 'make' or 'see', though a noun follows it
        ("Farmers let moss bind farm soil .", "bind", "VERB"),
        # ... but not after a hyphenated first word of a compound
        ("Cheap tubes made long-range radio sets practical .", "radio", "NOUN"),
        ("Deep sleep helps motor skills .", "motor", "NOUN"),
        # a verb before its object pronoun, even after 'or': "prune the shoots or train them"
        ("Prune the shoots or train them along a wire .", "train", "VERB"),
        # an -ing word between a noun and a verb in -s heads the subject
        ("Amazon's price tracking works almost like an auction .", "tracking", "NOUN"),
        ("The kids kept playing games outside .", "playing", "VERB"),
        # a word in -s that ends a clause whose verb came before it ends that verb's object
        ("Mules could carry salt and cross high mountain passes .", "passes", "NOUN"),
        ("Take out one sea star and the whole shore changes .", "changes", "VERB"),
        # after 'a', an adjective and a singular noun, a plain verb form is the compound's second noun
        ("Masons check each course with a wooden batter frame and string .", "frame", "NOUN"),
        # after 'where', 'when' ..., a singular noun and a word in -s are a subject and its verb
        ("Paint blisters where damp creeps in .", "damp", "NOUN"),
        ("Paint blisters where damp creeps in .", "creeps", "VERB"),
        # after a form of be, a noun and a word in -s are a noun phrase, not a subject and its verb
        ("Most quarrels are border disputes over a path .", "disputes", "NOUN"),
        ("The river water flows over a weir .", "flows", "VERB"),
        # after a preposition or a clause's opener, an -ed word before a noun describes it
        ("Divers surface slowly when pressurised gas is vented .", "pressurised", "ADJ"),
        ("Fry the onions in clarified butter .", "clarified", "ADJ"),
        # after a preposition, an adjective and a noun, an -s word is the noun's compound
        ("The island cooled , with stronger trade winds and colder currents .", "winds", "NOUN"),
        # a noun phrase seldom runs into another's determiner: the -s word between is the verb
        ("The damper pedal lifts all the dampers .", "lifts", "VERB"),
        ("Each hammer strikes the strings .", "strikes", "VERB"),
        # a word the lexicon lacks, right after a plural subject and before a preposition, is its verb
        ("Starved yeasts sporulate within two days .", "sporulate", "VERB"),
        ("The nucleotides inosinate and guanylate add savour .", "inosinate", "NOUN"),
        # an -s word before 'themselves' is plural: a verb in -s would take 'itself'
        ("Heat splits the cell walls themselves open .", "walls", "NOUN"),
        ("The city walls itself off in winter .", "walls", "VERB"),
        # after a plain verb's object, 'and' or 'or' and a word read first as a verb, with its own object
        ("Water is injected to cool the turbine and raise thrust .", "raise", "VERB"),
        ("Don't sit on the ground or touch moss .", "touch", "VERB"),
        ("Buy a scale and weigh the flour .", "weigh", "VERB"),
        # ... or with a particle or a preposition after it, the first verb's own -ing verb passed over
        ("Travellers can board in Paris and wake up in Rome .", "wake", "VERB"),
        ("They came in expecting a lecture and left with a song .", "left", "VERB"),
        ("The guide made us stop looking at the map and start walking .", "start", "VERB"),
        ("Pilgrims walk to the shrine at dawn and stay until dusk .", "stay", "VERB"),
        # ... but a word read first as a noun joins the object, and so does one with no object after it
        ("Air is blown to cool the turbine and fan blades .", "fan", "NOUN"),
        ("Volunteers came to measure the rise and fall of the tide .", "fall", "NOUN"),
        # a participle after a determiner and an adverb in -ly describes the noun after it
        ("It became the most widely used anticoagulant in Europe .", "used", "ADJ"),
        ("The first commercially made pencil had no eraser .", "made", "ADJ"),
        ("The recipe was widely shared online .", "shared", "VERB"),
        # ... but a past tense that is no participle is the verb, even between an adjective and a noun
        ("The smoke was thick , and yellow became shorthand for danger .", "became", "VERB"),
        # after a noun, a word that may be a verb, with its particle and an object after, is the verb
        ("Frost and moisture speed up the decay of old mortar .", "speed", "VERB"),
        ("A long price war cut down the margins .", "cut", "VERB"),
        ("The blastpipe sends exhaust steam up the chimney .", "steam", "NOUN"),
        # an unknown word in -ward is a direction
        ("The charge throws the shell skyward and lights its fuse .", "skyward", "ADV"),
        # after a people's adjective that follows a determiner, a number or an owner, a noun it describes
        ("She had learned 300 Spanish words by May .", "words", "NOUN"),
        ("The Dutch ships sailed at dawn .", "ships", "NOUN"),
        ("Jane Goodall's Tanzanian chimps used twigs .", "chimps", "NOUN"),
        ("The French fought on .", "fought", "VERB"),
        # after a plural subject, a plain verb with an object in -s that could be a verb too
        ("Beetles dig burrows beside the dung .", "dig", "VERB"),
        ("Wasps build nests under the eaves .", "nests", "NOUN"),
        # a name after an owner or a preposition opens a noun phrase: the word after it is a noun
        ("Norway has most of the world's Arctic foxes , by most counts .", "foxes", "NOUN"),
        ("The crop was lost to South Asian rust fungus .", "rust", "NOUN"),
        # ... but not when the -s word has its own verb after it
        ("Mining tax rates rose again in 1990 .", "rates", "NOUN"),
        # an unknown plural of a word that is only a noun is no verb, whatever comes before it
        ("Sonoran kingfishers and herons hunt along the river .", "kingfishers", "NOUN"),
        ("Soviet icebreakers cost a fortune to run .", "icebreakers", "NOUN"),
        # a clause opened by 'once' or 'wherever' needs a verb of its own: the word in -s that ends it
        ("The pump stops once the pressure in the tank drops , so check the valve .", "drops", "VERB"),
        # 'a' and its nouns take no plain verb: the word that ends them is a noun
        ("She mailed a chipped porcelain soup bowl back to Leeds .", "bowl", "NOUN"),
        ("Police traced a stolen bike lock to a Bristol market .", "lock", "NOUN"),
        # ... but a past tense, or the plural subject of the preposition before it, still takes its verb
        ("A small rolling stone beat the odds .", "beat", "VERB"),
        ("Bright ridges on a puffin's bill glow under ultraviolet light .", "glow", "VERB"),
        # 'people', 'men', 'women' and 'children' are plural subjects: a plain verb after them is theirs
        ("Most people picture castles as cold and dark .", "picture", "VERB"),
        # a clause with its verb ends its object at 'and' before another noun phrase
        ("The mason used granite blocks and a lime mortar .", "blocks", "NOUN"),
        ("Your ears pop as the cabin pressure drops and can ache for hours .", "drops", "VERB"),
        # ... and a clause opened by 'how' needs a verb of its own
        ("The guide explains how the old pump works , step by step .", "works", "VERB"),
        # after a preposition or 'and', a people's adjective describes the noun after it
        ("The recipe reached Sweden through Danish cooks in 1740 .", "cooks", "NOUN"),
        ("He wrote to Ada Lovelace and French mathematician Sophie Germain .", "mathematician", "NOUN"),
        # a clause with its verb: what 'of' opens ends its object before a preposition
        ("The army melted thousands of church bells into cannon .", "bells", "NOUN"),
        # ... but a verb that an amount follows is the verb of the phrase 'of' opened
        ("Forecasters say 10 cm of snow melts to about 1 cm of water .", "melts", "VERB"),
        # a plain form after a verb's singular object agrees with nothing: the compound's next noun ...
        ("The usual timber is Oregon incense cedar .", "incense", "NOUN"),
        ("Spot the next F2L pair while you turn .", "pair", "NOUN"),
        ("The shell contains calcium carbonate , so it dissolves in acid .", "carbonate", "NOUN"),
        # ... unless the verb before has its object do something, or the object is a plural with no -s
        ("Bakers let the dough rise overnight .", "rise", "VERB"),
        ("Pocket calculators made the slide rule obsolete .", "rule", "NOUN"),
        # ... and after a preposition the verb governs, with no determiner, as after one
        ("Salamanders shelter on land , often in leaf litter , all summer .", "litter", "NOUN"),
        ("Snails in damp shade thrive all summer .", "thrive", "VERB"),
        ("Keepers watched the fish feed at dusk .", "feed", "VERB"),
        ("Comb-like plates called lamellae strain food from the water .", "strain", "VERB"),
        # a word in -s after a name inside a verb's object is the plural the name describes ...
        ("Divers fitted the squid with tiny 3D glasses and filmed them .", "glasses", "NOUN"),
        ("Some species shoot sticky threads called Cuvierian tubules that tangle a crab .", "tubules", "NOUN"),
        # ... but a name that opens the clause has its verb next
        ("Old Faithful erupts about every 90 minutes .", "erupts", "VERB"),
        # the second of two participles joined before their noun describes it, as the first does
        ("Divers recovered hundreds of swallowed and abandoned hooks .", "abandoned", "ADJ"),
        ("Cells are killed and replaced within days .", "replaced", "VERB"),
        # an order opens on its verb, before an adjective of its object too
        ("Keep unopened jars in the fridge .", "Keep", "VERB"),
        ("Draw small circles on the globe .", "Draw", "VERB"),
        # ... and before a noun, when no verb follows in its clause: otherwise the two nouns are its subject
        ("Wash jeans inside out in cold water and hang them to dry .", "Wash", "VERB"),
        ("Keep jeans away from direct sunlight .", "Keep", "VERB"),
        ("Play areas need soft ground .", "Play", "NOUN"),
    ],
)
def test_context_picks_the_reading(sentence: str, word: str, expected: str) -> None:
    words = sentence.split()
    assert tag(words)[words.index(word)] == expected


def test_tag_text_finds_sentence_starts_on_new_lines() -> None:
    text = "- Gold was pegged\n- Sleep helps"
    tags = dict((t.text, g) for t, g in tag_text(text))
    assert tags["Sleep"] == "NOUN"
    assert tags["Gold"] == "NOUN"


def test_every_token_gets_one_tag_from_the_set() -> None:
    words = ["", "—", "x", "Über", "naïve", "3D", "CO2", "'s", "n't", "1990s", "5th"]
    tags = tag(words)
    assert len(tags) == len(words)
    assert set(tags) <= set(TAGS)
    assert candidates("1990s") == ("NUM",)
    assert candidates("hippocampus")[0] == "NOUN"  # rare words the table leaves out are guessed the same


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAbZ 09.,:;-–‑'’\"“”$%°\n\té")), max_size=100) | st.text(max_size=60))
def test_any_text_gets_one_tag_per_token_and_tokens_that_cover_their_text(text: str) -> None:
    tagged = tag_text(text)
    assert all(text[t.start : t.end] == t.text and t.text.strip() == t.text and t.text for t, _ in tagged)
    assert all(g in TAGS for _, g in tagged)
    assert [t.start for t, _ in tagged] == sorted(t.start for t, _ in tagged)
    assert len(tag([t.text for t, _ in tagged])) == len(tagged)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("lanternfish", "NOUN"),  # a known word and a known noun written as one
        ("hatchetfish", "NOUN"),
        ("memorise", "VERB"),  # a derived ending is no compound: not "memo" and "rise"
        ("2-methylpentane", "NOUN"),  # a chemical's name: a number, then a word no dictionary has
        ("64-bit", "ADJ"),
        ("run-through", "NOUN"),  # a verb and its particle name the act
    ],
)
def test_an_unknown_word_made_of_two_known_ones_is_a_noun(word: str, expected: str) -> None:
    assert candidates(word)[0] == expected
