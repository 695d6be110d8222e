"""Errors that reach the user: each carries the path and line it is about."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, shown as `path:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class StudydeckError(Exception):
    """A problem in the user's input or environment: the CLI shows it and exits 1."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems] or [str(self)]


class DeckError(StudydeckError):
    """One or more deck files are invalid."""

    def __init__(self, problems: list[Problem]) -> None:
        count = len(problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in deck files", problems)


class NotesError(StudydeckError):
    """A file given as episode notes is not notes studydeck can read."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(message, [Problem(path, line, message)])
