"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from prlint.engine import Result

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: Sequence[Result], stream: TextIO) -> None:
    for result in results:
        for message in result.errors:
            stream.write(f"::error file={_escape_property(result.path)}::{_escape_data(message)}\n")
        for d in result.diagnostics:
            assert d.start_pos is not None and d.end_pos is not None
            properties = [
                f"file={_escape_property(d.path)}",
                f"line={d.start_pos.line}",
                f"col={d.start_pos.column}",
                f"endLine={d.end_pos.line}",
                f"endColumn={d.end_pos.column}",
                f"title={_escape_property(f'{d.rule} ({d.code})')}",
            ]
            stream.write(
                f"::{_LEVELS[d.severity.value]} {','.join(properties)}::"
                f"{_escape_data(d.message)}\n"
            )
