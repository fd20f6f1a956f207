"""The parts of a release, found once per document: release line, contacts, headline,
dateline, body, end mark and boilerplate.

Rules ask `doc.structure` instead of re-scanning the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prlint.document import Block, Document, Line

# Any line that, alone, closes a release: ###, # # #, #, #####, -30-, -0-, END(S), XXX,
# with optional Markdown bold or backslash escapes around it.
END_MARK = re.compile(
    r"[ \t]*(?:\*\*|__)?[ \t]*"
    r"(?P<mark>(?:\\?#[ \t]?){1,5}|-[ \t]?30[ \t]?-|-[ \t]?0[ \t]?-|ENDS?|XXX)"
    r"[ \t]*(?:\*\*|__)?[ \t]*"
)


@dataclass
class Structure:
    end_mark: Line | None = None
    release_lines: list[Line] = field(default_factory=list)
    date_line: Line | None = None
    contacts: list[Block] = field(default_factory=list)
    headline: Block | None = None
    subheadline: Block | None = None
    dateline: tuple[int, int] | None = None  # offsets of the dateline text
    body: list[Block] = field(default_factory=list)
    boilerplate: list[Block] = field(default_factory=list)


def find_end_mark(doc: Document) -> Line | None:
    """The last line that is an end mark alone, after the top of the release."""
    for block in reversed(doc.blocks):
        for line in reversed(block.lines):
            if END_MARK.fullmatch(line.text) and line.index > doc.body_start_line:
                return line
    return None


def analyse(doc: Document) -> Structure:
    return Structure(end_mark=find_end_mark(doc))
