"""Rule discovery through the `prlint.rules` entry-point group.

An entry point may name a Rule subclass, a list of them, a module (its Rule subclasses),
or a package (every module in it). Built-in rules use the same group as plugins.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

from prlint.rule import Rule

GROUP = "prlint.rules"


@dataclass
class Registry:
    rules: dict[str, type[Rule]] = field(default_factory=dict)  # by name
    errors: list[str] = field(default_factory=list)  # plugins that failed to load

    def by_code(self) -> dict[str, type[Rule]]:
        return {rule.code: rule for rule in self.rules.values()}

    def add(self, rule: type[Rule], source: str) -> None:
        existing = self.rules.get(rule.name)
        if existing is not None and existing is not rule:
            self.errors.append(
                f"rule name {rule.name!r} from {source} clashes with {existing.source}; ignored"
            )
            return
        clash = self.by_code().get(rule.code)
        if clash is not None and clash is not rule:
            self.errors.append(
                f"rule code {rule.code} ({rule.name}) from {source} clashes with "
                f"{clash.name}; ignored"
            )
            return
        rule.source = source
        self.rules[rule.name] = rule

    def sorted(self) -> list[type[Rule]]:
        return sorted(self.rules.values(), key=lambda r: (r.code[:2], len(r.code), r.code))


def _rules_in(obj: Any, errors: list[str] | None = None) -> list[type[Rule]]:
    if inspect.isclass(obj) and issubclass(obj, Rule) and obj is not Rule:
        return [obj] if getattr(obj, "name", None) else []
    if isinstance(obj, list | tuple):
        return [rule for item in obj for rule in _rules_in(item, errors)]
    if isinstance(obj, ModuleType):
        found = [
            value
            for value in vars(obj).values()
            if inspect.isclass(value)
            and issubclass(value, Rule)
            and value.__module__ == obj.__name__
            and getattr(value, "name", None)
        ]
        if hasattr(obj, "__path__"):
            for info in sorted(pkgutil.iter_modules(obj.__path__), key=lambda i: i.name):
                if info.name.startswith("_"):
                    continue
                name = f"{obj.__name__}.{info.name}"
                try:  # one broken module must not hide the package's other rules
                    found += _rules_in(importlib.import_module(name), errors)
                except Exception as exc:
                    if errors is None:
                        raise
                    errors.append(f"rule module {name} failed to load: {exc}")
        return found
    return []


_cached: Registry | None = None


def load_registry(refresh: bool = False) -> Registry:
    global _cached
    if _cached is not None and not refresh:
        return _cached
    registry = Registry()
    eps = sorted(entry_points(group=GROUP), key=lambda ep: (ep.name != "builtin", ep.name))
    for ep in eps:
        source = "builtin" if ep.name == "builtin" else (ep.dist.name if ep.dist else ep.name)
        try:
            loaded = ep.load()
            rules = _rules_in(loaded, registry.errors)
        except Exception as exc:  # a broken plugin must not take prlint down
            registry.errors.append(f"plugin {ep.name!r} ({ep.value}) failed to load: {exc}")
            continue
        for rule in rules:
            registry.add(rule, source)
    _cached = registry
    return registry
