"""Human-readable reports: full (with a code frame) and concise (one line each)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from prlint.diagnostics import Diagnostic
from prlint.engine import Result

FRAME_WIDTH = 100  # characters of a long line shown around the span
_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _frame(diagnostic: Diagnostic, lines: list[str]) -> tuple[str, str] | None:
    """The offending line, windowed around the span, and a caret line under the span."""
    start_pos, end_pos = diagnostic.start_pos, diagnostic.end_pos
    assert start_pos is not None and end_pos is not None
    number = start_pos.line
    if number > len(lines):
        return None
    line = lines[number - 1].rstrip("\r\n")
    if "\t" in line:  # (expandtabs walks the whole line, which may be a long paragraph)
        line = line.expandtabs(1)
    length = len(line)
    start = start_pos.column - 1
    end = end_pos.column - 1 if end_pos.line == number else length
    if length <= FRAME_WIDTH:  # the whole line fits (and so does any caret on it)
        shown, caret_start, right = line, start, length
    else:
        left = max(0, min(start - FRAME_WIDTH // 3, length - FRAME_WIDTH))
        right = min(length, max(left + FRAME_WIDTH, start + 1))
        shown = ("…" if left else "") + line[left:right] + ("…" if right < length else "")
        caret_start = start - left + (1 if left else 0)
    caret_len = max(1, min(end, right) - start)
    return f"{number:>5} | {shown}", f"      | {' ' * caret_start}{'^' * caret_len}"


def source_lines(text: str) -> list[str]:
    """The lines of a decoded text, as the diagnostics' line numbers count them."""
    if "\r" in text:  # (a quick search; `replace` counts first, in a slow loop)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def _read_lines(
    path: str, cache: dict[str, list[str]], sources: dict[str, list[str]]
) -> list[str]:
    if path in sources:  # stdin: what was read, not a file
        return sources[path]
    if path not in cache:
        try:
            data = Path(path).read_bytes()
            text = data.decode("utf-8-sig", errors="replace")
            if data.startswith((b"\xff\xfe", b"\xfe\xff")):
                text = data.decode("utf-16")
            cache[path] = source_lines(text)
        except OSError:
            cache[path] = []
    return cache[path]


class Tally:
    """What the summary and the exit code need of one file's findings."""

    __slots__ = ("counts", "fixable", "worst")

    def __init__(self, counts: dict[str, int] | None = None, fixable: int = 0, worst: int = -1):
        self.counts = {} if counts is None else counts  # by severity
        self.fixable = fixable
        self.worst = worst  # the highest severity rank found, -1 for none

    @classmethod
    def of(cls, diagnostics: Iterable[Diagnostic]) -> Tally:
        tally = cls()
        counts = tally.counts
        for d in diagnostics:
            severity = d.severity
            key = str(severity)  # (a plain string: an enum member pickles as a call)
            counts[key] = counts.get(key, 0) + 1
            tally.fixable += d.fixable
            tally.worst = max(tally.worst, severity.rank)
        return tally


def tally_of(result: Result) -> Tally:
    return result.tally if isinstance(result, RenderedResult) else Tally.of(result.diagnostics)


class RenderedResult(Result):
    """A result whose text report was written where the file was checked (a pool
    worker, which has the text at hand): the report and its tally instead of the
    diagnostics, far cheaper to send back than the diagnostics themselves."""

    __slots__ = ("report", "tally")

    def __init__(self, path: str, errors: list[str], report: str, tally: Tally):
        super().__init__(path, errors=errors)
        self.report = report
        self.tally = tally

    def __reduce__(self) -> tuple:
        # Sent back by every pool worker for every file: as plain values, pickling takes a
        # tenth of the time it takes for objects with slots (copyreg's generic way).
        tally = self.tally
        return _rendered_result, (
            self.path, self.errors, self.report, tally.counts, tally.fixable, tally.worst
        )


def _rendered_result(
    path: str, errors: list[str], report: str, counts: dict[str, int], fixable: int, worst: int
) -> RenderedResult:
    return RenderedResult(path, errors, report, Tally(counts, fixable, worst))


def _report(
    result: Result, lines: Callable[[str], list[str]], concise: bool
) -> Iterator[tuple[str, str]]:
    """One file's report, line by line, each with its style."""
    for message in result.errors:
        yield _error_line(result, message), "bold red"
    for d in result.diagnostics:
        heading = _heading(d, concise)
        if concise:
            yield heading, ""
            continue
        style = _STYLES[d.severity]
        yield heading, style
        frame = _frame(d, lines(d.path))
        if frame is not None:
            yield frame[0], ""
            yield frame[1], style


def _error_line(result: Result, message: str) -> str:
    return f"{result.path}: error: {message}"


def _heading(d: Diagnostic, concise: bool) -> str:
    """A finding's first line: where, what and why."""
    assert d.start_pos is not None
    where = f"{d.path}:{d.start_pos.line}:{d.start_pos.column}"
    if concise:
        return f"{where}: {d.code} [{d.rule}] {d.message}"
    # (A severity is a string: no `.value`, a slow enum property, needed here.)
    return f"{where}: {d.severity} {d.rule} ({d.code}) {d.message}"


def rendered(result: Result, text: str | None, concise: bool) -> RenderedResult:
    """`result` with its plain-text report (`text`: the file's decoded text).

    The same lines as `_report`'s, unstyled, built without its per-line generator steps:
    this runs for every file checked.
    """
    lines = source_lines(text) if text is not None else []
    report = [_error_line(result, message) for message in result.errors]
    for d in result.diagnostics:
        report.append(_heading(d, concise))
        if not concise and (frame := _frame(d, lines)) is not None:
            report += frame
    report.append("")  # (every line ends with a line break)
    return RenderedResult(
        result.path,
        errors=result.errors,
        report="\n".join(report),
        tally=Tally.of(result.diagnostics),
    )


def render_text(
    results: Iterable[Result],
    stream: TextIO,
    concise: bool = False,
    color: bool = False,
    quiet: bool = False,
    sources: dict[str, list[str]] | None = None,
) -> None:
    console = None
    if color:
        from rich.console import Console

        console = Console(file=stream, force_terminal=True, highlight=False, soft_wrap=True)

    def emit(text: str, style: str = "") -> None:
        if console is not None:
            from rich.text import Text

            console.print(Text(text, style=style))
        else:
            stream.write(text + "\n")

    # `sources` may still be filled in while the results come (stdin is read last).
    sources = {} if sources is None else sources
    cache: dict[str, list[str]] = {}
    seen = 0
    errors = 0
    counts: Counter[str] = Counter()
    fixable = 0
    for result in results:
        seen += 1
        errors += len(result.errors)
        tally = tally_of(result)
        if isinstance(result, RenderedResult):
            stream.write(result.report)  # plain text: workers write no colour
        else:
            for text, style in _report(
                result, lambda path: _read_lines(path, cache, sources), concise
            ):
                emit(text, style)
        counts.update(tally.counts)
        fixable += tally.fixable
    if quiet or (concise and not counts):
        return
    total = sum(counts.values())
    if total == 0 and errors == 0:
        plural = 's' if seen != 1 else ''
        emit(f"All clear: {seen} file{plural} checked.", "green")
        return
    parts = ", ".join(
        f"{counts[level]} {level}{'s' if counts[level] != 1 and level != 'info' else ''}"
        for level in ("error", "warning", "info")
    )
    summary = f"Found {total} problem{'s' if total != 1 else ''} ({parts})"
    if fixable:
        summary += f"; {fixable} fixable with `prlint fix`"
    if errors:
        summary += f"; {errors} file{'s' if errors != 1 else ''} could not be checked"
    emit(summary + ".", "bold")
