"""`prlint fix` from the command line: in place, --diff, --check, stdin, --show-fixes."""

from __future__ import annotations

import os

from clihelp import run
from support import SEED

FLAWED = "\n\nHeadline\n\nThe US plan—announced January 5th  at 10:00 AM.\n"
FIXED = "Headline\n\nThe U.S. plan — announced Jan. 5 at 10 a.m.\n"
ONLY_MINE = ("--select", "PR6")


def test_fix_rewrites_in_place_and_reports(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(FLAWED)
    result = run("fix", *ONLY_MINE, str(path))
    assert path.read_text() == FIXED
    assert result.code == 0, result.stdout
    assert "Fixed 6 issues in 1 file" in result.stdout


def test_fix_twice_changes_nothing(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(FLAWED)
    run("fix", *ONLY_MINE, str(path))
    os.utime(path, (1_000_000, 1_000_000))
    result = run("fix", *ONLY_MINE, str(path))
    assert path.read_text() == FIXED and path.stat().st_mtime == 1_000_000
    assert "Fixed 0 issues in 0 files" in result.stdout


def test_diff_writes_nothing(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(FLAWED)
    result = run("fix", "--diff", *ONLY_MINE, str(path))
    assert path.read_text() == FLAWED
    assert result.code == 1
    assert f"--- {path}\n+++ {path}\n" in result.stdout
    assert "+The U.S. plan — announced Jan. 5 at 10 a.m.\n" in result.stdout
    assert "Would fix" in result.stderr


def test_check_exits_1_only_when_something_would_change(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(FLAWED)
    assert run("fix", "--check", *ONLY_MINE, str(path)).code == 1
    assert path.read_text() == FLAWED
    path.write_text(FIXED)
    assert run("fix", "--check", *ONLY_MINE, str(path)).code == 0


def test_stdin_to_stdout():
    result = run("fix", *ONLY_MINE, "-", input=FLAWED.encode())
    assert result.stdout == FIXED
    assert result.code == 0


def test_stdin_crlf_is_kept():
    from typer.testing import CliRunner

    from prlint.cli import app

    data = FLAWED.replace("\n", "\r\n").encode()
    result = CliRunner().invoke(app, ["fix", *ONLY_MINE, "-"], input=data)
    assert result.stdout_bytes == FIXED.replace("\n", "\r\n").encode()


def test_show_fixes_lists_rules_per_file(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(FLAWED)
    result = run("fix", "--show-fixes", *ONLY_MINE, str(path))
    assert f"{path}:" in result.stdout
    for line in (
        "1 × dash-spacing (PR602)",
        "1 × month-abbreviation (PR604)",
        "2 × whitespace (PR601)",
    ):
        assert line in result.stdout


def test_remaining_findings_set_the_exit_code(tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(SEED.read_bytes())
    result = run("fix", str(path))
    assert result.code == 1
    assert "placeholder-link" in result.stdout  # reported, not fixed
    assert "[set of recommendations](#)" in path.read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8").startswith("FOR IMMEDIATE RELEASE")


def test_unsafe_fixes(tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(SEED.read_bytes())
    run("fix", "--unsafe-fixes", str(path))
    text = path.read_text(encoding="utf-8")
    assert "stated" not in text and "said Claudia Lucero" in text
    assert "solutions that will lead to the improvement" in text  # broken paragraph joined


def test_undecodable_file_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "release.txt"
    data = b"The US plan\xff.\n"
    path.write_bytes(data)
    result = run("fix", *ONLY_MINE, str(path))
    assert result.code == 2
    assert "not valid UTF-8" in result.stdout + result.stderr
    assert path.read_bytes() == data


def test_directory_is_expanded(tmp_path):
    (tmp_path / "a.md").write_text(FLAWED)
    (tmp_path / "b.txt").write_text(FLAWED)
    (tmp_path / "c.py").write_text(FLAWED)
    run("fix", *ONLY_MINE, str(tmp_path))
    assert (tmp_path / "a.md").read_text() == FIXED
    assert (tmp_path / "b.txt").read_text() == FIXED
    assert (tmp_path / "c.py").read_text() == FLAWED
