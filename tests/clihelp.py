"""Run the CLI in-process, as a user would call it."""

from __future__ import annotations

from dataclasses import dataclass

from typer.testing import CliRunner

from prlint.cli import app


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run(*args: str, input: bytes | str | None = None) -> Run:
    result = CliRunner().invoke(app, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)
