"""Contact rules on real corpus passages (read by path, asserted by line:column)."""

from __future__ import annotations

import pytest
from support import CORPUS, SEED, findings, lint_corpus_file

from prlint.contacts import analyse, find_contact_blocks, infer_region
from prlint.source import read_source

REAL = CORPUS / "real"
CONTACT_RULES = (
    "missing-contact",
    "contact-incomplete",
    "invalid-phone",
    "invalid-email",
    "placeholder-contact",
    "phone-format",
)
OC = REAL / "da-orange-county-ca"
OC_STACKED = OC / (
    "press_18-year-old-unlicensed-driver-charged-with-vehicular-manslaughter-for-killing-"
    "15-year-old-girl-during-high-speed-p.txt"
)
MIAMI = REAL / "sao-miami-dade-fl" / (
    "press-release_for-immediate-release-false-results-presented-to-drug-court-judge-leads-"
    "to-charges-for-drug-testing-employ.txt"
)
AU = REAL / "trove-au-parliament"
KINGS = REAL / "da-kings-county-ny" / (
    "2017_05_02_waitress-sentenced-to-15-years-to-life-in-prison-for-fatally-stabbing-man-in-"
    "sunset-park-chinese-restaurant.txt"
)


def doc_of(path):
    return read_source(path).document()


def test_seed_raises_no_contact_rule():
    found = [d for d in lint_corpus_file(SEED) if d.rule in CONTACT_RULES]
    assert found == []
    contacts = find_contact_blocks(doc_of(SEED))
    assert [n.text for c in contacts for n in c.names] == ["Fernanda Durand", "Nancy Treviño"]
    assert [p.text for c in contacts for p in c.phones] == ["(443) 396-3317", "(786) 201-8958"]


def test_seed_phone_format_dots_fixes_both_numbers():
    settings = {"rules": {"phone-format": {"format": "dots"}}}
    assert findings(SEED, "phone-format", settings) == [(11, 17), (13, 15)]


@pytest.mark.parametrize("path", sorted(AU.glob("*.txt")) + sorted(AU.glob("*.md")), ids=str)
def test_australian_releases_raise_no_invalid_phone(path):
    assert findings(path, "invalid-phone") == []


def test_australian_region_is_inferred():
    doc = doc_of(AU / "2005-05-16-mcgauran-peter-national-party-of-australia-211278678.txt")
    assert infer_region(doc) == "AU"
    assert infer_region(doc, {"region": "nz"}) == "NZ"
    assert [p.text for p in analyse(doc).phones] == ["0413 601 303"]


def test_old_australian_numbers_are_not_judged_by_todays_plan():
    path = AU / "1997-01-30-downer-alexander-211550809.txt"
    assert findings(path, "invalid-phone") == []
    # Under an explicit region the numbers are still read; only the old plan exempts them.
    assert analyse(doc_of(path)).year == 1997


def test_orange_county_stacked_office_cell_contacts_are_complete():
    assert findings(OC_STACKED, "contact-incomplete") == []
    assert findings(OC_STACKED, "missing-contact") == []
    contacts = find_contact_blocks(doc_of(OC_STACKED))
    shapes = [(c.label, [n.text for n in c.names], len(c.phones), len(c.emails)) for c in contacts]
    assert shapes == [
        (None, ["Greg Risling"], 2, 1),
        (None, ["Kimberly Edds"], 2, 1),
    ]


def test_orange_county_every_stacked_contact_is_complete():
    for path in sorted(OC.glob("*.txt")):
        assert findings(path, "contact-incomplete") == [], path.name


def test_miami_cloudflare_residue_is_reported_once_and_contact_is_complete():
    assert findings(MIAMI, "placeholder-contact") == [(26, 1)]
    assert findings(MIAMI, "contact-incomplete") == []
    assert findings(MIAMI, "missing-contact") == []


def test_pacer_department_contact_has_no_person():
    path = REAL / "pacer-center" / "nr20101101-1.md"
    assert findings(path, "contact-incomplete") == [(3, 1)]


def test_pacer_stacked_markdown_contact_is_complete():
    path = REAL / "pacer-center" / "nr20170413-01.md"
    assert findings(path, "contact-incomplete") == []
    assert findings(path, "missing-contact") == []
    (contact,) = find_contact_blocks(doc_of(path))
    assert [n.text for n in contact.names] == ["Michele St. Martin"]
    assert [e.address for e in contact.emails if not e.in_link_target] == [
        "Michele.StMartin@pacer.org"
    ]


def test_dallas_contact_after_date_is_found():
    path = REAL / "da-dallas-tx" / (
        "Assets_uploads_docs_district-attorney_press-release_2018_PR_PonziScheme_120718_pdf.txt"
    )
    assert findings(path, "missing-contact") == []
    assert findings(path, "contact-incomplete") == []
    (contact,) = find_contact_blocks(doc_of(path))
    assert contact.label == "Contact:"
    assert [p.text for p in contact.phones] == ["214-653-3756"]


def test_kings_county_footer_is_not_a_media_contact():
    assert findings(KINGS, "missing-contact") == [(1, 1)]
    assert findings(KINGS, "contact-incomplete") == []
    assert findings(KINGS, "invalid-phone") == []


def test_cook_county_department_email_has_no_person():
    path = REAL / "sao-cook-county-il" / (
        "news_cook-county-states-attorney-burke-issues-transition-report.txt"
    )
    assert findings(path, "contact-incomplete") == [(6, 1)]


def test_au_list_of_people_with_numbers_counts_as_contact():
    path = AU / "2016-08-17-armstrong-glenis-bencik-melissa-noonan-kai-232842638.txt"
    assert findings(path, "missing-contact") == []
    assert findings(path, "invalid-phone") == []


def test_wire_footer_repeating_a_reachable_person_is_not_reported():
    path = REAL / "newsworthyai-wire" / (
        "prkarma_20250211_canadian-rv-association-celebrates-50-years-of-leadership-in-2025.md"
    )
    assert findings(path, "contact-incomplete") == []


def test_no_invalid_email_or_phone_anywhere_in_the_corpus_sample():
    for path in [SEED, OC_STACKED, MIAMI, REAL / "pacer-center" / "nr20120208-3.md"]:
        assert findings(path, "invalid-email") == []
        assert findings(path, "invalid-phone") == []


def test_plain_addresses_are_ones_email_validator_accepts():
    """invalid-email judges PLAIN_ADDRESS matches without email-validator: it must accept
    every one (random plain addresses, and ones at each length limit)."""
    import random
    import string

    from email_validator import validate_email
    from prlint.rules.invalid_email import PLAIN_ADDRESS

    rng = random.Random(20240601)
    alnum = string.ascii_letters + string.digits
    tlds = ["com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "us", "ca", "uk",
            "au", "nz", "ie", "za", "sg", "in", "COM", "Org", "global", "js", "ch", "comWebsite",
            "localhosts", "tests", "onions", "z" * 63]
    tlds += ["".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(2, 12)))
             for _ in range(200)]

    def joined(separators: str, parts: int, longest: int) -> str:
        words = ["".join(rng.choice(alnum) for _ in range(rng.randint(1, longest)))
                 for _ in range(parts)]
        return "".join(w + rng.choice(separators) for w in words[:-1]) + words[-1]

    addresses = [
        joined("._+-", rng.randint(1, 4), 12)
        + "@"
        + ".".join(joined("-", rng.randint(1, 3), 20) for _ in range(rng.randint(1, 3)))
        + "."
        + rng.choice(tlds)
        for _ in range(1500)
    ]
    addresses += ["a" * 64 + "@" + "b" * 63 + ".com", "x@" + ".".join(["c" * 63] * 3) + ".org"]
    plain = [a for a in addresses if PLAIN_ADDRESS.match(a)]
    assert len(plain) > 1400
    for address in plain:
        validate_email(address, check_deliverability=False)  # raises if rejected
    for address in ["a..b@x.com", "a@x..com", "-a@x.com", "a@-x.com", "a@x-.com", "a@ab--c.com",
                    "a@x.test", "a@x.local", "a@x", "a b@x.com", "é@x.com", "a@xé.com",
                    "a@x.TEST", "a@x.Local", "a@x.arpa", "a@x.invalid", "a@x.localhost",
                    "a@x.onion", "a@x.c0m", "a@x.c", "a@x." + "z" * 64,
                    "a" * 65 + "@x.com", "a@" + "b" * 64 + ".com"]:
        assert not PLAIN_ADDRESS.match(address), address


def test_north_american_numbers_get_the_verdict_of_parsing():
    """invalid-phone reads ten-digit North American numbers without phonenumbers.parse:
    the verdict must be the one parsing gives (area codes and exchanges of every first
    digit, with and without a leading 1, in every layout)."""
    import random

    import phonenumbers
    from prlint.rules.invalid_phone import _valid_number

    rng = random.Random(20261130)
    layouts = ["{a}-{e}-{n}", "({a}) {e}-{n}", "{a}.{e}.{n}", "{a} {e} {n}", "{a}{e}{n}",
               "({a}){e}-{n}", "1-{a}-{e}-{n}", "1 ({a}) {e}-{n}", "1{a}{e}{n}", "{a}  {e}  {n}",
               "1.{a}.{e}.{n}", "({a}) {e}{n}"]
    checked = 0
    for _ in range(3000):
        area = f"{rng.randint(0, 9)}{rng.randint(0, 99):02d}"
        exchange = f"{rng.randint(0, 9)}{rng.randint(0, 99):02d}"
        text = rng.choice(layouts).format(a=area, e=exchange, n=f"{rng.randint(0, 9999):04d}")
        region = rng.choice(["US", "US", "CA", "PR", "GU", "VI", "AS", "MP"])
        try:
            expected = phonenumbers.is_valid_number(phonenumbers.parse(text, region))
        except phonenumbers.NumberParseException:
            expected = False
        assert _valid_number(text, region) == expected, (text, region)
        checked += expected
    assert checked > 500  # many valid ones, not only rejections


def test_lower_case_twins_match_as_their_case_blind_patterns_on_ascii_text():
    """contacts matches ASCII text lower-cased with case-sensitive twins of its case-blind
    patterns (faster); an edit to a pattern (an upper-case letter or escape in a twin's
    source) must not make the two disagree."""
    import random

    from prlint import contacts

    pairs = [
        (contacts._LABEL_BEFORE_BACKWARDS, contacts._LABEL_BEFORE_BACKWARDS_LOWER, "match"),
        (contacts._NOT_PHONE_BACKWARDS, contacts._NOT_PHONE_BACKWARDS_LOWER, "match"),
        (contacts._KEPT, contacts._KEPT_LOWER, "finditer"),
        (contacts._CONTACT_PIECES, contacts._CONTACT_PIECES_LOWER, "finditer"),
        (contacts._EXTENSION, contacts._EXTENSION_LOWER, "finditer"),
    ]
    lines = [
        line
        for path in sorted((CORPUS / "real").rglob("*.txt"))[:60]
        for line in read_source(path).text.splitlines()
        if line.isascii() and line.strip()
    ]
    rng = random.Random(6)
    samples = lines + [line[::-1] for line in lines]  # (the label patterns read backwards)
    pieces = "Tel: +Ph.o e xt,#ISBN ()-"
    samples += ["".join(rng.choice(pieces) for _ in range(30)) for _ in range(2000)]
    for blind, twin, how in pairs:
        for text in samples:
            lower = text.lower()
            if how == "match":
                a, b = blind.match(text), twin.match(lower)
                assert (a and a.span()) == (b and b.span()), (blind.pattern[:40], text)
            else:
                assert [m.span() for m in blind.finditer(text)] == [
                    m.span() for m in twin.finditer(lower)
                ], (blind.pattern[:40], text)
