"""A small programmatic entry point: lint text or a file the way `prlint check` does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prlint.config import Config, from_mapping
from prlint.diagnostics import Diagnostic
from prlint.document import Document
from prlint.engine import check_document
from prlint.registry import load_registry


def make_config(settings: dict[str, Any] | None = None) -> Config:
    """A configuration from a mapping shaped like `[tool.prlint]`."""
    return from_mapping(load_registry(), settings or {})


def lint_text(
    text: str, path: str = "release.txt", settings: dict[str, Any] | None = None
) -> list[Diagnostic]:
    doc = Document.from_text(text, path)
    return check_document(doc, make_config(settings), Path(path)).diagnostics
