"""Headline in all capitals, or not in the house case.

What it does:
    Reports a headline written in all capitals (always, unless `allow-all-caps`), and,
    when the option `case` asks for it, a headline not in that case:
    - "sentence" (AP): only the first word and proper nouns capitalised. Because proper
      nouns and acronyms cannot be told apart from title-cased words reliably, it only
      reports a headline in which most words (three in four, and at least four words)
      are capitalised, ignoring the first word, acronyms, words with digits or inner
      capitals (`iPhone`) and short function words;
    - "title" (wire style): every word of four letters or more capitalised; it reports
      a headline with two or more such words in lowercase.
    The default `case` is "any" (AP prefers sentence case, but most real releases use
    title case and flagging them all would be noise); style "wire" selects "title".

Why it matters:
    All-caps headlines read as shouting, are harder to read and are rewritten by every
    editor; a house case applied consistently is the mark of edited copy.

Example:
    Flagged:   FATHER ARRESTED ON WARRANT IN TEXAS FOR ABDUCTING 2 AND 4-YEAR-OLD SONS
    Flagged:   (case = "sentence") Acme Opens Its First Chicago Store Downtown
    Fine:      (case = "sentence") Acme opens its first Chicago store
    Fine:      (case = "title") Acme Opens Its First Chicago Store

Fix:
    None: recasing needs to know which words are proper nouns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Option, Rule

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
_ASCII_LOWER = re.compile(r"[a-z]")
_NOT_ASCII_LETTERS = bytes(c for c in range(256) if not chr(c).isalpha() or c > 127)
_MINOR = frozenset(
    """a an the and but or for nor on at to from by of in with as vs vs. via per into onto
    up off out over than so yet if is are be its it his her their our your this that""".split()  # noqa: SIM905
)


class HeadlineCase(Rule):
    name = "headline-case"
    code = "PR305"
    summary = "Headline in all capitals, or not in the house case (sentence or title)"
    severity = Severity.WARNING
    options: ClassVar[dict[str, Option]] = {
        "case": Option(
            "any",
            "House case for headlines: 'any', 'sentence' (AP) or 'title' (wires).",
            choices=("any", "sentence", "title"),
            styles={"wire": "title"},
        ),
        "allow-all-caps": Option(False, "Accept headlines written in all capitals."),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        s = doc.structure
        if s.headline_span is None or not s.headline_text:
            return
        text = s.headline_text
        start, end = s.headline_span
        if _all_caps(text):
            if not ctx["allow-all-caps"]:
                yield self.diagnostic(
                    start,
                    end,
                    "headline is in all capitals; write it in "
                    + ("title case" if ctx["case"] == "title" else "sentence case")
                    + " (all caps reads as shouting)",
                )
            return
        if ctx["case"] == "sentence":
            message = _sentence_case_problem(text)
        elif ctx["case"] == "title":
            message = _title_case_problem(text)
        else:
            return
        if message:
            yield self.diagnostic(start, end, message)


def _all_caps(text: str) -> bool:
    """Every letter a capital, in a headline long enough to tell (12 letters, 3 words)."""
    if _ASCII_LOWER.search(text):  # (the usual case, found at once)
        return False
    data = text.encode("ascii", "ignore")
    if len(data) == len(text) or _only_punctuation_outside_ascii(text):
        # (no a-z: its letters are A-Z, all capitals, counted in C instead of one by one)
        letter_count = len(data.translate(None, _NOT_ASCII_LETTERS))
        all_capitals = True
    else:
        letters = list(filter(str.isalpha, text))
        letter_count = len(letters)
        all_capitals = all(map(str.isupper, letters))
    if letter_count < 12 or len([w for w in _WORD.findall(text) if len(w) > 1]) < 3:
        return False
    return all_capitals


def _only_punctuation_outside_ascii(text: str) -> bool:
    """Whether every character outside ASCII is a quotation mark or a dash (no letter)."""
    for mark in "‘’“”–—":
        if mark in text:
            text = text.replace(mark, "")
    return text.isascii()


def _candidates(text: str) -> list[str]:
    """Words whose case says something: not the first word of the headline or of a part
    after a colon, not acronyms, numbers, inner-capital names or function words."""
    out: list[str] = []
    for part in re.split(r"[:?!]\s+|\s[–—-]\s", text):
        for index, word in enumerate(_WORD.findall(part)):
            bare = word.strip(".'’-")
            if index == 0 or len(bare) < 2 or bare.lower() in _MINOR:
                continue
            if bare.isupper() or re.search(r"[a-z][A-Z]", bare):
                continue  # acronym or a name such as iPhone, McDonald
            out.append(bare)
    return out


def _sentence_case_problem(text: str) -> str | None:
    words = _candidates(text)
    capitalised = [w for w in words if w[0].isupper()]
    if len(words) >= 4 and len(capitalised) * 4 >= len(words) * 3:
        return (
            "headline is in title case; the house style (AP) uses sentence case: capitalise "
            "only the first word and proper nouns"
        )
    return None


def _title_case_problem(text: str) -> str | None:
    lower = [w for w in _candidates(text) if w[0].islower() and len(w) >= 4]
    if len(lower) >= 2:
        shown = ", ".join(repr(w) for w in lower[:4])
        return f"headline is not in title case: capitalise {shown}"
    return None
