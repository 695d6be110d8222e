"""A sentence that opens on a reference is labelled with what it means, only when that is settled."""

from __future__ import annotations

import pytest

from studydeck.ingest import facts, references


@pytest.mark.parametrize(
    ("earlier", "sentence", "named"),
    [
        # a person who acts in an earlier sentence, for 'he' or 'she'
        (["In 1897 Ronald Ross found malaria parasites in the gut of a mosquito."],
         "He won the Nobel Prize for it five years later.", "Ronald Ross"),
        # a term whose last word the definite noun repeats, a defined one first
        (["Dyers fixed madder with alum, and the mordant called alum lake bound the colour to wool."],
         "The lake held fast through many washes.", "alum lake"),
        # a person named with an initial, or by one name and the place the person was of
        (["Wilbur T. Glossop, who held forty patents, built the first tilting fairground car in 1908."],
         "He also designed the lap bar that riders pull down.", "Wilbur T. Glossop"),
        (["Heraklides of Tarsos, the palace astronomer, charted the rising of Sirius."],
         "He also built a water clock for the temple.", "Heraklides of Tarsos"),
        # 'it' for the term the sentence before defines
        (["Sailors steered by a magnetised needle called the mariner's compass."],
         "It let ships hold a course under cloud.", "mariner's compass"),
        # 'they' for a plural subject
        (["Swifts sleep on the wing during migration."], "They land only to nest.", "Swifts"),
        # a full date before the reference; a subject at a named place, more of where set off by commas
        (["The largest carp at the Royal Aquarium in Bath, Somerset, is a koi that one family kept since 1890."],
         "On 2 May 1942 it survived a bombing raid in its pond.", "largest carp at the Royal Aquarium"),
        # a date before the reference
        (["In 1897 Ronald Ross found malaria parasites in the gut of a mosquito."],
         "In 1902 he won the Nobel Prize for it.", "Ronald Ross"),
        # a purpose before the reference, a fronted phrase before the subject it means
        (["Unlike geese, swans keep one partner for life and nest in the same reed bed each spring."],
         "To guard that nest they hiss at any passing dog.", "swans"),
        # 'they' for a plural subject with what it is of
        (["The spines of a hedgehog grow from muscle under the skin."], "They stand up when it rolls.", "spines of a hedgehog"),
        # 'his' for the person the sentence before opens on, without the place after the name
        (["Gregor Mendel of Brno bred some 28,000 pea plants between 1856 and 1863."],
         "His ratios, ignored for decades, founded genetics.", "Gregor Mendel"),
        # a person set off by a participle's phrase, beside a company, which 'he' never means
        (["In 1904 the plant hunter George Forrest, working for the Bees Seed Company, reached Yunnan."],
         "He sent home the seeds of more than 300 rhododendrons.", "George Forrest"),
        # a name with a particle
        (["Konrad von Ebner studied how birds learn the routes of their first migration."],
         "He won a prize for it in 1931.", "Konrad von Ebner"),
        # a first name of two hyphenated parts
        (["In 1913 Jean-Baptiste Lemaire built the first steel lock gate."], "He patented it a year later.",
         "Jean-Baptiste Lemaire"),
        # 'it' past a sentence whose subject is plural, for what the one before is about
        (["The Overland Stage ran coaches west from 1858 to 1869.", "Drivers changed teams every 20 km."],
         "It lost its mail contract to the railway.", "Overland Stage"),
        # 'one' set off by commas, for one of a plural subject
        (["Giant sequoias in the Sierra Nevada grow to more than 80 m."],
         "One, called General Sherman, is the largest tree by volume.", "Giant sequoias"),
        # 'together they' for a plural subject
        (["Barn owls hunt by ear in complete darkness."], "Together they keep a farm free of voles.", "Barn owls"),
        # 'that year' for the one year of the sentence before
        (["In March 1961 the first hovercraft ferry crossed the Solent."], "That year the fare was 5 shillings.", "1961"),
        # 'she' with no person named: the ship the sentences calling it 'she' go back to, past an aside
        (["Lusitania, built by John Brown on the Clyde for the Cunard Line, sailed from New York on 1 May 1915.",
          "At 2:10 p.m. on 7 May she was struck by a torpedo off Ireland."],
         "She sank in about 18 minutes.", "Lusitania"),
        # ... and a time of day before the pronoun
        (["Lusitania, built by John Brown on the Clyde for the Cunard Line, sailed from New York on 1 May 1915."],
         "At 2:10 p.m. on 7 May she was struck by a torpedo off Ireland.", "Lusitania"),
        # a clause that opens on the reference ("When it ...") and a name that opens on an article
        (["La Soufrière is the volcano of Saint Vincent."], "When it erupted in 1902, it killed about 1,600 people.", "La Soufrière"),
        (["El Niño weakens the trade winds across the Pacific."], "It also warms the coast of Peru.", "El Niño"),
        # a participle's phrase before the reference
        (["The Dewey system sorts books by ten main classes."], "Devised in 1876, it uses decimals for finer topics.", "Dewey system"),
        # a person set off by a 'who' clause, and a phrase of the person's own before the reference
        (["Marta Kowal, who trained as a potter, ran the kiln for ten years."], "She fired it twice a week.", "Marta Kowal"),
        # 'her' before a noun may be the person's own: she is still who is meant
        (["In 1903 Ada Sorensen shared her first medal with two colleagues."], "She won a second in 1911.", "Ada Sorensen"),
        # a person named after the sentence has said 'she' of someone else is not who 'she' means
        (["Ada Brandt drew the hull of the schooner.", "In 1901 she sold the yard, and Otto Lenz bought it."],
         "She retired to Kiel in 1905.", "Ada Brandt"),
        (["Marta Kowal ran the kiln for ten years."], "With her apprentice Jan Bury she fired it twice a week.", "Marta Kowal"),
        # a word that links the sentence to the one before, ahead of its 'it'
        (["The ferry was built to burn coal, but the strike of 1926 cut its supply."], "So it sailed on oil for a year.", "ferry"),
        # 'its' owning the subject, for a subject its adverb and past verb follow
        (["The Eddystone lighthouse of 1759 first stood for 120 years."], "Its builders dovetailed every granite block.",
         "Eddystone lighthouse of 1759"),
        # a subject counted by 'a single', its Latin name in brackets
        (["A single bluefin tuna (Thunnus thynnus) can cross the Atlantic in under 60 days."],
         "It also dives below 1,000 metres.", "bluefin tuna"),
        # a one-word name the article's aside describes, brackets and all, before its verb
        (["Goliath, the 40-tonne crane built (by Krupp) to lift the caissons, still stands by the dock."],
         "It was last used in 1961.", "Goliath"),
        # a demonstrative and a noun, for the earlier term that noun ends
        (["Reef corals keep microscopic algae inside their tissues."], "Those algae feed the coral with sugar.",
         "microscopic algae"),
        (["Each player winds a spring-driven clock before the game."], "That clock stops when a flag falls.",
         "spring-driven clock"),
        # a name its place owns is one thing, though its first word is a given name
        (["London's Millennium Bridge swayed so much on its opening day that it shut after two days."],
         "It reopened in 2002 with dozens of dampers under its deck.", "Millennium Bridge"),
        # 'it' after a named person and what they did, for the thing called by 'the' before
        (["The Forth Bridge opened in March 1890 with two main spans of 521 metres."],
         "In 1882 Benjamin Baker designed it with John Fowler after the Tay disaster.", "Forth Bridge"),
        # ... after the person's place and role too
        (["Lime mortar hardens slowly as it takes up carbon dioxide."],
         "Roman architect Marcus Vitruvius described it around 25 BC.", "Lime mortar"),
        (["Sodium fluoride slows tooth decay."], "Frederick McKay in Colorado studied it from 1901.", "Sodium fluoride"),
        # what people found is about what their finding names, not about them: "Researchers at the University of
        # Exeter: They are also sensitive ..." was read bad
        (["Biologists at the University of Bergen found that young puffins learn their way to sea alone."],
         "They also fly at night, when gulls cannot see them.", "young puffins"),
        # the surname that acts last is whom 'he' means: "Max Knoll: He shared that prize" was read as a wrong fact
        (["Otto Brandt and Karl Vogel built the first such lens in 1931; Brandt won a prize for it in 1960."],
         "He shared it with two Swiss engineers.", "Otto Brandt"),
        # a term the predicate defines is not what 'they' means when the subject is plural too: "Lanugo: They
        # suckle ..." was read bad; nor what 'its' means after a singular subject
        (["Calves are born in a pale coat called the natal fur and weigh about 9 kilograms."],
         "They nurse for about two months before the herd moves on.", "Calves"),
        (["A wood frog stops its heart for weeks each winter, a state called cryo-dormancy."],
         "Its liver floods the blood with glucose that works as antifreeze.", "wood frog"),
        # a place's thing, named whole with its owner
        (["Vienna's giant wheel was built in 1897 by the engineer Walter Basset."],
         "It was the tallest wheel still turning in 1950.", "Vienna's giant wheel"),
        # ... but a person is never what 'it' means: the term they coined is
        (["The Austrian geologist Eduard Suess coined the term Gondwanaland in 1885."],
         "It joined Africa, India and Antarctica for millions of years.", "Gondwanaland"),
        # a reference in a clause of reason ahead of a main clause that opens on it too
        (["Desert tortoises dig long burrows."],
         "Because they cannot cool themselves, they spend the hottest hours underground.", "Desert tortoises"),
    ],
)  # fmt: skip
def test_a_reference_the_earlier_sentences_settle_is_named(earlier: list[str], sentence: str, named: str) -> None:
    assert references.label(sentence, earlier) == named


@pytest.mark.parametrize(
    ("earlier", "sentence"),
    [
        # two people act before: 'he' could be either
        (["Ronald Ross found the parasite, and Patrick Manson showed how mosquitoes carry it."], "He won the prize."),
        # no earlier term ends in the noun
        (["Dyers fixed madder with alum."], "The colour held fast through many washes."),
        # 'they' after a singular subject
        (["The swift sleeps on the wing during migration."], "They land only to nest."),
        # nothing before it
        ([], "He won the Nobel Prize for it five years later."),
        # 'he recommends': the episode's speaker, not a person of the facts
        (["In 1913 Pierre Lemaire built the first steel lock gate."], "He recommends a history of canals."),
        # a name that opens on an article is no person's
        (["Frost and El Niño weather cut the harvest of 1998."], "She sold the farm a year later."),
        # ... nor a person named after the sentence before has said 'she' of a thing
        (["In 1910 she was sold to a Danish firm; Captain Henrik Moll bought her back in 1925."],
         "She went into a museum dock in 1960."),
        # 'she' never means a company whose name is all common words
        (["The ship was insured by the Blue Anchor Line, the owner of the Waratah."], "She never found out why."),
        # ... nor a person whose verb takes 'her' as its object ("Wilfred Dowman: She was moved ..." was read wrong)
        (["Captain Rhys Evans bought her back in 1931 and refitted her at Cowes."], "She was opened to visitors in 1960."),
        # ... nor a place that acts ("Suez Canal: In 1872 she raced ..." was read as a wrong label)
        (["The Kiel Canal opened a year before her launch and cut the voyage short."], "In 1897 she raced the mail steamer home."),
        # 'it' never means a person, though one is the subject before
        (["Joseph Lister introduced carbolic acid sprays in Glasgow in 1867."], "It stung the surgeons' hands."),
        # ... nor a person named after a role and a nationality
        (["The Dutch surveyor Pieter van Houten coined the name Zeeweg, or Sea Road, in 1712, after the trade had faded."],
         "It was never a single road but a maze of shallow creeks."),
        # ... nor a person named after their role
        (["The statistician William Farr traced the outbreak to the Lea Valley Water Company."], "It was the last great epidemic in the city."),
        # ... nor a person named after several roles and titles
        (["Harbour Master Sir Edwin Larch inspected the wreck and ordered it towed."], "It sank again within a week."),
        # a subject that ends in s but whose verb says it is one thing
        (["The Overland Express carries mail over the mountains."], "They rest in winter."),
        # a subject with its owner: 'it' could mean either
        (["The yeast's cell wall is thick and rich in sugars."], "It divides every 90 minutes."),
        # 'his' after a sentence that does not open on a person
        (["Letters to the plotter Anthony Babington were copied by Francis Walsingham's agents."],
         "His codebreaker read every one."),
        # an 'it' that stands for nothing
        (["Saffron crocuses flower for about three weeks in autumn."], "It takes around 150 flowers to make 1 g of saffron."),
        # a name that only modifies the noun after it is not what the sentence is about
        (["Cold War budget cuts and a long strike delayed the second tunnel until 1962."], "It opened in May 1964."),
        # 'they' after a sentence where people act: they may be who is meant
        (["Uranium and thorium emit alpha particles, and in 1908 Ernest Rutherford and Thomas Royds showed what they are."],
         "They trapped the particles in a glass tube."),
        # 'its' after a plural subject
        (["Swifts sleep on the wing during migration."], "Its wings beat ten times a second."),
        # 'its' before no noun that a verb follows
        (["The Eddystone lighthouse stood for 120 years."], "Its lamp, of 24 candles, shone 13 miles."),
        # 'that year' after a sentence of two years
        (["The line opened in 1863 and was electrified in 1890."], "That year it carried 40 million passengers."),
        # 'they' after a sentence that speaks of other things as 'them': they may be those
        (["Sonar surveys published in 1998 mapped more than 300 of them, twice the earlier count."], "They grow about 1 mm a year."),
        # ... and 'it' after one that speaks of another thing as 'it'
        (["The Royal Society printed a long report on it in 1762."], "It drew crowds to Bath for a decade."),
        # 'it' after a sentence of the other number that says 'it' itself: it means what that one names
        (["The pump was cheap to run.", "Engineers later fitted a steam winch, but the pit flooded before it was used."],
         "It was sold for scrap in 1870."),
        # 'it' after a body that acted on a thing, for a place a clause names in passing: the body, the
        # thing or the place
        (["The town council ordered the clock in 1820 for the tower that we now call Old Nick."],
         "It stopped within a week of arriving."),
        # a clause of reason whose 'it' the main clause after it names
        (["Archers needed years of practice."], "Because it took only weeks to learn, the sling spread fast."),
        # a word about the thing, its name, is not what 'it' means ("Name: It is a lobe-finned fish" was read bad)
        (["The name is Latin for 'four jaws', after its split lower jaw."], "It is a ray-finned fish of the deep slope."),
    ],
)  # fmt: skip
def test_a_reference_the_earlier_sentences_leave_open_is_not_named(earlier: list[str], sentence: str) -> None:
    assert references.label(sentence, earlier) == ""


def test_a_short_referring_sentence_is_labelled_when_settled_and_else_joins_the_one_before() -> None:
    text = "Giant sequoias grow to more than 80 m in the Sierra Nevada. One, called General Sherman, is the largest tree."
    assert [s.text for s in facts.split(text)][1] == "Giant sequoias: One, called General Sherman, is the largest tree."
    text = "Egg whites set at about 62°C and yolks at about 70°C. That gap is why a 63°C bath gives a runny yolk."
    (joined,) = facts.split(text)
    assert joined.text == text


def test_a_long_referring_sentence_is_labelled_and_keeps_its_words() -> None:
    text = (
        "In 1897 Ronald Ross, a surgeon of the Indian Medical Service working in Secunderabad, found malaria "
        "parasites in the gut of an Anopheles mosquito that had fed on a patient, after two years of dissecting "
        "mosquitoes of many kinds. He won the Nobel Prize in "
        "Physiology or Medicine for the discovery in 1902."
    )
    first, second = facts.split(text)
    assert second.text == "Ronald Ross: He won the Nobel Prize in Physiology or Medicine for the discovery in 1902."
    assert all(second.text[a:b] in text for a, b in second.facts)  # the label is context, never a fact
    assert [s.text for s in facts.split(text, labels=False)][1].startswith("He won")


def test_a_label_of_one_everyday_word_is_not_given() -> None:
    """ "Water: It has no brain either ..." was read garbled: a label of one everyday word more often names
    the wrong thing than the right one, so the sentence joins the one before it instead."""
    text = (
        "Water enters through the madreporite, a sieve plate on the upper surface, and drives the tube feet. "
        "It has no brain either, just a nerve ring around the mouth."
    )
    assert [s.text for s in facts.split(text)] == [text]
    assert facts._specific("Water") == "" and facts._specific("Madreporite") == "Madreporite"


def test_a_long_consequence_of_the_sentence_before_is_stated_alone() -> None:
    reason = (
        "Moist air swells the soundboard and dry heat shrinks it again, and each swing drags every string "
        "slightly off its pitch over the following weeks, whatever the player or the tuner does about it."
    )
    consequence = "a harpsichord against an outside wall goes out of tune faster than one on an inside wall."
    second = facts.split(f"{reason} That is also why {consequence}")[1]
    assert second.text == consequence[:1].upper() + consequence[1:]
    # short enough, it stays with its reason; one that refers back itself, or says two things, keeps its words
    assert len(facts.split("Dry heat shrinks the soundboard. That is why pianos go flat in winter.")) == 1
    assert facts.split(f"{reason} That is why it drifts faster against an outside wall or in direct sun than on an inside wall.")[1].text.startswith("That")
    both = f"{reason} That is why harpsichords drift in dry winters, and why careful tuners visit them before every single concert."
    assert facts.split(both)[1].text.startswith("That")


@pytest.mark.parametrize(
    ("title", "sentence", "named"),
    [
        # what the title is about, when no sentence before settles the reference
        ("Swifts Sleep On The Wing", "They land only to nest.", "swifts"),
        ("How aspirin thins the blood.", "It blocks an enzyme that platelets need.", "aspirin"),
        # a title that brings in a new thing with 'a' is seldom what 'it' means
        ("A Thick Coat Keeps The Otter Warm", "It traps air against the skin.", ""),
        # a title of the other number
        ("Swifts Sleep On The Wing", "It lands only to nest.", ""),
        # a title that is a name alone, with no verb
        ("Universal Decimal Classification.", "Devised in 1905, it extends the Dewey classes.", "Universal Decimal Classification"),
        # a title that opens on a preposition ends a predicate: it names nothing
        ("Among The Fastest Birds", "They dive at over 300 km/h.", ""),
    ],
)  # fmt: skip
def test_a_reference_nothing_before_settles_is_named_from_the_title(title: str, sentence: str, named: str) -> None:
    assert references.label_from_title(sentence, title, sentence) == named


def test_an_it_that_stands_for_nothing_is_named_from_no_title() -> None:
    assert references.label_from_title("It takes around 150 flowers to make 1 g of saffron.", "Saffron Is Costly", "") == ""


def test_the_title_names_a_reference_in_its_first_sentence() -> None:
    (first,) = facts.split("It blocks an enzyme that platelets need to clump.", title="How aspirin thins the blood.")
    assert first.text == "Aspirin: It blocks an enzyme that platelets need to clump."


def test_a_bullet_that_opens_on_a_reference_is_named_from_the_bullet_before() -> None:
    """Each bullet is a card of its own: 'He' of the first sentence means the subject of the bullet before."""
    before = "Penmarrow mixed the first batch of the syrup in a brass kettle in his Atlanta backyard."
    text = "He sold it for 5 cents a glass at Jacobs' Pharmacy."
    (labelled,) = facts.split(text, before=before)
    assert labelled.text == "Penmarrow: " + text
    # the bullet's own earlier sentences come first: they settle what its later references mean
    text = "The Ardagh Chalice was found in 1868. It holds silver, gold and enamel in 354 pieces."
    assert [s.text for s in facts.split(text, before=before)] == [
        "The Ardagh Chalice was found in 1868.", "Ardagh Chalice: It holds silver, gold and enamel in 354 pieces."
    ]  # fmt: skip


def test_it_before_an_adjective_and_to_and_a_noun_means_a_thing() -> None:
    # "It is hard to say": an 'it' of nothing; "It is sensitive to damp": the thing said before
    text = "Early matches were tipped with white phosphorus. It is highly sensitive to moisture when kept in tins."
    assert len(facts.split(text)) == 1
    assert references.expletive("It is hard to say when the first match was struck.")
    assert not references.expletive("It is highly sensitive to moisture when kept in tins.")
    # "too ... to": what is too brittle is the thing said before
    assert not references.expletive("It was too brittle to unroll, so it was sawn into strips.")


def test_a_surname_alone_opens_a_sentence_as_a_person() -> None:
    earlier = ["Mirzakhani proved the growth rate of closed geodesics on hyperbolic surfaces."]
    assert references.label("She won the Fields Medal in 2014.", earlier) == "Mirzakhani"
    assert references.label("She won the Fields Medal in 2014.", ["Paris raised its taxes in 1789."]) == ""


def test_what_the_episode_is_about_names_a_word_for_its_kind() -> None:
    said = [
        "The Loire runs for about 1,000 km, the longest river in France.",
        "Its valley holds more than 300 châteaux.",
        "The Loire floods in spring when snow melts in the Massif Central.",
        "Salmon once swam the Loire as far as Brioude.",
    ]
    topic = references.episode_topic("A River of Kings: The Life of the Loire", said)
    assert topic is not None and topic.name == "Loire"
    assert references.label_from_topic("The river is said to rise on Mont Gerbier de Jonc.", topic) == "Loire"
    # not when the sentence names it, nor for a word that is no kind of such a thing
    assert references.label_from_topic("The river Loire is said to rise on Mont Gerbier de Jonc.", topic) == ""
    assert references.label_from_topic("The valley is said to hold 300 châteaux.", topic) == ""
    # a title word the notes seldom say, or a common word, is no topic
    assert references.episode_topic("Notes on Fever", ["Fever rose.", "The fever fell.", "Fever came back."]) is None
    assert references.episode_topic("A River of Kings: The Life of the Loire", said[:2]) is None


def _topic(title: str, said: list[str]) -> references.Topic | None:
    return references.episode_topic(title, said)


def test_the_topic_is_the_titles_full_name_of_what_the_notes_keep_naming() -> None:
    said = [
        "The Arctic tern breeds around the Arctic Circle.",
        "Each autumn the Arctic tern flies south along the coasts.",
        "It feeds in the Antarctic summer.",
        "Arctic summers are short.",
        "Arctic foxes raid its nests.",
    ]
    topic = _topic("Pole to Pole: The Migration of the Arctic Tern", said)
    assert topic is not None and topic.name == "Arctic tern"  # said twice, though "Arctic" is said four times
    prizes = [
        "Alfred Nobel left most of his fortune to fund the Prizes.",
        "The first Prizes were awarded in 1901.",
        "Each Prize can be shared by at most three people.",
        "The Peace Prize is awarded in Oslo.",
        "Prize money comes from the Nobel Foundation.",
    ]
    topic = _topic("The Strange History of the Nobel Prize", prizes)
    assert topic == references.Topic("Nobel Prize")  # a name of capitalised nouns, no person
    # a title's first item of a list, or a word it only mentions, is no topic
    milk = ["Milk is mostly water.", "Milk sours.", "Milk carries fat.", "Rennet curdles milk."]
    assert _topic("Milk, Microbes and Time: How Cheese Gets Made", milk) is None
    assert _topic("Cheese, From Milk to Market", milk) is None
    # the guest after '|' is who is on the episode, not what it is about, however often the notes name her
    guest = ["Dr. Ines Halloran measured the storm.", "Halloran says warm water feeds it.", "Ines Halloran flew in it."]
    assert _topic("Inside the Engine of a Hurricane | Dr. Ines Halloran", guest) is None
    # "Montreal" three times in twenty sentences is no topic
    others = "Referees Goalies Skates Sticks Boards Nets Helmets Pucks Fans Coaches Leagues Rinks Rules Teams Players Owners Scouts"
    rink = ["Montreal hosted the first game."] * 3 + [f"{w} changed the game." for w in others.split()]
    assert _topic("From a Montreal Rink to the Stanley Cup", rink) is None


def test_a_titles_word_for_the_topic_labels_with_the_topics_whole_name() -> None:
    """ "Vampire: It extends one of its filaments ..." was read bad blind: the title "The Vampire Eats
    Marine Snow" shortens the topic's name, which the label gives whole."""
    topic = references.Topic("ghost shark")
    (sentence,) = facts.split("It sweeps the mud with its snout.", title="The Ghost Hunts By Touch", topic=topic)
    assert sentence.text == "Ghost shark: It sweeps the mud with its snout."
    (plain,) = facts.split("It sweeps the mud with its snout.", title="The Ghost Hunts By Touch")
    assert plain.text == "Ghost: It sweeps the mud with its snout."


def test_the_topic_names_an_opening_it_his_or_the_word_its_title_calls_it() -> None:
    rocket = [
        "The Saturn V stood 110 metres tall.",
        "The Saturn V burned kerosene in its first stage.",
        "Saturn V launches ended in 1973.",
    ]
    topic = _topic("Building the Saturn V, the Rocket That Reached the Moon", rocket)
    assert topic == references.Topic("Saturn V", called="rocket")
    assert references.label_from_topic("It was designed at the Marshall Space Flight Center.", topic) == "Saturn V"
    assert references.label_from_topic("The rocket could lift about 140 tonnes to orbit.", topic) == "Saturn V"
    assert references.label_from_topic("He designed the engines.", topic) == ""  # no person
    assert references.label_from_topic("It takes three days to reach the Moon.", topic) == ""  # an 'it' of nothing
    # a name acting on 'it' leaves no word before it to mean: "Wernher von Braun championed it" is the topic;
    # not after another thing the sentence names first
    assert references.acted_on_topic("Wernher von Braun championed it from 1961.", topic) == "Saturn V"
    assert references.acted_on_topic("The crew loaded the stage and rolled it out.", topic) == ""
    assert references.acted_on_topic("When fuelled it weighed 2,900 tonnes.", topic) == ""
    # the topic's own noun after 'the' means the topic, not an earlier compound of that noun
    wall = references.Topic("Wall")
    assert references.opens_on_topic("The Wall lies entirely in England.", wall)
    assert not references.opens_on_topic("The ditch lies to the south.", wall)
    before = "The frontier moved north to the Antonine Wall."
    after_another = facts.split("The Wall lies entirely in England, south of the border.", before=before, topic=wall)
    assert not after_another[0].text.startswith("Antonine Wall")
    # ... only for a takeaway's first sentence: after another, 'it' is likelier something that one names
    first, = facts.split("Wernher von Braun championed it from 1961 onwards.", topic=topic)
    assert first.text.startswith("Saturn V: Wernher")
    later = facts.split("The first stage had five F-1 engines. Engineers tested it at Huntsville for years.", topic=topic)
    assert not later[-1].text.startswith("Saturn V")
    # 'it' never means a topic whose head noun is plural
    plural = references.Topic("Downwinders of Trinity", called="ranchers")
    assert references.label_from_topic("It was parked about 800 yards from the tower.", plural) == ""
    workshop = [
        "Andrea del Verrocchio trained as a goldsmith.",
        "Verrocchio ran a busy workshop.",
        "Leonardo joined Verrocchio around 1466.",
        "Verrocchio died in Venice.",
    ]
    topic = _topic("Inside Verrocchio's Workshop: Where Leonardo Learned His Trade", workshop)
    assert topic is not None and topic.person
    assert references.label_from_topic("His bronze group stands at Orsanmichele.", topic) == "Verrocchio"
    assert references.label_from_topic("It stood near the cathedral.", topic) == ""
    # another person named before is likelier than the topic
    earlier = ["Lorenzo di Credi, who joined at fifteen, ran the workshop."]
    assert references.label_from_topic("He finished the bronze horse.", topic, earlier) == ""
    assert references.label_from_topic("He finished the bronze horse.", topic, ["The workshop grew."]) == "Verrocchio"
    # a kind of thing, not one: an adjective the notes write before nouns, and no topic
    gothic = ["Builders of Gothic churches used buttresses.", "Most Gothic windows are pointed.", "Late Gothic vaults are ribbed."]
    assert _topic("How Stone Learned to Fly: The Gothic Cathedral", gothic) is None
    roman = ["Roman concrete set under water.", "Most Roman walls hide a concrete core.", "Roman mortar keeps getting stronger."]
    assert _topic("Why Roman Concrete Outlasted the Empire", roman) is None
    assert _topic("Why Roman Concrete Outlasted the Empire", [*roman, "Roman concrete cracks heal.", "Roman concrete is weak."]) == (
        references.Topic("Roman concrete", called="")
    )


def test_a_subtitle_that_names_the_topic_needs_fewer_mentions() -> None:
    code = [
        "The Code of Solon was written on wooden boards in Athens.",
        "Solon cancelled debts that had made farmers slaves.",
        "The boards stood in the Stoa for centuries.",
        "Later orators quoted Solon to win cases.",
        "Draco's laws came about a generation earlier.",
        "Citizens swore to keep the laws for ten years.",
        "Solon then left Athens to travel.",
        "Plutarch tells the story.",
        "Most of the text is lost.",
        "Fragments survive in speeches.",
        "Athens grew rich afterwards.",
        "The archon enforced it.",
        "Farmers paid less.",
        "Debt slavery ended.",
        "The poor could appeal.",
    ]
    topic = _topic("Boards in the Agora: The Code of Solon", code)
    assert topic is not None and topic.name == "Code of Solon"  # three mentions in fifteen sentences
    assert references.label_from_topic("It was set up in the Stoa Basileios.", topic) == "Code of Solon"
    others = "Crystals Joints Doctors Kings Diets Wines Feasts Toes Remedies Surgeons Patients Physicians"
    gout = ["Gout flares at night.", "Gout favours the big toe.", "Gout follows high uric acid."] + [f"{w} mattered." for w in others.split()]
    gouty = _topic("Kings and Big Toes: A Short History of Gout | Dr. Ana Ruiz", gout)
    assert gouty is not None and gouty.name == "Gout"  # the frame and the guest's name set aside
    # a word that ends the title's first part, or a long title that only mentions it, is no topic
    assert _topic("Kings of Gout: How Doctors Read Crystals", gout) is None
    assert _topic("The Doctors, the Diets and the Many Kings of Gout", gout) is None


def test_a_common_word_topic_is_no_person_and_an_adjective_in_a_title_list_names_nothing() -> None:
    runs = [
        "The Boston Marathon began in 1897.",
        "The Berlin Marathon is the fastest course.",
        "Marathon runners burn about 2,800 calories.",
        "Pheidippides is said to have run from Marathon.",
    ]
    topic = _topic("Forty-Two Kilometres: The Science of the Marathon", runs)
    assert topic == references.Topic("Marathon")
    jury = ["The jury sat in Athens.", "A jury of twelve is English.", "Juries rose in the jury rooms.", "The jury was sworn."]
    assert _topic("Judged by Peers: The Long, Strange History of the Jury", jury) == references.Topic("Jury")


def test_it_never_means_a_one_word_name_the_sentence_before_shows_as_a_person() -> None:
    buried = ["Vivaldi was buried in Vienna in 1741, far from Venice."]
    assert references.label("It stayed in use as a chapel until the 1780s.", buried) == ""
    rebuilt = ["Bruges was rebuilt in brick after the fire of 1280."]
    assert references.label("It became the wool market of the north.", rebuilt) == "Bruges"
    # "Eiffel: It was built for the Exposition ..." was read dangling blind: 'his' says the bare name is a person
    backed = ["Brunel bought the patent and put his savings behind the project."]
    assert references.label("It opened in 1843 after 18 years of work.", backed) == ""
    named = ["Bruges was rebuilt in brick after the fire, and its hall got a new bell."]
    assert references.label("It became the wool market of the north.", named) == "Bruges"


def test_a_long_sentence_pointing_back_with_a_demonstrative_is_labelled_with_the_term_it_means() -> None:
    """Too long to join the sentence before, "that war" is named from it."""
    text = (
        "Grain prices doubled across the river valleys during the Long Frost War between the two northern duchies, "
        "which lasted from 1709 until the spring of 1714. The 1714 Peace of Varn ended that war, opened three river "
        "tolls to foreign barges and gave the island of Hesk to the younger duke."
    )
    assert facts.split(text)[1].text.startswith("Long Frost War: The 1714 Peace of Varn ended that war")
    # 'that' opening a clause is no demonstrative
    assert references.pointed_at("Dalton showed that gas pressures add up in a mixture.", ["Cold water holds little oxygen gas."]) == ""
    # 'those' opens no clause: the phrase's own verb may follow it
    raised = ["Divers raised the Skuldelev longships from the mud of Roskilde Fjord in 1962."]
    assert references.pointed_at("Most of those longships are now shown in a museum beside the fjord.", raised) == "Skuldelev longships"


def test_a_surname_alone_that_acts_leaves_a_later_he_unsettled() -> None:
    text = (
        "In 1911 Harriet Vane Morrow described divers riding sharks off Tonga for sport. "
        "Zoologists doubted the story for nine decades, until Okafor filmed two divers holding the dorsal fins of "
        "grey reef sharks in 1998 and swimming with them for a full minute across the lagoon. "
        "He later rode a small reef shark himself, off the northern islands, and timed the ride at about eleven seconds."
    )
    assert not any(s.text.startswith("Harriet") and "rode" in s.text for s in facts.split(text))


def test_it_after_a_sentence_that_opens_on_it_means_what_that_one_means() -> None:
    """ "It reaches maturity ..., a condition called neoteny. It breathes ..." was labelled "Neoteny":
    the term a sentence defines is what it is about, but not when its subject is the 'it' being followed."""
    earlier = ["The quokka lives mainly on Rottnest Island, off Perth.", "It raises a single joey each year, a pattern called slow breeding."]
    assert references.label("It feeds mostly at night.", earlier) == "quokka"
    # with nothing before it to say what its own 'it' means, the chain is left open
    assert references.label("It feeds mostly at night.", earlier[1:]) == ""


def test_a_how_title_names_the_thing_it_tells_the_making_of() -> None:
    said = ["The gondola is built of eight woods.", "A gondola takes months to build.", "Each gondola leans to one side.", "Oars came later."]
    topic = _topic("Oak and Pitch: How the Gondola Was Built", said)
    assert topic is not None and topic.name.lower() == "gondola"


def test_notes_whose_title_names_no_topic_are_about_the_noun_they_keep_opening_on() -> None:
    """ "The Parrot That Forgot How to Fly" names no kakapo, and its notes' "Its name comes from ..." was
    read as a dangling reference: the noun the notes open on and name most is the topic."""
    takahe = [
        "The takahe is a flightless rail of New Zealand's high tussock.",
        "Takahe were thought extinct until 1948.",
        "Its plumage is blue and green.",
        "A pair raises one or two chicks a year.",
        "Stoats and deer threaten the takahe.",
        "Males and females share the incubation.",
        "The bird eats the bases of snow tussock.",
        "About 500 takahe are alive today.",
    ]
    topic = _topic("The Bird That Came Back | Dr. Mere Tawhiri", takahe)
    assert topic == references.Topic("takahe")
    assert references.label_from_topic("Its beak is red.", topic) == "takahe"
    # members of the kind, said with no article, mean it too
    assert references.label_from_topic("Males guard the nest for six weeks.", topic) == "takahe"
    # the noun it is said with most of the times it is said belongs to its name
    crabs = [
        "Mud crabs dig burrows a metre deep.",
        "A mud crab can live for four years.",
        "Mud crabs moult about twenty times.",
        "The claws of a mud crab can crack shells.",
        "Tides flood the mangroves twice a day.",
    ]
    assert _topic("What Lives Under the Mangroves", crabs) == references.Topic("mud crab")


def test_a_noun_the_notes_open_on_is_no_topic_when_the_title_names_another_they_open_on() -> None:
    """ "Why the Blue-Footed Booby Shows Off Its Feet" had "Female" as its topic, and "Adults are about
    80 cm long" was labelled "Female": the notes opened on "Females ..." most, but also on "Boobies ..."."""
    gannets = [
        "Females lay two eggs on bare rock.",
        "Females choose mates by their dances.",
        "Females feed the chicks at dawn.",
        "Gannets dive from thirty metres.",
        "Gannets fold their wings at the last moment.",
        "Gannets nest in crowded colonies.",
        "A female can live for thirty years.",
        "The colony smells of fish.",
        "Adults are about a metre long.",
        "The female leaves the nest in autumn.",
    ]
    assert _topic("Why the Gannet Dives So Hard", gannets) is None
    assert _topic("What the Cliffs Hide", gannets) == references.Topic("female")


def test_it_after_a_sentence_with_a_second_thing_and_its_own_it_is_left_open() -> None:
    """ "... the Capitulation of Alexandria handed the stone to the British, and it reached England. It has
    been shown in the British Museum" was labelled "Capitulation of Alexandria": the sentence's own 'it'
    may mean the stone, so the next one may too."""
    earlier = ["The Treaty of Kiel handed the bell to the Danes, and it reached Copenhagen in 1815."]
    assert references.label("It has hung in the cathedral ever since.", earlier) == ""
    # with no second thing, the subject is still meant
    earlier = ["The Fram first sailed in 1893, and it drifted across the Arctic for three years."]
    assert references.label("It is now a museum in Oslo.", earlier) == "Fram"


def test_a_title_that_says_it_itself_names_no_it_of_its_body() -> None:
    body = "The Danes seized it in 1815. It has hung in the cathedral ever since."
    assert references.label_from_title("It has hung in the cathedral ever since.", "Denmark Took It As A Prize", body) == ""
    # its possessive means the title's subject
    body = "The gannet dives from 30 metres. It folds its wings at the last moment."
    assert references.label_from_title("It folds its wings at the last moment.", "The Gannet Folds Its Wings To Dive", body) == "gannet"


def test_a_name_that_opens_the_title_or_sinks_in_its_how_clause_is_the_topic_when_named_twice() -> None:
    others = "Ash fell for days. Roofs gave way. Boats waited offshore. Pliny wrote it down. Digging began in 1748."
    said = ["Vesuvius erupted in AD 79.", "Vesuvius still looms over Naples.", *others.split(". ")]
    assert _topic("Vesuvius: How the Mountain Buried Two Towns", said) == references.Topic("Vesuvius")
    said = ["The Erebus left in 1845.", "Ice trapped the Erebus in 1846.", *others.split(". ")]
    assert _topic("Cold Water: How the Erebus Sank", said) == references.Topic("Erebus")
    # a common word that opens the title is no name of one thing
    said = ["Salt cures fish.", "Salt draws water out.", *others.split(". ")]
    assert _topic("Salt: How the Sea Fed Empires", said) is None


def test_a_name_that_opens_the_title_before_its_colon_is_the_topic_when_named_once() -> None:
    """ "It cruised at [about Mach 2]" was read as a dangling reference: the notes named the airliner
    once and said "it" after, while a word of the subtitle came up more often."""
    said = [
        "Britain and France agreed to build a supersonic airliner in 1962.",
        "It cruised at about Mach 2.",
        "Supersonic flight over land was banned in the United States.",
        "The supersonic boom rattled windows.",
        "Vellant's last flight was in 2003.",
    ]
    assert _topic("Vellant: The Supersonic Airliner That Flew Ahead of Its Time", said) == references.Topic(
        "Vellant", "airliner"
    )
    assert _topic("Vellant: The Supersonic Airliner That Flew Ahead of Its Time", said[:4]) is None


def test_a_name_with_its_article_and_a_common_last_word_that_opens_the_title_is_the_topic() -> None:
    """ "It survives as [82 fragments]" was read as a dangling reference: the title opens on "The
    Kessler Engine", with its article, and its last word is a common noun."""
    said = [
        "Divers raised the Kessler Engine from a mill pond in 1931.",
        "It survives as 14 pieces in a museum in Ghent.",
        "One wheel has 96 teeth.",
        "Nobody knew what the wheels did until 1974.",
    ]
    title = "The Kessler Engine: A Clockwork Loom From a Mill Pond"
    topic = _topic(title, said)
    assert topic is not None and topic.name == "Kessler Engine"
    # common words with their article name one kind of thing: "The Arctic Fox: ..."
    fox = ["The river otter hunts at dusk.", "A river otter eats 15% of its weight daily.", "It swims 400 m underwater."]
    otter = _topic("The River Otter: Small, Quick and Built for Cold Water", fox)
    assert otter is not None and otter.name.lower() == "river otter"
    # ... while common words alone that open a title name no one thing
    assert _topic("Mill Wheels: How Water Drove the Looms", ["Mill wheels turned in every valley.", *said[1:]]) is None


def test_a_name_the_title_gives_is_the_topic_when_the_notes_call_it_by_its_head() -> None:
    """ "Mud, Mosquitoes and Locks: How the Panama Canal Was Built" and notes that say "the canal": the
    Wright Brothers' "The brothers flew four times that day" was read as dangling."""
    others = ["Work stopped in winter.", "Crews were paid weekly.", "Floods came each spring.", "Rails were laid in 1901."]
    said = ["The dam rose 40 m.", "Engineers lined the dam with granite.", "In 1902 the dam held a flood.", *others]
    assert _topic("Mules, Mortar and Money: How the Kessel Dam Was Built", said) == references.Topic("Kessel Dam", "dam")
    assert _topic("Raising the Kessel Dam: Mules and Mortar", said) == references.Topic("Kessel Dam", "dam")
    # said by its head only twice: no topic
    assert _topic("Mules, Mortar and Money: How the Kessel Dam Was Built", said[:2] + others) is None
    # a name of four words or more ends on its head too: "It sits about 130 metres above sea level" was read dangling
    assert _topic("Backing Up Rivers: Inside the Upper Kessel Storage Dam", said) == references.Topic("Upper Kessel Storage Dam", "dam")
    # "The" after the colon, capitalised as titles write it ("... : The Great Fire of London")
    assert _topic("Mules and Money: The Kessel Dam", said) == references.Topic("Kessel Dam", "dam")


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Mud and Malaria: Building the Kessel Canal", "Kessel Canal"),
        ("Buckles, Hooks and Teeth: How the Zipper Finally Caught On", "Zipper"),
        ("How the Sundew Counts, Curls and Digests", "Sundew"),
        ("Ghost of the Fells: How the Pine Marten Survives", "Pine Marten"),
        ("Cogs and Patents: How the Mangle Machine Was Invented", "Mangle Machine"),  # "Machine" is first a noun
    ],
)
def test_a_subtitle_that_tells_the_making_or_the_ways_of_a_thing_heads_on_it(title: str, headline: str) -> None:
    assert references._headline(title) == headline


def test_a_name_or_a_term_alone_as_title_says_what_its_sentence_acts_on_as_it() -> None:
    """ "**The Antarctic Treaty.** Twelve nations signed it in 1959 ..." was read bad blind (dangling)."""
    sentence = "Nine ports signed it in 1358 and it lasted two centuries."
    assert references.label_from_title(sentence, "The Hanseatic Charter", sentence) == "The Hanseatic Charter"
    # a title that is a claim, not a name, says nothing of it
    assert references.label_from_title(sentence, "Trade Needed Rules", sentence) == ""
    # a term alone as title, as the notes write it, labels without its article
    acted_on = "Ada Whitcombe patented it in 1821, though a Leeds weaver had made one before."
    assert references.label_from_title(acted_on, "The flying shuttle", acted_on) == "Flying shuttle"


def test_a_person_set_off_by_a_role_they_held_then_is_who_he_means() -> None:
    """ "Benjamin Disraeli, then Chancellor of the Exchequer, called the Thames ... He introduced the
    funding bill" was read bad blind (dangling): a role 'then' held is an aside about the person."""
    earlier = ["Agnes Holm, then Mayor of Bergen, called the harbour a disgrace."]
    assert references.label("She ordered it dredged within the year.", earlier) == "Agnes Holm"


def test_a_title_of_a_few_words_and_no_verb_is_what_an_opening_it_means() -> None:
    """ "**The escapement.** It is the part of a mechanical clock that ..." was read bad blind (dangling)."""
    sentence = "It makes a few keys sound pure and the rest sour."
    assert references.label_from_title(sentence, "Just intonation", sentence) == "Just intonation"
    # a title that speaks of 'it' itself says nothing of its body's 'it'
    assert references.label_from_title(sentence, "Why players loved it", sentence) == ""
