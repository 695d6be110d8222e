"""Tagging rules for ambiguous function words ("to", "that", "as", "about"...): a token in context -> its tag."""

from __future__ import annotations

from collections.abc import Callable

from .closed import BE, DO, HAVE, MODALS
from .context import SUBJECT_PRONOUNS, WH, Context
from .lexicon import lookup
from .words import wordset

# Words after which "to" is a preposition even before a word that could be a verb ("due to sleep loss").
TO_ADP = wordset("""similar close equal due according compared relative next up prior thanks contrary opposed related
    proportional exposed attached linked applied access contribute contributes contributed contributing lead
    leads led leading respond responds belong belongs adapted down back return returned key way""")


def have_do(ctx: Context) -> str:
    """have and do are auxiliaries before a verb ("has shown", "did not sleep"), verbs before an object."""
    words, options, i, lower = ctx.words, ctx.options, ctx.i, ctx.lower
    if lower.endswith("n't"):
        return "AUX"
    j = i + 1
    while j < len(words) and options[j][0] in ("ADV", "PART") and words[j].lower() != "to":
        j += 1
    if j >= len(words) or options[j][0] == "PUNCT":
        return "AUX" if lower in DO else "VERB"  # "than adults do."
    nxt = words[j].lower()
    if lower in DO and ctx.prev_word in WH:
        return "AUX"  # "Why do cats..."
    if lower in DO:
        negated = j > i + 1 and ctx.nxt_word in ("not", "n't")
        question = nxt in SUBJECT_PRONOUNS or options[j][0] in ("DET", "PROPN") and i == 0
        return "AUX" if negated or question or options[j][0] == "VERB" else "VERB"
    if nxt in BE or options[j][0] == "VERB" and not nxt.endswith(("s", "ing")):
        return "AUX"
    return "VERB"


def _to(ctx: Context) -> str:
    """An infinitive marker before a verb ("to carry"), a preposition before anything else ("to the roof")."""
    after = ctx.after
    if not after:
        return "ADP"
    if ctx.nxt_word in BE or ctx.nxt_word in HAVE or ctx.nxt_word in DO:
        return "PART"
    if after[0] in ("DET", "PRON", "NUM", "PROPN", "PUNCT", "SYM") or ctx.words[ctx.i + 1][0].isupper():
        return "ADP"
    if "VERB" in after and ctx.prev_word not in TO_ADP:
        return "ADP" if _unknown_noun_closes(ctx) else "PART"
    return "ADP"


def _unknown_noun_closes(ctx: Context) -> bool:
    """ "traced the taste of dashi to glutamate, which": a word the lexicon lacks, whose form says noun
    first, with nothing after it that a verb would take, is where "to" goes, not what it does."""
    if ctx.after[0] != "NOUN" or lookup(ctx.nxt_word):
        return False
    return ctx.option(2)[:1] in ((), ("PUNCT",), ("CCONJ",), ("ADP",))


def _that(ctx: Context) -> str:
    """A conjunction after a verb ("showed that"), a relative pronoun after a noun, a determiner before one."""
    prev, nxt = ctx.prev, ctx.nxt
    if prev == "VERB" or ctx.prev_word in (",", "so", "such"):
        return "SCONJ"
    if prev in ("NOUN", "PRON", "PROPN") and nxt in ("VERB", "AUX", "ADV", "ADJ"):
        return "PRON"  # the study that showed...
    after_next = ctx.option(2)[:1] or ("PUNCT",)
    if prev == "NOUN" and "VERB" in ctx.after and after_next[0] not in ("VERB", "AUX"):
        return "PRON"  # a head that loves water
    if nxt in ("NOUN", "ADJ", "NUM") and after_next[0] not in ("VERB", "AUX"):
        return "DET"
    if prev in ("NOUN", "ADJ", "ADV"):
        return "SCONJ"
    return "PRON"


def _det_or_pron(ctx: Context) -> str:
    """this, these, some, all, what, which, many, much...: a determiner before a noun, else a pronoun."""
    opts, nxt = ctx.opts, ctx.nxt
    if nxt in ("NOUN", "ADJ", "NUM", "PROPN") or ctx.nxt_word in ("a", "an", "the"):
        if "DET" in opts:
            return "DET"
        return "ADJ" if "ADJ" in opts else opts[0]
    if "ADV" in opts and nxt == "ADV":
        return "ADV"
    return "PRON" if "PRON" in opts else opts[0]


def _comparative(ctx: Context) -> str:
    """more, most, less, fewer: an adverb before an adjective or adverb, an adjective before a noun."""
    opts, prev, nxt = ctx.opts, ctx.prev, ctx.nxt
    if ctx.nxt_word == "than" or nxt in ("ADJ", "ADV") and "ADV" in opts or prev == "DET" and nxt != "NOUN":
        return "ADV"
    if nxt in ("NOUN", "PROPN", "NUM"):
        return "ADJ"
    return "ADV" if prev in ("VERB", "AUX") else "PRON" if "PRON" in opts else opts[0]


def _clause(ctx: Context) -> str:
    """after, before, since, as, once, until...: a conjunction before a clause, a preposition before a noun."""
    opts, nxt = ctx.opts, ctx.nxt
    if ctx.nxt_word in SUBJECT_PRONOUNS or ctx.nxt_word in ("there", "the") and _clause_follows(ctx):
        return "SCONJ" if "SCONJ" in opts else opts[0]
    if nxt in (None, "PUNCT") and "ADV" in opts:
        return "ADV"
    if ctx.lower == "as" and nxt in ("ADJ", "ADV") and "as" in (ctx.word(2), ctx.word(3), ctx.word(4)):
        return "ADV"  # as fast as
    return "ADP" if "ADP" in opts else opts[0]


def _clause_follows(ctx: Context) -> bool:
    """A verb within the next few tokens, before any punctuation: what follows is a clause."""
    for opt in ctx.options[ctx.i + 2 : ctx.i + 6]:
        if opt[0] == "PUNCT":
            return False
        if opt[0] in ("VERB", "AUX"):
            return True
    return False


def _particle(ctx: Context) -> str:
    """up, out, off, down, over, about, around: approximately before a number, else a preposition."""
    if ctx.nxt == "NUM" and "ADV" in ctx.opts and ctx.lower in ("about", "around", "over", "under"):
        return "ADV"
    if ctx.nxt in (None, "PUNCT") and "ADV" in ctx.opts:
        return "ADV"
    return "ADP"


def _fraction(ctx: Context) -> str:
    """third, fifth, half, quarter: a number after 'a' or another number ("a third", "two fifths")."""
    if ctx.prev_word in ("a", "an", "one") or ctx.prev == "NUM":
        return "NUM"
    if ctx.prev == "DET" or ctx.nxt in ("NOUN", "ADJ"):
        return "ADJ" if "ADJ" in ctx.opts else "NOUN"
    return ctx.opts[0]


def _there(ctx: Context) -> str:
    existential = ctx.nxt_word in BE or ctx.nxt_word in MODALS or ctx.nxt_word in ("seem", "seems", "remain")
    return "PRON" if existential else "ADV"


def _like(ctx: Context) -> str:
    after_subject = ctx.prev_word in SUBJECT_PRONOUNS or ctx.prev_word in MODALS or ctx.prev_word in ("to", "would")
    return "VERB" if after_subject else "ADP"


def _yet(ctx: Context) -> str:
    return "ADV" if ctx.prev_word in ("not", "n't") or ctx.nxt in (None, "PUNCT") else "CCONJ"


def _so(ctx: Context) -> str:
    return "ADV" if ctx.nxt in ("ADJ", "ADV") or ctx.nxt_word in ("much", "many", "far") else "SCONJ"


def _when(ctx: Context) -> str:
    """when, where: a question word at the start of a sentence, a conjunction inside one."""
    return "ADV" if ctx.prev is None or ctx.i == 0 else "SCONJ"


RULES: dict[str, Callable[[Context], str]] = {
    "to": _to,
    "that": _that,
    **dict.fromkeys(
        wordset("this these those some all both such several enough what which many few much little"), _det_or_pron
    ),
    **dict.fromkeys(wordset("more most less least fewer fewest"), _comparative),
    **dict.fromkeys(wordset("after before since as once until till"), _clause),
    **dict.fromkeys(wordset("up out off down over past about around under"), _particle),
    **dict.fromkeys(wordset("third fifth half quarter hundredth"), _fraction),
    "there": _there,
    "like": _like,
    "yet": _yet,
    "so": _so,
    "when": _when,
    "where": _when,
}
