"""Double quotation marks inside a double-quoted passage.

What it does:
    Reports a double-quoted passage nested in another double-quoted passage, such as a
    phrase a speaker quotes inside their own quotation.

Why it matters:
    A quote within a quote takes single marks (AP and most house styles). With doubles
    inside doubles the reader cannot tell which mark closes the speaker's quotation, and
    the inner mark is easily read as the end of the quote.

Example:
    Flagged:   “She told people “Do not come.” That is not a policy,” Doe said.
    Fine:      “She told people ‘Do not come.’ That is not a policy,” Doe said.

Fix:
    Safe: the inner pair becomes single marks of the same style (“ ” → ‘ ’, " " → ' ').
"""

from __future__ import annotations

from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Edit, Fix
from prlint.document import Document
from prlint.quotes import quotations, quoted_text
from prlint.rule import Context, Rule

_SINGLE = {"“": "‘", "”": "’", '"': "'"}


class NestedDoubleQuotes(Rule):
    name = "nested-double-quotes"
    code = "PR402"
    summary = "Double quotation marks nested inside a double-quoted passage"
    fix_safety = "safe"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for quote in quotations(doc):
            parent = quote.parent
            while parent is not None and not parent.double:
                parent = parent.parent
            if not quote.double or parent is None or quote.close is None:
                continue
            if not parent.closed or len(quote.open.char) != 1 or len(quote.close.char) != 1:
                continue  # an outer quotation never closed: a missing mark, not nesting
            fix = Fix.safe(
                Edit(quote.open.offset, quote.open.offset + 1, _SINGLE[quote.open.char]),
                Edit(quote.close.offset, quote.close.offset + 1, _SINGLE[quote.close.char]),
                description="use single quotation marks for the inner quotation",
            )
            inner = " ".join(quoted_text(doc, quote).split())
            if len(inner) > 40:
                inner = inner[:37] + "…"
            yield self.diagnostic(
                quote.start,
                quote.end,
                f"double quotation marks inside a quotation: use single marks for the "
                f"inner quotation {quote.open.char}{inner}{quote.close.char}",
                fix,
            )
