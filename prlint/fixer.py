"""Apply the fixes rules offer, until nothing changes (`prlint fix`).

The fixer works on the newline-normalised text of a release (`Document.text`):

* each pass checks the text with the selected rules and collects the fixes they offer
  (safe ones, and unsafe ones only when asked);
* fixes are sorted by position and accepted greedily: a fix whose edits overlap an
  already accepted edit is dropped for this pass (the rule offers it again next pass,
  against the new text); a fix's edits are applied together or not at all;
* passes repeat until no fix changes anything, at most `MAX_PASSES` times. A text that
  still changes after that (or that comes back to an earlier state) has not converged:
  the caller must leave that file untouched and report it;
* the result is checked once more, and the remaining findings are reported like `check`.

Reading and writing files faithfully (encoding, BOM, line endings, atomic replace) is
`prlint.source`'s job; `fix_source` ties the two together.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from prlint.config import Config
from prlint.diagnostics import Applicability, Diagnostic, Edit, Fix
from prlint.document import Document
from prlint.engine import Result, check_document
from prlint.source import Source

MAX_PASSES = 10


@dataclass(frozen=True)
class AppliedFix:
    """One fix the fixer applied: which rule, where (in the text it applied to), what."""

    rule: str
    code: str
    line: int
    message: str
    applicability: Applicability
    description: str = ""


@dataclass
class FixOutcome:
    path: str
    original: str  # newline-normalised input
    fixed: str  # newline-normalised output (== original when nothing applied or no convergence)
    applied: list[AppliedFix] = field(default_factory=list)
    passes: int = 0
    converged: bool = True
    result: Result | None = None  # the check of the fixed text (or of the original, on failure)
    errors: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def counts(self) -> Counter[str]:
        """How many fixes each rule applied."""
        return Counter(fix.rule for fix in self.applied)


def _applicable(diagnostic: Diagnostic, unsafe: bool) -> bool:
    fix = diagnostic.fix
    if fix is None or not fix.edits:
        return False
    if fix.applicability is Applicability.SAFE:
        return True
    return unsafe and fix.applicability is Applicability.UNSAFE


def _valid(fix: Fix, length: int) -> bool:
    return all(0 <= e.start <= e.end <= length for e in fix.edits)


def _conflict(a: Edit, b: Edit) -> bool:
    """Whether two edits touch the same text, or insert at the same point.

    Adjacent edits (one ends where the other starts) do not conflict, except two
    insertions at one point, or an insertion at either end of a replacement, whose
    order would be ambiguous.
    """
    if a.start < b.end and b.start < a.end:
        return True
    if a.start == a.end and b.start <= a.start <= b.end:
        return True
    return b.start == b.end and a.start <= b.start <= a.end


def select_fixes(diagnostics: list[Diagnostic], text: str, unsafe: bool) -> list[Diagnostic]:
    """The diagnostics whose fixes can all be applied together in one pass.

    Sorted by the position of their first edit; a fix that changes nothing is skipped;
    a fix overlapping one already accepted waits for the next pass.
    """
    candidates = []
    for diagnostic in diagnostics:
        if not _applicable(diagnostic, unsafe):
            continue
        fix = diagnostic.fix
        assert fix is not None
        if not _valid(fix, len(text)):
            continue
        edits = tuple(e for e in fix.edits if text[e.start : e.end] != e.replacement)
        if not edits:
            continue
        candidates.append((min(e.start for e in edits), max(e.end for e in edits), diagnostic))
    candidates.sort(key=lambda item: (item[0], item[1], item[2].rule))
    accepted: list[Diagnostic] = []
    taken: list[Edit] = []
    for _, _, diagnostic in candidates:
        assert diagnostic.fix is not None
        edits = diagnostic.fix.edits
        if any(_conflict(a, b) for a in edits for b in taken):
            continue
        if any(_conflict(a, b) for i, a in enumerate(edits) for b in edits[i + 1 :]):
            continue  # a malformed fix (its own edits overlap) is never applied
        accepted.append(diagnostic)
        taken.extend(edits)
    return accepted


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (offsets into `text`)."""
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def fix_text(
    text: str,
    config: Config,
    path: Path | None = None,
    display: str | None = None,
    unsafe: bool = False,
    max_passes: int = MAX_PASSES,
) -> FixOutcome:
    """Fix newline-normalised `text` until it is stable; see the module docstring."""
    name = display or (str(path) if path is not None else "<stdin>")
    original = text
    outcome = FixOutcome(name, original, original)
    seen = {text}
    applied: list[AppliedFix] = []
    current = text
    converged = False
    for _ in range(max_passes + 1):
        doc = Document.from_text(current, name)
        result = check_document(doc, config, path)
        outcome.errors = list(result.errors)
        chosen = select_fixes(result.diagnostics, current, unsafe)
        if not chosen:
            converged = True
            outcome.result = result
            break
        if outcome.passes == max_passes:
            break  # still changing after the last allowed pass
        outcome.passes += 1
        edits: list[Edit] = []
        for diagnostic in chosen:
            assert diagnostic.fix is not None
            edits.extend(diagnostic.fix.edits)
            applied.append(
                AppliedFix(
                    diagnostic.rule,
                    diagnostic.code,
                    diagnostic.start_pos.line if diagnostic.start_pos else 0,
                    diagnostic.message,
                    diagnostic.fix.applicability,
                    diagnostic.fix.description,
                )
            )
        current = apply_edits(current, edits)
        if current in seen:
            break  # fixes undo each other: a cycle, not convergence
        seen.add(current)
    if not converged:
        outcome.converged = False
        outcome.errors.append(
            f"fixes did not converge after {outcome.passes} passes "
            f"(rules involved: {', '.join(sorted({a.rule for a in applied})) or 'none'}); "
            "the file was left unchanged"
        )
        outcome.result = check_document(Document.from_text(original, name), config, path)
        return outcome
    outcome.fixed = current
    outcome.applied = applied
    return outcome


def fix_source(
    source: Source,
    config: Config,
    path: Path | None = None,
    unsafe: bool = False,
    max_passes: int = MAX_PASSES,
) -> tuple[FixOutcome, bytes | None]:
    """Fix a decoded file; returns the outcome and the bytes to write (None: no change).

    The bytes keep the file's encoding, BOM and (dominant) line-ending style.
    """
    doc = source.document()
    outcome = fix_text(doc.text, config, path, source.path, unsafe, max_passes)
    if not outcome.converged or not outcome.changed:
        return outcome, None
    return outcome, source.encode(outcome.fixed)
