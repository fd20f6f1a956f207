"""Dateline, headline and end-mark rules on real corpus passages (by path and line:column)."""

from __future__ import annotations

from support import CORPUS, SEED, findings, lint_corpus_file

REAL = CORPUS / "real"
DALLAS = (
    REAL / "da-dallas-tx/Assets_uploads_docs_district-attorney_press-release_2018_PR_FINAL_"
    "OliverVerdict-Sentence_082918_pdf.txt"
)
KINGS = (
    REAL / "da-kings-county-ny/2015_04_21_defendant-who-allegedly-targeted-asian-women-indicted-"
    "for-robbery-as-a-hate-crime-and-other-charges-in-six-se.txt"
)
ORANGE_CAPS = (
    REAL / "da-orange-county-ca/press_father-arrested-on-warrant-in-"
    "texas-for-abducting-2-and-4-year-old-sons.txt"
)
ORANGE_STATE = (
    REAL / "da-orange-county-ca/press_18-year-old-unlicensed-driver-charged-with-vehicular-"
    "manslaughter-for-killing-15-year-old-girl-during-high-speed-p.txt"
)
MILFORD = (
    REAL / "newsworthyai-wire/reportable_20250609_pro-new-england-celebrates-excellence-in-"
    "remodeling-at-the-2025-pro-awards.md"
)
PRNEWS_247 = (
    REAL / "newsworthyai-wire/247PressRelease_20250710_colorado-first-mourns-the-loss-of-board-"
    "director-tony-english.md"
)
MINNEAPOLIS = REAL / "pacer-center/nr20110729-1.md"
TROVE = REAL / "trove-au-parliament/1997-01-30-downer-alexander-211550809.txt"
NODE_OR = REAL / "nodejs-foundation/apigee-rising-stack-yahoo.md"
RULES = (
    "missing-dateline",
    "dateline-format",
    "missing-headline",
    "headline-length",
    "headline-case",
    "content-after-end-mark",
)


def messages(path, rule, settings=None):
    return [d.message for d in lint_corpus_file(path, settings) if d.rule == rule]


def test_seed_only_headline_length():
    found = {rule: findings(SEED, rule) for rule in RULES}
    assert found == {rule: [(15, 1)] if rule == "headline-length" else [] for rule in RULES}
    (diagnostic,) = [d for d in lint_corpus_file(SEED) if d.rule == "headline-length"]
    assert diagnostic.severity.value == "warning"
    assert "106 characters" in diagnostic.message


def test_chicago_stands_alone_in_the_seed():
    assert findings(SEED, "dateline-format") == []
    assert findings(SEED, "missing-dateline") == []


def test_dallas_parenthesised_dateline_one_finding():
    assert findings(DALLAS, "dateline-format") == [(8, 1)]
    (message,) = messages(DALLAS, "dateline-format")
    for words in ("parentheses", "'Dallas' not in capitals", "DALLAS stands alone", "en dash"):
        assert words in message


def test_santa_ana_with_state_only_dash():
    assert findings(ORANGE_STATE, "dateline-format") == [(31, 1)]
    (message,) = messages(ORANGE_STATE, "dateline-format")
    assert "en dash" in message and "stands alone" not in message


def test_postal_code_gets_a_safe_fix():
    (diagnostic,) = [d for d in lint_corpus_file(MILFORD) if d.rule == "dateline-format"]
    assert (diagnostic.start_pos.line, diagnostic.start_pos.column) == (3, 1)
    assert diagnostic.fix is not None and diagnostic.fix.applicability.value == "safe"
    assert [e.replacement for e in diagnostic.fix.edits] == ["Mass."]
    assert [(e.replacement) for d in lint_corpus_file(NODE_OR) if d.rule == "dateline-format"
            for e in (d.fix.edits if d.fix else ())] == ["Ore."]  # fmt: skip


def test_wire_dateline_reported_in_ap_accepted_in_wire_style():
    assert findings(PRNEWS_247, "dateline-format") == [(3, 1)]
    assert "24-7PressRelease wire format" in messages(PRNEWS_247, "dateline-format")[0]
    wire = messages(PRNEWS_247, "dateline-format", {"style": "wire"})
    assert len(wire) == 1 and "wire format" not in wire[0]  # DENVER, CO: still a place problem
    assert "DENVER stands alone" in wire[0]


def test_bold_minneapolis_colon():
    assert findings(MINNEAPOLIS, "dateline-format") == [(10, 1)]
    assert "a colon instead of a spaced em dash" in messages(MINNEAPOLIS, "dateline-format")[0]


def test_missing_dateline_on_a_real_release():
    assert findings(KINGS, "missing-dateline") == [(12, 1)]
    assert findings(DALLAS, "missing-dateline") == []  # malformed, but present


def test_no_missing_dateline_in_australian_releases():
    for path in sorted((REAL / "trove-au-parliament").glob("*")):
        assert findings(path, "missing-dateline") == [], path.name


def test_headline_case_all_caps():
    assert findings(ORANGE_CAPS, "headline-case") == [(28, 1)]
    assert findings(KINGS, "headline-case") == []


def test_headline_length_wrapped_and_front_matter():
    assert findings(DALLAS, "headline-length") == [(6, 24)]
    assert "90 characters" in messages(DALLAS, "headline-length")[0]
    assert (
        findings(TROVE, "headline-length") == []
    )  # "$2 million towards a lasting peace in Rwanda"


def test_headline_found_everywhere_in_the_corpus():
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix in (".txt", ".md") and path.name not in ("README.md", "SOURCES.md"):
            assert findings(path, "missing-headline") == [], path.name


def test_boilerplate_contacts_and_chrome_after_end_mark_are_fine():
    for folder in ("pacer-center", "da-orange-county-ca", "sao-miami-dade-fl", "newsworthyai-wire"):
        for path in sorted((REAL / folder).glob("*")):
            assert findings(path, "content-after-end-mark") == [], path.name
    assert findings(SEED, "content-after-end-mark") == []
