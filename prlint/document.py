"""The parsed release that rules query: lines, blocks and exact positions.

Text is decoded once (see `prlint.source`), line endings are normalised to "\\n" for the
rules, and every offset a rule reports is mapped back to the original line:column.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from itertools import accumulate, repeat
from operator import add
from typing import TYPE_CHECKING, NamedTuple

from prlint.diagnostics import Position

if TYPE_CHECKING:
    from prlint.structure import Structure

MARKDOWN_SUFFIXES = (".md", ".markdown")
RELEASE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES)

_FRONT_MATTER = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
BLANK_CHARS = " \t\u00a0\u200b\ufeff"  # all a blank line may hold
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


class Line(NamedTuple):
    """One line of the text. (A named tuple rather than a frozen dataclass: a document
    builds one per line, and a tuple costs half as much to build.)"""

    index: int  # type: ignore[assignment]  # 0-based (shadows `tuple.index`, never needed)
    start: int  # offset of the first character
    end: int  # offset just past the last character (newline excluded)
    text: str

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def is_blank(self) -> bool:
        return not self.text.strip(BLANK_CHARS)

    @property
    def stripped(self) -> str:
        return self.text.strip()


class Block(NamedTuple):
    """A run of non-blank lines: a paragraph, heading, list, quote or verbatim block."""

    lines: tuple[Line, ...]
    kind: str = "paragraph"  # paragraph | heading | list | blockquote | table | verbatim | comment

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]

    @property
    def is_prose(self) -> bool:
        return self.kind in ("paragraph", "heading", "list", "blockquote")


class Document:
    """The text (newline-normalised, BOM removed) and what rules ask of it, each part
    worked out once, when first asked for."""

    def __init__(
        self,
        text: str,
        path: str = "<stdin>",
        is_markdown: bool = False,
        original_line_starts: list[int] | None = None,
    ):
        self.text = text
        self.path = path
        self.is_markdown = is_markdown
        # Offsets of each line start in the original decoded text (before newline
        # normalisation), so reported offsets match what an editor sees.
        self.original_line_starts = original_line_starts or []

    @classmethod
    def from_text(cls, text: str, path: str = "<stdin>") -> Document:
        """Build a document from already-decoded text with any line endings."""
        if text.startswith("\ufeff"):
            text = text[1:]
        chunks = None
        if "\r" not in text:  # already normalised: each line starts after the one before
            chunks = text.split("\n")
            original_starts = _starts(chunks)
        else:
            original_starts = [0]
            normalised: list[str] = []
            pos = 0
            for match in re.finditer(r"\r\n|\r|\n", text):
                normalised.append(text[pos : match.start()])
                pos = match.end()
                original_starts.append(pos)
            normalised.append(text[pos:])
            text = "\n".join(normalised)
        doc = cls(
            text=text,
            path=path,
            is_markdown=path.lower().endswith(MARKDOWN_SUFFIXES),
            original_line_starts=original_starts,
        )
        if chunks is not None:  # the lines and their starts, for `lines` (split once)
            doc.__dict__["_chunks"] = chunks
            doc.__dict__["_line_starts"] = original_starts
        return doc

    @cached_property
    def lines(self) -> list[Line]:
        chunks = self.__dict__.pop("_chunks", None)
        if chunks is None:
            chunks = self.text.split("\n")
        starts = self.__dict__.get("_line_starts")
        if starts is None:
            starts = self.__dict__["_line_starts"] = _starts(chunks)
        ends = map(add, starts, map(len, chunks))
        fields = zip(range(len(chunks)), starts, ends, chunks, strict=True)
        # tuple.__new__ builds each Line in C (a named tuple's own __new__ is Python code,
        # which costs several times as much for every line of every document).
        return list(map(tuple.__new__, repeat(Line), fields))

    @cached_property
    def _line_starts(self) -> list[int]:
        """The offset of each line's first character (see `lines`)."""
        return _starts(self.text.split("\n"))

    @cached_property
    def body_start(self) -> int:
        """Offset where the release starts: after YAML front matter, if any."""
        match = _FRONT_MATTER.match(self.text)
        return match.end() if match else 0

    @cached_property
    def body_start_line(self) -> int:
        return (
            self.line_index(self.body_start)
            if self.body_start < len(self.text)
            else len(self.lines)
        )

    def line_index(self, offset: int) -> int:
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def line_at(self, offset: int) -> Line:
        return self.lines[self.line_index(offset)]

    def position(self, offset: int) -> Position:
        if offset < 0:
            offset = 0
        elif offset > len(self.text):
            offset = len(self.text)
        starts = self._line_starts
        index = bisect_right(starts, offset) - 1  # (never below 0: the first start is 0)
        column = offset - starts[index]
        original = (
            self.original_line_starts[index] + column
            if index < len(self.original_line_starts)
            else offset
        )
        # (tuple.__new__ builds it in C: the named tuple's own __new__ is Python code)
        return tuple.__new__(Position, (index + 1, column + 1, original))

    @cached_property
    def blocks(self) -> list[Block]:
        """Non-blank runs of lines after front matter, classified by their shape."""
        return list(_split_blocks(self.lines[self.body_start_line :], self.is_markdown, self.text))

    @cached_property
    def structure(self) -> Structure:
        from prlint.structure import analyse

        return analyse(self)

    def release(self) -> None:
        """Forget the document, text and all, once done with it (do not use it after).

        The analyses cached on a document refer back to it, so without this a checked
        document is freed only by the garbage collector, which then has to run often and
        look at every object a check makes; with it, reference counting frees it at once.
        """
        self.__dict__.clear()

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset <= block.end:
                return block
        return None


def _starts(chunks: list[str]) -> list[int]:
    """The offset of each of these lines in their text joined by line breaks."""
    return list(accumulate([len(chunk) + 1 for chunk in chunks[:-1]], initial=0))


_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+•]|\d{1,3}[.)])[ \t]+\S")
_QUOTE = re.compile(r"^ {0,3}>")
_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
# How every kind but "paragraph" opens (a cheap check first: most blocks are paragraphs).
_NOT_PARAGRAPH = re.compile(r"\s*(?:<!--|\|)| {0,3}(?:[#>\-*+•]|\d{1,3}[.)])")


def _classify(lines: list[Line]) -> str:
    first = lines[0].text
    if not _NOT_PARAGRAPH.match(first):
        return "paragraph"
    if _COMMENT.match(first) and all(_COMMENT.match(line.text) for line in lines):
        return "comment"
    if len(lines) == 1 and _HEADING.match(first):
        return "heading"
    if _LIST_ITEM.match(first):
        return "list"
    if _QUOTE.match(first):
        return "blockquote"
    if _TABLE.match(first) and all(_TABLE.match(line.text) for line in lines):
        return "table"
    return "paragraph"


def _split_blocks(lines: list[Line], is_markdown: bool, doc_text: str = ""):
    """The blocks of these lines (of `doc_text`, when given: code fences are looked for only
    if it holds one)."""
    current: list[Line] = []
    if not is_markdown:  # (plain text: blocks are what blank lines separate, nothing else)
        for line in lines:
            if line.text.strip(BLANK_CHARS):  # (not `line.is_blank`)
                current.append(line)
            elif current:
                yield Block(tuple(current), _classify(current))
                current = []
        if current:
            yield Block(tuple(current), _classify(current))
        return
    may_fence = not doc_text or "```" in doc_text or "~~~" in doc_text
    fence: str | None = None
    for line in lines:
        text = line.text
        match = _FENCE.match(text) if fence is None and may_fence else None
        if match:
            if current:
                yield Block(tuple(current), _classify(current))
            current = [line]
            fence = match.group(1)[0] * len(match.group(1))
            continue
        if fence is not None:
            current.append(line)
            if text.strip().startswith(fence):
                yield Block(tuple(current), "verbatim")
                current, fence = [], None
            continue
        if not text.strip(BLANK_CHARS):  # `line.is_blank`
            if current:
                yield Block(tuple(current), _classify(current))
                current = []
        elif (
            current
            and ("#" in text or "#" in current[0].text)
            and (_HEADING.match(text) or _HEADING.match(current[0].text))
        ):
            # A Markdown heading is a block of its own even without blank lines around it.
            yield Block(tuple(current), _classify(current))
            current = [line]
        else:
            current.append(line)
    if current:
        yield Block(tuple(current), "verbatim" if fence else _classify(current))
