"""Helpers shared by the formatting rules (whitespace, dash-spacing, us-abbreviation,
month-abbreviation, time-format).

Not a rule module: the leading underscore keeps it out of rule discovery.

`protected(doc)` gives the spans no formatting fix may touch: YAML front matter, fenced
and indented code, inline code, URLs, email addresses, Markdown link targets and HTML
tags or comments. `is_headline_like(doc, line)` tells headline-ish lines (all caps,
Markdown headings, short title lines) from sentences of body text.

The rules run on every release, so they look for cheap literal clues first
(`block_lines_with`, `occurrences`) and run their regular expressions only where a
finding is possible; what is headline-like or site chrome is worked out per line or
block, only for the lines that need it.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from prlint.document import Block, Document, Line

_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.|\bmailto:)[^\s<>\"`\])]{0,2000}",
    re.IGNORECASE,
)
# Literal parts every _URL match holds, with their distance from its start: `://` after
# http, https or ftp; the last `w` of www.; the `o` of mailto:. (Under IGNORECASE, `w` and
# `o` match only `W` and `O` besides themselves, unlike the `s` of https or the `i` of
# mailto, which match `ſ` and `ı` too.)
_URL_ANCHORS = (("://", (3, 4, 5)), ("w.", (2,)), ("W.", (2,)), ("o:", (5,)), ("O:", (5,)))
_EMAIL = re.compile(r"[\w.+-]{1,200}@[\w-]{1,100}(?:\.[\w-]{1,100}){1,10}")
_EMAIL_LOCAL_REVERSED = re.compile(r"[\w.+-]*")
# A literal first character lets the regex engine jump from backtick to backtick.
_INLINE_CODE = re.compile(r"`(`{0,2})[^`\n]{1,1000}?`\1")
_LINK_TARGET = re.compile(r"\]\([^)\n]{0,2000}\)")
_HTML = re.compile(r"<!--.*?(?:-->|\Z)|</?[A-Za-z][^<>\n]{0,500}>", re.DOTALL)
_INDENTED_CODE = re.compile(r"(?: {4}|\t)")

_KEY = "_prlint_formatting_protected"


class Spans(NamedTuple):
    """Sorted, merged (start, end) spans."""

    starts: list[int]
    ends: list[int]

    def covers(self, start: int, end: int) -> bool:
        """Whether [start, end) touches one of the spans."""
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start


def _merge(spans: list[tuple[int, int]]) -> Spans:
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:
        if starts and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return Spans(starts, ends)


class Protected:
    """The spans no formatting fix may touch.

    Front matter, code blocks and HTML (whose comments may run over several lines) are
    found once for the document; URLs, email addresses, link targets and inline code
    never run past the end of a line, so they are found line by line, only on the lines
    a rule asks about.
    """

    def __init__(self, doc: Document):
        self._doc = doc
        spans: list[tuple[int, int]] = []
        if doc.body_start:
            spans.append((0, doc.body_start))
        for block in verbatim_blocks(doc):
            spans.append((block.start, block.end + 1))
        if "<" in doc.text:
            spans.extend(m.span() for m in _HTML.finditer(doc.text, doc.body_start))
        self._document = _merge(spans)
        self._lines: dict[int, Spans] = {}

    def covers(self, start: int, end: int | None = None) -> bool:
        """Whether [start, end) (or the single offset `start`) touches a protected span."""
        end = start + 1 if end is None or end <= start else end
        if self._document.covers(start, end):
            return True
        doc = self._doc
        first, last = doc.line_index(start), doc.line_index(end - 1)
        if first == last:  # (most spans asked about are on one line)
            return self._line(first).covers(start, end)
        return any(self._line(index).covers(start, end) for index in range(first, last + 1))

    def _line(self, index: int) -> Spans:
        spans = self._lines.get(index)
        if spans is None:
            line = self._doc.lines[index]
            found = [(line.start + s, line.start + e) for s, e in _line_spans(line.text)]
            spans = self._lines[index] = _merge(found)
        return spans


def protected(doc: Document) -> Protected:
    cached = doc.__dict__.get(_KEY)
    if cached is None:
        cached = doc.__dict__[_KEY] = Protected(doc)
    return cached


def verbatim_blocks(doc: Document) -> list[Block]:
    """Fenced code (from the document model) and, in Markdown, indented code blocks."""
    cached = doc.__dict__.get("_prlint_formatting_verbatim")
    if cached is not None:
        return cached
    found = [block for block in doc.blocks if block.kind == "verbatim"]
    if doc.is_markdown:
        for block in doc.blocks:
            if (
                block.kind == "paragraph"
                and block.lines[0].text.startswith(("    ", "\t"))
                and all(_INDENTED_CODE.match(line.text) for line in block.lines)
            ):
                found.append(block)
    doc.__dict__["_prlint_formatting_verbatim"] = found
    return found


def occurrences(text: str, needle: str, start: int = 0) -> Iterator[int]:
    """Offsets of `needle` in `text` from `start` on (overlapping ones included)."""
    at = text.find(needle, start)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, given every offset where a match may start, in
    increasing order (more offsets than needed are fine).

    Trying the pattern only there is much cheaper than letting the engine try every
    offset of the text.
    """
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the previous match (or tried already)
        match = pattern.match(text, start)
        if match is not None:
            yield match
            end = match.end()


def _line_spans(line: str) -> list[tuple[int, int]]:
    """What _URL, _EMAIL, _LINK_TARGET and _INLINE_CODE find in one line (offsets in it).

    None of them matches across a newline, so a line can be searched on its own. Each is
    tried only where a literal part every one of its matches holds says it may match.
    """
    url_starts = {
        at - back
        for needle, backs in _URL_ANCHORS
        if needle in line
        for at in occurrences(line, needle)
        for back in backs
        if at >= back
    }
    spans = [match.span() for match in matches_at(_URL, line, sorted(url_starts))]
    if "@" in line:
        spans.extend(_email_spans(line))
    # These two start with a literal, which the regex engine skips along to.
    for pattern, literal in ((_LINK_TARGET, "]("), (_INLINE_CODE, "`")):
        if literal in line:
            spans.extend(m.span() for m in pattern.finditer(line))
    return spans


def _email_spans(line: str) -> Iterator[tuple[int, int]]:
    """What `_EMAIL.finditer(line)` finds, looking only around each `@`.

    The local part cannot hold an `@`, so a match holds exactly one; before it, the match
    starts at the first offset from which only local-part characters lead up to the `@`,
    at most 200 of them, and not before the end of the previous match.
    """
    previous = 0
    for at in occurrences(line, "@"):
        if at < previous:
            continue
        lowest = max(previous, at - 200)
        local = _EMAIL_LOCAL_REVERSED.match(line[lowest:at][::-1])
        if local is None or not local.end():
            continue
        match = _EMAIL.match(line, at - local.end())
        if match is not None:
            yield match.span()
            previous = match.end()


def block_of(doc: Document, index: int) -> Block | None:
    """The block holding line `index`, or None (a blank line, front matter)."""
    firsts = doc.__dict__.get("_prlint_formatting_block_firsts")
    if firsts is None:
        firsts = doc.__dict__["_prlint_formatting_block_firsts"] = [
            block.lines[0].index for block in doc.blocks
        ]
    position = bisect_right(firsts, index) - 1
    if position < 0:
        return None
    block = doc.blocks[position]
    return block if index <= block.lines[-1].index else None


def block_lines_at(doc: Document, offsets: Iterable[int]) -> list[tuple[Block, Line]]:
    """The lines of blocks that hold any of `offsets`, in document order, each with its
    block."""
    found = []
    for index in sorted({doc.line_index(at) for at in offsets}):
        block = block_of(doc, index)
        if block is not None:
            found.append((block, doc.lines[index]))
    return found


def block_lines_with(doc: Document, needles: Iterable[str]) -> list[tuple[Block, Line]]:
    """The lines of blocks that hold any of `needles`, in document order, each with its
    block. A needle belongs to the line of its first character (only its last may be a
    newline)."""
    text = doc.text
    offsets = []
    for needle in needles:
        at = text.find(needle, doc.body_start)
        while at >= 0:
            offsets.append(at)
            at = text.find("\n", at)  # one offset per line is enough
            at = -1 if at < 0 else text.find(needle, at)
    return block_lines_at(doc, offsets)


_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]*_]*(?:\s|$)")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]")


def is_all_caps(text: str) -> bool:
    """Mostly capital letters (at least four letters, 80% of them upper case)."""
    letters = _LETTER.findall(text)
    if len(letters) < 4:
        return False
    upper = sum(map(str.isupper, letters))
    return upper >= 0.8 * len(letters)


def _structure_headlines(doc: Document) -> set[int]:
    """Line indexes of the headline and sub-headline, when the structure knows them."""
    key = "_prlint_formatting_structure_headlines"
    cached = doc.__dict__.get(key)
    if cached is not None:
        return cached
    lines: set[int] = set()
    with contextlib.suppress(Exception):  # another module's analysis must not break us
        found: set[int] = set()
        structure = doc.structure
        for name in ("headline", "subheadline"):
            block = getattr(structure, name, None)
            if isinstance(block, Block):
                found.update(line.index for line in block.lines)
        lines = found
    doc.__dict__[key] = lines
    return lines


def _is_headline_line(doc: Document, block: Block, line: Line) -> bool:
    """Whether a line of `block` reads as a headline, title or label rather than a sentence."""
    if block.kind == "heading" or line.index in _structure_headlines(doc):
        return True
    if _HEADING.match(line.text) or is_all_caps(line.text):
        return True
    return len(block.lines) <= 2 and not _SENTENCE_END.search(
        " ".join(line.text for line in block.lines).rstrip() + " "
    )  # a title, label or nav item


def is_headline_like(doc: Document, line: Line) -> bool:
    block = block_of(doc, line.index)
    in_headline = (
        line.index in _structure_headlines(doc)
        if block is None
        else _is_headline_line(doc, block, line)
    )
    return in_headline or is_title_case(line.text)


# A word of four letters or more: what `[^\W\d_][\w'’&-]*` finds, when four or more
# characters long (inside a shorter word, no match can start: what follows is shorter).
_LONG_WORD = re.compile(r"([^\W\d_])[\w'’&-]{3,}")  # its group: the first letter
_CLOSING = "\"”’')]*_"


# Characters outside `[\w'’&-]` that often cling to a word (`board,”`, `(Nasdaq:`).
_WORD_PUNCTUATION = ".,;:!?\"“”‘()[]*/"


def is_title_case(text: str) -> bool:
    """Most words of four letters or more capitalised: a title, a link text, a nav item."""
    # The first letters of what _LONG_WORD finds, token by token: none of its matches
    # crosses white space or _WORD_PUNCTUATION, and a token of letters only is one word.
    # (Running _LONG_WORD over the whole line tests every character against its classes:
    # many times the cost of a split.)
    if _many_lowercase_words(text):
        return False
    words = upper = 0
    for token in text.split():
        core = token.strip(_WORD_PUNCTUATION)
        if len(core) < 4:
            continue
        if core.isalpha():
            words += 1
            upper += core[0].isupper()
        else:
            for initial in _LONG_WORD.findall(core):
                words += 1
                upper += initial.isupper()
    return words >= 3 and upper >= 0.75 * words


# A word of four lower-case letters or more after a space (` [a-z]{4}`): its first letter
# is one that _LONG_WORD finds, and not a capital. Counted in the UTF-8 bytes of a line
# with its ASCII lower-case letters all made `a` (a byte count: far cheaper than a regex
# scan; a non-ASCII character, encoded as bytes above 127, breaks a run as it should).
_LOWER_TO_A = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"a" * 26)
_LOWERCASE_WORD = b" aaaa"
_ASCII_CAPITALS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NON_ASCII_BYTES = bytes(range(128, 256))


def _many_lowercase_words(text: str) -> bool:
    """A quick sufficient test for `not is_title_case(text)` (most lines of prose pass it):
    with `lower` words starting in lower case, a title needs 3 * lower capitalised words,
    and so at least as many capitals (an ASCII capital or any non-ASCII character)."""
    encoded = text.encode("utf-8", "surrogatepass")
    lower = encoded.translate(_LOWER_TO_A).count(_LOWERCASE_WORD)
    if not lower:
        return False
    non_ascii = len(text) - len(encoded.translate(None, _NON_ASCII_BYTES))
    capitals = len(encoded) - len(encoded.translate(None, _ASCII_CAPITALS))
    return capitals + non_ascii < 3 * lower


_SENTENCE_STOPS = (".", "!", "?")


def is_chrome(doc: Document, block: Block) -> bool:
    """Whether a block reads as site chrome: a run of short, unpunctuated lines such as
    navigation, lists of other releases with their dates, footers."""
    if len(block.lines) < 4 or block.kind == "verbatim":
        return False
    cache = doc.__dict__.setdefault("_prlint_formatting_chrome", {})
    found = cache.get(block.start)
    if found is None:
        found = cache[block.start] = _mostly_chrome_like(block.lines)
    return found


def _mostly_chrome_like(lines: tuple[Line, ...]) -> bool:
    """Whether at least 75% of the lines read as chrome: not ending like a sentence, and
    short (60 characters at most) or in title case. The title-case test, the costly one,
    runs only as long as the cheap tests leave the answer open."""
    needed = 0.75 * len(lines)
    # not ending with . ! or ? then only closing quotes, brackets or emphasis marks: a
    # line ending in a letter or digit, as most do, needs no stripping to tell
    short = 0
    long_lines = []
    for line in lines:
        text = line.text
        if not text[-1:].isalnum():
            text = text.strip()
            if text.rstrip(_CLOSING).endswith(_SENTENCE_STOPS):
                continue
        if len(text) > 60 and len(text := text.strip()) > 60:
            long_lines.append(text)
        else:
            short += 1
    left = len(long_lines)
    if short + left < needed:
        return False  # (most often: a paragraph of sentences)
    chrome = short
    for text in long_lines:
        if chrome >= needed or chrome + left < needed:
            break
        chrome += is_title_case(text)
        left -= 1
    return chrome >= needed
