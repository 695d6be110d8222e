"""A token in its sentence, for the tagging rules: its options, the tags chosen to its left, its neighbours."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import lookup
from .words import wordset

SUBJECT_PRONOUNS = wordset("i you he she it we they who")
OBJECT_PRONOUNS = wordset("it them him her us me you this these those")
POSSESSIVES = wordset("my your his her its our their whose")
WH = wordset("why how what where when which who whom")
# Nouns for a person's role that stand before a name without being part of it: "Host Lena Marchetti".
ROLES = wordset(
    """
    host co-host guest author professor prof doctor dr economist historian scientist researcher chef president
    senator minister director founder editor writer journalist physician surgeon engineer astronomer biologist
    psychologist neuroscientist coach captain judge mayor governor reporter critic composer artist poet
    chemist biochemist physicist mathematician geologist physiologist inventor explorer architect botanist
    zoologist justice chancellor admiral ambassador bishop commissioner lieutenant colonel sergeant corporal
    oceanographer
    """
)

_TRADE = re.compile(r"(?:ist|er|(?<!i)or|ian)s?$")  # "physicist", "diver", "inventor", "historian"; not "interior"


def by_trade(word: str) -> bool:
    """A common noun for a person by what they do, or a role ("Diver", "Archaeologists", "Captain"),
    which stands before a name without being part of it; not a noun that is a name too ("Hunter")."""
    low, tags = word.lower(), lookup(word.lower())
    trade = tags[:1] == ("NOUN",) and "PROPN" not in tags and _TRADE.search(low) is not None
    return low in ROLES or low.removesuffix("s") in ROLES or trade


# the past tenses not made with -ed, and their plain forms
IRREGULAR_PAST = {
    "became": "become", "began": "begin", "broke": "break", "brought": "bring", "built": "build", "bought": "buy",
    "chose": "choose", "came": "come", "did": "do", "drove": "drive", "ate": "eat", "fell": "fall", "felt": "feel",
    "fought": "fight", "found": "find", "forgot": "forget", "got": "get", "gave": "give", "went": "go", "grew": "grow",
    "had": "have", "heard": "hear", "held": "hold", "kept": "keep", "knew": "know", "led": "lead", "left": "leave",
    "lost": "lose", "made": "make", "meant": "mean", "met": "meet", "paid": "pay", "ran": "run", "said": "say",
    "saw": "see", "sought": "seek", "sent": "send", "slept": "sleep", "spoke": "speak", "spent": "spend",
    "took": "take", "taught": "teach", "told": "tell", "thought": "think", "understood": "understand",
    "woke": "wake", "won": "win", "wrote": "write", "stood": "stand", "flew": "fly", "drew": "draw", "threw": "throw",
    "rose": "rise", "sank": "sink", "swam": "swim", "sang": "sing", "rang": "ring", "struck": "strike", "hung": "hang",
    "wore": "wear", "tore": "tear", "shook": "shake", "froze": "freeze", "stole": "steal", "drank": "drink", "hid": "hide",
    "rode": "ride", "shot": "shoot", "fed": "feed", "bred": "breed", "fled": "flee", "sold": "sell", "sat": "sit",
    "laid": "lay", "bent": "bend", "dealt": "deal", "sprang": "spring", "swept": "sweep", "wept": "weep", "dug": "dig",
    "caught": "catch", "lent": "lend", "spun": "spin", "stuck": "stick", "slid": "slide", "swung": "swing",
    "withdrew": "withdraw", "undertook": "undertake", "overcame": "overcome", "forgave": "forgive",
}  # fmt: skip
# past tenses that are never participles, so never describe a noun: "and yellow [became] shorthand"
PAST_ONLY = wordset(
    "ate became began broke came chose did drank drew drove fell flew forgave forgot froze gave grew hid knew overcame"
    " ran rang rode rose sang sank saw shook spoke sprang stole swam threw took tore undertook went withdrew woke wore wrote"
)
# past participles not made with -ed, -en or -wn that describe a noun: "a newly built dam"
IRREGULAR_PARTICIPLES = wordset("built made held kept found sold paid laid bought brought taught caught spent")
# the particles that make a phrasal verb: "speed up", "pay off"
VERB_PARTICLES = wordset("up down off out away back")


def participle_form(word: str) -> bool:
    """A past participle by its form: "used", "grown", "built"."""
    return word.endswith(("ed", "en", "wn")) or word in IRREGULAR_PARTICIPLES


# verbs that link a subject to how it is: "ice looks blue", "the broth tastes bitter", "is hot and dry"
LINKING_VERBS = wordset("look sound taste smell feel turn stay remain seem appear grow become")
# plurals of people with no -s: subjects of a plain verb ("People picture ..."), heads of no compound
PEOPLE_PLURALS = wordset("people men women children")
# verbs whose past is spelled as their present: "cut" after a verb in the past is itself past
SAME_IN_THE_PAST = wordset("cut put set let hit cost spread shut split cast burst quit beat")
# verbs whose -ing object is a verb with its own object: "began freezing English spelling"
ASPECT_VERBS = wordset(
    "begin begins began begun start starts started stop stops stopped keep keeps kept avoid avoids avoided"
    " finish finishes finished quit quits"
)
MONTHS = wordset("january february march april may june july august september october november december")
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")


@dataclass
class Context:
    """Token i of a sentence: the tags each token may take, and the tags already chosen for tokens before i."""

    words: list[str]
    options: list[tuple[str, ...]]
    chosen: list[str]
    i: int
    start: bool  # token i opens a sentence

    @property
    def opts(self) -> tuple[str, ...]:
        return self.options[self.i]

    @property
    def lower(self) -> str:
        return self.words[self.i].lower()

    @property
    def prev(self) -> str | None:
        """The tag chosen for the token before, None at a sentence start."""
        return self.chosen[self.i - 1] if self.i and not self.start else None

    @property
    def prev_word(self) -> str:
        return self.word(-1)

    @property
    def nxt_word(self) -> str:
        return self.word(1)

    @property
    def after(self) -> tuple[str, ...]:
        """The options of the next token, () at the end."""
        return self.option(1)

    @functools.cached_property
    def nxt(self) -> str | None:
        """The most likely tag of the next token that is not an adverb or 'not' (None at the end)."""
        for j in range(self.i + 1, len(self.options)):
            if self.options[j][0] not in ("ADV", "PART"):
                return self.options[j][0]
        return None

    def word(self, offset: int) -> str:
        """The lower-cased word at i + offset, "" outside the sentence."""
        j = self.i + offset
        return self.words[j].lower() if 0 <= j < len(self.words) else ""

    def option(self, offset: int) -> tuple[str, ...]:
        j = self.i + offset
        return self.options[j] if 0 <= j < len(self.options) else ()

    def tag(self, offset: int) -> str | None:
        """The tag chosen for a token before i (offset < 0), None before the first."""
        j = self.i + offset
        return self.chosen[j] if 0 <= j < self.i else None


# the kinds of thing a year before the name only says which one of ("the 1987 Montreal Protocol",
# "the 1919 Treaty of Versailles", "shared the 1988 Nobel Prize")
DOCUMENTS = re.compile(
    r"(?:protocol|treaty|act|amendments?|directive|bill|convention|accords?|agreement|report|declaration|charter|code|statute"
    r"|equation|inquiry|review|prize|award|medal|exposition|exhibition)\b",
    re.I,
)


# "34 by 18 by 9 centimetres", "48 x 20 m": the sizes of one thing are one value, which phrases keep
# whole and of which lint calls one number blanked alone half
SIZE_JOIN = r"\s*(?:by|x|\u00d7)\s*"
LENGTH_UNIT = r"(?:(?:centi|milli|kilo)?(?:metres?|meters?)|mm|cm|m|km|feet|foot|ft|inch(?:es)?|yards?|miles?)\b"

# "western Asia", "northwestern Greece", "central Mexico": the word for the part of a place a sentence
# means, which goes in a blank with the place's name
REGION_WORD = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)"

# "centuries ago", "weeks before bleaching shows": a span of time with the word that makes it say when;
# no noun of the phrase before it
SPANS_OF_TIME = wordset("seconds minutes hours days weeks months years decades centuries")
FROM_THEN = wordset("ago later earlier before after")

# a given name and a nickname in quotes, which a surname after them completes: 'Georgia "Tiny" Broadwick'
GIVEN_AND_NICKNAME = re.compile(r"\b[A-Z][a-z]+\s+[\"\u201c][A-Z][\w.' -]{0,20}[\"\u201d]\s+$")
