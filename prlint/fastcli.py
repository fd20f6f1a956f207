"""A fast path for the commonest command lines: `prlint --version` and plain `prlint check`.

Typer builds a validation adapter (pydantic) for every parameter of the command it runs,
which costs about 0.2 s per invocation, more than checking a release. For a `check`
command line made only of paths and options this module fully understands, `parse_check`
turns the arguments into keyword arguments for the `check` command function itself, and
`prlint.cli.main` calls it directly. The options are read from the command's own
signature (its `typer.Option` annotations), so a new option works at once: anything this
parser does not know (`--help`, an unknown or malformed option, a value typer would
reject, an option with a callback or environment variable) returns None, and Typer
handles the command line as usual, with its usual messages.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class _Param:
    name: str
    kind: str  # "flag" (sets True), "off" (sets False), "value" or "multiple"
    convert: Callable[[str], Any]


def _base(hint: Any) -> tuple[Any, Any]:
    """(type without None, typer info) of an Annotated[...] hint, or (hint, None)."""
    info = None
    if typing.get_origin(hint) is typing.Annotated:
        hint, *extras = typing.get_args(hint)
        info = next((e for e in extras if hasattr(e, "param_decls")), None)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = args[0] if len(args) == 1 else None
    return hint, info


def _converter(hint: Any, info: Any) -> Callable[[str], Any] | None:
    if hint is str:
        return str
    if hint is Path:
        return Path
    if hint is int:
        low, high = getattr(info, "min", None), getattr(info, "max", None)
        if getattr(info, "clamp", False):
            return None

        def to_int(text: str) -> int:
            value = int(text, 10)
            if (low is not None and value < low) or (high is not None and value > high):
                raise ValueError(text)
            return value

        return to_int
    if inspect.isclass(hint) and issubclass(hint, enum.Enum):
        if not getattr(info, "case_sensitive", True):
            return None
        return hint
    return None


def _unsupported(info: Any) -> bool:
    return bool(
        getattr(info, "callback", None)
        or getattr(info, "envvar", None)
        or getattr(info, "is_eager", False)
        or getattr(info, "prompt", False)
        or getattr(info, "count", False)
        or getattr(info, "parser", None)
        or getattr(info, "click_type", None)
        or getattr(info, "is_flag", None) is not None
        or getattr(info, "flag_value", None) is not None
        or getattr(info, "default_factory", None)
        or getattr(info, "expose_value", True) is False
    )


def _spec(command: Callable[..., Any]) -> tuple[dict[str, _Param], str] | None:
    """Option names -> parameters, and the name of the positional list, or None."""
    try:
        hints = typing.get_type_hints(command, include_extras=True)
    except Exception:
        return None
    options: dict[str, _Param] = {}
    arguments = None
    for name in inspect.signature(command).parameters:
        hint, info = _base(hints.get(name))
        if info is None or _unsupported(info):
            return None
        decls = list(info.param_decls or ())
        if type(info).__name__ == "OptionInfo" and isinstance(info.default, str):
            decls.insert(0, info.default)  # Annotated style: Option("--name", "-n")
        auto = not decls
        if auto:  # Typer names it after the parameter; a bool gets --name/--no-name
            decls = ["--" + name.replace("_", "-")]
        if type(info).__name__ == "ArgumentInfo":
            if arguments is not None or typing.get_origin(hint) is not list:
                return None
            if typing.get_args(hint) != (str,):
                return None
            arguments = name
            continue
        if any("/" in d or not d.startswith("-") for d in decls):
            return None
        if hint is bool:
            param = _Param(name, "flag", str)
            if auto:
                options["--no-" + name.replace("_", "-")] = _Param(name, "off", str)
        elif typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint) or (None,)
            convert = _converter(item, info)
            if convert is None:
                return None
            param = _Param(name, "multiple", convert)
        else:
            convert = _converter(hint, info)
            if convert is None:
                return None
            param = _Param(name, "value", convert)
        for decl in decls:
            options[decl] = param
    if arguments is None:
        return None
    return options, arguments


def parse_check(command: Callable[..., Any], args: list[str]) -> dict[str, Any] | None:
    """Keyword arguments for `command` from a `check` command line, or None for Typer."""
    spec = _spec(command)
    if spec is None:
        return None
    options, arguments = spec
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
        param = options.get(name)
        if param is None or (has_inline and not name.startswith("--")):
            return None  # unknown, `--`, `--help`, combined short flags: Typer decides
        if param.kind in ("flag", "off"):
            if has_inline or param.name in kwargs:
                return None
            kwargs[param.name] = param.kind == "flag"
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
    kwargs[arguments] = paths
    return kwargs
