"""Em dashes spaced the AP way, and double hyphens standing in for them.

What it does:
    Reports an em dash (—) without exactly one space on each side (`word—word`,
    `word —word`, `word  —  word`), and two hyphens used as a dash in running text
    (`word -- word`, `word--word`). Option `spacing` = "closed" reports the opposite
    (Chicago style: `word—word`).
    Left alone: wire datelines' own separators (`/PRNewswire/ --`, `--(BUSINESS WIRE)--`,
    `(GLOBE NEWSWIRE) --`, `--News Direct--`); `---` and other lines made only of
    dashes (Markdown rules, front matter); a dash opening a line (an attribution or a
    list); dashes in a run (`——`), censored words (`f—k`); command-line options
    (`--help`), HTML comments (`<!-- -->`), URLs, code and front matter. En dashes are
    not em dashes: ranges such as `2020–2021` or `9 a.m. – 5 p.m.` are never touched.

Why it matters:
    AP style puts a space on each side of an em dash; a double hyphen is a typewriter
    stand-in that newswires and CMSs render inconsistently.

Example:
    Flagged:   The report—released today—shows a rise.
    Flagged:   The report -- released today -- shows a rise.
    Fine:      The report — released today — shows a rise.
    Fine:      CUPERTINO, Calif.--(BUSINESS WIRE)--Apple today announced...
    Fine:      The 2020–2021 season.

Fix:
    Safe: one space on each side of the em dash (`--` becomes ` — `); at the end of a
    line, only the space before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.rules._formatting import block_lines_with, matches_at, occurrences, protected

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document
from prlint.rule import Context, Option, Rule

_DASHES = "—–-‒―"
_EM = re.compile(r"(?P<before>[ \t]*)—(?P<after>[ \t]*)")
_DOUBLE = re.compile(r"(?P<before>[ \t]*)(?<![-!<])--(?![->])(?P<after>[ \t]*)")
_WIRE = re.compile(
    r"/[^/\n]{1,60}/[ \t]*--"  # /PRNewswire/ --, /24-7PressRelease/ --
    r"|--[ \t]*\([^()\n]{1,60}\)[ \t]*--"  # --(BUSINESS WIRE)--
    # (GLOBE NEWSWIRE) --
    r"|\([^()\n]{0,60}(?:WIRE|[Ww]ire|NEWS|News|PRESS|Press)[^()\n]{0,60}\)[ \t]*--"
    r"|--[ \t]*News[ \t]?Direct[ \t]*--"
)
_DASH_LINE = re.compile(r"[ \t]*[-—–=_*|:+ \t]*")
_CLI_OPTION = re.compile(r"[a-z]")
_GOOD_SPACE = frozenset(" \u00a0\u2009\u200a\u202f")


def _starts(line: str, dash: str) -> Iterator[int]:
    """Where a match of _EM (`dash` "—") or _DOUBLE ("--") may start, in order: at each
    dash, and where the spaces and tabs before it start. (A regex search would try
    `[ \t]*` at every character of the line.)"""
    for at in occurrences(line, dash):
        run = at
        while run > 0 and line[run - 1] in " \t":
            run -= 1
        yield run
        yield at


class DashSpacing(Rule):
    name = "dash-spacing"
    code = "PR602"
    summary = "Em dash not spaced ` — `, or `--` used for a dash"
    severity = Severity.INFO
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "spacing": Option(
            "spaced",
            "spaced: one space each side of an em dash (AP); closed: none (Chicago).",
            choices=("spaced", "closed"),
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        spaced = ctx["spacing"] == "spaced"
        text = doc.text
        # Only a line holding an em dash or a double hyphen can have a finding.
        for block, line in block_lines_with(doc, ("—", "--")):
            if block.kind in ("table", "verbatim", "comment"):
                continue
            if _DASH_LINE.fullmatch(line.text):
                continue
            guard = protected(doc)
            em_dashes = matches_at(_EM, line.text, _starts(line.text, "—"))
            candidates = [(match, self._em_dash) for match in em_dashes]
            if "--" in line.text:
                wire = [m.span() for m in _WIRE.finditer(line.text)]
                for match in matches_at(_DOUBLE, line.text, _starts(line.text, "--")):
                    dash = match.start() + len(match.group("before"))
                    if not any(s <= dash < e for s, e in wire):
                        candidates.append((match, self._double))
            for match, judge in candidates:
                found = judge(line.text, match, spaced)
                if found is None:
                    continue
                start, end, replacement, message = found
                if guard.covers(line.start + start, line.start + end):
                    continue
                yield self._report(line.start, start, end, replacement, message, text)

    def _report(
        self, base: int, start: int, end: int, replacement: str, message: str, text: str
    ) -> Diagnostic:
        return self.diagnostic(
            base + start,
            base + end,
            message,
            Fix.safe(Edit(base + start, base + end, replacement), description="space the em dash"),
        )

    @staticmethod
    def _context(line: str, match: re.Match[str], width: int) -> tuple[str, str] | None:
        """The characters just outside the dash and its spaces, or None to leave it."""
        dash_start = match.start() + len(match.group("before"))
        dash_end = dash_start + width
        before_char = line[match.start() - 1] if match.start() > 0 else ""
        after_char = line[match.end()] if match.end() < len(line) else ""
        if not line[:dash_start].strip():
            return None  # opens the line: an attribution, a list, a quote's source
        if (dash_start and line[dash_start - 1] in _DASHES) or (
            dash_end < len(line) and line[dash_end] in _DASHES
        ):
            return None  # a run of dashes
        if before_char.isdigit() and after_char.isdigit():
            return None  # a score or a range, not a dash between words
        return before_char, after_char

    def _em_dash(
        self, line: str, match: re.Match[str], spaced: bool
    ) -> tuple[int, int, str, str] | None:
        context = self._context(line, match, 1)
        if context is None:
            return None
        before, after = match.group("before"), match.group("after")
        at_end = match.end() == len(line)
        dash = match.start() + len(before)
        # a run of dashes ("— —") is a figure of its own, not a dash to space
        left = match.start()
        while left and line[left - 1] in " \t":
            left -= 1
        if (left and line[left - 1] == "—") or line.startswith("—", match.end()):
            return None
        if (
            not before
            and not after
            and dash >= 1
            and line[dash - 1].isalpha()
            and (dash < 2 or not line[dash - 2].isalnum())
        ):
            return None  # a censored word: b—h
        if spaced:
            good_before = len(before) == 1 and before in _GOOD_SPACE
            good_after = at_end or (len(after) == 1 and after in _GOOD_SPACE)
            if good_before and good_after:
                return None
            replacement = " —" if at_end else " — "
            if not before or not (after or at_end):
                message = "em dash without a space on each side; AP style is ` — `"
            else:
                message = "more than one space around an em dash; AP style is ` — `"
        else:
            if not before and not after:
                return None
            replacement = "—"
            message = "spaced em dash; the house style closes it up (`word—word`)"
        return match.start(), match.end(), replacement, message

    def _double(
        self, line: str, match: re.Match[str], spaced: bool
    ) -> tuple[int, int, str, str] | None:
        context = self._context(line, match, 2)
        if context is None:
            return None
        before, after = match.group("before"), match.group("after")
        dash_end = match.start() + len(before) + 2
        if before and not after and _CLI_OPTION.match(line, dash_end):
            return None  # a command-line option: --help
        at_end = match.end() == len(line)
        if spaced:
            replacement = " —" if at_end else " — "
            message = "two hyphens used as a dash; use an em dash with a space each side (` — `)"
        else:
            replacement = "—"
            message = "two hyphens used as a dash; use an em dash (`—`)"
        return match.start(), match.end(), replacement, message
