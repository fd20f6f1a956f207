"""The rule API: one small class per rule, discovered through entry points.

A rule declares its public name and code, a summary, a docstring with the sections
*What it does / Why it matters / Example / Fix*, a default severity and typed options,
and implements `check()`, a generator of diagnostics.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from prlint.diagnostics import Diagnostic, Fix, Severity
from prlint.document import Document


class Option:
    """A typed rule option. `styles` gives the default under a named house style.

    (Records in the check path are plain classes: importing `dataclasses` and building
    its classes cost more at every start than checking a release.)
    """

    __slots__ = ("choices", "default", "help", "styles")

    def __init__(
        self,
        default: Any,
        help: str = "",
        choices: tuple[Any, ...] | None = None,
        styles: Mapping[str, Any] | None = None,
    ):
        self.default = default
        self.help = help
        self.choices = choices
        self.styles: Mapping[str, Any] = styles or {}

    @property
    def type(self) -> type:
        return type(self.default)

    def validate(self, value: Any) -> str | None:
        """Return an error message, or None if `value` is acceptable."""
        expected = self.type
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return None
        if expected is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return "expected a list of strings"
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            return f"expected {expected.__name__}, got {type(value).__name__} {value!r}"
        if self.choices is not None and value not in self.choices:
            return f"expected one of {', '.join(map(repr, self.choices))}, got {value!r}"
        return None


class Context:
    """What a rule sees besides the document: its resolved options and global settings."""

    __slots__ = ("options", "settings")

    def __init__(self, options: dict[str, Any], settings: dict[str, Any]):
        self.options = options
        self.settings = settings

    def __getitem__(self, key: str) -> Any:
        return self.options[key]


class Rule:
    name: ClassVar[str]
    code: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    options: ClassVar[dict[str, Option]] = {}
    # "safe", "unsafe" or "display-only" when the rule offers fixes, else None.
    fix_safety: ClassVar[str | None] = None
    # Set by the registry: the distribution that provided the rule.
    source: ClassVar[str] = "builtin"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        raise NotImplementedError

    def diagnostic(
        self, start: int, end: int, message: str, fix: Fix | None = None
    ) -> Diagnostic:
        return Diagnostic(self.name, self.code, self.severity, message, start, end, fix)

    @classmethod
    def fixable(cls) -> bool:
        """Whether the rule can offer fixes: it says so by naming its fix safety."""
        return cls.fix_safety in ("safe", "unsafe")

    @classmethod
    def default_options(cls, style: str) -> dict[str, Any]:
        return {key: opt.styles.get(style, opt.default) for key, opt in cls.options.items()}
