"""A stand-in for Anki with the AnkiConnect add-on: HTTP on 127.0.0.1, the real `anki` library on a real collection.

It answers the actions studydeck uses as AnkiConnect 6 does: `{"result": ..., "error": null}`, or
`{"result": null, "error": "..."}` with the exception's text (Anki's own for a failed import), an
API key checked before anything else, "unsupported action" for the rest, and a text greeting for
an empty request.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import (
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    ImportAnkiPackageUpdateCondition,
)

IF_NEWER = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER


class FakeAnki:
    """The add-on's side: actions on the open collection."""

    def __init__(self, col: Collection, api_key: str | None = None) -> None:
        self.col = col
        self.api_key = api_key
        self.calls: list[str] = []
        self.lock = threading.Lock()

    def handle(self, request: dict) -> dict:
        action, params = request.get("action", ""), request.get("params", {})
        self.calls.append(action)
        try:
            if request.get("key") != self.api_key:
                raise Exception("valid api key must be provided")
            method = getattr(self, f"action_{action}", None)
            if method is None:
                raise Exception("unsupported action")
            with self.lock:
                return {"result": method(**params), "error": None}
        except Exception as e:  # AnkiConnect replies with any exception's text
            return {"result": None, "error": str(e)}

    def action_version(self) -> int:
        return 6

    def action_findNotes(self, query: str) -> list[int]:
        return list(self.col.find_notes(query))

    def action_notesModTime(self, notes: list[int]) -> list[dict]:
        return [{"noteId": nid, "mod": self.col.get_note(nid).mod} for nid in notes]

    def action_importPackage(self, path: str) -> bool:
        options = ImportAnkiPackageOptions(
            merge_notetypes=True,
            update_notes=IF_NEWER,
            update_notetypes=IF_NEWER,
            with_scheduling=True,
            with_deck_configs=True,
        )
        self.col.import_anki_package(ImportAnkiPackageRequest(package_path=path, options=options))
        return True


def _handler(anki: FakeAnki) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if not body:
                self._send(b"AnkiConnect v.6")
                return
            self._send(json.dumps(anki.handle(json.loads(body))).encode())

        def _send(self, data: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def running(col_path: Path, api_key: str | None = None) -> Iterator[tuple[str, FakeAnki]]:
    """Anki with AnkiConnect on an ephemeral port: (its URL, the add-on's side)."""
    col = Collection(str(col_path))
    anki = FakeAnki(col, api_key)
    server = HTTPServer(("127.0.0.1", 0), _handler(anki))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", anki
    finally:
        server.shutdown()
        server.server_close()
        col.close()
