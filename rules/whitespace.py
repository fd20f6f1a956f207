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

from prlint.rules._formatting import verbatim_blocks

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Block, Document, Line
from prlint.rule import Context, Option, Rule

_TRAILING = re.compile(r"[ \t\u00a0]+$")
_INNER = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)|(?<=\S)[ \t]*\t[ \t]*(?=\S)")
_LAYOUT = re.compile(r"\S(?: {3,}|[ \t]*\t[ \t]*)[^\sa-z]")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]*_]{0,3}$")
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
        content = [line.index for line in lines if not line.is_blank]
        if not content:
            yield self.diagnostic(
                0, len(text), "the file holds only whitespace", Fix.safe(Edit(0, len(text), ""))
            )
            return
        first, last = content[0], content[-1]
        skip = self._skipped_lines(doc)

        if first > 0:
            yield self.diagnostic(
                0,
                lines[first].start,
                f"{_plural(first, 'blank line')} before the first line of the file",
                Fix.safe(Edit(0, lines[first].start, ""), description="remove leading blank lines"),
            )

        yield from self._blank_runs(doc, first, last, skip)

        keep_breaks = bool(ctx["markdown-hard-breaks"]) and doc.is_markdown
        trailing: list[Edit] = []
        inner: list[Edit] = []
        tabs = False
        for block in doc.blocks:
            trailing += self._trailing(block, last, skip, keep_breaks)
            if block.kind in _PROSE:
                found, has_tab = self._inner(block, skip)
                inner += found
                tabs = tabs or has_tab
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

    def _blank_runs(
        self, doc: Document, first: int, last: int, skip: set[int]
    ) -> Iterator[Diagnostic]:
        lines = doc.lines
        edits: list[Edit] = []
        extra = 0
        index = first + 1
        while index < last:
            if not lines[index].is_blank or index in skip:
                index += 1
                continue
            end = index
            while end + 1 < last and lines[end + 1].is_blank and end + 1 not in skip:
                end += 1
            run = lines[index : end + 1]
            if len(run) > 1 or run[0].text:
                edits.append(Edit(run[0].start, run[-1].end, ""))
                extra += len(run) - 1
            index = end + 1
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
    def _trailing(block: Block, last: int, skip: set[int], keep_breaks: bool) -> list[Edit]:
        edits: list[Edit] = []
        for position, line in enumerate(block.lines):
            if line.index in skip or line.index == last:
                continue
            match = _TRAILING.search(line.text)
            if match is None:
                continue
            spaces = match.group()
            has_next = position + 1 < len(block.lines)
            if keep_breaks and has_next and len(spaces) >= 2 and set(spaces) == {" "}:
                continue  # a Markdown hard line break
            edits.append(Edit(line.start + match.start(), line.end, ""))
        return edits

    @staticmethod
    def _inner(block: Block, skip: set[int]) -> tuple[list[Edit], bool]:
        edits: list[Edit] = []
        tabs = False
        for line in block.lines:
            if line.index in skip or _LAYOUT.search(line.text):
                continue
            for match in _INNER.finditer(line.text):
                if not _in_sentence(line, match.start(), match.end()):
                    continue
                tabs = tabs or "\t" in match.group()
                edits.append(Edit(line.start + match.start(), line.start + match.end(), " "))
        return edits, tabs

    def _final_newline(self, doc: Document, last: Line, skip: set[int]) -> Iterator[Diagnostic]:
        text = doc.text
        end = last.end
        if last.index not in skip:
            match = _TRAILING.search(last.text)
            if match:
                end = last.start + match.start()
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


def _in_sentence(line: Line, start: int, end: int) -> bool:
    """A gap between two words of running text, not layout."""
    text = line.text
    if not text[:start].strip():
        return False  # indentation
    following = text[end]
    if following.islower():
        return True
    before = text[:start]
    return bool(_SENTENCE_END.search(before)) and (following.isupper() or following in _OPENING)
