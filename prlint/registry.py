"""Rule discovery through the `prlint.rules` entry-point group.

An entry point may name a Rule subclass, a list of them, a module (its Rule subclasses),
or a package (every module in it). Built-in rules use the same group as plugins.
"""

from __future__ import annotations

import importlib
import marshal
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from prlint.rule import Rule

GROUP = "prlint.rules"


class Registry:
    """The rules that loaded, by name, and what failed to load."""

    def __init__(self) -> None:
        self.rules: dict[str, type[Rule]] = {}  # by name
        self.errors: list[str] = []  # plugins that failed to load

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
    if isinstance(obj, type) and issubclass(obj, Rule) and obj is not Rule:
        return [obj] if getattr(obj, "name", None) else []
    if isinstance(obj, list | tuple):
        return [rule for item in obj for rule in _rules_in(item, errors)]
    if isinstance(obj, ModuleType):
        found = [
            value
            for value in vars(obj).values()
            if isinstance(value, type)
            and issubclass(value, Rule)
            and value.__module__ == obj.__name__
            and getattr(value, "name", None)
        ]
        if hasattr(obj, "__path__"):
            for module in _module_names(obj):
                if module.startswith("_"):
                    continue
                name = f"{obj.__name__}.{module}"
                try:  # one broken module must not hide the package's other rules
                    found += _rules_in(importlib.import_module(name), errors)
                except Exception as exc:
                    if errors is None:
                        raise
                    errors.append(f"rule module {name} failed to load: {exc}")
        return found
    return []


def _module_names(package: ModuleType) -> list[str]:
    """The modules and packages directly in a package, sorted.

    What `pkgutil.iter_modules` lists, read from the package's folders directly: it
    imports `inspect` to do so, which costs a tenth of prlint's start-up. A package
    that is not in folders (in a zip file, say) is left to pkgutil.
    """
    from importlib.machinery import all_suffixes

    suffixes = sorted(all_suffixes(), key=len, reverse=True)  # ".cpython-311-...so" before ".so"
    names: set[str] = set()
    for folder in package.__path__:
        try:
            entries = os.scandir(folder)
        except OSError:
            import pkgutil

            return sorted(info.name for info in pkgutil.iter_modules(package.__path__))
        with entries:
            for entry in entries:
                if entry.is_dir():
                    if "." not in entry.name and os.path.isfile(
                        os.path.join(entry.path, "__init__.py")
                    ):
                        names.add(entry.name)
                    continue
                suffix = next((s for s in suffixes if entry.name.endswith(s)), None)
                if suffix is not None and entry.name != "__init__" + suffix:
                    names.add(entry.name[: -len(suffix)])
    return sorted(names)


_cached: Registry | None = None


class EntryPoint(NamedTuple):
    """What prlint needs of an installed entry point (importlib.metadata's own is
    costly to import on every run, see `group_entry_points`)."""

    name: str
    value: str  # "module" or "module:attribute", maybe with "[extras]"
    dist: str | None  # the distribution that declares it

    def load(self) -> Any:
        module, _, attribute = self.value.split("[")[0].partition(":")
        loaded: Any = importlib.import_module(module.strip())
        for part in filter(None, attribute.strip().split(".")):
            loaded = getattr(loaded, part)
        return loaded


def group_entry_points(cache: Path | None = None) -> list[EntryPoint]:
    """The entry points of the `prlint.rules` group installed on `sys.path`.

    With `cache` (a file), they are read from it while every `entry_points.txt` that
    could declare one is unchanged (same paths, same modification times); installing,
    removing or upgrading any distribution changes that fingerprint and the file is
    rewritten. This spares the command line importing `importlib.metadata` (about a
    fifth of its start-up time) on most runs.
    """
    fingerprint = _fingerprint() if cache is not None else None
    if cache is not None:
        try:
            stored_print, stored = marshal.loads(cache.read_bytes())
            if stored_print == fingerprint:
                return [EntryPoint(*item) for item in stored]
        except Exception:  # missing, unreadable, corrupt or from another version
            pass
    from importlib.metadata import entry_points

    found = [
        EntryPoint(ep.name, ep.value, ep.dist.name if ep.dist else None)
        for ep in entry_points(group=GROUP)
    ]
    if cache is not None:
        data = (fingerprint, [(ep.name, ep.value, ep.dist) for ep in found])
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            temporary = cache.with_name(f".{cache.name}.{os.getpid()}")
            temporary.write_bytes(marshal.dumps(data))
            os.replace(temporary, cache)
        except OSError:  # a read-only or full cache costs speed, never a failure
            pass
    return found


def _fingerprint() -> list[tuple[str, str | None, int | None]]:
    """Every place importlib.metadata would read entry points from, with its mtime."""
    found: list[tuple[str, str | None, int | None]] = [(sys.version, None, None)]
    for entry in sys.path:
        folder = entry or "."
        try:
            with os.scandir(folder) as listing:
                names = sorted(
                    item.name
                    for item in listing
                    if item.name.endswith((".dist-info", ".egg-info"))
                )
        except OSError:  # a missing folder or a zip file: its own mtime stands for it
            found.append((entry, None, _mtime(folder)))
            continue
        found.append((entry, None, None))
        for name in names:
            found.append((entry, name, _mtime(os.path.join(folder, name, "entry_points.txt"))))
    return found


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def load_registry(refresh: bool = False, cache: Path | None = None) -> Registry:
    """Every rule installed, built-in ones first; `cache`: see `group_entry_points`."""
    global _cached
    if _cached is not None and not refresh:
        return _cached
    registry = Registry()
    eps = sorted(group_entry_points(cache), key=lambda ep: (ep.name != "builtin", ep.name))
    for ep in eps:
        source = "builtin" if ep.name == "builtin" else (ep.dist or ep.name)
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
