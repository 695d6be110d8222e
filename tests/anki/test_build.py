"""Library builds: the content-keyed cache, worker processes, progress in a pipe and on a terminal."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.anki import build as build_module
from studydeck.anki import buildcache, export, templates
from studydeck.anki.build import Step, build
from studydeck.cli import cli
from studydeck.deck import deckfile, lockfile
from studydeck.errors import DeckError
from studydeck.progress import PlainProgress

from ..conftest import FIXTURES

T0 = 1_760_000_000


def make_decks(folder: Path, count: int) -> list[Path]:
    """`count` copies of the sample deck, each with its own key, name and file."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (FIXTURES / "sample.yaml").read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        path = folder / f"episode-{n:02d}.yaml"
        path.write_text(
            text.replace("key: memory-hour-12", f"key: memory-hour-{n}").replace("Sleep and recall", f"Part {n}"),
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def snapshot(out: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(out.glob("*.apkg"))}


@pytest.fixture
def library(tmp_path: Path) -> Path:
    decks = tmp_path / "decks"
    make_decks(decks, 3)
    return decks


def test_a_second_build_neither_parses_nor_writes_an_unchanged_deck(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = build([library], out, now=T0, jobs=1)
    assert first.reread == 3 and len(first.written) == 3
    before = snapshot(out)
    locks = {p.name: p.read_bytes() for p in library.glob("*.lock")}

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged deck was parsed")

    monkeypatch.setattr(deckfile, "parse", no_parsing)
    monkeypatch.setattr(deckfile, "load", no_parsing)
    again = build([library], out, now=T0 + 100, jobs=1)
    assert again.reread == 0 and again.written == [] and len(again.unchanged) == 3
    assert (again.decks, again.cards) == (3, 12)
    assert snapshot(out) == before
    assert {p.name: p.read_bytes() for p in library.glob("*.lock")} == locks


def test_a_changed_deck_is_rebuilt_and_only_that_one(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([library], out, now=T0, jobs=1)
    before = snapshot(out)
    deck = library / "episode-01.yaml"
    deck.write_text(deck.read_text().replace("Hippocampus", "The hippocampus"), encoding="utf-8")
    result = build([library], out, now=T0 + 100, jobs=1)
    assert result.reread == 1 and result.written == [out / "episode-01.apkg"]
    after = snapshot(out)
    assert after["episode-01.apkg"][1] != before["episode-01.apkg"][1]
    assert {k: v for k, v in after.items() if k != "episode-01.apkg"} == {
        k: v for k, v in before.items() if k != "episode-01.apkg"
    }
    # The new lock is part of what the cache remembers: the next build has nothing to do.
    assert build([library], out, now=T0 + 200, jobs=1).reread == 0


def test_a_changed_lock_or_package_file_is_rebuilt(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([library], out, now=T0, jobs=1)
    lock = lockfile.path_for(library / "episode-00.yaml")
    lock.write_text(lock.read_text().replace(str(T0), str(T0 - 1)), encoding="utf-8")
    (out / "episode-02.apkg").write_bytes(b"damaged")
    size = (out / "episode-01.apkg").stat().st_size
    (out / "episode-01.apkg").write_bytes(b"x" * size)  # same size, other bytes
    result = build([library], out, now=T0 + 100, jobs=1)
    assert result.reread == 3
    assert result.written == [out / f"episode-{n:02d}.apkg" for n in range(3)]
    assert export.write_package(out / "episode-02.apkg", (out / "episode-02.apkg").read_bytes()) is False


def test_a_changed_template_rebuilds_everything(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = tmp_path / "folder"
    shutil.copytree(templates.packaged_dir(), folder)
    build([library], out, now=T0, templates_from=folder, jobs=1)
    (folder / "style.css").write_text(".card { color: teal; }", encoding="utf-8")
    result = build([library], out, now=T0 + 100, templates_from=folder, jobs=1)
    assert result.reread == 3 and len(result.written) == 3


def test_a_damaged_or_foreign_cache_means_a_full_build(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([library], out, now=T0, jobs=1)
    (out / buildcache.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert build([library], out, now=T0 + 1, jobs=1).reread == 3
    assert build([library], out, now=T0 + 2, jobs=1).reread == 0
    assert buildcache.read(out, "another studydeck").decks == {}


def test_a_bad_deck_stops_the_build_before_anything_is_written(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([library], out, now=T0, jobs=1)
    before, cache_before = snapshot(out), (out / buildcache.FILE_NAME).read_bytes()
    (library / "episode-00.yaml").write_text(
        (library / "episode-00.yaml").read_text().replace("Hippocampus", "Hippo"), encoding="utf-8"
    )
    (library / "episode-02.yaml").write_text("deck: [broken\n", encoding="utf-8")
    with pytest.raises(DeckError) as e:
        build([library], out, now=T0 + 100, jobs=1)
    assert [p.path for p in e.value.problems] == [str(library / "episode-02.yaml")]
    assert snapshot(out) == before and (out / buildcache.FILE_NAME).read_bytes() == cache_before


def test_a_key_shared_with_an_unchanged_deck_is_found(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([library], out, now=T0, jobs=1)
    path = library / "episode-02.yaml"
    path.write_text(path.read_text().replace("key: memory-hour-2", "key: memory-hour-0"), encoding="utf-8")
    with pytest.raises(DeckError) as e:
        build([library], out, now=T0 + 100, jobs=1)
    (problem,) = e.value.problems
    assert problem.path == str(path) and "also used by" in problem.message


def test_two_decks_with_one_file_name_are_refused(library: Path, tmp_path: Path) -> None:
    other = tmp_path / "more"
    make_decks(other, 1)
    path = other / "episode-00.yaml"
    path.write_text(path.read_text().replace("key: memory-hour-0", "key: other-0"), encoding="utf-8")
    with pytest.raises(DeckError) as e:
        build([library, other], tmp_path / "out", now=T0, jobs=1)
    (problem,) = e.value.problems
    assert problem.path == str(path) and "give the two deck files different names" in problem.message


def test_worker_processes_make_the_same_packages(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    make_decks(decks, build_module.MIN_PARALLEL_DECKS + 2)
    copy = tmp_path / "copy"
    shutil.copytree(decks, copy)
    parallel = build([decks], tmp_path / "parallel", now=T0, jobs=2)
    serial = build([copy], tmp_path / "serial", now=T0, jobs=1)
    assert (parallel.cards, parallel.lint) == (serial.cards, serial.lint)
    assert {k: v[1] for k, v in snapshot(tmp_path / "parallel").items()} == {
        k: v[1] for k, v in snapshot(tmp_path / "serial").items()
    }


def test_the_lint_summary_also_comes_from_the_cache(library: Path, tmp_path: Path) -> None:
    path = library / "episode-01.yaml"
    path.write_text(path.read_text().replace("Why does *testing", "Does *testing"), encoding="utf-8")
    first = build([library], tmp_path / "out", now=T0, jobs=1)
    assert first.lint.by_rule == (("yes-no", 1),) and first.lint.errors == 0
    assert build([library], tmp_path / "out", now=T0 + 1, jobs=1).lint == first.lint


def test_one_package_of_every_deck_is_cached_as_a_whole(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build([library], out, now=T0, package="all", jobs=1).written == [out / "all.apkg"]
    assert build([library], out, now=T0 + 1, package="all", jobs=1).reread == 0
    path = library / "episode-01.yaml"
    path.write_text(path.read_text().replace("Hippocampus", "The hippocampus"), encoding="utf-8")
    again = build([library], out, now=T0 + 2, package="all", jobs=1)
    assert again.reread == 3 and again.written == [out / "all.apkg"]


def test_one_package_from_workers_is_the_same_and_a_bad_deck_stops_it(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    make_decks(decks, build_module.MIN_PARALLEL_DECKS + 2)
    copy = tmp_path / "copy"
    shutil.copytree(decks, copy)
    build([decks], tmp_path / "parallel", now=T0, package="all", jobs=2)
    build([copy], tmp_path / "serial", now=T0, package="all", jobs=1)
    package = (tmp_path / "parallel" / "all.apkg").read_bytes()
    assert package == (tmp_path / "serial" / "all.apkg").read_bytes()
    (decks / "episode-03.yaml").write_text("deck: [broken\n", encoding="utf-8")
    (decks / "episode-05.yaml").write_text("cards: []\n", encoding="utf-8")
    with pytest.raises(DeckError) as e:
        build([decks], tmp_path / "parallel", now=T0 + 1, package="all", jobs=2)
    assert {p.path for p in e.value.problems} == {str(decks / "episode-03.yaml"), str(decks / "episode-05.yaml")}
    assert (tmp_path / "parallel" / "all.apkg").read_bytes() == package


def test_notes_of_one_package_carry_their_own_times_and_distinct_ids(library: Path, tmp_path: Path) -> None:
    import sqlite3
    import zipfile

    path = library / "episode-01.yaml"
    build([library], tmp_path / "out", now=T0, package="all", jobs=1)
    path.write_text(path.read_text().replace("Hippocampus", "The hippocampus"), encoding="utf-8")
    build([library], tmp_path / "out", now=T0 + 500, package="all", jobs=1)
    with zipfile.ZipFile(tmp_path / "out" / "all.apkg") as zf:
        (tmp_path / "col.anki2").write_bytes(zf.read("collection.anki2"))
    db = sqlite3.connect(tmp_path / "col.anki2")
    mods = db.execute("select mod from notes").fetchall()
    assert sorted(mods) == [(T0,)] * 11 + [(T0 + 500,)]
    ids = [i for (i,) in db.execute("select id from notes")]
    assert len(set(ids)) == 12 and min(ids) == (T0 + 500) * 1000  # counting up from the newest time
    assert db.execute("select count() from cards where nid not in (select id from notes)").fetchone() == (0,)
    assert db.execute("select count(distinct id), count() from cards").fetchone() == (15, 15)
    db.close()


# -- progress -------------------------------------------------------------------------------------

ANSI = re.compile(r"\x1b\[")


def test_piped_build_prints_plain_lines_then_a_summary(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    make_decks(decks, 3)
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["build", str(decks), "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert not ANSI.search(first.output) and "━" not in first.output
    assert first.output.splitlines() == [
        "decks 1/3",
        "decks 2/3",
        "decks 3/3",
        *(f"wrote {out / f'episode-{n:02d}.apkg'}" for n in range(3)),
        "3 decks, 12 cards: 3 written, 0 unchanged",
        "lint: 0 errors, 0 warnings",
    ]
    again = CliRunner().invoke(cli, ["build", str(decks), "-o", str(out)])
    assert again.output.splitlines()[-2:] == [
        "3 decks, 12 cards: 0 written, 3 unchanged (3 not read again: unchanged since the last build)",
        "lint: 0 errors, 0 warnings",
    ]


def test_plain_progress_says_how_far_the_decks_are_about_ten_times() -> None:
    lines: list[str] = []
    report = PlainProgress(lines.append)
    for n in range(1, 1001):
        report(Step("deck", n, 1000, Path(f"d{n}.yaml"), "built"))
    report(Step("package", 1, 1, Path("out/a.apkg"), "written"))
    assert lines == [f"decks {n}/1000" for n in (1, 101, 201, 301, 401, 501, 601, 701, 801, 901, 1000)] + [
        "wrote out/a.apkg"
    ]


def test_a_terminal_gets_a_progress_bar(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    decks = tmp_path / "decks"
    make_decks(decks, 3)
    env = {**os.environ, "COLUMNS": "100"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "studydeck", "build", str(decks), "-o", str(tmp_path / "out")],
        env=env,
        encoding="utf-8",
        timeout=60,
    )
    child.expect(pexpect.EOF)
    child.close()
    text = child.before
    assert child.exitstatus == 0, text
    assert "━" in text and "3/3" in text and "packages" in text
    assert "wrote " not in text  # the bar replaces the lines
    assert "3 decks, 12 cards: 3 written, 0 unchanged" in text


def test_ctrl_c_stops_the_workers_and_writes_nothing(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    decks = tmp_path / "decks"
    make_decks(decks, 60)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "studydeck", "build", str(decks), "-o", str(tmp_path / "out"), "--jobs", "2"],
        encoding="utf-8",
        timeout=60,
    )
    child.expect("decks")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130, child.before
    assert "interrupted" in child.before and "Traceback" not in child.before
    assert not list((tmp_path / "out").glob("*.apkg")) and not list(decks.glob("*.lock"))


def test_a_deck_named_twice_is_built_once(library: Path, tmp_path: Path) -> None:
    result = build([library, library / "episode-01.yaml"], tmp_path / "out", now=T0, jobs=1)
    assert result.decks == 3 and [p.name for p in result.written] == [f"episode-{n:02d}.apkg" for n in range(3)]


def test_a_touched_package_with_the_same_bytes_is_not_rebuilt(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([library], out, now=T0, jobs=1)
    os.utime(out / "episode-00.apkg", ns=(1, 1))
    assert build([library], out, now=T0 + 1, jobs=1).reread == 0


def test_a_package_whose_times_are_small_numbers_still_gets_distinct_ids(tmp_path: Path) -> None:
    import sqlite3
    import zipfile

    decks = tmp_path / "decks"
    make_decks(decks, 3)
    build([decks], tmp_path / "out", now=1, package="all", jobs=1)  # ids count from 1000: fewer than the rows
    with zipfile.ZipFile(tmp_path / "out" / "all.apkg") as zf:
        (tmp_path / "col.anki2").write_bytes(zf.read("collection.anki2"))
    db = sqlite3.connect(tmp_path / "col.anki2")
    assert db.execute("select min(id), count(distinct id) from notes").fetchone() == (1000, 12)
    assert db.execute("select count(distinct id) from cards where id >= 1000").fetchone() == (15,)
    db.close()


def test_a_changed_library_settings_file_rebuilds_its_decks(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([library], out, now=T0, jobs=1)
    (library / deckfile.LIBRARY_FILE).write_text("schedule:\n  new_per_day: 4\n", encoding="utf-8")
    again = build([library], out, now=T0 + 1, jobs=1)
    assert again.reread == 3 and len(again.written) == 3
    assert build([library], out, now=T0 + 2, jobs=1).reread == 0
    (library / deckfile.LIBRARY_FILE).write_text("schedule:\n  new_per_day: lots\n", encoding="utf-8")
    with pytest.raises(DeckError) as e:
        build([library], out, now=T0 + 3, jobs=1)
    assert [str(p) for p in e.value.problems] == [
        f"{library / deckfile.LIBRARY_FILE}:2: 'new_per_day' in 'schedule' must be a whole number from 0 to 9999, "
        "not 'lots'"
    ]
