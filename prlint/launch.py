"""The `prlint` console script: the command line's entry point, kept light.

`prlint --version` and plain `prlint check` command lines (see `prlint.fastcli`) run
without importing Typer and the command-line framework, whose import and per-call
validation cost more than checking a release; everything else goes to the Typer app in
`prlint.cli`, with its help, messages and other commands.
"""

from __future__ import annotations

import os
import sys

from prlint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERRUPTED = 0, 1, 130


def main() -> None:
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
