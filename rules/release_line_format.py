"""A release line not in the house form.

What it does:
    Checks the `FOR IMMEDIATE RELEASE` line at the top of the release against the house
    form (option `form`, default `FOR IMMEDIATE RELEASE`) and reports a trailing colon or
    other punctuation, the wrong case (`For Immediate Release`, `for immediate release`),
    doubled spaces inside it, and other text run onto it (`FOR IMMEDIATE RELEASE: June 8,
    2021`, or the headline on the same line as in PDF releases). Markdown bold, italics or
    a heading marker around the line are fine. When a scraped page repeats the line (the
    page title, the post title, then the release itself), only the last one, the
    release's own, is checked.

    Embargo lines are left alone: their wording varies by house (`Embargoed until`,
    `EMBARGO:`, `Under strict embargo:`) and what matters in them, date, time and zone,
    is checked by `embargo-incomplete`, `embargo-inconsistent` and
    `embargo-ambiguous-time`. Labels such as `MEDIA RELEASE` are left alone too.

Why it matters:
    Editors scan for the release line in its usual form; a line that also carries the
    date or the headline is easy to misread, and an inconsistent form looks careless.

Example:
    Flagged:   FOR IMMEDIATE RELEASE:
    Flagged:   For Immediate Release: Jury Sentences Ponzi Scheme Criminal to 79 Years
    Fine:      FOR IMMEDIATE RELEASE
    Fine:      **FOR IMMEDIATE RELEASE**

Fix:
    Safe: rewrites the line in the house form, keeping every word: the colon goes, the
    case is corrected, and any text run onto the line moves to a line of its own (a new
    paragraph in Markdown).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document
from prlint.release_line import find_release_lines
from prlint.rule import Context, Option, Rule

_TAIL = re.compile(
    r"(?P<punct>[ \t]*+[:.;,\-–—]+)?(?P<close>[ \t]*+[*_]{1,3}(?![*_]))?"
    r"(?P<space>[ \t]*+)(?P<rest>.*)"
)
_OPEN_MARK = re.compile(r"[ \t]*+(?:#{1,6}[ \t]++|>[ \t]*+)*+(?P<mark>[*_]{1,3})?")


class ReleaseLineFormat(Rule):
    name = "release-line-format"
    code = "PR102"
    summary = "Release line not in the house form (FOR IMMEDIATE RELEASE, alone, no colon)"
    severity = Severity.WARNING
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "form": Option("FOR IMMEDIATE RELEASE", "The house form of the immediate-release line."),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        form: str = ctx["form"]
        immediate = [r for r in find_release_lines(doc) if r.kind == "immediate" and r.in_top]
        if not immediate or not form.strip():
            return
        release = immediate[-1]
        line = release.line
        label = release.label
        tail = _TAIL.match(line.text, release.end - line.start)
        if tail is None:  # pragma: no cover - the pattern matches any text
            return
        problems: list[str] = []
        edits: list[Edit] = []
        if label != form:
            if re.sub(r"\s+", " ", label) == form:
                problems.append("doubled spaces")
            elif (
                label.lower() == form.lower() or re.sub(r"\s+", " ", label).lower() == form.lower()
            ):
                problems.append(f"wrong case ({label!r})")
            else:
                problems.append(f"not worded as {form!r}")
            edits.append(Edit(release.start, release.end, form))
        punct = tail.group("punct")
        rest = tail.group("rest").rstrip()
        close = (tail.group("close") or "").strip()
        opening = _OPEN_MARK.match(line.text)
        mark = (opening.group("mark") or "") if opening else ""
        if punct and punct.strip():
            name = "colon" if punct.strip() == ":" else f"punctuation {punct.strip()!r}"
            problems.append(f"trailing {name}")
            if not rest:
                edits.append(
                    Edit(line.start + tail.start("punct"), line.start + tail.end("punct"), "")
                )
        if rest:
            problems.append("other text run onto it (it belongs on its own line)")
            newline = "\n\n" if doc.is_markdown else "\n"
            # **FOR IMMEDIATE RELEASE: June 8, 2021** keeps both halves in bold.
            wrapped = bool(mark) and not close and rest.endswith(mark)
            replacement = close + (mark if wrapped else "") + newline + (mark if wrapped else "")
            edits.append(
                Edit(line.start + tail.start("punct" if punct else "close" if close else "space"),
                     line.start + tail.start("rest"), replacement)
            )  # fmt: skip
        if not problems:
            return
        end = line.start + (
            tail.start("rest")
            if rest
            else tail.end("close")
            if close
            else tail.end("punct")
            if punct
            else release.end - line.start
        )
        message = f"release line is not in the house form {form!r}: " + "; ".join(problems)
        description = f"rewrite as {form!r}" + (", moving the rest to its own line" if rest else "")
        yield self.diagnostic(
            release.start, max(end, release.end), message, Fix.safe(*edits, description=description)
        )
