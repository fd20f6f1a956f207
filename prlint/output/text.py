"""Human-readable reports: full (with a code frame) and concise (one line each)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from prlint.diagnostics import Diagnostic
from prlint.engine import Result

FRAME_WIDTH = 100  # characters of a long line shown around the span
_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _frame(diagnostic: Diagnostic, lines: list[str]) -> list[tuple[str, str]]:
    """The offending line, windowed around the span, and a caret line under the span."""
    assert diagnostic.start_pos is not None and diagnostic.end_pos is not None
    number = diagnostic.start_pos.line
    if number > len(lines):
        return []
    line = lines[number - 1].rstrip("\r\n").expandtabs(1)
    start = diagnostic.start_pos.column - 1
    end = (
        diagnostic.end_pos.column - 1
        if diagnostic.end_pos.line == number
        else len(line)
    )
    end = max(end, start + 1)
    left = max(0, min(start - FRAME_WIDTH // 3, len(line) - FRAME_WIDTH))
    right = min(len(line), max(left + FRAME_WIDTH, start + 1))
    shown = ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")
    caret_start = start - left + (1 if left else 0)
    caret_len = max(1, min(end, right) - start)
    gutter = f"{number:>5} | "
    return [
        (gutter + shown, ""),
        (" " * 6 + "| " + " " * caret_start + "^" * caret_len, _STYLES[diagnostic.severity.value]),
    ]


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
            cache[path] = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        except OSError:
            cache[path] = []
    return cache[path]


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
        for message in result.errors:
            emit(f"{result.path}: error: {message}", "bold red")
        for d in result.diagnostics:
            assert d.start_pos is not None
            counts[d.severity.value] += 1
            fixable += d.fixable
            where = f"{d.path}:{d.start_pos.line}:{d.start_pos.column}"
            if concise:
                emit(f"{where}: {d.code} [{d.rule}] {d.message}")
                continue
            emit(
                f"{where}: {d.severity.value} {d.rule} ({d.code}) {d.message}",
                _STYLES[d.severity.value],
            )
            for text, style in _frame(d, _read_lines(d.path, cache, sources)):
                emit(text, style)
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
