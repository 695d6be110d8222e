"""Cloze keys: a sentence and its fact spans -> the one phrase per fact to blank.

Candidates are whole phrases (phrases.py): a term the notes define or mark, a quantity with its
unit, a name, a noun phrase. Salience decides between them: what the fact is about (the term it
defines, the quantity of its claim, the named thing) beats what is incidental (a date beside a
quantity, an operand, the same value in another unit, one item of a list). A key must leave enough
context visible, must not show elsewhere in the note, and must be short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ..language import hints, tags, words
from ..language.closed import NUMBER_VALUES
from ..language.lexicon import lookup
from ..lint.quantities import find_quantities, is_unit_only, month_shown, rounding_of, same_amount
from ..lint.spans import (
    EPONYM_NEXT,
    HEDGE,
    PARTICLES,
    PRAISE,
    QUOTE_AFTER_ARTICLE,
    WORD_AFTER_QUOTE,
    Blank,
    ends_leading_in,
    is_unit,
    is_year,
    unit_dimension,
)
from . import phrases
from .phrases import Kind, Phrase

MIN_CONTEXT = 6
MAX_ANSWER_WORDS = 6
MAX_ANSWER_CONTENT = 4
MAX_KEYS = 3
MIN_SCORE = 50.0
MARKED_BONUS = 30.0  # a term the notes set in bold ranks with a glossary's term
ANCHOR_YEAR_SPREAD = 4  # takeaways and quotes that give a year for it to be the one the episode is about
ANCHOR_YEAR_PENALTY = 30.0  # below a weak key: the learner knows the year from the episode itself
MIN_FACT_WORDS = 2  # content words a fact needs besides its subject for the subject to be asked
FURTHER_KEY_SCORE = 80.0  # a second quantity or name of one fact: not one that only sets the scene
FURTHER_KINDS = (Kind.NAME, Kind.DEFINED, Kind.QUOTED)
DOUBTFUL_SCORE = 40.0  # a key below MIN_SCORE but above this is written, marked for the curator

# What each kind of phrase is worth as a blank, before its own merits.
BASE_SCORE = {
    Kind.DEFINED: 100.0,
    Kind.QUOTED: 92.0,
    Kind.QUANTITY: 90.0,
    Kind.NAME: 70.0,
    Kind.DATE: 50.0,
    Kind.TERM: 40.0,
}


@dataclass(frozen=True)
class Key:
    start: int
    end: int
    kind: Kind
    score: float

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Context:
    """What the episode as a whole says about words: whose names they are, how often they come up."""

    people: frozenset[str] = frozenset()  # lower-case name parts of the host, guests, speakers, podcast
    spread: dict[str, int] = field(default_factory=dict)  # stem -> how many takeaways and quotes use it
    given: frozenset[str] = frozenset()  # stems the takeaway has already shown: old news, not the point
    marked: frozenset[str] = frozenset()  # what the takeaway sets in bold, in lower case: what its notes mark as worth knowing

    @classmethod
    def of(cls, names: Iterable[str], items: Iterable[str]) -> Context:
        people = frozenset(p.lower() for n in names for p in re.findall(r"[A-Za-z][\w-]+", n) if len(p) > 2)
        spread: dict[str, int] = {}
        for item in items:
            for s in words.stems(item):
                spread[s] = spread.get(s, 0) + 1
        return cls(people, spread)

    def is_person(self, token: str) -> bool:
        # a function word is a name only with its capital: "per" in "2 milliseconds per century" is no
        # "Dr. Per Halvorsen", nor "the" the podcast "The Keeper's Log"
        word = re.sub(r"'s$", "", token.lower())
        return word in self.people and (token[:1].isupper() or not words.is_stopword(word))

    def penalty(self, answer: str) -> float:
        """A term the whole episode keeps using fits many blanks; a term is as specific as its most specific word."""
        stems = words.stems(answer)
        spread = min((self.spread.get(s, 0) for s in stems), default=0)
        old_news = 12.0 if stems and stems <= self.given else 0.0  # "Baking powder packages [the bicarbonate]"
        return 6.0 * max(0, spread - 3) + old_news


def choose(
    text: str,
    facts: Iterable[tuple[int, int]],
    ctx: Context,
    max_keys: int = MAX_KEYS,
    min_score: float = MIN_SCORE,
    avoid: Callable[[str], bool] | None = None,
) -> list[Key]:
    """The best key of each fact span, at most `max_keys`, none showing another's answer, none that
    `avoid` says an earlier card shows."""
    facts = list(facts)
    aside = _subject_aside(text)
    ranked = [k for k in candidates(text, ctx, min_score) if avoid is None or not avoid(k.text_in(text))]
    chosen: list[Key] = []
    for start, end in facts:
        gloss = _gloss(text, start, chosen)
        described, term = _names_what_was_described(text, start, chosen, ranked)
        if described is not None and term is not None:
            # "lifting a flap inside the flower, the [rostellum]": the term is asked, not its description
            chosen[chosen.index(described)] = term
            continue
        # What a fact states comes late in it: the object, the complement, the value.
        inside = sorted(
            (k for k in ranked if start <= k.start and k.end <= end and k.start != gloss),
            key=lambda k: (-(k.score + _place(text, k, start, end)), k.start),
        )
        for key in inside:
            subject = key.kind in (Kind.TERM, Kind.NAME) and _is_subject(text, key, start)
            pair = " and " in key.text_in(text)  # "[Shade and insulation] keep the colony working"
            others = len({(k.start, k.end) for k in inside}) > 1
            # ... nor who reports the fact that follows ("[Satellites] show | that lightning...")
            reports = _reports(text, key)
            # ... nor the subject of a fact too short to define it ("[older kimchi] was pale"), or of
            # one that states a list ("[Migrants] steer by three compasses: the sun, the stars and ...")
            said = len(words.content(text[start : key.start] + " " + text[key.end : end])) >= MIN_FACT_WORDS
            listed = phrases.LIST_AHEAD.search(text, key.end, end) is not None
            halves = key.text_in(text).split(" and ")
            # "[Snorkelers and divers] should keep...": a pair of people named by trade
            trade = pair and all(_TRADE.search(h) for h in halves)
            alone = not others and not reports and said and not listed and not _AGENT.search(key.text_in(text))
            termlike = key.kind is Kind.TERM or not _named(text, key)  # "Sundials fail at night"
            # "The [fundamental theorem of arithmetic] says ...": a named law is what its fact is about
            subject = subject and not phrases.named_law(key.text_in(text))
            if subject and (trade or termlike and not pair and not alone or others):
                continue  # "[Ecologists] still argue ...": what a fact is about is shown, not asked
            if subject and key.kind is Kind.TERM and _described(text, key):
                continue  # "A [strong summer colony] has one queen": a description, no term to recall
            if key.kind is Kind.TERM and _named_right_after(text, key, ranked):
                continue  # "A [tiny endemic crustacean], the copepod Epischura baikalensis,": the name is asked
            if _framing(text, key, start, end):
                continue  # "By the outbreak of war in [1939], ...": when the fact after it holds
            if _in_aside(aside, key, end) and any(not _in_aside(aside, k, end) for k in inside):
                continue  # "Roland de Vaux, who dug at [Qumran] from 1951 to 1956, tied the site to the Essenes"
            if len(chosen) < max_keys and fits(text, key, chosen):
                chosen.append(key)
                break
    # "stop eating below 10 °C and die above 35 °C", "[Gertrude Ederle] swam ... in [14 hours]": each
    # quantity of a fact, and each name beyond doubt, is a fact of its own
    for key in ranked:
        further = key.kind is Kind.QUANTITY or key.kind in FURTHER_KINDS and min_score >= MIN_SCORE and _named(text, key)
        if further and (key.score >= FURTHER_KEY_SCORE or _doer(text, key)) and len(chosen) < max_keys:
            inside = [(start, end) for start, end in facts if start <= key.start and key.end <= end]
            # a name or a date in an aside about the subject is no fact of its own; a quantity there is one
            in_aside = key.kind is not Kind.QUANTITY and any(_in_aside(aside, key, end) for _start, end in inside)
            framing = in_aside or any(_framing(text, key, start, end) for start, end in inside)
            if inside and not framing and key not in chosen and fits(text, key, chosen):
                chosen.append(key)
    if min_score >= MIN_SCORE:
        chosen += _term_subjects(text, facts, ranked, chosen, max_keys)
    return sorted((k for k in chosen if not _in_scope(text, k, chosen)), key=lambda k: k.start)


def _reports(text: str, key: Key) -> bool:
    """The key says where the fact after it comes from: "[Satellites] show that ...", "[Re-analysis]
    soon showed most of that DNA was ..."."""
    return re.match(r"\s+\w+\s+that\b", text[key.end :]) is not None or _REPORTED.match(text, key.end) is not None


_REPORTED = re.compile(r"\s+(?:(?:soon|later|also|then|first|quickly|\w+ly)\s+)?(?:showed|shows|revealed|reveals|suggested|suggests|confirmed|confirms|indicated|indicates)\b")


def _term_subjects(text: str, facts: list[tuple[int, int]], ranked: list[Key], chosen: list[Key], max_keys: int) -> list[Key]:
    """The technical subject of a sentence with one claim chosen, asked beside it in the same fact: never
    alone, nor as a third blank."""
    if len(chosen) != 1 or max_keys < 2:
        return []
    (claim,) = chosen
    for start, end in facts:
        if start <= claim.start and claim.end <= end:
            opening = start + _lead(text, start)
            subject = next((k for k in ranked if k.start == opening and k.end <= end and _term_subject(text, k)), None)
            return [subject] if subject is not None and subject != claim and fits(text, subject, chosen) else []
    return []


def _lead(text: str, start: int) -> int:
    """The article that opens a fact, before its subject: "The ", "A "."""
    m = re.match(r"(?:the|a|an)\s+", text[start:], re.I)
    return m.end() if m else 0


def _term_subject(text: str, key: Key) -> bool:
    """A technical term that opens the sentence before its verb: what it does is a fact of its own
    ("The [radial-velocity method] spots the wobble by measuring the [Doppler shift]")."""
    answer = key.text_in(text)
    # not "A [20-minute nap]", nor a kind named after a people or a place: "[European eels] swim ..."
    technical = (len(answer.split()) >= 2 or "-" in answer) and not answer[:1].isdigit()
    technical = technical and lookup(answer.split()[0].lower())[:1] != ("PROPN",)
    # "The", "A" or nothing before it: not "Her [stool samples]", "Many [Pyrex-branded dishes]", "[Google's SRE book]"
    bare = re.fullmatch(r"(?:(?:the|a|an)\s+)?", text[: key.start], re.I) is not None and not _OWNS.search(answer)
    return (
        key.kind is Kind.TERM
        and technical
        and bare
        and rarity(answer) >= TERM_SUBJECT_RARITY
        and _is_subject(text, key, 0)
        and not _AGENT.search(answer)
        and not _described(text, key)
        and not _reports(text, key)  # "[Sonar surveys] show that ...": who reports the fact
        and _acts(text, key)
    )


_STATES = words.wordset("is are was were has have had be been")
_STATE_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_STATES)) + r")\b")


def _acts(text: str, key: Key) -> bool:
    """The subject does what its verb says, which is what it is known for ("Cobalt oxide [gives] a deep
    blue"); not a thing described by 'is' or 'has' ("The rowing regatta is held each June")."""
    after = [(tok.text.lower(), tag) for tok, tag in tags.tag_text(text[key.end :])[:3]]
    verb = next((pair for pair in after if pair[1] != "ADV"), None)
    return verb is not None and verb[1] == "VERB" and verb[0] not in _STATES


TERM_SUBJECT_RARITY = 2.0
_OWNS = re.compile(r"['\u2019]s\b")


def _doer(text: str, key: Key) -> bool:
    """A name of two words or more that opens the sentence before its verb: who did what is a fact of
    its own ("[Edmund Lee] patented the fantail in [1745]"). One word may be a place that only sets the
    scene ("The Netherlands had ...")."""
    answer = key.text_in(text)
    return key.kind is Kind.NAME and " " in answer and _is_subject(text, key, 0) and _named(text, key)


DESCRIBING_ZIPF = 4.0  # "strong", "traditional", "old": an everyday adjective describes; "eclipsing" names a kind


def _described(text: str, key: Key) -> bool:
    """A noun phrase that opens on an everyday adjective ("strong summer colony", "Traditional bindings")
    describes the thing it is about rather than naming a term."""
    first = words.tokens(key.text_in(text))[0]
    adjective = phrases.tag_at(text, key.start) == "ADJ"
    return adjective and words.zipf(first.text) >= DESCRIBING_ZIPF


_APPOSED_NAME = re.compile(r",\s+the\s+(?:[a-z][\w-]*\s+){0,3}")


def _named_right_after(text: str, key: Key, ranked: list[Key]) -> bool:
    """A description that the name set beside it says again ("A [tiny endemic crustacean], the copepod
    Epischura baikalensis,"): the blank asks how the notes put it, the name is what to recall. One that
    ranks the thing is a claim of its own ("Europe's oldest working lighthouse, the Tower of Hercules")."""
    answer = key.text_in(text).lower()
    ranks = re.search(r"['\u2019]s\b|\b(?:first|only|last|most)\b", answer) or any(
        w.endswith("est") and lookup(w)[:1] == ("ADJ",) for w in answer.split()
    )
    opens = re.fullmatch(r"\s*(?:an?|the)\s+(?:[a-z]+\s+){0,2}", text[: key.start], re.I) is not None  # the subject
    apposed = _APPOSED_NAME.match(text, key.end)
    return opens and not ranks and apposed is not None and any(k.kind is Kind.NAME and k.start == apposed.end() for k in ranked)


# what a term is, said right after it and closed by a comma: ", an oxygen-storing protein,"
_GLOSS = re.compile(r"(?:a|an)\s(?=(?:[^\s,]+\s){0,4}[^\s,]+(?:,|\.?$))|the\s(?=(?:[^\s,]+\s){0,6}[^\s,]+,)", re.I)


def _gloss(text: str, start: int, chosen: list[Key]) -> int:
    """Where the noun phrase of the gloss that opens this fact begins, when it says what a chosen term
    is ("[myoglobin], an oxygen-storing protein,"): a blank on it would give the term away, and the term
    it; -1 when there is none. What the gloss goes on to say ("a judge in [Calcutta]") may be asked,
    and so may a description of a name ("Robert J. Lang, a [laser physicist] who ...")."""
    gloss = _GLOSS.match(text, start)
    # "PVA, the [white glue] found in most workshops,": an acronym's gloss spells it out too
    glossed = [k for k in chosen if k.kind is Kind.TERM or k.kind is Kind.NAME and k.text_in(text).isupper()]
    glossing = gloss and any(re.fullmatch(r",\s+", text[k.end : start]) for k in glossed)
    return gloss.end() if glossing else -1


NAMING_RARITY_GAIN = 2.0  # "rostellum" 6.0 after "flap" 2.5: the rare word after the comma names the common one


def _names_what_was_described(text: str, start: int, chosen: list[Key], ranked: list[Key]) -> tuple[Key | None, Key | None]:
    """The chosen term that a fact opening on 'the' + a much rarer term follows in the same clause, and
    that rarer term, which names what it described ("lifting a flap inside the flower, the rostellum,");
    else Nones. A name there is another thing ("the first quartz wristwatch, the Astron,"), asked as well."""
    the = re.match(r"the\s+", text[start:])
    term = next((k for k in ranked if the and k.start == start + the.end() and k.kind is Kind.TERM), None)
    if term is None or not term.text_in(text).islower() or not re.match(r",|\.?$", text[term.end :]):
        return None, None
    before = next((k for k in chosen if k.kind is Kind.TERM and re.fullmatch(r"[^,;.]*,\s+", text[k.end : start])), None)
    if before is None or rarity(term.text_in(text)) - rarity(before.text_in(text)) < NAMING_RARITY_GAIN:
        return None, None
    return before, term


# what a share is a share of: "[three-quarters] of the stars in the Milky Way"
SCOPE_NAME_RARITY = 3.0  # "Milky Way" 2.5, "Rome" 1.6: names a learner fills in without learning them
_SCOPE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:in|on|of)\s+(?:the\s+)?$")


def _in_scope(text: str, key: Key, chosen: list[Key]) -> bool:
    """A well-known name that only says what a chosen share counts ("[roughly three-quarters] of the
    stars in the [Milky Way]") sets the scene; a rare one ("90% of the elephants in [Gorongosa
    National Park]") is a fact of its own."""
    return key.kind is Kind.NAME and rarity(key.text_in(text)) < SCOPE_NAME_RARITY and any(
        k.kind is Kind.QUANTITY and k.end < key.start and _SCOPE.fullmatch(text, k.end, key.start) for k in chosen
    )


SCARE_QUOTE_RARITY = 1.5  # "training" 0.8; not "fermentation" 2.7
OWNER_RARITY = 2.0  # "Britain" 1.3, "Rome" 1.6; not "Darwin" 2.2
_OWNS_NEXT = re.compile(r"['\u2019]s\s+[a-z]")


# people named by what they do: "[Ecologists] still argue", "[Researchers] found"
_AGENT = re.compile(r"(?:ists?|ers?|ors?|ians?|people|scientists|experts)$", re.I)


def _named(text: str, key: Key) -> bool:
    """A name beyond doubt: two capitalised words, or one that does not open the sentence ("Sundials"),
    and not the owner of the name after it."""
    answer = key.text_in(text)
    if re.match(r"['\u2019]s\s+[A-Z]", text[key.end :]):
        return False  # "[DeepMind]'s AlphaGo": the owner of a name is half of it
    return key.kind is not Kind.NAME or key.start > 0 or sum(w[:1].isupper() for w in answer.split()) >= 2


# "gives perfect secrecy, as Claude Shannon proved in 1949,": who showed the claim, and when, said aside
_AS_REPORTED = re.compile(rf",\s+as\s+[^,]{{2,60}}?\b{phrases.REPORT_VERBS}\b[^,;]*")
_REPORTS = re.compile(rf"\b{phrases.REPORT_VERBS}\s*$", re.I)
_STUDY_BY = re.compile(r"\b(?:study|studies|survey|trial|analysis|review|report|team|excavation)\b[^,;]{0,30}\bby\s+$", re.I)
_REPORTS_NEXT = re.compile(rf"(?:\s+and\s+[^,;]{{2,40}})?\s+{phrases.REPORT_VERBS}\b")


def _framing(text: str, key: Key, start: int, end: int) -> bool:
    """A key that only frames a claim: a date in the scene a sentence opens on ("By the outbreak of war
    in [1939],"), a date or count of who reported it ("A study of [about 1.7 million women], published
    in [2020], found | that ..."), or anything in an aside that says who showed it (", as Claude
    Shannon proved in 1949,")."""
    fact = text[start:end]
    at, to = key.start - start, key.end - start
    if any(m.start() < at and to <= m.end() for m in _AS_REPORTED.finditer(fact)):
        return True  # "..., as [Claude Shannon] proved in [1949],": who showed the claim is said aside
    if key.kind is Kind.NAME and _STUDY_BY.search(fact[:at]) and _REPORTS_NEXT.match(fact[to:]):
        return True  # "A 2017 study led by [Hwan-Ching Tai] found ...": who ran the study, not what it found
    if key.kind not in (Kind.DATE, Kind.QUANTITY):
        return False
    if _REPORTS.search(fact) is not None and re.match(r"\s+that\b", text[end:]) is not None:
        return True
    if key.kind is Kind.DATE and _OPENING_TIME_CLAUSE.match(fact) and re.match(r" *,\s[a-z]", text[end:]):
        return True  # "When wheat prices collapsed after [1929], many plowed ...": the time the claim after it holds
    return key.kind is Kind.DATE and phrases.sets_the_scene(fact.rstrip(" ,"))


MAX_SUBJECT_WORDS = 6  # a sentence's opening subject, before an aside about it
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:an?|the)\s[^,;:()]*?\s)?(?:who|whose|which)\s[^,;:()]+,(?=\s+[a-z])")


def _subject_aside(text: str) -> tuple[int, int] | None:
    """The clause about the sentence's opening subject set off by commas, the main verb right after it
    ("Roland de Vaux, who dug at Qumran from 1951 to 1956, tied the site to the Essenes", "Gideon
    Sundback, an engineer who joined the company in 1906, replaced ..."): it says who the subject is,
    the rest of the sentence what the fact is."""
    m = _RELATIVE_ASIDE.search(text)
    subject = m is not None and "," not in text[: m.start()] and len(text[: m.start()].split()) <= MAX_SUBJECT_WORDS
    return m.span() if subject else None


def _in_aside(aside: tuple[int, int] | None, key: Key, end: int) -> bool:
    """The key lies inside the aside, which closes inside the fact ending at `end`."""
    return aside is not None and aside[0] < key.start and key.end < aside[1] <= end


_OPENING_TIME_CLAUSE = re.compile(r"(?:when|after|before|once|as|while|until|since)\s+(?!\d)[^,]+$", re.I)


def _is_subject(text: str, key: Key, start: int) -> bool:
    """A noun phrase that opens its fact and is followed by its verb."""
    opening = r"^(?:(?:and|but|so|while|whereas|because|the|a|an|its|their|his|her|some|most|many)\s+)*"
    before = re.sub(opening, "", text[start : key.start].lstrip(" ,;:-"), flags=re.I)  # "and the [X] ..."
    if before.strip(" ,;:-"):
        return False
    origin = re.match(r"\s+of\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", text[key.end :])  # "[Joseph Aspdin] of Leeds patented"
    end = key.end + (origin.end() if origin else 0)
    after = words.tokens(text[end : end + 40])
    return bool(after) and phrases.is_verb(text, end)


def _place(text: str, key: Key, start: int, end: int) -> float:
    """What a fact states comes late in it (the object, the complement, the value); its subject,
    the phrase that opens it before the verb, is what the fact is about and already shown."""
    bonus = 8.0 * (key.end - start) / max(1, end - start)
    opening = not re.search(r"[a-z]", text[start : key.start].lower().replace("the", "").replace("a ", ""))
    if opening and key.kind is Kind.TERM:
        bonus -= 10.0
    if _DENIED_AFTER.search(text[start : key.start]):
        bonus -= 12.0  # "Store electrodes in [potassium chloride], never in distilled water": what is denied is no claim
    return bonus


# a trailing denial of an alternative: ", never in", ", not", "rather than", "instead of"
_DENIED_AFTER = re.compile(r"(?:,\s+(?:never|not)\b|\brather than\b|\binstead of\b)[^,;]*$", re.I)


def fits(text: str, key: Key, chosen: list[Key], least: int | None = None) -> bool:
    apart = all(key.end + 1 < k.start or k.end + 1 < key.start for k in chosen)
    if not apart or problems(text, key, least):
        return False
    # Each review shows the other deletions: none of them may give this one away, nor it them.
    others = [k.text_in(text) for k in chosen]
    return not any(gives_away(key.text_in(text), o) or gives_away(o, key.text_in(text)) for o in others)


SHORT_VALUE_CONTEXT = MIN_CONTEXT - 3  # a value is precise: a short sentence around it still pins it down


def short_value(text: str, facts: Iterable[tuple[int, int]], ctx: Context, avoid: Callable[[str], bool]) -> Key | None:
    """The claim's value of a sentence too short for any blank ("A good cup dissolves [roughly 18 to 22
    percent] of the grounds"): a better weak card than a common word of it."""
    spans = list(facts)
    values = [
        k
        for k in candidates(text, ctx, DOUBTFUL_SCORE)  # "used [several siphons] of this kind": weak, but a value
        if k.kind is Kind.QUANTITY
        and any(a <= k.start and k.end <= b for a, b in spans)
        and not avoid(k.text_in(text))
        and not problems(text, k, SHORT_VALUE_CONTEXT)
    ]
    return max(values, key=lambda k: (k.score, -k.start), default=None)


QUOTE_CONTEXT = 3  # a quote is well defined by its exact words and its speaker


def problems(text: str, key: Key, least: int | None = None) -> list[str]:
    """Why blanking this span would make a poor card; empty when it makes a good one."""
    answer = key.text_in(text)
    found = []
    if any(s in answer for s in ("::", "{", "}")) or not answer.strip():
        return ["the answer holds cloze syntax"]
    toks = words.tokens(answer)
    content = [t.text for t in toks if words.is_content(t.text)]
    if not content and key.kind not in (Kind.QUANTITY, Kind.DATE):
        found.append("the blank is only stopwords")
    # "between 200 m and 1,100 m", "the [International Monetary Fund and the World Bank]": a range, and a
    # pair of names, are one answer however long their halves
    pair = key.kind is Kind.NAME and " and " in answer
    longest = MAX_ANSWER_WORDS + (2 if key.kind is Kind.QUANTITY or pair else 0)
    wordy = [w for w in content if not words.is_number(w)] if key.kind is Kind.QUANTITY else content
    if len(wordy) > MAX_ANSWER_CONTENT + (2 if pair else 0) or len(toks) > longest:
        found.append("the answer is long")
    rest = text[: key.start] + " " + text[key.end :]
    # A number with its unit, or a term of several words, is well defined with a word less around it.
    if least is None:
        least = MIN_CONTEXT - 1 if key.kind is Kind.QUANTITY or len(content) > 1 else MIN_CONTEXT
    if len(words.content(rest)) < least:
        found.append(f"fewer than {least} content words around the blank")
    converted = twin(text, key.end) if key.kind is Kind.QUANTITY else None
    if converted:  # "[about 2 million seconds] (roughly 23 days)": the card leaves the conversion out
        rest = text[: key.start] + " " + (converted.group("keep") or "") + text[converted.end() :]
    # a quote's repeated word is its rhetoric ("a record of the [last bridge]" after "Every bridge")
    if gives_away(answer, rest) or least != QUOTE_CONTEXT and little_left(answer, rest):
        found.append("the answer appears elsewhere in the text")
    if key.kind is Kind.TERM and least != QUOTE_CONTEXT and _modifier_shown(answer, text[: key.start], rest):  # a quote's is its rhetoric
        found.append("the word that tells the answer apart shows elsewhere in the text")
    blank = Blank(text[: key.start], answer, text[key.end :])
    if ends_leading_in(blank):
        found.append("the answer ends on a word that opens the words after it")
    if is_unit_only(blank):
        found.append("the answer is a unit without its number")
    return found


# what says the words after it are a term's name: "what ecologists call an", "known as the", "so-called"
NAMED_BEFORE = re.compile(
    r"\b(?:call|calls|called|so-called|known as|term|named|dubbed|nicknamed)\s+(?:an?\s+|the\s+)?[\"'\u201c\u2018]?$", re.I
)


def _modifier_shown(answer: str, before: str, rest: str) -> bool:
    """A term of two words whose first, the one that tells it apart, the sentence shows elsewhere, while
    its head is left to guess: "fed on sandeels ... when [sandeel stocks] collapsed", "an electric arc
    ... [arc lamps]". Not a name or a possessor ("the [Sun's altitude]"), nor a term the sentence names
    ("what ecologists call an [urchin barren]"). `before` is the text before the blank, `rest` all of it
    around the blank."""
    parts = answer.split()
    if len(parts) != 2 or not all(words.is_content(p) for p in parts) or re.search(r"\d", answer):
        return False
    first, head = parts
    capital = first[:1].isupper() and re.search(r"(?:^|[.:!?]\s+)$", before) is None
    if capital or re.search(r"['\u2019]s$", first) or NAMED_BEFORE.search(before) or re.search(r"[\"'\u201c\u2018(]$", before):
        return False
    shown = words.stems(rest)
    return words.stem(first) in shown and words.stem(head) not in shown


def gives_away(answer: str, prompt: str) -> bool:
    """True when the prompt shows the answer: the whole of it, or its rarest word."""
    if _squash(answer) and f" {_squash(answer)} " in f" {_squash(prompt)} " or hints.hint(answer, prompt):
        return True
    if month_shown(Blank(prompt, answer, "")):
        return True  # "in [July 1945] ... assembled on 13 July": the month is half the date
    numbers = values(answer)
    if numbers:
        # A quantity is given away by its value, whatever the unit or the words: "2,000 kilocalories"
        # by "2,000 kcal", "about a tenth" by "10 percent", "[10,000] yards" by the bunker "S-10000";
        # or by the same amount in another unit.
        shown = _digits_of(numbers) <= _digits_of(values(prompt)) and not _measures_otherwise(answer, prompt)
        return shown or _converted(answer, prompt) or _rest_of_a_whole(answer, prompt) or bool(rounding_of(answer, prompt)) or _worked_out(answer, prompt)
    answer, prompt = words.fold(answer), words.fold(prompt)  # "[Bíró's pen]" beside "biro"
    # "Master keying ... any [master-keyed system]": a hyphenated word is shown when its parts are
    content = [part for w in words.content(answer) if not words.is_number(w) for part in w.split("-") if part]
    if not content:
        return False
    modifiers = answer.split()[:-1]
    said = " ".join(modifiers)
    if modifiers and said.lower() in prompt.lower() and re.search(rf"\b{re.escape(said)}\s+ones?\b", prompt, re.I):
        return True  # "[Rimed crystals] ... and heavily rimed ones": "ones" repeats the noun
    prompt_words = {w.lower() for w in words.content(prompt)}
    visible = words.stems(prompt) | prompt_words
    joined = [w.replace("-", "") for w in words.content(answer) if "-" in w and len(w) > 5]  # "[cuck-oo]" beside "cuckoos"
    if any(words.stem(w) in visible for w in joined):
        return True
    shown = [w for w in content if words.stem(w) in visible or w.lower() in visible or _negation_of_shown(w, prompt_words)]
    if len(content) == 1 and not shown and _compound_of_shown(content[0], prompt_words):
        return True  # "heavy rain still forces ...": "[rainwater]" is the shown word and a common one
    # Given away: all of it shows, or its rarest word and most of the rest ("urchins" elsewhere
    # does not give away "urchin barren").
    rarest = min(content, key=lambda w: (words.zipf(w), w))
    return len(shown) == len(content) or (rarest in shown and 2 * len(shown) > len(content))


COMPOUND_PART_ZIPF = 3.5  # "rain" and "water", "sun" and "light": words everyone knows, joined


def _compound_of_shown(word: str, prompt_words: set[str]) -> bool:
    """A closed compound of two everyday words, one of which the prompt shows ("[rainwater]" beside
    "heavy rain", "[sunlight]" beside "the sun")."""
    low = word.lower()
    for cut in range(3, len(low) - 2):
        first, second = low[:cut], low[cut:]
        shown = [part for part in (first, second) if part in prompt_words and len(part) >= 4]  # not "car" of "carpet"
        if shown and min(words.zipf(first), words.zipf(second)) >= COMPOUND_PART_ZIPF:
            return True
    return False


_NEGATING = re.compile(r"^(?:un|non-?)(?=[a-z]{4})", re.I)


def _negation_of_shown(word: str, prompt_words: set[str]) -> bool:
    """'[unfertilised] eggs' beside 'Fertilised eggs': the opposite of a word the prompt shows as it
    is ("usually" does not show "[unusual]")."""
    bare = _NEGATING.sub("", word)
    return bare != word and bare.lower() in prompt_words


def little_left(answer: str, rest: str) -> bool:
    """A thing of two common words the same sentence all but shows. Its rarer word, its head, shown
    alone: "rather than [cotton gloves], because gloves dull your grip" leaves a guess of a kind; or its
    rarer word shown, and only an everyday head left: "The last known castrato ..., the only [castrato
    voice] ever captured". Not a name ("the [City of London]" beside "London's"), nor a head shown as
    another kind ("Fringing reefs hug the shore, [barrier reefs] sit offshore"), nor one the sentence
    does not show ("[urchin barren]")."""
    pair = _two_common_words(answer)
    if pair is None:
        return False
    modifier, head = pair
    if words.zipf(head) > words.zipf(modifier):
        return everyday_head_left(answer, rest)
    toks = words.tokens(rest)
    stem = words.stem(head)
    modified = [i > 0 and words.is_content(toks[i - 1].text) for i, t in enumerate(toks) if words.stem(t.text) == stem]
    return bool(modified) and not any(modified)


def everyday_head_left(answer: str, rest: str) -> bool:
    """Two common words, the rarer first: the text shows it, and leaves only an everyday head to
    recall ("the only [castrato voice]" after "castrato"). An owner's everyday part is still a claim:
    "sprouts from the [ant's head]" beside "carpenter ants"."""
    pair = _two_common_words(answer)
    if pair is None or words.zipf(pair[1]) <= words.zipf(pair[0]) or words.zipf(pair[1]) < EVERYDAY_ZIPF or _OWNS.search(answer):
        return False
    return any(words.stem(t.text) == words.stem(pair[0]) for t in words.tokens(rest))


def _two_common_words(answer: str) -> tuple[str, str] | None:
    """A lower-case answer of two content words, no number: its modifier and its head."""
    content = words.content(answer)
    if len(content) != 2 or len(answer.split()) != 2 or not answer.islower() or values(answer):
        return None
    return content[0], content[1]


EVERYDAY_ZIPF = 5.0  # "voice", "time"; not "barren" (3.6)


def _digits_of(numbers: set[str]) -> set[str]:
    return {n.replace(",", "") for n in numbers}


_FRACTIONS = {"half": "50", "third": "33", "quarter": "25", "fifth": "20", "tenth": "10", "hundredth": "1"}
# "one" is left out: it is as often a pronoun ("one of the") as a number.
_NUMBER_WORDS = {w: str(n) for w, n in NUMBER_VALUES.items() if n >= 2}
_MULTIPLES = ("twice", "double", "doubles", "doubled", "doubling")
_NUMBER_WORDS |= {w: "2" for w in _MULTIPLES}  # "doubles" gives away "twice as much"
_NUMBER_WORDS["single"] = "1"  # "after a single visit" gives away "only one example"
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
# 'one' alone is as often a pronoun ("the only one that"): a count only before what it counts
_ONLY_ONE = re.compile(r"\b(?:only|just|exactly) one (?!(?:that|which|who|the|of|to|in)\b)[a-z]{3,}", re.I)
_FRACTION = re.compile(r"\b(?:a|one)[ -](half|third|quarter|fifth|tenth|hundredth)\b", re.I)
_ONE_IN = re.compile(r"\b(?:one|1) in (two|three|four|five|ten|[2-5]|10)\b", re.I)  # "one in five": a fifth, 20 percent


_TENS_AND_ONES = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\u2011 ](one|two|three|four|five|six|seven|eight|nine)\b", re.I
)


def _as_number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_VALUES[word.lower()]


def values(text: str) -> set[str]:
    """The numbers a text states, in digits: '2,000 kcal' {'2,000'}, 'about a tenth' {'10'}, 'two' {'2'},
    'ninety-five' {'95'}, 'one in five' {'5', '20'}."""
    text = _TENS_AND_ONES.sub(lambda m: str(NUMBER_VALUES[m[1].lower()] + NUMBER_VALUES[m[2].lower()]), text)
    found = set(re.findall(r"\d+(?:[.,]\d+)*", text))
    found |= {_FRACTIONS[m.group(1).lower()] for m in _FRACTION.finditer(text)}
    found |= {str(round(100 / _as_number(m.group(1)))) for m in _ONE_IN.finditer(text)}
    found |= {_NUMBER_WORDS[w.lower()] for w in _NUMBER_WORD.findall(text)}
    found |= {"1" for _ in _ONLY_ONE.finditer(text)}
    if re.fullmatch(r"(?:only |just )?one [a-z-]+", text.strip(), re.I):
        found.add("1")  # an answer that is a count of one: "[one example]", given away by "a single visit"
    return found


_MEASURED = re.compile(
    rf"(?P<num>\d[\d,]*(?:\.\d+)?|{_NUMBER_WORD.pattern})(?:-|\s*)(?P<unit>°\s?[CF]\b|%|[A-Za-z]+)?", re.I
)  # "the 30-kilometre zone" measures a length, as "30 km" does


def _dimensions(text: str) -> dict[str, set[str]]:
    """Each number of the text, in digits, with what the units after it measure ('' for none known)."""
    found: dict[str, set[str]] = {}
    for m in _MEASURED.finditer(text):
        num = m.group("num").lower()
        value = _NUMBER_WORDS.get(num, num)
        unit = (m.group("unit") or "").replace(" ", "").lower()
        if num in _MULTIPLES:
            found.setdefault(value, set()).add("multiple")  # "evolved at least twice" counts no years
            continue
        found.setdefault(value, set()).add("temperature" if unit in ("°c", "°f") else unit_dimension(unit))
    return found


def _measures_otherwise(answer: str, prompt: str) -> bool:
    """The answer's numbers show in the prompt only as measures of something else: '[4°C]' beside
    'four months' is not given away; '[2,000 kcal]' beside '2,000 kilocalories' is."""
    ours = {value: dims - {""} for value, dims in _dimensions(answer).items()}
    theirs = _dimensions(prompt)
    return any(dims and value in theirs and "" not in theirs[value] and not dims & theirs[value] for value, dims in ours.items())


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9%]+", " ", text.lower()).strip()


def rarity(text: str) -> float:
    """6 minus the Zipf value of the rarest content word: 6 for a word not in the table, 1 for 'energy'."""
    content = [w for w in words.content(text) if not words.is_number(w)]
    if not content:
        return 0.0
    return max(0.0, 6.0 - min(words.zipf(re.sub(r"'s$", "", w)) for w in content))


def candidates(text: str, ctx: Context, min_score: float = MIN_SCORE) -> list[Key]:
    """Every phrase worth blanking, best first; ties go to the earlier phrase, so the order is fixed."""
    chunks = phrases.chunks(text)
    found = [key for p in chunks if (key := _score(text, p, ctx, min_score)) is not None]
    found = [_with_its_stuff(text, _count_alone(text, k), chunks) for k in found]
    # "England and [Wales]": half of a pair of names is read off the other, even when the pair is no key
    named_pairs = [Key(p.start, p.end, p.kind, 0.0) for p in chunks if p.kind in (Kind.NAME, Kind.TERM) and _names_both(text, p)]
    # "in front of Louis XVI and [Marie Antoinette] at Versailles": two names side by side, though placed
    # together; not a name that acts, opening a clause ("Tibetans call it Chomolungma and Nepalis [call] it ...")
    names = sorted({(p.start, p.end) for p in chunks if p.kind is Kind.NAME})
    pairs = zip(names, names[1:], strict=False)
    named_pairs += [Key(a, d, Kind.NAME, 0.0) for (a, b), (c, d) in pairs if text[b:c] == " and " and not phrases.is_verb(text, d + 1)]
    return sorted(whole_pairs(text, found, named_pairs), key=lambda k: (-k.score, k.start, k.end))


def _names_both(text: str, p: Phrase) -> bool:
    """A pair of capitalised names: "England and Wales", "Louisiana and Oregon", or a firm's first partner
    and the partners after its comma ("Perkins, Bacon & Petch"); not what a pair owns ("Sejnowski and
    Oakley's [MOOC]")."""
    pair = text[p.start : p.end]
    halves = re.split(r" and |, ", pair)
    return len(halves) == 2 and all(h[:1].isupper() for h in halves) and not _OWNS.search(pair)


_COUNTED = re.compile(r"\d[\d,.]*\s+([a-z]+)$")


def _count_alone(text: str, key: Key) -> Key:
    """'many have [fewer than 1,000] speakers': a count whose noun leaves too little around the blank
    keeps the noun visible, as it would a unit."""
    counted = _COUNTED.search(key.text_in(text)) if key.kind is Kind.QUANTITY else None
    if counted is None or is_unit(counted.group(1)) or not problems(text, key):
        return key
    shorter = Key(key.start, key.start + counted.start(1) - 1, key.kind, key.score)
    return shorter if not problems(text, shorter) else key


def whole_pairs(text: str, found: list[Key], more_pairs: Iterable[Key] = ()) -> list[Key]:
    """'Milton Friedman and [Anna Schwartz]', 'strengths and [weaknesses]', '[James Smith] & Sons': one
    half of a pair is read off the other, so only the pair is a key."""
    pairs = [k for k in found if re.search(r"\s(?:and|&)\s", k.text_in(text))]  # "[James Smith] & Sons"
    pairs += list(more_pairs)
    return [k for k in found if not any(p.start <= k.start and k.end <= p.end and (p.start, p.end) != (k.start, k.end) for p in pairs)]


GENERIC_HEADS = words.wordset(
    "person persons people thing things object objects substance substances mixture material materials stuff"
    " item items part parts piece pieces kind kinds type types way ways place places work"
    " side sides end ends half halves difference differences job jobs"
    " idea ideas choice choices option options alternative alternatives obstacle obstacles tally fight fights"
)


_VAGUE_MODIFIERS = words.wordset("particular certain specific various different other such")

# Nouns that say how a thing stands to another ("the commonest cause of hypothyroidism", "the usual
# marker"): with only adjectives before them they describe the thing, the claim is what they point to.
RELATIONAL_HEADS = words.wordset(
    "cause causes culprit culprits marker markers sign signs source sources reason reasons result results"
    " factor factors trigger triggers driver drivers feature features effect effects example examples"
)


# People by where they live or what they do, whom a claim is about rather than what it says: "[surgeons]
# can usually reconnect the arteries", "greeted the [colonists] in English", "Some [longtime residents]"
PEOPLE_HEADS = words.wordset(
    "residents locals inhabitants families households crew crews colonists settlers emigrants immigrants"
    " passengers workers visitors tourists historians scholars archaeologists scientists researchers experts"
    " surgeons doctors physicians rescuers divers onlookers spectators observers officials authorities"
)


def _generic_head(answer: str) -> bool:
    """A noun that names no kind of thing, or only how it stands to another ("the [commonest cause]"), with
    only adjectives or a count before it; or a noun that a word like 'particular' picks out of its kind
    without saying which ("repair [particular stretches]"); or people named by a role with only adjectives
    before it (a count of them, "[several million workers]", is a claim)."""
    toks = answer.lower().split()
    if len(toks) == 2 and toks[0] in _VAGUE_MODIFIERS:
        return True
    if toks[-1] in PEOPLE_HEADS and all(lookup(w)[:1] == ("ADJ",) for w in toks[:-1]):
        return True
    vague = toks[-1] in GENERIC_HEADS or toks[-1] in RELATIONAL_HEADS
    return vague and all(lookup(w)[:1] in (("ADJ",), ("NUM",)) or words.is_number(w) for w in toks[:-1])


QUOTED_TERM_SCORE = 90.0
NAMING_QUOTE_RARITY = 2.0  # 'a "harmonic" telegraph' names a kind; 'the "empty" space' doubts a word


def _score(text: str, p: Phrase, ctx: Context, min_score: float = MIN_SCORE) -> Key | None:
    answer = text[p.start : p.end]
    if p.in_list or p.incidental or any(ctx.is_person(w) for w in answer.split()):
        return None
    noun = WORD_AFTER_QUOTE.match(text, p.end) if p.kind is Kind.QUOTED else None
    if noun and " " not in answer and lookup(noun.group(1))[:1] == ("NOUN",) and QUOTE_AFTER_ARTICLE.search(text[: p.start]):
        # 'a "harmonic" telegraph', 'a "blocking" pattern': a word in quotes between an article and its noun
        # is half the term, asked whole, quotes and all; a common adjective there is in scare quotes
        # ('the "empty" space'), no term ('a "[Sleeping Beauty]" hypothesis' is a name of its own)
        scare = lookup(answer.lower())[:1] == ("ADJ",) and rarity(answer) < NAMING_QUOTE_RARITY
        return None if scare else Key(p.start - 1, noun.end(1), Kind.TERM, QUOTED_TERM_SCORE)
    if p.kind is Kind.QUOTED and min_score >= MIN_SCORE and lookup(answer.strip().lower())[:1] == ("ADJ",):
        return None  # "calling it '[ridiculous]'": a word of opinion the speaker used, a doubtful key at best
    if p.kind is Kind.QUOTED and min_score >= MIN_SCORE and " " not in answer.strip() and rarity(answer) < SCARE_QUOTE_RARITY:
        return None  # "mental and physical '[training]'": a common word in scare quotes names nothing
    if p.kind is Kind.TERM and re.fullmatch(r"[a-z]+ing", answer) and (_OBJECT_NEXT.match(text, p.end) or _AMOUNT_NEXT.match(text, p.end)):
        return None  # "recommends [monitoring] four golden signals", "arrive [weighing] about 38 kg": a verb with its object
    if p.kind is Kind.TERM and _demonstrative_before(text, p.start):
        return None  # "how much of that [recovery]": what 'that' points back to was said before, not here
    if p.kind is Kind.TERM and phrases.LIST_AHEAD.match(text, p.end) and phrases.plain_s(answer) and not _names_its_items(text, p):
        return None  # "three main [types]: semidiurnal, mixed and diurnal": the heading of the list after it
    if p.kind is Kind.TERM and _heads_a_list_of(text, p):
        return None  # "[dense clusters] of clams, mussels and tube worms": how the list comes, not a thing
    if p.kind is Kind.TERM and re.search(r"\bother\s+$", text[: p.start], re.I) and answer.endswith("s"):
        return None  # "expanded compared with other [invertebrates]": the class a claim is set against
    if p.kind is Kind.TERM and min_score >= MIN_SCORE and re.match(r"\s+[\"\u201c]", text[p.end :]):
        return None  # "the [vague label] \"genuine leather\"": what the quoted words are called, not them
    if p.kind is Kind.TERM and re.match(r"['\u2019]\s+[a-z]", text[p.end :]):
        return None  # "cutting [British trawlers]' nets": a plural owner is half of the phrase it opens
    if re.match(r"['\u2019]\s+[A-Z]", text[p.end :]):
        return None  # "in the lobby of [The Mariners]' Museum": half of the name it opens
    if re.match(r"other['\u2019]s\b", answer) and re.search(r"\beach\s+$", text[: p.start]):
        return None  # "without squashing each [other's insulation]": 'each other' is one word, and not the term
    if p.kind is Kind.TERM and " " in answer and _GIVEN.search(answer) and _GIVES.search(text[: p.start]):
        return None  # "that pause gave [the clay time] to consolidate": who is given, then what, not one thing
    if re.search(r"\w[-\u2013]\s+(?:and|or|to)\s+$", text[: p.start]):
        return None  # "Many 18th- and [19th-century] figureheads": the second half of a modifier the first begins
    if p.kind is Kind.TERM and _described_class(answer):
        return None  # "one of the [clearest examples]": a class noun and what it is like, no thing of its own
    if p.kind is Kind.TERM and min_score >= MIN_SCORE and unit_dimension(answer.lower().replace(" ", "")):
        return None  # "the width of the teeth in [millimetres]", "only a [centimetre] or two": a unit with no number
    if p.kind is Kind.QUANTITY and min_score >= MIN_SCORE and _restates_the_value_before(text, p):
        return None  # "about 0.2 hertz (one full cycle [every five seconds])", "a single pound ([about 450 grams])"
    if p.kind is Kind.QUANTITY and _one_label_of_several(text, p):
        return None  # "law 196 ... but law [198] sets a fine": which of the numbered laws, not what it says
    worded = p.kind is Kind.QUANTITY and not re.search(r"\d", answer)  # "[two substances]", not "[43 people]"
    if (p.kind is Kind.TERM or worded) and min_score >= MIN_SCORE and _generic_head(answer):
        return None  # "bridge [two substances]", "the first [well-documented person]": any thing would fit
    if p.kind is Kind.TERM and min_score >= MIN_SCORE and _by_trade(text, p.start, p.end):
        return None  # "so [navigators] can tell", "which let [codebreakers] slide": who does it, by trade
    one_name = p.kind in (Kind.NAME, Kind.TERM) and answer[:1].isupper() and " " not in answer
    if one_name and _NAME_GOES_ON.search(text[: p.start]):
        return None  # "the 1940 Blood for [Britain] program", "the Sea Stallion from [Glendalough]": the end of a longer name
    next_word = re.match(r"\s+(\w)", text[p.end :])
    if p.kind is Kind.DATE and re.search(r"\bthe\s+$", text[: p.start], re.I) and next_word and next_word.group(1).isupper():
        return None  # "The [1915] Çanakkale Bridge", "the [1995] Kobe earthquake": a year that names, no claim
    if _ROMAN.fullmatch(answer) and re.search(r"[A-Za-z]\s+$", text[: p.start]):
        return None  # "RNA polymerase [II]", "type [II] collagen": a numeral that numbers the word before it
    if p.kind is Kind.NAME and EPONYM_NEXT.match(text, p.end):
        return None  # "with [Johnston]'s organ", "[Broca]'s area": half of a term named after a person
    if p.kind is Kind.NAME and " " not in answer and _OWNS.match(text, p.end) and rarity(answer) < OWNER_RARITY:
        return None  # "set off [Britain]'s canal boom", "[Italy]'s Dorando Pietri": a well-known place as the owner sets the scene
    if re.match(r"[-\u2013]\s+(?:and|or|to)\s", text[p.end :]):
        return None  # "its [12th]- and 13th-century glass": the first half of a modifier the second finishes
    if p.kind is Kind.NAME and _OWNS_NEXT.match(text, p.end) and re.search(r"\b(?:a|an)\s+$", text[: p.start], re.I):
        return None  # "like a [Newton]'s cradle": after 'a', the owner names a kind of thing, whole with its noun
    if p.kind in (Kind.NAME, Kind.TERM) and _PLACE_BEFORE.search(text[: p.start]) and text[p.end : p.end + 1] == ",":
        return None  # "Grand Rapids, [Michigan],": the state or country that says where the place named is
    if p.kind is Kind.NAME and _sets_the_scene(answer, text[: p.start]):
        return None  # "displaced ether in [Britain]", "in the eastern [United States]": a place everyone knows
    if p.kind in (Kind.NAME, Kind.TERM) and min_score >= MIN_SCORE and _ERA_NAME.search(answer) and _WHEN_BEFORE.search(text[: p.start]):
        return None  # "the norm for paperbacks after the [Second World War]": an event that dates the claim
    if p.kind in (Kind.NAME, Kind.TERM) and answer[:1].isupper() and _VENUE_BEFORE.search(text[: p.start]):
        return None  # "A 2015 study in [Nature] estimated ...": where a claim was reported is not the claim
    if p.kind in (Kind.NAME, Kind.TERM) and _GLOSSED.match(text, p.end) and re.search(r",\s+$", text[: p.start]):
        return None  # "Habeas corpus, [Latin] for roughly 'that you have the body'": the language of a gloss
    if re.match(r"\s+call(?:s|ed)?\b", text[p.end :]) and re.search(r"\bwhat\s+$", text[: p.start]):
        return None  # "what [ecologists] call an urchin barren": who names a thing is not the fact
    headed = p.kind is Kind.TERM and " " not in answer and answer.lower() not in PARTITIVES | RELATIONAL
    if headed and min_score >= MIN_SCORE and _OF_NEXT.match(text, p.end) and rarity(answer) < HEAD_OF_RARITY:
        return None  # "the [hallmark] of the Paris school", "a [mass] of congealed fat": the head of the phrase 'of' goes on with
    score = BASE_SCORE[p.kind]
    cause = _named_cause(text, p)  # a claim however common its word, and above the date
    if p.kind in (Kind.TERM, Kind.NAME, Kind.QUOTED, Kind.DEFINED):
        rare = rarity(answer)
        size = len(words.content(answer))
        single = size == 1
        least = 2.5 if single else 1.5 if size >= 3 and _noun_at_end(answer) else 2.0
        if _compound(answer):
            least = COMPOUND_RARITY
        marked = answer.lower() in ctx.marked
        if p.kind is Kind.TERM and min_score > 0 and rare < (least if min_score >= MIN_SCORE else least - 0.5) and not (marked or cause):
            return None  # a common word many others would fit: "energy", "juice", "huge blocks", "gap"
        weight = 2.5 if p.kind is Kind.NAME else 5.0  # a name is salient already; a term earns it by rarity
        score += weight * rare + (4.0 if len(answer.split()) > 1 else 0.0) - ctx.penalty(answer)
        score += MARKED_BONUS if marked else 0.0  # "the **indirect method**": what the notes mark is the key
    if p.kind is Kind.DATE and ctx.spread.get(answer.strip(), 0) >= ANCHOR_YEAR_SPREAD:
        score -= ANCHOR_YEAR_PENALTY  # "Rakata was sterilised in [1883]": the year the whole episode is about
    if p.kind in (Kind.NAME, Kind.TERM) and _CATALOGUE_CODE.search(answer):
        score -= CATALOGUE_PENALTY  # "[PSR J1748-2446ad] spins 716 times a second": a code few would recall
    if p.kind in (Kind.NAME, Kind.TERM) and _APPOSED.match(text, p.end) and not re.sub(r"(?i)\b(?:the|a|an)\b", "", text[: p.start]).strip():
        score += 25.0  # "Rotokas, spoken on Bougainville, ...": the sentence's subject, described right after it
    if p.kind in (Kind.NAME, Kind.TERM) and _imprint(text, p):
        score -= IMPRINT_PENALTY  # "A Portable Cosmos ([Oxford University Press])": who published it, an aside
    if p.kind is Kind.DATE and (_bracketed(text, p) or _in_comma_aside(text, p)):
        score -= BRACKETED_DATE_PENALTY  # "the Royal Academy of Dance (founded in London in [1920])": an aside's date
    example = _EXAMPLE_BEFORE.search(text[: p.start])
    if example and (p.kind in (Kind.QUOTED, Kind.QUANTITY, Kind.DATE) or example.group("quote")):
        return None  # "a pair of letters such as "[AV]"", "ranges like [1914-1918]": any example would do
    opening = re.fullmatch(r"([^,;.]+),\s+", text[: p.start])  # the scene the sentence opens on, then this value
    if p.kind is Kind.QUANTITY and opening and phrases.sets_the_scene(opening.group(1)) and _LOCATING.match(text, p.end):
        score -= ASIDE_PLACE_PENALTY  # "At Durrington Walls, [about 3 km] to the northeast, teeth show": where it is
    if p.kind in (Kind.NAME, Kind.TERM) and _placed_in_aside(text, p):
        score -= ASIDE_PLACE_PENALTY  # "Rotokas, spoken on [Bougainville] in Papua New Guinea, has ...": where the subject is
    lead = phrases.before(text, p.start)
    # "In the 1960s Robert Paine ...": a date closes the opening phrase; what follows is the subject
    if _FRONTED.match(lead) and not re.search(r"\d\w*\s+$", lead) and p.kind is not Kind.QUANTITY:
        score -= 25.0  # "Under Bretton Woods, ...", "In IEEE 754 double precision, ...": a setting, not the claim
    if p.kind is Kind.QUANTITY and _ONE_OF_A_UNIT.search(answer) and not _HOW_OFTEN.search(answer):
        score -= ONE_OF_A_UNIT_PENALTY  # "[less than an hour]", "[every week]": a fact's value, not a further one
    if p.kind is Kind.QUANTITY and _digits(answer) >= MANY_DIGITS:
        score -= MANY_DIGITS_PENALTY  # "at exactly [6.62607015 × 10⁻³⁴] J·s": digits few would recall, one by one
    if p.kind is Kind.QUANTITY and _known_to_all(text, answer):
        score -= KNOWN_VALUE_PENALTY  # "survive ordinary boiling at [100°C]": what everyone knows, not the claim
    if p.kind is Kind.QUANTITY and _VAGUE_COUNT.fullmatch(answer):
        score -= VAGUE_COUNT_PENALTY  # "exceed 100 percent [over several flushes]": the precise value is the claim
        if not _MEASURED_COUNT.search(answer) and not any(unit_dimension(w) for w in answer.lower().split()):
            score -= UNMEASURED_COUNT_PENALTY  # "snap after [a few smashes]": no size and no unit, any word fits
    if p.kind is Kind.QUANTITY and _FRONTED_SPAN.fullmatch(lead) and _DURATION.search(answer):
        score -= 25.0  # "[Over two centuries] keepers burned whale oil": how long sets the scene
    if p.kind is Kind.DATE and _in_final_aside(text, p):
        score -= BRACKETED_DATE_PENALTY  # "Mexico's 50-peso banknote, introduced in [2021].": when the aside's thing began
    elif p.kind is Kind.DATE and p.claim_date:
        score += 28.0  # the sentence is about when: "was announced in 1995"
    elif p.kind is Kind.DATE and phrases.ONE_OF_MANY.search(lead) and re.match(r"\s+[A-Za-z]", text[p.end :]):
        score -= 20.0  # "A [1995] NASA study found", "in his [1945] Nobel lecture he warned": a year that sets the scene
    if cause:
        score += CAUSE_BONUS  # "died on 31 October 1926 of [peritonitis]": the cause is the claim
    # a measure written as one hyphenated word modifies whatever follows it, a name too: "32-bit Unix"
    attributive = r"[ -]([A-Za-z][a-z]{2,})\b" if re.fullmatch(r"\d[\d,.]*-[a-z]+", answer) else r"[ -]([a-z]{3,})\b"
    # "a 95 mph (153 km/h) fastball": what the value modifies comes after its conversion
    converted = twin(text, p.end) if p.kind is Kind.QUANTITY else None
    after = converted.end() if converted else p.end
    following = re.match(attributive, text[after:])
    modifies = following and not words.is_stopword(following.group(1)) and following.group(1) != "per"
    # "[roughly 3,000 km] upstream": an adverb after the value says where it goes, nothing it modifies
    numeric = re.search(r"\d", answer) is not None  # not "coconut shell [halves] across": a noun, no amount
    modifies = modifies and not (numeric and phrases.tag_at(text, after + following.start(1)) in ("ADV", "ADP", "VERB"))
    modifies = modifies and not _comparative(following.group(1))  # "[88 percent] lower rates": the size of the difference
    if p.kind is Kind.QUANTITY and modifies and not _counts_a_plural(text, p, lead):
        score -= 20.0  # "a 70 kg runner", "a 63°C water bath": a quantity that sets the scene
    if p.kind is Kind.TERM and _MEASURED_TERM.match(answer) and _quantity_after(text, p):
        score -= 20.0  # "Over a [30-year mortgage] that adds up to about a 26 percent chance": the scene, not the claim
    return Key(p.start, p.end, p.kind, round(score, 3)) if score >= min_score else None


_ROMAN = re.compile(r"[IVX]{1,5}")
# capitalised words inside a sentence, then "for" or "from": a name that goes on ("Blood for Britain")
_NAME_GOES_ON = re.compile(r"(?<=[a-z0-9,]\s)(?:[A-Z][a-z]+\s+)+(?:for|from)\s+$")


# a verb that takes two objects, and a noun it gives that is no term's head ("bought the colony time")
_GIVES = re.compile(
    r"\b(?:give|gives|gave|given|giving|buy|buys|bought|buying|earn|earns|earned|lend|lends|lent|grant|granted"
    r"|afford|affords|afforded|win|wins|won|cost|costs|save|saves|saved)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$",
    re.I,
)
_GIVEN = re.compile(r"\s(?:time|chance|room|edge|advantage|head start|breathing space)$")
CAUSE_BONUS = 35.0  # above a claim's date: the sentence says what, not only when
_DIED_OF = re.compile(rf"{phrases.DEATH_VERB}(?:\s+(?:on|in)\s+[^,;.]{{1,25}}?)?\s+(?:of|from)\s+(?:an?\s+)?$")
# what brought a result about, named right after the words that say so
_CAUSED_BY = re.compile(r"\b(?:because\s+of|due\s+to|owing\s+to|caused\s+by|triggered\s+by)\s+(?:an?\s+|the\s+)?$", re.I)
CAUSE_RARITY = 1.5  # "tuberculosis" (2.4) and "starvation" are causes to recall; "a blow" (1.4) is not
RESULT_CAUSE_RARITY = 2.0  # "friction" (2.3), "erosion"; not "wolves" (1.7)


def _named_cause(text: str, p: Phrase) -> bool:
    """What one died of, or what a result came from, a word less rare than a term's ("died in 1821 of
    [tuberculosis]", "because of a [race condition]"): the mechanism is the claim. Two nouns that
    name one thing count however common their words; "because of the [heat]" names nothing."""
    if p.kind is not Kind.TERM:
        return False
    answer = text[p.start : p.end]
    died = _DIED_OF.search(text, max(0, p.start - 60), p.start) is not None
    caused = _CAUSED_BY.search(text, max(0, p.start - 30), p.start) is not None
    compound = caused and _compound(answer)
    # a result's cause is set against others more often than a death's ("due to [wolves] rather than bears")
    return died and rarity(answer) >= CAUSE_RARITY or caused and (rarity(answer) >= RESULT_CAUSE_RARITY or compound)


CATALOGUE_PENALTY = 30.0  # below a term of the same fact: a catalogue code is a key only when nothing else is
_CATALOGUE_CODE = re.compile(r"\b[A-Z]{1,3}\d{4}[+\-\u2212]\d{2,}\w*")  # "B1919+21", "J1748-2446ad"


# a noun and the bare number that labels one of its kind: "law 198", "Prototype 001", "Article 5"
_LABEL = re.compile(
    r"\b(?P<noun>(?:law|article|section|chapter|clause|rule|verse|psalm|canon|amendment|route|flight|prototype|platform"
    r"|gate|room|track|exit)s?)\s+(?P<number>\d+(?:\s*[-\u2013]\s*\d+)?)\b",
    re.I,
)


def _one_label_of_several(text: str, p: Phrase) -> bool:
    """A number that labels one thing of a kind the sentence labels more of ("Law 1 executes a false
    accuser; law [3] punishes a false witness"): the learner would recall a neighbour's number, not the
    claim. One label alone ("Clause 39 of Magna Carta") can be the fact."""
    labels = list(_LABEL.finditer(text))
    this = next((m for m in labels if m.span("number") == (p.start, p.end)), None)
    kind = this["noun"].lower().rstrip("s") if this else ""
    return this is not None and any(m is not this and m["noun"].lower().rstrip("s") == kind for m in labels)


_GLOSSED = re.compile(r"\s+for\s+(?:roughly\s+|literally\s+|simply\s+)?[\"\u201c'\u2018]")
_VALUE = r"\d[\d.,]*(?:\s*(?:[-\u2013]|to)\s*\d[\d.,]*)?"  # "3,000-5,800", "1,300 to 3,300"


def _unit_word(group: str) -> str:
    """A word that is a unit if lint's table knows it, caught as `group`."""
    return rf"(?P<{group}>\u00b0\s?[CF]\b|%|(?:(?:square|US|UK|imperial)\s+)?[A-Za-z]+(?:/[A-Za-z]+)?\b)"


_SECOND_PART = r"(?:\s+\d+[\u00bc\u00bd\u00be]?\s*(?:in|inches|oz|ounces)\b)?"  # "4 ft 8½ in", "3 lb 2 oz"
_TWIN = re.compile(
    # the unit the blank leaves shown: "[20 to 40] megapascals (about 3,000 psi)", "[28,800 vibrations] per hour"
    r"(?P<keep>\s+(?:per\s+)?[A-Za-z]+(?:\s+per\s+[a-z]+)?)?"
    # "(about 285°F)", "(roughly one US pint)", "(roughly seven feet)"
    r"(?:\s*\((?:about|roughly|around|approximately|~|or)?\s*(?:[-\d$\u00a3\u20ac][^()]{0,30}|"
    rf"(?:{phrases.ANY_NUMBER_WORD}|an?|half an?|a quarter(?: of an?)?|a third of an?)\s+(?:US\s+|UK\s+)?(?P<worded>[a-z]+))\)"
    rf"|,\s+or\s+(?:about\s+|roughly\s+)?{_VALUE}\s*{_unit_word('unit')}{_SECOND_PART}"
    # "weighed 3,106 carats, about 621 grams, and": a hedged value in another unit, set off by commas
    rf"|,\s+(?:about|roughly|around|approximately|some|nearly|almost|(?:a little|just) (?:under|over))\s+"
    rf"(?:{_VALUE}|one|half an?|a quarter of an?|a third of an?)\s*{_unit_word('aside')}"
    # "1 millimetre per second, roughly 3.6 metres an hour.": a rate, and an aside that ends the sentence
    r"(?:\s+(?:per|an?)\s+(?P<time>second|minute|hour|day|week|month|year))?(?=,|[.;]?\s*$)"
    # "28,800 vibrations per hour, i.e. 4 Hz": the notes say outright it is the same value
    rf"|(?P<said>[,;:]?\s+{phrases.SAID_TO_BE}\s+(?:about\s+|roughly\s+)?(?:{_VALUE}(?:\^\d+)?|{phrases.ANY_NUMBER_WORD})(?:\s*[A-Za-z]+(?:\s+(?:a|an|per)\s+[a-z]+)?)?))"
)


def twin(text: str, end: int) -> re.Match[str] | None:
    """The same value in another unit right after a blanked quantity: '140°C (about 285°F)'."""
    twin = _TWIN.match(text, end)
    if twin and twin.group("said"):
        return twin
    worded = twin and twin.group("worded")
    if worded and _unit_dimension_before(text, end) != unit_dimension(worded):
        return None  # "about 300 bees (half a cup)": another measure of it, not the same value
    unit = twin and (twin.group("unit") or twin.group("aside"))
    unit = unit and re.sub(r"^(?:US|UK|imperial)\s+", "", unit).replace(" ", "")  # "US pint", "square miles"
    if unit and (_RATE_AFTER.match(text, twin.end()) or unit == _unit_before(text, end)):
        return None  # "about 6,900 km, or roughly 68 km a day": another value in the same unit, or a rate
    before = _whole_unit_dimension(text, end)
    if twin and twin.group("time"):  # a speed said again: "[about a millimetre] per second, roughly 3.6 metres an hour"
        return twin if _ends_on_a_speed(text[:end] + (twin.group("keep") or "")) and unit_dimension(unit) == "length" else None
    if unit and before and unit_dimension(unit) and unit_dimension(unit) != before:
        return None  # "in 24 hours, or 15 degrees every hour": another measure, not the same value
    return twin if twin and (not unit or unit_dimension(unit)) else None


_RATE_AFTER = re.compile(r"\s+(?:a|an|per|every)\s+(?:second|minute|hour|day|night|week|month|year)\b")


def _unit_before(text: str, end: int) -> str:
    """The unit word right after the number of a quantity ending at `end`: 'km' of "about 6,900 km"."""
    m = re.search(r"\d[\d,.]*\s*([A-Za-z]+)$", text[:end])
    return m.group(1) if m else ""


def _ends_on_a_speed(text: str) -> bool:
    """ "about a millimetre per second", "20 km an hour": a length, then a time it is covered in."""
    m = re.search(r"([A-Za-z]+)\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year)\s*$", text)
    return m is not None and unit_dimension(m.group(1)) == "length"


def _whole_unit_dimension(text: str, end: int) -> str:
    """The dimension of the whole unit after the number of a quantity ending at `end` ("9.6 square
    kilometres": area; "20 metres per second": speed), '' when it reads as none."""
    unit = re.search(r"\d[\d,.]*\s*((?:[A-Za-z]+\s*){1,5})$", text[:end])
    if unit is None:
        return ""
    named = unit_dimension(unit.group(1).replace(" ", "").strip())
    parts = [unit_dimension(p.strip()) for p in unit.group(1).split(" per ")]
    if named or len(parts) == 1:
        return named
    # "20 metres per second" is a speed; "72 Hz per mile per hour" a rate, no plain frequency
    return "speed" if parts == ["length", "time"] else "rate"


def _unit_dimension_before(text: str, end: int) -> str:
    """The dimension of the unit a quantity ending at `end` closes on: "about 470 mL" -> volume."""
    last = re.search(r"([A-Za-z]+)\s*$", text[:end])
    return unit_dimension(last.group(1)) if last else ""


def _comparative(word: str) -> bool:
    """ "lower", "faster", "more": what an amount before it measures the difference of."""
    w = word.lower()
    return w in ("more", "less", "fewer") or w.endswith("er") and "ADJ" in lookup(w) and len(w) > 4


def _counts_a_plural(text: str, p: Phrase, lead: str) -> bool:
    """ "the seeds of [more than 300] rhododendron species": a bare count (with its scale) before the
    plural it counts is the claim, not a measure that sets the scene ("a 70 kg runner")."""
    bare = re.fullmatch(r"(?:[a-z]+\s+){0,2}\d[\d,.]*(?:\s+(?:thousand|million|billion))?", text[p.start : p.end])
    plural = re.match(r"\s+(?:[a-z]+\s+)?[a-z]{3,}s\b", text[p.end :]) is not None
    people = re.match(r"\s+([a-z]+)", text[p.end :])
    plural = plural or people is not None and people.group(1) in phrases.PEOPLE_PLURALS  # "about 177,000 people"
    return bare is not None and plural and not re.search(r"\b(?:a|an)\s+$", lead)


_ONE_OF_A_UNIT = re.compile(rf"\b(?:an?|one|every(?: other)?) {phrases.ONE_UNIT}(?: or so)?$", re.I)
_HOW_OFTEN = re.compile(r"\b(?:once|twice|times)\s+(?:a|an|per|every)\s", re.I)  # "[twice a day]": a count per unit
ONE_OF_A_UNIT_PENALTY = 15.0  # below FURTHER_KEY_SCORE: no extra deletion, still the best of its own fact
# the aside after a sentence's opening name: "Sir William Jones, a British judge in Calcutta, argued ..."
_OPENING_ASIDE = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*,\s+(?P<aside>[^,]{3,80}),\s")
ASIDE_PLACE_PENALTY = 30.0
# a distance that says where the place a sentence opens on is: "At Durrington Walls, about 3 km to the northeast,"
_LOCATING = re.compile(
    r"\s+(?:to\s+the\s+|further\s+)?(?:[a-z-]*(?:north|south|east|west)[a-z-]*|away|upstream|downstream|inland|offshore)"
    r"\b[^,;.]{0,25},"
)
_EXAMPLE_BEFORE = re.compile(
    r"(?:\b(?:such as|like|e\.g\.,?|for example,?|for instance,?)|,\s+say,?)\s+(?P<quote>[\"\u201c'])?$", re.I
)  # ", say 50 km/h": an example value
BRACKETED_DATE_PENALTY = 30.0


IMPRINT_PENALTY = 45.0  # below a term: who published a work is a key only when nothing else is
_IMPRINT_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s+\(\s*$")
_IMPRINT_AFTER = re.compile(r"\s*(?:,\s*\d{4}\s*)?\)")
_PUBLISHER = re.compile(r"\b(?:Press|Books|Publishing|Publishers|Publications|Editions)$")


def _imprint(text: str, p: Phrase) -> bool:
    """A publisher in brackets right after a work's title, alone or with its year ("(Oxford University
    Press)", "(Kestrel House, 2019)"); not "Sermeq Kujalleq ([Jakobshavn Isbræ])", another name of the thing."""
    after = _IMPRINT_AFTER.match(text, p.end)
    dated = after is not None and "," in after.group()
    publisher = _PUBLISHER.search(text[p.start : p.end]) is not None
    return _IMPRINT_BEFORE.search(text[: p.start]) is not None and after is not None and (dated or publisher)


def _restates_the_value_before(text: str, p: Phrase) -> bool:
    """A value in brackets right after a unit says the same amount another way, which the value outside
    shows: "about 0.2 hertz (one full cycle [every five seconds])". Not after a vague one ("the top few
    tens of metres (often quoted as [30-50 m])"): the value in brackets is the precise claim."""
    if not _bracketed(text, p):
        return False
    opened, closed = text.rfind("(", 0, p.start), text.find(")", p.end)
    if len(text[opened + 1 : p.start].split()) > 3 or len(text[p.end : closed].split()) > 1:
        return False  # "(fortunately at a point Earth had passed [about nine days] earlier)": a claim of its own
    before = text[max(0, opened - 40) : opened]
    unit = re.search(r"([A-Za-z]+)(?:\s+of\s+[a-z]+)?\s*$", before)  # "2.3 million US gallons of molasses ("
    return bool(unit and unit_dimension(unit.group(1))) and not _VAGUE_AMOUNT.search(before)


_VAGUE_AMOUNT = re.compile(r"\b(?:few|several|some|many|dozens|tens|hundreds|thousands)\b", re.I)


def _bracketed(text: str, p: Phrase) -> bool:
    opened = text.rfind("(", 0, p.start)
    return opened >= 0 and text.find(")", opened) >= p.end and text.rfind(")", opened, p.start) < 0


# ", who started there in 1922, is ...", ", opened in May 1883, was ...": a clause between commas about a name
_ASIDE_OPENS = re.compile(
    r",\s+(?:(?:first|once|originally|later)\s+)?(?:who|which|[a-z]+ed|born|built|made|found|known|held|led|lit|sold|written|grown|shown)\b[^,;.()]*$"
)  # "Boston Light, first lit in [1716], was ..."
_ASIDE_CLOSES = re.compile(r"[^,;.()]*,\s+(?:is|was|are|were|has|had|became|remains|still)\b")


def _in_comma_aside(text: str, p: Phrase) -> bool:
    """The phrase is in a clause set off by commas that describes what the sentence is about, before the
    sentence goes on to its claim ("Jimmy Jeffs, who started there in [1922], is often named ...")."""
    return bool(_ASIDE_OPENS.search(text[: p.start])) and bool(_ASIDE_CLOSES.match(text, p.end))


_FINAL_ASIDE_OPENS = re.compile(r",\s+(?:who|which|[a-z]+ed)\b[^,;.()]*$")  # ", introduced in", ", who died in"


def _in_final_aside(text: str, p: Phrase) -> bool:
    """The phrase is in a clause set off by a comma that ends the sentence and describes the noun before
    it ("the quick-release hub, which he patented in [1930]."): a detail of that noun, not the claim."""
    aside = _FINAL_ASIDE_OPENS.search(text[: p.start])
    if aside is None or re.fullmatch(r"\s*[.!?]?\s*", text[p.end :]) is None or re.search(r"\buntil\s+$", text[: p.start]):
        return False  # "which stayed blocked [until April 1957]": how long a state lasted is the clause's claim
    # the clause before it is whole, with its verb: not "Fresnel, a French physicist, [presented] ... in
    # 1822", nor "...; rinderpest, a cattle disease, [followed] in 2011" after a clause of its own
    clause = re.split(r"[;:]", text[: aside.start()])[-1]
    return any(tag in ("VERB", "AUX") for _tok, tag in tags.tag_text(clause))


def _placed_in_aside(text: str, p: Phrase) -> bool:
    """A place said in the aside that describes the sentence's subject, or right after its name ("The
    Bay of Fundy in [Canada] has ..."): where it is, not what is claimed."""
    m = _OPENING_ASIDE.match(text)
    inside = m is not None and m.start("aside") <= p.start and p.end <= m.end("aside")
    placed = _PLACE_AFTER_NAME.match(text)
    named = p.kind is Kind.NAME or text[p.start].isupper()  # a name read as a term too: "Cremona"
    after_name = placed is not None and placed.end() == p.start and named
    return after_name or inside and re.search(r"\b(?:in|on|at|near|from)\s+$", text[: p.start]) is not None


_PLACE_AFTER_NAME = re.compile(
    r"(?:The\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,4}\s+in\s+"
    r"|[A-Z][\w'\u2019-]*\s+[A-Z][\w'\u2019-]*\s+of\s+"  # "Andrea Amati of [Cremona]": where a person came from
)


# no number to recall: "several flushes", "a few hundred drones", "several hundred a year", "dozens of countries"
# (thousands and millions are a claim's order of magnitude: "may be [thousands of years] old")
_VAGUE_COUNT = re.compile(r"(?:\w+\s+)?(?:a few|several|a couple of|dozens of|scores of)(?:\s+[a-z]+){1,3}", re.I)
MANY_DIGITS = 7  # significant digits of a value past which it is a constant to look up, not a fact to recall
MANY_DIGITS_PENALTY = 30.0


def _digits(answer: str) -> int:
    """The significant digits of the first number in the answer, its power of ten aside ("9,192,631,770": 10)."""
    m = re.search(r"\d[\d,.]*", answer)
    return len(re.sub(r"\D", "", m.group()).strip("0")) if m else 0


KNOWN_VALUE_PENALTY = 45.0  # below a term: a value everyone knows is a blank only when nothing else is
# values everyone knows, with the words that call them up: water boils at 100°C, a day has 24 hours
_KNOWN_VALUES = (
    (r"(?:near\s+|about\s+|at\s+)?100\s?\u00b0\s?C|212\s?\u00b0\s?F", r"\bboil"),
    (r"(?:near\s+|about\s+|at\s+)?0\s?\u00b0\s?C|32\s?\u00b0\s?F", r"\bfreez|\bmelt|\bice\b"),
    (r"360(?:\s?\u00b0|\s+degrees)?", r"\bturns?\b|\brotat|\bcircle"),
    (r"24\s+hours", r"\bday\b|\bturns?\b|\brotat"),
)


def _known_to_all(text: str, answer: str) -> bool:
    return any(re.fullmatch(value, answer.strip(), re.I) and re.search(cue, text, re.I) for value, cue in _KNOWN_VALUES)


VAGUE_COUNT_PENALTY = 25.0  # below a number of the same fact, still above a term
UNMEASURED_COUNT_PENALTY = 20.0  # further, below a term: a doubtful card's key when nothing else is
# what makes a vague count say something: its order of size, or a unit it counts (a span of time, a measure)
_MEASURED_COUNT = re.compile(r"\b(?:hundreds?|thousands?|millions?|dozens?|times|generations?)\b", re.I)
_MEASURED_TERM = re.compile(r"\d[\d,.]*-[a-z]+\s")  # "30-year mortgage", "16-bit console"


def _quantity_after(text: str, p: Phrase) -> bool:
    """A quantity later in the sentence, where a claim's value comes: not an attributive one."""
    later = [q for q in phrases.chunks(text) if q.kind is Kind.QUANTITY and q.start >= p.end]
    return any(not _MEASURED_TERM.match(text[q.start : q.end] + " ") for q in later)


# Words for a vessel, a portion or a shape of some stuff: in "a layer of ash" the stuff is the fact.
PARTITIVES = words.wordset(
    """bath baths basin bowl bucket cup glass jar pot pool tank trough tub vat layer layers film sheet
    coat coating pinch handful drop drops splash dash piece pieces bit bits lump lumps chunk chunks slice
    strip block bag box bottle barrel cask sack pile heap stack bundle batch dose portion bed column
    stream jet cloud pocket pockets patch patches ball bubble crust blanket plume puddle"""
)
# measures named by what they measure: "the [coefficient of expansion]", "the [angle of attack]"
RELATIONAL = words.wordset("coefficient coefficients angle rate index modulus law principle theory constant")
_OF = re.compile(r"\s+of\s+")


def _with_its_stuff(text: str, key: Key, chunks: tuple[Phrase, ...]) -> Key:
    """'floated in a [trough of mercury]': a vessel or a portion is blanked with the stuff it holds, and
    a measure with what it measures ('the same [coefficient of expansion]')."""
    head = key.text_in(text).lower()
    of = _OF.match(text, key.end) if key.kind is Kind.TERM and (head in PARTITIVES or head in RELATIONAL) else None
    stuff = next((p for p in chunks if of and p.start == of.end() and p.kind is Kind.TERM), None)
    if stuff is None or stuff.in_list or text[stuff.start : stuff.end].endswith("ing"):
        return key
    return Key(key.start, stuff.end, key.kind, key.score)


COMMON_HEAD_ZIPF = 4.0  # "threat", "person", "coating": a head too common to be asked alone
MAX_COMPLEMENT_WORDS = 6
# what pins a noun down after it: "of" or "to" and a phrase, or a relative clause up to its comma; not
# "from", "with" or "for", which more often go with the verb ("run every detail [from the centre]")
_PINS_DOWN = re.compile(
    r"\s+(?:(?:of|to|against|about)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?=\w)"
    r"|(?P<relative>(?:who|that|which)\s+[^,;:.()]+?)\s*(?=[,;:.()]|$))",
    re.I,
)
# after the complement, what shows it is whole: not "of", "and", "or" or a noun going on ("the bulk of
# [world] supply", "observations of stars or of the sun's shadow")
_GOES_ON = re.compile(r"\s+(?:of|and|or|nor|like|to)\b", re.I)


def _noun_after(text: str, at: int) -> bool:
    """A noun right after `at`: the tagger's, or one that closes the clause ("the bulk of world [supply])")."""
    m = re.match(r"\s+([A-Za-z][\w'-]*)(\s*[,;:.)!?]|$)?", text[at:])
    if m is None:
        return False
    tag = phrases.tag_at(text, at + m.start(1))
    return tag in ("NOUN", "PROPN", "ADJ") or m.group(2) is not None and "NOUN" in lookup(m.group(1).lower())


def with_its_complement(text: str, key: Key) -> Key:
    """A weak key on a common head, with what pins it down after it: 'paid for by the [person who
    received it]', 'rested on the [conservation of mass]', or the key as it was."""
    answer = key.text_in(text)
    if key.kind is not Kind.TERM or words.zipf(answer.split()[-1]) < COMMON_HEAD_ZIPF:
        return key
    m = _PINS_DOWN.match(text, key.end)
    if m is None or m.group().lstrip().lower().startswith("to") and re.search(r"\bfrom\s+(?:the\s+)?$", text[: key.start], re.I):
        return key  # "from [salt fish] to the factory can": one end of a span
    if m.group("relative"):
        end = m.end("relative")
    else:
        after = [p for p in phrases.chunks(text) if p.start == m.end() and p.kind in (Kind.TERM, Kind.NAME)]
        if not after or any(p.in_list for p in after):
            return key
        end = max(p.end for p in after)  # "the Scottish wildcat", not "the Scottish"
        if _GOES_ON.match(text, end) or _noun_after(text, end):
            return key
    if len(text[key.start : end].split()) > MAX_COMPLEMENT_WORDS:
        return key
    return Key(key.start, end, key.kind, key.score)


_ERA_NAME = re.compile(r"\b(?:War|Revolution|Depression|Crisis|Era|Age)$")
_WHEN_BEFORE = re.compile(r"\b(?:after|before|during|since|until|following|entered|joined|(?:end|start|outbreak|eve) of)\s+the\s+$", re.I)
SCENE_PLACE_RARITY = 2.0  # "Britain" 1.3, "Edinburgh" 1.7, "Chile" 1.9; not "Venezuela" 2.1, "Murano" 3.4
_PLACED = re.compile(
    r"\b(?:in|at|across|throughout|of)\s+(?:the\s+)?"
    r"(?P<part>(?:(?:north|south)[ -]?(?:east|west)|north|south|east|west)(?:ern)?\s+|central\s+)?$",
    re.I,
)


def _sets_the_scene(name: str, before: str) -> bool:
    """A place everyone knows, after 'in' or 'across': one word ("in [Britain]"), or more after the part
    of it meant ("in the eastern [United States]"; not "first recorded in [New York]")."""
    placed = _PLACED.search(before)
    # "a fad across the [United States]": all over a country is where, whatever its words
    spread = placed is not None and placed.group().lower().startswith(("across", "throughout"))
    # "the largest reservoir in the [United States]": where a superlative holds is its scope
    scope = placed is not None and _SUPERLATIVE_BEFORE.search(before[: placed.start()]) is not None
    whole = " " not in name or bool(placed and placed.group("part")) or spread or scope
    return placed is not None and whole and rarity(name) < SCENE_PLACE_RARITY


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|only|largest|biggest|tallest|longest|oldest|highest|deepest|busiest|fastest|earliest|smallest|greatest"
    r"|most\s+[a-z]+)\s+(?![a-z]+ed\s)(?:[\w-]+\s+){1,3}$",  # a noun it is said of: not "first recorded in"
    re.I,
)


# "in Grand Rapids, " or "Grand Rapids, " opening the sentence: a place, then the state or country it is in
_PLACE_BEFORE = re.compile(r"(?:^|\b(?:in|at|from|of|near)\s+)(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*,\s+$")
_VENUE_BEFORE = re.compile(r"\b(?:study|studies|paper|papers|report|article|review|survey|analysis)\s+(?:published\s+)?in\s+(?:the\s+)?$", re.I)
_TRADE = re.compile(r"(?:ists|ers|ors|ians)$")  # people of a trade, plural: "divers", not "seawater"
_WHO_NEXT = re.compile(r"\s+(?:who|whose)\b")


LIST_COMPOUND_ZIPF = 3.0  # "check", "play" (5.3, 5.6); not "cel" or "natura" (2.8, 2.6) of cellists and naturalists


def _by_trade(text: str, start: int, end: int) -> bool:
    """People named by what they do, as the ones who do what follows: "so [navigators] can tell"."""
    answer = text[start:end]
    if answer.endswith("lists") and words.zipf(answer[:-5]) >= LIST_COMPOUND_ZIPF:
        return False  # "[checklists] written overnight", "playlists": kinds of list, no trade
    named = re.fullmatch(r"[a-z]+", answer) or re.fullmatch(r"[a-z]+ [a-z]+", answer) and lookup(answer.split()[0])[:1] == ("NOUN",)
    trade = bool(named) and _TRADE.search(answer) is not None
    return trade and (_WHO_NEXT.match(text, end) is not None or phrases.is_verb(text, end + 1))


# what a list's heading may say of its items without naming a kind of thing
_HEADING_MODIFIERS = words.wordset("main basic key major minor different distinct common separate broad")
_CLASS_NOUNS = words.wordset(
    """types kinds sorts parts stages phases steps levels families groups classes categories forms ways
    elements components factors features varieties"""
)


_CLASS_WORDS = _CLASS_NOUNS | words.wordset("examples cases instances things")


def _heads_a_list_of(text: str, p: Phrase) -> bool:
    of = re.match(r"\s+of\s+", text[p.end :])
    return of is not None and any(a == p.end + of.end() for a, _ in phrases.list_spans(text))


def _described_class(answer: str) -> bool:
    """An adjective and a noun for a class of anything: "clearest examples", "different ways"."""
    first, _, last = answer.lower().partition(" ")
    return last in _CLASS_WORDS and lookup(first)[:1] == ("ADJ",)


def _names_its_items(text: str, heading: Phrase) -> bool:
    """The heading of the list after it names a kind of thing, a term worth asking from its items
    ("four [golden signals]: latency, traffic, ..."), not a word any list could head ("three basic
    parts", "four overlapping phases", "three apple varieties"), nor one the items say again ("three
    main mangrove species: red, black and white mangroves"). How rare it must be is asked of it as of
    any term."""
    named = [w.lower() for w in text[heading.start : heading.end].split() if w.lower() not in _HEADING_MODIFIERS]
    if len(named) < 2 or "and" in named or words.stems(" ".join(named)) & words.stems(text[heading.end :]):
        return False
    return named[-1] not in _CLASS_NOUNS


def _demonstrative_before(text: str, start: int) -> bool:
    """'this', 'these', 'those' right before; 'that' too, unless it is a conjunction ("showed that")."""
    m = re.search(r"(?:^|(?P<prev>\S+)\s+)(?P<d>this|that|these|those)\s+$", text[:start], re.I)
    if m is None:
        return False
    if m.group("d").lower() != "that" or phrases.tag_at(text, m.start("d")) == "DET":
        return True
    prev = (m.group("prev") or "").lower()
    return not prev or prev in ("and", "but", "of", "in", "on", "for", "by", "with", "from", "to", "at", "after", "before")


def _converted(answer: str, prompt: str) -> bool:
    """The prompt gives the answer's amount in a unit it converts into exactly ('10,000 mm', '[10 metres]')."""
    ours = find_quantities(answer)
    return bool(ours) and any(same_amount(a, p) for p in find_quantities(prompt) for a in ours)


_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.I)


def _rest_of_a_whole(answer: str, prompt: str) -> bool:
    """'75 percent cotton and [25 percent] linen': a share the prompt's other share makes up to 100."""
    ours = {float(m.group(1)) for m in _PERCENT.finditer(answer)}
    shown = [float(m.group(1)) for m in _PERCENT.finditer(prompt)]
    return len(ours) == 1 and len(shown) == 1 and abs(ours.pop() + shown[0] - 100) < 0.01


WORKED_OUT_LEAST = 10  # each of two numbers a product is read off: not "[15 seconds]" beside "3" and "5"
_DOUBLING = re.compile(rf"\b(?:{'|'.join(_MULTIPLES)}|half|halve|halved|halves|halving)\b", re.I)


def _worked_out(answer: str, prompt: str) -> bool:
    """A value two of the prompt's numbers make, one times or over the other: "986 kills for [9,860
    rounds], exactly ten bullets per bird", "dividing 2,880 seconds by about 120 shots gave [24]"; or
    one the prompt doubles or halves ("six clubs ... doubled it to [12]"). Years multiply nothing."""
    ours = _amounts(answer) if re.search(r"\d", answer) else []
    if len(ours) != 1 or ours[0] <= 2:
        return False
    target, theirs = ours[0], _amounts(prompt)
    if _DOUBLING.search(prompt) and any(target in (2 * x, x / 2) for x in theirs):
        return True
    big = [x for x in theirs if x >= WORKED_OUT_LEAST]
    return any(target in (a * b, a / b) for i, a in enumerate(big) for b in big[i + 1 :] + big[:i])


def _amounts(text: str) -> list[float]:
    """The numbers a text states, years aside."""
    plain = [v.replace(",", "") for v in values(text) if not is_year(v)]
    return [float(v) for v in plain if re.fullmatch(r"\d+(?:\.\d+)?", v) and float(v) > 0]  # not "9.12.11.5.18"


COMPOUND_RARITY = 1.5


def _compound(answer: str) -> bool:
    """Two nouns that name one thing ("race condition", "foundation species"): a term of common words;
    not an adjective and a noun ("young kelp") nor a noun and a likelier verb ("soda starts")."""
    content = words.content(answer)
    if len(content) != 2 or len(answer.split()) != 2:
        return False
    first, head = (w.lower() for w in content)
    return "NOUN" in lookup(first)[:2] and "ADJ" not in lookup(first)[:1] and lookup(head)[:1] == ("NOUN",)


def _noun_at_end(answer: str) -> bool:
    """Three common words that end on a noun name something ("federal deposit insurance"); not a
    run that ends on a likelier verb ("quiet human keeps")."""
    last = words.content(answer)[-1].lower()
    return lookup(last)[:1] == ("NOUN",)


_OF_NEXT = re.compile(r"\s+of\s+\w")
HEAD_OF_RARITY = 3.5  # "hallmark" 2.6, "workhorse" 3.3: an everyday head; not "morbillivirus" 6.0
_AMOUNT_NEXT = re.compile(rf"\s+{HEDGE}[\d$\u00a3\u20ac]", re.I)  # "[weighing] about 38 kg"
_OBJECT_NEXT = re.compile(r"\s+(?:\d|(?:the|a|an|its|their|his|her|our|your|two|three|four|five|six|seven|eight|nine|ten)\b)", re.I)
_APPOSED = re.compile(r",\s+(?:a|an|the|[a-z]+ed|spoken|known|born|found|built|made)\s", re.I)
_FRONTED_SPAN = re.compile(r"(?:(?:for|within|during|after|in|over)\s+)?", re.I)
_DURATION = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|generations?)$", re.I)
_FRONTED = re.compile(r"^(?:in|under|at|during|after|before|from|since|by|on|for|with|unlike|besides)\s+(?:\S+\s+){0,3}$", re.I)


# -- titles and quotes ---------------------------------------------------------------------------

_TITLE_BREAK = re.compile(r",?\s+(?:but|yet)\s+", re.I)
_TITLE_VERB = re.compile(
    r"\s(?:is|are|was|were|can|could|will|may|might|must|should|does|do|doesn't|don't|isn't|aren't)\s(?:not\s)?", re.I
)
_TITLE_REASON = re.compile(r",?\s*\b(?:because|while|whereas|although|though)\s+", re.I)
_PREDICATE_OPENER = re.compile(r"^(?:by|with|at|in|out of|before|after|without|through|from)\s", re.I)


def title_key(title: str) -> Key | None:
    """The part of an idea's title that says what it claims, or None when that part would make a vague
    blank (common words, a set phrase: "tops [up the tank]")."""
    key = _title_key(title)
    if key is None or _ill_defined_title(title, key):
        return None
    if key.kind in (Kind.QUANTITY, Kind.DATE, Kind.QUOTED):
        return key
    if rarity(key.text_in(title)) < 1.5 or _unfit_title_blank(title, key):
        return None
    # "The queen was once [the weakest piece]": an adverb before the phrase stays shown, as a first object does
    return _last_object(title, key)


def claimed_apart(title: str, key: Key) -> bool:
    """The title marks its blank as the claim: a term in quotes, what follows its "but" ("Wolves changed
    Yellowstone, but the cascade is [still debated]"), or the means "by ..." ("keep kelp standing [by
    eating urchins]"). A heading's other phrases name its paragraph's matter more than they claim it:
    over fresh notes such blanks read mostly bad ("Loose, thick skin works [as armour]", "A fish without
    jaws, bones or paired [fins]")."""
    if key.kind is Kind.QUOTED or key.text_in(title).lower().startswith("by "):
        return True
    contrast = _TITLE_BREAK.search(title)
    return contrast is not None and key.start >= contrast.end()


def weak_title_key(title: str) -> Key | None:
    """The claim of a title that makes no clear blank, in common words ("Removing one predator can
    collapse [a whole community]"), when it still makes a defined one."""
    key = _title_key(title)
    if key is None or _ill_defined_title(title, key) or _unfit_title_blank(title, key):
        return None
    answer = key.text_in(title)
    if not words.content(answer) or any(a < key.end and key.start < b for a, b in phrases.list_spans(title)):
        return None  # "depend [on fuel, half-sleep and darkness]": a list to recite, not a claim to recall
    if _OWNER_FIRST.match(title) or _generic_head(re.sub(r"^(?:the|a|an)\s+", "", answer, flags=re.I)):
        return None  # "[Its] intelligence evolved ...": whose, the body says; "was [the hardest part]": any thing would fit
    if any(tag == "VERB" and key.start < tok.start < key.end for tok, tag in tags.tag_text(title)):
        return None  # "but [clocks won anyway]": a clause, not a phrase to recall
    if _NOT_A_THING.search(answer):
        return None  # "are chopped [into short pieces]", "put [the crew back]", "turned [a problem into evidence]"
    if " " not in answer.strip() and lookup(answer.strip().lower())[:1] in (("ADJ",), ("ADV",)):
        return None  # "Deeper than Everest is [tall]": a bare adjective that many others would fit
    return _last_object(title, key)


def vague_claims_subject(title: str, claim: Key) -> Key | None:
    """When what a weak title claims is a vague thing ("decide [the shade]", "share [a step size]"), the
    named thing it claims it of ("[Acidity and metals] decide the shade"); None when the claim is no vague
    thing ("hardens [under water]") or the subject is no thing to recall."""
    answer = claim.text_in(title)
    if rarity(answer) >= VAGUE_CLAIM_RARITY or not _VAGUE_START.match(answer):
        return None
    return _title_subject(title)


VAGUE_CLAIM_RARITY = 2.0  # "[the shade]" 1.8, "[both ways]" 0.9, "[a whole community]" 0.7; not "[chemical fingerprints]" 2.7
_VAGUE_START = re.compile(r"(?:the|a|an|its|their|his|her|both|much|some|any)\s", re.I)  # a thing; not "hardens [under water]"
SUBJECT_RARITY = 2.0  # a title's subject worth recalling: "Shrimp ponds", "Acidity and metals"; not "Experiments", "Habits"


def _title_subject(title: str) -> Key | None:
    """The noun phrase a title opens on, right before its verb: "[Ring vaccination] finished the job"."""
    lead = re.match(r"(?:the|a|an)\s+", title, re.I)
    start = lead.end() if lead else 0
    found = [p for p in phrases.chunks(title) if p.start == start and p.kind in (Kind.TERM, Kind.NAME) and not p.in_list]
    if not found:
        return None
    p = max(found, key=lambda p: p.end)
    key = Key(p.start, p.end, p.kind, BASE_SCORE[p.kind])
    last = key.text_in(title).split()[-1].lower()
    verb = phrases.is_verb(title, p.end + 1) and lookup(last)[:1] != ("ADJ",)  # not "[Uniform] crops hand ..."
    if not verb or rarity(key.text_in(title)) < SUBJECT_RARITY or title_context(title, key) < MIN_TITLE_CONTEXT:
        return None
    return key


# A weak title's blank that is no thing to recall: a phrase of place or manner, the object of a verb
# with its particle, or a change from one thing into another.
_NOT_A_THING = re.compile(r"^(?:into|in|on|at|to|from|with|by|for)\s|\s(?:back|up|out|off|down|away)$|\sinto\s", re.I)


_OWNER_FIRST = re.compile(r"(?:its|their|his|her)\s", re.I)


def _unfit_title_blank(title: str, key: Key) -> bool:
    """A word of an idiom, what is "the same" as what the title does not say ("Balance lives [in the
    same fluid-filled labyrinth]"), or a clause cut before its verb ("solve [problems a compass cannot]")."""
    answer = key.text_in(title)
    idiom = any(a < key.end and key.start < b for a, b in phrases.idiom_spans(title))
    return idiom or re.search(r"\bthe same\b", answer, re.I) is not None or _ENDS_ON_AUXILIARY.search(answer) is not None


def title_context(title: str, key: Key) -> int:
    """The content words a title card shows around its blank, light verbs aside."""
    shown = words.content(title[: key.start] + " " + title[key.end :])
    return sum(1 for w in shown if w.lower() not in _LIGHT_VERBS)


def _ill_defined_title(title: str, key: Key) -> bool:
    """Too little around the blank ("Only take [...]", "The gains came [...]"), no subject ("It is
    [...] saltier"), the rest of a clause ("was planned, [then shelved]"), a verb cut from its
    auxiliary ("The basic tools have [barely changed]"), or a span of time that opens it."""
    return (
        title_context(title, key) < MIN_TITLE_CONTEXT
        or _DANGLING_TITLE.match(title) is not None
        or _CLAUSE_TAIL.match(key.text_in(title)) is not None
        or _VERB_GROUP_SPLIT.search(title[: key.start]) is not None
        or key.kind in (Kind.QUANTITY, Kind.DATE) and _FRONTED_TIME.fullmatch(title[: key.start]) is not None
    )


# "For [a thousand years] most roads were mud": how long a title's claim held is its scene, not its claim
_FRONTED_TIME = re.compile(r"(?:for|over|during|through|throughout|until|by)\s+(?:the\s+)?", re.I)


# a verb's two objects (or an adverb before one), or what it turns one thing into: "gave origami [a written language]", "turned
# design into [an algorithm]"; and what a title sets against what it denies: "comes from [fermentation], not calves"
_SECOND_OBJECT = re.compile(
    r"(?!(?:not|never|with|without|by|in|on|at|for|from|to|of|through|under|over|like|as)\b)"
    r"\S+(?:\s+\S+)?\s+(?:into\s+(?=\S)|(?=(?:a|an|its|their|the)\s+\S))",
    re.I,
)
# "Geologists found vents and stumbled onto [an ecosystem]": the object of the second verb
_SECOND_VERB = re.compile(
    r".*\band\s+[a-z]+(?:\s+(?:onto|into|upon|on|in|to|at|across))?\s+(?=(?:a|an|the|its|their)\s)", re.I
)
_BEFORE_DENIED = re.compile(r".*\b(?:from|by|with|in|on|to)\s+(?=(?:\S+\s+){0,2}\S+$)", re.I)


_ENDS_ON_AUXILIARY = re.compile(r"\b(?:cannot|can't|can|could|will|would|won't|does|do|did|is|are|was|were|has|have)$", re.I)


def _last_object(title: str, key: Key) -> Key:
    answer = key.text_in(title)
    verb = _SECOND_VERB.match(answer)
    second = verb or _SECOND_OBJECT.match(answer)
    if second and (verb or not re.match(r"(?:a|an|its|their|the)\s", answer, re.I)):
        return replace(key, start=key.start + second.end())
    denied = _BEFORE_DENIED.match(answer) if title[key.end :].startswith(", not ") else None
    return replace(key, start=key.start + denied.end()) if denied else key


MIN_TITLE_CONTEXT = 2  # content words a title card shows besides its blank, light verbs aside
_LIGHT_VERBS = words.wordset("come comes came go goes went get gets got have has had make makes made do does did")
_VERB_GROUP_SPLIT = re.compile(r"\b(?:have|has|had|will|would|can|could|must|should|may|might)\s+$", re.I)
_DANGLING_TITLE = re.compile(r"(?:it|they|this|these|those|that)\s", re.I)  # what it means is in the body
# a key that opens on a conjunction or a wh-word, or holds a clause of its own: "[then shelved]", "[how far
# the game had travelled]", "[slowly or it will crack]"
_CLAUSE_TAIL = re.compile(
    r"(?:or|and|then|so|but|how|what|why|where|when|whether|which)\s|.*\b(?:or|and|so|but)\s+(?:it|they|he|she|you|we)\s",
    re.I,
)


def _title_key(title: str, start: int = 0) -> Key | None:
    """After 'but', else its quantity or date, else what follows its verb ("Baking powder carries
    [its own acid]"); never across 'because' or 'while': a reason is asked in its own clause."""
    contrast = _TITLE_BREAK.search(title, start)
    end = len(title.rstrip(" .!?"))
    if contrast:
        start = contrast.end()
        clause = title[start:end]
        subject = re.match(r"(?:the|a|an|its|their)\s(?:\S+\s){0,2}?(?:is|are|was|were)\s", clause, re.I)
        if subject:
            return Key(start + subject.end(), end, Kind.TERM, 60.0)  # "but the cascade is [still debated]"
        if len(words.content(clause)) <= 4:
            return Key(start, end, Kind.TERM, 60.0)  # "but [doesn't seal in juices]"
    spans = [p for p in phrases.chunks(title) if p.kind in (Kind.QUANTITY, Kind.DATE) and p.start >= start]
    if spans and not contrast:
        # "One eel became [three species] in 2019": a count after the subject is the claim, the year its
        # date; "Twelve nations signed the treaty in [1959]": a count that opens the title is its subject
        claimed = [q for q in spans if q.kind is Kind.QUANTITY and title[start : q.start].strip()]
        p = claimed[0] if claimed else spans[-1] if spans[-1].kind is Kind.DATE else spans[0]
        return Key(p.start, _extend_quantity(title, p.end), p.kind, 100.0)
    verb = _main_verb(title, start) or _TITLE_VERB.search(title, start) or _preposition(title, start)
    if verb is None:
        return Key(start, end, Kind.TERM, 50.0) if contrast else None
    begin = verb.end() if isinstance(verb, re.Match) else verb
    while begin < end and title[begin] in " ,;:":
        begin += 1  # "Baleen whales filter, [toothed whales hunt]": no space or comma in the blank
    predicate = title[begin:end]
    reason = _TITLE_REASON.search(predicate)
    if reason and not words.content(predicate[: reason.start()]):
        return _title_key(title, begin + reason.end())  # "Hive walls matter because bees pay [for lost heat]"
    if reason:
        predicate = predicate[: reason.start()]  # "Young birds follow [instinct] while adults navigate"
    verb_word = (re.findall(r"[A-Za-z']+", title[start:begin]) or [""])[-1].lower()
    head, comma, rest = predicate.partition(", ")
    if comma and verb_word and re.search(rf"\b{re.escape(verb_word)}\b", rest.lower()):
        predicate = head  # "Round shells make [spheres], cylinders make sequences": the first of two parallel claims
    if len(predicate.split()) > 6:
        cut = re.search(r"\s(?:in|on|for|during|across|over)\s", predicate[len(predicate.split()[0]) + 3 :])
        if cut:
            predicate = predicate[: len(predicate.split()[0]) + 3 + cut.start()]
    if not words.content(predicate):
        return None
    marked = [p for p in phrases.chunks(title) if p.kind is Kind.QUOTED and begin <= p.start < begin + len(predicate)]
    if marked:
        return Key(marked[0].start, marked[0].end, Kind.QUOTED, 90.0)  # "run on a single ['value function'] algorithm"
    denial = re.search(r",\s+not\s", predicate)
    if denial:
        predicate = predicate[: denial.start()]  # "is [a fuel crisis], not a failure of will"
    means = re.search(r"\bby\s+\w+ing\b.*$", predicate)
    if means and len(words.content(means.group())) <= 3:
        return Key(begin + means.start(), begin + len(predicate), Kind.TERM, 60.0)  # "... [by eating urchins]"
    if len(words.content(predicate)) > MAX_ANSWER_CONTENT:
        # "You need [both practice and understanding] to truly learn": the phrase of a long predicate
        inside = [
            k
            for k in candidates(title, Context(), min_score=0.0)
            if begin <= k.start and k.end <= begin + len(predicate) and len(words.content(k.text_in(title))) <= 4
        ]
        return max(inside, key=lambda k: (len(k.text_in(title)), k.score, -k.start), default=None)
    return Key(begin, begin + len(predicate), Kind.TERM, 60.0)


# a verb's particle, which stays in a question on its object: "starts with [removing urchins]"
_PARTICLE = re.compile(r"(?:with|on|into|for|from|to|about)\s", re.I)
# where a predicate's object ends: a phrase of place, time or manner after it
_AFTER_OBJECT = re.compile(r"\s(?:in|on|at|for|during|across|over|within|since|after|before|by|while|from|to)\s", re.I)


_POSSESSIVE = frozenset({"its", "their", "his", "her", "our", "your", "my"})
_OPENING_QUANTIFIERS = frozenset({"most", "much", "many", "some", "all", "half", "both"})  # "[most of its bull kelp]"


def title_object(title: str) -> Key | None:
    """What a title's verb acts on, a thing to ask for: "Baking powder carries [its own acid]",
    "Northern California lost [most of its bull kelp] in a few years". None unless the title is one
    clause: a plain subject, its verb, one noun phrase and at most one phrase of place or time after
    it; nor when the object is a manner, an adjective, a name or two objects ("gave [the disease its name]")."""
    if _TITLE_BREAK.search(title) or _TITLE_REASON.search(title) or "," in title:
        return None
    begin = _main_verb(title, 0)
    if begin is None or title_subject(title) is None:
        return None
    particle = _PARTICLE.match(title, begin)
    if particle:
        begin = particle.end()
    end = len(title.rstrip(" .!?"))
    after = _AFTER_OBJECT.search(title, begin, end)
    if after and (particle or _AFTER_OBJECT.search(title, after.end() - 1, end)):
        return None  # "moved from [stickers] to portraits", "chose [a lake] on top over a trench": no one thing asked
    if after:
        end = after.start()
    # a word either reading takes for a noun is one: the tagger, alone or in the title, errs either way
    # ("blocking [drains]" read alone, "birch [woods] in" in the title)
    alone = tags.tag_text(title[begin:end])
    in_title = [tag for tok, tag in tags.tag_text(title) if begin <= tok.start and tok.end <= end]
    tagged = [(tok, "NOUN" if "NOUN" in (tag, other) else tag) for (tok, tag), other in zip(alone, in_title, strict=False)]
    if not tagged or tagged[-1][1] != "NOUN" or all(t in ("PROPN", "DET") for _, t in tagged):
        return None
    first = tagged[0][0].lower
    gerund = first.endswith("ing") and len(tagged) > 1  # "starts with [removing urchins]"
    opens = tagged[0][1] in ("DET", "NOUN", "ADJ", "NUM") or first in _POSSESSIVE or first in _OPENING_QUANTIFIERS or gerund
    # one 'of' inside at most ("[most of its bull kelp]"); no verb, no other preposition, no clause
    inside = [tok.lower for tok, tag in tagged[1:] if tag in ("VERB", "AUX", "ADP", "PRON", "SCONJ") and tok.lower not in _POSSESSIVE]
    second = any(a in ("NOUN", "PROPN") and (b == "DET" or t.lower in _POSSESSIVE) for (_, a), (t, b) in zip(tagged, tagged[1:], strict=False))
    if not opens or inside not in ([], ["of"]) or second:
        return None
    return Key(begin, end, Kind.TERM, 50.0)


def title_subject(title: str) -> str | None:
    """The subject a title opens on, when nothing is fronted before it: "Restoring kelp" of "Restoring
    kelp starts with removing urchins", not "For most people the risk" (None)."""
    begin = _main_verb(title, 0)
    tagged = [(tok, tag) for tok, tag in tags.tag_text(title) if tok.end <= begin] if begin is not None else []
    while tagged and tagged[-1][1] in ("VERB", "AUX", "PART"):
        tagged.pop()
    # "Puffins [catch] fish": after a plural, a word that can be a verb is the verb the tagger missed
    plural = [phrases.plain_s(tok.lower) and not re.search(r"['\u2019]s$", tok.text) for tok, _ in tagged]  # not "Earth's"
    cut = next((i for i in range(1, len(tagged)) if plural[i - 1] and "VERB" in lookup(tagged[i][0].lower)), None)
    tagged = tagged[:cut] if cut is not None else tagged
    fits = ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ")
    plain = all(
        tag in fits or tok.lower in _POSSESSIVE or tok.text in ("'s", "\u2019s") or i == 0 and tok.lower.endswith("ing")
        for i, (tok, tag) in enumerate(tagged)
    )
    return title[: tagged[-1][0].end] if tagged and plain else None


def _preposition(title: str, start: int) -> int | None:
    """'Egg whites and yolks set [at different temperatures]': a predicate that opens on a preposition."""
    m = re.search(r"(?<=\S\s\S)[^ ]*\s(?=(?:at|by|with|in|into|for|out of|without)\s)", title[start:])
    return start + m.end() if m else None


def _extend_quantity(title: str, end: int) -> int:
    """'at least 40 minutes [ahead]': a quantity's adverb belongs to it."""
    m = re.match(r"\s(?:ahead|earlier|later|before|after|longer|apart)\b", title[end:], re.I)
    return end + m.end() if m else end


def _main_verb(title: str, start: int) -> int | None:
    """Where a title's predicate starts: after the first verb (and a modal's verb) past its subject."""
    tagged = tags.tag_text(title[start:])
    for i, (tok, tag) in enumerate(tagged[1:], 1):
        coordinated = i + 1 < len(tagged) and tagged[i + 1][1] == "CCONJ"  # "Egg whites and yolks set ..."
        # "Ship strikes and [fishing] gear are ...": an -ing word after 'and', before a noun, modifies it
        modifier = tok.lower.endswith("ing") and tagged[i - 1][1] == "CCONJ" and i + 1 < len(tagged) and tagged[i + 1][1] == "NOUN"
        if tag in ("VERB", "AUX") and tagged[i - 1][1] not in ("DET", "ADP") and not coordinated and not modifier:
            j = i
            while j + 1 < len(tagged) and tagged[j + 1][1] in ("VERB", "AUX", "PART") and not _noun_next(tagged, j + 1):
                j += 1
            end = start + tagged[j][0].end
            return end + 1 if end < len(title) else None
    return None


def _noun_next(tagged: list, i: int) -> bool:
    """'switched to [time] zones': a noun-or-verb word right before a noun is the noun's modifier."""
    tok, tag = tagged[i]
    return tag == "VERB" and i + 1 < len(tagged) and tagged[i + 1][1] == "NOUN" and "NOUN" in lookup(tok.lower)


def is_praise(answer: str) -> bool:
    content = [w.lower() for w in words.content(answer)]
    return bool(content) and all(w in PRAISE for w in content)


def is_judgement(answer: str) -> bool:
    """A speaker's judgement rather than an idea: a word of praise, the speaker's own view ("[the best
    book] I read", "[that's rare in my field]"), or what the book is as a thing ("It's a [slim paperback]")."""
    said = {w.lower() for w in re.findall(r"[A-Za-z][\w'\u2019-]*", answer)}
    return bool(said & (PRAISE - _EVERYDAY) or said & _FIRST_PERSON or said & _THE_BOOK_ITSELF)


_FIRST_PERSON = words.wordset("i i'm i've me my mine we our us")
_THE_BOOK_ITSELF = words.wordset(
    "book books paperback hardback hardcover volume edition pages chapter chapters read novel thriller memoir primer"
)
_EVERYDAY = words.wordset("good nice cool fun free")  # "what let them [get good]": no praise of the item


def quote_key(text: str, ctx: Context, avoid: Callable[[str], bool] | None = None) -> Key | None:
    """The key phrase of a quote: what it says against what it denies ("watch X, not Y"), what it
    says something is ("Ecology is mostly [indirect effects]"), else its strongest phrase, late in
    its sentence, where a quote puts its point. A quote of common words blanks its closing phrase.
    None of them is one `avoid` says another card shows, unless every one is: a quote still gets a card."""
    return _quote_key(text, ctx, avoid) or (_quote_key(text, ctx) if avoid is not None else None)


def _phrasal(text: str, key: Key) -> bool:
    """A single -ing word with its particle after it: half of a phrasal verb ("it's [waking] up")."""
    word, following = key.text_in(text), re.match(r"\s+([a-z]+)\b", text[key.end :])
    return " " not in word and word.endswith("ing") and following is not None and following.group(1) in PARTICLES


def _quote_key(text: str, ctx: Context, avoid: Callable[[str], bool] | None = None) -> Key | None:
    """The quote's key as `quote_key` says, None when every choice is one `avoid` rejects."""

    def shown(key: Key | None) -> bool:
        return key is None or (avoid is not None and avoid(key.text_in(text)))

    every = [k for k in candidates(text, ctx, min_score=0.0) if not problems(text, k, QUOTE_CONTEXT) and not shown(k)]
    every = [k for k in every if k.text_in(text).lower() not in _QUOTE_FILLERS]  # "really a [story] about gas"
    # "the [clever part] was", "is the [difference]": no kind of thing; "mostly [indirect effects]" is the point
    every = [k for k in every if not _generic_head(k.text_in(text)) or k.text_in(text).split()[-1].lower() in RELATIONAL_HEADS]
    every = [k for k in every if not _phrasal(text, k)]  # "it's [waking] up": half a phrasal verb
    every = [k for k in every if not denied_next(text, k)]  # "thinks it is [about blowing]. It isn't."
    # "half my [listeners] will never forgive him": who reacts to the point; "the [keepers] are gone" is one
    every = [k for k in every if not _by_trade(text, k.start, k.end) or _STATE_NEXT.match(text, k.end)]
    instead = _not_but(text, every)
    if instead is not None and not shown(instead):
        return instead
    contrast = re.search(r"(?P<x>[^,;.]{3,80}),\s+not\s+[^,;.]{2,40}[.!?]?", text)
    clause = _wh_counterpart(text, contrast) if contrast else None
    if clause is not None and not problems(text, clause, QUOTE_CONTEXT) and not shown(clause):
        return clause  # "tells you [how much comes from the bean], not how good it will taste"
    if contrast:
        inside = [k for k in every if contrast.start("x") <= k.start and k.end <= contrast.end("x")]
        denied = text[contrast.end("x") :].lstrip(", ").removeprefix("not ")
        opener = re.match(r"(?:before|after|when|while|until)\s", denied)
        if opener:
            # "nap [before the slump hits], not after ...": what is denied is a time, so is its counterpart
            at = max(text.rfind(f" {w} ", contrast.start("x"), contrast.end("x")) for w in _TIME_WORDS)
            if at > 0:
                key = Key(at + 1, contrast.end("x"), Kind.TERM, 55.0)
                if len(words.content(key.text_in(text))) <= MAX_ANSWER_CONTENT and not problems(text, key, QUOTE_CONTEXT):
                    return None if shown(key) else key
        if inside:
            last = max(inside, key=lambda k: (k.end, -k.start))
            # "Patience wins [at sea], not speed": what is set against "speed" is the subject
            if re.search(r"\b(?:at|in|on|by|with|for)\s+(?:the\s+)?$", text[: last.start]) and not re.match(
                r"not\s+(?:at|in|on|by|with|for)\b", text[contrast.end("x") + 2 :].lstrip()
            ):
                return min(inside, key=lambda k: k.start)
            return last
    corrected = _correction(text, every)
    if corrected is not None:
        return corrected
    said = _said_instead(text)
    if said is not None:
        # "Otis didn't invent the [elevator]; he invented ...": what is denied is no point; who is corrected may be
        denial = re.search(r"\b(?:not|never|\w+n['\u2019]t)\b", text)
        every = [k for k in every if not (denial.start() if denial else said) <= k.start < said]
    complement = _complement_phrase(text)
    if complement is not None and not problems(text, complement, QUOTE_CONTEXT) and not shown(complement) and not denied_next(text, complement):
        every.append(complement)
    # "the [wall] never stopped anyone": no everyday word, unless it is what something is said to be
    strong = [k for k in every if (k.score >= MIN_SCORE or _complement(text, k)) and not _everyday_word(text, k)]
    if not strong:
        return next((k for k in (_last_words(text), _predicate(text)) if not shown(k) and not (k and denied_next(text, k))), None)
    return max(strong, key=lambda k: (_quote_weight(text, k), -k.start))


_LINK = r"(?:(?:by|from|in|at|for|with|about|on|because\s+of)\s+)?"
# "were not destroyed by storms but [by fire]", "is not the recipe but [the timing]": a denial and what it sets in its place
_NOT_BUT = re.compile(rf"\bnot\s+{_LINK}[^,;.]{{2,40}}?\s+but\s+{_LINK}(?P<y>[^,;.!?\"\u201d]{{2,60}})")
_CLAUSE_END = re.compile(r"\s*(?:[.!?;\"\u201d]|$|,\s+(?:and|but|so|because|which|while|yet|although|though)\b)")


def _not_but(text: str, every: list[Key]) -> Key | None:
    """What a quote's denial puts in place of what it denies is its point: "the hard part is not the
    recipe but [the timing]". The whole counterpart when it is short and ends its clause, else the
    phrase it opens on ("not a frozen island but [a machine] that is slowly switching gears")."""
    m = _NOT_BUT.search(text)
    if m is None:
        return None
    whole = Key(m.start("y"), m.end("y"), Kind.TERM, 55.0)
    short = len(words.content(whole.text_in(text))) <= MAX_ANSWER_CONTENT
    if short and _CLAUSE_END.match(text, m.end("y")) and not problems(text, whole, QUOTE_CONTEXT):
        return whole
    inside = [k for k in every if m.start("y") <= k.start and k.end <= m.end("y")]
    return min(inside, key=lambda k: (k.start, -k.end)) if inside else None


_QUOTE_FILLERS = words.wordset("story stories thing things stuff way ways idea ideas reason reasons point question answer name fact")  # what a quote's point is dressed in
_WH = r"(?:what|who|how|where|when|why|which)"


def _wh_counterpart(text: str, contrast: re.Match[str]) -> Key | None:
    """What is set against a denied clause of the same form: "tells you [how much comes from the
    bean], not how good it will taste", "how English sounded [when the printers arrived], not ..."."""
    denied = text[contrast.end("x") :].lstrip(", ").removeprefix("not ")
    if not re.match(rf"(?:just\s+|only\s+|merely\s+)?{_WH}\b", denied):
        return None
    said = list(re.finditer(rf"\b{_WH}\b", text[contrast.start("x") : contrast.end("x")]))
    if not said:
        return None
    key = Key(contrast.start("x") + said[-1].start(), contrast.end("x"), Kind.TERM, 55.0)
    return key if len(words.content(key.text_in(text))) <= MAX_ANSWER_CONTENT else None


CORRECTION_SCORE = (MIN_SCORE + DOUBTFUL_SCORE) / 2  # the contrast makes a weaker phrase the point
# a denial, then after ';' or a comma ("..., it was beaten by ...") the claim said again
_DENIAL = re.compile(
    r"^(?P<denied>[^;]*\b(?:not|never|\w+n['\u2019]t)\b[^;]*)"
    r"(?:;|,(?=\s*(?:it|they|he|she|this|that)(?:['\u2019]s|\s+(?:was|is|were|are|did|does)\b)))"
    r"\s*(?P<said>[^;]+)$",
    re.I,
)


def _correction(text: str, every: list[Key]) -> Key | None:
    """ "Fundy isn't special because of the Moon; it's special because of its [shape]": after a denial,
    a clause that says the same claim again puts its own words in place of what was denied."""
    said = _said_instead(text)
    if said is None:
        return None
    denied = words.stems(text[:said])
    new = [k for k in every if k.start >= said and k.score >= CORRECTION_SCORE and not words.stems(k.text_in(text)) & denied]
    if new:
        return max(new, key=lambda k: (k.score, -k.start))
    # "doesn't care how fit you are; it only cares [how fast you come up]": the same question, answered anew
    asked = re.search(rf"\b({_WH})\s", text[:said], re.I)
    again = re.search(rf"\b{asked.group(1)}\s[^,;.!?]+", text[said:], re.I) if asked else None
    if again is None:
        return None
    key = Key(said + again.start(), said + len(text[said : said + again.end()].rstrip()), Kind.TERM, CORRECTION_SCORE)
    return key if len(words.content(key.text_in(text))) <= MAX_ANSWER_CONTENT and not problems(text, key, QUOTE_CONTEXT) else None


def _said_instead(text: str) -> int | None:
    """Where the clause that corrects a denial of the same claim begins, None when the quote has none
    ("The Romans didn't have a recipe; they had volcanoes" says something else)."""
    m = _DENIAL.match(text)
    if m is None or not words.stems(m.group("said")) & words.stems(m.group("denied")):
        return None
    return m.start("said")


# who does what in a clause that goes on from a noun: "every tick [you] hear", "the best timekeeper [anyone] had"
_CLAUSE_SUBJECT = r"(?i:i|we|you|they|he|she|it|anyone|anybody|everyone|everybody|someone|somebody|nobody)"
_COMPLEMENT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:mostly\s+|just\s+|only\s+)?"
    r"(?P<np>(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+"
    # "of the one [that] left", "of every tick [you] hear": a relative pronoun or a subject opens a clause, no word of the phrase
    r"(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|every|each|any|all)\s+[\w-]+"
    rf"(?:\s+(?!(?:that|which|who|whom|whose|where|when|{_CLAUSE_SUBJECT})\b)[\w-]+)?|[\w-]+))"
)


_TIME_WORDS = ("before", "after", "when", "while", "until")


_SUPERLATIVE = re.compile(
    rf"\b(?:is|are|was|were)\s+(?P<np>the\s+(?:best|worst|first|last|only|most\s+[a-z]+|[a-z]+est)\s+(?:to\s+)?(?!{_CLAUSE_SUBJECT}\b)[a-z]+"
    rf"(?:\s+(?!(?:{_CLAUSE_SUBJECT}|your|our|their|my|its|his|her|that|which|who|where|when|why|how|to|of|in|for|on|at|by|with|from|a|an"
    r"|the|and|or|but|ever|is|was|are|were|has|have|had|can|could|will|would)\b)[a-z]+)?)\b"
)
# "The scariest crevasse is [the one you can't see], ...": what a superlative subject is said to be
_EST = (
    r"(?:[a-z]+iest|[a-z]*([bdgmnpt])\1est|(?:larg|great|high|low|small|old|new|strong|simpl|deep|long|fast|slow|short"
    r"|hard|cheap|rich|poor|fin|saf|strang|tough|clear|dark|bright|cold|warm|wid|clos|near|quick|common)est)"
)
_SUPERLATIVE_SUBJECT = re.compile(
    rf"^[\"\u201c]?(?:the|your|our|my|their)\s+(?:best|worst|first|last|most\s+[a-z]+|{_EST})\s+"
    r"[a-z-]+(?:\s+[a-z-]+){0,3}?\s+(?:is|was)\s+(?P<np>(?:the|a|an|to|that|what|how|when|where|who|[a-z]{3,}ing)\s[^,;.!?\"\u201d]{2,40}?)"
    r"(?=[,;.!?\"\u201d]|\s+(?:and|but|because|so)\s|$)",
    re.I,
)
# "... sound like [a war of religion].": the likeness a quote ends on is its point
_SIMILE = re.compile(
    r"\b(?:like|as)\s+(?P<np>(?:a|an|the)\s+[a-z-]+(?:\s+(?!(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had)\b)[a-z-]+)?"
    r"(?:\s+of\s+(?:the\s+)?[a-z-]+)?)\s*[.!?\"\u201d]*$"
)
FRAME_NOUN_ZIPF = 5.5  # "thing", "way", "place", "person": nouns that stand for what the clause after them says
_SINGLED_BEFORE = re.compile(rf"\b(?:only|first|last|best|worst|{_EST})\s+$", re.I)
_OF_WHAT = r"(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+"  # "the only part [of tennis] where ..."
_WHERE_NEXT = re.compile(_OF_WHAT + r"(?:where|when)\s", re.I)
_RELATIVE_NEXT = re.compile(_OF_WHAT + r"(?:where|when|that|which|who|whose)\b", re.I)
_CONTACT_CLAUSE = re.compile(rf"\s+{_CLAUSE_SUBJECT}\s+[a-z']+", re.I)
_WHICH_IS = re.compile(r"\b(?:which|that) (?:is|are)\s+(?P<np>[a-z][a-z-]+)\b")
_PURPOSE = re.compile(r"(?:\bis|'s|\u2019s)\s+(?:simply\s+|just\s+|only\s+)?to\s+(?P<np>[a-z]+(?:\s+(?!you|we|they|it)[a-z]+){1,3})")


def _complement_phrase(text: str) -> Key | None:
    """'A good map is [a set of decisions] about ...', "it's simply to [predict the next reward]":
    what a quote says something is, whole."""
    for pattern in (_COMPLEMENT, _PURPOSE, _SUPERLATIVE, _SUPERLATIVE_SUBJECT, _SIMILE):
        m = pattern.search(text)
        # "is just [a way of sending] weight somewhere": a gerund cut from its object says nothing
        cut = m is not None and pattern is _COMPLEMENT and re.search(r"ing$", m.group("np")) and re.match(r"\s+[a-z]", text[m.end("np") :])
        # "is [the closest thing] we have to ...": a superlative of an everyday noun that a clause goes on
        # to explain is a frame; its point is in that clause
        framed = m is not None and pattern is _SUPERLATIVE and _CONTACT_CLAUSE.match(text, m.end("np")) is not None
        cut = cut or framed and words.zipf(m.group("np").split()[-1]) >= FRAME_NOUN_ZIPF
        # "was [the only plane] where passengers checked the Machmeter": what sets it apart is the clause
        cut = cut or m is not None and pattern in (_SUPERLATIVE, _COMPLEMENT) and _RELATIVE_NEXT.match(text, m.end("np")) is not None
        if m is not None and not cut and len(words.content(m.group("np"))) <= MAX_ANSWER_CONTENT:
            return Key(m.start("np"), _phrase_end(text, m.end("np")), Kind.TERM, 55.0)
    # "a procedural system, which is [subcortical]": a rare word said of something
    rare = [m for m in _WHICH_IS.finditer(text) if words.zipf(m.group("np")) < 3.5]
    return Key(rare[-1].start("np"), rare[-1].end("np"), Kind.TERM, 55.0) if rare else None


def _phrase_end(text: str, end: int) -> int:
    """Where the phrase that `end` falls inside ends: "was [a roll of duct tape]", not "[a roll of duct] tape"."""
    return next((p.end for p in phrases.chunks(text) if p.start < end < p.end and p.kind is not Kind.QUANTITY), end)


_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:is|are|was|were|it's|that's)\s+(?:\w+ly\s+|just\s+|also\s+|a\s+|an\s+|the\s+|to\s+)*$", re.I
)


def _complement(text: str, key: Key) -> bool:
    """'Ecology is mostly [indirect effects]', "it's [the patience]": what a quote says something is;
    not a common noun whose clause says what it is of ("is a [reminder] that movable type has ...")."""
    that = re.match(r"\s+that\s", text[key.end :])
    # "a reminder that [movable type has ...]" says what it reminds of; "a tree that decided ..." is a tree
    light = " " not in key.text_in(text).strip() and rarity(key.text_in(text)) < 2.5
    framing = light and that is not None and not phrases.is_verb(text, key.end + that.end())
    # "the only [plane] where ...": what sets it apart is the clause; not "a [conversation] where ...", a likeness
    singled = _SINGLED_BEFORE.search(text, 0, key.start) is not None
    framing = framing or light and singled and _WHERE_NEXT.match(text, key.end) is not None
    return not framing and bool(_COMPLEMENT_BEFORE.search(text[: key.start]))


def _everyday_word(text: str, key: Key) -> bool:
    """One everyday word ("the [size] of a phone book", "the [wall] never stopped anyone"), which many
    words would fill; unless it is what the quote says something is ("every crease is a [decision]")."""
    answer = key.text_in(text)
    if not re.fullmatch(r"[a-z]+", answer) or words.zipf(answer) < EVERYDAY_QUOTE_ZIPF:
        return False
    return re.match(r"\s+(?:of|to|between)\b", text[key.end :]) is not None or not _complement(text, key)


EVERYDAY_QUOTE_ZIPF = 5.0  # as common as "wall", "size" or "moment"; "decision" and "road" are too, as complements


def _quote_weight(text: str, key: Key) -> float:
    end = _sentence_end(text, key.start)
    start = max(text.rfind(". ", 0, key.start), text.rfind("; ", 0, key.start), 0)
    lateness = (key.end - start) / max(1, end - start)
    # "[Dashboards] tell you what broke": what a quote is about opens it; its point comes after the verb
    opening = 30.0 if _is_subject(text, key, start + 2 if start else 0) or _opens(text, key, start) else 0.0
    # "A Stradivari is [a wonderful violin], but the name on the label ...": what is conceded is no point
    conceded = re.search(r",\s+but\s", text[key.end : end]) is not None
    complement = 60.0 if _complement(text, key) and not conceded else 0.0
    return key.score / 2.0 + 40.0 * lateness + complement - opening - (40.0 if conceded else 0.0)


def _opens(text: str, key: Key, start: int) -> bool:
    """The phrase is the first of its sentence, with at most a determiner, 'every' or a possessive before it."""
    before = text[start : key.start].strip(" .;\"\u201c").lower()
    return re.fullmatch(r"(?:(?:the|a|an|every|each|no|all|our|my|your|their|big|good)\s*)*", before) is not None


# the next sentence denies the one before: what that one says is what the speaker rejects
_DENIED_NEXT = re.compile(r"[.;!?]\s+(?:It|That|This|They)(?:\s+(?:is|was|are|were)\s*n['\u2019]t|\s+(?:is|was|are|were)\s+not|['\u2019]s\s+not)\b")


def denied_next(text: str, key: Key) -> bool:
    """The key's sentence is one the next sentence denies ("... is [about blowing]. It isn't.")."""
    return _DENIED_NEXT.match(text, _sentence_end(text, key.end)) is not None


def _sentence_end(text: str, at: int) -> int:
    m = re.compile(r"[.;!?](?:\s|$)").search(text, at)
    return m.start() if m else len(text)


def _last_words(text: str, least: int = QUOTE_CONTEXT, breaks: str = r"[,;:]|\bis to|\bis") -> Key | None:
    """A quote of common words ("Salt early or salt late, just never in between"): its closing phrase,
    the words after its first sentence's last comma, else after the quote's last one."""
    for end in (_first_sentence_end(text), len(text.rstrip(" .!?\"'"))):
        m = re.search(rf".*(?:{breaks})\s+(?P<tail>[^,;:]{{3,40}})$", text[:end], re.S)
        if not m or not words.content(m.group("tail")):
            continue
        start = m.start("tail")
        if re.match(r"(?:just|and|but|so|then)\s", text[start:end]):
            start = text.index(" ", start) + 1
        key = Key(start, end, Kind.TERM, 0.0)
        if not problems(text, key, least):
            return key
    return None


def closing_words(text: str) -> Key | None:
    """The last resort for a quote no other key suits: its closing words after a comma, a dash or a
    word that opens a clause ("... before [the brain has even been told]"), with less around them than
    a key needs. A card on them is marked for the curator."""
    return _last_words(text, QUOTE_CONTEXT - 1, r"[,;:\u2014\u2013]|\bis|\b(?:because|before|after|when|until|that|and|but|so)")


def _predicate(text: str) -> Key | None:
    """A short quote with no phrase to blank ("Every star you see at night [probably has planets]"):
    what its last verb says, with the adverbs before it."""
    tagged = tags.tag_text(text)
    verbs = [i for i, (_tok, tag) in enumerate(tagged) if tag in ("VERB", "AUX")]
    if not verbs:
        return None
    first = verbs[-1]
    end = len(text.rstrip(" .!?\"'\u201d"))
    copula = tagged[first][0].lower in ("be", "is", "are", "was", "were", "been") and first + 1 < len(tagged)
    if copula:  # "by working together we'll be [stronger]": what it is said to be
        key = Key(tagged[first + 1][0].start, end, Kind.TERM, 0.0)
    else:
        while first > 0 and tagged[first - 1][1] in ("ADV", "AUX", "PART"):
            first -= 1
        key = Key(tagged[first][0].start, end, Kind.TERM, 0.0)
    content = words.content(key.text_in(text))
    fewest = 1 if copula else 2
    return key if fewest <= len(content) <= MAX_ANSWER_CONTENT and not problems(text, key, QUOTE_CONTEXT) else None


def _first_sentence_end(text: str) -> int:
    """Where a quote's first sentence (or its first clause before a semicolon) ends."""
    m = re.search(r"[.;!?](?:\s|$)", text)
    return m.start() if m else len(text)
