"""The pre-commit hooks, run for real with `pre-commit try-repo` (slow: it builds an
environment with pip from this repository's HEAD commit; needs the package registry)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
pytestmark = pytest.mark.skipif(
    not PRE_COMMIT.exists() or shutil.which("git") is None, reason="needs git and pre-commit"
)

FLAWED = (
    "\n\nFOR IMMEDIATE RELEASE\n\nAcme Opens a New Plant\n\n"
    "CHICAGO—Acme opened a plant in the US on January 5th at 10:00 AM.  It employs 40 people.\n"
    "\n\n\n###\n"
)
FIXED = (
    "FOR IMMEDIATE RELEASE\n\nAcme Opens a New Plant\n\n"
    "CHICAGO — Acme opened a plant in the U.S. on Jan. 5 at 10 a.m. It employs 40 people.\n"
    "\n###\n"
)


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout.strip()


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(workdir: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_INPUT": "1",
        "PIP_DEFAULT_TIMEOUT": "60",
        "PIP_RETRIES": "3",
        "NO_COLOR": "1",
    }
    env.pop("PRE_COMMIT_ALLOW_NO_CONFIG", None)
    return subprocess.run(
        [
            str(PRE_COMMIT),
            "try-repo",
            str(ROOT),
            hook,
            "--ref",
            git(ROOT, "rev-parse", "HEAD"),
            "--all-files",
            "--color",
            "never",
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_hooks_check_then_fix_a_release(tmp_path, cache_dir):
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "t@example.org")
    git(tmp_path, "config", "user.name", "t")
    # Only the formatting rules, so the test does not depend on every other rule's view.
    (tmp_path / "prlint.toml").write_text('select = ["PR6"]\n')
    release = tmp_path / "release.txt"
    release.write_text(FLAWED)
    (tmp_path / "notes.py").write_text("x  = 1  \n")  # not a release: the hooks skip it
    git(tmp_path, "add", ".")

    checked = try_repo(tmp_path, "prlint", cache_dir)
    output = checked.stdout + checked.stderr
    assert checked.returncode == 1, output
    assert "whitespace" in output and "us-abbreviation" in output
    assert release.read_text() == FLAWED

    fixed = try_repo(tmp_path, "prlint-fix", cache_dir)
    output = fixed.stdout + fixed.stderr
    assert fixed.returncode == 1, output  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in output
    assert release.read_text() == FIXED
    assert (tmp_path / "notes.py").read_text() == "x  = 1  \n"

    git(tmp_path, "add", ".")
    again = try_repo(tmp_path, "prlint", cache_dir)
    assert again.returncode == 0, again.stdout + again.stderr
