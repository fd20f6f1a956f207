"""An example prlint plugin: one rule, `exclamation-mark`.

What it does:
    Flags exclamation marks in the body of a release.

Why it matters:
    An exclamation mark reads as hype; newsrooms strip them, and editors notice.

Example:
    Flagged:   We are thrilled to announce our new app!
    Fine:      The company released its new app on Tuesday.

Fix:
    None: rewording is the writer's call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule

_EXCLAMATION = re.compile(r"(?<=\w)!+")


class ExclamationMark(Rule):
    name = "exclamation-mark"
    code = "EX101"
    summary = "Exclamation mark in a release"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for block in doc.blocks:
            if not block.is_prose:
                continue
            for match in _EXCLAMATION.finditer(doc.text, block.start, block.end):
                yield self.diagnostic(match.start(), match.end(), "avoid exclamation marks")
