"""Where the learner's decks are: paths given, $STUDYDECK_DECKS, the user config file, or ./decks -> deck folders.

Progress lives in one place per user (the data folder); the decks get a home too, so that `quiz` and
`stats` work from any folder. The config file is TOML: `decks = ["~/podcasts/decks"]`.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem, StudydeckError

DECKS_VARIABLE = "STUDYDECK_DECKS"
CONFIG_NAME = "config.toml"
DEFAULT_DECKS = "decks"


@dataclass(frozen=True)
class Places:
    """The deck folders (or files) to read, and where that choice came from, in words."""

    decks: tuple[str, ...]
    origin: str
    default: bool = False  # nothing named them: ./decks


def config_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform, home: Path | None = None) -> Path:
    """The user's config folder for studydeck, by the platform's convention."""
    return user_dir("XDG_CONFIG_HOME", (".config",), environ, platform, home)


def user_dir(
    xdg_variable: str, xdg_default: tuple[str, ...], environ: Mapping[str, str], platform: str, home: Path | None
) -> Path:
    """studydeck's folder of one kind for this user: the platform's place, or on Linux the XDG
    variable's (a relative value is invalid by the XDG spec and ignored) else ~/<xdg_default>."""
    home = home or Path.home()
    if platform == "win32":
        return Path(environ.get("APPDATA") or home / "AppData" / "Roaming") / "studydeck"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "studydeck"
    xdg = environ.get(xdg_variable, "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home.joinpath(*xdg_default)
    return base / "studydeck"


def config_path(environ: Mapping[str, str] = os.environ) -> Path:
    return config_dir(environ) / CONFIG_NAME


def deck_places(paths: Sequence[str] = (), environ: Mapping[str, str] = os.environ) -> Places:
    """The decks a command acts on: those named, else $STUDYDECK_DECKS, else the config file's, else ./decks."""
    if paths:
        return Places(tuple(paths), "the command line")
    variable = environ.get(DECKS_VARIABLE, "").strip()
    if variable:
        folders = tuple(str(Path(p).expanduser()) for p in variable.split(os.pathsep) if p.strip())
        return Places(folders, f"${DECKS_VARIABLE}")
    path = config_path(environ)
    configured = read_config(path).get("decks")
    if configured:
        return Places(tuple(_resolve(p, path.parent) for p in configured), str(path))
    return Places((DEFAULT_DECKS,), "the default", default=True)


def _resolve(folder: str, base: Path) -> str:
    """~ expanded; a relative folder is taken from the config file's own folder, not the current one."""
    path = Path(folder).expanduser()
    return str(path if path.is_absolute() else base / path)


def read_config(path: Path) -> dict[str, list[str]]:
    """The settings in a config file; none if there is no file. A bad file is an error at its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as e:
        raise StudydeckError(f"{path}: cannot read the config file: {getattr(e, 'strerror', None) or e}") from None
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = re.search(r"line (\d+)", str(e))
        where = int(line.group(1)) if line else 1
        raise _problem(path, where, f'not valid TOML ({e}): write it like decks = ["~/decks"]') from None
    unknown = sorted(set(data) - {"decks"})
    if unknown:
        raise _problem(path, _line_of(text, unknown[0]), f"unknown setting '{unknown[0]}': the one setting is 'decks'")
    decks = data.get("decks", [])
    if isinstance(decks, str):
        decks = [decks]
    if not isinstance(decks, list) or not all(isinstance(d, str) and d.strip() for d in decks):
        raise _problem(path, _line_of(text, "decks"), 'decks must be a list of folders, like decks = ["~/decks"]')
    return {"decks": decks}


def _problem(path: Path, line: int, message: str) -> StudydeckError:
    problem = Problem(str(path), line, message)
    return StudydeckError(str(problem), [problem])


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return 1


def config_text(folders: Sequence[str]) -> str:
    """A config file naming these deck folders."""
    quoted = ", ".join(
        '"' + str(Path(f).expanduser().resolve()).replace("\\", "\\\\").replace('"', '\\"') + '"' for f in folders
    )
    return f"# studydeck's settings: the folders of deck files that quiz, stats, check, lint and build read.\ndecks = [{quoted}]\n"


def not_found(places: Places, environ: Mapping[str, str] = os.environ) -> list[str]:
    """What to tell a learner when the decks are not there: where studydeck looked, and how to name them."""
    shown = ", ".join(places.decks)
    if places.origin == "the command line":
        return [f"{shown}: no deck files found: name .yaml deck files or a folder of them"]
    if not places.default:
        return [
            f"{shown}: no deck files found (named by {places.origin}): name .yaml deck files or folders of them there"
        ]
    path = config_path(environ)
    return [
        f"{shown}: no deck files found in ./{DEFAULT_DECKS}, and no deck folders are set "
        f"(${DECKS_VARIABLE} is empty; {path} {'names none' if path.exists() else 'does not exist'}).",
        "Name deck files or folders on the command line, run 'studydeck config --decks FOLDER' once, "
        f"or set {DECKS_VARIABLE}=FOLDER.",
    ]
