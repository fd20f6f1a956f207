"""A quotation mark that is opened and never closed, or closed and never opened.

What it does:
    Pairs the double quotation marks of the release, curly (“ ”) and straight ("), and
    reports an opening mark whose quotation never closes and a closing mark that closes
    nothing. A quotation that runs over several paragraphs (each paragraph reopens with a
    mark, only the last one closes) is balanced, and so is a paragraph a PDF or a page
    break split mid-sentence. Single marks are not paired here: a closing single mark
    cannot be told apart from an apostrophe (`Harris’ trip`, `the ’90s`).

Why it matters:
    An unclosed quotation puts words in a speaker's mouth (or takes them out): readers and
    reporters cannot tell where the quoted statement stops.

Example:
    Flagged:   “We are proud of this result, said Jane Doe.
    Flagged:   The plan is ready,” said Jane Doe.
    Fine:      “We are proud of this result,” said Jane Doe.
    Fine:      “First paragraph of the quote.
               “Second paragraph, which closes the quote,” Doe said.

Fix:
    None: where the quotation ends is for the writer to decide.
"""

from __future__ import annotations

from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.quotes import model
from prlint.rule import Context, Rule


class UnbalancedQuotes(Rule):
    name = "unbalanced-quotes"
    code = "PR401"
    summary = "Quotation mark opened and never closed, or closed and never opened"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        found = model(doc)
        for quote in found.quotations:
            if quote.double and not quote.closed:
                paragraphs = len(quote.paragraphs)
                where = (
                    f" (the quotation runs over {paragraphs} paragraphs)" if paragraphs > 1 else ""
                )
                yield self.diagnostic(
                    quote.start,
                    quote.start + 1,
                    f"opening quotation mark {quote.open.char} is never closed{where}",
                )
        for mark in found.stray_closers:
            yield self.diagnostic(
                mark.offset,
                mark.offset + 1,
                f"closing quotation mark {mark.char} closes no quotation",
            )
