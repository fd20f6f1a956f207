"""prlint.dates: dates, times, zones and the release's own date, on written forms and on
real releases from the corpus (read by path, never copied)."""

from __future__ import annotations

import datetime as dt

import pytest
from support import CORPUS, SEED

from prlint.dates import (
    find_dates,
    find_day_months,
    find_times,
    find_zones,
    in_daylight_time,
    release_date,
    utc_offset,
    zone_readings,
)
from prlint.document import Document
from prlint.source import read_source

REAL = CORPUS / "real"


def _doc(path) -> Document:
    return Document.from_text(read_source(path).text, str(path))


def _dates(text: str) -> list[tuple[dt.date, str, str | None]]:
    return [(m.date, text[m.start : m.end], m.weekday) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "date", "written"),
    [
        ("June 8, 2021", dt.date(2021, 6, 8), "June 8, 2021"),
        ("on Nov. 7, 2022 at", dt.date(2022, 11, 7), "Nov. 7, 2022"),
        ("Sept. 5, 2024", dt.date(2024, 9, 5), "Sept. 5, 2024"),
        ("Sept 5, 2024", dt.date(2024, 9, 5), "Sept 5, 2024"),
        ("Nov 22, 2023 @ 6:00 PM", dt.date(2023, 11, 22), "Nov 22, 2023"),
        ("MONDAY AUGUST 29 2005 SENATOR", dt.date(2005, 8, 29), "MONDAY AUGUST 29 2005"),
        ("November 8th, 2024 --", dt.date(2024, 11, 8), "November 8th, 2024"),
        ("SAN FRANCISCO, April, 12, 2016", dt.date(2016, 4, 12), "April, 12, 2016"),
        ("12.01AM, 26 JANUARY 2012 ***", dt.date(2012, 1, 26), "26 JANUARY 2012"),
        ("00.01 hrs 3 February 2005", dt.date(2005, 2, 3), "3 February 2005"),
        ("12:01AM 17TH AUGUST 2016", dt.date(2016, 8, 17), "17TH AUGUST 2016"),
        ("Wednesday, 3 August, 2016", dt.date(2016, 8, 3), "Wednesday, 3 August, 2016"),
        ("the 3rd of February 2005", dt.date(2005, 2, 3), "the 3rd of February 2005"),
        ("EMBARGO -3pm, 22 April '96", dt.date(1996, 4, 22), "22 April '96"),
        ("date: 2021-06-08", dt.date(2021, 6, 8), "2021-06-08"),
        ("25/08/2002", dt.date(2002, 8, 25), "25/08/2002"),
        ("8/25/2002", dt.date(2002, 8, 25), "8/25/2002"),
        ("5/5/2002", dt.date(2002, 5, 5), "5/5/2002"),
        ("Swearing-in Staff on January 1,\n2019", dt.date(2019, 1, 1), "January 1,\n2019"),
    ],
)
def test_find_dates_reads_written_forms(text, date, written):
    found = _dates(text)
    assert [(d, w) for d, w, _ in found] == [(date, written)]


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Monday, Nov. 7, 2022", "Monday"),
        ("FRIDAY, MAY 10, 2019", "FRIDAY"),
        ("Tuesday 30 August 2011", "Tuesday"),
        ("26 January 2012, Thursday", "Thursday"),
        ("26 January 2012 (Thu.)", "Thu."),
        ("June 8, 2021", None),
    ],
)
def test_weekday_before_or_after_is_kept_as_written(text, weekday):
    (match,) = find_dates(text)
    assert match.weekday == weekday


def test_weekday_matches():
    (right,) = find_dates("Monday, Nov. 7, 2022")
    (wrong,) = find_dates("Friday, June 8, 2021")
    (none,) = find_dates("June 8, 2021")
    assert right.weekday_matches is True
    assert wrong.weekday_matches is False
    assert none.weekday_matches is None


@pytest.mark.parametrize(
    "text",
    [
        "June 8",  # no year: not a full date
        "Tuesday 30 August",
        "6/8/2021",  # June 8 or 6 August?
        "February 30, 2021",  # no such day
        "31/02/2020",
        "2021-13-01",
        "DOB: 08-13-50",
        "Case # 24CF1056 and 12/010/2002",
        "version 3.5, $12.00, 1,300 applications in 2019",
        "June 2012",
        "may 5 people",
    ],
)
def test_find_dates_skips_what_is_not_a_full_date(text):
    assert find_dates(text) == []


def test_find_dates_offsets_are_into_the_text():
    text = "CHICAGO, June 8, 2021 — and on 9 June 2021 too."
    assert [text[m.start : m.end] for m in find_dates(text)] == ["June 8, 2021", "9 June 2021"]


def test_find_day_months():
    (match,) = find_day_months("*** Embargoed until 10.30am, Tuesday 30 August ***")
    assert (match.month, match.day, match.weekday) == (8, 30, "Tuesday")
    assert match.near(dt.date(2011, 8, 30)) == dt.date(2011, 8, 30)
    assert match.near(dt.date(2012, 1, 2)) == dt.date(2011, 8, 30)
    assert find_day_months("June 8, 2021") == []


def _times(text: str, loose: bool = False):
    return [
        (t.hour, t.minute, t.zone, t.ambiguous, text[t.start : t.end])
        for t in find_times(text, loose)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3:30 p.m. CT", [(15, 30, "CT", False, "3:30 p.m. CT")]),
        ("12.01am", [(0, 1, None, False, "12.01am")]),
        ("00.01 hrs", [(0, 1, None, False, "00.01 hrs")]),
        ("Embargoed until 7pm", [(19, 0, None, False, "7pm")]),
        ("at noon", [(12, 0, None, False, "noon")]),
        ("12 NOON SUNDAY", [(12, 0, None, False, "12 NOON")]),
        ("until midnight", [(0, 0, None, False, "midnight")]),
        ("19:00 GMT", [(19, 0, "GMT", False, "19:00 GMT")]),
        ("9:00 A.M., FRIDAY", [(9, 0, None, False, "9:00 A.M.")]),
        ("12:30PM CST MONDAY", [(12, 30, "CST", False, "12:30PM CST")]),
        ("06:01 in Sydney, Wednesday", [(6, 1, "in Sydney", False, "06:01 in Sydney")]),
        ("2300 Canberra time", [(23, 0, "Canberra time", False, "2300 Canberra time")]),
        ("EMBARGO: 6.00 PM AEDT", [(18, 0, "AEDT", False, "6.00 PM AEDT")]),
        ("12:01 a.m., Eastern Time", [(0, 1, "Eastern Time", False, "12:01 a.m., Eastern Time")]),
        ("10 a.m. (ET)", [(10, 0, "ET", False, "10 a.m. (ET)")]),
        ("@ 6:00 PM Eastern —", [(18, 0, "Eastern", False, "6:00 PM Eastern")]),
        ("16:00 UTC+10", [(16, 0, "UTC+10", False, "16:00 UTC+10")]),
        ("12 a.m.", [(0, 0, None, True, "12 a.m.")]),
        ("12pm", [(12, 0, None, True, "12pm")]),
        ("12:00", [(12, 0, None, True, "12:00")]),
        ("at 16:00.", [(16, 0, None, False, "16:00")]),
    ],
)
def test_find_times(text, expected):
    assert _times(text) == expected


def test_two_times_with_their_own_zones():
    assert _times("Embargoed until 3:30 p.m. CT/4:30 p.m. ET Monday, Nov. 7, 2022") == [
        (15, 30, "CT", False, "3:30 p.m. CT"),
        (16, 30, "ET", False, "4:30 p.m. ET"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "$12.00",
        "version 1.20 and 3.5 percent",
        "in 2019 and 1,300 applications",
        "2021",
        "I am here, 5 amps, a 1 a month plan",
    ],
)
def test_find_times_skips_numbers(text):
    assert _times(text) == []


def test_dotted_time_only_when_loose():
    assert _times("EMBARGOED UNTIL 12.00, 26 JANUARY 2012") == []
    assert _times("EMBARGOED UNTIL 12.00, 26 JANUARY 2012", loose=True) == [
        (12, 0, None, True, "12.00")
    ]
    assert _times("until 2012 and 2300", loose=True) == []  # four digits need hrs or a zone


def test_find_zones_ignores_words():
    assert [z for _, _, z in find_zones("Embargoed until 10 a.m. ET, June 8")] == ["ET"]
    assert find_zones("the west of the Central Coast, est. 1990, Mt Isa") == []
    assert [z for _, _, z in find_zones("2300 Canberra time")] == ["Canberra time"]


def test_zone_readings_narrow_by_region_and_place():
    assert {r.tz for r in zone_readings("EST")} == {"America/New_York", "Australia/Sydney"}
    assert [r.tz for r in zone_readings("EST", "US")] == ["America/New_York"]
    assert [r.tz for r in zone_readings("CST", "AU")] == ["Australia/Adelaide"]
    assert {r.tz for r in zone_readings("MST", "US", "PHOENIX, Ariz. — ")} == {
        "America/Denver",
        "America/Phoenix",
    }
    assert [r.kind for r in zone_readings("ET")] == ["generic"]
    assert [r.kind for r in zone_readings("GMT")] == ["fixed"]
    assert zone_readings("local time") == []


def test_daylight_and_offsets():
    (est,) = zone_readings("EST", "US")
    (et,) = zone_readings("ET")
    july = dt.datetime(2021, 7, 8, 10)
    january = dt.datetime(2021, 1, 8, 10)
    assert in_daylight_time(est, july) is True
    assert in_daylight_time(est, january) is False
    assert utc_offset(est, july) == dt.timedelta(hours=-5)  # EST names -5 whatever the date
    assert utc_offset(et, july) == dt.timedelta(hours=-4)
    (aest,) = zone_readings("AEST", "AU")
    assert in_daylight_time(aest, dt.datetime(2012, 1, 26)) is True  # Sydney summer


# --- release_date on real releases -------------------------------------------------------


def _release(path) -> tuple[dt.date, int] | None:
    doc = _doc(path)
    match = release_date(doc)
    return None if match is None else (match.date, doc.position(match.start).line)


def test_release_date_seed():
    assert _release(SEED) == (dt.date(2021, 6, 8), 7)


@pytest.mark.parametrize(
    ("path", "date", "line"),
    [
        # PDF letterhead: "May 10, 2019 Contact: ..." under the embargo line
        (
            "da-dallas-tx/Assets_uploads_docs_district-attorney_press-release_2019_PR_MozeeAllen",
            dt.date(2019, 5, 10),
            2,
        ),
        # the date line after FOR IMMEDIATE RELEASE, not the site's publication date above
        (
            "da-orange-county-ca/press_orange-county-district-attorney-issues-warrant",
            dt.date(2004, 11, 19),
            18,
        ),
        # "Tuesday, April 21, 2015" under FOR IMMEDIATE RELEASE on a scraped page
        (
            "da-kings-county-ny/2015_04_21_defendant-who-allegedly",
            dt.date(2015, 4, 21),
            9,
        ),
        # wire dateline
        (
            "newsworthyai-wire/247PressRelease_20250413_gaiea",
            dt.date(2025, 4, 13),
            3,
        ),
        # the embargo's own date is skipped; the dateline gives the release date
        (
            "newsworthyai-wire/newmediawire_20241106_dean-of-weill",
            dt.date(2024, 11, 6),
            5,
        ),
        # no date at the top: the front matter's, not a date from the body
        ("trove-au-parliament/2011-08-30-brown-carol", dt.date(2011, 8, 30), 3),
        ("trove-au-parliament/1997-01-30-downer", dt.date(1997, 1, 30), 22),
    ],
)
def test_release_date_on_real_releases(path, date, line):
    assert _release(_find(path)) == (date, line)


def _find(prefix: str):
    """A corpus file by a unique prefix of its path under real/ (names are long)."""
    matches = sorted(REAL.glob(prefix + "*"))
    assert len(matches) == 1, (prefix, matches)
    return matches[0]
