"""What `prlint check` does, free of the command-line framework.

`prlint.cli` declares the command for Typer; `prlint.launch` runs plain `check` command
lines straight through `run_check`, without importing Typer (see `prlint.fastcli`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path

from prlint.config import ConfigError
from prlint.diagnostics import Severity
from prlint.engine import Result
from prlint.registry import Registry, load_registry
from prlint.runner import ConfigCache, Overrides, check_stdin, expand_paths, iter_check_files

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


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


def error(message: str) -> None:
    sys.stderr.write(f"prlint: error: {message}\n")


def use_color(no_color: bool) -> bool:
    if no_color or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def registry_or_exit() -> Registry:
    from prlint._recache import cache_file

    registry = load_registry(cache=cache_file("entry-points.marshal"))
    if not any(rule.source == "builtin" for rule in registry.rules.values()):
        # Checking on with no built-in rules would report a clean release: never that.
        problems = "; ".join(registry.errors) or "no `builtin` entry point is installed"
        error(
            f"the built-in rules could not be loaded ({problems}). Is a `prlint` source "
            "directory shadowing the installed package? From a source checkout, install "
            "it with `pip install -e .`"
        )
        sys.exit(EXIT_ERROR)
    for problem in registry.errors:
        sys.stderr.write(f"prlint: warning: {problem}\n")
    return registry


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
    text_report: bool | None = None,
) -> tuple[Iterator[Result], dict[str, Severity], dict[str, list[str]]]:
    """Check every path: the results (in order, each as soon as it is ready), each
    result's fail-on level and stdin's lines, both filled in as the results come.

    Configuration errors are raised here, before any result. `text_report`: see
    `prlint.runner.iter_check_files`.
    """
    fail_levels: dict[str, Severity] = {}
    sources: dict[str, list[str]] = {}
    missing: list[tuple[str, str]] = []
    work = [
        (path, configs.for_path(path))
        for path in expand_paths([p for p in paths if p != "-"], configs, missing)
    ]
    stdin_config = None
    if "-" in paths:
        stdin_config = configs.for_path(
            Path(stdin_filename) if stdin_filename else Path.cwd() / "x"
        )

    def results() -> Iterator[Result]:
        checked = iter_check_files(work, jobs, text_report)
        for result, (_, config) in zip(checked, work, strict=True):
            fail_levels[result.path] = config.fail_on
            yield result
        if stdin_config is not None:
            name = stdin_filename or "<stdin>"
            data = sys.stdin.buffer.read()
            fail_levels[name] = stdin_config.fail_on
            sources[name] = data.decode("utf-8-sig", errors="replace").splitlines()
            yield check_stdin(data, name, stdin_config)
        for path, message in missing:
            yield Result(path, errors=[message])

    return results(), fail_levels, sources


def exit_code(results: list[Result], fail_levels: dict[str, Severity], exit_zero: bool) -> int:
    if any(result.errors for result in results):
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    from prlint.output.text import tally_of

    for result in results:
        threshold = fail_levels.get(result.path, Severity.WARNING)
        if tally_of(result).worst >= threshold.rank:
            return EXIT_FINDINGS
    return EXIT_CLEAN


def run_check(
    paths: list[str],
    config: Path | None = None,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
    output_format: OutputFormat = OutputFormat.text,
    fail_on: FailOn | None = None,
    exit_zero: bool = False,
    quiet: bool = False,
    no_color: bool = False,
    stdin_filename: str | None = None,
    region: str | None = None,
    check_deliverability: bool = False,
    jobs: int | None = None,
    fix: bool = False,
    unsafe_fixes: bool = False,
) -> int:
    """`prlint check` with its command-line options; returns the exit code."""
    registry = registry_or_exit()
    overrides = make_overrides(select, extend_select, ignore, fail_on, region, check_deliverability)
    configs = ConfigCache(registry, config, overrides)
    try:
        if fix:
            from prlint.cli_fix import fix_paths_and_report

            fix_paths_and_report(paths, configs, unsafe_fixes)
        color = use_color(no_color)
        text_report = None  # the diagnostics themselves come back from the workers
        if output_format in (OutputFormat.text, OutputFormat.concise) and not color:
            text_report = output_format is OutputFormat.concise  # their plain reports
        pending, fail_levels, sources = run_checks(
            paths, configs, stdin_filename, jobs, text_report
        )
    except ConfigError as exc:
        error(str(exc))
        return EXIT_ERROR
    from prlint.output import render
    from prlint.output.text import render_text

    results: list[Result] = []
    if output_format in (OutputFormat.text, OutputFormat.concise):
        render_text(  # each file's findings printed while the next files are checked
            _kept(pending, results),
            sys.stdout,
            concise=output_format is OutputFormat.concise,
            color=color,
            quiet=quiet,
            sources=sources,
        )
    else:
        results.extend(pending)
        render(output_format.value, results, registry, sys.stdout)
    for result in results:
        for message in result.errors:
            if output_format is not OutputFormat.text:
                error(f"{result.path}: {message}")
    return exit_code(results, fail_levels, exit_zero)


def _kept(results: Iterable[Result], kept: list[Result]) -> Iterator[Result]:
    for result in results:
        kept.append(result)
        yield result
