"""prlint.structure over real releases of each organisation in the corpus (by path, line)."""

from __future__ import annotations

import os

import pytest
from support import CORPUS, SEED

from prlint.dateline import parse_dateline
from prlint.document import Document
from prlint.source import read_source

os.environ.setdefault("PRLINT_STRICT_STRUCTURE", "1")
REAL = CORPUS / "real"


def structure_of(path):
    doc = Document.from_text(read_source(path).text, str(path))
    return doc, doc.structure


def line_of(doc, offset):
    return doc.line_index(offset) + 1


# (file, headline line, headline starts with, dateline line or None, body line, end mark)
CASES = [
    (SEED, 15, "POTUS and Mexican", 17, 17, 31),
    (
        REAL / "da-dallas-tx/Assets_uploads_docs_district-attorney_press-release_2018_PR_FINAL_"
        "OliverVerdict-Sentence_082918_pdf.txt",
        6, "Former Balch Springs", 8, 8, 30,
    ),
    (
        REAL / "da-dallas-tx/Assets_uploads_docs_district-attorney_press-release_2021_051321-PR-"
        "Serial-killer-gets-3-life-sentences_pdf.txt",
        5, "Serial killer gets", None, 6, None,
    ),
    (
        REAL / "da-kings-county-ny/2015_04_21_defendant-who-"
            "allegedly-targeted-asian-women-indicted-"
        "for-robbery-as-a-hate-crime-and-other-charges-in-six-se.txt",
        10, "Defendant Who Allegedly", None, 12, 34,
    ),
    (
        REAL / "da-orange-county-ca/press_18-year-old-unlicensed-driver-charged-with-vehicular-"
        "manslaughter-for-killing-15-year-old-girl-during-high-speed-p.txt",
        29, "18-Year-Old Unlicensed", 31, 31, 43,
    ),
    (
        REAL / "da-riverside-county-ca/news_185-kilograms-fentanyl-seized-riverside-county-gang-"
        "impact-team-0.txt",
        2, "18.5 kilograms", 6, 6, 34,
    ),
    (
        REAL / "da-san-diego-county-ca/news_bill-help-victims-sex-assault-approved-senate-public-"
        "safety-committee.txt",
        1, "Bill to Help Victims", None, 10, None,
    ),
    (
        REAL / "sao-cook-county-il/news_cook-county-states-attorney-"
            "announces-new-policy-crack-down-"
        "switches-and-other-illegally.txt",
        11, "Cook County State's Attorney", 12, 12, 35,
    ),
    (
        REAL / "sao-miami-dade-fl/press-release_for-immediate-"
            "release-false-results-presented-to-drug-"
        "court-judge-leads-to-charges-for-drug-testing-employ.txt",
        8, "False Results", 9, 9, 22,
    ),
    (REAL / "pacer-center/nr20110729-1.md", 6, "Communities Urged", 10, 10, 28),
    (REAL / "pacer-center/nr20101101-1.md", 5, "PACER Center workshop", None, 7, 19),
    (REAL / "nodejs-foundation/cars-dynatrace.md", 4, "Cars.com and Dynatrace", 11, 11, None),
    (
        REAL / "newsworthyai-wire/247PressRelease_20250710_colorado-first-mourns-the-loss-of-board-"
        "director-tony-english.md",
        1, "Colorado FIRST Mourns", 3, 3, None,
    ),
    (
        REAL / "newsworthyai-wire/newmediawire_20241116_ai-image-"
            "recognition-program-could-read-heart-"
        "images-faster-speed-care.md",
        1, "AI image-recognition", 11, 11, None,
    ),
    (REAL / "trove-au-parliament/1997-01-30-downer-"
        "alexander-211550809.txt", 2, "$2 million", None, 26, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("path", "headline", "starts", "dateline", "body", "end"),
    CASES,
    ids=[c[0].parent.name + "/" + c[0].name[:40] for c in CASES],
)
def test_parts_found_in_real_releases(path, headline, starts, dateline, body, end):
    doc, s = structure_of(path)
    assert s.headline_span is not None, "no headline"
    assert line_of(doc, s.headline_span[0]) == headline
    assert s.headline_text.startswith(starts)
    if dateline is None:
        assert s.dateline_parts is None
    else:
        assert s.dateline_parts is not None
        assert line_of(doc, s.dateline_parts.start) == dateline
    assert s.body_start is not None and line_of(doc, s.body_start) == body
    assert (s.end_mark.number if s.end_mark else None) == end


def test_seed_header_parts():
    doc, s = structure_of(SEED)
    assert [line.number for line in s.release_lines] == [5]
    assert s.date_line is not None and s.date_line.number == 7
    assert s.dateline is not None and doc.text[slice(*s.dateline)] == "CHICAGO"
    assert s.subheadline is None


def test_wrapped_headline_and_subheadline():
    # Dallas PDF text wraps the headline after "for the"; Kings puts a sub-headline below it.
    dallas = (
        REAL / "da-dallas-tx/Assets_uploads_docs_district-attorney_press-release_2018_PR_FINAL_"
        "OliverVerdict-Sentence_082918_pdf.txt"
    )
    _, s = structure_of(dallas)
    assert s.headline_text.endswith("for the Murder of Jordan Edwards")
    assert s.headline is not None and [line.number for line in s.headline.lines] == [6, 7]
    kings = (
        REAL / "da-kings-county-ny/2015_04_21_defendant-who-allegedly-targeted-asian-women-"
        "indicted-for-robbery-as-a-hate-crime-and-other-charges-in-six-se.txt"
    )
    doc, s = structure_of(kings)
    assert s.subheadline_span is not None and line_of(doc, s.subheadline_span[0]) == 11


def test_front_matter_title_and_blockquote_subheadline():
    doc, s = structure_of(REAL / "nodejs-foundation/cars-dynatrace.md")
    assert s.headline_source == "front-matter"
    assert s.subheadline_span is not None and line_of(doc, s.subheadline_span[0]) == 9
    assert [b.first.number for b in s.boilerplate][:1] == [80]


def test_boilerplate_after_end_mark():
    _, s = structure_of(REAL / "pacer-center/nr20110729-1.md")
    assert [b.first.number for b in s.boilerplate] == [30]


@pytest.mark.parametrize(
    ("text", "city", "wire"),
    [
        ("CHICAGO — Upon", "CHICAGO", None),
        ("**SAN FRANCISCO, Feb. 10, 2016** — The", "SAN FRANCISCO", None),
        ("**Minneapolis:** Communities", "Minneapolis", None),
        ("(Dallas, Texas) – On August 29", "Dallas", None),
        ("CARLSBAD, Calif., May 5, 2025 /PRNewswire/ -- Acme", "CARLSBAD", "prnewswire"),
        ("CUPERTINO, Calif.--(BUSINESS WIRE)--Apple", "CUPERTINO", "businesswire"),
        ("HOUSTON, April 1, 2024 (GLOBE NEWSWIRE) -- The", "HOUSTON", "globenewswire"),
        ("NEW YORK, NY / ACCESSWIRE / April 29, 2021 / Acme", "NEW YORK", "accesswire"),
        ("(NewMediaWire) - November 06, 2024 - DALLAS — Robert", "DALLAS", "newmediawire"),
        ("CHICAGO\n- Set against", "CHICAGO", None),
        ("Miami – April 1, 2025\n– Miami-Dade", "Miami", None),
    ],
)
def test_dateline_shapes(text, city, wire):
    found = parse_dateline(text, 0)
    assert found is not None and found.city is not None
    assert found.city.text == city
    assert found.wire == wire


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp – the leader in widgets – announced",
        "NOTE TO INVESTORS: The latest news",
        "**Where**: PACER Center",
        "Research Highlights:",
        "Tuesday, May 2, 2017\nWaitress Sentenced",
        "NEW REFUGEES WELCOMED - SO CLOSE BUT STILL SO FAR TO GO",
    ],
)
def test_not_datelines(text):
    assert parse_dateline(text, 0) is None


def test_odd_input_never_raises():
    for text in ["", "\n\n", "---\ntitle: x\n---\n", "###", "“", "(", "**", "A" * 5000]:
        assert Document.from_text(text, "x.md").structure is not None


def test_a_sentence_closed_by_a_quotation_mark_after_a_short_word_is_prose():
    # `I!"` and `a."` end a sentence with no word of two letters before the mark; reading
    # one used to raise, and the whole analysis of such a release was abandoned.
    from prlint.structure import is_prose

    line = 'The minister told the crowd: "I!" and then walked off the stage to loud applause.'
    assert is_prose(line)
    doc = Document.from_text(f"Acme wins award\n\n{line}\n", "a.txt")
    assert doc.structure.headline is not None and doc.structure.body
