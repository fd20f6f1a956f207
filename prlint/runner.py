"""Find the files to check, give each its configuration, and check them."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from prlint.config import Config, ConfigError, find_config, load_config
from prlint.document import RELEASE_SUFFIXES
from prlint.engine import Result, check_document
from prlint.registry import Registry
from prlint.source import SourceError, decode, read_source

SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


@dataclass
class Overrides:
    """Command-line settings that win over every configuration file."""

    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    fail_on: str | None = None
    region: str | None = None
    check_deliverability: bool = False

    def apply(self, config: Config) -> Config:
        from dataclasses import replace

        from prlint.diagnostics import Severity

        config = replace(config, settings=dict(config.settings))
        if self.select is not None:
            config.select = list(self.select)
        config.select = [*config.select, *self.extend_select]
        config.ignore = [*config.ignore, *self.ignore]
        if self.fail_on:
            config.fail_on = Severity(self.fail_on)
        if self.region:
            config.settings["region"] = self.region.upper()
        if self.check_deliverability:
            config.settings["check-deliverability"] = True
        for selector in [*config.select, *config.ignore]:
            config.resolve(selector, "command line")
        return config


class ConfigCache:
    """One loaded configuration per configuration file (or the explicit --config)."""

    def __init__(self, registry: Registry, explicit: Path | None, overrides: Overrides):
        self.registry = registry
        self.explicit = explicit
        self.overrides = overrides
        self._by_file: dict[Path | None, Config] = {}

    def for_path(self, path: Path) -> Config:
        config_path = self.explicit if self.explicit else find_config(path)
        if config_path not in self._by_file:
            loaded = load_config(self.registry, config_path)
            self._by_file[config_path] = self.overrides.apply(loaded)
        return self._by_file[config_path]


def expand_paths(
    arguments: Iterable[str], configs: ConfigCache, errors: list[tuple[str, str]]
) -> Iterator[Path]:
    """Files named on the command line, and release files under named directories.

    Directories are walked without following symlinks (so symlink loops cannot trap the
    walk); `exclude` globs from the governing configuration apply within directories.
    """
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            for found in _walk(path, configs):
                if found not in seen:
                    seen.add(found)
                    yield found
        elif path.exists() or path.is_symlink():
            if path not in seen:
                seen.add(path)
                yield path
        else:
            errors.append((argument, "no such file or directory"))


def _walk(root: Path, configs: ConfigCache) -> Iterator[Path]:
    for directory, subdirs, files in os.walk(root, followlinks=False):
        subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.lower().endswith(RELEASE_SUFFIXES):
                continue
            path = Path(directory) / name
            if not _excluded(path, configs.for_path(path)):
                yield path


@lru_cache(maxsize=64)
def _exclude_spec(patterns: tuple[str, ...]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def _excluded(path: Path, config: Config) -> bool:
    if not config.exclude:
        return False
    spec = _exclude_spec(tuple(config.exclude))
    try:
        relative = path.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    return spec.match_file(relative)


def check_file(path: Path, config: Config, display: str | None = None) -> Result:
    try:
        source = read_source(path)
    except SourceError as exc:
        return Result(display or str(path), errors=[str(exc)])
    source.path = display or str(path)
    return check_document(source.document(), config, path)


def check_stdin(data: bytes, filename: str, config: Config) -> Result:
    try:
        source = decode(data, filename)
    except SourceError as exc:
        return Result(filename, errors=[str(exc)])
    return check_document(source.document(), config, Path(filename))


__all__ = [
    "ConfigCache",
    "ConfigError",
    "Overrides",
    "check_file",
    "check_stdin",
    "expand_paths",
]
