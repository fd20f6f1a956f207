"""Media contacts: contact-block detection, phone and email candidates, region inference.

Everything here is computed once per document (`analyse(doc)`) and shared by the contact
rules. Other modules (the structure analysis) call `find_contact_blocks(doc)`.

Phone candidates are found with our own regex rather than phonenumbers' matcher, because
the matcher silently skips invalid numbers, and those are exactly what `invalid-phone`
reports. A candidate must have the *shape* of a phone number (NANP 3-3-4, a trunk-0
national number outside North America, a `+CC` international number, or any digit run
right after a phone label such as `Office:`), so dates, money, case numbers, ISBNs, zip
codes and the like never reach the validator.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

if TYPE_CHECKING:
    from prlint.document import Block, Document, Line

NANP_REGIONS = frozenset({"US", "CA", "PR", "GU", "VI", "AS", "MP"})
# Numbering plans changed under some releases' feet: a release dated before the year a
# region's current plan was complete cannot be judged by today's plan (Australia moved to
# eight-digit local numbers, 1994-1998; the UK's "Big Number Change" finished in 2000).
PLAN_SINCE = {"AU": 1999, "GB": 2001}

# --- phones -------------------------------------------------------------------------

_PHONE_LABELS = (
    "office", "cellphone", "cell", "mobile", "mob", "phone", "ph", "tel", "telephone", "direct",
    "desk", "work", "fax", "main", "toll-free", "toll free", "hotline", "call", "whatsapp",
    "t", "m", "p", "o", "c", "d",
)
_PHONE_LABEL = "(?:" + "|".join(map(re.escape, _PHONE_LABELS)) + ")"


def _backwards(words: tuple[str, ...]) -> str:
    """An alternation of the words, each spelled backwards."""
    return "(?:" + "|".join(re.escape(word[::-1]) for word in words) + ")"


# A run of digit groups: optional +CC, optional (area), then groups joined by one
# separator each. Each repetition consumes a mandatory separator and digits, so the
# pattern is linear. The first character (`+`, `(` or a digit) is consumed before the
# look-behinds, which check what precedes it: a pattern that starts with a character
# class lets the regex engine skip to candidates in C.
PHONE_RUN = re.compile(
    r"(?P<num>[\d+(](?<![\w$€£#%@+.,:\-].)(?<![\w][.,:\-].)(?<![A-Za-z_]/.)"
    r"(?:(?<=\+)[ ]?\d{1,3}(?:[ .\-]|-[ ])?(?:\(0\)[ ]?)?(?:\(\d{1,5}\)[ .\-]?)?\d{1,10}"
    r"|(?<=\()\d{1,5}\)[ .\-]?\d{1,10}"
    r"|(?<=\d)\d{0,9})"
    r"(?:(?:[ .\-]|-[ ]|[ ]{2})\d{1,10}){0,5}"
    r")"
    r"(?![\w%$€£]|[.,:\-]\d|/[A-Za-z]|\.[A-Za-z])"
)
# The text before a number is matched backwards (reversed, from its start) against the
# patterns below: one anchored match instead of a search from each place where what they
# look for could start. A phone label (`Office:`, `Tel. no.`, `(cell) `) that ends it:
#     (?:^|[\s(\[|,;/])(?P<label>LABEL)\.?\s*(?:[:\-–]|no\.?)?\s*\(?$
# (The blank runs are possessive: what follows each starts with no blank, so giving one
# back never helps.)
_LABEL_BEFORE_SOURCE = (
    r"\(?\s*+(?:[:\-–]|\.?on)?\s*+\.?(?P<label>"
    + _backwards(_PHONE_LABELS)
    + r")(?:\Z|[\s(\[|,;/])"
)
_LABEL_BEFORE_BACKWARDS = re.compile(_LABEL_BEFORE_SOURCE, re.IGNORECASE)
# The same for ASCII text lower-cased (the labels are lower-case): a case-blind match
# compares each character through Unicode case tables, and most text before a number is
# ASCII, where matching its lower case is the same.
_LABEL_BEFORE_BACKWARDS_LOWER = re.compile(_LABEL_BEFORE_SOURCE)
_EXT_AFTER = re.compile(
    r"[ \t]{0,3}(?:,[ \t]?)?(?:ext\.?|extension|x)[ \t]?(?P<ext>\d{1,6})\b", re.IGNORECASE
)
_ONE_LETTER_LABEL = re.compile(r"(?:^|\s)[A-Za-z][:.]\s*$")
# What makes a number not a phone number (`ISBN`, `Case No.`, `#`, `$`), then blanks:
#     (?:\b(?:WORD)\.?|[#§$€£])[ \t:#]*$
_NOT_PHONE_WORDS = (
    "ISBN", "ISBN-10", "ISBN-13", "ABN", "ACN", "ARBN", "No", "Nos", "Number", "Case", "Docket",
    "Ref", "Reference", "Invoice", "Order", "Account", "Acct", "Policy", "Claim", "Permit",
    "License", "Licence", "Lot", "Item", "Ticket", "Serial", "ID", "PIN", "Code", "Section",
    "Sec", "Statute", "Bill", "SB", "HB", "AB",
)
# Written as `[ \t:#]*(?:\.?WORD\b|[#§$€£])` matches, without its backtracking: in a run
# of blanks, colons and #, only a "#" can start what follows the run.
_NOT_PHONE_SOURCE = r"[ \t:]*#|[ \t:#]*+(?:\.?" + _backwards(_NOT_PHONE_WORDS) + r"\b|[#§$€£])"
_NOT_PHONE_BACKWARDS = re.compile(_NOT_PHONE_SOURCE, re.IGNORECASE)
_NOT_PHONE_BACKWARDS_LOWER = re.compile(_NOT_PHONE_SOURCE.lower())  # (see above)


class Phone(NamedTuple):
    """(A named tuple rather than a frozen dataclass: cheaper to build.)"""

    start: int  # the number as written, without any extension
    end: int
    text: str
    digits: str
    kind: str  # nanp | trunk | intl | local | labelled
    label: str | None = None  # Office, Cell, ...
    ext: str | None = None


# Vanity numbers (800-53-PACER, 1-800-AHA-USA1) are a way to reach someone but cannot
# be validated digit by digit. Written like PHONE_RUN to start with its first character.
_VANITY = re.compile(
    r"[18(](?<![\w-].)(?:(?<=1)[ .\-]\(?8|(?<=\()8|(?<=8))(?:00|33|44|55|66|77|88)\)?[ .\-]"
    r"(?=[A-Z0-9\-]{0,6}[A-Z])[A-Z0-9]{2,4}[ .\-]?[A-Z0-9]{2,5}\b"
)
# A cheap test that a text may hold a vanity number.
_MAYBE_VANITY = re.compile(r"8(?:00|33|44|55|66|77|88)\)?[ .\-]")


_DIGITS = re.compile(r"\d+")


def _groups(text: str) -> list[str]:
    return _DIGITS.findall(text)


_TRUNK = re.compile(r"\(?0[1-9]")


def _shape(text: str, groups: list[str], digits: str, region: str, labelled: bool) -> str | None:
    """The kind of number `text` is, given its digit groups and their digits."""
    sizes = list(map(len, groups))
    if text.startswith("+"):
        return "intl" if 8 <= len(digits) <= 15 else ("labelled" if labelled else None)
    nanp = region in NANP_REGIONS
    trunk = bool(_TRUNK.match(text)) and len(groups) >= 2 and 9 <= len(digits) <= 11
    if nanp:
        if sizes == [3, 3, 4] or (sizes == [1, 3, 3, 4] and groups[0] == "1"):
            return "nanp"
        if text.startswith("(") and sizes in ([3, 7], [3, 3, 4]):
            return "nanp"
        if trunk and not labelled:
            # A national number of another country (`0412 345 678`): a way to reach
            # someone, but not one to judge by the North American plan.
            return "foreign"
    else:
        if trunk:
            return "trunk"
        if region == "AU" and (
            sizes == [4, 3, 3] and groups[0] in ("1300", "1800")
        ):
            return "local"
    if labelled and 7 <= len(digits) <= 15:
        return "labelled"
    return None


# ascii_text with digits (and "?", which stands for any other character, a digit among
# them) as "0", the other characters a phone number is written with as "-", X, x and #
# as "x" (for masked numbers, `XXX-XXX-XXXX`), and the rest as "a".
_PHONE_CHARS = bytes(
    ord("0") if c in b"0123456789?"
    else ord("-") if c in b" .-()+"
    else ord("x") if c in b"Xx#"
    else ord("a")
    for c in range(256)
)


def phone_shapes(doc: Document) -> bytes:
    """The text translated by _PHONE_CHARS (kept: the placeholder rule reads it too)."""
    shapes: bytes | None = doc.__dict__.get("_prlint_phone_chars")
    if shapes is None:
        shapes = doc.__dict__["_prlint_phone_chars"] = ascii_text(doc).translate(_PHONE_CHARS)
    return shapes


# From a digit to the end of its run of those characters, seven of them at least: every
# run with seven digits or more holds one, from its first digit.
_LONG_RUN = re.compile(rb"0[-0]{6,}")


def _phone_char_matches(
    doc: Document, pattern: re.Pattern[str], minimum: int
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(doc.text, doc.body_start)` that hold `minimum`
    digits or more (7 at least), for a pattern that matches only digits and the characters
    ` .-()+`, and looks at most two characters past its match.

    Such a match lies in a run of those characters, so it is the same from the run's
    start as from the text's, and only runs with that many digits need scanning (few
    do; a regex scan of the whole text costs more than all the rest of the search)."""
    text = doc.text
    shapes = phone_shapes(doc)
    for run in _LONG_RUN.finditer(shapes, doc.body_start):
        end = run.end()
        if shapes.count(b"0", run.start(), end) < minimum:
            continue
        start = shapes.rfind(b"a", 0, run.start())
        start = max(shapes.rfind(b"x", start + 1, run.start()) + 1, start + 1, doc.body_start)
        for match in pattern.finditer(text, start, end + 2):
            if match.start() >= end:
                break
            yield match


def find_phones(doc: Document, region: str | Callable[[], str]) -> list[Phone]:
    """The phone numbers of a document read in `region` (or in the region a function
    gives, asked only when a number needs it: few texts have one)."""
    text = doc.text
    phones: list[Phone] = []
    # A number is kept only with 7 digits or more (below).
    for match in _phone_char_matches(doc, PHONE_RUN, 7):
        raw = match.group("num")
        start, end = match.start("num"), match.end("num")
        # A trailing separator or an unclosed parenthesis is not part of the number.
        while raw and raw[-1] in " .-(":
            raw, end = raw[:-1], end - 1
        if len(raw) < 7:
            continue
        groups = _groups(raw)
        digits = "".join(groups)
        if len(digits) < 7:
            continue  # too short for any shape: years, counts, dates
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 40) : start]
        backwards = before[::-1]
        if backwards.isascii():
            lower = backwards.lower()
            if _NOT_PHONE_BACKWARDS_LOWER.match(lower):
                continue
            label_match = _LABEL_BEFORE_BACKWARDS_LOWER.match(lower)
        else:
            if _NOT_PHONE_BACKWARDS.match(backwards):
                continue
            label_match = _LABEL_BEFORE_BACKWARDS.match(backwards)
        label = None
        if label_match:  # (the label as written)
            label = backwards[label_match.start("label") : label_match.end("label")][::-1]
        if label and len(label) == 1 and not _ONE_LETTER_LABEL.search(before):
            label = None  # a one-letter label only as "T:" / "M." right before the number
        if not isinstance(region, str):
            region = region()
        kind = _shape(raw, groups, digits, region, label is not None)
        if kind is None:
            continue
        # (Past at most 5 blanks and a comma, an extension opens with "e" or "x".)
        after = text[end : end + 7].lstrip(" \t,")[:1]
        ext_match = _EXT_AFTER.match(text, end) if after in ("e", "x", "E", "X") else None
        phones.append(
            Phone(
                start,
                end,
                raw,
                digits,
                kind,
                label,
                ext_match.group("ext") if ext_match else None,
            )
        )
    # A vanity number starts at most 3 characters before what _MAYBE_VANITY matches.
    maybe_vanity = _MAYBE_VANITY.search(text, doc.body_start)
    vanity = (
        _VANITY.finditer(text, max(doc.body_start, maybe_vanity.start() - 3))
        if maybe_vanity
        else ()
    )
    numbers = phones[:]  # in order and disjoint
    for match in vanity:
        # Only the last number that starts at or before the vanity one can hold it.
        at = bisect_right(numbers, match.start(), key=lambda p: p.start) - 1
        if at < 0 or match.start() >= numbers[at].end:
            phones.append(
                Phone(match.start(), match.end(), match.group(), "".join(_groups(match.group())),
                      "vanity")
            )
    phones.sort(key=lambda p: p.start)
    return phones


# --- emails -------------------------------------------------------------------------

EMAIL_RUN = re.compile(
    r"(?=[\w.+'%&=~-])(?<![\w.+'%/-])(?P<addr>[\w.+'%&=~-]{1,64}@[\w.\-\[\]]{1,253})", re.UNICODE
)
_TRAILING = ".,;:!?'\"”’)]>*_"


class Email(NamedTuple):
    start: int
    end: int
    address: str
    in_link_target: bool = False  # inside (mailto:...) of a Markdown link


_LOCAL_CHAR = re.compile(r"[\w.+'%&=~-]")


def _email_runs(text: str, pos: int) -> Iterator[re.Match[str]]:
    """The matches of `EMAIL_RUN.finditer(text, pos)`, looked for only around each "@".

    A match holds exactly one "@" (neither side's characters include it), with 1 to 64
    characters before it and at most 253 after, so the first match from `end` on, if
    any, uses the first "@" from `end` on, starts at most 64 characters before it and
    ends within 254 characters after it."""
    end = pos
    at = text.find("@", pos)
    while at >= 0:
        if at > end and _LOCAL_CHAR.match(text, at - 1):
            # (Nor can it start at or before a space before the "@".)
            start = max(end, at - 64)
            start = max(start, text.rfind(" ", start, at) + 1)
            match = EMAIL_RUN.search(text, start, at + 254)
            if match is not None and match.start() < at:
                yield match
                end = match.end()
        at = text.find("@", max(at + 1, end))


def find_emails(doc: Document) -> list[Email]:
    text = doc.text
    emails: list[Email] = []
    for match in _email_runs(text, doc.body_start):
        addr = match.group("addr")
        start = match.start("addr")
        while addr and addr[-1] in _TRAILING:
            addr = addr[:-1]
        if "@" not in addr or addr.endswith("@") or "[" in addr or "]" in addr:
            continue
        # Skip addresses inside URLs (https://host/path@x, //user@host): the token starts
        # after the last space, newline or bracket before the address.
        space = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start))
        token_start = max(space, *(text.rfind(c, space + 1, start) for c in "([<)")) + 1
        prefix = text[token_start:start]
        if "://" in prefix or prefix.startswith("www.") or "/" in prefix:
            continue
        in_target = text[max(0, start - 8) : start].lower().endswith("mailto:") and (
            text[max(0, start - 10) : start - 7] == "]("
            or text[max(0, start - 10) : start - 7].endswith("(")
        )
        emails.append(Email(start, start + len(addr), addr, in_target))
    return emails


# --- region -------------------------------------------------------------------------

# (Compiled when first needed, like the place names below: most documents need none.)
_TLD_REGION = [
    (r"\.(?:com|gov|org|net|edu|asn|id|csiro)\.au\b", "AU", "au"),
    (r"\.(?:co|org|gov|ac|nhs|ltd|plc|me|police|parliament)\.uk\b", "GB", "uk"),
    (r"\.(?:co|org|govt|ac|net)\.nz\b", "NZ", "nz"),
    (r"\.(?:co|org|gov)\.za\b", "ZA", "za"),
    (r"\.(?:com|gov|org|edu)\.sg\b", "SG", "sg"),
    (r"\.(?:co|gov|org|ac|net)\.in\b", "IN", "in"),
    (r"\.(?:gov|org)\.ie\b|@[\w.-]+\.ie\b", "IE", "ie"),
]
_ANY_CC_TLD = re.compile(r"\.(?:au|uk|nz|za|sg|in|ie)\b", re.I)
_CC_REGION = {"61": "AU", "44": "GB", "64": "NZ", "27": "ZA", "65": "SG", "91": "IN",
              "353": "IE", "1": "US"}
# Region hints: `+CC` prefixes, NANP-shaped numbers, Australian and British places. Each
# pattern starts with a literal or a character class, so the regex engine skips ahead in C.
_CC_HINT = re.compile(r"\+(?<![\w+]\+)[ ]?(?P<code>1|61|44|64|27|65|91|353)[ \-(]")
# (?<![\d+\-])\(?\d{3}\)?[ .\-]\d{3}[.\-]\d{4}(?!\d), written to start with its first character
_NANP_HINT = re.compile(
    r"[(\d](?:(?<=\()(?<![\d+\-]\()\d{3}|(?<=\d)(?<![\d+\-]\d)\d\d)"
    r"\)?[ .\-]\d{3}[.\-]\d{4}(?!\d)"
)
_PLACE_REGION = {
    **dict.fromkeys(
        (
            "New South Wales", "Queensland", "Tasmania", "South Australia", "Western Australia",
            "Northern Territory", "Australian Capital Territory", "CANBERRA", "Canberra",
            "SYDNEY", "MELBOURNE", "BRISBANE", "ADELAIDE", "HOBART", "PERTH", "AEST", "AEDT",
        ),
        "AU",
    ),
    **dict.fromkeys(
        ("LONDON", "MANCHESTER", "EDINBURGH", "GLASGOW", "BIRMINGHAM", "United Kingdom"), "GB"
    ),
}
# Each place name as a whole word. No two can overlap, so counting each on its own counts
# what one scan for all of them finds. With each name, its capitals ("NSW"): a text can
# hold the name only if its capitals hold those. (The capitals as a str: `in` on str
# costs less than bytes.find, which parses its arguments, or `in` on bytes, which first
# tries the key as a byte value.)
_PLACE_WORDS = [
    (
        place.encode(),
        r"(?<!\w)" + re.escape(place) + r"\b",
        region,
        "".join(c for c in place if c.isupper()),
    )
    for place, region in _PLACE_REGION.items()
]
_NOT_CAPITAL = bytes(c for c in range(256) if not 65 <= c <= 90)


@functools.cache
def _compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(source, flags)


def ascii_text(doc: Document) -> bytes:
    """The text as ASCII bytes at the same offsets (any other character as "?"): ASCII
    words are found much faster there than by a regex with several first letters."""
    cached: bytes | None = doc.__dict__.get("_prlint_ascii")
    if cached is None:
        cached = doc.text.encode("ascii", "replace")
        doc.__dict__["_prlint_ascii"] = cached
    return cached
_FRONT_REGION = re.compile(
    r"^(?:region|country|locale|lang|language)[ \t]*:[ \t]*[\"']?(?:[a-z]{2}[-_])?"
    r"(?P<code>[A-Za-z]{2})[\"']?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# \b(19[5-9]\d|20\d\d)\b, written to start with its first character (see PHONE_RUN)
_YEAR = re.compile(r"[12](?<!\w[12])(?:(?<=1)9[5-9]\d|(?<=2)0\d\d)\b")
_FRONT_DATE = re.compile(r"^date[ \t]*:[ \t]*[\"']?(?P<year>\d{4})", re.MULTILINE)


def _configured_region(settings: dict[str, Any] | None) -> str | None:
    configured = (settings or {}).get("region")
    if isinstance(configured, str) and len(configured) == 2:
        return configured.upper()
    return None


def infer_region(doc: Document, settings: dict[str, Any] | None = None) -> str:
    """The region phone numbers are read in: config, else inferred, else US."""
    configured = _configured_region(settings)
    if configured is not None:
        return configured
    cached = doc.__dict__.get("_prlint_region")
    if cached is None:
        cached = doc.__dict__["_prlint_region"] = _infer_region(doc)
    return str(cached)


_ANY_CC_TLD_FOLDED = re.compile(rb"\.(?:au|uk|nz|za|sg|in|ie)\b")


def _cc_endings(doc: Document) -> set[str]:
    """`set(_ANY_CC_TLD.findall(doc.text))`, the text searched only where the folded
    text holds a match (faster than a case-blind search of the text)."""
    text = doc.text
    folded = folded_text(doc)
    if folded is None:
        return set(_ANY_CC_TLD.findall(text))
    endings = set()
    for hit in _ANY_CC_TLD_FOLDED.finditer(folded):
        match = _ANY_CC_TLD.match(text, hit.start())
        if match:
            endings.add(match.group())
    return endings


def _infer_region(doc: Document) -> str:
    front = doc.text[: doc.body_start]
    hint = _FRONT_REGION.search(front)
    if hint and hint.group("code").upper() not in ("EN",):
        return hint.group("code").upper()
    scores: dict[str, int] = {}
    endings = _cc_endings(doc)  # ".au", ".UK", ...
    for source, region, code in _TLD_REGION if endings else ():
        # Each pattern ends in ".<code>": it can only match if that ending is there.
        if any(re.fullmatch(r"\." + code, ending, re.I) for ending in endings):
            count = len(_compiled(source, re.I).findall(doc.text))
            if count:
                scores[region] = scores.get(region, 0) + 2 * min(count, 3)
    text, pos = doc.text, doc.body_start
    # One scan per kind of hint. The kinds cannot overlap, save one case: in one scan for
    # all of them, `+ 353 ` would hide the NANP-shaped `353 555-1234` that starts inside it.
    codes = [(m.start(), m.end()) for m in _CC_HINT.finditer(text, pos)] if "+" in text else []
    for start, end in codes:
        region = _CC_REGION[text[start:end].strip("+ -(")]
        scores[region] = scores.get(region, 0) + 1
    places = {"AU": 0, "GB": 0}
    encoded = ascii_text(doc)
    # A search per place name costs less than listing the text's all-caps words, and a
    # search of the text's capitals (a twentieth of it) first rules most names out.
    capitals = encoded[pos:].translate(None, _NOT_CAPITAL).decode("ascii")
    for word, source, region, _ in [place for place in _PLACE_WORDS if place[3] in capitals]:
        at = encoded.find(word, pos)
        while at >= 0:
            if _compiled(source).match(text, at):
                places[region] += 1
            at = encoded.find(word, at + 1)
    for region, cap in (("AU", 3), ("GB", 2)):
        if places[region]:
            scores[region] = scores.get(region, 0) + min(places[region], cap)
    # NANP-shaped numbers count for the US, which wins ties and is the answer below 2
    # points anyway: they only matter when another region has 2 points or more.
    if any(score >= 2 for region, score in scores.items() if region != "US"):
        nanp = 0
        code_starts = [start for start, _ in codes]
        for match in _phone_char_matches(doc, _NANP_HINT, 10):
            # The codes are in order and disjoint: only the last one that starts before
            # the number can hold its start.
            at = bisect_left(code_starts, match.start()) - 1
            if at < 0 or match.start() >= codes[at][1] - 1:
                nanp += 1
                if nanp == 3:
                    break  # all that counts
        if nanp:
            scores["US"] = scores.get("US", 0) + min(nanp, 3)
    if not scores:
        return "US"
    best = max(scores, key=lambda r: (scores[r], r == "US"))
    return best if scores[best] >= 2 else "US"


def release_year(doc: Document) -> int | None:
    """The year the release is dated: front matter `date:`, else the first year on top."""
    front = _FRONT_DATE.search(doc.text[: doc.body_start])
    if front:
        return int(front.group("year"))
    top = doc.lines[doc.body_start_line : doc.body_start_line + 12]
    # A year never spans lines, so one search over the top lines finds the first.
    match = _YEAR.search(doc.text, top[0].start, top[-1].end) if top else None
    return int(match.group()) if match else None


# --- names --------------------------------------------------------------------------

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_HONORIFICS = _words(
    """
    mr mrs ms miss dr prof professor senator sen rep hon sir dame the mp
    """
)
_PARTICLES = _words(
    """
    de del della der van von da di la le st st. bin al ter du dos
    """
)
# Words that end a name (titles, labels) ...
_STOP = _words(
    """
    director officer manager administrator coordinator specialist spokesperson spokesman
    spokeswoman assistant senior executive chief president vice minister secretary
    general counsel head lead deputy principal associate adviser advisor consultant
    representative liaison admin editor reporter producer founder owner partner chair
    chairman chairwoman contact contacts details email e-mail phone tel cell mobile
    office fax website web site media press inquiries enquiries release immediate for
    advisory news statement update updates here us in at to on by from with or and
    please visit call write follow see read whatsapp
    """
)
# ... and words that make a run of capitalised words an organisation or place.
_ORG = _words(
    """
    county department dept center centre association inc inc. llc ltd ltd. group
    communications communication relations public information affairs university
    foundation council party agency company corporation corp corp. co co. team desk
    services service bureau unit network institute society committee government ministry
    pr marketing digital global international national heart attorney attorneys district
    state city police sheriff capital industries holdings partners strategies consulting
    solutions systems technologies fund trust bank club league board school college
    hospital health care camps america american canada canadian australia australian
    new york united kingdom street avenue road suite floor box
    conservancy conservation wildlife alliance coalition ventures labs studios insurance
    brokerage museum library church tribe office offices sales editorial newsroom
    investors investor players institute commission court courts cities greens labor
    labour liberal liberals democrats nationals harbour harbor valley beach island
    """
)


class Name(NamedTuple):
    start: int
    end: int
    text: str


def _capitalised(word: str) -> bool:
    if not word[:1].isupper():
        return False  # most words
    core = word.rstrip(".'’-")
    if len(core) == 1:
        return word.endswith(".")  # an initial: "J."
    # (str.islower() answers the common case of the letter-by-letter tests below.)
    rest = core[1:]
    if core.isupper() or not (rest.islower() or any(map(str.islower, rest))):
        return False  # acronyms and shouting: PACER, AHA, APP
    # "RapidFire" is a brand: a capital after the fourth letter only after - or '
    tail = core[4:]
    return (
        tail.islower()
        or not any(map(str.isupper, tail))
        or all(core[i - 1] in "-'’" for i in range(4, len(core)) if core[i].isupper())
    )


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Senator|Sen|Hon|Minister)\.?[ \t]+$")


def _after_honorific(text: str, start: int) -> bool:
    return bool(_HONORIFIC_BEFORE.search(text[max(0, start - 12) : start]))


_LABELS_NUMBER = re.compile(r"[ \t]*:[ \t]*[+(\d]")
_NAME_BREAKS = frozenset(",;:|/()\n@[]")  # between two words, these end a run


def find_names(text: str, offset: int = 0) -> list[Name]:
    """Person names in a contact: runs of 2-4 capitalised words that are not an
    organisation, a place or a title (`Julie Holmquist`, `Michele St. Martin`)."""
    return [Name(offset + start, offset + end, name) for start, end, name in _names_of(text)]


@functools.lru_cache(maxsize=4096)
def _names_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """The names in a text, kept: a release series repeats its contact lines."""
    return tuple((name.start, name.end, name.text) for name in _names(text, 0))


def _names(text: str, offset: int) -> Iterator[Name]:
    """The names `find_names` finds, in order, each as soon as the run of capitalised
    words that holds it ends (particles inside a run belong to it)."""
    current: list[re.Match[str]] = []
    before = previous = ""  # the word before the current run (lower-cased), the last word
    previous_end = 0
    for word in _WORD.finditer(text):
        value = word.group()
        joined = False
        if current:
            gap = text[previous_end : word.start()]
            joined = len(gap) <= 2 and _NAME_BREAKS.isdisjoint(gap)
        previous_end = word.end()
        # (The first letter rules out most words.)
        if (value[0].isupper() and _capitalised(value)) or (
            joined and value.lower() in _PARTICLES
        ):
            if not joined:
                if current:
                    yield from _run_names(text, offset, before, current)
                current, before = [], previous.lower()
            current.append(word)
        elif current:
            yield from _run_names(text, offset, before, current)
            current = []
        previous = value
    if current:
        yield from _run_names(text, offset, before, current)


def _run_names(text: str, offset: int, before: str, run: list[re.Match[str]]) -> Iterator[Name]:
    """The names in a run of capitalised words, `before` being the word before it."""
    if before in ("of", "for", "and", "&", "the", "de", "at", "with"):
        return  # "Director of Public Affairs", "the District Attorney"
    # The run split at honorifics and stop words, each word with its lower case.
    pieces: list[list[tuple[re.Match[str], str]]] = [[]]
    for word in run:
        lower = word.group().lower()
        key = lower.rstrip(".")
        if key in _HONORIFICS or key in _STOP or lower in _STOP:
            pieces.append([])
        else:
            pieces[-1].append((word, lower))
    for piece in pieces:
        while piece and piece[-1][1] in _PARTICLES:
            piece.pop()
        honoured = len(piece) == 1 and _after_honorific(text, piece[0][0].start())
        if not (2 <= len(piece) <= 4 or honoured):
            continue
        if _LABELS_NUMBER.match(text, piece[-1][0].end()):
            continue  # "Coffs Harbour: 02 6652 6233" labels a number
        if any(lower.rstrip(".") in _ORG for _, lower in piece):
            continue
        first, last = piece[0][0], piece[-1][0]
        if text[first.start() - 1 : first.start()] in ("@", ".") or text[
            last.end() : last.end() + 1
        ] == "@":
            continue
        yield Name(
            offset + first.start(), offset + last.end(),
            text[first.start() : last.end()].rstrip(".'’-"),
        )


# --- contact blocks -----------------------------------------------------------------

# A contact label at the start of a line (after Markdown emphasis, heading marks, a
# leading slash or a short organisation prefix), or "Contact:" after a date on the line.
_LABEL = re.compile(
    # Leading Markdown marks, images or links ("[](img) [](#) Contact Information:").
    # The blank runs are possessive: the label starts with a letter, so giving blanks back
    # from one run to the next can never help, and trying it is exponential on long runs.
    r"^[ \t]*+(?:!?\[[^\]\n]{0,80}\]\([^)\n]{0,300}\)[ \t]*+){0,3}"
    r"(?:[#>*_\-•]+[ \t]*+)?/?[ \t]*+(?:\*\*|__)?[ \t]*+"
    r"(?P<label>"
    r"(?:(?:(?-i:[A-Z])[\w&.]*[ \t]){1,2}?(?=(?:Media|Press)[ \t]))?"
    r"(?:(?:Media|Press|News|Investor|PR|Journalist)s?(?:[ \t]+Relations)?[ \t]+)?"
    r"(?:Contacts?|Enquiries|Inquiries)"
    r"(?:[ \t]*(?:Details|Information|Info|Person))?"
    r"(?:[ \t]*(?:\*\*|__))?[ \t]*"
    r"(?:[ \t]*:+|[ \t]-[ \t]|[–—]|(?=[ \t]*$)|(?<=Details)|(?<=DETAILS))"
    r"|(?-i:Contact|CONTACT)(?=(?-i:[A-Z][a-z]))"  # scraped "ContactMike Will"
    r"|(?:Media|Investors?|Press|Media[ \t]+Relations|Media[ \t]+Enquiries|"
    r"Media[ \t]+Inquiries|Further[ \t]+information|More[ \t]+information)"
    r"(?:[ \t]*(?:\*\*|__))?[ \t]*:"
    r"|For[ \t]+(?:further|more|media|press|additional|all|general|news)[ \t]+"
    r"(?:[\w’'\-]+[ \t]+)?(?:information|details|comments?|enquiries|inquiries|interviews?|"
    r"opportunities|requests?)\b(?:[ \t]+(?:or|and)[ \t]+(?:to[ \t]+arrange[ \t]+)?"
    r"(?:comments?|interviews?|information))?,?[ \t]{0,3}(?:please[ \t]+)?"
    r"(?:contact|call|phone|ring|e-?mail)\b(?:[ \t]*:)?"
    r"|For[ \t]+(?:media|press|news)[ \t]+(?:inquiries|enquiries|contacts?)\b[^\n.:]{0,60}:"
    r"|For[ \t]+(?:further|more)[ \t]+(?:comment|information|details)\b[ \t]*"
    r"(?=(?-i:[A-Z][a-z]+[ \t]+[A-Z][a-z]+))"
    r"|(?:[A-Z][a-z]+[ \t]+\d{1,2},[ \t]+\d{4}[ \t]+)Contact[ \t]*:"
    r")",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(r"[A-Za-z]+[ \t]+\d{1,2},[ \t]+\d{4}[ \t]+")
_MID_CONTACT = re.compile(r"(?<=\d{4}[ \t])(?P<label>(?:Media[ \t]+)?Contact[ \t]*:)")
_NOT_LABEL = re.compile(r"^\s*(?:Contact|CONTACT)\s+(?:Us|US|us|Form|form|Info\b)")
# \b(?:media|press|journalists?|reporters?)\b[^\n]{0,60}?\b(?:contact|call|email|e-mail)\b,
# written to start with its first character (see PHONE_RUN)
_PROSE_MEDIA_CONTACT = re.compile(
    r"[mpjr](?<!\w.)(?:(?<=m)edia|(?<=p)ress|(?<=j)ournalists?|(?<=r)eporters?)\b"
    r"[^\n]{0,60}?\b(?:contact|call|email|e-mail)\b",
    re.IGNORECASE,
)
# "mailto:" in any case (only ASCII letters lower-case to its letters): found from each ":"
_MAILTO = re.compile(r":(?<=[Mm][Aa][Ii][Ll][Tt][Oo]:)")
_HEADING_OR_ABOUT = re.compile(r"^\s*(?:#{1,6}\s|\*\*About\b|About\s+[A-Z]|\*{0,2}###?\s*$)")
_END_MARK_LINE = re.compile(
    r"^\s*(?:\*\*)?\s*(?:(?:\\?#\s?){1,5}|-\s?30\s?-|-\s?0\s?-|ENDS?)\s*(?:\*\*)?\s*$"
)
_NAME_LINE = re.compile(r"^[ \t]*(?:\*\*)?[ \t]*[^\W\d_][\w'’.\- ]{2,40}?(?:\*\*)?[ \t]*,?[ \t]*$")
_PIECES = (
    r"(?:" + _PHONE_LABEL + r")\.?\s*[:\-]?|\(?\b(?:office|cell|mobile|fax|main|direct|"
    r"toll[- ]free)\b\)?|e-?mail\s*:?|or|and|\||/|,|;|–|-|\s|\*|\[|\]|\(|\)|mailto:"
)
# The same matches, but a run of the one-character pieces that no other piece starts with
# is matched first, at once: most of a reach-only line's rest is blanks and punctuation,
# which the pattern above reaches only after failing every label.
_CONTACT_PIECES = re.compile(r"[\s|/,;–\-*\[\])]+|" + _PIECES, re.IGNORECASE)


# Email addresses, mailto targets and URLs hide words that look like names.
# (An address starts where its run of address characters does: no match can start inside
# one, as it would have started at its start, so trying there is not needed.)
_MASK = re.compile(
    r"\([^)\s]*@[^)\s]*\)|(?<![\w.+'%&=~-])[\w.+'%&=~-]+@[^\s)\]]+|https?://[^\s)]+"
    r"|(?<=[\w.] )\([^()\n@]{1,60}\)"
)


# The last part of _MASK, written to start with its first character (see PHONE_RUN): all
# of it that can match a text with no "@" and no "http".
_PARENTHESES_MASK = re.compile(r"\((?<=[\w.] \()[^()\n@]{1,60}\)")


def _masked(text: str) -> str:
    """The text with what _MASK matches blanked out (same length)."""
    if "@" in text or "http" in text:
        mask = _MASK
    elif "(" in text:
        mask = _PARENTHESES_MASK
    else:
        return text  # nothing for _MASK to match
    return mask.sub(lambda m: " " * len(m.group()), text)


class Contact(NamedTuple):
    """One media contact: a labelled block (or an unlabelled stacked one)."""

    start: int
    end: int
    lines: tuple[Line, ...]
    label: str | None  # as written, e.g. "Media Contact:"; None when unlabelled
    label_start: int | None
    names: list[Name]
    phones: list[Phone]
    emails: list[Email]
    blocks: tuple[Block, ...]

    @property
    def reachable(self) -> bool:
        return bool(self.phones or self.emails)


# Phones and emails by line: the line index of each one's start -> their spans.
_Reach = dict[int, list[tuple[int, int]]]


class ContactAnalysis:
    """The phone numbers, addresses and contacts of a release. The rest is found when
    first asked: the region and the year only for phone numbers, the other signs of a
    way to reach the media only for a release with no contact."""

    def __init__(
        self,
        phones: list[Phone],
        emails: list[Email],
        contacts: list[Contact],
        doc: Document,
        configured_region: str | None,
        reach: _Reach,
    ):
        self.phones = phones
        self.emails = emails
        self.contacts = contacts
        self.doc = doc
        self.configured_region = configured_region
        self.reach = reach
        # Found when first asked (functools.cached_property takes a lock to do so).
        self._year: tuple[int | None] | None = None
        self._has_mailto: bool | None = None
        self._has_prose_contact: bool | None = None

    @property
    def region(self) -> str:
        return self.configured_region or infer_region(self.doc)

    @property
    def year(self) -> int | None:
        if self._year is None:
            self._year = (release_year(self.doc),)
        return self._year[0]

    @property
    def has_mailto(self) -> bool:
        if self._has_mailto is None:
            self._has_mailto = bool(_MAILTO.search(self.doc.text, self.doc.body_start))
        return self._has_mailto

    @property
    def has_prose_contact(self) -> bool:
        """Prose naming the media by a phone or an address ("Journalists can call ...")."""
        if self._has_prose_contact is None:
            lines = self.doc.lines
            self._has_prose_contact = any(
                _PROSE_MEDIA_CONTACT.search(lines[index].text) for index in sorted(self.reach)
            )
        return self._has_prose_contact


def _reach_by_line(doc: Document, phones: list[Phone], emails: list[Email]) -> _Reach:
    reach: _Reach = {}
    for start, end in [(p.start, p.end) for p in phones] + [(e.start, e.end) for e in emails]:
        reach.setdefault(doc.line_index(start), []).append((start, end))
    return reach


def _reaches(line: Line, reach: _Reach) -> bool:
    """Whether a line gives a phone or an address (an obfuscated one counts)."""
    return line.index in reach or bool(CLOUDFLARE.search(line.text))


def _is_reach_only(line: Line, reach: _Reach, names: list[Name] | None = None) -> bool:
    """A line holding only phones/emails and their labels (`Office: 714-347-8435`), and
    with `names`, only names, phones and emails (`Jane Roe 0412 345 678 jane@roe.au`)."""
    spans = reach.get(line.index)
    if not spans:
        return False
    text = line.text
    pieces = sorted(
        [(a - line.start, b - line.start) for a, b in spans]
        + [(n.start - line.start, n.end - line.start) for n in names or []]
    )
    rest, pos = [], 0
    for a, b in pieces:
        rest.append(text[pos:a])
        pos = b
    rest.append(text[pos:])
    rest_text = " ".join(rest)
    limit = 3 if not names else 4 * len(pieces)
    kept, contact_pieces, extension = _KEPT, _CONTACT_PIECES, _EXTENSION
    if rest_text.isascii():
        # The patterns are case-blind, which compares each character through Unicode
        # case tables; in ASCII text, matching the lower case with the patterns' own
        # (lower-case) source is the same, at a fraction of the cost.
        rest_text = rest_text.lower()
        kept, contact_pieces, extension = _KEPT_LOWER, _CONTACT_PIECES_LOWER, _EXTENSION_LOWER
    if next(islice(kept.finditer(rest_text), limit, None), None) is not None:
        return False  # prose: what no substitution below can remove is already too much
    leftover = extension.sub("", contact_pieces.sub("", rest_text))
    return len(leftover.strip()) <= limit


_EXTENSION = re.compile(r"\b(?:ext|x)\.?\s*\d+", re.IGNORECASE)
# Characters no match of _CONTACT_PIECES or _EXTENSION can hold (conservatively: none
# that appears anywhere in their source, no blank, no digit), such as the letters g, j,
# q, u, v, y and z: they are in the leftover whatever the substitutions remove.
_KEPT = re.compile(
    "[^"
    + re.escape("".join(sorted(set(_PIECES + _EXTENSION.pattern))))
    + r"\s\d]",
    re.IGNORECASE,
)
# (Their sources hold no upper-case letter.)
_KEPT_LOWER = re.compile(_KEPT.pattern)
_CONTACT_PIECES_LOWER = re.compile(_CONTACT_PIECES.pattern)
_EXTENSION_LOWER = re.compile(_EXTENSION.pattern)
_SENTENCE_OR_LABEL_END = re.compile(r"[a-z]{3,}[.!?]\s*$|:$")


def _contactish(line: Line, reach: _Reach) -> bool:
    text = line.stripped
    if not text or _HEADING_OR_ABOUT.match(line.text) or _END_MARK_LINE.match(line.text):
        return False
    if line.index in reach:
        return len(text) <= 240
    if len(text) > 70 or len(text.split()) > 9:
        return False
    if text in (":", "-", "|") or text.lower() in ("or", "and"):
        return True
    return not _SENTENCE_OR_LABEL_END.search(text)


def _label_at(line: Line) -> tuple[int, str] | None:
    """The contact label a line holds: where it starts, and the label as written."""
    found = _label_in(line.text)
    return None if found is None else (line.start + found[0], found[1])


@functools.lru_cache(maxsize=4096)
def _label_in(text: str) -> tuple[int, str] | None:
    """`_label_at` within the line's text (kept: a release series repeats its labels)."""
    if not text:
        return None
    found = _find_label(text)
    if found is not None and _NOT_LABEL.match(text):
        return None
    return found


def _find_label(text: str) -> tuple[int, str] | None:
    match = _LABEL.match(text)
    if match:
        label = match.group("label")
        start = match.start("label")
        dated = _DATE_PREFIX.match(label)
        if dated:  # "December 7, 2018 Contact:": the label is the last word
            start += dated.end()
            label = label[dated.end() :]
        return start, label
    mid = _MID_CONTACT.search(text) if "Contact" in text else None
    if mid:
        return mid.start("label"), mid.group("label")
    return None


# Every contact label holds "contact" or "nquiries" in some case ("CONTACTS", "Media
# Enquiries", "Contact" after a date), or "for" before one of the words _LABEL allows
# after it ("For further information, please contact"), or one of the other words here
# and a colon ("Media:", "Further information:").
_LABEL_WORDS = (b"contact", b"nquiries")
_COLON_LABEL_WORDS = (b"media", b"investor", b"press", b"information")
_FOR_LABEL = re.compile(rb"for[ \t]+(?:further|more|media|press|additional|all|general|news)")
# The characters that re's case-insensitive matching takes for an ASCII letter (i, k, s).
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


def folded_text(doc: Document) -> bytes | None:
    """ASCII letters lower-cased, anything else non-ASCII as "?", at the same offsets: a
    case-insensitive match of an ASCII word in the text is that word here. None for a
    text holding a character that such a match takes for an ASCII letter."""
    cache = doc.__dict__
    if "_prlint_folded" not in cache:
        text = doc.text
        odd = any(c in text for c in _ODD_CASE)
        cache["_prlint_folded"] = None if odd else ascii_text(doc).lower()
    folded: bytes | None = cache["_prlint_folded"]
    return folded


def _label_lines(doc: Document) -> set[int] | None:
    """The indexes of the lines that may hold a contact label (None: any line may)."""
    folded = folded_text(doc)
    if folded is None:
        return None
    lines: set[int] = set()
    for word in _LABEL_WORDS + _COLON_LABEL_WORDS:
        colon = word in _COLON_LABEL_WORDS
        at = folded.find(word, doc.body_start)
        while at >= 0:
            end = folded.find(b"\n", at)
            if end < 0:
                end = len(folded)
            if not colon or folded.find(b":", folded.rfind(b"\n", 0, at) + 1, end) >= 0:
                lines.add(doc.line_index(at))
            at = folded.find(word, end)  # (the next line: this one is decided)
    lines.update(doc.line_index(m.start()) for m in _FOR_LABEL.finditer(folded, doc.body_start))
    return lines


def _build(doc: Document, phones: list[Phone], emails: list[Email], reach: _Reach) -> list[Contact]:
    lines = doc.lines[doc.body_start_line :]
    may_label = _label_lines(doc)

    def label_at(line: Line) -> tuple[int, str] | None:
        if may_label is not None and line.index not in may_label:
            return None
        return _label_at(line)

    contacts: list[Contact] = []
    used: set[int] = set()
    first_index = lines[0].index if lines else 0
    maybe = range(len(lines)) if may_label is None else sorted(i - first_index for i in may_label)
    next_free = 0  # lines before this one belong to a contact already
    for index in maybe:
        if index < next_free:
            continue
        line = lines[index]
        found = _label_at(line)
        if found is None:
            continue
        label_start, label = found
        members = [line]
        j = index + 1
        while j < len(lines) and len(members) < 12:
            nxt = lines[j]
            if nxt.is_blank:
                # Wire layouts separate a contact's lines with blank lines.
                if all(k < len(lines) and lines[k].is_blank for k in range(j + 1, j + 4)):
                    break
                j += 1
                continue
            if label_at(nxt) is not None or not _contactish(nxt, reach):
                break
            members.append(nxt)
            j += 1
        # Keep the label line, then up to the last line with a phone or email; with no
        # reach at all, keep only a name line right under the label.
        last = 0
        for k, member in enumerate(members):
            if _reaches(member, reach):
                last = k
        if (
            last == 0
            and len(members) > 1
            and not _reaches(members[0], reach)
            and _NAME_LINE.match(members[1].text)
            and find_names(members[1].text)
        ):
            last = 1
        members = members[: last + 1]
        contacts.append(_contact(doc, members, phones, emails, label, label_start))
        used.update(m.index for m in members)
        next_free = max(index + 1, members[-1].index - first_index + 1)
    # Unlabelled stacked contacts: a name line, optional title lines, then lines holding
    # only phones/emails (`Greg Risling` / title / `Office: ..., Cell: ...` / email).
    for index in sorted(reach):
        k = index - first_index
        line = lines[k]
        if line.index in used or not _is_reach_only(line, reach):
            continue
        name_line = None
        for back in range(1, 4):
            if k - back < 0:
                break
            prev = lines[k - back]
            if prev.is_blank or prev.index in used:
                break
            if _is_reach_only(prev, reach):
                break
            if _NAME_LINE.match(prev.text):
                found_names = find_names(prev.text)
                if found_names and found_names[0].text.strip() == prev.stripped.strip("*, "):
                    name_line = k - back
                    break
        if name_line is None:
            continue
        end = k
        while end + 1 < len(lines) and _is_reach_only(lines[end + 1], reach):
            end += 1
        members = [m for m in lines[name_line : end + 1]]
        if any(m.index in used for m in members):
            continue
        contacts.append(_contact(doc, members, phones, emails, None, None))
        used.update(m.index for m in members)
    # Unlabelled one-line contacts: lines that start with a name and hold only names,
    # phones and emails (`Leah Gough  0413 700 185  Diana Juskov  0426 797 223`).
    for index in sorted(reach):
        line = lines[index - first_index]
        if line.index in used or line.is_blank or len(line.text) > 400:
            continue
        masked = _masked(line.text)
        first = len(line.text) - len(line.text.lstrip(" \t*"))
        opening = _WORD.match(masked, first)
        if not opening or not _capitalised(opening.group()):
            continue  # no name can start the line (a name starts with a capitalised word)
        # The first name must start the line: the others are needed only then.
        line_names = _names(masked, line.start)
        name = next(line_names, None)
        if name is None or name.start != line.start + first:
            continue
        names = [name, *line_names]
        if _is_reach_only(line, reach, names):
            contacts.append(_contact(doc, [line], phones, emails, None, None))
            used.add(line.index)
    contacts.sort(key=lambda c: c.start)
    return contacts


def _contact(
    doc: Document,
    members: list[Line],
    phones: list[Phone],
    emails: list[Email],
    label: str | None,
    label_start: int | None,
) -> Contact:
    start = label_start if label_start is not None else members[0].start
    end = members[-1].end
    names: list[Name] = []
    for member in members:
        from_ = member.start
        if member is members[0]:
            from_ = max(member.start, start + len(label or ""))
        segment = doc.text[from_ : member.end]
        # Names inside an email address or a link target are not names.
        names.extend(find_names(_masked(segment), from_))
    # Blocks are in order and disjoint: the ones that overlap the contact are a slice.
    all_blocks = doc.blocks
    first = bisect_left(all_blocks, start, key=_block_end)
    blocks = tuple(all_blocks[first : bisect_right(all_blocks, end, first, key=_block_start)])
    return Contact(
        start,
        end,
        tuple(members),
        label.strip() if label else None,
        label_start,
        names,
        _starting_within(phones, start, end),
        _starting_within(emails, start, end),
        blocks,
    )


def _block_start(block: Block) -> int:
    return block.lines[0].start  # (block.start without the call of a property)


def _block_end(block: Block) -> int:
    return block.lines[-1].end


_Found = TypeVar("_Found", Phone, Email)


def _starting_within(found: list[_Found], start: int, end: int) -> list[_Found]:
    """The items of `found` (sorted by start) that start from `start` to `end`."""
    first = bisect_left(found, start, key=lambda item: item.start)
    return found[first : bisect_right(found, end, first, key=lambda item: item.start)]


def analyse(doc: Document, settings: dict[str, Any] | None = None) -> ContactAnalysis:
    """Contacts, phones and emails of a document, computed once per configured region
    (None: inferred)."""
    configured = _configured_region(settings)
    cache: dict[str | None, ContactAnalysis] = doc.__dict__.setdefault("_prlint_contacts", {})
    if configured in cache:
        return cache[configured]
    phones = find_phones(doc, configured or (lambda: infer_region(doc)))
    emails = find_emails(doc)
    reach = _reach_by_line(doc, phones, emails)
    contacts = _build(doc, phones, emails, reach)
    result = ContactAnalysis(phones, emails, contacts, doc, configured, reach)
    cache[configured] = result
    return result


def find_contact_blocks(doc: Document, settings: dict[str, Any] | None = None) -> list[Contact]:
    """The media contacts of a release, top or bottom, labelled or stacked."""
    return analyse(doc, settings).contacts


# --- placeholders -------------------------------------------------------------------

FICTIONAL_NANP = re.compile(
    r"(?<![\w.-])(?:(?:\+?1[ .\-]?)?\(?\d{3}\)?[ .\-]?)?555[ .\-]?01\d\d(?![\w-]|\.\d)"
)
MASKED_PHONE = re.compile(
    r"(?<![\w-])(?:\(?[Xx#]{3}\)?[ .\-]?)?[Xx#]{3}[ .\-][Xx#]{4}(?![\w-])"
)
PLACEHOLDER_EMAIL = re.compile(
    r"(?:^(?:name|email|e-mail|user|username|firstname|first\.?name|first\.last|"
    r"firstname\.lastname|your\.?name|yourname|you|someone|contact|john\.?doe|jane\.?doe)"
    r"@(?:company|domain|yourcompany|your-company|yourdomain|your-domain|email|organi[sz]ation|"
    r"website|mail|business|agency|org)\.(?:com|org|net)$)"
    r"|@(?:[\w-]+\.)*example\.(?:com|org|net)$"
    r"|\.(?:test|invalid|example)$",
    re.IGNORECASE,
)
CLOUDFLARE = re.compile(r"\[email(?:\s|&#160;|&nbsp;)*protected\]", re.IGNORECASE)


def is_placeholder_phone(phone: Phone) -> bool:
    return "555" in phone.text and bool(FICTIONAL_NANP.fullmatch(phone.text))


@functools.lru_cache(maxsize=4096)
def is_placeholder_email(address: str) -> bool:
    """(Kept: invalid-email and placeholder-contact both ask about every address, and
    the pattern is tried at each of its characters.)"""
    return bool(PLACEHOLDER_EMAIL.search(address))
