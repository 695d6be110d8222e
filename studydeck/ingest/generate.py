"""Card generation: the Notes of one episode -> Card[]; pure and deterministic, ids included.

Each sentence of a takeaway is one cloze note with a deletion per fact (facts.py), each on a whole
phrase chosen by salience (phrases.py, keys.py); an idea's title is a cloze on its claim; a fact no
blank can ask gives a why or advice question (questions.py); quotes give complete-the-quote cards.
Every card passes lint's blank rules, and none shows an answer of a card made before it. Notes of
one episode in several formats are read together: a fact or quote already carded is not carded again.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ..deck import cloze
from ..deck.models import Card, CardKind, Deck, Notes, Quote, Source, Takeaway
from ..language import tags, words
from ..language.lexicon import lookup
from ..lint import spans
from . import facts, keys, phrases, questions, references
from .notes import text as notes_text

FORMAT_ORDER = {"markdown": 0, "page": 1, "summary": 2}
MAX_QA_BACK = 10  # content words
MIN_QA_FRONT = 3
_ADVICE_WHY = ("Why should you ", "Why should I ")  # the advice itself is the context: "Why should you grind just before brewing?"
WHO_SAID_SHARE = 0.5  # no "who said" card when one speaker has more than this share of the quotes


@dataclass(frozen=True)
class Made:
    """A card and the takeaways or quotes it was made from, as 'path:line'."""

    card: Card
    origins: tuple[str, ...]


@dataclass(frozen=True)
class _Episode:
    """What card making needs to know about the episode."""

    guest: str
    ctx: keys.Context
    quoted: Shown  # the quotes, which their cards show whole but for one blank
    said: dict[str, Shown]  # each notes file's takeaway sentences, which their cards show but for the blanks
    glossary: dict[str, str]  # origin -> the term a glossary entry there asks from its definition
    gate: Deck  # an empty deck of the episode, for linting each card before it is written
    topic: references.Topic | None = None  # the one thing the episode is about, when its title names it: "the Danube"
    title_stems: frozenset[str] = frozenset()  # of the episode's title, which the deck's name shows beside every card
    title_values: frozenset[str] = frozenset()  # the numbers of the title, in figures: "Four Days ..." shows 4
    topic_stems: frozenset[str] = frozenset()  # of the topic's name: no blank asks what every card is about
    # (origin, sentence) of each takeaway sentence no card could be made from, for the report
    missed: list[tuple[str, str]] = field(default_factory=list)


def cards(notes: Notes | Iterable[Notes]) -> list[Card]:
    return [m.card for m in make(notes)]


def make(notes: Notes | Iterable[Notes]) -> list[Made]:
    """Every card for the notes of one episode, in a fixed order, with unique ids."""
    return make_and_miss(notes)[0]


def make_and_miss(notes: Notes | Iterable[Notes]) -> tuple[list[Made], list[tuple[str, str]]]:
    """`make`'s cards, and each takeaway sentence no card could be made from, as (origin, sentence)."""
    items = sort([notes] if isinstance(notes, Notes) else list(notes))
    if not items:
        return [], []
    quotes = merged_quotes(items)
    episode = _episode(items, quotes)
    made: list[Made] = []
    for n in items:
        for tk, prior in zip(n.takeaways, (None, *n.takeaways), strict=False):
            made += takeaway_cards(tk, episode, f"{n.path}:{tk.line}", _bullet_before(tk, prior))
    shown = Shown()
    made = no_sibling_shows(unique(made), shown)
    recommended = recommended_cards(quotes)
    for m in recommended:
        shown.add(m.card.front)  # "Which book by Tom Tucker...": a quote does not blank the author
    # every card shows the podcast's name, its host's when it has none: who said the host's words is read off it
    named = items[0].episode.podcast or items[0].episode.host
    several = _several_speakers(quotes)
    for quote, origins in quotes:
        # a short quote that no key suits is asked who said it, where that can be asked: blanked as a last
        # resort, its one word was mostly guesswork read blind ("Respect the [annealer]."), and so, 20 of 50
        # times, was the second of two parts set against each other ("Patience first, [power second].")
        short = len(quote.text.split()) < SHORT_QUOTE_WORDS
        asked_who = several and short and _who_can_be_asked(quote) and not _same_name(quote.speaker, named)
        quoted = quote_cards(quote, episode, origins, shown, last_resort=not asked_who)
        for m in quoted:
            shown.add(cloze.reveal(m.card.text))  # a later quote's blank or a recommended title it shows
        made += quoted
    # A recommended title an earlier card shows is asked already (and would be read off that card),
    # and one the episode's title shows is read off the deck's name: its author is asked instead.
    quote_of = {origins: q for q, origins in quotes}
    for m in recommended:
        if not shown.gives_away(m.card.back, m.card.front, 0.0) and not _in_title(m.card.back, episode):
            made.append(m)
            continue
        author = author_card(quote_of[m.origins], m.origins)
        # "Who wrote ...?" of the guest's own book is answered by who is speaking
        speaker = author is not None and all(episode.ctx.is_person(w) for w in author.card.back.split())
        if author is not None and not speaker and not shown.gives_away(author.card.back, author.card.front, 0.0, besides=m.card.front):
            made.append(author)
    carded = {o for m in made if "quote" in m.card.tags for o in m.origins}
    covered = {o for m in made for o in m.origins}
    # ... so that question is asked only of a quote with no other card, marked for the curator
    unasked = [(q, o) for q, o in quotes if not set(o) & carded and not (_same_name(q.speaker, named) and set(o) & covered)]
    made += who_said_cards(unasked, quotes, named)
    return _with_unique_ids(unique(gate(made, episode.gate))), episode.missed


# The lint rules a generated card must pass (CARD-QUALITY.md, "What goes wrong"); the rest (wordy,
# ill-defined...) only warn the curator.
GATE = frozenset(
    [
        "bad-cloze",
        "give-away",
        "half-term",
        "list-item",
        "operand",
        "unit-only",
        "incidental-date",
        "idiom",
        "trivia",
        "trivial-blank",
        "vague-question",
        "yes-no",
    ]
)

DOUBTFUL_GATE = GATE - {"trivial-blank"}  # a card marked doubtful is known to be weak: its common words may stay


def gate(made: list[Made], deck: Deck) -> list[Made]:
    """Each card through lint before it is written: a deletion lint flags is dropped (the others of
    its note stay); a question lint flags is not written."""
    out = []
    for m in made:
        card = gate_card(m.card, deck)
        if card is not None:
            out.append(Made(card, m.origins))
    return out


def gate_card(card: Card, deck: Deck) -> Card | None:
    """The card with only the deletions lint lets through, or None. A card marked doubtful is one the
    generator knows is weak, written for the curator to judge: a blank of common words does not keep it out."""
    from ..lint import lint_card

    rules = DOUBTFUL_GATE if DOUBTFUL[0] in card.tags else GATE

    def flagged(c: Card) -> bool:
        return any(f.rule in rules for f in lint_card(c, deck))

    if not flagged(card):
        return card
    if card.kind is not CardKind.CLOZE:
        return None
    kept = [d for d in cloze.deletions(card.text) if not flagged(replace(card, text=cloze.keep_only(card.text, [d])))]
    return replace(card, text=cloze.keep_only(card.text, kept)) if kept else None


def sort(items: list[Notes]) -> list[Notes]:
    """Notes a person wrote first, then pages (short bullets), then summaries; then by path."""
    return sorted(items, key=lambda n: (FORMAT_ORDER.get(n.format, 9), n.path))


def _episode(items: list[Notes], quotes: list[tuple[Quote, tuple[str, ...]]]) -> _Episode:
    guests = list(dict.fromkeys(g for n in items for g in n.episode.guests))
    names = [n.episode.podcast for n in items] + [n.episode.host for n in items] + guests
    names += [q.speaker for q, _ in quotes]
    texts = [tk.title + " " + tk.text for n in items for tk in n.takeaways] + [q.text for q, _ in quotes]
    guest = guests[0] if len(guests) == 1 else ""
    quoted = Shown()
    for q, _ in quotes:
        quoted.add(_safe(q.text))
    # A sentence of another notes file that states the same fact is merged with it (no_sibling_shows).
    # What a sentence states is its own words, not the label that says what its "he" means.
    said = {n.path: Shown() for n in items}
    for n in items:
        for tk in n.takeaways:
            for sentence in facts.split(_takeaway_text(tk, guest), labels=False):
                said[n.path].add(sentence.text)
    gate = Deck(key="gate", name="gate", episode=items[0].episode, cards=())
    glossary = {
        f"{n.path}:{tk.line}": term
        for n in items
        for tk in n.takeaways
        if tk.title and (term := glossary_term(_safe(tk.title), _takeaway_text(tk, guest))) and not _everyday_heading(term)
    }
    ctx = keys.Context.of(names, texts)
    topic = references.episode_topic(items[0].episode.title, [s for n in items for s in said[n.path].texts])
    title = items[0].episode.title
    topic_stems = frozenset(words.stems(topic.name)) if topic else frozenset()
    return _Episode(
        guest=guest, ctx=ctx, quoted=quoted, said=said, gate=gate, glossary=glossary, topic=topic,
        title_stems=frozenset(words.stems(title)), title_values=frozenset(keys.values(title)), topic_stems=topic_stems,
    )


# -- takeaways --------------------------------------------------------------------------------


def _in_title(answer: str, ep: _Episode) -> bool:
    """ "a Satire on [Tulip Mania]" in an episode called "Tulip Mania: ...": the deck's name shows it;
    "hum into a [kazoo]" in an episode about the kazoo: every card of the deck is about it."""
    # not "[more than a year]" under "The Year ...", but a rare word the title shows: "[platypus]" under "The Platypus Is ..."
    rare = " " not in answer and words.zipf(answer) < TITLE_WORD_ZIPF
    named = len(words.content(answer)) >= 2 or answer[:1].isupper() or rare
    stems, values = words.stems(answer), keys.values(answer)
    if stems and stems == ep.topic_stems:
        return True  # what the whole deck is about, however the notes phrase it
    if values:  # "still under repair in [79]" under "Vesuvius in AD 79", "burned for [four days]" under "Four Days ..."
        return values <= ep.title_values and stems <= ep.title_stems
    return named and bool(stems) and stems <= ep.title_stems


def _topic_and_a_common_noun(answer: str, ep: _Episode) -> bool:
    """ "[Cuttlefish eyes] contain one pigment", "the town has an [accordion museum]" in an episode
    about that thing: the topic's name, which every card is about, before one common noun left to recall."""
    content = words.content(answer)
    if not ep.topic_stems or len(content) < 2:
        return False
    head = content[-1]
    return words.stems(" ".join(content[:-1])) == ep.topic_stems and head.islower() and words.zipf(head) >= COMMON_HEAD_ZIPF


COMMON_HEAD_ZIPF = 4.0  # "eyes", "blood", "museum" (4.3-5.3); not "cuttlebone" or "papillae"
TITLE_WORD_ZIPF = 3.5  # "platypus", "zipper", "stethoscope" (2.7-3.3), not "mistake" or "city" (4.7, 5.6)


def _bullet_before(tk: Takeaway, prior: Takeaway | None) -> str:
    """The bullet just before an untitled one of the same section, which its opening 'He' or 'It' may
    mean; the bullet before may have a title of its own ("**The Wiener Riesenrad.** Vienna's giant wheel ...")."""
    if prior is None or prior.section != tk.section or tk.title:
        return ""
    return _safe(prior.text)


def takeaway_cards(tk: Takeaway, ep: _Episode, origin: str, before: str = "") -> list[Made]:
    """One cloze note per sentence, one deletion per fact; a question for a fact no blank can ask;
    the idea's title as a card of its own. `before` is the bullet before it, for what its opening
    reference means."""
    text = _takeaway_text(tk, ep.guest)
    source = Source(section=tk.section)
    made: list[Made] = []
    marked = _marked_subject(tk.title, text)
    dateline = tk.title if DATELINE.fullmatch(tk.title or "") else ""
    # "Tool pick: a 1 g digital scale", "Read David Rees's How to Sharpen Pencils (2012)": no claim
    picked = tk.title if _PICK.match(tk.title or "") or _advice(words.tokens(tk.title or "")) else ""
    claim = ""  # a claim with no clear blank, shown over its body's first sentence
    if tk.title and not marked and not dateline and not picked:
        blank = title_card(_safe(tk.title), text, ep.ctx, source)
        title = gate_card(blank, ep.gate) if blank else None
        title = title or title_question(_safe(tk.title), text, ep.ctx, source)  # a blank lint refuses: its question
        if title is not None:
            made.append(Made(title, (origin,)))
        elif blank is None:
            claim = _weak_claim(_safe(tk.title), text)
    term = "" if made or claim else ep.glossary.get(origin, "")
    heading = "" if made or claim or term or not tk.title else _safe(picked).rstrip(".") or _heading(_safe(tk.title), text)
    # terms other entries ask: no blank here gives them away
    others = {notes_text.fold(t) for t in ep.glossary.values()} - {notes_text.fold(term)}
    ctx = replace(ep.ctx, marked=frozenset(m.lower() for m in tk.marked))
    seen = Shown()  # what the takeaway's earlier sentences show: a key they give away is not chosen
    if dateline:
        seen.add(dateline)
    said = ep.said.get(origin.rsplit(":", 1)[0]) or Shown()  # what the other sentences of its file show
    # a heading shown over the first sentence says what its "it" means: no label from the title besides
    for sentence in facts.split(text, title="" if heading else _safe(tk.title or ""), before=before, topic=ep.topic):
        term_key = None
        if term:
            # the term is what its first sentence's "It" means: no other label besides ("Piano: It splits ...")
            sentence = _named_by(sentence.unlabelled(), term)
            term_key = keys.Key(0, len(term), keys.Kind.TERM, GLOSSARY_SCORE)
            term = ""  # the first sentence defines it; the others say more about it
        elif marked:
            term_key, marked = keys.Key(0, len(marked), keys.Kind.TERM, GLOSSARY_SCORE), ""
        elif dateline:
            sentence = _named_by(sentence, dateline)  # "Tenerife, 27 March 1977: Two Boeing 747s collided ..."
        elif heading and (picked or _fits_over(heading, sentence)):  # "Tool pick: ...": what the sentence recommends
            opens_on_it = sentence.text.lower().startswith(heading.lower())  # "Practice tip from Brandvold: ..."
            sentence, heading = sentence if opens_on_it else _named_by(sentence, heading), ""  # "Levothyroxine tips: take it ...": shown, not asked
        elif claim and _fits_over(claim, sentence):
            sentence, claim = _named_by(sentence, claim), ""  # "Geometry beats strength: Pointed arches ..."
        def avoid(answer: str, about: str = sentence.text, own: str = sentence.unlabelled().text) -> bool:
            # a key the takeaway's earlier sentences show, or a quote of the episode (its card shows it)
            # unless this sentence is where the term is defined
            if seen.gives_away(answer, about) or notes_text.fold(answer) in others:
                return True
            if _in_title(answer, ep) or _topic_and_a_common_noun(answer, ep):
                return True  # what the deck's name shows, or the topic and a common noun
            if _defines(about, answer):
                return False
            # a name another sentence of the file shows, on whatever topic ("Eddystone" in three cards),
            # or the subject a sentence opens on, when another one shows it ("Most [songbirds] migrate")
            name = _name_in(answer, about) or (answer if _opens_on(about, answer) else "")
            named = bool(name) and said.shows_whole(name, besides=own) and not _more_than_the_name(answer, name)
            # a quote on the same matter; one that names it in passing ("Tesla never cared for money")
            # gives away less than a takeaway asked without it
            return named or ep.quoted.gives_away(answer, about, QUOTE_TOPIC)

        card, questions_made = sentence_cards(sentence, ctx, source, avoid, ep.gate, term_key)
        if card is None and not questions_made and (label := _topic_label(sentence, ep.topic)):
            # "More than [1,300] species have now been described": too little around any blank, until the
            # episode's topic says what of ("Tardigrades: More than [1,300] species ...")
            card, questions_made = sentence_cards(_named_by(sentence, label), ctx, source, avoid, ep.gate, term_key)
        if card is None and not questions_made:
            ep.missed.append((origin, sentence.unlabelled().text))
        elif card is not None and sentence.joined > 1:
            card, tail = _without_unasked_tail(card)
            ep.missed.extend((origin, part) for part in _unasked(card.text) + tail)
        clozes = [card]
        if card is not None:
            clozes = _first_sentence_apart(card, ep.gate) if sentence.joined > 1 else _first_clause_apart(card, ep.gate)
        ctx = replace(ctx, given=ctx.given | words.stems(sentence.text))
        seen.add(sentence.text)
        made += [Made(c, (origin,)) for c in [*clozes, *questions_made] if c is not None]
    return made


QUOTE_TOPIC = 0.15  # of its words a quote shares with a sentence, for what it shows to give the sentence's blank away
GATE_TRIES = 3  # choices of keys for one sentence before it is left to its questions, if any


def sentence_cards(
    sentence: facts.Sentence,
    ctx: keys.Context,
    source: Source,
    avoid: Callable[[str], bool],
    gate: Deck,
    term_key: keys.Key | None = None,
) -> tuple[Card | None, list[Card]]:
    """A sentence's cloze note, one deletion per fact (and one on the term it defines, when the notes
    name it in its label), and a question for a fact no blank asks. A key lint would flag is refused
    and the next best is chosen, so that the gate does not leave the sentence with no card."""
    refused: set[str] = set()

    def refuse(answer: str) -> bool:
        return answer in refused or avoid(answer)

    for _ in range(GATE_TRIES):
        most = keys.MAX_KEYS * sentence.joined  # each sentence of a joined note keeps its own keys
        chosen = _recommendation_keys(sentence.text, keys.choose(sentence.text, sentence.facts, ctx, most, avoid=refuse))
        if chosen and _weak_advice(sentence.text, chosen):
            chosen = []  # "Tell your [anesthesiologist] if ..., because ...": the why question asks the advice
        # a question under a glossary label would show the term its cloze asks
        questions_made = [] if chosen else _questions(sentence.unlabelled() if term_key else sentence, ctx, source)
        text = sentence.text
        if term_key is not None and not refuse(term_key.text_in(text)):
            chosen = [term_key, *chosen]
            text = _before_answers(text, questions_made)  # nor may the term's cloze show their answers
        doubtful = False
        if not chosen and not questions_made:
            chosen = _weak_keys(sentence, ctx, refuse)
            doubtful = bool(chosen)
        card = cloze_card(text, chosen, source, DOUBTFUL if doubtful else ())
        passed = gate_card(card, gate) if card is not None else None
        if card is None or passed is not None:
            return passed, questions_made
        refused |= {d.answer for d in cloze.deletions(card.text)}
    return None, questions_made


def _without_unasked_tail(card: Card) -> tuple[Card, list[str]]:
    """A joined note's cloze cut after the sentence of its last deletion, and the sentences cut: they
    refer back to what the card asks and ask nothing themselves ("... out of Mannheim, a round trip of
    [roughly 14 km]. It had no pedals; ..."), so they only make every review of it longer."""
    last = max(d.end for d in cloze.deletions(card.text))
    parts = facts.sentences(card.text[last:])
    spans = _located(card.text, parts, last)
    if len(parts) < 2 or spans is None:
        return card, []
    return _as_note(card, card.text[: spans[0][1]]), parts[1:]


def _located(text: str, parts: list[str], at: int = 0) -> list[tuple[int, int]] | None:
    """Where each sentence of `parts` stands in the text, in order from `at`; None when the sentence
    splitter has reworded one ("..., and luring adults back with ..." read as a sentence of its own)."""
    spans = []
    for part in parts:
        start = text.find(part, at)
        if start < 0:
            return None
        at = start + len(part)
        spans.append((start, at))
    return spans


def _first_sentence_apart(card: Card, gate: Deck) -> list[Card]:
    """A long joined note with deletions in its first sentence and after it, as two notes: that sentence
    alone for its own deletions, and the whole for the others, which refer back to it. A review of the
    first then shows no sentence it does not need; the note stays whole when lint would drop a deletion."""
    found = cloze.deletions(card.text)
    if len(cloze.reveal(card.text).split()) < SPLIT_PROMPT_WORDS or not found:
        return [card]
    spans = _located(card.text, facts.sentences(card.text))
    if spans is None:
        return [card]
    # the end of the sentence the first deletion is in (a label before it is no sentence of its own)
    at = next((end for _, end in spans if end > found[0].start), len(card.text))
    return _asked_apart(card, card.text[:at], at, at, gate)


# where a sentence's first clause ends and another begins: "was set up in 1711 under [Robert Harley], and its
# real business ...", "...; the rest ..."
_CLAUSE_JOIN = re.compile(r"(?:;|,\s+(?:and|but|while|whereas))\s+(?=[a-z])")
_OPENS_SUBORDINATE = re.compile(rf"^(?:[^:]{{1,40}}:\s+)?(?:{'|'.join(sorted(phrases.SUBORDINATORS | {'whereas'}))})\b", re.I)


def _first_clause_apart(card: Card, gate: Deck) -> list[Card]:
    """A long sentence with deletions in its first clause and after it, as two notes: that clause alone,
    as a sentence, for its own deletions, and the whole for the others, as a joined note's first sentence
    is asked alone; not a sentence that opens on a subordinate clause, whose first part may not stand."""
    found = cloze.deletions(card.text)
    if len(cloze.reveal(card.text).split()) < SPLIT_PROMPT_WORDS or len(found) < 2 or _OPENS_SUBORDINATE.match(card.text):
        return [card]
    join = _CLAUSE_JOIN.search(card.text, found[0].end)
    if join is None:
        return [card]
    return _asked_apart(card, card.text[: join.start()] + ".", join.start(), join.end(), gate)


def _asked_apart(card: Card, opening: str, end: int, rest_start: int, gate: Deck) -> list[Card]:
    """The card as two notes: its `opening` text for the deletions that end by `end`, and the whole for
    those from `rest_start` on; the card as it is when no deletion falls either side, one falls between,
    or lint would drop one."""
    found = cloze.deletions(card.text)
    first, rest = [d for d in found if d.end <= end], [d for d in found if d.start >= rest_start]
    if not first or not rest or len(first) + len(rest) != len(found):
        return [card]
    parts = [_as_note(card, cloze.keep_only(opening, first)), _as_note(card, cloze.keep_only(card.text, rest))]
    gated = [gate_card(part, gate) for part in parts]
    whole = all(g is not None and g.text == part.text for g, part in zip(gated, parts, strict=True))
    return parts if whole else [card]


def _as_note(card: Card, text: str) -> Card:
    """The card with a new cloze text, and the id that text and its first answer make."""
    return replace(card, id=_id("", cloze.deletions(text)[0].answer, "cloze", text), text=text)


def _unasked(text: str) -> list[str]:
    """The sentences of a joined note's cloze that no deletion falls in: shown for context, never asked."""
    revealed, asked, at = "", [], 0
    for d in cloze.deletions(text):
        revealed += text[at : d.start]
        asked.append(len(revealed))  # where the answer starts in the revealed text
        revealed += d.answer
        at = d.end
    revealed += text[at:]
    parts = facts.sentences(revealed)
    spans = _located(revealed, parts) or []
    return [part for part, (start, end) in zip(parts, spans, strict=False) if not any(start <= a < end for a in asked)]


def _weak_keys(sentence: facts.Sentence, ctx: keys.Context, refuse: Callable[[str], bool]) -> list[keys.Key]:
    """No good card: the best weak one is still written, marked for the curator (lint lists it). One
    everyday word is the key only when no other phrase makes a valid blank."""
    text = sentence.text
    value = keys.short_value(text, sentence.facts, ctx, refuse)
    if value is not None:
        return [value]
    weak = _weak_phrase(sentence, ctx, lambda answer: refuse(answer) or _one_common_word(answer))
    return weak if weak and not any(_one_common_word(k.text_in(text)) for k in weak) else _weak_phrase(sentence, ctx, refuse)


WEAK_WORD_RARITY = 2.5  # "ice", "speed", "predators" (2.3): read blind, a weak key of one such word was mostly bad


def _one_common_word(answer: str) -> bool:
    """One common lowercase word: as a weak key it is guessed from the words around it ("cracks in the
    [ice]", "at high [speed]") or asks the filler of a fact ("another [reason] to avoid them")."""
    return len(answer.split()) == 1 and answer[:1].islower() and keys.rarity(answer) < WEAK_WORD_RARITY


def _weak_phrase(sentence: facts.Sentence, ctx: keys.Context, refuse: Callable[[str], bool]) -> list[keys.Key]:
    """The best phrase that makes a valid blank, however weak, with what pins down a common head."""
    text = sentence.text

    def unopened(answer: str) -> bool:
        return refuse(answer) or text.startswith(answer)

    # failing a weak key, any phrase that makes a valid blank; then what a fact is about ("while [militia
    # members] must wear ..."); then, in a short sentence, the best phrase with anything around it, a named
    # subject too ("[Camille Pissarro] is the only painter who ...", "A sonnet has [fourteen lines]")
    weak = (
        keys.choose(text, sentence.facts, ctx, 1, keys.DOUBTFUL_SCORE, refuse)
        or keys.choose(text, sentence.facts, ctx, 1, 0.0, unopened)
        or _first_fitting(text, ctx, unopened, sentence.label)
        or ([] if _LEANS_ON_CONTEXT.search(text) else _first_fitting(text, ctx, refuse, sentence.label, 1, keys.Kind.NAME))
    )
    # a common head alone ("the first US [state]") is a generic word: with what pins it down, it asks more
    longer = [keys.with_its_complement(text, k) for k in weak]
    return weak if any(refuse(k.text_in(text)) for k in longer) else longer  # the gate refused it: the plain key


# A short sentence that leans on what came before has no card of its own: a list's head ("The four Grand
# Slams and their surfaces:"), whose items hold the facts, or a pronoun ("[Anthony Allison] reported this link")
_LEANS_ON_CONTEXT = re.compile(r":\s*$|\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|him)\b", re.I)


def _first_fitting(
    text: str,
    ctx: keys.Context,
    refuse: Callable[[str], bool],
    label: int = 0,
    least: int | None = None,
    subject: keys.Kind | None = None,
) -> list[keys.Key]:
    """The best phrase of any kind that makes a valid blank: a fact's last resort. Nothing of the label
    before `label` is asked ("Kelvin and Celsius share a step size: A change of 1 K ..."); the text's
    opening phrase is refused, unless it is of the kind `subject` names."""
    fitting = (
        k
        for k in keys.candidates(text, ctx, 0.0)
        if not refuse(k.text_in(text))
        and k.start >= label
        and (k.start > 0 or k.kind is subject)
        and keys.fits(text, k, [], least)
    )
    return next(([k] for k in fitting), [])


# "Whitlock recommends Isaac's Storm by Erik Larson, a gripping account of ...": a work and its blurb
_RECOMMENDS = re.compile(r"\brecommend(?:s|ed)?\b|\bpicks?\b", re.I)  # "Guest pick: ...", "Her reading pick is ..."


def _recommendation_keys(text: str, chosen: list[keys.Key]) -> list[keys.Key]:
    """A sentence that recommends a work asks the work or its author once; a phrase of its blurb
    ("how [overconfident forecasters] failed") is trivia beside it."""
    if not _RECOMMENDS.search(text):
        return chosen
    named = [k for k in chosen if k.kind is keys.Kind.NAME]
    return named[:1] or chosen


def _before_answers(text: str, asked: list[Card]) -> str:
    """The text cut before the reason or means that closes it, when a question asks it: "[Blameless
    postmortems]: Focus the write-up on what the system allowed ..." without ", because people hide ..."."""
    for qa in asked:
        at = text.lower().find(qa.back.lower())
        if at > 0 and not text[at + len(qa.back) :].strip(" ."):
            text = text[:at].rstrip(" ,;:") + "."
    return text


WEAK_ADVICE_KEY = 60.0  # a blank of advice below this asks a word of it; its why question asks the advice


def _weak_advice(text: str, chosen: list[keys.Key]) -> bool:
    """Advice with its reason whose blanks are only common terms: the why question is the better card.
    Advice may open on its condition ("When handling an [early printed book], use clean hands ...")."""
    reason_first = questions.REASON_FIRST.match(text)
    main = text[reason_first.end() :] if reason_first else questions.after_condition(text)
    advice = phrases.is_instruction(main) and (reason_first is not None or re.search(r",?\s+because\s", text) is not None)
    weak = all(k.kind is keys.Kind.TERM and k.score < WEAK_ADVICE_KEY for k in chosen)
    return advice and weak and questions.reason(text) is not None


def _questions(sentence: facts.Sentence, ctx: keys.Context, source: Source) -> list[Card]:
    """A why, how or what-to-do question for each fact that gives one, when no blank asks the sentence
    (a cloze of it would show the reason the question asks)."""
    made = []
    for span in sentence.facts:
        qa = _question_for(sentence.text, span, ctx, source)
        if qa is not None:
            made.append(qa)
    return made


def _name_in(answer: str, sentence: str) -> str:
    """The name in an answer: its capitalised words but for the sentence's first, and but for those
    that also modify ("Egyptian"); 'Kepler' in "Kepler's haul". A quantity or a date has none."""
    if keys.values(answer):
        return ""
    if words.epithet(answer):
        return answer  # "Penicillium notatum": the genus with its species, one name
    shown = answer.split()[1:] if sentence.startswith(answer) else answer.split()
    return " ".join(w for w in shown if _capitalised(w) and "ADJ" not in lookup(w.lower().removesuffix("'s")))


def _more_than_the_name(answer: str, name: str) -> bool:
    """ "[Lübeck's town law]": a term of two words besides its owner's name is asked, whoever shows the
    name; not "the [Bellhaven light]", whose one word left is guessed once the name is known."""
    rest = [w for w in words.content(answer) if w.removesuffix("'s") not in name.split()]
    return len(rest) > 1


def _opens_on(sentence: str, answer: str) -> bool:
    """The sentence opens on the answer as its subject, with at most a determiner or a quantifier
    before it, and a verb after it: not a term it defines ("Natron, a salt ...") nor an owner ("RSA's")."""
    starts = [0]
    lead = _LEAD.match(sentence)
    if lead:
        starts.insert(0, lead.end())
    end = len(answer)
    return any(
        sentence[start : start + end].lower() == answer.lower() and _VERB_AFTER.match(sentence, start + end)
        for start in starts
    )


_LEAD = re.compile(r"(?:the|a|an|most|many|some|all|these|those|few)\s+", re.I)
_VERB_AFTER = re.compile(r" (?!is |are |was |were )[a-z]", re.I)


def _capitalised(word: str) -> bool:
    """A name's word, or a code's: 'Kepler', 'LAB', 'pH', 'mRNA'."""
    return word[:1].isupper() or any(c.isupper() for c in word[1:]) and word[:1].isalpha()


def _defines(sentence: str, term: str) -> bool:
    """The sentence names the term: 'what ecologists call an urchin barren', 'known as the VEI'."""
    at = sentence.lower().find(term.lower())
    return at > 0 and keys.NAMED_BEFORE.search(sentence[max(0, at - 40) : at]) is not None


class Shown:
    """What the cards made so far show, indexed by their rare words and numbers, so that asking
    whether one of them gives an answer away stays near-linear. It can also index answers, each with
    the text it is asked in, to find the ones a later text shows."""

    def __init__(self) -> None:
        self.index: dict[str, list[int]] = {}
        self.texts: list[str] = []
        self.abouts: list[str] = []

    def add(self, visible: str, about: str = "") -> None:
        """A text a card shows; or, with `about`, an answer and the text it is asked in."""
        words_in = {_probe(visible)} if about else {words.stem(w) for w in words.content(visible)} | keys.values(visible)
        for word in words_in:
            self.index.setdefault(word, []).append(len(self.texts))
        self.texts.append(visible)
        self.abouts.append(about)

    def gives_away(self, answer: str, about: str, topic: float = 0.3, besides: str = "") -> bool:
        """An earlier card (other than the text `besides`) shows this answer about the same thing: the two
        share `topic` of their words, or two numbers (a shared number alone is a coincidence)."""
        return any(
            self.texts[i] != besides and keys.gives_away(answer, self.texts[i]) and _same_topic(about, self.texts[i], topic)
            for i in self._near(answer)
        )

    def shows_whole(self, answer: str, besides: str) -> bool:
        """A text other than `besides` shows every word of the answer, on whatever topic."""
        stems = words.stems(answer)
        return any(self.texts[i] != besides and stems <= words.stems(self.texts[i]) for i in self._near(answer))

    def _near(self, answer: str) -> list[int]:
        # a value by its number; words by each of them, since a name is given away by any of its words
        numbers = sorted(keys.values(answer))
        probes = numbers[:1] or sorted({words.stem(w) for w in words.content(answer)})
        return sorted({i for probe in probes for i in self.index.get(probe, ())})

    def answers_in(self, visible: str, topic: float = 0.5) -> list[int]:
        """The indexed answers this text shows, about the same thing."""
        near = {i for w in {words.stem(w) for w in words.content(visible)} | keys.values(visible) for i in self.index.get(w, ())}
        return [
            i for i in sorted(near)
            if keys.gives_away(self.texts[i], visible) and _same_topic(self.abouts[i], visible, topic)
        ]


def _probe(answer: str) -> str:
    """The word an answer is indexed by: its first number, or its rarest word."""
    numbers = sorted(keys.values(answer))
    content = [w for w in words.content(answer) if not words.is_number(w)]
    return numbers[0] if numbers else words.stem(min(content, key=words.zipf)) if content else ""


def _same_topic(a: str, b: str, share: float) -> bool:
    return words.overlap(a, b) >= share or len(keys.values(a) & keys.values(b)) >= 2


def no_sibling_shows(made: list[Made], shown: Shown) -> list[Made]:
    """Drop a deletion whose answer an earlier card of the episode shows ("around 2,000 kcal" in a
    title card and again in its body, "Zolpidem" in two notes files); a card left with no deletion goes.
    A card of another notes file that shows an earlier card's answer states that card's fact again:
    it goes too, and the earlier card takes over its origin."""
    out: list[Made] = []
    asked = Shown()  # the answers of the cards kept, each with the text it was asked in
    asked_by: list[int] = []
    for m in made:
        visible = cloze.reveal(m.card.text) if m.card.kind is CardKind.CLOZE else m.card.front
        if m.card.kind is CardKind.CLOZE:
            restated = [asked_by[i] for i in asked.answers_in(visible)]
            twin = next((i for i in restated if not _files(out[i].origins) & _files(m.origins)), None)
            if twin is not None:
                out[twin] = Made(out[twin].card, out[twin].origins + m.origins)
                continue
            kept = [d for d in cloze.deletions(m.card.text) if not shown.gives_away(d.answer, visible)]
            if not kept:
                continue
            if len(kept) < len(cloze.deletions(m.card.text)):
                m = Made(replace(m.card, text=cloze.keep_only(m.card.text, kept)), m.origins)
            for d in kept:
                asked.add(d.answer, about=visible)
                asked_by.append(len(out))
        shown.add(visible)
        out.append(m)
    return out


def _files(origins: tuple[str, ...]) -> set[str]:
    return {o.rsplit(":", 1)[0] for o in origins}


DOUBTFUL = ("studydeck::doubtful",)  # no good card could be made: lint lists it for the curator


def _question_for(text: str, span: tuple[int, int], ctx: keys.Context, source: Source) -> Card | None:
    """A why or how question for a fact that gives a reason or a means, or a 'what should you do'
    prompt for advice, when no blank asks it."""
    qa = questions.reason(text)
    if qa is None:
        clause = re.sub(r"^(?:and|but|so|then),?\s+", "", text[span[0] : span[1]])
        clause = questions.capital(clause)
        advice = [q for q in questions.practice(clause, "") if q.back.lower() in text.lower()]
        return _qa_card(advice[0], source, ("practice",), ctx) if advice else None
    answer_at = text.lower().find(qa.back.lower().removeprefix("because ").removeprefix("by ")[:20])
    if not span[0] <= answer_at < span[1]:
        return None
    return _qa_card(qa, source, (qa.form,), ctx)


def title_card(title: str, body: str, ctx: keys.Context, source: Source) -> Card | None:
    """An idea's title is its claim: a cloze on the part of it that says what is claimed, when that makes
    a clear blank. A claim with no clear blank is shown over its body instead (see `_weak_claim`)."""
    key = title_blank(title, body)
    return None if key is None else cloze_card(_stated(title, body), [key], source, ("claim",))


def title_question(title: str, body: str, ctx: keys.Context, source: Source) -> Card | None:
    """A title too short for a clear blank asks its claim as a question: why or how ("How do sea otters
    keep kelp forests standing?"), or what its verb acts on ("What does restoring kelp start with?").
    None when the question would not read right, or its body says the answer again: the body's cards
    would show it."""
    stated = _stated(title, body)
    qa = questions.reason(stated) or _what_question(stated, body)
    if qa is None or _says_again(qa, body):
        return None
    front = _asked_of(qa.front, stated, questions.sentence_case(title.rstrip("."), body), body)
    return _qa_card(replace(qa, front=front), source, ("claim",), ctx) if front else None


def _asked_of(front: str, title: str, cased: str, body: str) -> str | None:
    """The question, if it asks about the title's subject as the title says it, names keeping their
    capitals ("Why did Eiffel choose ...?"); None for one that misread the verb ("Why do the August 1931
    strike failed?") or turned on a denial ("What did fewer whales do not mean?")."""
    asked = front.split()
    subject = keys.title_subject(title)
    if subject is None or re.search(r"\bnot\b|n't\b", front):
        return None
    named = [_as_named(w, t, body) for w, t in zip(cased.split(), subject.split(), strict=False)]
    verb = title[len(subject) :].split()[0]
    if [w.lower() for w in asked[2 : 2 + len(named)]] != [w.lower() for w in named] or not _same_verb(asked, len(named), verb):
        return None
    if not _specific(named):
        return None  # "Why do modern sea walls fail?", "What do smaller creatures show?": of what, where?
    return " ".join([*asked[:2], *named, *asked[2 + len(named) :]])


TITLE_SUBJECT_ZIPF = 3.1  # "otters" 3.1, "kelp" 2.9; not "sewers" 3.2, "walls" 4.6


def _specific(subject: list[str]) -> bool:
    """A subject a question read alone can be about: it holds a name or an uncommon word ("Trieste's
    return trip", "sea otters"), not only common ones ("the boat", "smaller creatures")."""
    cores = [_core(w) for w in subject]
    return any(c[:1].isupper() or c and words.zipf(c.lower()) < TITLE_SUBJECT_ZIPF for c in cores)


def _core(word: str) -> str:
    """A title's word without its punctuation and its owner's 's: "Trieste's" -> "Trieste"."""
    return word.strip("'\"(),.:;").removesuffix("'s").removesuffix("\u2019s")


_AUX_KIND = {"do": "base", "does": "3sg", "did": "past"}


def _same_verb(asked: list[str], subject_words: int, verb: str) -> bool:
    """The question's verb is the title's: "What did sewers catch" of "Sewers caught", not "What do sewers
    caught"."""
    if asked[1] not in _AUX_KIND:
        return asked[1].lower() == verb.lower()  # "What has Bangladesh planted ...?", "What could fumes explain?"
    form = questions.base_of(verb)
    after = asked[2 + subject_words].rstrip("?") if len(asked) > 2 + subject_words else ""
    # "Lockstitch beat chain stitch": a plain form after a singular subject is a past ("Why did ...")
    singular = asked[1] == "do" and not re.search(r"s$|\band\b", " ".join(asked[2 : 2 + subject_words]))
    return form is not None and form[0] == _AUX_KIND[asked[1]] and after == form[1] and not singular


def _as_named(cased: str, titled: str, body: str) -> str:
    """A subject's word as the question shows it: with its capital when the body writes it so ("Why did
    Eiffel choose ...?"), though the title's casing (which keeps only known names) lost it."""
    core = _core(titled)
    if cased[:1].isupper() or not core[:1].isupper() or re.search(rf"\b{re.escape(core.lower())}\b", body):
        return cased  # a word the body writes in lower case is no name ("lockstitch")
    singular = re.sub(r"e?s$", "", core.lower())
    if lookup(core.lower())[:1] in ((), ("PROPN",)) and "NOUN" not in lookup(singular) + lookup(core.lower()[:-1]):
        return titled  # "Bazalgette", "Trieste": no common word ("Puffins" is one)
    # inside a sentence, as a name is ("a dive by the Trieste")
    return titled if re.search(rf"(?<=[a-z,;] ){re.escape(core)}\b", body) else cased


TITLE_OBJECT_RARITY = 2.0  # "[the debate]", "[the benefit]", "[a whole community]": any story would fit; "[a greenbelt]" does not


def _what_question(title: str, body: str) -> questions.QA | None:
    """ "What did Australia invent after a forgery scare?" from "... invented [the polymer banknote] after
    a forgery scare"; None when the thing is in common words or only says what the subject is, or the
    body defines what the title is about (its card asks that)."""
    key = keys.title_object(title)
    if key is None or keys.rarity(key.text_in(title)) < TITLE_OBJECT_RARITY or _defined_below(title[: key.start], body):
        return None
    front = questions.question("What", title[: key.start].rstrip() + title[key.end :])
    verb = questions.find_verb(title[: key.start].split())
    if front is None or verb is None or verb.kind in ("copula", "modal") or verb.base in _VAGUE_VERBS:
        return None  # "What was Laennec's cylinder ...? [A workaround]", "What did the flood tablet make?"
    return questions.QA(front, questions.capital(key.text_in(title)), "claim")


# verbs that say little of what they act on: "What do smaller creatures show?" has a hundred answers
_VAGUE_VERBS = words.wordset(
    "add become bring cause choose come do explain find get give go have help hold keep lead make need offer put"
    " reach run see set show take use win"
)


def _says_again(qa: questions.QA, body: str) -> bool:
    """A sentence of the body says a title's claim again, so its own card asks it: a number of the
    question or its answer, or the answer and most of the question ("Northern California lost [most of its bull kelp]"
    over "... stripped more than 90 percent of the bull kelp canopy along the Northern California coast")."""
    answer = words.stems(re.sub(r"^(?:By|Because)\s+", "", qa.back))
    asked = words.stems(qa.front)
    if keys.values(qa.back) & keys.values(body) or keys.values(qa.front) & keys.values(body):
        return True  # the question would show a value the body asks: "What did the famous [37 °C] come from?"
    for sentence in facts.sentences(body):
        said = words.stems(sentence)
        if answer <= said and 2 * len(asked & said) >= len(asked):
            return True
    return False


MIN_TITLE_PHRASE_CONTEXT = 4  # words a title card on a phrase (not a value) shows around its blank


def title_blank(title: str, body: str) -> keys.Key | None:
    """The blank of an idea's title card, or None when there is none to make: the title's claim makes no
    clear blank, its body asks it (it says it again, or defines what the title is about), or the title
    is a heading (see `_heading_blank`)."""
    key = _clear_title_blank(title, body)
    return None if key is None or _heading_blank(_stated(title, body), key) else key


def _clear_title_blank(title: str, body: str) -> keys.Key | None:
    stated = _stated(title, body)
    key = keys.title_key(stated)
    if key is None or _asked_below(stated, key, body):
        return None
    if not _value(stated, key) and keys.title_context(stated, key) < MIN_TITLE_PHRASE_CONTEXT:
        return None  # "San Francisco gave [its name to a bacterium]": a phrase that many others would fit
    return key


def _value(stated: str, key: keys.Key) -> bool:
    """A value in digits is a claim of its own; a count in words is a phrase ("[Two granites], two jobs")."""
    return key.kind is keys.Kind.DATE or key.kind is keys.Kind.QUANTITY and re.search(r"\d", key.text_in(stated)) is not None


def _heading_blank(stated: str, key: keys.Key) -> bool:
    """A clear blank the title does not mark as its claim ("Some hermit crabs carry stinging [bodyguards]",
    "A fish without jaws, bones or paired [fins]"): the title heads its paragraph, which holds the facts.
    Over fresh notes such title cards read bad more often than not, and shown over the paragraph's first
    sentence the heading made it longer and gave its blanks away ("Feed meat, not milk, ...: Hedgehogs
    are [lactose] intolerant"), so it is neither asked nor shown."""
    return not _value(stated, key) and not keys.claimed_apart(stated, key)


def weak_title_blank(title: str, body: str) -> keys.Key | None:
    """The blank of a title whose claim has little around it ("Searing builds flavor but [doesn't seal
    in juices]") or is said in common words ("Removing one predator can collapse [a whole community]"):
    still the claim, for the curator to judge. None when its body asks it, or the blank is ill-defined."""
    stated = _stated(title, body)
    key = keys.weak_title_key(stated)
    if key is None or _asked_below(stated, key, body):
        return None
    subject = keys.vague_claims_subject(stated, key)  # "[Acidity and metals] decide the shade"
    if subject is None:
        return key
    return None if _asked_below(stated, subject, body) else subject  # the body says what the vague claim is of


def _asked_below(stated: str, key: keys.Key, body: str) -> bool:
    """The title's body asks what its blank would: it says it again, or defines what the title is about."""
    return _echoes(key.text_in(stated), body) or _defined_below(stated[: key.start], body)


def _stated(title: str, body: str) -> str:
    return questions.capital(questions.sentence_case(title.rstrip("."), body))


GLOSSARY_SCORE = 90.0  # the term a glossary entry names is what the notes mark as worth knowing
MAX_GLOSSARY_WORDS = 4


def glossary_term(title: str, body: str) -> str:
    """The term a titled takeaway only names ("Meissner effect", "Kontor") when its first sentence
    defines it without saying it: that sentence is asked under the term, and the term from it. ''
    when the title is a claim, a pair, a list or a description ("The three basic patterns"), or the sentence
    says the term itself."""
    term = title.strip().rstrip(".:").strip()
    named = words.tokens(term)
    if not 0 < len(named) <= MAX_GLOSSARY_WORDS or not _words_of_a_term(named) or "," in term:
        return ""
    # "Three limits", "Ninety-five modules"
    counted = any(ch.isdigit() for ch in term) or any(spans.is_number(w) for t in named for w in t.lower.split("-"))
    if keys.title_key(term) is not None or counted or _plural_and_verb(term) or _NO_TERM.search(term) or _advice(named):
        return ""
    if not _ends_on_a_noun(named):
        return ""  # "Dry slowly", "Mosquitoes first", "Worth buying": how or when, not a thing's name
    done = named[0].lower.endswith("ing") and lookup(named[0].lower)[:1] == ("VERB",)
    if done and (len(named) > 2 or _plural(named[-1].lower)):
        return ""  # "Reading medal tables", "Leaving gaps": something to do and what to, not a term
    if len(named) > 2 and _plural(named[0].lower) and named[1].lower in _WHERE_OR_WHEN:
        return ""  # "Pencils in orbit": things and where they are, a description
    if _RECORD.fullmatch(named[0].lower) and lookup(named[0].lower)[:1] in (("ADJ",), ("NUM",), ("ADV",)):
        return ""  # "First recombinant drug", "Oldest known map": a record, which its sentence states
    first = facts.sentences(body)[0] if body.strip() else ""
    if _CITED_WORK.search(first):
        return ""  # "Starter kit: ... pair Huehnergard's A Grammar of Akkadian (3rd edition, 2011) with ...": a pick
    # the sentence says the term, or its rarer word with only an everyday head left ("Draw rules: ... claim a draw")
    return "" if words.stems(term) <= words.stems(first) or keys.everyday_head_left(term.lower(), first) else term


_RECORD = re.compile(r"first|last|only|[a-z]{3,}est")


def _plural(word: str) -> bool:
    """A noun's plural in -s, short ones too: "gaps", "pencils"."""
    return word.endswith("s") and not word.endswith("ss") and "NOUN" in lookup(word[:-1])


_WHERE_OR_WHEN = words.wordset("in on at from under over after before during without")
HEADING_ZIPF = 4.1  # "status" 4.9, "handling" 4.4; not "taper" 3.3 nor "oven spring" (4.05, 4.9)


def _everyday_heading(term: str) -> bool:
    """A label of one everyday word, or of everyday words that open on an adjective, with no name in it
    ("Status", "First edition", "Famous parents"): a heading, not a term the notes define. A compound
    of everyday nouns may be a term ("Sin bin", "Cast iron")."""
    content = words.content(term)
    named = any(w[:1].isupper() for w in term.split()[1:]) or "'" in term or "\u2019" in term
    if content and not named and len(content) == 2 and content[0].lower() in _WHEN_IN_A_STORY:
        return True  # "First ascent", "Modern revival": where a story stands, whatever its noun
    if not content or named or min(words.zipf(w.lower()) for w in content) < HEADING_ZIPF:
        return False
    return len(content) == 1 or lookup(content[0].lower())[:1] == ("ADJ",)


_WHEN_IN_A_STORY = words.wordset("first early earliest late later last final modern recent new")


_NOT_A_NOUN_HERE = words.wordset("today free")  # nouns to the word table, but last in a label they say when or how


def _ends_on_a_noun(named: list[words.Token]) -> bool:
    """A noun last, or what a noun or name before it does: "Stretch tuning", "Doppler cooling"; one word
    alone ("Quench") is a term unless it only says how."""
    last = named[-1].lower
    tagged = lookup(last)
    if len(named) == 1:
        return tagged[:1] != ("ADV",)
    done_to = last.endswith("ing") and lookup(named[-2].lower)[:1] != ("ADJ",)
    return last not in _NOT_A_NOUN_HERE and (not tagged or "NOUN" in tagged or tagged[:1] == ("PROPN",) or done_to)


# a work cited with its publisher or edition and its year: "(Timber Press, 1994)", "(3rd edition, 2011)"
_CITED_WORK = re.compile(r"\((?:[A-Z][\w.&'\u2019 -]{1,40}|\d+(?:st|nd|rd|th) edition),\s*(?:1[5-9]|20)\d{2}\)")


_TERM_GLUE = frozenset({"of", "to", "the", "in", "on", "a"})
GLUED_TERM_ZIPF = 4.5  # "regression" 3.2, "tragedy" 4.0; not "life" 6.3: "Life in the trenches" is a heading


def _words_of_a_term(named: list[words.Token]) -> bool:
    """Content words only ("Meissner effect"), or a rare noun and its complement joined by small words
    ("Regression to the mean", "Tragedy of the commons")."""
    glue = [t for t in named if words.is_stopword(t.lower)]
    if not glue:
        return True
    inside = named[0] not in glue and named[-1] not in glue and all(t.lower in _TERM_GLUE for t in glue)
    # a noun first, and 'to' before a noun phrase: not "Reversed on a technicality", "Trends to memorise"
    noun = lookup(named[0].lower)[:1] in (("NOUN",), ())
    infinitive = any(a.lower == "to" and b.lower not in ("the", "a") for a, b in zip(named, named[1:], strict=False))
    return inside and noun and not infinitive and words.zipf(named[0].lower) < GLUED_TERM_ZIPF


# ... or heads a section, or sets two things side by side: "Recommended reading", "Old versus new"
_NO_TERM = re.compile(
    rf"\b(?:recommended|recommendations?|further reading|reading list|read next|picks?|resources|versus|vs|{facts.KIND_OF_NOTE})\b",
    re.I,
)


# "Tenerife, 27 March 1977", "Grand Canyon, 1956": a title that says where and when, no claim; every
# sentence of its idea is shown under it, since they speak of "the canyon" and "since then"
DATELINE = re.compile(
    r"[^\W\d_][\w'\u2019.-]*(?:\s+[^\W\d_][\w'\u2019.-]*){0,4},\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?\d{4}s?\.?"
)


def _marked_subject(title: str, text: str) -> str:
    """'**Change ringing** runs through the permutations of ...': a title the text opens on, as its
    subject, is the term the notes mark; its first sentence asks it rather than a card of the title."""
    if not title or not text.startswith(title + " ") or len(words.tokens(title)) > MAX_GLOSSARY_WORDS:
        return ""
    return title if phrases.is_verb(text, len(title) + 1) else ""


# verbs that open a recommendation's title: "Read Alexander Jones", "Try Stellarium"
_RECOMMENDING = words.wordset("read use try visit watch listen start see follow check buy borrow get grab download explore begin")


def _advice(named: list[words.Token]) -> bool:
    """ "Read Alexander Jones", "Use Open Domesday": a verb of recommending, then a name, tells what to do
    and names no term (not "Sleep Spindles And REM Sleep Are ...": a claim whose first word may be a verb)."""
    verb = bool(named) and named[0].lower in _RECOMMENDING
    return verb and any(lookup(t.lower)[:1] in (("PROPN",), ()) for t in named[1:])


def _plural_and_verb(label: str) -> bool:
    """ "Corners matter", "Size limits help", "Penalties Create Power Plays": a label that is a
    clause names no term."""
    tagged = tags.tag_text(label)
    if len(tagged) < 2:
        return False
    if any(tag == "VERB" and "-" not in tok.text and after in ("NOUN", "ADJ", "DET") for (tok, tag), (_t, after) in zip(tagged[1:-1], tagged[2:], strict=True)):
        return True  # "Citrate made storage possible": a verb inside, and what it does to something
    (noun, noun_tag), (verb, verb_tag) = tagged[-2], tagged[-1]
    if noun_tag == "ADV" and len(tagged) > 2:
        (noun, noun_tag) = tagged[-3]  # "Centres never move": a plural, an adverb and its verb
    if noun_tag == "NOUN" and noun.text.lower().endswith("s") and verb_tag == "VERB":
        return True
    if noun_tag in ("NOUN", "PROPN") and verb_tag == "VERB" and verb.text.endswith("ed"):
        return True  # "Le Grand K retired": a name and what became of it
    # "Penalties Create Power Plays": a plural, its verb and the verb's object, read in lower case
    low = tags.tag_text(label.lower())
    return any(a[1] == "NOUN" and a[0].text.endswith("s") and b[1] == "VERB" for a, b in zip(low[:-2], low[1:-1], strict=True))


# a title that names what the guests recommend: "Book pick: ...", "Tool pick: ...", "Recommended: ..."
_PICK = re.compile(r"(?:[A-Za-z]+\s+)?(?:picks?|recommendations?|recommended)\s*:", re.I)


def _heading(title: str, body: str) -> str:
    """A title that says what kind of note follows ("Practical tip", "Levothyroxine tips"), what to do
    ("Read Goldgar first"), or in everyday words what a glossary entry would be about ("Status", "First
    edition"): the first sentence is shown under it, for what its "her" means, and no card asks it."""
    label = title.strip().rstrip(".:").strip()
    named = words.tokens(label)
    kind = re.search(rf"\b(?:{facts.KIND_OF_NOTE})\b", label, re.I) or named and _advice(named)
    kind = kind or _everyday_heading(label) and bool(glossary_term(label, body))
    return label if 0 < len(named) <= MAX_GLOSSARY_WORDS and kind else ""


def _weak_claim(title: str, body: str) -> str:
    """A claim whose blank would be weak ("Geometry beats [strength]", "Removing one predator can collapse
    [a whole community]"): read alone, days later, such a blank has many answers. Shown over its body's
    first sentence, the claim is reviewed with what it sums up. Not a heading (see `_heading_blank`)."""
    clear = _clear_title_blank(title, body)
    if clear is not None and _heading_blank(_stated(title, body), clear):
        return ""
    return _stated(title, body) if weak_title_blank(title, body) is not None else ""


def _topic_label(sentence: facts.Sentence, topic: references.Topic | None) -> str:
    """The episode's topic as a label for a sentence with none that does not name it, or ''; not a
    person, whom a label would credit with the sentence's claim."""
    if topic is None or topic.person or sentence.label or words.stems(topic.name) & words.stems(sentence.text):
        return ""
    return topic.name[:1].upper() + topic.name[1:]


def _fits_over(heading: str, sentence: facts.Sentence) -> bool:
    """A title shown over a sentence keeps its prompt short, or says what the sentence's opening 'it'
    means; over a long sentence, it waits for a shorter one of its paragraph. Never over a sentence
    labelled already ("Suez Canal: It runs ..."): two labels read as one garbled prompt."""
    if sentence.label:
        return False
    short = len(heading.split()) + len(sentence.text.split()) < LONG_PROMPT_WORDS
    return short or facts.opens_on_reference(sentence.text)


def _named_by(sentence: facts.Sentence, term: str) -> facts.Sentence:
    """The sentence under the term it defines: "Quench: When part of a superconducting magnet ..."."""
    cut = len(term) + 2
    shifted = tuple((a + cut, b + cut) for a, b in sentence.facts)
    return facts.Sentence(f"{term}: {sentence.text}", shifted, sentence.label + cut, sentence.joined)


def _defined_below(subject: str, body: str) -> bool:
    """ "Biological efficiency measures [a grower's yield]" over "Biological efficiency is the fresh weight
    ...": the body defines what the title is about, and its card asks that; the title's blank is vaguer."""
    subject = re.sub(r"\s+\S+\s*$", "", subject.strip())  # the title's verb goes
    return bool(subject) and re.match(rf"{re.escape(subject)}\s+(?:is|are|means)\s", body, re.I) is not None


TITLE_ECHO_ZIPF = 5.0  # a word of the title's answer rarer than this, seen in its body, echoes it


# what a title may name, and the dimension (as lint reads units) of the values its body gives it in
_MEASURED = {"temperature": "temperature", "weight": "mass", "distance": "length", "speed": "speed"}
_VALUE_UNIT = re.compile(r"\d[\d.,]*\s?(\u00b0\s?[CF]\b|[A-Za-z/]+)")


def _echoes(answer: str, body: str) -> bool:
    """The body says again what the title's blank asks: one of its numbers, what it measures, or one of
    its less common words ("Baking powder carries [its own acid]" over "packages the bicarbonate with a
    dry acid"). The body's cards would show it, so a card on the title would be read off them."""
    if keys.values(answer) & keys.values(body):
        return True
    measured = {spans.unit_dimension(m.group(1).replace(" ", "")) for m in _VALUE_UNIT.finditer(body)}
    if any(dimension in measured for word, dimension in _MEASURED.items() if word in answer.lower()):
        return True  # "set [at different temperatures]" over "62°C ... 65°C ... 70°C"
    said = words.stems(body)
    return any(words.stem(w) in said for w in words.content(answer) if words.zipf(w) < TITLE_ECHO_ZIPF)


def _takeaway_text(tk: Takeaway, guest: str) -> str:
    return _safe(_resolve_he(tk.text, guest))


# what a guest does in the notes: says, argues, recommends ... (third person)
_SAYS = (
    r"(?:says|said|argues|argued|explains|explained|criticizes|criticises|criticized|recommends|recommended|suggests"
    r"|warns|believes|thinks|notes|describes|calls|compares|shares|emphasizes|emphasises|admits|points|stresses"
    r"|urges|advises|claims|insists|cautions|credits|recalls|tells|shows|walks)\b"
)


def _resolve_he(text: str, guest: str) -> str:
    """'He criticizes…' at the start of a page's bullet means the guest when there is one; 'He died in a
    car crash' means a person of the facts, whom the bullet before names."""
    if guest and re.match(r"^(?:He|She) (?:also )?" + _SAYS, text):
        return guest + text[text.index(" ") :]
    return text


def _safe(text: str) -> str:
    """Notes text is data: braces would read as cloze syntax."""
    return text.replace("{", "(").replace("}", ")")


def cloze_card(text: str, chosen: list[keys.Key], source: Source, tags: tuple[str, ...] = ()) -> Card | None:
    out, last, n = [], 0, 0
    for key in sorted(chosen, key=lambda k: k.start):
        if key.start < last:
            continue  # inside the blank before it, or inside that blank's twin
        n += 1
        out += [text[last : key.start], f"{{{{c{n}::{key.text_in(text)}}}}}"]
        last = key.end
        twin = keys.twin(text, last) if key.kind is keys.Kind.QUANTITY else None
        if twin:
            # "140°C (about 285°F)", "35.5 cm long, or roughly 14 inches": the same value in another unit
            # would give it away; a word between them stays
            out.append(twin.group("keep") or "")
            last = twin.end()
            closes = phrases.is_verb(text, last + 2) or text.startswith("of ", last + 2)
            if twin.group().startswith(",") and text[last : last + 2] == ", " and closes:
                # "a donation of [...], just under one US pint, is spun", "at most [16/27], or about 59.3
                # percent, of the energy": the aside's closing comma goes too
                last += 1
    if n == 0:
        return None
    out.append(text[last:])
    cloze = _without_asides("".join(out))
    first = min(chosen, key=lambda k: k.start)
    return Card(
        id=_id("", first.text_in(text), "cloze", cloze), kind=CardKind.CLOZE, text=cloze, source=source, tags=tags
    )


LONG_PROMPT_WORDS = 40  # blind readers grade prompts this long far worse than ones a few words shorter
# a joined note this long asks its first sentence's blanks with that sentence alone: read blind, notes of
# two sentences and 35 to 39 words were good less than half as often as ones of 30 to 34
SPLIT_PROMPT_WORDS = 35
ASIDE_WORDS = 3  # an aside shorter than this costs little: an acronym the text uses later, a unit's conversion
_ASIDE = re.compile(r" \([^()]*\)(?=[\s,.;:!?]|$)")  # not a formula's term: "(c + v)/(c - v)"


def _without_asides(text: str) -> str:
    """A long cloze without the bracketed asides no card asks ("travellers such as Marco Polo (who left
    Venice in 1271 and returned in 1295) and ..."): what the card asks stays, in fewer words. Asides
    of which one holds a blank or glosses one ("[a sponge on a stick] (the tersorium)") are a series
    the card keeps whole ("the United States ([$56 million]), Britain ($14 million) ...")."""
    asides = list(_ASIDE.finditer(text))
    if not asides or len(cloze.reveal(text).split()) < LONG_PROMPT_WORDS:
        return text
    if any("{{" in m.group() or text[: m.start()].endswith("}}") for m in asides):
        return text
    long_ones = [m for m in asides if len(m.group().split()) >= ASIDE_WORDS and not _quoted(text, m.start())]
    for m in reversed(long_ones):
        text = text[: m.start()] + text[m.end() :]
    return text


def _quoted(text: str, at: int) -> bool:
    """Within a speaker's words, which a card quotes whole: a cut there would misquote."""
    return sum(text[:at].count(mark) for mark in '"\u201c\u201d') % 2 == 1


def _qa_card(qa: questions.QA | None, source: Source, tags: tuple[str, ...], ctx: keys.Context) -> Card | None:
    if qa is None or not good_qa(qa.front, qa.back):
        return None
    prefix = {"claim": "claim-", "why": "why-", "how": "how-", "practice": "do-"}.get(qa.form, "q-")
    return Card(
        id=_id(prefix, _topic(qa.front, ctx), qa.front, qa.back),
        kind=CardKind.QA,
        front=qa.front,
        back=qa.back,
        tags=tags,
        source=source,
    )


def good_qa(front: str, back: str) -> bool:
    """A question worth asking: a real question, a short answer it does not give away."""
    back_words = words.content(back)
    return (
        front.endswith("?")
        and 1 <= len(back_words) <= MAX_QA_BACK
        and len(words.content(front)) >= (MIN_QA_FRONT - 1 if front.startswith(_ADVICE_WHY) else MIN_QA_FRONT)
        and not keys.gives_away(back, front)
        and not re.search(r"\b(?:these|those)\b", back, re.I)  # "Because ... wait for [these stragglers]": said before
        and not re.match(r"^(?:Is|Are|Does|Do|Can|Did|Was|Were|Has|Have)\b", front)
    )


def _topic(front: str, ctx: keys.Context) -> str:
    """Two rare words of a question, for a readable id."""
    skip = ("claim", "given", "say", "recommended", "episode", "according")
    content = [w for w in words.content(front) if w.lower() not in skip and not ctx.is_person(w)]
    rare = sorted(content, key=lambda w: (words.zipf(w), content.index(w)))
    return " ".join(rare[:2]) or "card"


# -- quotes -----------------------------------------------------------------------------------


def merged_quotes(items: list[Notes]) -> list[tuple[Quote, tuple[str, ...]]]:
    """Every quote once: the same words in two formats are one quote, with the fuller details of both."""
    merged: list[tuple[Quote, tuple[str, ...]]] = []
    for n in items:
        for q in n.quotes:
            origin = f"{n.path}:{q.line}"
            for i, (kept, origins) in enumerate(merged):
                if same_quote(kept, q):
                    fuller = replace(kept, at=kept.at or q.at, context=kept.context or q.context)
                    merged[i] = (fuller, (*origins, origin))
                    break
            else:
                merged.append((q, (origin,)))
    return merged


def same_quote(a: Quote, b: Quote) -> bool:
    if a.speaker and b.speaker and notes_text.fold(a.speaker) != notes_text.fold(b.speaker):
        return False
    wa, wb = _fold_words(a.text), _fold_words(b.text)
    if not wa or not wb:
        return False
    ratio = difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()
    return ratio >= 0.75 or words.overlap(a.text, b.text) >= 0.9 and min(len(wa), len(wb)) >= 6


def _fold_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", text.casefold()))


def quote_cards(q: Quote, ep: _Episode, origins: tuple[str, ...], shown: Shown | None = None, last_resort: bool = True) -> list[Made]:
    """Complete-the-quote: the speaker named before the quote, the quote's key phrase blanked (one that no
    card made before shows); failing a good key, a doubtful card on the best there is, or none when not
    `last_resort`."""
    text = _safe(q.text)
    quoted, lead = _attributed(q, text)
    ctx = ep.ctx
    item = questions.recommended(q.context) if q.context else None
    if item:
        # The recommended item's name and its authors get a card of their own; the quote's blank goes elsewhere.
        named = " ".join([item[1], *item[2]])
        ctx = replace(ctx, people=ctx.people | {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", named)})
    # Any card shown before gives away a quote's blank: a quote's words are the episode's own.
    def shown_before(answer: str) -> bool:
        return shown is not None and shown.gives_away(answer, text, 0.0)

    def in_title(answer: str) -> bool:
        return _in_title(answer, ep)

    source = Source(section=q.section, speaker=q.speaker, at=q.at)
    refused: set[str] = set()  # keys the gate turned down: the next best is tried, as for a takeaway
    for _ in range(GATE_TRIES):
        # ... nor a name the deck's title shows: "the best conservator the [Mary Rose] ever had"
        key = keys.quote_key(text, ctx, avoid=lambda answer: answer in refused or shown_before(answer) or in_title(answer))
        if item is not None and key is not None and keys.is_judgement(key.text_in(text)):
            refused.add(key.text_in(text))  # "it was [the best book] I read": the blurb's idea, if any, is elsewhere
            continue
        blurb = item is not None and (key is None or _spoken(text))
        if blurb or key is not None and keys.is_praise(key.text_in(text)):
            return []  # a blurb with no idea in it: the recommended card asks what was recommended
        if key is None:
            break
        # every phrase of the quote is one an earlier card shows, or the deck's title: the card is still
        # made, for the curator to judge ("[Rubik] needed a month to solve his own invention")
        shown_anyway = shown_before(key.text_in(text)) or in_title(key.text_in(text))
        doubt = (f"{DOUBTFUL[0]}::give-away",) if shown_anyway else ()
        card = cloze_card(quoted, [keys.Key(key.start + lead, key.end + lead, key.kind, key.score)], source, ("quote", *doubt))
        assert card is not None
        if gate_card(card, ep.gate) is not None:
            return [Made(replace(card, id="quote-" + card.id, extra=q.context), origins)]
        refused.add(key.text_in(text))
    if item is not None or not last_resort:
        # a blurb whose every phrase is a judgement or a give-away: the recommended card is its card; a
        # short quote: its who-said card
        return []
    return _last_resort(text, q, source, ep, origins, ctx)


def _attributed(q: Quote, text: str) -> tuple[str, int]:
    """The quote as the card shows it, 'Speaker: "..."', so that the learner knows whose words they
    complete; and where the quote's own text starts in it. A quote about the work it recommends that
    opens on 'it' says what 'it' is, without the work's title or authors, which its own card asks:
    'Lena Ruiz, on a recommended book: "It reads like a thriller ..."'."""
    item = questions.recommended(q.context) if q.context and q.speaker else None
    speaker = q.speaker
    if item is not None and _POINTS_AT_THE_WORK.match(text):
        noun, _name, by = item
        speaker = f"{speaker}, on {'their own' if speaker in by else 'a recommended'} {noun}"
    lead = f'{speaker}: "' if speaker else '"'
    return f'{lead}{text}"', len(lead)


# "It tells the story of ...", "Watch it, then ...", "Read it as a play about ...": the work the quote is about
_POINTS_AT_THE_WORK = re.compile(r"(?:It|It['\u2019]s|This|That|These|They)\b|[A-Z][a-z]+\s+it\b")


def _last_resort(text: str, q: Quote, source: Source, ep: _Episode, origins: tuple[str, ...], ctx: keys.Context) -> list[Made]:
    """A quote no good key suits still gets a card, marked for the curator: on its closing words, else on
    the first of its phrases, best first, that lint lets through and the deck's name does not show."""
    quoted, lead = _attributed(q, text)
    closing = keys.closing_words(text)
    tried = [*([closing] if closing else []), *keys.candidates(text, ctx, 0.0)]
    # what the next sentence denies only when nothing else will do: "thinks it is [about blowing]. It isn't."
    for key in sorted(tried, key=lambda k: keys.denied_next(text, k)):
        if _in_title(key.text_in(text), ep):
            continue
        card = cloze_card(quoted, [keys.Key(key.start + lead, key.end + lead, key.kind, key.score)], source, ("quote", *DOUBTFUL))
        passed = gate_card(card, ep.gate) if card is not None else None
        if passed is not None:
            return [Made(replace(passed, id="quote-" + passed.id, extra=q.context), origins)]
    return []


def _spoken(text: str) -> bool:
    """A transcript snippet rather than a quote: fillers and false starts ('uh', 'um', 'a a')."""
    return bool(re.search(r"\b(?:uh|um|erm|u)\b|\b(\w+) \1\b|\.\.\.", text, re.I))


def recommended_cards(quotes: list[tuple[Quote, tuple[str, ...]]]) -> list[Made]:
    """'Which book by X is recommended?' for each recommended item that no other item of X would also answer."""
    items = [(q, origins, questions.recommended(q.context)) for q, origins in quotes if q.context]
    made = []
    for q, origins, item in items:
        if item is None:
            continue
        noun, name, authors = item
        ambiguous = any(
            other is not None and other is not item and other[0] == noun and authors <= other[2]
            for _, _, other in items
        )
        if ambiguous:
            continue
        by = re.sub(r"^.*?, by ", "", q.context)
        if not _names_someone(by):
            by = ""  # "by various educational suppliers": no one to name; who recommended it is asked
            if not q.speaker:
                continue
        maker = noun != "book" and len(by.split()) == 1  # "Claude AI, by Anthropic": a company, not an author
        if maker or _names_its_maker(name, by):
            # "Loop Earplugs, by Loop": the maker would give the name away; ask who recommended it
            # ... unless they recommend another of its kind; any work of theirs is a "work"
            if not q.speaker or sum(1 for o in items if o[2] and noun in (o[2][0], "work") and o[0].speaker == q.speaker) > 1:
                continue
            by = ""
        qa = questions.recommended_card(noun, name, by, q.speaker)
        card = _qa_card(qa, Source(section=q.section, speaker=q.speaker, at=q.at), ("recommended",), keys.Context())
        if card:
            made.append(Made(replace(card, id="rec-" + card.id.removeprefix("q-")), origins))
    return made


_NO_ONE = words.wordset("various several many multiple unknown anonymous assorted any some every each most no a an the")


def _names_someone(by: str) -> bool:
    """'by Henry Petroski', 'by BBC Studios', 'by Anthropic'; not 'by various educational suppliers', 'Any brand
    with presets', nor 'Free open-source planetarium software': a description, capitalised as a sentence is."""
    parts = by.split()
    named = [i for i, w in enumerate(parts) if w[:1].isupper() and w.lower() not in _NO_ONE]
    # "Handheld Brix meter": a thing described, its last word a common noun; not "Lee Valley Tools"
    described = len(parts) > 1 and parts[-1].islower() and "NOUN" in lookup(parts[-1])
    return bool(named) and (len(parts) == 1 or named != [0]) and not described


MAX_AUTHORS_ASKED = 3  # a work by three or more people: who wrote it is no one answer


def author_card(q: Quote, origins: tuple[str, ...]) -> Made | None:
    """'Who wrote the book "Caesar's Calendar", recommended in this episode?': the card of a recommended
    work whose title other cards show; None when its title names its maker."""
    item = questions.recommended(q.context)
    if item is None:
        return None
    noun, name, authors = item
    by = re.sub(r"^.*?, by ", "", q.context)
    if _names_its_maker(name, by) or len(authors) >= MAX_AUTHORS_ASKED or not _names_someone(by):
        return None  # ... or its authors are a list to recite ("Peter Vinten-Johansen, ... and Michael Rip"), or none
    qa = questions.author_question(noun, name, by, q.speaker)
    card = _qa_card(qa, Source(section=q.section, speaker=q.speaker, at=q.at), ("recommended",), keys.Context())
    return Made(replace(card, id="rec-" + card.id.removeprefix("q-")), origins) if card else None


def _names_its_maker(name: str, by: str) -> bool:
    """ "Loop Earplugs, by Loop": the name and its maker give each other away."""
    return bool({w.lower() for w in words.content(name)} & {w.lower() for w in words.content(by)})


def _same_name(a: str, b: str) -> bool:
    return bool(a) and notes_text.fold(a) == notes_text.fold(b)


def _several_speakers(quotes: list[tuple[Quote, tuple[str, ...]]]) -> bool:
    """Several people are quoted and none of them said most of it: who said a quote is worth asking."""
    speakers = Counter(notes_text.fold(q.speaker) for q, _ in quotes if q.speaker)
    return len(speakers) >= 2 and max(speakers.values()) / sum(speakers.values()) <= WHO_SAID_SHARE


def _who_can_be_asked(q: Quote) -> bool:
    """The quote has a speaker, and does not name them."""
    names = {p.lower() for p in q.speaker.split() if len(p) > 2}
    return bool(q.speaker) and not names & {w.lower() for w in words.content(q.text)}


SHORT_QUOTE_WORDS = 8  # a quote of fewer words is asked who said it, when no key suits it and that can be asked
WHO_SAID_MIN_WORDS = 3  # content words of a quote whose words can say who said it: not "Tilt it."


def _who_said_doubt(q: Quote, named: str) -> tuple[str, ...]:
    """Why a 'Who said…?' card is doubtful: it asks the name every card shows, or a quote too short to tell."""
    if _same_name(q.speaker, named):
        return (f"{DOUBTFUL[0]}::give-away",)
    return (f"{DOUBTFUL[0]}::short-quote",) if len(words.content(q.text)) < WHO_SAID_MIN_WORDS else ()


def who_said_cards(
    quotes: list[tuple[Quote, tuple[str, ...]]], every: list[tuple[Quote, tuple[str, ...]]] | None = None, named: str = ""
) -> list[Made]:
    """'Who said…?' only when several people are quoted and none of them said most of it, and only
    for a quote with no complete-the-quote card (which names the speaker before the quote). Asked of
    the name every card shows, the podcast's (`named`), it gives itself away: still written, marked
    for the curator."""
    if not _several_speakers(every if every is not None else quotes):
        return []
    made = []
    for q, origins in quotes:
        if not _who_can_be_asked(q):
            continue
        qa = questions.who_said(_safe(q.text), q.speaker)
        card = Card(
            id=_id("who-", _topic(q.text, keys.Context()), qa.front, qa.back),
            kind=CardKind.QA,
            front=qa.front,
            back=qa.back,
            tags=("who-said", *_who_said_doubt(q, named)),
            source=Source(section=q.section, speaker=q.speaker, at=q.at),
        )
        made.append(Made(card, origins))
    return made


# -- one card per fact --------------------------------------------------------------------------


def unique(made: list[Made]) -> list[Made]:
    """Drop cards that ask for a fact an earlier card (from another takeaway) asks for; the kept card
    takes over their origins. Cards are compared only with those that share an answer, so this stays
    near-linear however many takeaways an episode has."""
    kept: list[Made] = []
    by_answer: dict[str, list[int]] = {}
    for m in made:
        answers = _answers(m.card) | _rare_stems(m.card)
        # The latest cards of each bucket: a fact stated twice is stated near its twin, and a bucket
        # of notes that repeat one template (a thousand "Bridge N spans ...") stays small.
        recent = (i for a in answers for i in by_answer.get(a, ())[-BUCKET_REACH:])
        for i in dict.fromkeys(recent):
            k = kept[i]
            if not set(k.origins) & set(m.origins) and duplicate(k.card, m.card):
                kept[i] = Made(k.card, tuple(dict.fromkeys(k.origins + m.origins)))
                break
        else:
            for a in answers:
                by_answer.setdefault(a, []).append(len(kept))
            kept.append(m)
    return kept


BUCKET_REACH = 48


@functools.lru_cache(maxsize=8192)
def _rare_stems(card: Card) -> frozenset[str]:
    """The card's three rarest words, as buckets: two statements of one fact share them."""
    text = cloze.reveal(card.text) if card.kind is CardKind.CLOZE else card.front + " " + card.back
    content = sorted(set(words.content(text)), key=lambda w: (words.zipf(w), w))
    return frozenset("~" + words.stem(w) for w in content[:3])


@functools.lru_cache(maxsize=8192)
def _answers(card: Card) -> frozenset[str]:
    if card.kind is CardKind.CLOZE:
        return frozenset(_answer_key(d.answer) for d in cloze.deletions(card.text))
    return frozenset({_answer_key(card.back)})


@functools.lru_cache(maxsize=8192)
def _shown(card: Card) -> tuple[str, frozenset[str]]:
    """A cloze card's text with its blanks filled, and the values it states."""
    text = cloze.reveal(card.text)
    return text, frozenset(keys.values(text))


def duplicate(a: Card, b: Card) -> bool:
    """The same fact asked for twice: a shared answer about mostly the same words. A shared number
    alone is not enough: two facts of an episode often share a quantity."""
    if a.kind is not b.kind:
        return False
    if a.kind is CardKind.CLOZE:

        (shown_a, values_a), (shown_b, values_b) = _shown(a), _shown(b)
        similar = words.overlap(shown_a, shown_b)
        # the same answer about mostly the same words, or the same sentence (same values) blanked elsewhere
        same_sentence = similar >= 0.75 and values_a == values_b
        return similar >= 0.5 and bool(_answers(a) & _answers(b)) or same_sentence
    if not _answers(a) & _answers(b):
        return False
    return words.overlap(a.front, b.front) >= 0.5


def _answer_key(answer: str) -> str:
    """Answers that mean the same compare equal: '98%' and '~98 %', 'doubles' and 'double'."""
    numbers = re.findall(r"\d+(?:\.\d+)?", answer)
    if numbers:
        return "#" + "-".join(numbers)
    content = sorted(words.stem(w) for w in words.content(answer))
    twice = {"doubl", "twice", "double", "two"}
    if content and set(content) <= twice:
        return "#2x"
    return " ".join(content)


# -- ids ----------------------------------------------------------------------------------------


def slug(text: str, limit: int = 32) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(out) > limit:
        out = out[:limit].rsplit("-", 1)[0] if "-" in out[:limit] else out[:limit]
    return out.strip("-")


def _id(prefix: str, key: str, *basis: str) -> str:
    digest = hashlib.sha256("\x1f".join(notes_text.fold(b) for b in basis).encode()).hexdigest()[:6]
    return f"{prefix}{slug(key) or 'card'}-{digest}"


def _with_unique_ids(made: list[Made]) -> list[Made]:
    seen: Counter[str] = Counter()
    out = []
    for m in made:
        seen[m.card.id] += 1
        if seen[m.card.id] > 1:
            m = Made(replace(m.card, id=f"{m.card.id}-{seen[m.card.id]}"), m.origins)
        out.append(m)
    return out
