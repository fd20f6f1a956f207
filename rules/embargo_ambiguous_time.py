"""An embargo time that can be read as noon or as midnight.

What it does:
    Reports `12 a.m.`, `12 p.m.`, `12am`, `12:00 PM`, `12:00` and `12.00` in an embargo
    line. `noon`, `midnight`, `12 noon` and `12:01 a.m.` are fine.

Why it matters:
    Readers disagree on whether 12 a.m. is the start or the end of a day and whether 12
    p.m. is noon or midnight, so an embargo at "12 a.m." can be broken twelve or
    twenty-four hours early. AP style writes `noon` and `midnight`; embargoes usually lift
    at `12:01 a.m.` so that the day is beyond doubt.

Example:
    Flagged:   Embargoed until 12am 27 January 2003
    Flagged:   EMBARGOED UNTIL 12:00 GMT, 8 JUNE 2021
    Fine:      EMBARGOED UNTIL 12:01 a.m. ET, Tuesday, June 8, 2021
    Fine:      EMBARGOED UNTIL 12 NOON SUNDAY 1 OCTOBER 2006 AEST

Fix:
    None: prlint cannot know whether noon or midnight was meant. Write `noon`, `midnight`
    (with the night it ends) or `12:01 a.m.`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.release_line import embargo_parts, embargoes
from prlint.rule import Context, Rule


class EmbargoAmbiguousTime(Rule):
    name = "embargo-ambiguous-time"
    code = "PR105"
    summary = "Embargo at 12 a.m., 12 p.m. or 12:00: noon or midnight?"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for embargo in embargoes(doc):
            for time in embargo_parts(embargo).times:
                if not time.ambiguous:
                    continue
                end = time.zone_start if time.zone_start is not None else time.end
                written = doc.text[time.start : end].strip(" \t,(")
                if re.search(r"a\.?\s?m", written, re.IGNORECASE):
                    advice = (
                        "(the start or the end of the day?): write 'midnight' with the night "
                        "it ends, or '12:01 a.m.'"
                    )
                elif re.search(r"p\.?\s?m", written, re.IGNORECASE):
                    advice = "(noon or midnight?): write 'noon'"
                else:
                    advice = "(noon or midnight?): write 'noon', 'midnight' or '12:01 a.m.'"
                yield self.diagnostic(
                    time.start,
                    time.start + len(written),
                    f"embargo time {written!r} is ambiguous {advice}",
                )
