"""What a rule reports: diagnostics, and the fixes they may carry (ruff's model)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self.value]


_RANKS = {"info": 0, "warning": 1, "error": 2}


class Applicability(StrEnum):
    """How far a fix can be trusted: safe fixes keep every word."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


# Edits, fixes and positions are immutable records built for every finding: named tuples
# cost a third of a frozen dataclass to build.


class Edit(NamedTuple):
    """Replace text[start:end] with `replacement` (offsets into the decoded text)."""

    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    description: str = ""

    @classmethod
    def safe(cls, *edits: Edit, description: str = "") -> Fix:
        return cls(tuple(edits), Applicability.SAFE, description)

    @classmethod
    def unsafe(cls, *edits: Edit, description: str = "") -> Fix:
        return cls(tuple(edits), Applicability.UNSAFE, description)

    @classmethod
    def display_only(cls, *edits: Edit, description: str = "") -> Fix:
        return cls(tuple(edits), Applicability.DISPLAY_ONLY, description)


class Position(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in characters
    offset: int  # 0-based character offset into the decoded text


@dataclass
class Diagnostic:
    rule: str
    code: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: Fix | None = None
    path: str = ""
    start_pos: Position | None = field(default=None, compare=False)
    end_pos: Position | None = field(default=None, compare=False)
    edit_positions: list[tuple[Position, Position]] = field(default_factory=list, compare=False)

    @property
    def fixable(self) -> bool:
        return self.fix is not None and self.fix.applicability is not Applicability.DISPLAY_ONLY

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.rule)
