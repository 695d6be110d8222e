"""Card quality: Decks -> Findings, one per rule a card breaks (CARD-QUALITY.md), each at the card's path:line.

The rules live in card_checks (one card at a time) and pair_checks (cards against each other of a
deck); both read cards through reading, which works out once what each card shows and asks. This
module names the rules and turns their hits into findings, minus what is ignored or silenced;
findings holds the results. Others use `lint_deck`, `lint_card` (a gate for card generators),
`RULES`, the findings' `Summary` and `DOUBTFUL_TAG`, the tag a generator puts on a card it could
not make well.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..deck.models import Card, Deck
from ..errors import Problem
from .card_checks import CARD_CHECKS, DOUBTFUL_TAG
from .findings import Finding, Severity, Summary
from .pair_checks import pair_hits
from .reading import DeckFacts, Hit


@dataclass(frozen=True)
class Rule:
    name: str
    severity: Severity
    summary: str  # what it flags, for `lint --list-rules` and the docs


RULES: tuple[Rule, ...] = (
    Rule("bad-cloze", Severity.ERROR, "cloze syntax Anki would reject or render empty, or shown as braces"),
    Rule("long-answer", Severity.WARNING, "an answer over 3 content words (cloze, typed) or 5 (Q&A); error over 10"),
    Rule("multi-fact", Severity.WARNING, "more than 3 blanks in one card, or an answer of several clauses"),
    Rule("enumeration", Severity.WARNING, "'list / name all' prompts, answers of 3 or more items"),
    Rule(
        "give-away",
        Severity.ERROR,
        "the answer (a form, an alias, its value in another unit) in the prompt; warning: a range's other end",
    ),
    Rule("trivial-blank", Severity.WARNING, "a blank of very common words and no quantity, or one everyday noun after 'in the'; error if only stopwords"),
    Rule("ill-defined", Severity.WARNING, "fewer than 6 content words visible around a blank; a bare 'What is X?'"),
    Rule("yes-no", Severity.WARNING, "a question answered by yes or no, or an 'X or Y?' choice"),
    Rule(
        "dangling-reference", Severity.WARNING, "a prompt opening with it / this / they / 'the study' with no referent"
    ),
    Rule("no-source", Severity.WARNING, "a deck with no episode, or a quote with no speaker"),
    Rule("unknown-speaker", Severity.WARNING, "a source speaker who is neither the host nor a guest of the episode"),
    Rule("interference", Severity.WARNING, "two prompts nearly the same with different answers"),
    Rule("duplicate", Severity.WARNING, "two cards asking the same thing with the same answer"),
    Rule("form-guessable", Severity.WARNING, "'Who said…?' (or a blanked speaker) when one speaker says most"),
    Rule("wordy", Severity.WARNING, "a prompt over 25 words (40 for a quote), or filler words"),
    Rule(
        "vague-question",
        Severity.WARNING,
        "'What does X claim / say / think about Y?' and other questions with no one answer",
    ),
    Rule("sibling-give-away", Severity.WARNING, "an answer that another card of the deck shows in its prompt"),
    Rule("half-term", Severity.WARNING, "a blank that cuts a name, a word, a number or a term, or ends on a bare verb"),
    Rule("list-item", Severity.WARNING, "a blank that is one item of a list of three or more"),
    Rule("operand", Severity.WARNING, "a number blanked beside an operator: an operand, not the result"),
    Rule("unit-only", Severity.WARNING, "the unit or counted noun blanked while its number shows ('59 [victims]'), or a unit with no number: 'every [gram]'"),
    Rule("incidental-date", Severity.WARNING, "a year or date blanked while the sentence's claim is another quantity"),
    Rule("idiom", Severity.WARNING, "a blank on some words of a set phrase ('take [advantage] of', 'at [least]'), or on all of one ('do [the heavy lifting]')"),
    Rule("trivia", Severity.WARNING, "a word of praise blanked in a recommendation; a patent's or a serial number"),
    Rule("doubtful", Severity.WARNING, f"a card the generator marked {DOUBTFUL_TAG!r}: rewrite it, remove the tag"),
    Rule("unknown-silence", Severity.ERROR, "a card silences a rule that does not exist"),
    Rule("unused-silence", Severity.WARNING, "a card silences a rule that does not flag it"),
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}
# Deck files that do not load are reported under this name; it is not a rule and cannot be ignored.
INVALID_DECK = "invalid-deck"


def lint(decks: Iterable[Deck], ignore: Iterable[str] = ()) -> list[Finding]:
    """Every finding of every deck, in file and line order."""
    ignored = frozenset(ignore)
    return [f for deck in decks for f in lint_deck(deck, ignored)]


def lint_deck(deck: Deck, ignore: frozenset[str] = frozenset()) -> list[Finding]:
    """The findings of one deck, minus the rules ignored for this run and those each card silences."""
    facts = DeckFacts.of(deck)
    hits: dict[int, list[Hit]] = {i: [] for i in range(len(deck.cards))}
    for i, view in enumerate(facts.views):
        for check in CARD_CHECKS:
            hits[i].extend(check(view, facts))
    for i, hit in pair_hits(facts):
        hits[i].append(hit)
    findings = [f for f in _deck_findings(deck) if f.rule not in ignore]
    for i, card in enumerate(deck.cards):
        findings.extend(_card_findings(deck, card, hits[i], ignore))
    return sorted(findings, key=lambda f: (f.line, f.rule, f.message))


def lint_card(card: Card, deck: Deck, ignore: frozenset[str] = frozenset()) -> list[Finding]:
    """The findings of one candidate card as if it were added to the deck (replacing a card of its id).

    A gate for a card generator: only this card's checks run (the rules that compare cards look at
    the others too), so gating each new card of a deck costs little more than reading the deck.
    """
    others = tuple(c for c in deck.cards if c.id != card.id)
    facts = DeckFacts.of(replace(deck, cards=(*others, card)))
    view = facts.views[-1]
    hits = [hit for check in CARD_CHECKS for hit in check(view, facts)]
    hits += [hit for i, hit in pair_hits(facts) if i == len(others)]
    return sorted(_card_findings(deck, card, hits, ignore), key=lambda f: (f.rule, f.message))


def summarize(decks: Iterable[Deck], ignore: Iterable[str] = ()) -> Summary:
    """Counts of errors and warnings by rule, for a one-line report after a build."""
    return Summary.of(lint(decks, ignore))


def problem_findings(problems: Iterable[Problem]) -> list[Finding]:
    """Deck files that failed to load, as findings, so one report (and one JSON format) holds everything."""
    return [Finding(p.path, p.line, INVALID_DECK, Severity.ERROR, p.message) for p in problems]


def unknown_rules(names: Iterable[str]) -> list[str]:
    """The names that are not rules, each with a suggestion: for checking `--ignore`."""
    return [f"{name!r} is not a lint rule{_did_you_mean(name)}" for name in names if name not in RULES_BY_NAME]


# -- findings -------------------------------------------------------------------------------------


def _deck_findings(deck: Deck) -> list[Finding]:
    if deck.episode.podcast and deck.episode.title:
        return []
    message = "the deck names no episode: add 'episode:' with its podcast and title, so every card has a source"
    return [Finding(deck.path, 1, "no-source", RULES_BY_NAME["no-source"].severity, message)]


def _card_findings(deck: Deck, card: Card, hits: list[Hit], ignore: frozenset[str]) -> Iterator[Finding]:
    """The card's hits minus those it silences, and what is wrong with its silences."""
    silenced = {s.rule for s in card.silence}
    fired = {h.rule for h in hits}
    for silence in card.silence:
        if silence.rule not in RULES_BY_NAME:
            hits.append(
                Hit(
                    "unknown-silence",
                    f"'silence' names {silence.rule!r}, which is not a lint rule{_did_you_mean(silence.rule)}",
                )
            )
        elif silence.rule not in fired and silence.rule not in ignore:
            hits.append(
                Hit(
                    "unused-silence",
                    f"'silence' switches off {silence.rule!r}, which does not flag this card: remove it from 'silence'",
                )
            )
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        if hit.rule in ignore or hit.rule in silenced or (hit.rule, hit.message) in seen:
            continue
        seen.add((hit.rule, hit.message))
        severity = hit.severity or RULES_BY_NAME[hit.rule].severity
        yield Finding(deck.path, card.line, hit.rule, severity, f"card {card.id!r}: {hit.message}", card.id)


def _did_you_mean(name: str) -> str:
    close = difflib.get_close_matches(name, list(RULES_BY_NAME), n=1, cutoff=0.6)
    if close:
        return f": did you mean {close[0]!r}?"
    return "; run 'studydeck lint --list-rules' to see them"
