"""No release line at the top of the release.

What it does:
    Reports a release whose top has no release line: `FOR IMMEDIATE RELEASE`, an embargo
    line (`EMBARGOED UNTIL ...`) or a label such as `MEDIA RELEASE`, `NEWS RELEASE`,
    `PRESS RELEASE` or `MEDIA ADVISORY` (option `labels`). "The top" is the first 25
    non-blank lines after any front matter, up to the first paragraph of running text,
    so a date, a logo or letterhead line, a `Case #` line, a contact block or a scraped
    page's navigation may come first. Leading blank lines, a byte-order mark, YAML front
    matter and Markdown bold, italics or heading markers do not hide a release line, and
    `For Immediate Release: <headline>` run onto the headline still counts (its form is
    `release-line-format`'s business).

Why it matters:
    The release line tells an editor at a glance whether the story can run now or must
    wait; without it, an embargoed story can be published early or a live one held.
    Wire services take the release time in their order form instead, so the house style
    `wire` turns this rule off (option `required`).

Example:
    Flagged:   Acme Opens Plant in Ohio          (the first line of the release)
               CLEVELAND, Ohio — Acme said ...
    Fine:      FOR IMMEDIATE RELEASE
               Acme Opens Plant in Ohio
    Fine:      **MEDIA RELEASE**                  (a configured label)

Fix:
    None: whether the release is immediate or embargoed is the writer's decision. Add
    `FOR IMMEDIATE RELEASE` or an embargo line with date, time and zone above the headline.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.release_line import DEFAULT_LABELS, find_release_lines, release_line_at_top
from prlint.rule import Context, Option, Rule


class MissingReleaseLine(Rule):
    name = "missing-release-line"
    code = "PR101"
    summary = "No FOR IMMEDIATE RELEASE, embargo line or release label at the top"
    severity = Severity.ERROR
    options: ClassVar[dict[str, Option]] = {
        "required": Option(
            True,
            "Whether a release line is required (wire copy usually has none).",
            styles={"wire": False},
        ),
        "labels": Option(
            list(DEFAULT_LABELS),
            "Labels that serve as a release line, matched in any case as a whole line.",
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not ctx["required"]:
            return
        first = next((ln for ln in doc.lines[doc.body_start_line :] if not ln.is_blank), None)
        if first is None:
            return
        labels = ctx["labels"]
        found = find_release_lines(doc, labels)
        if release_line_at_top(doc, labels, found) is not None:
            return
        indent = len(first.text) - len(first.text.lstrip())
        lower = next((r for r in found if r.kind != "label" and not r.in_top), None)
        if lower is not None:
            message = (
                f"the release line ({lower.label!r}) is on line {lower.line.number}, below the "
                "body's start: move it to the top, above the headline"
            )
        else:
            message = (
                "no release line at the top: put FOR IMMEDIATE RELEASE (or an embargo line "
                "with date, time and time zone) above the headline"
            )
        yield self.diagnostic(first.start + indent, first.end, message)
