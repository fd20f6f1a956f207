"""The `prlint` command line."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Annotated

import typer

from prlint import __version__
from prlint.checking import (  # noqa: F401  (cli_fix and tests use them from here)
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    FailOn,
    OutputFormat,
    error,
    exit_code,
    make_overrides,
    registry_or_exit,
    run_check,
    use_color,
)
from prlint.launch import main  # noqa: F401  (the console script's old name)

app = typer.Typer(
    name="prlint",
    help="Lint and format press releases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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
    code = run_check(
        paths,
        config,
        select,
        extend_select,
        ignore,
        output_format,
        fail_on,
        exit_zero,
        quiet,
        no_color,
        stdin_filename,
        region,
        check_deliverability,
        jobs,
        fix,
        unsafe_fixes,
    )
    raise typer.Exit(code)


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
