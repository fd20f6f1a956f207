"""A period or comma after a closing double quotation mark.

What it does:
    Reports a period or comma placed right after a closing double quotation mark
    (`“…”.`, `"…",`) in US style, where both always go inside. Question and exclamation
    marks are left alone (they go inside only when they belong to the quotation), and so
    are single marks, which close titles and inner quotes as often as they are
    apostrophes. With the option `style = "uk"` (logical punctuation, as in British and
    Australian releases) the rule reports nothing.

Why it matters:
    US newsrooms (AP, Chicago) put periods and commas inside the closing mark; a release
    that does otherwise looks edited to a different style and gets retouched.

Example:
    Flagged:   “We are proud of this result”, said Jane Doe.
    Flagged:   The program is called “Safe Streets”.
    Fine:      “We are proud of this result,” said Jane Doe.
    Fine:      Who said “never”?

Fix:
    Safe: the period or comma moves inside the closing mark.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Edit, Fix
from prlint.document import Document
from prlint.quotes import model
from prlint.rule import Context, Option, Rule


class PunctuationOutsideQuotes(Rule):
    name = "punctuation-outside-quotes"
    code = "PR406"
    summary = "Period or comma after a closing double quotation mark (US style puts it inside)"
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "style": Option(
            "us",
            "us: periods and commas go inside closing marks; uk: logical punctuation, "
            "not checked.",
            choices=("us", "uk"),
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if ctx["style"] != "us":
            return
        text = doc.text
        for mark in model(doc).marks:
            if mark.role != "close":
                continue
            i = mark.offset
            punct = text[i + 1 : i + 2]
            if punct not in (".", ",") or not mark.double:
                continue
            if text[i + 1 : i + 3] in ("..", ",,") or text[i - 1 : i] in (".", ",", "!", "?", "…"):
                continue  # an ellipsis, or punctuation already inside: a different problem
            if text[i + 2 : i + 3].isalnum():
                continue  # `"foo".com`, `"3",000`: not sentence punctuation
            name = "period" if punct == "." else "comma"
            fix = Fix.safe(
                Edit(i, i + 2, punct + mark.char),
                description=f"move the {name} inside the closing quotation mark",
            )
            yield self.diagnostic(
                i,
                i + 2,
                f"{name} after the closing quotation mark: put it inside ({punct}{mark.char})",
                fix,
            )
