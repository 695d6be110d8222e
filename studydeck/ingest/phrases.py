"""Phrases worth a blank: a sentence -> whole phrases (defined and marked terms, quantities, dates, names,
noun phrases), each with what salience needs to know about it.

A blank is always one of these phrases, so it is never half a term or a name, a bare verb or
adjective, a unit without its number, or a word of a set phrase.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..language import tags, words
from ..language.closed import NUMBER_VALUES, NUMBER_WORDS
from ..language.context import (
    ASPECT_VERBS,
    DOCUMENTS,
    FROM_THEN,
    GIVEN_AND_NICKNAME,
    IRREGULAR_PAST,
    LENGTH_UNIT,
    LINKING_VERBS,
    MONTHS,
    OBJECT_PRONOUNS,
    PAST_ONLY,
    PEOPLE_PLURALS,
    POSSESSIVES,
    REGION_WORD,
    ROLES,
    SIZE_JOIN,
    SPANS_OF_TIME,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
    WEEKDAYS,
    by_trade,
    participle_form,
)
from ..language.lexicon import lookup, name_only, peoples_adjective
from ..lint.spans import GENUS_INITIAL, HEDGE, PARTICLES, SET_PHRASE, amount, is_year, unit_dimension

# a power of ten goes with its number: "10^120", "6.626 × 10⁻³⁴", "1.5 x 10^8"
_POWER = r"(?:\^[-\u2212]?\d+|[\u207b\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)"
# ... and a fraction is one number, with its whole number if any: "a [1/4-inch] seam", "[12 1/16 inches]"
_NUMBER = rf"(?:(?:(?:\d+\s)?\d+/\d+(?![\d/])|\d+(?:[.,]\d+)*|\d*\.\d+)(?:\s*[\u00d7x]\s*10{_POWER}|(?<=10){_POWER})?)"
# what may follow "double" or "triple" when it is an amount ("double the dose"), not a noun's adjective
# ("a double helix", "its triple helix")
_NOT_A_NOUN = r"(?:the|a|an|its|their|his|her|that|this|these|those|in|on|at|by|for|from|to|every|each|and|or|over|within|again)\b"


def _either(names: list[str]) -> str:
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"  # the longest first: "fourteen", not "four"


_DIGIT_WORD = _either([w for w, n in NUMBER_VALUES.items() if 0 < n < 10])
_TENS_WORD = _either([w for w, n in NUMBER_VALUES.items() if n >= 20])
_ONES_WORD = _either([w for w, n in NUMBER_VALUES.items() if 0 < n < 20])
ANY_NUMBER_WORD = _either(list(NUMBER_VALUES))  # "eighteen", "eight", "zero": any count in words
_HUNDREDS_OF = _either([w for w, n in NUMBER_VALUES.items() if 1 < n < 20 and n != 10])  # "fifteen hundred eggs"
_NUMBER_WORD = (
    rf"(?:(?:{_HUNDREDS_OF}|one|a) hundred and (?:{_TENS_WORD}-{_DIGIT_WORD}|{_TENS_WORD}|{_ONES_WORD})"  # "three hundred and thirty"
    rf"|(?:a few|several|a couple of|{_HUNDREDS_OF}) hundred|{_TENS_WORD}-{_DIGIT_WORD}|{_ONES_WORD}|{_TENS_WORD}"
    r"|hundred|a hundred|a thousand|an? (?:million|billion|trillion|quadrillion|quintillion)|(?:half )?a dozen|half a (?:hundred|thousand|million|billion)"
    r"|dozens|hundreds|thousands|millions|billions|a few|several)"
)
_FRACTION = (
    r"(?:(?:a|one|two|three)[ -](?:half|third|quarter|fifth|tenth|hundredth)s?"
    r"|(?:two|three)-(?:thirds|quarters|fifths|tenths)|half|a half)"
)
_SCALE = r"(?:\s+(?:thousand|million|billion|trillion|quadrillion|quintillion))?"
# what a rate is per, after 'a', 'an' or 'every' ("14 hours a day"; not "10 hours a full transit takes")
_PER_WHAT = (
    r"(?:day|week|month|year|hour|minute|second|night|decade|century|person|head|litre|liter|kilogram|pound"
    r"|ounce|metre|meter|mile|kilometre|kilometer|acre|hectare|season|generation|dose|visit|flight)"
)
# the plural a count counts, and the words that may follow it: "[3 eggs] in", "[40 people],"
_COUNTED_PLURAL = r"(?-i:[a-z]{2,}[^\Wius]s|people|children|men|women|cattle|sheep)\b(?!['\u2019])"
_AFTER_A_COUNT = "of|in|per|are|were|to|from|for|with|and|or|that|which|who"
_COUNT_PER = rf"(?:\s+(?:a|an|every)\s+{_PER_WHAT}\b)?"  # what a count is per: "[a thousand rodents a year]"
_UNIT = (
    r"(?:%|\s?\u00b0\s?(?:[CFNSEW]|Brix|Bx|Plato|API)\b|\s*(?:percent|per cent)\b|\s?(?:km/h|mph|m/s|km/s|(?:mg|g|\u00b5g|mmol)/(?:dL|L|ml)|[kMGTP]?bit/s|[kMGT]bps|[kMGT]B/s)(?![\w/])"
    r"|[ -](?:times\b(?:\s+(?:a|an|per|every)\s+" + _PER_WHAT + r"\b)?|(?:fold|x)\b|(?:[a-z]+[ -])?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?"
    r"|decades?|centuries|am|pm|metres?|meters?|centimetres?|centimeters?|millimetres?|kilometres?|kilometers?|km|cm|mm"
    r"|nm|\u00b5m|nanometres?|nanometers?|micrometres?|micrometers?|microns?"
    r"|m|kg|g|mg|grams?|kilograms?|pounds?|ounces?|tons?|tonnes?|t|miles?|feet|foot|inch(?:es)?|calories|kcal|degrees|hz|khz|mhz|ghz|(?:kilo|mega|giga)?hertz|ms|bits?|bytes?"
    # units named after people only in lower case: "founded in 1893 in Newton" is no force
    r"|(?-i:watts?|kelvins?|joules?|newtons?|pascals?|ohms?)|kw|mw|gw|kwh|kilowatts?|megawatts?|gigawatts?|terawatts?|volts?|kv|amps?|amperes?|k|kj|hpa|decibels?|db"
    r"|ml|millilitres?|milliliters?|litres?|liters?|gallons?|pints?|quarts?|fl oz|bar|bars|psi|kpa|atmospheres?"
    r"|km\u00b2|km2|m\u00b2|m\u00b3/s|m\u00b3(?!/)|km\u00b3|square (?:kilometres|kilometers|miles|metres|meters)|yards?|pounds?-force|lbf|kn"
    r"|parts per (?:thousand|million|billion)|ppm|ppb"
    # "72 Hz per mile per hour", "9.8 metres per second per second": a rate of a rate is one unit
    r")\b(?:\s+(?:per\s+(?:square\s|cubic\s)?[a-z]+(?:\s+per\s+[a-z]+)?|(?:a|an|every)\s+" + _PER_WHAT + r")\b)?)"
    r"|\s(?:(?-i:[A-Z])[a-z]+\s|(?-i:[a-z]{3,})\s(?=[a-z]{3,}s\s+(?:that|which|who)\b))?(?:[a-z]+-)?"
    + _COUNTED_PLURAL
    + r"(?:\s+per\s+(?:square|cubic)\s+[a-z]+\b)?"  # "a million hairs per square inch": a density, one value
    + _COUNT_PER  # "[300 mice a year]": a rate
    + rf"(?=\s+(?:{_AFTER_A_COUNT})\b|[,.;:)]|$))"
)
# a number word's count: the plural it counts, after one modifier, before a preposition or a clause
# ("[ten round trips] between", "[three large eggs] in"); a bare number word is no amount
_WORD_COUNTED = (
    rf"\s(?:(?-i:[a-z]{{3,}})\s)?(?:[a-z]+-)?{_COUNTED_PLURAL}{_COUNT_PER}"
    rf"(?=\s+(?:{_AFTER_A_COUNT}|across|between|over|on|at|into|through"
    r"|during|after|before|around|along|within|under|toward|towards|against|among|each|apiece)\b|[,.;:)]|$)"
)
# "82°17'S", "51°30′ N", "2°20'14\"": a latitude, a longitude or an angle with its minutes is one value
_COORDINATE = r"\d{1,3}\s?\u00b0\s?\d{1,2}(?:[.,]\d+)?\s?['\u2019\u2032](?:\s?\d{1,2}(?:[.,]\d+)?\s?[\"\u201d\u2033])?(?:\s?[NSEW]\b)?"
ONE_UNIT = r"(?:second|minute|hour|day|night|week|month|year|decade|century|metre|meter|kilometre|kilometer|mile|litre|liter)"
# units that a hedge sizes one of: "in under [a millisecond]", "well over [a tonne]"
_HEDGED_UNIT = (
    rf"(?:{ONE_UNIT}|millisecond|microsecond|millimetre|millimeter|centimetre|centimeter|foot|inch|tonne|ton|kilogram"
    r"|gram|pound|(?:pico|nano|micro|milli|kilo|mega|giga)?(?:farad|volt|amp|ampere|watt|joule|hertz|ohm|newton|pascal))"
)
# "$5", "US$37,500", "A$2 million": a currency's sign, with the country's letters before a dollar
_MONEY = r"(?:(?:(?:US|A|C|NZ|HK|S)(?=\$))?[$\u00a3\u20ac]\s?" + _NUMBER + _SCALE + r"(?:\s+(?:an?|per)\s+[a-z]+)?)"
# "-40 °C", "-850 to -1,760 nT": a minus sign after a space opens a value, not a range's second half
_SIGN = r"(?:(?<=[\s(])[-\u2212](?=\d))?"
# the sizes of one thing ("34 by 18 by 9 centimetres"), one value; "10x to 40x": a magnification
_DIMENSIONS = (
    rf"{_NUMBER}(?:{SIZE_JOIN}{_NUMBER}){{1,2}}\s?{LENGTH_UNIT}"
    r"|\d+(?:\.\d+)?x(?:\s*(?:-|\u2013|to)\s*\d+(?:\.\d+)?x)?(?!\w)"
)
# "15 or 30 inches", "365 million to 988 million"
_RANGE = rf"{_SIGN}{_NUMBER}(?:{_SCALE}\s*(?:-|\u2013|to|and)\s*{_SIGN}{_NUMBER}|\s+or\s+{_NUMBER}(?=\s*{_UNIT}))?"
_WORD_RANGE = rf"{_NUMBER_WORD}(?:\s+(?:or|to)\s+{_NUMBER_WORD})?{_SCALE}"
QUANTITY = re.compile(
    # "two and a half years", "3 and a half hours": a whole and a half, with its unit
    rf"(?<![\w.$:-]){HEDGE}(?:(?:{_NUMBER_WORD}|\d+)\s+and\s+a\s+half(?:\s+{ONE_UNIT}s|\s+(?:thousand|million|billion|trillion)\b(?:{_UNIT})?)?"
    # "a metre and a half a day", "an hour and a half": one unit and a half, with what it is per
    rf"|(?:an?|one)\s+{ONE_UNIT}\s+and\s+a\s+half(?:\s+(?:a|an|per)\s+{_PER_WHAT}\b)?"
    # "[a few hundredths of a millimetre]": a small part of one unit, whole
    rf"|(?:(?:a\s+few|several|many|a|one|two|three|\d+)\s+(?:tenths|hundredths|thousandths|millionths)|an?\s+(?:small\s+|tiny\s+)?fraction)\s+of\s+(?:an?\s+)?{_HEDGED_UNIT}"
    # "tune it [at least once a year]", "[three times a week]": how often, whole
    rf"|(?:once|twice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:a|an|per|every)\s+(?:{ONE_UNIT}|night|season)\b"
    rf"|{_DIMENSIONS}|{_COORDINATE}|\d+ (?:miles|feet|ft|pounds|lb|hours|h|minutes|min) (?:and )?\d+ (?:yards|inches|in|ounces|oz|minutes|min|seconds|s)\b|[a-z0-9]+-\s+(?:to|or)\s+[a-z0-9]+-[a-z]+|(?<=only |just )one (?!that|which|who|the|of|thing|things|way|reason)[a-z]{{3,}}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:hours?|h|am|pm|[ap]\.m\.(?=\s|$)))?|{_NUMBER}\s+in\s+{_NUMBER}(?!\s*(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b)|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:three|four|five|six|seven|eight|nine|ten|a\s+hundred|a\s+thousand)\b(?!\s*(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b)|from {_NUMBER} to {_NUMBER}|{_MONEY}|{_RANGE}{_SCALE}(?:{_UNIT})?"
    rf"|{_WORD_RANGE}(?:{_UNIT})|(?:{_TENS_WORD}-{_DIGIT_WORD}|{_ONES_WORD}|{_TENS_WORD}){_WORD_COUNTED}|(?:(?:tens|hundreds) of (?:thousands|millions|billions)|tens|dozens|hundreds|thousands|millions|billions|trillions) of (?:[a-z]+ )?(?!(?:into|in|on|at|to|for|from|with|by|and|or|across|over|under|through|along|around|near|after|before|during|since|that|which|who|were|was|are|is|a|an|the|every|per|well|still|also|only|even|now|then|again|too|already|each)\b)[a-z]+(?:\s+(?:a|per|every)\s+(?:day|week|month|year|hour|minute|second|night))?"
    rf"|(?<!second )(?<!first )(?<!the )(?:twice|half|three times|ten times) as (?:much|many|long|fast|well|often|high)"
    # "[about half a million]", "a quarter of a million": a part of a scale word is one number
    rf"|{_FRACTION}(?:(?:\s+of)?\s+a\s+(?:hundred|thousand|million|billion|trillion)\b)?"
    rf"(?:\s+(?:to|or)\s+{_FRACTION}(?![\w-]))?(?:\s+(?:an?\s+)?(?:metre|meter|kilometre|mile|hour|day|year|litre|liter|kilogram|pound)s?\b)?"
    rf"|\b(?:twice|doubles|doubled|(?:double|triple)(?!\s+(?!{_NOT_A_NOUN})[a-z]{{3,}})|triples|tripled|halve[sd]?|(?:a\s)?(?!un|mani|scaf|blind|en)[a-z]+fold)\b"
    rf"|as (?:much|many|little|few|long|fast|well|often|high|good)(?: (?!(?:of|as|the|a|an|in|to)\b)[a-z]+)(?= as\b)"
    # "[about as well] as the dearest": a hedged likeness is the claim; "only as fast as a horse" has no amount
    rf"|(?:(?<=about )|(?<=nearly )|(?<=almost )|(?<=roughly )|(?<=just ))as (?:well|good|fast|high|often|long)"
    rf"|as (?:well|good|fast|high|often|long)(?! as\b)"
    # "in well [under a second]", "[less than a day]", "[about a day]": one of a unit, with its hedge
    rf"|(?:(?<=under )|(?<=over )|(?<=than )|(?<=within )|(?<=about )|(?<=around )|(?<=roughly )|(?<=nearly )|(?<=almost ))(?:a|an|one) {_HEDGED_UNIT}"
    # "check it [every week or so]", "[every week or two]": how often
    rf"|(?<=every )(?:other )?(?:{ONE_UNIT}|night|morning|evening)(?: or (?:so|two|three))?"
    rf")(?![\w-]|:\d|[.,]\d)",  # never half a number: "[2],800-foot"
    re.I,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR_DIGITS = r"(?:1[0-9]|20)\d\d"  # a year of four digits, 1000 to 2099
_YEAR = rf"{_YEAR_DIGITS}(?:s|\u2013\d\d|-\d\d\d?\d?)?"
_ORDINAL_WORDS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    "|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first"
)
_DECADES = r"(?:1[0-9]|20)\d0s\s+(?:and|to|or)\s+['\u2019]?\d0s"  # "the 1940s and '50s": one span of time
# "the first century BCE", "the 8th century", "the late 19th century" (not "19th-century glass": a modifier)
_CENTURY = rf"(?:(?:early|late|mid)[ -])?(?:{_ORDINAL_WORDS}|\d{{1,2}}(?:st|nd|rd|th)) century(?:\s+(?:BCE|CE|BC|AD))?"
# "280 BC", "30-15 BC", "AD 125": a year of an era, with its era (a date may span days: "10-11 May 1996")
_ERA_YEAR = r"\d{1,4}(?:[-\u2013]\d{1,4})?\s(?:BCE|BC|CE|AD)(?![\w])|(?:AD|CE)\s\d{1,4}(?!\d)"
# "Thursday 4 October 1582 was followed by [Friday 15 October]": the weekday is part of its date
_WEEKDAY = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=(?:\d{{1,2}}\s+)?(?:{_MONTHS})\b))?"
# "from [November 1846 to March 1847]": a span of months is one date, not two ends to blank apart
_MONTH_SPAN = rf"(?:{_MONTHS})(?:\s+\d{{4}})?\s+(?:to|and|until)\s+(?:{_MONTHS})\s+\d{{4}}"
DATE = re.compile(
    rf"\b{_WEEKDAY}(?:{_MONTH_SPAN}|{_CENTURY}|{_ERA_YEAR}|(?:\d{{1,2}}(?:[-\u2013]\d{{1,2}})?\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}},?)?\s+(?:\d{{4}}|\d{{1,4}}\s(?:BCE|BC|CE|AD)(?![\w]))|{_DECADES}|{_YEAR}(?:\s+(?:and|to)\s+{_YEAR})?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?!\d))\b"  # "on 6 April", "on April 6": a day without its year
)
# "a gap astronomers call the radius valley", "an event now called the Nixon shock", "coined the term keystone species",
# "called the process osseointegration", "called these machines boneshakers" (the kind of thing named, or
# the thing, is no part of the name); not the noun
# "call" ("the referee's call is disputed"), nor a number ("long called 2,000 years old"); the name ends
# before "than" ("better known as [mathematicians] than as builders")
DEFINED = re.compile(
    r"\b(?:(?:is|are|was|were|now|be)\s+)?(?:called|(?<!['\u2019]s\s)(?<!\bthe\s)(?<!\ba\s)calls?|known as|nicknamed|dubbed|termed|named|coined the (?:term|word)"
    r"|the term)\s+(?:(?:it|them)\s+|(?:this|that|these)\s+(?=(?:the|an?)\s)|(?:this|that|these|those)\s+(?:(?!(?:of|the|an?)\b)[a-z]+\s+){1,2}(?=[\"\u201c']?[\w-]+[\"\u201d']?(?:[,.;:)]|$|\s+(?:because|after|for|when|which|until|since)\b))|the\s+(?:process|method|technique|effect|phenomenon|practice|condition)\s+(?!of\b))?(?:the\s+|an?\s+)?[\"\u201c']?(?P<term>(?:(?:St|Mt|Ft|Mr|Mrs|Ms|Dr)\.\s)?(?!\d)(?!(?:after|for|of|as|in|on|at|by|from|with|to|into|about|during|until|before|when|and|or|but|out|up|off|back)\b)[\w'\u2019-]+(?:[ -][\w'\u2019-]+){0,3}?)[\"\u201d']?"
    r"(?=\s+(?:for|because|after|before|when|while|and|or|but|so|in|by|to|which|that|even|though|although|since|as|if|unless|until|once|on|at|with|from|into|than)\b"
    r"|[,.;:)]|$)",
    re.I,
)
_QUOTED = re.compile(r"[\"\u201c](?P<a>[^\"\u201c\u201d\n]{2,60})[\"\u201d]|(?<![\w])'(?P<b>[^'\n]{2,40})'(?![\w])")
_OPERATOR = re.compile(r"^\s*[+*/\u00d7=\u2212^]|^\s+-\s+\d")
_RESULT_CUE = re.compile(r"(?:evaluates to|equals|gives|adds up to|comes to|totals|=|is)\s*$")
_ADDS_UP = re.compile(r"\s+(?:that\s+|which\s+)?(?:adds? up to|comes? to|totals?)\b")


WINDOW = 80  # characters around a phrase its rules look at: enough for a few words, and linear in a long text


def after(text: str, at: int) -> str:
    """The few words from `at` on."""
    return text[at : at + WINDOW]


def before(text: str, at: int) -> str:
    """The few words before `at`. A cut window starts with NUL, so that '^' never matches where the
    text does not start."""
    return "\x00" + text[at - WINDOW : at] if at > WINDOW else text[:at]


class Kind(str, enum.Enum):
    DEFINED = "defined"  # the term a sentence defines or names
    QUOTED = "quoted"  # a term the notes put in quotes
    QUANTITY = "quantity"
    DATE = "date"
    NAME = "name"
    TERM = "term"  # a noun phrase


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    kind: Kind
    in_list: bool = False  # one item of a list of three or more
    incidental: bool = False  # an operand, a value repeated in another unit, a date beside the claim
    claim_date: bool = False  # a date that is what the sentence states ("announced in 1995")


# a term in French, Italian or Spanish, in lower case: "una corda", "liqueur de tirage", "blanc de
# noirs", "gravicembalo col piano e forte"; the particles are no English words
_FOREIGN_PARTICLE = r"(?:de|di|du|des|del|della|delle|col|con|e|et|y|al|alla|à)"
_FOREIGN_TERM = re.compile(
    r"(?<![\w-])(?:(?:una|un|il|le|la|les|el|los|las)\s+(?=[a-zà-ÿ]{3,}\b(?!\s+(?:is|was|are|were)\b)))?"
    rf"[a-zà-ÿ]{{2,}}(?:\s+{_FOREIGN_PARTICLE}\s+[a-zà-ÿ]{{2,}}(?:\s+[a-zà-ÿ]{{2,}}(?=\s+{_FOREIGN_PARTICLE}\s))?)+(?![\w-])"
    r"|(?<![\w-])(?:una|un|il|la|el)\s+[a-zà-ÿ]{3,}(?![\w-])"
)


def _cuts(p: Phrase, a: int, b: int) -> bool:
    """Whether the phrase is a part of the span, or runs across one of its ends."""
    inside = a <= p.start and p.end <= b and (a, b) != (p.start, p.end)
    return inside or p.start < a < p.end < b or a < p.start < b < p.end


_NOUN_PHRASE_NEXT = re.compile(r"(?:\s*\([^)]*\))?\s+(?:a|an|the)\s+\w")
_OBJECT_BEFORE = re.compile(r"\b(?:an?|(?:from|to|of|in|on|at|with|by|for|into|between)(?:\s+the)?)\s+$", re.I)


_EPONYM = re.compile(r"\b([a-z][a-z-]{3,}) of ([A-Z][a-z]+)\b(?!\s+[A-Z]|['\u2019])")
EPONYM_NOUN_ZIPF = 3.0  # "ampullae", "islets": a rare noun of a person's name is one term; not "works of Shakespeare"


def _eponym_terms(text: str) -> list[tuple[int, int]]:
    """A rare noun and the person it is named for: "[ampullae of Lorenzini]", "[islets of Langerhans]"."""
    return [(m.start(1), m.end(2)) for m in _EPONYM.finditer(text) if words.zipf(m.group(1)) < EPONYM_NOUN_ZIPF]


def _gapped(text: str, p: Phrase) -> bool:
    """A pair whose second half is the subject of a clause with its verb left out: a noun phrase follows
    it ("from the Missouri River and the Central Pacific | the line east"). After a verb, the pair is
    one object of two ("fined Tesco and Boots a combined 2 million pounds")."""
    if not re.search(r" (?:and|or) ", text[p.start : p.end]) or not _NOUN_PHRASE_NEXT.match(text, p.end):
        return False
    return _OBJECT_BEFORE.search(text[max(0, p.start - 40) : p.start]) is not None


def _with_its_fraction(text: str, term: Phrase) -> Phrase:
    """ "a [1/4-inch seam allowance]": the numerator of a measure that modifies a term is part of it."""
    if text[term.start - 1 : term.start] != "/" or not text[term.start].isdigit():
        return term  # most terms: no regex search over all the text before them
    numerator = re.search(r"(?<![\w/])\d+/$", text[max(0, term.start - 12) : term.start])
    return replace(term, start=term.start - len(numerator.group())) if numerator else term


@functools.lru_cache(maxsize=4096)
def chunks(text: str) -> tuple[Phrase, ...]:
    """Every phrase of the text worth considering as a blank, in text order; overlaps allowed.
    Cached: a sentence is read for its keys, its quote, its title and its lint more than once."""
    found: list[Phrase] = []
    found += _defined(text)
    found += _quoted(text)
    dates = list(_dates(text))
    found += dates
    found += _compound_amounts(text, _quantities(text, dates))
    found += [r for r in _ratios(text) if not any(q.start <= r.start and r.end <= q.end for q in found)]
    designations = _designations(text, dates)
    # "type [1 diabetes]": the number says which type, it counts no diabetes
    found = [q for q in found if q.kind is not Kind.QUANTITY or not any(d.start < q.start < d.end for d in designations)]
    found += designations
    names_found, kinds, placing = _names(text)
    found += _with_firm_suffix(text, [_with_firm_abbreviation(text, p) for p in _with_particles(text, names_found)])
    found += [Phrase(*m.span(), Kind.NAME) for m in _NICKNAMED.finditer(text)]  # 'Georgia "Tiny" Broadwick'
    found += [_with_its_fraction(text, p) for p in _whole_laws(text, _terms(text))]
    foreign = [(m.start(), m.end()) for m in _FOREIGN_TERM.finditer(text)]
    found += [Phrase(a, b, Kind.TERM) for a, b in foreign]
    eponyms = _eponym_terms(text)
    found += [Phrase(a, b, Kind.TERM) for a, b in eponyms]
    idioms = idiom_spans(text)
    items = _list_items(text)
    # "the 1987 Goiânia accident": a year that opens a name is the fact, the name its setting
    dated = [p for p in found if p.kind is Kind.NAME and is_year(text[p.start : p.start + 4]) and text[p.start + 4 : p.start + 5] == " "]
    # ... but after "a", with the name only modifying a noun after it, the year dates one of many:
    # "a 1995 NASA study" sets the scene
    # ... and the year of a document, a prize or a fair only says which one: "under the 1987 Montreal
    # Protocol", "shared the 1988 Nobel Prize": what it was won for, or what the treaty does, is the claim
    years = {(p.start, p.start + 4): not _one_of_many(text, p) and not _a_document(text, p) for p in dated}
    found = [p for p in found if p not in dated and not (p.kind is Kind.DATE and (p.start, p.end) in years)]
    found += [Phrase(a, b, Kind.DATE, claim_date=claim) for (a, b), claim in sorted(years.items())]
    found += [replace(p, start=p.start + 5) for p in dated if _a_document(text, p)]
    names = [p for p in found if p.kind is Kind.NAME]
    # what an acronym's apposition spells out, up to the comma or bracket that closes it
    spelled = [(m.end(), m.end() + len(re.split(r"[,)]", text[m.end() :])[0])) for m in _ACRONYM_SPELLED.finditer(text)]
    spelled += [m.span("x") for m in _EXPANDED_IN_BRACKETS.finditer(text)]  # "LiDAR ([light detection] and ranging)"
    out = []
    # "monosodium glutamate, or MSG", "cellular energy (ATP)": the alias beside it gives it away, and
    # gives away any part of it ("[Bureau of Engraving] and Printing (BEP)")
    aliased = [(p.start, p.end) for p in found if p.kind in (Kind.TERM, Kind.NAME) and _ALIAS_AFTER.match(text, p.end)]
    # ... so the two names are one phrase, either of which answers it: "[monosodium glutamate, or MSG]"
    found += [Phrase(p.start, m.end(), p.kind) for p in found if p.kind in (Kind.TERM, Kind.NAME) and (m := _ALIAS_PAIR.match(text, p.end))]
    titles = _quoted_titles(text)
    works = _authors_works(text)
    if works:
        titles += [title for _, title in works]
        spans = {span for pair in works for span in pair}
        found = [p for p in found if (p.start, p.end) not in spans] + [Phrase(*span, Kind.NAME) for span in sorted(spans)]
    for p in found:
        if p.kind is Kind.TERM and any(_cuts(p, a, b) for a, b in foreign):
            continue  # "the una [corda]", "liqueur de [tirage]": half of a term in another language
        if any(a <= p.start and p.end <= b and (p.start, p.end) != (a, b) for a, b in eponyms):
            continue  # "the ampullae of [Lorenzini]": half of a term named for a person
        if p.kind in (Kind.TERM, Kind.NAME) and re.fullmatch(r"(.+) (?:and|or) \1", text[p.start : p.end]):
            continue  # "defeated Peru and [Bolivia and Bolivia] lost ...": a name said twice joins two clauses
        lead_in = max(0, p.start - 40)
        suspended = re.search(r"(?<![\w-])[\w]+-\s+(?:and|or|to)\s+$", text[lead_in : p.start]) if p.kind in (Kind.TERM, Kind.QUANTITY) else None
        if suspended and "-" in text[p.start : p.end]:
            p = replace(p, start=lead_in + suspended.start())  # "fifth- and [sixth-order lenses]": the first half is half of it
        if p.kind is Kind.TERM and (first := _first_of_two_adjectives(text, p.start)) is not None:
            p = replace(p, start=first)  # "an overheated or [damaged gauze]": both adjectives describe it
        era = re.search(r"\s+(?:of\s+)?\d{1,4}$", text[p.start : p.end]) if p.kind is Kind.NAME else None
        if era and re.match(r"\s(?:BCE|BC|CE|AD)\b", text[p.end :]):
            p = replace(p, end=p.start + era.start())  # "the [Canopus Decree] of 238 BC": the year is a date of its own
        named_word = re.match(r"(?:word|term)\s+", text[p.start : p.end]) if p.kind is Kind.TERM else None
        if named_word and re.search(r"\bthe\s+$", text[: p.start], re.I):
            p = replace(p, start=p.start + named_word.end())  # "The word [toast] goes back to ...": the word, not its kind
        if p.kind in (Kind.TERM, Kind.NAME) and _gapped(text, p):
            continue  # "gives a [blue-green and ferric iron] (Fe³⁺) a yellowish cast": 'and' opens a clause with its verb left out
        if p.kind in (Kind.TERM, Kind.NAME) and any(a <= p.start and p.end <= b and (a, b) != (p.start, p.end) for a, b in titles):
            continue  # '"So Long, It's Been Good to [Know Yuh]"': part of a title is half of it
        if p.kind in (Kind.TERM, Kind.NAME) and any(p.start < a < p.end for a, _ in titles):
            continue  # "[Mary Beard's Pompeii]: The Life of a Roman Town": the author's name runs into the title
        counted = re.match(r"\d[\d,]*\s+(?=[A-Z])", text[p.start : p.end]) if p.kind is Kind.NAME else None
        if counted and re.match(r"\s+[a-z]+s\b", text[p.end :]):
            p = replace(p, start=p.start + counted.end())  # "33 [Silk Road] sites": a count, then the name
        if p.kind in (Kind.TERM, Kind.NAME) and re.search(r"\d,$", text[: p.start]):
            continue  # "5,[000-kilometre corridor]", "12,[000 BTU]": never from inside a number
        if p.kind in (Kind.TERM, Kind.NAME) and any(a <= p.start and p.end <= b for a, b in aliased):
            continue
        if p.kind in (Kind.TERM, Kind.NAME) and _is_alias(text, p):
            continue  # "Ambien (zolpidem)": the name before it gives it away
        acronym = _ACRONYM_END.search(text[p.start : p.end]) is not None
        if acronym and text[p.end : p.end + 1] == ")" and re.search(r"\w\s*\($", text[: p.start]):
            continue  # "chlorofluorocarbons ([CFCs])": the acronym after the words it stands for
        if acronym and _EXPANSION_AFTER.match(text, p.end):
            continue  # "expanded PTFE, or polytetrafluoroethylene", "Small EEG (electroencephalogram)": spelled out
        if p.kind is Kind.TERM and _ACRONYM_BEFORE.search(text[: p.start]):
            continue  # "PTFE, or [polytetrafluoroethylene]": the acronym before it is its short form
        if acronym and _NAME_SPELLED_AFTER.match(text, p.end):
            continue  # "IPBES (Intergovernmental ...)", "COSC, the Contrôle ...": the name beside it spells it out
        if p.kind in (Kind.TERM, Kind.NAME) and any(a <= p.start and p.end <= b for a, b in spelled):
            continue  # "COSC, the [Contrôle Officiel ...]": the acronym before it is its short form
        # ... and a capitalised compound: "chest [X-ray]", "blood [A-type]"
        code = p.kind is Kind.NAME and re.search(r"\d|^[A-Z]-[a-z]", text[p.start : p.end]) is not None
        if code and any(t.kind is Kind.TERM and t.end == p.end and _kind_word(text[t.start : p.start]) for t in found):
            continue  # "vitamin [B12]": a code after a common noun is half of its term
        acronym = p.kind is Kind.NAME and re.fullmatch(r"[A-Z]{2,}", text[p.start : p.end]) is not None
        if acronym and any(t.end == p.end and _MODIFIED_ACRONYM.fullmatch(text[t.start : t.end]) for t in found):
            continue  # "recombinant [DNA]", "messenger [RNA]": the acronym heads a term; alone it is half of it
        if p.kind in (Kind.TERM, Kind.NAME) and re.search(r"\b(?:Prize|Award|Medal|Cup|Trophy) (?:in|for) (?:[A-Z][a-z]+ (?:or|and) )?$", text[: p.start]):
            continue  # "the 2023 Nobel Prize in [Physiology or Medicine]", "... or [Medicine]": the rest of the prize's name
        counted_list = LIST_AHEAD.match(text, p.end) is not None  # "four [golden signals]: latency, ..."
        if p.kind is Kind.TERM and not counted_list and (
            re.search(r"(?:\d\S*|\bper|\bmillion|\bbillion|\bthousand|\bfew|\bseveral|\b" + _NUMBER_WORD + r")\s+$", before(text, p.start))
            or re.match(r"\s+per\s", after(text, p.end))
        ):
            continue  # "per [square inch]", "70 [kg runner]", "[millilitres] per kilogram": a unit
        inside_name = any(n.start <= p.start and p.end <= n.end and (n.start, n.end) != (p.start, p.end) for n in names)
        cuts = any(n.start < p.start < n.end < p.end or p.start < n.start < p.end < n.end for n in names)
        titled = any(n.end == p.end and n.start > p.start and text[p.start : n.start].strip().lower() in ROLES for n in names)
        if p.kind is Kind.TERM and titled:
            continue  # "[Geologist Alex Maltman]": the name is the phrase, its role stays shown
        if p.kind is Kind.TERM and (text[p.start : p.end] in _ERA or cuts):
            continue  # "AD", "Pliny the [Younger's eyewitness letters]", "[repeat C]. difficile": a term that cuts a name
        # "about 10 to 20 seconds a [month]", "120 mg/[dL]": the unit of a quantity is part of it; not the
        # term an incidental count counts ("four [vocal registers]: soprano, alto, ...", "the two [rows of teeth]")
        counts = [q for q in found if q.kind is Kind.QUANTITY and q.start <= p.start and p.end <= q.end]
        if p.kind in (Kind.TERM, Kind.NAME) and any(not (q.incidental and p.kind is Kind.TERM and " " in text[p.start : p.end]) for q in counts):
            continue
        if p.kind is Kind.TERM and any(p.start < q.start < p.end <= q.end for q in found if q.kind is Kind.QUANTITY):
            continue  # "a swath of [seabed several times] wider": a noun runs into the quantity after it
        if p.kind is Kind.TERM and any(p.start <= d.start and d.end <= p.end for d in found if d.kind is Kind.DATE):
            continue  # "Until the [mid-1920s musicians] crowded": a date and a noun are two phrases
        if p.kind in (Kind.TERM, Kind.NAME) and any(d.start <= p.start and p.end <= d.end for d in found if d.kind is Kind.DATE):
            continue  # "the first [century BCE]", "the [8th] century": part of the date
        named = [d for d in found if d.kind is Kind.DEFINED and d.end == p.end and d.start > p.start]
        if p.kind is Kind.TERM and named and re.fullmatch(r"(?:term|word)\s+", text[p.start : named[0].start]):
            continue  # "coined the [word genocide]": what is named, not the word for it
        if p.kind is Kind.TERM and _opens_a_clause(text, p):
            continue  # "invented the [reason people] were willing to ...": the noun after 'reason' is a clause's subject
        if p.kind is Kind.TERM and re.search(r"\bones?$", text[p.start : p.end]):
            continue  # "the perfectly [symmetrical ones]": "ones" stands for a noun said before
        if p.kind is Kind.TERM and (p.start, p.end) in kinds:
            continue  # "the [Therac-25] radiation therapy machine": the name is asked, what kind of thing it is stays shown
        if p.kind in (Kind.TERM, Kind.NAME) and (p.start, p.end) in placing:
            continue  # "Cleveland, [Ohio]": the name that places the one before its comma is half of the pair
        if p.kind in (Kind.QUANTITY, Kind.DATE, Kind.TERM) and inside_name:
            continue  # "HD 209458 b", "Ariane 5", "[Robert J]. Lang": part of the name
        if any(a < p.end and p.start < b for a, b in idioms) and p.kind is not Kind.QUANTITY:
            continue
        in_list = any(a < p.end and p.start < b and not _said_within(text, p, items, i) for i, (a, b) in enumerate(items))
        in_list = in_list and not any(p.start <= a < p.end for pair in works for a, _ in pair)
        # "[19 days, 21 hours and 47 minutes]": one amount in three units holds the items it is made of
        inside = {(a, b) for a, b in items if p.start <= a and b <= p.end}
        # ... counted once when two passes found it ("13" of a number series, "roughly 13" of the list)
        whole = [(a, b) for a, b in inside if not any((c, d) != (a, b) and c <= a and b <= d for c, d in inside)]
        in_list = in_list and not (p.kind is Kind.QUANTITY and len(whole) >= 2)
        out.append(Phrase(p.start, p.end, p.kind, in_list, p.incidental, p.claim_date))
    return tuple(sorted(out, key=lambda p: (p.start, p.end)))


_ROW_AFTER = re.compile(r"\s+(?:in|for|on|at|with|by|from)\s+\S")


def _said_within(text: str, p: Phrase, items: tuple[tuple[int, int], ...], i: int) -> bool:
    """A quantity or date inside an item of a list of verb phrases, or a phrase deep in a long one, is
    a fact of that item, not the item: "founded in [1920], held its first final in 1921 and grew to 40
    clubs", "saw decay rise faster than in [Edmonton]"; "had [a patron saint]" is the item. Not in
    "taking [19 days], 21 hours and 47 minutes", where only the first item took the verb leading in."""
    start, end = items[i]
    if p.kind is Kind.QUANTITY and _ROW_AFTER.match(text[p.end : end]):
        return True  # "after [about 300 ms] in foil, 170 ms in sabre and ...": a value and what it is for
    before_it = text[start : p.start]
    deep = p.kind in (Kind.QUANTITY, Kind.DATE) or len(before_it.split()) >= 5 and not re.search(r"\b(?:and|or)\s+$", before_it)
    if not deep or p.start <= start or not is_verb(text, start):
        return False
    return any(is_verb(text, items[j][0]) for j in (i - 1, i + 1) if 0 <= j < len(items))


# nouns a clause follows with no 'that' or 'which': "the reason people trust it", "the way cells divide"
_CONTACT_HEADS = words.wordset(
    "reason reasons way ways time times day days moment moments place places year years thing things one ones"
)


def _opens_a_clause(text: str, p: Phrase) -> bool:
    """A term that runs from such a noun, after its modifiers ("the first [thing visitors] notice"), into
    the subject of the clause after it, whose verb comes next."""
    head, _, rest = text[p.start : p.end].partition(" ")
    after_the = re.search(r"\bthe\s+$", text[: p.start], re.I) is not None  # not "Day length sets the season"
    # "the [aches people] blame on cycling": a plural noun and 'people', then their verb
    people = rest.lower() in ("people", "we", "you", "they") and head.lower().endswith("s")
    modified = [w.lower() for w in text[p.start : p.end].split()[1:-1]]  # "the bright [ones people] see"
    heads = head.lower() in _CONTACT_HEADS or any(w in _CONTACT_HEADS for w in modified)
    return bool(rest) and after_the and (heads or people) and is_verb(text, p.end)


# "a 1995 NASA study", "his 1945 Nobel lecture": before a year that dates one thing of a kind
ONE_OF_MANY = re.compile(r"\b(?:an?|his|her|their|its)\s+$", re.I)


def _one_of_many(text: str, dated: Phrase) -> bool:
    """ "a 1995 NASA study": after "a", a year and a name that modify a noun date one thing of a kind."""
    return ONE_OF_MANY.search(text[: dated.start]) is not None and re.match(r"\s+[a-z]", text[dated.end :]) is not None


def _a_document(text: str, dated: Phrase) -> bool:
    """A year that opens the name of a treaty, a law, a report, a prize or a fair ("the 1987 Montreal Protocol",
    "the 1919 Treaty of Versailles")."""
    words_of = text[dated.start : dated.end].split()
    of_what = len(words_of) > 3 and DOCUMENTS.fullmatch(words_of[1]) is not None and words_of[2] in ("of", "on", "for")
    return of_what or DOCUMENTS.fullmatch(words_of[-1]) is not None or DOCUMENTS.match(text, dated.end + 1) is not None


def _kind_word(text: str) -> bool:
    """One lower-case noun: 'vitamin ' in 'vitamin B12', 'type ' in 'type 2'."""
    word = text.strip()
    return bool(re.fullmatch(r"[a-z]+", word)) and text.endswith(" ") and lookup(word)[:1] == ("NOUN",)


_NAME_BEFORE_BRACKET = re.compile(r"\b[A-Z][\w-]+\s*\($")


def _is_alias(text: str, p: Phrase) -> bool:
    """One word in brackets right after a one-word name: another name of the same thing."""
    one_word = " " not in text[p.start : p.end]
    return one_word and text[p.end : p.end + 1] == ")" and _NAME_BEFORE_BRACKET.search(text[: p.start]) is not None


def _defined(text: str) -> list[Phrase]:
    found = []
    tagged = _tagged(text)
    # "known as mules [keep] ships": the verbs of clauses a plural noun opens, read only where a name is given
    every = words.tokens(text) if DEFINED.search(text) else []
    clause_verbs = {t.start for i, t in enumerate(every) if _clause_verb_with_object(every, i, tagged)}
    for m in DEFINED.finditer(text):
        if _convened(text, m) or _calls_a_noun(text, m):
            continue
        if _HEDGED_NUMBER.match(m.group("term")):
            continue  # '"stealth" calls [roughly 10] to 100 times quieter': a value, which nothing is called
        if re.search(r"\bterm\s+$", text[m.start() : m.start("term")], re.I) and tagged.get(m.start("term")) in ("VERB", "AUX"):
            continue  # "The term comes from Greek": the sentence's verb, after the word it is about
        start, end = _strip(text, m.start("term"), m.end("term"))
        start = _after_the_object(text, start, end)
        article = re.search(r"(?<!\bof)\s(?:an?|the)\s", text[start:end], re.I)
        if article:
            # "call the hat a [derby],": a thing and the name it is called by, which ends the clause; not
            # "calls the stirrup an improvement in comfort" nor "calls itself the fastest ice": what it is said to be;
            # nor the article of a name's "of": "called the [House of the Gladiators],"
            named = text[start + article.end() : end]
            if not re.match(r"\s*[,.;:)]|\s*$", text[end:]) or re.search(r"est\b", named) or len(named.split()) > 2:
                continue
            start += article.end()
        toks = words.tokens(text[start:end])
        if any(t.lower in SUBJECT_PRONOUNS for t in toks[1:]):
            continue  # "called the pile he unveiled an ...": a thing and the clause about it, then its name
        if len(toks) > 1 and toks[0].lower in _PLACE_KINDS and all(t.text[:1].isupper() for t in toks[1:]):
            start += toks[1].start  # "called the town [Malakopi]": the kind of place stays shown
            toks = words.tokens(text[start:end])
        # "known as rebar carry the tension": the term ends where its clause's verb starts (a last word
        # the tagger calls a verb is more often a noun: "called ecosystem engineers")
        verb = next((t for t in toks[1:-1] if tagged.get(start + t.start) in ("VERB", "AUX") or start + t.start in clause_verbs), None)
        if verb is None and len(toks) > 1 and _verb_closes(text, m.start(), start + toks[-1].start, tagged):
            verb = toks[-1]
        if verb is not None:
            start, end = _strip(text, start, start + verb.start)
        # "a parasite called OE [build up]": a verb and its particle after the name close it
        toks = words.tokens(text[start:end])
        if len(toks) > 2 and toks[-1].lower in VERB_PARTICLES and toks[-2].text.islower() and "VERB" in lookup(toks[-2].lower):
            start, end = _strip(text, start, start + toks[-2].start)
        # "coined the word symbiosis [partly] to ...", "call a vet [straight away]": an adverb after the name is no part of it
        named_words = words.tokens(text[start:end])
        adverb = next((i for i, t in enumerate(named_words) if i and lookup(t.lower) == ("ADV",)), None)
        if adverb is not None:
            if adverb > 1 and named_words[adverb - 1].lower in ("straight", "right"):
                adverb -= 1  # "straight away", "right away": one adverb of two words
            start, end = _strip(text, start, start + named_words[adverb].start)
        # "called zooxanthellae [inside their cells]": a place or time said of the named thing is no part of its name
        place = _PLACED_AFTER_NAME.search(text, start, end)
        if place is not None:
            start, end = _strip(text, start, place.start())
        if start < end and words.content(text[start:end]):
            found.append(Phrase(start, end, Kind.DEFINED))
    # "The species is anadromous, meaning it hatches in fresh water": a rare word its gloss explains
    found += [Phrase(*m.span("term"), Kind.DEFINED) for m in _GLOSSED_WORD.finditer(text) if words.zipf(m.group("term")) < GLOSSED_ZIPF]
    return found


_OWN_ALONE = words.wordset("mine yours hers ours theirs")


def _after_the_object(text: str, start: int, end: int) -> int:
    """Where the name opens after what a naming verb names first: "called his process [heliography]",
    "named its part [Operation Vittles]", "called theirs [Operation Plainfare]", "called the phonograph
    [his baby]"."""
    toks = words.tokens(text[start:end])
    if len(toks) >= 2 and toks[0].lower in _OWN_ALONE:
        return start + toks[1].start
    if len(toks) >= 3 and toks[0].lower in POSSESSIVES:
        return start + toks[2].start
    noun_then_owner = len(toks) >= 3 and toks[1].lower in POSSESSIVES and lookup(toks[0].lower)[:1] == ("NOUN",)
    return start + toks[1].start if noun_then_owner else start


# the kinds of place a name may follow after "called the" ("called the town Malakopi")
_PLACE_KINDS = words.wordset("town city village river harbour harbor port island bay lake mountain valley region country site fort")
# a preposition other than "of" that goes on in lower case ("inside their cells"), not "the Battle on the Ice"
_PLACED_AFTER_NAME = re.compile(
    r"(?<=\w)\s+(?:in|inside|within|on|at|from|into|onto|across|along|among|under|beneath|behind|between|through"
    r"|throughout|during|near|around)\s+(?=[a-z])"
)
_GLOSSED_WORD = re.compile(r"\b(?:is|are|was|were|be)\s+(?P<term>[a-z][a-z-]+),?\s+(?:meaning|which means)\s+(?!that\b)", re.I)
GLOSSED_ZIPF = 3.0  # rarer than this, a word glossed by "meaning" is a term ("anadromous"), not a judgement ("cheap")


_SUMMONS = re.compile(r"\b(?:to|you|please|should|must|can|could|will|would|then)\s+call\s+(?:an?|the|your|a\s+local)\s+$", re.I)


_HEDGED_NUMBER = re.compile(rf"{HEDGE}\d", re.I)  # after a hedge: a defined term never opens on a digit


def _calls_a_noun(text: str, m: re.Match[str]) -> bool:
    """ "Most bat calls fall between 20 and 200 kHz": 'calls' after a noun is the plural noun, the subject
    of the verb after it, and names nothing."""
    said = re.match(r"(?:(?:is|are|was|were|now|be)\s+)?(calls)\b", text[m.start() :], re.I)
    before = re.search(r"([A-Za-z]+)\s+$", text[: m.start()])
    if not (said and before):
        return False
    senses = lookup(before.group(1).lower())
    # "distinctive calls that calves learn": the plural noun, then a relative clause about it; "calls
    # that knot a bowline" names a thing, whose name comes after its article
    relative = re.match(r"(?:that|which)\s(?!\S+\s+(?:an?|the)\s)", m.group("term")) is not None
    if relative and ("NOUN" in senses or "ADJ" in senses):
        return True
    return "NOUN" in senses and is_verb(text, m.start("term"))


def _convened(text: str, m: re.Match[str]) -> bool:
    """ "The Surgeon General called a conference", "she called an inquiry": a subject calls a thing into
    being and names nothing; "a device called a sextant", a thing of some kind, names one. So does
    "reason to call a doctor", "you should call the police": a call made, nothing named."""
    if _SUMMONS.search(text[: m.start("term")]):
        return True
    if not re.fullmatch(r"called\s+an?\s+", text[m.start() : m.start("term")], re.I):
        return False
    if re.search(r"\b(?:that|which|what)\s+(?:\S+\s+){0,3}$", text[: m.start()], re.I):
        return False  # "a puzzle that Darwin (famously) called an abominable mystery": a relative clause names
    before = [t.text.lower() for t in words.tokens(text[max(0, m.start() - 40) : m.start()])][-3:]
    return bool(before) and not {"a", "an"} & set(before)


def _verb_closes(text: str, naming: int, last: int, tagged: dict[int, str]) -> bool:
    """The last word of a named term is its clause's verb when it can be nothing else ("called the
    ùrlar [followed] by"), or when "called" describes the noun before it, whose verb is still to come
    ("a thin film called the solid electrolyte interphase [forms] on the anode")."""
    word = words.tokens(text[last:])[0].text
    if word.endswith("ing") and re.match(r"[),.;:]", text[last + len(word) :]):
        return False  # "(also called negative aerodynamic [damping])": a clause does not end on its -ing verb
    if lookup(word.lower()) == ("VERB",):
        return True
    if re.match(r"(?:is|are|was|were|be)\s", text[naming:], re.I):
        return False  # "Beavers are called ecosystem [engineers] because": "called" is the verb
    at = max(0, naming - 30)
    before = words.tokens(text[at:naming])
    # right after its noun, not in an aside: "Grey streaks, called fat [bloom], appear"
    described = bool(before) and not text[at + before[-1].end : naming].strip() and tagged.get(at + before[-1].start) == "NOUN"
    return described and tagged.get(last) == "VERB"


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the words inside each pair of quote marks stand."""
    return [m.span("a" if m.group("a") is not None else "b") for m in _QUOTED.finditer(text)]


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Where a quoted title stands: three words or more, their every content word capitalised."""
    found = []
    for start, end in _quoted_spans(text):
        inner = text[start:end]
        content = [w for w in re.findall(r"[A-Za-z][\w'\u2019]*", inner) if not words.is_stopword(w.lower())]
        if len(inner.split()) >= 3 and content and all(w[0].isupper() for w in content):
            found.append((start, end))
    return found


# "Steven Peitzman's Dropsy, Dialysis, Transplant, a short history", "Mary Beard's Pompeii: The Life of a
# Roman Town, which ...": a work's title after its author's name, when the sentence recommends or reads it
_WORK_CUE = re.compile(r"\b(?:recommend\w*|read|reads|reading|books?|picks?)\b", re.I)
_CAPITAL_WORD = r"[A-Z0-9][\w'\u2019-]*"
_AUTHORS_WORK = re.compile(
    rf"(?P<author>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['\u2019]s\s+"
    rf"(?P<title>{_CAPITAL_WORD}(?:(?:[:,]\s+|,?\s+and\s+|(?:\s+(?:of|the|a|an|in|on|for|to|with|from|at))*\s+){_CAPITAL_WORD})*)"
    r"(?=,\s+(?:a|an|the|which|who|whose|his|her|their)\b|\s*[.;(]|$)"  # not "Isaac's Storm by Erik Larson"
)


def _authors_works(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The author's name and the title of each work named after its author's possessive, in a sentence
    that recommends or reads works; the title is one phrase across its colons and commas."""
    if not _WORK_CUE.search(text):
        return []
    # a title of several words with a colon or a comma, or one its year follows: "Juli Berwald's Life on the Rocks (2022)"
    return [
        (_after_an_order(text, *m.span("author")), m.span("title"))
        for m in _AUTHORS_WORK.finditer(text)
        if re.search(r"[:,]", m["title"]) or " " in m["title"] and _YEAR_IN_BRACKETS.match(text, m.end("title"))
    ]


def _after_an_order(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Read Stephen Puleo's Dark Tide (2003)": a verb that opens the sentence before the author's name
    tells what to do with the work; the name starts after it."""
    first = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text[start:end])
    opens = not text[:start].strip() or re.search(r"[.!?:]\s*$", text[:start]) is not None
    return (start + first.end(), end) if first and opens and lookup(first.group(1).lower())[:1] == ("VERB",) else (start, end)


_YEAR_IN_BRACKETS = re.compile(r"\s*\(\d{4}\)")


def _quoted(text: str) -> list[Phrase]:
    found = []
    for span in _quoted_spans(text):
        start, end = _strip(text, *span)
        inner = text[start:end]
        if 1 <= len(words.content(inner)) <= 3 and len(inner.split()) <= 6 and not _nickname(text, *span):  # "the rapture of the deep"
            found.append(Phrase(start, end, Kind.QUOTED))
    return found


def _nickname(text: str, start: int, end: int) -> bool:
    """ 'Howard "Bud" Kettler': a quoted capitalised word between a given name and a surname is part of the name."""
    given = re.search(r"\b[A-Z][a-z]+\s+[\"\u201c]$", text[:start]) is not None
    return given and re.fullmatch(r"[A-Z][a-z]+", text[start:end]) is not None and re.match(r"[\"\u201d]\s+[A-Z][a-z]", text[end:]) is not None


_MADE_THING = re.compile(
    r"\b(?:invented|patented|devised|coined|isolated|discovered|synthesised|synthesized)\s+(?:the\s+|an?\s+)?"
    r"[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:in|on)\s+$"
)


DEATH_VERB = r"\b(?:died|dies|perished)\b"  # what follows "of" or "from" is what someone died of


def _singular_unit(value: str, following: str) -> bool:
    """A number above one with a unit in the singular, a noun after it: "1855 second edition" reads an
    ordinal, not 1855 seconds."""
    m = re.fullmatch(r"(\d[\d,]*)\s+(?:second|minute|hour|day|week|month|year)", value)
    return m is not None and m.group(1).lstrip("0") != "1" and re.match(r"\s+[a-z]", following) is not None


def _dates(text: str) -> list[Phrase]:
    found = []
    for m in DATE.finditer(text):
        counted = QUANTITY.match(text, m.start())
        # "in 1869 [cut] weeks from": a year and a word before a span of time are a date and a clause
        worded = counted is not None and re.fullmatch(r"\S+\s+[a-z]+\s+[a-z]+", counted.group()) is not None
        # "By 1909 American factories were ...": a year after a preposition of time, then the subject
        worded = worded or counted is not None and (_year_then_subject(text, m, counted) or _year_then_verb(text, m, counted))
        month = re.search(_MONTHS, m.group()) is not None  # "24 August comes from ...": no month is a unit
        # "the governor of 1788 [let] Watt engines ...": a word that is only a verb is counted by no number
        verb_next = re.match(r"\s+([a-z]+)\b", after(text, m.end()))
        worded = worded or verb_next is not None and lookup(verb_next.group(1)) == ("VERB",)
        worded = worded or counted is not None and _singular_unit(counted.group().strip(), text[counted.end() :])
        # "In 1885-86 members of ... stitched": a year and the two digits of the next count nothing
        worded = worded or re.fullmatch(r"\d{4}[-\u2013]\d\d", m.group()) is not None
        if counted and not worded and not month and counted.end() > m.end() + 1 and not re.match(r"\s+(?:and|to|or)\b", after(text, m.end())):
            continue  # "1007 metres", "1500 people": a number with its unit, not a year
        before_date = before(text, m.start())
        # "announced in 1995", "died ... in 1992": the date is what the clause says; "In 1969 he coined": not.
        fronted = re.search(r"(?:^|[.;:]\s*)(?:in|from|by|since|between|during|at)?\s*(?:the\s+)?$", before_date, re.I)
        # "invented ... in the first century BCE": a century is said with its article
        said_in = r"\b(?:in|on)\s+$" if "century" not in m.group() else r"\bin\s+the\s+$"
        claim = bool(re.search(said_in, before_date)) and not fronted
        # "proved in 1827 that a sphere ...", "shown in 2011 to be faster": what was shown is the claim, not when
        claim = claim and not re.match(r",?\s+that\b", after(text, m.end()))
        # ... unless it was shown then: "shown in 2011 to be faster than capillary action", not "released in 1994 to track parts"
        shown = re.search(r"\b(?:shown|found|proved|proven|thought|believed|confirmed|known|reported|estimated)\s+in\s+$", before_date)
        claim = claim and not (shown and re.match(r"\s+to\s+[a-z]+\b", after(text, m.end())))
        # "Talbot's calotype, patented in 1841, produced ...", "The Hoba meteorite, found by a farmer in
        # 1920, is ...": a date in an aside about the subject
        aside = re.search(rf",\s+{_PARTICIPLE}\b[^,]{{0,40}}$", before_date) and re.match(r"\s*,", after(text, m.end()))
        # "the Martian atmosphere measured by the Viking landers in 1976": when a thing the claim names was made
        described = re.search(rf"\b(?!(?:is|are|was|were|be|been|being|has|have|had|and|or|then|also|not|never|first|later)\s)[a-z]+\s+{_PARTICIPLE}\s+by\s+[^,;]{{3,40}}$", before_date)
        # "Armstrong invented the superheterodyne receiver in 1918": what was made is the claim, not when
        made = _MADE_THING.search(before_date) is not None
        # "Hargreaves moved to Nottingham, where he died in 1778": the date of a clause that describes a
        # thing of the claim, not of the claim
        relative = re.search(r"(?:^|,)\s*(?:where|which|who|when)\b[^,;]{0,60}$", before_date) is not None
        # "Houdini died on 31 October 1926 of peritonitis": what one died of is the claim, not when
        cause = re.search(rf"{DEATH_VERB}[^,;]{{0,20}}$", before_date) and re.match(r"\s+(?:of|from)\s+[a-z]", after(text, m.end()))
        claim = claim and not aside and not described and not made and not relative and not cause
        found.append(Phrase(m.start(), m.end(), Kind.DATE, claim_date=claim))
    return found


# a past participle: "patented", "found", "begun", "built"
_PARTICIPLE = (
    r"(?:[a-z]+ed|[a-z]+[^aeiou\s]en|[a-z]+wn|begun|born|bought|brought|built|caught|cut|dug|found|held|hung|kept"
    r"|laid|led|left|lost|made|met|paid|put|read|run|said|sent|set|shot|sold|spent|struck|sunk|taught|told|won)"
)


def _year_then_subject(text: str, year: re.Match[str], counted: re.Match[str]) -> bool:
    """ "By 1909 American factories were ...", "In 1670 jurors who ...": a year after a preposition of
    time, then the clause's subject, not a count of it."""
    prior = before(text, year.start())
    if re.search(r"\b(?:by|in|since|until|before|after)\s+$", prior, re.I) is None:
        return False
    named = re.fullmatch(r"\d{4}\s+[A-Z][a-z]+\s+[A-Za-z]+", counted.group()) is not None  # "In 1872 Lord Kelvin designed"
    # the year opens its clause: "In 1670 jurors ...", "..., and in 1859 auroras were reported"
    opening = re.search(r"(?:^|[.;:]\s*|,\s+(?:and|but|while)\s+)\w+\s+$", prior) is not None
    # ... or its plural has a helper verb right after it: "By his death in 1786 umbrellas were common"
    helper = re.match(r"\s+([a-z]+)\b", text[counted.end() :])
    opening = opening or helper is not None and lookup(helper.group(1))[:1] == ("AUX",)
    # "In 1914 and 1915 doctors ...": two years open the clause as one does
    return named or opening and re.fullmatch(r"\d{4}(?:\s+(?:and|or)\s+\d{4})?\s+[a-z]+s", counted.group()) is not None


def _year_then_verb(text: str, year: re.Match[str], counted: re.Match[str]) -> bool:
    """ "published in 2017 points to the Balkans", "taken in 1851 shows that", "in 490 BC comes from": a year after a preposition,
    then the clause's verb in -s, which the preposition or 'that' after it marks; not 2017 points."""
    verb = re.fullmatch(r"(?:\d{4}|\d{1,4}\s(?:BCE|BC|CE|AD))\s+([a-z]+s)", counted.group())  # "in 490 BC comes from"
    if verb is None or "VERB" not in lookup(verb.group(1)) or not re.search(r"\b(?:in|since|by|until)\s+$", before(text, year.start())):
        return False
    return re.match(r"\s+(?:to|that|at|from|on|with|for|into|toward|towards)\b", text[counted.end() :]) is not None


_OBJECT = re.compile(r"\s*(?:it|them|the|a|an|its|their|his|her|our|your)\b", re.I)
# "several times its length", "about 1,141 times its own body weight"
_TIMES_WHAT = re.compile(r"\s+(?:(?:the\s+)?[A-Za-z]+['\u2019]s|its|their|his|her)(?:\s+own)?(?:\s+body)?\s+[a-z]+\b")


_RATIO = re.compile(r"(?<![\w:.])\d+(?:\.\d+)?(?::\u221a?\d+(?:\.\d+)?)+(?![\w:])")  # "1:2:4", "1:√2"


def _ratios(text: str) -> list[Phrase]:
    """A ratio is an amount: "a standard ratio of [1:2:4]", "in a [3:1] ratio"; two parts only
    beside the word, as "2:20" is a time of day."""
    found = []
    for m in _RATIO.finditer(text):
        near = re.search(r"\bratios?\b", text[max(0, m.start() - 20) : m.end() + 12])
        if m.group().count(":") >= 2 or near:
            found.append(Phrase(m.start(), m.end(), Kind.QUANTITY))
    return found


_LEADING_PARTICLES = re.compile(r"(?:^|(?<=[\s,]))(?:(?:de|da|di|du|del|della|van|von|der|den|la|le)\s+)+$")


# "Levi Strauss & Co. paid": the period of a firm's abbreviation is part of its name, inside a sentence
_FIRM_ABBREVIATION = re.compile(r"\b(?:Co|Inc|Ltd|Corp|Bros)$")


def _with_firm_abbreviation(text: str, p: Phrase) -> Phrase:
    if p.kind is Kind.NAME and _FIRM_ABBREVIATION.search(text, p.start, p.end) and re.match(r"\.\s+[a-z$\d]", text[p.end :]):
        return replace(p, end=p.end + 1)
    return p


# "Six Companies, Inc., a consortium": the firm's legal form after a comma ends its name, and the
# capitalised words before the comma are that name, a number word among them
_FIRM_WITH_SUFFIX = re.compile(r"(?<![\w'-])(?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*,\s+(?:Inc|Ltd|LLC|Corp|plc)\b(?:\.(?=[,;:]|\s+[a-z$\d]))?")


def _with_firm_suffix(text: str, names: list[Phrase]) -> list[Phrase]:
    """The names, with each firm named with its legal form as one name in place of its parts."""
    firms = [Phrase(m.start(), m.end(), Kind.NAME) for m in _FIRM_WITH_SUFFIX.finditer(text)]
    inside = [p for p in names if any(f.start <= p.start and p.end <= f.end for f in firms)]
    return [p for p in names if p not in inside] + firms


# a given name, a nickname in quotes and a surname: one name
_NICKNAMED = re.compile(GIVEN_AND_NICKNAME.pattern.removesuffix(r"\s+$") + r"\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _with_particles(text: str, names: list[Phrase]) -> list[Phrase]:
    """A name with the particles that open it: "Hadamard and [de la Vallée Poussin]"."""
    out = []
    for p in names:
        lead = _LEADING_PARTICLES.search(text[: p.start]) if p.kind is Kind.NAME else None
        out.append(replace(p, start=lead.start()) if lead and lead.start() < p.start else p)
    return out


# a law, theorem or principle named by what it is of: "the fundamental theorem of arithmetic"
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?[a-z]+(?:\s+of\s+[a-z]+)?\b")
_LAW_HEADS = ("theorem", "law", "principle", "hypothesis", "paradox", "conjecture")


def named_law(answer: str) -> bool:
    """A law or theorem, named by what it is of or by whose it is: a named thing, though a term
    ("the [fundamental theorem of arithmetic] says ...", "[Goldbach's conjecture] says ...")."""
    heads = "|".join(_LAW_HEADS)
    return re.search(rf"\b(?:{heads})\s+of\s+\w", answer, re.I) is not None or re.fullmatch(
        rf"[A-Z][\w-]+['\u2019]s\s+(?:\w+\s+)?(?:{heads})", answer
    ) is not None


def _whole_laws(text: str, terms: list[Phrase]) -> list[Phrase]:
    """Terms, with a law or theorem taking what it is of ("the [law of conservation of energy]"),
    instead of the half before 'of'."""
    out = []
    for p in terms:
        of = _OF_WHAT.match(text, p.end) if text[p.start : p.end].lower().endswith(_LAW_HEADS) else None
        out.append(replace(p, end=of.end()) if of else p)
    laws = [(p.end, q.end) for p, q in zip(terms, out, strict=True) if q.end != p.end]
    return [p for p in out if not any(a <= p.start and p.end <= b for a, b in laws)]  # not "[energy]" alone


def _compound_amounts(text: str, found: list[Phrase]) -> list[Phrase]:
    """An amount said in units of one dimension, the larger first, is one amount: "two hours and
    forty minutes", "19 days, 21 hours and 47 minutes", "2 hours 52 minutes 59 seconds"."""
    merged: list[Phrase] = []
    for p in found:
        prev = merged[-1] if merged else None
        gap = text[prev.end : p.start] if prev else ""
        closes = text[p.end :].startswith((" and ", ", and ")) or " and " in text[p.start : p.end]
        joined = gap in (" ", " and ", ", and ") or gap == ", " and closes  # "2 hours 52 minutes 59 seconds"
        if prev and joined and _larger_unit(text[prev.start : prev.end], text[p.start : p.end]):
            merged[-1] = replace(prev, end=p.end)
        else:
            merged.append(p)
    return merged


def _larger_unit(first: str, second: str) -> bool:
    """Whether two amounts end on units of one dimension, the first unit the larger (hours, minutes)."""
    units = [re.search(r"([a-z]+)$", value) for value in (first, second)]
    if not all(units):
        return False
    factors = [amount("1", m.group(1)) for m in units if m]
    same = unit_dimension(units[0].group(1)) == unit_dimension(units[1].group(1)) != ""
    return same and None not in factors and factors[0] > factors[1]


# a unit said before its number, with the hedge before it ("pH" stays shown: "between pH [6 and 7]")
_UNIT_FIRST = re.compile(r"(?:\b(?:about|around|roughly|nearly|almost|over|under|up to|above|below)\s+)?\bMach\s+$")


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b")


_ADD_VERB = re.compile(r"\b(?:add|adds|added|adding|sum|sums|summed|summing)\s+$", re.I)  # "add up to": amount to


_YEAR_OF_A_NOUN = re.compile(rf"{_YEAR_DIGITS}\s+[a-z]+$")
_DATING_BEFORE = re.compile(r"(?:\b(?:the|their|his|her|its|our|in|of)|['\u2019]s)\s+$", re.I)


def _quantities(text: str, dates: list[Phrase]) -> list[Phrase]:
    found = []
    # "opened on July 1 and collapsed on November 7": "[four months]" is arithmetic; a century is no end point
    durations_computable = sum("century" not in text[d.start : d.end] for d in dates) >= 2
    matches = list(QUANTITY.finditer(text))
    several = len(matches) > 1
    for m in matches:
        start, end = _strip(text, m.start(), m.end())
        end += text[start:end].endswith(("a.m", "p.m"))  # the abbreviation's last dot is its own, not the sentence's
        if "\u00b0" in text[start:end] and m.end() > end and text[end] in "'\"\u2019\u201d\u2032\u2033":
            end += 1  # "[2°20'14\"]", "[17°40']": the marks of minutes and seconds belong to the angle
        unit_first = _UNIT_FIRST.search(text, 0, start) if "Mach" in text else None  # most texts say no Mach
        start = unit_first.start() if unit_first and re.match(r"\d", text[start:end]) else start  # "[about Mach 2.04]"
        if start >= end or any(d.start < end and start < d.end for d in dates):
            continue
        if _ADD_VERB.search(text, 0, start) and text.startswith("up to ", start):
            start += len("up to ")  # "cells add [up to hundreds of volts]": the verb's particle, no hedge
        last = re.search(r"\d[\d,.]*\s+([a-z]+s)$", text[start:end])
        if last and lookup(last.group(1)) and "NOUN" not in lookup(last.group(1)):
            end = start + last.start(1) - 1  # "6 [evaluates]": a verb is not what a number counts
        described = re.fullmatch(r"(\S+)\s+([a-z]+)\s+[a-z]+s", text[start:end])
        relative = re.match(r"\s+(?:that|which|who)\b", text[end:]) is not None
        if described and relative and "ADJ" not in lookup(described.group(2)):
            end = start + described.end(1)  # "One [hypothesis holds] that": no adjective, no counted noun
        elif described and described.group(1).lower() in NUMBER_VALUES and _no_modifier(described.group(2)):
            continue  # "two [fought] ...": a number word with no noun it counts
        counted_end = _before_its_verb(text, start, end)
        if counted_end < end and re.fullmatch(r"\S+\s+[a-z]+", text[start:counted_end]):
            continue  # "nine balsa [logs] lashed": cut to its modifier, the count counts nothing
        end = _counted_noun_end(text, start, counted_end)
        times = _TIMES_WHAT.match(text, end) if re.search(r"\btimes$", text[start:end]) else None
        end = times.end() if times else end  # "2 times Earth's radius", "several times its length": a multiple is of something
        half = _AND_A_HALF.match(text, end) if text[end - 1 : end].isalpha() else None
        end = half.end() if half else end  # "[about a minute and a half] later": the half belongs to the amount
        value = text[start:end]
        if value.lower() in NUMBER_VALUES:
            continue  # "ten" alone: a number word counts nothing until it has its noun or unit
        if _YEAR_OF_A_NOUN.match(value) and _DATING_BEFORE.search(text, 0, start):
            continue  # "the [1587 settlers]", "in 1871 dollars", "Wilson's 1980 studies": a year dates them, counts none
        if re.fullmatch(r"(?:a few|several|dozens|hundreds|thousands|millions|billions|half|a half)", value, re.I):
            continue
        if re.search(r"\d[^,;:.]*\bper\s+(?:[\w-]+\s+){1,2}at\s+$", text[:start]):
            continue  # "59.16 millivolts per pH unit at [25°C]": where the rate holds, not a value of its own
        if text[start - 1 : start] in ("^", "\u221a") or re.search(r"\b[a-z]\s+[-\u2212+]\s+$", text[:start]):
            continue  # "10^[80 atoms]", "n - [1 edges]": half of an expression
        if designated(text, start, end) is not None:
            continue  # "nylon [6,6]", "type [2] diabetes": the number says which one, half of the term
        if value[:1].isupper() and re.match(r"['\u2019]\s+[A-Z]", text[end:]):
            continue  # "the [Seven Years]' War": a name's words, no amount
        if re.fullmatch(r"(?:one|1)", value, re.I):
            continue  # "one of its", "one team's": a count of one is rarely the claim
        if _singular_unit(value, text[end:]):
            continue  # "the 1855 second edition": an ordinal after a year, no number of seconds
        if re.match(r"one\s", value, re.I) and _ONE_AS_PRONOUN.search(before(text, start)):
            continue  # "Every living [one descends] from ...": 'one' stands for a noun said before
        if re.match(r"as\s", value, re.I) and SET_PHRASE.match(text, start):
            continue  # "as fast as it can", "as soon as possible": a set phrase, no amount
        noun = re.match(r"\s+([a-z]+)\b", after(text, end))
        ordinal = noun is not None and lookup(noun.group(1))[:1] == ("NOUN",) and not unit_dimension(noun.group(1))
        if ordinal and re.fullmatch(r"(?:a|the)\s+(?:third|fifth|quarter|tenth)", value, re.I):
            continue  # "with [a third] eyelid": an ordinal before its noun, not a fraction
        if re.fullmatch(r"every \d+", value, re.I) and re.search(r"\b(?:in|out of)\s+$", text[:start]):
            continue  # "4 to 5 hours in [every 24]": the frame of the count before it, not a count
        following, prior = after(text, end), before(text, start)
        if re.fullmatch(r"(?:halve|double|triple|quadruple)[sd]?", value, re.I) and _OBJECT.match(following):
            continue  # "can [halve] it fifteen times": a verb with its object, not an amount
        if value.lower() in ("halves", "doubles", "triples") and re.search(r"\b(?:the|two|both|its|their)\s+$", prior, re.I):
            continue  # "pushes the two [halves] together": the noun, no amount
        if re.fullmatch(r"\d{4}\s+(?:dollars|pounds|euros|francs|yen|prices)", value) and re.search(r"\bin\s+$", prior):
            continue  # "around $200 million in [1871 dollars]": the year says which dollars, no amount
        serves_as = re.match(r"\s+as\s+an?\s", following) or (re.search(r"\b(?:that|which)\s+$", prior) and re.match(r"\s+as\s", following))
        if re.fullmatch(r"doubl(?:es|ed|ing)", value, re.I) and serves_as:
            continue  # "dung that [doubles] as fertiliser": it serves as one, no amount ("sales doubled as prices fell" is)
        operand = bool(_OPERATOR.match(following)) or bool(re.search(r"[+*/\u00d7=\u2212]\s*$", prior))
        # "over a life of [30 years] that adds up to more than 2 million km": what the total is made of
        operand = operand or _ADDS_UP.match(following) is not None
        result = bool(_RESULT_CUE.search(prior)) and not _OPERATOR.match(following)
        one = re.fullmatch(r"(?:1|one|an?)\s+(?P<unit>[a-z]+)", value, re.I)
        # the denominator of a rate: "per [30-day month]", "to grow [1 kg] of rice" (one of a unit beside
        # another amount), "drops by roughly a metre [every year]" ("every" after an amount)
        per = (
            re.search(r"\bper\s+$", prior) is not None
            or several and one is not None and unit_dimension(one.group("unit")) != ""
            or value.lower().startswith("every ") and re.search(r"(?:\d\S*|\ban?)\s+[a-z]+\s+$", prior) is not None
            # "roughly 60 mg of tryptophan for [every 1 mg] of niacin": what the amount before is for
            or several and re.match(r"every\s+(?:1|one)\s", value, re.I) is not None and re.search(r"\bfor\s+$", prior) is not None
        )
        # "(about 285°F)" right after a quantity: the same value in another unit.
        repeat = per or bool(
            re.search(r"\d[^()]{0,30}?\s*(?:\(|,?\s+or\s+)(?:about|roughly|around|approximately|~)?\s*$", prior)
            # "44 times a second somewhere on Earth, or roughly 1.4 billion a year": the rate restated
            or re.search(r"\d[^().;]{0,40}?,\s+or\s+(?:about|roughly|around|approximately|some|~)?\s*$", prior)
            # "exactly 1/72 of an inch, about 0.353 millimetres": a hedged value right after another
            or _restated(prior, value)
            # "28,800 vibrations per hour, i.e. [4 Hz]": the notes say outright it is the same value
            or re.search(rf"\d[^().]{{0,40}}?[,;:]?\s+{SAID_TO_BE}\s+$", prior) is not None
        )
        computed = durations_computable and bool(re.search(r"(?:days?|weeks?|months?|years?)$", value))
        # "[five families]: beam, arch, ...", "[three sets] of locks: Gatun, ...": the list shows the count
        listed = re.match(r"\s*(?:of\s+[a-z]+\s*)?:", following) is not None or _count_listed(text, value, end)
        # "by Maurice Koechlin and Emile Nouguier, [two engineers] in ...": the pair named before it shows the count
        listed = listed or value.lower().startswith(("two ", "2 ")) and _NAMED_PAIR_BEFORE.search(prior) is not None
        owner = re.match(r"['\u2019]s\b", text[end:]) is not None  # "only [one wheel]'s circumference": half a phrase
        # "at [about 7:25 p.m.] on 6 May 1937": the hour of a dated event only dates it further
        hour_of_a_day = _CLOCK.search(value) is not None and _ON_A_DAY.match(following) is not None
        margin = _MARGIN.search(prior) is not None  # "about 392 years, give or take [roughly 120]": the error, no value
        sample = _ONE_OF_A_SAMPLE.search(prior) is not None  # "the largest of [28 females]": the set it was picked from
        aside = hour_of_a_day or margin or sample or _presupposed(value, prior)
        incidental = (operand and not result) or repeat or computed or listed or owner or aside
        found.append(Phrase(start, end, Kind.QUANTITY, incidental=incidental))
    return _ranges(text, found)


def _no_modifier(word: str) -> bool:
    """A word the table knows, but neither as an adjective nor as a noun: nothing a count's noun takes."""
    tags = lookup(word)
    return bool(tags) and not {"ADJ", "NOUN"} & set(tags)


_CLOCK = re.compile(r"\d:\d\d")
_ON_A_DAY = re.compile(rf"\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d)")
_MARGIN = re.compile(r"(?:\bgive or take|\bplus or minus|\u00b1)\s*(?:about\s+|roughly\s+|around\s+)?$", re.I)
_ONE_OF_A_SAMPLE = re.compile(r"\b(?:the|its)\s+(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+)\s+of\s+(?:the\s+)?$", re.I)
_SMALL_COUNT = re.compile(r"(\d+|[a-z]+)\s+[a-z]", re.I)
_DEFINITE = re.compile(r"\b(?:the|its|their|his|her|these|those)\s+$", re.I)


def _presupposed(value: str, prior: str) -> bool:
    """ "across the [three main pits]", "between the [two poles]": a small count its noun's article takes as
    known, no claim of the sentence; "of the roughly 100,000 people who set out" is one."""
    m = _SMALL_COUNT.match(value)
    count = (int(m.group(1)) if m.group(1).isdigit() else NUMBER_VALUES.get(m.group(1).lower(), 0)) if m else 0
    return 2 <= count <= 12 and _DEFINITE.search(prior) is not None


SAID_TO_BE = r"(?:i\.e\.|that is|that's),?"  # what follows is the value before, said again


_DESIGNATING = re.compile(r"(?<![\w,.-])([A-Za-z][a-z]{2,})\s+$")


def designated(text: str, start: int, end: int) -> int | None:
    """Where the noun starts whose variety a bare number after it names ("nylon 6,6", "type 2"), or
    None. Only a pair of numbers with a comma, or 'type': "level 3", "clause 39", "age 40" and
    "section 107" are numbered things whose number is worth asking."""
    pair = re.fullmatch(r"\d+,\d{1,2}", text[start:end]) is not None
    if not (pair or re.fullmatch(r"\d+", text[start:end])) or re.match(r"\s*(?:%|[-\u2013]|to\b|or\b|and\b|:)", text[end:]):
        return None
    noun = _DESIGNATING.search(text[:start])
    if noun is None:
        return None
    word = noun.group(1).lower()
    noun_only = lookup(word)[:1] == ("NOUN",) and not word.endswith("s") and not unit_dimension(word)
    return noun.start(1) if noun_only and (pair or word == "type") else None


def _designations(text: str, dates: list[Phrase]) -> list[Phrase]:
    """A noun and the number that says which one, with the nouns after them: "[nylon 6,6]", "[Type 2 diabetes]"."""
    found = []
    for m in re.finditer(r"\d+(?:,\d{1,2})?", text):
        noun = None if any(d.start <= m.start() < d.end for d in dates) else designated(text, m.start(), m.end())
        if noun is not None:
            found.append(Phrase(noun, _nouns_after(text, m.end()), Kind.TERM))
    return found


def _nouns_after(text: str, end: int) -> int:
    """Where the nouns right after `end` end: "type 2 [diabetes]"."""
    toks, kinds = words.tokens(text), _kinds(text)
    for tok, kind in zip(toks, kinds, strict=True):
        if tok.start < end:
            continue
        verb_first = lookup(tok.lower)[:1] == ("VERB",) and tok.lower.endswith("s")  # "nylon 6,6 [melts] at"
        if kind != "N" or verb_first or text[end : tok.start] != " ":
            break
        end = tok.end
    return end


def _before_its_verb(text: str, start: int, end: int) -> int:
    """Where a counted phrase ends when its last word is the verb of the noun it counts, a word the table
    knows only as a verb, or one the tagger reads as a verb there: "[Dozens of cities] copied it"; not
    "27 bar" nor "roughly doubled"."""
    noun_then_word = re.search(r"\s([a-z]+)\s([a-z]+)$", text[start:end])
    if noun_then_word is None:
        return end
    noun, word = noun_then_word.groups()
    verb = lookup(word) == ("VERB",) or tag_at(text, start + noun_then_word.start(2)) in ("VERB", "AUX")
    counted = "NOUN" in lookup(noun) or tag_at(text, start + noun_then_word.start(1)) == "NOUN"  # "survivors"
    verb = verb and counted and not unit_dimension(word)
    return start + noun_then_word.end(1) if verb else end


def _counted_noun_end(text: str, start: int, end: int) -> int:
    """'[hundreds of other aroma compounds]': a vague count runs to the end of the noun it counts."""
    if not re.match(r"(?:tens|dozens|scores|hundreds|thousands|millions|billions|trillions) of ", text[start:end], re.I):
        return end
    last = re.search(r"[a-z]+$", text[start:end])
    joined = re.match(r" (?:and|or) [a-z]+ ([a-z]+)\b", text[end:])
    if last and tag_at(text, start + last.start()) == "ADJ" and joined and tag_at(text, end + joined.start(1)) == "NOUN":
        return end + joined.end()  # "[thousands of swallowed and inhaled objects]": two modifiers of one noun
    more = re.match(r" ([a-z]+)\b", text[end:])
    return end + more.end() if more and tag_at(text, end + 1) == "NOUN" and not text[start:end].endswith("s") else end


_ONE_AS_PRONOUN = re.compile(r"\b(?:the|every|each|this|that|any|no|which)\s+(?:[a-z]+\s+)?$", re.I)
_COUNT = re.compile(r"(\d+|[a-z]+)\s+(?:[a-z]+\s+)?[a-z]+s", re.I)


def _count_listed(text: str, value: str, end: int) -> bool:
    """'its [four strings] are tuned to G, D, A and E': a count the list after it in the sentence shows."""
    m = _COUNT.fullmatch(value)
    count = (int(m.group(1)) if m.group(1).isdigit() else NUMBER_VALUES.get(m.group(1).lower())) if m else None
    if not count:
        return False
    if count == 2 and _NAMED_PAIR_AFTER.match(text, end):
        return True  # "[Two cyclones] in 2018, Mekunu in May and Luban in October, soaked ..."
    items = [a for a, _b in _list_items(text) if a >= end]
    # in the same clause, announced by a colon ("[three lines] of evidence: slender leg bones, ...") or
    # named in brackets ("boarded [three ships] at the wharf (the Dartmouth, ...)"); not "[three blades],
    # a compromise between efficiency, cost and noise"
    return len(items) == count and re.fullmatch(r"[^,;:()]*(?::[^,;:()]*|\(\s*)?", text[end : items[0]]) is not None


# the two names a count of two is set beside: ", Mekunu in May and Luban in October"
_NAMED_PAIR_BEFORE = re.compile(rf"\b{words.CAPITAL}[\w'\u2019-]*\s+and\s+(?:{words.CAPITAL}[\w'\u2019.-]*\s+){{0,3}}{words.CAPITAL}[\w'\u2019-]*,\s+$")
# ... or ", Maurice Koechlin and Émile Nouguier": two names of two words or three
_NAMED_PAIR_AFTER = re.compile(
    rf"[^,;:()]{{0,30}},\s+{words.CAPITAL}[\w'\u2019-]*(?:\s+{words.CAPITAL}[\w'\u2019.-]*){{0,2}}(?:\s+[a-z]+(?:\s+[A-Z]?[\w-]+){{1,3}})?\s+and\s+{words.CAPITAL}"
)


def _restated(prior: str, value: str) -> bool:
    """'exactly 1/72 of an inch, [about 0.353 millimetres]': a hedged value right after another one
    (not after a year: 'In 1998, about 40 percent')."""
    # "25 metres per second, [roughly 90 km/h]", "about 0.2 kilograms, a little [under half a pound]"
    # "about half the world's population, [roughly 4.8 billion people]": a share, then its count
    # "8.7 million litres (2.3 million US gallons) of molasses, [roughly 13,000 short tons]": past its conversion
    m = re.search(r"(\d[\d.,/]*|\b(?:half|third|thirds|quarter|quarters|tenth)\b)(?:[^(),\d]{0,30}?|[^(),\d]*\)\s+of\s+[^(),\d]{1,20}?),\s*(?:a little\s+|just\s+)?$", prior)
    hedged = re.match(r"(?:(?:a little|a bit|slightly|just|well)\s+)?(?:about|roughly|around|approximately|~|under|over|nearly|almost)\b", value, re.I) is not None
    return m is not None and hedged and not is_year(m.group(1).rstrip(".,/"))  # "In 1940, during the Blitz, about ..."


def _verb_in_disguise(word: str) -> bool:
    """A word ending in -s inside a run of nouns: compounds keep their modifiers singular ("sea star",
    not "seas star"), so such a word is more likely the verb of a clause the tagger missed."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "\u2019s")) and "VERB" in lookup(word)


# "cut its death rate from [roughly 80 percent] to [under 5 percent]": a value before and one after a change
_CHANGE_BEFORE = re.compile(
    r"\b(?:fell|falls?|falling|rose|rises?|rising|cut|cuts|cutting|dropped|drops?|dropping|increased|decreased|grew|"
    r"shrank|climbed|reduced|reduces|reducing|raised|lowered|slowed|jumped|soared|plunged|declined)\b[^,.;]{0,40}\bfrom\s+$"
)


def _ranges(text: str, found: list[Phrase]) -> list[Phrase]:
    """'between roughly 200 m and 1,100 m': two quantities that make one range are one phrase, and
    neither end is a phrase alone (the other would show it)."""
    out = list(found)
    for a, b in zip(found, found[1:], strict=False):
        opens = re.search(r"\b(?:between|from)\s+(?:\w+\s+)?$", before(text, a.start)) or re.match(
            r"(?:between|from)\s", text[a.start : a.end]
        )
        # "stretching the span [by about a metre] to [1,991 metres]": a change and where it ends, no range
        by = re.search(r"\bby\s+$", before(text, a.start)) is not None
        spans_one = opens or re.fullmatch(r"\s+to\s+", text[a.end : b.start]) and _same_measure(text, a, b) and not by
        if spans_one and re.fullmatch(r"\s+(?:and|to|-|\u2013)\s+", text[a.end : b.start]) and not _CHANGE_BEFORE.search(before(text, a.start)):
            out = [p for p in out if p not in (a, b)]
            out.append(Phrase(a.start, b.end, Kind.QUANTITY, incidental=a.incidental and b.incidental))
    for b in list(out):
        # "between [two and three tonnes]": a bare number in words opens the range its other end closes
        low = _BARE_LOW_END.search(before(text, b.start)) if b in found else None
        if low is not None:
            out[out.index(b)] = Phrase(b.start - len(low.group("low")), b.end, Kind.QUANTITY, incidental=b.incidental)
    return out


_BARE_LOW_END = re.compile(rf"\bbetween\s+(?P<low>(?:{_NUMBER_WORD}|\d[\d,.]*)\s+and\s+)$", re.I)


def _same_measure(text: str, a: Phrase, b: Phrase) -> bool:
    """ "over six months to two years": two values of one measure joined by "to" are a range, with no
    "between" or "from" before them."""
    units = [re.search(r"([A-Za-z]+)$", text[p.start : p.end]) for p in (a, b)]
    dimensions = {unit_dimension(u.group(1)) if u else "" for u in units}
    return len(dimensions) == 1 and "" not in dimensions


# the capitals of the Latin alphabets: "Émile", "Štiavnica", "Łódź" (not "×", which sits among them)
_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# "Émile Gagnan", "eBay", "sub-Saharan"
_NAME_TOKEN = re.compile(rf"[{_CAPITALS}][\w'\u2019.:*+-]*|[0-9][\w.-]*|[a-z]+-?[A-Z][\w-]*")
# "Pliny the Younger", "Contrôle Officiel Suisse des Chronomètres", "Ludwig van Beethoven"
_NAME_GLUE = {"of", "upon", "de", "des", "der", "den", "di", "dos", "van", "von", "la", "le", "du", "da", "del", "della", "degli", "dei", "the", "on", "for", "in", "to", "v", "vs", "et", "e", "y", "\u00e0", "ibn", "bin", "bint", "ben"}
_PARTICLE_GLUE = {"de", "van", "von", "da", "di", "du", "del", "della", "degli", "dei", "dos", "ibn", "bin", "bint", "ben"}
_ARTICLE_GLUE = {"la", "le", "les", "der", "den", "los", "las"}
NAME_PARTICLES = frozenset(_PARTICLE_GLUE | _ARTICLE_GLUE)  # the lower-case words of a person's name
# a name's glue word with its own mark: "Feist v. Rural Telephone", "Ferdinando de' Medici"
_GLUE_GAP = {"v": ". ", "vs": ". ", "de": "' ", "d": "'"}
# 'on', 'for' and 'in' join a name only after a word that names a body or a field of it: "Convention on
# International Trade in Endangered Species", "Institute for Advanced Study"; not "Bougainville in Papua"
_BODY = words.wordset(
    "convention treaty agreement committee commission institute institution centre center centres centers council panel"
    " conference trade society school college museum office board ministry department fund union platform"
    " agency academy foundation bureau association organisation organization authority administration trust alliance"
    " hospital infirmary asylum clinic library laboratory league company guild corporation"
)
_RANKS = words.wordset("earl duke duchess count countess baron baroness marquess marquis viscount prince princess king queen")
_OR_ALIAS = r"(?:,\s+or\s+|\s*\()"  # what sets off another name of the same thing: ", or MSG", " (MSG"
_ALIAS = r"[A-Z][A-Z0-9]{1,5}s?"  # "MSG", "CFCs", "KNO3"
_ALIAS_AFTER = re.compile(_OR_ALIAS + _ALIAS + r"\b(?!\s*\d)")  # "chlorofluorocarbons (CFCs)"; not "Hindenburg (LZ 129)"
_ALIAS_PAIR = re.compile(rf",\s+or\s+{_ALIAS}\b(?![-\w])|\s*\({_ALIAS}\)")  # the alias, whole
_ACRONYM_END = re.compile(r"(?:^|\s)(?:[A-Z]{2,6}|(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,5})$")  # "MSG", "LiDAR"
_EXPANDED_IN_BRACKETS = re.compile(
    r"\b(?:[A-Z]{2,6}|(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,5})s?\s*\((?P<x>[a-z][^()]{2,80})\)"
)
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,6}" + _OR_ALIAS + "$")
_EXPANSION_AFTER = re.compile(_OR_ALIAS + r"[a-z][a-z-]*(?:[a-z-]{5}|\s+[a-z])")  # "(light detection and ranging)"
_SPELLED_OUT = r"(?:\s*\(|,\s+the\s+)"  # what sets off the name an acronym stands for: " (", ", the "
_NAME_SPELLED_AFTER = re.compile(_SPELLED_OUT + r"[A-Z][\w-]*\s+[A-Z]")  # "IPBES (Intergovernmental ..."
_ACRONYM_SPELLED = re.compile(r"\b[A-Z]{2,6}" + _SPELLED_OUT + r"(?=[A-Z])")  # "COSC, the [Contrôle ...]"
_MONTH_NAMES = frozenset(_MONTHS.lower().split("|"))
_ERA = {"CE", "BCE", "AD", "BC"}
NAME_OPENERS = {"sir", "dame", "lord", "lady", "saint", "st", "dr", "mount", "lake", "cape"}  # a title or a place word that opens a name before a capital: "Lake Texcoco"
_MODIFIER_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:-[a-z]+)+|\d{4}s", re.I)  # 64-bit, 14-year-old, 1960s


def _from_a_place(toks: list[words.Token], i: int, j: int) -> bool:
    """ "Andrea Amati of Cremona": after a person's full name, 'of' says where they came from; after a
    common noun it goes on naming ("Royal Academy of Dance", "United States of America")."""
    surname = toks[j - 1].lower
    common = lookup(toks[i].lower)[:1] == ("ADJ",)  # "the Grand Duchy of Finland": no person's name opens on an adjective
    # "Anne Miller of New Haven": a given name first makes a person, whatever else the surname is
    # ... but not an owner: "Peru's Ministry of Culture"
    given = name_only(toks[i].text) and not toks[i].text.endswith(("'s", "\u2019s"))
    person = "NOUN" not in lookup(surname) or j - i == 2 and given
    person = person and surname not in _BODY  # "the London School of Economics": a body, named on
    # "the 2nd Earl of Leicester", "the Duke of Wellington": a rank held of a place, named whole
    person = person and surname not in _RANKS and not re.fullmatch(r"\d+(?:st|nd|rd|th)", toks[i].lower)
    return toks[j].lower == "of" and j - i >= 2 and person and not toks[j - 1].text.isupper() and not common


def _article(toks: list[words.Token], j: int) -> bool:
    """ "a" before a word is the article, not a letter of the name before it (as "b" is in "51 Pegasi b")."""
    return toks[j].text == "a" and j + 1 < len(toks) and toks[j + 1].text[:1].isalpha()


def _two_glue_words(text: str, toks: list[words.Token], j: int) -> bool:
    """Two glue words that go on naming: a particle and an article ("Ballet de la Nuit", "Johannes van
    der Waals"), or "of the" after a noun ("Shrine of the Book"; not "Tom Jones of the BBC")."""
    if j + 2 >= len(toks) or not all(_adjacent(text, toks, k, k + 1) for k in (j - 1, j, j + 1)):
        return False
    first, second = toks[j].lower, toks[j + 1].lower
    if first in _PARTICLE_GLUE and second in _ARTICLE_GLUE:
        return toks[j + 2].text[:1].isupper()
    of_the = first == "of" and second == "the" and "NOUN" in lookup(toks[j - 1].lower)
    # "Chris Ford of the Boston Celtics": a first name, then a surname that is a noun too, is a person
    person = j >= 2 and lookup(toks[j - 2].lower) == ("PROPN",) and _adjacent(text, toks, j - 2, j - 1)
    return of_the and not person and _name_part(text, toks, j + 2, first=False)


_PLACE_OF_A_NAME = re.compile(r"[A-Z][\w.'\u2019-]*\s+(?:in|at)\s+(?:the\s+)?$")


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _names(text: str) -> tuple[list[Phrase], set[tuple[int, int]], set[tuple[int, int]]]:
    """Runs of capitalised words ("James Webb Space Telescope", "51 Pegasi b", "Ariane 5"); two names
    joined by 'and' are one phrase too, and so is a firm's name across its comma ("Perkins, Bacon &
    Petch"). A name that modifies the noun after it ("the Doppler shift") is not a phrase alone: the
    term it opens is. Also the spans of a name with the common nouns after it that say what kind of
    thing it is ("Therac-25 radiation therapy machine"): no term; and of a name that places the one
    before its comma ("Cleveland, Ohio"): no phrase."""
    toks = words.tokens(text)
    tagged = _tagged(text)
    runs = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and (_name_part(text, toks, j, first=(j == i)) or _subtitle(text, toks, i, j)):
            j += 1
            if _two_glue_words(text, toks, j):
                j += 2
            elif j + 1 < len(toks) and _nickname(text, toks[j].start, toks[j].end):
                j += 2  # 'Howard "Bud" Kettler': the nickname and the surname after it
            elif _titled(text, toks, i, j) and (glue := _title_glue(text, toks, j, _after_a_work(toks, i))):
                j += glue  # "The Lord of the Rings", "H Is for Hawk", "the book Unsafe at Any Speed": a work's title
            elif (
                j + 1 < len(toks)
                and toks[j].lower in _NAME_GLUE
                and not toks[j - 1].text.endswith(("'s", "\u2019s"))  # "Eisenstein's The Printing Press": two names
                and (toks[j].lower not in ("on", "for", "in", "to") or _body_goes_on(toks, i, j))
                # "Pliny the Elder", "William the Conqueror"; not "told the Commons the Thames had ...", nor
                # "During the Second World War the RAF took up ...": two names (no epithet is an acronym)
                and not (toks[j].lower == "the" and (lookup(toks[j + 1].lower) == ("PROPN",) or _acronym(toks[j + 1].text)))
                and not _from_a_place(toks, i, j)
                and _adjacent(text, toks, j - 1, j)
                and (_adjacent(text, toks, j, j + 1) or _glued(text, toks, j + 1))
                and _name_part(text, toks, j + 1, first=False)
            ):
                j += 1
        rare = j < len(toks) and words.zipf(toks[j].lower) < words.RARE_EPITHET_ZIPF  # "Staphylococcus aureus"
        if j == i + 1 and j < len(toks) and _adjacent(text, toks, i, j) and words.species_word(toks[j].text, known=rare):
            j += 1  # "Pseudogymnoascus destructans", "Varroa destructor": a genus and its species
        if j > i:
            # "Ariane 5", "IEEE 754", "51 Pegasi b": a number or a lone letter right after a name belongs to it
            while (
                j < len(toks)
                and (_adjacent(text, toks, j - 1, j) or _numbered(text, toks, j))
                and not toks[j - 1].text.endswith(("'s", "\u2019s"))  # "Borbély's 1982 model": the model's year
                and (
                    re.fullmatch(r"\d+(?::\d+)?(?:['\u2019]s)?|[a-z]|[IVX]{1,4}", toks[j].text)
                    and (not _counts_something(text, toks[j].end) or _counted_before(toks, i))
                    and not re.match(r",\d", text[toks[j].end :])  # "paid Appert 12,000 francs": an amount, no part of the name
                    and not re.match(r"\s(?:BCE|BC|CE|AD)\b", text[toks[j].end :])  # "the Canopus Decree of 238 BC": a year
                    and not (toks[j].text == "I" and toks[j - 1].lower != "war" and re.match(r"\s+[a-z]", text[toks[j].end :]))  # "World War I", not "Smith I think"
                )
                and not _article(toks, j)  # "fined Walmart a combined $5.5 million"
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    found, kinds, placing = [], set(), set()
    for n, (i, j) in enumerate(runs):
        while j - i > 1 and (
            toks[i].lower in ROLES
            or _office_word(toks, i, j)
            or _trade_before_a_name(toks, i, j)
            or _body_of_an_office(text, toks, i, j)
            or _nationality_before_a_role(toks, i, j)
        ):
            if toks[i + 1].lower in _NAME_GLUE:
                break  # "Chancellor of the Exchequer", "Master of the Rolls": an office, named whole
            if any(t.text.endswith(("'s", "\u2019s")) for t in toks[i + 1 : j - 1]):
                break  # "Dr. West's Miracle Tuft": a brand named for its owner, title and all
            i += 1  # "Chief Justice [Marshall]", "Professor [Chen]": the title stays shown, the name is asked
        runs[n] = (i, j)  # a pair of names starts after the title too: "Astronomers [X and Y]"
        start, end = _strip(text, toks[i].start, toks[j - 1].end)
        end = start + len(re.sub(r"['\u2019]s$", "", text[start:end]))
        if not _worth_a_name(text, start, end):
            continue
        # "the Doppler shift": a name followed by a noun modifies it; "Robert Paine began": it does not
        modifier = j < len(toks) and _adjacent(text, toks, j - 1, j) and toks[j].text[:1].islower()
        modifier = modifier and _tag(text, toks, j, tagged) == "N" and not after(text, end).startswith(("'", "\u2019"))
        kind_end = _kind_of_thing(text, toks, j, tagged) if modifier and "ADJ" not in lookup(toks[j - 1].lower) else 0
        if kind_end:
            kinds.add((start, kind_end))
        modifier = modifier and not kind_end
        # "monosodium glutamate, or MSG", "(MSG)": an alias the words before it spell out
        alias = text[start:end].isupper() and bool(re.search(r"(?:,\s+or|\()\s*$", before(text, start)))
        start = _with_its_region(text, start, toks[i].lower)
        found.append(Phrase(start, end, Kind.NAME, incidental=bool(modifier) or alias))
    # "C. difficile", "S. aureus", "T. rex": a genus cut to its initial, then its species
    found += [Phrase(m.start(), m.end(), Kind.NAME) for m in _SPECIES.finditer(text) if words.species_word(m.group(1), known=True)]
    for (i1, j1), (i2, j2) in zip(runs, runs[1:], strict=False):
        between = text[toks[j1 - 1].end : toks[i2].start]
        # "from Sacramento and the Union Pacific west": 'and the' pairs names only after 'the'
        symmetric = between != " and the " or before(text, toks[i1].start).lower().endswith("the ")
        # "Port Elizabeth in New Jersey and Felixstowe in England": each name has its own place
        placed = re.match(r"\s+(?:in|at|on|near)\s+[A-Z]", text[toks[j2 - 1].end :]) is not None
        # "Jacques Piccard and US Navy Lieutenant Don Walsh": each person has a role of their own
        placed = placed or any(toks[k].lower in ROLES for k in range(i2, j2))
        # "between Oban in Scotland and Clarenville, Newfoundland": the first is where the name before it is
        placed = placed or toks[i1].text[:1].isupper() and _PLACE_OF_A_NAME.search(before(text, toks[i1].start)) is not None
        # "between Glenn Cowan and Chinese champion Zhuang Zedong": a people's adjective describes the noun after it
        placed = placed or j2 - i2 == 1 and peoples_adjective(toks[i2].text) and j2 < len(toks) and toks[j2].text[:1].islower()
        # "Gibson posted a 1.12 ERA and Carl Yastrzemski won ...": after its clause's verb, a name that acts opens a clause
        object_first = i1 > 0 and toks[i1 - 1].lower in ("a", "an")
        acts = is_verb(text, toks[j2 - 1].end)
        placed = placed or object_first and acts and _clause_has_verb(text, toks, toks[i1].start, tagged)
        # "Tibetans call it Chomolungma and Nepalis call it ...": what a thing is called, then who acts next
        placed = placed or i1 > 0 and toks[i1 - 1].lower in OBJECT_PRONOUNS and acts
        # "Edmund Hillary of New Zealand and Tenzing Norgay reached ...": where the first person is from
        placed = placed or acts and re.search(r"[A-Z][\w.'\u2019-]*\s+of\s+$", before(text, toks[i1].start)) is not None
        if between in (" and ", " & ", " and the ", " or ") and symmetric and not placed:
            found.append(Phrase(toks[i1].start, _strip(text, toks[i2].start, toks[j2 - 1].end)[1], Kind.NAME))
        elif between == ", " and _named_with_its_place(text, toks, (i1, j1), (i2, j2), tagged):
            second = _strip(text, toks[i2].start, toks[j2 - 1].end)
            if " & " in text[second[0] : second[1]]:
                found.append(Phrase(toks[i1].start, second[1], Kind.NAME))  # a firm's partners, asked whole
            else:
                placing.add(second)
    return found, kinds, placing


def _named_with_its_place(
    text: str, toks: list[words.Token], first: tuple[int, int], second: tuple[int, int], tagged: dict[int, str]
) -> bool:
    """A one-word name and the name after its comma that places it ("Cleveland, Ohio") or names its
    partners ("Perkins, Bacon & Petch"): never asked by halves. Not items of a list ("Farrar, Will Weng
    and ..."), nor the end of an opening phrase and the subject after it ("In Jena, Ernst Abbe showed
    ..."), nor a title and a name ("the Astronomer Royal, George Airy"), a name and what it owns ("the
    Ruhr, Germany's heartland") or a people's word for it ("Bonsai, Japanese for ...")."""
    (i1, j1), (i2, j2) = first, second
    if j1 - i1 != 1 or toks[i1].lower in _MONTH_NAMES or not toks[i1].text[:1].isupper():
        return False
    if i1 > 0 and toks[i1 - 1].text[:1].isupper() or toks[j2 - 1].text.endswith(("'s", "\u2019s")) or peoples_adjective(toks[i2].text):
        return False  # a title's last word is no name alone; an owner; a people's word
    opening = before(text, toks[i1].start).rstrip()
    if opening.endswith((",", " and", " or")) or re.match(r",?\s+(?:and|or|&)\s|,\s+[A-Z]", text[toks[j2 - 1].end :]):
        return False  # one name of a list
    if re.match(r"\s+(?:in|at|on|near)\s+[A-Z]", text[toks[j2 - 1].end :]):
        return False  # "at Bruges, Bryggen in Bergen": the second name has a place of its own
    subject_next = j2 < len(toks) and _tag(text, toks, j2, tagged) == "V"
    return not subject_next or opening == "" or opening.endswith((".", ";", ":", "\u2014"))


_MODIFIED_ACRONYM = re.compile(r"[a-z][a-z-]+ [A-Z]{2,}")  # "recombinant DNA", not "lunar constituent M2"
_SPECIES = re.compile(r"\b[A-Z]\.\s([a-z]{3,})\b")


def _body_goes_on(toks: list[words.Token], i: int, j: int) -> bool:
    """'on', 'for' or 'in' inside a body's name that opens at `i`: after a word such as 'Convention'
    ("Agency for Research on Cancer") and before a capitalised common word ("Trade", "Advanced"), not
    a place ("Conference in Washington"), nor after the 'of' that ended its name ("Museum of Modern Art in New York")."""
    nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
    placed = toks[j].lower == "in" and any(t.lower == "of" for t in toks[i:j])
    work = toks[j].lower == "for" and toks[j - 1].lower in _SCORED_FORMS  # "Concerto for Flute and Harp"
    return (work or any(t.lower in _BODY for t in toks[i:j])) and lookup(nxt)[:1] != ("PROPN",) and not placed


_SCORED_FORMS = words.wordset("concerto concertos sonata sonatas suite symphony quartet quintet trio duet fantasia serenade music")


def _numbered(text: str, toks: list[words.Token], j: int) -> bool:
    """'Locomotion No. 1', 'Symphony No. 5': the number after 'No.' belongs to the name."""
    return toks[j - 1].text in ("No", "no") and text[toks[j - 1].end : toks[j].start] == ". "


def _counted_before(toks: list[words.Token], i: int) -> bool:
    """ "Four Olympus 593 turbojets": a count before the name counts the things after its number, which
    is then the name's own."""
    return i > 0 and (toks[i - 1].lower in NUMBER_WORDS or toks[i - 1].text.isdigit())


def _counts_something(text: str, end: int) -> bool:
    """'Jupiter 12 times', 'NASA 2,600 planets': a number after a name that counts, not one that names."""
    return bool(re.match(r"\s*(?:%|percent\b|times\b|[a-z]+s\b(?!['\u2019]))", after(text, end)))


_WORK = words.wordset("book novel pamphlet report paper essay film movie documentary album song poem memoir treatise play")


def _subtitle(text: str, toks: list[words.Token], i: int, j: int) -> bool:
    """ "the pamphlet Soil Erosion: A National Menace": a work's title goes on after its colon."""
    return (
        i < j < len(toks)
        and i > 0
        and toks[i - 1].lower in _WORK
        and text[toks[j - 1].end : toks[j].start] == ": "
        and toks[j].text[:1].isupper()
    )


_TITLE_GLUE = words.wordset("in of on for and to at from with under over as into")


def _titled(text: str, toks: list[words.Token], i: int, j: int) -> bool:
    """A run of capitalised words that is the title of a work: it opens on a capital 'The' or 'A'
    inside a sentence ("behind The Worst Journey"), or a capitalised verb is among its words ("H Is")."""
    inside = i > 0 and not re.search(r"[.!?:;\"\u201c(]\s*$", text[: toks[i].start])
    verb = any(lookup(t.lower)[:1] == ("AUX",) and t.text[:1].isupper() for t in toks[i + 1 : j])
    return inside and (toks[i].text in ("The", "A", "An") or verb or _after_a_work(toks, i))


# the kinds of work whose title follows them: "his 1965 book Unsafe at Any Speed"
_WORKS = words.wordset("book books novel film play album song opera poem essay memoir treatise report paper article")


def _after_a_work(toks: list[words.Token], i: int) -> bool:
    return i > 0 and toks[i - 1].lower in _WORKS


def _title_glue(text: str, toks: list[words.Token], j: int, after_work: bool = False) -> int:
    """How many words glue two capitalised words of a title: 'in the', 'of a' (2), 'for', 'as' (1, never
    a preposition of place, unless a word for the work comes before the title); 0 when none do."""
    if j + 1 >= len(toks) or toks[j].lower not in _TITLE_GLUE or not _adjacent(text, toks, j - 1, j):
        return 0
    glue = 2 if toks[j + 1].lower in ("the", "a", "an") else 1
    # "The Rite of Spring in Paris": a place after the title; but "the book Unsafe at Any Speed"
    two_capitals = j + 2 < len(toks) and all(t.text[:1].isupper() for t in toks[j + 1 : j + 3])
    if glue == 1 and toks[j].lower not in ("for", "as", "of", "with") and not (after_work and two_capitals):
        return 0
    words_after = j + glue < len(toks) and toks[j + glue].text[:1].isupper()
    return glue if words_after and all(_adjacent(text, toks, k, k + 1) for k in range(j, j + glue)) else 0


# ... not names in a list that 'and' ends: "Circle, Hammersmith & City and Metropolitan line trains"
_FIRMS_AMPERSAND = re.compile(r"(?:,\s+[A-Z][\w'\u2019-]*)*\s+&\s+[A-Z](?![\w'\u2019.-]*(?:\s+[A-Z][\w-]*)*\s+and\s)")


def _given_name_between(text: str, toks: list[words.Token], j: int, first: bool) -> bool:
    """ "Carl August von Steinheil": a month's name between a name's words is a given name."""
    if first or j + 1 >= len(toks) or not _adjacent(text, toks, j - 1, j) or not _adjacent(text, toks, j, j + 1):
        return False
    nxt = toks[j + 1]
    return toks[j - 1].text[:1].isupper() and (nxt.text[:1].isupper() or nxt.lower in NAME_PARTICLES)


_DATES_A_MONTH = words.wordset("in on of since by until till from last next early late mid this that every each through during before after")


def _month_as_given_name(text: str, toks: list[words.Token], j: int, first: bool) -> bool:
    """ "[August Dvorak] patented ...", "[June Carter] sang": a month's name before a surname the word
    table knows only as a name, with no preposition or determiner before it that makes it a date."""
    if not first or toks[j].lower not in _MONTH_NAMES or j + 1 >= len(toks) or not _adjacent(text, toks, j, j + 1):
        return False
    surname = toks[j + 1]
    dated = j > 0 and toks[j - 1].lower in _DATES_A_MONTH
    return not dated and surname.text[:1].isupper() and surname.text.isalpha() and lookup(surname.lower)[:1] in ((), ("PROPN",))


_NEVER_NAMES = frozenset({"ADV", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX"})  # a word's first tag that names nothing


def _name_part(text: str, toks: list[words.Token], j: int, first: bool) -> bool:
    tok = toks[j]
    gap = "" if first else text[toks[j - 1].end : tok.start]
    # "Robert J. Lang", "B.F. Goodrich", "St. Louis", "Mt. Everest": initials or a short title with its full stop
    initial = gap == ". " and bool(re.fullmatch(r"[A-Z](?:\.[A-Z]){0,2}|St|Mt|Ft|Dr", toks[j - 1].text))
    # "in C. Nearly every ...": a word that never names opens the next sentence after a letter
    initial = initial and next(iter(lookup(tok.lower)), "") not in _NEVER_NAMES
    # "String Quartet Op. 130", "Symphony No. 5": a work's number after its abbreviation
    initial = initial or gap == ". " and toks[j - 1].text in ("Op", "No", "Nos", "Vol") and tok.text[:1].isdigit()
    # "Animal Welfare (Sentience) Act": one capitalised word in brackets inside a name
    bracket = gap == " (" and re.match(r"[A-Z][\w-]*\) [A-Z]", text[tok.start :]) is not None
    bracket = bracket or gap == ") " and re.search(r"\w \([A-Z][\w-]*$", text[: toks[j - 1].end]) is not None
    # "Procter & Gamble", "R&A", "Warner/Chappell", "L. & C. Hardtmuth"
    ampersand = gap in (" & ", "&", "/", ". & ") and tok.text[:1].isupper()
    # "Wyckoff, Seamans & Benedict": partners' names before the ampersand of a firm's
    ampersand = ampersand or gap == ", " and tok.text[:1].isupper() and _FIRMS_AMPERSAND.match(text, tok.end) is not None
    # "Seven Years' War": a span of time's apostrophe inside a name
    ampersand = ampersand or gap in ("' ", "\u2019 ") and toks[j - 1].lower in SPANS_OF_TIME and tok.text[:1].isupper()
    # "the Citizens' Committee", "Farmers' Alliance": a body named for the people it is of
    ampersand = ampersand or gap in ("' ", "\u2019 ") and _people_of(toks, j - 1) and tok.text[:1].isupper()
    ampersand = ampersand and toks[j - 1].text[:1].isupper()
    joined = initial or bracket or ampersand or _glued(text, toks, j)
    if not first and not _adjacent(text, toks, j - 1, j) and not joined:
        return False
    # "Minton's Playhouse" is one name (a place's common noun); "DeepMind's AlphaGo" is two
    owned = not first and toks[j - 1].text.endswith(("'s", "\u2019s"))
    if owned and not (toks[j].text[:1].isupper() and words.known(toks[j].lower)) or owned and tok.text in ("The", "A", "An"):
        return False  # "Eisenstein's The Printing Press": the author, then the work's title
    described = owned and j + 1 < len(toks) and toks[j + 1].text[:1].islower() and "NOUN" in lookup(toks[j + 1].lower)
    if described and peoples_adjective(toks[j].lower):
        return False  # "Pepperberg's African grey": the owner, then what a people's adjective describes
    # "Amenhotep I": a ruler's numeral after a name no dictionary has, not the pronoun
    # ... or after the capitalised noun of a numbered series: "CITES Appendix I", "Type I diabetes"
    series = toks[j - 1].lower in _NUMBERED_SERIES and toks[j - 1].text[:1].isupper() if j else False
    regnal = tok.text == "I" and not first and (lookup(toks[j - 1].lower)[:1] in ((), ("PROPN",)) or series)
    regnal = regnal and not _SPEAKS_AFTER_I.match(text, tok.end)  # "in Tokyo I don't even try": the speaker
    if not _NAME_TOKEN.fullmatch(tok.text) or tok.lower in ("i", "i'm", "i've") and not regnal or _MODIFIER_NUMBER.fullmatch(tok.text):
        return False
    if (tok.lower in _MONTH_NAMES or tok.lower in WEEKDAYS) and not _given_name_between(text, toks, j, first) and not _month_as_given_name(text, toks, j, first):
        return False  # "August 1, 2007" is a date; "London on Monday" is no name
    if tok.text in _ERA:
        return False  # "the 6th century CE": an era, not a name
    if not first and j >= 2 and is_year(toks[j - 1].text) and tok.text[:1].isalpha() and _named_year(text, toks[j - 2]):
        return False  # "at Christmas 1961 Wichterle spun": a name ends at its year; the next capital opens another
    if tok.text[0].isdigit():
        if not first and is_year(tok.text) and toks[j - 1].lower == "of" and _names_with_its_year(toks, j):
            return True  # "the Panic of 1873", "the Revolutions of 1848": a year that names the event
        if initial or j == 1 and _numbered_name(toks, 0):
            return True  # "Op. [130]": the number the abbreviation before it opened; "[Apollo 8] became"
        if j + 1 < len(toks) and toks[j + 1].lower in _MONTH_NAMES:
            return False  # "the Tri-State Tornado of 18 March 1925": a day opens the date after a name
        if first and re.fullmatch(_YEAR, tok.text) and (j == 0 or toks[j - 1].lower not in _DETERMINER or toks[j - 1].lower in ("a", "an")):
            # "In 2017 DeepMind's AlphaZero", "In 1763-64 James Watt", "a 2015 University of Geneva study": a
            # year (or years) before a name; but "the 1973 Nobel Prize"
            return False
        # "51 Pegasi b", "WASP-39b": a number opens a name only before a capitalised word
        nxt = j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and _adjacent(text, toks, j, j + 1)
        # ... but "44 Allied nations" counts nations: the capitalised word modifies a plural after it
        counted = j + 2 < len(toks) and re.fullmatch(r"[a-z]{3,}s", toks[j + 2].text) is not None
        decade = re.fullmatch(r"(?:\d\d)?\d0s", tok.text) is not None  # "the 1960s and [70s]": a time, no name
        return bool(re.search(r"[A-Za-z]", tok.text)) and not decade or bool(nxt) and not counted
    # ... but "Dr. West's Miracle Tuft" is a brand named for its owner, title and all
    brand = j + 2 < len(toks) and toks[j + 1].text.endswith(("'s", "\u2019s")) and toks[j + 2].text[:1].isupper()
    if first and tok.lower in ROLES and j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and not brand:
        return False  # "Biochemist James Collip": the role says who the named person is, it is no part of the name
    if tok.lower in NAME_OPENERS:
        # "Cape Horn", and "Cape of Good Hope", "Mount of Olives": the name after it, or after its 'of'
        after = j + 2 if j + 2 < len(toks) and toks[j + 1].lower == "of" else j + 1
        return after < len(toks) and toks[after].text[:1].isupper()
    if first and j == 0 and _numbered_name(toks, j):
        return True  # "[Apollo 8] became ...", "[Ariane 5]'s first flight": a name and its number open the sentence
    if first and tok.text in _FOREIGN_ARTICLES and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
        return True  # "La Niña is ...", "Los Alamos was ...": the article opens the name, first word or not
    if first and _opens_sentence(text, tok.start) and re.fullmatch(r"[B-HJ-Z]", tok.text) and _initial_of(text, toks, j):
        return True  # "K. Yusuf Billah made that case": an initial opens the sentence and the name
    if first and re.fullmatch(r"[A-Z]", tok.text) and re.match(r"\.? & [A-Z]", text[tok.end :]):
        return True  # "L & C Hardtmuth", "A & P": a firm's initials open its name
    return joined or not _opens_sentence(text, tok.start) or _capital_word_is_name(text, toks, j)


def _named_year(text: str, before: words.Token) -> bool:
    """A year that ends a name of its own ("Christmas 1961"); not one after an article or an owner that
    opens a longer name ("the 1888 Convention of Constantinople", "Turkey's 1915 Çanakkale Bridge")."""
    plain = before.text[:1].isupper() and not before.text.endswith(("'s", "\u2019s"))
    return plain and before.lower not in _DETERMINER and not _opens_sentence(text, before.start)


def _names_with_its_year(toks: list[words.Token], j: int) -> bool:
    """ "the Panic of 1873": one capitalised common noun, then 'of' and the year at `j`, is no name without
    the year; "the Great Plague of 1665" is one, and "of 1839 to 1842" is a span of years."""
    head = toks[j - 2] if j >= 2 else None
    alone = j < 3 or not toks[j - 3].text[:1].isupper() or toks[j - 3].lower in ("the", "a", "an")
    common = head is not None and head.text[:1].isupper() and "NOUN" in lookup(head.lower.removesuffix("s"))
    span = j + 1 < len(toks) and toks[j + 1].lower in ("to", "and", "-", "\u2013")
    return common and alone and not span


def _initial_of(text: str, toks: list[words.Token], j: int) -> bool:
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and text[toks[j].end : nxt.start] == ". " and nxt.text[:1].isupper() and not words.is_stopword(nxt.lower)


def _numbered_name(toks: list[words.Token], j: int) -> bool:
    """A word the table knows as a name ("Apollo", "Sputnik", a noun too), or not at all, right before a
    short number; not a numbered series' noun ("Chapter 3")."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    w = toks[j].lower
    named = name_only(w) or "PROPN" in lookup(w) and w not in _NUMBERED_SERIES
    known = named and toks[j].text[:1].isupper()
    return known and nxt is not None and nxt.start == toks[j].end + 1 and re.fullmatch(r"\d{1,4}(?:['\u2019]s)?", nxt.text) is not None


_FOREIGN_ARTICLES = frozenset(["La", "El", "Los", "Las", "Le", "Les", "Il"])


_NUMBERED_SERIES = words.wordset("appendix type class phase stage category schedule part volume book chapter article title grade level division")
_SPEAKS_AFTER_I = re.compile(
    r"\s+(?:\w+n['\u2019]t|am|do|think|thought|know|knew|remember|feel|felt|just|never|really|always|can|could|would|will)\b"
)


_KIN = words.wordset("friends sons daughters knights sisters brothers children fathers mothers")


def _people_of(toks: list[words.Token], j: int) -> bool:
    """A plural common noun that opens a name ("Citizens", "Miners"), not the last word of one ("Cone
    Mills' White Oak": the mill company's plant)."""
    plural = re.fullmatch(r"[A-Z][a-z]+s", toks[j].text) is not None and "NOUN" in lookup(toks[j].lower)
    return plural and (j == 0 or not toks[j - 1].text[:1].isupper())


def _office_word(toks: list[words.Token], i: int, j: int) -> bool:
    """ "Chief Justice", "Finance Minister", "Deputy Mayor": a common word before a role names an office
    that stays shown, as the role alone does; not a given name ("Anna Judge")."""
    return j - i >= 3 and toks[i + 1].lower in ROLES and not name_only(toks[i].text)


def _trade_before_a_name(toks: list[words.Token], i: int, j: int) -> bool:
    """ "Diver Elias Stadiatis", "Archaeologist Valerios Stais": a common noun of a trade before a given
    name and a surname says who the person is; no part of the name (not "Baker Street Station")."""
    return by_trade(toks[i].text) and j - i >= 3 and name_only(toks[i + 1].text)


def _nationality_before_a_role(toks: list[words.Token], i: int, j: int) -> bool:
    """ "Australian Lance Corporal William Beech", "Belgian Captain Adrien de Gerlache": a people's word
    before a role or an office says who the person is; no part of the name."""
    role = toks[i + 1].lower in ROLES or _office_word(toks, i + 1, j)
    return j - i >= 3 and peoples_adjective(toks[i].text) and role


_OFFICE_OF_THE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+the\s+$")
_OFFICES = ROLES | words.wordset("secretary treasurer lord master keeper comptroller")


def _body_of_an_office(text: str, toks: list[words.Token], i: int, j: int) -> bool:
    """ "Chancellor of the Exchequer John Aislabie", "Secretary of the Navy Josephus Daniels": the body
    an office is of, then the holder's given name and surname; the office stays shown with its body.
    Not "Stephen Kress of the National Audubon Society": no office, and one name."""
    office = _OFFICE_OF_THE.search(text, 0, toks[i].start)
    return j - i == 3 and office is not None and office.group(1).lower() in _OFFICES and name_only(toks[i + 1].text)


# words of time that open a sentence, capitalised, and never a name: "Today Peru grows ..."
_TIME_WORDS = words.wordset("today tonight yesterday tomorrow nowadays currently recently")


# endings only adverbs have; "Kelly" and "Beverly" end in "ly" too, so not that alone
_ADVERB_ENDINGS = ("ically", "ously", "ively", "ably", "ibly", "fully", "lessly", "ingly", "edly")


def _capital_word_is_name(text: str, toks: list[words.Token], j: int) -> bool:
    """A capitalised word that opens a sentence: a name when the table does not know it (nor a plain
    form of it), or when it opens a longer name."""
    word = re.sub(r"['\u2019]s$", "", toks[j].text)
    if word.lower() in _NAMES_AS_MODALS and not text.rstrip().endswith("?"):
        # "[Will Shortz] has edited ...", "[Will Shortz], the puzzle editor, ...", not "Will Rome fall?"
        apposed = j + 1 < len(toks) and name_only(toks[j + 1].lower) and text[toks[j + 1].end :].startswith(", ")
        return apposed or _subject_with_surname(text, toks, j, given_any=True)
    if words.is_stopword(word) or word.lower() in _TIME_WORDS:
        return False
    if word.isupper() and len(word) > 1:
        return True
    low = word.lower()
    if low.endswith(("ed", "ing")) and text[toks[j].end : toks[j].end + 1] == ",":
        return False  # "Uncoiled, the cochlea is...": a participle that opens the sentence
    if low.endswith(_ADVERB_ENDINGS):
        return False  # "Geomagnetically induced currents": an adverb no table knows, no name
    plain = [
        low[: -len(suffix)] + add
        for suffix, add in (("ing", ""), ("ing", "e"), ("ers", ""), ("ers", "e"), ("s", ""), ("ed", ""), ("ed", "e"))
        if low.endswith(suffix)
    ]
    parts = low.split("-")
    if len(parts) > 1 and all(words.known(p) and lookup(p)[:1] not in ((), ("PROPN",)) for p in parts):
        return False  # "Second-generation anticoagulants": a compound of common words, capitalised to open the sentence
    if not words.known(low) and not any(words.known(p) for p in plain):
        return True
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if low in _NAME_OPENERS and nxt is not None and nxt.text[:1].isupper() and _adjacent(text, toks, j, j + 1):
        # "[New Hampshire] remains ...", "[Lake Baikal] holds ...": a common word that opens a place's name;
        # not a name's adjective before the noun it describes ("South American leaf blight")
        k = j + 1
        while k < len(toks) and toks[k].text[:1].isupper():
            k += 1
        adjective = "ADJ" in lookup(toks[k - 1].lower)  # "South American", "East African"
        return not adjective and (k == len(toks) or tag_at(text, toks[k].start) != "NOUN")
    only_a_name = lookup(low)[:1] in ((), ("PROPN",))  # "Pliny the Elder", not "Today the Senate"
    if only_a_name and (placed := re.match(r", ([A-Z]\w*)", text[toks[j].end :])) and not peoples_adjective(placed.group(1)):
        return True  # "Cleveland, Ohio switched on ...": a word known only as a name, then the name that places it
    if only_a_name and re.match(r"\s+(?:and|&)\s+[A-Z]", text[toks[j].end :]):
        return True  # "[Francis and Gertrude Rogallo] designed ...": a word known only as a name, paired with another
    if nxt is not None and nxt.lower == "of" and lookup(low)[:1] == ("NOUN",) and low.endswith("s") and low not in _KIN:
        return False  # "Fossils of Eurotrochilus": things of a name, not a body's name as "Friends of the Earth"
    if nxt is not None and nxt.lower in _PARTICLE_GLUE and j + 3 < len(toks) and toks[j + 2].lower in _ARTICLE_GLUE:
        nxt = toks[j + 3]  # "Juan de la Cierva"
    elif nxt is not None and nxt.lower in _NAME_GLUE and (nxt.lower != "the" or only_a_name) and j + 2 < len(toks):
        nxt = toks[j + 2]  # "Karl von Frisch"
    return (
        nxt is not None
        and nxt.text[:1].isupper()
        and (_adjacent(text, toks, j, j + 1) or text[toks[j].end : toks[j + 1].start] == " & ")
        and (
            (words.zipf(word) < 4.5 or lookup(low)[:1] == ("PROPN",) or _first_name(toks, j))  # "John Smeaton's tower"
            and not _is_verb_form(low)
            and lookup(low)[:1] != ("VERB",)  # "Drill Mandarin tones": an instruction, not a name
            or _subject_with_surname(text, toks, j)
        )
    )


_REGION = re.compile(rf"\b{REGION_WORD}\s$")


def _with_its_region(text: str, start: int, first: str) -> int:
    """Where a name starts with the word for its region before it ('western [Asia]' is half of where)."""
    region = _REGION.search(text, max(0, start - 20), start)
    return region.start() if region and first not in MONTHS and first not in WEEKDAYS else start


# common words that open names of places and bodies; capitalised to open a sentence, they still do
_NAME_OPENERS = words.wordset(
    "new north south east west northern southern eastern western great greater upper lower saint san santa "
    "mount lake cape port fort world united royal big little old"
)


_NAMES_AS_MODALS = words.wordset("will may")  # first names that are modal verbs too


def _subject_with_surname(text: str, toks: list[words.Token], j: int, given_any: bool = False) -> bool:
    """ "[Mark Cavendish] won his 35th stage": a common noun or verb (or, `given_any`, any word), then a
    word known only as a name, then the verb they are the subject of: a first name and a surname,
    whatever else the first word means."""
    if j + 2 >= len(toks):
        return False
    given, surname = toks[j].lower, toks[j + 1].text
    if not given_any and lookup(given)[:1] not in (("NOUN",), ("VERB",)) or surname.isupper():
        return False  # "Ancient DNA shows", "Nearby Mawsynram averages": a word describing the name, or an acronym
    verb = toks[j + 2].text[:1].islower()  # "Read Eric Scerri's ...": an instruction, then a name of two words
    # "[Mark Twain] bought ...": a rare word that names people too is a surname after a first name
    rare_name = "PROPN" in lookup(surname.lower()) and words.zipf(surname.lower()) < RARE_SURNAME_ZIPF
    return surname.isalpha() and (name_only(surname.lower()) or rare_name) and verb and is_verb(text, toks[j + 2].start)


RARE_SURNAME_ZIPF = 3.5  # "Twain" 3.4; not "Smith" 4.9 or "Bell" 4.6


def _first_name(toks: list[words.Token], j: int) -> bool:
    """A common word that is a first name too, before a word that is only a name, the two a name of their
    own: "[Miles Davis] recorded", not "Hall's Pittsburgh", "Queen Victoria's dress", "South American leaf"."""
    first, last, after = (toks[i].lower if i < len(toks) else "" for i in (j, j + 1, j + 2))
    whole = not any(re.search(r"['’]s$", w) for w in (first, last)) and lookup(after)[:1] not in (("NOUN",), ("ADJ",))
    return whole and "PROPN" in lookup(first) and lookup(last)[:1] in ((), ("PROPN",))


def _worth_a_name(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    if len(name) < 2 or words.is_stopword(name):
        return False
    return not (len(name.split()) == 1 and words.zipf(name.lower()) > 5.0 and not name.isupper())


def _opens_sentence(text: str, at: int) -> bool:
    prior = before(text, at).rstrip()
    return not prior or prior[-1] in ".!?:\"'(\u201c\u2014-"


def _slashed(text: str, toks: list[words.Token], j: int) -> bool:
    """'REM/spindle suppression': two modifiers of one noun joined by a slash."""
    return text[toks[j].end : toks[j + 1].start] == "/"


def _glued(text: str, toks: list[words.Token], j: int) -> bool:
    """Token j follows a glue word of a name with that word's own mark: "v. Rural", "de' Medici"."""
    if j == 0:
        return False
    gap = _GLUE_GAP.get(toks[j - 1].lower)
    return gap is not None and text[toks[j - 1].end : toks[j].start] in (gap, gap.replace("'", "\u2019"))


def _adjacent(text: str, toks: list[words.Token], a: int, b: int) -> bool:
    return text[toks[a].end : toks[b].start] in (" ", "-")


# -- noun phrases ---------------------------------------------------------------------------------

_ELSE = words.wordset("else else's else\u2019s")
_NOT_IN_TERM = words.wordset(
    """also only just even still very really quite often usually always never sometimes first then now once
    again already more most less least much many few several each every such same own other another new
    whole main key major real big small large high low good bad best better worse worst simple basic typical
    resulting remaining following existing"""
)


def _terms(text: str) -> list[Phrase]:
    """Runs of adjectives and nouns that end on a noun: 'eclipsing binary stars', 'reducing sugars'."""
    toks = words.tokens(text)
    tagged = _tagged(text)
    kinds = _kinds(text)
    found = []
    i = 0
    while i < len(toks):
        ago = toks[i].lower in SPANS_OF_TIME and i + 1 < len(toks) and toks[i + 1].lower in FROM_THEN
        verb_after = i > 0 and kinds[i - 1] in ("N", "A") and _past_with_particle(toks, i)  # "light [set] out"
        if kinds[i] not in ("N", "A") or ago or _participle_by(toks, i) or verb_after:
            i += 1
            continue
        j, verb = i, False
        while j + 1 < len(toks) and kinds[j + 1] in ("N", "A") and (_adjacent(text, toks, j, j + 1) or _slashed(text, toks, j)):
            if toks[j].lower in SPANS_OF_TIME:
                break  # "within [months] surgeons were ...": a span of time modifies no noun after it
            if toks[j + 1].lower in SPANS_OF_TIME and j + 2 < len(toks) and toks[j + 2].lower in FROM_THEN:
                break  # "a pot of [limewater] centuries ago", "warn [reef managers] weeks before": when, no noun of the term
            if plain_s(toks[j].lower) and not toks[j].lower.endswith(("'s", "\u2019s")) and _given_to(toks, i):
                break  # "has given its [capybaras] [warm baths]", "give [aquarium puffers] [hard food]": two objects
            if _noun_then_adjective(toks[j], toks[j + 1]):
                break  # "gives the [clapper] [fresh metal]": an adjective after a noun opens the next phrase
            if toks[j + 1].lower in _TAKES_TO and j + 2 < len(toks) and toks[j + 2].lower == "to":
                break  # "plant [milkweed] native to your region": an adjective with its complement after the noun
            if tagged.get(toks[j].start) in ("NOUN", "PROPN") and tagged.get(toks[j + 1].start) == "VERB" and _ends_a_clause(text, toks, j):
                verb = True  # "made [movable type] pay off", "When draft [limits] fall,": a verb ends the noun phrase before it
                break
            if _past_with_particle(toks, j + 1):
                break  # "The [OIE Pathway] set out the steps": a past verb with its particle, no noun of the term
            if j + 3 < len(toks) and toks[j + 2].lower in ("to", "by", "after") and toks[j + 3].lower == toks[j + 1].lower:
                break  # "uses [Fahrenheit] day to day": the words of a set phrase, no noun of the term
            if _participle_by(toks, j + 1):
                break  # "an [anthology] co-edited by ...": a participle and its agent say who made the noun's thing
            if _subject_then_verb(toks, j, tagged):
                verb = True  # "that [mangroves] cut flood damage", "the [oval] saw mostly red": the verb is no term
                break
            more = j + 2 < len(toks) and kinds[j + 2] in ("N", "A") and _adjacent(text, toks, j + 1, j + 2)
            if more and _verb_in_disguise(toks[j + 1].lower):
                verb = True  # "fast [wastes] glycogen": a plural with nouns after it is the clause's verb
                break
            j += 1
        # end on a noun
        k = j
        while k >= i and kinds[k] != "N":
            k -= 1
        if k > i and kinds[k - 1] == "N" and _opens_relative_clause(text, toks, i, k, tagged):
            k -= 1
        if k >= i:
            start = i
            # "someone [else's] patent": 'else' belongs to the pronoun before it
            while start <= k and (kinds[start] != "N" and toks[start].lower in _NOT_IN_TERM or toks[start].lower in _ELSE):
                start += 1
            if start < k and kinds[start] == "A" and _adverb_of_first(text, toks, start, tagged):
                start += 1  # "commercially available [sulfonamide drug]": the participle stays shown with its adverb
            if start <= k and start > 0 and toks[start - 1].lower == "the":
                start += _kind_before_name(toks[start : k + 1], tagged)  # "the enzyme [lactase]": the kind stays shown
            if start <= k:
                superlative = toks[start].lower.endswith("est") and tagged.get(toks[start].start) == "ADJ"
                found.append(Phrase(toks[start].start, _of_any(text, toks[k].end, toks, kinds) if superlative else toks[k].end, Kind.TERM))
            # "tiny wobble": the head alone, when what modifies it is only common words
            modifiers = [t.text for t in toks[start:k]]
            if modifiers and all(words.zipf(m) >= 5.6 and "-" not in m for m in modifiers):
                found.append(Phrase(toks[k].start, toks[k].end, Kind.TERM))
        i = j + 2 if verb else j + 1
    return [_shared_modifiers(text, p, tagged) for p in found] + _pairs(text, found, toks, tagged)


# verbs that take two objects, who gets and what: "feed pelicans scraps", "gave its capybaras warm baths"
_GIVING = words.wordset(
    "give gives gave given giving feed feeds fed feeding offer offers offered send sends sent hand hands handed"
    " bring brings brought teach teaches taught lend lends lent owe owes owed"
)


def _given_to(toks: list[words.Token], i: int) -> bool:
    """The run at `i` follows a verb of giving, with at most a determiner between."""
    before = i - 1 if i and toks[i - 1].lower not in _DETERMINER else i - 2
    return before >= 0 and toks[before].lower in _GIVING


def _adverb_of_first(text: str, toks: list[words.Token], start: int, tagged: dict[int, str]) -> bool:
    """An adverb in -ly right before the term's first word, a participle or a word in -able it describes
    ("widely used", "commercially available"); not an adjective it grades ("mildly [alkaline soil]")."""
    prev = toks[start - 1] if start else None
    if prev is None or not prev.lower.endswith("ly") or tagged.get(prev.start) != "ADV" or not _adjacent(text, toks, start - 1, start):
        return False
    word = toks[start].lower
    return participle_form(word) or word.endswith(("ing", "able", "ible"))


def _subject_then_verb(toks: list[words.Token], j: int, tagged: dict[int, str]) -> bool:
    """toks[j] ends a noun phrase that toks[j + 1] is the verb of: after a plural (compounds keep their
    modifiers singular), a word read first as a verb; or a past tense with an adverb, an article or a
    preposition after it."""
    noun, word = toks[j].lower, toks[j + 1].lower
    verb_first = lookup(word)[:1] == ("VERB",)
    after = tagged.get(toks[j + 2].start) if j + 2 < len(toks) else None
    # a plural the lexicon does not know ("chameleons") is one the tagger reads as a noun; no owner's 's
    known = lookup(noun)
    unknown = not known and tagged.get(toks[j].start) == "NOUN" and re.search(r"['\u2019]", noun) is None
    plural = plain_s(noun) and ("NOUN" in known or unknown) or tags.classical_plural(noun)
    if plural and verb_first and not word.endswith("s"):
        return True
    # "moving [air] scales with the cube": a singular noun, then a word in -s the tagger reads as its
    # verb, in a clause with no verb before; not one before "of", a plural head ("tail flicks of a
    # vole"), nor after the clause's verb ("A submarine sinks by flooding its ballast tanks with ...")
    singular = tagged.get(toks[j].start) == "NOUN" and not plain_s(noun) and not tags.classical_plural(noun)
    of_next = j + 2 < len(toks) and toks[j + 2].lower == "of"
    # ... or a word in -s it reads as a plural that, before "to", says where a thing leads ("the evidence [points] to ...")
    pointing = word in _LEADS_TO and j + 2 < len(toks) and toks[j + 2].lower == "to"
    read_as_verb = tagged.get(toks[j + 1].start) == "VERB" or pointing
    if singular and plain_s(word) and read_as_verb and after in ("ADV", "DET", "ADP", "PART") and not of_next:
        # "..., but the strongest evidence points to ...": the clause starts at its conjunction
        opened = max((i for i in range(j) if toks[i].lower in _OPENS_A_NEW_CLAUSE), default=-1)
        return not any(_finite(t.lower, tagged.get(t.start)) for t in toks[opened + 1 : j])
    return word in IRREGULAR_PAST and after in ("ADV", "DET", "ADP")


# conjunctions after which a clause has a subject and a verb of its own; not "and" or "or", which also join nouns
_OPENS_A_NEW_CLAUSE = words.wordset("but while whereas because although though yet")
_LEADS_TO = words.wordset("points leads amounts")


def _finite(word: str, tag: str | None) -> bool:
    """A verb that agrees with a subject ("sinks", "is"): the clause has its verb."""
    return tag == "AUX" or tag == "VERB" and plain_s(word)


def _past_with_particle(toks: list[words.Token], i: int) -> bool:
    """toks[i] is a past tense spelled as its present, with its particle after it: "set out", "cut off"."""
    return toks[i].lower in _SAME_AS_PAST and i + 1 < len(toks) and toks[i + 1].lower in _CLOSING_PARTICLES


def _participle_by(toks: list[words.Token], i: int) -> bool:
    """toks[i] is a past participle with its agent after it ("co-edited by") or the name it goes by ("a
    pause known as"), no word of a term."""
    word, nxt = toks[i].lower, toks[i + 1].lower if i + 1 < len(toks) else ""
    if nxt == "as":
        return participle_form(word) and lookup(word)[:1] == ("VERB",)
    return word.endswith("ed") and nxt == "by" and "VERB" in lookup(word.split("-")[-1])


_CLOSING_PARTICLES = VERB_PARTICLES | {"even"}  # "pay off", "break even": a verb's own
_TAKES_TO = words.wordset("native similar close resistant immune prone vulnerable sensitive equivalent adjacent akin toxic related")
_SAME_AS_PAST = words.wordset("cut set put cast hit let shut split spread burst cost hurt quit bet")  # "a crew [cut] the rope"


def _ends_a_clause(text: str, toks: list[words.Token], noun: int) -> bool:
    """The noun at toks[noun] is the subject of the verb after it, which ends the clause: the verb's
    particle follows ("type pay off"), or a plural takes a plain verb before a comma ("limits fall,")."""
    verb = noun + 1
    if verb + 1 < len(toks) and toks[verb + 1].lower in _CLOSING_PARTICLES:
        return True
    if verb + 1 < len(toks) and toks[verb + 1].lower in ("in", "on") and _CLAUSE_END.match(text, toks[verb + 1].end):
        return True  # "once the drought set in.", "the arc the typebars pivot in)": a verb and its particle close the clause
    agrees = tags.plural_of_noun(toks[noun].lower) and not toks[verb].lower.endswith("s")
    return agrees and _CLAUSE_END.match(text, toks[verb].end) is not None


def _subordinate_subject(toks: list[words.Token], noun: int) -> bool:
    """The noun at toks[noun] ends a noun phrase that opens on 'the' right after a subordinator ("as the
    climb rate"), and is singular: the subject of that clause."""
    run = noun
    while run > 0 and toks[run - 1].lower not in _DETERMINER and noun - run < 3:
        run -= 1
    opened = run >= 2 and toks[run - 1].lower == "the" and toks[run - 2].lower in _SUBORDINATOR
    return opened and not plain_s(toks[noun].lower)


_CLAUSE_END = re.compile(r"\s*(?:[,;.!?)]|$)")


def _noun_then_adjective(noun: words.Token, adjective: words.Token) -> bool:
    """A word that is only a noun, then one that is only an adjective: two phrases ("the clapper | fresh
    metal"), not a term; "the jury's quiet veto" and "a single wrong digit" stay whole."""
    # a point of the compass modifies as an adjective does: "the [south celestial pole]"
    plain = noun.text.isalpha() and noun.text.islower() and not re.fullmatch(REGION_WORD, noun.lower)
    known = lookup(noun.lower)
    if plain and tags.plural_of_noun(noun.lower) and lookup(adjective.lower)[:1] == ("ADJ",):
        return True  # "gave [merchant councils] [wide powers]": a plural noun heads its phrase, no adjective follows in it
    return plain and known[:1] == ("NOUN",) and "ADJ" not in known and lookup(adjective.lower) == ("ADJ",)


def _kind_before_name(term: list[words.Token], tagged: dict[int, str]) -> int:
    """After 'the', how many words say what kind of thing the words after them name, words the table
    does not know: "the enzyme lactase", "the nucleotides inosinate", "the blood-pressure drug losartan"
    (0 when they do not)."""
    told = next((n for n, t in enumerate(term) if not all(map(words.known, t.lower.split("-")))), len(term))
    kind, rest = term[:told], term[told:]
    # a kind of two words opens on what modifies it ("blood-pressure drug", "old maxim") or ends on a
    # common noun ("tuberculosis medicine"), not on the first word of a name ("salt lithium hexafluorophosphate")
    modifier = bool(kind) and ("-" in kind[0].text or tagged.get(kind[0].start) == "ADJ")
    modified = len(kind) < 2 or modifier or words.zipf(kind[-1].lower) >= KIND_ZIPF
    named = (
        0 < len(kind) <= MAX_KIND_WORDS
        and modified
        and not any(t.text.endswith(("'s", "\u2019s")) for t in kind)
        and bool(rest)
        and tagged.get(kind[-1].start) == "NOUN"
        and "-" not in kind[-1].text
        and kind[-1].lower not in _TIMES_OF_YEAR  # "the autumn crocus": when it flowers, part of its name
        # "the corn [rootworm]": a compound noun, not a name ("the club Birdland")
        and not any(words.known(t.lower) or t.text.islower() and tags.closed_compound(t.lower) for t in rest)
        and not _INSTRUMENT.search(rest[-1].lower)  # "the pulse oximeter": a device the noun before it modifies
        and not (rest[-1].text.islower() and rest[-1].lower.endswith("er"))  # "the practice chanter": a thing that does
        and not _DERIVED_NOUN.search(rest[-1].lower)  # "the anchor escapement": an English noun, no name
        and not _PLURAL_HEAD.search(rest[-1].text)  # "the rhesus macaques": a plural names a kind, not one thing
        and not _salt(kind[-1].lower, rest[0].lower)  # "the potassium chlorate": one compound's name
    )
    return len(kind) if named else 0


# elements that name the first half of a salt or an oxide: "sodium chloride", "calcium carbonate"
_CATIONS = words.wordset(
    "sodium potassium calcium magnesium lithium ammonium barium strontium aluminium aluminum zinc copper silver"
    " iron lead tin nickel cobalt chromium manganese mercury caesium cesium hydrogen"
)


def _salt(first: str, second: str) -> bool:
    return first in _CATIONS and second.endswith(("ide", "ate", "ite"))


MAX_KIND_WORDS = 2
_TIMES_OF_YEAR = words.wordset("spring summer autumn fall winter midsummer midwinter morning evening night")
_INSTRUMENT = re.compile(r"(?:meter|metre|scope|graph|ator|izer|iser)$")
_DERIVED_NOUN = re.compile(r"(?:ment|ness|tion|sion|ship|ity)$")
_PLURAL_HEAD = re.compile(r"^[a-z]+[^siu]s$")


# after a determiner or a preposition: "the floral or spicy heart", not "tastes sour and bitter coffee"
_MODIFIER_PAIR = re.compile(
    r"\b(?:the|a|an|its|their|with|of|in|on|for|from|by|at|to|into|among)\s+([A-Za-z-]+),?\s+(?:or|and)\s+$", re.I
)


def _shared_modifiers(text: str, term: Phrase, tagged: dict[int, str]) -> Phrase:
    """'the floral or [spicy heart]': two modifiers of one noun belong to its term, whole."""
    m = _MODIFIER_PAIR.search(text[max(0, term.start - 30) : term.start])
    if m is None:
        return term
    start = max(0, term.start - 30) + m.start(1)
    first = text[term.start : term.end].split()[0]
    modifies = tagged.get(term.start) == "ADJ" or re.search(r"(?:ing|ed)$", first) is not None  # "hot or [boiling water]"
    pair = m.group(1).lower()
    adjective = tagged.get(start) == "ADJ" and lookup(pair)[:1] == ("ADJ",)
    # "for injured or [sick pack members]": a participle the lexicon also knows as an adjective, before its pair
    participle = pair.endswith("ed") and "ADJ" in lookup(pair) and tagged.get(term.start) == "ADJ"
    if not modifies or not (adjective or participle):
        return term
    return Phrase(start, term.end, term.kind)


KIND_ZIPF = 4.0  # common nouns after a name that say what kind of thing it is


def _kind_of_thing(text: str, toks: list[words.Token], j: int, tagged: dict[int, str]) -> int:
    """Where two or more common nouns after a name end, which say what kind of thing it is: "the
    Therac-25 [radiation therapy machine]", "the Kepler [space telescope]"; else 0. The name is the
    answer; one noun after it is part of a term ("the Doppler shift")."""
    k = j
    while k < len(toks) and _adjacent(text, toks, k - 1, k) and toks[k].text.islower() and words.zipf(toks[k].text) >= KIND_ZIPF and _tag(text, toks, k, tagged) == "N":
        k += 1
    return toks[k - 1].end if k - j >= 2 else 0


_SAME_IN_BOTH = words.wordset("species series means news physics mathematics economics genetics aircraft headquarters")


_OBJECT_OF = re.compile(r"\b(?:in|on|at|with|for|from|by|than|like|unlike|into|onto|over|under|about|through|without|within|(?:instead|because|out) of)\s+$", re.I)


def _opens_relative_clause(text: str, toks: list[words.Token], i: int, k: int, tagged: dict[int, str]) -> bool:
    """The plural that ends a run of nouns is the subject of a clause that describes the run: "a mystery
    [neuroscientists] can't explain" ('a' before a plural), "masks the alarm pheromone [guards] release"
    (a verb right after, and the clause has its verb already)."""
    word = toks[k].lower
    plural_noun = "NOUN" in lookup(word) or tagged.get(toks[k].start) == "NOUN"
    people = word in PEOPLE_PLURALS  # "a mystery [people] kept solving", "with clicks [people] can hear"
    if not (word.endswith("s") and not word.endswith("ss") and plural_noun or people) or word in _SAME_IN_BOTH:
        return False  # "a keystone species has": singular
    if people and tags.plural_of_noun(toks[k - 1].lower) and k + 1 < len(toks) and tagged.get(toks[k + 1].start) in ("VERB", "AUX"):
        return True  # a plural modifies no noun after it: "clicks people can hear" is two phrases
    if toks[k - 1].lower.endswith(("'s", "\u2019s")):
        return False  # "a dog's pancreas gives": what the owner has, not a clause's subject
    owned = any(t.lower.endswith(("'s", "\u2019s")) for t in toks[i:k])  # "a locust's hind legs": 'a' is the owner's
    if i > 0 and toks[i - 1].lower in ("a", "an", "each", "every", "one") and not owned:
        return True
    if k + 1 >= len(toks) or tagged.get(toks[k + 1].start) != "VERB" or toks[k + 1].lower.endswith(("ing", "ed")):
        return False
    # the verb has no object of its own: what the run names is its object ("the pheromone guards release.")
    rest = text[toks[k + 1].end :]
    if not re.match(r"\s*(?:[,;:.)]|and\b|or\b|but\b|$)", rest):
        return False
    if i > 1 and toks[i - 1].lower == "the" and _OBJECT_OF.search(text[: toks[i - 1].start]):
        return True  # "instead of the hemoglobin [vertebrates] use.": the run is the preposition's, the verb the clause's
    for j in range(i - 1, -1, -1):
        if re.search(r"[,;:.]", text[toks[j].end : toks[j + 1].start]) or toks[j].lower in _OPENS_A_CLAUSE:
            return False
        if tagged.get(toks[j].start) in ("VERB", "AUX"):
            return True
    return False


_OF_ANY = re.compile(r" of (?:any|all)(?: the)? [a-z]+(?:-[a-z]+)?\b")


def _of_any(text: str, end: int, toks: list[words.Token], kinds: list[str]) -> int:
    """Where a superlative's term ends: 'the densest fur of any animal' is one answer, and so is 'the
    largest eyes of any land mammal', with the nouns after the first."""
    m = _OF_ANY.match(text, end)
    if m is None:
        return end
    j = next((j for j, t in enumerate(toks) if t.end == m.end()), len(toks))
    while j + 1 < len(toks) and kinds[j + 1] == "N" and text[toks[j].end : toks[j + 1].start] == " ":
        j += 1
    return toks[j].end if j < len(toks) else m.end()


def _object_of_verb(toks: list[words.Token], tagged: dict[int, str], start: int) -> bool:
    """The phrase at `start` follows a verb (and its particle): "swallow [organic-rich material]"."""
    before_it = [t for t in toks if t.end <= start][-2:]
    if before_it and before_it[-1].lower in PARTICLES:
        before_it = before_it[:-1]
    return bool(before_it) and tagged.get(before_it[-1].start) == "VERB"


def _from_its_determiner(toks: list[words.Token], start: int) -> int:
    """Where the phrase at `start` begins with the determiner before it: "caused [a] visible rash"."""
    before_it = [t for t in toks if t.end <= start]
    return before_it[-1].start if before_it and before_it[-1].lower in _DETERMINER else start


_AFTER_A_PREPOSITION = re.compile(r"\b(?:during|after|before|since|until|through|throughout|despite|without|within|among)\s+(?:the\s+)?$", re.I)


# what follows a verb, not a noun: its adverbs of direction, or the -ing form it takes
_VERB_GOES_ON = re.compile(r"\s+(?:(?:[a-z]+ly\s+)?(?:together|apart|away|back|down|up|out|off)\b|[a-z]+ly\s+(?:in|into|onto|to)\b|[a-z]{2,}ing\s+(?:it|them|him|her|us|the|a|an)\b)")


# any preposition's object, where a pair cannot be the subject of a verb after it ("in soil and leaf litter")
_IN_A_PREPOSITION = re.compile(
    r"\b(?:in|on|at|of|from|with|into|onto|under|over|through|across|for|by|among|between|during|without|within)\s+(?:(?:the|a|an|its|their)\s+)?$",
    re.I,
)


def _pair_head(text: str, q: Phrase, governed: bool) -> int:
    """Where the head noun after a pair ends, when a singular noun ends the pair and a noun follows it, or
    after a preposition a word that may be one: the head both modify; else 0. "Shade and insulation
    [keep] the colony" has its verb; "gas and electricity [cut] off" its participle."""
    last = text[q.start : q.end].split()[-1].lower()
    nxt = re.match(r"\s+([a-z]+)\b(?!\s+(?:off|up|out|down|away|back)\b)", after(text, q.end))
    tags = lookup(nxt.group(1)) if nxt else ()
    noun = tags[:1] == ("NOUN",) or governed and "NOUN" in tags
    return q.end + nxt.end() if nxt and noun and not last.endswith("s") and "NOUN" in lookup(last) else 0


def _pairs(text: str, terms: list[Phrase], toks: list[words.Token], tagged: dict[int, str]) -> list[Phrase]:
    """Two terms joined by 'and' are one answer: 'inosinate and guanylate', 'ponds and wetlands'."""
    by_end = {}
    for p in terms:
        by_end.setdefault(p.end, []).append(p)
    found = []
    for p in terms:
        m = re.match(r" (?:and|or) ", after(text, p.end))
        if not m:
            continue
        right = [q for q in terms if q.start == p.end + m.end()]
        if right:
            q = max(right, key=lambda r: r.end - r.start)
            left = min(by_end[p.end], key=lambda r: r.start)
            if re.match(r"\s+(?:them|him|us|me)\b", after(text, q.end)):
                continue  # "dissolve into cracks and [reseal] them": the second word is a verb with its object
            if " " not in text[q.start : q.end] and _VERB_GOES_ON.match(after(text, q.end)) and "VERB" in lookup(text[q.start : q.end].lower()):
                continue  # "waves and [spiral] slowly together", "trees and [pulse] together", "a ruin and [start] seeing": a verb
            if head := _pair_head(text, q, _IN_A_PREPOSITION.search(before(text, left.start)) is not None):
                found.append(Phrase(left.start, head, Kind.TERM))
                continue  # "in [soil and leaf litter]", "[turntables and stirrer fans]": both modify the noun after them
            if re.match(r"\s+of\s+(?!(?:a|an|the)\s)", after(text, q.end)):
                # "stride mechanics and years of mileage": the second noun's phrase goes on; "of a kind
                # our solar system lacks" says what both are
                continue
            governed = re.search(r"\b(?:with|by|from|to|of|in|at)\s+$", before(text, left.start))
            if governed and re.match(r"\s+(?:in|on|at|with|from)\s", after(text, q.end)):
                continue  # "collisions with ships and entanglement in fishing gear": two phrases, not a pair
            if text[left.start].isupper() and _PLACE_OF_A_NAME.search(before(text, left.start)):
                continue  # "Oban in Scotland and Clarenville", "Esser in the United States and Faber-Castell": where the name before it is
            opens_clause = re.match(r"\s+(?:\w+ly\s+)?(?:often|always|never|also)?\s*\w+(?:s|ed)\b", after(text, q.end))
            # "wiped out local species and settlers later brought ...": after a verb's object, a verb
            # after the second noun makes it a clause's subject
            objects = _object_of_verb(toks, tagged, left.start) and is_verb(text, q.end)
            # "call it [Helsingør and Swedes] call it": what a thing is called, then who acts next
            objects = objects or (before(text, left.start).split() or [""])[-1] in OBJECT_PRONOUNS and is_verb(text, q.end)
            # "during [photosynthesis and animals] eat the plants": a preposition's object is no verb's subject
            objects = objects or _AFTER_A_PREPOSITION.search(before(text, left.start)) is not None and is_verb(text, q.end)
            # "[Shade and insulation] are key", "the diet of [otters and minks] is": a pair may be in the
            # subject of a copula, unless a preposition after its clause's verb governs it ("entry is fixed
            # to a half-hour slot and latecomers are turned away")
            copula = re.match(r"\s+(?:is|are|was|were)\b", after(text, q.end)) is not None
            governed_after_verb = _GOVERNED.search(before(text, left.start)) and _clause_has_verb(text, toks, left.start, tagged, past=False)
            if copula and governed_after_verb or (opens_clause or objects) and not copula:
                continue  # "practice and untested fuel often ends": the second noun opens a clause
            if copula and _object_of_verb(toks, tagged, _from_its_determiner(toks, left.start)):
                continue  # "caused a visible rash and [survivors] were immune": the object, then a clause's subject
            if len(text[left.start : q.end].split()) <= 5:
                found.append(Phrase(left.start, q.end, Kind.TERM))
    return found


def _clause_has_verb(text: str, toks: list[words.Token], at: int, tagged: dict[int, str], past: bool = True) -> bool:
    """Whether a helper verb, or a verb in the past if `past`, comes before `at` in its clause, which
    opens after the last comma, semicolon, colon or word that opens a clause ("after", "how", "because").
    A past may be a participle ("cleared land with crops"): only helpers are sure."""
    found = False
    for t in toks:
        if t.start >= at:
            break
        if t.lower in _NEW_CLAUSE or re.match(r"[,;:]", text[t.end : t.end + 1]):
            found = False
        elif tagged.get(t.start) == "AUX" or past and tagged.get(t.start) == "VERB" and (t.lower.endswith("ed") or t.lower in IRREGULAR_PAST):
            found = True
    return found


_GOVERNED = re.compile(r"\b(?:with|by|from|to|in|at|on|for)\s+(?:(?:a|an|the)\s+)?$")  # not "of": "the diet of"


_PREPOSITION = words.wordset(
    "besides unlike despite given via toward among across along around behind beyond beneath inside outside onto amid"
    " except plus versus per like"
)
_DETERMINER = words.wordset("a an the this that these those its their his her our your my each every no some any")


_CAUSATIVE = words.wordset("make makes made making let lets letting help helps helped have has had watch watched")
_HAVE = words.wordset("have has had")
_BEFORE_A_VERB = words.wordset(
    "often always never usually sometimes also still rarely seldom typically can could may might will would should must"
)
_OPENS_A_CLAUSE = words.wordset("and or because while since although though if when where whereas that which")
_COARSE = {"NOUN": "N", "PROPN": "N", "ADJ": "A", "VERB": "V", "AUX": "V"}


def _tag(text: str, toks: list[words.Token], i: int, tagged: dict[int, str]) -> str:
    """N (noun), A (modifier), V (verb) or O (other), from the tagger, with two corrections that
    matter for blanks: a word ending in -s or -ed right before a determiner is a verb ("dims a star"),
    and a hyphenated word or a number-unit compound before a noun modifies it ("64-bit integers")."""
    w = toks[i].lower
    prev = toks[i - 1].lower if i > 0 else ""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if words.is_stopword(w) or w in _PREPOSITION or not re.search(r"[a-z]", w):
        return "O"
    if re.match(r"\d", w):
        if tagged.get(toks[i].start) == "NOUN" and re.fullmatch(r"\d[\d,]*-[a-z]+", w):
            return "N"  # "3-hydroxyhispidin": a chemical's name
        return "A" if re.fullmatch(r"\d+(?:[.,]\d+)?-[a-z]+", w) else "O"  # "64-bit integers"; not "1960s"
    if prev == "to" and plain_s(w) and "NOUN" in lookup(w):
        return "N"  # "were to [eyes]", "open to [ships]": an infinitive has no -s, so this is a plural
    after_det = prev in _DETERMINER or re.search(r"['\u2019]s$", prev) is not None
    joined = i + 1 < len(toks) and not text[toks[i].end : toks[i + 1].start].strip()
    relative = nxt in ("that", "which") and tagged.get(toks[i + 1].start) != "DET"  # "waves [that] wheel"
    # ... but "that" before a noun that ends the clause points at it: "the bark scorpion [breaks] that rule."
    pointing = nxt == "that" and i + 2 < len(toks) and "NOUN" in lookup(toks[i + 2].lower) and re.match(r"[.,;:]", text[toks[i + 2].end :]) is not None
    relative = relative and not pointing
    determiner_next = nxt in _DETERMINER and tagged.get(toks[i + 1].start) != "ADV"  # not "letters [no longer] match"
    if not after_det and joined and determiner_next and not relative and re.search(r"(?:s|ed)$", w) and not w.endswith("ss"):
        return "V"
    coarse = _COARSE.get(tagged.get(toks[i].start, "X"), "O")
    if coarse == "A" and "NOUN" in lookup(w) and nxt in _AFTER_ITS_NOUN:
        return "N"  # "the heaviest land [animal] alive": an adjective after it says the noun ends the phrase
    clause_start = i == 0 or ";" in text[toks[i - 1].end : toks[i].start]
    if clause_start and _imperative(text, toks[i:], tagged):
        return "V"  # "[Check] bearings first", "...; [leave] headspace in the jar": advice opens on its verb
    if w in ("date", "dates", "dated") and nxt in ("from", "back") and prev not in _DETERMINER:
        return "V"  # "the oldest of three surviving pianos [dates] from 1720": when it was made
    if w in PAST_ONLY and w not in _PAST_AND_NOUN:
        return "V"  # "some [sank] far outside": a past tense that is never a participle is no noun either
    verb_first = lookup(w)[:1] == ("VERB",)
    # "waves that [wheel] around", "which [helps] pilots": after a relative pronoun, its verb
    relative_verb = prev in ("that", "which", "who") and (verb_first or coarse == "V" or plain_s(w) and "VERB" in lookup(w))
    if relative_verb or verb_first and prev in ("and", "or") and w.endswith("s") and joined:
        return "V"  # "the mechanism that [automates] skill and [makes] cognition efficient"; not "and wobbles,"
    if prev in ("and", "or", "but") and w.endswith("s") and "VERB" in lookup(w) and re.fullmatch(r"[a-z]+ly", nxt):
        return "V"  # "not packed into cells but [floats] freely": a second verb, with its adverb
    if prev in ("and", "or") and not after_det and joined and nxt in POSSESSIVES and "VERB" in lookup(w) and not re.search(r"(?:s|ed|ing)$", w):
        return "V"  # "run their diesels and [recharge] their batteries": a second plain verb, with its object
    if not after_det and _first_of_two_verbs(toks, i):
        return "V"  # "the brine [stings] cuts and burns eyes": two verbs in -s, each with its object
    if prev == "and" and w in IRREGULAR_PAST and _past_verb_before(toks, i, tagged):
        return "V"  # "resisted breakdown by bacteria and [left] foam on rivers": a second past verb, like the first
    if coarse == "V" and nxt in ("to", "at") and i + 2 < len(toks) and toks[i + 2].text[:1].isdigit():
        return "V"  # "a transponder [set] to 7500": a participle with its value, no noun of a term
    if w in ("today", "tonight", "yesterday", "tomorrow", "nowadays") and not after_det:
        return "O"  # "all musk in [perfume] today": an adverb of time ends a term
    if w.endswith("ed") and prev in ("another", "one", "they", "he", "she", "we", "who", "each", "others"):
        return "V"  # "while another [expected] newton-seconds": a subject, then its verb
    if w.endswith("ing") and prev in ASPECT_VERBS:
        return "V"  # "began [freezing] English spelling": a verb's gerund, with its object after it
    if w in PARTICLES and not after_det:
        return "O"  # "the cortex [back] into balance": an adverb, not the end of a term
    if prev in _BEFORE_A_VERB and "VERB" in lookup(w) and not w.endswith("ing"):
        return "V"  # "these often [signal] magma", "they can [fuel] the fire"
    following = tagged.get(toks[i + 1].start) if nxt else None
    if coarse == "V" and w.endswith("ed") and following == "NOUN" and i > 0 and tagged.get(toks[i - 1].start) == "VERB":
        return "A"  # "harvest [capped] honey", "used [dried] beans": a participle after the verb modifies its object
    after_adjective = i > 0 and tagged.get(toks[i - 1].start) == "ADJ" and _adjacent(text, toks, i - 1, i)
    if coarse == "V" and w.endswith("ing") and after_adjective and following not in ("DET", "PRON", "NUM", "NOUN"):
        return "N"  # "with catastrophic [backtracking]", "by deep breathing": an adjective's gerund is a noun
    if w.endswith("ing") and prev in ("and", "or") and "VERB" in lookup(w) and _gerund_before(toks, i, tagged):
        return "V"  # "by trapping sediment and [building] peat": a second gerund, like the first
    if coarse == "V" and prev in _OPENS_A_CLAUSE and w.endswith("ing") and following in ("NOUN", "ADJ"):
        return "A"  # "amino acids and [reducing] sugars", "because [eclipsing] binary stars can mimic"
    if nxt and tagged.get(toks[i + 1].start) == "VERB" and _noun_after_a_verb(text, toks, i + 1, tagged):
        return "V"  # "[doubles] sleep spindles"
    causes = i >= 3 and toks[i - 3].lower in _CAUSATIVE and toks[i - 2].lower in _DETERMINER
    # "has an index [mirror] on the arm", "have a leg [span] of": after 'a', 'have' owns a thing, it makes nobody act
    causes = causes and not (toks[i - 3].lower in _HAVE and toks[i - 2].lower in ("a", "an"))
    causes = causes or i >= 2 and toks[i - 2].lower in _CAUSATIVE and toks[i - 1].lower.endswith("s")
    if causes and "VERB" in lookup(w) and not w.endswith("s"):
        return "V"  # "makes the bin [smell] of ammonia", "lets the dough rise", "lets conservators [find] traces"
    if _clause_verb_with_object(toks, i, tagged):
        return "V"  # "showed that hieroglyphs [mix] signs", "known as mules [keep] ships centred"
    closes = _CLAUSE_END.match(text, toks[i].end) is not None
    if plain_s(w) and lookup(w)[:1] == ("VERB",) and closes and i > 0 and _subordinate_subject(toks, i - 1):
        return "V"  # "as the climb rate [rises],": the verb of a clause a subordinator opens, at its end
    # ... an adjective as that noun only after a determiner ("the young [hatch]"), not after a verb
    # ("pushes magnetic [fields] out": the verb's object)
    subject_before = tagged.get(toks[i - 1].start) in ("NOUN", "PROPN") if i > 0 else False
    subject_before = subject_before or i > 1 and tagged.get(toks[i - 1].start) == "ADJ" and tagged.get(toks[i - 2].start) != "VERB"
    # ... but a noun right after a verb is its object, and a plural after that goes on the object's phrase
    # ("used Harris [hawks] to scare pigeons")
    object_before = i > 1 and tagged.get(toks[i - 2].start) == "VERB" and plain_s(w) and "NOUN" in lookup(w)
    if subject_before and not object_before and _verb_after_subject(text, toks, i, tagged):
        return "V"  # "the heart [stops] beating", "the octopus [jets] away", "after the young [hatch]."
    if coarse == "V" and _noun_after_a_verb(text, toks, i, tagged):
        return "N"  # "doubles [sleep] spindles", "[REM sleep], by contrast, appears": a compound's first noun
    compound_head = i > 0 and tagged.get(toks[i - 1].start) == "NOUN" and _adjacent(text, toks, i - 1, i)
    if coarse == "V" and compound_head and w.endswith("s") and nxt == "of" and "NOUN" in lookup(w):
        return "N"  # "the wake and tail [beats] of a fish": a plural head before "of"
    after_a_noun = i > 1 and toks[i - 2].lower in ("a", "an") and tagged.get(toks[i - 1].start) == "NOUN"
    plain = not re.search(r"(?:s|ed|ing)$", w) and w not in _SAME_AS_PAST and w not in IRREGULAR_PAST
    if coarse == "V" and (after_a_noun or _after_a_singular_name(text, toks, i, tagged)) and "NOUN" in lookup(w) and plain:
        return "N"  # "a metal [mould] you could hold", "the Smøla wind [farm]": after a singular noun, a plain verb would not agree
    after_the_noun = _after_a_noun_phrase(toks, i, tagged)  # 'a' or 'the' and a noun, adjectives between too
    if coarse == "V" and after_the_noun and w.endswith("ing") and following == "ADP" and nxt != "of":
        return "V"  # "by a hammer [resting] on it", "spend the day [resting] in rivers": a clause about the noun
    gerund_before_noun = following == "NOUN" and _adjacent(text, toks, i, i + 1) and not plain_s(nxt)
    if coarse == "V" and after_a_noun and w.endswith("ing") and gerund_before_noun:
        return "A"  # "a coal [mining] operation": a gerund modifies the noun after it; not "a law [urging] states"
    compound_start = i == 1 or i >= 2 and toks[i - 2].lower in _DETERMINER
    finite_next = _finite(nxt, following)
    if coarse == "V" and compound_head and compound_start and w.endswith("ing") and finite_next:
        return "N"  # "Deep-sea [mining] threatens the vents": a gerund heads the subject of the verb after it
    if coarse == "V" and (after_det or _ends_noun_phrase(toks, i, tagged) or _second_verb(text, toks, i, tagged)):
        return "N"  # "the carving", "the waggle dance.", "killed off most sunflower sea stars,"
    counted = prev in _QUANTIFIERS and following == "NOUN" and "NOUN" in lookup(w) and not re.search(r"(?:ed|ing)$", w)
    if coarse == "V" and counted:
        return "N"  # "a few [test] tubes": what is counted is a noun, and its first word too
    if coarse == "N" and _verb_of_the_noun_before(toks, i, tagged):
        return "V"  # "raising that chick [takes] close to a year", "molasses [sounds] like a joke"
    return coarse


# verbs in -s the tagger may read as plurals, though after a noun and before more words they are its verb
_VERBS_AFTER_A_SUBJECT = words.wordset("takes means costs lasts seems lets gets keeps gives")
_VERBS_OF_SEEMING = words.wordset("sounds looks feels smells tastes")  # "sounds like", "looks odd"


def _verb_of_the_noun_before(toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """Whether the word at `i`, which the tagger reads as a plural, is the verb of the noun before it."""
    w, nxt = toks[i].lower, toks[i + 1].lower if i + 1 < len(toks) else ""
    before = i > 0 and tagged.get(toks[i - 1].start) in ("NOUN", "PROPN") and not toks[i - 1].lower.endswith(("'s", "\u2019s"))
    following = tagged.get(toks[i + 1].start) if nxt else None
    if not before or nxt in ("", "of", "and", "or"):
        return False
    if w in _VERBS_OF_SEEMING:
        return nxt == "like" or following == "ADJ"
    return w in _VERBS_AFTER_A_SUBJECT


def _past_verb_before(toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """A verb in the past earlier in the clause, with a noun right before the 'and' at `i - 1`: the
    word at `i` may be a second verb of the same subject."""
    if i < 3 or tagged.get(toks[i - 2].start) not in ("NOUN", "PROPN"):
        return False
    for t in reversed(toks[: i - 2]):
        if t.lower in _OPENS_A_CLAUSE or t.lower in ("who", "which"):
            return False
        if tagged.get(t.start) == "VERB" and (t.lower.endswith("ed") or t.lower in IRREGULAR_PAST):
            return True
    return False


def _after_a_singular_name(text: str, toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """toks[i] follows 'the', a name and a singular noun, all adjacent ("the Smøla wind farm", "the
    Hoover Dam turbine"): a noun that heads the name's compound, as a plain verb would not agree."""
    if i < 3 or toks[i - 3].lower not in ("the", "a", "an"):
        return False
    name, noun = toks[i - 2], toks[i - 1]
    singular = tagged.get(noun.start) == "NOUN" and not plain_s(noun.lower) and not tags.classical_plural(noun.lower)
    adjacent = _adjacent(text, toks, i - 2, i - 1) and _adjacent(text, toks, i - 1, i)
    return tagged.get(name.start) == "PROPN" and singular and adjacent


_PAST_AND_NOUN = words.wordset("saw rose fell")  # "a [saw]", "the [rose]", "the [fell]"
_AFTER_ITS_NOUN = words.wordset("alive extant")  # adjectives said after their noun
_QUANTIFIERS = words.wordset("few several")  # not "many", "both": "both [produce] eggs" is a verb


_MOTION = words.wordset("by through across into onto along toward towards past over under")
_IRREGULAR_PARTICIPLES = words.wordset("left made built found held kept given taken known seen done sold brought caught")
_SUBORDINATOR = words.wordset("after before until when once while as because if")


_OPENS_A_SUBJECT = _SUBORDINATOR | words.wordset("that")
# every word that opens a clause of time, condition or concession: "If you move ...", "Although ..."
SUBORDINATORS = _SUBORDINATOR | words.wordset("whenever unless since though although")


def _clause_verb_with_object(toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """A plain word that can be a verb, after a clause's opening word and a plural noun, with an object
    after it: the clause's verb, in agreement with that noun; a plural noun rarely modifies another."""
    w = toks[i].lower
    if i < 2 or i + 1 >= len(toks) or toks[i - 2].lower not in _OPENS_A_SUBJECT or re.search(r"(?:s|ed|ing)$", w):
        return False
    subject, nxt = toks[i - 1].lower, toks[i + 1].lower
    # an unknown word in -s is a plural too ("hieroglyphs"), as is a noun in -s read as a verb after it ("[mix] signs")
    plural = tags.plural_of_noun(subject) or not lookup(subject) and re.search(r"[^su]s$", subject) is not None
    nouns = "NOUN" in lookup(nxt) and nxt.endswith("s")
    takes_object = tagged.get(toks[i + 1].start) in ("NOUN", "DET", "PRON", "ADJ", "NUM") or nouns
    return plural and subject.isalpha() and "VERB" in lookup(w) and takes_object and nxt != "of"


def _first_of_two_verbs(toks: list[words.Token], i: int) -> bool:
    """A word in -s, a noun, 'and', another word in -s and a noun: two verbs, each with its object; or
    two words in -s joined by 'and' after the subject, with one object after them."""
    if i + 4 >= len(toks):
        return False

    def verb_in_s(w: str) -> bool:
        return w.endswith("s") and not w.endswith("ss") and "VERB" in lookup(w)

    if toks[i + 1].lower == "and":
        # "the animal [sheds] and regrows its club": two verbs that share the object after the second
        shared = toks[i + 3].lower in _DETERMINER and i > 1 and toks[i - 2].lower in ("the", "a", "an")
        second = toks[i + 2].lower
        return shared and verb_in_s(toks[i].lower) and (verb_in_s(second) or not lookup(second) and plain_s(second))
    objects = all("NOUN" in lookup(toks[j].lower) for j in (i + 1, i + 4))
    return toks[i + 2].lower == "and" and verb_in_s(toks[i].lower) and verb_in_s(toks[i + 3].lower) and objects


def _gerund_before(toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """An -ing verb among the few words before the 'and' at i - 1."""
    return any(t.lower.endswith("ing") and tagged.get(t.start) == "VERB" for t in toks[max(0, i - 6) : i - 1])


def _verb_after_subject(text: str, toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """A noun-or-verb word after a noun, that the words around it show to be the noun's verb: an -ing
    word after it ("stops beating"), an adverb particle ("jets away"), a preposition of motion after
    'the' and a noun ("the animal swims by"), or the end of a short clause opened by 'after the',
    'until the'... ("after the young hatch.")."""
    w, senses = toks[i].lower, lookup(toks[i].lower)
    if "VERB" not in senses or w.endswith(("ing", "ed")):
        return False
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if senses[:1] == ("VERB",) and nxt.endswith("ing") and (not lookup(nxt) or "VERB" in lookup(nxt)):
        return True  # "krill [keep] molting": an -ing word the lexicon lacks is a verb's too
    if senses[:1] == ("VERB",) and w.endswith("s") and nxt == "to":
        return True  # "nitrogen at high partial pressure [starts] to act"
    prev = toks[i - 1].lower
    plural_before = (
        prev.endswith("s")
        and not prev.endswith(("ss", "us", "is", "'s"))
        and text[toks[i - 1].end : toks[i].start] == " "
    )
    if "VERB" in senses and not w.endswith("s") and plural_before and nxt == "to" and w in ASPECT_VERBS:
        return True  # "before the corals [start] to turn white"
    if w.endswith("s") and (nxt in PARTICLES or re.match(r"\s+(?:about|roughly|around|nearly|some|\d)", text[toks[i].end :])):
        return True  # "the octopus [jets] away", "visible light [spans] roughly 380-750 nm"
    if plain_s(w) and _adverb_of(text, toks, i + 1, tagged) and _opens_a_subject(toks, i, tagged):
        return True  # "a film of pure water [snaps] almost at once", "strands of mixed lengths [work] best"
    verb_next = nxt != "" and tagged.get(toks[i + 1].start) == "VERB" and "NOUN" not in lookup(nxt)
    if plain_s(w) and i >= 2 and toks[i - 2].lower in ("a", "an") and (nxt in _DETERMINER or verb_next):
        return True  # "a documentary [claims] lost technology": 'a' and a plural do not agree
    if w.endswith("s") and re.match(r"\s+(?:in|on)\s*[,;.]", text[toks[i].end :]):
        return True  # "until encephalitis [sets] in,": a verb and its particle close the clause
    if w in _IRREGULAR_PARTICIPLES and nxt in ("in", "on", "at", "behind", "over", "by", "from"):
        return True  # "any nitrogen [left] in the body": a participle that opens a clause about the noun
    object_next = nxt in _DETERMINER or nxt.endswith("ed") or i + 1 < len(toks) and tagged.get(toks[i + 1].start) in ("NOUN", "ADJ")
    # the plural opens the sentence or follows a modifier ("maglev trains"); not "caffeine doubles sleep latency"
    subject = i == 1 or i >= 2 and _adjacent(text, toks, i - 2, i - 1) and tagged.get(toks[i - 2].start) in ("ADJ", "DET", "NOUN")
    if plural_before and subject and not w.endswith("s") and senses[:1] != ("NOUN",) and object_next:
        return True  # "[Restorers] clear urchins first": a plural subject, its verb, its object
    if w.endswith("s") and senses[:1] == ("VERB",) and nxt in _MOTION and i >= 2 and toks[i - 2].lower in _DETERMINER:
        return True  # "while the animal [swims] by jet propulsion"
    if senses[:1] == ("VERB",) and not w.endswith("s") and prev in _ADJECTIVES_AS_PEOPLE and i >= 2 and toks[i - 2].lower == "the":
        return True  # "The young [molt] many times": an adjective that names people or animals, then their verb
    closes = not nxt or re.match(r"\s*[,;:.)]", text[toks[i].end :]) is not None
    opened = i >= 3 and toks[i - 3].lower in _SUBORDINATOR and toks[i - 2].lower in _DETERMINER
    # "as a grooming [comb].": after 'a', a plain verb would not agree, so the word ends the noun phrase
    singular = toks[i - 2].lower in ("a", "an", "every", "each") if i >= 2 else False
    agrees = not singular or w.endswith("s") or w in _SAME_AS_PAST or w in IRREGULAR_PAST
    return closes and opened and agrees and senses[:1] == ("VERB",)


_ADJECTIVES_AS_PEOPLE = words.wordset("young rich poor sick dead wounded elderly")
_COORDINATOR = words.wordset("and or but")


def _opens_a_subject(toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """The nouns and modifiers before i open a clause, or follow 'of' after its head ("a film of pure
    water"): a subject; not the object of a verb ("drop world maps") nor of a preposition ("in space")."""
    j = i - 1
    while j >= 0 and tagged.get(toks[j].start) in ("NOUN", "ADJ", "PROPN", "DET", "NUM"):
        j -= 1
    return j < 0 or toks[j].lower == "of" or toks[j].lower in _NEW_CLAUSE - _COORDINATOR  # "and clear flat roofs": a verb, maybe


def _adverb_of(text: str, toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """An adverb at i that modifies the word before it: no verb or modifier follows it for it to modify
    ("snaps [almost] as soon as", "works [best]."); not "levels [almost] doubled"."""
    if i >= len(toks) or tagged.get(toks[i].start) != "ADV" or not _adjacent(text, toks, i - 1, i):
        return False
    return i + 1 == len(toks) or tagged.get(toks[i + 1].start) not in ("VERB", "AUX", "ADJ", "ADV", "NUM")


def is_instruction(text: str) -> bool:
    """The text opens on a bare verb: "Tell your doctor ...", "Keep the lid closed ..."."""
    toks = words.tokens(text)
    if not toks or re.search(r"(?:s|ed|ing)$", toks[0].lower):
        return False
    tagged = _tagged(text)
    return tagged.get(toks[0].start) == "VERB" or _imperative(text, toks, tagged)


def _imperative(text: str, toks: list[words.Token], tagged: dict[int, str]) -> bool:
    """The tokens (a sentence, or a clause after ';') open on a bare verb, and that clause has no
    other verb: an instruction."""
    w = toks[0].lower
    if "VERB" not in lookup(w) or re.search(r"(?:s|ed|ing)$", w) or len(toks) < 2:
        return False
    clause_end = re.compile(r"[,;:.]|\s(?:because|so|which|while|when|if|before|after|as)\s").search(text, toks[0].start)
    end = clause_end.start() if clause_end else len(text)
    if _subject_of_a_later_verb(text, toks, end, tagged):
        return False
    verbs = [t.lower for t in toks[1:] if t.start < end and tagged.get(t.start) in ("VERB", "AUX")]
    # "Check bearings and expansion joints": a plural the tagger reads as the verb, after a verb-first word
    plural = all(v.endswith("s") and "NOUN" in lookup(v) for v in verbs) and lookup(w)[:1] == ("VERB",)
    return not verbs or plural


def _subject_of_a_later_verb(text: str, toks: list[words.Token], end: int, tagged: dict[int, str]) -> bool:
    """ "Shock wave lithotripsy, which shatters stones, was first used ...": the words before a relative
    clause that a verb follows are its subject, not an instruction and its object."""
    if not re.match(r",\s+(?:which|who)\b", text[end:]):
        return False
    close = text.find(",", end + 1)
    after_close = [t for t in toks if t.start > close][:1] if close > 0 else []
    return bool(after_close) and tagged.get(after_close[0].start) in ("VERB", "AUX")


def _noun_after_a_verb(text: str, toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """A bare noun-or-verb word the tagger calls a verb, which is a noun: right after a verb in -s and
    before a noun ("doubles sleep spindles"), or after the name that opens the sentence and before a
    comma ("REM sleep, by contrast, appears")."""
    w = toks[i].lower
    if i == 0 or "NOUN" not in lookup(w) or re.search(r"(?:s|ed|ing)$", w):
        return False
    prev, gap_after = toks[i - 1], text[toks[i].end : toks[i].end + 1]
    if i + 1 < len(toks) and gap_after == " " and tagged.get(toks[i + 1].start) == "NOUN":
        in_noun_phrase = (  # "nominal figures hide"
            i >= 2 and _adjacent(text, toks, i - 2, i - 1) and tagged.get(toks[i - 2].start) in ("ADJ", "DET", "NOUN", "PROPN")
        )
        return prev.lower.endswith("s") and "VERB" in lookup(prev.lower) and tagged.get(prev.start) == "NOUN" and not in_noun_phrase
    return i == 1 and tagged.get(prev.start) in ("PROPN", "NOUN") and gap_after == ","


# words that open a clause of its own, whose verb a verb before them is not
_NEW_CLAUSE = _OPENS_A_CLAUSE | (_SUBORDINATOR - {"as"}) | words.wordset("but who whom whose whenever so why how whether unless")


def _second_verb(text: str, toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """A noun-or-verb word that closes a noun run at a clause's end, when the clause has its verb
    already: "dashi pairs kombu with bonito [flakes]."; not "The species [matters]."."""
    if i == 0 or "NOUN" not in lookup(toks[i].lower) or tagged.get(toks[i - 1].start) not in ("NOUN", "PROPN", "ADJ"):
        return False
    following = toks[i + 1].lower if i + 1 < len(toks) else ""
    joined = re.match(r"\s*\w", text[toks[i].end : toks[i].end + 3])
    if joined and following not in ("off", "of", "in", "on", "at", "from", "into", "with", "for", "to"):
        return False
    for j in range(i - 2, -1, -1):
        w, tag = toks[j].lower, tagged.get(toks[j].start)
        if w in _NEW_CLAUSE:
            return False  # "which is why sparklers [account] for": the verb before is another clause's
        if re.search(r"[,;:.]", text[toks[j].end : toks[j + 1].start]):
            return False
        if tag in ("VERB", "AUX"):
            # "light reflected from the film [overlaps] with": a singular noun and a verb in -s agree, and
            # the verb before is a participle about a noun, not the clause's
            return not (_agrees_with_noun_before(toks, i) and _reduced_relative(toks, j, tagged))
    return False


def _reduced_relative(toks: list[words.Token], j: int, tagged: dict[int, str]) -> bool:
    """ "light [reflected] from the surface of the film overlaps": a participle after its noun, no verb
    of the clause."""
    after = tagged.get(toks[j + 1].start) if j + 1 < len(toks) else None
    return j > 0 and toks[j].lower.endswith("ed") and tagged.get(toks[j - 1].start) in ("NOUN", "ADV") and after == "ADP"


def _ends_noun_phrase(toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """A word the tagger calls a verb, after a determiner and a noun, at the end of a clause."""
    if i < 2 or "NOUN" not in lookup(toks[i].lower):
        return False
    two_back, one_back = toks[i - 2].lower, tagged.get(toks[i - 1].start)
    closes = i + 1 == len(toks) or toks[i + 1].lower in _PREPOSITION or toks[i + 1].lower in ("of", "in", "to", "for")
    # "the first armed UN peacekeeping [force], whose ...": a longer run of modifiers after the determiner
    run = i - 1
    while run > 0 and i - run < 5 and tagged.get(toks[run].start) in ("NOUN", "ADJ", "PROPN"):
        run -= 1
    if toks[run].lower in _DETERMINER and i - run > 2 and i + 1 < len(toks) and toks[i + 1].lower in ("whose", "which", "who"):
        return one_back == "NOUN"
    # "their chicks [go] to sea": a plural noun modifies no noun after it; the plain word is its verb
    plural_subject = re.search(r"[^s]s$", toks[i - 1].lower) is not None and not toks[i].lower.endswith("s")
    # "the virus [hides] inside nerves": a singular noun, then a word in -s the tagger calls a verb, agree
    agrees = _agrees_with_noun_before(toks, i) and tagged.get(toks[i].start) == "VERB"
    return two_back in _DETERMINER and one_back in ("NOUN", "ADJ") and closes and not plural_subject and not agrees


def _agrees_with_noun_before(toks: list[words.Token], i: int) -> bool:
    """A singular noun, then a word in -s: a subject and its verb agree ("the virus [hides]")."""
    return plain_s(toks[i].lower) and not plain_s(toks[i - 1].lower)


def plain_s(word: str) -> bool:
    """A plural's or a verb's -s ('bees', 'hides'), not one of a singular noun ('virus', 'glass', 'crisis')."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


@functools.lru_cache(maxsize=1024)
def _kinds(text: str) -> tuple[str, ...]:
    """`_tag` of every word of the text, in order (cached: terms and lists both read them)."""
    toks, tagged = words.tokens(text), _tagged(text)
    return tuple(_tag(text, toks, i, tagged) for i in range(len(toks)))


@functools.lru_cache(maxsize=1024)
def _tagged(text: str) -> dict[int, str]:
    """The tagger's tag of each word of the text, by where the word starts (cached, never changed:
    terms, lists, verbs and references all read the same sentence)."""
    return {tok.start: tag for tok, tag in tags.tag_text(text)}


def _first_of_two_adjectives(text: str, start: int) -> int | None:
    """Where the adjective joined by 'and' or 'or' to the one a term opens on starts ("an [overheated] or
    damaged gauze"); None when there is none, or when it closes a linking verb ("is hot and dry summers follow")."""
    offset = max(0, start - 40)
    paired = re.search(r"(?<![\w-])([a-z]+)\s+([a-z]+)\s+(?:and|or)\s+$", text[offset:start])
    if paired is None or tag_at(text, start) != "ADJ":
        return None
    linked = tag_at(text, offset + paired.start(1)) == "AUX" or _linking(paired.group(1))
    return offset + paired.start(2) if tag_at(text, offset + paired.start(2)) == "ADJ" and not linked else None


def _linking(word: str) -> bool:
    """A form of a verb that links a subject to how it is ("turns", "seemed", "got"), which an adjective closes."""
    return word in _LINKING_PASTS or re.sub(r"(?:s|ed)$", "", word) in LINKING_VERBS | {"get"}


_LINKING_PASTS = frozenset({"became", "grew", "got", "felt"})


def tag_at(text: str, start: int) -> str:
    """The tag of the word that starts at `start`, as the tagger reads the whole text."""
    return _tagged(text).get(start, "")


def is_verb(text: str, at: int = 0, corrected: bool = True) -> bool:
    """Whether the text from `at` opens on a verb, or on an adverb before one ("still argue"); not an
    -ing word before a noun, which modifies it ("and reducing sugars"). The words are read in the whole
    text, with the phrase reader's corrections to the tagger ("Restorers [clear] urchins"), unless
    `corrected` is False: a clause cut out of its sentence reads its first word as a sentence's first."""
    toks, tagged = words.tokens(text), _tagged(text)
    following = [i for i, tok in enumerate(toks) if tok.start >= at][:2]
    if following and text[at : toks[following[0]].start].strip():
        return False  # "Rotokas, spoken on ...": a comma first
    for n, i in enumerate(following):
        tag = tagged.get(toks[i].start)
        kind = _tag(text, toks, i, tagged) if corrected else _COARSE.get(tag or "", "O")
        if kind == "V" or tag in ("VERB", "AUX") and kind != "N":
            return not (n == 0 and _modifying(toks[i].lower, [tagged.get(t.start) for t in toks[i + 1 : i + 2]]))
        if tag != "ADV":
            return False
    return False


def _modifying(word: str, following: list[str | None]) -> bool:
    return word.endswith("ing") and bool(following) and following[0] == "NOUN"


def _after_a_noun_phrase(toks: list[words.Token], i: int, tagged: dict[int, str]) -> bool:
    """The token follows a noun that 'a', 'an' or 'the' opens, through its adjectives: "a light board"."""
    if i < 2 or tagged.get(toks[i - 1].start) != "NOUN":
        return False
    j = i - 2
    while j > 0 and tagged.get(toks[j].start) == "ADJ":
        j -= 1
    return toks[j].lower in ("a", "an", "the")


def _is_verb_form(w: str) -> bool:
    from .questions import base_of

    found = base_of(w)
    return found is not None and found[0] in ("3sg", "past", "copula", "modal")


def idiom_spans(text: str) -> list[tuple[int, int]]:
    """The set phrases of the text ("take advantage of", "in fact"), as lint knows them."""
    return [(m.start(), m.end()) for m in SET_PHRASE.finditer(text)]


_WORD = r"#?[\w'\u2019]+(?:-[\w'\u2019]+)*"  # "#5": a size or a number named by its sign
# a name of up to five words may be an item: "the Royal Academy of Dance"
_NAMED_ITEM = r"(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'-]*){2,4}"
_ITEM = rf"(?<![\w'\u2019-])(?!(?:and|or|but|while|whereas|because|although|though|which|who)\s)(?:{_NAMED_ITEM}|(?:{_WORD}\s+){{0,3}}{_WORD})"  # ", and China and India" opens a clause, not an item
# an adverb of how often or how sure before a list's last item: "ferns, fungi and sometimes [charcoal]",
# "dogs and possibly [a distemper-like disease]"
_LAST_ITEM_ADVERB = r"(?:(?:sometimes|occasionally|often|usually|rarely|even|possibly|probably|perhaps|maybe)\s+)?"
_LIST = re.compile(
    rf"(?P<first>{_ITEM}),\s+(?P<middle>(?:{_ITEM},\s+)*)(?P<penult>{_ITEM}),?\s+(?:and|or)\s+{_LAST_ITEM_ADVERB}"
    rf"(?P<last>(?!(?:then|also|later|still|so)\s){_WORD}(?:\s+{_WORD}){{0,3}}?)"
    rf"(?=[,.;:()]|\s+(?:to|towards?|for|from|in|into|on|by|which|that|where|when|while|are|is|were|was"
    r"|sprang|have|has|all|both|each|also|together|can|could|may|might|will|would|should|must)\b|$)"
)


_OPENS_ON_LEAD = re.compile(r"\s*(?:by|with|from|than|between|among|including|such as|like)\s")
_LEAD_IN = re.compile(
    r"\s*(?:.*\b(?:by|of|as|like|including|include|includes|with|from|than|between|among|across|through|into|onto|over|to|in|on|at|for|that|are|were|is|was)\s+)?"
)


@functools.lru_cache(maxsize=1024)
def _list_items(text: str) -> tuple[tuple[int, int], ...]:
    """`_items_of_lists`, also of a list whose items carry a bracketed aside ("Vaganova (Russian),
    Cecchetti (Italian) and ..."): read without the asides, mapped back to the text's offsets."""
    text = GENUS_INITIAL.sub(r"\1__", text)  # "C. annuum, C. chinense and ...": one word each, same offsets
    # "about 392 years, give or take 120": a set phrase's 'or' joins no list
    text = SET_PHRASE.sub(lambda m: m.group().replace(" ", "_") if re.search(r"\s(?:and|or)\s", m.group()) else m.group(), text)
    found = _items_of_lists(text)
    asides = list(_ASIDE.finditer(text))
    if not asides:
        return found
    kept = [i for i in range(len(text)) if not any(m.start() <= i < m.end() for m in asides)]
    plain = "".join(text[i] for i in kept)
    more = [(kept[a], kept[b - 1] + 1) for a, b in _items_of_lists(plain) if a < b]
    return found + tuple(span for span in more if span not in found)


_ASIDE = re.compile(r" \([^()]{1,60}\)")  # " (open ascending)", " (founded in London in 1920)"


def _items_of_lists(text: str) -> tuple[tuple[int, int], ...]:
    """The items of lists of three or more ('transits, wobbles and imaging'), each as a span. An item
    loses the words that lead into the list ("led by [Charlie Parker], ..."); a list whose items hold
    a pronoun or a denial is a run of clauses ("calling it 'ridiculous' and 'crazy'"), not a list."""
    items = []
    closes = _COMMA_THEN_AND.search(text) is not None  # no list without a comma before an 'and' or an 'or'
    tagged_words = list(zip(words.tokens(text), _kinds(text), strict=True)) if closes else []
    for m in _LIST.finditer(text) if closes else ():
        items += _match_items(text, m, tagged_words) or _closed_earlier(text, m, tagged_words)
    # lists the pattern above cannot close: by the tagger, by a count before a colon, of verb phrases
    for more in (
        _open_list_items(text, items) if closes else [],
        _announced_items(text),
        _verb_phrase_items(text),
        _plain_verb_items(text) if closes else [],
        _number_series(text),
        _quoted_series(text),
        _article_series(text),
        _bare_series(text),
    ):
        items += [span for span in more if not any(a <= span[0] and span[1] <= b for a, b in items)]
    return tuple(items + _bracketed_items(text))  # cached: a sentence's chunks and its fact spans both ask


# "points go 15, 30, 40": three numbers or more in a row, with commas and no 'and', are a series
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_NUMBER_SERIES = re.compile(rf"(?<![\w.,-]){_DECIMAL.pattern}(?:, {_DECIMAL.pattern}){{2,}}(?![\w.,-]?\d)")


def _number_series(text: str) -> list[tuple[int, int]]:
    """The numbers of a series written with commas alone, each as an item."""
    return [m.span() for series in _NUMBER_SERIES.finditer(text) for m in _DECIMAL.finditer(text, *series.span())]


# 'calls it "creature", "daemon", "wretch" and "fiend"': three quoted words or more in a row
_QUOTED_ITEM = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{1,40})[\"\u201d]")
_QUOTED_SERIES = re.compile(
    rf"{_QUOTED_ITEM.pattern}(?:,\s+{_QUOTED_ITEM.pattern})+,?\s+(?:and|or)\s+{_QUOTED_ITEM.pattern}"
    rf"|{_QUOTED_ITEM.pattern}(?:,\s+{_QUOTED_ITEM.pattern}){{2,}}"
)


def _quoted_series(text: str) -> list[tuple[int, int]]:
    """The words of a series of quoted items, each as an item."""
    return [m.span(1) for series in _QUOTED_SERIES.finditer(text) for m in _QUOTED_ITEM.finditer(text, *series.span())]


# "the crying, the growl, the blues", "a signature, a bulb name, a date": three or more phrases with one
# article each and no 'and', a list all the same
_ARTICLE_ITEM = r"(?:the|a|an)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?"
_ARTICLE_SERIES = re.compile(rf"(?<![\w'\u2019-]){_ARTICLE_ITEM}(?:,\s+{_ARTICLE_ITEM}){{2,}}(?=[,.;:!?\"\u201d]|$)", re.I)


# "a designer who never checked, a foundry that hid its flaws, and an inspection regime that did not
# exist": article phrases with their clauses, the last after ", and"
_ARTICLE_CLAUSE = r"(?:the|a|an)\s[^,;:.()]{2,60}?"
_ARTICLE_LIST = re.compile(
    rf"(?<![\w'\u2019-]){_ARTICLE_CLAUSE},\s+(?:{_ARTICLE_CLAUSE},\s+)+(?:and|or)\s+{_ARTICLE_CLAUSE}(?=[,;:.!?\"\u201d]|$)", re.I
)


def _article_series(text: str) -> list[tuple[int, int]]:
    """The items of a series of article phrases with no 'and', or of article phrases with their clauses
    whose last comes after ", and", each from its article to its comma."""
    items = []
    for series in [*_ARTICLE_SERIES.finditer(text), *_ARTICLE_LIST.finditer(text)]:
        parts = [(series.start() + part.start(), series.start() + part.end()) for part in re.finditer(r"(?:the|a|an)\s[^,]+", series.group(), re.I)]
        if series.re is _ARTICLE_SERIES or not any(_clause_of_its_own(text, a, b) for a, b in parts):
            items += parts
    return items


_QUALIFIER = re.compile(r"\s(?:who|that|which|with|without|of|in|for|from|on|at|by)\s")


def _clause_of_its_own(text: str, start: int, end: int) -> bool:
    """A verb before any relative pronoun or preposition of the part: "the workers are the hands" is a
    clause, where "a foundry that hid its flaws" is a noun phrase with its clause."""
    qualified = _QUALIFIER.search(text, start, end)
    head_end = qualified.start() if qualified else end
    verbs = [at for at, tag in _tagged(text).items() if tag in ("VERB", "AUX") and not re.match(r"\w+ing\b", text[at:])]
    return any(start <= at < head_end for at in verbs)  # "the crying" names a sound


# "Drought, wind, wood.": a sentence of three words or more and commas alone is a list
_BARE_SERIES = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=[\"\u201c]))[A-Z][a-z]+(?:,\s+[a-z]+){2,}(?=[.!])")


# ... or the short phrases a colon announces, with no 'and': "historical methods: lighter cases, thin
# soundboards, no iron frame."
_COLON_SERIES = re.compile(r"(?<=:\s)(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+){2,}[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=[.!;]|$)")


def _bare_series(text: str) -> list[tuple[int, int]]:
    """The words of a sentence that only lists them, and the phrases of a list a colon opens with no 'and'."""
    words_listed = [(series.start() + w.start(), series.start() + w.end()) for series in _BARE_SERIES.finditer(text) for w in re.finditer(r"\w+", series.group())]
    return words_listed + [(m.start() + p.start(), m.start() + p.end()) for m in _COLON_SERIES.finditer(text) for p in re.finditer(r"[^,\s][^,]*", m.group())]


# a comparison with no amount after it, set after a value: what the value is measured against
_COMPARED_WITH = re.compile(
    r"\s*(?:(?:far|much|many|even|well|still)\s+)?(?:more|less|fewer|greater|larger|smaller|higher|lower)\s+than\s+"
    r"(?![\d$\u00a3\u20ac]|(?:about|around|roughly|nearly|almost|some|an?|one|two|three|four|five|six|seven|eight|nine|ten|twice|half)\b)",
    re.I,
)


def _match_items(text: str, m: re.Match[str], tagged_words: list[tuple[words.Token, str]]) -> list[tuple[int, int]]:
    """The items of one match of `_LIST`, or [] when what it matched is no list."""
    ordered = []  # the items in text order: first, middle ones, penult, last
    first_words = re.search(r"(?:[\w\u2019'-]+\s+){0,2}#?[\w\u2019'-]+$", m.group("first"))
    if first_words:
        ordered.append((m.start("first") + first_words.start(), m.end("first")))
    for part in re.finditer(r"[^,]+", m.group("middle")):
        ordered.append((m.start("middle") + part.start(), m.start("middle") + part.end()))
    ordered += [(m.start("penult"), m.end("penult")), (m.start("last"), m.end("last"))]
    paired = re.search(r"\s(?:and|or)\s", m.group("penult"))
    if paired and not text[m.end("penult") :].startswith(","):
        # "crossed Missouri, Illinois and Indiana and killed 695 people": the list closed at its
        # own 'and'; what the second 'and' joins is the next clause
        split = m.start("penult") + paired.start()
        ordered[-2:] = [(m.start("penult"), split), (split + len(paired.group()), m.end("penult"))]
    first_start, first_end = ordered[0]
    tagged = _tagged(text)  # "has" and "had" are verbs here too: "Flamenco has [cante], toque and baile"
    verbs = [t.end for t, kind in tagged_words if first_start <= t.start and t.end < first_end and (kind == "V" or tagged.get(t.start) == "VERB")]
    if verbs:
        ordered[0] = (verbs[-1], ordered[0][1])  # "1925 crossed [Missouri]": the first item follows the verb
    if any(re.match(r"\s*(?:not\b|so\b|because\b|but\b|yet\b|which\b|while\b|whereas\b|.*\b(?:it|them|they|he|she)\b)", text[a:b]) for a, b in ordered[:-1]):
        return []  # "less dense, so pitches break less and ...": clauses, not a list
    if any(_COMPARED_WITH.match(text, a, b) for a, b in ordered[1:-1]):
        return []  # "1.5 million cicadas per acre, far more than birds and mammals can eat": the value compared
    ordered = [_strip(text, a, b) for a, b in ordered]
    if _participle_clause(text, ordered):
        return []  # "the rocks of the Isles of Scilly, losing four warships and ...": a clause after a comma
    narrowed = [i for i, (a, b) in enumerate(ordered[:-1]) if i and _NARROWS.match(text, a, b)]
    if narrowed:
        # "caused by smoke rather than burns, chiefly carbon monoxide and hydrogen cyanide": what
        # follows 'chiefly' says which, and a list can start there only (not "and especially X")
        i = narrowed[-1]
        ordered = [(_NARROWS.match(text, *ordered[i]).end(), ordered[i][1]), *ordered[i + 1 :]]
        if len(ordered) < 3:
            return []
    if _nouns_then_a_verb(text, ordered):
        return []  # "Rome's first aqueduct, the Aqua Appia of 312 BC, ran about 16 km and ...": its clauses
    parallel = _parallel(text, ordered)  # "the alto in E-flat, the tenor in B-flat and ..."
    ordered = parallel or _after_lead_in(text, ordered)
    ordered = [(a, b) for a, b in (_strip(text, a, b) for a, b in ordered) if a < b]
    counted = len(ordered) > 1 and not re.match(rf"\d|{_NUMBER_WORD}\b", text[ordered[1][0] :], re.I)
    if counted and _counts_the_rest(text, *ordered[0], len(ordered) - 1):
        ordered = ordered[1:]  # "three parts, cante, toque and baile": the heading, then its items
    if len(ordered) == 3 and _names_its_members(text, ordered):
        return []  # "single bass notes, the counterbass and the fundamental": a plural, then its two members
    if len(ordered) == 3 and _measured_two_ways(text, ordered):
        return []  # "the Exeligmos, three Saros cycles or about 54 years": a thing, then its length twice
    return ordered if len(ordered) >= 3 else []


def _measured_two_ways(text: str, ordered: list[tuple[int, int]]) -> bool:
    """A thing, then two amounts joined by 'or': one measure of it said in two units, an aside."""
    amounts = [_AMOUNT_ITEM.match(text, a, b) is not None for a, b in ordered]
    return amounts == [False, True, True] and re.search(r"\bor\b", text[ordered[1][1] : ordered[2][0]]) is not None


_AMOUNT_ITEM = re.compile(rf"(?:(?:about|roughly|around|nearly|some|almost|over|under)\s+)?(?:\d|{_NUMBER_WORD}\b)", re.I)


def _names_its_members(text: str, ordered: list[tuple[int, int]]) -> bool:
    """A bare plural, then a pair each on 'the': an aside naming what the plural holds, not a list."""
    first = text[ordered[0][0] : ordered[0][1]]
    rest = [text[a:b] for a, b in ordered[1:]]
    bare_plural = not re.match(r"(?:the|a|an|its|their)\s", first, re.I) and plain_s(first.split()[-1].lower())
    return bare_plural and all(r.lower().startswith("the ") for r in rest)


# a past participle with where, when or by whom: "a licence, [issued after] training and an exam"
_PAST_PARTICIPLE_PLACED = re.compile(rf"(?:[a-z]+ed|{'|'.join(IRREGULAR_PAST)})\s+(?:after|before|by|in|at|on|from|with|for|during|under)\s")


def _participle_clause(text: str, ordered: list[tuple[int, int]]) -> bool:
    """An item after the first opens on an -ing verb, or on a past participle with where, when or by
    whom, that the first does not open on: what follows the comma is a participle's clause, not a list
    ("ran onto the rocks, losing four warships and ...", "a licence, issued after training and an exam")."""
    def opens_on_participle(a: int, b: int) -> bool:
        m = re.match(r"[a-z]+ing\s+\S", text[a:b])  # with what it does: "losing four warships", not "cooling"
        m = m or _PAST_PARTICIPLE_PLACED.match(text[a:b])
        return m is not None and tag_at(text, a) == "VERB"

    return not opens_on_participle(*ordered[0]) and any(opens_on_participle(a, b) for a, b in ordered[1:])


def _after_lead_in(text: str, ordered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items from the last one that leads into the list ("..., led by [Charlie Parker], ..."),
    each without the words that lead in."""
    leads = [i for i, (a, b) in enumerate(ordered[:-2]) if _LEAD_IN.match(text, a, b).end() > a]
    # "Neue Haas Grotesk, by Max Miedinger and Eduard Hoffmann": a pair led in by a preposition
    penult = ordered[-2]
    leads += [len(ordered) - 2] if _OPENS_ON_LEAD.match(text, penult[0], penult[1]) else []
    ordered = ordered[leads[-1] :] if leads else ordered
    if len(ordered) < 3:
        return []
    # always matches: all optional; the last item follows its "and", with nothing to lead into it
    return [(_LEAD_IN.match(text, a, b).end(), b) for a, b in ordered[:-1]] + ordered[-1:]


def _parallel(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items that each hold the same preposition inside them, the last one too (the pattern stops it
    before that preposition): "the soprano in B-flat, the alto in E-flat and the baritone in E-flat".
    The preposition is part of each item, not a lead into the list; [] when the items are not so."""
    items = [(a, b) for a, b in items if a < b]
    inner = [re.search(r"\S\s(in|on|at|of|for|from|with|by)\s\S", text[a:b]) for a, b in items[:-1]]
    if len(items) < 3 or not all(inner) or len({m.group(1) for m in inner if m}) != 1:
        return []
    a, b = items[-1]
    rest = re.match(rf"\s+{inner[0].group(1)}\s+{_WORD}", text[b:]) if inner[0] else None
    return [*items[:-1], (a, b + rest.end())] if rest else []


def _counts_the_rest(text: str, start: int, end: int, rest: int) -> bool:
    """Whether a list's first item, with the word before it, is a count of the items after it:
    "three parts, ...", "Two cyclones in 2018, ...". """
    before = re.search(r"(\w+)\s+$", text[:start])
    # "two engineers in Eiffel's firm, Maurice Koechlin and Émile Nouguier": the count, then where they are
    placed = re.search(rf"((?:\d+|{_NUMBER_WORD})\s+(?:[a-z]+\s+)?[a-z]+s)\s+(?:in|at|of|from|with|on)\s+(?:the\s+)?$", text[:start], re.I)
    for first in (text[start:end], f"{before.group(1)} {text[start:end]}" if before else "", placed.group(1) if placed else ""):
        count = re.match(r"(?:(?:the|its|their)\s+)?(\w+)\s+(?:[a-z]+\s+)?[a-z]+s\b", first.strip(), re.I)
        number = count.group(1).lower() if count else ""
        if number and (int(number) if number.isdigit() else NUMBER_VALUES.get(number)) == rest:
            return True
    return False


def _closed_earlier(text: str, m: re.Match[str], tagged_words: list[tuple[words.Token, str]]) -> list[tuple[int, int]]:
    """A list that closed at a pair inside the match, when the whole match is no list: "cante, toque
    and baile, supported by palmas and jaleo" ends at "baile"; the clause after it is no item."""
    for part in re.finditer(r"[^,]+", m.group("middle")):
        if re.search(r"\s(?:and|or)\s", part.group()):
            early = _LIST.match(text, m.start(), m.start("middle") + part.end())
            found = _match_items(text, early, tagged_words) if early else []
            if found:
                return found
    return []


_NARROWS = re.compile(r"(?:chiefly|mainly|mostly|largely|especially|notably|particularly|principally|namely|above all)\s+", re.I)


def _nouns_then_a_verb(text: str, items: list[tuple[int, int]]) -> bool:
    """Items of which the first opens on no verb and a later one on a word that is only a verb: a
    subject, an aside about it and its predicates ("Rome's first aqueduct, the Aqua Appia, ran ...,
    and ..."), not a list. A participle right after the first item is an aside of its own ("The Rh
    factor, identified by ...")."""

    # an -ed word is a predicate only after the subject that opens the sentence and an aside about it
    subject = re.fullmatch(r"(?:[\w\u2019'-]+\s+){0,3}", text[: items[0][0]]) is not None

    def verb_at(n: int) -> bool:
        word = re.match(r"[a-z]+\b", text[items[n][0] :])
        senses = lookup(word.group()) if word else ()
        only_verb = bool(senses) and set(senses) <= {"VERB", "AUX"} and not word.group().endswith("ing")
        return only_verb and (not word.group().endswith("ed") or n >= 2 and subject)

    first = words.tokens(text)[:1]
    fronted = bool(first) and tag_at(text, first[0].start) in ("ADP", "SCONJ")  # "Before buying scrimshaw, ask for ..."
    return not fronted and not verb_at(0) and any(verb_at(n) for n in range(1, len(items) - 1))


# A list whose last item the words after it do not close ("yeasts, lactic acid bacteria and acetic
# acid bacteria take turns"): the tagger finds where the last noun phrase ends.
_OPEN_LIST = re.compile(rf"(?P<first>{_ITEM}),\s+(?P<middle>(?:{_ITEM},\s+)*)(?P<penult>{_ITEM}),?\s+(?:and|or)\s+{_LAST_ITEM_ADVERB}(?=\w)")


# a list of three or more after a colon, 'including' or 'such as': what comes before it heads the list
LIST_AHEAD = re.compile(r"\s*(?::|\bincluding|\bsuch as)\s+[^.;]*,[^.;]*\b(?:and|or)\s")
_COMMA_THEN_AND = re.compile(r",[^.;:]*\s(?:and|or)\s")


def _open_list_items(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of the lists `_LIST` leaves open at the end, when every item is a noun phrase:
    words with no verb among them, each ending on a noun ("its gloss, a clean snap and a melting point
    just below ..."). "In 1850, the city grew and trade boomed" is clauses, not a list."""
    m = _OPEN_LIST.search(text)
    if m is None:
        return []  # most sentences: the tagger's reading is not needed
    toks = words.tokens(text)
    kinds = {tok.start: kind for tok, kind in zip(toks, _kinds(text), strict=True)}
    items: list[tuple[int, int]] = []
    while m is not None:
        listed = None if any(m.start() < b and a < m.end() for a, b in found) else _open_list(text, m, toks, kinds)
        if listed:
            items += listed
            m = _OPEN_LIST.search(text, m.end())
        else:  # "on the dancer, picking up the vibrations, the airflow and ...": the list may start a comma later
            m = _OPEN_LIST.search(text, text.index(",", m.start()) + 1)
    return items


def _open_list(text: str, m: re.Match[str], toks: list[words.Token], kinds: dict[int, str]) -> list[tuple[int, int]]:
    """The items of one match of `_OPEN_LIST`, or [] when it is no list of noun phrases."""
    last = _noun_run(text, toks, kinds, m.end())
    if last and m.end() < last[0]:
        last = (m.end(), last[1])  # "and [the scent]": the item keeps its determiner, as the others do
    pair = last and re.match(r",?\s+(?:and|or)\s+(?=\w)", text[last[1] :])
    if last and pair:  # "..., and the Indian Ocean and [South Pacific]": an item that is a pair
        second = _noun_run(text, toks, kinds, last[1] + pair.end())
        last = (last[0], second[1]) if second else last
    ordered = [_strip(text, m.start("first"), m.end("first"))]
    ordered += [_strip(text, m.start("middle") + p.start(), m.start("middle") + p.end()) for p in re.finditer(r"[^,\s][^,]*", m.group("middle"))]
    ordered += [_strip(text, m.start("penult"), m.end("penult"))]
    if last is None or not all(_is_noun_phrase(toks, kinds, a, b) for a, b in ordered[1:]):
        return []
    first = _first_item(toks, kinds, *ordered[0])
    ordered = [first, *ordered[1:], last] if first else [*ordered[1:], last]
    following = next((t for t in toks if t.start >= last[1]), None)
    clause = following is not None and kinds[following.start] == "V"  # "order, Pholidota, and genetic studies [place] them"
    paired = re.search(r"\s(?:and|or)\s", text[ordered[0][0] : ordered[0][1]]) is not None  # "peat and heath sand, suit ..."
    while len(ordered) > 2 and not _agrees(text, ordered[0], ordered[1:], mixed=not clause and not paired):
        ordered = ordered[1:]  # "During a [gale], gulls, terns and ...": the list starts after it
    if _counts_the_rest(text, *ordered[0], len(ordered) - 1):
        ordered = ordered[1:]  # "two engineers in Eiffel's firm, Koechlin and Nouguier": the two it counts
    return ordered if len(ordered) > 2 else []


def _noun_run(text: str, toks: list[words.Token], kinds: dict[int, str], start: int) -> tuple[int, int] | None:
    """The noun phrase that opens at `start`: an optional determiner, then modifiers and nouns that
    end on a noun, with nothing but spaces between them ("and Mino — Masamune": the run is "Mino")."""
    run = [t for t in toks if t.start >= start]
    if run and run[0].lower in _DETERMINER:
        run = run[1:]
    end = None
    for n, tok in enumerate(run):
        kind = kinds[tok.start]
        verb_next = n + 1 < len(run) and kinds[run[n + 1].start] == "V"  # "bike-delivered [drinks] broke the rules"
        if n and text[run[n - 1].end : tok.start].strip():
            break
        if kind not in ("N", "A") or end is not None and lookup(tok.lower)[:1] == ("VERB",) and not verb_next:
            break  # "acetic acid bacteria [take] turns": a verb the tagger read as a noun
        end = tok.end if kind == "N" else end
    return None if end is None else (run[0].start, end)


def _is_noun_phrase(toks: list[words.Token], kinds: dict[int, str], start: int, end: int) -> bool:
    inside = [t for t in toks if start <= t.start and t.end <= end]
    if inside and inside[0].lower in _DETERMINER:
        inside = inside[1:]
    return bool(inside) and kinds[inside[-1].start] == "N" and all(kinds[t.start] in ("N", "A") for t in inside)


def _first_item(toks: list[words.Token], kinds: dict[int, str], start: int, end: int) -> tuple[int, int] | None:
    """The first item is the noun phrase at the end of what comes before the first comma ("while
    [yeasts]", "gives a bar its [gloss]")."""
    inside = [t for t in toks if start <= t.start and t.end <= end]
    n = _run_start(inside, kinds, len(inside))
    if n == len(inside) or kinds[inside[-1].start] != "N":
        return None
    if n >= 2 and inside[n - 1].lower in ("and", "or") and kinds[inside[n - 2].start] == "N":
        n = _run_start(inside, kinds, n - 1)  # "the [Atlantic and northeast Pacific], ...": a pair
    return inside[n].start, end


_IRREGULAR_PLURALS = PEOPLE_PLURALS | words.wordset("teeth feet mice geese algae larvae bacteria data criteria phenomena fungi cacti nuclei")


def _agrees(text: str, first: tuple[int, int], rest: list[tuple[int, int]], mixed: bool = False) -> bool:
    """Whether the first item agrees in number with the items after it that have no determiner: in
    "between Earth and Neptune in [size], super-Earths and sub-Neptunes" it ends a phrase of its own.
    A `mixed` list needs only one to agree: "lime, volcanic ash and lumps of stone" mixes a mass noun
    and a plural."""

    def plural(span: tuple[int, int]) -> bool:
        head = text[span[0] : span[1]].split()[-1].lower()
        return head in _IRREGULAR_PLURALS or plain_s(head)

    bare = [span for span in rest if text[span[0] : span[1]].split()[0].lower() not in _DETERMINER]
    named = text[first[0]].isupper()  # "James Hays, John Imbrie and ...": names have no number
    agree = [plural(span) == plural(first) for span in bare]
    return named or (not agree or any(agree) if mixed else all(agree))


def _run_start(toks: list[words.Token], kinds: dict[int, str], end: int) -> int:
    """Where the run of modifiers and nouns that ends before toks[end] starts."""
    while end > 0 and kinds[toks[end - 1].start] in ("N", "A"):
        end -= 1
    return end


# "three basic parts: a chamber, a set of gates at each end, and sluices": the count says how many items follow
_ANNOUNCED = re.compile(rf"\b(?P<count>\d+|{_NUMBER_WORD})\s+(?:[a-z]+\s+){{0,2}}[a-z]+s:\s+(?P<items>[^.;:]+)", re.I)


def _announced_items(text: str) -> list[tuple[int, int]]:
    """The items after a colon that a count before it announces, however long each is, when the
    commas and the last 'and' cut exactly that many and none of them is a clause ("three stages:
    fringing reefs hug ..., barrier reefs stand off ..." states three facts)."""
    found = []
    for m in _ANNOUNCED.finditer(text):
        word = m.group("count").lower()
        count = int(word) if word.isdigit() else NUMBER_VALUES.get(word, 0)
        spans = _comma_items(text, m.start("items"), m.end("items"))
        if len(spans) != count:  # "..., clusters of fat globules and a thick, unfrozen sugar syrup"
            spans = _comma_items(text, m.start("items"), m.end("items"), last_and=True)
        if count >= 3 and len(spans) == count and not any(_is_clause(text, span) for span in spans):
            found += spans  # not "the envelope, the burner system and the basket, which ...": a count too many
    return found


def _comma_items(text: str, start: int, end: int, last_and: bool = False) -> list[tuple[int, int]]:
    """The items of text[start:end], cut at its commas, the last one opening on 'and' or 'or'; or,
    with `last_and`, cut at its last 'and' first (an adjective's comma may sit in the last item)."""
    cut = start
    if last_and:
        ands = list(re.finditer(r",?\s+(?:and|or)\s+", text[start:end]))
        if not ands:
            return []
        cut = start + ands[-1].start()
        pieces = [(start + p.start(), start + p.end()) for p in re.finditer(r"[^,]+", text[start:cut])]
        last = text[start + ands[-1].end() : end]
        clause = re.search(r",\s+(?:which|who|where|when|while|because)\b", last)  # "a bridle, which is tied ..."
        last_end = start + ands[-1].end() + (clause.start() if clause else len(last))
        return [_strip(text, a, b) for a, b in pieces] + [_strip(text, start + ands[-1].end(), last_end)]
    spans = [_strip(text, start + p.start(), start + p.end()) for p in re.finditer(r"[^,]+", text[start:end])]
    last = re.match(r"(?:and|or)\s+", text[spans[-1][0] :]) if spans else None
    return spans[:-1] + [(spans[-1][0] + last.end(), spans[-1][1])] if last else []


_VERB_AFTER_COMMA = re.compile(rf",\s+(?:and\s+)?(?:[a-z]+(?:s|ed)|{'|'.join(IRREGULAR_PAST)})\b")


def _verb_phrase_items(text: str) -> list[tuple[int, int]]:
    """The items of a list of three or more verb phrases of one subject, each after a comma and
    opening on a verb of the same form: "exercise [increases mitochondrial number], [improves
    neurogenesis (e.g., in hippocampus)], [enhances synaptic plasticity], and [supports sleep quality]"."""
    if len(_VERB_AFTER_COMMA.findall(text)) < 2:
        return []  # most sentences: no two commas before a word that could be a verb
    pieces = [(m.start(), m.end()) for m in re.finditer(r"(?:[^,(]|\([^)]*\))+", text)]
    toks = words.tokens(text)
    starts = {tok.start: i for i, tok in enumerate(toks)}

    def verb_at(at: int) -> str:
        """The verb form ('s' or 'ed') of the word at `at`, or ''."""
        i = starts.get(at)
        if i is None:
            return ""
        word = toks[i].lower
        past = word.endswith("ed") or word in IRREGULAR_PAST  # "had a saint, paid for masses and held feasts"
        form = "ed" if past else "s" if word.endswith("s") and not word.endswith("ss") else ""
        # a comma before it and the same form as the others: "feeds jays" reads as a verb here
        verb = _kinds(text)[i] == "V" or word in IRREGULAR_PAST or "VERB" in lookup(word.removesuffix("s" if form == "s" else "d"))
        return form if verb else ""

    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(pieces[1:], 1):
        lead = re.match(r"\s*(?:and\s+)?", text[a:b])
        start = a + lead.end()
        form = verb_at(start)
        if form and (not run or verb_at(run[-1][0]) == form):
            end = start + len(re.split(r"\s*(?:\u2014|;|\s[-\u2013]\s)", text[start:b])[0])
            run.append((start, end))
            if "and" in lead.group() and len(run) >= 2:
                first = _main_verb(text, pieces[n - len(run)], form, verb_at)
                if first is not None:
                    found += [first, *run]
                run = []
        else:
            run = []
    return [_strip(text, a, b) for a, b in found]


# a verb's plain form after a modal, the first of a run: "must [wear] a sign, carry arms and ..."
_AFTER_MODAL = re.compile(r"\b(?:must|should|can|could|will|would|may|might)\s+(?:[a-z]+ly\s+)?(?=[a-z]+\s)", re.I)


# a plain verb and how its object opens: each item after a modal
_PLAIN_VERB_THEN_OBJECT = r"([a-z]+)\s+(?:the|a|an|its|their|his|her|it|them|to|at|in|on|with|for|from|[a-z]+ly\b|[a-z]+s\b)"
# ... or after a plural subject, where the tagger must read each item's first word as a verb: "they
# also [specialise on ants], [carry defensive spines] and [have water-channelling skin]"
_AFTER_PLURAL_SUBJECT = re.compile(r"\b(?:they|we|you|[a-z]{3,}s)\s+(?:(?:also|often|usually|still|all|both|typically|mostly)\s+)?(?=[a-z]+\s)", re.I)
# ... but not a subject of a clause that sets a condition or a time: "If you [move an antique barometer],
# tilt it slowly and keep it tilted"
_SUBORDINATE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(SUBORDINATORS))})\s+$", re.I)


def _plain_verb_items(text: str) -> list[tuple[int, int]]:
    """The items of a list of three or more verb phrases in their plain form after one modal: "militia
    members must [wear a fixed sign], [carry arms openly], [answer to a commander] and [respect the laws of war]";
    or after one plural subject."""
    tagged = _tagged(text)
    anchors = [(m, False) for m in _AFTER_MODAL.finditer(text)]
    anchors += [(m, True) for m in _AFTER_PLURAL_SUBJECT.finditer(text) if not _SUBORDINATE_BEFORE.search(text, 0, m.start())]
    for m, by_tagger in anchors:
        clause = re.match(r"[^;:.()]+", text[m.end() :])
        if clause is None:
            continue
        items, at, closed = [], m.end(), False
        for sep in [*re.finditer(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", clause.group()), None]:
            end = m.end() + (sep.start() if sep else clause.end())
            word = re.match(r"([a-z]+)\s+\S" if by_tagger else _PLAIN_VERB_THEN_OBJECT, text[at:end])
            verb = word is not None and (tagged.get(at) == "VERB" if by_tagger else "VERB" in lookup(word.group(1)))
            if word is None or not verb or word.group(1).endswith(("ed", "ing")):
                break
            items.append((at, end))
            if closed or sep is None:
                break
            closed = bool(re.search(r"\b(?:and|or)\s+$", sep.group()))
            at = m.end() + sep.end()
        if closed and len(items) >= 3:
            return [_strip(text, a, b) for a, b in items]
    return []


def _main_verb(text: str, piece: tuple[int, int], form: str, verb_at: Callable[[int], str]) -> tuple[int, int] | None:
    """The first item of a verb-phrase list: from the verb of that form in the piece before it."""
    for m in re.finditer(r"\b[a-z]+\b", text[piece[0] : piece[1]]):
        if verb_at(piece[0] + m.start()) == form:
            return piece[0] + m.start(), piece[1]
    return None


def _is_clause(text: str, span: tuple[int, int]) -> bool:
    """A noun then a verb inside the span: 'fringing reefs hug a volcanic island'."""
    toks = words.tokens(text)
    inside = [i for i, t in enumerate(toks) if span[0] <= t.start and t.end <= span[1]]
    kinds = [_kinds(text)[i] for i in inside]
    return any(a == "N" and b == "V" for a, b in zip(kinds, kinds[1:], strict=False))


_BRACKETED = re.compile(rf"\((?P<items>{_ITEM}(?:,\s+{_ITEM}){{2,}})\)")


def _bracketed_items(text: str) -> list[tuple[int, int]]:
    """The items of a list in brackets with no 'and': "(explicit knowledge, rules, concepts)"."""
    found = []
    for m in _BRACKETED.finditer(text):
        found += [_strip(text, m.start("items") + p.start(), m.start("items") + p.end()) for p in re.finditer(r"[^,]+", m.group("items"))]
    return found


def list_spans(text: str) -> list[tuple[int, int]]:
    """Where each list of three or more items runs, from its first item to its last."""
    spans: list[tuple[int, int]] = []
    # in the order they stand: items found twice ("13" of a number series, "roughly 13" of the list) overlap
    for a, b in sorted(_list_items(text)):
        if spans and (a <= spans[-1][1] or text[spans[-1][1] : a].strip(" ,;") in ("", "and", "or")):
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    edge = " ,.;:!?'\"()[]\u201c\u201d\u2018\u2019"
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge and not (text[end - 1] == "%" or text[end - 1] == ")"):
        end -= 1
    if text[end : end + 1] == "." and _DOTTED.search(text, start, end):
        end += 1  # "U.S.", "D.C.": the last full stop is the initials'
    return start, end


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")


# the verbs by which notes say who showed a claim: "Friedman and Schwartz showed that ...", ", as Shannon proved"
REPORT_VERBS = (
    r"(?:showed|shown|shows|found|argued|argues|suggested|suggests|realized|noted|estimated|reported|proved"
    r"|predicted|demonstrated)"
)


# "By the outbreak of war in 1939, the Chain Home stations ...": a phrase that opens the sentence on a
# preposition says when or where the fact after it holds
_SCENE = re.compile(
    r"(?:by|in|on|at|after|before|during|since|until|from|within|over|under|across|along|throughout|between|for)\s[^,]+",
    re.I,
)


def sets_the_scene(opening: str) -> bool:
    """Whether the words before a sentence's first comma are a prepositional phrase with no verb."""
    if re.search(r"\b\d{3,4}s?\s+[A-Z]", opening):
        return False  # "In 1880 Henry Faulds, a Scottish doctor ...": the scene, then the subject
    return _SCENE.fullmatch(opening) is not None and not any(tag in ("VERB", "AUX") for tag in _tagged(opening).values())

