"""Find the files to check, give each its configuration, and check them."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from prlint.config import Config, ConfigError, find_config, load_config
from prlint.document import RELEASE_SUFFIXES
from prlint.engine import Result, check_document
from prlint.registry import Registry
from prlint.source import SourceError, decode, interrupts_held, read_source

SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


class Overrides:
    """Command-line settings that win over every configuration file."""

    def __init__(
        self,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        extend_select: list[str] | None = None,
        fail_on: str | None = None,
        region: str | None = None,
        check_deliverability: bool = False,
    ):
        self.select = select
        self.ignore = ignore or []
        self.extend_select = extend_select or []
        self.fail_on = fail_on
        self.region = region
        self.check_deliverability = check_deliverability

    def apply(self, config: Config) -> Config:
        from prlint.diagnostics import Severity

        config = config.copy()
        config.settings = dict(config.settings)
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
        # Files met in a directory walk, by name (a string hashes far faster than a Path).
        self._by_path: dict[str, Config] = {}

    def for_path(self, path: Path) -> Config:
        known = self._by_path.get(str(path))
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
        self._by_path[str(path)] = config


def expand_paths(
    arguments: Iterable[str], configs: ConfigCache, errors: list[tuple[str, str]]
) -> Iterator[Path]:
    """Files named on the command line, and release files under named directories.

    Directories are walked without following symlinks (so symlink loops cannot trap the
    walk); `exclude` globs from the governing configuration apply within directories.
    """
    seen: set[str] = set()  # (names: a string hashes far faster than a Path)
    for argument in arguments:
        path = Path(argument)
        if argument.endswith(("/", os.sep)) and not path.is_dir():
            # pathlib drops the trailing slash; the user meant a directory
            problem = "not a directory" if path.exists() else "no such file or directory"
            errors.append((argument, problem))
        elif path.is_dir():
            for found in _walk(path, configs):
                if str(found) not in seen:
                    seen.add(str(found))
                    yield found
        elif path.exists() or path.is_symlink():
            if str(path) not in seen:
                seen.add(str(path))
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
    doc = source.document()
    try:
        return check_document(doc, config, path), source.text
    finally:
        doc.release()


# A worker process costs a fork and the transfer of its results; below this many files
# per process the pool does not pay for itself and the files are checked in this process.
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
    """Check files, in `jobs` processes when there are enough of them, yielding each
    result as soon as it and all before it are done.

    The order of the results is the order of `work`, whatever the number of jobs, so the
    output is the same as a sequential run (and can be written while the others go on).
    With `text_report` (False: full, True: concise), each file's plain-text report is
    made where the file is checked (`prlint.output.text.RenderedResult`): a worker sends
    back that instead of the diagnostics.
    Ctrl-C stops the workers and re-raises KeyboardInterrupt here.
    """
    jobs = default_jobs() if jobs is None or jobs < 1 else jobs
    processes = min(jobs, len(work) // MIN_FILES_PER_JOB)
    check = _checker(text_report)
    if processes < 2 or not _can_fork():
        yield from (check(path, config) for path, config in work)
        return
    # The first file is checked here, before the fork: the modules and patterns that rules
    # load lazily on first use are then loaded once, not once in every worker.
    yield check(*work[0])
    # What is loaded now lives as long as the process: out of the garbage collector's way,
    # it is neither traversed again nor copied into the workers by the traversal.
    import gc

    gc.freeze()
    yield from _check_in_pool(work[1:], processes, check)


def _can_fork() -> bool:
    return hasattr(os, "fork")  # (not on Windows)


def _checker(text_report: bool | None) -> Callable[[Path, Config], Result]:
    """What checks one file: its result, or its rendered text report."""
    if text_report is None:
        return check_file
    from prlint.output.text import rendered

    def check_and_render(path: Path, config: Config) -> Result:
        return rendered(*_check_file(path, config), concise=text_report)

    return check_and_render


class _Claims:
    """Hands out consecutive runs of files to the processes that check them (this one
    and its forked workers).

    Where the next run starts travels through a pipe they share, as the only message in
    it: the process that reads it owns it until it writes back where the run after its
    own starts. (A message this small goes through a pipe whole, and a read waits for
    one.) So no two processes get the same files, with no lock and no shared memory.
    Runs shrink towards the end so that every process finishes at about the same time.
    """

    def __init__(self, total: int, processes: int):
        self.total = total
        self.processes = processes
        self._read, self._write = os.pipe()
        self._put(0)

    def _put(self, start: int) -> None:
        os.write(self._write, start.to_bytes(8, "little"))

    def next(self) -> range:
        start = int.from_bytes(os.read(self._read, 8), "little")
        left = self.total - start
        size = max(1, min(16, left // (4 * self.processes)))
        end = start + min(size, left)
        self._put(end)
        return range(start, end)

    def close(self) -> None:
        os.close(self._read)
        os.close(self._write)


# How much a worker may send ahead while this process is busy checking (Linux only).
_PIPE_SIZE = 1 << 20
_HEADER = 8  # bytes: the length of the message that follows


def _check_in_pool(
    work: Sequence[tuple[Path, Config]],
    processes: int,
    check: Callable[[Path, Config], Result] = check_file,
) -> Iterator[Result]:
    """Check `work` with `check` in this process and `processes - 1` forked workers.

    Every process takes the next run of files (see `_Claims`) until none is left; a
    worker sends each run's results back through a pipe of its own, and this process
    yields them in order between runs of its own. A forked worker shares `work`, the
    configurations and the loaded rules with this process: nothing is sent to it.
    A worker that dies (killed, out of memory) leaves runs unreported: they are checked
    here once every worker has ended.
    (Plain os.fork and pipes: importing `multiprocessing` costs more than forking.)
    """
    from select import select

    claims = _Claims(len(work), processes)
    pipes: list[int] = []  # this process's ends, one per worker still sending
    workers: list[int] = []
    try:
        with interrupts_held():  # workers start with Ctrl-C held, see _work
            for _ in range(processes - 1):
                reader, writer = os.pipe()
                _enlarge(writer)
                try:
                    pid = os.fork()
                except OSError:  # no more processes allowed: those started do the work
                    os.close(reader)
                    os.close(writer)
                    break
                if pid == 0:  # the worker; it never returns from here
                    try:
                        for other in (*pipes, reader):
                            os.close(other)
                        _work(work, check, claims, writer)
                    finally:
                        os._exit(0)
                os.close(writer)  # the worker's end: its end of file says it is done
                pipes.append(reader)
                workers.append(pid)
        done: dict[int, list[Result]] = {}  # results by the index of their run's first file
        position = 0  # the next file whose result is due
        while position < len(work):
            while position in done:
                results = done.pop(position)
                position += len(results)
                yield from results
            if position >= len(work):
                break
            for ready in select(pipes, [], [], 0)[0] if pipes else ():
                _receive(ready, done, pipes)
            if position in done:
                continue
            mine = claims.next()
            if mine:
                done[mine.start] = [check(*work[i]) for i in mine]
            elif pipes:  # all handed out: wait for what the workers still owe
                for ready in select(pipes, [], [])[0]:
                    _receive(ready, done, pipes)
            else:  # every worker has ended, but some runs never came back: check them here
                done[position] = [check(*work[position])]
    finally:  # also on Ctrl-C, or when the reader of the results stops early
        import signal

        for pid in workers:
            if os.waitpid(pid, os.WNOHANG)[0] == 0:  # still running
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
        for reader in pipes:
            os.close(reader)
        claims.close()


def _receive(reader: int, done: dict[int, list[Result]], pipes: list[int]) -> None:
    """Take one message from a worker's pipe; at its end (the worker is done, or died in
    the middle of a message), forget the pipe."""
    header = _read_exactly(reader, _HEADER)
    message = _read_exactly(reader, int.from_bytes(header, "little")) if header else None
    if message is None:
        pipes.remove(reader)
        os.close(reader)
        return
    import pickle

    start, results = pickle.loads(message)
    done[start] = results


def _read_exactly(fd: int, size: int) -> bytes | None:
    """`size` bytes from `fd`, or None if it ends before."""
    chunks = []
    while size:
        chunk = os.read(fd, size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _send(fd: int, message: bytes) -> None:
    data = memoryview(len(message).to_bytes(_HEADER, "little") + message)
    while data:
        data = data[os.write(fd, data) :]


def _enlarge(fd: int) -> None:
    import fcntl

    if hasattr(fcntl, "F_SETPIPE_SZ"):
        # (a system limit below our wish is no trouble: the default size works too)
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)


def _work(work, check, claims: _Claims, writer: int) -> None:
    """A worker: check runs of files until none is left, sending back each run's results."""
    import pickle
    import signal

    # Ctrl-C reaches the whole process group; the parent alone decides what happens.
    # (The worker starts with it held, see _check_in_pool, and lets it go once ignored.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        while run := claims.next():
            results = [check(*work[i]) for i in run]
            _send(writer, pickle.dumps((run.start, results), pickle.HIGHEST_PROTOCOL))
    except Exception:  # no traceback from here: the parent checks the runs it never got
        pass
    finally:
        os.close(writer)


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
