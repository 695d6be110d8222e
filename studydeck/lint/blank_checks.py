"""The lint rules that judge where a cloze blank sits: a View's blanks -> a Hit per blank badly placed.

Half a term, one item of a list, an operand, a unit, an incidental date, a word of a set phrase, a word
of praise, the same value in another unit: each rule asks spans about the words next to the blank.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from ..language import words
from ..language.lexicon import lookup
from . import quantities, spans
from .findings import Severity
from .reading import DeckFacts, Hit, View, describe_blank, quoted

Check = Callable[[View, DeckFacts], Iterable[Hit]]


def per_blank(rule: str, problem: Callable[[spans.Blank], str], severity: Severity | None = None) -> Check:
    """A rule that judges each blank on its own: `problem` says what is wrong with it ('' if nothing)."""

    def check(view: View, facts: DeckFacts) -> Iterator[Hit]:
        for review, blank in view.blanks:
            if found := problem(blank):
                yield Hit(rule, f"{describe_blank(review, blank.answer)} {found}", severity)

    return check


def _half_term_problem(blank: spans.Blank) -> str:
    """What part of a phrase the blank holds, and how to fix it; '' if it holds a whole one."""
    if cut := spans.cut_word(blank):
        return f"cuts the word {quoted(cut)}: blank the whole word or none of it"
    if cut := spans.cut_name(blank):
        return f"is part of the name {quoted(cut + '…')}: blank the whole name, so the rest cannot prompt it"
    if cut := spans.eponym_owner(blank):
        return f"is the person's name in the term {quoted(cut)}: blank the whole term, or ask who it is named after"
    if cut := spans.cut_number(blank):
        return f"is half of the number {quoted(cut)}: blank the whole number, with its unit where it has one"
    if cut := spans.quoted_modifier(blank):
        return f"is the quoted word of the term {quoted(cut)}: blank the whole term, quotes and all"
    if cut := spans.cut_rate(blank):
        return f"cuts the unit of the rate {quoted(cut)}: blank the whole rate"
    if cut := spans.cut_noun_phrase(blank):
        return (
            f"is one word of the phrase {quoted(cut + '…')}: blank the whole term (or the noun phrase), "
            "not a lone modifier or verb that the words after it give away"
        )
    if verb := spans.ends_on_verb(blank):
        return (
            f"ends on {quoted(verb)}, whose object lies outside the blank: blank a whole phrase "
            "(the name, the quantity or the term), not a clause cut in two"
        )
    if span := spans.ends_on_when(blank):
        return (
            f"ends on {quoted(span)}, which with the word after it says when: blank the phrase before it, "
            "or the whole span of time"
        )
    if word := spans.ends_leading_in(blank):
        return (
            f"ends on {quoted(word)}, which opens the words after the blank: blank a whole phrase, "
            "not the start of the next clause"
        )
    if adverb := spans.bare_adverb(blank):
        return (
            f"is a bare adverb ({quoted(adverb)}) that many words could replace: "
            "blank the term or the quantity the sentence is about"
        )
    return ""


def _list_item(view: View, facts: DeckFacts) -> Iterator[Hit]:
    for review, blank in view.blanks:
        if "," not in blank.before[-120:] and "," not in blank.after[:120]:
            continue  # a list of three or more has a comma
        items = spans.list_items(blank)
        if items:
            yield Hit(
                "list-item",
                f"{describe_blank(review, blank.answer)} is one item of a list of {len(items)} "
                f"({quoted(', '.join(items), 50)}): the other items do not pin it down; blank what the list is "
                "about (its category or its count), or ask for this item by what sets it apart",
            )


def _operand(blank: spans.Blank) -> str:
    if not quantities.is_operand(blank):
        return ""
    return (
        "is an operand of a computation the card shows: blank the result, or the claim the computation "
        "makes, not a number the learner must copy"
    )


# a count, maybe a word that describes what it counts, then the blank: "59 named [victims]", "Six [deaths]"
# (not "a thousand small [checklists]": a round figure said with "a" is a way of speaking, not a count)
_COUNT_BEFORE = re.compile(r"(?<![\w.,])(?<!\ba )(?!1[0-9]{3}\b|20[0-9]{2}\b)(?P<count>\S+)\s+(?:[a-z]+\s+)?$")


def _counted_noun(blank: spans.Blank) -> bool:
    """A plural noun blanked alone right after the number that counts it ("identified 59 named
    [victims]"): the number is the fact, and the noun is what any reader fills in."""
    answer = blank.answer.strip()
    count = _COUNT_BEFORE.search(blank.before[-40:])
    if count is None or not quantities.NUMBER_END.search(count.group("count")) or len(blank.words) > 1 or not answer.islower():
        return False
    head = blank.words[-1].lower()
    return head.endswith("s") and "NOUN" in lookup(head)


def _unit_only(blank: spans.Blank) -> str:
    if _counted_noun(blank):
        return "is what the number before it counts: blank the number with it, which is the fact"
    if not quantities.is_unit_only(blank):
        return ""
    if not quantities.NUMBER_END.search(blank.before[-30:]):
        return "is a unit with no number: blank what is measured or counted instead"
    return "is the unit while its number shows: blank the number with its unit, or the number alone and leave the unit visible"


def _incidental_date(view: View, facts: DeckFacts) -> Iterator[Hit]:
    for review, blank in view.blanks:
        if not quantities.is_date(blank):
            continue
        # The claim must be visible in every review: a quantity blanked too is asked already. A date in a
        # clause of its own ("before it ran out of fuel in 2018") is that clause's claim.
        sentence = spans.clause(blank)
        for d in view.deletions:
            sentence = sentence.replace(d.answer, "[...]")
        claim = quantities.claim_quantity(sentence)
        if claim:
            yield Hit(
                "incidental-date",
                f"{describe_blank(review, blank.answer)} is a date, while the sentence's claim is the quantity "
                f"{quoted(claim)}: blank that quantity instead and leave the date as context",
            )


def _idiom(blank: spans.Blank) -> str:
    if not (phrase := spans.set_phrase(blank)):
        return ""
    if phrase.lower() == blank.answer.strip().lower():
        return f"is the set phrase {quoted(phrase)}, a figure of speech, not the fact: blank a word the fact is about"
    return f"is a word of the set phrase {quoted(phrase)}, which the other words give away: blank a word the fact is about"


_INTENSIFIERS = words.wordset("very really truly absolutely completely so highly utterly totally most just a an the")
_RECOMMENDATION = re.compile(
    r"\b(recommend\w*|books?|novels?|courses?|apps?|products?|tools?|podcasts?|albums?|films?|movies?|brands?|"
    r"reads?|buy|fan|favou?rites?|loves?|loved|likes?|liked|praise[sd]?|blurb|reviews?|aesthetic|resources?)\b",
    re.I,
)


def _trivia(view: View, facts: DeckFacts) -> Iterator[Hit]:
    card = view.card
    context = " ".join((view.shown.text, card.source.section, *card.tags))
    for review, blank in view.blanks:
        lowered = [w.lower() for w in blank.words]
        praise = [w for w in lowered if w in spans.PRAISE]
        if not praise or not all(w in spans.PRAISE or w in _INTENSIFIERS for w in lowered):
            continue
        if _RECOMMENDATION.search(context):
            yield Hit(
                "trivia",
                f"{describe_blank(review, blank.answer)} is a word of praise in a recommendation: ask what was "
                "recommended and why (the idea it carries), not the adjective of a blurb",
            )


# the number that only identifies a document or a thing: "US patent, number [3,043,625]", "serial [4417]"
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:patent|serial|registration|catalogue|catalog|part|licen[cs]e|accession|inventory|telephone|phone)"
    r"(?:,?\s+(?:number|no\.))?\s*$|\bISBN\s*$",
    re.I,
)
_CODE = re.compile(r"[\w./-]*\d[\w,./-]*")


def _identifier(blank: spans.Blank) -> str:
    if not _CODE.fullmatch(blank.answer.strip()) or not _IDENTIFIER_BEFORE.search(blank.before[-40:]):
        return ""
    return "is a number that only identifies a document or a thing: ask what it is or does, not its number"


def shown_by(find: Callable[[spans.Blank], str], says: str) -> Callable[[spans.Blank], str]:
    """A blank's problem from a finder of what in the prompt gives it away: `says` is the message, with
    '{}' where what was found goes, quoted."""

    def problem(blank: spans.Blank) -> str:
        found = find(blank)
        return says.format(quoted(found)) if found else ""

    return problem


_OTHER_UNIT = "is shown beside it in another unit ({}): remove the conversion from the prompt, or blank both in one deletion"
# values the prompt shows that give a blanked value away, with how to mend the card
_WORKED_OUT: tuple[tuple[Callable[[spans.Blank], str], str], ...] = (
    (quantities.other_unit_twin, _OTHER_UNIT),
    (quantities.dimensions_twin, _OTHER_UNIT),
    (quantities.rounding_twin, "is the same figure as {}, which the prompt shows rounded or exact: remove one of the two, or blank both in one deletion"),
    (quantities.multiple_shown, "is the ratio of two values the prompt shows ({}): blank one of the values, or the multiple with them"),
    (quantities.product_shown, "follows from the value {} and the multiple the prompt shows: blank the multiple, or remove the other value"),
    (quantities.count_ratio_shown, "can be worked out from the counts, or the count and the multiple, that the prompt shows ({}): blank a count with its multiple, or remove one of them"),
    (quantities.rate_product_shown, "is the product or the quotient of two numbers the prompt shows, one a rate ({}): blank the rate, or remove one of the others"),
    (quantities.share_twin, "is the same share as {}, which the prompt shows: remove one of the two, or blank both in one deletion"),
    (quantities.sum_shown, "is the sum or the difference of two values the prompt shows ({}): blank one of those instead"),
    (quantities.result_shown, "is what the sum right before it works out ({}): leave the sum out, or blank one of its numbers"),
    (quantities.change_shown, "follows from a value and a percentage the prompt shows ({}): blank the percentage instead"),
    (quantities.percent_of_shown, "is a share, or the whole, of values the prompt shows with their percentage ({}): blank what the example shows, not one of its numbers"),
    (quantities.period_shown, "can be read off the year the prompt shows ({}): blank that year instead, or remove it"),
    (quantities.unit_symbol_shown, "is the unit whose symbol the prompt shows ({}): blank the value with its unit instead"),
    (quantities.prefix_count_shown, "is the count the prefix of {} says: blank what that word means, or the word itself"),
    (quantities.next_ordinal_shown, "is next to the ordinal the prompt pairs it with ({}): blank both, or ask what the period was known for"),
    (quantities.year_after_span_shown, "is the year the prompt shows ({}) moved by its span of years: blank that year or the span instead"),
    (quantities.complement_shown, "is what the other share the prompt shows ({}) leaves of the whole: blank one share and leave the other out"),
    (quantities.years_between_shown, "is the time between two years the prompt shows ({}): blank one of the years instead"),
    (quantities.series_shown, "is the step between or next to steps the prompt shows ({}): blank what the scale says, not its step"),
    (quantities.progression_shown, "continues the evenly spaced values the prompt shows ({}): ask what one value means, or blank the whole run"),
    (quantities.share_rest, "is what the other shares the prompt shows ({}) leave of 100 percent: blank one share and show no rest, or ask the largest"),
    (quantities.doubled_shown, "follows from the value and the change the prompt shows ({}): blank the change, or one value with the other removed"),
    (quantities.rate_twin, "is the same rate as {}, shown per another unit of time: blank one of the two, or remove the other"),
    (quantities.total_of_rate_shown, "is the rate times the time the prompt shows ({}): blank the rate or the time instead"),
    (quantities.speed_shown, "is the distance over the time the prompt shows ({}): blank one of those instead"),
    (
        quantities.listed_parts_shown,
        "is what the parts the prompt lists after its colon, or the total and the other parts, work out ({}): blank the total with no parts shown, or ask what the parts are",
    ),
    (quantities.items_counted, "counts the items the prompt lists after it ({}): ask what the list is of, or leave the list out"),
    (quantities.letters_counted, "counts the things the run of letters beside it names ({}): ask what the letters stand for, or leave them out"),
    (quantities.yearly_count_shown, "is one a year of the run of years the prompt shows ({}): blank the run, or the count with the run removed"),
    (quantities.one_after_shown, "counts the tries before the one the prompt names after it ({}): blank that one's outcome, or leave the ordinal out"),
    (quantities.record_shown, "is one less than the ordinal the prompt shows ({}), the count that broke it: blank the ordinal, or the record with it removed"),
    (quantities.digits_shown, "is the number the prompt writes another way ({}): blank that instead, or remove one of the two"),
    (quantities.month_shown, "is of the month the prompt shows with a day and no year ({}): blank the full date there, or ask the year alone"),
    (quantities.parts_shown, "is the whole, or one of the equal parts, of what the prompt shows ({}): blank the whole with its parts left out, or ask how the whole is split"),
)  # fmt: skip
_RANGE_END = "is one end of the range {}, whose other end shows and narrows the guess: blank the whole range"


# the two halves of a pair with nothing between them: with one shown, the other is the answer
_PAIRS = dict(
    pair
    for a, b in (
        ("northern", "southern"), ("eastern", "western"), ("upper", "lower"), ("inner", "outer"), ("left", "right"),
        ("male", "female"), ("clockwise", "counterclockwise"), ("clockwise", "anticlockwise"), ("inbound", "outbound"),
        ("incoming", "outgoing"), ("arteries", "veins"), ("artery", "vein"), ("north", "south"), ("east", "west"),
        ("maximum", "minimum"), ("ascent", "descent"), ("positive", "negative"), ("imports", "exports"),
        ("anode", "cathode"), ("input", "output"), ("inhale", "exhale"), ("sunrise", "sunset"),
        ("eastbound", "westbound"), ("northbound", "southbound"), ("upstream", "downstream"), ("uphill", "downhill"),
        ("doubles", "halves"), ("doubled", "halved"), ("double", "halve"), ("increases", "decreases"),
        ("increased", "decreased"), ("widens", "narrows"), ("widened", "narrowed"), ("expands", "contracts"),
    )
    for pair in ((a, b), (b, a))
)  # fmt: skip
# the ends of a scale, a pair only as the first part of a compound: "[high-pitched]" beside "low-pitched"
_SCALE_ENDS = {"high": "low", "low": "high", "warm": "cold", "cold": "warm", "short": "long", "long": "short", "fast": "slow", "slow": "fast"}
# halves of a pair only where they describe one thing: "four on each front foot and three on each [hind
# foot]", "solar and [lunar eclipses]"; not "three toes on its [hind feet]; ... the front limbs"
_PAIRED_BEFORE_A_NOUN = {"front": "hind", "hind": "front", "solar": "lunar", "lunar": "solar"}


# the other end of a comparison said beside it: "cooler and [hotter nests]", "[higher] or lower"
_OPPOSITE_COMPARATIVES = {
    "hotter": "cooler|colder", "warmer": "cooler|colder", "cooler": "warmer|hotter", "colder": "warmer|hotter",
    "higher": "lower", "lower": "higher", "larger": "smaller", "bigger": "smaller", "smaller": "larger|bigger",
    "longer": "shorter", "shorter": "longer", "faster": "slower", "slower": "faster", "older": "younger",
    "younger": "older", "heavier": "lighter", "lighter": "heavier", "deeper": "shallower", "shallower": "deeper",
    "wider": "narrower", "narrower": "wider", "earlier": "later", "later": "earlier", "wetter": "drier", "drier": "wetter",
}  # fmt: skip


def _opposite_beside(blank: spans.Blank) -> str:
    """'cooler and [hotter nests]': one end of a comparison joined by 'and' or 'or' to its other end; ''."""
    first = blank.words[0].lower() if blank.words else ""
    other = _OPPOSITE_COMPARATIVES.get(first)
    if other is None:
        return ""
    before = re.search(rf"\b({other})\s+(?:and|or)\s+$", blank.before, re.I)
    after = re.match(rf"\s+(?:and|or)\s+({other})\b", blank.after, re.I)
    shown = before or after
    if shown is None:
        return ""
    return f"opens on {quoted(blank.words[0])}, the other end of {quoted(shown.group(1))} beside it: blank what the two ends lead to instead"


def _other_half(blank: spans.Blank) -> str:
    """'counterclockwise in the [Northern Hemisphere] and clockwise in the Southern': one half of a
    pair blanked while the other half shows."""
    first = blank.words[0].lower() if blank.words else ""
    other = _PAIRS.get(first)
    half, _, rest = first.partition("-")
    if other is None and rest and (half in _PAIRS or half in _SCALE_ENDS):
        other = f"{_PAIRS.get(half) or _SCALE_ENDS[half]}-{rest}"  # "[high-pitched]" beside "low-pitched"
    if other is None and first in _PAIRED_BEFORE_A_NOUN and len(blank.words) > 1:
        other = rf"{_PAIRED_BEFORE_A_NOUN[first]}\s+(?:and|or|{re.escape(blank.words[1][:4])})"
    if not other or not re.search(rf"\b{other}\b", f"{blank.before} {blank.after}", re.I):
        return ""
    return f"opens on {quoted(blank.words[0])}, one of a pair whose other half ({quoted(other)}) the prompt shows: blank what differs between them instead"


# a species' Latin name in brackets, right after the blank or around it
_LATIN_AFTER = re.compile(r"^\s*\(([A-Z][a-z]+|[A-Z]\.) ([a-z]+)\)")
_COMMON_BEFORE = re.compile(r"((?:[\w'-]+\s+){0,2}[\w'-]+)\s*\(\s*$")
SPELLED_PREFIX = 5  # letters a common name and a Latin one share for one to spell out the other: "pharaoh", "pharaonis"


def _latin_twin(blank: spans.Blank) -> str:
    """'[pharaoh cuttlefish] (Sepia pharaonis)': a common name blanked beside the Latin name that spells
    it, or the Latin name blanked in brackets after the common name it spells."""
    latin = _LATIN_AFTER.match(blank.after)
    if latin is not None:
        pairs = [(a, b) for a in blank.words for b in latin.groups()]
    else:
        common = _COMMON_BEFORE.search(blank.before) if blank.after.startswith(")") else None
        if common is None:
            return ""
        pairs = [(a, b) for a in common.group(1).split() for b in blank.words]
    for a, b in pairs:
        a, b = a.lower().strip(".'"), b.lower().strip(".'")
        if len(a) >= SPELLED_PREFIX and len(b) >= SPELLED_PREFIX and a[:SPELLED_PREFIX] == b[:SPELLED_PREFIX]:
            return f"is spelled out by the Latin or common name beside it ({quoted(latin.group() if latin else a)}): blank the fact, or leave one of the names out"
    return ""


PLACED_NOUN_ZIPF = 4.9  # "sun", "ground", "wall" and "night" reach it; "towers", "outlet" and "stem" are terms
_PLACE_BEFORE = re.compile(
    r"\b(?:in|on|at|from|into|onto|to|of|by|with|for|under|over|near|behind|through|across|along|around)\s+the\s+$", re.I
)


def _everyday_place(blank: spans.Blank) -> str:
    """One everyday noun after a preposition and 'the' ("turns red in the [sun]", "look even from the
    [ground]"): where or what part, which any reader fills in; ''."""
    answer = blank.answer.strip()
    if len(blank.words) != 1 or not answer.islower() or words.zipf(answer) < PLACED_NOUN_ZIPF:
        return ""
    place = _PLACE_BEFORE.search(blank.before)
    if place is None:
        return ""
    return (
        f"is an everyday noun after {quoted(place.group().strip())}, which most readers fill in without "
        "recalling the fact: blank the term, the number or the name the sentence is about"
    )


_ANY_BEFORE = re.compile(r"\b(?:than|in|of)\s+any(?:\s+other)?\s+$", re.I)


def _comparison_class(view: View, facts: DeckFacts) -> Iterator[Hit]:
    """The plain noun a record is measured against ("the lowest recorded in any [mammal]", "higher than
    in any other [mammal]"): the sentence's claim is the record, and the class is what the topic already
    is. A quote's contrast is its point ("did more for sailors than any [admiral]")."""
    if view.quote:
        return
    for review, blank in view.blanks:
        answer = blank.answer.strip()
        if len(blank.words) > 2 or not answer.islower() or any(c.isdigit() for c in answer):
            continue
        if _ANY_BEFORE.search(blank.before):
            yield Hit(
                "trivial-blank",
                f"{describe_blank(review, blank.answer)} is the class the record is measured in, which the "
                "topic already names: blank the record itself",
            )


BLANK_CHECKS: tuple[Check, ...] = (
    per_blank("half-term", _half_term_problem),
    _list_item,
    per_blank("operand", _operand),
    per_blank("unit-only", _unit_only),
    _incidental_date,
    per_blank("idiom", _idiom),
    per_blank("trivial-blank", _everyday_place),
    _comparison_class,
    _trivia,
    per_blank("trivia", _identifier),
    *(per_blank("give-away", shown_by(find, says)) for find, says in _WORKED_OUT),
    per_blank("give-away", _other_half),
    per_blank("give-away", _opposite_beside),
    per_blank("give-away", _latin_twin),
    per_blank("give-away", shown_by(quantities.range_partner, _RANGE_END), Severity.WARNING),
)
