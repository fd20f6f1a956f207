"""`prlint fix`: apply the rules' fixes to files in place (or show them), then report.

Registered on the main typer app by `prlint.cli` (`register(app)`); reuses its options,
configuration discovery, path expansion and report rendering.
"""

# No `from __future__ import annotations`: typer reads the `fix` signature, whose
# annotations name `cli` objects that only exist inside `register`.

import difflib
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from prlint.config import ConfigError
from prlint.diagnostics import Severity
from prlint.engine import Result
from prlint.fixer import FixOutcome, fix_source
from prlint.runner import ConfigCache
from prlint.source import SourceError, decode, read_source, write_atomic


@dataclass
class FileFix:
    """What happened to one file (or stdin)."""

    path: str
    outcome: FixOutcome | None = None
    data: bytes | None = None  # the new bytes, when the file changes
    original: bytes = b""
    written: bool = False
    result: Result = field(default_factory=lambda: Result(""))

    @property
    def changed(self) -> bool:
        return self.data is not None


def fix_one(
    path: Path, config, unsafe: bool, write: bool, display: str | None = None
) -> FileFix:
    """Fix one file; writes it (atomically, same encoding/BOM/newlines) when `write`."""
    name = display or str(path)
    try:
        source = read_source(path)
    except SourceError as exc:
        return FileFix(name, result=Result(name, errors=[f"{exc}; left unchanged"]))
    source.path = name
    return _finish(FileFix(name), source, config, path, unsafe, write)


def fix_bytes(data: bytes, name: str, config, unsafe: bool) -> FileFix:
    try:
        source = decode(data, name)
    except SourceError as exc:
        return FileFix(name, original=data, result=Result(name, errors=[str(exc)]))
    return _finish(FileFix(name, original=data), source, config, Path(name), unsafe, False)


def _finish(item: FileFix, source, config, path: Path, unsafe: bool, write: bool) -> FileFix:
    outcome, data = fix_source(source, config, path, unsafe)
    item.outcome, item.data = outcome, data
    item.result = outcome.result or Result(item.path)
    item.result.errors = list(outcome.errors)
    if data is not None and write:
        try:
            write_atomic(path, data)
            item.written = True
        except OSError as exc:
            item.result.errors.append(
                f"could not write the fixed file ({exc.strerror or exc}); left unchanged"
            )
            item.data = None
    return item


def unified_diff(item: FileFix) -> str:
    assert item.outcome is not None
    before = item.outcome.original.splitlines(keepends=True)
    after = item.outcome.fixed.splitlines(keepends=True)
    lines = []
    for line in difflib.unified_diff(before, after, item.path, item.path):
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(lines)


def show_fixes(items: Iterable[FileFix], stream) -> None:
    for item in items:
        if item.outcome is None or not item.outcome.applied:
            continue
        stream.write(f"{item.path}:\n")
        for rule, count in sorted(item.outcome.counts().items()):
            code = next(a.code for a in item.outcome.applied if a.rule == rule)
            stream.write(f"  {count:>4} × {rule} ({code})\n")


def fix_paths(
    paths: list[str], configs: ConfigCache, unsafe: bool, write: bool
) -> tuple[list[FileFix], dict[str, Severity]]:
    """Fix every named file (directories expanded as `check` does); stdin not included."""
    from prlint.runner import expand_paths

    items: list[FileFix] = []
    levels: dict[str, Severity] = {}
    missing: list[tuple[str, str]] = []
    for path in expand_paths([p for p in paths if p != "-"], configs, missing):
        config = configs.for_path(path)
        item = fix_one(path, config, unsafe, write)
        levels[item.path] = config.fail_on
        items.append(item)
    items += [FileFix(p, result=Result(p, errors=[m])) for p, m in missing]
    return items, levels


def register(app: typer.Typer) -> None:
    from prlint import cli

    @app.command()
    def fix(
        paths: Annotated[list[str], typer.Argument(help="Files or directories; `-` for stdin.")],
        diff: Annotated[
            bool, typer.Option("--diff", help="Print a unified diff; write nothing.")
        ] = False,
        check: Annotated[
            bool,
            typer.Option("--check", help="Write nothing; exit 1 if anything would change."),
        ] = False,
        unsafe_fixes: Annotated[
            bool, typer.Option("--unsafe-fixes", help="Also apply unsafe fixes.")
        ] = False,
        show: Annotated[
            bool,
            typer.Option("--show-fixes", help="List the fixes applied, per file and rule."),
        ] = False,
        config: cli.ConfigOption = None,
        select: cli.SelectOption = None,
        extend_select: cli.ExtendSelectOption = None,
        ignore: cli.IgnoreOption = None,
        fail_on: Annotated[
            cli.FailOn | None,
            typer.Option("--fail-on", help="Lowest severity that makes the exit code 1."),
        ] = None,
        exit_zero: Annotated[
            bool, typer.Option("--exit-zero", help="Exit 0 even when findings remain.")
        ] = False,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="Print remaining findings only.")
        ] = False,
        no_color: Annotated[bool, typer.Option("--no-color", help="Never use colour.")] = False,
        stdin_filename: cli.StdinFilenameOption = None,
        region: cli.RegionOption = None,
    ) -> None:
        """Fix press releases in place, then report what is left.

        Safe fixes only change whitespace, punctuation, quotation marks, emphasis markup
        and documented forms (see `prlint explain RULE`); --unsafe-fixes also applies
        fixes that change words or structure. `-` reads stdin and writes the result to
        stdout.
        """
        registry = cli.registry_or_exit()
        overrides = cli.make_overrides(select, extend_select, ignore, fail_on, region)
        configs = ConfigCache(registry, config, overrides)
        dry = diff or check
        try:
            items, levels = fix_paths(paths, configs, unsafe_fixes, write=not dry)
            stdin_item = None
            if "-" in paths:
                name = stdin_filename or "<stdin>"
                stdin_config = configs.for_path(
                    Path(stdin_filename) if stdin_filename else Path.cwd() / "x"
                )
                stdin_item = fix_bytes(sys.stdin.buffer.read(), name, stdin_config, unsafe_fixes)
                levels[name] = stdin_config.fail_on
                items.append(stdin_item)
        except ConfigError as exc:
            cli.error(str(exc))
            raise typer.Exit(cli.EXIT_ERROR) from None

        # stdout carries the diff, or the fixed stdin; the report then goes to stderr.
        report = sys.stderr if (diff or stdin_item is not None) else sys.stdout
        if diff:
            for item in items:
                if item.changed:
                    sys.stdout.write(unified_diff(item))
        elif stdin_item is not None and not check:
            out = stdin_item.data if stdin_item.data is not None else stdin_item.original
            sys.stdout.flush()
            sys.stdout.buffer.write(out)
            sys.stdout.buffer.flush()
        if show:
            show_fixes(items, report)

        for item in items:
            item.result.path = item.result.path or item.path
        results = [item.result for item in items]
        if not dry:
            from prlint.output.text import render_text

            sources = {}
            if stdin_item is not None and stdin_item.outcome is not None:
                sources[stdin_item.path] = stdin_item.outcome.fixed.split("\n")
            render_text(
                results,
                report,
                color=cli.use_color(no_color) and report is sys.stdout,
                quiet=True,
                sources=sources,
            )
        else:
            for result in results:
                for message in result.errors:
                    cli.error(f"{result.path}: {message}")
        if not quiet:
            _summary(items, dry, report)
        if any(result.errors for result in results):
            raise typer.Exit(cli.EXIT_ERROR)
        if dry:
            changed = any(item.changed for item in items)
            raise typer.Exit(cli.EXIT_FINDINGS if changed and not exit_zero else cli.EXIT_CLEAN)
        raise typer.Exit(cli.exit_code(results, levels, exit_zero))


def _summary(items: list[FileFix], dry: bool, stream) -> None:
    changed = [item for item in items if item.changed]
    fixes = sum(len(item.outcome.applied) for item in changed if item.outcome)
    remaining = sum(len(item.result.diagnostics) for item in items)
    files = f"{len(changed)} file{'' if len(changed) == 1 else 's'}"
    if dry:
        stream.write(
            f"Would fix {fixes} issue{'' if fixes == 1 else 's'} in {files}"
            f"; {len(items) - len(changed)} left unchanged.\n"
        )
    else:
        stream.write(
            f"Fixed {fixes} issue{'' if fixes == 1 else 's'} in {files}"
            f"; {remaining} finding{'' if remaining == 1 else 's'} remain.\n"
        )


def fix_paths_and_report(paths: list[str], configs: ConfigCache, unsafe: bool) -> None:
    """`prlint check --fix`: fix files in place (stdin is only checked), and report on
    stderr what could not be fixed safely (undecodable files, no convergence)."""
    from prlint import cli

    items, _ = fix_paths(paths, configs, unsafe, write=True)
    for item in items:
        if item.outcome is not None and not item.outcome.converged:
            for message in item.outcome.errors:
                cli.error(f"{item.path}: {message}")
