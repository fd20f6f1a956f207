"""Parse plain `prlint check` command lines without Typer.

Importing Typer and letting it validate every parameter costs more than checking a
release, so `prlint.launch` runs the commonest command lines (`prlint check` with paths
and the options below) through `parse_check` and `prlint.checking.run_check` directly.
Anything this parser does not fully understand (`--help`, an unknown, repeated or
malformed option, a value Typer would reject, combined short flags) returns None, and
Typer handles the command line as usual, with its usual messages.

`CHECK_OPTIONS` must describe the `check` command of `prlint.cli` exactly;
tests/test_runner_jobs.py holds it to what Typer builds from that command.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from prlint.checking import FailOn, OutputFormat


class Param(NamedTuple):
    name: str  # the keyword argument of `run_check`
    kind: str  # "flag" (sets True), "value" or "multiple" (repeatable, a list)
    convert: Callable[[str], Any] = str


def _positive(text: str) -> int:
    value = int(text, 10)
    if value < 1:
        raise ValueError(text)
    return value


_FLAGS = ("exit_zero", "quiet", "no_color", "check_deliverability", "fix", "unsafe_fixes")

CHECK_OPTIONS: dict[str, Param] = {
    "--config": Param("config", "value", Path),
    "--select": Param("select", "multiple"),
    "--extend-select": Param("extend_select", "multiple"),
    "--ignore": Param("ignore", "multiple"),
    "--output-format": Param("output_format", "value", OutputFormat),
    "-o": Param("output_format", "value", OutputFormat),
    "--fail-on": Param("fail_on", "value", FailOn),
    "-q": Param("quiet", "flag"),
    "--stdin-filename": Param("stdin_filename", "value"),
    "--region": Param("region", "value"),
    "--jobs": Param("jobs", "value", _positive),
    "-j": Param("jobs", "value", _positive),
    **{"--" + name.replace("_", "-"): Param(name, "flag") for name in _FLAGS},
}


def parse_check(args: list[str]) -> dict[str, Any] | None:
    """Keyword arguments for `run_check` from the words after `check`, or None for Typer."""
    kwargs: dict[str, Any] = {}
    paths: list[str] = []
    index = 0
    while index < len(args):
        token = args[index]
        index += 1
        if token == "-" or not token.startswith("-"):
            paths.append(token)
            continue
        name, has_inline, inline = token.partition("=")
        param = CHECK_OPTIONS.get(name)
        if param is None or (has_inline and not name.startswith("--")):
            return None  # unknown, `--`, `--help`, combined short flags: Typer decides
        if param.kind == "flag":
            if has_inline or param.name in kwargs:
                return None
            kwargs[param.name] = True
            continue
        if has_inline:
            raw = inline
        elif index < len(args) and not (args[index].startswith("-") and args[index] != "-"):
            raw = args[index]
            index += 1
        else:
            return None
        try:
            value = param.convert(raw)
        except (ValueError, TypeError):
            return None
        if param.kind == "multiple":
            kwargs.setdefault(param.name, []).append(value)
        elif param.name in kwargs:
            return None
        else:
            kwargs[param.name] = value
    if not paths:
        return None
    kwargs["paths"] = paths
    return kwargs
