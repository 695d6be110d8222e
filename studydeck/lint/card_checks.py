"""The lint rules that look at one card at a time: each yields a Hit per problem it sees.

Each check looks for a cheap sign (a word in a set, a character) before it runs a regex.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from ..deck import cloze
from ..language import hints, words
from ..language.context import ROLES
from .blank_checks import BLANK_CHECKS
from .findings import Severity, plural
from .reading import DeckFacts, Hit, Review, Text, View, describe_blank, is_content, quoted, text_of, word_set, zipf
from .spans import unit_dimension

# Thresholds, tuned on generated decks; CARD-QUALITY.md gives the starting points.
CLOZE_ANSWER_WORDS = 3
QA_ANSWER_WORDS = 5
MAX_ANSWER_WORDS = 10
MAX_BLANKS = 3
MIN_CONTEXT_WORDS = 6
MAX_PROMPT_WORDS = 25
MAX_QUOTE_WORDS = 40
COMMON_ZIPF = 5.6  # 'good', 'people', 'time', 'things'; 'sleep' (5.05) and 'memory' (4.81) are below


_CLOZE_LIKE = re.compile(r"\{\{\s*c\d+\s*::", re.I)


def _bad_cloze(view: View, facts: DeckFacts) -> Iterator[Hit]:
    card = view.card
    if not view.cloze:
        for side in ("front", "back"):
            if "{{" in getattr(card, side) and _CLOZE_LIKE.search(getattr(card, side)):
                yield Hit(
                    "bad-cloze",
                    f"the {side} holds cloze syntax, which a front/back card shows as braces: "
                    "make it a cloze card ('cloze: ...') or remove the {{c1::...}}",
                )
        return
    for message in cloze.problems(card.text):
        yield Hit("bad-cloze", message)
    for message in cloze.single_brace_typos(card.text):
        yield Hit("bad-cloze", message, Severity.WARNING)  # maybe meant as text: the curator decides
    for d in view.deletions:
        if d.answer.strip() and not text_of(d.answer).tokens:
            yield Hit(
                "bad-cloze", f"deletion c{d.ordinal} hides no letters or digits: put a word or number in the blank"
            )


def _long_answer(view: View, facts: DeckFacts) -> Iterator[Hit]:
    # A typed answer is typed in full: it must be as short as a blank.
    short = CLOZE_ANSWER_WORDS if view.cloze or view.card.typed else QA_ANSWER_WORDS
    for review in view.reviews:
        for answer in review.answers:
            n = len(answer.content)
            if n > short:
                severity = Severity.ERROR if n > MAX_ANSWER_WORDS else None
                yield Hit(
                    "long-answer",
                    f"{describe_blank(review, answer)} holds {n} content words: ask for the one key term "
                    f"(at most {short}) and keep the rest visible as context, or split the card",
                    severity,
                )


_SENTENCE_BREAK = re.compile(r"[;]\s*\S|[.!?]\s+[A-Z0-9]")


def _multi_fact(view: View, facts: DeckFacts) -> Iterator[Hit]:
    if len(view.deletions) > MAX_BLANKS:
        yield Hit(
            "multi-fact",
            f"this card has {len(view.deletions)} blanks: split it into cards of one fact each "
            f"(at most {MAX_BLANKS} blanks)",
        )
    for review in view.reviews:
        for answer in review.answers:
            if len(answer.tokens) > 2 and _SENTENCE_BREAK.search(answer.text.strip()):
                yield Hit(
                    "multi-fact",
                    f"{describe_blank(review, answer)} has several clauses or sentences: ask for one fact per card",
                )


_NUMBER_WORDS = word_set(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    """
)
_ENUM_PROMPT = re.compile(
    r"^\s*(list|enumerate)\b|\b(name|list|give)\s+(all|every|each)\b|"
    r"\b(three|four|five|six|seven|eight|nine|ten|\d+)\s+(\w+\s+)?(things|ways|types|kinds|steps|factors|reasons|"
    r"examples|components|parts|stages|items|rules|signs|symptoms|causes|effects|benefits|tools|tips|habits)\b",
    re.I,
)
_ENUM_SIGNS = word_set(
    """
    list enumerate all every each things ways types kinds steps factors reasons examples components parts stages
    items rules signs symptoms causes effects benefits tools tips habits
    """
)
# A comma between digits ("1,000") is not a list.
_LIST_MARK = re.compile(r",(?!\d)|;|\n")
_ITEM_SPLIT = re.compile(r"\s*(?:,(?!\d)|;|\n|\s(?:and|or)\s)\s*(?:(?:and|or)\s+)?")
MAX_ITEM_WORDS = 4


def _enumeration(view: View, facts: DeckFacts) -> Iterator[Hit]:
    if view.shown.lower & _ENUM_SIGNS and _ENUM_PROMPT.search(view.shown.text):
        yield Hit(
            "enumeration",
            "the prompt asks for a list: sets are hard to recall as one answer; "
            "make one card per item (a cloze per item works well)",
        )
        return
    for review in view.reviews:
        for answer in review.answers:
            items = _items(answer.text) if len(answer.tokens) >= 3 else []
            if len(items) >= 3:
                yield Hit(
                    "enumeration",
                    f"{describe_blank(review, answer)} is a list of {len(items)} items: "
                    "make one card (or one cloze number) per item",
                )


def _items(answer: str) -> list[str]:
    """The items of a list answer such as 'a, b and c'; one item if it is not a list of short items."""
    if not _LIST_MARK.search(answer):
        return [answer]
    parts = [p.strip(" .-•*") for p in _ITEM_SPLIT.split(answer)]
    parts = [p for p in parts if p]
    if any(len(p.split()) > MAX_ITEM_WORDS or not _starts_an_item(p) for p in parts):
        return [answer]
    return parts


def _starts_an_item(part: str) -> bool:
    """'the hippocampus' or 'sand' start an item; 'not replacements' or 'they are tools' are clauses."""
    first = text_of(part).first
    return bool(first) and (first in ("a", "an", "the") or is_content(first))


# not the slash of a fraction: "1/32 inch" is one value
_ALIAS = re.compile(r"\s*\(\s*|(?<!\d)\s*/\s*|\s*/\s*(?!\d)|\s*\)\s*|\s+(?:or|aka|a\.k\.a\.)\s+")


def _aliases(answer: Text) -> list[Text]:
    """'Ambien (zolpidem)' -> the whole answer, 'Ambien', 'zolpidem': each is accepted, each gives it away."""
    if not ("(" in answer.text or "/" in answer.text or answer.lower & {"or", "aka", "a.k.a"}):
        return [answer]
    parts = [p for p in _ALIAS.split(answer.text) if p.strip()]
    return [answer] + ([text_of(p) for p in parts] if len(parts) > 1 else [])


def _give_away(view: View, facts: DeckFacts) -> Iterator[Hit]:
    for review in view.reviews:
        for answer in review.answers:
            shown = next((a.text for a in _aliases(answer) if a.stems and a.stems <= review.prompt.stems), "")
            prompt = review.prompt.text
            shown = shown or _parts_shown(answer.text, prompt) or _inside_a_word(answer.text, prompt)
            shown = shown or hints.hint(answer.text, prompt) or hints.in_own_prompt(answer.text, prompt)
            if shown:
                yield Hit(
                    "give-away",
                    f"{describe_blank(review, answer)} can be read off the prompt, which shows {quoted(shown)}: "
                    "reword the prompt so the answer appears only in the blank, or blank another word",
                )


def _parts_shown(answer: str, prompt: str) -> str:
    """A hyphenated answer every part of which the prompt shows ("[warp-faced twill]" beside "twill",
    "warp threads" and "the face"): its parts ("warp faced twill"), or ''."""
    if "-" not in answer:
        return ""
    parts = text_of(answer.replace("-", " "))
    return " ".join(parts.content) if parts.stems and parts.stems <= text_of(prompt.replace("-", " ")).stems else ""


def _inside_a_word(answer: str, prompt: str) -> str:
    """A one-word answer that a longer word of the prompt holds ("[magma]" in "phreatomagmatic",
    "[water]" in "seawater"): that word, or ''. Its own endings ("rivers", "watered") are the stems' job."""
    word = answer.strip().lower()
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") and word[:-1] in prompt.lower() else word  # "[diatoms]" in "diatomaceous"
    if len(word) < MIN_COMPOUNDED_LETTERS or not word.isalpha() or word not in prompt.lower():
        return ""
    for shown in re.findall(r"[A-Za-z]+", prompt):
        rest = shown.lower().replace(word, " ", 1)
        if rest == shown.lower() or not rest.strip() or re.fullmatch(r" (?:s|es|d|ed|ing|er|ers|ly)?", rest):
            continue
        if len(word) >= MIN_INSIDE_LETTERS or _compound_with(rest.strip()):
            return shown
    return ""


MIN_INSIDE_LETTERS = 5  # "magma", "water"; not "cell" in "excellent"
MIN_COMPOUNDED_LETTERS = 3  # a shorter word shows only as half of a compound: "[pen]" in "penknife", "[daw]" in "jackdaw"
COMPOUND_PART_ZIPF = 4.0  # "knife" 4.4, "jack" 4.8; not "toon" of "cartoon" (3.0) nor "ling" (3.5)


def _compound_with(rest: str) -> bool:
    """Whether what a word holds besides a short answer is a common word of its own, at one end."""
    return len(rest) >= 4 and rest.isalpha() and words.zipf(rest) >= COMPOUND_PART_ZIPF


_QUANTITY = _NUMBER_WORDS | word_set(
    """
    half twice double doubles doubled triple triples tripled quadruple quarter third percent percentage dozen
    once thrice halves halved fold majority minority most least none all
    """
)
_VAGUE = word_set(
    """
    good bad important better best worse worst big small great nice useful helpful positive negative stuff
    thing things lot lots way ways kind type different same hard easy
    appendage appendages organism organisms creature creatures structure structures substance substances
    object objects item items feature features entity entities component components factor factors
    aspect aspects phenomenon phenomena property properties material materials
    """
)  # the last words are umbrella nouns: what kind of thing, never which one


def _trivial_blank(view: View, facts: DeckFacts) -> Iterator[Hit]:
    for review in view.reviews:
        for answer in review.answers:
            if not answer.tokens:
                continue
            if not answer.content:
                yield Hit(
                    "trivial-blank",
                    f"{describe_blank(review, answer)} is only function words: blank the key term "
                    "(a mechanism, a quantity, a name) instead",
                    Severity.ERROR,
                )
            elif _hedged_unit(answer.text):
                continue  # "[well under a second]", "[every week or so]": an amount, though said in words
            elif _people_by_trade(answer):
                yield Hit(
                    "trivial-blank",
                    f"{describe_blank(review, answer)} is a group of people by what they do, which names no one: "
                    "blank who they were by name, or what they found",
                )
            elif not any(_is_quantity(w) or _is_name(w, answer.text) for w in answer.tokens) and all(
                w.lower() in _VAGUE or zipf(w) >= COMMON_ZIPF for w in answer.content
            ):
                yield Hit(
                    "trivial-blank",
                    f"{describe_blank(review, answer)} is a very common word that many answers would fit: "
                    "blank a specific term, a number or a name",
                )


def _people_by_trade(answer: Text) -> bool:
    """ "described by [physicists] in 2005", "[Historians] still argue": a bare plural of people by their
    trade or role, which any field's people would fit."""
    if len(answer.content) != 1:
        return False
    word = answer.content[0].lower()
    return word.endswith("s") and (word[:-1] in ROLES or re.search(r"(?:ist|ian)s$", word) is not None)


_HEDGED_UNIT = re.compile(
    r"(?:(?:well|just)\s+)?(?:under|over|less than|more than|within|every(?:\s+other)?)\s+(?:(?:a|an|one)\s+)?"
    r"(?P<unit>[a-z]+)(?:\s+or so)?",
    re.I,
)


def _hedged_unit(answer: str) -> bool:
    m = _HEDGED_UNIT.fullmatch(answer.strip())
    return m is not None and unit_dimension(m.group("unit")) != ""


@functools.lru_cache(maxsize=1 << 14)
def _is_quantity(word: str) -> bool:
    return words.is_number(word) or word.lower() in _QUANTITY or word.endswith("%")


def _is_name(word: str, text: str) -> bool:
    """A capitalised word that does not merely start the text: a named thing."""
    return word[:1].isupper() and not text.lstrip().startswith(word) or word.isupper() and len(word) > 1


def _ill_defined(view: View, facts: DeckFacts) -> Iterator[Hit]:
    for review in view.reviews:
        visible = len(review.prompt.content)
        if view.cloze and visible < MIN_CONTEXT_WORDS:
            yield Hit(
                "ill-defined",
                f"only {plural(visible, 'content word')} visible around {describe_blank(review, review.answer)}: "
                f"add context (at least {MIN_CONTEXT_WORDS}) so that only one answer fits",
            )
        elif not view.cloze and (visible < 2 or (visible <= 6 and _BARE_WHAT.match(review.prompt.text))):
            yield Hit(
                "ill-defined",
                f"the question {quoted(review.prompt.text)} is too open for one answer: "
                "ask for one specific thing (what it does, where, how much, why)",
            )


_BARE_WHAT = re.compile(r"^\s*(what\s+(is|are|was|were|about)|define|describe|explain)\s+[^?,;]{1,40}\?*\s*$", re.I)
_AUXILIARIES = word_set(
    """
    is are was were am do does did can could should would will shall has have had may might must
    isn't aren't doesn't don't didn't can't won't
    """
)
_EITHER_OR = re.compile(r"\b[\w-]+(\s[\w-]+)?,?\s+or\s+[\w-]+(\s[\w-]+)?\s*\?\s*$", re.I)
_YES_NO_ANSWER = frozenset({"yes", "no", "true", "false", "correct", "incorrect", "right", "wrong"})


def _yes_no(view: View, facts: DeckFacts) -> Iterator[Hit]:
    if not view.cloze:
        front = view.shown
        either_or = "or" in front.lower and _EITHER_OR.search(front.text)
        if either_or:
            yield Hit(
                "yes-no",
                "an 'X or Y?' question is half answered by guessing: ask for the answer without offering it",
            )
            return
        if front.first in _AUXILIARIES:
            yield Hit(
                "yes-no",
                "a yes/no question is half answered by guessing: ask what, how much, when or why instead",
            )
            return
    for review in view.reviews:
        for answer in review.answers:
            if len(answer.tokens) == 1 and answer.first in _YES_NO_ANSWER:
                yield Hit(
                    "yes-no",
                    f"{describe_blank(review, answer)} is yes/no or true/false: ask for the fact itself "
                    "(what, how much, when, why)",
                )


_DANGLING_OPEN = re.compile(
    r"^\W*(this|these|those|they|them|their|he|she|his|her|its|such|"
    r"it(?!\s+(takes|took|is\s+\w+\s+(to|that)|'s\s+\w+\s+(to|that)))|"
    r"(which|what|why|how|when|where|who)\s+(is|are|was|were|does|do|did|can|could|would|should|has|have)\s+"
    r"(it|this|that|these|those|they|he|she)(?!\s+(\w+\s+)?(to|that)\b))\b",
    re.I,
)
_DANGLING_FIRST = word_set(
    "this these those they them their he she his her its such it which what why how when where who"
)
_VAGUE_THE = re.compile(
    r"^\W*the\s+(study|studies|researchers?|experiments?|paper|trial|guest|host|speaker|authors?|book|episode|"
    r"drug|patients|results?|scientists?|professor|doctor|colleague|company|team|idea|finding)\b"
    r"(?P<rest>(\s+\S+){0,3})",
    re.I,
)


def _dangling_reference(view: View, facts: DeckFacts) -> Iterator[Hit]:
    shown, first = view.shown.text, view.shown.first
    opens = first in _DANGLING_FIRST and _DANGLING_OPEN.match(shown)
    vague = first == "the" and _VAGUE_THE.match(shown)
    if opens or (vague and not _names_something(vague.group("rest"))):
        opening = " ".join(shown.split()[: 3 if vague else 2])
        yield Hit(
            "dangling-reference",
            f"the prompt opens with {quoted(opening)}, which points at something the card does not show: "
            "name it (the drug, the study, the person) so the card stands on its own",
        )


def _names_something(rest: str) -> bool:
    """'the study in China', 'the 2019 study': a name or a number identifies what it means."""
    return any(w[:1].isupper() or w[:1].isdigit() for w in rest.split())


def _no_source(view: View, facts: DeckFacts) -> Iterator[Hit]:
    if view.quote and not view.card.source.speaker:
        yield Hit(
            "no-source",
            "this card quotes someone but names no speaker: add 'source: {speaker: ...}' (and 'at:' if known)",
        )


def _unknown_speaker(view: View, facts: DeckFacts) -> Iterator[Hit]:
    speaker = view.card.source.speaker
    if speaker and facts.people and facts.person(speaker) is None:
        people = ", ".join(facts.deck.episode.speakers)
        yield Hit(
            "unknown-speaker",
            f"the speaker {speaker!r} is neither the host nor a guest of this episode ({people}): "
            "fix the spelling, or add them to the episode's guests",
        )


_WHO = re.compile(r"^\W*(who|which\s+(guest|speaker|host|person|of\s+them))\b", re.I)


def _form_guessable(view: View, facts: DeckFacts) -> Iterator[Hit]:
    if facts.guessable_speaker is None:
        return
    for review in view.reviews:
        asks_who = review.label == "" and _WHO.match(review.prompt.text)
        for answer in review.answers:
            if (asks_who or review.label) and facts.person(answer.text) == facts.guessable_speaker:
                yield Hit(
                    "form-guessable",
                    f"{describe_blank(review, answer)} is the speaker who says most of this episode, so a learner "
                    "guesses it without recall: blank the key phrase of the quote instead and show the speaker",
                )


_FILLER = re.compile(
    r"\b(basically|actually|really|essentially|literally|obviously|kind of|sort of|in order to|you know|i mean|"
    r"at the end of the day)\b",
    re.I,
)
_FILLER_SIGNS = word_set("basically actually really essentially literally obviously kind sort order know mean end")


def _wordy(view: View, facts: DeckFacts) -> Iterator[Hit]:
    shown, quote = view.shown, view.quote
    limit = MAX_QUOTE_WORDS if quote else MAX_PROMPT_WORDS
    if len(shown.tokens) > limit:
        yield Hit(
            "wordy",
            f"the prompt has {len(shown.tokens)} words: cut it to what pins down the answer (at most {limit}), "
            "or split it into cards",
        )
    if quote or not shown.lower & _FILLER_SIGNS:
        return
    filler = sorted({m.group(0).lower() for m in _FILLER.finditer(shown.text)})
    if filler:
        yield Hit("wordy", f"filler words ({', '.join(map(repr, filler))}) add reading without meaning: remove them")


_VAGUE_QUESTION = re.compile(
    r"^\W*(?:according\s+to\s+[^,]+,\s*)?(?:"
    r"(?:what|how)\s+(?:does|do|did|would|might)\s+.{1,60}?\s+(?:claim|say|think|believe|argue|suggest|feel|"
    r"propose|note|explain|describe|state|conclude|mention|teach|reveal|discuss|tell\s+us|have\s+to\s+say|"
    r"recommend|want\s+you\s+to\s+know)\s+(?:about|regarding|concerning|on|of)\b"
    r"|what\s+(?:is|was|are|were)\s+.{1,60}?(?:'s|’s)\s+(?:view|opinion|take|position|stance|thoughts?|point|"
    r"message|advice|argument)\s+(?:on|about|of|regarding)\b"
    r"|what\s+(?:is|was|are|were)\s+(?:said|claimed|known|important|interesting|notable|true|special)\s+about\b"
    r"|what\s+about\b|tell\s+me\s+about\b|what\s+do\s+we\s+know\s+about\b"
    r")",
    re.I,
)
_VAGUE_SIGNS = word_set("what how tell according")


def _vague_question(view: View, facts: DeckFacts) -> Iterator[Hit]:
    if view.cloze or view.shown.first not in _VAGUE_SIGNS:
        return
    if _VAGUE_QUESTION.match(view.shown.text):
        yield Hit(
            "vague-question",
            f"the question {quoted(view.shown.text, 60)} has no single short answer (a claim about a topic can be "
            "said many ways): ask for the one thing the claim states, such as what it does, how much, or why",
        )


# A generic word shown elsewhere is no give-away: 'sand' or 'two' appear in many prompts.
SPECIFIC_ZIPF = 4.0


def _sibling_give_away(view: View, facts: DeckFacts) -> Iterator[Hit]:
    for review in view.reviews:
        for answer in review.answers:
            phrase = _key_words(answer)
            if not phrase:
                continue
            others = facts.shown_elsewhere(view, phrase)
            other = next((o for o in others if _same_fact(review, answer, o)), None)
            if other is not None:
                yield Hit(
                    "sibling-give-away",
                    f"{describe_blank(review, answer)} is shown by the prompt of card {other.card.id!r} "
                    f"(line {other.card.line}), which a learner may review first: ask the fact in one card, "
                    "or reword the other so that it does not show this answer",
                )


# A term or a year recurs across the facts of a deck (it is what the deck is about): shown elsewhere, it
# gives away only the same fact, told by the words the two prompts share besides the answer: at least
# two, and half of the shorter prompt's.
SAME_FACT_WORDS = 2
SAME_FACT_SHARE = 0.5


def _same_fact(review: Review, answer: Text, other: View) -> bool:
    mine, theirs = review.prompt.stems - answer.stems, other.prompt_stems - answer.stems
    shared = len(mine & theirs)
    return shared >= SAME_FACT_WORDS and shared >= SAME_FACT_SHARE * min(len(mine), len(theirs))


def _key_words(answer: Text) -> tuple[str, ...]:
    """The answer's words from its first to its last content word, if they name something specific."""
    tokens = [t.lower() for t in answer.tokens]
    while tokens and not is_content(tokens[0]):
        tokens.pop(0)
    while tokens and not is_content(tokens[-1]):
        tokens.pop()
    if len(tokens) == 1:
        word = tokens[0]
        digits = any(ch.isdigit() for ch in word)
        if digits and len(word) < 2 or not digits and zipf(word) >= SPECIFIC_ZIPF:
            return ()
    return tuple(tokens)


# The tag the card generator puts on a card it could not make well; curators' own tags mean nothing here.
DOUBTFUL_TAG = "studydeck::doubtful"


def _doubtful(view: View, facts: DeckFacts) -> Iterator[Hit]:
    tags = [t for t in view.card.tags if t.lower() == DOUBTFUL_TAG or t.lower().startswith(DOUBTFUL_TAG + "::")]
    if not tags:
        return
    reasons = sorted({t[len(DOUBTFUL_TAG) + 2 :] for t in tags if len(t) > len(DOUBTFUL_TAG)})
    why = f" ({', '.join(reasons)})" if reasons else ""
    yield Hit(
        "doubtful",
        f"the generator found no good card for this fact{why} and marked it for you: rewrite the card "
        f"(see the source in the notes), then remove the tag {', '.join(map(repr, tags))}",
    )


CARD_CHECKS: tuple[Callable[[View, DeckFacts], Iterable[Hit]], ...] = (
    _bad_cloze,
    _long_answer,
    _multi_fact,
    _enumeration,
    _give_away,
    _trivial_blank,
    _ill_defined,
    _yes_no,
    _dangling_reference,
    _no_source,
    _unknown_speaker,
    _form_guessable,
    _wordy,
    _vague_question,
    _sibling_give_away,
    _doubtful,
    *BLANK_CHECKS,
)
