"""Links that point nowhere.

What it does:
    Flags links left as placeholders, in Markdown and in plain text alike:
    Markdown links whose target is empty, `#`, `#link-todo`, or a stand-in such as `url`,
    `LINK`, `INSERT LINK` or a bare `https://` (`[text](#)`, `[text]()`, `[text](url)`);
    a bare `(#)` after link text; `#link-todo` anchors; `/LINK`; `[LINK]`, `[URL]`,
    `[INSERT LINK]`, `<link>`, `<url>`, `(URL)`, `(LINK)`; `INSERT LINK` / `LINK HERE`
    written in capitals; `http://` or `https://` with nothing after it; and URLs on the
    reserved `example.com`, `example.org` and `example.net` domains or on stand-in domains
    such as `www.yourcompany.com`.

Why it matters:
    A placeholder link that ships makes the release's key resource unreachable, and
    journalists notice. It is the most common draft residue in published releases.

Example:
    Flagged:   Read the [full report](#).
    Flagged:   Register at /LINK by Friday.
    Flagged:   The full report is available at https:// .
    Flagged:   See https://www.example.com/report for details.
    Fine:      Read the [full report](https://acme.org/report).
    Fine:      Type the web address (URL) into your browser.
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

# Targets of a Markdown link that are not a destination.
_STAND_IN = (
    r"(?:(?:insert|add)[ _-]?(?:the[ _-]?)?)?(?:hyper)?(?:link|url)(?:[ _-]?here)?"
)
_MD_TARGET = (
    r"#?|#link-todo|" + _STAND_IN + r"|https?://(?:www\.?)?|www\.?|tbd|tk|todo|xx+"
)
_PLACEHOLDER_DOMAIN = (
    r"(?:[\w-]+\.)*example\.(?:com|org|net)"
    r"|(?:[\w-]+\.)*your-?(?:company|website|site|domain|organi[sz]ation|url|link)\.com"
)

_PATTERNS = re.compile(
    r"(?P<md>\[(?P<text>[^\[\]\n]{0,300})\]\([ \t]*(?P<target>(?i:" + _MD_TARGET + r"))[ \t]*\))"
    r"|(?P<bare>\(#\))"
    r"|(?P<anchor>#link-todo\b)"
    r"|(?P<url>(?<![@\w.-])(?:(?:https?://)?(?:www\.)?(?:" + _PLACEHOLDER_DOMAIN + r")"
    r"|(?:https?://)?www\.(?:company|website|domain|url|link)\.com)\b"
    r"(?:[^\s)\]>]*[^\s)\]>.,;:!?'\"”’])?)"
    # A scheme with no host: `http://` followed by space, closing punctuation or the end.
    r"|(?P<empty>(?<![\w/])https?://(?:www\.?)?(?=[\s)\]>\"'”’,;]|\.(?:\s|$)|$))"
    r"|(?P<slash>(?<![\w/])/(?:LINK|URL)\b(?![/.\w]))"
    # `[LINK]`, `[INSERT URL HERE]`, `<link>`, `(URL)`, `{LINK}`: a bracketed stand-in,
    # not Markdown link text (`[Link](https://…)`) or a reference (`[link][1]`).
    r"|(?P<bracket>\[[ \t]*(?i:" + _STAND_IN + r")[ \t]*\](?![(\[:])"
    r"|<[ \t]*(?i:" + _STAND_IN + r")[ \t]*>"
    r"|\{\{?[ \t]*(?i:" + _STAND_IN + r")[ \t]*\}\}?"
    r"|(?<!\]\()\((?:INSERT[ ]|ADD[ ])?(?:LINK|URL|link|url)(?:[ ]HERE|[ ]here)?\))"
    r"|(?P<caps>\b(?:(?:INSERT|ADD)(?:[ ]THE|[ ]A)?[ ](?:HYPER)?(?:LINK|URL)(?:[ ]HERE)?"
    r"|(?:LINK|URL)[ ]HERE)\b)"
)
# `(URL)` as the abbreviation of a web address is prose, not a placeholder.
_URL_DEFINED = re.compile(r"(?i)(?:address|locator|link|web)[ \t]*$")


def placeholder_links(doc: Document) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of every placeholder link; draft-marker leaves these spans alone."""
    text = doc.text
    for match in _PATTERNS.finditer(text, doc.body_start):
        if match.group("md") is not None:
            label_text = match.group("text").strip()
            label = f"link {label_text!r}" if label_text else "link with no text"
            target = match.group("target") or "nothing"
            message = f"placeholder {label} points to {target!r}"
        elif match.group("bare"):
            message = "placeholder link target '(#)'"
        elif match.group("anchor"):
            message = "placeholder anchor '#link-todo'"
        elif match.group("url"):
            message = f"placeholder URL on a reserved example domain: {match.group('url')}"
            if "example." not in match.group("url").lower():
                message = f"placeholder URL on a stand-in domain: {match.group('url')}"
        elif match.group("empty"):
            message = f"link {match.group('empty')!r} has no address after it"
        elif match.group("bracket"):
            found = match.group("bracket")
            before = text[max(0, match.start() - 30) : match.start()]
            if found.startswith("(") and _URL_DEFINED.search(before):
                continue
            message = f"placeholder link {found!r} where the URL should be"
        else:
            message = f"placeholder link {match.group(0)!r} where the URL should be"
        yield match.start(), match.end(), message


class PlaceholderLink(Rule):
    name = "placeholder-link"
    code = "PR506"
    summary = "Link that points nowhere: [text](#), /LINK, [URL], https:// or example.com"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for start, end, message in placeholder_links(doc):
            yield self.diagnostic(start, end, message)
