"""No headline found.

What it does:
    Reports a release in which no headline can be found: no title line above the first
    paragraph, no Markdown heading and no front matter `title:`. It only speaks when the
    text is recognisably a release (a release line, a dateline, an end mark or a contact
    block), and reports at the top of the release.

Why it matters:
    The headline is what editors and search engines read first; a release without one
    is usually a paste error (the headline left in the email subject or the CMS field).

Example:
    Flagged:   FOR IMMEDIATE RELEASE
               CHICAGO — Acme today announced ...
    Fine:      FOR IMMEDIATE RELEASE
               Acme Opens Its First Chicago Store
               CHICAGO — Acme today announced ...

Fix:
    None: the headline is the writer's.
"""

from __future__ import annotations

from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule


class MissingHeadline(Rule):
    name = "missing-headline"
    code = "PR303"
    summary = "No headline found"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        s = doc.structure
        if s.headline is not None:
            return
        if not (s.release_lines or s.dateline_parts or s.end_mark or s.contacts):
            return
        if s.body_start is None and s.dateline_parts is None:
            return  # no body found either: too little structure to say what is missing
        where = s.body_start if s.body_start is not None else doc.body_start
        line = doc.line_at(where)
        yield self.diagnostic(
            where,
            line.end,
            "no headline found above the first paragraph; put the headline on its own line "
            "before the body",
        )
