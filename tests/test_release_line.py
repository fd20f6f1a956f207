"""Release line and embargo rules (PR101-PR105) on real releases, read from the corpus by
path and checked by line:column; plus their safe fixes and prlint.release_line itself."""

from __future__ import annotations

import pytest
from support import CORPUS, SEED, findings, lint_corpus_file

from prlint.api import lint_text
from prlint.diagnostics import Applicability
from prlint.document import Document
from prlint.release_line import (
    embargo_parts,
    embargoes,
    find_release_lines,
    release_line_at_top,
    top_lines,
)
from prlint.source import read_source

REAL = CORPUS / "real"
RULES = (
    "missing-release-line",
    "release-line-format",
    "embargo-incomplete",
    "embargo-inconsistent",
    "embargo-ambiguous-time",
)


def _find(prefix: str):
    """A corpus file by a unique prefix of its path under real/ (names are long)."""
    matches = sorted(REAL.glob(prefix + "*"))
    assert len(matches) == 1, (prefix, matches)
    return matches[0]


def ours(path, settings=None) -> list[tuple[str, int, int]]:
    return [
        (d.rule, d.start_pos.line, d.start_pos.column)
        for d in lint_corpus_file(path, settings)
        if d.rule in RULES and d.start_pos is not None
    ]


def fixed(text: str, rule: str, path: str = "release.txt") -> str:
    """`text` with the safe fixes of `rule` applied (edits never overlap within one rule)."""
    edits = [
        edit
        for d in lint_text(text, path)
        if d.rule == rule and d.fix is not None
        for edit in d.fix.edits
    ]
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


# --- the seed --------------------------------------------------------------------------------


def test_seed_gives_exactly_release_line_format_on_line_5():
    assert ours(SEED) == [("release-line-format", 5, 1)]


def test_seed_fix_removes_only_the_colon():
    diagnostic = next(d for d in lint_corpus_file(SEED) if d.rule == "release-line-format")
    assert "trailing colon" in diagnostic.message
    assert diagnostic.fix is not None and diagnostic.fix.applicability is Applicability.SAFE
    text = read_source(SEED).text
    after = fixed(text, "release-line-format")
    assert after.splitlines()[4] == "FOR IMMEDIATE RELEASE"
    assert after.replace("FOR IMMEDIATE RELEASE", "FOR IMMEDIATE RELEASE:", 1) == text


# --- release lines in real layouts -----------------------------------------------------------

DALLAS = "da-dallas-tx/Assets_uploads_docs_district-attorney_press-release_"


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        # PDF: "For Immediate Release: <headline>" under a date + contact letterhead
        (DALLAS + "2018_PR_PonziScheme", [("release-line-format", 6, 1)]),
        (DALLAS + "2023_First_20Fentanyl", [("release-line-format", 5, 1)]),
        # PDF releases with no release line at all
        (DALLAS + "2021_051321-PR-Serial-killer", [("missing-release-line", 1, 1)]),
        # scraped page: "For Immediate Release" after 16 lines of site navigation
        ("da-orange-county-ca/press_blood-tech", [("release-line-format", 17, 1)]),
        ("da-orange-county-ca/press_man-convicted-of-aiding", [("missing-release-line", 1, 1)]),
        # "FOR IMMEDIATE RELEASE" + weekday date after navigation: right as it is
        ("da-kings-county-ny/2015_04_21_defendant", []),
        # page title and post title repeat it; the release's own line is lower case
        (
            "sao-miami-dade-fl/press-release_for-immediate-release-former-jackson",
            [
                ("release-line-format", 7, 1),
            ],
        ),
        (
            "sao-cook-county-il/news_cook-county-states-attorney-announces-new",
            [
                ("release-line-format", 6, 1),
            ],
        ),
        # "Press Release" label, no immediate line: nothing to report
        ("sao-cook-county-il/news_six-defendants", []),
        # Markdown: a date line, then **FOR IMMEDIATE RELEASE**
        ("pacer-center/nr20101101-1", []),
        # front matter, then a blockquote subheadline and a dateline: no release line
        ("nodejs-foundation/foundation-express-news", [("missing-release-line", 9, 1)]),
        # Australian "MEDIA RELEASE" labels after YAML front matter and a letterhead
        ("trove-au-parliament/2014-04-12-hanson-young", []),
        ("trove-au-parliament/1997-01-30-downer", [("embargo-incomplete", 14, 3)]),
        # wire copy: no release line, a FOR IMMEDIATE RELEASE after the wire line
        ("newsworthyai-wire/247PressRelease_20250413_gaiea", [("missing-release-line", 1, 1)]),
        ("newsworthyai-wire/prkarma_20250211_canadian-rv", []),
        ("newsworthyai-wire/reportable_20251001_ugi", []),
    ],
)
def test_rules_on_real_releases(prefix, expected):
    assert ours(_find(prefix)) == expected


def test_wire_style_turns_missing_release_line_off():
    path = _find("newsworthyai-wire/247PressRelease_20250413_gaiea")
    assert findings(path, "missing-release-line") == [(1, 1)]
    assert findings(path, "missing-release-line", {"style": "wire"}) == []


def test_embargo_at_the_foot_is_named_in_the_message():
    path = _find("trove-au-parliament/2005-12-31-vanstone")
    (diagnostic,) = [d for d in lint_corpus_file(path) if d.rule == "missing-release-line"]
    assert (diagnostic.start_pos.line, diagnostic.start_pos.column) == (13, 2)
    assert "is on line 37" in diagnostic.message
    assert findings(path, "embargo-incomplete") == [(37, 2)]


def test_dallas_run_on_fix_keeps_every_word():
    path = _find(DALLAS + "2018_PR_PonziScheme")
    text = read_source(path).text
    after = fixed(text, "release-line-format", str(path))
    lines = after.splitlines()
    assert lines[5] == "FOR IMMEDIATE RELEASE"
    assert lines[6] == "Jury Sentences Ponzi Scheme Criminal to 79 Years"
    # every word kept, in order; only the case of the label and its colon changed
    assert [w.lower().strip(":") for w in after.split()] == [
        w.lower().strip(":") for w in text.split()
    ]
    assert len(after) == len(text) - 1  # ": " became "\n"; nothing else changed


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        (
            "FOR IMMEDIATE RELEASE:\n\nJune 8, 2021\n",
            "a.txt",
            "FOR IMMEDIATE RELEASE\n\nJune 8, 2021\n",
        ),
        ("For Immediate Release\n", "a.txt", "FOR IMMEDIATE RELEASE\n"),
        ("FOR IMMEDIATE RELEASE: June 8, 2021\n", "a.txt", "FOR IMMEDIATE RELEASE\nJune 8, 2021\n"),
        (
            "FOR IMMEDIATE RELEASE: June 8, 2021\n",
            "a.md",
            "FOR IMMEDIATE RELEASE\n\nJune 8, 2021\n",
        ),
        ("**For Immediate Release:**\n", "a.md", "**FOR IMMEDIATE RELEASE**\n"),
        (
            "**FOR IMMEDIATE RELEASE: June 8, 2021**\n",
            "a.md",
            "**FOR IMMEDIATE RELEASE**\n\n**June 8, 2021**\n",
        ),
        (
            "FOR IMMEDIATE RELEASE -- June 8, 2021\n",
            "a.txt",
            "FOR IMMEDIATE RELEASE\nJune 8, 2021\n",
        ),
        ("FOR  IMMEDIATE RELEASE\n", "a.txt", "FOR IMMEDIATE RELEASE\n"),
    ],
)
def test_release_line_format_fixes(text, path, expected):
    after = fixed(text, "release-line-format", path)
    assert after == expected
    assert fixed(after, "release-line-format", path) == after  # converges


# --- embargo lines in real releases ----------------------------------------------------------

AHA = [
    "newsworthyai-wire/newmediawire_20241106_dean-of-weill",
    "newsworthyai-wire/newmediawire_20241116_ai-image",
    "newsworthyai-wire/newmediawire_20250317_newborns",
    "newsworthyai-wire/newmediawire_20250414_sleep-matters",
    "newsworthyai-wire/newmediawire_20251001_nyu-grossman",
    "newsworthyai-wire/newmediawire_20251108_earlier-blood",
    "newsworthyai-wire/newmediawire_20251108_first-in-human",
    "newsworthyai-wire/newmediawire_20251109_heart-attack",
]


@pytest.mark.parametrize("prefix", AHA)
def test_american_heart_association_embargoes_are_complete_and_consistent(prefix):
    """`Embargoed until 3:55 p.m. CT/4:55 p.m. ET, Saturday, Nov. 16, 2024`: both zones name
    one instant and every weekday is right, so none of the rules has anything to say."""
    path = _find(prefix)
    doc = Document.from_text(read_source(path).text, str(path))
    (embargo,) = embargoes(doc)
    assert "CT" in embargo.text and "ET" in embargo.text
    assert ours(path) == []


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        # "EMBARGOED UNTIL 9:00 A.M., FRIDAY, MAY 10, 2019" above "For Immediate Release:"
        (
            DALLAS + "2019_PR_MozeeAllen",
            [
                ("embargo-incomplete", 1, 1),
                ("embargo-inconsistent", 1, 1),
                ("release-line-format", 7, 1),
            ],
        ),
        # "Embargoed until 12am 27 January 2003": no zone, and 12am is ambiguous
        (
            "trove-au-parliament/2003-01-27-rudd",
            [("embargo-incomplete", 37, 2), ("embargo-ambiguous-time", 37, 18)],
        ),
        # "EMBARGO - 12:01AM 17TH AUGUST 2016" on every page: reported once
        ("trove-au-parliament/2016-08-17-armstrong", [("embargo-incomplete", 20, 2)]),
        # "*** Embargoed until 10.30am, Tuesday 30 August ***": the weekday is right
        ("trove-au-parliament/2011-08-30-brown-carol", [("embargo-incomplete", 18, 6)]),
        # "EMBARGOED UNTIL 12 NOON SUNDAY 1 OCTOBER": noon is not ambiguous, Sunday is right
        ("trove-au-parliament/2006-10-01-australian-medical", [("embargo-incomplete", 22, 2)]),
        # "EMBARGO -3pm, 22 April '96"
        ("trove-au-parliament/1996-04-22-downer", [("embargo-incomplete", 12, 3)]),
        # "EMBARGOED until Sunday, 28th July 2013": no time, no zone
        ("trove-au-parliament/2013-07-28-hanson-young", [("embargo-incomplete", 12, 2)]),
        # "... EMBARGOED UNTIL 12:30PM CST MONDAY AUGUST 29 2005 ...": Adelaide's standard
        # time in August, inside a letterhead line: complete and consistent
        ("trove-au-parliament/2005-08-29-stott-despoja", []),
        # "Embargo Date: 25 August 2002 16:00 GMT": GMT is the world reference all year
        ("trove-au-parliament/2002-08-25-amnesty", []),
        # "Under strict embargo: 06:01 in Sydney, Wednesday, 3 August, 2016"
        ("trove-au-parliament/2016-08-03-amnesty", []),
    ],
)
def test_embargo_rules_on_real_embargo_lines(prefix, expected):
    assert ours(_find(prefix)) == expected


def test_embargo_messages_say_what_is_missing():
    path = _find("trove-au-parliament/2013-07-28-hanson-young")
    (diagnostic,) = [d for d in lint_corpus_file(path) if d.rule == "embargo-incomplete"]
    assert diagnostic.message == (
        "embargo is incomplete: it gives no clock time (or noon/midnight) and no time zone"
    )
    path = _find(DALLAS + "2019_PR_MozeeAllen")
    messages = {d.rule: d.message for d in lint_corpus_file(path)}
    assert messages["embargo-incomplete"] == "embargo is incomplete: it gives no time zone"
    assert "'For Immediate Release' (line 7)" in messages["embargo-inconsistent"]


# --- prlint.release_line ---------------------------------------------------------------------


def _doc(path) -> Document:
    return Document.from_text(read_source(path).text, str(path))


def test_find_release_lines_kinds_and_spans():
    doc = _doc(_find(DALLAS + "2019_PR_MozeeAllen"))
    lines = [(r.kind, r.line.number, r.label) for r in find_release_lines(doc)]
    assert lines == [("embargo", 1, "EMBARGOED"), ("immediate", 7, "For Immediate Release")]
    immediate = find_release_lines(doc)[1]
    assert immediate.rest.startswith("District Attorney’s Office Determines")


def test_top_stops_at_running_text():
    doc = _doc(_find("sao-miami-dade-fl/press-release_for-immediate-release-former-jackson"))
    top = top_lines(doc)
    # the related-posts list under the body repeats FOR IMMEDIATE RELEASE: not the top
    assert top[-1].number < 20
    assert all(r.line.number <= top[-1].number for r in find_release_lines(doc))


def test_labels_are_whole_lines_not_headlines():
    doc = Document.from_text(
        "MEDIA ADVISORY: Press Conference on Monday\n\nPRESS RELEASE\n\nJOINT MEDIA RELEASE\n"
        "07 October 2001  MEDIA RELEASE  01/596\nIn a media release, the council said so.\n",
        "a.txt",
    )
    assert [r.line.number for r in find_release_lines(doc) if r.kind == "label"] == [3, 5, 6]


def test_substring_tests_keep_what_the_patterns_read_in_any_case():
    # The cheap lower-cased tests before the patterns must not lose a line the patterns
    # (which ignore case, reading "ı" and "İ" as "i" and "ſ" as "s") would take.
    doc = Document.from_text("FOR İMMEDIATE RELEASE\n\nEMBARGOED UNTIL 9 a.m.\n", "a.txt")
    assert [r.kind for r in find_release_lines(doc)] == ["immediate", "embargo"]
    doc = Document.from_text("Acme MEDIA RELEAſE from the board\n\nText.\n", "a.txt")
    assert release_line_at_top(doc) == (5, 18)


def test_embargo_parts_are_read_once_per_embargo():
    doc = Document.from_text("EMBARGOED UNTIL 10 a.m. EST, July 8, 2021\n\nBody.\n", "a.txt")
    (embargo,) = embargoes(doc)
    assert embargoes(doc)[0] is embargo  # every rule gets the same objects
    assert embargo_parts(embargo) is embargo_parts(embargo)
    assert [zone for _, _, zone in embargo_parts(embargo).zones] == ["EST"]
