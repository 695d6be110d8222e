"""Lint rules: for each, a card it must flag and a similar card it must not; silencing, formats, exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from studydeck import lint
from studydeck.cli import cli
from studydeck.deck import deckfile
from studydeck.deck.models import Card, CardKind, Deck, Episode, Silence, Source
from studydeck.lint import RULES_BY_NAME, Finding, Severity, Summary

from ..conftest import REPO

# An invented episode: a gardening show with a host and one guest.
GARDEN = Episode(podcast="Garden Talk", title="Episode 3: Living soil", host="Mara Quinn", guests=("Tomas Reyes",))
SOLO = Episode(podcast="Night Sky Notes", title="Episode 40: Comets", host="Ines Holt")


def c(text: str, id: str = "card", **kw: object) -> Card:
    return Card(id=id, kind=CardKind.CLOZE, text=text, **kw)  # type: ignore[arg-type]


def qa(front: str, back: str, id: str = "card", **kw: object) -> Card:
    return Card(id=id, kind=CardKind.QA, front=front, back=back, **kw)  # type: ignore[arg-type]


def deck(*cards: Card, episode: Episode = GARDEN) -> Deck:
    numbered = [replace(card, line=10 + 3 * i) for i, card in enumerate(cards)]
    return Deck(key="garden-talk-3", name="Tests::Garden Talk", episode=episode, cards=tuple(numbered), path="g.yaml")


def rules(*cards: Card, episode: Episode = GARDEN) -> set[str]:
    return {f.rule for f in lint.lint_deck(deck(*cards, episode=episode))}


def findings(*cards: Card, episode: Episode = GARDEN) -> list[Finding]:
    return lint.lint_deck(deck(*cards, episode=episode))


# A well-made card of each kind, which no rule flags: the "similar card it must not flag" baseline.
GOOD_CLOZE = c("Mycorrhizal fungi trade soil phosphorus to plant roots in exchange for {{c1::sugars}}.")
GOOD_QA = qa("Which nutrient do mycorrhizal fungi carry from the soil to plant roots?", "Phosphorus")


def test_well_made_cards_are_clean() -> None:
    assert findings(GOOD_CLOZE, GOOD_QA) == []


# (rule, a card it must flag, a similar card it must not flag)
CASES = [
    (
        "bad-cloze",
        qa("Which fungi {{c1::trade}} phosphorus for plant sugars?", "Mycorrhizal fungi"),
        qa("Which fungi trade phosphorus for plant sugars?", "Mycorrhizal fungi"),
    ),
    (
        "bad-cloze",
        c("A handful of healthy garden soil holds about {{c1::**}} kilometres of fungal threads."),
        c("A handful of healthy garden soil holds about {{c1::ten}} kilometres of fungal threads."),
    ),
    (
        "bad-cloze",
        c("Earthworms pull fallen {{c1::leaves}} down into their {c2::burrows} overnight to feed on them."),
        c("Earthworms pull fallen {{c1::leaves}} down into their {{c2::burrows}} overnight to feed on them."),
    ),
    (
        "bad-cloze",
        c("Earthworms pull fallen leaves down into their burrows overnight to feed."),
        c("Earthworms pull fallen {{c1::leaves}} down into their burrows overnight to feed."),
    ),
    (
        "long-answer",
        c("After digging, {{c1::the fungal network in the top layer breaks apart}} and takes a season to regrow."),
        c("After digging, the fungal {{c1::network}} in the top layer breaks apart and takes a season to regrow."),
    ),
    (
        "long-answer",
        qa(
            "What does a mulch of wood chips do to clay soil over one year?",
            "It feeds fungi that glue clay into crumbs so water drains",
        ),
        qa("What does a mulch of wood chips feed in clay soil over one year?", "Soil fungi"),
    ),
    (
        "multi-fact",
        c("Compost: {{c1::browns}} and {{c2::greens}} at {{c3::thirty}} to one, turned every {{c4::week}} in summer."),
        c("Compost: {{c1::browns}} and {{c2::greens}} at {{c3::thirty}} to one, turned every week in summer."),
    ),
    (
        "multi-fact",
        qa("Why does a hot compost pile kill weed seeds?", "It passes 60 °C. Seeds die above 55 °C."),
        qa("Why does a hot compost pile kill weed seeds?", "It stays above 55 °C for days"),
    ),
    (
        "enumeration",
        qa("List the soil textures a gardener can feel between two fingers.", "Sand"),
        qa("Which soil texture feels gritty between two fingers?", "Sand"),
    ),
    (
        "enumeration",
        c("Every garden soil's mineral part is a mix of {{c1::sand, silt and clay}} in varying shares."),
        c("The mineral part of garden soil with the smallest grains, found in every loam, is {{c1::clay}}."),
    ),
    (
        "give-away",
        c("Adding compost raises the {{c1::organic matter}} of sandy soil, and organic matter holds water."),
        c("Adding compost raises the {{c1::organic matter}} of sandy soil, which then holds more water."),
    ),
    (
        "give-away",
        qa("Which fungus genus, once called Glomus, forms tree-like arbuscules in roots?", "Rhizophagus (Glomus)"),
        qa("Which fungus genus forms tree-like arbuscules inside the roots of crops?", "Rhizophagus (Glomus)"),
    ),
    (
        "trivial-blank",
        c("According to the guest, mulching the beds in autumn is {{c1::good}} for the soil fungi."),
        c("According to the guest, mulching the beds in autumn is {{c1::food}} for the soil fungi."),
    ),
    (
        "trivial-blank",
        c("According to the guest, mulching beds in autumn feeds soil fungi {{c1::all}} winter long."),
        c("According to the guest, mulching beds in autumn feeds soil fungi {{c1::two}} winters long."),
    ),
    (
        "ill-defined",
        c("Roots need {{c1::oxygen}}."),
        c("Roots in waterlogged clay soil die within days because they cannot get {{c1::oxygen}}."),
    ),
    (
        "ill-defined",
        qa("What is humus?", "Stable, dark organic matter"),
        qa("What does humus add to a sandy soil's ability to hold water?", "Sponge-like storage"),
    ),
    (
        "yes-no",
        qa("Does compost feed the fungi that live in garden soil?", "Yes"),
        qa("What does compost feed in garden soil?", "Fungi"),
    ),
    (
        "yes-no",
        qa("Which drains faster after rain, clay or sand?", "Sand"),
        qa("Which garden soil texture drains fastest after heavy rain?", "Sand"),
    ),
    (
        "dangling-reference",
        c("It doubled the fungal growth in clay beds within the first {{c1::six}} weeks of mulching."),
        c("Wood-chip mulch doubled the fungal growth in clay beds within the first {{c1::six}} weeks."),
    ),
    (
        "dangling-reference",
        c("The study found that no-dig beds held {{c1::twice}} as much carbon after five years."),
        c("The Rothamsted study found that no-dig beds held {{c1::twice}} as much carbon after five years."),
    ),
    (
        "no-source",
        c(
            '"The soil is a {{c1::stomach}} turned inside out for the plant," said the guest.',
            source=Source(section="Quotes"),
        ),
        c(
            '"The soil is a {{c1::stomach}} turned inside out for the plant," said the guest.',
            source=Source(section="Quotes", speaker="Tomas Reyes"),
        ),
    ),
    (
        "unknown-speaker",
        c(GOOD_CLOZE.text, source=Source(speaker="Tomas Reyez")),
        c(GOOD_CLOZE.text, source=Source(speaker="Dr. Reyes")),
    ),
    (
        "wordy",
        c(
            "When you spread a thick layer of shredded autumn leaves over the vegetable beds before the first frost, "
            "the worms will have pulled most of it under by {{c1::March}} of the next year."
        ),
        c("Worms pull a thick layer of autumn leaves spread before frost under the soil by {{c1::March}}."),
    ),
    (
        "wordy",
        c("Worms basically pull a thick layer of autumn leaves spread before frost under the soil by {{c1::March}}."),
        c("Worms pull a thick layer of autumn leaves spread before frost under the soil by {{c1::March}}."),
    ),
]


@pytest.mark.parametrize(("rule", "bad", "good"), CASES, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(CASES)])
def test_rule_flags_the_bad_card_and_not_the_similar_good_one(rule: str, bad: Card, good: Card) -> None:
    assert rule in rules(bad)
    assert rule not in rules(good)


def test_every_rule_has_a_case() -> None:
    pair_rules = {"interference", "duplicate", "form-guessable", "unknown-silence", "unused-silence"}
    assert {r for r, _, _ in CASES} | pair_rules == set(RULES_BY_NAME)


def test_long_answer_is_an_error_over_ten_content_words() -> None:
    card = qa(
        "What happens to a garden bed covered in wood-chip mulch for a whole year?",
        "Fungi spread through the chips, glue clay particles into crumbs, open channels, drain water, feed worms",
    )
    (finding,) = [f for f in findings(card) if f.rule == "long-answer"]
    assert finding.severity is Severity.ERROR


def test_a_typed_answer_must_be_as_short_as_a_blank() -> None:
    front = "What do the fungi in a no-dig bed receive from the crop in return?"
    assert "long-answer" in rules(qa(front, "sugar made in the green leaves", typed=True))
    assert "long-answer" not in rules(qa(front, "sugar made in the green leaves"))


def test_a_stopword_blank_is_an_error() -> None:
    card = c("According to the guest, mulching the beds in autumn is {{c1::not}} a way to feed slugs.")
    (finding,) = [f for f in findings(card) if f.rule == "trivial-blank"]
    assert finding.severity is Severity.ERROR


def test_a_quantity_or_a_name_is_never_trivial() -> None:
    base = "According to the guest, the soil fungi in the beds were {{c1::%s}} by the end of winter."
    assert "trivial-blank" not in rules(c(base % "half gone"))
    assert "trivial-blank" not in rules(c(base % "30%"))
    assert "trivial-blank" not in rules(c(base % "one"))
    assert "trivial-blank" in rules(c(base % "good"))


def test_enumeration_items_are_short_parts_of_a_list_answer() -> None:
    front = "Which soil textures did the guest test by rubbing a sample between two fingers?"
    assert "enumeration" in rules(qa(front, "Sand, silt, clay"))
    assert "enumeration" in rules(qa(front, "sand; silt; clay; loam"))
    assert "enumeration" not in rules(qa(front, "Sand and silt"))
    assert "enumeration" not in rules(qa("How many worms did the guest count in one square metre?", "1,000,000"))
    long_clauses = "When wet, clay smears into a ribbon between the fingers, sand stays gritty, and silt feels silky"
    assert "enumeration" not in rules(qa(front, long_clauses))
    clause = "Guides, not replacements, for a gardener's own eye"
    assert "enumeration" not in rules(qa("What does the guest say soil test kits are?", clause))


def test_a_yes_no_cloze_answer_is_flagged() -> None:
    assert "yes-no" in rules(c("Tilling the beds every spring helps the soil fungi: {{c1::false}}, it cuts them."))


def test_the_dangling_it_of_it_takes_is_allowed() -> None:
    assert "dangling-reference" not in rules(c("It takes about {{c1::six}} weeks for a hot compost pile to mature."))


def test_interference_two_near_identical_prompts_with_different_answers() -> None:
    first = qa("How long does a hot compost pile take to mature in summer?", "Six weeks", id="hot")
    second = qa("How long does a hot compost pile take to fully mature in summer?", "Ten weeks", id="hot2")
    other = qa("How long does a cold compost heap of leaves take to rot down?", "Two years", id="cold")
    found = findings(first, second)
    (hit,) = [f for f in found if f.rule == "interference"]
    assert hit.card == "hot2" and "'hot' (line 10)" in hit.message
    assert "interference" not in rules(first, other)


def test_duplicate_the_same_question_twice() -> None:
    first = qa("How long does a hot compost pile take to mature in summer?", "Six weeks", id="hot")
    again = qa("How long does a hot compost pile take to mature in summer?", "six weeks", id="hot-again")
    assert "duplicate" in rules(first, again)
    assert "duplicate" not in rules(first, GOOD_QA)


def test_siblings_of_one_cloze_note_do_not_interfere() -> None:
    card = c("In no-dig beds the {{c1::fungal}} network survives winter and feeds the {{c2::spring}} crop again.")
    assert rules(card) == set()


def test_form_guessable_who_said_when_one_person_speaks() -> None:
    who = qa("Who said that a comet's tail always points away from the Sun?", "Ines Holt")
    assert "form-guessable" in rules(who, episode=SOLO)
    assert "form-guessable" not in rules(who, episode=Episode("Night Sky Notes", "Ep 41", "Ines Holt", ("Ravi Shah",)))


def test_form_guessable_a_blanked_speaker_when_one_speaker_says_most() -> None:
    said = [
        c(f"Tomas Reyes says a healthy soil smells of {{{{c1::geosmin}}}} in spring {n}.", id=f"q{n}") for n in range(3)
    ]
    said = [replace(card, source=Source(speaker="Tomas Reyes")) for card in said]
    blanked = c("{{c1::Tomas Reyes}} says a gardener should never leave the soil bare over winter.", id="who")
    assert "form-guessable" in rules(*said, blanked)
    # With the speakers balanced, the name must be recalled.
    balanced = said[:1] + [replace(s, source=Source(speaker="Mara Quinn")) for s in said[1:]]
    assert "form-guessable" not in rules(*balanced, blanked)


def test_silence_switches_a_rule_off_for_one_card() -> None:
    bad = c("Roots need {{c1::oxygen}}.", silence=(Silence("ill-defined", "a first card, kept short on purpose"),))
    assert "ill-defined" not in rules(bad)


def test_unknown_silence_is_an_error_with_a_suggestion() -> None:
    card = replace(GOOD_CLOZE, silence=(Silence("give-awy", "typo"),))
    (finding,) = findings(card)
    assert finding.rule == "unknown-silence" and finding.severity is Severity.ERROR
    assert "did you mean 'give-away'" in finding.message


def test_unused_silence_is_reported_and_a_used_one_is_not() -> None:
    unused = replace(GOOD_CLOZE, silence=(Silence("wordy", "long on purpose"),))
    assert [f.rule for f in findings(unused)] == ["unused-silence"]
    used = c("Roots need {{c1::oxygen}}.", silence=(Silence("ill-defined", "short on purpose"),))
    assert "unused-silence" not in rules(used)


def test_ignore_for_a_run() -> None:
    bad = c("Roots need {{c1::oxygen}}.")
    assert lint.lint([deck(bad)], ignore={"ill-defined"}) == []
    silenced = replace(bad, silence=(Silence("ill-defined", "short"),))
    # A silence of a rule ignored for the run is not 'unused'.
    assert lint.lint([deck(silenced)], ignore={"ill-defined"}) == []


def test_a_deck_without_an_episode_has_no_source() -> None:
    d = Deck(key="k", name="N", episode=Episode("", ""), cards=(GOOD_CLOZE,), path="x.yaml")
    assert [(f.rule, f.line) for f in lint.lint_deck(d)] == [("no-source", 1)]


def test_findings_sit_at_the_cards_line_in_its_file(tmp_path: Path) -> None:
    path = tmp_path / "garden.yaml"
    good = replace(GOOD_CLOZE, id="good")
    bad = c("Roots need {{c1::oxygen}}.", id="short")
    path.write_text(deckfile.dump(Deck("garden-talk-3", "Tests::Garden", GARDEN, (good, bad))), encoding="utf-8")
    loaded = deckfile.load(path)
    (finding,) = lint.lint([loaded])
    line = path.read_text().splitlines().index("  - id: short") + 1
    assert (finding.path, finding.line, finding.card) == (str(path), line, "short")
    assert str(finding).startswith(f"{path}:{line}: warning[ill-defined]: card 'short': ")


def test_every_message_says_how_to_fix_the_card() -> None:
    every_bad = [bad for _, bad, _ in CASES]
    for card in every_bad:
        for f in findings(card):
            assert ":" in f.message and len(f.message) > 40, f


def test_summarize_counts_by_rule() -> None:
    summary = lint.summarize([deck(c("Roots need {{c1::oxygen}}."), GOOD_QA)])
    assert summary == Summary(errors=0, warnings=1, by_rule=(("ill-defined", 1),))
    assert summary.text() == "lint: 0 errors, 1 warning (1 ill-defined)"
    assert Summary.from_dict(summary.to_dict()) == summary
    assert (summary + summary).by_rule == (("ill-defined", 2),)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab C1{}:c,.;?'\"-* \n")) | st.characters(), max_size=80),
    front=st.text(max_size=40),
)
def test_any_card_text_gives_findings_never_a_traceback(text: str, front: str) -> None:
    cards = (c(text, id="x"), qa(front or "?", text or "x", id="y"))
    for f in lint.lint([deck(*cards)]):
        assert f.rule in RULES_BY_NAME and f.message


# -- the command --------------------------------------------------------------------------------

BAD_DECK = """\
deck: Tests::Garden Talk
key: garden-talk-3
episode: {podcast: Garden Talk, title: "Episode 3", host: Mara Quinn}
cards:
  - id: short
    cloze: Roots need {{c1::oxygen}}.
  - id: glomus
    front: Which fungus genus, once called Glomus, forms arbuscules in the roots of crops?
    back: Glomus
"""


def test_cli_text_report_and_exit_1_on_an_error(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        f"{tmp_path / 'garden.yaml'}:5: warning[ill-defined]: card 'short': only 2 content words visible around "
        "the blank c1 ('oxygen'): add context (at least 6) so that only one answer fits"
    )
    assert lines[1].startswith(f"{tmp_path / 'garden.yaml'}:7: error[give-away]: card 'glomus': ")
    assert lines[-1] == "1 deck, 2 cards; lint: 1 error, 1 warning (1 give-away, 1 ill-defined)"


def test_cli_warnings_alone_exit_0_unless_strict(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    assert CliRunner().invoke(cli, ["lint", "--ignore", "give-away", str(tmp_path)]).exit_code == 0
    assert CliRunner().invoke(cli, ["lint", "--ignore", "give-away", "--strict", str(tmp_path)]).exit_code == 1


def test_cli_json(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "--format", "json", str(tmp_path)])
    report = json.loads(result.output)
    assert result.exit_code == 1
    assert report["errors"] == 1 and report["warnings"] == 1 and report["decks"] == 1 and report["cards"] == 2
    assert report["by_rule"] == {"give-away": 1, "ill-defined": 1}
    assert report["findings"][1] | {"message": ""} == {
        "path": str(tmp_path / "garden.yaml"),
        "line": 7,
        "rule": "give-away",
        "severity": "error",
        "card": "glomus",
        "message": "",
    }


def test_cli_ignore_takes_a_comma_list_and_refuses_unknown_rules(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    ok = CliRunner().invoke(cli, ["lint", "--ignore", "give-away,ill-defined", str(tmp_path)])
    assert ok.exit_code == 0 and ok.output.splitlines() == ["1 deck, 2 cards; lint: 0 errors, 0 warnings"]
    wrong = CliRunner().invoke(cli, ["lint", "--ignore", "giveaway", str(tmp_path)])
    assert wrong.exit_code == 2 and "'giveaway' is not a lint rule: did you mean 'give-away'?" in wrong.output


def test_cli_reports_a_broken_deck_as_invalid_deck(tmp_path: Path) -> None:
    (tmp_path / "garden.yaml").write_text(BAD_DECK, encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("deck: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "--format", "json", str(tmp_path)])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [f["rule"] for f in report["findings"]][0] == "invalid-deck"
    assert report["findings"][0]["path"] == str(tmp_path / "broken.yaml")


def test_cli_no_decks(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["lint", str(tmp_path)])
    assert result.exit_code == 1 and "no deck files found" in result.output


def test_cli_list_rules() -> None:
    result = CliRunner().invoke(cli, ["lint", "--list-rules"])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()] == list(RULES_BY_NAME)


def test_the_sample_deck_is_clean(deck_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["lint", str(deck_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("lint: 0 errors, 0 warnings\n")


def test_bundled_decks_lint_without_errors() -> None:
    decks_dir = REPO / "decks"
    if not decks_dir.is_dir() or not deckfile.find([decks_dir]):
        pytest.skip("no bundled decks in decks/")
    decks, problems = deckfile.load_all([decks_dir])
    assert problems == []
    errors = [str(f) for f in lint.lint(decks) if f.severity is Severity.ERROR]
    assert errors == []
