"""An embargo that contradicts itself or the release.

What it does:
    Reports, in an embargo line:

    - a weekday that is not the date's (`Friday, June 8, 2021`: a Tuesday); for a date
      written without a year the release's own date supplies it;
    - a standard-time zone on a date in daylight time, or the reverse: `EST` in July,
      `EDT` in January, `AEST` in an Australian summer, `BST` or `CEST` in winter
      (computed with the tz database for New York, Chicago, Denver, Los Angeles, Sydney,
      Adelaide, Perth, London, Paris ...). `ET`, `CT`, `PT`, `GMT` and `UTC` are right all
      year. Where an abbreviation has several readings (`EST`/`CST` in the US and in
      Australia; `MST` in Arizona, `AEST` in Queensland, which keep standard time all
      year), it is reported only when every plausible reading is wrong; the region comes
      from the `region` setting, else from the release (Australian when it plainly is);
    - two times that should name one instant but do not (`2:00 p.m. ET/19:00 GMT` in
      June: 2 p.m. EDT is 18:00 GMT);
    - a release marked both `FOR IMMEDIATE RELEASE` and embargoed;
    - an embargo that lifts before the release's own date.

Why it matters:
    A newsroom that trusts the wrong half of a contradictory embargo breaks it, or holds
    a story it could have run. Each of these mistakes has shipped in real releases.

Example:
    Flagged:   EMBARGOED UNTIL 10 a.m. EST, Thursday, July 8, 2021  (EDT in July)
    Flagged:   Embargoed until 2:00 p.m. ET/19:00 GMT June 8, 2021  (18:00 GMT)
    Fine:      Embargoed until 3:30 p.m. CT/4:30 p.m. ET Monday, Nov. 7, 2022

Fix:
    None: prlint cannot tell which half of a contradiction is right.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from prlint.dates import (
    WEEKDAYS,
    DateMatch,
    TimeMatch,
    ZoneReading,
    dst_name,
    in_daylight_time,
    release_date,
    utc_offset,
    weekday_index,
    zone_readings,
)
from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.release_line import (
    EmbargoParts,
    embargo_parts,
    embargoes,
    find_release_lines,
    zone_region,
)
from prlint.rule import Context, Rule

_GENERIC = {
    "America/New_York": "ET",
    "America/Chicago": "CT",
    "America/Denver": "MT",
    "America/Los_Angeles": "PT",
}
_PLACE = {
    "America/New_York": "New York", "America/Chicago": "Chicago", "America/Denver": "Denver",
    "America/Phoenix": "Phoenix", "America/Los_Angeles": "Los Angeles",
    "America/Anchorage": "Anchorage", "Australia/Sydney": "Sydney",
    "Australia/Brisbane": "Brisbane", "Australia/Adelaide": "Adelaide",
    "Australia/Darwin": "Darwin", "Australia/Perth": "Perth", "Pacific/Auckland": "Auckland",
    "Europe/London": "London", "Europe/Lisbon": "Lisbon", "Europe/Paris": "Paris",
    "Europe/Athens": "Athens",
}  # fmt: skip


def _readings(doc: Document, zone: str, region: str) -> list[ZoneReading]:
    """`zone_readings(zone, region, doc.text)`, once per document and zone (it searches the
    whole text for place names: once per mention would be quadratic in a long file)."""
    cache = doc.__dict__.setdefault("_prlint_zone_readings", {})
    key = (zone, region)
    if key not in cache:
        cache[key] = zone_readings(zone, region, doc.text)
    return cache[key]


def _long(date: dt.date) -> str:
    return f"{date:%B} {date.day}, {date.year}"


def _clock(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class EmbargoInconsistent(Rule):
    name = "embargo-inconsistent"
    code = "PR104"
    summary = "Embargo whose weekday, zone, times or date contradict each other or the release"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        found = find_release_lines(doc)
        items = embargoes(doc)  # (`found`'s, read once per document)
        if not items:
            return
        released = release_date(doc)
        region = (
            zone_region(doc, ctx.settings) if any(embargo_parts(e).zones for e in items) else ""
        )
        immediate = next((r for r in found if r.kind == "immediate" and r.in_top), None)
        top_embargo = next((e for e in items if e.release.in_top), None)
        if immediate is not None and top_embargo is not None:
            release = top_embargo.release
            yield self.diagnostic(
                release.start,
                top_embargo.end,
                f"the release is both embargoed and marked {immediate.label!r} "
                f"(line {immediate.line.number}): keep one",
            )
        for embargo in items:
            parts = embargo_parts(embargo)
            yield from self._weekdays(parts, released)
            when = self._date(parts, released)
            if when is None:
                continue
            yield from self._zones(doc, parts, when, region)
            yield from self._instants(doc, parts, when, region)
            if released is not None and parts.dates and parts.dates[0].date < released.date:
                first = parts.dates[0]
                yield self.diagnostic(
                    first.start,
                    first.end,
                    f"the embargo lifts on {_long(first.date)}, before the release's own date "
                    f"{_long(released.date)} (line {doc.position(released.start).line})",
                )

    @staticmethod
    def _date(parts: EmbargoParts, released: DateMatch | None) -> dt.date | None:
        if parts.dates:
            return parts.dates[0].date
        if parts.day_months and released is not None:
            return parts.day_months[0].near(released.date)
        return released.date if released is not None else None

    def _weekdays(self, parts: EmbargoParts, released: DateMatch | None) -> Iterator[Diagnostic]:
        for match in parts.dates:
            if match.weekday and match.weekday_matches is False:
                yield self._weekday(match.start, match.end, match.weekday, match.date, "")
        for partial in parts.day_months:
            if not partial.weekday or released is None:
                continue
            date = partial.near(released.date)
            index = weekday_index(partial.weekday)
            if date is not None and index is not None and index != date.weekday():
                yield self._weekday(
                    partial.start,
                    partial.end,
                    partial.weekday,
                    date,
                    " (the year is the release's)",
                )

    def _weekday(self, start: int, end: int, written: str, date: dt.date, note: str) -> Diagnostic:
        return self.diagnostic(
            start,
            end,
            f"the embargo says {written.strip('.,')} but {_long(date)}{note} is a "
            f"{WEEKDAYS[date.weekday()]}",
        )

    @staticmethod
    def _moment(parts: EmbargoParts, date: dt.date, time: TimeMatch | None = None) -> dt.datetime:
        time = time or (parts.times[0] if parts.times else None)
        if time is None:
            return dt.datetime(date.year, date.month, date.day, 12)
        return dt.datetime(date.year, date.month, date.day, time.hour, time.minute)

    def _zones(
        self, doc: Document, parts: EmbargoParts, date: dt.date, region: str
    ) -> Iterator[Diagnostic]:
        when = self._moment(parts, date)
        for start, end, zone in parts.zones:
            readings = [
                r for r in _readings(doc, zone, region) if r.kind in ("standard", "daylight")
            ]
            if not readings:
                continue
            verdicts = [in_daylight_time(r, when) for r in readings]
            if any(v is None for v in verdicts):
                continue
            wrong = [
                r
                for r, dst in zip(readings, verdicts, strict=True)
                if dst != (r.kind == "daylight")
            ]
            if len(wrong) != len(readings):
                continue
            reading = wrong[0]
            named, actual = (
                ("standard", "daylight") if reading.kind == "standard" else ("daylight", "standard")
            )
            other = dst_name(reading)
            generic = _GENERIC.get(reading.tz)
            advice = f"write {other}" if other else "check the zone"
            if generic:
                advice += f", or {generic}, which is right all year"
            place = _PLACE.get(reading.tz, reading.tz)
            yield self.diagnostic(
                start,
                end,
                f"{zone} is {named} time, but on {_long(date)} {place} is on {actual} time: "
                f"{advice}",
            )

    def _instants(
        self, doc: Document, parts: EmbargoParts, date: dt.date, region: str
    ) -> Iterator[Diagnostic]:
        zoned = [t for t in parts.times if t.zone]
        for first, second in itertools.pairwise(zoned):
            if first.zone == second.zone:
                continue
            a = self._utc_minutes(doc, first, date, region)
            b = self._utc_minutes(doc, second, date, region)
            if not a or not b:
                continue
            if any((x - y) % 1440 == 0 for x in a for y in b):
                continue
            written_a = doc.text[first.start : first.end].strip()
            written_b = doc.text[second.start : second.end].strip()
            yield self.diagnostic(
                first.start,
                second.end,
                f"{written_a!r} and {written_b!r} are different instants on {_long(date)}: "
                f"{_clock(a[0])} and {_clock(b[0])} UTC",
            )

    @staticmethod
    def _utc_minutes(doc: Document, time: TimeMatch, date: dt.date, region: str) -> list[int]:
        assert time.zone is not None
        local = dt.datetime(date.year, date.month, date.day, time.hour, time.minute)
        minutes = []
        reading: ZoneReading
        for reading in _readings(doc, time.zone, region):
            offset = utc_offset(reading, local)
            if offset is not None:
                minutes.append(time.hour * 60 + time.minute - int(offset.total_seconds() // 60))
        return minutes
