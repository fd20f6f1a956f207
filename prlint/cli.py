"""The `prlint` command line."""

from __future__ import annotations

import inspect
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from prlint import __version__
from prlint.config import ConfigError
from prlint.diagnostics import Severity
from prlint.engine import Result
from prlint.registry import Registry, load_registry
from prlint.runner import ConfigCache, Overrides, check_files, check_stdin, expand_paths

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    name="prlint",
    help="Lint and format press releases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    text = "text"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"prlint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Lint and format press releases."""


def error(message: str) -> None:
    sys.stderr.write(f"prlint: error: {message}\n")


def use_color(no_color: bool) -> bool:
    if no_color or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def registry_or_exit() -> Registry:
    registry = load_registry()
    for problem in registry.errors:
        sys.stderr.write(f"prlint: warning: {problem}\n")
    return registry


ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Use this configuration file instead of discovery."),
]
SelectOption = Annotated[
    list[str] | None,
    typer.Option("--select", help="Only these rules (names or code prefixes); repeatable."),
]
ExtendSelectOption = Annotated[
    list[str] | None, typer.Option("--extend-select", help="Add rules to the selection.")
]
IgnoreOption = Annotated[
    list[str] | None, typer.Option("--ignore", help="Skip these rules; repeatable.")
]
StdinFilenameOption = Annotated[
    str | None,
    typer.Option("--stdin-filename", help="Name to use for `-` (config, format, messages)."),
]
RegionOption = Annotated[
    str | None, typer.Option("--region", help="Phone region, e.g. US or AU (overrides config).")
]


def split_selectors(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def make_overrides(
    select: list[str] | None,
    extend_select: list[str] | None,
    ignore: list[str] | None,
    fail_on: FailOn | None = None,
    region: str | None = None,
    check_deliverability: bool = False,
) -> Overrides:
    return Overrides(
        select=split_selectors(select) if select else None,
        extend_select=split_selectors(extend_select),
        ignore=split_selectors(ignore),
        fail_on=fail_on.value if fail_on else None,
        region=region,
        check_deliverability=check_deliverability,
    )


def run_checks(
    paths: list[str],
    configs: ConfigCache,
    stdin_filename: str | None,
    jobs: int | None = None,
) -> tuple[list[Result], dict[str, Severity], dict[str, list[str]]]:
    """Check every path; returns results, each result's fail-on level, and stdin sources."""
    fail_levels: dict[str, Severity] = {}
    sources: dict[str, list[str]] = {}
    missing: list[tuple[str, str]] = []
    work = [
        (path, configs.for_path(path))
        for path in expand_paths([p for p in paths if p != "-"], configs, missing)
    ]
    results = check_files(work, jobs)
    for result, (_, config) in zip(results, work, strict=True):
        fail_levels[result.path] = config.fail_on
    if "-" in paths:
        name = stdin_filename or "<stdin>"
        config = configs.for_path(Path(stdin_filename) if stdin_filename else Path.cwd() / "x")
        data = sys.stdin.buffer.read()
        result = check_stdin(data, name, config)
        fail_levels[name] = config.fail_on
        sources[name] = data.decode("utf-8-sig", errors="replace").splitlines()
        results.append(result)
    results += [Result(path, errors=[message]) for path, message in missing]
    return results, fail_levels, sources


def exit_code(results: list[Result], fail_levels: dict[str, Severity], exit_zero: bool) -> int:
    if any(result.errors for result in results):
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    for result in results:
        threshold = fail_levels.get(result.path, Severity.WARNING)
        if any(d.severity.rank >= threshold.rank for d in result.diagnostics):
            return EXIT_FINDINGS
    return EXIT_CLEAN


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files or directories; `-` for stdin.")],
    config: ConfigOption = None,
    select: SelectOption = None,
    extend_select: ExtendSelectOption = None,
    ignore: IgnoreOption = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--output-format", "-o", help="Report format.")
    ] = OutputFormat.text,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Lowest severity that makes the exit code 1."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print findings only, no summary.")
    ] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never use colour.")] = False,
    stdin_filename: StdinFilenameOption = None,
    region: RegionOption = None,
    check_deliverability: Annotated[
        bool,
        typer.Option(
            "--check-deliverability", help="Look up email domains in DNS (needs network)."
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Worker processes for many files (default: number of cores).",
        ),
    ] = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply safe fixes first (as `prlint fix`), then check.")
    ] = False,
    unsafe_fixes: Annotated[
        bool, typer.Option("--unsafe-fixes", help="With --fix, also apply unsafe fixes.")
    ] = False,
) -> None:
    """Check press releases and report what is wrong."""
    registry = registry_or_exit()
    overrides = make_overrides(
        select, extend_select, ignore, fail_on, region, check_deliverability
    )
    configs = ConfigCache(registry, config, overrides)
    try:
        if fix:
            from prlint.cli_fix import fix_paths_and_report

            fix_paths_and_report(paths, configs, unsafe_fixes)
        results, fail_levels, sources = run_checks(paths, configs, stdin_filename, jobs)
    except ConfigError as exc:
        error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    from prlint.output import render
    from prlint.output.text import render_text

    if output_format in (OutputFormat.text, OutputFormat.concise):
        render_text(
            results,
            sys.stdout,
            concise=output_format is OutputFormat.concise,
            color=use_color(no_color),
            quiet=quiet,
            sources=sources,
        )
    else:
        render(output_format.value, results, registry, sys.stdout)
    for result in results:
        for message in result.errors:
            if output_format is not OutputFormat.text:
                error(f"{result.path}: {message}")
    raise typer.Exit(exit_code(results, fail_levels, exit_zero))


@app.command("rules")
def list_rules(
    no_color: Annotated[bool, typer.Option("--no-color", help="Never use colour.")] = False,
) -> None:
    """List every rule: name, code, severity, fixable, summary and source."""
    registry = registry_or_exit()
    rows = [
        (
            rule.name,
            rule.code,
            rule.severity.value,
            rule.fix_safety or "no",
            rule.summary,
            rule.source,
        )
        for rule in registry.sorted()
    ]
    headers = ("name", "code", "severity", "fix", "summary", "source")
    if use_color(no_color):
        from rich.console import Console
        from rich.table import Table

        table = Table(*headers)
        for row in rows:
            table.add_row(*row)
        Console().print(table)
        return
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        typer.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


@app.command()
def explain(rule: Annotated[str, typer.Argument(help="A rule name or code.")]) -> None:
    """Print a rule's documentation."""
    registry = registry_or_exit()
    found = registry.rules.get(rule) or registry.by_code().get(rule.upper())
    if found is None:
        import difflib

        names = list(registry.rules) + list(registry.by_code())
        close = difflib.get_close_matches(rule, names, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        error(f"unknown rule {rule!r}{hint}; `prlint rules` lists them")
        raise typer.Exit(EXIT_ERROR)
    module = inspect.getmodule(found)
    doc = inspect.cleandoc((module.__doc__ if module else None) or found.__doc__ or "")
    typer.echo(f"{found.name} ({found.code})")
    typer.echo(f"{found.summary}")
    typer.echo(f"Default severity: {found.severity.value}. Fix: {found.fix_safety or 'none'}.")
    if found.options:
        typer.echo("Options:")
        for key, option in found.options.items():
            styles = "".join(f"; {s}: {v!r}" for s, v in option.styles.items())
            typer.echo(f"  {key} (default {option.default!r}{styles}): {option.help}")
    typer.echo("")
    typer.echo(doc)


try:  # the fix command lives in its own module
    import prlint.cli_fix as cli_fix

    cli_fix.register(app)
except ImportError as exc:  # pragma: no cover - only while cli_fix is being written
    if exc.name != "prlint.cli_fix":
        raise


def main() -> None:
    from prlint import _recache

    _recache.install()  # compiled patterns kept between runs; see prlint._recache
    try:
        try:
            code = _fast_path(sys.argv[1:])
            if code is None:
                app()  # exits; Typer turns Ctrl-C into exit code 130
            sys.exit(code)
        except typer.Exit as exc:
            sys.exit(exc.exit_code)
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


def _quiet_broken_pipe() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(EXIT_FINDINGS)


def _fast_path(args: list[str]) -> int | None:
    """Run `--version` and plain `check` command lines without Typer's dispatch.

    Typer's per-invocation cost (about 0.2 s) exceeds checking a release; see
    `prlint.fastcli`. Returns the exit code, or None when Typer must handle the line.
    """
    if args == ["--version"]:
        sys.stdout.write(f"prlint {__version__}\n")
        return EXIT_CLEAN
    if len(args) < 2 or args[0] != "check" or os.environ.get("PRLINT_NO_FAST_PATH"):
        return None
    from prlint.fastcli import parse_check

    kwargs = parse_check(check, args[1:])
    if kwargs is None:
        return None
    check(**kwargs)
    return EXIT_CLEAN
