"""Run the selected rules over one document and apply suppressions."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from prlint import suppression
from prlint.config import Config
from prlint.diagnostics import Diagnostic
from prlint.document import Document
from prlint.prose import non_prose_blocks

UNUSED_SUPPRESSION = "unused-suppression"
# Rules about what the whole document lacks (missing-release-line, missing-contact...).
DOCUMENT_LEVEL_PREFIX = "missing-"


class Result:
    """One file's findings, and the errors that kept it from being checked (clear
    messages, never tracebacks).

    (Records in the check path are plain classes: importing `dataclasses` and building
    its classes cost more at every start than checking a release.)
    """

    __slots__ = ("diagnostics", "errors", "path")

    def __init__(
        self,
        path: str,
        diagnostics: list[Diagnostic] | None = None,
        errors: list[str] | None = None,
    ):
        self.path = path
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.errors = [] if errors is None else errors

    def __repr__(self) -> str:
        return f"Result({self.path!r}, {self.diagnostics!r}, errors={self.errors!r})"


def check_document(doc: Document, config: Config, path: Path | None = None) -> Result:
    result = Result(doc.path)
    rules = config.rules_for(path)
    found: list[Diagnostic] = []
    for rule, ctx in rules:
        if rule.name == UNUSED_SUPPRESSION:
            continue
        try:
            found.extend(rule.check(doc, ctx))
        except Exception as exc:  # one broken rule must not hide the others' findings
            result.errors.append(
                f"rule {rule.name} ({rule.code}) failed on this file: "
                f"{type(exc).__name__}: {exc}"
            )
    suppressions = suppression.parse(doc)
    # After the suppressions have seen every finding, so that one written for a finding
    # in code still counts as used.
    kept = _outside_non_prose(doc, suppression.apply(doc, found, suppressions))
    unused_rule = next((pair for pair in rules if pair[0].name == UNUSED_SUPPRESSION), None)
    if unused_rule is not None and suppressions:
        unused = list(_unused_suppressions(unused_rule[0], suppressions, config))
        kept += suppression.apply(doc, unused, [s for s in suppressions if s.kind != "enable"])
    for diagnostic in kept:
        diagnostic.path = doc.path
        diagnostic.start_pos = doc.position(diagnostic.start)
        diagnostic.end_pos = doc.position(diagnostic.end)
        if diagnostic.fix is not None:
            diagnostic.edit_positions = [
                (doc.position(edit.start), doc.position(edit.end)) for edit in diagnostic.fix.edits
            ]
    result.diagnostics = sorted(kept, key=Diagnostic.sort_key)
    return result


def _outside_non_prose(doc: Document, found: list[Diagnostic]) -> list[Diagnostic]:
    """Drop findings that start in code or data (see `prlint.prose`), and fixes that
    would edit it (a paragraph joined to the code block below keeps its finding).

    Findings about the document as a whole, such as a missing release line, stay: they
    are reported at the first or last line, which may well be code.
    """
    spans = non_prose_blocks(doc) if found else []
    if not spans:
        return found
    starts = [start for start, _ in spans]

    def touches(start: int, end: int) -> bool:
        k = bisect_right(starts, end) - 1
        return k >= 0 and start <= spans[k][1]

    kept = []
    for diagnostic in found:
        if touches(diagnostic.start, diagnostic.start) and not diagnostic.rule.startswith(
            DOCUMENT_LEVEL_PREFIX
        ):
            continue
        if diagnostic.fix is not None and any(
            touches(edit.start, edit.end) for edit in diagnostic.fix.edits
        ):
            diagnostic.fix = None
        kept.append(diagnostic)
    return kept


def _unused_suppressions(rule, suppressions, config: Config):
    known = set(config.registry.rules) | {r.code for r in config.registry.rules.values()}
    for item in suppressions:
        for name in item.names:
            if name == UNUSED_SUPPRESSION or name == rule.code:
                continue
            if name != suppression.ALL and name not in known:
                yield rule.diagnostic(
                    item.start, item.end, f"suppression names an unknown rule {name!r}"
                )
            elif name not in item.used:
                what = "any rule" if name == suppression.ALL else name
                yield rule.diagnostic(
                    item.start, item.end, f"this {item.kind} comment suppresses nothing from {what}"
                )
