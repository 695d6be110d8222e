"""Tagging rules for content words: a token in context -> one tag out of the ones its word may take."""

from __future__ import annotations

from dataclasses import replace

from .closed import BE, DO, HAVE, MODALS
from .closedrules import RULES, have_do
from .context import (
    ASPECT_VERBS,
    IRREGULAR_PAST,
    LINKING_VERBS,
    MONTHS,
    OBJECT_PRONOUNS,
    PAST_ONLY,
    PEOPLE_PLURALS,
    POSSESSIVES,
    ROLES,
    SAME_IN_THE_PAST,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
    Context,
    participle_form,
)
from .lexicon import classical_plural, lookup, peoples_adjective
from .words import wordset

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
MODIFIER_CONTEXT = {"DET", "ADJ", "NUM"}
DEGREE = wordset("very too so quite rather less more most least extremely highly fairly pretty")


def choose(ctx: Context) -> str:
    """Pick one tag for the token, given the tags chosen to its left and the options to its right."""
    opts, lower = ctx.opts, ctx.lower
    if _singular_head(ctx):
        return "NOUN"
    if _premodifier(ctx):
        return "ADJ"
    if ctx.start and _participle_subject(ctx):
        return "ADJ"
    if ctx.start and opts[0] == "PROPN" and _modifies_noun(ctx):
        return "NOUN"
    if ctx.start and opts[0] in ("NOUN", "ADJ", "VERB") and _name_follows(ctx):
        return "PROPN"  # "Knight Capital lost...": a capitalised word that starts a name
    if len(opts) == 1 and lower not in BE | HAVE | DO:
        return _single(ctx)
    rule = RULES.get(lower)
    if rule:
        return rule(ctx)
    if lower in BE | MODALS:
        return "AUX"
    if lower in HAVE | DO:
        return have_do(ctx)
    return _open(ctx)


def _open(ctx: Context) -> str:
    """Nouns, verbs, adjectives and adverbs: the word's own order, bent by its neighbours."""
    opts, prev, prev_word, after = ctx.opts, ctx.prev, ctx.prev_word, ctx.after
    if opts[0] == "PROPN":
        return "PROPN"
    if _unknown_before_object(ctx):
        return "VERB"
    if _after_verb_marker(ctx) and "VERB" in opts:
        return "VERB"
    if _ing_form(ctx.lower) and "VERB" in opts and prev_word in ASPECT_VERBS:
        return "VERB"  # "began freezing English spelling", "kept running"
    if "VERB" in opts and ctx.nxt_word in OBJECT_PRONOUNS and prev != "DET":
        return "VERB"  # "review it", "give it room or split it"
    if "VERB" in opts and prev in ("NOUN", "PROPN") and ctx.nxt_word in VERB_PARTICLES and ctx.word(2) in _OBJECT_DETERMINERS and not _clause_has_verb(ctx):
        return "VERB"  # "skin oils and moisture [speed] up its decay": a noun's verb, its particle, its object
    if prev == "CCONJ" and _second_plain_verb(ctx):
        return "VERB"
    verb_with_complement = "VERB" in opts and ctx.after[:1] == ("ADJ",)  # "off the reef and [stay] horizontal"
    if prev == "CCONJ" and ctx.tag(-2) in opts and not (ctx.tag(-2) == "NOUN" and verb_with_complement):
        return ctx.chosen[ctx.i - 2]  # coordination joins alike: "soft and warm"
    if prev_word == "," and ctx.tag(-2) == "NOUN" and "NOUN" in opts:
        return "NOUN"  # the next item of a list: "transits, wobbles and microlensing"
    if prev_word in DEGREE and "ADJ" in opts:
        return "ADJ"  # "less tired", "very cold"
    if "VERB" in opts and prev in ("NOUN", "ADJ") and _verb_by_what_follows(ctx):
        return "VERB"
    if prev_word in _LINKING and prev == "VERB" and opts[0] == "ADJ":
        return "ADJ"  # "ice looks [blue]": what a linking verb says the subject is
    if prev in MODIFIER_CONTEXT or prev_word in POSSESSIVES or prev_word.endswith(("'s", "’s")):
        return _after_modifier(ctx)
    if "ADJ" in opts and "ADV" in opts and opts[0] in ("ADJ", "ADV"):
        return _adjective_or_adverb(ctx)
    if ctx.start and "VERB" in opts and _an_order(ctx):
        return "VERB"  # "[Wash] jeans inside out", "[Feed] chickens twice a day"
    if prev in ("ADP", "SCONJ") or ctx.start:
        if "ADJ" in opts and after[:1] == ("NOUN",) and not _ing_form(ctx.lower):
            return "ADJ"  # "of direct sunlight"
        example = ctx.prev_word == "as" and ctx.word(-2) == "such" and "NOUN" in opts and ctx.nxt == "NOUN"
        if "VERB" in opts and _ing_form(ctx.lower) and not ctx.start and not example:
            return "VERB"  # a gerund: "by helping cells"; but an example is a noun: "such as evening primrose"
    if prev == "ADV" and "VERB" in opts and _nominal_before_adverbs(ctx):
        return "VERB"  # subject, adverb, verb: "cats always land", "letters no longer match"
    plain = not ctx.lower.endswith(("ed", "ing"))
    if prev == "VERB" and plain and "ADJ" in opts and (ctx.after[:1] == ("NOUN",) or ctx.word(1).endswith("ing")):
        return "ADJ"  # an adjective that opens the verb's object: "cause brief spinning dizziness"
    if "VERB" in opts and "NOUN" in opts and _second_noun_of_one(ctx):
        return "NOUN"
    if "VERB" in opts and "NOUN" in opts:
        return _noun_or_verb(ctx)
    if opts[0] == "VERB" and "ADJ" in opts and prev == "AUX" and prev_word in BE:
        # "is open", but "is opened", "is opening"
        return "VERB" if ctx.lower.endswith(("ed", "en", "ing")) else "ADJ"
    predicative = ctx.lower.endswith(("able", "ible", "er"))  # "made them catchable", "keep the flame cooler"
    # a plural noun modifies no noun after it: "made elevators [common] in ..." is what they were made
    predicative = predicative or _ends_in_s(prev_word)
    if opts[0] == "ADJ" and "NOUN" in opts and prev == "NOUN" and ctx.nxt in ("ADP", "SCONJ", "PRON") and not predicative:
        return "NOUN"  # after a noun, before 'that' or a preposition, the last noun of a compound: "branching coral"
    return opts[0]


def _second_plain_verb(ctx: Context) -> bool:
    """ "to cool the turbine and [raise] thrust", "don't sit on the ground or [touch] moss": after a plain
    verb's object and 'and' or 'or', a plain word read first as a verb, with an object of its own, is the
    second verb, not a noun joined to the object ("to cool the turbine and fan blades": 'fan' is a noun first)."""
    if ctx.opts[0] != "VERB" or _inflected(ctx.lower):
        return False
    object_next = ctx.after[:1] in (("DET",), ("ADJ",), ("NUM",), ("PRON",), ("PROPN",)) or "NOUN" in ctx.after
    # "fall asleep in Kent and [wake] up", "came in expecting prophecy and [left] with a lesson"; 'of'
    # goes on a noun ("to measure the rise and [fall] of the tide")
    goes_on = ctx.nxt_word in VERB_PARTICLES or (ctx.after[:1] == ("ADP",) and ctx.nxt_word != "of")
    if not (object_next or goes_on or _ing_form(ctx.word(1))):
        return False
    j = ctx.i - 2  # back over the first verb's object, a preposition included ("sit on the ground")
    gerund = False  # and over one -ing verb of its own ("stop thinking of Stonehenge as a calendar and [start]")
    while j > ctx.i - 2 - MAX_OBJECT_WORDS and j >= 0 and ctx.chosen[j] in ("NOUN", "ADJ", "DET", "NUM", "PROPN", "ADP", "VERB"):
        if ctx.chosen[j] == "VERB":
            if gerund or not ctx.words[j].lower().endswith("ing") or j == ctx.i - 2:
                break
            gerund = True
        j -= 1
    if j < 0 or ctx.chosen[j] != "VERB" or _inflected(ctx.words[j].lower()) or j == ctx.i - 2:
        return False
    return j == 0 or _after_verb_marker(replace(ctx, i=j)) or _after_its_subject(ctx, j)


_PLAIN_VERB_SUBJECTS = SUBJECT_PRONOUNS - {"he", "she", "it", "who"}  # those a plain verb agrees with: "we stay"


def _after_its_subject(ctx: Context, j: int) -> bool:
    """The plain verb at j follows a subject it agrees with ("I came in ...", "People evacuate for ..."),
    or whom a verb like 'make' has do it ("made me stop thinking ...")."""
    subject = ctx.words[j - 1].lower()
    if subject in OBJECT_PRONOUNS and j >= 2 and ctx.words[j - 2].lower() in _CAUSATIVES:
        return True
    return subject in _PLAIN_VERB_SUBJECTS or (j == 1 and ctx.chosen[0] == "NOUN" and (subject in PEOPLE_PLURALS or _ends_in_s(subject)))


MAX_OBJECT_WORDS = 6


def _inflected(word: str) -> bool:
    """A form with an ending, -s, -ed or -ing ('raises', 'raised', 'raising'), which agrees or follows an
    auxiliary; not the plain form that follows 'to', a modal or 'and' after another plain verb."""
    return word.endswith(("s", "ed", "ing"))


def _second_noun_of_one(ctx: Context) -> bool:
    """ "a bank [account] you wore", "a wooden batter [frame]": after 'a' (and an adjective) and a singular
    noun, a plain verb form cannot agree with it, so the word is the second noun of a compound."""
    plain = not _inflected(ctx.lower) and ctx.lower not in _PAST_AND_NOUN
    article = -3 if ctx.tag(-2) == "ADJ" else -2
    one = ctx.word(article) in ("a", "an", "each", "every") and ctx.prev == "NOUN" and not _ends_in_s(ctx.prev_word)
    return plain and one


# a past tense that is also a noun agrees with any subject: "a rock [fell]", "a sailor [saw] it"
_PAST_AND_NOUN = SAME_IN_THE_PAST | wordset("saw fell felt bore wound ground read left lay rose spoke bit dove won shed sank rang hung stuck lit sat ran drew")


def _adjective_or_adverb(ctx: Context) -> str:
    """ "early trains" but "ran early": an adjective before a noun or after be, an adverb after a verb."""
    if "NOUN" in ctx.after or ctx.nxt == "ADJ" or ctx.prev == "AUX":
        return "ADJ"
    return "ADV" if ctx.prev in ("VERB", "ADV") or ctx.nxt in (None, "PUNCT", "ADP", "VERB") else ctx.opts[0]


def _premodifier(ctx: Context) -> bool:
    """A participle between a determiner and its noun describes it: "the shaded side", "a lit candle"."""
    opts, after, prev_word = ctx.opts, ctx.after, ctx.prev_word
    if "VERB" not in opts or opts[0] == "NOUN" or not after:
        return False
    if ctx.prev == "CCONJ" and ctx.tag(-2) == "ADJ" and ctx.lower.endswith("ed") and "NOUN" in ctx.option(1):
        return True  # "of swallowed and [inhaled] objects": the second of two participles before the noun
    if after[0] not in ("NOUN", "ADJ") and not _participles_then_noun(ctx):
        return False
    # after a preposition or a clause's opener, an -ed word before a noun opens no clause of its own:
    # "when [compressed] air is pumped in", "with [salted] butter"
    described = after[0] == "NOUN" or _participles_then_noun(ctx)  # "of [swallowed] and inhaled objects"
    opener = (ctx.prev in ("ADP", "SCONJ") or ctx.start) and ctx.lower.endswith("ed") and described
    if opener and ctx.lower not in _NAMING:
        return True
    if ctx.prev not in ("DET", "ADJ") and not prev_word.endswith(("'s", "’s")) and prev_word not in POSSESSIVES:
        return _after_adverb_of_noun_phrase(ctx) and participle_form(ctx.lower)
    return opts[0] == "ADJ" or _ing_form(ctx.lower) or ctx.lower.endswith(("ed", "en")) or "NOUN" not in opts and ctx.lower not in PAST_ONLY


def _clause_has_verb(ctx: Context) -> bool:
    """A verb chosen since the clause began: "sends exhaust steam up the chimney" has its verb."""
    for k in range(ctx.i - 1, -1, -1):
        if ctx.chosen[k] in ("CCONJ", "SCONJ", "PUNCT"):
            return False
        if ctx.chosen[k] in ("VERB", "AUX"):
            return True
    return False


def _after_adverb_of_noun_phrase(ctx: Context) -> bool:
    """ "the most widely [used] drug", "a newly [built] dam": an adverb in -ly between a determiner (and
    'most', 'more' ...) and the participle describing the noun."""
    k = ctx.i - 1
    if not (ctx.prev == "ADV" and ctx.words[k].lower().endswith("ly")):
        return False
    while k > 0 and ctx.words[k - 1].lower() in DEGREE:
        k -= 1
    return k > 0 and (ctx.chosen[k - 1] in ("DET", "ADJ") or ctx.words[k - 1].lower() in POSSESSIVES)




def _participles_then_noun(ctx: Context) -> bool:
    """ "the first modern [randomised] controlled trial", "thousands of [swallowed] and inhaled objects":
    participles in -ed, joined or not, then the noun they describe."""
    for k in range(1, 5):
        word, opts = ctx.word(k), ctx.option(k)
        if word in ("and", "or") and ctx.word(k + 1).endswith("ed"):
            continue
        if "NOUN" in opts and not word.endswith("ed"):
            return k > 1
        if not (word.endswith("ed") and "VERB" in opts) or word in _NAMING:
            return False
    return False


_NAMING = wordset("called named termed dubbed nicknamed labelled labeled")  # "the mordant [called] alum lake"


def _singular_head(ctx: Context) -> bool:
    """ "Each light flashes in ...": after a determiner of one thing, a noun and then an -s word that may
    be a verb; the -s word is not the head of a plural noun phrase ("each [light flashes]"), but the verb."""
    if ctx.prev_word not in SINGULAR_DETERMINERS or "NOUN" not in ctx.opts or ctx.opts[0] == "PROPN":
        return False
    verb = ctx.word(1)
    return _ends_in_s(verb) and "VERB" in ctx.option(1) and ctx.option(2)[:1] not in (("NOUN",), ("ADJ",), ("VERB",))


SINGULAR_DETERMINERS = wordset("each every a an this that another either neither")


def _single(ctx: Context) -> str:
    only = ctx.opts[0]
    word = ctx.words[ctx.i]
    if only == "NOUN" and _unknown_before_object(ctx):
        return "VERB"
    if only == "VERB" and (_gerund_compound(ctx) or _gerund_subject(ctx) or _gerund_head(ctx) or _plural_after_det(ctx)):
        return "NOUN"
    # a lone lower-case letter after a name is part of it: "51 Pegasi b"
    if only != "PROPN" and len(word) == 1 and word.islower() and ctx.tag(-1) == "PROPN":
        return "PROPN"
    return only


def _plural_after_det(ctx: Context) -> bool:
    """ "before the [drapes] go on": after a determiner, a verb in -s whose stem is also a noun is its plural."""
    stem = ctx.lower[:-1] if ctx.lower.endswith("s") and not ctx.lower.endswith("ss") else ""
    return ctx.prev == "DET" and bool(stem) and "NOUN" in lookup(stem)


def _unknown_before_object(ctx: Context) -> bool:
    """A word the lexicon lacks between a subject (or 'and') and an object pronoun is a verb:
    "builders repoint them", "cracks and reseal them"."""
    before_object = ctx.prev in NOMINAL or ctx.prev == "CCONJ"
    return not lookup(ctx.lower) and before_object and ctx.nxt_word in ("them", "it", "him", "us")


def _gerund_compound(ctx: Context) -> bool:
    """ "the idea of seafloor [spreading].", "from coral bleaching,": an -ing word that closes the noun
    phrase of 'of' or 'by' after its noun names a process; with no object after it, it is no verb
    ("set the storm spinning" and "anyone on board noticing" are)."""
    after_of = ctx.prev in ("NOUN", "ADJ") and ctx.word(-2) in ("of", "by", "from", "through")
    return _ing_form(ctx.lower) and after_of and ctx.nxt in ("PUNCT", None)


def _gerund_subject(ctx: Context) -> bool:
    """ "Printing began ...": an -ing word that opens the sentence right before a verb is its subject."""
    nxt = ctx.word(1)
    finite = nxt.endswith(("ed", "s")) or nxt in _PAST_WITHOUT_ED or lookup(nxt)[:1] == ("VERB",) and not nxt.endswith("ing")
    return ctx.start and _ing_form(ctx.lower) and ctx.after[:1] == ("VERB",) and finite


def _gerund_head(ctx: Context) -> bool:
    """ "eBay's proxy bidding works almost like ...": an -ing word after a noun and before a verb in -s
    heads the subject; it is no verb of its own ("children playing games outside" has none after it)."""
    verb = ctx.word(1)
    then = ctx.option(2)[:1]
    return (
        _ing_form(ctx.lower)
        and ctx.prev == "NOUN"
        and _ends_in_s(verb)
        and ctx.after[:1] == ("VERB",)
        and then not in (("NOUN",), ("DET",), ("ADJ",), ("NUM",))
    )


def _name_follows(ctx: Context) -> bool:
    nxt = ctx.words[ctx.i + 1] if ctx.after else ""
    capitals = ctx.words[ctx.i][:1].isupper() and nxt[:1].isupper()
    common = ctx.lower in ROLES or ctx.lower.endswith("ing")  # "Host Lena Marchetti", "Reading Billings"
    return capitals and ctx.after[0] == "PROPN" and nxt.lower() not in MONTHS and not common


def _modifies_noun(ctx: Context) -> bool:
    """An unknown capitalised first word before a noun and its verb is a noun too: "Serif fonts are..."."""
    word = ctx.words[ctx.i]
    if lookup(word) or not ctx.option(2) or not ctx.words[ctx.i + 1].islower() or word.endswith(("'s", "’s")):
        return False
    return ctx.after[0] == "NOUN" and ctx.option(2)[0] in ("VERB", "AUX")


def _participle_subject(ctx: Context) -> bool:
    """ "Reducing sugars react": an -ing word, a plural noun and a verb that agrees with the plural, not a gerund."""
    if not _ing_form(ctx.lower) or "VERB" not in ctx.opts or not ctx.option(2):
        return False
    noun, verb = ctx.word(1), ctx.word(2)
    plural_noun = "NOUN" in ctx.after and _ends_in_s(noun)
    plural_verb = verb in ("are", "were", "have", "do") or "VERB" in ctx.option(2) and not verb.endswith("s")
    return plural_noun and plural_verb and ctx.option(2)[0] in ("VERB", "AUX")


def _after_verb_marker(ctx: Context) -> bool:
    """Whether the token comes right after 'to' (as a particle), a modal, or do (adverbs and 'not' skipped)."""
    words, chosen = ctx.words, ctx.chosen
    j = ctx.i - 1
    while j >= 0 and chosen[j] in ("ADV", "PART") and words[j].lower() != "to":
        j -= 1
    if j < 0:
        return False
    w = words[j].lower()
    return (w == "to" and chosen[j] == "PART") or (chosen[j] == "AUX" and (w in MODALS or w in DO or w.endswith("n't")))


def _after_modifier(ctx: Context) -> str:
    """After a determiner, adjective or number: a noun, or an adjective before another noun."""
    opts, nxt = ctx.opts, ctx.nxt
    nominal = [t for t in opts if t in ("NOUN", "ADJ", "PROPN", "NUM")]
    if not nominal:
        if "VERB" in opts and nxt in ("NOUN", "ADJ"):
            return "ADJ"  # "the measured value", "reducing sugars"
        return opts[0]
    if "ADJ" in nominal and "NOUN" in nominal:
        if nominal[0] == "ADJ" and ("NOUN" in ctx.after or nxt == "ADJ" or _participles_then_noun(ctx)):
            return "ADJ"  # "no federal deposit insurance"
        return "NOUN" if nxt != "NOUN" else nominal[0]
    return nominal[0]


_ORDER_ENDS = wordset(", ; : and but or because if when so while which that who since until unless")


def _an_order(ctx: Context) -> bool:
    """A sentence that opens on a plain verb before its object: "Take a walk", "Keep unopened insulin
    cold", "Wash jeans inside out"; a subject is followed by its verb ("Sleep helps", "Cotton gins remove")."""
    if ctx.opts[0] != "VERB" or _inflected(ctx.lower):
        return False
    return ctx.nxt == "ADJ" or ctx.nxt == "NOUN" and "VERB" not in ctx.after and not _verb_ahead(ctx)


def _verb_ahead(ctx: Context) -> bool:
    """A word read first as a verb follows in the clause: "Cotton gins [remove] seeds" has its subject
    first; "Wash jeans inside out in cold water" has none, so it is an order."""
    for j in range(ctx.i + 1, len(ctx.words)):
        if ctx.words[j].lower() in _ORDER_ENDS:
            return False
        after_a_preposition = ctx.options[j - 1][:1] in (("ADP",), ("DET",))  # "away from [direct] sunlight"
        if ctx.options[j][:1] in (("VERB",), ("AUX",)) and not after_a_preposition:
            return True
    return False


def _noun_or_verb(ctx: Context) -> str:
    """A word that may be a noun or a verb, judged by what stands on either side."""
    opts, prev, prev_word, nxt, nxt_word = ctx.opts, ctx.prev, ctx.prev_word, ctx.nxt, ctx.nxt_word
    object_next = nxt_word in OBJECT_PRONOUNS or nxt in ("DET", "PRON", "NUM")  # "builders repoint them"
    if not lookup(ctx.lower) and prev in ("NOUN", "DET", "ADJ", "CCONJ") and not object_next:
        if _plain_verb_after_plural(ctx):
            return "VERB"  # "spindles [correlate] with recall": a plural subject, then its verb
        return opts[0]  # a word the lexicon lacks is mostly a term: "the nucleotides inosinate and guanylate"
    if ctx.start:
        # an order opens with its verb ("Take a walk"; `_an_order` has taken those before a noun or an
        # adjective); a subject is followed by its verb ("Sleep helps")
        return "VERB" if nxt in ("DET", "PRON", "ADP", "NUM") else "NOUN"
    if prev_word in SUBJECT_PRONOUNS or nxt_word in OBJECT_PRONOUNS:
        return "VERB"  # "they study", "review it"
    if prev_word in _HELP and opts[0] == "VERB" and not _inflected(ctx.lower):
        return "VERB"  # "deadlines helped [kill] eight climbers", not "helps motor skills": a bare verb after 'help'
    if nxt_word == "such" and ctx.word(2) == "as":
        return "NOUN"  # what "such as" gives examples of: "night bloomers such as ..."
    gerund_subject = (
        prev == "VERB" and prev_word.endswith("ing") and ctx.tag(-2) == "NOUN" and "VERB" not in ctx.chosen[: ctx.i - 1]
    )
    if gerund_subject and _ends_in_s(ctx.lower):
        return "VERB"  # "Oven browning comes from ...": the -ing word is the subject, this its verb
    if prev in ("NOUN", "PROPN") and _ends_an_object(ctx):
        return "NOUN"
    if prev == "PROPN" and _after_a_people(ctx):
        return "NOUN"  # "100 English [words]", "an African [grey]": what a people's adjective describes
    if prev == "PROPN" and _plural_a_name_describes(ctx):
        return "NOUN"
    if prev == "PROPN":
        # "the Bank of England cut rates", but "the Enigma code during the war", "the March report."
        verb_follows = nxt in ("AUX", "VERB") and "NOUN" not in ctx.after
        ends_phrase = nxt in ("ADP", "PUNCT", "CCONJ", "SCONJ", None) and _name_after_determiner(ctx)
        # "the Madrid train bombings": between a singular name after 'the' and a noun, a noun of the compound
        inside_phrase = "NOUN" in ctx.after and not _ends_in_s(prev_word) and not _ends_in_s(ctx.lower)
        inside_phrase = inside_phrase and ctx.lower not in _PAST_WITHOUT_ED and _name_after_determiner(ctx)
        return "NOUN" if (verb_follows or ends_phrase or inside_phrase) and not _agrees(ctx) else "VERB"
    if prev == "PRON":
        return "VERB"  # "a head that loves water"
    if nxt_word in ("the", "a", "an") and prev not in ("DET", "ADJ"):
        return "VERB"  # a verb before its object: "helped break the code"
    if prev == "NOUN" and opts[0] == "VERB" and not _inflected(ctx.lower) and _caused(ctx):
        return "VERB"  # "by letting mycelium [bind] farm waste": what a causative verb's object is made to do
    if prev == "NOUN":
        # "money supply fell": a noun that its own verb follows; "children sleep well": the verb itself
        its_verb_next = nxt in ("VERB", "AUX") and not _verb_then_object(ctx)
        if its_verb_next or _plural_antecedent(ctx) or _object_of_preposition(ctx):
            return "NOUN"
        if _ends_in_s(ctx.lower) and nxt_word == "themselves":
            return "NOUN"  # "the cell [walls] themselves": a verb in -s would take 'itself', never 'themselves'
        # "cope with freezing mountain [passes].", "used granite [blocks] and a ...": the clause has its verb; this ends its object
        object_ends = ctx.nxt in ("PUNCT", None) or ctx.nxt == "CCONJ" and ctx.option(2)[:1] in _NOUN_PHRASE_OPENERS
        # "requisitioned thousands of church [bells] from"; not "a metre of hydrogen [lifts] about 1.1 kg"
        object_ends = object_ends or ctx.nxt == "ADP" and ctx.nxt_word not in _AMOUNT_AHEAD and _after_of(ctx)
        if object_ends and _ends_in_s(ctx.lower) and _verb_before(ctx):
            return "NOUN"
        if ctx.tag(-2) == "ADJ" and ctx.tag(-3) == "ADP" and _ends_in_s(ctx.lower) and (nxt in ("CCONJ", "ADP") or ctx.word(1) == ","):
            return "NOUN"  # "with stronger trade [winds] and ...": a preposition's object has no verb of its own
        if ctx.tag(-2) == "AUX" and ctx.word(-2) in BE and _ends_in_s(ctx.lower) and nxt not in ("VERB", "AUX"):
            return "NOUN"  # "cases are boundary [disputes] over ...": a noun phrase after a form of be, no clause
        if not _inflected(ctx.lower) and ctx.lower not in _PAST_WITHOUT_ED and _after_one(ctx):
            return "NOUN"  # "sent a cracked celadon tea [bowl] back": 'a' and a noun take no plain verb
        plural_subject = _ends_in_s(prev_word) or prev_word in PEOPLE_PLURALS  # "People [picture] dragon heads"
        agrees = plural_subject and not ctx.lower.endswith("s") or _agrees(ctx)
        return "VERB" if opts[0] == "VERB" or agrees else "NOUN"
    if prev == "SCONJ" and not _ends_in_s(ctx.lower) and _ends_in_s(nxt_word) and "VERB" in ctx.option(1):
        return "NOUN"  # "where [glaze] flakes off": a singular subject after 'where', then its verb in -s
    if prev in ("ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", None):
        return "NOUN" if prev in ("ADP", "VERB") or opts[0] == "NOUN" else opts[0]
    return opts[0]


def _verb_then_object(ctx: Context) -> bool:
    """ "Puffins [dig] burrows", "beavers [build] dams": a plain verb after a plural subject, then its object
    in -s, which the lexicon also reads as a verb; not "the money [supply] fell" (a singular before it)."""
    opener = ctx.tag(-2) in ("DET", "ADJ", None) and ctx.word(-2).lower() not in _CLAUSE_OPENERS  # not "which helps"
    plural_subject = _ends_in_s(ctx.prev_word) and opener and not _verb_before(ctx)
    plain_verb = "VERB" in ctx.opts and not _ends_in_s(ctx.lower) and not _inflected(ctx.lower)
    object_next = _ends_in_s(ctx.nxt_word) and "NOUN" in ctx.option(1) and ctx.option(2)[:1] not in (("VERB",), ("AUX",))
    return plural_subject and plain_verb and object_next


# verbs whose object is followed by a bare verb: "let the dough rest", "made the crew wait", "watched the fish feed"
_CAUSATIVES = wordset(
    "let lets letting make makes made making bid watch watches watched watching see sees saw seen seeing"
    " hear hears heard hearing feel feels felt feeling notice notices noticed noticing"
)


def _caused(ctx: Context) -> bool:
    """The noun before is the object of a causative verb ("letting mycelium", "made the crew")."""
    j = -1
    while ctx.tag(j) in ("NOUN", "ADJ", "DET", "NUM"):
        j -= 1
    modifier = "-" in ctx.prev_word  # "made [real-time] fluoroscope screens practical": a compound's first word
    return not modifier and j < -1 and ctx.tag(j) == "VERB" and ctx.word(j).lower() in _CAUSATIVES


_PAST_WITHOUT_ED = SAME_IN_THE_PAST | wordset("read led fed met")


def _plain_verb_after_plural(ctx: Context) -> bool:
    """An unknown plain verb right after a plural noun and before a preposition, in a clause with no
    verb yet: "spindles [correlate] with recall", "the cells [proliferate] in culture"."""
    plural = ctx.prev == "NOUN" and _ends_in_s(ctx.prev_word)
    plain = "VERB" in ctx.opts and not _ends_in_s(ctx.lower)
    return plural and plain and ctx.nxt == "ADP" and not _verb_before(ctx)


def _object_of_preposition(ctx: Context) -> bool:
    """ "paid for by a licence [fee] rather than ...": the noun before opens the object of a verb's
    preposition, which has no verb of its own; a plain word after it (no -s) is the compound's next noun."""
    if _inflected(ctx.lower) or ctx.lower in _PAST_WITHOUT_ED or ctx.lower in IRREGULAR_PAST or _a_plural(ctx.prev_word.lower()):
        return False  # "most of the plants grow", "most of the team set off", "up 14 men left on": a verb or participle
    if ctx.nxt not in ("ADV", "ADP", "PUNCT", "CCONJ", None) or ctx.nxt_word == "as":
        return False  # "bubbles in the core [show] carbon dioxide", "a style [known] as": a verb with what follows it
    j = -1
    while ctx.tag(j) in ("NOUN", "ADJ", "NUM"):
        j -= 1
    # the preposition must belong to a verb: after a noun, its phrase may be part of a subject whose verb
    # comes next ("the yield of the valley [fell]"); its object may have no determiner ("often in leaf [litter],")
    if ctx.tag(j) == "ADP":
        return ctx.tag(j - 1) in ("VERB", "ADP", "ADV")
    return ctx.tag(j) == "DET" and ctx.tag(j - 1) == "ADP" and ctx.tag(j - 2) in ("VERB", "ADP", "ADV")


def _verb_before(ctx: Context) -> bool:
    """A verb earlier in the sentence, with no word that opens another clause after it."""
    for j in range(ctx.i - 1, -1, -1):
        if ctx.words[j].lower() in _CLAUSE_OPENERS or ctx.words[j] in (",", ";", ":"):
            return False
        if ctx.chosen[j] == "CCONJ" and ctx.chosen[j + 1] in ("DET", "PRON", "PROPN"):
            return False  # "... and the whole shore changes": a clause with its own subject
        if ctx.chosen[j] in ("VERB", "AUX"):
            return True
    return False


def _ends_an_object(ctx: Context) -> bool:
    """ "is California [incense] cedar", "find the next F2L [pair]": after the singular noun phrase a verb
    takes as its object, a plain form agrees with no subject, so it is the compound's next noun. Not where
    that verb has its object do something ("let the dough [rest]", "does the frog [breathe]"), nor after
    a plural that needs no -s ("watched the fish [feed]", "saw the Dutch [trade]")."""
    if _inflected(ctx.lower) or ctx.lower in _PAST_WITHOUT_ED or ctx.lower in IRREGULAR_PAST or ctx.lower.endswith("en"):
        return False
    if ctx.nxt in ("DET", "PRON", "NUM") or ctx.nxt_word in OBJECT_PRONOUNS:
        return False  # a verb before its own object
    if _a_plural(ctx.prev_word.lower()):
        return False
    if peoples_adjective(ctx.prev_word) and ctx.tag(-2) == "DET":
        return False
    j = -1
    while ctx.tag(j) in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        j -= 1
    verb = ctx.word(j).lower()
    # an order opens on its plain verb ("Find the next F2L [pair]"); an opening word in -s is a plural subject
    object_of_a_verb = ctx.tag(j) in ("VERB", "AUX") and not (ctx.i + j == 0 and _ends_in_s(verb))
    # "plates called lamellae [strain] food": what a naming verb names is the subject of the verb after it;
    # a causative's object acts ("let the dough [rise]") unless what follows can only judge it ("made the
    # slide [rule] obsolete")
    judged = ctx.option(1) == ("ADJ",) and ctx.lower not in LINKING_VERBS
    return object_of_a_verb and verb not in _HELP | _NAMING | MODALS | DO and (verb not in _CAUSATIVES or judged)


# plurals with no -s, which a plain verb agrees with: "the fish [feed] at dusk"
_SAME_IN_THE_PLURAL = wordset("fish sheep deer cattle police staff crew team salmon trout squid moose bison offspring aircraft young")


def _a_plural(noun: str) -> bool:
    """A noun a plain verb agrees with: in -s, a plural of people ("men"), one the same in the plural
    ("fish") or a classical one ("bacteria")."""
    return _ends_in_s(noun) or noun in PEOPLE_PLURALS | _SAME_IN_THE_PLURAL or classical_plural(noun)


_CLAUSE_OPENERS = wordset("that which who because when whenever while if once how why where wherever although though since until unless whereas")


def _ends_in_s(word: str) -> bool:
    """A plural noun's or a third-person verb's ending ('stalks', 'comes'), not a double s ('glass')."""
    return word.endswith("s") and not word.endswith("ss")


def _nominal_before_adverbs(ctx: Context) -> bool:
    j = -1
    while ctx.tag(j) == "ADV":
        j -= 1
    return ctx.tag(j) in NOMINAL


def _plural_antecedent(ctx: Context) -> bool:
    """ "kelp stalks that sway": a plural before 'that' and a verb in its plural form, which agrees with it;
    "hive walls matter because ...": a plural before such a verb that ends its clause."""
    if not _ends_in_s(ctx.lower):
        return False
    verb = ctx.word(2)
    if ctx.nxt_word in ("that", "which", "who"):
        return "VERB" in ctx.option(2) and not verb.endswith("s")
    j = ctx.i + 1
    while j < len(ctx.options) and ctx.options[j][0] == "ADV":
        j += 1
    if j > ctx.i + 1 and j < len(ctx.words) and "VERB" in ctx.options[j] and not _ends_in_s(ctx.words[j]):
        return True  # "vowel letters no longer match": a plural, adverbs, and a plain verb that agrees with it
    plain_verb = "VERB" in ctx.option(1) and not ctx.nxt_word.endswith("s")
    return plain_verb and (verb in _CLAUSE_ENDS or ctx.option(2)[:1] in (("PUNCT",), ()))


_CLAUSE_ENDS = wordset("because when while if although though unless until since once whereas")


_NOUN_PHRASE_OPENERS = (("NOUN",), ("ADJ",), ("DET",), ("NUM",), ("PROPN",))  # what may follow 'and' in a list of nouns
_AMOUNT_AHEAD = wordset("to about by around")  # "melts [to] about 1 cm", "rises [by] a third": a verb's amount


def _after_of(ctx: Context) -> bool:
    """The word ends the noun phrase that 'of' opened, through its nouns and adjectives."""
    j = -1
    while ctx.tag(j) in ("NOUN", "ADJ"):
        j -= 1
    return j < -1 and ctx.word(j) == "of"


_ONE = wordset("a an each every another")


def _after_one(ctx: Context) -> bool:
    """The word ends a noun phrase that 'a', 'each' or 'every' opened, through its modifiers and singular
    nouns ("sent a cracked celadon tea [bowl] back"): that phrase takes no plain verb. Not after a pair
    ("a ridge and a plume [combine]"), nor after a plural whose preposition opened it ("ridges on a
    puffin's bill [glow]")."""
    if ctx.lower in IRREGULAR_PAST or participle_form(ctx.lower):
        return False  # "a wet surface [stuck] near 100 °C", "a shade [known] as"
    j = -1
    while ctx.tag(j) in ("NOUN", "ADJ", "PROPN") or ctx.tag(j) == "VERB" and ctx.word(j).endswith("ed"):
        if ctx.tag(j) in ("NOUN", "PROPN") and _ends_in_s(ctx.word(j)) and not ctx.word(j).endswith("'s"):
            return False  # "a thousand copies [say]", "a hummingbird's wings [flap]": a plural subject
        j -= 1
    opened = ctx.tag(j) == "DET" and ctx.word(j) in _ONE
    paired = ctx.word(j - 1) in ("and", "or")
    after_plural = ctx.tag(j - 1) == "ADP" and ctx.tag(j - 2) == "NOUN" and _ends_in_s(ctx.word(j - 2))
    return opened and not paired and not after_plural


def _agrees(ctx: Context) -> bool:
    """An -s verb after a singular noun, before no verb of its own: "the Danube flows", "interest compounds"."""
    singular = not ctx.prev_word.endswith("s") or ctx.prev_word.endswith("ss")
    third_person = _ends_in_s(ctx.lower)
    # something must follow it, or a compound that ends the sentence is read as a verb ("steel cables.")
    return singular and third_person and "VERB" in ctx.opts and ctx.nxt not in ("VERB", "AUX", "PUNCT", None)


def _after_a_people(ctx: Context) -> bool:
    """A word right after a people's adjective ("English", "African") that itself follows a determiner,
    a number, a possessive, 'and' or a preposition, before no object of its own: "the English words
    spread", "and Chinese champion Zhuang", not "the English fought" (no noun) nor "the Dutch ship goods"."""
    people = peoples_adjective(ctx.prev_word) and ctx.tag(-2) in ("DET", "NUM", "PROPN", "CCONJ", "ADP")
    possessor = ctx.tag(-2) != "PROPN" or ctx.word(-2).endswith(("'s", "\u2019s"))
    return people and possessor and "NOUN" in ctx.opts and ctx.nxt not in ("DET", "NOUN")


def _plural_a_name_describes(ctx: Context) -> bool:
    """ "fitted them with tiny 3D [glasses] and ...", "threads called Cuvierian [tubules] that ...": a word in
    -s after a name that an adjective, a determiner or a naming verb opens, in a clause that has its verb,
    and before no object of its own, is the plural the name describes, not the name's verb."""
    if not _ends_in_s(ctx.lower) or ctx.nxt not in ("PUNCT", "CCONJ", "ADP", "SCONJ", None) and ctx.nxt_word not in ("that", "which"):
        return False
    j = ctx.i - 1
    while j >= 0 and ctx.chosen[j] == "PROPN":
        j -= 1
    opener = j >= 0 and (ctx.chosen[j] in ("DET", "ADJ", "NUM") or ctx.words[j].lower() in _NAMING)
    return opener and _verb_before(ctx)


def _name_after_determiner(ctx: Context) -> bool:
    """Whether the name before the token follows a determiner or a verb, so that it opens a noun phrase
    the token ends ("the March report", "began freezing English spelling")."""
    j = ctx.i - 1
    while j >= 0 and ctx.chosen[j] == "PROPN":
        j -= 1
    if j < 0:
        return False
    owner = ctx.words[j].lower().endswith(("'s", "\u2019s"))  # "the world's Atlantic [puffins]"
    # "ravaged by South American [leaf] blight"; not "the Bank of England cut rates", where 'of' is in the name
    preposition = ctx.chosen[j] == "ADP" and ctx.words[j].lower() != "of"
    return ctx.chosen[j] in ("DET", "VERB") or owner or preposition


_HELP = wordset("help helps helped helping")
_CATENATIVES = wordset("helps lets makes")  # a verb followed by a bare verb: "caffeine helps defend the plant"
_LEFT_AS_IT_IS = wordset("left kept held made")  # a participle before how a thing is left: "a door left open"


_LINKING = frozenset(verb + "s" for verb in LINKING_VERBS)  # "ice looks blue"


def _verb_by_what_follows(ctx: Context) -> bool:
    """A verb the lexicon also reads as a noun, known by what follows it: a bare verb ("helps defend"),
    'or' and a form of be ("matches or is darker"), for a participle or a linking verb, an adjective
    ("left open", "looks blue")."""
    if ctx.lower in _LINKING:
        return ctx.option(1)[:1] == ("ADJ",)
    if ctx.lower in _CATENATIVES:
        return ctx.option(1)[:1] == ("VERB",) and not _ends_in_s(ctx.word(1))
    if _ends_in_s(ctx.lower):
        # "matches or is darker"; "the damper pedal [lifts] all the dampers": a noun phrase seldom runs
        # straight into another's determiner, unless it says when ("the team's plans this year")
        before_object = ctx.nxt_word in _OBJECT_DETERMINERS and ctx.word(2) not in _WHEN
        return ctx.nxt_word in ("or", "and") and ctx.word(2) in BE or before_object
    return ctx.lower in _LEFT_AS_IT_IS and "ADJ" in ctx.option(1)


_OBJECT_DETERMINERS = wordset("the a an all its their his her this these those every each some both")
_WHEN = wordset("year years week weeks month months day days morning evening night time season century decade")


_OPEN_CLASS = {"VERB", "NOUN", "ADJ", "AUX"}  # "canning" is made of the verb "can"; "thing" is no "the"


def _ing_form(lower: str) -> bool:
    """A verb's -ing form ("doing", "using", "running"), not a word that only ends so ("bring", "spring")."""
    if not lower.endswith("ing"):
        return False
    stem = lower[:-3]
    doubled = len(stem) > 2 and stem[-1] == stem[-2]
    return any(set(lookup(s)) & _OPEN_CLASS for s in (stem, stem + "e", stem[:-1] if doubled else "") if len(s) > 1)
