"""The layout by subsystem, checked from the imports themselves (ast), not by review.

A subsystem uses deck/ (the contract), errors, language/ and, where it must, lint/; never a sibling.
Only the terminal layer (cli, ui, progress) imports click or rich, and nothing imports cli.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "studydeck"
TERMINAL = {"cli", "ui", "progress", "__main__"}
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "language": set(),
    "deck": {"errors"},
    "lint": {"deck", "errors", "language"},
    "ingest": {"deck", "errors", "language", "lint"},
    "anki": {"deck", "errors", "lint"},
    "review": {"deck", "errors"},
}
UI_LIBRARIES = {"click", "rich"}


def place(path: Path) -> tuple[str, list[str]]:
    """A module's subsystem (its first folder, or its own name at the top) and its package as parts."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    return parts[0], parts[:-1]


def imported(path: Path, source: str) -> list[tuple[int, str]]:
    """Every module a file imports, as (line, dotted name); studydeck's own relative to the package."""
    _, package = place(path)
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(["studydeck", *base, *([node.module] if node.module else [])])
                # `from . import x` may name a module: keep the name so the subsystem is seen
                found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
            else:
                found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def violations(path: Path, source: str) -> list[str]:
    """What a module imports against the layout rules, as `file:line: what`."""
    subsystem, _ = place(path)
    where = path.relative_to(PACKAGE.parent)
    out = []
    for line, name in imported(path, source):
        parts = name.split(".")
        if parts[0] in UI_LIBRARIES and subsystem not in TERMINAL:
            out.append(f"{where}:{line}: imports {parts[0]}; only cli, ui and progress may")
        if parts[0] != "studydeck" or len(parts) < 2:
            continue
        target = parts[1]
        if target == "cli" and subsystem != "__main__":
            out.append(f"{where}:{line}: imports cli; nothing may")
        if subsystem in TERMINAL or target == subsystem or target == "__version__":
            continue
        if target not in ALLOWED.get(subsystem, set()):
            out.append(f"{where}:{line}: {subsystem} imports {target}")
    return out


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "data" not in p.relative_to(PACKAGE).parts)


def test_every_module_keeps_to_its_subsystem() -> None:
    found = [v for path in modules() for v in violations(path, path.read_text(encoding="utf-8"))]
    assert found == []


def test_every_module_has_a_known_place() -> None:
    places = {place(path)[0] for path in modules()}
    assert places <= set(ALLOWED) | TERMINAL | {"__init__"}


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("review/quiz.py", "from ..anki import build\n", "review imports anki"),
        ("ingest/generate.py", "from ..review.store import Store\n", "ingest imports review"),
        ("deck/models.py", "from ..lint import RULES\n", "deck imports lint"),
        ("anki/export.py", "from rich.console import Console\n", "imports rich"),
        ("lint/reading.py", "import click\n", "imports click"),
        ("ui.py", "from . import cli\n", "imports cli"),
        ("ingest/notes/page.py", "from ...anki import export\n", "ingest imports anki"),
    ],
)
def test_a_sibling_or_terminal_import_is_caught(module: str, source: str, expected: str) -> None:
    found = violations(PACKAGE / module, source)
    assert len(found) == 1 and expected in found[0]


def test_allowed_imports_pass() -> None:
    assert violations(PACKAGE / "ingest/generate.py", "from ..deck.models import Card\nfrom ..lint import RULES\n") == []
    assert violations(PACKAGE / "anki/buildcache.py", "from .. import __version__\n") == []
