"""studydeck push: against Anki with AnkiConnect on 127.0.0.1 (the real `anki` library), and each way it fails."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from studydeck.anki import connect
from studydeck.cli import cli
from studydeck.errors import StudydeckError

from .ankiconnect import running
from .conftest import DECK_NAME, edit


def push(deck_dir: Path, url: str, *extra: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    out = deck_dir.parent / "build"
    result = CliRunner().invoke(cli, ["push", str(deck_dir), "-o", str(out), "--url", url, *extra], env=env)
    return result.exit_code, result.output


def test_push_adds_then_updates_then_changes_nothing(deck_dir: Path, col_path: Path) -> None:
    with running(col_path) as (url, anki):
        code, out = push(deck_dir, url)
        assert code == 0, out
        assert out.splitlines()[-1] == "pushed 1 package to Anki: 4 notes added, 0 updated (4 studydeck notes in Anki)"
        assert anki.col.note_count() == 4 and anki.col.decks.id_for_name(DECK_NAME)
        # the preset came along, as AnkiConnect imports with deck presets
        did = anki.col.decks.id_for_name(DECK_NAME)
        assert anki.col.decks.config_dict_for_deck_id(did)["new"]["perDay"] == 10

        before = {nid: anki.col.get_note(nid).mod for nid in anki.col.find_notes("")}
        code, out = push(deck_dir, url)
        assert code == 0 and out.splitlines()[-1].startswith("pushed 1 package to Anki: nothing changed")
        assert {nid: anki.col.get_note(nid).mod for nid in anki.col.find_notes("")} == before

        edit(deck_dir / "sample.yaml", "Retrieval strengthens", "Recall strengthens")
        code, out = push(deck_dir, url)
        assert code == 0 and "0 notes added, 1 updated (4 studydeck notes in Anki)" in out
        assert anki.col.find_notes("Recall strengthens") and anki.col.note_count() == 4
        assert anki.calls[:2] == ["version", "findNotes"] and "importPackage" in anki.calls


def test_the_api_key_comes_from_the_option_or_the_environment(deck_dir: Path, col_path: Path) -> None:
    with running(col_path, api_key="s3cret") as (url, anki):
        code, out = push(deck_dir, url)
        assert code == 1 and out.splitlines()[-1] == (
            f"{url}: AnkiConnect refused the request, no key was given, and it needs the apiKey set in its config: "
            "pass --key or set STUDYDECK_ANKICONNECT_KEY to that key"
        )
        code, out = push(deck_dir, url, "--key", "wrong")
        assert code == 1 and "the key given is not the apiKey" in out.splitlines()[-1]
        assert anki.col.note_count() == 0
        assert push(deck_dir, url, "--key", "s3cret")[0] == 0
        assert push(deck_dir, url, env={"STUDYDECK_ANKICONNECT_KEY": "s3cret"})[0] == 0
        assert anki.col.note_count() == 4


def test_a_path_anki_cannot_read_is_one_line_with_anki_own_reason(tmp_path: Path, col_path: Path) -> None:
    missing = tmp_path / "gone.apkg"
    with running(col_path) as (url, _), pytest.raises(StudydeckError) as e:
        connect.push([missing], connect.AnkiConnect(url))
    (line,) = e.value.lines()
    assert line.startswith(f"{missing}: Anki could not import the package (") and "--output" in line


def test_anki_not_running_is_one_line(deck_dir: Path) -> None:
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    code, out = push(deck_dir, url)
    assert code == 1 and "Traceback" not in out
    assert out.splitlines()[-1] == (
        f"{url}: nothing answers: start Anki, with the AnkiConnect add-on installed "
        "(Tools > Add-ons > Get Add-ons, code 2055492159)"
    )
    assert not (deck_dir.parent / "build").exists()  # said before building


class _Other(BaseHTTPRequestHandler):
    """Something else on the port: a web page, or AnkiConnect refusing the origin."""

    status = 200

    def do_POST(self) -> None:  # noqa: N802
        body = b"<html>hello</html>"
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _Forbidden(_Other):
    status = 403


class _Old(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802
        body = b'{"result": 5, "error": null}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize(
    ("handler", "words"),
    [
        (_Other, "what answers is not AnkiConnect: start Anki"),
        (_Forbidden, "AnkiConnect refused the request (403): allow it in AnkiConnect's config"),
        (_Old, "AnkiConnect speaks API version 5, studydeck needs 6: update the add-on"),
    ],
)
def test_something_else_on_the_port_is_one_line(handler: type, words: str) -> None:
    server = HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(StudydeckError) as e:
            connect.push([], connect.AnkiConnect(f"http://127.0.0.1:{server.server_address[1]}"))
    finally:
        server.shutdown()
        server.server_close()
    (line,) = e.value.lines()
    assert words in line


def test_an_action_the_add_on_lacks_says_to_update_it(col_path: Path) -> None:
    with running(col_path) as (url, _), pytest.raises(StudydeckError) as e:
        connect.AnkiConnect(url).call("notesModTimes", notes=[1])  # as an older add-on lacks one
    assert str(e.value) == (
        f"{url}: AnkiConnect does not know 'notesModTimes': update the add-on (Tools > Add-ons > Check for Updates)"
    )
