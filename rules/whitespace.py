"""Stray whitespace: leading and trailing blank lines, trailing spaces, doubled spaces.

What it does:
    Reports, each with a safe fix that changes whitespace only:
    - blank lines before the first line of the file (removed);
    - spaces or tabs at the end of a line (removed); a blank line holding spaces;
    - more than one blank line between paragraphs (one is kept). Hard-wrapped text is
      never reflowed and no blank line is ever added: paragraphs stay as they are;
    - two spaces, or a tab, inside a sentence (one space): after a sentence's closing
      punctuation (`done.  Next`) or before a lower-case word (`the  report`). Runs of
      three or more spaces and tabs before a capital are taken as column layout (PDF
      text, contact tables) and left alone, as is indentation at the start of a line;
    - a file that does not end with exactly one newline.
    Each kind is reported once per file, at its first instance, with one fix covering
    every instance (PDF-extracted text can have hundreds).
    Never touched: YAML front matter, fenced or indented code, and (Markdown only) two or
    more spaces ending a line inside a paragraph, which are a Markdown hard line break.

Why it matters:
    Stray whitespace shows up as ragged spacing when a release is pasted into an email,
    a CMS or a newswire form, and as noise in every diff of the release.

Example:
    Flagged:   The plan was announced today.  It takes effect in June.
    Flagged:   A line ending in spaces.␠␠  (in a .txt file)
    Fine:      The plan was announced today. It takes effect in June.
    Fine:      Jane Doe␠␠
               Director of Communications   (a hard line break in a .md file)

Fix:
    Safe: remove or collapse the whitespace as described above.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.rules._formatting import block_of, verbatim_blocks

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document, Line
from prlint.rule import Context, Option, Rule

_BLANK_OR_NEWLINE = " \t\u00a0\u200b\ufeff\n"  # what blank lines (`Line.is_blank`) hold
_TRAILING = " \t\u00a0"
_TRAILING_END = re.compile(r"\n(?<=[ \t\u00a0]\n)")  # a literal first: fast to search for
# (In both, ` *\t[ \t]*` means spaces and tabs holding a tab; written `[ \t]*\t[ \t]*`, it
# backtracks through every tab of a long run, for every tab.)
_INNER = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)|(?<=\S) *\t[ \t]*(?=\S)")
_SPACES = re.compile(r"[ \t]*")
_LAYOUT = re.compile(r"\S(?: {3,}| *\t[ \t]*)[^\sa-z]")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]*_]{0,3}$")  # at most 4 characters
_OPENING = "\"“‘'([*_"
_PROSE = ("paragraph", "list", "blockquote", "heading")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class Whitespace(Rule):
    name = "whitespace"
    code = "PR601"
    summary = "Stray whitespace: extra blank lines, trailing or doubled spaces, final newline"
    severity = Severity.INFO
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "markdown-hard-breaks": Option(
            True,
            "Keep two or more spaces ending a line inside a Markdown paragraph "
            "(a hard line break).",
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        lines = doc.lines
        text = doc.text
        if not text:
            return
        # The first and last non-blank lines (see `Line.is_blank`).
        head = len(text) - len(text.lstrip(_BLANK_OR_NEWLINE))
        if head == len(text):
            yield self.diagnostic(
                0, len(text), "the file holds only whitespace", Fix.safe(Edit(0, len(text), ""))
            )
            return
        first = doc.line_index(head)
        last = doc.line_index(len(text.rstrip(_BLANK_OR_NEWLINE)) - 1)
        skip = self._skipped_lines(doc)

        if first > 0:
            yield self.diagnostic(
                0,
                lines[first].start,
                f"{_plural(first, 'blank line')} before the first line of the file",
                Fix.safe(Edit(0, lines[first].start, ""), description="remove leading blank lines"),
            )

        yield from self._blank_runs(doc, first)

        keep_breaks = bool(ctx["markdown-hard-breaks"]) and doc.is_markdown
        trailing = self._trailing(doc, last, skip, keep_breaks)
        inner, tabs = self._inner(doc, skip)
        if trailing:
            yield self._summary(
                trailing, "trailing whitespace", "lines", "remove trailing whitespace"
            )
        if inner:
            what = "a tab or doubled space" if tabs else "doubled space"
            yield self._summary(
                inner, f"{what} inside a sentence", "places", "one space between words"
            )

        yield from self._final_newline(doc, lines[last], skip)

    @staticmethod
    def _skipped_lines(doc: Document) -> set[int]:
        skip = set(range(doc.body_start_line))  # front matter
        for block in verbatim_blocks(doc):
            skip.update(line.index for line in block.lines)
        return skip

    def _blank_runs(self, doc: Document, first: int) -> Iterator[Diagnostic]:
        lines = doc.lines
        edits: list[Edit] = []
        extra = 0
        # The blank lines outside front matter and code blocks are those between blocks
        # (`Document.blocks`): each gap between two blocks, or between the front matter and
        # the first block, is a run of them. One empty line is what a gap should be.
        previous = max(first, doc.body_start_line - 1)
        for block in doc.blocks:
            start = block.lines[0].index
            if start - previous > 2 or (start - previous == 2 and lines[start - 1].text):
                edits.append(Edit(lines[previous + 1].start, lines[start - 1].end, ""))
                extra += start - previous - 2
            previous = block.lines[-1].index
        if not edits:
            return
        where = edits[0].start
        if extra:
            message = f"{_plural(extra + 1, 'blank line')} between paragraphs; one is enough"
            if len(edits) > 1:
                message += f" (and {len(edits) - 1} more places)"
        else:
            message = "a blank line holds spaces or tabs"
            if len(edits) > 1:
                message += f" (and {len(edits) - 1} more blank lines)"
        yield self.diagnostic(
            where,
            where,
            message,
            Fix.safe(*edits, description="one empty line between paragraphs"),
        )

    def _summary(self, edits: list[Edit], what: str, unit: str, description: str) -> Diagnostic:
        """One finding per file and kind, at the first instance; its fix covers them all."""
        message = what if len(edits) == 1 else f"{what} (and {len(edits) - 1} more {unit})"
        return self.diagnostic(
            edits[0].start, edits[0].end, message, Fix.safe(*edits, description=description)
        )

    @staticmethod
    def _trailing(doc: Document, last: int, skip: set[int], keep_breaks: bool) -> list[Edit]:
        edits: list[Edit] = []
        # The last line of the file is left to _final_newline: only a line ending in a
        # space or tab then a newline can have trailing whitespace here.
        for end in _TRAILING_END.finditer(doc.text, doc.body_start):
            index = doc.line_index(end.start())
            if index in skip or index == last:
                continue
            block = block_of(doc, index)
            if block is None:
                continue
            line = doc.lines[index]
            spaces = line.text[len(line.text.rstrip(_TRAILING)) :]
            if not spaces:
                continue
            has_next = line.index < block.lines[-1].index
            if keep_breaks and has_next and len(spaces) >= 2 and set(spaces) == {" "}:
                continue  # a Markdown hard line break
            edits.append(Edit(line.end - len(spaces), line.end, ""))
        return edits

    @staticmethod
    def _inner(doc: Document, skip: set[int]) -> tuple[list[Edit], bool]:
        edits: list[Edit] = []
        tabs = False
        text = doc.text
        gaps = _gaps(text, doc.body_start)
        lines = doc.lines
        k = 0
        while k < len(gaps):
            # the gaps of one line: gaps[k:after]
            index = doc.line_index(gaps[k][0])
            line_end = lines[index].end
            after = k + 1
            while after < len(gaps) and gaps[after][0] < line_end:
                after += 1
            line_gaps = gaps[k:after]
            k = after
            block = block_of(doc, index)
            if block is None or block.kind not in _PROSE or index in skip:
                continue
            if any(_LAYOUT.fullmatch(text, start - 1, end + 1) for start, end in line_gaps):
                continue  # the line holds column layout (what _LAYOUT finds is such a gap)
            for start, end in line_gaps:
                if not _in_sentence(text, start, end):
                    continue
                tabs = tabs or "\t" in text[start:end]
                edits.append(Edit(start, end, " "))
        return edits, tabs

    def _final_newline(self, doc: Document, last: Line, skip: set[int]) -> Iterator[Diagnostic]:
        text = doc.text
        end = last.end
        if last.index not in skip:
            end = last.start + len(last.text.rstrip(_TRAILING))
        tail = text[end:]
        if tail == "\n":
            return
        newlines = tail.count("\n")
        if tail == "":
            message = "the file does not end with a newline"
        elif newlines <= 1:
            message = "trailing whitespace at the end of the file"
        else:
            message = "blank lines at the end of the file; end with exactly one newline"
        yield self.diagnostic(
            end,
            len(text),
            message,
            Fix.safe(Edit(end, len(text), "\n"), description="one final newline"),
        )


def _gaps(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of what `_INNER.finditer(text, start)` finds, in order: each match is a
    whole run of spaces and tabs, holding two spaces or a tab. Trying _INNER only at the
    start of such runs is much cheaper than letting it try every offset."""
    found: dict[int, int] = {}
    for needle in ("  ", "\t"):
        at = text.find(needle, start)
        while at >= 0:
            run = at
            while run > start and text[run - 1] in " \t":
                run -= 1
            end = _SPACES.match(text, at).end()  # type: ignore[union-attr]  # the gap's end
            # _INNER matches there (the run holds the needle) when no white space is
            # on either side of the run: the same test, without building a match.
            if (
                run > 0
                and end < len(text)
                and not text[run - 1].isspace()
                and not text[end].isspace()
            ):
                found[run] = end
            at = text.find(needle, end)
    return sorted(found.items())


def _in_sentence(text: str, start: int, end: int) -> bool:
    """A gap between two words of running text, not layout. (_INNER already leaves out
    indentation: it needs a word before the gap.)"""
    following = text[end]
    if following.islower():
        return True
    ends_sentence = _SENTENCE_END.search(text, max(0, start - 4), start) is not None
    return ends_sentence and (following.isupper() or following in _OPENING)
