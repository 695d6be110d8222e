"""Card templates: a curator's folder (or studydeck's own) -> checked templates and CSS for the note types.

A `templates/` folder beside the deck folder, or the one given with `--templates`, replaces
studydeck's own, file by file: a file it lacks comes from studydeck. Every field a template names
must exist in its note type, and each template must show the fields its card cannot do without.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..deck import lockfile
from ..deck.files import write_atomic
from ..errors import DeckError, Problem, StudydeckError

# Released names: Anki updates an existing note type only when its field and template names match,
# so these must never change. A new note type gets new names instead.
FIELDS = {
    "cloze": ("Text", "Extra", "Source"),
    "qa": ("Front", "Back", "Extra", "Source"),
    "typed": ("Front", "Back", "Extra", "Source"),
}
NOTE_TYPE_NAMES = {"cloze": "studydeck Cloze", "qa": "studydeck Q&A", "typed": "studydeck Q&A (type the answer)"}
TEMPLATE_NAMES = {"cloze": "Cloze", "qa": "Recall", "typed": "Type the answer"}
TEMPLATE_FILES = ("cloze.front.html", "cloze.back.html", "qa.front.html", "qa.back.html", "typed.front.html")
TEMPLATE_FILES += ("typed.back.html", "style.css")
FOLDER = "templates"  # the curator's folder, beside the deck folder

# What each template must show for its card to work: the blank and its answer, the question, the
# answer, the box to type in; and on every back, where the card comes from.
REQUIRED = {
    "cloze.front.html": ("{{cloze:Text}}",),
    "cloze.back.html": ("{{cloze:Text}}", "{{Source}}"),
    "qa.front.html": ("{{Front}}",),
    "qa.back.html": ("{{Back}}", "{{Source}}"),
    "typed.front.html": ("{{Front}}", "{{type:Back}}"),
    "typed.back.html": ("{{type:Back}}", "{{Source}}"),
}
# Names Anki fills in on any card besides the note's fields.
SPECIAL_FIELDS = frozenset(("FrontSide", "Tags", "Deck", "Subdeck", "Card", "CardFlag", "Type", "CardID"))
_REFERENCE = re.compile(r"\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}")


def packaged_dir() -> Path:
    """studydeck's own templates: inside the installed package, or at the top of a source checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "templates", package.parent / "templates"):
        if (candidate / "style.css").is_file():
            return candidate
    raise StudydeckError(f"{package}: the card templates are missing: reinstall studydeck")


def beside(deck_files: Iterable[Path]) -> Path | None:
    """The curator's `templates/` folder beside the decks' folder, if there is one.

    Decks from folders with different templates folders cannot share note types: refused.
    """
    found = {folder.parent / FOLDER for folder in {Path(f).resolve().parent for f in deck_files}}
    found = {f for f in found if f.is_dir() and f.resolve() != packaged_dir().resolve()}
    if len(found) > 1:
        first, second = sorted(found)[:2]
        raise StudydeckError(
            f"{second}: decks beside {first} and beside {second} use different templates: "
            "build them separately, or name one folder with --templates"
        )
    return found.pop() if found else None


@dataclass(frozen=True)
class Templates:
    """The note type templates and CSS, read once per build."""

    files: dict[str, str]
    folder: Path | None = None  # the curator's folder, None for studydeck's own

    @classmethod
    def read(cls, folder: Path | None = None) -> Templates:
        """The curator's templates in `folder` (studydeck's for the files it lacks), checked; raises
        DeckError listing every problem."""
        own = packaged_dir()
        files, problems = {}, []
        if folder is not None:
            if not folder.is_dir():
                raise StudydeckError(f"{folder}: no such templates folder: copy studydeck's with 'studydeck templates'")
            problems += _strangers(folder)
        for name in TEMPLATE_FILES:
            path = folder / name if folder is not None and (folder / name).exists() else own / name
            try:
                files[name] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                reason = getattr(e, "strerror", None) or "it is not UTF-8 text"
                problems.append(Problem(str(path), 0, f"cannot read the card template: {reason}"))
                continue
            problems += check(name, files[name], str(path))
        if problems:
            raise DeckError(problems)
        return cls(files, folder)

    def digest(self, kind: str) -> str:
        return lockfile.content_hash(
            NOTE_TYPE_NAMES[kind], FIELDS[kind], self.front(kind), self.back(kind), self.files["style.css"]
        )

    def front(self, kind: str) -> str:
        return self.files[f"{kind}.front.html"]

    def back(self, kind: str) -> str:
        return self.files[f"{kind}.back.html"]


def _strangers(folder: Path) -> list[Problem]:
    """Files that look like templates but are none of studydeck's: a typo would otherwise go unseen."""
    known = ", ".join(TEMPLATE_FILES)
    return [
        Problem(str(path), 0, f"not a studydeck template: the files are {known}")
        for path in sorted(folder.iterdir())
        if path.suffix in (".html", ".css") and path.name not in TEMPLATE_FILES
    ]


def check(name: str, text: str, path: str) -> list[Problem]:
    """Every problem of one template file, at its line."""
    if name == "style.css":
        return []
    kind = name.split(".")[0]
    fields = FIELDS[kind]
    problems = []
    for match in _REFERENCE.finditer(text):
        field = match.group(2).rsplit(":", 1)[-1].strip()
        if field and field not in fields and field not in SPECIAL_FIELDS:
            line = text.count("\n", 0, match.start()) + 1
            problems.append(
                Problem(
                    path,
                    line,
                    f"{match.group(0)} names no field of the {NOTE_TYPE_NAMES[kind]} note type: "
                    f"its fields are {', '.join(fields)}",
                )
            )
    used = {_normal(m.group(0)) for m in _REFERENCE.finditer(text)}
    for needed in REQUIRED[name]:
        if _normal(needed) not in used:
            problems.append(Problem(path, 1, f"the template must show {needed}: add it (see studydeck's own)"))
    return problems


def _normal(reference: str) -> str:
    return re.sub(r"\s+", "", reference)


def copy_to(folder: Path, force: bool = False) -> list[Path]:
    """studydeck's templates into `folder`, for a curator to edit; refuses to overwrite unless `force`."""
    own = packaged_dir()
    targets = [folder / name for name in TEMPLATE_FILES]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise StudydeckError(f"{existing[0]}: already exists: edit it, or copy again with --force to replace it")
    for target in targets:
        write_atomic(target, (own / target.name).read_bytes())
    return targets
