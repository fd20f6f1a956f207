"""The first paragraph has no dateline.

What it does:
    Reports a release whose first body paragraph does not open with a dateline (the
    city, in AP style `CHICAGO — `, with an optional state and date). It only speaks when
    the release is clearly identified (a headline and a first paragraph found, and a
    release line, end mark or contact block present), so notes, blog posts and scraped
    pages without a release structure are left alone. Media advisories (`WHO:`/`WHAT:`
    layout) and releases from regions where datelines are not the custom (option
    `exempt-regions`, default Australia, New Zealand and the UK, region from the
    `region` setting or inferred from the release) are not reported.

Why it matters:
    The dateline tells an editor where the news comes from; wire services and AP-style
    newsrooms expect it at the start of the first paragraph.

Example:
    Flagged:   Brooklyn District Attorney Ken Thompson today said that ...
    Fine:      CHICAGO — Upon Vice President Harris' arrival ...

Fix:
    None: only the writer knows where the news was made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Option, Rule

# (At a line break: a `^` pattern would be tried at every character.)
_ADVISORY = re.compile(r"(?i)\n[ \t*_]*+(?:media[ \t]+advisory\b|(?:who|what|when|where)[ \t*_]*:)")


class MissingDateline(Rule):
    name = "missing-dateline"
    code = "PR301"
    summary = "The first body paragraph has no dateline"
    severity = Severity.WARNING
    options: ClassVar[dict[str, Option]] = {
        "exempt-regions": Option(
            ["AU", "NZ", "GB"],
            "Regions (two-letter codes) whose releases customarily have no dateline.",
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        s = doc.structure
        if s.dateline_parts is not None or s.first_paragraph is None or s.headline is None:
            return
        if s.body_start is None or not (s.release_lines or s.end_mark or s.contacts):
            return
        top = doc.text[doc.body_start : s.body_start]
        if len(_ADVISORY.findall("\n" + top + doc.text[s.body_start : s.body_start + 600])) >= 2:
            return  # a media advisory: WHO / WHAT / WHEN / WHERE
        if _region(doc, ctx) in {r.upper() for r in ctx["exempt-regions"]}:
            return
        line = doc.line_at(s.body_start)
        yield self.diagnostic(
            s.body_start,
            line.end,
            "the first paragraph has no dateline; AP opens it with the city in capitals, the "
            "state if the city does not stand alone, and a spaced em dash (e.g. 'CHICAGO — ')",
        )


def _region(doc: Document, ctx: Context) -> str:
    configured = ctx.settings.get("region")
    if isinstance(configured, str) and configured:
        return configured.upper()
    try:
        from prlint.contacts import infer_region
    except ImportError:
        return "US"
    try:
        return infer_region(doc, ctx.settings)
    except Exception:
        return "US"
