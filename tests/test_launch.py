"""The console script's entry point: how the process ends, and what it leaves to the
garbage collector."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import CORPUS, SEED

from prlint.api import make_config
from prlint.runner import check_file


def python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


@pytest.mark.parametrize(
    ("code", "status", "stderr"),
    [("3", 3, ""), ("None", 0, ""), ("'prlint: no can do'", 1, "prlint: no can do\n")],
)
def test_leaving_runs_exit_handlers_and_flushes_output(code, status, stderr):
    done = python(
        "import atexit, sys\n"
        "from prlint.launch import _leave\n"
        "atexit.register(lambda: sys.stdout.write('handler ran'))\n"
        "sys.stdout.write('buffered, ')\n"
        f"_leave({code})\n"
    )
    assert done.returncode == status
    assert done.stdout == "buffered, handler ran"
    assert done.stderr == stderr


def test_the_command_line_still_saves_its_pattern_cache(tmp_path):
    """The cache is written by an exit handler, which the quick exit must still run."""
    done = subprocess.run(
        [sys.executable, "-m", "prlint", "check", "--no-color", str(SEED)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PRLINT_CACHE_DIR": str(tmp_path)},
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "placeholder-link" in done.stdout
    assert list(tmp_path.glob("re-*.marshal")), "the pattern cache was not saved"


def test_a_checked_file_leaves_no_garbage_in_reference_cycles():
    """Documents are freed by reference counting once checked (`Document.release`), which
    is what lets the command line collect garbage rarely (`prlint.launch.GC_THRESHOLDS`)."""
    files = [SEED, *sorted((CORPUS / "real").rglob("*.md"))[:5]]
    files += sorted((CORPUS / "real").rglob("*.txt"))[:5]
    config = make_config()
    check_file(SEED, config)  # what rules load on first use lives on: load it first
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for path in files:
            assert check_file(Path(path), config).diagnostics is not None
        gc.collect()
        left = [type(item).__name__ for item in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert left == []
