"""No end mark closes the release.

What it does:
    Reports a release with no end mark: a line holding only `###` (or an accepted
    equivalent such as `# # #`, `-30-`, `-0-`, `END`) after the body.

Why it matters:
    The end mark tells editors where the release stops and the boilerplate or contact
    details begin; without it, material after the body is easily printed as part of it.
    Which form is the house form is checked by `end-mark-format`.

Example:
    Flagged:   ...the last paragraph.  (and nothing after it)
    Fine:      ...the last paragraph.
               ###

Fix:
    None: where the release ends is for the writer to decide.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Option, Rule


class MissingEndMark(Rule):
    name = "missing-end-mark"
    code = "PR501"
    summary = "No ### (or accepted equivalent) closes the release"
    severity = Severity.WARNING
    options: ClassVar[dict[str, Option]] = {
        "end-mark": Option("###", "The house end mark, named in the message."),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if doc.structure.end_mark is not None:
            return
        body = reversed(doc.lines[doc.body_start_line :])
        last = next((line for line in body if not line.is_blank), None)  # the last non-blank
        if last is None:
            return
        yield self.diagnostic(
            last.end,
            last.end,
            f"the release has no end mark; add {ctx['end-mark']!r} on its own line after the body",
        )
