"""Closed word classes written by hand: lower-cased word -> its possible tags, most likely first."""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    # words.wordset, without importing words (and importlib.resources) before the lexicon is needed
    return frozenset(text.split())


def _each(tags: str, words: str) -> dict[str, tuple[str, ...]]:
    return dict.fromkeys(words.split(), tuple(tags.split()))


NUMBER_WORDS = wordset(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion trillion quadrillion quintillion dozen dozens hundreds thousands millions billions
    trillions
    """
)
# What a number word counts: "fifteen" is 15. Card making reads counts with it (the quiz's grader
# keeps its own table: review does not depend on language/).
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
NUMBER_VALUES = {w: n for n, w in enumerate(_ONES.split())} | {w: 10 * n for n, w in enumerate(_TENS.split(), 2)}
# Which place an ordinal word says: "fourth" is 4.
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
ORDINAL_VALUES = {w: n for n, w in enumerate(_ORDINALS.split(), 1)}
# Fractions counted as numbers ("a third", "two fifths", "three-quarters"): the quantity path needs them.
FRACTIONS = wordset(
    """
    half halves third thirds quarter quarters fifth fifths sixth sixths seventh sevenths eighth eighths
    ninth ninths tenth tenths hundredth hundredths thousandth thousandths
    """
)
MODALS = wordset("can could may might must shall should will would ought 'd 'll")
BE = wordset("be am is are was were been being 's 're 'm")
HAVE = wordset("have has had having 've")
DO = wordset("do does did")

CLOSED: dict[str, tuple[str, ...]] = {
    **_each("DET", "the a an every each no neither either another any"),
    **_each("DET PRON", "this these those some all both such enough"),
    **_each("ADJ PRON", "several"),
    **_each("ADJ PRON", "many few"),
    **_each("ADJ DET PRON", "much little"),
    **_each("ADJ ADV PRON DET", "more most less least fewer fewest"),
    **_each(
        "PRON",
        """i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its
        itself we us our ours ourselves they them their theirs themselves who whom whose someone somebody something
        anyone anybody anything everyone everybody everything nobody nothing none one's oneself whoever whatever
        whichever whomever""",
    ),
    **_each("PRON DET", "what which"),
    **_each("PRON SCONJ DET", "that"),
    **_each("PRON ADV", "there"),
    **_each(
        "ADP",
        """of in on at by with from into onto upon about above across against along amid among amongst around
        atop behind below beneath beside besides between beyond despite during except inside including like near
        outside per plus regarding through throughout toward towards underneath unlike via within
        without versus vs""",
    ),
    **_each("ADP ADV", "off out up down over past under"),
    **_each("ADP SCONJ ADV", "after before since"),
    **_each("ADP SCONJ", "as than until till"),
    **_each("ADP CCONJ", "for"),
    **_each("PART ADP", "to"),
    **_each("PART", "not n't"),
    **_each("CCONJ", "and or nor but yet"),
    **_each(
        "SCONJ",
        "because although though if unless whereas whether while whilst once whenever wherever",
    ),
    **_each("SCONJ ADV", "when where"),
    **_each("ADV", "why how"),
    **_each("ADV SCONJ", "so"),
    **_each(
        "ADV",
        """also only just even still already always never often sometimes usually rarely seldom again almost
        very too quite rather really perhaps maybe nearly roughly approximately here then now thus
        therefore however indeed instead otherwise else ever soon later yet together alone away far
        further moreover meanwhile nevertheless nonetheless somewhat especially mostly largely mainly partly
        fully merely simply barely hardly twice thrice""",
    ),
    **_each("ADV ADJ", "well"),
    **_each("ADP ADV", "about around"),
    **_each("NUM", " ".join(NUMBER_WORDS)),
    **_each("ADJ NOUN", "second"),
    **_each("ADJ", "first fourth sixth seventh eighth ninth tenth twentieth other own same next last"),
    **_each("ADJ NUM", "third fifth hundredth"),
    **_each("NUM NOUN", "thirds fifths sixths quarters tenths hundredths"),
    **_each("NOUN NUM", "half quarter halves"),
    **_each("AUX", " ".join(MODALS | BE)),
    **_each("AUX VERB", " ".join(HAVE | DO)),
    **_each("VERB", "get gets got gotten getting"),
    **_each("X", "etc e.g i.e etc. e.g. i.e. vs. cf. approx. ca."),
    **_each("PROPN", "dr. prof. mr. mrs. ms. st. mt. jr. sr. gen. col. capt. sen. rep. gov."),
    **_each("NOUN", "fig. no."),
    **_each("ADJ ADP", "worth"),
    **_each(
        "AUX",
        """don't doesn't didn't can't cannot won't isn't aren't wasn't weren't couldn't shouldn't wouldn't mustn't
        hasn't haven't hadn't""",
    ),
    **_each("PRON", "it's that's there's he's she's i'm you're we're they're i've you've we've they've let's"),
}
# "once" is a conjunction first ("once you know it"), "twice" an adverb.
CLOSED["once"] = ("SCONJ", "ADV")
