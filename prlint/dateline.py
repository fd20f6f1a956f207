"""Datelines: find and take apart the place-and-date opener of a release's first paragraph.

`parse_dateline(text, start)` reads the text at `start` (the first character of a
paragraph) and returns a `Dateline` when it opens with one, in any of the shapes seen in
real copy:

    CHICAGO — ...                                  (AP)
    AUSTIN, Texas, March 15, 2024 — ...            (AP with date)
    **SAN FRANCISCO, Feb. 10, 2016** — ...         (Markdown bold)
    **Minneapolis:** ...                           (colon)
    (Dallas, Texas) – ...                          (parenthesised)
    CARLSBAD, Calif., May 5, 2025 /PRNewswire/ --  (wires: PR Newswire, Business Wire,
    CUPERTINO, Calif.--(BUSINESS WIRE)--            GlobeNewswire, Accesswire, News
    NEW YORK, NY / ACCESSWIRE / April 29, 2021 /    Direct, NewMediaWire, PR Karma,
    (NewMediaWire) - November 06, 2024 - DALLAS —   24-7PressRelease, Newsworthy.ai ...)
    CHICAGO\\n- Set against ...                     (separator wrapped to the next line)

It is deliberately conservative: a place in mixed case (`Acme Corp – the leader in ...`)
only counts when it is a known city, is followed by a state or country, a date or a wire
tag, so ordinary sentences are not mistaken for datelines. The AP tables (state
abbreviations, cities that stand alone) come from the conventions doc, section 3.
"""

from __future__ import annotations

import re
import string
from typing import NamedTuple

# --- AP tables ---------------------------------------------------------------------------

# state name -> AP dateline abbreviation (the eight never-abbreviated states map to themselves)
AP_STATES: dict[str, str] = {
    "Alabama": "Ala.", "Alaska": "Alaska", "Arizona": "Ariz.", "Arkansas": "Ark.",
    "California": "Calif.", "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.",
    "Florida": "Fla.", "Georgia": "Ga.", "Hawaii": "Hawaii", "Idaho": "Idaho",
    "Illinois": "Ill.", "Indiana": "Ind.", "Iowa": "Iowa", "Kansas": "Kan.",
    "Kentucky": "Ky.", "Louisiana": "La.", "Maine": "Maine", "Maryland": "Md.",
    "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.",
    "Mississippi": "Miss.", "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb.",
    "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.", "New Mexico": "N.M.",
    "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.", "Ohio": "Ohio",
    "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.", "Rhode Island": "R.I.",
    "South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.", "Texas": "Texas",
    "Utah": "Utah", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.",
    "West Virginia": "W.Va.", "Wisconsin": "Wis.", "Wyoming": "Wyo.",
}  # fmt: skip

POSTAL_CODES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}  # fmt: skip

# Canadian provinces: AP spells them out in datelines.
PROVINCES: dict[str, str] = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "ON": "Ontario",
    "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan",
}  # fmt: skip

DISTRICT_OF_COLUMBIA = ("DC", "D.C.", "District of Columbia")

STANDALONE_US = frozenset(
    """ATLANTA|BALTIMORE|BOSTON|CHICAGO|CINCINNATI|CLEVELAND|DALLAS|DENVER|DETROIT|HONOLULU|
    HOUSTON|INDIANAPOLIS|LAS VEGAS|LOS ANGELES|MIAMI|MILWAUKEE|MINNEAPOLIS|NEW ORLEANS|
    NEW YORK|OKLAHOMA CITY|PHILADELPHIA|PHOENIX|PITTSBURGH|ST. LOUIS|SALT LAKE CITY|
    SAN ANTONIO|SAN DIEGO|SAN FRANCISCO|SEATTLE|WASHINGTON""".replace("\n", "")
    .replace(" " * 4, "")
    .split("|")
)
STANDALONE_FOREIGN = frozenset(
    """AMSTERDAM|BAGHDAD|BANGKOK|BEIJING|BEIRUT|BERLIN|BRUSSELS|CAIRO|DJIBOUTI|DUBLIN|GENEVA|
    GIBRALTAR|GUATEMALA CITY|HAVANA|HELSINKI|HONG KONG|ISLAMABAD|ISTANBUL|JERUSALEM|
    JOHANNESBURG|KUWAIT CITY|LONDON|LUXEMBOURG|MACAU|MADRID|MEXICO CITY|MILAN|MONACO|MONTREAL|
    MOSCOW|MUNICH|NEW DELHI|PANAMA CITY|PARIS|PRAGUE|QUEBEC CITY|RIO DE JANEIRO|ROME|
    SAN MARINO|SAO PAULO|SHANGHAI|SINGAPORE|STOCKHOLM|SYDNEY|TOKYO|TORONTO|VATICAN CITY|
    VIENNA|ZURICH""".replace("\n", "")
    .replace(" " * 4, "")
    .split("|")
)

COUNTRIES = frozenset(
    """Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Bahamas|Bahrain|
    Bangladesh|Belgium|Bolivia|Brazil|Bulgaria|Cambodia|Canada|Chile|China|Colombia|
    Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Dominican Republic|Ecuador|Egypt|
    El Salvador|England|Estonia|Ethiopia|Finland|France|Germany|Ghana|Greece|Guatemala|Haiti|
    Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|
    Jordan|Kenya|Kuwait|Latvia|Lebanon|Lithuania|Malaysia|Malta|Mexico|Morocco|Nepal|
    Netherlands|New Zealand|Nicaragua|Nigeria|Northern Ireland|Norway|Pakistan|Panama|
    Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|
    Saudi Arabia|Scotland|Serbia|Slovakia|Slovenia|South Africa|South Korea|Spain|Sri Lanka|
    Sweden|Switzerland|Taiwan|Tanzania|Thailand|Turkey|Uganda|Ukraine|United Arab Emirates|
    United Kingdom|United States|Uruguay|Venezuela|Vietnam|Wales|Zimbabwe|UAE|UK""".replace(
        "\n", ""
    )
    .replace(" " * 4, "")
    .split("|")
)

# Australian states and territories (AP spells them out after the city).
AU_STATES = frozenset(
    ["New South Wales", "Victoria", "Queensland", "South Australia", "Western Australia",
     "Tasmania", "Northern Territory", "Australian Capital Territory"]
)  # fmt: skip

_AP_ABBREVIATIONS = {abbr.upper(): name for name, abbr in AP_STATES.items()}

# Wire services: canonical key -> display name. Keys are what the `wires` option lists.
WIRES: dict[str, str] = {
    "prnewswire": "PR Newswire",
    "businesswire": "Business Wire",
    "globenewswire": "GlobeNewswire",
    "accesswire": "Accesswire",
    "newsdirect": "News Direct",
    "newmediawire": "NewMediaWire",
    "24-7pressrelease": "24-7PressRelease",
    "newsworthy.ai": "Newsworthy.ai",
    "prkarma": "PR Karma",
    "einpresswire": "EIN Presswire",
    "prweb": "PRWeb",
    "marketwired": "Marketwired",
    "newswire": "Newswire",
    "canadanewswire": "Canada Newswire",
}
_WIRE_ALIASES = {
    "prnewswirefirstcall": "prnewswire",
    "prnewswirehispanicprnewswire": "prnewswire",
    "newswirecanada": "canadanewswire",
    "cnw": "canadanewswire",
    "247pressrelease": "24-7pressrelease",
    "newsworthyai": "newsworthy.ai",
    "einnews": "einpresswire",
}


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")
_SQUASHED_WIRES: dict[str, str] = {}
for _key in WIRES:
    _SQUASHED_WIRES.setdefault(_NOT_ALPHANUMERIC.sub("", _key), _key)


def wire_key(name: str) -> str | None:
    """The canonical key of a wire named in text or config (`/PRNewswire/`, `BUSINESS WIRE`)."""
    squashed = _NOT_ALPHANUMERIC.sub("", name.lower())
    if squashed in _WIRE_ALIASES:
        return _WIRE_ALIASES[squashed]
    return _SQUASHED_WIRES.get(squashed)


# --- parsing ----------------------------------------------------------------------------

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_SP_CHARS = r" \t\u00a0\u202f\u2009"  # a space, a tab or a no-break space
_SP = rf"[{_SP_CHARS}]"
_WEEKDAY = rf"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?{_SP}+)"
_DATE = re.compile(
    rf"\(?{_WEEKDAY}?"
    rf"(?:{_MONTHS},?{_SP}+\d{{1,2}}(?:st|nd|rd|th)?,?{_SP}+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?{_SP}+{_MONTHS},?{_SP}+\d{{4}})\)?"
    rf"(?:{_SP}*@?{_SP}*\d{{1,2}}(?::\d{{2}})?{_SP}*(?:[AaPp]\.?[Mm]\.?)?"
    rf"(?:{_SP}+(?:Eastern|Pacific|Central|Mountain|[ECMP][SD]?T|GMT|UTC))?)?",
    re.IGNORECASE,
)
# Wire tags, by how they are written: /slash/, (PAREN), --dash--, or another "/ Source /".
_WIRE_TAG = re.compile(
    r"(?P<tag>"
    rf"/{_SP}?(?P<slash>PR{_SP}?Newswire(?:-FirstCall)?|24-7PressRelease|ACCESSWIRE|PR Karma"
    rf"|EIN Presswire|PRWeb|Marketwired|CNW|Newswire){_SP}?/"
    r"|(?:--|–|—)?\((?P<paren>BUSINESS WIRE|GLOBE NEWSWIRE|NEWMEDIAWIRE|Newsworthy\.ai"
    r"|MARKETWIRE|Marketwired|PRWEB|ACCESSWIRE|EIN Presswire)\)(?:--|–|—)?"
    rf"|--{_SP}?(?P<dash>News Direct){_SP}?--"
    r"|/[ \t](?P<other>[A-Z][\w.&' -]{1,40}?)[ \t]/"
    r")",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    rf"{_SP}*(?:\n{_SP}*)?(?P<sep>—|–|―|--|-|:)(?=[ \t\n\"“‘'*A-Za-z0-9(\[]){_SP}*"
)
_DASH_GAP = re.compile(rf"{_SP}*[-–—]{_SP}*")
_SPACES = re.compile(rf"{_SP}*")
_SPACES1 = re.compile(rf"{_SP}+")
_CLOSE = re.compile(rf"{_SP}*(?:\*{{1,3}}|_{{1,3}})?\)?(?:\*{{1,3}}|_{{1,3}})?")
_WIRE_SEP = re.compile(rf"{_SP}*(?:--|—|–|-|/)?{_SP}*")
_ALONE = re.compile(rf"{_SP}*\)?{_SP}*(?=\n)")
_BLANK_LINE = re.compile(rf"\n{_SP}*\n")
_LINE_END = re.compile(rf"{_SP}*(?:$|\n)")
_COMMA = re.compile(rf",{_SP}*")
_BODY_START = re.compile(r"[ \t\n]*[\"“‘'*_\[(]{0,3}[A-Za-z0-9$]")
_LOWERCASE = re.compile(r"[a-z]")
_CAPITAL_START = re.compile(r"[ \t]*[\"“A-Z]")
# One comma-separated part of the place, up to what ends it (`_ENDS`, a line end).
_ENDS_UNSPACED = rf":|/|\(|\)|\*|—|–|―|--|-\(|-(?={_MONTHS})"
_SPACED_HYPHEN_END = rf"-(?:{_SP}|\n|$)"  # after a space
_ENDS = rf",|{_ENDS_UNSPACED}|{_SP}{_SPACED_HYPHEN_END}"
# (Written `[^,:/\n()*—–―]{1,40}?(?=...)` it tried what ends a part after every character;
# only a space or a hyphen can open an end that the part's characters do not exclude, so
# the others are taken in runs. The caller checks the 40 characters.)
_PART_END = rf"{_SP}*(?:{_ENDS}|\n|$)"
_PART = re.compile(
    rf"[^,:/\n()*—–―](?:[^,:/\n()*—–―\-{_SP_CHARS}]++|(?!{_PART_END})[{_SP_CHARS}\-])*+"
)
_PART_MAX = 40
# A cheap necessary condition for a dateline (see `_parse`), so that most lines tried near
# the top of a release fail at once: after any emphasis, a wire tag or a parenthesis, or a
# place (`_PART` + `_is_place`: one to five words, the first capitalised, the others
# capitalised, connectors or years) followed by what can end the dateline or carry it on
# (what ends a part, but neither the end of the text nor of the line, unless a separator
# opens the next line; a comma only before what may open a place, a date or `_ALONE`). It
# runs without backtracking: a word (`_PLACE_WORD_CHARS`) stops before a hyphen that may end a
# part (`--`, `-(`, `-March`), and a connector before a letter.
_CAPITALISED = rf"[A-Z][A-Za-z.'’]*+(?:-(?!-|\(|{_MONTHS})[A-Za-z.'’]*+)*+"
_CONNECTOR = r"(?i:del|de|la|le|of|dos|do|da|du|am|on|sur|upon)(?![A-Za-z])"
_NEXT_PART = (
    rf",{_SP}*+(?:[^\S\n]*+[A-Z]|[(\d)]"
    r"|(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
# (After the words, the spaces are taken at once: what follows them decides, and a spaced
# hyphen is one with a space before it.)
_OPENING = re.compile(
    r"(?:\*{1,3}|_{1,3})?"
    r"(?:[/(\-–—]"
    rf"|[^\S\n]*+{_CAPITALISED}(?:[^\S\n]++(?:{_CAPITALISED}|\d{{4}}|{_CONNECTOR})){{0,4}}+"
    rf"[^\S\n]*+(?:(?={_NEXT_PART}|{_ENDS_UNSPACED}|\n{_SP}*(?:—|–|―|-|:))"
    rf"|(?<={_SP})(?={_SPACED_HYPHEN_END})))"
)
_EMPHASIS = re.compile(r"\*{1,3}|_{1,3}")
# A word of a place: a capital, then letters, full stops, apostrophes and hyphens (tested
# with string methods: `[A-Z][A-Za-z.'’\-]*` as a pattern, which covers "U.S." and "N.Y.").
_PLACE_WORD_CHARS = string.ascii_letters + ".'’-"
_LOWER_CONNECTORS = frozenset(
    {"de", "del", "la", "le", "of", "da", "do", "dos", "du", "am", "on", "sur", "upon"}
)
_NOT_PLACES = frozenset(
    """NOTE UPDATE UPDATED BREAKING CORRECTION PHOTO PHOTOS VIDEO MEDIA ADVISORY RELEASE
    CONTACT CONTACTS EMBARGO EMBARGOED NEWS PRESS FOR ABOUT WHAT WHEN WHERE WHO WHY HOW
    IMMEDIATE ATTENTION EDITORS EDITOR SOURCE TOPIC DATE TIME LOCATION SUMMARY HIGHLIGHTS
    BACKGROUND QUOTE Q A STATEMENT TLDR RE SUBJECT CASE MONDAY TUESDAY WEDNESDAY THURSDAY
    FRIDAY SATURDAY SUNDAY TODAY YESTERDAY""".split()  # noqa: SIM905
)


class Part(NamedTuple):
    """One comma-separated piece of the place: its text and offsets in the document. (A
    named tuple: cheaper to build than a frozen dataclass, and a dateline builds several.)"""

    text: str
    start: int
    end: int


class Dateline(NamedTuple):
    start: int  # first character of the dateline (markup included)
    end: int  # just past the separator and following spaces: where the body text starts
    places: tuple[Part, ...]  # city first, then state/country parts, as written
    date: Part | None = None
    wire: str | None = None  # canonical wire key (see WIRES)
    wire_text: Part | None = None
    separator: Part | None = None
    parenthesised: bool = False
    emphasis: bool = False
    date_before_place: bool = False  # NewMediaWire's "(NewMediaWire) - date - CITY —"

    @property
    def city(self) -> Part | None:
        return self.places[0] if self.places else None

    @property
    def text_end(self) -> int:
        """End of the dateline proper: its last place, date or wire tag (markup excluded)."""
        ends = [part.end for part in (*self.places, self.date, self.wire_text) if part is not None]
        return max(ends) if ends else (self.separator.start if self.separator else self.end)


def classify_region(text: str) -> tuple[str, str | None]:
    """What a place part after the city is: ("state", name), ("postal", name),
    ("ap", name) for an AP abbreviation, ("province", name), ("province-postal", name),
    ("dc", None), ("country", None), ("au-state", None) or ("unknown", None)."""
    bare = text.strip().rstrip(",")
    if bare in DISTRICT_OF_COLUMBIA or bare.upper() in ("DC", "D.C."):
        return "dc", None
    title = " ".join(w.capitalize() for w in bare.split())
    if title in AP_STATES:
        if bare == AP_STATES[title] and title not in (
            "Alaska",
            "Hawaii",
            "Idaho",
            "Iowa",
            "Maine",
            "Ohio",
            "Texas",
            "Utah",
        ):
            return "ap", title
        return "state", title
    if bare.rstrip(".").upper() in POSTAL_CODES and (bare.isupper() or len(bare.rstrip(".")) == 2):
        postal = bare.rstrip(".").upper()
        if bare.upper() in _AP_ABBREVIATIONS and bare in AP_STATES.values():
            return "ap", _AP_ABBREVIATIONS[bare.upper()]
        return "postal", POSTAL_CODES[postal]
    if bare in AP_STATES.values():
        return "ap", _AP_ABBREVIATIONS[bare.upper()]
    if bare.upper() in _AP_ABBREVIATIONS:
        return "ap-case", _AP_ABBREVIATIONS[bare.upper()]
    if title in PROVINCES.values():
        return "province", title
    if bare.upper() in PROVINCES:
        return "province-postal", PROVINCES[bare.upper()]
    if title in AU_STATES:
        return "au-state", title
    if title in COUNTRIES or bare in COUNTRIES or bare.upper() in ("U.S.", "USA", "US"):
        return "country", None
    return "unknown", None


def _is_place(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    for index, word in enumerate(words):
        if index and (word.lower() in _LOWER_CONNECTORS or (len(word) == 4 and word.isdecimal())):
            continue  # (a year: four decimal digits, as `\d{4}` reads them)
        if not ("A" <= word[0] <= "Z" and not word.strip(_PLACE_WORD_CHARS)):
            return False
    return True


def _known_city(text: str) -> bool:
    upper = " ".join(text.upper().replace("ST ", "ST. ").split())
    return upper in STANDALONE_US or upper in STANDALONE_FOREIGN


def may_open_dateline(text: str, start: int, limit: int = 240) -> bool:
    """False when the paragraph at `start` cannot open with a dateline (a cheap check:
    `parse_dateline` then returns None); True when it may."""
    return _OPENING.match(text, start, start + limit) is not None


def parse_dateline(
    text: str, start: int, limit: int = 240, lenient: bool = False
) -> Dateline | None:
    """The dateline opening the paragraph that starts at `start`, or None.

    `lenient` also accepts a mixed-case place standing alone before a spaced dash
    (`Santa Ana – A man was ...`): callers use it only where a dateline is expected.
    """
    if not may_open_dateline(text, start, limit):
        return None
    return parse_opened_dateline(text, start, limit, lenient)


def parse_opened_dateline(
    text: str, start: int, limit: int = 240, lenient: bool = False
) -> Dateline | None:
    """`parse_dateline` where `may_open_dateline(text, start, limit)` is known to be True."""
    window = text[start : start + limit]
    blank = _BLANK_LINE.search(window)
    if blank:
        window = window[: blank.start()]
    if not window.strip():
        return None
    return _parse(window, start, lenient)


def _parse(window: str, base: int, lenient: bool = False) -> Dateline | None:
    pos = 0
    emphasis = False
    lead = _EMPHASIS.match(window) if window[0] in "*_" else None
    if lead:
        emphasis = True
        pos = lead.end()
    wire = None
    wire_part = None
    date_part = None
    date_before_place = False
    # "(NewMediaWire) - November 06, 2024 - DALLAS —": wire tag and date before the place.
    tag = _WIRE_TAG.match(window, pos) if window[pos : pos + 1] in _WIRE_OPENERS else None
    if tag:
        wire_part, wire = _wire(tag, base)
        after = _DASH_GAP.match(window, tag.end())
        cursor = after.end() if after else tag.end()
        date = _DATE.match(window, cursor)
        if date:
            date_part = Part(date.group(), base + date.start(), base + date.end())
            date_before_place = True
            after = _DASH_GAP.match(window, date.end())
            cursor = after.end() if after else date.end()
        if not _LINE_END.match(window, cursor) and window[cursor : cursor + 1].isupper():
            pos = cursor
        else:  # a wire tag alone ("--News Direct--")
            return Dateline(
                base, base + cursor, (), date_part, wire, wire_part, None, False, emphasis
            )
    parenthesised = window.startswith("(", pos)
    if parenthesised:
        pos += 1
    # Walk the comma-separated parts until the separator or wire tag.
    places: list[Part] = []
    cursor = pos
    separator = None
    end: int | None = None
    for _ in range(6):
        # a date part
        date = None
        if date_part is None and places:
            skip = _SPACES.match(window, cursor)
            date = _DATE.match(window, skip.end() if skip else cursor)
        if date:
            date_part = Part(date.group().strip(), base + date.start(), base + date.end())
            cursor = date.end()
        else:
            part = _PART.match(window, cursor)
            if part is None or part.end() - cursor > _PART_MAX:
                break
            text = part.group()
            word = text.strip()
            if not word or not _is_place(word):
                break
            if not places and _not_a_city(word):
                return None  # (`_plausible` would say so)
            offset = part.start() + (len(text) - len(text.lstrip()))
            places.append(Part(word, base + offset, base + offset + len(word)))
            cursor = part.end()
            date = _parenthesised_date(window, cursor) if date_part is None else None
            if date:
                date_part = Part(date.group().strip(), base + date.start(), base + date.end())
                cursor = date.end()
        # closing markup / parenthesis
        probe = cursor
        if window[cursor : cursor + 1] in _CLOSE_OPENERS:
            probe = _CLOSE.match(window, cursor).end()  # type: ignore[union-attr]
        if date_part is None and places:  # "**MINNEAPOLIS** (October 1, 2013) — "
            date = _parenthesised_date(window, probe)
            if date:
                date_part = Part(date.group().strip(), base + date.start(), base + date.end())
                probe = date.end()
        tag = None
        if window[probe : probe + 1] in _WIRE_OPENERS:
            tag = _WIRE_TAG.match(window, probe)
        elif window[probe + 1 : probe + 2] in _WIRE_OPENERS and window.startswith(" ", probe):
            tag = _WIRE_TAG.match(window, probe + 1)
        if tag and wire is None:
            wire_part, wire = _wire(tag, base)
            cursor = tag.end()
            # Accesswire / PR Karma: "/ WIRE / date /" or "/ WIRE / date time"
            date = _SPACES.match(window, cursor)
            dstart = date.end() if date else cursor
            dm = _DATE.match(window, dstart)
            if dm and date_part is None:
                date_part = Part(dm.group().strip(), base + dm.start(), base + dm.end())
                cursor = dm.end()
            sep = _WIRE_SEP.match(window, cursor)
            if sep and sep.group().strip():
                separator = Part(
                    sep.group().strip(),
                    base + cursor + sep.group().index(sep.group().strip()),
                    base + sep.end(),
                )
            end = sep.end() if sep else cursor
            break
        comma = _COMMA.match(window, probe) if window.startswith(",", probe) else None
        if comma and not window.startswith("\n", comma.end()):
            cursor = comma.end()
            continue
        opens_separator = window[probe : probe + 1] in _SEPARATOR_OPENERS
        sep = _SEPARATOR.match(window, probe) if opens_separator else None
        if sep:
            separator = Part(sep.group("sep"), base + sep.start("sep"), base + sep.end("sep"))
            end = sep.end()
            # "**Minneapolis:** text"
            trailing = _EMPHASIS.match(window, end) if window[end : end + 1] in "*_" else None
            if trailing:
                end = trailing.end()
                end += len(window[end:]) - len(window[end:].lstrip(" \t"))
            # "DALLAS - October 1, 2025 (NEWMEDIAWIRE) - ", "Miami – April 1, 2025\n– "
            date = _DATE.match(window, end)
            if date and date_part is None and separator.text != ":":
                follow = _WIRE_TAG.match(window, date.end() + 1) or _WIRE_TAG.match(
                    window, date.end()
                )
                sep2 = _SEPARATOR.match(window, follow.end() if follow else date.end())
                if follow or sep2:
                    date_part = Part(date.group().strip(), base + date.start(), base + date.end())
                    if follow:
                        wire_part, wire = _wire(follow, base)
                    if sep2:
                        separator = Part(
                            sep2.group("sep"), base + sep2.start("sep"), base + sep2.end("sep")
                        )
                        end = sep2.end()
                    else:
                        end = follow.end() if follow else date.end()
        break
    if end is None and places and date_part is not None:
        alone = _ALONE.match(window, cursor)
        if alone:  # "Miami (December 20, 2024)" with the body on the next line
            end = alone.end() + 1
    if not places or end is None:
        return None
    line = Dateline(
        base + (lead.start() if lead else 0),
        base + end,
        tuple(places),
        date_part,
        wire,
        wire_part,
        separator,
        parenthesised,
        emphasis,
        date_before_place,
    )
    return line if _plausible(line, window[end:], lenient) else None


# (What a wire tag, `_CLOSE` and the spaces before a date open with: the patterns are tried
# only there.)
_WIRE_OPENERS = frozenset("/(-–—")
_SPACE_CHARS = frozenset(" \t\u00a0\u202f\u2009")  # (`_SP`)
_CLOSE_OPENERS = _SPACE_CHARS | frozenset("*_)")
_SEPARATOR_OPENERS = _SPACE_CHARS | frozenset("\n—–―-:")


def _parenthesised_date(window: str, pos: int) -> re.Match[str] | None:
    """A date in parentheses after one or more spaces at `pos`."""
    if window[pos : pos + 1] not in _SPACE_CHARS:
        return None
    skip = _SPACES1.match(window, pos).end()  # type: ignore[union-attr]
    return _DATE.match(window, skip) if window.startswith("(", skip) else None


def _wire(tag: re.Match[str], base: int) -> tuple[Part, str | None]:
    name = tag.group("slash") or tag.group("paren") or tag.group("dash") or ""
    if not name and tag.group("other"):
        return Part(
            tag.group().strip(), base + tag.start(), base + tag.end()
        ), "other:" + tag.group("other").strip()
    return Part(tag.group().strip(), base + tag.start(), base + tag.end()), wire_key(name)


def _not_a_city(city: str) -> bool:
    """A label such as `NOTE`, `MEDIA ADVISORY` or `WHEN`, not the city of a dateline."""
    words = city.replace(".", " ").upper().split()
    return not _NOT_PLACES.isdisjoint(words) and not _known_city(city)


def _plausible(line: Dateline, rest: str, lenient: bool = False) -> bool:
    city = line.places[0].text  # (`_parse` has ruled out `_not_a_city` already)
    if line.separator is None and line.wire is None and line.date is None:
        return False
    # The body must follow: prose on the same or next line, unless a wire line stands alone.
    if line.wire is None and not _BODY_START.match(rest):
        return False
    first_line = rest.lstrip(" \t\n").split("\n", 1)[0][:80]
    if line.wire is None and first_line and not _LOWERCASE.search(first_line):
        return False  # an all-caps headline with a dash in it, not a dateline
    others = line.places[1:]
    supported = (
        line.parenthesised
        or line.wire is not None
        or line.date is not None
        or _known_city(city)
        or any(classify_region(p.text)[0] != "unknown" for p in others)
    )
    if city.isupper() and len(city) >= 3:
        return line.separator is None or line.separator.text != ":" or supported
    if lenient and line.separator is not None and line.separator.text in ("—", "–", "-", "--"):
        return len(city.split()) <= 3 and _CAPITAL_START.match(rest) is not None
    return supported
