"""What a sentence that opens on a reference points back to, named from the sentences before it.

"He was refining an existing craft ..." after "In 105 AD the court official Cai Lun ..." is a card
about no one; labelled "Cai Lun: He was refining ...", it stands alone. The sentence keeps its own
words, so what it says and where it says it do not change; a label is only added when the earlier
sentences name exactly one thing the reference can mean.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..language import lexicon, tags, words
from ..language.closed import CLOSED
from . import phrases, questions
from .phrases import Kind

# what may come before the reference: a date ("In 1969 he coined ..."), a purpose ("To fuel that metabolism they ...")
_FRONTED = (
    r"(?:(?:in|by|after|around|until)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?\d{4}s?,?\s+"
    r"|on\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?\d{4},?\s+"  # "On 6 August 1945 it stood ..."
    r"|at\s+(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.)?\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+,?\s+)?"  # "At 11:40 p.m. on 14 April she ..."
    r"|to\s+[a-z]+\s+(?:[a-z]+\s+){0,3}?(?=(?:he|she|it|they)\b)"
    r"|(?:when|once|if)\s+(?=(?:he|she|it|they)\s)"  # "When it gives up its oxygen, it clumps ..."
    # "Because they cannot make their own heat, they turn ...", when the main clause opens on the reference
    # too; not "Because it took weeks to learn, the crossbow became ...", which names what 'it' is after it
    r"|(?:because|since|although|though|while|unless)\s+(?=(?:he|she|it|they)\s[^,;]*,\s+(?:he|she|it|they)\s)"
    # "With his former student Richard Taylor he repaired it": a phrase of the person's own, then the person
    r"|(?:with|after|before|during|despite|for)\s+(?:his|her|its|their)\s+[^,;]{1,60}?,?\s+(?=(?:he|she|it|they)\s)"
    r"|[a-z]+ed\s+[^,;()]{1,40},\s+(?=(?:he|she|it|they)\s))?"  # "Developed from the 1890s, it sorts ..."
)
# a word that links the sentence to the one before, ahead of its reference: "So it flew on hydrogen"
_LINKING = r"(?:(?:and\s+)?so|but|yet|then|still|instead|thus|hence)(?:,\s+|\s+)"
_OPENING = re.compile(
    rf"^(?:{_LINKING})?{_FRONTED}(?:(?P<person>he|she)|(?P<thing>it|its)|(?:together,?\s+|both\s+)?(?P<things>they|their)"
    r"|(?P<one>one|each)(?:\s+of\s+them)?(?=,)|(?:one|each)\s+of\s+them|(?:the|that|this|these|those) (?P<head>[a-z]+))\b",
    re.I,
)
# a named person (after a date, and the role they had: "the engineer", "Edinburgh obstetrician"), maybe
# where they were ("in Brussels"), a verb in the past and 'it': "In 1853 John Snow gave it to ..."
_OBJECT_IT = re.compile(
    rf"^(?i:{_FRONTED})(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?[a-z]+\s+)?[A-Z][\w'-]*\.?(?:\s+[A-Z][\w'-]*\.?){{1,3}}(?:\s+in\s+[A-Z][a-z]+)?\s+"
    r"(?:[a-z]+ed|gave|built|made|wrote|sold|took|found|brought|drew|threw|won|lost|sent|bought|ran|kept)\s+it\b(?!\s+(?:is|was)\b)"
)
# what a guest or a host does in the notes, rather than a person their facts are about
_SPEAKING = re.compile(
    r"\s+(?:also\s+)?(?:recommend|suggest|say|argue|warn|advise|think|believe|point|note|add)(?:s|ed)?\b", re.I
)
_OWNER = re.compile(r"^(?:his|her) [a-z]", re.I)  # "His results, now summarised ..., show": one person's
_THAT_YEAR = re.compile(r"^(?:that|that same|the same)\s+year\b", re.I)
_YEAR = re.compile(r"(?<![\d,.])(1[0-9]{3}|20[0-9]{2})(?![\d,]|s\b)")


def label(sentence: str, earlier: list[str]) -> str:
    """The name the sentence's opening reference stands for, or '' when the earlier sentences of
    its takeaway do not settle it."""
    if earlier and _OWNER.match(sentence):
        return _opening_person(earlier[-1])  # "His": the person the sentence before is about
    if earlier and _THAT_YEAR.match(sentence):
        years = set(_YEAR.findall(earlier[-1]))  # "... in May 1954 ... That year the Regency TR-1 went on sale"
        return years.pop() if len(years) == 1 else ""
    m = _OPENING.match(sentence)
    if m is None and earlier and _OBJECT_IT.match(sentence):
        # "John A. Roebling designed it but died ...": a person and what they did to the thing before
        found = _subject_or_term(earlier, plural=False)
        return found.pop() if len(found) == 1 else ""
    if m is None or not earlier or not _verb_follows(sentence, m) or expletive(sentence):
        return ""
    if m.group("person") and _SPEAKING.match(sentence, m.end()):
        return ""  # "He recommends ...": the speaker of the episode, not a person of its facts
    if m.group("person"):
        # the person of the nearest sentence that names any: "Randall and Boot built ... Percy Spencer noticed ... He"
        pronoun = m.group("person").lower()
        # ... where a surname alone may be the person instead ("until Catania filmed ... He"), none is settled
        found = set()
        for text in reversed(earlier):
            found = set(_persons_after(text, pronoun))
            if found or _lone_actors(text):
                found = _last_actor(text, found)
                break
        if not found and pronoun == "she":
            found = _vessel(sentence, earlier)
    elif m.group("head"):
        found = set(_compounds_of(m.group("head").lower(), earlier))
    else:
        # 'it' or 'they' most often means what the sentence before is about; when that is of the
        # other number ("Riders swapped horses ... It shut down"), what an earlier one is about
        found = _subject_or_term(earlier, plural=m.group("thing") is None)  # 'they', 'one', 'each': of many
        if m.group("things") and _persons(earlier[-1]):
            found = set()  # "... and Rutherford and Royds proved ... They let ...": the people, maybe
    return found.pop() if len(found) == 1 else ""


# "It takes 5 kg of beans to ...", "It is hard to [say] ...": an 'it' that stands for nothing said before;
# not "It is dangerously sensitive to [friction]" nor "It was too brittle to unroll", which mean a thing
_EXPLETIVE = re.compile(r"\bit\s+(?:takes|took|(?:is|was)\s+(?!too\b)(?:\w+\s+)?\w+\s+to\s+(?=(?P<verb>\w+)))", re.I)


def _expletives(text: str) -> list[re.Match[str]]:
    """Each 'it is hard to', 'it takes' of the text, up to the verb after 'to'."""
    return [m for m in _EXPLETIVE.finditer(text) if m.group("verb") is None or lexicon.lookup(m.group("verb").lower())[:1] == ("VERB",)]


def expletive(sentence: str) -> bool:
    """The sentence opens on an 'it' of nothing."""
    return any(m.start() == 0 for m in _expletives(sentence))


def without_expletives(text: str) -> str:
    """The text without its 'it' of nothing, whose 'it' a search for references must not find."""
    for m in reversed(_expletives(text)):
        text = text[: m.start()] + text[m.end() :]
    return text


def label_from_title(sentence: str, title: str, body: str) -> str:
    """What an opening 'it' or 'they' means when the sentences before leave it open: what the
    takeaway's title is about ("Barn Owls Can Catch Mice By Sound Alone" ... "They work out ...",
    "How insulin lowers blood sugar." "It binds ...")."""
    m = _OPENING.match(sentence)
    bare = title.strip().rstrip(".:")
    if m is None and title and _THEN_IT.match(sentence):
        if _a_name_alone(bare):
            return bare  # "The Antarctic Treaty." "Twelve nations signed it in 1959 ..."
        if _a_term_alone(bare):
            return questions.capital(re.sub(r"^(?:the|an?)\s+", "", bare, flags=re.I))  # "The cotton gin." "Whitney patented it"
    if not title or m is None or not (m.group("thing") or m.group("things")) or not _verb_follows(sentence, m):
        return ""
    if expletive(sentence):
        return ""  # "It takes 5 kg of beans": an 'it' of nothing
    stated = re.sub(r"^(?:how|why|what|when|where)\s+", "", questions.sentence_case(title.rstrip(".:"), body), flags=re.I)
    if re.match(r"an?\s", stated, re.I):
        return ""  # "A waxy wall makes the bacterium slow": a new thing, which 'it' seldom means
    if _a_name_alone(bare) or _a_term_alone(bare):
        return bare  # "Library of Congress Classification." "Developed ..., it sorts ..."
    plural = m.group("thing") is None
    if re.search(r"\b(?:they|them)\b" if plural else r"\bit\b", stated, re.I):
        return ""  # "Britain Took It As A Spoil Of War": the title's own 'it', not its subject, is meant
    found = _subject_or_term([stated], plural=plural)
    return found.pop() if len(found) == 1 else ""


# a first clause whose verb acts on 'it': "Twelve nations signed it in 1959"
_ACTS_ON_IT = r"[a-z]+(?:ed|s)?\s+it\b(?!\s+(?:is|was)\b)"  # "signed it", "loved it"; not "it is", its subject
_THEN_IT = re.compile(rf"[^,;:()]{{1,60}}?\b{_ACTS_ON_IT}")


@dataclass(frozen=True)
class Topic:
    """What an episode is about: its name as the notes write it, the word its title calls it by
    ("rocket" in "Building the Saturn V, the Rocket That Reached the Moon"), and whether it is a person."""

    name: str
    called: str = ""
    person: bool = False


def episode_topic(title: str, sentences: list[str]) -> Topic | None:
    """The one thing an episode is about: words of its title that its notes' sentences keep naming
    ("Ten Countries, One River: The Life of the Danube" and the Danube), as the notes write them, or
    None. Of phrases that hold the most named one, the longest said often enough ("Arctic tern", not
    "Arctic"), or a name of capitalised nouns ("Nobel Prize", though the notes say "the Prizes")."""
    title = title.split("|")[0]  # "... | Dr. Ines Valcourt": who is on the episode, not what it is about
    phrases_ = _title_phrases(title)
    counts = {c: sum(_names(s, c) for s in sentences) for c in phrases_}
    headline = _headline(title)
    # "Concorde: The Supersonic Airliner ...": the name the title opens on is the topic, named once or
    # more, however often the notes say "it" for it or name other words of the title
    first = [c for c, n in counts.items() if n and _named_first(c, title)]
    counts = {c: n for c, n in counts.items() if n >= FULL_NAME_MENTIONS and (_a_topic(c, title, sentences) or _heads(c, headline))}
    counts = {first[0]: max([FULL_NAME_MENTIONS, *counts.values()])} if first else counts
    top = max(counts.values(), default=0)
    # a phrase the subtitle names needs fewer mentions than one the title only mentions
    headed = any(n == top and (_heads(c, headline) or _named_first(c, title)) for c, n in counts.items())
    if top < (FULL_NAME_MENTIONS if headed else max(TOPIC_MENTIONS, TOPIC_SHARE * len(sentences))):
        by_head = _named_by_its_head(title, sentences)
        return by_head or (None if _LISTED.match(title) else _subject_of_the_notes(title, sentences))
    best = [c for c, n in counts.items() if n == top]
    best = [c for c in best if not any(c != other and _names(other, c) for other in best)]  # the longest of nested ones
    if len(best) > 1:
        return None  # two things named as often: the episode is about neither alone
    whole = max((c for c in phrases_ if _names(c, best[0]) and (c in counts or _a_name_of_nouns(c, best[0], sentences))), key=len)
    if whole == best[0] and _a_modifier(whole, sentences):
        return None  # "Roman" of "Roman concrete" and "Roman walls": a kind of things, not one
    said = (m for s in sentences if (m := re.search(rf"\b{re.escape(whole)}\b", s, re.I)))
    name = next((m.group() for m in said if m.group()[0].isupper() or not whole[0].isupper()), whole)  # as the notes write it: "Arctic tern"
    called = _called(title, name)
    named = re.search(rf"\b{re.escape(name)}\s+{called}\b", title, re.I) if called else None
    name = named.group() if named else name  # "Scopes Trial"
    return Topic(name, called, _a_person(name, sentences))


def _subject_of_the_notes(title: str, sentences: list[str]) -> Topic | None:
    """For a title that names no topic ("The Parrot That Forgot How to Fly"), the one noun the notes
    name in at least a third of their sentences and open most of them on as what they are about ("The
    kakapo is ...", "Kakapo are ..."), with the noun it is most often said with ("honey badger"); None
    when no one noun does, or the title mentions it other than first ("Cheese, From Milk to Market")."""
    named: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for word in {w for w in _WORDS.findall(sentence) if not words.is_stopword(w.lower()) and len(w) > 2}:
            named[words.stem(word)] += 1
            forms.setdefault(words.stem(word), Counter())[word] += 1
    opened = Counter(words.stem(m.group(1)) for s in sentences if (m := _SUBJECT_WORDS.match(s)))
    least = max(TOPIC_MENTIONS + 1, len(sentences) / 3)
    found = [st for st, n in named.items() if n >= least and opened[st] >= 2 and _a_noun(min(forms[st], key=len))]
    found.sort(key=lambda st: -opened[st])
    if not found or len(found) > 1 and opened[found[1]] == opened[found[0]]:
        return None
    stem = found[0]
    # "Females paired ..." in "Why the Blue-Footed Booby Shows Off Its Feet", whose notes open on
    # "Boobies ..." too: the title names another noun the notes are about
    titled = {words.stem(w) for w in _WORDS.findall(title)}
    mentioned = stem in titled
    if not mentioned and any(st in titled and opened[st] >= 2 and n >= TOPIC_MENTIONS for st, n in named.items()):
        return None
    word = min(forms[stem], key=len)
    # "honey badger": a word said after it in most of its mentions is part of its name
    pairs = Counter(
        words.stem(m.group(2))
        for s in sentences
        for m in _NEXT_WORD.finditer(s)
        if words.stem(m.group(1)) == stem and phrases.tag_at(s, m.start(2)) == "NOUN"
    )
    second = next((st for st, n in pairs.most_common(1) if n * 2 > named[stem] and st in forms), "")
    name = f"{word} {min(forms[second], key=len)}" if second else word
    # a word the title mentions is the topic only when the title opens or ends on it: "The Platypus
    # and ...", "The Truth About the Honey Badger"; not "Cheese, From Milk to Market"
    named_by_title = re.match(rf"(?:the\s+|an?\s+)?{re.escape(name)}\b", title, re.I) or re.search(rf"\b{re.escape(name)}$", title.split("|")[0].strip(), re.I)
    if mentioned and not named_by_title:
        return None
    return Topic(name if _capitalised_within(word, sentences) else name.lower())


# a name the title gives with its article: "How the Panama Canal Was Built", "... and the Brooklyn Bridge"
_THE_NAME = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'-]+\s+)*[A-Z][\w'-]+)")  # "The" after a colon too


def _named_by_its_head(title: str, sentences: list[str]) -> Topic | None:
    """A name of a few capitalised words the title gives ("Digging the Panama Canal", "How the Kessel
    Dam Was Built") that the notes call by its common head, "the canal", in at least TOPIC_MENTIONS
    sentences; the name ends on that head. None when no one name is."""
    found = []
    for m in _THE_NAME.finditer(title.split("|")[0]):
        run = m.group(1).split()[:5]  # "the Svalbard Global Seed Vault"
        for end in range(len(run) - 1, 0, -1):
            head = run[end].lower()
            if not _common(head) or head in CLOSED:
                continue
            called = sum(re.search(rf"\bthe\s+{re.escape(head)}\b", s, re.I) is not None for s in sentences)
            if called >= TOPIC_MENTIONS:
                found.append(Topic(" ".join(run[: end + 1]), head))
                break
    return found[0] if len(found) == 1 else None


_WORDS = re.compile(r"[A-Za-z][\w'-]+")
_NEXT_WORD = re.compile(r"\b([A-Za-z][\w-]+)\s+(?=([a-z][\w-]+)\b)")
# the subject a sentence opens on: "The kakapo is", "Honey badgers are", not "Most of them"
_SUBJECT_WORDS = re.compile(r"(?:the\s+|an?\s+)?([A-Za-z][\w-]+)(?:\s+[a-z][\w-]+)?[\s,]+(?!of\b)[a-z]", re.I)


# what a part of a title may say around the name it gives that part to: "A Short History of Asthma"
_HEADLINE_FRAME = re.compile(
    r"^(?:(?:the|an?)\s+)?(?:(?:short|brief|strange|secret|hidden|untold|curious)\s+)?"
    r"(?:(?:history|story|science|life|making|secrets?|rise\s+and\s+fall|world)\s+of\s+(?:the\s+|an?\s+)?|inside\s+(?:the\s+)?"
    r"|(?:building|inventing|digging|raising|saving|finding)\s+(?:the\s+|an?\s+)?)?",
    re.I,
)


def _headline(title: str) -> str:
    """The title's last part, its subtitle, without its article and its frame: "Code of Hammurabi" of
    "Law Carved in Stone: The Code of Hammurabi", "Asthma" of "... : A Short History of Asthma"."""
    named = title.split("|")[0]  # "... | Dr. Ingrid Salomaa": who is on the episode, not what it is about
    parts = [p.strip() for p in re.split(r"\s*[:\u2013\u2014?!]\s*|\s+-\s+", named) if p.strip()]
    headline = _HEADLINE_FRAME.sub("", parts[-1]) if parts else ""
    return _how_thing(headline) or headline


def _how_thing(headline: str) -> str:
    """The thing a how-clause tells the making or the ways of: "Bicycle" of "How the Bicycle Was
    Invented", "Snow Leopard" of "How the Snow Leopard Survives"; '' for no such clause. The thing is
    the capitalised words before the first word the lexicon knows first as a verb, an adverb in -ly aside."""
    m = _HOW.match(headline)
    said = [w.strip(",;.") for w in m.group(1).split()] if m else []
    for n in range(1, min(MAX_HOW_THING_WORDS, len(said) - 1) + 1):
        thing, rest = said[:n], said[n:]
        if rest[0].lower().endswith("ly") and len(rest) > 1:
            rest = rest[1:]  # "How the Zipper Finally Caught On"
        if lexicon.lookup(rest[0].lower())[:1] in (("VERB",), ("AUX",)):  # not "Machine" of "Sewing Machine Was"
            return " ".join(thing) if all(w[:1].isupper() for w in thing) else ""
    return ""


_HOW = re.compile(r"how\s+(?:the\s+|an?\s+)?(.+)$", re.I)
MAX_HOW_THING_WORDS = 3


def _heads(phrase: str, headline: str) -> bool:
    """Whether a phrase is the whole subtitle, or the thing it ends on after 'of' ("The Chemistry of
    Corrosion"), or the name it ends on after an owner ("Rome's Pantheon", not "America's Cup")."""
    low, head = phrase.lower(), headline.lower()
    owned = re.search(rf"['\u2019]s\s+{re.escape(low)}$", head) is not None and not _common(phrase)
    # "The Craft and Physics of Ballet"; not "The Geneva Conventions and the Rules of War"
    of_it = re.fullmatch(rf"(?:\S+\s+){{1,3}}of\s+(?:the\s+)?{re.escape(low)}", head) is not None
    return head == low or owned or of_it


def _named_first(phrase: str, title: str) -> bool:
    """A name that is the whole first part of a title, with or without its article: "Everest" of
    "Everest: How the World's Highest Mountain Was Measured", "Antikythera Mechanism" of "The
    Antikythera Mechanism: ..."; not a common word ("Salt: ...") nor common words alone ("Ocean Currents: ...")."""
    first = re.split(r"\s*[:\u2013\u2014|]\s*", title, maxsplit=1)[0].strip()
    the = re.match(r"the\s+", first, re.I)
    first = first[the.end() :] if the else first
    # "The Arctic Fox: ...": 'the' and a noun phrase name one kind of thing, though of common words
    named = not all(_common(w) for w in phrase.split()) or the is not None and " " in phrase
    return first.lower() == phrase.lower() and ":" in title and named


TOPIC_MENTIONS = 3
TOPIC_SHARE = 0.2  # of the notes' sentences that name it: "Montreal" three times in seventeen is no topic
FULL_NAME_MENTIONS = 2  # "Arctic Tern" twice, as well as "Arctic" four times: the topic's full name


def _title_phrases(title: str) -> set[str]:
    """Runs of a title's content words and their parts: "Sickle Cell Disease", "Sickle Cell", ..."""
    found: set[str] = set()
    for part in re.split(r"\s*[:,|\u2013\u2014?!]\s*|\s+-\s+|['\u2019]s\b", title):
        run: list[str] = []
        words_ = part.split()
        for i, word in enumerate([*words_, ""]):
            glue = word in _GLUE and run and i + 1 < len(words_) and words_[i + 1][:1].isupper()  # "Library of Congress"
            if glue or word and not (word.lower() in _TITLE_WORDS or word.lower() in CLOSED or _a_date(word)) and re.fullmatch(r"[\w.-]+", word):
                run.append(word)
                continue
            found |= {" ".join(run[i:j]) for i in range(len(run)) for j in range(i + 1, len(run) + 1)}
            run = []
    return {c for c in found if not c.isdigit() and c.split()[0] not in _GLUE and c.split()[-1] not in _GLUE}


def _a_name_of_nouns(phrase: str, head: str, sentences: list[str]) -> bool:
    """A title's name of a few capitalised nouns around its most named word: "Nobel Prize", "Tour de
    France", "Library of Congress" (the notes write "the Library"); not "Albatrosses Live", nor "Soul
    of Flamenco" or "Years of Kyoto": each word the notes write as a name too."""
    named = [w for w in phrase.split() if w not in _GLUE]
    if not all(_names(head, w) or _capitalised_within(w, sentences) for w in named):
        return False  # "Harpsichord Works", "Rugby Union Rules": the notes never write "Works" or "Rules" as a name
    return len(named) <= 3 and all(w[0].isupper() and _a_noun(w) for w in named)


def _a_noun(word: str) -> bool:
    found = lexicon.lookup(word.lower())
    return not found or "NOUN" in found or "PROPN" in found


_GLUE = ("of", "de", "du", "la", "del")  # "Library of Congress", "Tour de France"


def _a_date(word: str) -> bool:
    return word.lower() in _DATE_WORDS or word.isdigit()


_DATE_WORDS = words.wordset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)


_TITLE_WORDS = words.wordset("inside building making understanding notes story history science life")


def _called(title: str, topic: str) -> str:
    """The noun a part of the title calls the topic by: "the Rocket That Reached the Moon",
    "Verrocchio's Workshop", "Nature's Strangest Mammal"; '' when no part does, or the topic is a kind
    of things, not one."""
    if lexicon.lookup(topic.split()[-1].lower())[:1] == ("ADJ",):
        return ""  # "Gothic": "the cathedral" of a sentence is one of them
    for part in re.split(r"\s*[:,|\u2013\u2014]\s*", title):
        m = re.match(rf"(?:(?:the|an?)\s+|(?:{re.escape(topic)}|[A-Z]\w+)['\u2019]s\s+)((?:(?!of\b)[A-Za-z-]+\s+){{0,2}}?)([A-Za-z]+)(?:\s+(?:that|who|which)\b.*)?$", part, re.I)
        adjective = m is not None and lexicon.lookup(m.group(2).lower())[:1] == ("ADJ",)
        listed = adjective and re.search(rf"{re.escape(part)}\s*,", title) is not None  # not "The Long, Strange History"
        if m and not listed and not _names(m.group(2), topic) and "NOUN" in lexicon.lookup(m.group(2).lower()):
            return m.group(2).lower()
    return ""


def _names(text: str, phrase: str) -> bool:
    return re.search(rf"\b{re.escape(phrase)}\b", text, re.I) is not None


def _a_topic(phrase: str, title: str, sentences: list[str]) -> bool:
    """A phrase of the title that names one thing: words that say more than one common word ("Sickle
    Cell Disease"), a name ("Danube"), a word the notes always capitalise ("the Titanic"), or a common
    word the title gives a part of its own to ("The Platypus, Nature's Strangest Mammal"); not a common
    word the title only mentions ("Notes on Fever")."""
    if " " in phrase or not _common(phrase):
        return True
    within = _within(phrase, sentences)
    if within and all(w[0].isupper() for w in within):
        return True
    if _LISTED.match(title):
        return False  # "Milk, Microbes and Time": one of a list
    first = re.split(r"\s*[:,|\u2013\u2014]\s*", title)[0]  # "The Platypus, ...", not "Options: The Right, ..."
    return re.fullmatch(rf"(?:the\s+|an?\s+)?{re.escape(phrase)}", first.strip(), re.I) is not None


_LISTED = re.compile(r"[^,:]+,\s+[^,:]+(?:,|\s+and\s)")  # a title that opens on a list: "Milk, Microbes and Time"


def _a_modifier(phrase: str, sentences: list[str]) -> bool:
    """An adjective the notes mostly write before a noun ("Roman concrete", "Roman walls"): it says
    what kind things are, and names none of them."""
    if " " in phrase or "ADJ" not in lexicon.lookup(phrase.lower()):
        return False
    after = [m.group(1) for s in sentences for m in re.finditer(rf"\b{re.escape(phrase)}\s+(\w+)", s, re.I)]
    nouns = [w for w in after if w.islower() and "NOUN" in lexicon.lookup(w)]
    return len(nouns) * 2 > sum(_names(s, phrase) for s in sentences)


def _within(phrase: str, sentences: list[str]) -> list[str]:
    """The phrase as sentences write it past their first word."""
    return [m.group() for s in sentences for m in re.finditer(rf"(?<=\w[ (])\b{re.escape(phrase)}\b", s, re.I)]


def _capitalised_within(word: str, sentences: list[str]) -> bool:
    return any(w[0].isupper() for w in _within(word, sentences))


def _a_person(topic: str, sentences: list[str]) -> bool:
    """Whether the notes name the topic as a person: "Andrea del Verrocchio" for "Verrocchio"."""
    if " " not in topic and _common(topic):
        return False  # "Marathon", though the notes name the "Boston Marathon"
    if " " in topic:
        surname = topic.split()[-1]
        # a full name ends on a surname: not "Nobel Prize", "Saturn V"
        return _looks_like_a_person(topic) and len(surname) > 1 and lexicon.name_only(surname)
    full = (s[p.start : p.end] for s in sentences for p in phrases.chunks(s) if p.kind is Kind.NAME)
    before = (name[: -len(topic)].split() for name in full if name.endswith(" " + topic))
    given = ([w for w in names if not re.fullmatch(r"[A-Z]\.", w)] for names in before)  # "John T. Scopes"
    return any(g and lexicon.name_only(g[0]) and _a_persons_name(" ".join(g)) for g in given)


# what notes call the thing an episode is about, once they have named it: "The river is said to begin ..."
_TOPIC_KIND = (
    r"river|species|birds?|animals?|adults?|ship|disease|virus|plant|tree|order|game|instrument|city|island"
    r"|volcano|language|desert"
)


def label_from_topic(sentence: str, topic: Topic | None, earlier: Sequence[str] = ()) -> str:
    """The episode's topic, for a sentence that opens on 'it' (on 'he', 'she' or 'his' when the topic
    is a person), or on a word for a thing of its kind or a word its title calls it, and nothing before
    settles which ("Danube: The river is conventionally said to begin at ...", "Saturn V: It was
    designed at ..." in "Building the Saturn V, the Rocket That Reached the Moon")."""
    if topic is None or _names(sentence, topic.name) or expletive(sentence):
        return ""
    m = _OPENING.match(sentence)
    if m is not None and m.group("thing") and not topic.person and _plural_head(topic.name):
        return ""  # "It was parked ..." in an episode on the Downwinders of Trinity: 'it' is not them
    if m is not None and (m.group("person") if topic.person else m.group("thing")):
        # "Andrew Wiles ... . He announced a proof": another person named before is likelier than the topic
        others = topic.person and any(topic.name not in name for text in earlier for name in _persons(text))
        return topic.name if _verb_follows(sentence, m) and not others else ""
    if topic.person and _OWNER.match(sentence):
        return topic.name  # "His bronze group ..." in an episode on Verrocchio
    kinds = _TOPIC_KIND + (f"|{topic.called}" if topic.called else "")
    m = re.match(rf"^{_FRONTED}(?:(?:the|an?)\s+(?:young\s+)?(?:{kinds})|{_MEMBERS})\b", sentence, re.I)
    if m is None:
        return ""
    after = m.end() + len(sentence[m.end() :]) - len(sentence[m.end() :].lstrip())
    return topic.name if phrases.is_verb(sentence, after) else ""  # "An adult [weighs] ...": a subject, not "the river's"


def opens_on_topic(sentence: str, topic: Topic | None) -> bool:
    """ "The Wall lies entirely in England" in an episode on the Wall: an opening 'the' and the topic's own
    noun mean the topic, whatever an earlier sentence named with that noun ("the Antonine Wall")."""
    m = _OPENING.match(sentence)
    head = m.group("head") if m else None
    return bool(head) and topic is not None and not topic.person and topic.name.lower().split()[-1] == head.lower()


def acted_on_topic(sentence: str, topic: Topic | None) -> str:
    """The episode's topic, for a takeaway that opens on a name acting on 'it', where no word before
    can be what 'it' means ("King David Kalākaua loved it ..." in an episode on the ukulele)."""
    if topic is None or topic.person or _plural_head(topic.name) or _names(sentence, topic.name):
        return ""
    return topic.name if _NAME_ACTS_ON_IT.match(sentence) else ""


# a name, then its verb acting on 'it': no word before can be what 'it' means
_NAME_ACTS_ON_IT = re.compile(
    rf"(?!(?i:{'|'.join(sorted(phrases.SUBORDINATORS))})\b)"  # "When threatened it ...": no name
    rf"{words.CAPITAL}[\w'\u2019.-]*\s+(?:(?:{words.CAPITAL}[\w'\u2019.-]*|{words.NAME_PARTICLE})\s+){{0,4}}{_ACTS_ON_IT}"
)


# the members of a kind of animal, said with no article: "Males are larger than females"
_MEMBERS = r"(?:males|females|adults|juveniles|hatchlings|chicks|pups|cubs|calves)"


def _plural_head(name: str) -> bool:
    """ "Downwinders of Trinity", "Nazca Lines": a name whose head noun is plural."""
    head = re.split(r"\s+(?:of|in|on|from)\s+", name)[0].split()[-1]
    return phrases.plain_s(head)


def _a_name_alone(title: str) -> bool:
    """A title of a few capitalised words and no verb: the name of the thing its paragraph is about."""
    parts = title.split()
    named = 1 < len(parts) <= 6 and all(_capitalised(w) or w in ("of", "the", "and", "for") for w in parts)
    named = named and phrases.tag_at(title, 0) != "ADP"  # "Among The Deepest-Diving Mammals": a predicate's end
    return named and not any(phrases.tag_at(title, m.start()) in ("VERB", "AUX") for m in re.finditer(r"\S+", title))


def _a_term_alone(title: str) -> bool:
    """A title of a few words and no verb ("Just intonation", "Mean-tone tuning"): the term its
    paragraph is about, which an opening 'it' means."""
    tagged = tags.tag_text(title)
    # ... nor one that opens on a preposition: "Among The Deepest-Diving Mammals" ends a predicate
    verbless = not any(tag in ("VERB", "AUX", "PRON") for _tok, tag in tagged)
    return 0 < len(tagged) <= MAX_TERM_TITLE_WORDS and verbless and tagged[0][1] != "ADP"


MAX_TERM_TITLE_WORDS = 4


def _verb_follows(sentence: str, m: re.Match[str]) -> bool:
    """A verb must follow the reference: "It passes ...", not "Their feud, ..., involved"; after "One,"
    a phrase set off by commas comes first ("One, nicknamed Methuselah, is ...")."""
    end = m.end()
    if m.group(0).lower().endswith(("its", "their")):
        # "Its builders graded ...": the reference owns the subject, whose verb comes after it
        owned = re.match(r"(?: [a-z]+(?:-[a-z]+)*){1,3}?(?= [a-z])", sentence[end:])
        nouns = owned is not None and all(phrases.tag_at(sentence, end + w.start() + 1) == "NOUN" for w in re.finditer(r" \S+", owned.group()))
        end += owned.end() if owned is not None and nouns else 0
    if m.group("one"):
        aside = re.match(r",[^,]{1,60},", sentence[end:])
        if aside is None:
            return False
        end += aside.end()
    return sentence[end : end + 1] == " " and phrases.is_verb(sentence, end + 1)


def _persons(text: str) -> list[str]:
    """Names of two or more capitalised words that act as a subject: 'Robert Paine began ...', 'Cai
    Lun, an official at the court, presented ...', 'Percy Spencer (a radar engineer) noticed ...'; or a
    surname alone that opens the sentence as its subject: 'Sundback raised ...'."""
    return [
        name
        for start, name in _acting_names(text)
        if (len(name.split()) >= 2 or start == 0 and _surname(name))
        and _a_persons_name(name)
        and name.split()[0].lower() not in _THE  # "El Niño", "Las Vegas"
        and not all(_common(w) for w in name.split())  # "White Star Line"
    ]


def _acting_names(text: str) -> list[tuple[int, str]]:
    """Each name of the text that acts (a verb after it), with where it starts; not a body or a place
    by its last word ("East India Company")."""
    return [
        (p.start, text[p.start : p.end])
        for p in phrases.chunks(text)
        if p.kind is Kind.NAME
        and phrases.tag_at(text, p.start) == "PROPN"
        and _acts(text, p.end)
        and text[p.start : p.end].split()[-1].lower() not in _NO_PERSON
    ]


# the forms of 'he' and 'she' a sentence may already use before it names a person
_PRONOUN_FORMS = {"he": re.compile(r"\b(?:he|him|his)\b", re.I), "she": re.compile(r"\b(?:she|her|hers)\b", re.I)}
# 'him', or 'her' that no noun follows ("bought her back", "sold her, and"): the object of a verb
_OBJECT_FORMS = {
    "he": re.compile(r"\bhim\b", re.I),
    "she": re.compile(r"\bher\b(?=\s*(?:[,;.)]|$|\s+(?:back|to|in|on|at|for|from|into|out|off|up|down|away|again|as|and|or)\b))", re.I),
}


def _lone_actors(text: str) -> list[str]:
    """One capitalised word inside the sentence that acts, who may be a person the notes name by surname
    alone ("until Catania filmed eels ... He later let"): a later 'he' or 'she' is left unsettled."""
    return [name for start, name in _acting_names(text) if start > 0 and " " not in name]


def _last_actor(text: str, persons: set[str]) -> set[str]:
    """ "Ernst Ruska and Max Knoll built ...; Ruska received a Nobel Prize ...": a surname that acts after
    the persons found, of a full name the sentence gives, is whom a next 'he' means."""
    if not persons:
        return persons  # "until Catania filmed eels ...": a surname alone leaves the person unsettled
    last = max(text.index(p) for p in persons)
    later = [name for start, name in _acting_names(text) if start > last and " " not in name]
    full = {m.group() for m in re.finditer(rf"\b[A-Z][\w'-]+\s+{re.escape(later[-1])}\b", text)} if later else set()
    return full if len(full) == 1 and not full & persons else persons


def _persons_after(text: str, pronoun: str) -> list[str]:
    """The persons of the text whom a later 'he' or 'she' may mean: not one named after the text has
    already said that pronoun of something else ("In 1895 she was sold ...; Captain Wilfred Dowman
    bought her back": the 'she' goes on meaning the ship)."""
    said = _PRONOUN_FORMS[pronoun].search(text)
    named = [name for name in _persons(text) if said is None or text.index(name) < said.start()]
    # "Captain Wilfred Dowman bought her back": whom a person's verb takes as its object is someone else
    return [name for name in named if not _OBJECT_FORMS[pronoun].search(text, text.index(name) + len(name))]


def _acts(text: str, end: int) -> bool:
    """A verb after the name, or after an aside that describes it."""
    aside = _BRACKETED.match(text, end)
    end = aside.end() if aside else end
    return phrases.is_verb(text, end + 1) or _APPOSITION.match(text, end) is not None


_BRACKETED = re.compile(r" \([^()]{1,80}\)")


def _common(word: str) -> bool:
    """A word the lexicon knows, and not as a name only."""
    return not lexicon.name_only(word)


def _vessel(sentence: str, earlier: list[str]) -> set[str]:
    """What 'she' means when no person is named: the ship an earlier sentence is about, back through
    the sentences that go on calling it 'she' ("Titanic, built ..., left Southampton on her maiden
    voyage ... At 11:40 p.m. she struck an iceberg ... She sank ..."), when they speak of a ship."""
    read = [sentence]
    for text in reversed(earlier):
        read.append(text)
        about = _about(text)
        if about and about[0][:1].isupper() and not _looks_like_a_person(about[0]):
            return {about[0]} if _SEAFARING.search(" ".join(read)) and " and " not in about[0] else set()
        if not re.search(r"\b(?:she|her)\b", text, re.I):
            break
    return set()


_SEAFARING = re.compile(r"\b(?:sail(?:ed|s)?|voyage|ship|liner|vessel|launched|maiden|harbour|port|crew|sank|aboard|torpedo\w*)\b", re.I)


def _surname(name: str) -> bool:
    """One word the table knows only as a name, or not at all: 'Sundback', not 'Paris' or 'Enigma'."""
    return lexicon.lookup(name.lower()) == () and name.isalpha()


# the last word of a name that is a body or a place, which 'he' or 'she' never means: "East India Company"
_NO_PERSON = words.wordset(
    "company corporation bank university institute society foundation agency museum college council"
    " committee government army navy church school republic empire kingdom river sea ocean lake mountains"
    " line lines railway airline canal bay strait channel harbour harbor port island cape bridge tower"
)


_THE = words.wordset("el la le les los las")  # an article opens a place's or a thing's name, never a person's
# "Cai Lun, an official ...", "Fortune, working for ...", "Andrew Wiles, who first met ...", "Benjamin
# Disraeli, then Chancellor of the Exchequer, ..."
_APPOSITION = re.compile(r",\s+(?:(?:then|now|later|once|formerly)\s+)?(?:a|an|the|[a-z]+ing|who)\s+[a-z]|,\s+(?:then|now|later|once|formerly)\s+[A-Z]")


def _opening_person(text: str) -> str:
    """The person a sentence opens on, without the place after the name: 'Ukichiro Nakaya' in
    "Ukichiro Nakaya of Hokkaido University grew ..."; '' when it opens on no person."""
    first = next((p for p in phrases.chunks(text) if p.start == 0 and p.kind is Kind.NAME), None)
    if first is None or phrases.tag_at(text, 0) != "PROPN":
        return ""
    name = re.split(r"\s+(?:of|at|from)\s+", text[: first.end])[0]
    return name if len(name.split()) >= 2 and _a_persons_name(name) else ""


def _a_persons_name(name: str) -> bool:
    """Capitalised words, with a particle or an initial among them: "Karl von Frisch", "John A. Miller";
    or one name and the place the person was of: "Zenodotus of Ephesus"."""
    parts = name.split()
    of_a_place = len(parts) >= 3 and parts[1] == "of" and _surname(parts[0]) and all(map(_capitalised, parts[2:]))
    named = all(_capitalised(w) or _INITIAL.fullmatch(w) or w in phrases.NAME_PARTICLES for w in parts)
    return name[:1].isupper() and (named or of_a_place)


_INITIAL = re.compile(r"(?:[A-Z]\.)+")


def _capitalised(word: str) -> bool:
    """A capitalised word of letters, or of such words joined by hyphens ("Per-Ingvar")."""
    return all(part[:1].isupper() and part.isalpha() for part in word.split("-"))


# 'this', 'these', 'those' and 'that' with a noun inside a sentence: "The 1842 Treaty of Nanking ended that war"
DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\s+(?P<head>[a-z]{3,})\b")


def pointed_at(sentence: str, earlier: list[str]) -> str:
    """The one term of the sentences before that a demonstrative and its noun inside the sentence
    mean ("that war" after "the First Opium War"), or ''; not 'that' opening a clause ("showed that
    water boils"). A label for a sentence too long to join the one before."""
    for m in DEMONSTRATIVE.finditer(sentence):
        following = re.match(r"\s+(?=[a-z])", sentence[m.end() :])
        after = phrases.tag_at(sentence, m.end() + following.end()) if following else ""
        # after 'that', a noun phrase only ends before a small word or a mark: "that war and", "that war,";
        # 'this', 'these' and 'those' open no clause: "those bows are" is the phrase and its verb
        clause = m.group().lower().startswith("that") and after in ("VERB", "AUX", "NOUN", "PROPN", "ADJ")
        if phrases.tag_at(sentence, m.start("head")) != "NOUN" or clause:
            continue
        found = set(_compounds_of(m.group("head"), earlier))
        return found.pop() if len(found) == 1 else ""
    return ""


def _compounds_of(head: str, earlier: list[str]) -> list[str]:
    """The terms earlier sentences name whose last word is `head` ('Maillard reaction' for 'the
    reaction'); one the notes define ('a ring called the beta-lactam ring') is the one meant."""
    found: dict[str, bool] = {}
    for text in earlier:
        for p in phrases.chunks(text):
            term = text[p.start : p.end]
            if " " in term and term.lower().endswith(" " + head) and p.kind in (Kind.TERM, Kind.DEFINED, Kind.NAME):
                found[term] = found.get(term, False) or p.kind is Kind.DEFINED
    defined = [t for t, d in found.items() if d]
    return defined or list(found)


_WORDS_ABOUT_WORDS = words.wordset("name names word words term terms title phrase idea story reason answer point question")


def _subject_or_term(earlier: list[str], plural: bool) -> set[str]:
    """What 'it' or 'they' most likely means: what the sentence before is about, when it is of the
    same number; when it is of the other number ("Riders swapped horses ... It shut down"), what the
    sentence before that is about."""
    for back, text in enumerate(reversed(earlier[-2:]), 1):
        if _refers_on(text, plural):
            # "It reaches maturity ..., a condition called neoteny. It breathes ...": the same 'it' again
            return _subject_or_term(earlier[:-back], plural)
        about = _about(text, plural)
        if about is None or _OTHER_THINGS[plural].search(text):
            return set()  # "... mapped 6,000 km² of them": 'they' after it may mean them, not the surveys
        name, many = about
        if name.lower() in _WORDS_ABOUT_WORDS:
            return set()  # "The name is Greek for 'hollow spine'. It is a lobe-finned fish": the fish, not its name
        if not plural and _ANOTHER_IT.search(text, text.find(name) + len(name)):
            return set()  # "... handed the stone to the British, and it reached England": the stone, maybe
        if many in (None, plural):
            # 'it' and 'they' never mean a person: "James Young Simpson introduced chloroform ... It could stop the heart"
            # ... nor a thing called by 'the' or its owner and a common noun ("The Brooklyn Bridge", "London's Millennium Bridge")
            called = re.search(rf"(?:\bthe|['\u2019]s)\s+{re.escape(name)}", text, re.I)
            thing = called and "NOUN" in lexicon.lookup(name.split()[-1].lower())
            # "The German geographer Ferdinand von Richthofen": a person named after a role
            person = (_looks_like_a_person(name) or any(name.endswith(" " + p) for p in _persons(text))) and not thing
            # "Eiffel bought out their rights and put his name behind it": a bare name that 'his' or 'her' follows
            person = person or " " not in name and name[:1].isupper() and _HIS_OR_HER.search(text) is not None and not thing
            # "Pennsylvania's Provincial Assembly ordered the bell ... It cracked": a body acts as people do
            body = name.split()[-1].lower() in _ACTING_BODIES
            return set() if person or body or _acts_as_a_person(name, text) else {name}
        if _SAME_REFERENCE[plural].search(text):
            return set()  # "Planners shipped in Jumbo ... meant it was never used. It was parked ...": what that 'it' means
    return set()


def _refers_on(text: str, plural: bool) -> bool:
    """The sentence opens on 'it' (or 'they') as its subject, so a next 'it' of that number means what it means."""
    m = _OPENING.match(text)
    opened = m is not None and (m.group("things") if plural else m.group("thing")) is not None
    return opened and m.group().lower().split()[-1] in ("it", "they") and _verb_follows(text, m)


_ACTING_BODIES = words.wordset("assembly parliament congress senate council committee government court board")
_HIS_OR_HER = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.I)


# the reference itself, inside a sentence of the other number: the thing it means is named there
_SAME_REFERENCE = {True: re.compile(r"\b(?:they|them|their)\b", re.I), False: re.compile(r"\b(?:it|its)\b", re.I)}


# after the subject, a thing named with 'the', then a clause of its own on 'it': that 'it' may be either
_ANOTHER_IT = re.compile(r"\bthe\s+[a-z][\w-]*\b[^.;]*?[,;]\s+(?:and|but|so|yet|where)\s+it\b")


# an object pronoun after the subject: a thing of that number besides what the sentence is about
_OTHER_THINGS = {True: re.compile(r"\bthem\b", re.I), False: re.compile(r"(?<=\s)(?:of|on|in|into|from|with|by|to)\s+it\b", re.I)}


# what only a person does: "Raphael was buried here", "Handel wrote it in 24 days"
_PERSONS_VERB = r"\s+(?:(?:was|were)\s+(?:born|buried|bapti[sz]ed|knighted|crowned|married|executed)|died|married|wrote|painted|composed)\b"


def _acts_as_a_person(name: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(name)}{_PERSONS_VERB}", text) is not None


def _modifies(text: str, p: phrases.Phrase) -> bool:
    """A name (in capitals, whatever its kind) before a word read first as a noun modifies that noun."""
    nxt = re.match(r" ([a-z]+)\b", text[p.end :])
    named = all(w[:1].isupper() or not w[:1].isalpha() for w in text[p.start : p.end].split())
    return named and nxt is not None and lexicon.lookup(nxt.group(1))[:1] == ("NOUN",)


_REPORTED = re.compile(rf"[^,;:]*?\b{phrases.REPORT_VERBS}\s+that\s+(?=\w)", re.I)


def _about(text: str, plural: bool | None = None) -> tuple[str, bool | None] | None:
    """The term the sentence defines ('the nuts are dried in a process called curing'), else its subject, and
    whether that is plural (None: either); None when neither is clear. With `plural`, the number of
    the reference that looks back to it."""
    reported = _REPORTED.match(text)
    if reported:
        # "Researchers at Exeter found that wild jackdaws learn ...": what was found is about the jackdaws
        return _about(text[reported.end() :], plural)
    chunks = phrases.chunks(text)
    # ... not a name a clause gives in passing ("for the State House that we now call Independence Hall")
    defined = [p for p in chunks if p.kind is Kind.DEFINED and not _RENAMED_BY.search(text[: p.start])]
    if len({text[p.start : p.end] for p in defined}) == 1:
        subject = _subject(text, chunks)
        if subject is not None and _subject_meant(text, subject, defined[0], plural):
            return subject
        return text[defined[0].start : defined[0].end], None  # a term the notes define is meant whatever its number
    return _subject(text, chunks)


def _subject_meant(text: str, subject: tuple[str, bool | None], term: phrases.Phrase, plural: bool | None) -> bool:
    """ "Pups are born in a coat called lanugo. They suckle ...": a term the predicate defines, after a
    subject of the reference's number, is not what the reference means; unless the subject is the
    term's own thing ("A dowel called the sound post sits ..."), or a person, whom 'it' and 'they'
    never mean ("Richthofen coined the term Seidenstraße. It ...")."""
    name, many = subject
    at = text.find(name)
    if at < 0 or at + len(name) > term.start or many not in (None, plural):
        return False
    if _NAMING.fullmatch(text[at + len(name) : term.start]):
        return False
    return not (_looks_like_a_person(name) or any(name.endswith(p) for p in _persons(text)))


# the subject's own name given right after it: "A spruce dowel called the sound post"
_NAMING = re.compile(r",?\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:called|named|known\s+as|dubbed|termed)\s+(?:the\s+|an?\s+)?", re.I)


def _subject(text: str, chunks: list[phrases.Phrase]) -> tuple[str, bool | None] | None:
    """The phrase a sentence is about, and whether it is plural; None when it is not clear."""
    # "Unlike seals, otters have ...": the subject comes after a fronted phrase
    opening = re.match(r"(?:(?:unlike|like|in|on|at|with|without|after|before|during)\s+[^,]{1,30},\s+)?(?:(?:the|a|an)\s+)?", text, re.I)
    start = opening.end() if opening else 0
    # "The Dewey system sorts ...": of the phrases it opens on, the one its verb follows
    # (not a name that modifies the noun after it: "World War II steel shortages delayed ...")
    # "A single bluestreak cleaner wrasse can ...": the thing, without the word that counts it
    counted = re.match(r"(?:single|each|every)\s+", text[start:], re.I)
    opening, start = start, start + (counted.end() if counted else 0)
    opening_phrases = [
        p for p in chunks if opening <= p.start <= start < p.end and p.kind in (Kind.TERM, Kind.NAME) and not _modifies(text, p)
    ]
    named = _NAMED_BEFORE_ASIDE.match(text) if not opening_phrases else None
    if named and _ASIDE.match(text, named.end()):
        # "Jumbo, the 214-ton steel container ..., now sits": a capitalised word the aside describes is a name
        opening_phrases = [phrases.Phrase(0, named.end(), Kind.NAME)]
    subject = next((p for p in opening_phrases if phrases.is_verb(text, p.end + 1)), opening_phrases[0] if opening_phrases else None)
    owned = re.search(r"['\u2019]s\s", text[start : subject.end + 1]) if subject is not None else None
    if owned is not None and _NAME_WORDS.fullmatch(text[start + owned.end() : subject.end]):
        # "London's Millennium Bridge closed ...": a name owned by a place is the one thing meant
        subject, owned = phrases.Phrase(start + owned.end(), subject.end, Kind.NAME), None
    elif owned is not None and _NAME_WORDS.fullmatch(text[start : start + owned.start()]):
        # "Vienna's giant wheel was built ...": a place's thing, named whole; 'it' means the thing
        subject, owned = phrases.Phrase(start, subject.end, Kind.TERM), None
    if subject is None or owned is not None:
        return None  # "The bacterium's cell wall is ...": 'it' could be the wall or the bacterium
    head = text[subject.start : subject.end]
    # "The arms of a snow crystal grow ...": the subject with what it is of
    of = re.match(r"\s+of\s+(?:(?:the|a|an)\s+)?", text[subject.end :])
    whole = next((p for p in chunks if of and p.start == subject.end + of.end()), None) if of else None
    end = whole.end if whole is not None else subject.end
    # "Giant sequoias in the Sierra Nevada grow ...": a place between the subject and its verb
    place = re.match(r"\s+(?:in|on|at|from|near|across)\s+(?:the\s+)?", text[end:])
    where = next((p for p in chunks if place and p.start == end + place.end()), None) if place else None
    verb_at = where.end if where is not None and not phrases.is_verb(text, end + 1) else end
    # "A bluestreak cleaner wrasse (Labroides dimidiatus) can ...": its name in brackets
    named = re.match(r" \([^()]{1,40}\)", text[verb_at:]) if not phrases.is_verb(text, verb_at + 1) else None
    verb_at += named.end() if named else 0
    # "The Hindenburg first flew ...": an adverb before the verb
    adverb = re.match(r" [a-z]+(?= )", text[verb_at:]) if not phrases.is_verb(text, verb_at + 1) else None
    adverb = adverb if adverb and (phrases.tag_at(text, verb_at + 1) == "ADV" or adverb.group()[1:] in _TIME_ADVERBS) else None
    verb_at += adverb.end() if adverb and phrases.is_verb(text, verb_at + adverb.end() + 1) else 0
    # "Titanic, built by Harland and Wolff for the White Star Line, left ...", "Jumbo, the steel vessel
    # built to catch the plutonium, now sits ...": an aside before the verb
    aside = _ASIDE.match(text, verb_at) if not phrases.is_verb(text, verb_at + 1) else None
    verb_at = aside.end() - 1 if aside and phrases.is_verb(text, aside.end()) else verb_at
    # "The oldest tree at the Museum in Washington, D.C., is ...": more of where, closed by a comma
    more = _MORE_PLACE.match(text, verb_at) if not phrases.is_verb(text, verb_at + 1) else None
    verb_at = more.end() - 1 if more else verb_at
    if not phrases.is_verb(text, verb_at + 1):
        return None
    # "the oldest tree at the National Bonsai Museum": a named place says which one
    named_at = where is not None and where.kind is Kind.NAME and place is not None and "at" in place.group().split()
    return text[max(subject.start, start) : where.end if where is not None and named_at else end], _plural(head, text[verb_at:].split()[0])


_RENAMED_BY = re.compile(r"\b(?:we|you|they|people|locals)\s+(?:now\s+|still\s+|today\s+)?call\s+(?:it\s+)?(?:the\s+)?$", re.I)
_NAME_WORDS = re.compile(r"[A-Z][\w\u0100-\u024f-]*(?:\s+[A-Z][\w\u0100-\u024f-]*)*")
_TIME_ADVERBS = words.wordset("first later once still never")  # read as adjectives too: "first flew"
_ASIDE = re.compile(
    r",\s+(?:(?:[a-z]+ed|built|made|known|born|founded|run|led|held)\s[^,;()]{3,90}"
    r"|(?:the|an?)\s[^,;]{3,120}?),\s+(?:(?:now|still|also|later|then)\s+)?"  # "Jumbo, the 214-ton steel container ..., now sits"
)
_NAMED_BEFORE_ASIDE = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}(?=,\s+(?:the|an?)\s)")
_MORE_PLACE = re.compile(r"\s+(?:in|on|at|near)\s+[A-Z][^;()]{0,40}?,\s+(?=(?:is|was|are|were|has|had)\b)")


_NUMBERED_VERBS = {"is": False, "was": False, "has": False, "are": True, "were": True, "have": True}


def _plural(noun: str, verb: str) -> bool:
    """Whether a subject is plural: its verb says so ('grow', 'grows', 'were'); after a past verb, its
    noun ('pines', not 'Pony Express')."""
    if verb.lower() in _NUMBERED_VERBS:
        return _NUMBERED_VERBS[verb.lower()]
    form = questions.base_of(verb)
    if form is not None and form[0] in ("3sg", "base"):
        return form[0] == "base"
    return phrases.plain_s(noun)


def _looks_like_a_person(name: str) -> bool:
    """Two or more capitalised words, the first a given name the lexicon knows as nothing else
    ("James Young Simpson"; not "Pony Express", "Great Basin")."""
    parts = name.split()
    while len(parts) >= 3 and "NOUN" in lexicon.lookup(parts[0].lower()):
        parts = parts[1:]  # "Statistician William Farr", "Lord Mayor Sir Thomas Bludworth": roles before the name
    given = lexicon.name_only(parts[0]) and parts[0].lower() not in _THE  # not "El Niño"
    return len(parts) >= 2 and _a_persons_name(" ".join(parts)) and given
