"""Contact details that are placeholders, never real.

What it does:
    Reports contact values that must never ship: NANP fictional numbers `555-0100` to
    `555-0199` (any area code), masked numbers such as `XXX-XXX-XXXX`, stand-in addresses
    such as `name@company.com` or `email@domain.com`, any address on the reserved
    `example.com`/`example.org`/`example.net` domains, and obfuscation residue such as
    Cloudflare's `[email protected]`, left where a scraper or CMS hid the real address
    (each occurrence is reported).

Why it matters:
    These are draft residue or a broken page: the reader sees a contact that cannot
    work, and the release looks unfinished.

Example:
    Flagged:   Call Jane Doe at (312) 555-0142.
    Flagged:   Phone: XXX-XXX-XXXX   Email: name@company.com
    Flagged:   or [email protected]
    Fine:      Call Jane Doe at (312) 555-1234.

Fix:
    None: the real number or address has to come from the writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.contacts import (
    CLOUDFLARE,
    FICTIONAL_NANP,
    MASKED_PHONE,
    analyse,
    is_placeholder_email,
    phone_shapes,
)
from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule

# Cheap tests that a text may hold a match: every match holds one of these, at most 9
# (fictional) or 6 (masked) characters after its start, so the full patterns (which no
# literal starts) need only be run from there. (A fictional number holds "555", found
# faster by str.find than by the pattern below.)
_MAYBE_FICTIONAL = re.compile(r"555[ .\-]?01\d\d")


class PlaceholderContact(Rule):
    name = "placeholder-contact"
    code = "PR205"
    summary = "Placeholder phone or email: 555-01xx, XXX-XXX-XXXX, name@company.com, ..."
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.text
        found: list[tuple[int, int, str]] = []
        five = text.find("555", doc.body_start)
        maybe_fictional = _MAYBE_FICTIONAL.search(text, five) if five >= 0 else None
        fictional = (
            FICTIONAL_NANP.finditer(text, max(doc.body_start, maybe_fictional.start() - 9))
            if maybe_fictional
            else ()
        )
        for match in fictional:
            found.append(
                (
                    match.start(),
                    match.end(),
                    f"{match.group()!r} is a fictional 555-01xx number; put the real number in",
                )
            )
        # [Xx#]{3}[ .\-][Xx#]{4} is "xxx-xxxx" in the phone shapes (and so are a few
        # other texts: the pattern decides).
        maybe_masked = phone_shapes(doc).find(b"xxx-xxxx", doc.body_start)
        masked = (
            MASKED_PHONE.finditer(text, max(doc.body_start, maybe_masked - 6))
            if maybe_masked >= 0
            else ()
        )
        for match in masked:
            found.append(
                (
                    match.start(),
                    match.end(),
                    f"placeholder phone number {match.group()!r}; put the real number in",
                )
            )
        for email in analyse(doc, ctx.settings).emails:
            if email.in_link_target or not is_placeholder_email(email.address):
                continue
            found.append(
                (
                    email.start,
                    email.end,
                    f"placeholder email address {email.address!r}; put the real address in",
                )
            )
        residue = CLOUDFLARE.finditer(text, doc.body_start) if "protected]" in text else ()
        for match in residue:
            found.append(
                (
                    match.start(),
                    match.end(),
                    "'[email protected]' is obfuscation residue where an email address was hidden; "
                    "restore the real address",
                )
            )
        for start, end, message in sorted(found):
            yield self.diagnostic(start, end, message)
