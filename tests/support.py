"""Shared test helpers: fixture files with expected-diagnostic markers, and the corpus.

Fixture format (`tests/fixtures/<rule-name>.txt`): cases start with a header line

    === case-name.txt {"optional": "config as JSON, shaped like [tool.prlint]"}

(the suffix picks plain text or Markdown). Below any line, a marker line

    ^^^^ rule-name optional words the message must contain

says the rule must report a diagnostic starting at the first caret's column of the line
above (carets may be indented to reach it; a marker line starting with `^` in column 1
means column 1). Marker lines are removed before linting. Every diagnostic of the
fixture's rule must be marked, and every marker must be matched: cases with no markers are
text the rule must leave alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from prlint.api import lint_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = CORPUS / "seed" / "alianza-americas-2021-06-08.txt"

_HEADER = re.compile(r"^=== (?P<name>\S+)(?:[ \t]+(?P<config>\{.*\}))?[ \t]*$")
_MARKER = re.compile(
    r"^(?P<pad>[ \t]*)(?P<carets>\^+)[ \t]+(?P<rule>[a-z][a-z0-9-]*)(?P<words>.*)$"
)


@dataclass
class Expected:
    line: int
    column: int
    rule: str
    words: str


@dataclass
class Case:
    name: str
    text: str
    config: dict = field(default_factory=dict)
    expected: list[Expected] = field(default_factory=list)


def load_cases(path: Path) -> list[Case]:
    cases: list[Case] = []
    current: Case | None = None
    lines: list[str] = []

    def finish() -> None:
        if current is not None:
            current.text = "\n".join(lines) + ("\n" if lines else "")
            cases.append(current)

    for raw in path.read_text(encoding="utf-8").split("\n"):
        header = _HEADER.match(raw)
        if header:
            finish()
            config = json.loads(header.group("config")) if header.group("config") else {}
            current, lines = Case(header.group("name"), "", config), []
            continue
        if current is None:
            continue  # free text before the first case documents the fixture
        marker = _MARKER.match(raw)
        if marker and lines:
            current.expected.append(
                Expected(
                    len(lines),
                    len(marker.group("pad").expandtabs()) + 1,
                    marker.group("rule"),
                    marker.group("words").strip(),
                )
            )
            continue
        lines.append(raw)
    finish()
    while cases and cases[-1].text.endswith("\n\n"):
        cases[-1].text = cases[-1].text[:-1]
    return cases


def check_case(case: Case, rule: str) -> None:
    """Assert that `rule` reports exactly the marked diagnostics in `case`."""
    settings = dict(case.config)
    diagnostics = [d for d in lint_text(case.text, case.name, settings) if d.rule == rule]
    actual = sorted(
        (d.start_pos.line, d.start_pos.column, d.message)
        for d in diagnostics
        if d.start_pos is not None
    )
    wanted = sorted((e.line, e.column, e.words) for e in case.expected if e.rule == rule)
    unmatched = list(actual)
    missing = []
    for line, column, words in wanted:
        hit = next(
            (
                a
                for a in unmatched
                if (a[0], a[1]) == (line, column) and words.lower() in a[2].lower()
            ),
            None,
        )
        if hit is None:
            missing.append((line, column, words))
        else:
            unmatched.remove(hit)
    assert not missing and not unmatched, (
        f"case {case.name}: expected but not reported: {missing}; "
        f"reported but not expected: {unmatched}"
    )


def lint_corpus_file(path: Path, settings: dict | None = None):
    from prlint.source import read_source

    source = read_source(path)
    return lint_text(source.text, str(path), settings)


def findings(path: Path, rule: str, settings: dict | None = None) -> list[tuple[int, int]]:
    """(line, column) of each finding of `rule` in a corpus file."""
    return [
        (d.start_pos.line, d.start_pos.column)
        for d in lint_corpus_file(path, settings)
        if d.rule == rule and d.start_pos is not None
    ]
