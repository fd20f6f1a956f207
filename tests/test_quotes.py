"""The quotation model and the quotation rules (PR401-PR407) on real releases.

Corpus files are read by path; expectations are line:column positions in them.
"""

from __future__ import annotations

import pytest
from support import CORPUS, SEED, findings

from prlint.document import Document
from prlint.quotes import model, quotations
from prlint.source import read_source

REAL = CORPUS / "real"
TROVE = REAL / "trove-au-parliament"
HANSON_YOUNG = TROVE / "2014-04-12-hanson-young-sarah-211406614.txt"
HARTSUYKER = TROVE / "2013-06-25-hartsuyker-luke-211396265.txt"
BOWEN = TROVE / "2012-05-21-bowen-chris-211373492.txt"
COOK_SWITCHES = next((REAL / "sao-cook-county-il").glob("*crack-down-switches*"))
DALLAS_F1RST = next((REAL / "da-dallas-tx").glob("*Partners_20with_20F1RST*"))
PACER_ORANGE = REAL / "pacer-center" / "nr20120926-5.md"
MIAMI_POLICE = next((REAL / "sao-miami-dade-fl").glob("*miami-police-officer*"))
MCGAURAN = TROVE / "2005-05-16-mcgauran-peter-national-party-of-australia-211278678.txt"
VANSTONE = TROVE / "2005-12-31-vanstone-amanda-liberal-party-of-australia-211288355.txt"

QUOTE_RULES = (
    "unbalanced-quotes",
    "nested-double-quotes",
    "unattributed-quote",
    "attribution-verb",
    "attribution-emphasis",
    "punctuation-outside-quotes",
    "mixed-quote-style",
)


def doc_of(path) -> Document:
    return read_source(path).document()


def lines_of(path, rule: str) -> list[int]:
    return sorted({line for line, _ in findings(path, rule)})


# --- the seed release -----------------------------------------------------------------


def test_seed_attribution_verb_and_emphasis_on_the_three_quotes():
    assert lines_of(SEED, "attribution-verb") == [19, 23, 25]
    assert lines_of(SEED, "attribution-emphasis") == [19, 23, 25]
    assert findings(SEED, "attribution-verb") == [(19, 714), (23, 61), (25, 697)]


def test_seed_nested_double_quotes_only_the_inner_do_not_come():
    assert findings(SEED, "nested-double-quotes") == [(21, 205)]


def test_seed_mixed_quote_style_is_the_straight_apostrophe_in_harris():
    assert findings(SEED, "mixed-quote-style") == [(17, 37)]


def test_seed_has_no_orphan_or_unbalanced_quote():
    assert findings(SEED, "unattributed-quote") == []
    assert findings(SEED, "unbalanced-quotes") == []


def test_seed_model_names_the_three_speakers():
    top = [q for q in quotations(doc_of(SEED)) if q.depth == 0]
    assert [q.speaker for q in top] == [
        "Claudia Lucero of Red Mexicana",
        "Oscar Chacon",
        "Matt Nelson",
    ]
    # Oscar Chacon's quote is split by a blank line (lines 21-23) and still one quotation.
    chacon = top[1]
    doc = doc_of(SEED)
    assert doc.position(chacon.start).line == 21
    assert doc.position(chacon.end).line == 23
    assert chacon.closed


def test_seed_single_quoted_inner_quote_is_not_nested_double():
    doc = doc_of(SEED)
    inner = [q for q in quotations(doc) if q.depth == 1 and not q.double]
    assert [doc.position(q.start).line for q in inner] == [25]


# --- multi-paragraph quotations and apostrophes ----------------------------------------


def test_multi_paragraph_quote_is_balanced_and_attributed():
    doc = doc_of(HANSON_YOUNG)
    quote = next(q for q in quotations(doc) if doc.position(q.start).line == 22)
    assert quote.closed and len(quote.paragraphs) == 7
    assert doc.position(quote.end).line == 34
    assert findings(HANSON_YOUNG, "unbalanced-quotes") == []
    assert findings(HANSON_YOUNG, "unattributed-quote") == []


def test_stray_closing_mark_after_the_attribution():
    assert findings(HARTSUYKER, "unbalanced-quotes") == [(44, 195)]
    doc = doc_of(HARTSUYKER)
    assert {q.speaker for q in quotations(doc)} == {"Mr Hartsuyker"}


def test_single_marks_as_primary_quotes_and_mr_bowen_said():
    doc = doc_of(BOWEN)
    speakers = [q.speaker for q in quotations(doc)]
    assert speakers[0] == "Mr Bowen"
    assert "Mr Clare" in speakers
    assert findings(BOWEN, "unattributed-quote") == []
    # apostrophes in Abbott's, Coalition's, shouldn't are not quotation marks
    roles = {m.role for m in model(doc).marks if m.char == "'" and doc.text[m.offset - 1].isalpha()
             and doc.text[m.offset + 1 : m.offset + 2].isalpha()}
    assert roles == {"apostrophe"}


def test_single_marks_over_several_paragraphs():
    assert findings(VANSTONE, "unattributed-quote") == []


# --- attributions on hard-wrapped and scraped text --------------------------------------


def test_attribution_on_the_next_line_of_a_scraped_page():
    doc = doc_of(COOK_SWITCHES)
    by_line = {doc.position(q.start).line: q for q in quotations(doc) if q.depth == 0}
    assert by_line[14].speaker == "State's Attorney Eileen O’Neill Burke"
    assert by_line[25].speaker == "Burke"
    assert findings(COOK_SWITCHES, "attribution-verb") == [(22, 1)]
    assert findings(COOK_SWITCHES, "unattributed-quote") == []


def test_attribution_verb_in_pdf_text():
    assert findings(DALLAS_F1RST, "attribution-verb") == [(30, 1)]


def test_unclosed_outer_quote_is_not_reported_as_nesting():
    assert (18, 12) in findings(PACER_ORANGE, "unbalanced-quotes")
    assert findings(PACER_ORANGE, "nested-double-quotes") == []


# --- orphan quotes -------------------------------------------------------------------


def test_orphan_quotes_in_a_scraped_release():
    assert findings(MIAMI_POLICE, "unattributed-quote") == [(16, 1), (17, 1)]


def test_orphan_single_quoted_statement():
    assert findings(MCGAURAN, "unattributed-quote") == [(49, 2)]


# --- punctuation and style -------------------------------------------------------------


def test_comma_outside_in_australian_release_and_uk_option():
    assert findings(HANSON_YOUNG, "punctuation-outside-quotes") == [(20, 128)]
    uk = {"rules": {"punctuation-outside-quotes": {"style": "uk"}}}
    assert findings(HANSON_YOUNG, "punctuation-outside-quotes", uk) == []


@pytest.mark.parametrize(
    "path", sorted((REAL / "da-kings-county-ny").glob("*.txt")), ids=lambda p: p.name[:30]
)
def test_site_chrome_is_not_counted_for_mixed_quote_style(path):
    assert findings(path, "mixed-quote-style") == []


def test_explicit_curly_style_enforces_on_a_straight_release():
    curly = {"rules": {"mixed-quote-style": {"style": "curly"}}}
    assert findings(BOWEN, "mixed-quote-style") == []
    assert findings(BOWEN, "mixed-quote-style", curly)


def test_quotations_are_cached_on_the_document():
    doc = doc_of(SEED)
    assert model(doc) is model(doc)


@pytest.mark.parametrize(
    "text",
    [
        "", "“", "”", '"', "'", "‘’", "’’’’", '""""', "“‘”’", "**“**", "said", "“…,” said",
        "x\n\n“\n\n”\n\n“", "a'b'c'd", "6'2\"", "“a “b “c ” ” ”", "— “” —",
    ],
)
def test_odd_input_never_raises(text):
    from prlint.api import make_config
    from prlint.engine import check_document

    config = make_config({"select": ["PR4"]})
    for name in ("x.txt", "x.md"):
        result = check_document(Document.from_text(text, name), config)
        assert result.errors == []


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("“Yes,” she said. Unsaid things, said2 and said_ are not verbs; he said.", 0),
        ("It pointed out, she points out that; goes on and went on. Doe said", 5),
        ("Doe saidé, Ms Roe said—and added: “No.” He says", 0),
        ("said", 0),
        ("x said", 2),
        ("", 0),
    ],
)
def test_whole_verbs_are_the_whole_verb_pattern_matches(text, pos):
    from prlint.quotes import _WHOLE_VERB, _whole_verbs

    expected = [(m.span(), m.group()) for m in _WHOLE_VERB.finditer(text, pos)]
    assert [(m.span(), m.group()) for m in _whole_verbs(text, pos)] == expected
