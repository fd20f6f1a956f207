"""Clock times in AP form: `10 a.m.`, `3:30 p.m.`, `noon`.

What it does:
    Reports times written other than the AP way and offers the AP form. Documented
    substitutions of form, made by the fix:
    - `AM`, `am`, `A.M.`, `a.m`, `AM.` → `a.m.` (likewise p.m.), with one space after
      the figure (`3:30PM` → `3:30 p.m.`);
    - `:00` is dropped (`10:00 AM` → `10 a.m.`), also on the first time of a range
      (`10:00-11:00 AM` → `10-11 a.m.`);
    - a period between hours and minutes becomes a colon (`6.30pm` → `6:30 p.m.`);
    - `12 noon`, `12:00 noon` → `noon`; `12 midnight` → `midnight`.
    Left alone: `AM radio`, 24-hour times (`13:53`, `00.01 hrs`), figures that are not times, and
    `12 a.m.`/`12 p.m.` beyond their form (whether they mean noon or midnight is for the
    writer: see embargo-ambiguous-time). URLs, code and front matter are never touched.

Why it matters:
    AP style is what newsrooms edit to; `10:00 AM` has to be rewritten before use.

Example:
    Flagged:   The briefing starts at 10:00 AM and ends at 3:30PM.
    Flagged:   Lunch is served at 12 noon.
    Fine:      The briefing starts at 10 a.m. and ends at 3:30 p.m.
    Fine:      Lunch is served at noon.

Fix:
    Safe: rewrite the time as listed above.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.rules._formatting import block_of, is_chrome, matches_at, protected

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document
from prlint.rule import Context, Rule

_TIME = re.compile(
    r"(?<![\w:.,$/])"
    r"(?:(?P<from_h>\d{1,2})(?:(?P<from_sep>[:.])(?P<from_m>[0-5]\d))?"
    r"(?P<dash>[ \t]?[-–][ \t]?|[ \t]to[ \t]))?"
    r"(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
    r"(?P<space>[ \t]?)"
    r"(?P<mer>(?P<ap>[AaPp])(?P<d1>\.)?[Mm](?P<d2>\.)?)"
    r"(?![\w])(?![ \t](?:radio|station|band|signal|frequenc))"
)
# The `m` or `M` ending a meridiem right after a figure (perhaps with a space or tab
# between): every _TIME match holds one, at most _LONGEST characters after its start
# (`10:30 to 11:30 a.m`). Starting with a literal, these are fast to search for; the
# first look-behind (the character before the `m`) quickly leaves out most of them.
_MERIDIEM_ENDS = [
    re.compile(
        rf"{m}(?<=[AaPp.]{m})"
        rf"(?:(?<=\d[AaPp]{m})|(?<=\d[ \t][AaPp]{m}|\d[AaPp]\.{m})|(?<=\d[ \t][AaPp]\.{m}))"
    )
    for m in "mM"
]
_LONGEST = 17
_NOON_HINT = re.compile(r"12(?::00)?[ \t]+(?:noon|Noon|NOON|midnight|Midnight|MIDNIGHT)")
_NOON = re.compile(
    r"(?<![\w:.,$/-])12(?::00)?[ \t]+(?P<word>noon|Noon|NOON|midnight|Midnight|MIDNIGHT)\b"
)


class TimeFormat(Rule):
    name = "time-format"
    code = "PR605"
    summary = "Clock time not in AP form (10 a.m., 3:30 p.m., noon)"
    severity = Severity.INFO
    fix_safety = "safe"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.text
        starts: dict[int, list[int]] = {}  # by line: offsets in it where a time may start
        for hint in _MERIDIEM_ENDS:
            for meridiem_end in hint.finditer(text, doc.body_start):
                line = doc.line_at(meridiem_end.start())
                at = meridiem_end.start() - line.start
                # (a match starts with a digit: the hours)
                line_text = line.text
                starts.setdefault(line.index, []).extend(
                    k for k in range(max(0, at - _LONGEST), at) if line_text[k].isdigit()
                )
        noon = {doc.line_index(m.start()) for m in _NOON_HINT.finditer(text, doc.body_start)}
        for index in sorted(starts.keys() | noon):
            block = block_of(doc, index)
            if block is None or block.kind in ("verbatim", "comment"):
                continue
            line = doc.lines[index]
            guard = protected(doc)
            base = line.start
            for match in matches_at(_TIME, line.text, sorted(set(starts.get(index, ())))):
                found = _fix_time(match)
                if found is None or is_chrome(doc, block):
                    continue
                if guard.covers(base + match.start(), base + match.end()):
                    continue
                start, end, replacement, message = found
                yield self.diagnostic(
                    base + start,
                    base + end,
                    message,
                    Fix.safe(Edit(base + start, base + end, replacement), description="AP time"),
                )
            if index not in noon:
                continue
            for match in _NOON.finditer(line.text):
                if is_chrome(doc, block) or guard.covers(base + match.start(), base + match.end()):
                    continue
                word = match.group("word")
                replacement = word if word.isupper() else word.lower()
                yield self.diagnostic(
                    base + match.start(),
                    base + match.end(),
                    f"{match.group()!r}: AP style writes {replacement!r}",
                    Fix.safe(
                        Edit(base + match.start(), base + match.end(), replacement),
                        description="AP time",
                    ),
                )


def _clock(hour: str, minutes: str | None) -> str | None:
    if not 1 <= int(hour) <= 12:
        return None
    hour = str(int(hour))
    return hour if minutes in (None, "00") else f"{hour}:{minutes}"


def _fix_time(match: re.Match[str]) -> tuple[int, int, str, str] | None:
    clock = _clock(match.group("h"), match.group("m"))
    if clock is None:
        return None
    meridiem = "a.m." if match.group("ap") in "Aa" else "p.m."
    start = match.start("h")
    prefix = ""
    if match.group("from_h") is not None:
        first = _clock(match.group("from_h"), match.group("from_m"))
        if first is None:
            return None
        start = match.start("from_h")
        prefix = first + match.group("dash")
    replacement = f"{prefix}{clock} {meridiem}"
    original = match.group()[start - match.start() :]
    if replacement == original:
        return None
    return start, match.end(), replacement, f"{original!r}: AP style writes {replacement!r}"
