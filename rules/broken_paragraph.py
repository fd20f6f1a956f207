"""A paragraph split in two in the middle of a sentence.

What it does:
    Reports a paragraph that ends without closing punctuation (`.`, `!`, `?`, `:`, `;`,
    `…`, or a closing quotation mark or bracket after one of those) and is followed, after
    blank lines, by a paragraph that starts with a lowercase letter: one sentence cut in
    two by a stray blank line or page break. The finding starts at the end of the first
    part, where the gap begins, and covers the gap.

    Lists, headings, tables, code, contact blocks and contact-like lines (a phone number,
    an email address or a link where the two parts meet) are left alone, as are
    continuations that open with a list marker (`a)`) or with a word that is lowercase by
    design (`iPhone`, `eBay`), and short title-like lines (`About Acme`).

Why it matters:
    Editors paste releases paragraph by paragraph; a sentence split across two paragraphs
    gets cut or printed as two fragments, and it shows the copy was not proofread.

Example:
    Flagged:   ...to enact innovative solutions that will
               (blank line)
               lead to the improvement of lives in Mexico.
    Fine:      ...to enact innovative solutions.
               (blank line)
               "We urge the governments to act," she said.

Fix:
    Unsafe (it changes the structure): join the two parts with a single space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Block, Document, Line
from prlint.rule import Context, Rule

_KINDS = ("paragraph", "blockquote")
# Hard-wrapped text with a blank line after every line (double-spaced PDF extractions)
# breaks dozens of sentences: it gets one finding, not one per line.
_DOUBLE_SPACED_MIN = 5
_DOUBLE_SPACED_SHARE = 0.5
# Closing marks and emphasis peeled off the end before looking for the punctuation.
_CLOSERS = "\"'”’»)]*_ \t"
_TERMINAL = ".!?:;…"
_QUOTE_PREFIX = re.compile(r"^ {0,3}>[ \t]?")
_LOWER_START = re.compile(r"[a-z\u00df-\u00f6\u00f8-\u00ff]")
_OPENS_LOWER = re.compile(rf"[ \t>]*+{_LOWER_START.pattern}")  # after blanks and quote marks
# A continuation that is not prose: `a) ...`, `i. ...`, `e.g. ...`, an address or a link,
# or a word lowercase by design (`iPhone`, `eBay`, `npm`-style names with capitals inside).
_NOT_PROSE_START = re.compile(
    r"[a-z][.)][ \t]|[ivx]{1,4}[.)][ \t]|e\.g\.|i\.e\.|etc\."
    r"|\S{1,64}@|https?:|www\.|mailto:|[a-z]+[A-Z]"
)
_PHONE = re.compile(r"\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|\d{1,4}[ .-]\d{2,4}[ .-]\d{3,4}\b")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
# The first word of a continuation: a real lowercase word, not OCR debris such as `r Î`.
_FIRST_WORD = re.compile(r"(?:a|[a-z\u00df-\u00ff][a-z\u00df-\u00ff'’-]+)\b")
_WORD_PUNCT = ".,;:!?\"'”’“‘()[]*_"
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_MINOR = frozenset(
    (
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs",
        "via",
    )
)


def _content(line: Line) -> tuple[int, str]:
    """Offset and text of a line without a blockquote marker."""
    match = _QUOTE_PREFIX.match(line.text)
    skip = match.end() if match else 0
    return line.start + skip, line.text[skip:]


def _ends_open(text: str) -> bool:
    """True when the text does not end a sentence."""
    stripped = text.rstrip(_CLOSERS)
    if not stripped:
        return False
    return stripped[-1] not in _TERMINAL


def _contact_like(text: str) -> bool:
    """An email address, a link or a phone number."""
    return "@" in text or "://" in text or "www." in text or _PHONE.search(text) is not None


def _title_like(text: str) -> bool:
    """A line in title case or capitals: a heading or title-page line, not prose."""
    if len(text) > 200:
        return False
    words = _WORD.findall(text)
    if not words or len(words) > 25:
        return False
    if text.isupper():
        return True
    return all(w[0].isupper() or w.lower() in _MINOR for w in words)


def _not_prose_blocks(doc: Document) -> set[int]:
    """Start offsets of the blocks the structure analysis calls contacts (if it does)."""
    try:
        found: set[int] = set()
        for item in getattr(doc.structure, "contacts", None) or []:
            for block in (item,) if isinstance(item, Block) else getattr(item, "blocks", ()):
                if isinstance(block, Block):
                    found.add(block.start)
        return found
    except Exception:  # the structure analysis is best effort; the rule works without it
        return set()


class BrokenParagraph(Rule):
    name = "broken-paragraph"
    code = "PR504"
    summary = "Paragraph split mid-sentence: no closing punctuation, next starts lowercase"
    severity = Severity.WARNING
    fix_safety = "unsafe"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        blocks = doc.blocks
        contacts: set[int] | None = None  # asked of the structure only when needed
        found: list[tuple[int, Diagnostic]] = []
        for index, (first, second) in enumerate(pairwise(blocks)):
            if first.kind not in _KINDS or second.kind != first.kind:
                continue
            # (cheap test first: most paragraphs start with a capital or a quotation mark)
            if not _OPENS_LOWER.match(second.lines[0].text):
                continue
            diagnostic = self._check_pair(first, second)
            if diagnostic is None:
                continue
            if contacts is None:
                contacts = _not_prose_blocks(doc)
            if first.start not in contacts and second.start not in contacts:
                found.append((index, diagnostic))
        indexes = {index for index, _ in found}
        chained = sum(1 for index, _ in found if index + 1 in indexes or index - 1 in indexes)
        if len(found) >= _DOUBLE_SPACED_MIN and chained >= len(found) * _DOUBLE_SPACED_SHARE:
            yield self._double_spaced(doc, [d for _, d in found])
            return
        for _, diagnostic in found:
            yield diagnostic

    def _double_spaced(self, doc: Document, found: list[Diagnostic]) -> Diagnostic:
        """One finding for hard-wrapped text with a blank line after every line."""
        first = found[0]
        edits = [edit for d in found if d.fix is not None for edit in d.fix.edits]
        lines = ", ".join(str(doc.line_index(d.start) + 1) for d in found[:5])
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        return self.diagnostic(
            first.start,
            first.end,
            f"the text looks double-spaced: {len(found)} paragraphs break mid-sentence, "
            f"at the end of lines {lines}{more}; join the parts",
            Fix.unsafe(*edits, description="join every paragraph split mid-sentence"),
        )

    def _check_pair(self, first: Block, second: Block) -> Diagnostic | None:
        _, tail = _content(first.last)
        head_start, head = _content(second.first)
        tail = tail.rstrip()
        head_indent = len(head) - len(head.lstrip())
        head = head.lstrip()
        if not tail or not head or not _LOWER_START.match(head):
            return None
        if not _ends_open(tail) or _NOT_PROSE_START.match(head) or not _FIRST_WORD.match(head):
            return None
        # Page numbers and OCR debris are not the first half of a sentence.
        if len(first.lines) == 1 and len(_LETTERS.findall(first.first.text, 0, 40)) < 3:
            return None
        # A short open-ended fragment after it (`given to the`) is a title page or a
        # layout of short lines, not a paragraph that lost its second half.
        if len(second.lines) == 1 and len(head.rstrip()) < 50 and _ends_open(head):
            return None
        if _contact_like(tail[-80:]) or _contact_like(head[:80].split(" ", 1)[0]):
            return None
        if len(first.lines) == 1 and _title_like(tail):
            return None
        end = first.last.start + len(first.last.text.rstrip())
        start_b = head_start + head_indent
        last_word = tail.rsplit(None, 1)[-1].strip(_WORD_PUNCT) or tail.rsplit(None, 1)[-1]
        next_word = head.split(None, 1)[0].strip(_WORD_PUNCT) or head.split(None, 1)[0]
        fix = Fix.unsafe(
            Edit(end, start_b, " "),
            description="join the two parts of the paragraph with a space",
        )
        return self.diagnostic(
            end,
            start_b,
            f"paragraph breaks mid-sentence between {last_word!r} and {next_word!r} "
            f"(line {second.first.number}): join the two parts",
            fix,
        )
