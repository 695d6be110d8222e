"""Question forms: a clause with a reason or a means, practical advice, a recommendation, a quote -> a front and a back.

No parser, only patterns: a form is made when the text fits one cleanly, and skipped otherwise
(the cloze cards of the same takeaway still cover it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import tags, words
from ..language.context import IRREGULAR_PAST, MONTHS, WEEKDAYS
from ..language.lexicon import lookup
from . import phrases
from .notes.page import RECOMMENDED_KINDS

_BASE = """
accept achieve act adapt add affect allow apply argue ask assume avoid beat become begin believe benefit boost break
bring build burn buy call carry cause change choose claim combine come compare consolidate consume contain continue
control correlate cost count create cut deal decide decline decrease define degrade delay deliver depend deprive
describe destroy determine develop disrupt do double drive drop eat eliminate enable encode encourage end enhance
ensure erase establish evolve exceed expand expect explain explore face fail fall feel fight find fix focus follow
forget form gain generate get give go grow guide handle happen harness have hear help hold hurt identify ignore
impair implement improve include increase induce influence inhibit involve jump keep kill know last lead learn leave
let like limit link live look lose lower maintain make manage matter mean measure meet mirror move need notice
observe occur offer operate outperform pay perform plan play practice predict prefer prepare prevent prioritize
produce promote protect prove provide push put raise reach read receive recommend reduce reflect regulate reinforce
rejuvenate relate release rely remain remember remove repair repeat replace replenish require reshape rest restore
return reveal review rise run save say schedule score see seek seem send serve set shape shift show shrink sleep slow
solve speak spend start stay stimulate stop store strengthen study suggest suppress support take talk teach tell
tend think train transfer transform treat trigger try turn underlie understand update use wake want watch win wipe
work worry write yield mix check aim skip cover feed fill layer spread water wait drink sit stand lift
breathe stretch plan swap cook wash clean
"""
VERBS = words.wordset(_BASE)
_IRREGULAR_3SG = {"has": "have", "does": "do", "goes": "go"}
COPULAS = words.wordset("is are was were")
MODALS = words.wordset("can could will would should must may might")
_NOT_BEFORE_VERB = words.wordset("a an the of and or both to in on for with from by this that these those")
_RELATIVE = words.wordset("that which who whom whose")
# verbs of belief and saying whose object is a clause with a verb of its own: the main verb comes first
_THINKING = words.wordset("think thinks thought believe believes believed suspect suspects suspected say says said argue argues argued")


@dataclass(frozen=True)
class QA:
    front: str
    back: str
    form: str  # claim, why, how, practice, recommended, who-said


@dataclass(frozen=True)
class Verb:
    index: int
    kind: str  # copula, modal, 3sg, past, base
    base: str


def base_of(word: str) -> tuple[str, str] | None:
    """(kind, base form) of a verb form we know, else None."""
    w = word.lower()
    plain = w.replace("\u2019", "'")  # the lexicon spells "isn’t" with a straight apostrophe
    if plain.endswith("n't") and lookup(plain)[:1] == ("AUX",):
        return "modal", w  # "isn't", "won't", "doesn't": asked first, as a modal is ("Why isn't heat ...?")
    if w == "cannot":
        return "modal", "can't"  # "Why can't a player make ...?", not "Why do a player cannot make ...?"
    if w in COPULAS:
        return "copula", w
    if w in MODALS:
        return "modal", w
    if w in _IRREGULAR_3SG:
        return "3sg", _IRREGULAR_3SG[w]
    if w in IRREGULAR_PAST:
        return "past", IRREGULAR_PAST[w]
    if _verb(w):
        return "base", w
    # "slides" is "slide", "watches" is "watch": the shorter cut only when the longer is no verb
    for suffix, repl, kind in (("ies", "y", "3sg"), ("s", "", "3sg"), ("es", "", "3sg"), ("ied", "y", "past")):
        if w.endswith(suffix) and _verb(w[: -len(suffix)] + repl):
            return kind, w[: -len(suffix)] + repl
    if w.endswith("ed"):
        for stem in (w[:-2], w[:-1], w[:-3]):
            if _verb(stem):
                return "past", stem
    return None


def _verb(word: str) -> bool:
    """A verb's base form: one of the common verbs, or a word the lexicon reads first as a verb ("pour")."""
    inflected = word.endswith(("ing", "ed", "s")) and not word.endswith("ss")  # "makes" is no base form
    return word in VERBS or len(word) > 2 and lookup(word)[:1] == ("VERB",) and not inflected


def find_verb(toks: list[str], start: int = 1) -> Verb | None:
    """The first word that reads as the clause's verb: a copula or modal first, else a known verb form."""
    for i in range(start, len(toks)):
        found = base_of(toks[i]) if not _month(toks[i]) else None
        if found and found[0] in ("copula", "modal"):
            # "historians [think] the toll was higher": a verb of belief before it is the clause's verb
            said = next((j for j in range(start, i) if toks[j].lower() in _THINKING and toks[j - 1].lower() not in _NOT_BEFORE_VERB), None)
            return Verb(said, *(base_of(toks[said]) or ("base", toks[said].lower()))) if said is not None else Verb(i, *found)
    for i in range(start, len(toks)):
        found = base_of(toks[i]) if not _month(toks[i]) else None
        owned = toks[i - 1].endswith(("'s", "\u2019s"))  # "White's [plan] largely won": a noun, what is owned
        if found and toks[i - 1].lower() not in _NOT_BEFORE_VERB and not owned and not _helped_after(toks, i, found[0]):
            return Verb(i, *found)
    return None


def _helped_after(toks: list[str], i: int, kind: str) -> bool:
    """A past form that a helper verb follows in the same clause is a participle about the noun before
    it: "floors [laid] this way have outlasted", whose verb is "have outlasted"."""
    if kind != "past":
        return False
    for word in toks[i + 1 : i + 5]:
        if word.lower() in _HELPERS:
            return True
        if word.lower() in _RELATIVE or word.endswith((",", ";", ":")):
            return False
    return False


_HELPERS = COPULAS | words.wordset("has have had")  # the copulas and the perfect tense's helpers


def _perfect(toks: list[str], verb: Verb) -> bool:
    """ "has been defined", "had grown", "had already been cut off": 'have' as the helper of a past
    participle, asked as it stands."""
    at = verb.index + 1
    while at < len(toks) - 1 and (toks[at].lower() in _PERFECT_ADVERBS or toks[at].lower().endswith("ly")):
        at += 1  # "had already been", "has long since gone"
    after = toks[at].lower() if at < len(toks) else ""
    participle = after == "been" or after.endswith("ed") or after in _PARTICIPLES
    return verb.base == "have" and participle


_PERFECT_ADVERBS = words.wordset("already just never ever long since also still not once")
# the past forms that follow 'have': the irregular pasts, and participles of their own
_PARTICIPLES = frozenset(IRREGULAR_PAST) | words.wordset("grown known shown given taken written drawn seen done gone become risen fallen driven flown")


def _month(word: str) -> bool:
    """ "since 20 May 2019": inside a clause, a capital makes 'May' and 'March' months, never verbs."""
    return word[:1].isupper() and word.strip(",.;:").lower() in MONTHS


def lower_first(phrase: str) -> str:
    """Sentence-case the first word unless it is a name or an acronym."""
    first, _, rest = phrase.partition(" ")
    if first.isupper() and len(first) > 1 or any(c.isupper() for c in first[1:]):
        return phrase
    if first[:1].isupper() and first.endswith(("'s", "\u2019s")):
        return phrase  # "White's plan": an owner opening a clause is a name
    if first.lower() in phrases.NAME_OPENERS and rest[:1].isupper():
        return phrase  # "Lake Texcoco", "Saint Helena"
    word = first.lower()
    if "PROPN" in lookup(word) and word not in words.STOPWORDS:
        return phrase  # "Paris", "Romans", "English"
    # "Gondolas suit cities ..." -> "Why do gondolas ...?": a plural of a known word is no name either
    plural_of_known = word.endswith("s") and (words.known(word[:-1]) or word.endswith("es") and words.known(word[:-2]))
    if words.known(word) or plural_of_known or word in words.STOPWORDS:
        return first.lower() + (" " + rest if rest else "")
    return phrase


def sentence_case(title: str, body: str = "") -> str:
    """'Your Motivation Runs On A Single Algorithm' -> 'your motivation runs on a single algorithm'.

    Acronyms, words with inner capitals and words that are only names stay; so does a word the body writes with a capital
    inside a sentence (a name such as 'Ambien'), unless the body also writes it in lower case.
    """
    out = []
    kept = _names_of(title, body)
    split = title.split()
    for i, w in enumerate(split):
        if i in kept or _calendar_name(split, i):
            out.append(w)
            continue
        core = w.strip("'\"(),.:;")
        parts = [p for p in core.split("-") if p]
        acronym = any(len(p) > 1 and p.isupper() for p in parts)
        inner = any(any(c.isupper() for c in p[1:]) and not p.isupper() for p in parts)
        # (a plain search first: most words of a title are not in its body, and each pattern is compiled anew)
        named = bool(core) and core in body and re.search(rf"(?<=[a-z,;] ){re.escape(core)}\b", body) is not None
        lower_seen = bool(core) and core.lower() in body and re.search(rf"\b{re.escape(core.lower())}\b", body) is not None
        owner = re.sub(r"['\u2019]s$", "", core)  # "Napoleon's": the name before its possessive
        proper = lookup(owner.lower())[:1] == ("PROPN",)  # 'Europe', 'India': names in any sentence
        keep = acronym or inner or proper or (named and not lower_seen and words.zipf(core) < 4.0)
        out.append(w if keep else w.lower())
    return " ".join(out)


def _calendar_name(split: list[str], i: int) -> bool:
    """A month or a day of the week ("Four Explosions On 27 August"); "May" and "March" beside a number only."""
    word = split[i].strip("'\"(),.:;").lower()
    if word in ("may", "march"):
        return any(re.match(r"\d", split[j]) for j in (i - 1, i + 1) if 0 <= j < len(split))
    return word in _CALENDAR


_CALENDAR = MONTHS | WEEKDAYS  # "may" and "march" are asked beside a number first


# a name of two or more capitalised words that the body writes inside a sentence: "across parts of New England"
_BODY_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)+")


def _names_of(title: str, body: str) -> set[int]:
    """Which words of a title are a name the body writes with capitals ("Snow In June Sent New England
    Farmers West": 'New England'), though each word alone is common."""
    title_words = title.split()
    kept: set[int] = set()
    for name in {m.group() for m in _BODY_NAME.finditer(body)}:
        size = len(name.split())
        for i in range(len(title_words) - size + 1):
            if " ".join(w.strip("'\"(),.:;") for w in title_words[i : i + size]) == name:
                kept.update(range(i, i + size))
    return kept


def capital(text: str) -> str:
    """The text with a capital first letter, unless its first word has capitals of its own ("mRNA", "eBay")."""
    first = text.split(" ", 1)[0]
    if any(c.isupper() for c in first[1:]):
        return text
    return text[:1].upper() + text[1:]


def _end(text: str) -> str:
    return text.strip().rstrip(".;:,!?").strip()


_CONDITION = re.compile(r"^(?P<cond>(?:if|when|whenever|once|unless|after|before)\s[^,]+),\s+(?P<main>.+)$", re.I)


def after_condition(text: str) -> str:
    """What a sentence says after the condition it opens on ("When handling old books, [use clean hands]"),
    or all of it."""
    condition = _CONDITION.match(text)
    return condition.group("main") if condition else text


_HOW_OFTEN = {"Always", "Only", "Usually", "First", "Still", "Also"}  # an adverb before an instruction's verb


# a label that says what the sentence's opening pronoun means
_LABELLED = re.compile(r"^(?P<label>[^:]{2,60}):\s+(?:It|They|He|She)(?=\s)")
_POINTING = frozenset({"it", "they", "he", "she", "this", "these", "those", "that"})


def question(wh: str, clause: str) -> str | None:
    """'Ketamine fights depression' + 'How' -> 'How does ketamine fight depression?'; None if it does not parse."""
    clause = re.sub(
        r"^(?:but|and|so|yet|while|practically|in practice|in short|also),?\s+", "", _end(clause), flags=re.I
    )
    clause = re.sub(r"\s*\([^()]*\)", "", clause)
    if _LABELLED.match(clause):
        return None  # "Pony Express: It shut down ...": its subject is a pronoun, what it means only a label
    condition = _CONDITION.match(clause)
    if condition:
        # "If X, wash it" -> "Why should you wash it if X?": the condition goes last, as said
        main = condition.group("main")
        asked = question(wh, capital(main))
        return f"{asked[:-1]} {lower_first(condition.group('cond'))}?" if asked else None
    denied = re.match(r"(?:Don['\u2019]t|Do not|Never)\s+(?P<rest>\S.*)$", clause)
    if denied:
        # "Don't shave beforehand" -> "Why should you not shave beforehand?"
        return f"{wh} should you {'never' if clause.startswith('Never') else 'not'} {denied.group('rest')}?"
    toks = clause.split()
    if len(toks) > 2 and toks[0] in _HOW_OFTEN and base_of(toks[1]) == ("base", toks[1].lower()):
        # "Always pour lye into water" -> "Why should you always pour lye into water?"
        return f"{wh} should you {toks[0].lower()} {' '.join(toks[1:])}?"
    # a word that is a verb too, before a determiner, opens an instruction: "Time its full cycle", "Salt the meat"
    plain = toks and not re.search(r"(?:ing|ed|[^s]s)$", toks[0].lower())  # not "Mapping the river is ..."
    verb_first = plain and len(toks) > 1 and toks[1].lower() in _OBJECT_OPENERS and "VERB" in lookup(toks[0].lower())
    # ... unless a verb of its own follows the word: "Wind usually blows faster" states, it does not instruct
    adverb = len(toks) > 2 and (toks[1].endswith("ly") or lookup(toks[1].lower())[:1] == ("ADV",))
    after = toks[2:3] if adverb else toks[1:2]  # "Work then stopped"
    # ... or a helper, negated or not: "Heat isn't the only trigger" states
    stated = any(w.islower() and (base_of(w) or ("",))[0] in ("3sg", "past", "copula", "modal") for w in after)
    if toks and toks[0][0].isupper() and (base_of(toks[0]) == ("base", toks[0].lower()) or verb_first) and not stated:
        # An instruction: "Mix three parts…" -> "Why should you mix three parts…?"
        return f"{wh} should you {toks[0].lower()} {' '.join(toks[1:])}".strip() + "?"
    verb = find_verb(toks)
    if verb is None or not 1 <= verb.index <= 7 or verb.index == len(toks) - 1 and verb.kind in ("copula", "modal"):
        return None
    subject = toks[: verb.index]
    if any(w.lower() in _RELATIVE for w in subject) or any("," in w for w in subject):
        return None
    if subject[0].lower() in _OPENERS:
        return None  # "On whale-watching trips keep boats slow": no subject to ask about, advice or not
    subj = lower_first(" ".join(subject))
    if subj in _POINTING:
        return None  # "Why do they act as time stamps?": a question must say what it asks about
    rest = " ".join(toks[verb.index + 1 :])
    if verb.kind in ("copula", "modal") or _perfect(toks, verb):
        text = f"{wh} {verb.base if verb.kind == 'modal' else toks[verb.index].lower()} {subj} {rest}"
    else:
        aux = {"3sg": "does", "past": "did", "base": "do"}[verb.kind]
        text = f"{wh} {aux} {subj} {verb.base} {_second_verb_in_base(rest, verb.kind)}"
    return text.strip() + "?"


_OBJECT_OPENERS = frozenset({"its", "their", "your", "the", "a", "an", "each", "every", "this", "these", "those"})


def _second_verb_in_base(rest: str, kind: str) -> str:
    """The rest of a question whose 'did' carries a second verb too, that verb in its base form: "...
    reject the Needles and [picked] Mount Rushmore" -> "and pick Mount Rushmore". Only a past that the
    tagger reads as a verb and that a noun phrase or a preposition follows ("and dried mud" keeps its
    adjective); a present after 'does' is left alone, since a plural noun reads as one ("and seeds")."""
    if kind != "past":
        return rest
    tagged = tags.tag_text(rest)
    for i, (tok, tag) in enumerate(tagged[1:-1], start=1):
        found = base_of(tok.text)
        after = tagged[i + 1][1]
        if tagged[i - 1][0].text == "and" and tag == "VERB" and found and found[0] == "past" and after in _OBJECT_TAGS:
            return f"{rest[: tok.start]}{found[1]}{rest[tok.end :]}"
    return rest


_OBJECT_TAGS = frozenset({"DET", "PROPN", "PRON", "ADP", "NUM"})  # what opens a verb's object, not a noun an adjective is of


# a phrase of place, time or purpose before the verb: "On long trips keep ...", "In winter bees ...", "For
# a closed terrarium, keep it ..." (its words are no subject)
_OPENERS = words.wordset(
    "on in at during near around inside outside after before since until for with without from by to of as like unlike"
    " despite under over between among through across along against within beyond toward towards throughout"
)


# "Because soda starts reacting as soon as it is wet, | bake ... promptly": the reason said first
REASON_FIRST = re.compile(r"Because\s+(?P<why>[^,]{8,}),\s+")


_BECAUSE = re.compile(r",?\s+(?P<hedge>\w+ly\s+)?because\s+(?P<why>.+)$")  # "..., largely because"
_PLAIN_BECAUSE = re.compile(r",?\s+(?P<hedge>)because\s+(?P<why>.+)$")


def _because(text: str) -> re.Match[str] | None:
    """Where a reason opens, with the adverb that hedges it ("largely because"); an adjective in -ly
    stays in the clause it ends ("especially deadly because")."""
    found = _BECAUSE.search(text)
    if found and found.group("hedge") and lookup(found.group("hedge").strip())[:1] != ("ADV",):
        return _PLAIN_BECAUSE.search(text)
    return found


def reason(clause: str) -> QA | None:
    """A how card from 'X by doing Y', a why card from 'X because Y'."""
    text = _end(clause)
    by = re.search(r",?\s+by\s+(?P<how>(?:\w+ly\s+)?\w+ing\b.+)$", text)
    if by and "," in text[: by.start()]:
        by = None  # "deaths are caused by smoke, chiefly gases released by burning foams": the means of an aside
    if by:
        # "The spines are never thrown; a predator only gets them by touching ...": the means of the last clause
        front = question("How", _last_clause(text[: by.start()]))
        back = _short_answer("By " + _first_clause(by.group("how")))
        return QA(front, back, "how") if front and back else None
    opening = REASON_FIRST.match(text)
    if opening and "," not in text[opening.end() :]:
        front = question("Why", capital(_named_again(text[opening.end() :], opening.group("why"))))
        back = _short_answer("Because " + opening.group("why"))
        return QA(front, back, "why") if front and back else None
    because = _because(text)
    # "Old windows are not thicker at the bottom because glass flows": the denial may deny the reason
    # (not after a comma, and not advice: "Never store honey cold because it sets" denies the act, not the reason)
    advice = re.match(r"(?:don['\u2019]t|do not|never)\b", text, re.I) is not None
    denied = because is not None and not because.group().startswith(",") and not advice and _DENIAL.search(text[: because.start()])
    # "Corned powder stored better, absorbed less moisture and burned faster, because flame could race
    # through the gaps": a reason after a list of claims may explain only the last, so none is asked
    listed = because is not None and bool(phrases.list_spans(_last_clause(text[: because.start()])))
    # "steer by the sun, but because the sun moves they also need a clock": a reason after 'but' or
    # 'and' opens the clause it explains, which comes after it
    fronted = because is not None and re.search(r"\b(?:but|and|so|yet|or)$", text[: because.start()]) is not None
    # "Skip chocolate for this, because ...": what 'this' means was said before, and the question cannot show it
    pointing = because is not None and _ENDS_ON_DEMONSTRATIVE.search(text[: because.start()]) is not None
    if because and not denied and not listed and not fronted and not pointing:
        front = question("Why", _last_clause(text[: because.start()]))
        hedged = capital(f"{because.group('hedge') or ''}because ")  # "Largely because ...": as sure as the notes
        back = _short_answer(hedged + _first_clause(because.group("why")))
        return QA(front, back, "why") if front and back else None
    return None


_DENIAL = re.compile(r"\b(?:not|never|no longer)\b|n['\u2019]t\b", re.I)
_ENDS_ON_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\s*$", re.I)
_CLAUSE_BREAK = re.compile(r",\s+(?:but|yet)\s+|[:;]\s+")


def _last_clause(text: str) -> str:
    """What a reason after it explains: the clause after the last 'but', colon or semicolon ("Only six
    deaths were recorded, but [historians think the toll was higher] because ...", "check the law first:
    [it is legal in many places] because ..."), with the condition the sentence opens on ("If you are
    stuck, press the alarm and wait; [never try to climb out] because ...")."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    if not breaks:
        return text
    last = text[breaks[-1].end() :]
    condition = _CONDITION.match(text)
    if condition and condition.end("cond") < breaks[-1].start():
        return f"{condition.group('cond')}, {last}"
    return capital(last)


def _named_again(clause: str, reason: str) -> str:
    """'Because the clock drifts later, delaying it is easier ...': the 'it' of the clause asked names
    what the reason's subject is ("delaying the clock is easier ..."), since the reason goes to the answer."""
    subject = re.match(r"(?:the|its|their)\s+[a-z]+(?=\s+(?:\w+s|is|was|has|tends|can|will)\b)", reason)
    if subject is None or not re.search(r"\bit\b", clause) or re.match(r"it(?:\s+(?:is|was)|'s)\b", clause, re.I):
        return clause  # "it is wise to ...": an 'it' that stands for nothing
    return re.sub(r"\bit\b", subject.group(), clause, count=1)


def _first_clause(text: str) -> str:
    """Text up to its first clause break, without a dangling 'and'."""
    listed = re.match(r"(?P<head>[^,;:]+:\s+[^,;:]+(?:,\s+[^,;:]+)*,?\s+(?:and|or)\s+[^,;:]+)$", text)
    if listed:
        return listed.group("head")  # "... to hunt: slow, close to shore and buoyant": the list is the reason
    # "they carry no A, B or RhD antigen; ...": a list of words inside the clause is not a break
    words_listed = re.match(r"(?P<head>[^,;:]+(?:,\s+[\w-]+){1,4},?\s+(?:and|or)\s+[^,;:]+?)\s*(?:[;:]|$)", text)
    if words_listed:
        return words_listed.group("head")
    glued = _ADJECTIVES_IN_A_ROW.sub(_glue_adjectives, text)  # "a bright, thin fire": one phrase, no break
    if glued != text:
        return _first_clause(glued).replace(_GLUE, ",")
    head, *rest = re.split(r"\s*(?:[,;:]|\s-\s|\u2014)\s*", text, maxsplit=1)
    aside = re.match(r"[^,;:]+,\s+(?P<rest>.+)$", rest[0]) if rest and text[len(head) :].lstrip().startswith(",") else None
    if aside and not any(tag in ("VERB", "AUX") for _tok, tag in tags.tag_text(head)):
        # "almost every natural motion, from a head turn to an arm swing, travels along a curve": past the aside
        return _first_clause(f"{head} {aside.group('rest')}")
    return re.sub(r"\s+(?:and|or|but)$", "", head)


_ADJECTIVES_IN_A_ROW = re.compile(r"\b([a-z]+),(\s+)([a-z]+)(?=\s+([a-z]+)\b)")
_GLUE = "\u0000"  # stands for the comma between two adjectives while clauses are cut


def _glue_adjectives(m: re.Match[str]) -> str:
    """ "bright, thin fire": a comma between two adjectives before their noun joins them."""
    adjectives = lookup(m.group(1))[:1] == ("ADJ",) and "ADJ" in lookup(m.group(3))
    return f"{m.group(1)}{_GLUE}{m.group(2)}{m.group(3)}" if adjectives and "NOUN" in lookup(m.group(4)) else m.group()


def _short_answer(text: str, limit: int = 10) -> str:
    """The answer cut at a clause break while it has more than `limit` content words."""
    text = _end(re.sub(r"\s*\((?:e\.g\.|i\.e\.|including)[^()]*\)", "", text))
    while len(words.content(text)) > limit:
        cut = max(text.rfind(", "), text.rfind(" and "), text.rfind(" - "))
        if cut <= 0:
            return ""
        text = _end(text[:cut])
    return text


_SITUATION = re.compile(r"\s+(?P<when>before|after|when|whenever|while|instead of|rather than)\s+(?P<what>.+)$", re.I)
_ADVICE = re.compile(
    r"^(?:the\s+)?(?:practical|key|main)\s+(?:implication|takeaway|lesson|upshot|point|advice)s?(?:\s+is)?\s*:?\s+(?P<advice>.+)$",
    re.I,
)
_KEY_IS = re.compile(r"\b(?:the key|the trick|the best thing|the goal) is to\s+(?P<do>.+)$", re.I)


def practice(sentence: str, cue: str) -> list[QA]:
    """Procedural prompts: 'what should you do (when …)?' from advice in the text.

    `cue` opens the front so that it is well defined ("Given that X, ").
    """
    text = _end(sentence)
    advice = _ADVICE.match(text)
    if advice:
        return [qa for item in _items(advice.group("advice")) if (qa := _imperative(item, cue))]
    key = _KEY_IS.search(text)
    if key:
        do, situation = _split_situation(key.group("do"))
        if situation:
            back = _short_answer(capital(do))
            return [QA(capital(f"{cue}what should you do {situation}?"), back, "practice")] if back else []
        return []
    if text and base_of(text.split()[0]) == ("base", text.split()[0].lower()) and text[0].isupper():
        # Instructions: each action that says when to do it becomes a prompt.
        found = [_imperative(item, cue) for item in _items(re.split(r"[:;]\s", text)[0]) if _split_situation(item)[1]]
        return [qa for qa in found if qa]
    return []


def _items(advice: str) -> list[str]:
    """A list of advice cut into items at commas and 'and' that are outside brackets."""
    items, depth, current = [], 0, ""
    for part in re.split(r"(,\s+(?:and\s+)?|\s+and\s+(?=[a-z]+\s)|[()])", advice):
        if part == "(":
            depth += 1
        elif part == ")":
            depth -= 1
        if depth == 0 and re.fullmatch(r",\s+(?:and\s+)?|\s+and\s+", part or ""):
            items.append(current)
            current = ""
        else:
            current += part or ""
    items.append(current)
    return [i.strip() for i in items if i.strip()]


def _split_situation(phrase: str) -> tuple[str, str]:
    """('think about it', 'before you go to sleep') from 'think about it before you go to sleep and …'."""
    m = _SITUATION.search(phrase)
    if m and m.group("when").lower() in ("instead of", "rather than") and not _acts(m.group("what")):
        return phrase, ""  # "running into the wall rather than along the face": a manner, not another action
    if not m:
        return phrase, ""
    what = re.split(r",\s+|[:;]\s+", m.group("what"), maxsplit=1)[0]
    more = re.search(r"\s+and\s+", what)
    do = phrase[: m.start()]
    if more:
        do += ", and " + what[more.end() :]
        what = what[: more.start()]
    return do, f"{m.group('when').lower()} {what}"


def _acts(phrase: str) -> bool:
    """An alternative that is an action: "shovelling it in", "guess", not "along the face" nor "the bleach"."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    return first.endswith("ing") or base_of(first) is not None and lookup(first)[:1] == ("VERB",)


def _imperative(item: str, cue: str) -> QA | None:
    toks = item.split()
    if len(toks) < 2 or base_of(toks[0]) != ("base", toks[0].lower()):
        return None
    verb = toks[0].lower()
    rest, situation = _split_situation(" ".join(toks[1:]))
    obj = re.sub(r"\s*\((?:e\.g\.|i\.e\.)[^()]*\)", "", rest).strip()
    if len(words.content(obj)) < 1 or re.match(r"(?:it|them|this|that|these|those)\b", obj, re.I):
        return None  # "keep it under 30 minutes": the answer would not stand alone
    if situation and re.match(r"\S+\s+(?:it|them)\b", situation):
        return None  # "shorten [the note] before it": the situation points at what the answer names
    tail = f" {situation}" if situation else ""
    wh = _manner_wh(obj.split()[0].lower())
    if wh is None:
        return None  # "arrive [early] before the doors open": how early is the fact, and it is not said
    return QA(capital(f"{cue}{wh} should you {verb}{tail}?"), capital(_short_answer(obj) or obj), "practice")


_WHEN_WORDS = words.wordset("early late soon later beforehand afterwards")
_WHERE_WORDS = words.wordset("away back inside indoors outside outdoors upstairs downstairs uphill upwind")
_HOW_OFTEN_WORDS = words.wordset("often daily weekly monthly yearly regularly rarely frequently occasionally")


def _manner_wh(first: str) -> str | None:
    """What the advice's first word after its verb answers: "snorkel [slowly]" says how, "move [away
    from windows]" where and "water [weekly]" how often; a thing ("wash [the jar]") answers what. None
    for a time ("early"), which alone answers nothing precise."""
    if first in _WHEN_WORDS:
        return None
    if first in _WHERE_WORDS:
        return "where"
    if first in _HOW_OFTEN_WORDS:
        return "how often"
    return "how" if lookup(first)[:1] == ("ADV",) else "what"


_NAMED_KINDS = frozenset(k.lower() for k in RECOMMENDED_KINDS)
_KINDS = {"book": "book", "media": "work", "product": "product", "podcast": "podcast", "film": "film", "movie": "film"}


def recommended(context: str) -> tuple[str, str, frozenset[str]] | None:
    """(noun, name, authors) of a 'Kind: Name, by Authors' context line."""
    m = re.match(r"^(?:(?P<kind>\w+): )?(?P<name>.+?), by (?P<by>.+)$", context)
    if not m:
        return None
    authors = frozenset(re.sub(r"\s*\(.*?\)", "", a).strip() for a in re.split(r",\s*|\s+and\s+", m.group("by")))
    kind, name = (m.group("kind") or "").lower(), m.group("name")
    if kind and kind not in _NAMED_KINDS:
        kind, name = "", f"{m.group('kind')}: {name}"  # "Krakatoa: The Day the World Exploded" is a title
    return _KINDS.get(kind, kind or "work"), name, authors


def recommended_card(noun: str, name: str, by: str, speaker: str = "") -> QA:
    """'Which book by X is recommended in this episode?'; a subtitle says what the book is about, so it
    goes in the prompt and the title is the answer: 'Which book by X, subtitled "...", ...?'."""
    title, _, subtitle = name.partition(": ")
    about = ""
    if len(subtitle.split()) >= 3 and not words.stems(title) & words.stems(subtitle):
        about, name = f', subtitled "{subtitle}",', title
    # who recommends it says where, on the front, as "this episode" cannot: the episode shows only on the back
    if not by:
        return QA(f"Which {noun}{about} does {speaker} recommend in this episode?", name, "recommended")
    if speaker and speaker in by:
        # the guest's own: of the works they made, the one they recommend
        return QA(f"Which of their own {noun}s{about} does {speaker} recommend?", name, "recommended")
    if speaker:
        return QA(f"Which {noun} by {by}{about} does {speaker} recommend?", name, "recommended")
    return QA(f"Which {noun} by {by}{about} is recommended in this episode?", name, "recommended")


def author_question(noun: str, name: str, by: str, speaker: str = "") -> QA:
    """Who made a recommended work, when its title is what other cards show."""
    if speaker and speaker not in by:
        return QA(f'Who {_made(noun)} the {noun} "{name}" that {speaker} recommends?', by, "recommended")
    return QA(f'Who {_made(noun)} the {noun} "{name}", recommended in this episode?', by, "recommended")


def _made(noun: str) -> str:
    return "wrote" if noun == "book" else "made"


def who_said(text: str, speaker: str) -> QA:
    shown = text if len(text.split()) <= 40 else " ".join(text.split()[:40]) + "..."
    return QA(f'Who said: "{shown}"?', speaker, "who-said")
