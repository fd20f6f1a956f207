"""A phone number that cannot be dialled.

What it does:
    Reports phone numbers that the `phonenumbers` library says are not valid for the
    release's region: a wrong digit count, an area code or exchange that does not exist,
    a mobile prefix that is not one. The region comes from the `region` setting, else
    from the release itself (dateline city, Australian state names, `+CC` prefixes,
    country-code domains such as `.gov.au` or `.co.uk`, YAML front matter), else `US`.
    Extensions (`ext. 123`, `x123`) and `Office:`/`Cell:`/`(office)` labels are fine.
    Dates, money, case and docket numbers, ISBNs, zip codes, percentages and the like are
    never read as phone numbers. Numbers in releases dated before a region's current
    numbering plan (Australia before 1999, the UK before 2001) are not judged.

Why it matters:
    A contact number with a typo is worse than none: the reporter calls a stranger and
    gives up. Fictional 555-01xx numbers are reported by `placeholder-contact`.

Example:
    Flagged:   Office: 714-347-843             (one digit short)
    Flagged:   (123) 456-7890                  (no area code starts with 1)
    Fine:      (443) 396-3317
    Fine:      02 6277 7700                     (in an Australian release)

Fix:
    None: only the writer knows the right number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from prlint.contacts import NANP_REGIONS, PLAN_SINCE, analyse, is_placeholder_phone
from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule

# The digits of a North American number as parsing reads it: an optional "1", then ten
# digits with an area code and an exchange that start with 2-9.
_NANP_DIGITS = re.compile(r"1?([2-9]\d\d[2-9]\d{6})", re.ASCII)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def _valid_number(text: str, region: str) -> bool:
    """phonenumbers' verdict on a number as written, read in a region (parsing is slow,
    and a release series repeats its contact numbers, so verdicts are kept)."""
    import phonenumbers

    digits = "".join(_DIGIT.findall(text))
    nanp = (
        _NANP_DIGITS.fullmatch(digits)
        if region in NANP_REGIONS and text.isascii() and not text.startswith("+")
        else None
    )
    if nanp is not None:
        # What parsing makes of it, without the parsing (most of the cost):
        # tests/test_contacts.py holds the two to the same verdicts.
        number = phonenumbers.PhoneNumber(country_code=1, national_number=int(nanp.group(1)))
        # A number valid in the US is valid: is_valid_number tries the US first (it has
        # no leading digits to pick its numbers by) and then checks the number there again.
        if phonenumbers.is_valid_number_for_region(number, "US"):
            return True
    else:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return False
    return bool(phonenumbers.is_valid_number(number))


class InvalidPhone(Rule):
    name = "invalid-phone"
    code = "PR203"
    summary = "Phone number that is not valid for the release's region"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        found = analyse(doc, ctx.settings)
        if not found.phones:
            return
        region = found.region
        old_plan = found.year is not None and found.year < PLAN_SINCE.get(region, 0)
        for phone in found.phones:
            if phone.kind == "vanity" or is_placeholder_phone(phone):
                continue
            if old_plan and phone.kind != "intl":
                continue
            if _valid_number(phone.text, region):
                continue
            where = "" if phone.text.startswith("+") else f" in region {region}"
            yield self.diagnostic(
                phone.start,
                phone.end,
                f"phone number {phone.text!r} is not a valid number{where}",
            )
