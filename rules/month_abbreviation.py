"""Months in AP form: abbreviated with a specific date, spelled out without one.

What it does:
    With a specific date, AP abbreviates Jan., Feb., Aug., Sept., Oct., Nov. and Dec.
    and spells out March, April, May, June and July; a month alone or with a year only
    is spelled out, with no comma before the year; dates take no ordinal suffix.
    Documented substitutions of form, made by the fix:
    - `January 5` → `Jan. 5` (and `Jan 5` → `Jan. 5`; likewise Feb., Aug., Sept., Oct.,
      Nov., Dec.); `Sep. 5`/`Sep 5`/`Sept 5` → `Sept. 5`;
    - `Mar. 5` → `March 5` (likewise `Apr.`, `Jun.`, `Jul.`, with or without the period);
    - `June 12th` → `June 12` (no ordinals: st, nd, rd, th);
    - `Jan. 2021` → `January 2021` (month and year: spelled out) and
      `January, 2021` → `January 2021` (no comma).
    Left alone: day-first dates (`26 January 2012`, Australian and British style, which
    AP would reorder, not reformat), months in capitals (`JANUARY`), a month alone
    (`Jan.` may be a name), and URLs, code and front matter.

Why it matters:
    Newsrooms edit to AP style; a release already in it is quicker to use and reads as
    professional.

Example:
    Flagged:   The event runs January 5 through Sept 9.
    Flagged:   Doors open June 12th.
    Fine:      The event runs Jan. 5 through Sept. 9.
    Fine:      The law took effect in January 2021.

Fix:
    Safe: rewrite the month (and drop the ordinal or comma) as listed above.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.rules._formatting import block_of, is_chrome, matches_at, protected

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document
from prlint.rule import Context, Rule

_FULL = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_AP_WITH_DAY = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
_BY_NAME = {name: index for index, name in enumerate(_FULL)}
_BY_NAME.update(
    {
        abbr: index
        for index, abbr in enumerate(
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        )
    }
)
_BY_NAME["Sept"] = 8

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?P<dot>\.)?"
)
_DATE = re.compile(
    r"(?<![\w.])" + _MONTH + r"(?:"
    r"(?P<dayspace>[ \t]+)(?P<day>\d{1,2})(?P<ord>st|nd|rd|th)?(?![\w%]|[:.,/]\d)"
    r"|(?P<comma>,?)(?P<yearspace>[ \t]+)(?P<year>1[6-9]\d\d|20\d\d)(?![\w%]|[:./-]\d)"
    r")"
)
# The months other than January, June and July, by the three letters their names start with.
_OTHER_MONTHS = ("Feb", "Mar", "Apr", "May", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_FIRST = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+$")


class MonthAbbreviation(Rule):
    name = "month-abbreviation"
    code = "PR604"
    summary = "Month not in AP form (Jan. 5, March 5, January 2021; no ordinals)"
    severity = Severity.INFO
    fix_safety = "safe"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.text
        for match in matches_at(_DATE, text, _month_starts(text, doc.body_start)):
            found = _fix(match)  # the cheapest test first: most dates are in AP form
            if found is None:
                continue
            index = doc.line_index(match.start())
            block = block_of(doc, index)
            if block is None or block.kind in ("verbatim", "comment"):
                continue
            if _day_first(text, doc.lines[index].start, match.start()):
                continue
            if is_chrome(doc, block) or protected(doc).covers(match.start(), match.end()):
                continue
            spans, message = found
            edits = [Edit(s, e, r) for s, e, r in spans]
            yield self.diagnostic(
                match.start(),
                match.end(),
                message,
                Fix.safe(*edits, description="AP month form"),
            )


def _month_starts(text: str, start: int) -> list[int]:
    """Where a month name starts (or something else starting like one): where _DATE may
    match. str.find runs fewer instructions at this than a regex search (one pattern of
    the twelve prefixes costs the whole rule a fifth more, though it may take less time
    in a tight loop); a capital J is rare enough to look for on its own (January, June,
    July)."""
    found = []
    at = text.find("J", start)
    while at >= 0:
        if text.startswith(("Jan", "Jun", "Jul"), at):
            found.append(at)
        at = text.find("J", at + 1)
    for prefix in _OTHER_MONTHS:  # (plain loops: a generator per prefix costs more)
        at = text.find(prefix, start)
        while at >= 0:
            found.append(at)
            at = text.find(prefix, at + 1)
    found.sort()
    return found


def _day_first(text: str, line_start: int, start: int) -> bool:
    """Whether the date follows a day (`26 January 2012`, `5th of June 2020`): _DAY_FIRST
    at the end of the line before it, looked for only where its day may be."""
    end = _before_blanks(text, line_start, start)
    if end == start:
        return False  # _DAY_FIRST ends with a space or tab
    if text.endswith("of", line_start, end) and _before_blanks(text, line_start, end - 2) < end - 2:
        end = _before_blanks(text, line_start, end - 2)
    # the day (`12th` at most) ends at `end`; `\b` looks one character further back
    return _DAY_FIRST.search(text, max(line_start, end - 5), start) is not None


def _before_blanks(text: str, line_start: int, end: int) -> int:
    """Where the spaces and tabs just before `end` start."""
    while end > line_start and text[end - 1] in " \t":
        end -= 1
    return end


def _fix(match: re.Match[str]) -> tuple[list[tuple[int, int, str]], str] | None:
    month, dot, day, ordinal, comma = match.group("month", "dot", "day", "ord", "comma")
    written = month + (dot or "")
    index = _BY_NAME[month]
    month_span = (match.start("month"), match.start("month") + len(written))
    edits: list[tuple[int, int, str]] = []
    problems: list[str] = []
    if day is not None:
        if not 1 <= int(day) <= 31:
            return None
        if month == "May" and dot:
            return None
        wanted = _AP_WITH_DAY[index]
        if written != wanted:
            edits.append((*month_span, wanted))
            problems.append(f"with a date, AP writes {wanted!r}, not {written!r}")
        if ordinal:
            edits.append((match.start("ord"), match.end("ord"), ""))
            problems.append(f"no ordinal after a date ({day}{ordinal})")
    else:
        wanted = _FULL[index]
        if written != wanted:
            if month == "May" and dot:
                return None
            edits.append((*month_span, wanted))
            problems.append(f"a month with a year only is spelled out: {wanted!r}")
        if comma:
            edits.append((match.start("comma"), match.end("comma"), ""))
            problems.append("no comma between month and year")
    if not edits:
        return None
    return edits, "; ".join(problems)
