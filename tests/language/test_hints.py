"""A prompt hints at an answer it does not show: a shared name or stem, an acronym spelled out."""

import pytest

from studydeck.language import hints
from studydeck.language.hints import hint


@pytest.mark.parametrize(
    ("answer", "prompt", "shown"),
    [
        ("Halley's comet", "Edmond Halley predicted the return of the [...] for 1758.", "Halley"),
        ("Darwinian", "Charles Darwin's finches gave their name to a [...] view of beaks.", "Darwin's"),
        ("Garry Kasparov", "Deep Blue beat [...] in 1997, a year after Kasparov won.", "Kasparov"),
        # a ruler's numeral is all that is left once the name shows, common as the name is
        ("Henry VIII", "Prince Henry, the future [...], married six times.", "Henry"),
        # a species whose epithet the prompt shows: only its genus is left
        ("Aspergillus flavus", "The grain held [...], and flavus toxins are the worst; Aspergillus niger was harmless.", "Aspergillus"),
        ("CEC", "Cation exchange capacity, known as the [...], measures nutrient holding.", "Cation exchange capacity"),
        ("RNA", "Ribonucleic acid, or [...], carries the gene's message.", "Ribonucleic acid"),
        ("Cation Exchange Capacity", "The [...] (CEC) measures nutrient holding.", "CEC"),
        ("modem", "A modulator demodulator, or [...], turns bits into tones.", "modulator demodulator"),
        ("Modulator demodulator", "A [...], or modem, turns bits into tones.", "modem"),
        ("adenovirus", "An adeno vector carries the gene, because [...] enters cells easily.", "adeno"),
        ("borrowers", "Few [...] repaid the loans, because no one had to borrow at a fixed rate.", "borrow"),
        ("Saturn and Jupiter", "Planets between [...] in size, the super-Saturns, are common.", "Saturns"),
        ("nitrate and phosphate", "Runoff carries [...] into lakes, and nitrate feeds algae.", "nitrate"),
        ("flintlocks", "Soldiers kept [...] dry, since wet flints throw no spark.", "flint"),  # a plural's stem
        ("Royal Institution of Naval Architects", "The RINA ([...]) sets the rules for hull plates.", "RINA"),
        # small words inside an expansion, an acronym inside a longer answer, a hyphenated expansion
        ("IUCN", "Rated by the [...], the International Union for Conservation of Nature and its members.",
         "International Union for Conservation of Nature"),
        ("the ESOC centre", "Probes are flown from [...], the European Space Operations Centre.",
         "European Space Operations Centre"),
        ("GB", "Radars come as SB (space-borne) and [...] (ground-based) units.", "ground based"),
        # an acronym written with hyphens or full stops between its letters
        ("P-S-P", "Mussels can carry paralytic shellfish poisoning, written [...] on warning signs.",
         "paralytic shellfish poisoning"),
        ("paralytic shellfish poisoning", "Mussels can carry [...], written P-S-P on warning signs.", "P-S-P"),
        # a word its expansion's capitals spell, some words giving two letters
        ("lidar", "Surveyors map forests with [...], short for LIght Detection And Ranging.",
         "LIght Detection And Ranging"),
        # an acronym written in mixed case, spelled by its words' initials, small ones included
        ("LiDAR", "Archaeologists map buried walls with [...] (light detection and ranging) flown from planes.",
         "light detection and ranging"),
        # ... and in capitals, when it is long enough not to match words by chance
        ("AFAP", "Keep wet timber drying as fast as possible, the rule the old yards called [...].",
         "as fast as possible"),
        # an acronym's letters listed one by one, 'A' among them
        ("ABO system", "Cells carry the A, B or O markers that the [...] sorts them by.", "A, B or O"),
        # two words too rare for the word table that share their first six letters
        ("biomimicry", "Copying a burr's hooks in a fastener is [...], and biomimetic design now has journals.", "biomimetic"),
    ],
)
def test_a_name_or_an_acronym_hints_at_the_answer(answer: str, prompt: str, shown: str) -> None:
    assert hint(answer, prompt) == shown


@pytest.mark.parametrize(
    ("answer", "prompt"),
    [
        ("urchin barren", "Sea urchins graze kelp down to bare rock."),  # a common word, not a name
        ("Yellowstone National Park", "The National Trust runs parks."),  # 'National' is a common word
        ("Robert Paine", "Robert Burns wrote poems in Scotland."),  # a shared common first name
        ("DNA", "Do not assume anything."),  # function words spell nothing
        ("ABO groups", "Only the A and B antigens were tested."),  # not every letter listed
        ("laser", "The Royal Navy And Army trained the crews."),  # capitals that spell another word
        ("NASA", "The space agency launched a probe."),
        ("Plinian", "Pliers and planes are tools."),
        ("urchins", "A starved urchin can wait for years."),  # an inflection, not a compound
        ("radar", "The rain drops on the roof."),
        ("watershed", "The water runs off the hills."),  # too common a word to hint
        ("Salt and Stone", "Which book about salt marshes is recommended?"),  # a title, not a pair
        ("sand and silt", "The river drops its load where the current slows."),
        ("herd immunity threshold", "The share that must be immune to stop spread, called the [...], is about 60%."),
        ("McCoy", "The [...] brothers made chairs in Ohio."),  # two capitals are a name, not an acronym
        ("photosphere", "Photosynthesis needs the light of the [...]."),  # a word in the table needs a longer root
        ("chloroanisoles", "Moulds turn chlorophenols in old crates into [...]."),  # a shared combining form, 'chloro-'
        ("Henry VIII", "The king who married six times, [...], broke with Rome."),
        # a species beside another of its genus: the epithet is what is recalled
        ("Aspergillus flavus", "The spoiled grain held [...], not Aspergillus niger as first thought."),
    ],
)
def test_no_hint(answer: str, prompt: str) -> None:
    assert hint(answer, prompt) == ""


def test_a_word_and_its_foreign_source_give_each_other_away() -> None:
    prompt = "The word quarantine comes from the [...], the forty days ships waited off Venice."
    assert hints.in_own_prompt("Venetian quaranta giorni", prompt) == "quarantine"
    prompt = "The word [...] comes from the Venetian quaranta giorni, the forty days ships waited."
    assert hints.in_own_prompt("quarantine", prompt) == "quaranta"
    # "goes back to" says where a word came from too: "Our word [calculate] goes back to the Latin calculus"
    assert hints.in_own_prompt("salary", "Our word [...] goes back to the Latin salarium, a soldier's allowance.") == "salarium"
    # ... and the source asked, an English word itself, beside the word it gave
    assert hints.in_own_prompt("Latin calculus", "Our word calculate goes back to the [...], a small pebble.") == "calculate"
    # ... also when the source is an English word too, called foreign by the prompt
    prompt = "The Latin word circus meant a ring, which is where [...] comes from: a path back to its start."
    assert hints.in_own_prompt("circuit", prompt) == "circus"
    # two English words of one start are no source and its word
    assert hints.in_own_prompt("harbour master", "Ships came from the harbour with a [...] aboard.") == ""


def test_a_compound_whose_first_word_its_own_prompt_shows_is_given_away() -> None:
    """'a master' leaves little of "[masterpiece]" to recall; an uncommon second half ("ambergris" after
    "amber") is a word of its own."""
    prompt = 'To join the guild as a master, a journeyman submitted a "[...]" to its wardens.'
    assert hints.in_own_prompt("masterpiece", prompt) == "master"
    prompt = "[...], a waxy lump from the gut of sperm whales, gives perfume a warm amber note."
    assert hints.in_own_prompt("ambergris", prompt) == ""


def test_a_pair_of_people_whose_surnames_the_prompt_shows_is_given_away() -> None:
    prompt = "The lighthouse's two keepers, [...], were paid by the county; Hale retired, Moss did not."
    assert hints.in_own_prompt("Tom Moss and Ada Hale", prompt) == "Moss ... Hale"
    # one surname shown leaves the other to recall
    assert hints.in_own_prompt("Tom Moss and Ada Hale", "The two keepers, [...], were paid; Moss retired.") == ""


@pytest.mark.parametrize(
    ("answer", "prompt", "shown"),
    [
        # the first word of a thing's name, a name itself or a rare noun, in any case
        ("Brannock shoes", "The [...], first sold in the Brannock valley, were stitched by hand.", "Brannock"),
        ("Kettle Riots", "Crowds waving kettles in the square gave the [...] their name.", "kettles"),
        # a person's surname, shown lower case as the thing named after them
        ("Molly Ferrule", 'Clerks called a brass cap a "ferrule" after [...], a shopkeeper in a comic novel.', "ferrule"),
    ],
)
def test_the_word_that_sets_a_name_apart_shown_in_its_own_prompt_gives_it_away(answer: str, prompt: str, shown: str) -> None:
    assert hints.in_own_prompt(answer, prompt) == shown


@pytest.mark.parametrize(
    ("answer", "prompt"),
    [
        ("Lake Orrin", "The town drew its water from the lake until [...] was drained."),  # a kind any name may hold
        ("Great Vowel Shift", "English long vowels rose in a chain called the [...]."),  # a word inside the name
        ("Saddle height", "[...]: set it so your saddle leaves the knee slightly bent."),  # a capital opening the prompt
        ("Mary Anne Pollard", "Mary Shelley wrote it; [...] printed it."),  # a common first name
        ("14 March", "The fleet sailed on 2 March and reached port on [...]."),  # a date, not a name
        ("Signal Board", "The keepers trimmed the signals nightly; the [...] was set up in 1850."),  # a common word
    ],
)
def test_a_name_whose_words_any_prompt_may_hold_is_not_given_away(answer: str, prompt: str) -> None:
    assert hints.in_own_prompt(answer, prompt) == ""


@pytest.mark.parametrize(
    ("answer", "prompt", "shown"),
    [
        ("triple harp", "Wales made its own [...], with three parallel rows of strings.", "three"),
        ("three rows", "Its triple harp has [...] of strings.", "triple"),
        ("double-action pedals", "Each of the [...] moves two positions.", "two"),
    ],
)
def test_a_count_and_the_multiple_that_says_it_give_each_other_away(answer: str, prompt: str, shown: str) -> None:
    assert hints.in_own_prompt(answer, prompt) == shown


def test_a_multiple_with_no_count_beside_it_is_no_hint() -> None:
    assert hints.in_own_prompt("triple harp", "Wales made its own [...], strung with gut.") == ""
    # ... nor a multiple as a verb: "Some birds nearly double their body weight in [about two weeks]" was
    # refused by the gate, and a doubtful "[body weight]" asked instead
    assert hints.in_own_prompt("about two weeks", "Young seals nearly double their weight in [...].") == ""


@pytest.mark.parametrize(
    ("answer", "prompt", "shown"),
    [
        # one letter added, dropped or changed early in the word: the same word, spelled another way
        ("glass harmonica", "The glass armonica, often called the [...], was played with wet fingers.", "armonica"),
        ("encyclopedia", "Chambers's encyclopaedia of 1728 was the model for the French [...] of Diderot.", "encyclopaedia"),
        # a name the prompt says with a hyphen
        ("Everest", "The peak was named after [...], who said his own name as Eve-rest.", "Eve-rest"),
        # ... but another ending of one word, two names, two opposites and two scales are no respelling
        ("crushed joint", "A dull chisel crushes fibres, and a [...] never closes.", ""),
        ("Harald Hardrada", "At Stamford Bridge Harold defeated the Norwegian king [...].", ""),
        ("n-type", "Adding phosphorus gives [...] silicon, while boron gives p-type silicon.", ""),
        ("4.5 million", "The vault holds [...] samples, or about 2.25 billion seeds.", ""),
    ],
)
def test_a_word_its_prompt_spells_another_way_is_given_away(answer: str, prompt: str, shown: str) -> None:
    assert hints.in_own_prompt(answer, prompt) == shown


def test_a_peoples_name_shows_its_place() -> None:
    """ "Pliny says [Rome] kept using it" beside "the Romans brought a sundial home"."""
    assert hint("Rome", "In 263 BC the Romans brought a sundial home; Pliny says [...] kept using it.") == "Romans"
    assert hint("Sicily", "a Sicilian sundial") == "Sicilian"
    assert hint("Rome", "a trip to Romania") == ""
