"""Straight and curly quotation marks and apostrophes mixed in one release.

What it does:
    Counts the quotation marks and apostrophes of the release's prose, straight (`"` `'`)
    and curly (`“ ” ‘ ’`), and reports each mark of the minority style. With the default
    `style = "auto"` the house style is the release's own majority, so a release written
    entirely in straight marks (as plain-text and PDF-extracted releases often are) is
    consistent and reported for nothing; `style = "curly"` or `"straight"` enforces one
    style everywhere. Marks inside code, URLs, Markdown link targets, HTML and YAML front
    matter are not counted, and neither are primes and inch or foot marks (`6'2"`), nor
    lines that are not running prose (page titles, navigation and footers of scraped pages:
    a line counts when it ends a sentence or is wrapped mid-sentence; Markdown headings
    count).

Why it matters:
    Mixed marks come from pasting text between tools; they look careless in print and
    break search and replace. A curly apostrophe in a straight-quoted release, or a
    straight one in a curly release, is the usual trace.

Example:
    Flagged:   Upon Vice President Harris' arrival, she said “we are ready.”
               (one straight apostrophe in a release of curly marks)
    Fine:      Upon Vice President Harris’ arrival, she said “we are ready.”
    Fine:      Upon Vice President Harris' arrival, she said "we are ready."

Fix:
    Safe: the mark becomes the house style with the right direction: “ and ” for double
    marks, ‘ and ’ for single marks, ’ for apostrophes (or " and ' for straight style).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Edit, Fix
from prlint.document import Block, Document
from prlint.quotes import STRAIGHT_CHARS, Mark, model
from prlint.rule import Context, Option, Rule

_CURLY = {
    ("double", "open"): "“",
    ("double", "close"): "”",
    ("single", "open"): "‘",
    ("single", "close"): "’",
    ("single", "apostrophe"): "’",
}
_NAMES = {"open": "opening mark", "close": "closing mark", "apostrophe": "apostrophe"}


_CLOSERS = "”’\"')]*_"  # what may follow a sentence's end mark before the space
_MIN_WORDS = 6  # `Let's Keep in Touch!` in a footer is not prose


def _has_sentence_end(text: str) -> bool:
    """Whether `[.!?…](?<!\\b[A-Z].)[”’"')\\]*_]*(?:\\s|$)` matches in `text` (a line):
    an end mark, not after an initial (`J.`), then closing marks and a space or the end.
    Its end marks found with `str.find`: a regex tests every character of the line."""
    n = len(text)
    for mark in ".!?…":
        i = text.find(mark)
        while i >= 0:
            initial = (
                i > 0
                and "A" <= text[i - 1] <= "Z"
                and (i == 1 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
            )
            if not initial:
                j = i + 1
                while j < n and text[j] in _CLOSERS:
                    j += 1
                if j == n or text[j].isspace():
                    return True
            i = text.find(mark, i + 1)
    return False


def _is_prose_line(doc: Document, block: Block, index: int) -> bool:
    """Whether line `index` of `block` is running prose, not page chrome: a line with a
    sentence end, a line wrapped mid-sentence, or a Markdown heading. Navigation, page
    titles and footers in scraped pages are none of these."""
    lines = block.lines
    first = lines[0].index  # (`block.first.index`, without the property call)
    if block.kind == "heading" and doc.is_markdown:
        return index == first
    k = index - first
    text = lines[k].text.strip(" \t*_>")
    return (
        (k + 1 < len(lines) and lines[k + 1].text.strip(" \t*_>")[:1].islower())
        or (k > 0 and text[:1].islower())
        or (len(text.split(None, _MIN_WORDS - 1)) >= _MIN_WORDS and _has_sentence_end(text))
    )


def _in_prose(doc: Document, marks: list[Mark]) -> list[Mark]:
    """The marks on prose lines (`_is_prose_line`). The marks come in document order, so
    each line is judged once, when its first mark comes, and the lines and blocks are
    walked along (fewer steps in all than a bisection per line)."""
    blocks = model(doc).prose_blocks  # every mark is in one of them
    lines = doc.lines
    kept = []
    index = 0
    line_end = -1
    on_prose_line = False
    current = 0
    for mark in marks:
        offset = mark.offset
        if offset > line_end:  # the first mark of a line
            while lines[index].end < offset:
                index += 1
            line_end = lines[index].end
            while current + 1 < len(blocks) and blocks[current + 1].lines[0].start <= offset:
                current += 1
            on_prose_line = _is_prose_line(doc, blocks[current], index)
        if on_prose_line:
            kept.append(mark)
    return kept


def _target(mark: Mark, style: str) -> str:
    kind = "double" if mark.double else "single"
    if style == "straight":
        return '"' if mark.double else "'"
    return _CURLY[(kind, mark.role)]


class MixedQuoteStyle(Rule):
    name = "mixed-quote-style"
    code = "PR407"
    summary = "Straight and curly quotation marks or apostrophes mixed in one release"
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "style": Option(
            "auto",
            "auto: the release's majority style; curly or straight: enforce that style.",
            choices=("auto", "curly", "straight"),
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        marks = [m for m in model(doc).marks if m.role in _NAMES]
        style = ctx["style"]
        # (`m.straight` is `m.char in STRAIGHT_CHARS`, without a property call per mark)
        chars = {m.char for m in marks}
        if style == "auto" and (chars <= STRAIGHT_CHARS or chars.isdisjoint(STRAIGHT_CHARS)):
            return  # one style only (or no marks), on prose lines or not
        marks = _in_prose(doc, marks)
        straight = len([m for m in marks if m.char in STRAIGHT_CHARS])
        curly = len(marks) - straight
        if style == "auto":
            if not straight or not curly:
                return
            style = "straight" if straight > curly else "curly"
        for mark in marks:
            if (mark.char in STRAIGHT_CHARS) == (style == "straight"):
                continue
            if mark.double and mark.role == "apostrophe":
                continue
            target = _target(mark, style)
            kind = "" if mark.role == "apostrophe" else ("double " if mark.double else "single ")
            what = f"{'straight' if mark.straight else 'curly'} {kind}{_NAMES[mark.role]}"
            counts = "" if ctx["style"] != "auto" else f" ({curly} curly, {straight} straight)"
            yield self.diagnostic(
                mark.offset,
                mark.end,
                f"{what} {mark.char} in a release of {style} marks{counts}: use {target}",
                Fix.safe(
                    Edit(mark.offset, mark.end, target),
                    description=f"use {target}",
                ),
            )
