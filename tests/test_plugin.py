"""The example third-party rule package is discovered and run once installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from support import ROOT

PLUGIN = ROOT / "examples" / "plugin"


def test_example_plugin_is_discovered_and_run(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
            "--no-build-isolation", "--target", str(target), str(PLUGIN),
        ],
        check=True,
        cwd=tmp_path,
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path])}
    prlint = [sys.executable, "-c", "from prlint.cli import main; main()"]
    rules = subprocess.run([*prlint, "rules"], capture_output=True, text=True, env=env)
    assert rules.returncode == 0, rules.stderr
    row = next(line for line in rules.stdout.splitlines() if line.startswith("exclamation-mark"))
    assert "EX101" in row and "prlint-example-plugin" in row

    release = tmp_path / "r.txt"
    release.write_text("We are thrilled!\n")
    checked = subprocess.run(
        [*prlint, "check", "-o", "json", "--select", "EX", str(release)],
        capture_output=True, text=True, env=env,
    )
    report = json.loads(checked.stdout)
    assert [(d["rule"], d["start"]["column"]) for d in report["diagnostics"]] == [
        ("exclamation-mark", 16)
    ]
    assert Path(target / "prlint_example_plugin").is_dir()
