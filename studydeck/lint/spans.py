"""Where a blank sits in its sentence: (text before, answer, text after) -> the phrase it cuts or belongs to.

Small hand-made heuristics over the words next to a blank: whether it cuts a name, a word, a number or
a noun phrase, ends on a verb, is one item of a list, or takes a word of a set phrase (quantities asks
the same of numbers). Each is one function of the three texts, so that a part-of-speech tagger and
phrase chunker can later answer the same questions without the rules changing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..language import tags, words
from ..language.context import (
    DOCUMENTS,
    FROM_THEN,
    GIVEN_AND_NICKNAME,
    IRREGULAR_PAST,
    LENGTH_UNIT,
    OBJECT_PRONOUNS,
    REGION_WORD,
    ROLES,
    SIZE_JOIN,
    SPANS_OF_TIME,
    VERB_PARTICLES,
    WEEKDAYS,
    by_trade,
)
from ..language.lexicon import lookup, name_only

# -- the words around a blank -----------------------------------------------------------------------

# a genus cut to its initial before its species: "C. annuum", read as one word where lists are split
GENUS_INITIAL = re.compile(r"\b([A-Z])\. (?=[a-z]{3,})")
WORD = re.compile(r"[A-Za-z0-9]+(?:['.\-‑][A-Za-z0-9]+|(?<=\d):\d+)*%?")  # a time, "6:44", is one word
# Where a clause ends: a list or a phrase never runs across these.
_CLAUSE_END = re.compile(r"[.;:!?()\[\]\"“”]\s|[;!?()\[\]\"“”]|(?<!\d):|:(?!\d)|\s[-–—]\s|[.]$")  # "6:44" goes on


# the kinds of animal a species' common name ends on, after the person it honours: "Steller's sea cow"
_SPECIES_HEADS = (
    r"eagle|owl|hawk|falcon|cow|horse|frog|toad|lemur|cuckoo|finch|swan|goose|duck|zebra|gazelle|antelope|deer|possum|wallaby"
    r"|warbler|petrel|gull|tern|parrot|pheasant|penguin|crane|heron|wren|sparrow|pipit|hummingbird|bat|whale|dolphin"
    r"|porpoise|seal|monkey|rat|mouse|shrew|vole|squirrel|hare|snake|viper|lizard|gecko|chameleon|turtle|tortoise"
    r"|salamander|newt|shark|beetle|butterfly|moth|spider|bee|ant"
)
# what a term named after its finder calls the thing: "Johnston's organ", "Hubble's law", "Occam's razor"
EPONYM_NEXT = re.compile(
    r"['\u2019]s\s+(?:organ|area|disease|syndrome|law|laws|constant|principle|theorem|rule|razor|paradox|effect|sign"
    r"|gland|glands|canal|duct|node|nodes|number|equation|ratio|limit|curve|scale|test|cycle|cradle|formula|conjecture"
    rf"|(?:[a-z-]+\s+){{0,2}}(?:{_SPECIES_HEADS})s?)\b"
)


@dataclass(frozen=True)
class Blank:
    """One deletion as it sits in the text with every other deletion shown."""

    before: str
    answer: str
    after: str

    @functools.cached_property
    def words(self) -> list[str]:
        return WORD.findall(self.answer)

    def window(self, width: int = 40) -> tuple[str, int, int]:
        """The blank with `width` characters either side, and where the answer starts and ends in it."""
        before = self.before[-width:]
        return before + self.answer + self.after[:width], len(before), len(before) + len(self.answer)

    @property
    def sentence(self) -> str:
        return self.before + self.answer + self.after


_SENTENCE_END = re.compile(r"[.!?][\"”'’]?\s+(?=[A-Z\"“'‘])")


def sentence(blank: Blank) -> str:
    """The sentence the blank sits in, with the blank filled."""
    before, after = _sentence_around(blank)
    return before + blank.answer + after


def _sentence_around(blank: Blank) -> tuple[str, str]:
    ends = list(_SENTENCE_END.finditer(blank.before))
    start = ends[-1].end() if ends else 0
    end = _SENTENCE_END.search(blank.after)
    return blank.before[start:], blank.after[: end.start() + 1] if end else blank.after


# Where a clause of a sentence starts: "... 2,600 planets | before it ran out of fuel in 2018."
_CLAUSE_START = re.compile(r"[,;:]\s|\s(?=(?:before|after|when|until|once|because|while|whereas|although|but)\s)")


def clause(blank: Blank) -> str:
    """The clause of its sentence the blank sits in, with the blank filled."""
    before, after = _sentence_around(blank)
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    end = _CLAUSE_START.search(after)
    return before[starts[-1] if starts else 0 :] + blank.answer + after[: end.start() if end else len(after)]


def last_word(text: str) -> str:
    found = WORD.findall(text[-80:])
    return found[-1] if found else ""


def first_word(text: str) -> str:
    match = WORD.search(text[:80])
    return match.group() if match else ""


def clause_before(text: str) -> str:
    """The end of `text` back to where its clause starts."""
    ends = list(_CLAUSE_END.finditer(text))
    return text[ends[-1].end() :] if ends else text


def clause_after(text: str) -> str:
    """The start of `text` up to where its clause ends."""
    end = _CLAUSE_END.search(text)
    return text[: end.start()] if end else text


@functools.lru_cache(maxsize=1 << 14)
def is_number(word: str) -> bool:
    return words.is_number(word) or word.lower() in NUMBER_WORDS


NUMBER_WORDS = words.wordset(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion
    dozen half third quarter once twice thrice
    """
)


def starts_sentence(before: str) -> bool:
    """Nothing but punctuation and quotes since the last sentence end: a capital letter here proves no name."""
    stripped = before.rstrip(" '\"‘“(*")
    return not stripped or stripped[-1] in ".!?:;"


# -- numbers, units and dates: what the blank rules of both modules ask of single words ------------

_UNITS: dict[str, str] = {}
for _dimension, _names in {
    "temperature": "°c °f c f celsius fahrenheit kelvin degrees degree",
    "length": "mm cm m km nm metre metres meter meters kilometre kilometres kilometer kilometers centimetre "
    "centimetres centimeter centimeters millimetre millimetres millimeter millimeters inch inches ft foot feet "
    "yard yards mile miles mi light-year light-years au",
    "mass": "mg g kg t gram grams kilogram kilograms milligram milligrams pound pounds lb lbs ounce ounces oz ton tons tonne tonnes",
    "volume": "ml l litre litres liter liters millilitre millilitres milliliter milliliters cup cups gallon gallons pint pints quart quarts tablespoon "
    "tablespoons teaspoon teaspoons tbsp tsp m³ m3 cubicmetre cubicmetres cubicmeter cubicmeters cubicfoot cubicfeet "
    "cubicyard cubicyards cubicmile cubicmiles cubickilometre cubickilometres cubickilometer cubickilometers km³",
    "force": "newton newtons kn kilonewton kilonewtons lbf pound-force pounds-force",
    "speed": "mph kph km/h m/s knots",
    "energy": "cal calorie calories kcal kj joule joules kwh",
    "time": "ms millisecond milliseconds microsecond microseconds nanosecond nanoseconds second seconds sec secs"
    " minute minutes min mins hour hours hr hrs day days week weeks month "
    "months year years decade decades century centuries",
    "share": "percent per cent %",
    "frequency": "hz khz mhz ghz hertz kilohertz megahertz gigahertz",
    "power": "w watt watts kw kilowatt kilowatts mw megawatt megawatts gw gigawatt gigawatts tw terawatt terawatts",
    "pressure": "pa kpa mpa pascal pascals kilopascals megapascals psi bar bars atm atmosphere atmospheres",
    "area": "km² km2 m² m2 hectare hectares acre acres squarekilometre squarekilometres squarekilometer "
    "squarekilometers squaremile squaremiles squaremetre squaremetres squaremeter squaremeters",
    "concentration": "mg/dl mmol/l mg/l g/l µg/l ug/l mg/ml ppm ppb dl",
}.items():
    _UNITS.update(dict.fromkeys(_names.split(), _dimension))


def unit_dimension(word: str) -> str:
    return _UNITS.get(word.lower(), "")


# How many of the dimension's base unit one unit makes, for the units that convert exactly: "10,000 mm"
# is "10 metres" said again.
_FACTORS: dict[str, float] = {}
for _factor, _names in {
    1e-3: "mm millimetre millimetres millimeter millimeters mg milligram milligrams ml millilitre millilitres "
    "milliliter milliliters ms millisecond milliseconds",
    1e-6: "microsecond microseconds",
    1e-9: "nanosecond nanoseconds",
    1e-2: "cm centimetre centimetres centimeter centimeters",
    1.0: "m metre metres meter meters g gram grams l litre litres liter liters second seconds sec secs",
    1e3: "km kilometre kilometres kilometer kilometers kg kilogram kilograms",
    1e6: "tonne tonnes",
    # imperial lengths, defined in metres ("26 miles 385 yards" is "42.195 km" said again); no pounds
    # or ounces, which are also money and volume
    0.0254: "inch inches",
    0.3048: "ft foot feet",
    0.9144: "yd yard yards",
    1609.344: "mile miles",
    60.0: "minute minutes min mins",
    3600.0: "hour hours hr hrs",
    86400.0: "day days",
    604800.0: "week weeks",
    # a calendar's units, by the mean year: "12 months" is "a year" said again, and so are 52 weeks
    2629800.0: "month months",
    31557600.0: "year years",
    315576000.0: "decade decades",
    3155760000.0: "century centuries",
}.items():
    _FACTORS.update(dict.fromkeys(_names.split(), _factor))
# watts, in their own loop as their factors repeat those above; no 'mw', a milliwatt or a megawatt by its capitals
for _factor, _names in {1.0: "w watt watts", 1e3: "kw kilowatt kilowatts", 1e6: "megawatt megawatts",
                        1e9: "gw gigawatt gigawatts", 1e12: "tw terawatt terawatts"}.items():  # fmt: skip
    _FACTORS.update(dict.fromkeys(_names.split(), _factor))


def amount(number: str, unit: str) -> float | None:
    """The value in its dimension's base unit ('10,000', 'mm' -> 10.0), None for a unit that does not
    convert exactly."""
    factor = _FACTORS.get(unit.lower())
    try:
        return None if factor is None else float(number.replace(",", "")) * factor
    except ValueError:
        return None


def is_unit(word: str) -> bool:
    return word.lower() in _UNITS


MONTHS = words.wordset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)


def is_year(word: str) -> bool:
    return bool(re.fullmatch(r"1[0-9]{3}|20[0-9]{2}|1[0-9]{3}s|20[0-9]{2}s", word))


# -- half a term ------------------------------------------------------------------------------------

# "(C2H5)[4Pb]": a formula's group glued to the blank; "MASTER_[IGNITION]": a word of an identifier
_WORD_END = re.compile(r"[A-Za-z0-9]+[-‑._/]?$|\([A-Za-z0-9]+\)$|_$")
# "[401](k)", "[1-in-1],000-year", "[Directive 2010]/63/EU": a token that goes on past the blank
_WORD_START = re.compile(r"(?!'s\b)(?:[-‑._/]?[A-Za-z0-9]+|\([A-Za-z0-9]+\)|,\d{3}\b)+")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z0-9]")
_SPACE_AFTER_WORD = re.compile(r"[A-Za-z0-9]\s+$")
_SPACE_AFTER_LETTERS = re.compile(r"[A-Za-z]\s+$")
_NEXT_LOWER = re.compile(r"\s+([a-z][a-z\-‑]+)\b")
_NEXT_WORD = re.compile(r"\s+\w")
_PARENTHESIS = re.compile(r"^\s*\([^()]*\)")
_NEXT_LETTER = re.compile(r"\s+[A-Za-z]")

_TITLES = words.wordset(
    "dr dr. prof prof. professor mr mr. mrs mrs. ms ms. sir dame saint st st. lord lady king queen"
    " president captain admiral colonel sergeant lieutenant commander governor senator chancellor"
    " bishop pope emperor empress sultan prince princess duke duchess"
)
_DETERMINERS = words.wordset("a an the its their his her our your my this these those every each")
# Endings of words that modify the noun after them: 'procedural learning', 'spaced practice', 'radial velocity'.
_MODIFIER = re.compile(r"(al|ial|ic|ical|ive|ous|ful|less|able|ible|ary|ory|ar|ed|[a-z]{3}est|[a-z]-[a-z]+)$")
# Words with those endings that are nouns heading their own phrase, or verbs, more often than modifiers.
_NOT_MODIFIERS = words.wordset(
    """
    animal signal journal arrival proposal approval interval rival ritual trial total capital hospital festival
    material potential individual criminal chemical principal original professional
    music logic topic clinic panic public republic
    objective detective native relative executive alternative
    glass class
    """
)
_LY_NOUNS = words.wordset("reply belly jelly rally bully ally supply family assembly anomaly monopoly italy fly")


def cut_word(blank: Blank) -> str:
    """The word a blank cuts: 'radial-[velocity]', '[1].e4', 'un[likely]'; or ''."""
    left = _WORD_END.search(blank.before[-40:])
    right = _WORD_START.match(blank.after)
    if left and left.group().endswith(".") and not re.match(r"\S", blank.answer):
        left = None
    if right and right.group().startswith(".") and len(right.group()) == 1:
        right = None
    if not (left or right):
        return ""
    return (left.group() if left else "") + blank.answer.strip() + (right.group() if right else "")


def cut_name(blank: Blank) -> str:
    """The capitalised name a blank cuts ('[51] Pegasi b', 'Milton [Friedman]'), or ''."""
    if not blank.words or blank.answer != blank.answer.strip():
        return ""
    return _name_after(blank) or _name_before(blank) or _designation(blank) or _named_term(blank)


def _name_after(blank: Blank) -> str:
    """'Milton [Friedman]' is caught by _name_before; this catches '[Milton] Friedman', '[51] Pegasi b'
    and '[Robert J]. Lang' (a middle initial goes on to the surname)."""
    last = blank.words[-1]
    initial = re.match(r"\.\s+([A-Z][\w'-]+)", blank.after)
    # an initial stands alone: not the C of "1,400°C" before a sentence's end
    if initial and re.fullmatch(r"[A-Z]", last) and len(blank.words) > 1 and re.search(r"\s[A-Z]$", blank.answer):
        return f"{blank.answer}. {initial.group(1)}"
    nxt = first_word(blank.after) if _NEXT_CAPITAL.match(blank.after) else ""
    if not nxt or nxt == "I" or not _is_capital(nxt) or nxt.lower() in MONTHS or last.endswith("'s"):
        return ""
    # A count before a known word is a count, not a name: '[9,000] US banks'.
    if _is_capital(last) or _is_bare_count(last) and words.zipf(nxt) < RARE_ZIPF:
        return f"{blank.answer} {nxt}"
    return ""


def _name_before(blank: Blank) -> str:
    before = blank.before
    if (nicknamed := GIVEN_AND_NICKNAME.search(before)) and _is_capital(blank.words[0]):
        return nicknamed.group() + blank.answer  # 'Georgia "Tiny" [Broadwick]'
    prev = last_word(before) if _SPACE_AFTER_WORD.search(before[-4:]) else ""
    if not prev or not _is_capital(blank.words[0]) or prev.endswith("'s") or _titled(prev, blank.words[0]):
        return ""
    if re.fullmatch(REGION_WORD, prev) and blank.words[0].lower() not in MONTHS and blank.words[0].lower() not in WEEKDAYS:
        return f"{prev} {blank.answer}"  # "western [Asia]": the place the sentence means is the region of it
    # "the 1919 [Treaty of Versailles]": the year only says which treaty, so the name is whole without it;
    # not a prize, which its year and field name ("the 1973 [Nobel Prize] in Physiology or Medicine")
    dated_document = _THE_YEAR.search(before) is not None and any(DOCUMENTS.fullmatch(w) for w in blank.words)
    dated_document = dated_document and not _PRIZE.search(blank.answer)
    if prev.isdigit() and not _DATED.search(before) and not dated_document or _is_capital(prev) and not _opens_sentence(prev, before):
        return f"{prev} {blank.answer}"
    return ""


# "In 1962 [Tim Cranmer] designed ...", "On 21 November 1783 [Pilâtre de Rozier] ...": a year after a
# preposition closes the phrase that dates the sentence, so the name after it opens the subject;
# "51 [Pegasi] b" is a name that begins with digits
_DATED = re.compile(
    r"\b(?:in|on|by|since|until|after|before|from|during|around|about|circa|c\.)\s+"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{'|'.join(sorted(m for m in MONTHS if len(m) > 3))})\s+(?:\d{{1,2}},?\s+)?)?"
    r"(?:1\d{3}|20\d{2})\s+$",
    re.I,
)


_THE_YEAR = re.compile(r"\bthe\s+(?:1\d{3}|20\d{2})\s+$", re.I)
_PRIZE = re.compile(r"(?:prize|award|medal)$", re.I)


def _titled(title: str, first: str) -> bool:
    """A title before a name, no part of it: "Sir", or a role before a person's title or given name
    ("Minister [Sir George Pearce]"); not the start of a title ("Astronomer [Royal]")."""
    person = first.lower() in _TITLES or name_only(first)
    return title.lower() in _TITLES or title.lower() in ROLES and person


def _opens_sentence(word: str, before: str) -> bool:
    """A capitalised word that opens the sentence as a common word: 'In [Europe]', 'Later [Darwin]',
    'Biologist [Karen Warkentin]'; not 'Thomas'."""
    if not starts_sentence(before[: before.rstrip().rfind(word)]):
        return False
    common = words.is_stopword(word) or word.lower() in _INTRODUCERS or words.zipf(word) >= COMMON_OPENER_ZIPF
    return common or by_trade(word)


def _designation(blank: Blank) -> str:
    """A number after a name's word: 'Ariane [5]', 'IEEE [754]'; a month's ('September [1931]') is a date."""
    if not blank.words[0][:1].isdigit() or re.match(r"\d{1,3}(?:,\d{3})+\b", blank.answer):
        return ""  # "paid Appert [12,000] francs": a number with thousands is an amount, not a model's
    before = blank.before
    prev = last_word(before) if _SPACE_AFTER_LETTERS.search(before[-4:]) else ""
    if not prev or not _is_capital(prev) or prev.lower() in MONTHS or prev.endswith("'s"):
        return ""
    opening = starts_sentence(before[: before.rstrip().rfind(prev)])
    if opening and (words.zipf(prev) >= RARE_ZIPF or prev.lower() in _INTRODUCERS):
        return ""  # 'In [1995]', 'About [9,000]'; but 'Ariane [5]''
    return f"{prev} {blank.answer}"


def _named_term(blank: Blank) -> str:
    """A name blanked out of the term it names: 'the [Doppler] shift', 'the [Maillard] reaction'."""
    last = blank.words[-1]
    # After a possessive the next word is as often a verb: "DeepMind's [AlphaGo] beat".
    if not last.isalpha() or not _is_capital(last) or last_word(blank.before).lower() not in ("the", "a", "an"):
        return ""
    match = _NEXT_LOWER.match(blank.after)
    if not match:
        return ""
    noun = match.group(1)
    # 'the [Senate] voted', 'the [Fed] raises', 'the [Royal Society] found': a verb after a name, not a term.
    if not words.is_content(noun) or re.search(r"(ed|[^s]s)$", noun) or noun in IRREGULAR_PAST or is_unit(noun):
        return ""
    return f"{blank.answer} {noun}"


_MULTIPLIERS = words.wordset("hundred thousand million billion trillion hundreds thousands millions billions trillions")


_NUMBER_BEFORE = re.compile(r"(?:\d[,.]|(?:^|[\s(])[-\u2212]|[A-Z]\$)$")  # "37,[500]", "-[40]", "US$[37]"


def cut_number(blank: Blank) -> str:
    """A number blanked without its multiplier ('[ten] billion times', '$[440] million'), or without the
    digits or the sign before it ('US$37,[500 a year]', '-1,[760]')."""
    if blank.answer[:1].isdigit() and _NUMBER_BEFORE.search(blank.before):
        head = re.search(r"[-\u2212\w$]*[\d,.$-]*$", blank.before)
        return (head.group() if head else "") + blank.answer.split()[0]
    if sizes := _cut_sizes(blank):
        return sizes
    if not blank.words or not is_number(blank.words[-1]):
        return ""
    nxt = first_word(blank.after)
    if _NEXT_WORD.match(blank.after) and nxt.lower() in _MULTIPLIERS:
        return f"{blank.answer} {nxt}"
    return ""


_SIZES_BEFORE = re.compile(rf"\d[\d.,]*(?:{SIZE_JOIN}\d[\d.,]*)?{SIZE_JOIN}$")
_SIZES_AFTER = re.compile(rf"(?:{SIZE_JOIN}\d[\d.,]*){{1,2}}\s?{LENGTH_UNIT}")


def _cut_sizes(blank: Blank) -> str:
    """One number of the sizes of one thing ('[34] by 18 by 9 cm', '34 by 18 by [9 cm]'): all of them, or ''."""
    if blank.answer[:1].isdigit() and (before := _SIZES_BEFORE.search(blank.before)):
        return before.group() + blank.answer
    after = _SIZES_AFTER.match(blank.after)
    return blank.answer + after.group() if after and blank.words and is_number(blank.words[-1]) else ""


_RATE_AFTER = re.compile(r"\s+per\s+(?:square\s+|cubic\s+)?[a-z]+(?:\s+per\s+[a-z]+)?\b")


def cut_rate(blank: Blank) -> str:
    """A rate blanked up to the middle of its unit ('[72 Hz per mile] per hour'): the whole rate, or ''.
    A value with its whole unit may leave what it is per shown ('[0.03 °C] per decade')."""
    if "per" not in (w.lower() for w in blank.words[1:]):
        return ""
    rest = _RATE_AFTER.match(blank.after)
    return blank.answer + rest.group() if rest else ""


# a word that hedges an amount, with its space, or nothing: "about 40 kg", "well over 3 m", "up to 12 hours"
HEDGE = (
    r"(?:(?:about|around|roughly|approximately|nearly|almost|close to|(?:well |just |a little |a bit |slightly )?(?:over|under)|some|up to|at least|at most"
    r"|no more than|no fewer than|no less than|not more than|more than|less than|fewer than|as many as|as much as"
    r"|every)\s+)?"
)
# 'a "harmonic" telegraph': an article opens the quote, a word after it may be the term's noun
QUOTE_AFTER_ARTICLE = re.compile(r"\b(?:a|an|the)\s+[\"\u201c]$", re.I)
WORD_AFTER_QUOTE = re.compile(r"[\"\u201d]\s+([a-z]+)\b(?!\s+(?:of|for)\b)")


def quoted_modifier(blank: Blank) -> str:
    """A word in quotes between an article and its noun, blanked alone ('a "[harmonic]" telegraph'): the
    whole term, or ''. Words in quotes are a name of their own ('the "[Sleeping Beauty]" hypothesis')."""
    noun = WORD_AFTER_QUOTE.match(blank.after)
    if not noun or len(blank.words) != 1 or not QUOTE_AFTER_ARTICLE.search(blank.before) or tags.candidates(noun.group(1))[:1] != ("NOUN",):
        return ""
    return f"{blank.before[-1]}{blank.answer}{noun.group()}"


COMMON_OPENER_ZIPF = 5.0  # 'later', 'today', 'researchers' open sentences; 'thomas' (4.6) is a name
RARE_ZIPF = 3.0  # 'Pegasi' (not in the table) is a name's word; 'US' or 'Earth-like' are words


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def _is_bare_count(word: str) -> bool:
    """A number that is not a year: '51' of '51 Pegasi b'; '1995 Mayor' is a year and a name."""
    return word.isdigit() and not is_year(word)


def cut_noun_phrase(blank: Blank) -> str:
    """The noun phrase a one-word blank modifies ('[procedural] learning'), or ''."""
    if len(blank.words) != 1 or blank.answer != blank.answer.strip():
        return ""
    word = blank.words[0]
    lower = word.lower()
    if not word.islower() or is_number(word) or words.is_stopword(word) or lower in _NOT_MODIFIERS:
        return ""
    if not _MODIFIER.search(lower) or re.search(r"\d", lower) or is_number(re.split(r"[-‑]", lower)[0]):
        return ""  # 'twenty-minute nap': a quantity, which may stand alone
    after = _PARENTHESIS.sub("", blank.after, count=1)  # '[procedural] (practice-based) learning'
    match = _NEXT_LOWER.match(after)
    if not match or not words.is_content(match.group(1)) or is_unit(match.group(1)):
        return ""
    return f"{word} {match.group(1)}"


def ends_on_verb(blank: Blank) -> str:
    """The last word of a blank whose object is left outside ('[Jupiter dims] a star'), or ''."""
    if not blank.words or blank.answer != blank.answer.rstrip():
        return ""
    last = blank.words[-1]
    nxt = first_word(blank.after)
    if not _NEXT_LETTER.match(blank.after):
        return ""
    if is_number(last) or is_unit(last) or not last.islower():
        return ""
    moves = nxt.lower() in PARTICLES and last.endswith("s") and not last.endswith("ss")
    # '[octopus jets] away'; one word too when the particle closes a verb of a run ('slows, [bunches] up and grows')
    moves = moves and (len(blank.words) > 1 or _PARTICLE_CLOSES.match(blank.after) is not None)
    if _WHEN_AFTER.match(blank.after):
        return ""  # "in a [powered aeroplane crash] the following year": a time, no object
    if nxt.lower() in _POSSESSIVE and _ends_on_noun(blank):
        return ""  # "is [the strongest drug] your clock responds to": a clause about the noun, no object
    return last if nxt.lower() in _DETERMINERS or moves or _second_verb(blank, nxt.lower()) else ""


_WHAT_A_VERB_TAKES = OBJECT_PRONOUNS | words.wordset("everything something anything nothing everyone")


def _second_verb(blank: Blank, nxt: str) -> bool:
    """'lock onto [prey and judge] distance' is not; '[dusk and stay] completely still', 'test their [prey
    and single] out', 'gave up [speed and bet] everything': after 'and' or 'or', a plain word that may be
    a verb, then its particle, its pronoun object or an adverb in -ly, is a second verb, not a second noun."""
    words_ = blank.words
    if len(words_) < 3 or words_[-2].lower() not in ("and", "or") or "VERB" not in lookup(words_[-1]):
        return False
    return nxt in PARTICLES or nxt in _WHAT_A_VERB_TAKES or (nxt.endswith("ly") and lookup(nxt)[:1] == ("ADV",))


_POSSESSIVE = words.wordset("its their his her our your my")
_PARTICLE_CLOSES = re.compile(r"\s+[a-z]+\s*(?:,|\.|;|\band\b|\bor\b|$)")


_LEADS_IN = words.wordset("that which who whom whose of the a an is was are were")


def ends_leading_in(blank: Blank) -> str:
    """The last word of a blank that opens what comes after it ('the tuner's job is to [find the music
    that] was hiding in the steel', '[the method was] wrong'), or ''."""
    last = blank.words[-1] if len(blank.words) > 1 else ""
    return last if last.lower() in _LEADS_IN and _NEXT_LETTER.match(blank.after) else ""


def ends_on_when(blank: Blank) -> str:
    """A span of time that ends a longer blank and says when what follows happens ('warn [reef
    managers weeks] before bleaching shows'), or ''."""
    if len(blank.words) < 2 or blank.words[-1].lower() not in SPANS_OF_TIME:
        return ""
    counted = is_number(blank.words[-2]) or blank.words[-2].lower() in _SOME  # "[two days] after": a whole span
    return blank.words[-1] if not counted and first_word(blank.after).lower() in FROM_THEN else ""


_SOME = words.wordset("a few several many some couple")


def _ends_on_noun(blank: Blank) -> bool:
    text, _, end = blank.window()
    return any(tok.end == end and tag == "NOUN" for tok, tag in tags.tag_text(text))


_WHEN_AFTER = re.compile(
    r"\s*(?:the\s+(?:following|next|same|previous|preceding)|that|this|each|every|last)\s+"
    r"(?:year|month|week|day|night|morning|evening|summer|winter|spring|autumn|season|decade|century|time)s?\b",
    re.I,
)


# adverbs that finish a verb ("jets away", "back into balance"); shared with ingest's phrase reader
PARTICLES = VERB_PARTICLES | words.wordset("forward apart aside")


def bare_adverb(blank: Blank) -> str:
    """A one-word blank that is an adverb ('treated it [politely]'), or ''."""
    if len(blank.words) != 1:
        return ""
    word = blank.words[0]
    lower = word.lower()
    if not word.islower() or len(lower) < 5 or not lower.endswith("ly") or lower in _LY_NOUNS:
        return ""
    if words.is_stopword(lower) or is_number(lower):
        return ""
    root = lower[:-2]
    candidates = (root, root[:-1] + "y", root + "e", root + "le", root[:-2] if root.endswith("al") else root)
    return word if any(words.known(c) for c in candidates if len(c) >= 3) else ""


# -- one item of a list -----------------------------------------------------------------------------

_LIST_SEP = re.compile(r"(\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)")
MAX_ITEM_WORDS = 4


_TOUCHES_BEFORE = re.compile(r"(?:,|\s(?:and|or))\s*$")
_TOUCHES_AFTER = re.compile(r"\s*,|\s+(?:and|or)\s")
_ARTICLE_AFTER_SEPARATOR = re.compile(r"(?:,|\s(?:and|or))\s+(an?|the)\s+$")
_COUNTED_ITEM = re.compile(r"(?:\s+[a-z][\w'-]*){1,3}(?=\s*,|\s+(?:and|or)\s)")  # what a count counts, up to the separator


def list_items(blank: Blank) -> list[str]:
    """The items of a list of three or more that the blank is one of ('transits, [wobbles] and imaging')."""
    counted = _COUNTED_ITEM.match(blank.after) if all(is_number(w) for w in WORD.findall(blank.answer)) else None
    if counted and not _TOUCHES_AFTER.match(blank.after):
        # "including [47] resident land birds, 13 bats and 2 rats": the count of one item of the list
        blank = Blank(blank.before, blank.answer + counted.group(), blank.after[counted.end() :])
    if article := _ARTICLE_AFTER_SEPARATOR.search(blank.before):
        # "a tenon, dowels or a [spline]": the article opens the item
        blank = Blank(blank.before[: article.start(1)], f"{article.group(1)} {blank.answer}", blank.after)
    if not (_TOUCHES_BEFORE.search(blank.before[-8:]) or _TOUCHES_AFTER.match(blank.after)):
        return []  # a list item touches a comma, 'and' or 'or'
    left = _LIST_SEP.split(clause_before(blank.before))  # item, separator, item, ..., item
    right = _LIST_SEP.split(clause_after(blank.after))
    # The blank must touch a separator on at least one side: split leaves an empty part there.
    before = _pairs(left[:-1][::-1]) if left[-1] == "" else []  # (separator, item), nearest first
    after = _pairs(right[1:]) if right[0] == "" else []
    kind = _item_kind(blank.answer, first=True)
    chain_before = _chain(before, kind, take_last=True)
    chain_after = _chain(after, kind, take_last=False)
    if not re.match(r"\s*[a-z]+ing\b", blank.answer):
        # "degrade with [age and certain medications], contributing to ...": a participle's clause, not an item
        clause = next((i for i, (_, part) in enumerate(chain_after) if _opens_on_participle(part)), len(chain_after))
        chain_after = chain_after[:clause]
    if len(before) > len(chain_before) and _JOINS.search(before[len(chain_before)][0]):
        return []  # 'between Earth and Neptune in size, super-Earths and [sub-Neptunes]': not one list
    # 'a desk, [a wage and a dress code]': the last two items in one blank are still part of the list
    inner = _LIST_SEP.split(blank.answer.strip()) if chain_before and not chain_after else [blank.answer.strip()]
    inner = inner if all(len(WORD.findall(part)) <= MAX_ITEM_WORDS for part in inner[0::2]) else [blank.answer.strip()]
    items = [item for _, item in chain_before[::-1]] + inner[0::2] + [item for _, item in chain_after]
    separators = [sep for sep, _ in chain_before[::-1]] + inner[1::2] + [sep for sep, _ in chain_after]
    # 'a, b and c': commas between the items, 'and' or 'or' before the last one only; or, in notes,
    # commas alone between four or more ('= Kaibab, [Toroweap], Coconino, Hermit')
    if any(_JOINS.search(s) for s in separators[:-1]):
        return []
    joined = len(items) >= 3 and bool(_JOINS.search(separators[-1]))
    return items if joined or len(items) >= MIN_BARE_LIST and _introduced(blank.before, len(chain_before)) else []


MIN_BARE_LIST = 4  # items a list needs when commas alone join them


def _opens_on_participle(text: str) -> bool:
    """An -ing verb and a function word or number after it ("contributing to", "losing four"), not an -ing
    word before a noun ("eroding banks"), which may be a list's item."""
    m = re.match(r"\s*([a-z]+ing)\s+([\w-]+)", text)
    if m is None or not (words.is_stopword(m.group(2)) or is_number(m.group(2))):
        return False
    return any(tok.text == m.group(1) and tag == "VERB" for tok, tag in tags.tag_text(text)[:1])


def _introduced(before: str, items_before: int) -> bool:
    """A colon, '=' or a dash opens the list, right before its first item ("top down: Kaibab, [Toroweap], ...",
    "its sequence — orient, eye, [stalk], chase —")."""
    m = re.search(r"(?:[:=]|\s[\u2013\u2014]\s)([^:=;\u2013\u2014]*)$", before)
    return m is not None and m.group(1).count(",") == items_before


_INTRODUCERS = words.wordset(
    """
    after before during since until when whenever while if unless because although though once in on at by for
    with without despite over under within across throughout according as
    """
)
_JOINS = re.compile(r"\b(and|or)\b")


def _pairs(parts: list[str]) -> list[tuple[str, str]]:
    return list(zip(parts[0::2], parts[1::2], strict=False))


def _chain(pairs: list[tuple[str, str]], kind: str, take_last: bool) -> list[tuple[str, str]]:
    """The list items next to the blank with the separator before each, nearest first: items of the blank's kind."""
    chain = []
    for n, (separator, part) in enumerate(pairs):
        part_words = WORD.findall(part)
        if not part_words:
            break
        # the article of the last item, right after the blank, is no word of its kind: "[dowels] or a spline"
        # (after a bare comma, an article opens an aside: "[akadama], a baked clay,")
        last = _JOINS.search(separator) is not None
        if not take_last and n == 0 and last and len(part_words) > 1 and part_words[0].lower() in ("a", "an", "the"):
            part_words = part_words[1:]
        edge = part_words[-1] if take_last else part_words[0]
        if take_last and len(part_words) > 1 and is_number(part_words[-2]) and unit_dimension(edge):
            edge = part_words[-2]  # "0.5 mm, [0.7 mm] or 0.9 mm": a value with its unit is of the kind of its number
        # 'After heavy rain, [worms] and beetles': an opening phrase, not an item; but 'with 1934, [1936]
        # and 1939': a preposition before a list of numbers governs them all
        opening = take_last and part_words[0].lower() in _INTRODUCERS and not (kind == "number" and len(part_words) == 2)
        if _item_kind(edge, first=False) != kind or opening:
            break
        shown = part_words[-2:] if take_last and len(part_words) > MAX_ITEM_WORDS else part_words[:MAX_ITEM_WORDS]
        chain.append((separator, " ".join(shown)))
        # An item longer than a noun phrase can only be the list's outer end (the lead-in or what follows).
        if len(part_words) > MAX_ITEM_WORDS:
            break
    return chain


def _item_kind(text: str, first: bool) -> str:
    """Items of one list are alike: numbers, names, or common nouns."""
    found = [w for w in WORD.findall(text) if not words.is_stopword(w)]
    if not found:
        return "none"
    word = found[0] if first else found[-1] if len(found) == 1 else found[0]
    if is_number(word):
        return "number"
    return "name" if word[:1].isupper() else "word"


# -- set phrases ------------------------------------------------------------------------------------

# A hand list of English set phrases whose words mean nothing alone; verbs in their common forms.
_TAKE = r"(?:take|takes|took|taken|taking)"
_MAKE = r"(?:make|makes|made|making)"
_KEEP = r"(?:keep|keeps|kept|keeping)"
_PLAY = r"(?:play|plays|played|playing)"
_PAY = r"(?:pay|pays|paid|paying)"
_SET_PHRASES = [
    rf"{_TAKE} advantage of",
    r"(?P<w>day|year|week|month|side|step|hand|face|back|piece|word|inch|door|time|case) (?:to|for) (?P=w)",  # "day to day"
    rf"{_TAKE} (?:place|care|part|notice|turns|hold|charge|for granted|into account|a toll)",
    rf"{_MAKE} (?:sense|sure|use of|up for|a difference|room for|ends meet|the most of|do|the (?:news|headlines|grade|cut))",
    rf"{_KEEP} (?:in mind|track of|an eye on|pace with)",
    r"(?:bear|bears|bore|borne) in mind",
    rf"{_PLAY} (?:a role|a part|a key role|a big role|an important role)",
    rf"{_PAY} attention to",
    r"(?:lose|loses|lost|losing) track of",
    r"(?:lose|loses|lost|losing) (?:their|his|her|its|our|your|my|one's) bearings",
    r"when in doubt",
    r"(?:over|in|within|during) (?:a|one|their|his|her|its) (?:human )?lifetime",
    r"for the rest of (?:a |one's |their |his |her |its )?(?:person's )?life",
    r"(?:with|to) the naked eye",
    r"(?:get|gets|got|getting) rid of",
    r"(?:come|comes|came|coming) up with",
    r"(?:look|looks|looked|looking) forward to",
    r"(?:turn|turns|turned|turning) out",
    r"in (?:fact|order to|terms of|general|particular|short|turn|effect|vain|other words|spite of|charge of|"
    r"place of|front of|common|touch with|the long run|the first place|the wake of|a nutshell|full swing|addition|return)",
    r"at (?:least|most|first|last|once|times|stake|all|the end of the day|the same time|any rate|hand)",
    r"on (?:average|purpose|the other hand|the fly|track|hand|the whole|top of|behalf of|paper|board|record|hold|schedule)",
    r"(?:call|calls|called|calling) out",
    r"by (?:far|the way|and large|no means|chance|heart)",
    r"for (?:example|instance|good|now|the most part|sure)",
    r"of course",
    r"as (?:well as|a matter of fact|a result|a rule|far as|soon as|long as|opposed to)",
    r"rule of thumb",
    r"margin of error",
    r"trial and error",
    r"(?:strengths and weaknesses|pros and cons|ups and downs|cause and effect|give and take|back and forth)",
    r"(?:odds and ends|bits and pieces|rise and fall|black and white|supply and demand)",
    r"more or less",
    r"sooner or later",
    r"once in a while",
    r"all in all",
    r"first and foremost",
    r"point of view",
    r"state of the art",
    r"(?:a )?grain of salt",
    r"tip of the iceberg",
    r"double-edged sword",
    r"low-hanging fruit",
    r"head start",
    r"hands-on",
    r"out of the blue",
    r"(?:the )?bottom line",
    r"piece of cake",
    r"hit the ground running",
    r"(?:by|in) contrast",
    r"full (?:stop|circle)",
    r"in (?:between|part)",
    r"rather than",
    r"so that",
    r"such as",
    r"at a time",
    r"instead of",
    r"all the way",
    r"by hand",
    r"(?:top|tops|topped|topping) up",
    r"(?:the )?record books",
    r"(?:hit|hits|hitting) the wall",
    r"no longer",
    r"(?:a )?wide berth",
    r"in (?:the )?long term",
    r"(?:the )?heavy lifting",
    r"to the brim",
    r"from one [a-z]+ to (?:the next|another)",
    r"(?:a )?race against",
    r"(?:set|sets|setting) the (?:pace|tone|stage)(?! of)",
    r"(?:ring|rings|rang|rung|ringing) (?:the|a|an) (?:[a-z]+ )?(?:bell|bells)",
    r"(?:get|gets|got|gotten|getting) the memo",
    r"lives and fortunes",
    r"by (?:ear|heart|eye)",
    r"as [a-z]+ as (?:it|they|he|she|you|we|I) (?:can|could)|as [a-z]+ as possible",
    r"(?:go|goes|went|going) to bed",
    r"upside down|inside out|back to front",
    r"(?:twice|(?:two|three|four|several|many) times) over",  # "helps twice over": doubly, no count of anything
    r"in (?:quick|rapid|close) succession|in short order|in the nick of time|at a stroke|in one go|on the spot",
    r"open to the (?:sky|elements|air)|in the open air|from scratch|by word of mouth|at the outset|in passing",
    r"at (?:a|first) glance|(?:close|good|fair|safe) enough|(?:the|an) honest answer|an? lesson in",
    r"a far cry from|on the map|in the dark|in the end|by the same token|in the same breath|on the rise",
    r"at the (?:heart|core) of|the lion's share|for the first time|a matter of (?:time|degree)",
    r"in plain sight|(?:a )?needle in (?:a|the) haystack|out of existence|(?:the |a )?feature,? not (?:the |a )?(?:bug|flaw|limitation)",
    r"of (?:the|its|their|his|her) (?:day|time)(?! of| when| it| that)",  # "the coins of the day": of that era
    r"in advance|(?:by )?the scruff(?: of the neck)?|(?:the )?lower (?:48|forty-eight)|(?:break|breaks|broke|broken|breaking) (?:the |(?:far |much )?more )?sod",
    r"on (?:a |the )?(?:large|small|grand|global|vast) scales?",
    r"(?:give|gives|gave|given|giving) birth|(?:chew|chews|chewed|chewing) (?:the|their|its) cud|in disguise",
    r"on foot|en masse|(?:the|a) (?:right|wrong|tough|hard|close) call|plenty of (?:room|time|space)|live fast and die young|give or take",
    # figures of speech a podcast's guests reach for: none of their words is a fact
    r"(?:a|the) (?:bump|bumps) in the road|(?:strike|strikes|struck|striking) (?:the same place )?twice|(?:the )?last straw",
    r"(?:the )?elephant in the room|(?:a )?blessing in disguise|under the radar|(?:a )?drop in the (?:ocean|bucket)",
    r"(?:a )?shot in the dark|behind the scenes|(?:the )?big picture|(?:a )?level playing field|against the clock",
    r"(?:the )?writing on the wall|(?:reinvent|reinvents|reinvented|reinventing) the wheel|(?:a )?wake-up call",
    r"(?:cut|cuts|cutting) corners|(?:break|breaks|broke|breaking) the ice|by the book|(?:a )?perfect storm",
    r"(?:think|thinks|thought|thinking) twice|(?:as )?(?:sharp|keen) as (?:a|an) (?:chisel|razor|knife|tack|needle)",
    r"(?P<repeated>[a-z]+) by (?P=repeated)",  # "layer by layer", "step by step", "one by one"
    r"(?P<again>[a-z]+) after (?P=again)",  # "year after year", "time after time"
    r"the (?:exception|rule)(?:,? not| rather than| to) the (?:rule|exception)",
    # "the trial is the rare exception; the plea deal is the rule": the pair said across two clauses
    r"the (?:[a-z]+ )?exception(?=[;,]?[^.;]{0,40}[;,][^.]{0,40}\bthe rule\b)|the (?:[a-z]+ )?rule(?=[;,][^.]{0,40}\bthe exception\b)",
]
# Shared with ingest, which never makes a blank of a set phrase's words: the two agree on what one is.
SET_PHRASE = re.compile(r"(?<![\w-])(?:" + "|".join(_SET_PHRASES) + r")(?![\w-])", re.I)


# Every word of the set phrases: a blank holding none of them cannot cut one.
_SET_PHRASE_WORDS = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+|\d+", " ".join(_SET_PHRASES)) if len(w) > 1)


def set_phrase(blank: Blank) -> str:
    """The set phrase a blank takes some but not all words of ('take [advantage] of'), or is nothing
    but ('do [the heavy lifting]'), or ''."""
    if not any(w.lower() in _SET_PHRASE_WORDS for w in blank.words):
        return ""
    text, start, end = blank.window(60)
    for m in SET_PHRASE.finditer(text):
        overlaps = m.start() < end and m.end() > start
        covers = start <= m.start() and m.end() <= end
        if overlaps and not covers or (m.start(), m.end()) == (start, end) and len(m.group().split()) > 1:
            return m.group()
    return ""


# -- praise ----------------------------------------------------------------------------------------

# A blurb's judgement of what it recommends, not an idea to learn (lint's trivia rule; ingest's blurbs).
PRAISE = words.wordset(
    """
    brilliant amazing excellent fantastic wonderful great superb outstanding terrific incredible awesome beautiful
    gorgeous stunning masterpiece masterful must-read must-have must-see favourite favorite favourites favorites best
    classic essential indispensable delightful gripping fascinating compelling engaging riveting inspiring insightful
    thought-provoking lovely elegant beloved acclaimed bestselling best-selling award-winning groundbreaking
    remarkable phenomenal extraordinary exceptional magnificent perfect powerful page-turner underrated free
    affordable enjoyable beautifully wonderfully brilliantly fun cool nice good
    """
)


def eponym_owner(blank: Blank) -> str:
    """ "with [Johnston]'s organ": the name of a term named after a person, without the noun that makes it one."""
    m = EPONYM_NEXT.match(blank.after)
    return f"{blank.answer}{m.group()}" if m else ""
