"""Where a number blank sits: (text before, answer, text after) -> operand, unit, range, date or conversion.

The quantity half of spans: whether a blanked number is an operand, one end of a range, a unit without
its number, the same value as one shown in another unit, or a date beside the quantity of the claim.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass

from ..language.closed import NUMBER_VALUES, ORDINAL_VALUES
from ..language.lexicon import lookup
from .spans import GENUS_INITIAL, HEDGE, MONTHS, NUMBER_WORDS, WORD, Blank, amount, is_number, is_year, unit_dimension

_RANGE_BEFORE = re.compile(r"(?:^|\s)(\S+)\s*(?:to|or(?:\s+(?:even|maybe|perhaps|possibly))?|-|–)\s*$|(?:^|\s)(\S+)[-–]$")
_RANGE_AFTER = re.compile(r"^\s*(?:to|or|-|–)\s*([\w.,%]+)|^[-–]([\w.,%]+)")


_VAGUE_COUNTS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions"})


def _count(word: str) -> bool:
    """A number, or a vague count of one ('thousands'): an end of a range."""
    return is_number(word) or word.lower() in _VAGUE_COUNTS


def range_partner(blank: Blank) -> str:
    """The range a number blank is one end of, its other end shown: 'one or [two]', 'seven to [ten]'; or ''."""
    if not blank.words or not _count(blank.words[0]) or blank.answer != blank.answer.strip():
        return ""
    tail = blank.before[-30:]
    before = _RANGE_BEFORE.search(tail)
    other = before and (before.group(1) or before.group(2))
    if other and _count(other.strip("$~(")):
        return tail[before.start() :].lstrip() + blank.answer  # also "hundreds or even [thousands of km]"
    if len(blank.words) != 1:
        return ""
    after = _RANGE_AFTER.match(blank.after[:30])
    other = after and (after.group(1) or after.group(2))
    if other and is_number(other.rstrip(".,")):
        return blank.answer + blank.after[: after.end()].rstrip()
    return ""


_OPERATOR_BEFORE = re.compile(r"(?:[+×÷*/^]|\d\s+[-−]|\b(?:plus|minus|times|divided\s+by|multiplied\s+by))\s*$")
_OPERATOR_AFTER = re.compile(r"^\s*(?:[+×÷*/^]|[-−]\s+\d|(?:plus|minus|divided\s+by|multiplied\s+by)\b|times\s+\d)")


def is_operand(blank: Blank) -> bool:
    """A number blanked beside an operator: '[0.1] + 0.2', '7 × [6]'."""
    if not blank.words or not all(is_number(w) for w in blank.words):
        return False
    return bool(_OPERATOR_BEFORE.search(blank.before[-30:]) or _OPERATOR_AFTER.match(blank.after[:30]))


NUMBER_END = re.compile(
    r"(?:\d|\d0s|\b(?:"  # "the mid-[30s] Celsius": a decade of a scale is a number too
    + "|".join(sorted(NUMBER_WORDS - {"half", "third", "quarter", "once", "twice", "thrice"}))
    + r"))\s*$",
    re.I,
)


def is_unit_only(blank: Blank) -> bool:
    """The unit blanked while its number shows: '140 [°C]', '12.5 [metres per second]'; or with no
    number at all, after a word that counts it: 'every [gram] of honey' (drop, ounce would do as well).
    Not a unit the sentence is about: 'measured in [parsecs]'."""
    parts = [p for p in _UNIT_SPLIT.split(blank.answer.strip().lower()) if p not in ("per", "a", "an", "/", "")]
    if not parts or not all(unit_dimension(p) or p in ("°c", "°f", "°") for p in parts):
        return False
    rate = _RATE_BEFORE.search(blank.before[-30:])  # "centimetres a [year]": the time of a rate whose amount shows
    return bool(NUMBER_END.search(blank.before[-30:]) or _COUNTING_END.search(blank.before[-30:]) or rate and unit_dimension(rate.group(1)))


_RATE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:a|an|per)\s*$", re.I)
# not "an [hour]": that is one hour; but "half a [gram]" is a number's unit
_COUNTING_END = re.compile(r"\b(?:every|each|per|half an?|a (?:third|quarter|tenth) of an?|fractions? of an?)\s*$", re.I)


_UNIT_SPLIT = re.compile(r"\s+|(?<=\w)/(?=\w)")


# a unit after its number: "°C", "%", "km/h", "m³", "square miles", "pounds-force"; and a scale word
# between them ("3.25 million cubic yards"), which multiplies the number
_UNIT = r"(?P<unit>°\s?[CF]\b|%|pounds?-force|(?:cubic\s+|square\s+)?[A-Za-z]+(?:/[A-Za-z]+)?[\u00b2\u00b3]?)"
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15, "quintillion": 1e18}
_SCALE = rf"(?:\s+(?P<scale>{'|'.join(_SCALES)})\b)?"
_QUANTITY = re.compile(rf"(?P<num>[-−]?\d[\d,]*(?:\.\d+)?){_SCALE}\s*{_UNIT}?", re.I)


_PER_TIME = re.compile(r"\s+(?:per|an?)\s+(?:second|sec|minute|hour|hr)\b", re.I)  # "3.6 metres an hour" too


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    number: str
    unit: str  # as written, '' when the number stands alone

    @property
    def dimension(self) -> str:
        if _PER_TIME.search(self.unit):
            return "speed"  # "21 metres per second"
        unit = self.unit.lower().replace(" ", "")
        return unit_dimension(unit) or ("temperature" if unit in ("°c", "°f") else "")


def same_amount(a: Quantity, b: Quantity) -> bool:
    """Two values that convert exactly into each other: '10,000 mm' and '10 metres', '90 minutes' and
    '1.5 hours'."""
    if a.unit.lower() == b.unit.lower() or a.dimension != b.dimension:
        return False
    x, y = amount(a.number, a.unit), amount(b.number, b.unit)
    return x is not None and y is not None and abs(x - y) <= 0.01 * max(abs(x), abs(y))


# "a 12-inch (30 cm) disc": a unit after a hyphen, and no minus sign where a word runs into it ("6-by-9-inch")
_HYPHENED = re.compile(rf"(?P<num>(?:(?<![\w-])[-−])?\d[\d,]*(?:\.\d+)?){_SCALE}(?:-(?=[A-Za-z])|\s*){_UNIT}?", re.I)


def find_quantities(text: str, hyphened: bool = False) -> list[Quantity]:
    """Numbers with the unit after them, where one is; with `hyphened`, also a unit that a hyphen
    joins to its number."""
    found = []
    for m in (_HYPHENED if hyphened else _QUANTITY).finditer(text):
        unit = m.group("unit") or ""
        per = _PER_TIME.match(text, m.end()) if unit_dimension(unit) == "length" else None
        if per is not None:  # a speed spelled out: "75 kilometres per hour"
            found.append(Quantity(m.start(), per.end(), m.group("num"), unit + per.group()))
            continue
        measured = bool(unit) and (unit_dimension(unit.replace(" ", "")) != "" or unit.startswith("°"))
        end = m.end() if measured else m.end("scale") if m.group("scale") else m.end("num")
        found.append(Quantity(m.start(), end, _scaled(m), unit if measured else ""))
    return found


def _scaled(m: re.Match[str]) -> str:
    """The number as written, times its scale word: '3.25 million' -> '3250000'."""
    if not m.group("scale"):
        return m.group("num")
    value = float(m.group("num").replace(",", "").replace("−", "-")) * _SCALES[m.group("scale").lower()]
    return format(value, "f").rstrip("0").rstrip(".")


def other_unit_twin(blank: Blank) -> str:
    """The same value in another unit shown beside the blank ('140°C (about [285°F])' -> '140°C'), or
    anywhere in the text when the two convert exactly ('10,000 mm ... a column [10 metres] tall')."""
    if not _DIGIT.search(blank.answer):
        return ""
    text, start, end = blank.window()
    found = find_quantities(text, hyphened=True)
    # The blank's unit may sit just after it: '[285] °F'.
    ours = next((q for q in found if q.start < end and q.end > start and q.dimension), None)
    if ours is None:
        return ""
    # "[6 feet 6 inches], about 1.98 metres": a value in two units is measured from its last part
    ours = next((q for q in reversed(found) if q.start < end and q.end > start and q.dimension == ours.dimension), ours)
    # "[4] ft 8½ in (1,435 mm)": a part of a length in two units is no measure of the whole
    part = re.match(r"\s+[\d\u00bc-\u00be]", text[ours.end :]) is not None
    for q in found + _one_of_a_unit(text, exact=False):  # "roughly an acre ([0.4 hectares])"
        if not q.dimension or q.dimension != ours.dimension or q.unit.lower() == ours.unit.lower():
            continue
        gap = text[min(q.end, ours.end) : max(q.start, ours.start)]
        if len(gap) <= 12 and _CONVERSION.search(gap) and (part or not _apart(q, ours)):
            return text[q.start : q.end]
    whole, here = blank.sentence, len(blank.before)
    in_sentence = _compounds(whole, sorted(find_quantities(whole) + _one_of_a_unit(whole), key=lambda q: q.start))
    ours = next((q for q in in_sentence if q.start < here + len(blank.answer) and q.end > here), ours)
    return next((whole[q.start : q.end] for q in in_sentence if same_amount(q, ours)), "")


ROUNDING = 0.05  # how far a round figure may be from the exact one it rounds


def _figures(text: str) -> list[tuple[float, str, bool]]:
    """Each figure a rounding could show: its value, as written, and whether it is round (said with a
    word of scale, "43 quintillion") or exact (digits in groups, or five or more of them)."""
    found = []
    for m in _QUANTITY.finditer(text):
        if m.group("scale"):
            found.append((float(_scaled(m)), text[m.start("num") : m.end("scale")], True))
        elif re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{5,}", m.group("num")):
            found.append((float(m.group("num").replace(",", "")), m.group("num"), False))
    return found


def rounding_of(answer: str, prompt: str) -> str:
    """The figure of the prompt that the answer rounds, or that rounds it, in words of scale: "[43,252,003,
    274,489,856,000] positions, about 43 quintillion" -> '43 quintillion'; '' when there is none."""
    ours, theirs = _figures(answer), _figures(prompt)
    pairs = [(a, b, shown) for a, _, round_a in ours for b, shown, round_b in theirs if round_a != round_b]
    return next((shown for a, b, shown in pairs if abs(a - b) <= ROUNDING * max(a, b)), "")


def rounding_twin(blank: Blank) -> str:
    return rounding_of(blank.answer, blank.before + " " + blank.after)


def _compounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities in order, where "26 miles 385 yards" or "6 feet 6 inches" is one length in two
    units: one value, in its last unit."""
    merged: list[Quantity] = []
    for q in found:
        last = merged[-1] if merged else None
        if last is None or not q.dimension or q.dimension != last.dimension or text[last.end : q.start].strip():
            merged.append(q)
            continue
        first, second, one = amount(last.number, last.unit), amount(q.number, q.unit), amount("1", q.unit)
        if first is None or second is None or not one:
            merged.append(q)
            continue
        merged[-1] = Quantity(last.start, q.end, str((first + second) / one), q.unit)
    return merged


_WORDED_UNIT = re.compile(r"\b(half an?|a quarter(?: of an?)?|a third of an?|an?|" + "|".join(NUMBER_VALUES) + r")\s+([a-z]+)\b", re.I)
_PART_OF_ONE = {"half": "0.5", "quarter": "0.25", "third": "0.333"}  # "a quarter inch (about [6 mm])"


def _one_of_a_unit(text: str, exact: bool = True) -> list[Quantity]:
    """ "a year", "an hour", "eight yards": an amount of a unit said in words; with `exact`, of a unit
    that converts exactly (not "an acre")."""
    found = []
    for m in _WORDED_UNIT.finditer(text):
        part = next((v for w, v in _PART_OF_ONE.items() if w in m.group(1).lower()), None)
        number = part or str(NUMBER_VALUES.get(m.group(1).lower(), 1))
        if amount(number, m.group(2)) is not None if exact else unit_dimension(m.group(2)):
            found.append(Quantity(m.start(), m.end(), number, m.group(2)))
    return found


ROUNDING = 0.15  # how far a rounded conversion may be from the value it converts ('1,300 km (about 800 miles)')


def _apart(a: Quantity, b: Quantity) -> bool:
    """Two values of one dimension too far apart to be one converted: '3,008 m, roughly [6 km] from'."""
    x, y = _amount(a), _amount(b)
    return x is not None and y is not None and abs(x - y) > ROUNDING * max(abs(x), abs(y))


def _amount(q: Quantity) -> float | None:
    """The value in its dimension's base unit; a speed in metres per second ("343 m/s", "75 kilometres per hour")."""
    if "/" in q.unit and q.unit.lower() in _PER_SECOND:
        value = _number(q.number)
        return value * _PER_SECOND[q.unit.lower()] if value is not None else None
    per = _PER_TIME.search(q.unit)
    if per is None:
        return amount(q.number, q.unit)
    distance, time = amount(q.number, q.unit[: per.start()]), amount("1", per.group().split()[-1])
    return distance / time if distance is not None and time else None


_DIGIT = re.compile(r"\d")
_CONVERSION = re.compile(r"[(=/]|\bor\b|\bi\.e\.|\babout\b|\broughly\b|\bapprox")


def is_date(blank: Blank) -> bool:
    """A blank that is a year or a date: '1929', 'in 1995', 'August 15, 1971', 'the 1990s'."""
    found = [w for w in blank.words if w.lower() not in ("in", "the", "of", "by", "since", "around", "about")]
    if not found or not any(is_year(w) for w in found):
        return False
    return all(is_year(w) or w.lower() in MONTHS or (w.isdigit() and int(w) <= 31) for w in found)


_CLAIM_WORDS = re.compile(
    r"\b(half|third|thirds|quarter|quarters|twice|double[sd]?|triple[sd]?|halve[sd]?|(?:\w+-)?fold|"
    r"percent|per cent)\b|%",
    re.I,
)


def claim_quantity(text: str) -> str:
    """A quantity that is a claim rather than a date: a share, a ratio, a count, a measure; '' if none."""
    match = _CLAIM_WORDS.search(text)
    if match:
        return match.group()
    for q in find_quantities(text):
        number = q.number.replace(",", "")
        if is_year(number) or (q.unit and q.dimension == "time" and q.unit.lower() in ("day", "days")):
            continue
        follows, precedes = text[q.end : q.end + 2], text[max(0, q.start - 12) : q.start]
        if not q.unit and (re.match(r"\s[A-Z]|[-‑]\w", follows) or _next_to_month(text, q)):
            continue  # '51 Pegasi b' is a name, '64-bit' a term, 'August 15' a date
        if re.search(r"[A-Z]\w*\s$|[-‑]$", precedes):
            continue  # 'Ariane 5', 'IEEE 754', 'WASP-39': part of a name
        return text[q.start : q.end]
    return ""


def _next_to_month(text: str, q: Quantity) -> bool:
    around = WORD.findall(text[max(0, q.start - 12) : q.end + 12])
    return any(w.lower() in MONTHS for w in around)


# -- a multiple the prompt lets the learner work out ---------------------------------------------

_MULTIPLE = re.compile(
    r"^(?:(?:about|roughly|around|nearly|almost|some|over|more than)\s+)?"
    r"(?:(?P<word>twice|double[sd]?|thrice|triple[sd]?)|(?P<n>\d+(?:\.\d+)?|[a-z]+)[ -](?:times|fold))"
    r"(?:\s+(?:as much|as many|more|higher|faster|larger|the))?$",
    re.I,
)
_WORD_MULTIPLES = {"twice": 2.0, "double": 2.0, "thrice": 3.0, "triple": 3.0}
# a value or a range of values with its unit: "2.2 to 2.7 percent", "95 mg", "40 °C"
_VALUE = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:\s*(?:to|-|\u2013)\s*(\d[\d,]*(?:\.\d+)?))?\s*(%|percent\b|°\s?[CF]\b|[a-zA-Z]{1,12}\b)?")
RATIO_SLACK = 0.2  # a ratio within a fifth of the multiple gives it away


def _multiple(answer: str) -> float | None:
    m = _MULTIPLE.match(answer.strip())
    if not m:
        return None
    if m.group("word"):
        return _WORD_MULTIPLES[m.group("word").lower().rstrip("sd")]  # "doubled", "triples"
    return _number(m.group("n"))


def _number(word: str) -> float | None:
    """A number in figures ("1,000", "2.5") or in words ("three"); None for any other word."""
    word = word.lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    value = NUMBER_VALUES.get(word)
    return float(value) if value else None


_SPELLED_VALUE = re.compile(rf"\b({'|'.join(NUMBER_VALUES)})\s+([a-z]{{1,12}})\b", re.I)


def _values(text: str) -> list[tuple[float, str, str]]:
    """Each value of the text with a unit: (its middle, its unit, as written), years aside; a number
    in words counts before a unit ("six months")."""
    values = []
    for m in _VALUE.finditer(text):
        low, high, unit = m.group(1), m.group(2) or m.group(1), (m.group(3) or "").lower()
        if not unit or is_year(low.replace(",", "")):
            continue
        mid = (float(low.replace(",", "")) + float(high.replace(",", ""))) / 2
        values.append((mid, "percent" if unit == "%" else unit, m.group().strip()))
    for m in _SPELLED_VALUE.finditer(text):
        if unit_dimension(m.group(2)):
            values.append((float(NUMBER_VALUES[m.group(1).lower()]), m.group(2).lower(), m.group()))
    return values


SUM_SLACK = 0.02  # a sum or a difference within 2% of the blanked value gives it away


def sum_shown(blank: Blank) -> str:
    """A value blanked while two values of its unit whose sum or difference it is stay shown: 'is
    [about 408 cents], roughly 22 cents wider than the pure third of about 386 cents'."""
    count = _HEDGED_COUNT.fullmatch(blank.answer.strip())
    if count:
        # counts in words only from the blank's own clause: "the two scales" after a ';' is chance
        clause = blank.before.rsplit(";", 1)[-1] + " " + blank.after.split(";", 1)[0]
        return _count_sum(int(count.group(1)), blank.before + " " + blank.after, clause)
    ours = _values(blank.answer)
    if len(ours) != 1:
        return ""
    v, unit, _ = ours[0]
    shown = [(x, written) for x, u, written in _values(blank.before + " " + blank.after) if u == unit]
    for i, (a, shown_a) in enumerate(shown):
        for b, shown_b in shown[i + 1 :]:
            if v > 0 and min(abs(v - (a + b)), abs(v - abs(a - b))) <= SUM_SLACK * v:
                return f"{shown_a} ... {shown_b}"
    return ""


# a count, hedged or not: "[about 45] microseconds a day ... by about 7, a net gain of about 38"
_HEDGED_COUNT = re.compile(r"(?:(?:about|around|roughly|approximately|nearly|some)\s+)?(\d{1,4})")
def _a_range_end(text: str, m: re.Match[str]) -> bool:
    """One end of '15 to 18 percent', one value; not of 'voted 160 to 4', a tally of two counts."""
    after = re.match(r"\s*(?:to|-|\u2013|or)\s*(\d+)(?![\d.,]?\d)", text[m.end() :])
    before = re.search(r"(?<![\d.,])(\d+)\s*(?:to|-|\u2013|or)\s*$", text[: m.start()])
    here = _count_value(m.group()) if m.group().isdigit() else None
    if here is None:
        return bool(after or before)
    return bool(after and int(after.group(1)) > here or before and int(before.group(1)) < here)


# what says a count is a total its parts split: "45 classes:", "12 in all", "51 amino acids in two chains"
_TOTAL_BEFORE = re.compile(r"\b(?:[Oo]f|[Oo]ut of)\s+(?:the\s+|all\s+|its\s+|their\s+)?$")
_TOTAL_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}(?::|\s+(?:in all|in total|altogether)\b|\s+in\s+(?:two|three|four|five|\d)\s+[a-z]+)")


def _count_sum(n: int, shown_text: str, clause: str) -> str:
    """A bare count that two shown counts add up to exactly: '[51] amino acids in two chains, A with 21
    and B with 30', or a part of a total the prompt splits: '45 classes: [34] for goods and 11 for
    services'. Exactly: with no unit to tie them, a near sum is chance."""
    found = [m for m in _SHOWN_COUNT.finditer(shown_text) if not is_year(m.group())]
    in_clause = {w.lower() for w in WORD.findall(clause)}
    found = [m for m in found if m.group().isdigit() or m.start() == 0 or m.group().lower() in in_clause]
    found = [m for m in found if not _MEASURE_AFTER.match(shown_text, m.end())]  # "ten times", "10 km³": no count
    found = [m for m in found if not _a_range_end(shown_text, m)]  # "15 to 18 percent": one value, not two
    shown = {_count_value(m.group()): m.group() for m in reversed(found)}  # value -> as written, the first
    values = [_count_value(m.group()) for m in found]
    for i, a in enumerate(values):
        if any(a + b == n for b in values[i + 1 :]):
            return f"{shown[a]} ... {shown[n - a]}"
    # a total split into its parts: "45 classes: [34] for goods and 11 for services", "Nineteen ...
    # reached Paris; [16] survived and 3 died": the total opens the sentence, its parts follow; "Of the
    # 97 on board, [62] survived": the total is what the parts are of
    totals = [
        m.group()
        for m in found
        if _TOTAL_AFTER.match(shown_text, m.end()) or m is found[0] and m.start() == 0 or _TOTAL_BEFORE.search(shown_text, 0, m.start())
    ]
    return next((f"{t} ... {shown[_count_value(t) - n]}" for t in totals if n > 0 and _count_value(t) - n in shown), "")


# a count in digits or in words: "ten to the United States and seven to Brazil", "plus one image"
_SHOWN_COUNT = re.compile(rf"(?<![\d.,])\d{{1,4}}(?![\d.,]?\d)|\b(?:{'|'.join(NUMBER_VALUES)})\b(?!-)", re.I)


_MEASURE_AFTER = re.compile(r"\s*(?:times\b|fold\b|[A-Za-z]+[\u00b2\u00b3])")


def _count_value(written: str) -> int:
    return int(written) if written.isdigit() else NUMBER_VALUES[written.lower()]


def record_shown(blank: Blank) -> str:
    """A record blanked while the number that broke it shows: "won his 35th stage, breaking the record
    of [34]", "his 895th goal passed the [894] of ...": the record is one less than the ordinal."""
    count = _HEDGED_COUNT.fullmatch(blank.answer.strip())
    text = f"{blank.before} {blank.after}"
    if count is None or not _RECORD.search(text):
        return ""
    ordinal = re.search(rf"\b{int(count.group(1)) + 1}(?:st|nd|rd|th)\b", text)
    return ordinal.group() if ordinal else ""


_RECORD = re.compile(r"\b(?:record|pass(?:ed|ing)|surpass(?:ed|ing)|overt(?:ook|aking)|beat(?:ing)?|break(?:ing)?|broke)\b", re.I)


_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[ -]century\b", re.I)
_HUNDREDS = re.compile(r"\b(1\d|20)(\d)0s\b")  # "1800s", "1950s"
_ANNIVERSARIES = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300}


def period_shown(blank: Blank) -> str:
    """A period blanked while a year in it stays shown ("post mills appear in the [late 12th century];
    one record ... around 1185"), or a year that an anniversary of a shown year names ("by 45 runs, the
    same margin as the [1977] Centenary Test" of 1877)."""
    shown_text = blank.before + " " + blank.after
    years = _years(shown_text)
    span = _period(blank.answer)
    if span is not None:
        return next((str(y) for y in years if span[0] <= y <= span[1]), "")
    if not is_year(blank.answer.strip()):
        return ""
    for word, gap in _ANNIVERSARIES.items():
        if re.search(rf"\b{word}\b", shown_text, re.I) and int(blank.answer) - gap in years:
            return f"{int(blank.answer) - gap} ... {word}"
    return ""


def _years(text: str) -> list[int]:
    """The years a text shows, as numbers, in order; a year of three figures after 'in' or 'from' too
    ("founded in 794 and ...")."""
    four = [(m.start(), int(m.group())) for m in re.finditer(r"(?<![\d.,])\d{4}(?![\d.,]?\d)", text) if is_year(m.group())]
    three = [(m.start(1), int(m.group(1))) for m in _EARLY_YEAR.finditer(text)]
    return [year for _, year in sorted(four + three)]


_EARLY_YEAR = re.compile(r"\b(?:in|from|since|until|by)\s+(\d{3})(?=\s*(?:[,.;)]|\s(?:and|until|to|when|CE|AD)\b))")


_YEARS_IN = {"year": 1, "years": 1, "decade": 10, "decades": 10, "century": 100, "centuries": 100}
_SPAN_NUMBERS = NUMBER_VALUES | {"hundred": 100, "thousand": 1000}  # "more than a thousand years"
_SPAN_OF_YEARS = re.compile(
    rf"(?:(?:about|roughly|around|nearly|almost|some|over|more than|less than)\s+)?(?:a\s+)?(?P<n>\d{{1,3}}(?:,?\d{{3}})?|{'|'.join(_SPAN_NUMBERS)})"
    r"\s+(?P<unit>years?|decades?|centuries|century)",
    re.I,
)


def _years_in(span: re.Match[str]) -> int:
    """How many years a span that `_SPAN_OF_YEARS` found says: "three decades" 30, "about 1,000 years" 1000."""
    n = span.group("n").lower().replace(",", "")
    return (int(n) if n.isdigit() else _SPAN_NUMBERS[n]) * _YEARS_IN[span.group("unit").lower()]


def years_between_shown(blank: Blank) -> str:
    """A span of years blanked while two years it lies between stay shown ("described in 1854, [three
    decades] before Koch isolated it in 1883"): the two years, or ''."""
    m = _SPAN_OF_YEARS.fullmatch(blank.answer.strip())
    if m is None:
        return ""
    span = _years_in(m)
    years = sorted(set(_years(blank.before + " " + blank.after)))
    slack = max(2, span // 10)  # "three decades" from 1854 to 1883; "about 30 years" from 1950 to 1981
    return next((f"{a} ... {b}" for a in years for b in years if b > a and abs(b - a - span) <= slack), "")


_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)\b")
_ORDINAL_BEFORE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)-?\s+(?:and|or|to)\s+(?:(?:early|mid|late|the)\s+)?$")
_ORDINAL_AFTER = re.compile(r"^\s+(?:and|or|to)\s+(?:(?:early|mid|late|the)[- ]\s*)?(\d{1,2})(?:st|nd|rd|th)\b")


_COUNTED_TRIES = re.compile(r"(?:about\s+|some\s+)?(\d{1,2}|[a-z]+)\s+(?:[a-z]+\s+)?([a-z]+s)", re.I)  # "three rescue attempts"
_THE_NEXT = re.compile(rf"\bthe\s+({'|'.join(ORDINAL_VALUES)}|\d+(?:st|nd|rd|th))\b", re.I)


def one_after_shown(blank: Blank) -> str:
    """A count of tries blanked while the prompt names the one after them: "[Three rescue attempts] were
    turned back; the fourth, ... took everyone off"; that ordinal, or ''. The ordinal stands alone or
    before the counted noun ("the fourth attempt"), not before another ("in the fourth pair")."""
    counted = _COUNTED_TRIES.fullmatch(blank.answer.strip())
    if counted is None:
        return ""
    word, head = counted.group(1).lower(), counted.group(2).lower()
    count = int(word) if word.isdigit() else NUMBER_VALUES.get(word, 0)
    for m in _THE_NEXT.finditer(blank.after):
        said = m.group(1).lower()
        value = int(said[:-2]) if said[:1].isdigit() else ORDINAL_VALUES[said]
        nxt = re.match(r"\s+([a-z]+)", blank.after[m.end() :])
        alone = nxt is None or nxt.group(1).startswith(head[:-1]) or lookup(nxt.group(1))[:1] != ("NOUN",)
        if count and value == count + 1 and alone:
            return m.group()
    return ""


def next_ordinal_shown(blank: Blank) -> str:
    """An ordinal blanked beside the one before or after it: "the late [17th] and early 18th centuries",
    "18th- and [19th-century] figureheads"; the one shown, or ''."""
    ours = _ORDINAL.match(blank.answer.strip())
    if ours is None:
        return ""
    shown = _ORDINAL_BEFORE.search(blank.before) or _ORDINAL_AFTER.match(blank.after)
    if shown is None or abs(int(shown.group(1)) - int(ours.group(1))) != 1:
        return ""
    found = _ORDINAL.search(shown.group())
    return found.group() if found else ""


# a word whose Greek or Latin prefix counts what its root names: "triploid", "octagonal", "quadruped"
_COUNTING_PREFIXES = {2: "bi|di", 3: "tri", 4: "tetra|quadr[iu]?", 5: "penta|quinqu", 6: "hexa|sex", 7: "hepta|sept", 8: "octa|octo", 10: "deca|dec"}
_COUNTED_ROOTS = r"(?:ploid|gon(?:al|s)?|hedr(?:al|on|a)|pod(?:al|s)?|ped(?:al|s)?|angle|angular|lateral|cycles?|syllabic|valent|mer(?:ic|s)?|nomials?|partite|foils?|chord|lingual|ennial|cameral)"
_COUNT_OPENS = re.compile(r"(?:about\s+|roughly\s+|some\s+)?(\d+|[a-z]+)\b", re.I)


def prefix_count_shown(blank: Blank) -> str:
    """A count blanked beside a word whose prefix says it: "triploid, with [three sets] of chromosomes",
    "the octagonal tower carries a sundial on each of its [eight faces]"; that word, or ''."""
    opening = _COUNT_OPENS.match(blank.answer.strip())
    word = opening.group(1).lower() if opening else ""
    count = int(word) if word.isdigit() else NUMBER_VALUES.get(word)
    prefix = _COUNTING_PREFIXES.get(count or 0)
    if prefix is None:
        return ""
    found = re.search(rf"\b(?:{prefix}){_COUNTED_ROOTS}\b", _rest_of_sentence(blank), re.I)
    return found.group() if found else ""


def year_after_span_shown(blank: Blank) -> str:
    """A year blanked while its prompt shows another year and the span of years between them: "In
    1905 the river broke through ... for almost two years, ... closed in [1907]", "began in [January
    1887] ... finished on 31 March 1889 (about two years)", "in 263 BC ... for 99 years ... [164 BC]";
    the two, or ''."""
    ours = _year_of_date(blank.answer.strip())
    if ours is None:
        return ""  # "1907", not "the 1860s"
    shown = f"{blank.before} {blank.after}"
    for m in _SPAN_OF_YEARS.finditer(shown):
        span = _years_in(m)
        slack = max(1, span // 10)
        year = next((y for y in _signed_years(shown) if y != ours and abs(abs(ours - y) - span) <= slack), None)
        if year is not None:
            return f"{year} ... {m.group()}" if year > 0 else f"{-year} BC ... {m.group()}"
    return ""


_BC_YEAR = re.compile(r"\b(\d{1,4})\s*(?:BCE|BC)\b")
_DATE_WITH_YEAR = re.compile(rf"(?:(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTHS)})\s+(?:\d{{1,2}},?\s+)?)?(\d{{4}})", re.I)


def _year_of_date(answer: str) -> int | None:
    """The year a date names, a year before the era as a negative number: "31 March 1889" 1889, "164 BC" -164."""
    if bc := _BC_YEAR.fullmatch(answer):
        return -int(bc.group(1))
    dated = _DATE_WITH_YEAR.fullmatch(answer)
    return int(dated.group(1)) if dated and is_year(dated.group(1)) else None


def _signed_years(text: str) -> list[int]:
    """`_years` of the text, with its years before the era as negative numbers."""
    return _years(_BC_YEAR.sub("", text)) + [-int(m.group(1)) for m in _BC_YEAR.finditer(text)]


def yearly_count_shown(blank: Blank) -> str:
    """A count of things blanked beside the run of years they fill, one a year: "Armstrong's [seven
    wins], from 1999 to 2005"; the run, or ''."""
    m = _COUNT_OF_THINGS.fullmatch(blank.answer.strip())
    run = _RUN_OF_YEARS.search(f"{blank.before} {blank.after}")
    if m is None or run is None:
        return ""
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else NUMBER_VALUES.get(n)
    return run.group() if count == int(run.group("b")) - int(run.group("a")) + 1 else ""


_COUNT_OF_THINGS = re.compile(rf"(?P<n>\d{{1,2}}|{'|'.join(NUMBER_VALUES)})\s+(?!years?\b)[a-z]+s", re.I)
_RUN_OF_YEARS = re.compile(r"\b(?:from\s+)?(?P<a>1\d{3}|20\d{2})\s*(?:to|-|\u2013)\s*(?P<b>1\d{3}|20\d{2})\b")


# a unit's name and the symbol a value may show it by
_SYMBOLS = {
    "micron": "µm|μm", "micrometre": "µm|μm", "micrometer": "µm|μm", "millimetre": "mm", "millimeter": "mm",
    "centimetre": "cm", "centimeter": "cm", "kilometre": "km", "kilometer": "km", "kilogram": "kg",
    "milligram": "mg", "millilitre": "ml|mL", "milliliter": "ml|mL", "decibel": "dB", "hertz": "Hz",
    "kilohertz": "kHz", "nanometre": "nm", "nanometer": "nm", "kilowatt": "kW", "megawatt": "MW",
}  # fmt: skip


def unit_symbol_shown(blank: Blank) -> str:
    """A unit blanked while a value in the prompt shows its symbol ("measured in [microns], ... under
    about 19.5 µm"): the value, or ''."""
    answer = blank.answer.strip().lower()
    symbol = _SYMBOLS.get(answer) or _SYMBOLS.get(answer.removesuffix("s"))  # "microns", "hertz"
    if symbol is None:
        return ""
    m = re.search(rf"\d[\d.,]*\s?(?:{symbol})(?![A-Za-z])", blank.before + " " + blank.after)
    return m.group() if m else ""


def _period(answer: str) -> tuple[int, int] | None:
    """The years a century or a decade spans: '12th century' (1100, 1199), '1800s' (1800, 1899)."""
    if m := _CENTURY.search(answer):
        first = 100 * (int(m.group(1)) - 1)
        return first, first + 99
    if m := _HUNDREDS.search(answer):
        start = int(m.group(1) + m.group(2) + "0")
        return (start, start + 99) if m.group(2) == "0" else (start, start + 9)
    return None


def series_shown(blank: Blank) -> str:
    """A step of a numbered scale blanked while its neighbours on the scale stay shown: "for every
    magnitude [6] there are ten magnitude 5 quakes and a hundred magnitude 4s"."""
    lead = re.search(r"\b([A-Za-z]{3,})\s*$", blank.before)
    step = re.match(r"(\d{1,2})(?!\d)", blank.answer.strip())
    if lead is None or step is None:
        return ""
    n, scale = int(step.group(1)), lead.group(1)
    shown = {int(m.group(1)) for m in re.finditer(rf"\b{scale}\s+(\d{{1,2}})(?!\d)", blank.before + " " + blank.after, re.I)}
    for a, b in ((n - 1, n + 1), (n + 1, n + 2), (n - 2, n - 1)):
        if {a, b} <= shown:
            return f"{scale} {a} ... {scale} {b}"
    return ""


def progression_shown(blank: Blank) -> str:
    """A value in a run of evenly spaced values the sentence shows, in order: "one for 110 cm, two for
    120, three for 130 and four for [140]", "code 7500 ..., [7600] ... and 7700 ...". Values of three
    figures or more only: small counts fall into step by chance; ''."""
    mine = re.fullmatch(r"(\d{3,5})", blank.answer.strip())
    if mine is None or is_year(mine.group(1)):
        return ""
    n = int(mine.group(1))
    before = [int(m.group()) for m in _RUN_VALUE.finditer(blank.before) if not is_year(m.group())]
    after = [int(m.group()) for m in _RUN_VALUE.finditer(blank.after) if not is_year(m.group())]
    run = [*before[-2:], n, *after[:2]]
    at = len(before[-2:])
    for window in (run[at - 2 : at + 1], run[at - 1 : at + 2], run[at : at + 3]):
        if len(window) == 3 and window[1] - window[0] == window[2] - window[1] != 0:
            return " ... ".join(str(v) for v in window if v != n)
    return ""


_RUN_VALUE = re.compile(r"(?<![\d.,])\d{3,5}(?![\d.,]?\d)")


def _rest_of_sentence(blank: Blank) -> str:
    """What the blank's own sentence shows around it (a card's other sentences say other things)."""
    return blank.before.rsplit(". ", 1)[-1] + " " + blank.after.split(". ", 1)[0]


SHARE_SLACK = 5.0  # points by which a set of shares may miss 100 and still leave one to be read off the rest


def share_rest(blank: Blank) -> str:
    """A share blanked while two or more shares of the same whole stay shown and all of them make about
    100 percent: "60 to 65 percent are loops, 30 to 35 percent whorls and [around 5 percent] arches"."""
    ours = list(_PERCENT.finditer(blank.answer))
    shown = list(_PERCENT.finditer(_rest_of_sentence(blank)))
    if len(ours) != 1 or len(shown) < 2:
        return ""

    def middle(m: re.Match[str]) -> float:
        return (float(m.group(1)) + float(m.group(2) or m.group(1))) / 2

    total = middle(ours[0]) + sum(middle(m) for m in shown)
    return " ... ".join(m.group().strip() for m in shown) if abs(total - 100) <= SHARE_SLACK else ""


_SHARE = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)"
    r"|\b(?:(?P<k>one|a|two|three|four|nine)[ -])?(?P<part>half|thirds?|quarters?|fifths?|tenths?)\b",
    re.I,
)


def _share(m: re.Match[str]) -> float:
    """A share in percent: "40 percent", "a third", "two-thirds"."""
    if m["n"]:
        return float(m["n"])
    k = (m["k"] or "one").lower()
    return (1 if k in ("one", "a") else NUMBER_VALUES[k]) * 100 / _PARTS[m["part"].lower().rstrip("s")]


def complement_shown(blank: Blank) -> str:
    """A share blanked while the one other share of its sentence makes 100 percent with it, and one
    of the two leaves its whole unsaid, the other's: "[about two-thirds] of the saving comes from the
    body's surface, and one-third from the warm air"; not "60 percent of men and 40 percent of women"."""
    ours = list(_SHARE.finditer(blank.answer))
    before, after = blank.before.rsplit(". ", 1)[-1], blank.after.split(". ", 1)[0]
    shown = [(m, after[: m.start()], after[m.end() :]) for m in _SHARE.finditer(after)]
    shown += [(m, before[: m.start()], before[m.end() :] + blank.answer) for m in _SHARE.finditer(before)]
    if len(ours) != 1 or len(shown) != 1 or abs(_share(ours[0]) + _share(shown[0][0]) - 100) > 1:
        return ""
    other, other_before, other_after = shown[0]
    # one share says what it is of, and the other leaves that unsaid
    ours_of_it = _OF.match(blank.after) and _whole_unsaid(other_before, other_after)
    other_of_it = _OF.match(other_after) and _whole_unsaid(blank.before, blank.after)
    return other.group() if ours_of_it or other_of_it else ""


_OF = re.compile(r"\s+of\b")
_UNSAID_AFTER = re.compile(r"\s+(?:from|to|in|for|by|on|at|with|through|into|via)\b")
_UNSAID_BEFORE = re.compile(r"\b(?:remaining|other|rest of the)\s+$", re.I)


def _whole_unsaid(before: str, after: str) -> bool:
    """A share whose whole is the other share's, left unsaid: "and one-third from the air", "the remaining third"."""
    return bool(_UNSAID_AFTER.match(after) or _UNSAID_BEFORE.search(before))


_TIMES_OVER = {"doubles": 2.0, "doubled": 2.0, "triples": 3.0, "tripled": 3.0, "halves": 0.5, "halved": 0.5}
_TIMES_OVER_WORD = re.compile(r"\b(" + "|".join(_TIMES_OVER) + r")\b", re.I)


def doubled_shown(blank: Blank) -> str:
    """A value blanked while the same sentence shows another of its unit and says one doubles (or
    triples, halves) the other: "about 1 bar ... it doubles to [2 bar]", and the other way round."""
    prompt = _rest_of_sentence(blank)
    word = _TIMES_OVER_WORD.search(prompt)
    ours = _values(blank.answer)
    if word is None or len(ours) != 1:
        return ""
    factor, (v, unit, _) = _TIMES_OVER[word.group(1).lower()], ours[0]
    for x, other, written in _values(prompt):
        # "10 square-mile sections ... doubled to [20 sections]": the unit may come a modifier later
        same = other == unit or re.search(rf"{re.escape(written)}[\w-]*\s+{re.escape(unit)}\b", prompt) is not None
        # "[10 square-mile] sections ... doubled to 20 sections": ours is the one a modifier later
        same = same or _word_after(blank.after, 0) == other
        if same and x > 0 and any(abs(v - x * f) <= SUM_SLACK * v for f in (factor, 1 / factor)):
            return f"{written} ... {word.group(1)}"
    return ""


def _word_after(text: str, at: int, past: str = "") -> str:
    """The word after `at`, past what `past` matches there: "10 square[-mile] sections" -> 'sections'."""
    m = re.compile(past + r"\s+(\w+)\b").match(text, at)
    return m.group(1) if m else ""


def multiple_shown(blank: Blank) -> str:
    """A multiple blanked while two values of one unit whose ratio it is stay shown: 'carry [about twice]
    the caffeine, 2.2 to 2.7 percent against 1.2 to 1.5 percent'."""
    n = _multiple(blank.answer)
    if n is None or n <= 1:
        return ""
    text = blank.before + " " + blank.after
    values = _values(text)
    for i, (a, unit, shown_a) in enumerate(values):
        for b, other, shown_b in values[i + 1 :]:
            # "10 square-mile sections ... [doubled] to 20 sections": a modifier between a count and its unit
            same = unit == other or shown_a in text and _word_after(text, text.index(shown_a) + len(shown_a), past=r"[\w-]*") == other
            if same and min(a, b) > 0 and abs(max(a, b) / min(a, b) - n) <= RATIO_SLACK * n:
                return f"{shown_a} ... {shown_b}"
    return ""


_PERCENT = re.compile(r"(\d+(?:\.\d+)?)(?:\s*(?:to|-|\u2013)\s*(\d+(?:\.\d+)?))?\s*(?:%|percent\b|per cent\b)")
_MEASURE = re.compile(
    r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?:\s*(?:to|-|\u2013)\s*(\d[\d,]*(?:\.\d+)?))?(?![\d%])"
    r"(?!\s*(?:%|percent\b|per cent\b))(?:\s*([a-zA-Z]{1,12})\b(?<=\w))?"
)


def _measures(text: str) -> list[tuple[float, str, str]]:
    """Each value of the text that is no percentage and no year: (its middle, in its dimension's base
    unit where the unit converts, its dimension or '', as written)."""
    found = []
    for m in _MEASURE.finditer(text):
        low, high, unit = m.group(1), m.group(2) or m.group(1), m.group(3) or ""
        dimension = unit_dimension(unit) if unit else ""
        if is_year(low) and not dimension:
            continue  # "in 1850", not "1,200 g" nor "1200 m"
        middle = (float(low.replace(",", "")) + float(high.replace(",", ""))) / 2
        scale = amount("1", unit) if dimension else None
        found.append((middle * (scale or 1.0), dimension if scale else "", m.group().strip()))
    return found


CHANGE_SPREAD = 5.0  # a percentage range wider than this many points pins no value down


def change_shown(blank: Blank) -> str:
    """A value blanked while a value and the percentage that changes it into the blank stay shown:
    'costs [...] 8 to 10 percent of its speed, so a pitch that leaves at 95 arrives at [about 87]',
    'lose 15-20% of their weight, so 1 kg yields [roughly 800-850 g]'; or the value it started from.
    The percentage itself is the claim, and is not flagged."""
    unit_after = re.match(r"\s*[a-zA-Z]{1,12}\b", blank.after)  # "at [about 33] kg": the unit stays shown
    ours = _measures(blank.answer + (unit_after.group() if unit_after else ""))
    if len(ours) != 1 or _PERCENT.search(blank.answer):
        return ""
    v, dimension, _ = ours[0]
    shown = blank.before + " " + blank.after
    for low, high, m in _narrow_percents(shown):
        for a, other, written in _measures(shown[: m.start()] + " " + shown[m.end() :]):
            if other == dimension and a > 0 and any(_between(v, a, 1 + sign * low, 1 + sign * high) for sign in (-1, 1)):
                return f"{m.group()} ... {written}"
    return ""


def percent_of_shown(blank: Blank) -> str:
    """A worked example of a share: a value blanked while the percentage and the whole it is a share of
    stay shown ('[750 g] of water with 1,000 g of flour makes a 75 percent hydration dough'), the whole
    blanked beside its share, or the percentage blanked between the two; ''."""
    shown = blank.before + " " + blank.after
    values = [(v, d, w) for v, d, w in _measures(shown) if d]
    percent = _PERCENT.fullmatch(re.sub("^" + HEDGE, "", blank.answer.strip(), flags=re.I))
    if percent is not None:
        share = (float(percent.group(1)) + float(percent.group(2) or percent.group(1))) / 200
        pairs = [(a, b) for a in values for b in values if a is not b and a[1] == b[1] and 0 < a[0] < b[0]]
        # the share of the larger, or the change from one to the other: "38 kg ... 23 kg, a loss of [40 percent]"
        change = _CHANGE_BEFORE.search(blank.before) is not None
        return next((f"{a[2]} ... {b[2]}" for a, b in pairs if _close(a[0] / b[0], share) or change and _near_change(a[0], b[0], share)), "")
    ours = [m for m in _measures(blank.answer) if m[1]]
    if len(ours) != 1:
        return ""
    v, dimension, _ = ours[0]
    for low, high, m in _narrow_percents(shown):
        share = (low + high) / 2
        for a, other, written in values:
            if other == dimension and a > 0 and (_close(v, share * a) or _close(a, share * v)):
                return f"{m.group()} ... {written}"
    return ""


_CHANGE_BEFORE = re.compile(
    r"\b(?:loss|lost|lose|drop|dropped|fall|fell|decline|gain|gained|rise|rose|increase|increased|cut|reduction|shr[ai]nk|grew|growth)"
    r"(?:\s+(?:of|by))?\s+$",
    re.I,
)
CHANGE_SLACK = 0.01  # a change worked out to within a point of the percentage gives it away


def _near_change(low: float, high: float, share: float) -> bool:
    """Whether `share` is the fall from `high` to `low` or the rise from `low` to `high`."""
    return min(abs((high - low) / high - share), abs((high - low) / low - share)) <= CHANGE_SLACK


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= SUM_SLACK * max(abs(x), abs(y))


def _narrow_percents(text: str) -> list[tuple[float, float, re.Match[str]]]:
    """Each percentage of the text as fractions (low, high), but a range too wide to pin a value down:
    "10 to 60 percent" would fit almost any pair of values."""
    found = [(float(m.group(1)), float(m.group(2) or m.group(1)), m) for m in _PERCENT.finditer(text)]
    return [(low / 100, high / 100, m) for low, high, m in found if high - low <= CHANGE_SPREAD]


def _between(v: float, a: float, f1: float, f2: float) -> bool:
    """v is a changed by a factor between f1 and f2, or what a was before such a change."""
    if min(f1, f2) <= 0:
        return False
    spans = ((a * min(f1, f2), a * max(f1, f2)), (a / max(f1, f2), a / min(f1, f2)))
    return any(lo * (1 - SUM_SLACK) <= v <= hi * (1 + SUM_SLACK) for lo, hi in spans)


_RATE = re.compile(
    rf"(\d[\d,]*(?:\.\d+)?)(?:\s*(?:to|-|\u2013)\s*(\d[\d,]*(?:\.\d+)?))?(?:\s+({'|'.join(_SCALES)}))?"
    r"(?:\s+(?!(?:a|an|per|every|each)\b)[a-z]+){0,3}\s+(?:a|an|per|every|each)\s+(second|minute|hour|day|week|month|year)\b"
)
RATE_SLACK = 0.25  # one rate within a quarter of another, per another time unit, is the same rate


def _rates(text: str) -> list[tuple[float, str, str]]:
    """Each rate of the text: (per second, its time unit, as written): 'roughly 40 to 50 flashes every second'."""
    rates = []
    for m in _RATE.finditer(text):
        low, high = float(m.group(1).replace(",", "")), float((m.group(2) or m.group(1)).replace(",", ""))
        scale = _SCALES.get(m.group(3) or "", 1.0)
        seconds = amount("1", m.group(4))  # the unit of time in seconds, from spans' table of factors
        if seconds:
            rates.append(((low + high) / 2 * scale / seconds, m.group(4), m.group()))
    return rates


def rate_twin(blank: Blank) -> str:
    """The same rate shown per another time unit: '40 to 50 flashes every second, on the order of
    [1.4 billion a year]'; or ''."""
    ours = _rates(blank.answer)
    if len(ours) != 1:
        return ""
    rate, unit, _ = ours[0]
    for other, other_unit, written in _rates(blank.before + " " + blank.after):
        if other_unit != unit and rate > 0 and abs(other - rate) <= RATE_SLACK * rate:
            return written
    return ""


_ONE_SPAN = re.compile(r"\bin\s+(?:a|an|one)\s+(second|minute|hour|day|week|month|year|decade|century)\b", re.I)


def total_of_rate_shown(blank: Blank) -> str:
    """A total blanked while the rate and the time it runs for stay shown: 'turns [360 degrees] in 24
    hours, or 15 degrees every hour'; or ''."""
    ours = _values(blank.answer)
    if len(ours) != 1:
        return ""
    total, unit, _ = ours[0]
    prompt = blank.before + " " + blank.after
    spans = [(v * seconds, written) for v, u, written in _values(prompt) if unit_dimension(u) == "time" and (seconds := amount("1", u))]
    spans += [(seconds, m.group()) for m in _ONE_SPAN.finditer(prompt) if (seconds := amount("1", m.group(1)))]  # "in a week"
    for rate, _unit, rate_written in _rates(prompt):
        if unit not in rate_written.split():
            continue  # a rate of something else
        for seconds, written in spans:
            if total > 0 and abs(rate * seconds - total) <= SUM_SLACK * total:
                return f"{rate_written} ... {written}"
    return ""


_SPEED = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(m/s|metres per second|meters per second|km/h|kph|kilometres per hour|kilometers per hour"
    r"|mph|miles per hour)\b",
    re.I,
)
_PER_SECOND = {"m/s": 1.0, "metres per second": 1.0, "meters per second": 1.0, "km/h": 1 / 3.6, "kph": 1 / 3.6,
               "kilometres per hour": 1 / 3.6, "kilometers per hour": 1 / 3.6, "mph": 0.44704, "miles per hour": 0.44704}
_DISTANCE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(km|kilometres|kilometers|m|metres|meters|miles?)\b", re.I)
MILE = 1609.344  # metres: the one distance here that spans' table of exact factors leaves out
_DURATION = re.compile(
    r"(?P<h>\d+)\s*(?:hours?|h)\s+(?:and\s+)?(?P<hm>\d+)\s*(?:minutes?|min)\b"
    r"|(?P<m>\d+)\s*(?:minutes?|min)\s+(?:and\s+)?(?P<ms>\d+)\s*(?:seconds?|s)\b"
    r"|(?P<cm>\d+):(?P<cs>\d{2})\b"
    r"|(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>seconds?|s|minutes?|min|hours?|h)\b",
    re.I,
)
SPEED_SLACK = 0.1  # a speed within a tenth of a shown distance over a shown time is worked out, not recalled


def _seconds(m: re.Match[str]) -> float:
    """A duration in seconds: '6 hours 40 minutes', '5 minutes 20 seconds', '5:20' (minutes), '3 seconds'."""
    if m.group("h"):
        return int(m.group("h")) * 3600 + int(m.group("hm")) * 60
    if m.group("m"):
        return int(m.group("m")) * 60 + int(m.group("ms"))
    if m.group("cm"):
        return int(m.group("cm")) * 60 + int(m.group("cs"))
    unit = m.group("unit").lower()
    scale = 3600.0 if unit.startswith("h") else 60.0 if unit.startswith("min") else 1.0
    return float(m.group("n").replace(",", "")) * scale


def speed_shown(blank: Blank) -> str:
    """A speed blanked while the distance and the time it divides stay shown: 'covers 2,000 m in roughly
    5 minutes 20 seconds, averaging better than [6 metres per second]'; ''."""
    ours = _SPEED.search(blank.answer)
    if ours is None:
        return ""
    v = float(ours.group(1).replace(",", "")) * _PER_SECOND[ours.group(2).lower()]
    shown = blank.before + " " + blank.after
    for d in _DISTANCE.finditer(shown):
        metres = amount(d.group(1), d.group(2))
        metres = float(d.group(1).replace(",", "")) * MILE if metres is None else metres  # "miles"
        for t in _DURATION.finditer(shown):
            seconds = _seconds(t)
            if seconds > 0 and v > 0 and abs(metres / seconds - v) <= SPEED_SLACK * v:
                return f"{d.group()} ... {t.group()}"
    return ""


# "nearly three times its 343 m/s", "twice the 40 km", "half its 12 tonnes": a multiple said of a value
_TIMES_SHOWN = re.compile(
    r"\b(?:(?P<word>twice|double|half(?!\s+of\b))|(?P<n>\d+(?:\.\d+)?|[a-z]+)[ -]times)\b(?!\s+(?:a|an|per|each|every)\b)", re.I
)  # not "three times a year": how often


def product_shown(blank: Blank) -> str:
    """A value blanked while another of its dimension and the multiple between them stay shown:
    '[roughly 1,000 m/s] in helium, nearly three times its 343 m/s in air'; ''."""
    ours = next((q for q in find_quantities(blank.answer) if q.dimension), None)
    if ours is None:
        return ""
    shown, here = blank.before + " " + blank.after, len(blank.before)
    found = find_quantities(shown, hyphened=True)  # "double the older 160-acre claim"
    for m in _TIMES_SHOWN.finditer(shown):
        n = _times(m)
        # what the multiple is said of: the first value after it, the blank ("three times its [343 m/s]")
        # or a shown one, which the blank is then compared with
        first = next((q for q in found if q.start >= m.end()), None)
        if m.end() <= here <= min(first.start if first else here, m.end() + MULTIPLE_REACH):
            said_of = found
        else:
            said_of = [first] if first is not None and first.start - m.end() <= MULTIPLE_REACH else []
        for q in said_of if n else ():
            x, y = _comparable(ours, q)
            if x and y and abs(max(x, y) / min(x, y) - n) <= RATIO_SLACK * n:
                return shown[q.start : q.end]
    return ""


MULTIPLE_REACH = 45  # characters from a multiple to the value it is said of: "nearly three times its 343 m/s",
# "five times older than the earlier estimate of about 20 years"


# a sum written out before the blank: "7 × 7 × 4 = [196 combinations]"
_SUM_BEFORE = re.compile(r"(?<![\d,.])(\d[\d.]*(?:\s*[×x*/+\u2212-]\s*\d[\d.]*)+)\s*=\s*$")


def result_shown(blank: Blank) -> str:
    """A value blanked right after the sum that works it out: 'giving 7 × 7 × 4 = [196 combinations]'."""
    sum_ = _SUM_BEFORE.search(blank.before)
    ours = re.match(r"\D{0,12}?(\d[\d,]*(?:\.\d+)?)", blank.answer)
    if sum_ is None or ours is None:
        return ""
    worked = _worked(sum_.group(1).replace("×", "*").replace("x", "*").replace("\u2212", "-"))
    value = float(ours.group(1).replace(",", ""))
    return sum_.group(1) if worked is not None and abs(worked - value) <= SUM_SLACK * max(abs(value), 1) else ""


_OPERATIONS = (ast.Add, ast.Sub, ast.Mult, ast.Div)


def _worked(sum_: str) -> float | None:
    """The value of a sum of numbers and + - * /, or None: read by Python's parser, never run."""

    def value(node: ast.expr) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.BinOp) and isinstance(node.op, _OPERATIONS):
            a, b = value(node.left), value(node.right)
            if isinstance(node.op, ast.Div):
                return a / b if b else math.inf
            return a + b if isinstance(node.op, ast.Add) else a - b if isinstance(node.op, ast.Sub) else a * b
        raise ValueError(sum_)

    try:
        return value(ast.parse(sum_, mode="eval").body)
    except (SyntaxError, ValueError):
        return None


# a count in figures, with no unit after it: "roughly 1,000 active geysers", "about 500 of them"
_COUNT = re.compile(
    r"(?<![\d.,$\u00a3\u20ac])(?<!to )(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)(?!\s*(?:%|\u00b0|percent\b|per cent\b|to\s+\d|[-\u2013]\d))"
)


def count_ratio_shown(blank: Blank) -> str:
    """Counts of one thing and the multiple between them, one blanked and the others shown: 'roughly
    [1,000] geysers ... about 500 of them, close to half'; or the multiple blanked between two shown
    counts; ''. Counts only: values with units are `product_shown`'s and `multiple_shown`'s."""
    shown = blank.before + " " + blank.after
    counts = [(float(m.group(1).replace(",", "")), m.group(1)) for m in _COUNT.finditer(shown) if _bare_count(shown, m)]
    factor = _part_of(blank.answer)
    if factor is not None:
        pairs = [(a, b) for i, a in enumerate(counts) for b in counts[i + 1 :]]
        return next((f"{a[1]} ... {b[1]}" for a, b in pairs if _ratio_is(a[0], b[0], factor)), "")
    mine = next((m for m in _COUNT.finditer(blank.answer) if _bare_count(blank.answer, m)), None)
    if mine is None:
        return ""
    value = float(mine.group(1).replace(",", ""))
    # a part of the whole only: "twice in a row" or "108 double stitches" tie no two counts together
    factors = [_PARTS[(m.group(1) or m.group(2)).lower()] for m in _PART_SHOWN.finditer(shown)]
    return next((said for n in factors for count, said in counts if _ratio_is(value, count, n)), "")


# what ties three numbers into a rate: "986 kills for 9,860 rounds, ten bullets per emu", "100 feet for every inch"
_RATE_WORD = re.compile(r"\b(?:per|for every|for each|apiece|works out at)\b", re.I)
_ANY_NUMBER = re.compile(rf"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d.,]?\d)|\b(?:{'|'.join(NUMBER_VALUES)})\b", re.I)
PRODUCT_SLACK = 0.01  # a product or a quotient this close is worked out, not chance


def rate_product_shown(blank: Blank) -> str:
    """A number blanked while the prompt shows two others it is the product or the quotient of, and a
    word that makes one a rate: '[986 kills] for 9,860 rounds, ten bullets per emu'; ''. A prompt with
    more values than that is a list or a table ("$5, $10, $20 ..."), where a product is chance."""
    shown = blank.before + " " + blank.after
    ours = _ANY_NUMBER.search(blank.answer)
    value = _number(ours.group()) if ours else None
    if not value or value <= 1 or not _RATE_WORD.search(blank.sentence) or _PERCENT.search(blank.answer):
        return ""
    found: list[tuple[float, str, bool]] = []  # value, as written, whether it closes the range of the one before
    last = None
    for m in _ANY_NUMBER.finditer(shown):
        n = _number(m.group())
        if n and n > 1 and not is_year(m.group()) and not _PERCENT.match(shown, m.start()):
            closes = last is not None and _RANGE_GAP.fullmatch(shown[last.end() : m.start()]) is not None
            found.append((n, m.group(), closes))
            last = m
    if sum(not closes for _, _, closes in found) > 2:
        return ""
    for i, (a, said_a, _) in enumerate(found):
        for j, (b, said_b, closes) in enumerate(found[i + 1 :], i + 1):
            one_range = closes and j == i + 1  # "10 to 12": a range's two ends are no operands of each other
            if not one_range and max(value, a, b) >= 10 and any(abs(value - x) <= PRODUCT_SLACK * value for x in (a * b, a / b, b / a)):
                return f"{said_a} ... {said_b}"
    return ""


_RANGE_GAP = re.compile(r"\s*(?:to|or|-|\u2013)\s*", re.I)


_PART = re.compile(r"^(?:(?:about|roughly|around|nearly|almost|close to|just over|just under)\s+)?(?:a\s+|one\s+)?(half|third|quarter|fifth|tenth)$", re.I)
_PARTS = {"half": 2.0, "third": 3.0, "quarter": 4.0, "fifth": 5.0, "tenth": 10.0}
_PART_SHOWN = re.compile(r"\b(?:(half)|an?\s+(third|quarter|fifth|tenth))\b(?=\s+(?:of|the)\b)", re.I)


def _part_of(answer: str) -> float | None:
    """The factor between a whole and the part an answer names: 'close to half' -> 2."""
    m = _PART.match(answer.strip())
    return _PARTS[m.group(1).lower()] if m else None


def _bare_count(text: str, m: re.Match[str]) -> bool:
    """A count, not a year nor a value with a unit."""
    unit = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
    return not is_year(m.group(1)) and not (unit and unit_dimension(unit.group(1).lower()))


def _ratio_is(a: float, b: float, factor: float) -> bool:
    return min(a, b) > 0 and abs(max(a, b) / min(a, b) - factor) <= RATIO_SLACK * factor


def _comparable(a: Quantity, b: Quantity) -> tuple[float | None, float | None]:
    """Two values of one dimension in one unit: in its base unit, or as written when both say it alike."""
    if a.dimension != b.dimension:
        return None, None
    if a.unit.lower().removesuffix("s") == b.unit.lower().removesuffix("s"):  # "320 acres", "a 160-acre claim"
        return float(a.number.replace(",", "")), float(b.number.replace(",", ""))
    return _amount(a), _amount(b)


def _times(m: re.Match[str]) -> float | None:
    """The factor a multiple says, above 1 ('half' is a factor of 2 between the two values)."""
    word = (m.group("word") or "").lower()
    if word:
        return _WORD_MULTIPLES.get(word, 2.0)  # twice, double; half
    n = _number(m.group("n"))
    return n if n and n > 1 else None


# "roughly 1 in 11", "one in four", "3 days in 10": a share said as a count out of a whole
_ONE_IN = re.compile(r"\b(\d+|one|a)(?:\s+[a-z]+)?\s+in\s+(\d[\d,]*|[a-z]+)\b", re.I)


def share_twin(blank: Blank) -> str:
    """A share in the blank while the same share shows as 'N in M' or as a percentage, the other way
    round: '[About 8.8 percent] of Americans, roughly 1 in 11', 'a 30% chance ... on [about 3 days] in
    10'; ''. A share the blank is part of counts, so no end of 'N in M' is asked either."""
    whole, lo = blank.sentence, len(blank.before)
    hi = lo + len(blank.answer)
    found = _shares(whole)
    mine = [(share, said) for share, said, start, end in found if start < hi and end > lo]
    others = [(share, said) for share, said, start, end in found if end <= lo or start >= hi]
    for share, said in others:
        if any(_in_percent(m_said) != _in_percent(said) and abs(share - m) <= ROUNDING * max(share, m) for m, m_said in mine):
            return said
    return ""


def _in_percent(said: str) -> bool:
    return "%" in said or "percent" in said.lower()


def _shares(text: str) -> list[tuple[float, str, int, int]]:
    """Each share of a whole the text gives, as a percentage, with how it is written and where."""
    found = [((float(m.group(1)) + float(m.group(2) or m.group(1))) / 2, m.group(), m.start(), m.end()) for m in _PERCENT.finditer(text)]
    for m in _ONE_IN.finditer(text):
        part, whole = (1.0 if g.lower() == "a" else _number(g) for g in m.groups())
        if part and whole and part < whole:
            found.append((100.0 * part / whole, m.group(), m.start(), m.end()))
    return found


# a whole said as its equal parts: "two halves of 40", "three periods of 20 minutes", "five rings of 28"
_EQUAL_PARTS = re.compile(
    r"\b(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:equal\s+)?[a-z]+s\s+of\s+"
    r"(?P<each>\d+(?:\.\d+)?)",
    re.I,
)


def parts_shown(blank: Blank) -> str:
    """A whole and its equal parts, one blanked and the other shown: 'a match lasts [80 minutes],
    played as two halves of 40', or '... two halves of [40]' beside '80 minutes'; ''."""
    whole = blank.before + blank.answer + blank.after
    here, there = len(blank.before), len(blank.before) + len(blank.answer)
    answer = re.search(r"\d+(?:\.\d+)?", blank.answer)
    for m in _EQUAL_PARTS.finditer(whole):
        count = m["count"].lower()
        total = (int(count) if count.isdigit() else NUMBER_VALUES[count]) * float(m["each"])
        inside = here < m.end() and m.start() < there
        if not inside and answer and float(answer.group()) == total:
            return m.group()  # the whole blanked, its parts shown
        if inside:
            shown = blank.before + " " + blank.after
            same = next((n for n in re.finditer(r"\d+(?:\.\d+)?", shown) if float(n.group()) == total), None)
            if same:
                return same.group()  # a part blanked, the whole shown
    return ""


def items_counted(blank: Blank) -> str:
    """A count blanked before a colon that lists what it counts, item by item: 'along [ten countries],
    more than any other river: Germany, Austria, ... and Ukraine', or before short items that end its
    sentence after a comma; the list it shows, or ''."""
    count = re.match(r"(?:about\s+|some\s+|exactly\s+)?(\d+|[a-z]+)\b", blank.answer.strip(), re.I)
    number = count and (int(count[1]) if count[1].isdigit() else NUMBER_VALUES.get(count[1].lower()))
    if not number or number < 2:
        return ""
    initials = GENUS_INITIAL.sub(r"\1__", blank.after)  # "C. annuum": one item
    bracketed = _LIST_IN_BRACKETS.match(initials)
    if bracketed is not None and _names_listed(bracketed[1], number):
        listed = bracketed[1]
    else:
        listed = _list_counting(_ASIDE.sub("", initials), number)  # "Don Giovanni (1787, ...)": one item
    return re.sub(r"\b([A-Z])__", r"\1. ", listed.strip())


def _list_counting(after: str, number: int) -> str:
    """The list right after a count that shows `number` items, after its colon or set off by commas; ''."""
    for pattern in (_LIST_AFTER_COLON, _LIST_ENDING_SENTENCE, _LIST_IN_APPOSITION, _LIST_AFTER_A_FEW_WORDS):
        listed = pattern.match(after)
        if listed is None:
            continue
        items = _items(listed[1])
        if ":" in listed.group():
            if _SHOWN_COUNT.search(listed.group()[: listed.start(1)]):
                continue  # "[two languages] and three scripts: ...": the list is of the count before its colon
            # after a colon each item may be described ("smooth, ropy pahoehoe and rough, clinkery aa"):
            # a list of at least as many parts still shows them, two of them too
            counted = len(items) >= number and _LISTS.search(listed[1]) is not None
        elif number >= 3 and pattern is not _LIST_AFTER_A_FEW_WORDS:
            counted = len(items) == number and all(len(i.split()) <= MAX_LISTED_WORDS for i in items)
        else:  # two, or after a few words: only items that name things, not clauses ("prices rose and wages fell")
            counted = _names_listed(listed[1], number)
        if counted:
            return listed[1]
    return ""

_LISTS = re.compile(r"\s(?:and|or)\s")


def listed_parts_shown(blank: Blank) -> str:
    """A count that a colon splits into parts, blanked with the parts shown ("[93 objects] in all: 78
    chess pieces, 14 tablemen and a single buckle"); or one part, blanked with the total and the other
    parts shown ("60 stories: [4 novels] and 56 short stories"). The shown counts that work it out, or ''."""
    n = _leading_count(blank.answer)
    if n is None:
        return ""
    if ":" in _clause_tail(blank.before):  # a part: the total is the last count before the colon
        head, _, listed = _clause_tail(blank.before).rpartition(":")
        totals = _part_counts(head)
        parts = _part_counts(listed) + _part_counts(_clause_head(blank.after))
        if totals and parts and totals[-1][0] - sum(v for v, _ in parts) == n:
            return " ... ".join(w for _, w in [totals[-1], *parts])
        return ""
    between, colon, listed = _clause_head(blank.after).partition(":")
    parts = _part_counts(listed)
    if colon and not _part_counts(between) and len(parts) >= 2 and sum(v for v, _ in parts) == n:
        return " ... ".join(w for _, w in parts)
    return ""


def _leading_count(answer: str) -> int | None:
    """The count an answer opens on: 28, "93 objects", "about 40 spaces", "four railroads"; None else."""
    m = re.match(rf"(?:{HEDGE})?(\d{{1,4}}|[a-z]+)(?:\s+[a-z-]+){{0,3}}$", answer.strip(), re.I)
    if m is None or not (m[1].isdigit() or m[1].lower() in NUMBER_VALUES):
        return None
    return _count_value(m[1])


def _clause_tail(text: str) -> str:
    """The text after its last ';' or full stop: the clause a blank's prompt ends in."""
    return re.split(r"[;.]\s", text)[-1]


def _clause_head(text: str) -> str:
    """The text up to its first ';' or full stop."""
    return re.split(r"[;.](?:\s|$)", text)[0]


# a count of a part: "78 chess pieces", "four railroads", "a single belt buckle"; not "in eight colour
# groups" (what a part is in), "ten times" (a multiple) nor either end of a range
_PART_COUNT = re.compile(rf"(?<![\w.,-])(?:(?<!\bin )(?<!\bof )(\d{{1,4}}|{'|'.join(NUMBER_VALUES)})|(a single|only one))(?![\d.,]?\d)(?!-)\b", re.I)


def _part_counts(text: str) -> list[tuple[int, str]]:
    """The counts of parts a text shows, in order, each with how it is written."""
    found = []
    for m in _PART_COUNT.finditer(text):
        if is_year(m.group()) or _MEASURE_AFTER.match(text, m.end()) or _a_range_end(text, m):
            continue
        if m.group().lower() == "one" and not re.search(r"(?:^|[,:]|\band|\bor|\bplus)\s*$", text[: m.start()]):
            continue  # "a single bronze one": a pronoun, not a count
        found.append((_count_value(m[1]) if m[1] else 1, m.group()))
    return found


MAX_LISTED_WORDS = 3  # words of each item of a list after a comma: "first, second and third"
_LIST_AFTER_COLON = re.compile(r"[^:;.\d]{0,60}:\s*([^;.]+)")
# ... or after a comma, when the short items and their 'and' end the sentence: "[three classes] of
# travel, first, second and third."
_LIST_ENDING_SENTENCE = re.compile(r"[^:;,.\d]{0,60},\s*([^;:.]+(?:and|or)\s[^;:.,]+)\.?$")
# ... or right after it, set off by commas: "Only [three dyes], woad for blue, madder for red and weld for
# yellow, gave ..."
_ITEM_BEFORE_AND = r"(?:(?!\s(?:and|or)\s)[^;:.,])+"
_LIST_IN_APPOSITION = re.compile(rf",\s*({_ITEM_BEFORE_AND}(?:,\s*{_ITEM_BEFORE_AND})*,?\s+(?:and|or)\s+[^;:.,]+?)(?=,|\.?$|\.\s)")
# ... or a few words after it: "identified [two pigments] in it, hipposudoric acid and norhipposudoric acid"
_LIST_AFTER_A_FEW_WORDS = re.compile(r"(?:\s+[a-z'\u2019]+){1,3}" + _LIST_IN_APPOSITION.pattern)
# ... or in brackets a few words after it: "boarded [three ships] at the wharf (the Dartmouth, the Eleanor and the Beaver)"
_LIST_IN_BRACKETS = re.compile(r"[^,;:.()]{0,40}\(([^()]+\s(?:and|or)\s[^()]+)\)")
_ASIDE = re.compile(r"\s*\([^()]*\)")  # a bracketed aside, no item of its own
MAX_NAMED_WORDS = 5  # words of each item that opens on "the": "the North American Castor canadensis"


def _items(listed: str) -> list[str]:
    """The items of a list, split at its commas and its last 'and' or 'or'."""
    return [i for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed) if i.strip()]


def _names_listed(listed: str, number: int) -> bool:
    """The text names `number` things, joined by commas and a last 'and' or 'or', with no verb among
    them: "the Dartmouth, the Eleanor and the Beaver", "the spiny and short-snouted seahorses"."""
    listed = _ASIDE.sub("", listed).strip()
    items = _items(listed)
    longest = MAX_NAMED_WORDS if re.match(r"the\s", listed, re.I) else MAX_LISTED_WORDS
    if len(items) != number or any(len(i.split()) > longest for i in items):
        return False
    return not any(lookup(w.lower())[:1] in (("VERB",), ("AUX",)) for w in re.findall(r"[A-Za-z']+", listed))


_LETTER_RANGE = re.compile(r"(?<![\w-])([A-Z])\s*(?:to|-|\u2013|through)\s*([A-Z])(?![\w-])")


def letters_counted(blank: Blank) -> str:
    """A count blanked beside the run of letters that names each counted thing: 'sorts openings into [five
    volumes], A to E'; the run, or ''."""
    count = re.match(r"(?:about\s+)?(\d+|[a-z]+)\b", blank.answer.strip(), re.I)
    number = count and (int(count[1]) if count[1].isdigit() else NUMBER_VALUES.get(count[1].lower()))
    if not number or number < 3:
        return ""
    near = blank.before[-40:] + " " + blank.after[:40]
    return next((m.group() for m in _LETTER_RANGE.finditer(near) if ord(m[2]) - ord(m[1]) + 1 == number), "")


# a size in two units: "200 by 85 feet, about 61 by 26 metres"
_SIZE_TWICE = re.compile(
    r"(?P<n1>\d[\d,.]*)\s+(?:by|x|\u00d7)\s+(?P<n2>\d[\d,.]*)\s*(?P<u1>[A-Za-z]+),?\s+\(?"
    r"(?:about|roughly|around|approximately|or|some)?\s*(?P<n3>\d[\d,.]*)\s+(?:by|x|\u00d7)\s+(?P<n4>\d[\d,.]*)\s*(?P<u2>[A-Za-z]+)"
)
_TWIN_OF = {"n1": "n3", "n2": "n4", "n3": "n1", "n4": "n2"}


def dimensions_twin(blank: Blank) -> str:
    """One number of a size given in two units ('measures [200] by 85 feet, about 61 by 26 metres'),
    whose twin in the other unit shows: the two sizes keep one ratio, so each number gives its twin
    away; ''."""
    whole = blank.before + blank.answer + blank.after
    here, there = len(blank.before), len(blank.before) + len(blank.answer)
    for m in _SIZE_TWICE.finditer(whole):
        if m["u1"].lower() == m["u2"].lower() or not unit_dimension(m["u1"]) or unit_dimension(m["u1"]) != unit_dimension(m["u2"]):
            continue
        try:
            n = {k: float(m[k].replace(",", "")) for k in _TWIN_OF}
        except ValueError:
            continue  # "1.2.3 by 4 feet": no number a size can be read from
        if not n["n3"] or not n["n4"] or abs(n["n1"] / n["n3"] - n["n2"] / n["n4"]) > 0.03 * n["n1"] / n["n3"]:
            continue  # not one size said twice
        for name, twin in _TWIN_OF.items():
            if m.start(name) < there and here < m.end(name) and not (m.start(twin) < there and here < m.end(twin)):
                return m[twin] + " " + m["u2" if twin in ("n3", "n4") else "u1"]
    return ""


_DIGIT_RUN = re.compile(r"\d[\d,]*\d")


def digits_shown(blank: Blank) -> str:
    """A number of four digits or more that the prompt writes another way, in a code or with other
    separators: '[10,000] yards' beside the bunker 'S-10000', or the code blanked beside '10,000'; ''.
    (The same number written the same way is the give-away of a shown value, found elsewhere.)"""
    ours = {m.group() for m in _DIGIT_RUN.finditer(blank.answer) if len(m.group().replace(",", "")) >= 4}
    if not ours:
        return ""
    plain = {run.replace(",", "") for run in ours}
    for m in re.finditer(r"[\w,.-]*\d[\w,.-]*", blank.before + " " + blank.after):
        token = m.group().strip(",.-")
        for run in _DIGIT_RUN.findall(token):
            written_otherwise = run != token or run not in ours  # in a code, or with other separators
            if run.replace(",", "") in plain and written_otherwise and not is_year(run):
                return token
    return ""


# a day of a month with no year after it: "on 13 July", "on July 13"
_DAY_OF = r"\b\d{{1,2}}\s+{m}\b(?!,?\s+\d{{4}})|\b{m}\s+\d{{1,2}}\b(?!,?\s+\d{{4}}|\d)"


def month_shown(blank: Blank) -> str:
    """A month and year blanked whose month the prompt gives to a day with no year of its own, which
    is of that year: 'in [July 1945] ... assembled on 13 July'; or a full date whose day and month the
    prompt gives so: 'founded on [20 July 1924], which is why ... falls on 20 July'; ''."""
    m = re.fullmatch(r"(?:(?P<d>\d{1,2})\s+)?(?P<m>[A-Z][a-z]+)(?:\s+(?P<d2>\d{1,2}),?)?\s+\d{4}", blank.answer.strip())
    if m is None or m.group("m").lower() not in MONTHS:
        return ""
    day = re.search(_DAY_OF.format(m=m.group("m")), blank.before + " " + blank.after)
    if day is None:
        return ""
    asked = m.group("d") or m.group("d2")
    return day.group() if asked is None or re.search(rf"\b{asked}\b", day.group()) else ""
