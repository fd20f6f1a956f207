"""Find the files to check, give each its configuration, and check them."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from prlint.config import Config, ConfigError, find_config, load_config
from prlint.document import RELEASE_SUFFIXES
from prlint.engine import Result, check_document
from prlint.registry import Registry
from prlint.source import SourceError, decode, interrupts_held, read_source

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
        self._by_dir: dict[Path, Path | None] = {}
        self._by_path: dict[Path, Config] = {}  # files met in a directory walk

    def for_path(self, path: Path) -> Config:
        known = self._by_path.get(path)
        if known is not None:
            return known
        return self.for_directory(path if path.is_dir() else path.parent)

    def for_directory(self, directory: Path) -> Config:
        """The configuration of the files directly in `directory`."""
        config_path = self.explicit if self.explicit else self._find(directory)
        if config_path not in self._by_file:
            loaded = load_config(self.registry, config_path)
            self._by_file[config_path] = self.overrides.apply(loaded)
        return self._by_file[config_path]

    def _find(self, directory: Path) -> Path | None:
        # Discovery walks up the directory tree; files in one directory share the answer.
        if directory not in self._by_dir:
            self._by_dir[directory] = find_config(directory)
        return self._by_dir[directory]

    def remember(self, path: Path, config: Config) -> None:
        self._by_path[path] = config


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
        if argument.endswith(("/", os.sep)) and not path.is_dir():
            # pathlib drops the trailing slash; the user meant a directory
            problem = "not a directory" if path.exists() else "no such file or directory"
            errors.append((argument, problem))
        elif path.is_dir():
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
        folder = Path(directory)
        config = configs.for_directory(folder)
        for name in sorted(files):
            if not name.lower().endswith(RELEASE_SUFFIXES):
                continue
            path = folder / name
            if not _excluded(path, config):
                configs.remember(path, config)
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
    return _check_file(path, config, display)[0]


def _check_file(
    path: Path, config: Config, display: str | None = None
) -> tuple[Result, str | None]:
    """The result, and the decoded text (None when the file could not be read)."""
    try:
        source = read_source(path)
    except SourceError as exc:
        return Result(display or str(path), errors=[str(exc)]), None
    source.path = display or str(path)
    return check_document(source.document(), config, path), source.text


# A worker process costs a fork and the transfer of its results; below this many files
# per worker the pool does not pay for itself and the files are checked in this process.
MIN_FILES_PER_JOB = 8


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def check_files(work: Sequence[tuple[Path, Config]], jobs: int | None = None) -> list[Result]:
    """Check files, in a process pool when there are enough of them; results in order."""
    return list(iter_check_files(work, jobs))


def iter_check_files(
    work: Sequence[tuple[Path, Config]],
    jobs: int | None = None,
    text_report: bool | None = None,
) -> Iterator[Result]:
    """Check files, in a process pool when there are enough of them, yielding each
    result as soon as it and all before it are done.

    The order of the results is the order of `work`, whatever the number of jobs, so the
    output is the same as a sequential run (and can be written while the workers go on).
    With `text_report` (False: full, True: concise), workers send back each file's plain
    text report (`prlint.output.text.RenderedResult`) instead of its diagnostics.
    Ctrl-C stops the workers and re-raises KeyboardInterrupt here.
    """
    jobs = default_jobs() if jobs is None or jobs < 1 else jobs
    workers = min(jobs, len(work) // MIN_FILES_PER_JOB)
    if workers < 2:
        yield from (check_file(path, config) for path, config in work)
        return
    # The first file is checked here, before the fork: the modules and patterns that rules
    # load lazily on first use are then loaded once, not once in every worker.
    yield check_file(*work[0])
    yield from _check_in_pool(work[1:], workers, text_report)


_worker_configs: list[Config] = []
_worker_report: list[bool | None] = [None]


def _init_worker(configs: list[Config], text_report: bool | None) -> None:
    import signal

    # Ctrl-C reaches the whole process group; the parent alone decides what happens.
    # (The worker starts with it held, see _check_in_pool, and lets it go once ignored.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    _worker_configs[:] = configs
    _worker_report[0] = text_report


def _check_chunk(chunk: list[tuple[str, int]]) -> list[Result]:
    concise = _worker_report[0]
    if concise is None:
        return [check_file(Path(path), _worker_configs[index]) for path, index in chunk]
    from prlint.output.text import rendered

    return [
        rendered(*_check_file(Path(path), _worker_configs[index]), concise=concise)
        for path, index in chunk
    ]


def _check_in_pool(
    work: Sequence[tuple[Path, Config]], workers: int, text_report: bool | None = None
) -> Iterator[Result]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    configs: list[Config] = []
    config_index: dict[int, int] = {}
    tasks: list[tuple[str, int]] = []
    for path, config in work:
        if id(config) not in config_index:
            config_index[id(config)] = len(configs)
            configs.append(config)
        tasks.append((str(path), config_index[id(config)]))
    # Small chunks balance the load; not so small that messaging dominates.
    size = max(1, min(16, len(tasks) // (workers * 4)))
    chunks = [tasks[i : i + size] for i in range(0, len(tasks), size)]
    # fork shares the loaded rules and compiled patterns with the workers for free.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(configs, text_report),
    )
    done_chunks = 0
    try:
        with interrupts_held():  # map forks the workers: they start with Ctrl-C held
            pending = executor.map(_check_chunk, chunks)
        for done in pending:
            done_chunks += 1
            yield from done
    except BrokenProcessPool:
        # A worker died (killed, out of memory): check what is left here, in order.
        for chunk in chunks[done_chunks:]:
            yield from (check_file(Path(p), configs[i]) for p, i in chunk)
    except BaseException:  # Ctrl-C, an unexpected failure, or the reader stopped early
        import threading

        # The executor's manager thread may still complain about the futures it can no
        # longer finish; this process is on its way out, so it keeps quiet instead.
        threading.excepthook = lambda args: None
        for process in list(getattr(executor, "_processes", {}).values()):
            process.terminate()
        executor.shutdown(wait=False)
        raise
    executor.shutdown(wait=True)


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
    "check_files",
    "check_stdin",
    "default_jobs",
    "expand_paths",
    "iter_check_files",
]
