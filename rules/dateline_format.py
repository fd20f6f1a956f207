"""Dateline not in AP form.

What it does:
    Checks the dateline that opens the first paragraph against AP style (conventions
    doc, section 3) and reports every problem in one message: the city not in capitals;
    a postal code (`TX`) or a full state name that AP abbreviates (`California`) instead
    of the AP abbreviation (`Calif.`); a state or country after a city that stands alone
    (`DALLAS, TX`); no state or country after a city that does not (`SANTA ANA –`);
    parentheses around it; a colon, hyphen, en dash or `--` instead of a spaced em dash;
    a date not in AP form (`August 21`, `June 05`, `November 8th`, `3 August`); a date
    that differs from the release's own date. `CHICAGO —` (the seed) is correct: Chicago
    stands alone and the date is optional.
    Wire datelines (`/PRNewswire/ --`, `--(BUSINESS WIRE)--`, `(GLOBE NEWSWIRE) --`,
    `/ ACCESSWIRE /`, `--News Direct--`, `(NEWMEDIAWIRE) -`, `/ PR Karma /`, ...) are
    reported unless the wire is listed in the option `wires` (style "wire" lists every
    known wire). For an accepted wire, its own separators and date layout are fine;
    the place (capitals, state abbreviation) is still checked, as the big wires use
    AP places too.

Why it matters:
    Editors read the dateline first; a postal code, a lowercase city or a wrong date
    marks copy as unedited, and a date that disagrees with the release date is a
    factual error.

Example:
    Flagged:   AUSTIN, TX — Acme announced...           (postal code: AP wants Texas)
    Flagged:   (Dallas, Texas) – On Monday...           (parentheses, city case, en dash)
    Flagged:   DALLAS, TX -- November 8th, 2024 -- ...  (Dallas stands alone; dash; date)
    Fine:      CHICAGO — Upon Vice President Harris' arrival...
    Fine:      AUSTIN, Texas, March 15, 2024 — Acme announced...

Fix:
    Safe, and only for the state: a postal code or a full state name becomes the AP
    abbreviation (`AUSTIN, TX —` → `AUSTIN, Texas —`, `SPRINGFIELD, Illinois` →
    `SPRINGFIELD, Ill.`), and a Canadian province code is spelled out (`ON` →
    `Ontario`). Everything else needs the writer: which state a city is in, which
    date is right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.dateline import (
    AP_STATES,
    STANDALONE_FOREIGN,
    STANDALONE_US,
    WIRES,
    Dateline,
    Part,
    classify_region,
    wire_key,
)
from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document
from prlint.rule import Context, Option, Rule
from prlint.structure import is_date_line

_AP_MONTHS = {
    1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June",
    7: "July", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec.",
}  # fmt: skip
_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_US_DATE = re.compile(
    r"(?P<weekday>[A-Za-z]+day,?\s+)?(?P<month>[A-Za-z]+\.?)(?P<comma1>,)?\s+"
    r"(?P<day>\d{1,2})(?P<ordinal>st|nd|rd|th)?,?\s+(?P<year>\d{4})"
)
_DAY_FIRST = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+\.?),?\s+(?P<year>\d{4})"
)
_SPACE = " \t\u00a0\u202f\u2009"


def _standalone(city: str) -> bool:
    upper = " ".join(city.upper().split())
    if upper.startswith("ST "):
        upper = "ST. " + upper[3:]
    return upper in STANDALONE_US or upper in STANDALONE_FOREIGN


class DatelineFormat(Rule):
    name = "dateline-format"
    code = "PR302"
    summary = "Dateline not in AP form (city caps, AP state, spaced em dash, AP date)"
    severity = Severity.WARNING
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "wires": Option(
            [],
            "Wire services whose dateline format the house accepts (e.g. prnewswire, "
            "businesswire, globenewswire, accesswire, newsdirect, newmediawire, prkarma, "
            "24-7pressrelease, newsworthy.ai).",
            styles={"wire": sorted(WIRES)},
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        line = doc.structure.dateline_parts
        if line is None:
            return
        accepted = {wire_key(w) or w.lower() for w in ctx["wires"]}
        problems, edit = self.problems(doc, line, accepted)
        if not problems:
            return
        stop = line.text_end
        if doc.text[stop : stop + 1] == ")":
            stop += 1  # "(Dallas, Texas)"
        text = _show(doc.text[line.start : stop])
        fix = None
        if edit is not None:
            fix = Fix.safe(edit, description=f"write the state as {edit.replacement!r}")
        yield self.diagnostic(
            line.start,
            max(stop, line.start + 1),
            f"dateline {text!r}: " + "; ".join(problems),
            fix,
        )

    def problems(
        self, doc: Document, line: Dateline, accepted: set[str | None]
    ) -> tuple[list[str], Edit | None]:
        problems: list[str] = []
        edit: Edit | None = None
        wire_ok = line.wire is not None and line.wire in accepted
        if line.wire is not None and not wire_ok:
            if line.wire.startswith("other:"):
                problems.append(
                    f"source tag {line.wire_text.text if line.wire_text else ''!r} is not part "
                    "of an AP dateline"
                )
            else:
                problems.append(
                    f"{WIRES.get(line.wire, line.wire)} wire format "
                    f"({line.wire_text.text if line.wire_text else ''!r}) is not the house "
                    f"form; AP wants 'CITY, State — ' (list {line.wire!r} in the `wires` "
                    "option, or use style 'wire', to accept it)"
                )
        if line.parenthesised:
            problems.append("remove the parentheses around it")
        places = list(line.places)
        while places and re.search(r"\d", places[0].text) and len(places) > 1:
            places.pop(0)  # an event before the city: "NODE.JS INTERACTIVE 2015, PORTLAND"
        if not places:
            problems.append("it names no city (AP: 'CITY, State — ')")
        else:
            edit = self.place_problems(places, problems)
        if not wire_ok:
            self.separator_problems(doc, line, problems)
        if line.date is not None:
            self.date_problems(doc, line, line.date, problems, check_form=not wire_ok)
        return problems, edit

    def place_problems(self, places: list[Part], problems: list[str]) -> Edit | None:
        city, regions = places[0], places[1:]
        edit: Edit | None = None
        if not city.text.isupper():
            problems.append(f"city {city.text!r} not in capitals (AP: {city.text.upper()!r})")
        alone = _standalone(city.text)
        if alone and regions:
            names = ", ".join(repr(r.text) for r in regions)
            problems.append(f"{city.text.upper()} stands alone in AP datelines: drop {names}")
            return None
        if not alone and not regions:
            problems.append(
                f"{city.text.upper()} is not a city that stands alone in AP datelines: add its "
                "state (AP abbreviation) or country"
            )
            return None
        for region in regions[:1]:
            kind, name = classify_region(region.text)
            if kind == "postal" and name is not None:
                wanted = AP_STATES[name]
                problems.append(f"{region.text!r} is a postal code; AP writes {wanted!r}")
                edit = Edit(region.start, region.end, wanted)
            elif kind == "state" and name is not None and AP_STATES[name] != name:
                wanted = AP_STATES[name]
                problems.append(f"AP abbreviates {region.text!r} to {wanted!r} in datelines")
                edit = Edit(region.start, region.end, wanted)
            elif kind == "province-postal" and name is not None:
                problems.append(f"{region.text!r} is a postal code; AP spells out {name!r}")
                edit = Edit(region.start, region.end, name)
            elif kind == "ap-case" and name is not None:
                wanted = AP_STATES[name]
                problems.append(f"write the state {region.text!r} as {wanted!r}")
                edit = Edit(region.start, region.end, wanted)
        return edit

    def separator_problems(self, doc: Document, line: Dateline, problems: list[str]) -> None:
        sep = line.separator
        if sep is None:
            if line.wire is None:
                problems.append("no em dash after it (AP: ' — ')")
            return
        if "\n" in doc.text[line.places[-1].end if line.places else line.start : sep.start]:
            problems.append("it is broken across two lines")
        if sep.text == "—":
            before = doc.text[sep.start - 1 : sep.start]
            after = doc.text[sep.end : sep.end + 1]
            if (before and before not in _SPACE + "\n*") or (after and after not in _SPACE + "\n"):
                problems.append("put a space on each side of the em dash")
            return
        names = {":": "a colon", "–": "an en dash", "-": "a hyphen", "--": "'--'", "/": "a slash"}
        problems.append(
            f"{names.get(sep.text, repr(sep.text))} instead of a spaced em dash (' — ')"
        )

    def date_problems(
        self, doc: Document, line: Dateline, date: Part, problems: list[str], check_form: bool
    ) -> None:
        text = date.text.strip("() ")
        parsed = _parse_date(text)
        if check_form:
            if parsed is None:
                problems.append(f"date {text!r} not in AP form (e.g. 'Aug. 17, 2016')")
            else:
                month, day, year, ap = parsed
                if _DAY_FIRST.match(text):
                    problems.append(
                        f"date {text!r} not in AP form: AP puts the month first, {ap!r}"
                    )
                elif ap != text:
                    problems.append(f"date {text!r} not in AP form: {ap!r}")
            if date.text.strip().startswith("(") and not line.parenthesised:
                problems.append("no parentheses around the date")
        if parsed is None or not _may_hold_own_date(doc):
            return
        own = _release_date(doc)
        if own is None:
            return
        month, day, year, ap = parsed
        release, where = own
        if where is None or date.start <= where < date.end:
            return  # the release date is this very date
        own_line = doc.line_at(where)
        release_lines = {item.index for item in doc.structure.release_lines}
        if not is_date_line(own_line.text) and own_line.index not in release_lines:
            return  # a date in site chrome ("Admin | November 19, 2025") is not the release's
        if (release.year, release.month, release.day) != (year, month, day):
            problems.append(
                f"its date {ap!r} differs from the release date "
                f"{_AP_MONTHS[release.month]} {release.day}, {release.year} "
                f"(line {own_line.number})"
            )


def _parse_date(text: str) -> tuple[int, int, int, str] | None:
    """(month, day, year, AP form) of a US or day-first date, or None."""
    match = _US_DATE.match(text)
    if match is None:
        match = _DAY_FIRST.match(text)
        if match is None:
            return None
    month = _MONTH_NUMBER.get(match.group("month")[:3].lower())
    if month is None:
        return None
    day, year = int(match.group("day")), int(match.group("year"))
    if not 1 <= day <= 31:
        return None
    return month, day, year, f"{_AP_MONTHS[month]} {day}, {year}"


def _may_hold_own_date(doc: Document) -> bool:
    """Whether some line may hold the release's own date as `date_problems` accepts it (a
    date line or a release line): if none can, the release date need not be looked up."""
    return bool(doc.structure.release_lines) or any(is_date_line(line.text) for line in doc.lines)


def _release_date(doc: Document):
    """The release's own date and where it is, from prlint.dates when available."""
    try:
        from prlint.dates import release_date
    except ImportError:
        return None
    try:
        found = release_date(doc)
    except Exception:
        return None
    if found is None:
        return None
    return found.date, found.start


def _show(text: str) -> str:
    return " ".join(text.replace("*", "").split())
