"""The real corpus through the real command: findings or none, never a crash."""

from __future__ import annotations

import json
import subprocess
import sys

from support import CORPUS


def test_check_over_the_whole_corpus_never_crashes():
    result = subprocess.run(
        [sys.executable, "-c", "from prlint.cli import main; main()", "check", "-o", "json",
         str(CORPUS / "real"), str(CORPUS / "seed")],
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report["errors"] == []
    checked = {d["path"] for d in report["diagnostics"]}
    assert len(checked) > 100
