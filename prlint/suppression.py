"""Inline suppression comments, in Markdown and plain text alike.

    <!-- prlint-disable NAME ... -->     until the matching enable (or the end)
    <!-- prlint-enable NAME ... -->
    <!-- prlint-disable-next-line NAME -->
    <!-- prlint-disable-file NAME -->

With no name, the comment applies to every rule. Names are rule names or codes.
"""

from __future__ import annotations

import re

from prlint.diagnostics import Diagnostic
from prlint.document import Document

_COMMENT = re.compile(
    r"<!--\s*prlint-(disable-next-line|disable-file|disable|enable)\b([^>]*?)\s*-->"
)
ALL = "*"


class Suppression:
    """One `prlint-...` comment: the rules it names and the lines it covers."""

    __slots__ = ("end", "first_line", "kind", "last_line", "names", "start", "used")

    def __init__(self, kind: str, names: tuple[str, ...], start: int, end: int):
        self.kind = kind
        self.names = names  # ALL for every rule
        self.start = start
        self.end = end
        self.first_line = 0  # 0-based range of lines it covers, inclusive
        self.last_line = 0
        self.used: set[str] = set()

    def covers(self, diagnostic: Diagnostic, line: int) -> str | None:
        if not self.first_line <= line <= self.last_line:
            return None
        for name in self.names:
            if name in (ALL, diagnostic.rule, diagnostic.code):
                return name
        return None


def parse(doc: Document) -> list[Suppression]:
    if "prlint-" not in doc.text:  # most releases: no comment to look for
        return []
    found: list[Suppression] = []
    open_ranges: dict[str, Suppression] = {}
    last_line = len(doc.lines) - 1
    for match in _COMMENT.finditer(doc.text):
        kind, raw = match.group(1), match.group(2)
        names = tuple(re.split(r"[\s,]+", raw.strip())) if raw.strip() else (ALL,)
        line = doc.line_index(match.start())
        item = Suppression(kind, names, match.start(), match.end())
        if kind == "disable-file":
            item.first_line, item.last_line = 0, last_line
        elif kind == "disable-next-line":
            target = _next_content_line(doc, line)
            item.first_line = item.last_line = target
        elif kind == "disable":
            item.first_line, item.last_line = line, last_line
            for name in names:
                open_ranges[name] = item
        else:  # enable closes the matching open ranges; it suppresses nothing itself
            for name in names if names != (ALL,) else tuple(open_ranges):
                opened = open_ranges.pop(name, None)
                if opened is not None:
                    opened.last_line = min(opened.last_line, line)
            continue
        found.append(item)
    return found


def _next_content_line(doc: Document, line: int) -> int:
    for candidate in doc.lines[line + 1 :]:
        if not candidate.is_blank and not _COMMENT.fullmatch(candidate.text.strip()):
            return candidate.index
    return line + 1


def apply(
    doc: Document, diagnostics: list[Diagnostic], suppressions: list[Suppression]
) -> list[Diagnostic]:
    """Drop suppressed diagnostics, recording which suppression names were used."""
    if not suppressions:
        return list(diagnostics)
    kept = []
    for diagnostic in diagnostics:
        line = doc.line_index(diagnostic.start)
        hit = False
        for item in suppressions:
            name = item.covers(diagnostic, line)
            if name is not None:
                item.used.add(name)
                hit = True
        if not hit:
            kept.append(diagnostic)
    return kept
