"""What a rule reports: diagnostics, and the fixes they may carry (ruff's model)."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]  # (a member hashes and compares as its string value)


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


class Diagnostic:
    """One finding: which rule, how grave, what it says, where (offsets into the decoded
    text; the engine adds line:column positions) and the fix it may offer.

    (A plain class, as the check path's other records: see `prlint.engine.Result`.)
    """

    __slots__ = (
        "code",
        "edit_positions",
        "end",
        "end_pos",
        "fix",
        "message",
        "path",
        "rule",
        "severity",
        "start",
        "start_pos",
    )

    def __init__(
        self,
        rule: str,
        code: str,
        severity: Severity,
        message: str,
        start: int,
        end: int,
        fix: Fix | None = None,
        path: str = "",
    ):
        self.rule = rule
        self.code = code
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
        self.fix = fix
        self.path = path
        self.start_pos: Position | None = None
        self.end_pos: Position | None = None
        self.edit_positions: list[tuple[Position, Position]] = []

    def _key(self) -> tuple:
        # What two findings must share to be equal (positions follow from the offsets).
        return (
            self.rule,
            self.code,
            self.severity,
            self.message,
            self.start,
            self.end,
            self.fix,
            self.path,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Diagnostic) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # mutable, as before

    def __repr__(self) -> str:
        return (
            f"Diagnostic({self.rule!r}, {self.code!r}, {self.severity!r}, {self.message!r}, "
            f"{self.start}, {self.end}, fix={self.fix!r}, path={self.path!r})"
        )

    @property
    def fixable(self) -> bool:
        return self.fix is not None and self.fix.applicability is not Applicability.DISPLAY_ONLY

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.rule)
