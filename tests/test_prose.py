"""Code and data blocks (`prlint.prose`): found, and kept out of the findings and fixes."""

from __future__ import annotations

import json
import sysconfig
import textwrap
import time
from pathlib import Path

import pytest
from support import CORPUS

from prlint import engine
from prlint.api import lint_text, make_config
from prlint.document import Document
from prlint.fixer import fix_text
from prlint.prose import non_prose_blocks
from prlint.registry import load_registry
from prlint.source import read_source

BEFORE = """FOR IMMEDIATE RELEASE

Acme Ships a Wrapper for Newsrooms

SPRINGFIELD, Ill., March 3, 2025 -- Acme Corp. today released a library that wraps text
for newsrooms. "It saves our editors hours," said Jane Doe, Acme's editor.

Developers start with a few lines:

"""
AFTER = """

The library is free -- and open source.

Media contact: Jane Doe, jane@acme.com, +1 217 555 2368

###
"""

CODE = {
    "python": '''def wrap(text, width=70):
    """Wrap text -- quickly."""
    lines = []
    for word in text.split():
        lines.append(word)
    return [line.strip() for line in lines if line]''',
    "python-imports": """import os
import sys

width = int(os.environ.get("WIDTH", "70"))""",
    "javascript": """function wrap(text, width) {
  const words = text.split(" -- ");
  return words.filter((w) => w.length > 0 && w !== "'");
}""",
    "c": """#include <stdio.h>

int main(void) {
    printf("hello -- world\\n");
    return 0;
}""",
    "json": """{
  "name": "prlint",
  "summary": "a linter -- for releases",
  "keywords": ["press", "release"],
  "private": true
}""",
    "shell": """#!/bin/sh
set -eu
for f in releases/*.txt; do
    prlint check "$f" || exit 1
done""",
    "csv": """id,region,product,units,price
1,North,Widget 1,2,0.35
2,South,Widget 2,3,0.70
3,East,"Widget 3",4,1.05""",
    "csv-quoted": '''"id","name","city","zip"
"1","Smith, John","Springfield","62701"
"2","Doe, Jane","Chicago","60601"''',
    "markdown-fence": """```python
import prlint
findings = prlint.check("release.txt")
```""",
}


@pytest.mark.parametrize("kind", sorted(CODE))
def test_code_and_data_blocks_are_marked(kind):
    text = BEFORE + CODE[kind] + AFTER
    doc = Document.from_text(text, "release.md" if kind == "markdown-fence" else "release.txt")
    start = len(BEFORE)
    assert non_prose_blocks(doc) == [(start, start + len(CODE[kind]))]


PROSE = {
    "urls": "Register at https://example.com/events?id=42&ref=pr or at\n"
    "https://example.org/a_b/c(d)?x=1&y=2 before Friday.",
    "phones": "Phone: (212) 555-0100; Fax: (212) 555-0199;\nMobile: +1 212-555-0123",
    "dollar-column": "Revenue\n$ 1,234,567\n$ 2,345,678\nNet income\n$   123,456",
    "figures": "Revenue          $1,234,567    $2,345,678\n"
    "Net income         $123,456      $234,567\n"
    "EPS (diluted)          $0.12         $0.23",
    "markdown-table": "| Quarter | Revenue | Growth |\n|---|---|---|\n| Q1 || 12% |\n"
    "| Q2 | $4,500,000 | 9% |",
    "bullets": "- Jane Doe, director (NYSE: WK);\n- the board (as amended);\n- officers: all.",
    "statute": "Under Section 5(a): the employee(s) named in subsection (b)(2) must\n"
    "report within 30 days (see below):",
    "email-headers": "From: Jane Doe <jane@acme.com>\nTo: newsroom@example.com\n"
    "Subject: Q3 results beat forecasts",
    "all-caps-and-marks": "ACME CORP. ANNOUNCES RECORD QUARTER\n\n###\n\n-30-",
    "names": "Jane Doe, John Smith, Ann Lee, Bob Stone, Eve Adams and Carl Ruiz",
    "numbers": "Sales rose 12% to $1,234,567,890 in 2024, up from 1,000,000 units;\n"
    "margins (net) grew 3.5 points.",
    "mentions-code": "Developers call `prlint.check(text)` or set `width = 70`; the `{}`\n"
    "placeholder and `a && b` are filled in for them.",
    "math": "The formula is simple: 1 + 1 = 2.\n\nAre You a Human? 5 + 3 =",
    "hashtags": "#AcmeLaunch #Widgets\n@acme on social media",
    "quote": '"We are thrilled," said Jane Doe. "It is a new era -- for all of us."',
    "quoted-labels": 'He called it "historic": 5 stars, and "fine", said Doe;\nthe vote = 12-3.',
    "headlines": "Acme + Beta = Growth\n\nINNOVATION = GROWTH",
    "trademarks": "About Acme(R):\n\nWidget(TM); Gadget(SM);\nand more",
    "markdown-attributes": 'Read [the report](https://acme.com/r){target="_blank"} today',
    "placeholders": "Contact {NAME}, {TITLE} ({{EMAIL}}); see {{ LINK }},\n{company-name}]"
    " or ${COMPANY}",
    "operators-in-words": "* Broken &&-chains and ||-lists in the scripts were fixed\n"
    "* the price is $(5) per unit; x=1&&y=2 in the URL",
    "markdown": "# Acme Widgets\n\n* fast\n* cheap\n\n> A quote -- from a user\n\n"
    "    an indented line",
    "wrapped-keywords": "Members who cannot attend can still\nreturn their ballots by mail; "
    "those who\npass the exam will be listed\nfor the following programs:\n\n"
    "if approved, then:",
}


@pytest.mark.parametrize("kind", sorted(PROSE))
@pytest.mark.parametrize("name", ["release.txt", "release.md"])
def test_prose_is_left_alone(kind, name):
    text = BEFORE + PROSE[kind] + AFTER
    assert non_prose_blocks(Document.from_text(text, name)) == []


@pytest.mark.parametrize("kind", sorted(PROSE))
@pytest.mark.parametrize("name", ["release.txt", "release.md"])
def test_prose_beside_code_is_left_alone(kind, name):
    """With code in the document every test runs, and the prose must still stay out."""
    code = BEFORE + CODE["python"]
    text = code + "\n\n" + PROSE[kind] + AFTER
    assert non_prose_blocks(Document.from_text(text, name)) == [(len(BEFORE), len(code))]


def _corpus_files() -> list[Path]:
    return sorted(
        path
        for path in CORPUS.rglob("*")
        if path.suffix in (".txt", ".md") and path.name not in ("README.md", "SOURCES.md")
    )


@pytest.mark.parametrize("beside", ["", "python", "json"])
def test_no_block_of_the_corpus_is_marked(beside):
    """Not alone, nor beside a block of code (which lets every test run on the prose)."""
    files = _corpus_files()
    if not files:
        pytest.skip("the corpus is not present")
    marked = {}
    for path in files:
        release = read_source(path).text.rstrip("\n")
        text = release + "\n\n" + CODE[beside] + "\n" if beside else release
        doc = Document.from_text(text, str(path))
        spans = [(start, end) for start, end in non_prose_blocks(doc) if start < len(release)]
        if spans:
            marked[path.name] = [doc.text[start:end][:80] for start, end in spans]
    assert not marked


def _release_with_code() -> tuple[str, int, int]:
    text = BEFORE + CODE["python"] + AFTER
    return text, len(BEFORE), len(BEFORE) + len(CODE["python"])


def test_findings_in_code_are_dropped_and_prose_findings_kept(monkeypatch):
    text, start, end = _release_with_code()
    inside = lambda found: [d for d in found if start <= d.start <= end]  # noqa: E731
    kept = lint_text(text)
    assert not inside(kept)
    assert any(d.rule == "dash-spacing" and d.start > end for d in kept)
    monkeypatch.setattr(engine, "non_prose_blocks", lambda doc: [])
    assert inside(lint_text(text))  # so the test above is not empty


def test_fixes_leave_code_alone():
    text, _, _ = _release_with_code()
    outcome = fix_text(text, make_config())
    assert outcome.changed
    assert CODE["python"] in outcome.fixed
    assert "free -- and" not in outcome.fixed


def test_a_fix_that_would_edit_code_is_withheld():
    text = BEFORE.replace("lines:", "lines") + CODE["python"] + AFTER
    broken = [d for d in lint_text(text) if d.rule == "broken-paragraph"]
    assert broken and all(d.fix is None for d in broken)  # it would join prose and code
    assert CODE["python"] in fix_text(text, make_config()).fixed


def test_a_suppression_written_for_code_still_counts_as_used(monkeypatch):
    text = BEFORE + "<!-- prlint-disable dash-spacing -->\n\n" + CODE["python"]
    text += "\n\n<!-- prlint-enable dash-spacing -->" + AFTER
    rules = [d.rule for d in lint_text(text, "release.md")]
    assert "unused-suppression" not in rules and "dash-spacing" in rules  # the one after
    monkeypatch.setattr(engine, "non_prose_blocks", lambda doc: [])
    assert "unused-suppression" not in [d.rule for d in lint_text(text, "release.md")]


def test_document_level_findings_stay():
    rules = {d.rule for d in lint_text(CODE["python"] + "\n", "module.txt")}
    assert {"missing-release-line", "missing-contact"} <= rules


JAVASCRIPT = """'use strict';

// Toggle the sidebar -- and remember the choice.
const sidebar = document.getElementById("sidebar");
const toggle = document.querySelector('.toggle');

function show(visible) {
    sidebar.style.display = visible ? '' : 'none';
    localStorage.setItem("sidebar", visible ? "on" : "off");
}

toggle.addEventListener('click', function (event) {
    event.preventDefault();
    show(sidebar.style.display === 'none');
});

/*
 * Restore the last state -- "on" by default.
 */
show(localStorage.getItem("sidebar") !== "off");
"""


def _whole_files() -> list[tuple[str, str]]:
    files = [("module.py", Path(textwrap.__file__).read_text(encoding="utf-8"))]
    files.append(("app.js", JAVASCRIPT * 4))
    for header in (
        Path("/usr/include/stdio.h"),
        Path(sysconfig.get_paths()["include"]) / "object.h",
    ):
        if header.is_file():
            files.append((header.name, header.read_text(encoding="utf-8", errors="replace")))
    rules = [
        {"name": r.name, "code": r.code, "summary": r.summary, "options": sorted(r.options)}
        for r in load_registry().rules.values()
    ]
    files.append(("rules.json", json.dumps({"rules": rules, "version": 1}, indent=2)))
    files.append(("rules.min.json", json.dumps({"rules": rules}, separators=(",", ":"))))
    files.append(("rules.jsonl", "\n".join(json.dumps(rule) for rule in rules)))
    files.append(("app.min.js", "".join(line.strip() for line in JAVASCRIPT.splitlines()) * 4))
    items = "".join(
        f'<li class="rule" data-code="{r["code"]}"><a href="#{r["name"]}">{r["summary"]}</a></li>'
        for r in rules
    )
    page = f'<!DOCTYPE html><html lang="en"><body><ul>{items}</ul></body></html>'
    files.append(("rules.html", page))
    return files


@pytest.mark.parametrize("name,text", _whole_files(), ids=[n for n, _ in _whole_files()])
def test_a_whole_file_of_code_gets_few_findings(name, text):
    found = lint_text(text, name + ".txt")
    assert len(found) <= 8 + len(text) // 2000, sorted({(d.rule, d.message[:50]) for d in found})


@pytest.mark.parametrize(
    "unit", [" = ", ");", "x);", "&&", ",a", "{\n", "x = 1\n", "def f(x):\n", "_", "}", "(", "`"]
)
def test_long_runs_take_linear_time(unit):
    """100 KB of one unit after a line of code, so that every test runs over it."""
    run = "x = 1\n{\n" + (unit * (100_000 // len(unit) + 1))[:100_000]
    doc = Document.from_text(run, "run.txt")
    start = time.perf_counter()
    non_prose_blocks(doc)
    assert time.perf_counter() - start < 5.0  # a hang guard: about 0.1 s
