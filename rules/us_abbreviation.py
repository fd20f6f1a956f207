"""`US` or `USA` in body text where AP style writes `U.S.`

What it does:
    Reports `US` and `the USA` in sentences of body text and offers `U.S.` (AP style:
    `U.S.` in body text, `US` in headlines). Documented substitutions of form, made by
    the fix: `US` → `U.S.` and `USA` → `U.S.` (a sentence-ending period is not doubled:
    `in the USA.` → `in the U.S.`).
    Left alone: headlines, titles and all-caps lines (`CONTACT US`, `JOIN US`), `us` as
    a pronoun after an all-caps word, money and codes (`US$`, `US $`, `USD`), routes
    (`US-1`, `US 101`), URLs and email addresses, and names: `USA` is changed only after
    `the` and not before a capitalised word (`USA Today`, `Team USA`, `Acme USA`,
    `Georgia Tech, USA` stay), `US` not after a capitalised name (`Amazon US`) nor in the
    names listed in the `keep` option (`US Airways`, `US Foods`...).

Why it matters:
    AP style, which most newsrooms follow, abbreviates United States as `U.S.` in text;
    mixing `US`, `USA` and `U.S.` in one release reads as careless.

Example:
    Flagged:   Sales across the US rose 4%.
    Flagged:   migration in the USA, in Central America and Mexico
    Fine:      Sales across the U.S. rose 4%.
    Fine:      The event is sanctioned by USA Pickleball.

Fix:
    Safe: replace with `U.S.` (a documented substitution of form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.rules._formatting import (
    block_lines_with,
    is_all_caps,
    is_chrome,
    is_headline_like,
    protected,
)

from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document
from prlint.rule import Context, Option, Rule

_US = re.compile(r"(?<![\w$./@#&+-])(?P<word>USA|US)(?![\w@$/&+-]|\.\w|'[A-Za-z]{2})")
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'’.&-]{0,40})[\s,]{0,3}$")
_PREVIOUS_REACH = 44  # the longest _PREVIOUS_WORD match: a word of 41 characters, 3 after it
_NEXT = re.compile(r"\s{0,3}(\S{0,40})")
_MONEY_OR_ROUTE = re.compile(r"[ \t]?(?:\$|\d)")
_THE = re.compile(r"\b[Tt]he[ \t]+$")
# Capitalised words that may come before US/USA without making it part of a name.
_FUNCTION_WORDS = frozenset(
    [
        "The",
        "In",
        "Across",
        "Throughout",
        "From",
        "For",
        "To",
        "With",
        "And",
        "Of",
        "On",
        "By",
        "At",
        "Both",
        "All",
        "Entire",
        "Within",
        "Outside",
        "Inside",
        "Into",
        "Than",
        "Between",
        "Against",
        "Including",
        "Like",
        "Unlike",
        "Only",
        "Our",
        "While",
        "When",
        "Where",
        "Whereas",
        "Although",
        "Because",
        "Since",
        "Before",
        "After",
        "Once",
        "As",
        "If",
        "Or",
        "But",
        "Nor",
    ]
)


class USAbbreviation(Rule):
    name = "us-abbreviation"
    code = "PR603"
    summary = "`US`/`USA` in body text; AP style writes `U.S.`"
    severity = Severity.INFO
    fix_safety = "safe"
    options: ClassVar[dict[str, Option]] = {
        "keep": Option(
            ["US Airways", "US Foods", "US Weekly", "USA Today", "USA TODAY"],
            "Names written with US or USA that must be kept as they are.",
        ),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.text
        found = block_lines_with(doc, ("US",))
        if not found:
            return
        keep = [re.escape(name) for name in ctx["keep"] if name]
        kept = re.compile(r"\b(?:" + "|".join(keep) + r")\b") if keep else None
        for block, line in found:
            matches = list(_US.finditer(line.text))  # (the cheapest test first)
            if not matches:
                continue
            if not block.is_prose or is_headline_like(doc, line) or is_chrome(doc, block):
                continue
            for match in matches:
                start, end = line.start + match.start(), line.start + match.end()
                if protected(doc).covers(start, end):
                    continue
                if kept is not None and any(
                    m.start() <= match.start() < m.end() for m in kept.finditer(line.text)
                ):
                    continue
                if not self._is_country(line.text, match):
                    continue
                word = match.group("word")
                replacement = "U.S" if text.startswith(".", end) else "U.S."
                yield self.diagnostic(
                    start,
                    end,
                    f"{word!r} in body text; AP style writes 'U.S.'",
                    Fix.safe(Edit(start, end, replacement), description=f"{word} → U.S."),
                )

    @staticmethod
    def _is_country(line: str, match: re.Match[str]) -> bool:
        word = match.group("word")
        before = line[: match.start()]
        after = line[match.end() :]
        if _MONEY_OR_ROUTE.match(after):
            return False  # US$ 5, US $ 1.5 billion, US 101
        # (searched for only where it can start: from every letter of a long line, the
        # search would try up to 40 word characters before failing)
        previous = _PREVIOUS_WORD.search(before, max(0, len(before) - _PREVIOUS_REACH))
        next_word = _NEXT.match(after)
        following = next_word.group(1) if next_word else ""
        if previous is not None:
            prev = previous.group(1).rstrip(".")
            if is_all_caps(prev) or (len(prev) >= 2 and prev.isupper()):
                return False  # JOIN US, CONTACT US: the pronoun in capitals
            if (
                prev[:1].isupper()
                and prev not in _FUNCTION_WORDS
                and not re.search(r"[.!?][\"”’')]*\s*$", before)
            ):
                return False  # Amazon US, Team USA, Acme USA: part of a name
        if word == "USA":
            if not _THE.search(before):
                return False  # Georgia Institute of Technology, USA; made in USA
            if following[:1].isupper():
                return False  # USA Pickleball, USA Today
        return True
