"""An email address that cannot receive mail.

What it does:
    Reports email addresses that `email-validator` rejects: two dots in a row, a domain
    with no dot or a bad label, a space or comma inside, a local part too long. Scraped
    text is handled with care: trailing punctuation is not part of the address, and
    addresses inside URLs are skipped. Checking is syntax only; set
    `check-deliverability = true` to also look the domain up in DNS (never by default).

Why it matters:
    A reporter who gets a bounce does not try twice.

Example:
    Flagged:   jane.doe@acme..com
    Flagged:   press@acme
    Fine:      fernanda@communicationsshop.us.
    Fine:      [julie.holmquist@PACER.org](mailto:julie.holmquist@PACER.org)

Fix:
    None: only the writer knows the right address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from prlint.contacts import analyse, is_placeholder_email
from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule

# Addresses this plain (letters and digits joined by single dots, hyphens, underscores or
# pluses, within the length limits, on a top-level domain of letters that is not one of
# the special-use names email-validator rejects) are ones it always accepts on syntax
# (tests/test_contacts.py holds it to that): nearly every address in releases, judged
# without calling it, or importing it.
PLAIN_ADDRESS = re.compile(
    r"(?=[^@]{1,64}@)(?=.{1,254}\Z)"
    r"[a-z0-9]+(?:[._+-][a-z0-9]+)*"
    r"@(?:(?=[a-z0-9-]{1,63}\.)[a-z0-9]+(?:-[a-z0-9]+)*\.)+"
    r"(?!(?:arpa|invalid|local|localhost|onion|test)\Z)[a-z]{2,63}\Z",
    re.ASCII | re.IGNORECASE,
)


def _rejection(address: str, deliverability: bool) -> str | None:
    """email-validator's reason for rejecting an address (None: accepted, or the check
    failed otherwise: a resolver failure must not break linting)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=deliverability)
    except EmailNotValidError as exc:
        return str(exc)
    except Exception:
        return None
    return None


@lru_cache(maxsize=4096)
def _syntax_rejection(address: str) -> str | None:
    """The rejection on syntax alone. Validating is slow and a release series repeats its
    addresses, so these verdicts are kept (DNS answers, with check-deliverability, are not)."""
    return _rejection(address, False)


class InvalidEmail(Rule):
    name = "invalid-email"
    code = "PR204"
    summary = "Email address that email-validator rejects"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        found = analyse(doc, ctx.settings)
        if not found.emails:
            return
        deliverability = bool(ctx.settings.get("check-deliverability", False))
        texts = {e.address.lower() for e in found.emails if not e.in_link_target}
        for email in found.emails:
            if is_placeholder_email(email.address):
                continue  # placeholder-contact reports these
            if email.in_link_target and email.address.lower() in texts:
                continue  # [addr](mailto:addr): report the visible address once
            if deliverability:
                error = _rejection(email.address, True)
            elif PLAIN_ADDRESS.match(email.address):
                error = None
            else:
                error = _syntax_rejection(email.address)
            if error is not None:
                yield self.diagnostic(
                    email.start,
                    email.end,
                    f"email address {email.address!r} is not valid: {error}",
                )
