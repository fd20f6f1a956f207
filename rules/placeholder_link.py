"""Links that point nowhere.

What it does:
    Flags links left as placeholders: `[text](#)`, `[text]()`, a bare `(#)` after link
    text, `#link-todo` anchors, and URLs on the reserved `example.com`, `example.org` and
    `example.net` domains. Plain text and Markdown are both checked.

Why it matters:
    A placeholder link that ships makes the release's key resource unreachable, and
    journalists notice. It is the most common draft residue in published releases.

Example:
    Flagged:   Read the [full report](#).
    Flagged:   See https://www.example.com/report for details.
    Fine:      Read the [full report](https://acme.org/report).
    Fine:      Email press@example.com (an address, reported by placeholder-contact).

Fix:
    None. The right URL is not something prlint can know.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule

_PATTERNS = re.compile(
    r"(?P<md>\[(?P<text>[^\[\]\n]{0,300})\]\([ \t]*(?P<target>#?|#link-todo|LINK|link)[ \t]*\))"
    r"|(?P<bare>\(#\))"
    r"|(?P<anchor>#link-todo\b)"
    r"|(?P<url>(?<![@\w.-])(?:https?://|www\.)(?:[\w-]+\.)*example\.(?:com|org|net)\b[^\s)\]>]*)"
)


class PlaceholderLink(Rule):
    name = "placeholder-link"
    code = "PR506"
    summary = "Link that points nowhere: [text](#), (#), #link-todo or example.com"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for match in _PATTERNS.finditer(doc.text, doc.body_start):
            if match.group("md"):
                text = match.group("text").strip()
                label = f"link {text!r}" if text else "link with no text"
                target = match.group("target") or "nothing"
                message = f"placeholder {label} points to {target!r}"
            elif match.group("bare"):
                message = "placeholder link target '(#)'"
            elif match.group("anchor"):
                message = "placeholder anchor '#link-todo'"
            else:
                message = f"placeholder URL on a reserved example domain: {match.group('url')}"
            yield self.diagnostic(match.start(), match.end(), message)
