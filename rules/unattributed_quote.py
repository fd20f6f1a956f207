"""A quoted statement with no speaker: an orphan quote.

What it does:
    Reports a quotation of a full sentence or more (six words or more that start with a
    capital and end as a sentence, or several sentences) when no speaker is named for it:
    no attribution before or after it (`“…,” Doe said.`, `Doe said: “…”`,
    `according to Doe`, `she said`), none in its paragraph, and none in the sentence just
    before or after it. A quotation that continues over several paragraphs needs one
    attribution. Short scare quotes, titles and names in quotation marks (a program
    called "Safe Streets", a film title, anything in Title Case), quotations that start
    in mid-sentence (`questions such as “…?”`, `pledging, “…”`) and quotes inside quotes
    are not quotations of a speaker and are left alone.

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
from typing import ClassVar

from prlint.diagnostics import Diagnostic
from prlint.document import Document
from prlint.quotes import Quotation, has_speaker_near, quotations, quoted_text
from prlint.rule import Context, Option, Rule

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_SENTENCE_BREAK = re.compile(r"[.!?…][”’\"']?\s+[\"“‘']?[A-Z]")


def starts_sentence(doc: Document, quote: Quotation) -> bool:
    """A statement opens its sentence; a quote in mid-sentence (`such as “…”`,
    `pledging, “…”`, `a book called “…”`) is a title, a slogan or an example."""
    before = doc.text[max(0, quote.start - 200) : quote.start].rstrip(" \t\u00a0*_>-•")
    if before[-1:] in ("”", '"', "’", "'"):
        return before[-2:-1] in (".", "!", "?")  # `?,” “How…` goes on with the sentence
    return not before or before.endswith("\n") or before[-1] in ".!?:"


_STATEMENT = re.compile(
    r"\bstatement (?:from|of|by)\b|\b(?:offers|issues|releases|statement)\s+statement\b",
    re.IGNORECASE,
)


def introduced(doc: Document, quote: Quotation) -> bool:
    """A quotation introduced by the sentence before it: `Doe made the point that:` or a
    question it answers (an interview)."""
    before = doc.text[max(0, quote.start - 200) : quote.start].rstrip(" \t\n\u00a0*_>-•")
    return before.endswith((":", "?"))


def is_title(words: list[str]) -> bool:
    initials = [w[0] for w in words if len(w) >= 4]  # of the long words
    capitals = sum(map(str.isupper, initials))
    return bool(initials) and capitals / len(initials) >= 0.6


def is_full_sentence(doc: Document, quote: Quotation, min_words: int) -> bool:
    inner = quoted_text(doc, quote).strip(" \t\n*_")
    first = next((c for c in inner if c.isalpha()), "")
    if not first.isupper() and not inner.startswith(("…", "...")):
        return False
    after = doc.text[quote.end : quote.end + 1]
    if not (
        inner[-1:] in ".!?,;:…"
        or after in (".", ",")
        or len(quote.paragraphs) > 1
        or _SENTENCE_BREAK.search(inner)
    ):
        return False  # not a sentence (the cheap tests first, the words last)
    words = _WORD.findall(inner)
    return len(words) >= min_words and not is_title(words)


def _follows(doc: Document, quote: Quotation, previous: Quotation) -> bool:
    """Whether `quote` opens the paragraph right after the one `previous` ends in."""
    between = doc.text[previous.end : quote.start]
    if "\n" not in between or len(between) > 300:
        return False
    # Nothing but the first quotation's own attribution (`Doe said.`) may sit between.
    return len(_SENTENCE_END.findall(between)) <= 1 and not _WORD.search(
        between[between.rfind(".") + 1 :] if "." in between else ""
    )


class UnattributedQuote(Rule):
    name = "unattributed-quote"
    code = "PR403"
    summary = "Quoted sentence with no named speaker nearby (orphan quote)"
    options: ClassVar[dict[str, Option]] = {
        "min-words": Option(6, "Shortest quotation, in words, that counts as a statement."),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        min_words = ctx["min-words"]
        found = [q for q in quotations(doc) if q.depth == 0]
        orphans = []
        previous: Quotation | None = None
        previous_ok = False
        for quote in found:
            ok = self._attributed(doc, quote, min_words, previous, previous_ok)
            previous, previous_ok = quote, bool(ok)
            if ok is not None and not ok:
                orphans.append(quote)
        if not orphans:
            return
        # A statement release names its speaker in the headline ("Statement from …").
        head = doc.text[doc.body_start : min(found[0].start, doc.body_start + 800)]
        if _STATEMENT.search(head):
            return
        for quote in orphans:
            yield self.diagnostic(
                quote.start,
                quote.start + 1,
                "quotation has no speaker: attribute it in its paragraph "
                "(“…,” Jane Doe said.)",
            )

    def _attributed(
        self,
        doc: Document,
        quote: Quotation,
        min_words: int,
        previous: Quotation | None,
        previous_ok: bool,
    ) -> bool | None:
        """True when attributed, False for an orphan, None when not a statement at all."""
        if quote.attribution is not None:
            return True
        if not quote.closed:
            return None
        if not starts_sentence(doc, quote) or not is_full_sentence(doc, quote, min_words):
            return None
        if introduced(doc, quote) or has_speaker_near(doc, quote):
            return True
        # Consecutive quoted paragraphs of one speaker: the attribution of the first serves.
        return previous is not None and previous_ok and _follows(doc, quote, previous)
