"""Reading episode notes: the three formats, their quirks, and files that are not notes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studydeck.errors import NotesError
from studydeck.ingest import notes
from studydeck.ingest.notes import summary
from studydeck.ingest.notes import text as t

from ..conftest import FIXTURES, SEEDS

NOTES = FIXTURES / "notes"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not beside the repository")


# -- the formats ------------------------------------------------------------------------------


def test_a_notes_page_with_bom_and_crlf() -> None:
    n = notes.read(NOTES / "naps-page.txt")
    assert n.format == "page"
    ep = n.episode
    assert ep.title == "Why Naps Work: The Science of Short Sleep | Dr. Oren Kalu"
    assert (ep.host, ep.guests, ep.date, ep.duration) == ("Maya Lindqvist", ("Oren Kalu",), "2025-02-10", "1h 48m")
    assert ep.podcast == ""  # a notes page does not name the podcast
    assert [tk.section for tk in n.takeaways] == ["Big reveals"] * 3 + ["Things worth remembering"] * 4
    first = n.takeaways[0]
    assert first.line == 19 and first.text.startswith("Kalu says a 20-minute nap")  # non-breaking hyphen
    assert "\ufeff" not in first.text and "\r" not in first.text


def test_a_notes_page_normalises_typography() -> None:
    n = notes.read(NOTES / "naps-page.txt")
    texts = " ".join(tk.text for tk in n.takeaways)
    assert '"inemuri"' in texts and "day's events" in texts and '"post-lunch trough"' in texts
    assert "inertia - a groggy state" in texts  # an en dash between words becomes a spaced hyphen
    for bad in ("\u00a0", "\u2011", "\u201c", "\u2019", "\u2013"):
        assert bad not in texts


def test_a_notes_page_reads_recommended_quotes_and_drops_site_text() -> None:
    n = notes.read(NOTES / "naps-page.txt")
    assert [(q.speaker, q.at, q.context) for q in n.quotes] == [
        ("Oren Kalu", "00:41:10", "Book: Short Sleep, Long Memory, by Oren Kalu"),
        ("Maya Lindqvist", "01:02:33", "Product: Loop Earplugs, by Loop"),
    ]
    assert n.quotes[0].text.startswith("I wrote Short Sleep") and not n.quotes[0].text.endswith('"')
    assert not any("rights reserved" in x.text for x in (*n.takeaways, *n.quotes))


def test_markdown_bold_in_plain_notes_leaves_no_asterisks() -> None:
    # a page or a summary pasted from Markdown: the learner's card shows the words, not the marks
    assert t.join(["The breakthrough was the **tessera** (plural", "tesserae), a small cut piece."]) == (
        "The breakthrough was the tessera (plural tesserae), a small cut piece."
    )
    assert t.join(["2**10 is 1024, and a*b is a product."]) == "2**10 is 1024, and a*b is a product."


def test_a_summary_page_with_glued_podcast_and_counts() -> None:
    n = notes.read(NOTES / "naps-summary.txt", frozenset({"radio"}))
    assert n.format == "summary"
    assert (n.episode.podcast, n.episode.title) == (
        "Field Notes Radio",
        "Why Naps Work: The Science of Short Sleep | Dr. Oren Kalu",
    )
    assert (n.episode.host, n.episode.guests) == ("Maya Lindqvist", ("Oren Kalu",))
    assert [tk.title for tk in n.takeaways] == [
        "Short Naps Boost Memory For Facts",  # "3 ideas" glued to it is gone
        "Timing Beats Duration For Afternoon Naps",
        "Caffeine Quietly Steals Deep Sleep",
    ]
    assert all(tk.section == "Ideas worth remembering" for tk in n.takeaways)
    assert [q.text[:12] for q in n.quotes] == ["A nap is not", "The key is t", "I wrote Shor"]
    assert {q.speaker for q in n.quotes} == {"Oren Kalu"}
    assert "3 pm" in n.takeaways[1].text  # non-breaking space
    assert not any("Chrome" in q.text or "AI-generated" in q.text for q in n.quotes)


@pytest.mark.parametrize("first", ["\u00c9mile says a nap is not a luxury at all.", "Sleep is not a luxury at all."])
def test_a_count_glued_to_a_first_quote_goes_whole(first: str) -> None:
    """"3 quotes\u00c9mile ...": not "3 quote", leaving an "s" on a quote that opens on a capital of any alphabet."""
    text = (NOTES / "naps-summary.txt").read_text(encoding="utf-8")
    glued = re.search(r"\d quotes(?=A nap is not)", text)
    assert glued is not None
    n = notes.parse(text[: glued.end()] + first + text[glued.end() + len("A nap is not a luxury") :], "naps.txt")
    assert n.quotes[0].text.startswith(first[:8])


def test_an_idea_that_says_powered_by_is_not_taken_for_the_sites_footer() -> None:
    """Only a short line of site text ends the notes: an idea may say 'powered by' or 'subscribe to'."""
    text = (NOTES / "naps-summary.txt").read_text(encoding="utf-8").replace(
        "Caffeine blocks adenosine receptors,",
        "Powered by adenosine that builds up all day, sleep pressure rises; caffeine blocks adenosine receptors,",
    )
    n = notes.parse(text, "naps.txt")
    assert len(n.takeaways) == 3 and len(n.quotes) == 3
    assert "Powered by adenosine" in n.takeaways[2].text


@pytest.mark.parametrize(
    ("about", "host", "guests"),
    [
        (
            "Host Wren Ashdown talks with glaciologist Dr. Petra Lund and Costa Rican guide Mateo Solís about ice.",
            "Wren Ashdown",
            ("Petra Lund", "Mateo Solís"),
        ),
        (
            "In this June episode, host Wren Ashdown talks with botanist Dr. Pieter van Aalst, "
            "farmer Ana Greer and chemist Dr. Øyvind Berg (recorded in May) about rye.",
            "Wren Ashdown",
            ("Pieter van Aalst", "Ana Greer", "Øyvind Berg"),
        ),
        ("Wren Ashdown talks with Petra Lund about ice.", "Wren Ashdown", ("Petra Lund",)),
    ],
)
def test_a_summary_names_its_host_without_the_role_word_and_every_guest(
    about: str, host: str, guests: tuple[str, ...]
) -> None:
    text = f"Cold Cast\nWhy Glaciers Move\nAt a glance\nWHAT IT'S REALLY ABOUT\n- {about}\n"
    text += "IDEAS WORTH REMEMBERING\n1 ideaIce Flows\nGlacier ice flows like very thick syrup under its own weight.\n"
    ep = notes.parse(text, "ice.txt").episode
    assert (ep.host, ep.guests) == (host, guests)


def test_markdown_notes() -> None:
    n = notes.read(NOTES / "compost.md")
    assert n.format == "markdown"
    ep = n.episode
    assert (ep.podcast, ep.title, ep.host) == ("Soil & Sprout", "Composting in Small Spaces", "Ines Ferreira")
    assert ep.guests == ("Tomás Reyes", "Priya Shah")
    assert (ep.date, ep.duration, ep.link) == ("2025-05-02", "58m", "https://example.org/soil-and-sprout/41")
    texts = [tk.text for tk in n.takeaways]
    assert texts[0].endswith("once the colony is established.")  # a wrapped bullet is one takeaway
    assert "**" not in texts[1] and "two weeks" in texts[1]
    titled = {tk.title: tk.text for tk in n.takeaways if tk.title}
    assert titled["Browns before greens"].startswith("Mix roughly three parts")
    assert titled["Worms Need A Stable Temperature"].startswith("Red wigglers stop eating below 10 °C")
    assert titled["Worms Need A Stable Temperature"].endswith("keep the colony working year round.")
    assert [(q.speaker, q.at) for q in n.quotes] == [
        ("Tomás Reyes", "00:12:40"),
        ("Priya Shah", "00:27:05"),
        ("Ines Ferreira", ""),
    ]
    assert n.quotes[1].text == "Smell is information. An ammonia smell means you need more cardboard, not less food."


def test_markdown_quote_forms_and_missing_speaker() -> None:
    text = '# T\n- Podcast: P\n\n## Quotes\n\n> Two lines\n> of one quote.\n\u2014 Ana Ruiz (01:02:03)\n\n- "A listed quote" \u2014 Bo Li\n'
    n = notes.parse(text, "q.md")
    assert [(q.text, q.speaker, q.at) for q in n.quotes] == [
        ("Two lines of one quote.", "Ana Ruiz", "01:02:03"),
        ("A listed quote", "Bo Li", ""),
    ]
    with pytest.raises(NotesError) as e:
        notes.parse("# T\n\n## Quotes\n\n> Nobody said this.\n\n## Takeaways\n- x\n", "q.md")
    assert str(e.value.problems[0]).startswith("q.md:5: this quote has no speaker")


@needs_seeds
def test_the_seed_files() -> None:
    page, summ = (notes.read(p) for p in sorted(SEEDS.glob("*.txt")))
    assert (page.format, len(page.takeaways), len(page.quotes)) == ("page", 17, 5)
    assert (summ.format, len(summ.takeaways), len(summ.quotes)) == ("summary", 5, 5)
    assert page.episode.title == summ.episode.title
    assert summ.episode.podcast == "Huberman Lab"
    assert page.quotes[0].context == "Book: The Computational Brain, by Terry Sejnowski and Patricia Churchland"


# -- several files of one episode ---------------------------------------------------------------


def test_notes_of_one_episode_group_and_merge() -> None:
    page = notes.read(NOTES / "naps-page.txt")
    summ = notes.read(NOTES / "naps-summary.txt")
    md = notes.read(NOTES / "compost.md")
    groups = notes.episodes([summ, md, page])
    assert [[n.format for n in g] for g in groups] == [["markdown"], ["page", "summary"]]
    episode = notes.merge(groups[1])
    assert (episode.podcast, episode.host, episode.guests, episode.date) == (
        "Field Notes Radio",
        "Maya Lindqvist",
        ("Oren Kalu",),
        "2025-02-10",
    )


def test_a_glue_point_is_taken_from_another_file_of_the_episode() -> None:
    glued = (
        "Deep TalksHow DeepMind Thinks | Ana Ruiz\nAt a glance\nWORDS WORTH SAVING\nQuote one here.\n\u2014 Ana Ruiz\n"
    )
    summ = notes.parse(glued, "s.txt")
    md = notes.parse("# How DeepMind Thinks | Ana Ruiz\n\n## Takeaways\n- An idea.\n", "m.md")
    (group,) = notes.episodes([summ, md])
    assert notes.merge(group).podcast == "Deep Talks"


def test_an_episode_without_a_podcast_is_named_after_its_host() -> None:
    assert notes.merge([notes.read(NOTES / "naps-page.txt")]).podcast == "Maya Lindqvist"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Field Notes RadioWhy Naps Work", ("Field Notes Radio", "Why Naps Work")),
        ("Huberman LabHow to Improve at Learning", ("Huberman Lab", "How to Improve at Learning")),
        ("The Daily ShowEpisode 12: Rivers", ("The Daily Show", "Episode 12: Rivers")),
        ("iPhone Stories and More", ("", "iPhone Stories and More")),
        ("Plain Title Without Glue", ("", "Plain Title Without Glue")),
    ],
)
def test_split_glued(line: str, expected: tuple[str, str]) -> None:
    assert summary.split_glued(line, frozenset({"iphone"})) == expected


# -- text cleaning ----------------------------------------------------------------------------


def test_clean() -> None:
    raw = "\u201cNon\u2011REM\u201d\u00a0sleep\u2019s  1\u20132\u202fs\u200b\u2026 \u2014 done\t"
    assert t.clean(raw) == '"Non-REM" sleep\'s 1-2 s... \u2014 done'


def test_bullets_and_people() -> None:
    assert t.bullet("  \u2022 item") is None  # lines are cleaned (stripped) before this
    assert t.bullet("\u2022 item") == "item"
    assert t.bullet("- item") == "item" and t.bullet("-item") is None and t.bullet("* ") is None
    assert t.person("Dr. Ana Ruiz, PhD") == "Ana Ruiz" and t.person("Drake Bell") == "Drake Bell"


# -- not notes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"   \n\r\n", "the file is empty"),
        (b"\x00\x01binary", "this is a binary file, not episode notes"),
        (json.dumps({"title": "x", "takeaways": ["a"]}).encode(), "this looks like JSON or other data"),
        (b"Dear Sam,\nthe meeting moved to Tuesday.\nBest, Kim\n", "this is not episode notes studydeck can read"),
        (b"caf\xe9 au lait\n", "the file is not UTF-8 text"),
        (b"# Only a title\n\n## Takeaways\n\n## Quotes\n", "no takeaways or quotes"),
    ],
)
def test_what_is_not_notes_is_refused_with_the_file_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(NotesError) as e:
        notes.read(path)
    (problem,) = e.value.problems
    assert problem.path == str(path) and problem.message.startswith(message)


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotesError, match="cannot read the notes file"):
        notes.read(tmp_path / "nope.txt")
    with pytest.raises(NotesError, match="this is a folder"):
        notes.read(tmp_path)


# -- never a traceback ------------------------------------------------------------------------

_LINES = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(
            [
                "# Title",
                "## Takeaways",
                "## Quotes",
                "- Podcast: P",
                "\u2022 a bullet with some words in it",
                "Big reveals",
                "IDEAS WORTH REMEMBERING",
                "WORDS WORTH SAVING",
                "3 ideasA Title Here",
                "\u2014 Some Speaker",
                "> quoted words",
                "> \u2014 Ana",
                "Host \u00b7 2024-01-01 \u00b7 1h 2m",
                '"Quote text" \u2014 Bo Li 00:01:02',
            ]
        ),
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LINES, st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_gives_notes_or_a_clear_error(lines: list[str], newline: str) -> None:
    try:
        n = notes.parse(newline.join(lines).encode("utf-8"), "fuzz.txt")
    except NotesError as e:
        assert e.problems and all(p.path == "fuzz.txt" and p.message for p in e.problems)
        return
    assert n.episode.title and (n.takeaways or n.quotes)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_notes_or_a_clear_error(data: bytes) -> None:
    try:
        notes.parse(data, "fuzz.bin")
    except NotesError as e:
        assert e.problems[0].path == "fuzz.bin"


def test_a_hosts_pick_on_a_page_names_its_kind() -> None:
    """'Host's pickBook' heads a recommended book as 'Guest's ownBook' does."""
    text = (FIXTURES / "notes" / "naps-page.txt").read_text(encoding="utf-8").replace("\u2019s ownBook", "\u2019s pickBook")
    page = notes.parse(text, "naps-page.txt")
    assert any(q.context.startswith("Book: ") for q in page.quotes)


def test_a_recommended_title_with_a_long_subtitle_is_still_its_name() -> None:
    text = (FIXTURES / "notes" / "naps-page.txt").read_text(encoding="utf-8")
    long_title = "Short Sleep, Long Memory: How Twenty Minutes After Lunch Rebuilds What the Morning Taught You"
    page = notes.parse(text.replace("\nShort Sleep, Long Memory\n", f"\n{long_title}\n"), "naps-page.txt")
    assert f"Book: {long_title}, by Oren Kalu" in [q.context for q in page.quotes]


def test_a_recommended_works_editor_is_named_without_edited_by() -> None:
    text = (FIXTURES / "notes" / "naps-page.txt").read_text(encoding="utf-8")
    page = notes.parse(text.replace("\nOren Kalu\n", "\nEdited by Oren Kalu\n", 1), "naps-page.txt")
    assert "Book: Short Sleep, Long Memory, by Oren Kalu" in [q.context for q in page.quotes]


def test_a_recommended_title_with_a_colon_is_not_a_kind() -> None:
    from studydeck.ingest import questions

    assert questions.recommended("Krakatoa: The Day the World Exploded, by Simon Winchester") == (
        "work",
        "Krakatoa: The Day the World Exploded",
        frozenset({"Simon Winchester"}),
    )
    assert questions.recommended("Book: Krakatoa, by Simon Winchester") == ("book", "Krakatoa", frozenset({"Simon Winchester"}))


RECOMMENDING_NOTES = """\
# Lock Keepers of the Severn
- Podcast: River Hours
- Host: Maud Ellery
- Guests: Tobias Renwick

## Takeaways
- Gloucester's docks opened in 1827, when the ship canal to Sharpness was finished.

## Book recommendations

- *The Severn Navigation: A Working History* by Clara J. Whitlock, Renwick's pick for its
  lock-by-lock account of the 1840s improvements.
- *Ropes and Rivers* by Owen Tate. Ellery calls it the best canal book she owns.
- *Tow Paths* by Ada L. Brunt — Renwick's favourite for walkers.
- *Brindley's Cut* by Hal Emmott (1998), long out of print.
- A visit to the Gloucester Waterways Museum, open most days.
"""


def test_a_bold_subject_that_runs_on_into_its_verb_stays_in_the_sentence() -> None:
    """'**The Harbour Crane** was built in 1902': the emphasis marks the sentence's subject as well as its title."""
    text = RECOMMENDING_NOTES.replace(
        "- Gloucester's docks",
        "- **The Harbour Crane** was built in 1902 and lifted 20 tonnes.\n- **Lock gates.** Each pair weighs 8 tonnes.\n"
        "- **The 1911 survey** (HMSO) counted 40 barges.\n- Gloucester's docks",
    )
    n = notes.parse(text, "severn.md")
    assert [(tk.title, tk.text) for tk in n.takeaways][:3] == [
        ("The Harbour Crane", "The Harbour Crane was built in 1902 and lifted 20 tonnes."),
        ("Lock gates", "Each pair weighs 8 tonnes."),
        ("The 1911 survey", "The 1911 survey (HMSO) counted 40 barges."),  # a bracket, then the verb
    ]


def test_a_bold_subject_is_the_term_its_sentence_asks() -> None:
    from studydeck.deck import cloze
    from studydeck.ingest import generate

    text = RECOMMENDING_NOTES.replace("- Gloucester's docks", "- **Tide milling** grinds grain with water held at high tide.\n- Gloucester's docks")
    made = [c for c in generate.cards(notes.parse(text, "severn.md")) if "grinds grain" in c.text + c.front]
    answers = [d.answer for c in made for d in cloze.deletions(c.text)]
    assert "Tide milling" in answers and all(cloze.reveal(c.text).startswith("Tide milling") for c in made)


def test_markdown_recommendations_are_recommended_works_not_takeaways() -> None:
    from studydeck.ingest import generate

    n = notes.parse(RECOMMENDING_NOTES, "severn.md")
    assert [(q.context, q.text) for q in n.quotes] == [
        ("Book: The Severn Navigation: A Working History, by Clara J. Whitlock", ""),
        ("Book: Ropes and Rivers, by Owen Tate", ""),
        ("Book: Tow Paths, by Ada L. Brunt", ""),  # the author ends at a dash or a bracketed year
        ("Book: Brindley's Cut, by Hal Emmott", ""),
    ]
    assert [tk.text for tk in n.takeaways][-1] == "A visit to the Gloucester Waterways Museum, open most days."
    asked = [(c.front, c.back) for c in generate.cards(n) if c.front.startswith("Which book")]
    assert ("Which book by Owen Tate is recommended in this episode?", "Ropes and Rivers") in asked
    texts = " ".join(c.text + c.front for c in generate.cards(n))
    assert "best canal book" not in texts and "Renwick's pick" not in texts  # the note-taker's words ask nothing
