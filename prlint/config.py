"""Configuration: `[tool.prlint]` in pyproject.toml, or prlint.toml / .prlint.toml.

The closest configuration file walking up from a checked file wins; `--config PATH`
overrides discovery. Every key is validated; mistakes are a `ConfigError` naming the
file and key, with the closest valid name suggested.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import Any

from prlint.diagnostics import Severity
from prlint.registry import Registry
from prlint.rule import Context, Rule

_CODE_PREFIX = re.compile(r"[A-Za-z]{2,}[0-9]*")
CONFIG_FILES = ("prlint.toml", ".prlint.toml", "pyproject.toml")
STYLES = ("ap", "wire")
TOP_LEVEL_KEYS = (
    "style",
    "select",
    "ignore",
    "extend-select",
    "extend-ignore",
    "per-file-ignores",
    "fail-on",
    "exclude",
    "region",
    "check-deliverability",
    "rules",
)


class ConfigError(Exception):
    def __init__(self, message: str, path: Path | str | None = None, key: str | None = None):
        self.path = path
        self.key = key
        where = f"{path}" if path else "configuration"
        if key:
            where += f": key {key!r}"
        super().__init__(f"{where}: {message}")


def _suggest(word: str, candidates: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class Config:
    """One configuration file's settings (or the defaults), validated."""

    def __init__(self, registry: Registry, path: Path | None = None, root: Path | None = None):
        self.registry = registry
        self.path = path
        self.root = Path.cwd() if root is None else root
        self.style = "ap"
        self.select: list[str] = ["ALL"]
        self.ignore: list[str] = []
        self.per_file_ignores: dict[str, list[str]] = {}
        self.fail_on = Severity.INFO
        self.exclude: list[str] = []
        self.settings: dict[str, Any] = {}
        self.rule_options: dict[str, dict[str, Any]] = {}
        self.severities: dict[str, Severity] = {}
        # rules_for's result for each set of selected rules: every file shares its rules
        self._rule_sets: dict[frozenset[str], list[tuple[Rule, Context]]] = {}

    def copy(self) -> Config:
        """A copy to change (its containers are shared until replaced), without the
        rules instantiated for this one."""
        copied = object.__new__(Config)
        copied.__dict__.update(self.__dict__)
        copied._rule_sets = {}
        return copied

    def resolve(self, selector: str, key: str) -> set[str]:
        """Rule names matched by a selector: a rule name, a code prefix, or ALL."""
        rules = self.registry.rules
        if selector == "ALL":
            return set(rules)
        if selector in rules:
            return {selector}
        if _CODE_PREFIX.fullmatch(selector):
            prefix = selector.upper()
            matched = {name for name, rule in rules.items() if rule.code.startswith(prefix)}
            if matched:
                return matched
        candidates = list(rules) + [rule.code for rule in rules.values()]
        raise ConfigError(
            f"unknown rule {selector!r}{_suggest(selector, candidates)}", self.path, key
        )

    def selected(self, path: Path | None = None) -> set[str]:
        names: set[str] = set()
        for selector in self.select:
            names |= self.resolve(selector, "select")
        for selector in self.ignore:
            names -= self.resolve(selector, "ignore")
        if path is not None:
            for pattern, selectors in self.per_file_ignores.items():
                if self.matches(path, pattern):
                    for selector in selectors:
                        names -= self.resolve(selector, "per-file-ignores")
        return names

    def matches(self, path: Path, pattern: str) -> bool:
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()
        return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern)

    def rules_for(self, path: Path | None = None) -> list[tuple[Rule, Context]]:
        """Instantiated rules for one file, with their options and severity applied.

        Rules keep no state between documents, so files with the same selection share
        one list (do not modify it).
        """
        names = frozenset(self.selected(path))
        chosen = self._rule_sets.get(names)
        if chosen is None:
            chosen = self._rule_sets[names] = self._instantiate(names)
        return chosen

    def _instantiate(self, names: frozenset[str]) -> list[tuple[Rule, Context]]:
        chosen = []
        for name in sorted(names):
            rule_class = self.registry.rules[name]
            rule = rule_class()
            if name in self.severities:
                rule.severity = self.severities[name]  # type: ignore[misc]
            options = rule_class.default_options(self.style)
            options.update(self.rule_options.get(name, {}))
            chosen.append((rule, Context(options, self.settings)))
        return chosen


def find_config(start: Path) -> Path | None:
    """The closest configuration file at or above `start` (a file or directory)."""
    directory = start if start.is_dir() else start.parent
    for folder in [directory.resolve(), *directory.resolve().parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_section(candidate):
                    continue
                return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        if b"prlint" not in path.read_bytes():  # most projects: no need to parse it
            return False
        return "prlint" in _read_toml(path).get("tool", {})
    except (OSError, ConfigError):
        return True  # let load_config report the broken file


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when there is a file to read

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path) from exc


def load_config(registry: Registry, path: Path | None) -> Config:
    """Load and validate a configuration file; None gives the defaults."""
    if path is None:
        config = Config(registry)
        _validate_selectors(config)
        return config
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("prlint", {})
    return from_mapping(registry, data, path)


def from_mapping(registry: Registry, data: dict[str, Any], path: Path | None = None) -> Config:
    config = Config(registry, path=path, root=path.parent if path else Path.cwd())
    for key, value in data.items():
        if key not in TOP_LEVEL_KEYS:
            raise ConfigError(f"unknown key{_suggest(key, list(TOP_LEVEL_KEYS))}", path, key)
        _apply(config, key, value)
    _validate_selectors(config)
    return config


def _expect_list(value: Any, path: Path | None, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError("expected a list of strings", path, key)
    return value


def _severity(value: Any, path: Path | None, key: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ConfigError(
            f"expected 'error', 'warning' or 'info', got {value!r}", path, key
        ) from None


def _apply(config: Config, key: str, value: Any) -> None:
    path = config.path
    if key == "style":
        if value not in STYLES:
            raise ConfigError(
                f"unknown style {value!r}; choose from {', '.join(STYLES)}"
                f"{_suggest(str(value), list(STYLES))}",
                path,
                key,
            )
        config.style = value
    elif key == "select":
        config.select = _expect_list(value, path, key)
    elif key == "extend-select":
        config.select = [*config.select, *_expect_list(value, path, key)]
    elif key in ("ignore", "extend-ignore"):
        config.ignore = [*config.ignore, *_expect_list(value, path, key)]
    elif key == "exclude":
        config.exclude = _expect_list(value, path, key)
    elif key == "fail-on":
        config.fail_on = _severity(value, path, key)
    elif key == "per-file-ignores":
        if not isinstance(value, dict):
            raise ConfigError("expected a table of glob = [rules]", path, key)
        config.per_file_ignores = {
            glob: _expect_list(rules, path, f"{key}.{glob}") for glob, rules in value.items()
        }
    elif key == "region":
        if not (isinstance(value, str) and len(value) == 2 and value.isalpha()):
            raise ConfigError(
                f"expected a two-letter region code such as 'US' or 'AU', got {value!r}",
                path,
                key,
            )
        config.settings["region"] = value.upper()
    elif key == "check-deliverability":
        if not isinstance(value, bool):
            raise ConfigError(f"expected true or false, got {value!r}", path, key)
        config.settings["check-deliverability"] = value
    elif key == "rules":
        if not isinstance(value, dict):
            raise ConfigError("expected a table of rule tables", path, key)
        for name, table in value.items():
            _apply_rule_table(config, name, table)


def _apply_rule_table(config: Config, name: str, table: Any) -> None:
    path, rules = config.path, config.registry.rules
    key = f"rules.{name}"
    rule = rules.get(name) or config.registry.by_code().get(name.upper())
    if rule is None:
        raise ConfigError(f"unknown rule{_suggest(name, list(rules))}", path, key)
    if not isinstance(table, dict):
        raise ConfigError("expected a table of options", path, key)
    for option, value in table.items():
        if option == "severity":
            config.severities[rule.name] = _severity(value, path, f"{key}.severity")
            continue
        spec = rule.options.get(option)
        if spec is None:
            valid = [*rule.options, "severity"]
            raise ConfigError(
                f"unknown option for {rule.name}{_suggest(option, valid)}; "
                f"valid: {', '.join(valid)}",
                path,
                f"{key}.{option}",
            )
        problem = spec.validate(value)
        if problem:
            raise ConfigError(problem, path, f"{key}.{option}")
        config.rule_options.setdefault(rule.name, {})[option] = value


def _validate_selectors(config: Config) -> None:
    for selector in config.select:
        config.resolve(selector, "select")
    for selector in config.ignore:
        config.resolve(selector, "ignore")
    for selectors in config.per_file_ignores.values():
        for selector in selectors:
            config.resolve(selector, "per-file-ignores")
