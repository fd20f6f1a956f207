"""Calendar dates, clock times and time zones as press releases write them.

Used by the release-line and embargo rules and by the dateline rules (which compare the
dateline's date with the release's own date). Everything is found with a regex for
candidates plus strict validation; nothing is guessed from loose numbers.

Dates (`find_dates`) are *full* calendar dates only:

- US order: `June 8, 2021`, `Nov. 7, 2022`, `Sept. 5, 2024`, `AUGUST 29 2005`,
  `November 8th, 2024`, `April, 12, 2016` (a stray comma after the month is tolerated);
- day first: `26 JANUARY 2012`, `3 February 2005`, `17TH AUGUST 2016`, `3 August, 2016`,
  `3rd of February 2005`, and `22 April '96` (an apostrophe two-digit year: 1950-2049);
- ISO `2021-06-08`;
- numeric `6/8/2021` only when the order cannot be misread: one part is over 12
  (`25/08/2002` is 25 August, `8/25/2002` is August 25) or both parts are equal. A
  four-digit year is required. `6/8/2021` alone is skipped: it is June 8 in the US and
  6 August elsewhere. Dotted numeric dates (`8.6.2021`) are not read: too close to
  version numbers and section references.

A weekday may stand before the date (`Monday, Nov. 7, 2022`, `FRIDAY, MAY 10, 2019`,
`Tuesday 30 August 2011`) or right after it with a comma or in parentheses
(`26 January 2012, Thursday`); it is kept as written in `DateMatch.weekday`. Year-less
dates (`June 8`, `Tuesday 30 August`) are not full dates; `find_day_months` finds them for
callers that can supply the year (an embargo line usually can, from the release date).

Times (`find_times`): `3:30 p.m.`, `12.01am`, `9:00 A.M.`, `7pm`, `16:00`, `00.01 hrs`,
`2300 hrs`, `noon`, `midnight`, `12 noon`, each with an optional zone right after it
(`3:30 p.m. CT`, `19:00 GMT`, `06:01 in Sydney`, `2300 Canberra time`, `10 a.m. (ET)`).
A dotted time without a.m./p.m., `hrs` or a zone (`12.00`) is only taken with
`loose=True`, for text already known to be about a time, such as the rest of an embargo
line; elsewhere it is a price or a version number. A four-digit time (`2300`) always needs
`hrs` or a zone after it: otherwise it is a year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from prlint.document import Document

# --- months and weekdays -----------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:tember|t)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thur?s?|fri|sat|sun)\b\.?"
)
# One run of spaces that may cross a single line break (PDF text wraps dates).
_S = r"(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+)"
_S0 = r"(?:[ \t]*+(?:\n[ \t]*+)?)"
_COMMA = rf"(?:{_S0},{_S0}|{_S})"  # ", " or just spaces
_ORD = r"(?:st|nd|rd|th)?"

_WEEKDAY_BEFORE = rf"(?:(?P<wd>{_WEEKDAY}){_S0},?{_S0})?"
_WEEKDAY_AFTER = rf"(?:{_S0}(?:,{_S0}|\({_S0})(?P<wd2>{_WEEKDAY})\)?)?"

_DATE = re.compile(
    # (the lookahead: what a date starts with, a weekday, "the", a month or a digit, tested
    # first to pass over other words quickly)
    rf"(?<![\w/.-])(?=[\dmtwfsjadno])(?:"
    # US order: Month D, YYYY
    rf"(?P<us>{_WEEKDAY_BEFORE}(?P<us_mon>{_MONTH}){_S0},?{_S0}(?P<us_day>\d{{1,2}}){_ORD}\b"
    rf"(?:{_COMMA}(?P<us_year>\d{{4}})\b)?)"
    # day first: D Month YYYY
    rf"|(?P<dm>{_WEEKDAY_BEFORE.replace('wd', 'dwd')}"  # group names must differ
    rf"(?:the{_S})?(?P<dm_day>\d{{1,2}}){_ORD}"
    rf"(?:{_S}of)?{_S}(?P<dm_mon>{_MONTH})(?:{_COMMA}(?P<dm_year>\d{{4}}\b|['’]\d{{2}}\b))?)"
    # ISO
    rf"|(?P<iso>(?P<iso_year>\d{{4}})-(?P<iso_mon>\d{{2}})-(?P<iso_day>\d{{2}})(?![\d-]))"
    # numeric with slashes
    rf"|(?P<num>(?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})/(?P<num_year>\d{{4}})(?![\d/]))"
    rf"){_WEEKDAY_AFTER}",
    re.IGNORECASE,
)


_YEAR_GATE = re.compile(r"\d{4}|['’]\d\d\b")
_DIGIT = re.compile(r"\d")


class DateMatch(NamedTuple):
    """A full calendar date found in text; offsets are into the text searched."""

    date: dt.date
    start: int
    end: int
    weekday: str | None = None  # as written, e.g. "Monday" or "FRI."

    @property
    def weekday_index(self) -> int | None:
        return weekday_index(self.weekday) if self.weekday else None

    @property
    def weekday_matches(self) -> bool | None:
        """False when the written weekday is not the date's weekday; None when none is written."""
        index = self.weekday_index
        return None if index is None else index == self.date.weekday()


class DayMonth(NamedTuple):
    """A date written without a year (`Tuesday 30 August`); the caller supplies the year."""

    month: int
    day: int
    start: int
    end: int
    weekday: str | None = None

    def in_year(self, year: int) -> dt.date | None:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None

    def near(self, reference: dt.date) -> dt.date | None:
        """The date in the year that puts it closest to `reference` (a release date)."""
        candidates = [self.in_year(reference.year + k) for k in (-1, 0, 1)]
        valid = [c for c in candidates if c is not None]
        return min(valid, key=lambda c: abs((c - reference).days)) if valid else None


def weekday_index(word: str) -> int | None:
    key = word.strip(".").lower()[:2]
    for index, name in enumerate(WEEKDAYS):
        if name.lower().startswith(key):
            return index
    return None


def _month(word: str) -> int:
    return _MONTHS[word.strip(".").lower()[:3]]


def _year(text: str) -> int:
    if text[0] in "'’":
        short = int(text[1:])
        return 1900 + short if short >= 50 else 2000 + short
    return int(text)


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not 1800 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _scan(text: str, full_only: bool = False) -> list[DateMatch | DayMonth]:
    found: list[DateMatch | DayMonth] = []
    if full_only and _YEAR_GATE.search(text) is None:
        return found  # every full date has a year: skip the big pattern
    if _DIGIT.search(text) is None:
        return found
    for m in _DATE.finditer(text):
        weekday = m.group("wd") or m.group("dwd") or m.group("wd2")
        start, end = m.start(), m.end()
        if m.group("us"):
            month, day, year = _month(m.group("us_mon")), int(m.group("us_day")), m.group("us_year")
        elif m.group("dm"):
            month, day, year = _month(m.group("dm_mon")), int(m.group("dm_day")), m.group("dm_year")
        elif m.group("iso"):
            date = _make(int(m.group("iso_year")), int(m.group("iso_mon")), int(m.group("iso_day")))
            if date is not None:
                found.append(DateMatch(date, start, end, weekday))
            continue
        else:
            a, b, y = int(m.group("num_a")), int(m.group("num_b")), int(m.group("num_year"))
            if a > 12 >= b:
                date = _make(y, b, a)
            elif b > 12 >= a or a == b:
                date = _make(y, a, b)
            else:
                date = None  # 6/8/2021: June 8 or 6 August?
            if date is not None:
                found.append(DateMatch(date, start, end, weekday))
            continue
        if year is None:
            if _make(2000, month, day) is not None:  # 29 February is a valid day-month
                found.append(DayMonth(month, day, start, end, weekday))
            continue
        date = _make(_year(year), month, day)
        if date is not None:
            found.append(DateMatch(date, start, end, weekday))
    return found


def find_dates(text: str) -> list[DateMatch]:
    """Every full calendar date in `text`, in order."""
    return [d for d in _scan(text, full_only=True) if isinstance(d, DateMatch)]


def find_day_months(text: str) -> list[DayMonth]:
    """Dates written without a year (`June 8`, `Tuesday 30 August`), in order."""
    return [d for d in _scan(text) if isinstance(d, DayMonth)]


# --- time zones ----------------------------------------------------------------------------


class ZoneReading(NamedTuple):
    """One way to read a zone as written: an IANA zone and which half of the year it names."""

    tz: str  # IANA name, or "UTC+HH:MM" for a fixed offset
    kind: str  # "generic" (ET: whatever is in force), "standard", "daylight" or "fixed"
    region: str | None = None  # "US", "AU", ... when the abbreviation is regional
    # Words that, if the document mentions one, make this reading plausible; when set,
    # the reading is only used if the document mentions one (Arizona keeps MST all year).
    only_if: tuple[str, ...] = ()


def _r(tz: str, kind: str, region: str | None = None, *only_if: str) -> ZoneReading:
    return ZoneReading(tz, kind, region, tuple(only_if))


_QLD = ("Queensland", "Brisbane", "QLD", "Gold Coast", "Cairns", "Townsville")
_AZ = ("Arizona", "Ariz.", "Phoenix", "Tucson", "Scottsdale", "Tempe", "Mesa, ")
_NT = ("Northern Territory", "Darwin", "Alice Springs")

ABBREVIATIONS: dict[str, tuple[ZoneReading, ...]] = {
    "ET": (_r("America/New_York", "generic", "US"),),
    "EST": (_r("America/New_York", "standard", "US"), _r("Australia/Sydney", "standard", "AU"),
            _r("Australia/Brisbane", "standard", "AU", *_QLD)),
    "EDT": (_r("America/New_York", "daylight", "US"),),
    "CT": (_r("America/Chicago", "generic", "US"),),
    "CST": (_r("America/Chicago", "standard", "US"), _r("Australia/Adelaide", "standard", "AU"),
            _r("Australia/Darwin", "standard", "AU", *_NT)),
    "CDT": (_r("America/Chicago", "daylight", "US"),),
    "MT": (_r("America/Denver", "generic", "US"),),
    "MST": (_r("America/Denver", "standard", "US"), _r("America/Phoenix", "standard", "US", *_AZ)),
    "MDT": (_r("America/Denver", "daylight", "US"),),
    "PT": (_r("America/Los_Angeles", "generic", "US"),),
    "PST": (_r("America/Los_Angeles", "standard", "US"),),
    "PDT": (_r("America/Los_Angeles", "daylight", "US"),),
    "AKST": (_r("America/Anchorage", "standard", "US"),),
    "AKDT": (_r("America/Anchorage", "daylight", "US"),),
    "HST": (_r("Pacific/Honolulu", "standard", "US"),),
    "AEST": (_r("Australia/Sydney", "standard", "AU"),
             _r("Australia/Brisbane", "standard", "AU", *_QLD)),
    "AEDT": (_r("Australia/Sydney", "daylight", "AU"),),
    "ACST": (_r("Australia/Adelaide", "standard", "AU"),
             _r("Australia/Darwin", "standard", "AU", *_NT)),
    "ACDT": (_r("Australia/Adelaide", "daylight", "AU"),),
    "AWST": (_r("Australia/Perth", "standard", "AU"),),
    "AWDT": (_r("Australia/Perth", "daylight", "AU"),),
    "NZST": (_r("Pacific/Auckland", "standard"),),
    "NZDT": (_r("Pacific/Auckland", "daylight"),),
    # GMT and UTC name one instant all year; GMT in a British summer is the world
    # reference, not a mistake for BST, so it is read as a fixed offset.
    "GMT": (_r("UTC+00:00", "fixed"),),
    "UTC": (_r("UTC+00:00", "fixed"),),
    "BST": (_r("Europe/London", "daylight", "GB"),),
    "WET": (_r("Europe/Lisbon", "standard"),),
    "WEST": (_r("Europe/Lisbon", "daylight"),),
    "CET": (_r("Europe/Paris", "standard"),),
    "CEST": (_r("Europe/Paris", "daylight"),),
    "EET": (_r("Europe/Athens", "standard"),),
    "EEST": (_r("Europe/Athens", "daylight"),),
    "JST": (_r("Asia/Tokyo", "generic"),),
    "SGT": (_r("Asia/Singapore", "generic"),),
    "HKT": (_r("Asia/Hong_Kong", "generic"),),
    "IST": (),  # India, Ireland or Israel: a zone, but not one we can compute with
}  # fmt: skip

_SPELLED = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
}
CITIES = {
    "canberra": "Australia/Sydney", "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne", "hobart": "Australia/Hobart",
    "brisbane": "Australia/Brisbane", "adelaide": "Australia/Adelaide",
    "darwin": "Australia/Darwin", "perth": "Australia/Perth",
    "auckland": "Pacific/Auckland", "wellington": "Pacific/Auckland",
    "london": "Europe/London", "dublin": "Europe/Dublin", "paris": "Europe/Paris",
    "berlin": "Europe/Berlin", "brussels": "Europe/Brussels", "geneva": "Europe/Zurich",
    "new york": "America/New_York", "washington": "America/New_York",
    "chicago": "America/Chicago", "denver": "America/Denver",
    "los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
    "tokyo": "Asia/Tokyo", "singapore": "Asia/Singapore", "hong kong": "Asia/Hong_Kong",
}  # fmt: skip

_ABBR = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
_CITY = "|".join(sorted((c.replace(" ", "[ \\t]+") for c in CITIES), key=len, reverse=True))
# Abbreviations only in capitals (`west`, `est` and `mt` are words); spelled-out zones in
# any case. A bare `Eastern` counts only right after a time (`6:00 PM Eastern`).
ZONE_STRICT = (
    rf"(?:(?-i:(?:GMT|UTC)[ \t]?[+\-−][ \t]?\d{{1,2}}(?::?[0-5]\d)?)"
    rf"|(?-i:(?:{_ABBR})\b)"
    rf"|(?i:(?:australian[ \t]+)?(?:eastern|central|mountain|pacific|western)"
    rf"(?:[ \t]+(?:standard|daylight|summer))?[ \t]+time\b)"
    rf"|(?i:(?:{_CITY})[ \t]+time\b)"
    rf"|(?i:in[ \t]+(?:{_CITY})\b))"
)
ZONE = rf"(?:{ZONE_STRICT}|(?i:(?:eastern|central|mountain|pacific)\b(?![ \t]+[a-z])))"
ZONE_PATTERN = rf"(?<![\w+-])(?=[A-Za-z]){ZONE_STRICT}"


# Times and zones are read in embargo lines only: their big patterns are compiled on first
# use, not at import.
@cache
def _zone_re() -> re.Pattern[str]:
    return re.compile(ZONE_PATTERN)


# --- clock times ----------------------------------------------------------------------------

_AMPM = r"(?P<ap>[ap])\.?[ \t]?m\b\.?"
_ZONE_AFTER = rf"(?:[ \t]*+(?:,[ \t]*+|\([ \t]*+)?(?P<zone>{ZONE})\)?)?"
_HRS = r"(?:[ \t]*+(?:hrs|hours|hr|h)\b\.?)"
_TIME_PATTERN = (
    r"(?<![\w$£€.,:])(?:"
    r"(?P<noon>(?:12(?:[:.]00)?[ \t]*+)?(?:noon|midday|midnight)\b)"
    rf"|(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?[ \t]*+{_AMPM}"
    rf"|(?P<h24>[01]?\d|2[0-3])(?P<sep24>[:.])(?P<m24>[0-5]\d)(?![\d:]|\.\d|[ \t]*+[ap]\.?m\b)"
    rf"(?P<hrs24>{_HRS})?"
    rf"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?!\d)(?P<hrs4>{_HRS})?"
    rf"){_ZONE_AFTER}"
)
_TIME_START = r"(?<![\w$£€.,:])(?:\d|noon|midday|midnight)"


@cache
def _time_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The time pattern and where a time may start (see `_time_matches`)."""
    return re.compile(_TIME_PATTERN, re.IGNORECASE), re.compile(_TIME_START, re.IGNORECASE)


class TimeMatch(NamedTuple):
    """A clock time; `hour` is 0-23 (12 a.m. reads as 0, 12 p.m. and a bare 12:00 as 12)."""

    hour: int
    minute: int
    zone: str | None
    start: int
    end: int
    ambiguous: bool = False  # 12 a.m., 12 p.m., 12:00, 12.00
    zone_start: int | None = None
    zone_end: int | None = None


def _time_matches(text: str) -> Iterator[re.Match[str]]:
    """`finditer` of the time pattern, trying it only where a time can start (fast on
    long text without digits)."""
    time_re, time_start = _time_res()
    pos = 0
    while True:
        start = time_start.search(text, pos)
        if start is None:
            return
        match = time_re.match(text, start.start())
        if match is None:
            pos = start.end()
            continue
        yield match
        pos = max(match.end(), start.start() + 1)


def find_times(text: str, loose: bool = False) -> list[TimeMatch]:
    """Every clock time in `text`, with the zone written right after it, if any.

    `loose` also accepts a dotted time with nothing after it (`12.00`): right for an
    embargo line, wrong for running text. A four-digit time (`2300`) needs `hrs` or a zone.
    """
    found = []
    for m in _time_matches(text):
        zone = m.group("zone")
        zone_span = (m.start("zone"), m.end("zone")) if zone else (None, None)
        if zone:
            zone = re.sub(r"\s+", " ", zone.strip())
        ambiguous = False
        if m.group("noon"):
            word = m.group("noon").lower()
            hour = 0 if word.endswith("midnight") else 12
            minute = 0
        elif m.group("h12"):
            hour, minute = int(m.group("h12")), int(m.group("m12") or 0)
            pm = m.group("ap").lower() == "p"
            ambiguous = hour == 12 and minute == 0
            hour = (hour % 12) + (12 if pm else 0)
        elif m.group("h24"):
            hour, minute = int(m.group("h24")), int(m.group("m24"))
            dotted = m.group("sep24") == "."
            if dotted and not (loose or zone or m.group("hrs24")):
                continue  # 12.50 is a price or a version number
            ambiguous = hour == 12 and minute == 0
        else:
            if not (zone or m.group("hrs4")):
                continue  # 2021, 1200: years and counts, even in an embargo line
            hour, minute = int(m.group("h4")), int(m.group("m4"))
            ambiguous = hour == 12 and minute == 0
        found.append(TimeMatch(hour, minute, zone, m.start(), m.end(), ambiguous, *zone_span))
    return found


def find_zones(text: str) -> list[tuple[int, int, str]]:
    """Every time-zone mention in `text` (start, end, zone as written)."""
    return [
        (m.start(), m.end(), re.sub(r"\s+", " ", m.group(0))) for m in _zone_re().finditer(text)
    ]


# --- reading zones -------------------------------------------------------------------------


def zone_readings(zone: str, region: str | None = None, text: str = "") -> list[ZoneReading]:
    """The plausible readings of a zone as written, narrowed by region and by the text.

    `region` ("US", "AU", ...) keeps only that region's reading of an abbreviation used in
    several countries (EST, CST) when it has one. Readings marked `only_if` (Arizona's
    MST, Queensland's AEST) are kept only when `text` mentions one of their places.
    """
    key = zone.strip().strip("()")
    upper = key.upper()
    offset = re.fullmatch(r"(?:GMT|UTC)\s?([+\-−])\s?(\d{1,2})(?::?([0-5]\d))?", upper)
    if offset:
        sign = -1 if offset.group(1) in "-−" else 1
        minutes = sign * (int(offset.group(2)) * 60 + int(offset.group(3) or 0))
        return [ZoneReading(_fixed_name(minutes), "fixed")]
    if upper in ABBREVIATIONS:
        readings = [
            r for r in ABBREVIATIONS[upper] if not r.only_if or any(w in text for w in r.only_if)
        ]
        if region:
            regional = [r for r in readings if r.region in (None, region)]
            if regional:
                readings = regional
        return readings
    lowered = re.sub(r"\s+", " ", key.lower())
    if lowered.startswith("in "):
        lowered = lowered[3:] + " time"
    if lowered.endswith(" time"):
        head = lowered[: -len(" time")]
        if head in CITIES:
            return [ZoneReading(CITIES[head], "generic")]
        kind = "generic"
        for word, name in (
            ("standard", "standard"),
            ("daylight", "daylight"),
            ("summer", "daylight"),
        ):
            if head.endswith(" " + word):
                head, kind = head[: -len(word) - 1], name
        if head.startswith("australian "):
            tz = {"eastern": "Australia/Sydney", "central": "Australia/Adelaide",
                  "western": "Australia/Perth"}.get(head[len("australian "):])  # fmt: skip
            return [ZoneReading(tz, kind, "AU")] if tz else []
        if head in _SPELLED:
            return [ZoneReading(_SPELLED[head], kind, "US")]
        return []
    if lowered in _SPELLED:
        return [ZoneReading(_SPELLED[lowered], "generic", "US")]
    return []


def _fixed_name(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@lru_cache(maxsize=64)
def _zoneinfo(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _fixed_offset(name: str) -> dt.timedelta:
    sign = -1 if name[3] == "-" else 1
    hours, minutes = name[4:].split(":")
    return sign * dt.timedelta(hours=int(hours), minutes=int(minutes))


def in_daylight_time(reading: ZoneReading, when: dt.datetime) -> bool | None:
    """Whether the reading's zone observes daylight time at local time `when`."""
    if reading.kind == "fixed":
        return None
    try:
        local = when.replace(tzinfo=_zoneinfo(reading.tz))
        dst = local.dst()
    except Exception:  # unknown zone name or missing tz database: no opinion
        return None
    return bool(dst)


def utc_offset(reading: ZoneReading, when: dt.datetime) -> dt.timedelta | None:
    """The offset from UTC the reading names at local time `when`.

    A standard-time name (EST) always names the standard offset and a daylight name (EDT)
    the daylight one, whatever is in force; a generic name (ET) names what is in force.
    """
    if reading.kind == "fixed":
        return _fixed_offset(reading.tz)
    try:
        local = when.replace(tzinfo=_zoneinfo(reading.tz))
        offset, dst = local.utcoffset(), local.dst()
    except Exception:
        return None
    if offset is None or dst is None:
        return None
    if reading.kind == "standard":
        return offset - dst
    if reading.kind == "daylight":
        return offset - dst + (dst or dt.timedelta(hours=1))
    return offset


def dst_name(reading: ZoneReading) -> str | None:
    """The abbreviation for the other half of the year (EST -> EDT), if there is one."""
    for abbr, readings in ABBREVIATIONS.items():
        for other in readings:
            if other.tz == reading.tz and other.kind not in (reading.kind, "generic", "fixed"):
                return abbr
    return None


# --- the release's own date ----------------------------------------------------------------

_DATE_LABEL = re.compile(
    r"^[ \t>*_#]*(?:(?:release[ \t]+)?date(?:d|[ \t]+of[ \t]+release)?|published|issued)"
    r"[ \t]*[:\-–—]?[ \t]*",
    re.IGNORECASE,
)
_FRONT_DATE = re.compile(r"^date[ \t]*:[ \t]*[\"']?(\d{4}-\d{2}-\d{2})", re.MULTILINE)
TOP_WINDOW = 25  # non-blank lines that make "the top" of a release


def _only_date(text: str, matches: list[DateMatch]) -> DateMatch | None:
    """The date if `text` is a date and nothing else (besides a label and markup)."""
    if len(matches) != 1:
        return None
    match = matches[0]
    head = _DATE_LABEL.sub("", text[: match.start])
    tail = text[match.end :]
    if re.fullmatch(r"[ \t>*_#]*", head) and re.fullmatch(r"[ \t*_.,:;\-–—]*", tail):
        return match
    return None


def release_date(doc: Document) -> DateMatch | None:
    """The release's own date, with offsets into `doc.text` (found once per document:
    see `_release_date`)."""
    cache = doc.__dict__
    if "_prlint_release_date" not in cache:
        cache["_prlint_release_date"] = _release_date(doc)
    return cache["_prlint_release_date"]


def _release_date(doc: Document) -> DateMatch | None:
    """The release's own date, with offsets into `doc.text`.

    Looks at the first 25 non-blank lines after the front matter, skipping embargo lines:
    a line that is only a date (optionally labelled `Date:` or `Release Date:`), or a
    release line whose only other text is a date, wins, preferring the first one after
    the release line (scraped pages show the site's own publication date above it);
    else the first full date in the top of the release (`prlint.release_line.top_lines`,
    which ends with the first line of prose: the dateline's date in wire copy, the
    `August 29, 2018 Contact: ...` letterhead of PDF releases), not a date from the body;
    else the front matter's `date:`.
    """
    from prlint.release_line import find_release_lines, top_lines

    release_lines = find_release_lines(doc)
    top = {line.index for line in top_lines(doc)}
    embargo_lines = {r.line.index for r in release_lines if r.kind == "embargo"}
    last_immediate = max(
        (r.line.index for r in release_lines if r.kind in ("immediate", "label") and r.in_top),
        default=-1,
    )
    only_dates: list[tuple[int, DateMatch]] = []
    first: DateMatch | None = None
    count = 0
    for line in doc.lines[doc.body_start_line :]:
        if line.is_blank:
            continue
        count += 1
        if count > TOP_WINDOW:
            break
        if line.index in embargo_lines:
            continue
        matches = find_dates(line.text)
        if not matches:
            continue
        shifted = [
            DateMatch(m.date, m.start + line.start, m.end + line.start, m.weekday) for m in matches
        ]
        if first is None and line.index in top:
            first = shifted[0]
        text = line.text
        release = next((r for r in release_lines if r.line.index == line.index), None)
        if release is not None:
            text = " " * (release.rest_start - line.start) + text[release.rest_start - line.start :]
        only = _only_date(text, matches)
        if only is not None:
            only_dates.append((line.index, shifted[matches.index(only)]))
    after = [m for index, m in only_dates if index >= last_immediate]
    if after:
        return after[0]
    if only_dates:
        return only_dates[0][1]
    if first is not None:
        return first
    front = _FRONT_DATE.search(doc.text, 0, doc.body_start)
    if front:
        date = _make(*map(int, front.group(1).split("-")))
        if date is not None:
            return DateMatch(date, front.start(1), front.end(1), None)
    return None
