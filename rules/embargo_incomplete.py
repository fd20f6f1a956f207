"""An embargo that does not say exactly when it lifts.

What it does:
    Reports an embargo line that lacks a date, a clock time (or noon/midnight), or a time
    zone, and says which of them are missing. Every common form is read: `EMBARGOED UNTIL
    12.01AM, 26 JANUARY 2012`, `EMBARGO: 6.00 PM AEDT ...`, `Embargoed until 3:30 p.m.
    CT/4:30 p.m. ET Monday, Nov. 7, 2022`, `00.01 hrs 3 February 2005 GMT`, `Under strict
    embargo: 06:01 in Sydney, Wednesday, 3 August, 2016`, `2300 Canberra time`, with the
    weekday before or after the date. A date without a year (`Tuesday 30 August`) counts
    as a date: the release's own date supplies the year. `local time` is not a zone.
    An embargo line repeated on every page of a PDF is reported once.

Why it matters:
    An embargo is only usable when every newsroom reads the same instant from it.
    `Embargoed until 7pm` leaves the day open; an embargo without a zone is read in the
    reader's own zone, which for national or international media is hours off. Australian
    releases often omit the zone: that is still incomplete.

Example:
    Flagged:   EMBARGOED UNTIL 9:00 A.M., FRIDAY, MAY 10, 2019      (no time zone)
    Flagged:   Embargoed until 7pm                                  (no date, no zone)
    Fine:      EMBARGOED UNTIL 12:01 a.m. ET, Tuesday, June 8, 2021

Fix:
    None: only the writer knows the intended date, time and zone.
"""

from __future__ import annotations

from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.release_line import embargo_parts, embargoes
from prlint.rule import Context, Rule


class EmbargoIncomplete(Rule):
    name = "embargo-incomplete"
    code = "PR103"
    summary = "Embargo without a date, a clock time or a time zone"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for embargo in embargoes(doc):
            parts = embargo_parts(embargo)
            missing = []
            if not parts.has_date:
                missing.append("no date")
            if not parts.times:
                missing.append("no clock time (or noon/midnight)")
            if not parts.zones:
                missing.append("no time zone")
            if not missing:
                continue
            listed = missing[-1]
            if len(missing) > 1:
                listed = ", ".join(missing[:-1]) + " and " + listed
            release = embargo.release
            yield self.diagnostic(
                release.start,
                max(embargo.end, release.end),
                f"embargo is incomplete: it gives {listed}",
            )
