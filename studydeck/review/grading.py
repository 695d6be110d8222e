"""Grading: a typed answer and the expected answers -> correct, close or wrong, with the difference.

The rules are those of CARD-QUALITY.md: both sides are normalised (Unicode, case, punctuation,
articles, number words, "twice" = "2x"), aliases in parentheses count, and a near miss is "close".
An answer is graded by what it must contain: its key words, singular or plural, in any order; a
unit after a number, or a word the prompt already shows, is not needed. A sentence answer (four key
words or more) with every key word is correct, with most of them close, never correct for a part.
Never a subset match: "sleep" is not "sleep spindles". The grader only suggests; the learner rates.
"""

from __future__ import annotations

import difflib
import enum
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..deck.markup import to_plain


class Verdict(str, enum.Enum):
    CORRECT = "correct"
    CLOSE = "close"
    WRONG = "wrong"
    SHOWN = "shown"  # the learner asked to see the answer
    SELF = "self"  # a card the learner rates without typing: the answer is shown


class Change(str, enum.Enum):
    SAME = "same"
    MISSING = "missing"  # in the expected answer, not in the learner's
    EXTRA = "extra"  # in the learner's answer, not in the expected one


@dataclass(frozen=True)
class Grade:
    verdict: Verdict
    given: str
    expected: str  # the accepted answer closest to what was typed, as the deck writes it
    diff: tuple[tuple[Change, str], ...] = ()


SHORT_WORD = 5  # up to this many letters a near miss is one edit; a longer word needs a high ratio
LONG_RATIO = 0.8
LONG_ANSWER = 4  # key words from which an answer is a sentence, graded by its key words in any order
_SEVERITY = {Verdict.CORRECT: 0, Verdict.CLOSE: 1, Verdict.WRONG: 2, Verdict.SHOWN: 3, Verdict.SELF: 3}


def grade(given: str, answers: list[str], prompt: str = "") -> Grade:
    """Grade a typed answer against a card's answers (several for a cloze number used twice).

    `prompt` is what the learner saw: a word it shows need not be typed, and may be."""
    seen = frozenset(_stem(w) for w in normalise(to_plain(prompt)).split())
    given = to_plain(given).strip()  # the same markup rules on both sides
    expected_text = "; ".join(to_plain(a).strip() for a in answers)
    if not given:
        return Grade(Verdict.SHOWN, given, expected_text)
    if len(answers) > 1:
        parts = [p for p in re.split(r"\s*(?:[,;/]|\band\b)\s*", given) if p]
        if len(parts) == len(answers):
            grades = [_grade_one(part, answer, seen) for part, answer in zip(parts, answers, strict=True)]
            verdict = max((g.verdict for g in grades), key=_SEVERITY.__getitem__)
            return Grade(verdict, given, expected_text, _diff(given, expected_text))
        return _grade_one(given, " ".join(answers), seen, display=expected_text)
    return _grade_one(given, answers[0] if answers else "", seen)


def _grade_one(given: str, answer: str, seen: frozenset[str] = frozenset(), display: str | None = None) -> Grade:
    raw_forms = aliases(to_plain(answer).strip())
    forms = [(raw, normalise(raw)) for raw in raw_forms]
    typed = normalise(given)
    for raw, form in forms:
        if typed == form:
            return Grade(Verdict.CORRECT, given, display or raw, _diff(given, display or raw))
    by_key_words = [(verdict, raw) for raw, form in forms if (verdict := key_word_verdict(typed, form, seen))]
    if by_key_words:
        verdict, raw = min(by_key_words, key=lambda pair: _SEVERITY[pair[0]])
        return Grade(verdict, given, display or raw, _diff(given, display or raw))
    for raw, form in forms:
        if form and is_close(typed, form):
            return Grade(Verdict.CLOSE, given, display or raw, _diff(given, display or raw))
    nearest = max(forms, key=lambda f: difflib.SequenceMatcher(None, typed, f[1]).ratio())[0] if forms else ""
    shown = display or (raw_forms[0] if raw_forms else "")
    return Grade(Verdict.WRONG, given, shown, _diff(given, display or nearest))


# -- aliases and normalisation ------------------------------------------------------------------

_PARENS = re.compile(r"\(([^()]*)\)")


def aliases(answer: str) -> list[str]:
    """The forms an answer accepts: "Ambien (zolpidem)" -> itself, "Ambien" and "zolpidem"."""
    forms = [answer]
    inside = [m.group(1).strip() for m in _PARENS.finditer(answer)]
    if inside:
        outside = " ".join(_PARENS.sub(" ", answer).split())
        forms += [outside, *inside]
    seen: set[str] = set()
    return [f for f in forms if f and not (f in seen or seen.add(f))]


_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_MULTIPLES = {
    "twice": "2x",
    "double": "2x",
    "doubled": "2x",
    "doubles": "2x",
    "doubling": "2x",
    "twofold": "2x",
    "thrice": "3x",
    "triple": "3x",
    "tripled": "3x",
    "triples": "3x",
    "tripling": "3x",
    "threefold": "3x",
    "quadruple": "4x",
    "quadrupled": "4x",
    "fourfold": "4x",
}
_ARTICLES = {"a", "an", "the"}
_STOPWORDS = _ARTICLES | {
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "and",
    "or",
    "by",
    "with",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "it",
    "its",
    "that",
    "this",
    "from",
    "into",
    # Words that join a sentence answer rather than carry it. Never "not" or "no": they flip it.
    "because",
    "since",
    "so",
    "then",
    "also",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "can",
    "could",
    "will",
    "would",
    "they",
    "their",
    "them",
    "he",
    "his",
    "she",
    "her",
    "we",
    "our",
    "you",
    "your",
}
_TYPOGRAPHY = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‑": "-", "×": "x", "\u00a0": " "}
)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def normalise(text: str) -> str:
    """Text as the grader compares it: NFC, lower case, no punctuation or articles, digits for numbers."""
    text = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY).casefold()
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 1,000 -> 1000
    text = re.sub(r"(?<=\d)\s*-\s*(?=\d)", " to ", text)  # a range 25-35 reads as 25 to 35
    text = text.replace("%", " percent ").replace("per cent", "percent")
    text = text.replace("'", "")
    text = "".join(c if c.isalnum() or c.isspace() or c == "." else " " for c in text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)  # keep only decimal points
    words = _multiples(_numbers_to_digits(text.split()))
    return " ".join(w for w in words if w not in _ARTICLES)


def _multiples(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if word in _MULTIPLES:
            out.append(_MULTIPLES[word])
        elif word in ("times", "fold", "x") and out and _NUMBER.match(out[-1]):
            out[-1] += "x"
        elif word.startswith("x") and _NUMBER.match(word[1:]):
            out.append(word[1:] + "x")  # x2 -> 2x
        else:
            out.append(word)
    return out


def _numbers_to_digits(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        value, end = _read_number(words, i)
        if end > i:
            out.append(_format_number(value))
            i = end
        else:
            out.append(words[i])
            i += 1
    return out


def _read_number(words: list[str], start: int) -> tuple[float, int]:
    """The number spelled from words[start] on ("twenty one", "a hundred", "2 million") and where it ends."""
    total, current, last, i = 0.0, 0.0, "", start
    while i < len(words):
        word, following = words[i], words[i + 1] if i + 1 < len(words) else ""
        if word in _UNITS and last in ("", "tens", "scale"):
            current += _UNITS[word]
            last = "unit"
        elif word in _TENS and last in ("", "scale"):
            current += _TENS[word]
            last = "tens"
        elif word in _SCALES and (last in ("unit", "tens", "digits") or (last == "" and i > start)):
            if word == "hundred":
                current = (current or 1) * 100
            else:
                total, current = total + (current or 1) * _SCALES[word], 0.0
            last = "scale"
        elif word in ("a", "an") and last == "" and following in _SCALES:
            current = 1
            last = ""
        elif _NUMBER.match(word) and last == "" and following in _SCALES:
            current = float(word)
            last = "digits"
        elif word == "and" and last == "scale" and (following in _UNITS or following in _TENS):
            pass
        else:
            break
        i += 1
    if last in ("", "digits"):
        return 0.0, start  # nothing, or digits with nothing after: leave the words as they are
    return total + current, i


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


# -- key words --------------------------------------------------------------------------------


def key_word_verdict(typed: str, form: str, seen: frozenset[str] = frozenset()) -> Verdict | None:
    """Correct or close by the key words a normalised answer must contain; None: not decided here.

    Key words are the answer's content words but a unit after a number and the words the prompt
    shows (`seen`, stemmed); singular and plural are one word. Numbers must always match."""
    if _numbers(typed) != _numbers(form) or _negated(typed) != _negated(form):
        return None
    words = form.split()
    optional = set(seen) | {
        _stem(word) for before, word in zip(words, words[1:], strict=False) if _NUMBER.match(before)
    }
    required = Counter(_stem(w) for w in _content(words) if _stem(w) not in optional)
    if not required and not _numbers(form):
        return None  # every word is shown already: the ordinary comparison decides
    given = Counter(_stem(w) for w in _content(typed.split()))
    missing = required - given
    extra = given - required - Counter(optional)
    size = sum(required.values())
    if size < LONG_ANSWER:
        # A short answer is a term: its words in their order ("memory trace", not "trace memory").
        in_order = [w for w in map(_stem, typed.split()) if w in required] == [
            w for w in map(_stem, words) if w in required
        ]
        return Verdict.CORRECT if not missing and not extra and in_order else None
    if sum(given.values()) > 2 * size + 2:
        return None  # a list of many words that happens to hold the answer is not an answer
    if not missing:
        return Verdict.CORRECT
    found = size - sum(missing.values())
    mistyped = sum(1 for word in missing.elements() if any(_word_close(g, word) for g in extra))
    return Verdict.CLOSE if 2 * (found + mistyped) > size else None


_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nor",
        "cannot",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "wont",
        "wouldnt",
        "shouldnt",
        "couldnt",
    ]
)


def _negated(text: str) -> bool:
    """Whether a sentence says no: "travels" and "does not travel" never grade as one answer."""
    return sum(word in _NEGATIONS for word in text.split()) % 2 == 1


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _STOPWORDS and not any(c.isdigit() for c in w)]


def _stem(word: str) -> str:
    """Singular and plural (and a verb's -s) as one word: "bodies" -> "body", "travels" -> "travel"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# -- near misses --------------------------------------------------------------------------------


def is_close(typed: str, form: str) -> bool:
    """A near miss of a normalised answer: typos in its words, a space too many or too few, or every
    content word present in another order. A missing word is never near, nor a different number."""
    if not typed or _numbers(typed) != _numbers(form):
        return False
    typed_words, form_words = typed.split(), form.split()
    stems = [_stem(w) for w in typed_words], [_stem(w) for w in form_words]
    if len(typed_words) == len(form_words) and all(map(_word_close, *stems)):
        return True
    joined_typed, joined_form = "".join(typed_words), "".join(form_words)
    if len(joined_form) >= 3 and edit_distance(joined_typed, joined_form) <= 1:
        return True
    return _has_every_content_word(typed_words, form_words)


def _word_close(typed: str, word: str) -> bool:
    """One edit on a short word, a high similarity ratio on a longer one."""
    if typed == word:
        return True
    if len(word) <= SHORT_WORD:
        return len(word) >= 3 and edit_distance(typed, word) <= 1
    return difflib.SequenceMatcher(None, typed, word, autojunk=False).ratio() >= LONG_RATIO


def _numbers(text: str) -> list[str]:
    return sorted(w for w in text.split() if any(c.isdigit() for c in w))


def _has_every_content_word(typed: list[str], form: list[str]) -> bool:
    content = [w for w in form if w not in _STOPWORDS]
    # A list of many words that happens to contain the answer is not a near miss.
    missing = Counter(content) - Counter(typed)
    return len(content) >= 2 and not missing and len(typed) <= 2 * len(form) + 2


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of neighbours (optimal string alignment)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[-1]


# -- showing the difference ----------------------------------------------------------------------


def _diff(given: str, expected: str) -> tuple[tuple[Change, str], ...]:
    """The learner's answer against the expected one, character by character, ignoring case."""
    matcher = difflib.SequenceMatcher(None, _fold(given), _fold(expected), autojunk=False)
    segments: list[tuple[Change, str]] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            segments.append((Change.SAME, expected[b1:b2]))
            continue
        if a2 > a1:
            segments.append((Change.EXTRA, given[a1:a2]))
        if b2 > b1:
            segments.append((Change.MISSING, expected[b1:b2]))
    return tuple(segments)


def _fold(text: str) -> str:
    """Lower case that keeps every character at its place, so diff positions map back."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)
