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

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prlint.document import Block, Document, Line

NANP_REGIONS = frozenset({"US", "CA", "PR", "GU", "VI", "AS", "MP"})
# Numbering plans changed under some releases' feet: a release dated before the year a
# region's current plan was complete cannot be judged by today's plan (Australia moved to
# eight-digit local numbers, 1994-1998; the UK's "Big Number Change" finished in 2000).
PLAN_SINCE = {"AU": 1999, "GB": 2001}

# --- phones -------------------------------------------------------------------------

_PHONE_LABEL = (
    r"(?:office|cell(?:phone)?|mobile|mob|phone|ph|tel|telephone|direct|desk|work|fax|"
    r"main|toll[- ]free|hotline|call|whatsapp|t|m|p|o|c|d)"
)
# A run of digit groups: optional +CC, optional (area), then groups joined by one
# separator each. Each repetition consumes a mandatory separator and digits, so the
# pattern is linear.
PHONE_RUN = re.compile(
    r"(?=[\d+(])(?<![\w$€£#%@+.,:\-])(?<![\w][.,:\-])(?<![A-Za-z_]/)"
    r"(?P<num>"
    r"(?:\+[ ]?\d{1,3}(?:[ .\-]|-[ ])?(?:\(0\)[ ]?)?)?"
    r"(?:\(\d{1,5}\)[ .\-]?)?"
    r"\d{1,10}(?:(?:[ .\-]|-[ ]|[ ]{2})\d{1,10}){0,5}"
    r")"
    r"(?![\w%$€£]|[.,:\-]\d|/[A-Za-z]|\.[A-Za-z])"
)
_LABEL_BEFORE = re.compile(
    r"(?:^|[\s(\[|,;/])(?P<label>" + _PHONE_LABEL + r")\.?\s*(?:[:\-–]|no\.?)?\s*\(?$",
    re.IGNORECASE,
)
_EXT_AFTER = re.compile(
    r"[ \t]{0,3}(?:,[ \t]?)?(?:ext\.?|extension|x)[ \t]?(?P<ext>\d{1,6})\b", re.IGNORECASE
)
_NOT_PHONE_BEFORE = re.compile(
    r"(?:\b(?:ISBN(?:-1[03])?|ABN|ACN|ARBN|No|Nos|Number|Case|Docket|Ref|Reference|"
    r"Invoice|Order|Account|Acct|Policy|Claim|Permit|License|Licence|Lot|Item|Ticket|"
    r"Serial|ID|PIN|Code|Section|Sec|Statute|Bill|SB|HB|AB)\.?|[#§$€£])[ \t:#]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Phone:
    start: int  # the number as written, without any extension
    end: int
    text: str
    digits: str
    kind: str  # nanp | trunk | intl | local | labelled
    label: str | None = None  # Office, Cell, ...
    ext: str | None = None


# Vanity numbers (800-53-PACER, 1-800-AHA-USA1) are a way to reach someone but cannot
# be validated digit by digit.
_VANITY = re.compile(
    r"(?<![\w-])(?:1[ .\-])?\(?8(?:00|33|44|55|66|77|88)\)?[ .\-]"
    r"(?=[A-Z0-9\-]{0,6}[A-Z])[A-Z0-9]{2,4}[ .\-]?[A-Z0-9]{2,5}\b"
)


def _groups(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _shape(text: str, region: str, labelled: bool) -> str | None:
    groups = _groups(text)
    digits = "".join(groups)
    sizes = [len(g) for g in groups]
    if text.startswith("+"):
        return "intl" if 8 <= len(digits) <= 15 else ("labelled" if labelled else None)
    nanp = region in NANP_REGIONS
    trunk = bool(re.match(r"\(?0[1-9]", text)) and len(groups) >= 2 and 9 <= len(digits) <= 11
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


def find_phones(doc: Document, region: str) -> list[Phone]:
    text = doc.text
    phones: list[Phone] = []
    for match in PHONE_RUN.finditer(text, doc.body_start):
        raw = match.group("num")
        start, end = match.start("num"), match.end("num")
        # A trailing separator or an unclosed parenthesis is not part of the number.
        while raw and raw[-1] in " .-(":
            raw, end = raw[:-1], end - 1
        if sum(c.isdigit() for c in raw) < 7:
            continue  # too short for any shape: years, counts, dates
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 40) : start]
        if _NOT_PHONE_BEFORE.search(before):
            continue
        label_match = _LABEL_BEFORE.search(before)
        label = label_match.group("label") if label_match else None
        if label and len(label) == 1 and not re.search(r"(?:^|\s)[A-Za-z][:.]\s*$", before):
            label = None  # a one-letter label only as "T:" / "M." right before the number
        kind = _shape(raw, region, label is not None)
        if kind is None:
            continue
        ext_match = _EXT_AFTER.match(text, end)
        phones.append(
            Phone(
                start,
                end,
                raw,
                "".join(_groups(raw)),
                kind,
                label,
                ext_match.group("ext") if ext_match else None,
            )
        )
    for match in _VANITY.finditer(text, doc.body_start):
        if not any(p.start <= match.start() < p.end for p in phones):
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


@dataclass(frozen=True)
class Email:
    start: int
    end: int
    address: str
    in_link_target: bool = False  # inside (mailto:...) of a Markdown link


def find_emails(doc: Document) -> list[Email]:
    text = doc.text
    emails: list[Email] = []
    for match in EMAIL_RUN.finditer(text, doc.body_start):
        addr = match.group("addr")
        start = match.start("addr")
        while addr and addr[-1] in _TRAILING:
            addr = addr[:-1]
        if "@" not in addr or addr.endswith("@") or "[" in addr or "]" in addr:
            continue
        # Skip addresses inside URLs (https://host/path@x, //user@host).
        token_start = max(
            text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("(", 0, start),
            text.rfind("[", 0, start), text.rfind("<", 0, start), text.rfind(")", 0, start),
        ) + 1
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

_TLD_REGION = [
    (re.compile(r"\.(?:com|gov|org|net|edu|asn|id|csiro)\.au\b", re.I), "AU"),
    (re.compile(r"\.(?:co|org|gov|ac|nhs|ltd|plc|me|police|parliament)\.uk\b", re.I), "GB"),
    (re.compile(r"\.(?:co|org|govt|ac|net)\.nz\b", re.I), "NZ"),
    (re.compile(r"\.(?:co|org|gov)\.za\b", re.I), "ZA"),
    (re.compile(r"\.(?:com|gov|org|edu)\.sg\b", re.I), "SG"),
    (re.compile(r"\.(?:co|gov|org|ac|net)\.in\b", re.I), "IN"),
    (re.compile(r"\.(?:gov|org)\.ie\b|@[\w.-]+\.ie\b", re.I), "IE"),
]
_ANY_CC_TLD = re.compile(r"\.(?:au|uk|nz|za|sg|in|ie)\b", re.I)
_CC_REGION = {"61": "AU", "44": "GB", "64": "NZ", "27": "ZA", "65": "SG", "91": "IN",
              "353": "IE", "1": "US"}
# One pass over the text for every region hint.
_HINTS = re.compile(
    r"(?P<cc>(?<![\w+])\+[ ]?(?P<code>1|61|44|64|27|65|91|353)[ \-(])"
    r"|(?P<nanp>(?<![\d+\-])\(?\d{3}\)?[ .\-]\d{3}[.\-]\d{4}(?!\d))"
    r"|(?P<au>\b(?:New South Wales|Queensland|Tasmania|South Australia|Western Australia|"
    r"Northern Territory|Australian Capital Territory|CANBERRA|Canberra|SYDNEY|MELBOURNE|"
    r"BRISBANE|ADELAIDE|HOBART|PERTH|AEST|AEDT)\b)"
    r"|(?P<gb>\b(?:LONDON|MANCHESTER|EDINBURGH|GLASGOW|BIRMINGHAM|United Kingdom)\b)"
)
_FRONT_REGION = re.compile(
    r"^(?:region|country|locale|lang|language)[ \t]*:[ \t]*[\"']?(?:[a-z]{2}[-_])?"
    r"(?P<code>[A-Za-z]{2})[\"']?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_FRONT_DATE = re.compile(r"^date[ \t]*:[ \t]*[\"']?(?P<year>\d{4})", re.MULTILINE)


def infer_region(doc: Document, settings: dict[str, Any] | None = None) -> str:
    """The region phone numbers are read in: config, else inferred, else US."""
    configured = (settings or {}).get("region")
    if isinstance(configured, str) and len(configured) == 2:
        return configured.upper()
    cached = doc.__dict__.get("_prlint_region")
    if cached is None:
        cached = doc.__dict__["_prlint_region"] = _infer_region(doc)
    return str(cached)


def _infer_region(doc: Document) -> str:
    front = doc.text[: doc.body_start]
    hint = _FRONT_REGION.search(front)
    if hint and hint.group("code").upper() not in ("EN",):
        return hint.group("code").upper()
    scores: dict[str, int] = {}
    if _ANY_CC_TLD.search(doc.text):
        for pattern, region in _TLD_REGION:
            count = len(pattern.findall(doc.text))
            if count:
                scores[region] = scores.get(region, 0) + 2 * min(count, 3)
    counts = {"cc": 0, "nanp": 0, "au": 0, "gb": 0}
    for match in _HINTS.finditer(doc.text, doc.body_start):
        kind = match.lastgroup or ""
        counts[kind] += 1
        if kind == "cc":
            region = _CC_REGION[match.group("code")]
            scores[region] = scores.get(region, 0) + 1
    for kind, region, cap in (("nanp", "US", 3), ("au", "AU", 3), ("gb", "GB", 2)):
        if counts[kind]:
            scores[region] = scores.get(region, 0) + min(counts[kind], cap)
    if not scores:
        return "US"
    best = max(scores, key=lambda r: (scores[r], r == "US"))
    return best if scores[best] >= 2 else "US"


def release_year(doc: Document) -> int | None:
    """The year the release is dated: front matter `date:`, else the first year on top."""
    front = _FRONT_DATE.search(doc.text[: doc.body_start])
    if front:
        return int(front.group("year"))
    for line in doc.lines[doc.body_start_line : doc.body_start_line + 12]:
        match = _YEAR.search(line.text)
        if match:
            return int(match.group(1))
    return None


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


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str


def _capitalised(word: str) -> bool:
    core = word.rstrip(".'’-")
    if not core:
        return False
    if len(core) == 1:
        return core.isupper() and word.endswith(".")  # an initial: "J."
    if core.isupper():
        return False  # acronyms and shouting: PACER, AHA, APP
    if not (core[0].isupper() and any(c.islower() for c in core[1:])):
        return False
    inner = [i for i, c in enumerate(core[1:], 1) if c.isupper()]
    return all(i <= 3 or core[i - 1] in "-'’" for i in inner)  # "RapidFire" is a brand


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Senator|Sen|Hon|Minister)\.?[ \t]+$")


def _after_honorific(text: str, start: int) -> bool:
    return bool(_HONORIFIC_BEFORE.search(text[max(0, start - 12) : start]))


def find_names(text: str, offset: int = 0) -> list[Name]:
    """Person names in a contact: runs of 2-4 capitalised words that are not an
    organisation, a place or a title (`Julie Holmquist`, `Michele St. Martin`)."""
    names: list[Name] = []
    words = list(_WORD.finditer(text))
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for k, word in enumerate(words):
        value = word.group()
        gap = text[words[k - 1].end() : word.start()] if k else ""
        joined = current and len(gap) <= 2 and not any(c in gap for c in ",;:|/()\n@[]")
        if _capitalised(value) or (joined and value.lower() in _PARTICLES):
            if not joined:
                if current:
                    runs.append(current)
                current = []
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
            runs.append([word])  # a breaker, kept to see what precedes a run
    if current:
        runs.append(current)
    previous = ""
    for run in runs:
        if len(run) == 1 and not _capitalised(run[0].group()):
            previous = run[0].group().lower()
            continue
        pieces: list[list[re.Match[str]]] = [[]]
        for word in run:
            key = word.group().lower().rstrip(".")
            if key in _HONORIFICS or key in _STOP or word.group().lower() in _STOP:
                pieces.append([])
            else:
                pieces[-1].append(word)
        after_connector = previous in ("of", "for", "and", "&", "the", "de", "at", "with")
        previous = run[-1].group().lower()
        for piece in pieces:
            while piece and piece[-1].group().lower() in _PARTICLES:
                piece.pop()
            honoured = len(piece) == 1 and _after_honorific(text, piece[0].start())
            if not (2 <= len(piece) <= 4 or honoured) or after_connector:
                continue
            if re.match(r"[ \t]*:[ \t]*[+(\d]", text[piece[-1].end() :]):
                continue  # "Coffs Harbour: 02 6652 6233" labels a number
            if any(w.group().lower().rstrip(".") in _ORG for w in piece):
                continue
            first, last = piece[0], piece[-1]
            if text[first.start() - 1 : first.start()] in ("@", ".") or text[
                last.end() : last.end() + 1
            ] == "@":
                continue
            names.append(
                Name(offset + first.start(), offset + last.end(),
                     text[first.start() : last.end()].rstrip(".'’-"))
            )
    return names


# --- contact blocks -----------------------------------------------------------------

# A contact label at the start of a line (after Markdown emphasis, heading marks, a
# leading slash or a short organisation prefix), or "Contact:" after a date on the line.
_LABEL = re.compile(
    # Leading Markdown marks, images or links ("[](img) [](#) Contact Information:").
    r"^[ \t]*(?:!?\[[^\]\n]{0,80}\]\([^)\n]{0,300}\)[ \t]*){0,3}"
    r"(?:[#>*_\-•]+[ \t]*)?/?[ \t]*(?:\*\*|__)?[ \t]*"
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
_PROSE_MEDIA_CONTACT = re.compile(
    r"\b(?:media|press|journalists?|reporters?)\b[^\n]{0,60}?\b(?:contact|call|email|e-mail)\b",
    re.IGNORECASE,
)
_HEADING_OR_ABOUT = re.compile(r"^\s*(?:#{1,6}\s|\*\*About\b|About\s+[A-Z]|\*{0,2}###?\s*$)")
_END_MARK_LINE = re.compile(
    r"^\s*(?:\*\*)?\s*(?:(?:\\?#\s?){1,5}|-\s?30\s?-|-\s?0\s?-|ENDS?)\s*(?:\*\*)?\s*$"
)
_NAME_LINE = re.compile(r"^[ \t]*(?:\*\*)?[ \t]*[^\W\d_][\w'’.\- ]{2,40}?(?:\*\*)?[ \t]*,?[ \t]*$")
_CONTACT_PIECES = re.compile(
    r"(?:" + _PHONE_LABEL + r")\.?\s*[:\-]?|\(?\b(?:office|cell|mobile|fax|main|direct|"
    r"toll[- ]free)\b\)?|e-?mail\s*:?|or|and|\||/|,|;|–|-|\s|\*|\[|\]|\(|\)|mailto:",
    re.IGNORECASE,
)


# Email addresses, mailto targets and URLs hide words that look like names.
_MASK = re.compile(
    r"\([^)\s]*@[^)\s]*\)|[\w.+'%&=~-]+@[^\s)\]]+|https?://[^\s)]+"
    r"|(?<=[\w.] )\([^()\n@]{1,60}\)"
)


@dataclass
class Contact:
    """One media contact: a labelled block (or an unlabelled stacked one)."""

    start: int
    end: int
    lines: tuple[Line, ...]
    label: str | None = None  # as written, e.g. "Media Contact:"; None when unlabelled
    label_start: int | None = None
    names: list[Name] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    blocks: tuple[Block, ...] = ()

    @property
    def reachable(self) -> bool:
        return bool(self.phones or self.emails)


@dataclass
class ContactAnalysis:
    region: str
    year: int | None
    phones: list[Phone]
    emails: list[Email]
    contacts: list[Contact]
    has_mailto: bool
    has_prose_contact: bool


def _line_has(line: Line, items: list[Phone] | list[Email]) -> bool:
    return any(line.start <= item.start < line.end + 1 for item in items)


def _reaches(line: Line, phones: list[Phone], emails: list[Email]) -> bool:
    """Whether a line gives a phone or an address (an obfuscated one counts)."""
    return _line_has(line, phones) or _line_has(line, emails) or bool(
        CLOUDFLARE.search(line.text)
    )


def _is_reach_only(
    line: Line, phones: list[Phone], emails: list[Email], names: list[Name] | None = None
) -> bool:
    """A line holding only phones/emails and their labels (`Office: 714-347-8435`), and
    with `names`, only names, phones and emails (`Jane Roe 0412 345 678 jane@roe.au`)."""
    text = line.text
    reach = [(p.start - line.start, p.end - line.start) for p in phones
             if line.start <= p.start <= line.end]
    reach += [(e.start - line.start, e.end - line.start) for e in emails
              if line.start <= e.start <= line.end]
    if not reach:
        return False
    pieces = sorted(reach + [(n.start - line.start, n.end - line.start) for n in names or []])
    rest, pos = [], 0
    for a, b in pieces:
        rest.append(text[pos:a])
        pos = b
    rest.append(text[pos:])
    leftover = _CONTACT_PIECES.sub("", " ".join(rest))
    leftover = re.sub(r"\b(?:ext|x)\.?\s*\d+", "", leftover, flags=re.I)
    return len(leftover.strip()) <= (3 if not names else 4 * len(pieces))


def _contactish(line: Line, phones: list[Phone], emails: list[Email]) -> bool:
    text = line.stripped
    if not text or _HEADING_OR_ABOUT.match(line.text) or _END_MARK_LINE.match(line.text):
        return False
    if _line_has(line, phones) or _line_has(line, emails):
        return len(text) <= 240
    if len(text) > 70 or len(text.split()) > 9:
        return False
    if text in (":", "-", "|") or text.lower() in ("or", "and"):
        return True
    return not re.search(r"[a-z]{3,}[.!?]\s*$|:$", text)


def _label_at(line: Line) -> tuple[int, str] | None:
    if _NOT_LABEL.match(line.text):
        return None
    match = _LABEL.match(line.text)
    if match:
        label = match.group("label")
        start = line.start + match.start("label")
        dated = _DATE_PREFIX.match(label)
        if dated:  # "December 7, 2018 Contact:": the label is the last word
            start += dated.end()
            label = label[dated.end() :]
        return start, label
    mid = _MID_CONTACT.search(line.text)
    if mid:
        return line.start + mid.start("label"), mid.group("label")
    return None


def _build(doc: Document, region: str, phones: list[Phone], emails: list[Email]) -> list[Contact]:
    lines = doc.lines[doc.body_start_line :]
    contacts: list[Contact] = []
    used: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        found = _label_at(line)
        if found is None:
            index += 1
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
            if _label_at(nxt) is not None or not _contactish(nxt, phones, emails):
                break
            members.append(nxt)
            j += 1
        # Keep the label line, then up to the last line with a phone or email; with no
        # reach at all, keep only a name line right under the label.
        last = 0
        for k, member in enumerate(members):
            if _reaches(member, phones, emails):
                last = k
        if (
            last == 0
            and len(members) > 1
            and not _reaches(members[0], phones, emails)
            and _NAME_LINE.match(members[1].text)
            and find_names(members[1].text)
        ):
            last = 1
        members = members[: last + 1]
        contacts.append(_contact(doc, members, phones, emails, label, label_start))
        used.update(m.index for m in members)
        index = max(index + 1, members[-1].index - lines[0].index + 1)
    # Unlabelled stacked contacts: a name line, optional title lines, then lines holding
    # only phones/emails (`Greg Risling` / title / `Office: ..., Cell: ...` / email).
    for k, line in enumerate(lines):
        if line.index in used or not _is_reach_only(line, phones, emails):
            continue
        name_line = None
        for back in range(1, 4):
            if k - back < 0:
                break
            prev = lines[k - back]
            if prev.is_blank or prev.index in used:
                break
            if _is_reach_only(prev, phones, emails):
                break
            if _NAME_LINE.match(prev.text) and find_names(prev.text) and (
                find_names(prev.text)[0].text.strip() == prev.stripped.strip("*, ")
            ):
                name_line = k - back
                break
        if name_line is None:
            continue
        end = k
        while end + 1 < len(lines) and _is_reach_only(lines[end + 1], phones, emails):
            end += 1
        members = [m for m in lines[name_line : end + 1]]
        if any(m.index in used for m in members):
            continue
        contacts.append(_contact(doc, members, phones, emails, None, None))
        used.update(m.index for m in members)
    # Unlabelled one-line contacts: lines that start with a name and hold only names,
    # phones and emails (`Leah Gough  0413 700 185  Diana Juskov  0426 797 223`).
    for line in lines:
        if line.index in used or line.is_blank or len(line.text) > 400:
            continue
        if not (_line_has(line, phones) or _line_has(line, emails)):
            continue
        names = find_names(_MASK.sub(lambda m: " " * len(m.group()), line.text), line.start)
        first = len(line.text) - len(line.text.lstrip(" \t*"))
        if not names or names[0].start != line.start + first:
            continue
        if _is_reach_only(line, phones, emails, names):
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
        masked = _MASK.sub(lambda m: " " * len(m.group()), segment)
        names.extend(find_names(masked, from_))
    blocks = tuple(
        b for b in doc.blocks if b.start <= end and b.end >= start
    )
    return Contact(
        start,
        end,
        tuple(members),
        label.strip() if label else None,
        label_start,
        names,
        [p for p in phones if start <= p.start <= end],
        [e for e in emails if start <= e.start <= end],
        blocks,
    )


def analyse(doc: Document, settings: dict[str, Any] | None = None) -> ContactAnalysis:
    """Contacts, phones and emails of a document, computed once per region."""
    region = infer_region(doc, settings)
    cache: dict[str, ContactAnalysis] = doc.__dict__.setdefault("_prlint_contacts", {})
    if region in cache:
        return cache[region]
    phones = find_phones(doc, region)
    emails = find_emails(doc)
    contacts = _build(doc, region, phones, emails)
    body = doc.text[doc.body_start :]
    result = ContactAnalysis(
        region,
        release_year(doc),
        phones,
        emails,
        contacts,
        "mailto:" in body.lower(),
        bool(_PROSE_MEDIA_CONTACT.search(body))
        and any(
            _PROSE_MEDIA_CONTACT.search(line.text)
            and (_line_has(line, phones) or _line_has(line, emails))
            for line in doc.lines[doc.body_start_line :]
        ),
    )
    cache[region] = result
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
    return bool(FICTIONAL_NANP.fullmatch(phone.text))


def is_placeholder_email(address: str) -> bool:
    return bool(PLACEHOLDER_EMAIL.search(address))
