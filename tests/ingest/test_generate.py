"""Card generation: golden decks for fixture notes, and the qualities CARD-QUALITY.md asks of every card."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studydeck.deck import cloze, deckfile
from studydeck.deck.models import Card, CardKind, Episode, Notes, Quote, Takeaway
from studydeck.ingest import generate, keys, notes
from studydeck.ingest import merge as ingest
from studydeck.language import words

from ..conftest import FIXTURES, SEEDS

NOTES = FIXTURES / "notes"
UPDATE = os.environ.get("STUDYDECK_UPDATE_GOLDEN") == "1"

# Each golden deck is what `studydeck ingest` writes for these notes into an empty folder.
GOLDEN = {
    "naps-page.yaml": ["naps-page.txt"],
    "naps-summary.yaml": ["naps-summary.txt"],
    "compost.yaml": ["compost.md"],
    "naps-both.yaml": ["naps-page.txt", "naps-summary.txt"],
}


def deck_text(names: list[str], tmp_path: Path) -> str:
    result = ingest.plan([NOTES / n for n in names], tmp_path / "out")
    (deck,) = result.decks
    return deck.text


@pytest.mark.parametrize("golden", sorted(GOLDEN))
def test_golden_decks(golden: str, tmp_path: Path) -> None:
    text = deck_text(GOLDEN[golden], tmp_path)
    path = NOTES / golden
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        f"rerun with STUDYDECK_UPDATE_GOLDEN=1 to accept changes to {golden}"
    )


def notes_sets() -> dict[str, list[Notes]]:
    sets = {name: [notes.read(NOTES / f) for f in files] for name, files in GOLDEN.items()}
    if SEEDS.is_dir():
        sets["seeds"] = [notes.read(p, words.known_words()) for p in sorted(SEEDS.glob("*.txt"))]
    return sets


SETS = notes_sets()


def all_cards(name: str) -> list[Card]:
    return generate.cards(SETS[name])


# -- quality ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_blank_is_only_stopwords_or_long(name: str) -> None:
    for card in all_cards(name):
        for d in cloze.deletions(card.text):
            content = words.content(d.answer)
            assert content, f"{card.id}: the blank {d.answer!r} is only stopwords"
            assert len(content) <= keys.MAX_ANSWER_CONTENT, f"{card.id}: the blank {d.answer!r} is long"


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_blank_keeps_enough_context(name: str) -> None:
    for card in all_cards(name):
        for ordinal in cloze.ordinals(card.text):
            prompt = cloze.render(card.text, ordinal)
            visible = words.content(prompt)
            assert len(visible) >= keys.MIN_CONTEXT, f"{card.id} c{ordinal}: only {visible} around the blank"


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_card_gives_its_answer_away(name: str) -> None:
    for card in all_cards(name):
        if card.kind is CardKind.CLOZE:
            for ordinal in cloze.ordinals(card.text):
                prompt = cloze.render(card.text, ordinal, blank=" ")
                for answer in cloze.answers(card.text, ordinal):
                    assert not keys.gives_away(answer, prompt), f"{card.id} c{ordinal}: {answer!r} is in {prompt!r}"
        else:
            assert not keys.gives_away(card.back, card.front), f"{card.id}: {card.back!r} is in {card.front!r}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_questions_are_real_questions_with_short_answers(name: str) -> None:
    for card in all_cards(name):
        if card.kind is CardKind.QA:
            assert card.front.endswith("?") and card.front[0].isupper(), card.front
            assert not re.match(r"(?:Is|Are|Does|Do|Can|Did)\b", card.front), f"yes/no question: {card.front}"
            assert 1 <= len(words.content(card.back)) <= generate.MAX_QA_BACK, f"{card.id}: long answer {card.back!r}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_card_has_a_source_and_valid_syntax(name: str) -> None:
    cards = all_cards(name)
    assert len({c.id for c in cards}) == len(cards)
    for card in cards:
        assert deckfile.ID_PATTERN.match(card.id), card.id
        assert card.source.section, f"{card.id} has no source section"
        if card.kind is CardKind.CLOZE:
            assert cloze.problems(card.text) == [], card.text
        if "quote" in card.tags:
            assert card.source.speaker, f"{card.id}: a quote card names its speaker"
            assert card.text.startswith(card.source.speaker), "the speaker is shown as context"
            for d in cloze.deletions(card.text):
                assert not set(d.answer.lower().split()) & set(card.source.speaker.lower().split())


def test_quote_cards_keep_speaker_and_timestamp() -> None:
    (card,) = [c for c in all_cards("naps-page.yaml") if "quote" in c.tags and "Lindqvist" in c.text]
    assert card.text.startswith('Maya Lindqvist (01:02:33): "Honestly the earplugs')
    assert (card.source.speaker, card.source.at) == ("Maya Lindqvist", "01:02:33")
    assert card.extra == "Product: Loop Earplugs, by Loop"


def test_no_who_said_card_when_one_speaker_said_everything() -> None:
    for name in ("naps-summary.yaml", "naps-both.yaml", *(["seeds"] if "seeds" in SETS else [])):
        assert not [c for c in all_cards(name) if "who-said" in c.tags], name


def test_who_said_cards_when_several_speakers_share_the_quotes() -> None:
    who = [c for c in all_cards("compost.yaml") if "who-said" in c.tags]
    assert [c.back for c in who] == ["Tomás Reyes", "Priya Shah", "Ines Ferreira"]
    assert all(c.front.startswith('Who said: "') for c in who)


def test_cards_of_every_form() -> None:
    tags = Counter(t for name in SETS for c in all_cards(name) for t in c.tags or ("fact",))
    for form in ("fact", "claim", "why", "practice", "quote", "recommended", "who-said"):
        assert tags[form] > 0, f"no {form} card made from the fixtures"


def test_quantities_come_first() -> None:
    cards = all_cards("naps-page.yaml")
    texts = [c.text for c in cards if c.kind is CardKind.CLOZE]
    assert any("{{c1::20-minute}} nap improved recall of word pairs by {{c2::18%}}" in t for t in texts)
    assert any("within {{c1::6 hours}} of bedtime" in t for t in texts)


def test_a_titled_idea_gives_a_claim_question_and_a_reason_a_why_question() -> None:
    qa = {c.front: c.back for c in all_cards("naps-summary.yaml") if c.kind is CardKind.QA}
    assert qa["What does Oren Kalu claim about short naps?"] == "They boost memory for facts"
    why = "Why did a 20-minute nap improve recall of word pairs by about 18% in Kalu's lab?"
    assert qa[why] == "Because light sleep gives the hippocampus a quiet window to replay new material"


def test_practical_advice_becomes_a_procedural_prompt() -> None:
    qa = {c.front: c.back for c in all_cards("compost.yaml") if "practice" in c.tags}
    assert qa == {"What should you check before you add new scraps?": "Moisture"}
    summary = {c.front: c.back for c in all_cards("naps-summary.yaml") if "practice" in c.tags}
    assert summary["Given that timing beats duration for afternoon naps, what should you set before you lie down?"] == (
        "An alarm"
    )


# -- one card per fact across formats -----------------------------------------------------------


def test_the_same_fact_and_quote_in_two_formats_give_one_card() -> None:
    made = generate.make(SETS["naps-both.yaml"])
    book = [m for m in made if "quote" in m.card.tags and "Short Sleep, Long Memory" in m.card.text]
    assert len(book) == 1 and len(book[0].origins) == 2
    assert book[0].card.source.at == "00:41:10"  # the page's timestamp completes the summary's quote
    caffeine = [m for m in made if m.card.kind is CardKind.CLOZE and "caffeine" in m.card.text.lower()]
    assert [m.card.text.count("{{c") for m in caffeine if "20%" in m.card.text] == [2]
    recall = [m for m in made if "18%" in cloze.reveal(m.card.text) and m.card.kind is CardKind.CLOZE]
    assert len(recall) == 1 and {o.split(":")[0].rsplit("/", 1)[-1] for o in recall[0].origins} == {
        "naps-page.txt",
        "naps-summary.txt",
    }


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not beside the repository")
def test_every_seed_takeaway_and_quote_gives_a_card() -> None:
    made = generate.make(SETS["seeds"])
    origins = {o for m in made for o in m.origins}
    for n in SETS["seeds"]:
        for item in (*n.takeaways, *n.quotes):
            assert f"{n.path}:{item.line}" in origins, f"no card for {n.path}:{item.line}: {item.text[:60]}"


def test_generation_is_deterministic_and_order_free() -> None:
    page, summ = SETS["naps-both.yaml"]
    assert generate.cards([page, summ]) == generate.cards([summ, page]) == generate.cards([page, summ])


# -- keys -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The course draws people aged 25-35 more than students at any college", "25-35"),
        ("Experts scored ~90% on the skin lesion test before the new software arrived", "90%"),
        ("The drug roughly doubles spindle count in the hours after a person takes it", "doubles"),
        ("The brain often needs only one example to learn the whole routine of a restaurant", "one"),
        ("During deep sleep the basal ganglia replay the motor sequences practised that day", "basal ganglia"),
    ],
)
def test_key_choice(text: str, answer: str) -> None:
    (key,) = keys.choose(text, [(0, len(text))], keys.Context(), max_keys=1)
    assert key.text_in(text) == answer


def test_no_key_from_stopwords_or_with_too_little_context() -> None:
    assert keys.choose("It is what it is, and that is that.", [(0, 35)], keys.Context()) == []
    assert keys.choose("Sleep spindles matter.", [(0, 22)], keys.Context()) == []
    assert "one" not in [
        k.text_in(t)
        for t in ["One of the best ideas about memory is spacing reviews out"]
        for k in keys.candidates(t, keys.Context())
    ]


def test_people_of_the_episode_are_never_keys() -> None:
    ctx = keys.Context.of(["Oren Kalu"], [])
    text = "Kalu found that Ambien doubles the count of sleep spindles in healthy adults"
    assert all("Kalu" not in k.text_in(text) for k in keys.candidates(text, ctx))


# -- never a traceback ------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=5),
    st.lists(st.tuples(st.text(min_size=1, max_size=120), st.text(max_size=20)), max_size=3),
)
def test_any_takeaways_give_valid_cards(texts: list[str], quotes: list[tuple[str, str]]) -> None:
    n = Notes(
        episode=Episode(podcast="P", title="T"),
        takeaways=tuple(
            Takeaway(text=x, section="S", title=x[:20] if i % 2 else "", line=i) for i, x in enumerate(texts)
        ),
        quotes=tuple(Quote(text=q, speaker=s, section="Q", line=100 + i) for i, (q, s) in enumerate(quotes)),
        format="markdown",
    )
    cards = generate.cards(n)
    assert len({c.id for c in cards}) == len(cards)
    for card in cards:
        assert deckfile.ID_PATTERN.match(card.id)
        if card.kind is CardKind.CLOZE:
            assert cloze.problems(card.text) == []
