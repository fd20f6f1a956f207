"""The `prlint` console script: the command line's entry point, kept light.

`prlint --version` and plain `prlint check` command lines (see `prlint.fastcli`) run
without importing Typer and the command-line framework, whose import and per-call
validation cost more than checking a release; everything else goes to the Typer app in
`prlint.cli`, with its help, messages and other commands.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn

from prlint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERRUPTED = 0, 1, 130

# Python collects garbage after every 700 new objects by default. Start-up makes a few
# hundred thousand that all live until the end, and a check's objects are freed by
# reference counting as soon as a file is done (see `Document.release`): collecting
# that often only walks live objects again and again (~3% of a run of many files).
GC_THRESHOLDS = (50_000, 20, 20)


def main() -> NoReturn:
    """Run the command line and end the process with its exit code.

    For the console script and `python -m prlint` only: the process ends here, without
    the interpreter's teardown (see `_leave`). To run prlint inside another program, use
    `prlint.api` (or `prlint.cli.main`, which raises SystemExit as usual).
    """
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        _run()
        code: object = EXIT_CLEAN
    except SystemExit as exc:
        code = exc.code
    _leave(code)


def _leave(code: object) -> NoReturn:
    """Exit as `sys.exit(code)` would, minus the interpreter's teardown.

    Tearing down frees every module and object one by one, which costs as much as
    checking a dozen releases, for memory the system frees anyway. Everything a normal
    exit does that matters still happens: the exit handlers run (prlint's pattern cache
    is saved by one) and the standard streams are flushed. With other threads still
    running, or outside CPython, the exit is the normal one.
    """
    if code is None:
        status = EXIT_CLEAN
    elif isinstance(code, int):
        status = code
    else:  # as Python does with a message given to sys.exit
        sys.stderr.write(f"{code}\n")
        status = EXIT_FINDINGS
    import atexit

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    threading = sys.modules.get("threading")  # (no other thread without it)
    if run_exit_handlers is None or (threading is not None and threading.active_count() > 1):
        sys.exit(status)
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a reader that went away, or a closed stream
            pass
    os._exit(status)


def _run() -> None:
    try:
        try:
            from prlint import _recache

            _recache.install()  # compiled patterns kept between runs; see prlint._recache
            code = _fast_path(sys.argv[1:])
            if code is None:
                code = _typer_app()
            sys.exit(code)
        except KeyboardInterrupt:
            sys.stderr.write("prlint: interrupted\n")
            sys.exit(EXIT_INTERRUPTED)
        except SystemExit as exc:
            if exc.code == EXIT_INTERRUPTED:
                sys.stderr.write("prlint: interrupted\n")
            raise
    except BrokenPipeError:
        _quiet_broken_pipe()
    finally:
        # Output still buffered for a reader that went away (`prlint check . | head`):
        # flush it now, so that Python's own flush at exit cannot fail and complain.
        try:
            sys.stdout.flush()
        except (BrokenPipeError, ValueError):
            _quiet_broken_pipe()


def _typer_app() -> int:
    import typer

    from prlint.cli import app

    try:
        app()  # exits; Typer turns Ctrl-C into exit code 130
    except typer.Exit as exc:
        return exc.exit_code
    return EXIT_CLEAN


def _quiet_broken_pipe() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(EXIT_FINDINGS)


def _fast_path(args: list[str]) -> int | None:
    """The exit code of `--version` and plain `check` command lines, run without Typer;
    None when Typer must handle the command line."""
    if args == ["--version"]:
        sys.stdout.write(f"prlint {__version__}\n")
        return EXIT_CLEAN
    if len(args) < 2 or args[0] != "check" or os.environ.get("PRLINT_NO_FAST_PATH"):
        return None
    from prlint.fastcli import parse_check

    kwargs = parse_check(args[1:])
    if kwargs is None:
        return None
    from prlint.checking import run_check

    return run_check(**kwargs)
