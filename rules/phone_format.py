"""Phone numbers not written in the house format.

What it does:
    With the `format` option set, reports valid phone numbers written another way and
    offers a safe fix that rewrites them (an extension after the number is kept):

    - `national`: the national form, e.g. `(952) 838-9000`, `(02) 6277 7700`;
    - `international`: `+1 952-838-9000`, `+61 2 6277 7700`;
    - `e164`: `+19528389000`;
    - `dots`: `952.838.9000`, `02.6277.7700`;
    - `as-written` (the default): report nothing.

    Numbers from another country than the release's region are written in international
    form under `national` and `dots`. Invalid, fictional and vanity numbers are left alone
    (see `invalid-phone` and `placeholder-contact`).

Why it matters:
    One consistent form reads as care; a mix of `(952) 838-9000`, `952.838.9000` and
    `952-838-9000` in one release reads as a patchwork.

Example:
    Flagged:   Call 952.838.9000.        (format = "national")
    Fine:      Call (952) 838-9000.      (format = "national")

Fix:
    Safe: only digit grouping and punctuation change (`e164` and `international` add the
    country code, a documented form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.contacts import analyse, is_placeholder_phone
from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document
from prlint.rule import Context, Option, Rule

FORMATS = ("as-written", "national", "international", "e164", "dots")


class PhoneFormat(Rule):
    name = "phone-format"
    code = "PR206"
    summary = "Phone number not written in the house format"
    severity = Severity.INFO
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "format": Option(
            "as-written",
            "House phone format: national, international, e164, dots, or as-written (off).",
            choices=FORMATS,
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        style = ctx["format"]
        if style == "as-written":
            return
        found = analyse(doc, ctx.settings)
        if not found.phones:
            return
        import phonenumbers
        from phonenumbers import PhoneNumberFormat

        region = found.region
        home_code = phonenumbers.country_code_for_region(region)
        for phone in found.phones:
            if phone.kind == "vanity" or is_placeholder_phone(phone):
                continue
            try:
                number = phonenumbers.parse(phone.text, region)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(number):
                continue
            number.extension = None
            home = number.country_code == home_code
            if style == "e164":
                wanted = phonenumbers.format_number(number, PhoneNumberFormat.E164)
            elif style == "international" or not home:
                wanted = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            else:
                wanted = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            if style == "dots":
                wanted = re.sub(r"[ \-]+", ".", wanted.replace("(", "").replace(")", ""))
            if wanted == phone.text:
                continue
            yield self.diagnostic(
                phone.start,
                phone.end,
                f"write {phone.text!r} as {wanted!r} ({style} house format)",
                Fix.safe(Edit(phone.start, phone.end, wanted), description=f"write {wanted}"),
            )
