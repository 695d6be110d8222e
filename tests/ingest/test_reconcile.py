"""What re-ingest does with each card, from the deck's cards, the lock and the cards the notes give now."""

from __future__ import annotations

import dataclasses

from studydeck.deck import lockfile
from studydeck.deck.models import Card, CardKind
from studydeck.ingest.generate import Made
from studydeck.ingest.reconcile import ASKED, DELETED, EDITED, NO_LONGER, OWN, SAME, Action, reconcile

SENTENCE = "Kalu says a {a} nap improved recall of word pairs by {b} in his lab."


def card(card_id: str, text: str) -> Card:
    return Card(id=card_id, kind=CardKind.CLOZE, text=text)


def made(*cards: Card) -> list[Made]:
    return [Made(c, (f"notes.txt:{n}",)) for n, c in enumerate(cards, 1)]


def lock_of(*cards: Card) -> lockfile.Lock:
    """The lock as ingest leaves it after writing these cards."""
    return lockfile.Lock(generated={c.id for c in cards}, made={c.id: lockfile.card_hash(c) for c in cards})


def actions(outcome: object) -> dict[str, tuple[Action, str]]:
    return {e.card_id: (e.action, e.why) for e in outcome.entries}


# One sentence, two facts: a card per blank, before and after its number was fixed.
NAP = card("20-minute-aaa", SENTENCE.format(a="{{c1::20-minute}}", b="18%"))
RECALL = card("18-bbb", SENTENCE.format(a="20-minute", b="{{c1::18%}}"))
NAP_FIXED = card("20-minute-ccc", SENTENCE.format(a="{{c1::20-minute}}", b="21%"))
RECALL_FIXED = card("21-ddd", SENTENCE.format(a="20-minute", b="{{c1::21%}}"))


def test_two_facts_of_one_takeaway_each_follow_their_own_correction() -> None:
    out = reconcile([NAP, RECALL], made(RECALL_FIXED, NAP_FIXED), lock_of(NAP, RECALL))
    assert out.updates == {
        NAP.id: dataclasses.replace(NAP_FIXED, id=NAP.id),
        RECALL.id: dataclasses.replace(RECALL_FIXED, id=RECALL.id),
    }
    assert out.lock.replaced == {RECALL_FIXED.id: RECALL.id, NAP_FIXED.id: NAP.id}
    assert out.lock.made[RECALL.id] == lockfile.card_hash(dataclasses.replace(RECALL_FIXED, id=RECALL.id))
    assert out.added == []


def test_an_update_remembered_in_the_lock_is_quiet_the_next_time() -> None:
    first = reconcile([NAP], made(NAP_FIXED), lock_of(NAP))
    deck = [first.updates[NAP.id]]
    second = reconcile(deck, made(NAP_FIXED), first.lock)
    assert actions(second) == {NAP.id: (Action.KEPT, SAME)}
    assert second.lock == first.lock


def test_notes_put_back_as_they_were_take_the_card_back() -> None:
    first = reconcile([NAP], made(NAP_FIXED), lock_of(NAP))
    back = reconcile([first.updates[NAP.id]], made(NAP), first.lock)
    assert back.updates == {NAP.id: NAP}


def test_an_updated_card_the_curator_then_deleted_is_not_brought_back() -> None:
    first = reconcile([NAP], made(NAP_FIXED), lock_of(NAP))
    later = reconcile([], made(NAP_FIXED), first.lock)
    assert actions(later)[NAP_FIXED.id] == (Action.SKIPPED, DELETED)
    assert later.added == []


def test_a_card_the_curator_edited_to_what_the_notes_now_say_is_simply_kept() -> None:
    mine = dataclasses.replace(NAP_FIXED, id=NAP.id)
    out = reconcile([mine], made(NAP_FIXED), lock_of(NAP))
    assert actions(out) == {NAP.id: (Action.KEPT, SAME)}
    assert out.lock.made[NAP.id] == lockfile.card_hash(mine)


def test_an_edited_card_with_unchanged_notes_is_kept_without_a_conflict() -> None:
    mine = card(NAP.id, NAP.text.replace("in his lab", "in his lab in Oslo"))
    out = reconcile([mine], made(NAP), lock_of(NAP))
    assert actions(out) == {NAP.id: (Action.KEPT, EDITED)} and not out.updates


def test_the_curators_own_card_is_never_taken_for_an_old_generated_one() -> None:
    """Only cards ingest made can be updated; a similar card the curator wrote is theirs."""
    own = dataclasses.replace(NAP, id="my-nap-card")
    out = reconcile([own], made(NAP_FIXED), lockfile.Lock())
    assert actions(out)[own.id] == (Action.KEPT, OWN)
    assert not out.updates and out.lock.replaced == {}
    assert actions(out)[NAP_FIXED.id] in {(Action.ADDED, "new in the notes"), (Action.SKIPPED, ASKED)}


def test_a_generated_card_the_notes_stop_giving_is_kept_and_said_so() -> None:
    out = reconcile([NAP, RECALL], made(RECALL), lock_of(NAP, RECALL))
    assert actions(out)[NAP.id] == (Action.KEPT, NO_LONGER)


def test_a_card_still_given_is_not_taken_as_the_correction_of_another() -> None:
    """NAP is still given as it is: RECALL_FIXED must pair with RECALL, never with NAP."""
    out = reconcile([NAP, RECALL], made(NAP, RECALL_FIXED), lock_of(NAP, RECALL))
    assert set(out.updates) == {RECALL.id}
    assert actions(out)[NAP.id] == (Action.KEPT, SAME)


def test_the_old_lock_is_left_as_it_was() -> None:
    lock = lock_of(NAP)
    before = lockfile.to_text(lock)
    reconcile([NAP], made(NAP_FIXED), lock)
    assert lockfile.to_text(lock) == before
