"""Report formats: text, concise, json, sarif and github."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from prlint.engine import Result
from prlint.registry import Registry

FORMATS = ("text", "concise", "json", "sarif", "github")


def render(
    fmt: str,
    results: Sequence[Result],
    registry: Registry,
    stream: TextIO,
    color: bool = False,
    quiet: bool = False,
) -> None:
    if fmt == "json":
        from prlint.output.json_format import render_json

        render_json(results, stream)
    elif fmt == "sarif":
        from prlint.output.sarif import render_sarif

        render_sarif(results, registry, stream)
    elif fmt == "github":
        from prlint.output.github import render_github

        render_github(results, stream)
    else:
        from prlint.output.text import render_text

        render_text(results, stream, concise=fmt == "concise", color=color, quiet=quiet)
