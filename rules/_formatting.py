"""Helpers shared by the formatting rules (whitespace, dash-spacing, us-abbreviation,
month-abbreviation, time-format).

Not a rule module: the leading underscore keeps it out of rule discovery.

`protected(doc)` gives the spans no formatting fix may touch: YAML front matter, fenced
and indented code, inline code, URLs, email addresses, Markdown link targets and HTML
tags or comments. `is_headline_like(doc, line)` tells headline-ish lines (all caps,
Markdown headings, short title lines) from sentences of body text.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from dataclasses import dataclass

from prlint.document import Block, Document, Line

_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.|\bmailto:)[^\s<>\"`\])]{0,2000}",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]{1,200}@[\w-]{1,100}(?:\.[\w-]{1,100}){1,10}")
_INLINE_CODE = re.compile(r"(`{1,3})[^`\n]{1,1000}?\1")
_LINK_TARGET = re.compile(r"\]\([^)\n]{0,2000}\)")
_HTML = re.compile(r"<!--.*?(?:-->|\Z)|</?[A-Za-z][^<>\n]{0,500}>", re.DOTALL)
_INDENTED_CODE = re.compile(r"(?: {4}|\t)")

_KEY = "_prlint_formatting_protected"


@dataclass
class Protected:
    """Sorted, merged (start, end) spans."""

    starts: list[int]
    ends: list[int]

    def covers(self, start: int, end: int | None = None) -> bool:
        """Whether [start, end) (or the single offset `start`) touches a protected span."""
        end = start + 1 if end is None or end <= start else end
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start


def _merge(spans: list[tuple[int, int]]) -> Protected:
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:
        if starts and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return Protected(starts, ends)


def verbatim_blocks(doc: Document) -> list[Block]:
    """Fenced code (from the document model) and, in Markdown, indented code blocks."""
    found = [block for block in doc.blocks if block.kind == "verbatim"]
    if doc.is_markdown:
        for block in doc.blocks:
            if block.kind == "paragraph" and all(
                _INDENTED_CODE.match(line.text) for line in block.lines
            ):
                found.append(block)
    return found


def protected(doc: Document) -> Protected:
    cached = doc.__dict__.get(_KEY)
    if cached is not None:
        return cached
    spans: list[tuple[int, int]] = []
    if doc.body_start:
        spans.append((0, doc.body_start))
    for block in verbatim_blocks(doc):
        spans.append((block.start, block.end + 1))
    text = doc.text
    for pattern in (_URL, _EMAIL, _LINK_TARGET, _HTML):
        spans.extend(m.span() for m in pattern.finditer(text, doc.body_start))
    if doc.is_markdown or "`" in text:
        spans.extend(m.span() for m in _INLINE_CODE.finditer(text, doc.body_start))
    result = _merge(spans)
    doc.__dict__[_KEY] = result
    return result


_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]*_]*(?:\s|$)")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]")


def is_all_caps(text: str) -> bool:
    """Mostly capital letters (at least four letters, 80% of them upper case)."""
    letters = _LETTER.findall(text)
    if len(letters) < 4:
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper >= 0.8 * len(letters)


def _structure_headlines(doc: Document) -> set[int]:
    """Line indexes of the headline and sub-headline, when the structure knows them."""
    structure = doc.structure
    lines: set[int] = set()
    for name in ("headline", "subheadline"):
        block = getattr(structure, name, None)
        if isinstance(block, Block):
            lines.update(line.index for line in block.lines)
    return lines


def headline_lines(doc: Document) -> set[int]:
    """Indexes of lines that read as headlines, titles or labels rather than sentences."""
    key = "_prlint_formatting_headlines"
    cached = doc.__dict__.get(key)
    if cached is not None:
        return cached
    found = set()
    with contextlib.suppress(Exception):  # another module's analysis must not break us
        found |= _structure_headlines(doc)
    for block in doc.blocks:
        if block.kind == "heading":
            found.update(line.index for line in block.lines)
            continue
        for line in block.lines:
            if _HEADING.match(line.text) or is_all_caps(line.text):
                found.add(line.index)
        if len(block.lines) <= 2 and not _SENTENCE_END.search(
            " ".join(line.text for line in block.lines).rstrip() + " "
        ):
            found.update(line.index for line in block.lines)  # a title, label or nav item
    doc.__dict__[key] = found
    return found


def is_headline_like(doc: Document, line: Line) -> bool:
    return line.index in headline_lines(doc) or is_title_case(line.text)


_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
_TERMINAL = re.compile(r"[.!?][\"”’')\]*_]*\s*$")


def is_title_case(text: str) -> bool:
    """Most words of four letters or more capitalised: a title, a link text, a nav item."""
    words = [word for word in _WORD.findall(text) if len(word) >= 4]
    if len(words) < 3:
        return False
    return sum(1 for word in words if word[0].isupper()) >= 0.75 * len(words)


def _chrome_like(line: Line) -> bool:
    text = line.text.strip()
    return not _TERMINAL.search(text) and (len(text) <= 60 or is_title_case(text))


def chrome_lines(doc: Document) -> set[int]:
    """Lines of blocks that read as site chrome: runs of short, unpunctuated lines such as
    navigation, lists of other releases with their dates, footers."""
    key = "_prlint_formatting_chrome"
    cached = doc.__dict__.get(key)
    if cached is not None:
        return cached
    found: set[int] = set()
    for block in doc.blocks:
        if len(block.lines) >= 4 and block.kind != "verbatim":
            chrome = sum(1 for line in block.lines if _chrome_like(line))
            if chrome >= 0.75 * len(block.lines):
                found.update(line.index for line in block.lines)
    doc.__dict__[key] = found
    return found
