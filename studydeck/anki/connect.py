"""Push: built packages -> the Anki running on this computer, through the AnkiConnect add-on (HTTP on 127.0.0.1).

Anki imports each package as File > Import would, updating the notes whose content changed; notes
are matched by GUID, which only a package import can set. What changed is read from Anki's own
notes before and after: those that appeared, and those whose modification time moved.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import StudydeckError

DEFAULT_URL = "http://127.0.0.1:8765"
API_VERSION = 6
ADD_ON_CODE = "2055492159"
# studydeck's note types all start so; Anki's search takes the wildcard.
OUR_NOTES = "note:studydeck*"
QUICK_TIMEOUT = 15.0  # seconds for a question; an import of a large library takes longer
IMPORT_TIMEOUT = 900.0


@dataclass(frozen=True)
class Pushed:
    packages: int
    added: int  # notes Anki did not have
    updated: int  # notes whose content changed
    notes: int  # studydeck's notes in Anki after the push


class AnkiConnect:
    """A client of the AnkiConnect add-on; every failure is a StudydeckError of one line."""

    def __init__(self, url: str = DEFAULT_URL, key: str | None = None) -> None:
        self.url = url
        self.key = key or None
        self._checked = False

    def call(self, action: str, timeout: float = QUICK_TIMEOUT, **params: object) -> object:
        request: dict[str, object] = {"action": action, "version": API_VERSION, "params": params}
        if self.key:
            request["key"] = self.key
        reply = self._post(json.dumps(request).encode("utf-8"), timeout)
        if not isinstance(reply, dict) or set(reply) != {"result", "error"}:
            raise StudydeckError(f"{self.url}: what answers is not AnkiConnect: {_NOT_RUNNING}")
        if reply["error"] is not None:
            raise StudydeckError(self._explain(action, str(reply["error"]), params))
        return reply["result"]

    def check_version(self) -> None:
        """That AnkiConnect answers and speaks API 6; asked once per client."""
        if self._checked:
            return
        version = self.call("version")
        if not isinstance(version, int) or version < API_VERSION:
            raise StudydeckError(
                f"{self.url}: AnkiConnect speaks API version {version}, studydeck needs {API_VERSION}: "
                "update the add-on (Tools > Add-ons > Check for Updates)"
            )
        self._checked = True

    def note_times(self) -> dict[int, int]:
        """studydeck's notes in the open collection: id -> modification time."""
        ids = self.call("findNotes", query=OUR_NOTES)
        if not isinstance(ids, list) or not ids:
            return {}
        times = self.call("notesModTime", notes=ids)
        return {int(t["noteId"]): int(t["mod"]) for t in times} if isinstance(times, list) else {}

    def import_package(self, path: Path) -> None:
        self.call("importPackage", timeout=IMPORT_TIMEOUT, path=str(path.resolve()))

    def _post(self, body: bytes, timeout: float) -> object:
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                data = response.read()
        except urllib.error.HTTPError as e:
            if e.code == 403:
                raise StudydeckError(
                    f"{self.url}: AnkiConnect refused the request (403): allow it in AnkiConnect's config "
                    "(Tools > Add-ons > AnkiConnect > Config)"
                ) from None
            raise StudydeckError(
                f"{self.url}: what answers is not AnkiConnect (HTTP {e.code}): {_NOT_RUNNING}"
            ) from None
        except (urllib.error.URLError, OSError) as e:
            if isinstance(e, TimeoutError) or isinstance(getattr(e, "reason", None), TimeoutError):
                raise StudydeckError(
                    f"{self.url}: Anki did not answer within {timeout:.0f} s: "
                    "close any dialog open in Anki, then push again"
                ) from None
            raise StudydeckError(f"{self.url}: nothing answers: {_NOT_RUNNING}") from None
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise StudydeckError(f"{self.url}: what answers is not AnkiConnect: {_NOT_RUNNING}") from None

    def _explain(self, action: str, error: str, params: dict[str, object]) -> str:
        """AnkiConnect's error, said as what to do."""
        if "api key" in error.lower():
            where = "the key given is not" if self.key else "no key was given, and it needs"
            return (
                f"{self.url}: AnkiConnect refused the request, {where} the apiKey set in its config: "
                "pass --key or set STUDYDECK_ANKICONNECT_KEY to that key"
            )
        if error == "unsupported action":
            return (
                f"{self.url}: AnkiConnect does not know {action!r}: "
                "update the add-on (Tools > Add-ons > Check for Updates)"
            )
        if action == "importPackage":
            return (
                f"{params.get('path')}: Anki could not import the package ({error}): Anki must be able to read "
                "the file: same computer and user (an Anki installed as a Flatpak or Snap sees only some "
                "folders); build into a folder it can read with --output"
            )
        return f"{self.url}: AnkiConnect failed on {action!r}: {error}"


_NOT_RUNNING = f"start Anki, with the AnkiConnect add-on installed (Tools > Add-ons > Get Add-ons, code {ADD_ON_CODE})"


def push(packages: Iterable[Path], client: AnkiConnect) -> Pushed:
    """Import each package into the running Anki; what changed, from Anki's notes before and after."""
    packages = list(packages)
    client.check_version()
    before = client.note_times()
    for path in packages:
        client.import_package(path)
    after = client.note_times()
    added = len(after.keys() - before.keys())
    updated = sum(1 for nid, mod in after.items() if nid in before and before[nid] != mod)
    return Pushed(len(packages), added, updated, len(after))
