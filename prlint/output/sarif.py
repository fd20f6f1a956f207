"""SARIF 2.1.0, as GitHub code scanning accepts it."""

from __future__ import annotations

import inspect
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from prlint import __version__
from prlint.engine import Result
from prlint.registry import Registry

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return candidate.as_uri()
    return candidate.as_posix().replace(os.sep, "/")


def sarif_report(results: Sequence[Result], registry: Registry) -> dict[str, Any]:
    rules = registry.sorted()
    index = {rule.name: i for i, rule in enumerate(rules)}
    descriptors = []
    for rule in rules:
        doc = inspect.cleandoc(inspect.getmodule(rule).__doc__ or rule.summary)  # type: ignore[union-attr]
        descriptors.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": doc.split("\n\n", 1)[0]},
                "help": {"text": doc, "markdown": doc},
                "defaultConfiguration": {"level": _LEVELS[rule.severity.value]},
                "properties": {"tags": [rule.name], "fixable": rule.fixable()},
            }
        )
    sarif_results = []
    for result in results:
        for d in result.diagnostics:
            assert d.start_pos is not None and d.end_pos is not None
            end_column = d.end_pos.column
            if d.end_pos.line == d.start_pos.line and end_column <= d.start_pos.column:
                end_column = d.start_pos.column + 1
            sarif_results.append(
                {
                    "ruleId": d.code,
                    "ruleIndex": index.get(d.rule, 0),
                    "level": _LEVELS[d.severity.value],
                    "message": {"text": f"{d.message} [{d.rule}]"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": _uri(d.path)},
                                "region": {
                                    "startLine": d.start_pos.line,
                                    "startColumn": d.start_pos.column,
                                    "endLine": d.end_pos.line,
                                    "endColumn": end_column,
                                },
                            }
                        }
                    ],
                }
            )
    notifications = [
        {"level": "error", "message": {"text": f"{result.path}: {message}"}}
        for result in results
        for message in result.errors
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "prlint",
                        "version": __version__,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": sarif_results,
            }
        ],
    }


def render_sarif(results: Sequence[Result], registry: Registry, stream: TextIO) -> None:
    json.dump(sarif_report(results, registry), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
