"""The JSON report (format version 1), documented in README.md.

    {"version": 1, "tool": {"name": "prlint", "version": "0.1.0"},
     "diagnostics": [{"path", "rule", "code", "severity", "message",
                      "start": {"line", "column", "offset"}, "end": {...},
                      "fix": null | {"applicability", "description",
                                     "edits": [{"start": {...}, "end": {...}, "content"}]}}],
     "errors": [{"path", "message"}]}

Lines and columns are 1-based (columns count characters); offsets are 0-based character
offsets into the decoded file (byte-order mark excluded, original line endings kept).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from prlint import __version__
from prlint.diagnostics import Diagnostic, Position
from prlint.engine import Result

FORMAT_VERSION = 1


def _position(position: Position | None) -> dict[str, int] | None:
    if position is None:
        return None
    return {"line": position.line, "column": position.column, "offset": position.offset}


def diagnostic_to_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    fix = None
    if diagnostic.fix is not None:
        edits = []
        for index, edit in enumerate(diagnostic.fix.edits):
            start, end = (
                diagnostic.edit_positions[index]
                if index < len(diagnostic.edit_positions)
                else (None, None)
            )
            edits.append(
                {"start": _position(start), "end": _position(end), "content": edit.replacement}
            )
        fix = {
            "applicability": diagnostic.fix.applicability.value,
            "description": diagnostic.fix.description,
            "edits": edits,
        }
    return {
        "path": diagnostic.path,
        "rule": diagnostic.rule,
        "code": diagnostic.code,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message,
        "start": _position(diagnostic.start_pos),
        "end": _position(diagnostic.end_pos),
        "fix": fix,
    }


def report(results: Sequence[Result]) -> dict[str, Any]:
    diagnostics = []
    for result in results:
        for diagnostic in result.diagnostics:
            diagnostics.append(diagnostic_to_dict(diagnostic))
    errors = [
        {"path": result.path, "message": message} for result in results for message in result.errors
    ]
    return {
        "version": FORMAT_VERSION,
        "tool": {"name": "prlint", "version": __version__},
        "diagnostics": diagnostics,
        "errors": errors,
    }


def render_json(results: Sequence[Result], stream: TextIO) -> None:
    json.dump(report(results), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
