"""The release names no media contact.

What it does:
    Reports a release with no media contact anywhere, top or bottom: no contact label
    (`CONTACT:`, `Contact:`, `Contacts`, `Media Contact:`, `Press Contact:`, `Media:`,
    `Investors:`, `For further information, please contact`, `/CONTACT:`, bold Markdown
    labels such as `**Media Contact:**`), no `mailto:` link, and no stacked contact (a
    person's name followed by `Office:`/`Cell:` numbers or an email address). It is
    reported once, at the start of the release.

Why it matters:
    A journalist with a question needs a person to call. Wires require a contact with a
    name, phone and email; a release without one is often simply not covered.

Example:
    Flagged:   A release whose last paragraph is the boilerplate, with no contact.
    Fine:      CONTACT:
               Fernanda Durand (443) 396-3317 fernanda@communicationsshop.us
    Fine:      For further information, please contact Ed Griffith at (305) 547-0535

Fix:
    None: who should take the calls is for the writer to decide.
"""

from __future__ import annotations

from collections.abc import Iterator

from prlint.contacts import analyse
from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule


class MissingContact(Rule):
    name = "missing-contact"
    code = "PR201"
    summary = "No media contact anywhere in the release"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        first = next((line for line in doc.lines[doc.body_start_line :] if not line.is_blank), None)
        if first is None:
            return
        found = analyse(doc, ctx.settings)
        if found.contacts or found.has_mailto or found.has_prose_contact:
            return
        start = first.start + (len(first.text) - len(first.text.lstrip()))
        yield self.diagnostic(
            start,
            start,
            "the release has no media contact; add a contact block with a person's name, "
            "phone number and email address",
        )
