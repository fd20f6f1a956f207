"""Properties of check and fix over generated text and mutated corpus releases.

- check never raises (the engine turns a rule's exception into an error on the result,
  so "no exception" means: no such error);
- every diagnostic's span lies inside the text, and its line:column (and the offset in
  the original, un-normalised text) is the one its offset gives, computed independently;
- every fix edit lies inside the text;
- fix never raises; when it converges, fixing again changes nothing (idempotent) and no
  word is lost (`word_differences` from test_fix_guarantees: documented substitutions such
  as January -> Jan. are not losses); when it does not converge, nothing is changed.

Example counts come from the Hypothesis profile (tests/conftest.py): 2,000 per property
with CI=true, 200 locally.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")

from hypothesis import event, given, note  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from support import CORPUS  # noqa: E402

from prlint.api import make_config  # noqa: E402
from prlint.config import Config  # noqa: E402
from prlint.document import Document  # noqa: E402
from prlint.engine import Result, check_document  # noqa: E402
from prlint.source import read_source  # noqa: E402

try:  # the fixer's own definition of a lost word (documented substitutions allowed)
    from test_fix_guarantees import word_differences
except ImportError:  # pragma: no cover
    word_differences = None

_NEWLINE = re.compile(r"\r\n|\r|\n")

# Pieces of press releases and of the input that breaks parsers.
_PIECES = [
    "FOR IMMEDIATE RELEASE", "FOR IMMEDIATE RELEASE:", "**FOR IMMEDIATE RELEASE**",
    "EMBARGOED UNTIL 9 a.m. ET, Jan. 5, 2024", "Embargoed until 3:30 p.m. CT/4:30 p.m. ET",
    "Media Contact:", "Contact: Jane Doe", "(555) 010-1234", "+1 212 555 0100",
    "02 6277 7700", "XXX-XXX-XXXX", "jane@example.com", "press@acme.org", "[email protected]",
    "mailto:a@b.co", "NEW YORK, N.Y. — ", "SPRINGFIELD, Ill. -- ", "(Dallas, Texas) – ",
    "Jan. 5, 2024", "January 5th", "Sept. 31", "10:00 AM", "12 noon", "9-10 a.m.",
    "###", "# # #", "-30-", "-0-", "END", "\\#\\#\\#", "**###**",
    "said", "says", "stated", " said Jane Doe, CEO.", "according to",
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "``", "''",
    " — ", "—", "–", "--", " -- ", "---", "-", "…", "...", ".", ",", ";", ":", "!", "?",
    "[full report](#)", "[text]()", "[LINK]", "/LINK", "https://", "https://example.com/x",
    "<!-- prlint-disable -->", "<!-- prlint-enable -->", "<!-- prlint-disable-next-line -->",
    "<!-- prlint-disable-file placeholder-link -->", "<!--", "-->",
    "# ", "## Headline", "> quote", "- item", "1. item", "* ", "**", "__", "_", "*", "`",
    "```", "~~~", "    code", "|a|b|", "---\ntitle: x\n---\n", "\n---\n",
    "TK", "TBD", "XX", "[INSERT QUOTE]", "Lorem ipsum", "U.S.", "USA", "US",
    " ", "  ", "\t", "\u00a0", "\u200b", "\ufeff", "\x00", "\x0c", "\x1b", "\u2028", "\u0085",
    "\n", "\n\n", "\r\n", "\r", "\n\n\n", "é", "ß", "İ", "ﬁ", "日本", "🙂", "\u0301",
    "Acme", "Corp.", "Inc.", "The", "company", "announced", "today", "a", "new", "program",
]  # fmt: skip
_FRAGMENT = st.one_of(
    st.sampled_from(_PIECES),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=6),
)
_TEXT = st.lists(_FRAGMENT, max_size=60).map("".join)
_NAME = st.sampled_from(["release.txt", "release.md"])


@cache
def _config() -> Config:
    return make_config()


@cache
def _corpus() -> list[Path]:
    return sorted(
        path
        for path in CORPUS.rglob("*")
        if path.suffix in (".txt", ".md") and path.name not in ("README.md", "SOURCES.md")
    )


@cache
def _corpus_text(path: Path) -> str:
    return read_source(path).text  # decoded, original line endings kept


@st.composite
def mutated_release(draw, max_chars: int = 2500) -> tuple[str, str]:
    """A window of a real release (its top, usually), then a few random edits."""
    files = _corpus()
    if not files:
        pytest.skip("corpus not available")
    path = draw(st.sampled_from(files))
    lines = _corpus_text(path).split("\n")
    start = draw(st.integers(0, len(lines) - 1)) if draw(st.booleans()) else 0
    end = min(len(lines), start + draw(st.integers(1, 60)))
    text = "\n".join(lines[start:end])[:max_chars]
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "crlf", "cr", "upper"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 300)))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(_FRAGMENT) + text[i:]
        elif op == "crlf":
            text = text[:i] + text[i:j].replace("\n", "\r\n") + text[j:]
        elif op == "cr":
            text = text[:i] + text[i:j].replace("\n", "\r") + text[j:]
        else:
            text = text[:i] + text[i:j].upper() + text[j:]
    note(f"from {path.name}, lines {start}-{end}")
    return text, "release" + path.suffix


def _expected_position(doc: Document, original: str, offset: int) -> tuple[int, int, int]:
    """(line, column, offset in the original text), computed without Document."""
    text = doc.text
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    starts = [0, *(m.end() for m in _NEWLINE.finditer(original))]
    return line, column, starts[line - 1] + column - 1


def check_invariants(raw: str, name: str) -> Result:
    doc = Document.from_text(raw, name)
    original = raw[1:] if raw.startswith("\ufeff") else raw
    result = check_document(doc, _config(), Path(name))
    assert not result.errors, result.errors
    length = len(doc.text)
    for d in result.diagnostics:
        where = f"{d.rule} {d.start}-{d.end} in {length} chars: {d.message}"
        assert 0 <= d.start <= d.end <= length, where
        for offset, pos in ((d.start, d.start_pos), (d.end, d.end_pos)):
            assert pos is not None, where
            assert (pos.line, pos.column, pos.offset) == _expected_position(
                doc, original, offset
            ), where
            if offset < length and doc.text[offset] != "\n":
                assert original[pos.offset] == doc.text[offset], where
        if d.fix is not None:
            for edit in d.fix.edits:
                assert 0 <= edit.start <= edit.end <= length, f"fix of {where}: {edit}"
        event(f"rule fired: {d.rule}")
    return result


def check_fix(raw: str, name: str) -> None:
    from prlint.fixer import fix_text

    text = Document.from_text(raw, name).text
    once = fix_text(text, _config(), Path(name))
    assert not [e for e in once.errors if "failed on this file" in e], once.errors
    if not once.converged:
        event("fix did not converge (reported, file left unchanged)")
        assert not once.changed
        return
    event("fix changed the text" if once.changed else "fix changed nothing")
    twice = fix_text(once.fixed, _config(), Path(name))
    assert not twice.changed, (once.fixed, [a.rule for a in twice.applied])
    if word_differences is not None:
        lost = word_differences(text, once.fixed)
        assert not lost, (lost, sorted({a.rule for a in once.applied}))


@given(raw=_TEXT, name=_NAME)
def test_check_on_generated_text(raw, name):
    check_invariants(raw, name)


@given(release=mutated_release())
def test_check_on_mutated_corpus_releases(release):
    check_invariants(*release)


@given(raw=_TEXT, name=_NAME)
def test_fix_on_generated_text(raw, name):
    check_fix(raw, name)


@given(release=mutated_release(max_chars=1500))
def test_fix_on_mutated_corpus_releases(release):
    check_fix(*release)
