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

from prlint.rules._formatting import matches_at, occurrences

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule

# Targets of a Markdown link that are not a destination.
_STAND_IN = r"(?:(?:insert|add)[ _-]?(?:the[ _-]?)?)?(?:hyper)?(?:link|url)(?:[ _-]?here)?"
_MD_TARGET = r"#?|#link-todo|" + _STAND_IN + r"|https?://(?:www\.?)?|www\.?|tbd|tk|todo|xx+"
_PLACEHOLDER_DOMAIN = (
    r"(?:[\w-]+\.)*example\.(?:com|org|net)"
    r"|(?:[\w-]+\.)*your-?(?:company|website|site|domain|organi[sz]ation|url|link)\.com"
)

# One small regex per form, each starting with a literal: it is tried only where a
# substring search finds that literal (far cheaper than a regex scan of the release; the
# whole rule set has a tight time budget).
_MD = re.compile(
    r"\[(?P<text>[^\[\]\n]{0,300})\]\([ \t]*(?P<target>(?i:" + _MD_TARGET + r"))[ \t]*\)"
)
_LITERALS = (("(#)", "placeholder link target '(#)'"), ("#link-todo", None))
_DOMAINS = (  # (gate, pattern): the pattern runs only on text holding its gate
    ("example.", re.compile(r"example\.(?:com|org|net)\b")),
    (
        "your",
        re.compile(r"your-?(?:company|website|site|domain|organi[sz]ation|url|link)\.com\b"),
    ),
    ("www.", re.compile(r"www\.(?:company|website|domain|url|link)\.com\b")),
)
# What may precede a placeholder domain in the same URL: scheme, `www.`, subdomains.
_URL_HEAD = re.compile(r"(?:https?://)?(?:[\w-]{1,63}\.){0,6}$")
_URL_TAIL = re.compile(r"(?:[^\s)\]>]*[^\s)\]>.,;:!?'\"”’])?")
_SCHEME = re.compile(r"https?://(?:www\.?)?")
# A scheme with no host: `http://` followed by space, closing punctuation or the end.
_NOTHING_AFTER = re.compile(r"(?=[\s)\]>\"'”’,;]|\.(?:\s|$)|$)")
_SLASH = re.compile(r"/(?:LINK|URL)\b(?![/.\w])")
# `[LINK]`, `[INSERT URL HERE]`, `<link>`, `{{url}}`, `(URL)`: a bracketed stand-in, not
# Markdown link text (`[Link](https://…)`) or a reference (`[link][1]`).
_BRACKETS = (  # (the opening character, the pattern)
    ("[", re.compile(r"\[[ \t]*(?i:" + _STAND_IN + r")[ \t]*\](?![(\[:])")),
    ("<", re.compile(r"<[ \t]*(?i:" + _STAND_IN + r")[ \t]*>")),
    ("{", re.compile(r"\{\{?[ \t]*(?i:" + _STAND_IN + r")[ \t]*\}\}?")),
    ("(", re.compile(r"\((?:INSERT[ ]|ADD[ ])?(?:LINK|URL|link|url)(?:[ ]HERE|[ ]here)?\)")),
)
_CAPS = re.compile(
    r"\b(?:(?:INSERT|ADD)(?:[ ]THE|[ ]A)?[ ](?:HYPER)?(?:LINK|URL)(?:[ ]HERE)?"
    r"|(?:LINK|URL)[ ]HERE)\b"
)
# `(URL)` as the abbreviation of a web address is prose, not a placeholder.
_URL_DEFINED = re.compile(r"(?i)(?:address|locator|link|web)[ \t]*$")


def _in_lines_with(
    pattern: re.Pattern[str], text: str, start: int, needles: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, start)` for a pattern whose matches never cross a line and
    always hold one of `needles`: only the lines holding a needle are searched (the pattern
    opens with a word boundary, which a scan of the whole text would try everywhere)."""
    spans: set[tuple[int, int]] = set()
    for needle in needles:
        at = text.find(needle, start)
        while at >= 0:
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            spans.add((max(start, text.rfind("\n", 0, at) + 1), line_end))
            at = text.find(needle, line_end)
    for line_start, line_end in sorted(spans):
        yield from pattern.finditer(text, line_start, line_end)


def _candidates(text: str, start: int) -> Iterator[tuple[int, int, str]]:
    for match in matches_at(_MD, text, occurrences(text, "[", start)):
        label_text = match.group("text").strip()
        label = f"link {label_text!r}" if label_text else "link with no text"
        target = match.group("target") or "nothing"
        yield match.start(), match.end(), f"placeholder {label} points to {target!r}"
    for literal, message in _LITERALS if "#" in text else ():
        at = text.find(literal, start)
        while at >= 0:
            end = at + len(literal)
            if literal != "#link-todo" or end == len(text) or not text[end].isalnum():
                yield at, end, message or f"placeholder anchor {literal!r}"
            at = text.find(literal, end)
    for gate, pattern in _DOMAINS:
        for match in matches_at(pattern, text, occurrences(text, gate, start)):
            line_start = text.rfind("\n", 0, match.start()) + 1
            head = _URL_HEAD.search(text, max(line_start, match.start() - 300), match.start())
            begin = head.start() if head else match.start()
            if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "@_.-"):
                continue
            tail = _URL_TAIL.match(text, match.end())
            end = tail.end() if tail else match.end()
            url = text[begin:end]
            kind = "a reserved example domain" if "example." in url else "a stand-in domain"
            yield begin, end, f"placeholder URL on {kind}: {url}"
    # (_SCHEME starts with http or https: 4 or 5 characters before its `://`)
    schemes = (at - back for at in occurrences(text, "://", start) for back in (5, 4))
    for match in matches_at(_SCHEME, text, (at for at in schemes if at >= start)):
        before = text[match.start() - 1] if match.start() else " "
        if before.isalnum() or before in "_/" or not _NOTHING_AFTER.match(text, match.end()):
            continue
        yield match.start(), match.end(), f"link {match.group(0)!r} has no address after it"
    capitals = "LINK" in text or "URL" in text
    if capitals and ("/LINK" in text or "/URL" in text):
        for match in _SLASH.finditer(text, start):
            before = text[match.start() - 1] if match.start() else " "
            if not (before.isalnum() or before in "_/"):
                yield match.start(), match.end(), _stand_in_message(match.group(0))
    for opening, pattern in _BRACKETS:
        for match in matches_at(pattern, text, occurrences(text, opening, start)):
            found = match.group(0)
            if found.startswith("(") and (
                text.endswith("](", 0, match.start() + 1)
                or _URL_DEFINED.search(text, max(0, match.start() - 30), match.start())
            ):
                continue
            yield match.start(), match.end(), _stand_in_message(found)
    if capitals:
        for match in _in_lines_with(_CAPS, text, start, ("LINK", "URL")):
            yield match.start(), match.end(), _stand_in_message(match.group(0))


def _stand_in_message(found: str) -> str:
    return f"placeholder link {found!r} where the URL should be"


def placeholder_links(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, message) of every placeholder link; draft-marker leaves these spans alone.
    Found once per document."""
    cached = doc.__dict__.get("_prlint_placeholder_links")
    if cached is not None:
        return list(cached)
    found = sorted(_candidates(doc.text, doc.body_start), key=lambda c: (c[0], -c[1]))
    kept: list[tuple[int, int, str]] = []
    for candidate in found:
        if not kept or candidate[0] >= kept[-1][1]:
            kept.append(candidate)
    doc.__dict__["_prlint_placeholder_links"] = kept
    return list(kept)


class PlaceholderLink(Rule):
    name = "placeholder-link"
    code = "PR506"
    summary = "Link that points nowhere: [text](#), /LINK, [URL], https:// or example.com"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for start, end, message in placeholder_links(doc):
            yield self.diagnostic(start, end, message)
