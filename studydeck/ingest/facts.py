"""Fact splitting: a takeaway's text -> sentences -> the spans of a sentence that each state one fact.

A sentence becomes one cloze note; each fact span in it may hold one deletion, so "Jupiter tugs the
Sun at 12.5 m/s, while Earth manages only 9 cm/s" gives two reviews, one per fact. A sentence that
opens on a reference ("That gap is why...") shares the note of the sentence before it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..language import tags, words
from ..language.context import SAME_IN_THE_PAST
from ..language.lexicon import lookup
from . import phrases, references
from .phrases import Kind
from .questions import capital

# a word whose full stop ends no sentence: a title or a short form ("Dr.", "e.g.", "a.m."), a capital that may
# be an initial, or "c.", "b.", "d.", "v." ("c. 1500", "Roe v. Wade"); not the last letter of a possessive or a
# contraction ("a human's.", "it isn't."), nor a unit ("2 g.", "40°C.")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|a\.m|p\.m|vs|etc|approx|ca|cf|al|fig|no|nos|op|vol|pp|dr|mr|mrs|ms|prof|st|jr|sr|inc|ltd|co|lt|capt|col|gen|sgt|rev|gov|sen|rep|hon)|(?<![\d\u00b0/'\u2019])\b(?-i:[A-Z])|(?<![\w\u00b0'\u2019])(?-i:[bcdv]))\.$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")
# Where one fact ends and the next begins: outside brackets and quotes, before a connective that
# opens a clause of its own.
_BREAK = re.compile(
    r";\s+|\s+[-\u2013]\s+|\s*\u2014\s*"
    r"|,\s+(?=(?:and|but|while|whereas|though|although|yet|so|after|before|because|which is why|which means"
    r"|then|leaving|making|so that|which|who)\s)"
    r"|\s+(?=(?:because|while|whereas|which is why)\s)"
    r"|(?<=,)\s+(?=(?:was|were|is|are|has|had|died|became)\s)"  # after an apposition: "X, the first Y, | was ..."
    r"|,\s+(?=(?:up to|including|such as)\s)"
    rf"|\b{phrases.REPORT_VERBS}\s+(?=that\s)",  # "Friedman and Schwartz showed | that the money supply fell"
    re.I,
)
# Cuts that need more than a connective: an apposition after a clause (", a gap astronomers call"),
# a time clause with its own subject ("... planets before it ran out of fuel"), a second verb phrase
# ("designed the system and created the IMF").
_APPOSITION = re.compile(r",\s+(?=(?:a|an|the)\s)", re.I)
_TIME_CLAUSE = re.compile(
    r"\s+(?=(?:before|after|when|until|once)\s+(?:it|they|he|she|we|you|the|a|an|its|their|his|her|\d+)\b)", re.I
)
_AND = re.compile(r"\s+(?=and\s)")
# "mussels crowded out their competitors | and the number of species fell": a clause with a subject
_AND_SUBJECT = re.compile(r"\s+(?=and\s+(?:the|a|an|its|their|his|her|some|many|most|few)\s)", re.I)
# "Because soda starts reacting as soon as it is wet, | bake ...": an opening subordinate clause
_OPENING_CLAUSE = re.compile(r"^(?:because|when|if|although|though|while|before|after|since|once|unless)\b[^,]{8,}?,\s+", re.I)
_REFERENCE = re.compile(
    r"^(?:this|that|these|those|it|they|he|she|his|her|its|their|the result|such"
    r"|(?:one|each) of (?:them|these|those)|one(?=,)|together,? they|both of them"
    # "The traditional date is 24 August", "The claim is older than ...": of what the sentence before says
    r"|the (?:[a-z]+ )?(?:claim|date|story|idea|answer|reason|catch|trick|problem|point|upshot|outcome)(?= (?:is|was|has|had)\b))\b",
    re.I,
)
# a sentence that gives the one before as its reason, which a card of its own cannot show
_WHY_OPENER = re.compile(r"(?:that|this)\s+(?:is|was)\s+(?:also\s+|partly\s+)?why\s+(?=[A-Za-z])", re.I)
MIN_FACT_CONTENT = 2  # content words a span needs to state a fact of its own
_PERSONAL = re.compile(r"(?:he|she|his|her)\b", re.I)  # a reference to a person, which joins the sentence before
MAX_CONTEXT_WORDS = 50  # a sentence that opens on a reference joins the one before only this far


def opens_on_reference(text: str) -> bool:
    """ "It opened in 1883", "That gap is why ...": the text opens on what another sentence names."""
    return _REFERENCE.match(text) is not None


@dataclass(frozen=True)
class Sentence:
    """The text of one cloze note, and the spans of it that each state one fact."""

    text: str
    facts: tuple[tuple[int, int], ...]  # offsets into text
    label: int = 0  # length of the label in front of the sentence's own words ("Cai Lun: He was ...")
    joined: int = 1  # the sentences of the notes it is made of: one that refers back joins the one before

    def unlabelled(self) -> Sentence:
        cut = self.label
        return Sentence(self.text[cut:], tuple((a - cut, b - cut) for a, b in self.facts), 0, self.joined) if cut else self


def sentences(text: str) -> list[str]:
    found = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        word = max(start, text.rfind(" ", start, m.start()))  # an abbreviation is the word before the mark
        ends = _sentence_ends_on_a_letter(text, word, m.start()) or _clock_time_ends(text, word, end)
        if _ABBREVIATION.search(text[word : m.start() + 1]) and not ends or _inside_quote(text[start : m.end()], text[m.end() :]):
            continue
        found.append(text[start:end].strip())
        start = end
    found.append(text[start:].strip())
    return [part for s in found if s for part in _clauses(s)]


LONG_SENTENCE_WORDS = 30  # a longer sentence makes every card of it wordy: it is cut into clauses that stand alone
MIN_CLAUSE_CONTENT = 7  # content words each part keeps: six around a one-word blank
# "...; merely hearing it does not build ...", "... — the rest ...": a clause of its own after a semicolon or a dash,
# or after ", and" whatever its first letter ("..., and Jennifer Francis and Stephen Vavrus proposed ...")
_CLAUSE_CUT = re.compile(r";\s+|\s*\u2014\s*|\s+[-\u2013]\s+|,\s+(?:and|while|whereas)\s+(?=[a-zA-Z])")
# what opens a part that leans on the one before: a relative, a list or an aside, a reference
_LEANS_BACK = re.compile(
    r"(?:which|who|whom|whose|where|all|both|each|including|e\.g|i\.e|such|especially|as|like|from|and|or|but|nor|not"
    r"|with|without|than|to|for|of|by|plus|even|only|often|usually|mostly|what"
    r"|some|many|most|few|several|others|another|the rest|the other|the latter|the former|\d[\d,.]*)\b",
    re.I,
)
# a clause that opens on where or when it holds: one of its own after a semicolon ("...; in Morse code "Z" is ...")
_SETTING = re.compile(r"(?:in|on|at)\b", re.I)
_REFERRING = "it|they|them|he|him|his|she|her|this|these|those"
_PRONOUN = re.compile(rf"\b(?:{_REFERRING}|its|their)\b", re.I)
_OTHER_PRONOUN = re.compile(rf"\b(?:{_REFERRING})\b", re.I)  # after the subject is said again, its 'its' is its own


TERSE_CONTENT = 5  # content words of a sentence too short to stand alone: it joins the one before


# a label that says what kind of note follows: "Practical tip", "Earlier attempts"
KIND_OF_NOTE = (
    r"tips?|advice|attempts?|lessons?|takeaways?|caveats?|warnings?|overview|background|basics|principles|essentials"
    r"|worth (?:reading|knowing|a look|a listen|watching|visiting)"
)
# ... opening a sentence, before its colon: "Panning tip: keep the pan tilted ..." shows it, asks the rest
_NOTE_LABEL = re.compile(rf"(?:[\w'\u2019-]+\s+){{0,3}}(?:{KIND_OF_NOTE}):\s+(?=\S)", re.I)

EVERYDAY_LABEL_ZIPF = 4.5  # "Water", "Ship", "Work", "Groups": read blind, such labels were mostly wrong or vague


def _in_full(label: str, topic: references.Topic | None) -> str:
    """A title's word for the episode's topic, as the topic's whole name: the title "The Vampire Eats
    Marine Snow" labels "Vampire squid: It extends ...", not "Vampire: It extends ..."."""
    if topic is None or not label or label.lower() == topic.name.lower():
        return label
    said = label.lower().split()
    named = topic.name.lower().split()
    return topic.name if any(named[i : i + len(said)] == said for i in range(len(named))) else label


def _specific(label: str) -> str:
    """A label that says what an opening "it" means, or '' for one everyday word ("Ship: It survives as
    82 fragments ..."), which more often names the wrong thing than the right one; the sentence then
    joins the one before, or stands as it is."""
    word = label.strip()
    everyday = " " not in word and word[:1].isupper() and "NOUN" in lookup(word.lower())
    return "" if everyday and words.zipf(word.lower()) >= EVERYDAY_LABEL_ZIPF else label


def _terse(sentence: str) -> bool:
    return len(words.content(sentence)) < TERSE_CONTENT


def _inside_quote(before: str, after: str) -> bool:
    """'wrote "Ocian in view! O! the joy" on ...': a mark inside a quotation that closes later ends no sentence."""
    return _open_quote(before) and ('"' in after or "\u201d" in after)


def _open_quote(before: str) -> bool:
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _points_back(text: str, before: str) -> bool:
    """'weave roughly twice that width', 'before that minimum': a demonstrative with a noun the text
    before says (its stem), or a measure it gave, so the text means what the text before means by it."""
    said = words.stems(before)
    return any(
        m["head"].lower() in _MEASURES or words.stems(m["head"]) and words.stems(m["head"]) <= said
        for m in references.DEMONSTRATIVE.finditer(text)
    )


# what a value the text before gave is a value of: "about 76 cm wide ... twice that width"
_MEASURES = words.wordset("width length depth height size distance amount figure rate level speed weight price temperature")


def _ends_a_list(sentence: str, left: str) -> bool:
    """Whether ', and' after `left` closes a list: one the phrase reader finds, one a colon opens,
    or one whose item before it is a few words after a comma."""
    cut = len(left)
    if any(a <= cut <= b for a, b in phrases.list_spans(sentence)) or ":" in left:
        return True
    item = left.rsplit(",", 1)
    return len(item) == 2 and len(item[1].split()) < 4


def _wordy(text: str) -> int:
    return sum(1 for w in words.content(text) if not words.is_number(w))


def _clauses(sentence: str) -> list[str]:
    """A long sentence cut at a semicolon or a dash, where the part after it stands alone: a clause
    with words enough around a blank, that opens on no word that leans on the part before and names
    nothing by a pronoun ("expansion joints let [it] move")."""
    if len(sentence.split()) <= LONG_SENTENCE_WORDS:
        return [sentence]
    for m in _CLAUSE_CUT.finditer(sentence):
        left, right = sentence[: m.start()].rstrip(), sentence[m.end() :]
        right, named = _subject_for_pronoun(left, right) if m.group().strip() == ";" else (right, False)
        short = min(_wordy(left), _wordy(right)) < MIN_CLAUSE_CONTENT
        # "a 2016 study found [it takes] about five touches": an 'it' that stands for nothing before it
        pronouns = _OTHER_PRONOUN if named else _PRONOUN  # "The bridge opened ... and its span fell": its own 'its'
        refers = pronouns.search(references.without_expletives(right)) or _points_back(right, left)
        if _inside_brackets(left) or short or _LEANS_BACK.match(right) or refers or not _clause(right):
            continue
        if m.group().lstrip(", ").startswith(("while", "whereas")) and _SETTING.match(right):
            continue  # "..., while in black tea the enzyme ...": the other side of a contrast, not a clause alone
        if m.group().lstrip(", ").startswith("and") and _ends_a_list(sentence, left):
            continue  # "active recall, problem-solving, and spaced practice": the last item of a list
        return [left + ".", *_clauses(capital(right))]
    return _second_predicate(sentence)


_SUBJECT_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "NUM")
_PREDICATE_AND = re.compile(r",?\s+and\s+(?=[a-z])")
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|where|that)\b")


_OPENING_PRONOUN = re.compile(r"(it|they)\s+", re.I)
_COPULA = re.compile(r"(?:is|are|was|were|became|becomes|remains|remained)\s+(?!\w+(?:ed|en)\b)", re.I)


def _subject_for_pronoun(left: str, right: str) -> tuple[str, bool]:
    """'The Tacoma Narrows Bridge carried two lanes ...; it opened on July 1, 1940': the clause after
    a semicolon that opens on 'it' or 'they' says the sentence's subject again ("The Tacoma Narrows
    Bridge opened ..."), when the subject is a plain noun phrase whose number the pronoun agrees with."""
    opening = _OPENING_PRONOUN.match(right)
    if opening and references.expletive(right):
        return right, False  # "...; it took another storm to prompt a dig": an 'it' of nothing, no subject said again
    found = _subject_and_verb(left, tags.tag_text(left)) if opening else None
    if not opening or found is None or not phrases.is_verb(right, opening.end(), corrected=False):
        return right, False
    verb = left[found[1] :].split()[0].lower()
    if lookup(verb)[:1] == ("NOUN",) or _COPULA.match(left, found[1]):
        return right, False  # "The first-order [lens] at ...": a noun; "The stretch was the Culebra Cut ...; it": either
    if not re.match(r"(?:The|A|An)\s", found[0]):
        return right, False  # "Quispe recommends X's book ...; it is": a bare name may be a person, whom 'it' never means
    subject = re.sub(r"^(?:A|An)\s", "The ", found[0])  # "A backup mirror ...; it is now" -> "The backup mirror is now"
    plural = subject.split()[-1].lower().endswith("s") and not subject.split()[-1][:1].isupper()
    if plural != (opening.group(1).lower() == "they"):
        return right, False
    return f"{subject} {right[opening.end() :]}", True


def _subject_and_verb(sentence: str, tagged: list[tuple[words.Token, str]]) -> tuple[str, int] | None:
    """The plain noun phrase that opens a sentence ("The Erie Canal") and where its tensed verb
    starts, after an aside ("The Canal du Midi, completed in 1681 ..., links"), or None."""
    n = 0
    while n < len(tagged) and n < 6 and tagged[n][1] in _SUBJECT_TAGS:
        n += 1
    last = tagged[n - 1][0].text.lower() if n else ""
    if n > 1 and last.endswith("s") and lookup(last)[:1] == ("VERB",) and tagged[n - 2][1] in ("NOUN", "PROPN"):
        n -= 1  # "the oral vaccine [uses] weakened virus": the verb the tagger read as a noun
    if n == 0 or n == len(tagged) or tagged[n - 1][1] not in ("NOUN", "PROPN"):
        return None
    subject = sentence[: tagged[n - 1][0].end]
    rest = sentence[len(subject) :]
    aside = re.match(r",[^,;()]{3,90},\s+", rest)
    verb_at = len(subject) + (aside.end() if aside else len(rest) - len(rest.lstrip()))
    main = sentence[verb_at:].split()[0] if sentence[verb_at:].split() else ""
    if not phrases.is_verb(sentence, verb_at, corrected=False) or not _tensed(main, main):
        return None  # "The old Roman [stone] aqueduct": a verb must carry a tense to end the subject
    return subject, verb_at


# a clause of its own between the subject's verb and a later 'and', or after a semicolon: its verbs are not the subject's
_ANOTHER_CLAUSE = re.compile(r",[\"\u201d]?\s+(?:and|but|so|yet|while|whereas)\s+(?:it|they|he|she|its|their|the|a|an)\b|;\s", re.I)


def _second_predicate(sentence: str) -> list[str]:
    """'The Erie Canal opened in 1825 ..., and cut the cost of ...': a long sentence whose subject
    does two things is two sentences, the subject said again before the second ("The Erie Canal cut
    the cost of ..."), when the subject is a plain noun phrase that opens the sentence."""
    tagged = tags.tag_text(sentence)
    found = _subject_and_verb(sentence, tagged)
    if found is None:
        return [sentence]
    subject, verb_at = found
    verbs = {tok.start for tok, tag in tagged if tag in ("VERB", "AUX")}
    for m in reversed(list(_PREDICATE_AND.finditer(sentence, verb_at))):
        left, right = sentence[: m.start()].rstrip(" ,\u2014\u2013"), sentence[m.end() :]  # "in 1960 — and": no dash left over
        if _inside_brackets(left) or m.end() not in verbs or _RELATIVE.search(sentence, verb_at, m.start()):
            continue  # "and [strings] of cranes are left": a noun; "which kills ... and lets": the relative's verb
        if _ANOTHER_CLAUSE.search(sentence, verb_at, m.start()):
            continue  # "..., so it was rotated ... and fitted with": the verb of the clause between
        if not _tensed(right.split()[0], sentence[verb_at:].split()[0]):
            continue
        tag_after = next((tag for tok, tag in tagged if tok.start > m.end()), "")
        first = right.split()[0].lower()
        if first.endswith("ed") and tag_after in ("NOUN", "ADJ") and "VERB" not in lookup(first):
            continue  # "and [undyed] weft threads on the back": a participle before its noun, no second verb
        right = f"{subject} {right}"
        if min(_wordy(left), _wordy(right)) >= MIN_CLAUSE_CONTENT and phrases.is_verb(right, len(subject) + 1, corrected=False):
            return [left + ".", right]
    return [sentence]


def _tensed(word: str, main: str) -> bool:
    """A verb with a tense of its own ('became', 'links', 'opened'; 'cut' after a verb in the past),
    not a bare infinitive that shares a 'to' or a modal before it ('plans to build a dam and flood')."""
    from .questions import base_of

    def past(w: str) -> bool:
        found = base_of(w)
        return w.endswith("ed") or found is not None and found[0] == "past"

    w = word.lower()
    found = base_of(w)
    if found is not None and found[0] in ("3sg", "past", "copula") or w.endswith("ed"):
        return True
    if w.endswith("s") and not w.endswith("ss"):
        return True
    return w in SAME_IN_THE_PAST and past(main.lower())


def fact_spans(sentence: str) -> list[tuple[int, int]]:
    """The sentence cut where a new fact begins; spans too small to state a fact join the one before."""
    cuts = [0]
    opening = _OPENING_CLAUSE.match(sentence)
    if opening:
        cuts.append(opening.end())
    # a list of verb phrases is a run of facts about one subject: "stopped in 2011, saw ... and voted ..."
    lists = [span for span in phrases.list_spans(sentence) if not phrases.is_verb(sentence, span[0])]
    clauses = [m for m in _TIME_CLAUSE.finditer(sentence) if _has_verb(sentence[m.end() :])]
    breaks = [*_BREAK.finditer(sentence), *_APPOSITION.finditer(sentence), *clauses]
    breaks += [m for m in _AND.finditer(sentence) if phrases.is_verb(sentence[m.end() + 4 :], corrected=False)]
    breaks += [
        m for m in _AND_SUBJECT.finditer(sentence)
        if _clause(re.split(r"[,;:]", sentence[: m.start()])[-1]) and _clause(sentence[m.end() + 4 :])
    ]
    for m in breaks:
        before = sentence[: m.start()]
        if _inside_brackets(before) or not before.strip() or any(a <= m.start() < b for a, b in lists):
            continue
        cuts.append(m.end())
    cuts = sorted(set(cuts))
    spans = []
    for start, end in zip(cuts, [*cuts[1:], len(sentence)], strict=True):
        piece = sentence[start:end].rstrip(" ,;-\u2013\u2014")
        if spans and len(words.content(piece)) < MIN_FACT_CONTENT:
            spans[-1] = (spans[-1][0], start + len(piece))
        else:
            spans.append((start, start + len(piece)))
    if len(spans) > 1 and len(words.content(sentence[spans[0][0] : spans[0][1]])) < MIN_FACT_CONTENT:
        spans[:2] = [(spans[0][0], spans[1][1])]
    return spans


def _has_verb(clause: str) -> bool:
    """'before it ran out of fuel in 2018', 'when 31 animals were brought': a clause that states a fact
    of its own (a date, a number, a name); not 'before 3 pm' (no verb), nor 'once the colony is
    established' (a condition)."""
    head = re.split(r"[,;:.]", clause[:60])[0]
    stated = any(p.kind in (Kind.DATE, Kind.QUANTITY, Kind.NAME) for p in phrases.chunks(clause.split(",")[0]))
    return stated and any(tag in ("VERB", "AUX") for _tok, tag in tags.tag_text(head)[1:5])


def _clause(text: str) -> bool:
    """A noun, then a verb, before any comma or relative pronoun: a clause with its own subject."""
    head = re.split(r"[,;:]|\b(?:that|which|who|whom|whose)\b", text)[0]
    pairs = tags.tag_text(head)
    tagged = [tag for _tok, tag in pairs]
    first_noun = next((i for i, tag in enumerate(tagged) if tag in ("NOUN", "PROPN", "PRON")), None)
    # "the elementary charge and the Avogadro constant to define the ampere": an infinitive is no verb of a clause
    finite = [i for i, tag in enumerate(tagged) if tag in ("VERB", "AUX") and (i == 0 or pairs[i - 1][0].text.lower() != "to")]
    # "— was once standard in Grasse": a verb in the past, or agreeing with a subject the part lacks
    first = pairs[0][0].text.lower() if pairs else ""
    subjectless = bool(finite) and finite[0] == 0 and (first in _AGREEING or re.search(r"(?:ed|[^s]s)$", first) is not None)
    return first_noun is not None and any(i > first_noun for i in finite) and not subjectless


_AGREEING = words.wordset("is are was were has have had does did")


def _inside_brackets(before: str) -> bool:
    return before.count("(") > before.count(")") or _open_quote(before)


_OPENER = re.compile(r"\s+(?:The|A|An|It|Its|This|That|These|Those|He|She|His|Her|They|Their|We|You|But|So|In|On|By)\s")


def _clock_time_ends(text: str, word: int, end: int) -> bool:
    """ "... still circulating at 8 p.m. The US FDA treats ...": after a.m. or p.m., a word that opens
    a sentence starts one."""
    return re.fullmatch(r"\s?[ap]\.m", text[word : end].rstrip("."), re.I) is not None and _OPENER.match(text, end) is not None


def _sentence_ends_on_a_letter(text: str, word: int, mark: int) -> bool:
    """'so that A became D. A shift cipher...': a lone capital after a lower-case word ends a sentence;
    after a name it is an initial ('Robert J. Lang')."""
    if not re.fullmatch(r"\s?[A-Z]", text[word:mark]) or re.match(r"\.\s+[A-Z]\.", text[mark:]):
        return False  # "J. W. Horton": initials in a row
    if re.match(r"\.\s+\d+,", text[mark:]):
        return False  # "Concerto in A major, K. 622, in 1791": a catalogue's letter and number
    before = text[:word].split()
    following = re.match(r"\.\s+([A-Za-z]+)", text[mark:])
    if following and lookup(following.group(1).lower())[:1] in ((), ("PROPN",)):
        return False  # "the gunmaker E. Remington": a surname after it, so an initial
    return bool(before) and before[-1][:1].islower() and before[-1] not in ("and", "&", "by", "of", "with", "to")


def split(
    text: str, labels: bool = True, title: str = "", before: str = "", topic: references.Topic | None = None
) -> tuple[Sentence, ...]:
    """Every sentence of a takeaway with its fact spans. A sentence whose opening 'it' or 'they' the
    sentences before settle is labelled with what it means, and stands alone ("Graphite: It is pure
    carbon ..."). Any other that opens on a reference ("That gap is why...", "He won ...") joins the
    note of the sentence before, so the two are one card and none shows another's answer; one too long
    to join is labelled when the sentences before settle it ("Cai Lun: He was refining ..."), or
    failing them the takeaway's title, unless `labels` is False. `before` is the bullet just before the
    takeaway, whose sentences may settle what its first sentence's reference means ("Sundback raised
    ..." | "He also designed ..."). `topic` is what the episode is about, which "The river ..." or "An
    adult ..." may mean when nothing else settles it."""
    found = _split(text, title, before, topic)
    return found if labels else tuple(s.unlabelled() for s in found)


@functools.lru_cache(maxsize=1024)
def _split(text: str, title: str = "", before: str = "", topic: references.Topic | None = None) -> tuple[Sentence, ...]:
    """`split`, labelled. Cached: card making reads each takeaway twice (once to see what the file says)."""
    found: list[Sentence] = []
    earlier: list[str] = []
    bullet_before = sentences(before)[-1:] if before else []  # only the first sentence reads it
    for sentence in sentences(text):
        spans = fact_spans(sentence)
        refers = _REFERENCE.match(sentence) and not references.expletive(sentence)
        refers = refers or found and _points_back(sentence, found[-1].unlabelled().text)
        # "Even Egypt's earliest mummies were accidents.": too short to pin its blank down alone
        refers = refers or found and _terse(sentence)
        settled = "" if references.opens_on_topic(sentence, topic) else _specific(references.label(sentence, earlier or bullet_before))
        # a thing the reference names stands alone, labelled ("Graphite: It is pure carbon ..."); a person
        # may be the answer of the sentence before, which the label would show beside it
        alone = bool(settled) and not _PERSONAL.match(sentence)
        if found and refers and not alone and len((found[-1].text + " " + sentence).split()) <= MAX_CONTEXT_WORDS:
            before = found[-1]
            offset = len(before.text) + 1
            facts_after = before.facts + tuple((a + offset, b + offset) for a, b in spans)
            found[-1] = Sentence(before.text + " " + sentence, facts_after, before.label, before.joined + 1)
        else:
            named = settled or _specific(_in_full(references.label_from_title(sentence, title, text), topic))
            named = named or _specific(references.pointed_at(sentence, earlier or bullet_before))
            named = named or references.label_from_topic(sentence, topic, earlier or bullet_before)
            named = named or ("" if earlier else references.acted_on_topic(sentence, topic))  # an 'it' no word before means
            why = _WHY_OPENER.match(sentence) if not named else None
            # "That is why a piano against a radiator ...": the consequence is a fact that reads alone; not
            # when it refers back itself ("That is why it ..."), nor when it is one of two ("..., and why ...")
            if why and not opens_on_reference(sentence[why.end() :]) and not re.search(r"\band why\b", sentence, re.I):
                sentence = capital(sentence[why.end() :])
                spans = fact_spans(sentence)
            prefix = f"{named[:1].upper()}{named[1:]}: " if named else ""
            own = _NOTE_LABEL.match(sentence)
            if own and not named:  # the sentence's own label is shown, as one made for it would be
                prefix, sentence = own.group(), sentence[own.end() :]
                spans = tuple((max(a - own.end(), 0), b - own.end()) for a, b in spans if b > own.end())
            found.append(Sentence(prefix + sentence, tuple((a + len(prefix), b + len(prefix)) for a, b in spans), len(prefix)))
        earlier.append(sentence)
    return tuple(found)
