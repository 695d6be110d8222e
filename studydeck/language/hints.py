"""Hints a prompt gives to an answer it does not show: a name it shares a word or a stem with
('Nixon' for 'Nixon shock', 'Pliny' for 'Plinian'), or an acronym and its expansion ('monosodium
glutamate' for 'MSG', 'VEI' for 'Volcanic Explosivity Index').

Card making avoids such keys and lint flags them as give-aways: one function serves both. Lint also
reads a card's own prompt more closely (`in_own_prompt`): what another card shows in passing is no
hint there, but its own prompt showing the answer's noun or another form of its word is.
"""

from __future__ import annotations

import functools
import os.path
import re

from . import words
from .closed import NUMBER_VALUES, ORDINAL_VALUES
from .lexicon import lookup

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-])*")  # letters of any alphabet: "Méchain", not "M" and "chain"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}s?$")
# a run of words whose capital letters, some words carrying two, spell a word: "SOund Navigation And Ranging"
_CAPITALS_SPELL = re.compile(r"\b[A-Z]{1,3}[a-z]*(?:\s+[A-Z]{1,3}[a-z]*){2,7}\b")
_MIXED_ACRONYM = re.compile(r"^(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,5}$")  # "LiDAR", "SoC"
_SPACED_ACRONYM = re.compile(r"^(?:(?:[A-Z][-.]){1,5}[A-Z]|[A-Z]{2,5}-[A-Z])\.?$")  # "C-S-H", "ACE-V" (not "L-DOPA")
RARE_NAME_ZIPF = 4.0  # 'Nixon' or 'Elo' hint at a name; 'National' or 'Park' do not
MIN_PREFIX = 4


def hint(answer: str, prompt: str) -> str:
    """The prompt's words that point at the answer, or ''."""
    return (
        _regnal_hint(answer, prompt)
        or _name_hint(answer, prompt)
        or _acronym_hint(answer, prompt)
        or _blend_hint(answer, prompt)
        or _stem_hint(answer, prompt)
        or _root_hint(answer, prompt)
        or _half_hint(answer, prompt)
        or _people_hint(answer, prompt)
    )


def _people_hint(answer: str, prompt: str) -> str:
    """The name of a place's people or its adjective, which shows the place: "[Rome]" beside "the
    Romans", "[Sicily]" beside "Sicilian", "[China]" beside "Chinese"; ''."""
    place = answer.strip()
    if not re.fullmatch(r"[A-Z][a-z]{3,}", place):
        return ""
    base = place.rstrip("aeiouy")
    found = re.search(rf"\b{base}(?:[aei]?ans?|ese|ish|ic)\b", prompt)
    return found.group() if found else ""


def in_own_prompt(answer: str, prompt: str) -> str:
    """The words of a card's own prompt that leave little of its answer to recall, or ''."""
    hints = (
        _head_hint, _derived_hint, _paired_hint, _surname_hint, _eponym_hint, _letter_hint, _adjective_hint,
        _etymology_hint, _abbreviation_hint, _name_word_hint, _multiple_hint, _ordinal_hint, _spelling_hint,
    )  # fmt: skip
    found = (f(answer, prompt) for f in hints)
    return next((hint for hint in found if hint), "")


# a blank in brackets right after the words it may shorten: "Sonic hedgehog ([...])"
_ABBREVIATED = re.compile(r"((?:[A-Za-z][\w'-]*\s+){0,4}[A-Za-z][\w'-]*)\s*\(\[\.\.\.\]\)")


def _abbreviation_hint(answer: str, prompt: str) -> str:
    """The words an answer in brackets abbreviates, its letters theirs in order from a word's first:
    "Sonic hedgehog ([Shh])", "Bureau of Meteorology ([BoM])"; ''. A formula with digits is not read."""
    short = answer.strip()
    m = _ABBREVIATED.search(prompt) if re.fullmatch(r"[A-Za-z]{2,6}", short) else None
    if m is None:
        return ""
    before = m.group(1).split()
    for start in reversed(range(len(before))):
        phrase = " ".join(before[start:])
        if phrase[0].lower() == short[0].lower() and _in_order(short.lower(), phrase.lower()):
            return phrase
    return ""


def _in_order(letters: str, text: str) -> bool:
    rest = iter(text)
    return all(c in rest for c in letters)


_WORD_ORIGIN = re.compile(r"\b(?:(?:comes?|came|derives?|derived)\s+from|(?:goes|go|went|traces?)\s+back\s+to)\b", re.I)
ORIGIN_PREFIX = 4  # letters a word and its source share from their start: "salary" and "salarium"


def _etymology_hint(answer: str, prompt: str) -> str:
    """A word and its foreign source, one shown and one asked: "The word salary comes from the [Latin
    salarium]", or "The word [salary] comes from the Latin salarium"."""
    if not _WORD_ORIGIN.search(prompt):
        return ""
    asked = [w.lower() for w in _WORD.findall(answer) if len(w) > ORIGIN_PREFIX]
    # "the Latin word calculus", shown or asked
    named = {m.group(1).lower() for m in _FOREIGN_WORD.finditer(prompt + " | " + answer)}
    for shown in _tokens(prompt):
        low = shown.lower()
        for word in asked:
            kin = len(low) > ORIGIN_PREFIX and low[:ORIGIN_PREFIX] == word[:ORIGIN_PREFIX] and low != word
            # one of the two is the foreign source: a word the table lacks, or one the prompt calls foreign
            if kin and (not (words.known(low) and words.known(word)) or low in named or word in named):
                return shown
    return ""


_FOREIGN_WORD = re.compile(
    r"\b(?:Latin|Greek|French|German|Italian|Spanish|Dutch|Arabic|Persian|Sanskrit|Norse|Old English)\s+"
    r"(?:word|term|noun|verb|root)?\s*([A-Za-z]+)"
)


def _surname_hint(answer: str, prompt: str) -> str:
    """A person's surname the prompt shows in another name, however common: "[Edward Lloyd]" beside
    "Lloyd's of London"."""
    pair = answer.split(" and ")
    if len(pair) == 2:  # "[Jack Phillips and Harold Bride]" beside "Bride survived, Phillips did not"
        both = [_surname_hint(one, prompt) for one in pair]
        return " ... ".join(both) if all(both) else ""
    names = answer.split()
    of = answer.split(" of ", 1)
    short = len(of) == 2 and of[0][:1].isupper() and of[1][:1].isupper()
    if short:
        names = of[0].split()  # "[Tower of London]" beside "saved the Tower": the name's head is its short form
    elif len(names) < 2:
        return ""
    if not all(n[:1].isupper() for n in names):
        return ""
    surname = names[-1]
    shown = re.search(rf"\b{'the ' if short else ''}{re.escape(surname)}(?:['\u2019]s)?\b", prompt)
    return shown.group() if shown else ""


_EPONYM = re.compile(r"([A-Z][a-z]+)(?:['\u2019]s)?(?: [a-z]+)+")


def _eponym_hint(answer: str, prompt: str) -> str:
    """A thing named after a person, asked beside the person's full name, however common the name:
    "[Christmas disease]" beside "the patient Stephen Christmas"."""
    m = _EPONYM.fullmatch(answer.strip())
    names = re.finditer(rf"\b([A-Z][a-z]*)\.? {m.group(1)}\b", prompt) if m else ()
    # a first name or an initial before it, not a word opening a sentence ("The Copyright Act")
    return next((n.group() for n in names if not words.is_stopword(n.group(1))), "")


# a capital letter that modifies the word after it: "X chromosome", "X-linked", "T cells"; not an
# initial ("J. R. Smith"), a unit ("100 °C"), nor one of a spelled run ("G-C-E-A")
_LETTER = re.compile(r"(?<![\w'\u2019.\u00b0-])(?<!\d )[B-HJ-Z](?=[ -][a-z])")


def _letter_hint(answer: str, prompt: str) -> str:
    """A letter that names the answer's thing, shown in its own prompt: "[X chromosome]" beside
    "X-linked", "[X-linked]" beside "the X chromosome"."""
    shown = {m.group() for m in _LETTER.finditer(prompt)}
    return next((m.group() for m in _LETTER.finditer(answer) if m.group() in shown), "")


# a noun and the Latin adjective English uses for it: "the [Moon]" under "Lunar distance method"
_ADJECTIVE_OF = {
    "moon": "lunar", "sun": "solar", "star": "stellar", "earth": "terrestrial", "sea": "marine", "heart": "cardiac",
    "kidney": "renal", "liver": "hepatic", "tooth": "dental", "teeth": "dental", "eye": "ocular", "nose": "nasal",
    "brain": "cerebral", "lung": "pulmonary", "lungs": "pulmonary", "skin": "dermal", "bone": "osseous",
}  # fmt: skip


def _name_word_hint(answer: str, prompt: str) -> str:
    """The word that sets a name apart, shown by its own prompt in any case: the first word of a thing's
    name when it is a name itself or a rare noun ("[Lewis chessmen]" beside "the Isle of Lewis",
    "[Umbrella Movement]" beside "used umbrellas"), or a person's surname ("[Sarah Gamp]" beside "a
    'gamp'"). Not "[Great Vowel Shift]" beside "vowels", a word inside the name, nor "[Saddle height]"
    opening its prompt, a capital that only starts the sentence."""
    named = [re.sub(r"['\u2019]s?$", "", w) for w in _WORD.findall(answer)]
    if len(named) < 2 or not named[0][:1].isupper() or prompt.startswith("[...]") and not named[1][:1].isupper():
        return ""
    if words.epithet(answer):
        return ""  # "[Phytophthora infestans]" beside "Phytophthora ramorum": the epithet is what is recalled
    person = all(w[:1].isupper() for w in named) and lookup(named[0].lower())[:1] == ("PROPN",)
    word = named[-1] if person else named[0]
    proper = lookup(word.lower())[:1] == ("PROPN",) or not lookup(word.lower())
    if _ACRONYM.match(word) or not proper and words.zipf(word) >= RARE_NAME_ZIPF:
        return ""
    for shown in _tokens(prompt):
        same = _same_name(word.lower(), shown.lower()) if proper else words.stem(word) == words.stem(shown)
        if same:
            return shown
    return ""


def _multiple_hint(answer: str, prompt: str) -> str:
    """A count and the multiple that says it, one in the answer and one in its own prompt: "[triple
    harp]" beside "three rows of strings", "[three rows]" beside "its own triple harp"."""
    # a multiple as a verb shows no count: "nearly double their body weight in [about two weeks]"
    said = {w.lower() for w in _tokens(prompt)} - {m.group(1).lower() for m in _MULTIPLE_AS_VERB.finditer(prompt)}
    for word in re.split(r"[\s-]+", answer.lower()):
        count = _MULTIPLES.get(word)
        shown = {count} if count else {multiple for multiple, number in _MULTIPLES.items() if number == word}
        found = sorted(shown & said)
        if found:
            return found[0]
    return ""


_MULTIPLE_AS_VERB = re.compile(r"\b(double|triple|treble|quadruple)\s+(?:their|its|his|her|the|a|an|in|by|every)\b", re.I)
_MULTIPLES = {"double": "two", "twin": "two", "dual": "two", "triple": "three", "treble": "three", "quadruple": "four"}


def _ordinal_hint(answer: str, prompt: str) -> str:
    """The count of a series whose next member the answer is: "[a third]" after "three waves" or after
    "Two branchial hearts ... and", "[a second]" after "one ... and"."""
    m = re.fullmatch(r"(?:an?|the)\s+(second|third|fourth|fifth)(?:\s+one)?", answer.strip().lower())
    if m is None:
        return ""
    said = {w.lower() for w in _tokens(prompt)}
    found = sorted(said & set(_ORDINAL_COUNTS[m.group(1)]))
    return found[0] if found else ""


# the counts that make an ordinal the next of a series: "three waves ... [a third]", "two hearts ... [a third]"
_NUMBER_WORD = {n: w for w, n in NUMBER_VALUES.items()}
_ORDINAL_WORD = {n: w for w, n in ORDINAL_VALUES.items()}
_ORDINAL_COUNTS = {_ORDINAL_WORD[n]: (_NUMBER_WORD[n - 1], _NUMBER_WORD[n], _ORDINAL_WORD[n - 1]) for n in range(2, 6)}


def _adjective_hint(answer: str, prompt: str) -> str:
    """The adjective of the answer's noun shown in its own prompt: '[Moon]' beside 'Lunar'."""
    said = {w.lower() for w in _tokens(prompt)}
    for word in _tokens(answer):
        adjective = _ADJECTIVE_OF.get(word.lower(), "")
        if adjective in said:
            return adjective
    return ""


def _paired_hint(answer: str, prompt: str) -> str:
    """The other half of a pair that shares the answer's noun: '"[...]" and "lower case"' leaves only
    "upper" to recall, and the contrast gives it; so do the halves of two parallel phrases ('a "[...]"
    for the staff and a "silver roll" for the labourers')."""
    content = words.content(answer)
    if len(content) != 2 or answer != answer.lower():
        return ""
    if content[-1].lower() not in prompt.lower():
        return ""
    head = re.escape(content[-1])
    between = r"(?:\s+[a-z][\w'-]*){0,6}?,?"  # the rest of the first of two parallel phrases: " for white staff"
    article = r"(?:(?:an?|the|as|to|for|in|on|at)\s+){0,2}"  # "and as a \"winter bed\""
    pair = (
        rf"\[\.\.\.\]\W*{between}\s+(?:and|or)\s+{article}\W*(\w+\s+{head})\b"
        rf"|\b(\w+\s+{head})\W*{between}\s+(?:and|or)\s+{article}\W*\[\.\.\.\]"
    )
    m = re.search(pair, prompt, re.I)
    return (m.group(1) or m.group(2)) if m else ""


MIN_SPELLED = 6  # shorter words one letter apart are often different words ("later", "latter")
_SCALES = words.wordset("million billion trillion")  # "4.5 [million]" and "2.25 billion" are two numbers


def _spelling_hint(answer: str, prompt: str) -> str:
    """A word of the prompt that spells a word of the answer with one letter added, dropped or changed
    before its last two ("glass armonica" for "glass [harmonica]"), or a name with a hyphen ("Eve-rest"
    for "[Everest]"); not another ending of one word ("copies", "copied"), nor another number."""
    for word in (w for w in words.content(answer) if len(w) >= MIN_SPELLED and w.isalpha()):
        for token in _tokens(prompt):
            if len(token) < MIN_SPELLED or token.lower() in _SCALES:
                continue
            # two names one letter apart are two people ("Harold", "Harald"); a name said with a hyphen is one
            spelled = token.isalpha() and _respelled(word.lower(), token.lower())
            said = token.replace("-", "") == word if word[:1].isupper() else spelled
            if said and token != word:
                return token
    return ""


def _respelled(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed, before the last two of the shorter, turns `a` into `b`."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    rest_a, rest_b = a[i + (len(a) >= len(b)) :], b[i + (len(b) >= len(a)) :]
    return rest_a == rest_b and i < min(len(a), len(b)) - 2


def _derived_hint(answer: str, prompt: str) -> str:
    """A one-word answer its own prompt shows in another form: a longer word made from it ("Penicillium
    roqueforti" for "Roquefort", "backgammon" for "gammon"), a word it is made from ("at the birth of" for
    "childbirth", "a master" for "masterpiece"), or a
    word of the same root ("slower" for "slowness", "Diesel-electric" for "diesels")."""
    content = words.content(answer)
    if len(content) != 1 or len(content[0]) < MIN_DERIVED:
        return ""
    word = content[0].lower()
    for token in _tokens(prompt):
        for part in re.split(r"[-\u2011]", token.lower()):
            if part == word or len(part) < MIN_DERIVED:
                continue
            # "childbirth" is "child" and "birth"; "subcortical" is no word of its own before "cortical";
            # "masterpiece" is "master" and "piece"
            compound = word.endswith(part) and words.known(word[: -len(part)]) and len(word) - len(part) >= 4
            compound = compound or word.startswith(part) and words.zipf(word[len(part) :]) >= COMMON_HALF and len(word) - len(part) >= 4
            # "Brevibacterium" for "[bacterium]": a longer name that ends on the answer
            suffixed = part.endswith(word) and len(word) >= MIN_SUFFIXED
            # "backgammon" for "[gammon]": a known word, then the answer
            suffixed = suffixed or part.endswith(word) and len(part) - len(word) >= 3 and words.known(part[: -len(word)])
            if part.startswith(word) or compound or suffixed or _root(part) == _root(word):
                return token
    return ""


MIN_DERIVED = 5
COMMON_HALF = 4.0  # "piece" of "masterpiece"; not "gris" of "ambergris", which "amber" does not give away
MIN_SUFFIXED = 7  # "bacterium" in "Brevibacterium"; not "rose" in "primrose"


def _root(word: str) -> str:
    return re.sub(r"(?:ness|ers|er|est|ly|ing|ed|es|s)$", "", word)


def _head_hint(answer: str, prompt: str) -> str:
    """The answer's noun shown in its own prompt, with only adjectives left to recall: '[heavy pier]'
    beside 'between the piers'. (Another card showing the noun is no hint: 'kelp' is said often.)"""
    content = words.content(answer)
    plain = answer[:1].lower() + answer[1:]  # "[First crack]" opening its sentence beside "second crack"
    if len(content) < 2 or plain != plain.lower() or any(words.is_number(w) for w in content):
        return ""
    head, modifiers = content[-1], [w.lower() for w in content[:-1]]
    if words.zipf(head) >= STEM_ZIPF or any(lookup(w)[:1] != ("ADJ",) for w in modifiers):
        return ""
    return next((w for w in _tokens(prompt) if words.stem(w) == words.stem(head)), "")


def _half_hint(answer: str, prompt: str) -> str:
    """One half of a pair answer shown whole in the prompt: 'traps [caesium and thallium]' beside
    'radioactive caesium' leaves the learner one word to recall."""
    halves = re.split(r"\s+(?:and|or)\s+", answer.strip())
    if len(halves) != 2 or answer != answer.lower():
        return ""  # not a pair, or a name ("Wobbles and Shadows", a book)
    shown = {words.stem(w) for w in _tokens(prompt)}
    for half in halves:
        stems = {words.stem(w) for w in words.content(half)}
        if stems and stems <= shown and all(words.zipf(w) < STEM_ZIPF for w in words.content(half)):
            return half
    return ""


MIN_STEM = 5
STEM_ZIPF = 4.5  # "deposit" (4.3) hints at "depositors"; "water" (5.7) at "watershed" is too common to tell


@functools.lru_cache(maxsize=4096)
def _stems_shown(prompt: str) -> frozenset[str]:
    """The prompt's fairly rare words, which a compound may start with (cached: a card's text is
    asked about again for every candidate answer)."""
    rare = [w.lower() for w in _tokens(prompt) if len(w) >= MIN_STEM and words.zipf(w) < STEM_ZIPF]
    # a plural's stem too: 'sparks' hints at 'sparklers'
    plurals = [w[:-1] for w in rare if w.endswith("s") and not w.endswith("ss")]
    return frozenset(rare + [p for p in plurals if len(p) >= MIN_STEM])


SHARED_ROOT = 8  # letters two rare words share from their start: "Penicillium" and "penicillin", not "deposit(ors)"
ROOT_ZIPF = 3.5


SHARED_RARE_ROOT = 6  # letters two words too rare for the word table share: "botulism" and "botulinum"
RAREST_ZIPF = 2.0


def _root_hint(answer: str, prompt: str) -> str:
    """A rare word of the prompt made from the same root as a rare answer word: "penicillin" beside
    "[Penicillium mould]", or the other way round; of two of the rarest words, a shorter root will
    do ("botulism" beside "[botulinum toxin]")."""
    rare = [w.lower() for w in _WORD.findall(answer) if len(w) >= SHARED_RARE_ROOT and words.zipf(w) < ROOT_ZIPF]
    if not rare:
        return ""  # most answers: every candidate key of every sentence is asked this
    for shown in _tokens(prompt):
        low = shown.lower()
        if len(low) < SHARED_RARE_ROOT or words.zipf(low) >= ROOT_ZIPF:
            continue
        for w in rare:
            root = SHARED_RARE_ROOT if max(words.zipf(w), words.zipf(low)) < RAREST_ZIPF else SHARED_ROOT
            shared = os.path.commonprefix([w, low])
            # "chlorophenols" and "chloroanisoles" share a combining form ("chloro-"), not a root
            combining = len(shared) < SHARED_ROOT and shared.endswith("o")
            if len(shared) >= root and not combining and words.stem(w) != words.stem(low):
                return shown
    return ""


def _stem_hint(answer: str, prompt: str) -> str:
    """A rare word of the prompt that an answer word starts with: 'polio' for 'poliovirus'."""
    shown = _stems_shown(prompt)
    for word in _WORD.findall(answer):
        low = word.lower()
        # a compound, not an inflection: 'poliovirus' from 'polio', not 'urchins' from 'urchin'
        found = next((w for w in shown if low.startswith(w) and len(low) >= len(w) + 3 and words.stem(low) != words.stem(w)), "")
        if found:
            return found
    return ""


def _blend_hint(answer: str, prompt: str) -> str:
    """A one-word blend and the words it is made of, one in the answer and one in the prompt: 'maglev'
    and 'magnetic levitation'."""
    word = answer.strip(" \"'.,()").lower()
    if re.fullmatch(r"[a-z]{5,}", word):
        return _blended_from(word, _lowered(prompt))
    parts = _lowered(answer)
    if len(parts) < 2:
        return ""
    openings = {p[:2] for p in parts}
    shown = [t for t in _tokens(prompt) if t[:2] in openings and re.fullmatch(r"[a-z]{5,}", t)]
    return next((t for t in shown if _blended_from(t, parts)), "")


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    """The words of a text (cached: a card's text is asked about for every candidate answer)."""
    return tuple(_WORD.findall(text))


@functools.lru_cache(maxsize=4096)
def _lowered(text: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _tokens(text))


def _blended_from(word: str, tokens: tuple[str, ...]) -> str:
    for start in range(len(tokens) - 1):
        if tokens[start][:2] != word[:2]:
            continue  # a blend opens on the first two letters of its first word
        for end in (start + 2, start + 3):
            if end <= len(tokens) and _blends(word, list(tokens[start:end])):
                return " ".join(tokens[start:end])
    return ""


def _blends(word: str, run: list[str]) -> bool:
    """The word is a start of at least two letters of each word of the run, in order."""
    if not run:
        return not word
    head = run[0]
    return any(word.startswith(head[:n]) and _blends(word[n:], run[1:]) for n in range(2, len(head) + 1)) if word else False


def _name_hint(answer: str, prompt: str) -> str:
    # "super-Earths" shows "Earth": the parts of a hyphenated word count
    shown = [part.strip("'\u2019") for w in _tokens(prompt) for part in w.split("-") if part]
    species = words.epithet(answer)
    if species and species not in prompt:
        return ""  # "[Penicillium notatum]" beside "Penicillium rubens": the species is its unshown epithet
    for word in _WORD.findall(answer):
        word = re.sub(r"['\u2019]s?$", "", word)
        if not word[:1].isupper() or _ACRONYM.match(word) or words.zipf(word) >= RARE_NAME_ZIPF:
            continue
        for other in shown:
            if other[:1].isupper() and _same_name(word.lower(), re.sub(r"['\u2019]s?$", "", other).lower()):
                return other
    return ""


_REGNAL = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+)\s+(?:[IVX]{1,4})")


def _regnal_hint(answer: str, prompt: str) -> str:
    """A ruler's name and numeral whose name the prompt shows: "Tsarevich Nicholas, the future [Nicholas
    II]" leaves only a number to guess, however common the name."""
    m = _REGNAL.fullmatch(answer.strip())
    shown = m is not None and re.search(rf"\b{re.escape(m.group('name'))}\b", prompt) is not None
    return m.group("name") if m and shown else ""


def _same_name(a: str, b: str) -> bool:
    """'nixon' and 'nixon', 'pliny' and 'plinian', 'kepler' and 'keplerian': one name, maybe derived."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    common = len(os.path.commonprefix([a, b]))
    return common >= MIN_PREFIX and common >= shorter - 1


MIN_SMALL_WORD_ACRONYM = 4  # letters of an acronym whose small words count: shorter ones match words by chance
_OWNER_OR_NUMBER = re.compile(r"['\u2019]s$|-\d+$")


def _letters_listed(word: str, prompt: str) -> str:
    """The letters of an acronym listed one by one in the prompt: "ABO" from "the A, B and O groups"."""
    letters = [re.escape(c) for c in word if c.isupper()]
    if not 2 <= len(letters) <= 5:
        return ""
    found = re.search(r"\b" + r",?\s+(?:and\s+|or\s+)?".join(letters) + r"\b", prompt)
    return found.group() if found else ""


def _acronym_hint(answer: str, prompt: str) -> str:
    """An acronym answer spelled out in the prompt, or an expansion whose acronym the prompt shows."""
    stripped = answer.strip(" \"'.,()")
    for word in [stripped, *_WORD.findall(answer)]:  # "JPL" in "NASA's JPL"
        word = _OWNER_OR_NUMBER.sub("", word)  # "NASA's", "LGM-1": the letters the words spell
        if _SPACED_ACRONYM.match(word):
            word = re.sub(r"[-.]", "", word)  # "C-S-H" for "calcium silicate hydrate"
        if _ACRONYM.match(word):
            spelled = _spelled_out(word.rstrip("s"), prompt) or _letters_listed(word, prompt)
            # "ALARA" from "as low as reasonably achievable": small words carry letters too, in a long one
            spelled = spelled or (_initials_spell(word.lower(), prompt) if len(word) >= MIN_SMALL_WORD_ACRONYM else "")
            if spelled:
                return spelled
    capitals = "".join(c for c in stripped if c.isupper())
    if _MIXED_ACRONYM.match(stripped) and len(capitals) >= 3:  # not "McCoy"
        run = _initials_spell(capitals.lower(), prompt)  # "LiDAR" from "light detection and ranging"
        if run:
            return run
    if re.fullmatch(r"[a-z]{3,8}", stripped):
        capitals = _CAPITALS_SPELL.search(prompt)  # "RAdio Detection And Ranging" spells "radar"
        while capitals:
            if "".join(c for c in capitals.group() if c.isupper()).lower() == stripped:
                return capitals.group()
            capitals = _CAPITALS_SPELL.search(prompt, capitals.start() + 1)
    # "Institute of America"; "Hewlett-Packard", whose "HP-35" the prompt shows, by the parts of its words
    expansion = [part.lower() for w in _WORD.findall(answer) if not words.is_stopword(w) for part in w.split("-") if part]
    if len(expansion) >= 2:
        for token in _tokens(prompt):
            token = token.rstrip("-")  # "LGM-1" shown (its "LGM-") spells "Little Green Men" too
            letters = re.sub(r"[-.]", "", token) if _SPACED_ACRONYM.match(token) else token
            if _ACRONYM.match(letters) and _spells(letters.rstrip("s").lower(), expansion):
                return token
    return ""


def _initials_spell(letters: str, prompt: str) -> str:
    """Consecutive prompt words, small ones included, whose first letters spell `letters`."""
    tokens = _tokens(prompt)
    for start in range(len(tokens) - len(letters) + 1):
        run = tokens[start : start + len(letters)]
        if "".join(t[0].lower() for t in run) == letters:
            return " ".join(run)
    return ""


@functools.lru_cache(maxsize=4096)
def _spelled_out(acronym: str, prompt: str) -> str:
    """Consecutive prompt words that spell the acronym, small words between them skipped: 'monosodium
    glutamate' for 'MSG', 'Convention on International Trade in Endangered Species' for 'CITES',
    'cloud-to-ground' for 'CG'."""
    tokens = [part for t in _tokens(prompt) for part in t.split("-") if part]
    letters = acronym.lower()
    runs = [
        (start, end)
        for start in range(len(tokens))
        if tokens[start][:1].lower() == letters[:1] and not words.is_stopword(tokens[start])
        for end in range(start + 2, min(start + 2 * len(letters), len(tokens)) + 1)
        if not words.is_stopword(tokens[end - 1])
    ]

    def content(start: int, end: int) -> list[str]:
        return [t.lower() for t in tokens[start:end] if not words.is_stopword(t)]

    # the words' initials first ('cation exchange capacity'), then letters further in ('monosodium glutamate')
    found = next((r for r in runs if "".join(w[0] for w in content(*r)) == letters), None)
    found = found or next((r for r in runs if _spells(letters, content(*r))), None)
    return " ".join(tokens[found[0] : found[1]]) if found else ""


def _spells(letters: str, run: list[str]) -> bool:
    """The letters start the run's first word, end in its last word's initial or later, and follow
    each other through the words: 'vei' in 'volcanic explosivity index', 'msg' in 'monosodium glutamate'."""
    if len(run) < 2 or any(words.is_stopword(w) for w in run) or not run[0].startswith(letters[0]) or run[-1][0] not in letters[1:]:
        return False
    if letters.index(run[-1][0], 1) < len(run) - 1:
        return False  # fewer letters before the last word's initial than words before it
    joined, at = "".join(run), 0
    for letter in letters:
        at = joined.find(letter, at)
        if at < 0:
            return False
        at += 1
    initials = "".join(w[0] for w in run)
    return all(i in letters for i in initials)
