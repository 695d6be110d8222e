"""Lint results: findings (rule, severity, where, how to fix) -> counts a build can show in one line.

Kept apart from the rules, so that reading counts back from the build cache costs no rule code.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


class Severity(str, enum.Enum):
    ERROR = "error"  # the card is broken or worthless as written: lint exits 1
    WARNING = "warning"  # the card works but could be better


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    rule: str
    severity: Severity
    message: str
    card: str = ""  # the card id; empty for a deck-level finding

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity.value}[{self.rule}]: {self.message}"

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "rule": self.rule,
            "severity": self.severity.value,
            "card": self.card,
            "message": self.message,
        }


@dataclass(frozen=True)
class Summary:
    """Counts of findings: what `build` shows after writing the packages."""

    errors: int = 0
    warnings: int = 0
    by_rule: tuple[tuple[str, int], ...] = ()  # most frequent first

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> Summary:
        counts: Counter[str] = Counter()
        errors = warnings = 0
        for f in findings:
            counts[f.rule] += 1
            if f.severity is Severity.ERROR:
                errors += 1
            else:
                warnings += 1
        return cls(errors, warnings, _sorted_counts(counts))

    def __add__(self, other: Summary) -> Summary:
        counts = Counter(dict(self.by_rule))
        counts.update(dict(other.by_rule))
        return Summary(self.errors + other.errors, self.warnings + other.warnings, _sorted_counts(counts))

    def to_dict(self) -> dict:
        return {"errors": self.errors, "warnings": self.warnings, "by_rule": dict(self.by_rule)}

    @classmethod
    def from_dict(cls, data: dict) -> Summary:
        return cls(int(data["errors"]), int(data["warnings"]), _sorted_counts(Counter(data["by_rule"])))

    def text(self) -> str:
        """One line, such as 'lint: 0 errors, 3 warnings (2 wordy, 1 give-away)'."""
        line = f"lint: {plural(self.errors, 'error')}, {plural(self.warnings, 'warning')}"
        if self.by_rule:
            line += " (" + ", ".join(f"{n} {rule}" for rule, n in self.by_rule) + ")"
        return line


def _sorted_counts(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(((k, v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0])))


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
