"""A suppression comment that suppresses nothing.

What it does:
    Reports `<!-- prlint-disable ... -->`-style comments that did not hide any finding,
    and those that name a rule prlint does not know.

Why it matters:
    Stale suppressions hide future problems and mislead the next editor; a misspelt
    rule name suppresses nothing at all.

Example:
    Flagged:   <!-- prlint-disable-next-line placeholder-link -->
               A line with no placeholder link.
    Fine:      <!-- prlint-disable-next-line placeholder-link -->
               Read the [report](#).

Fix:
    None: delete the comment once you have checked it is stale.
"""

from __future__ import annotations

from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule


class UnusedSuppression(Rule):
    name = "unused-suppression"
    code = "PR001"
    summary = "Suppression comment that suppresses nothing"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # Computed by the engine once every other rule has run.
        return iter(())
