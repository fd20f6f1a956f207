"""The end mark is not in the house form, or not alone on its line.

What it does:
    Checks the end-mark lines of the release (`###`, `# # #`, `#####`, `-30-`, `- 30 -`,
    `-0-`, and, when it is the release's last end mark, `#`, `END`, `ENDS` or `XXX`)
    against the house form set by the option `end-mark` (default `###`). Also flags an end
    mark escaped by a Markdown converter (`\\#\\#\\#`), one wrapped in bold (`**###**`), and
    one left at the end of the last sentence instead of on its own line (`...next year. ###`).
    A lone `#`, `END` or `XXX` line earlier in the text is not taken for an end mark (a lone
    `XXX` there is draft residue, reported by `draft-marker`).

Why it matters:
    Editors and wire systems look for one agreed mark to know where the release stops.
    A variant, an escaped or bold mark, or a mark hidden at the end of a sentence is easy to
    miss, and material after it may be printed as part of the release.

Example:
    Flagged:   - 30 -                     (house form ###)
    Flagged:   \\#\\#\\#
    Flagged:   **###**
    Flagged:   ...the awards open in March. ###
    Fine:      ###                        (alone on its line)

Fix:
    Safe: the line becomes the house form alone (for a trailing mark, the mark moves to a
    line of its own after a blank line). Only the mark's punctuation and spacing change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Block, Document, Line
from prlint.rule import Context, Option, Rule
from prlint.structure import END_MARK

_BOLD = re.compile(r"\*\*|__")
# An unambiguous mark at the end of a line that ends a sentence: `...year. ###`. A single
# `#`, END or XXX at the end of a sentence is too often something else to report.
_TRAILING = re.compile(
    r"(?P<before>[.!?\"”’)\]*_])[ \t]+(?P<mark>(?:\*\*|__)?[ \t]*"
    r"(?:#[ \t]?#[ \t]?#(?:[ \t]?#){0,2}|-[ \t]?30[ \t]?-|-[ \t]?0[ \t]?-)"
    r"[ \t]*(?:\*\*|__)?)[ \t]*$"
)
_ENDINGS = ("#", "-", "S", "D", "X")
# A line ending in a dash (before spaces and emphasis): where a `-30-` or `-0-` mark may be.
_DASH_ENDED = re.compile(r"-[ \t*_]*+$", re.MULTILINE)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]")
# Marks that mean something else in the middle of a text (a lone `XXX` is draft residue,
# `END` a word): only the release's own end mark, the last one, is checked in these forms.
_AMBIGUOUS = re.compile(r"#|XXX|ENDS?")


def _describe(line: Line, house: str) -> str | None:
    """Why an end-mark line is not the house form, or None when it is."""
    text = line.text.strip()
    core = _BOLD.sub("", text).strip()
    plain = core.replace("\\", "")
    if "\\" in core:
        return f"escaped end mark {core!r}: write {house!r}"
    if core != text:
        return f"end mark {text!r} is wrapped in emphasis: write {house!r} plain"
    if plain != house:
        return f"end mark {plain!r} is not the house form {house!r}"
    return None


def _candidate_lines(doc: Document) -> list[int]:
    """Indexes of the lines after the front matter that may hold an end mark, in order.

    Every form either holds a '#', or ends in a dash (`-30-`, `-0-`), or is END, ENDS or
    XXX, which count only as the release's own end mark (the structure's): a search for
    '#' and one for line-ending dashes find them all, without a test per line.
    """
    text = doc.text
    found: set[int] = set()
    at = text.find("#", doc.body_start)
    while at >= 0:
        found.add(doc.line_index(at))
        at = text.find("\n", at)  # (the next line: one '#' is enough)
        at = text.find("#", at) if at >= 0 else -1
    found.update(
        doc.line_index(dash.start()) for dash in _DASH_ENDED.finditer(text, doc.body_start)
    )
    if doc.structure.end_mark is not None:
        found.add(doc.structure.end_mark.index)
    first = doc.body_start_line
    return sorted(index for index in found if index >= first)


def _first_index(block: Block) -> int:
    return block.lines[0].index


def _is_end_mark(doc: Document, line: Line) -> bool:
    """Whether the structure analysis takes this line for the release's end mark."""
    end_mark = doc.structure.end_mark
    return end_mark is not None and end_mark.index == line.index


class EndMarkFormat(Rule):
    name = "end-mark-format"
    code = "PR502"
    summary = "End mark not in the house form (###) or not alone on its line"
    severity = Severity.WARNING
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "end-mark": Option(
            "###", "The house end mark, e.g. '###' or '-30-'; other end marks are reported."
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        house = str(ctx["end-mark"]).strip() or "###"
        first = doc.body_start_line
        blocks = doc.blocks
        for index in _candidate_lines(doc):
            line = doc.lines[index]
            block = blocks[bisect_right(blocks, index, key=_first_index) - 1]
            if block.kind in ("verbatim", "comment", "table"):
                continue
            text = line.text
            if not text.rstrip(" \t*_").endswith(_ENDINGS):  # (every form ends in one)
                continue
            mark = (
                END_MARK.fullmatch(text)
                if len(text) <= 40 and text.lstrip(" \t*_\\")[:1] in ("#", "-", "E", "X")
                else None
            )
            if mark:
                if line.index <= first or (
                    _AMBIGUOUS.fullmatch(mark.group("mark").strip()) and not _is_end_mark(doc, line)
                ):
                    continue
                message = _describe(line, house)
                if message:
                    fix = Fix.safe(
                        Edit(line.start, line.end, house),
                        description=f"write the end mark as {house!r}",
                    )
                    start = line.start + len(line.text) - len(line.text.lstrip())
                    end = line.start + len(line.text.rstrip())
                    yield self.diagnostic(start, end, message, fix)
                continue
            yield from self._trailing(doc, block.kind, line, house)

    def _trailing(self, doc: Document, kind: str, line: Line, house: str) -> Iterator[Diagnostic]:
        if kind == "heading" or (doc.is_markdown and _MD_HEADING.match(line.text)):
            return
        if line.text.rstrip(" \t*_")[-1:] not in ("#", "-"):
            return
        match = _TRAILING.search(line.text, max(0, len(line.text) - 40))
        if match is None:
            return
        mark = match.group("mark").strip()
        start = line.start + match.start("mark")
        cut = line.start + match.end("before")
        fix = Fix.safe(
            Edit(cut, line.end, f"\n\n{house}"),
            description=f"put the end mark {house!r} on a line of its own",
        )
        yield self.diagnostic(
            start,
            line.end,
            f"end mark {mark!r} is not alone on its line: put {house!r} on a line of its own",
            fix,
        )
