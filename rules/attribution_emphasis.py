"""An attribution wrapped in bold or italic markup.

What it does:
    Reports an attribution (`said Jane Doe`, `Doe said`, `according to Doe`) wrapped in
    emphasis markup: `**…**`, `***…***`, `__…__`, `_…_` or `*…*`, in Markdown and in
    plain text, where the markup shows up as literal asterisks.

Why it matters:
    Emphasis on an attribution is a formatting leak from a template or a word processor:
    it renders as stray asterisks on the wire, or as a bold speaker line no newsroom uses.

Example:
    Flagged:   “We are proud of this result,” **stated Jane Doe.**
    Flagged:   “We are proud of this result,” *Doe said*.
    Fine:      “We are proud of this result,” said Jane Doe.

Fix:
    Safe: the markup is removed; the words stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Edit, Fix
from prlint.document import Document
from prlint.quotes import model
from prlint.rule import Context, Rule

_RUN = re.compile(r"[*_]{1,3}\Z")


class AttributionEmphasis(Rule):
    name = "attribution-emphasis"
    code = "PR405"
    summary = "Attribution wrapped in emphasis markup (**stated Jane Doe.**)"
    fix_safety = "safe"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.text
        for attribution in model(doc).attributions:
            if text[attribution.start - 1 : attribution.start] not in ("*", "_"):
                continue  # (no markup right before it: `_RUN` cannot match)
            opener = _RUN.search(text, max(0, attribution.start - 3), attribution.start)
            if opener is None:
                continue
            run = opener.group()
            if len(set(run)) != 1:
                continue
            # The run must not be glued to a word before it (`snake_case_said`).
            before = text[opener.start() - 1 : opener.start()]
            if before.isalnum():
                continue
            line_end = text.find("\n\n", attribution.end)
            line_end = len(text) if line_end < 0 else line_end
            limit = min(line_end, attribution.end + 300)
            close_at = text.find(run, attribution.end, limit)
            if close_at < 0:
                continue
            after = text[close_at + len(run) : close_at + len(run) + 1]
            if after in ("*", "_") or after.isalnum():
                continue
            # Nothing but the attribution and its sentence may sit inside the markup.
            inside = text[attribution.end : close_at]
            if any(c in inside for c in "“”\"") or "\n\n" in inside:
                continue
            fix = Fix.safe(
                Edit(opener.start(), opener.end(), ""),
                Edit(close_at, close_at + len(run), ""),
                description="remove the emphasis markup around the attribution",
            )
            yield self.diagnostic(
                opener.start(),
                close_at + len(run),
                f"attribution wrapped in emphasis markup {run}…{run}: remove the markup",
                fix,
            )
