"""Release body after the end mark.

What it does:
    Reports release body that comes after the end mark (`###`, `-30-`, ...): a paragraph
    that opens with a dateline, or a quotation of a full sentence attributed with
    `said`/`says`/`added`/`stated`. It is deliberately conservative: boilerplate ("About
    ..." sections) and contact details after the end mark are accepted by default
    (option `allow`: "boilerplate", "contacts"; remove an entry to report that material
    too), and site chrome in scraped pages (navigation, "Latest posts", footers) and the
    archive footer after a Markdown `---` rule are never reported. One finding per
    release, at the first such paragraph.

Why it matters:
    Editors stop at the end mark: a quote or a paragraph below it is lost, or printed as
    part of the boilerplate. The end mark belongs after the last body paragraph.

Example:
    Flagged:   ###
               “We are delighted,” said Jane Doe, chief executive of Acme.
    Fine:      ###
               About Acme
               Acme makes widgets.

Fix:
    None: move the end mark (or the paragraph) by hand.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import islice
from typing import ClassVar

from prlint.rules._formatting import matches_at, occurrences

from prlint.dateline import parse_dateline
from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Block, Document, Line
from prlint.rule import Context, Option, Rule
from prlint.structure import looks_like_contact

_QUOTE = re.compile(r"[“\"](?P<inner>[^”\"\n]{40,600}?)[”\"]")
_SAID = re.compile(r"\b(?:said|says|added|stated|explained|noted|commented)\b")
_ABOUT = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__|\*|_)?[ \t]*About[ \t]+\S", re.IGNORECASE)
_CONTACT = re.compile(
    r"[ \t*_]*(?:(?:media|press|investor)[ \t]+)?(?:contacts?|inquiries|enquiries)\b"
    r"|[ \t*_]*for[ \t]+(?:further|more|media)[ \t]+information",
    re.IGNORECASE,
)


class ContentAfterEndMark(Rule):
    name = "content-after-end-mark"
    code = "PR503"
    summary = "Release body (quotes, datelined paragraphs) after the end mark"
    severity = Severity.WARNING
    options: ClassVar[dict[str, Option]] = {
        "allow": Option(
            ["boilerplate", "contacts"],
            "What may follow the end mark: 'boilerplate' (About ... sections), 'contacts'.",
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        end = doc.structure.end_mark
        if end is None:
            return
        allow = set(ctx["allow"])
        report_contacts = "contacts" not in allow
        found: list[tuple[int, int, str]] = []
        section = ""  # "about" or "contact" while inside such a section
        blocks = doc.blocks
        after = bisect_right(blocks, end.index, key=_last_index)  # the first block past the mark
        for block in islice(blocks, after, None):
            lines = block.lines
            if lines[0].index <= end.index:  # the block holding the end mark: what follows it
                lines = lines[end.index + 1 - lines[0].index :]
            first = lines[0].text
            if first.strip() == "---" and doc.is_markdown:
                break  # the archive footer of converted wire copy
            if _ABOUT.match(first):
                section = "about"
            elif _CONTACT.match(first):
                section = "contact"
            elif block.kind == "heading":
                section = ""
            if section == "about":
                if "boilerplate" not in allow:
                    found.append((lines[0].start, lines[0].end, "boilerplate ('About ...')"))
                continue
            if section == "contact":
                if report_contacts:
                    found.append((lines[0].start, lines[0].end, "contact details"))
                continue
            if report_contacts:
                if _contact_like(doc, lines):
                    found.append((lines[0].start, lines[0].end, "contact details"))
                    continue
                body = _body(doc, lines)
            else:  # (contact details pass: the costly contact test only for release body)
                body = _body(doc, lines)
                if body is not None and _contact_like(doc, lines):
                    continue
            if body is not None:
                found.append(body)
        if not found:
            return
        start, stop, what = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        yield self.diagnostic(
            start,
            stop,
            f"{what} after the end mark on line {end.number}{more}; the end mark belongs "
            "after the last paragraph of the release",
        )


def _last_index(block: Block) -> int:
    return block.lines[-1].index


def _contact_like(doc: Document, lines: tuple[Line, ...]) -> bool:
    start = lines[0].start
    return looks_like_contact(doc.text[start : min(lines[-1].end, start + 300)])


def _body(doc: Document, lines: tuple[Line, ...]) -> tuple[int, int, str] | None:
    """A datelined paragraph or an attributed quotation among these lines."""
    for line in lines:
        indent = len(line.text) - len(line.text.lstrip())
        if parse_dateline(doc.text, line.start + indent) is not None:
            return line.start + indent, line.end, "a datelined paragraph"
    text = doc.text[lines[0].start : lines[-1].end]
    if "“" not in text and '"' not in text:
        return None
    # (tried only at the opening marks: a regex scan would test every character)
    opening = sorted([*occurrences(text, "“"), *occurrences(text, '"')])
    for quote in matches_at(_QUOTE, text, opening):
        if len(quote.group("inner").split()) < 8:
            continue
        around = text[max(0, quote.start() - 80) : quote.end() + 80]
        if _SAID.search(around):
            start = lines[0].start + quote.start()
            return start, doc.line_at(start).end, "an attributed quotation"
    return None
