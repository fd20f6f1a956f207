"""An attribution verb other than the house verb (`said`).

What it does:
    Reports the verb that attributes a quotation when it is a loaded or stilted
    substitute for `said`: stated, exclaimed, commented, shared, noted, remarked,
    explained, emphasized, stressed, observed, declared, proclaimed, affirmed, asserted,
    expressed, highlighted, underscored, indicated, mentioned, pointed out, reflected,
    opined, quipped, gushed, enthused, beamed, relayed, conveyed, articulated, voiced
    (any tense). With the house verb `said` it also reports `says`, and with `says` it
    reports `said`, so one release keeps one tense. Only verbs attached to a quotation
    are checked (`“…,” stated Doe.`, `Doe noted: “…”`), never the same words in
    ordinary sentences.

    Left alone on purpose, because AP accepts them when they are accurate: `added`,
    `continued`, `concluded`, `told`, `wrote`, `asked`, `replied`, `answered`,
    `responded`, `recalled`, `urged`, `warned`, `agreed`, `argued`, `insisted`,
    `confirmed`, `announced`, `acknowledged`, `according to` and plural `say`. A verb
    after an auxiliary (`has stated`) is not reported.

Why it matters:
    `said` is neutral and invisible; `stated`, `exclaimed` or `shared` sound stiff or
    editorialise, and `noted` or `explained` present the speaker's claim as fact. AP
    style, and most newsrooms that will reuse the quote, rewrite them to `said`.

Example:
    Flagged:   “We are proud of this result,” stated Jane Doe.
    Flagged:   “We are proud of this result,” Doe shared.
    Fine:      “We are proud of this result,” said Jane Doe.
    Fine:      “And we are not done,” Doe added.

Fix:
    Unsafe: the verb is replaced by the house verb (option `verb`, `said` or `says`),
    keeping its capital. Unsafe because the writer may have meant the nuance.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from prlint.diagnostics import Diagnostic, Edit, Fix
from prlint.document import Document
from prlint.quotes import model
from prlint.rule import Context, Option, Rule

_STEMS = (
    "stat|exclaim|comment|shar|not|remark|explain|emphasiz|emphasis|stress|observ|declar|"
    "proclaim|affirm|assert|express|highlight|underscor|indicat|mention|reflect|opin|quipp?|"
    "gush|enthus|beam|relay|convey|articulat|voic"
)
_FLAGGED = re.compile(rf"(?:{_STEMS})(?:ed|d|es|s|e)?|points? out|pointed out", re.IGNORECASE)
_SAID_FORMS = {"said": "said", "says": "says"}
# A document "states" or "notes" what it says: the AP advice is about people.
_DOCUMENT_WORDS = (
    "report|statement|letter|study|document|law|bill|act|website|policy|survey|release|"
    "paper|order|ruling|decision|complaint|indictment|affidavit|lawsuit|analysis|data|"
    "guidance|guidelines|plan|strategy"
)
_DOCUMENT = re.compile(rf"\b(?:{_DOCUMENT_WORDS})\b")
# Each of those words, when `_DOCUMENT` finds it, is a whole run of `a`-`z` letters: a
# speaker none of whose runs is one (a name, most of the time) needs no regex search.
_DOCUMENT_RUNS = frozenset(word.encode() for word in _DOCUMENT_WORDS.split("|"))
_NOT_LOWER = bytes(b if 97 <= b <= 122 else 32 for b in range(256))  # `a`-`z` kept


def _names_document(speaker: str) -> bool:
    """Whether `_DOCUMENT` matches in `speaker`."""
    runs = speaker.encode("ascii", "replace").translate(_NOT_LOWER).split()
    return not _DOCUMENT_RUNS.isdisjoint(runs) and _DOCUMENT.search(speaker) is not None


class AttributionVerb(Rule):
    name = "attribution-verb"
    code = "PR404"
    summary = "Attribution verb other than the house verb (said)"
    fix_safety = "unsafe"
    options: ClassVar[dict[str, Option]] = {
        "verb": Option("said", "The house attribution verb.", choices=("said", "says")),
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        house = ctx["verb"]
        for attribution in model(doc).attributions:
            if attribution.has_auxiliary:
                continue
            if attribution.speaker and _names_document(attribution.speaker):
                continue
            verb = attribution.verb
            lower = " ".join(verb.lower().split())
            if lower in _SAID_FORMS:
                if lower == house:
                    continue
            elif not _FLAGGED.fullmatch(lower):
                continue
            replacement = house.capitalize() if verb[:1].isupper() else house
            fix = Fix.unsafe(
                Edit(attribution.verb_start, attribution.verb_end, replacement),
                description=f"replace {verb!r} with {replacement!r}",
            )
            yield self.diagnostic(
                attribution.verb_start,
                attribution.verb_end,
                f"attribution verb {verb!r}: use the house verb {house!r}",
                fix,
            )
