"""A quoted statement with no speaker: an orphan quote.

What it does:
    Reports a quotation of a full sentence or more (six words or more that start with a
    capital and end as a sentence, or several sentences) when no speaker is named for it:
    no attribution before or after it (`“…,” Doe said.`, `Doe said: “…”`,
    `according to Doe`, `she said`), none in its paragraph, and none in the sentence just
    before or after it. A quotation that continues over several paragraphs needs one
    attribution. Short scare quotes, titles and names in quotation marks (a program
    called "Safe Streets", a film title), and quotes inside quotes are not quotations of
    a speaker and are left alone.

Why it matters:
    Reporters cannot use a quote they cannot attribute, and an orphan quote reads as the
    organisation putting words on the page with nobody standing behind them.

Example:
    Flagged:   “This investment will transform how our region works.”
               (and no speaker in the paragraph or next to it)
    Fine:      “This investment will transform how our region works,” said Jane Doe,
               chief executive officer of Acme.
    Fine:      The program, called "Safe Streets for All", starts in May.

Fix:
    None: only the writer knows who said it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.diagnostics import Diagnostic
from prlint.document import Document
from prlint.quotes import Quotation, has_speaker_near, quotations, quoted_text
from prlint.rule import Context, Option, Rule

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_SENTENCE_BREAK = re.compile(r"[.!?…][”’\"']?\s+[\"“‘']?[A-Z]")


def is_full_sentence(doc: Document, quote: Quotation, min_words: int) -> bool:
    inner = quoted_text(doc, quote).strip(" \t\n*_")
    words = _WORD.findall(inner)
    if len(words) < min_words:
        return False
    first = next((c for c in inner if c.isalpha()), "")
    if not first.isupper() and not inner.startswith(("…", "...")):
        return False
    if len(quote.paragraphs) > 1 or _SENTENCE_BREAK.search(inner):
        return True
    after = doc.text[quote.end : quote.end + 1]
    return inner[-1:] in ".!?,;:…" or after in (".", ",")


class UnattributedQuote(Rule):
    name = "unattributed-quote"
    code = "PR403"
    summary = "Quoted sentence with no named speaker nearby (orphan quote)"
    options = {
        "min-words": Option(6, "Shortest quotation, in words, that counts as a statement."),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        min_words = ctx["min-words"]
        for quote in quotations(doc):
            if quote.depth != 0 or quote.attribution is not None or not quote.closed:
                continue
            if not is_full_sentence(doc, quote, min_words):
                continue
            if has_speaker_near(doc, quote):
                continue
            yield self.diagnostic(
                quote.start,
                quote.start + 1,
                "quotation has no speaker: attribute it in its paragraph "
                "(“…,” Jane Doe said.)",
            )
