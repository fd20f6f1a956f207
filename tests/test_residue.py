"""End marks, broken paragraphs, draft residue and placeholder links on real releases.

Corpus files are read by path (never copied here); expectations are line:column.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import CORPUS, SEED, findings, lint_corpus_file

from prlint.api import lint_text
from prlint.diagnostics import Diagnostic

REAL = CORPUS / "real"
OWN_RULES = ("end-mark-format", "broken-paragraph", "draft-marker", "placeholder-link")

DALLAS_EXPO = (
    REAL / "da-dallas-tx" / "Assets_uploads_docs_district-attorney_press-release_2025_2025_20"
    "Expunction_20Expo_20Kick_20Off_20Press_20Release_pdf.txt"
)
SAN_DIEGO_BILL = (
    REAL / "da-san-diego-county-ca"
    / "news_bill-help-victims-sex-assault-approved-senate-public-safety-committee.txt"
)
MIAMI_HOTLINE = (
    REAL / "sao-miami-dade-fl"
    / "press-release_miami-dade-state-attorneys-price-gouging-hotline-in-full-operation-"
    "hurricane-milton.txt"
)
MIAMI_JACKSON = (
    REAL / "sao-miami-dade-fl"
    / "press-release_for-immediate-release-former-jackson-official-charged-in-bribery-scheme.txt"
)
KINGS_BAY_RIDGE = (
    REAL / "da-kings-county-ny"
    / "2015_11_30_brooklyn-man-pleads-guilty-to-stabbing-death-of-wife-following-argument-in-"
    "bay-ridge-apartment.txt"
)
RIVERSIDE_TJX = (
    REAL / "da-riverside-county-ca"
    / "news_tjx-companies-inc-ordered-pay-205-million-unlawful-disposal-hazardous-waste.txt"
)
TROVE = REAL / "trove-au-parliament"
PACER = REAL / "pacer-center"
KYN = (
    REAL / "newsworthyai-wire"
    / "newmediawire_20250821_kyn-capital-group-unveils-koinfoldtm-pay-2-0-enhanced-crypto-"
    "wallet-with-new-features-and-.md"
)
DOGE = (
    REAL / "newsworthyai-wire"
    / "blockchainwire_20241105_doge-jones-industrial-average-dji-ignites-cultural-shift-in-"
    "financial-consciousness-with-m.md"
)


def apply_fixes(text: str, diagnostics: list[Diagnostic]) -> str:
    edits = sorted(
        (edit for d in diagnostics if d.fix is not None for edit in d.fix.edits),
        key=lambda e: e.start,
        reverse=True,
    )
    for edit in edits:
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def only(text: str, rule: str, path: str = "release.txt", config: dict | None = None):
    return [d for d in lint_text(text, path, config) if d.rule == rule]


# --- the seed release -------------------------------------------------------------------


def test_seed_reports_exactly_the_known_residue():
    assert findings(SEED, "placeholder-link") == [(17, 307), (27, 119)]
    assert findings(SEED, "broken-paragraph") == [(21, 735)]
    assert findings(SEED, "draft-marker") == []
    assert findings(SEED, "end-mark-format") == []  # its `###` on line 31 is right


def test_seed_broken_paragraph_spans_the_gap_and_joins_it():
    (found,) = [d for d in lint_corpus_file(SEED) if d.rule == "broken-paragraph"]
    assert (found.start_pos.line, found.end_pos.line) == (21, 23)
    assert found.end_pos.column == 1
    assert "'will' and 'lead'" in found.message
    assert found.fix is not None and found.fix.applicability.value == "unsafe"
    (edit,) = found.fix.edits
    assert edit.replacement == " "


# --- end-mark-format --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (PACER / "nr20111006-19.md", [(25, 1)]),  # `- 30 -`
        (KINGS_BAY_RIDGE, [(19, 1)]),  # `#`
        (RIVERSIDE_TJX, [(38, 1)]),  # `# # #`
        (MIAMI_JACKSON, [(18, 1)]),  # `#####`
        (TROVE / "2013-06-25-hartsuyker-luke-211396265.txt", [(46, 2)]),  # ` ENDS `
        (PACER / "nr20151008-01.md", [(30, 1), (42, 1)]),  # two `-30-` lines
    ],
)
def test_end_mark_variants_in_real_releases(path, expected):
    assert findings(path, "end-mark-format") == expected


def test_house_form_thirty_accepts_pacer_marks_and_flags_spaced_one():
    house = {"rules": {"end-mark-format": {"end-mark": "-30-"}}}
    assert findings(PACER / "nr20151008-01.md", "end-mark-format", house) == []
    assert findings(PACER / "nr20111006-19.md", "end-mark-format", house) == [(25, 1)]


def test_house_form_in_real_releases_is_left_alone():
    orange = sorted((REAL / "da-orange-county-ca").glob("*.txt"))
    assert orange
    for path in orange:
        assert findings(path, "end-mark-format") == [], path.name


def test_end_mark_fix_rewrites_the_line():
    text = "Acme opens a plant.\n\n**# # #**\n\nAbout Acme.\n"
    fixed = apply_fixes(text, only(text, "end-mark-format", "r.md"))
    assert fixed == "Acme opens a plant.\n\n###\n\nAbout Acme.\n"
    text = "Acme opens a plant. The plant will employ 300 people. ###\n"
    fixed = apply_fixes(text, only(text, "end-mark-format"))
    assert fixed == "Acme opens a plant. The plant will employ 300 people.\n\n###\n"
    assert only(fixed, "end-mark-format") == []


def test_end_mark_fix_to_another_house_form():
    text = "Acme opens a plant.\n\n\\#\\#\\#\n"
    house = {"rules": {"end-mark-format": {"end-mark": "-30-"}}}
    fixed = apply_fixes(text, only(text, "end-mark-format", "r.md", house))
    assert fixed == "Acme opens a plant.\n\n-30-\n"


# --- broken-paragraph -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (TROVE / "2002-08-25-amnesty-international-211246874.txt", [(36, 442)]),
        (TROVE / "2005-04-28-ferguson-laurie-australian-labor-party-211557477.txt", [(42, 178)]),
        (KYN, [(54, 156)]),
    ],
)
def test_page_break_splits_in_real_releases(path, expected):
    assert findings(path, "broken-paragraph") == expected


def test_pdf_title_page_and_page_debris_are_not_broken_paragraphs():
    # Lines 56-58 are a centred title page ("... Multicultural Affairs" / "given to the"),
    # 84-108 a page number and OCR debris ("3" / "r Î", "4" / "f ·>"); the six findings
    # are real sentences split by page breaks.
    got = findings(TROVE / "1996-06-04-kerr-duncan-214170284.txt", "broken-paragraph")
    assert [line for line, _ in got] == [24, 74, 80, 88, 90, 110]


def test_double_spaced_extraction_gets_one_finding_with_a_fix_for_all():
    path = TROVE / "1996-04-22-downer-alexander-211449973.txt"
    (found,) = [d for d in lint_corpus_file(path) if d.rule == "broken-paragraph"]
    assert (found.start_pos.line, found.start_pos.column) == (20, 94)
    assert "double-spaced" in found.message
    assert found.fix is not None and len(found.fix.edits) > 50


def test_amnesty_report_page_breaks_are_reported_one_by_one():
    path = TROVE / "2016-08-03-amnesty-international-human-rights-watch-232141040.txt"
    got = findings(path, "broken-paragraph")
    assert (369, 184) in got and len(got) > 10
    assert not any("double-spaced" in d.message for d in lint_corpus_file(path))


def test_dallas_pdf_extractions_and_scraped_pages_raise_nothing():
    for folder in ("da-dallas-tx", "da-orange-county-ca", "da-kings-county-ny", "pacer-center"):
        for path in sorted((REAL / folder).glob("*.*")):
            assert findings(path, "broken-paragraph") == [], path.name


def test_broken_paragraph_fix_joins_the_parts():
    text = "Acme will hire\n\n\nmore than 300 people.\n"
    assert apply_fixes(text, only(text, "broken-paragraph")) == (
        "Acme will hire more than 300 people.\n"
    )


# --- draft-marker -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        DALLAS_EXPO,  # "It is STILL PENDING;" is prose, not a PENDING ... QUOTE placeholder
        SAN_DIEGO_BILL,  # "[TWEET THIS]" buttons are site chrome
        MIAMI_HOTLINE,  # "[email protected]" is placeholder-contact's
        CORPUS / "real" / "nodejs-foundation" / "nodejs-certified-developer-program.md",
        TROVE / "1996-04-22-downer-alexander-211449973.txt",
    ],
)
def test_real_releases_carry_no_draft_residue(path):
    assert findings(path, "draft-marker") == []


def test_tba_is_a_warning_and_tbd_an_error():
    found = only("Venue: TBA. Speakers: TBD.\n", "draft-marker")
    assert [(d.start_pos.column, d.severity.value) for d in found] == [
        (8, "warning"),
        (23, "error"),
    ]


def test_draft_marker_and_placeholder_link_do_not_double_report():
    text = "Register at [INSERT LINK] by [INSERT DATE].\n"
    rules = [(d.rule, d.start_pos.column) for d in lint_text(text, "r.txt")
             if d.rule in ("draft-marker", "placeholder-link")]
    assert sorted(rules) == [("draft-marker", 30), ("placeholder-link", 13)]


# --- placeholder-link -------------------------------------------------------------------


def test_placeholder_links_in_real_wire_copy():
    assert findings(DOGE, "placeholder-link") == [(21, 10)]


def test_real_markdown_links_are_left_alone():
    for path in sorted(PACER.glob("*.md"))[:15]:
        assert findings(path, "placeholder-link") == [], path.name


# --- robustness and speed ---------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            ["###", "# # #", "-30-", "XXX", "TK", "[", "]", "(", ")", "<", ">", "{{", "}}",
             "__", "\\#", "**", "\n", "\n\n", " ", "word", "Word.", "will", "lead", "https://",
             "[x](#)", "TBA", "\u00a0", "\t", "“", "”", "> ", "- ", "é", "XX%"]
        ),
        max_size=60,
    ).map("".join),
    st.sampled_from(["r.txt", "r.md"]),
)
def test_own_rules_never_raise(text, path):
    from pathlib import Path

    from prlint.api import make_config
    from prlint.document import Document
    from prlint.engine import check_document

    result = check_document(Document.from_text(text, path), make_config(), Path(path))
    assert not [e for e in result.errors if any(rule in e for rule in OWN_RULES)]


def test_own_rules_are_fast_on_large_input():
    from prlint.document import Document
    from prlint.registry import load_registry
    from prlint.rule import Context

    chunk = SEED.read_text(encoding="utf-8")
    text = (chunk + "\n\n") * 25  # about 100 KB, many candidates for every pattern
    text += "X" * 5000 + " [" + "a " * 3000 + "\n" + "_" * 3000 + " TK" * 2000 + "\n"
    text += "[" * 2000 + "{" * 2000 + "<" * 2000 + "\n" + "word " * 2000 + "\n\nlower\n"
    doc = Document.from_text(text, "big.md")
    assert doc.structure is not None  # the shared analysis, not ours to time
    rules = load_registry().rules
    started = time.process_time()
    for name in OWN_RULES:
        rule = rules[name]()
        list(rule.check(doc, Context(rules[name].default_options("ap"), {})))
    assert time.process_time() - started < 1.0
