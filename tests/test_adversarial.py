"""Adversarial input: no rule may backtrack catastrophically.

For each character class that classically trips regular expressions (long runs of `#`,
`*`, `_`, `[`, `(`, straight and curly quotes, digits, spaces, dashes, `@`), 100 KB of it
goes through EVERY rule, as one long line of plain text and as 100-character lines of
Markdown. Each case runs in its own subprocess with a generous hang guard (30 s): a
linear rule set needs a few seconds at most. This is a guard
against hangs, not a benchmark (see bench/linearity.py for the 100 KB vs 1 MB ratio).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

SIZE = 100_000
HANG_GUARD = 30.0

CLASSES = {
    "hash": "#",
    "star": "*",
    "underscore": "_",
    "open-bracket": "[",
    "open-paren": "(",
    "straight-double-quote": '"',
    "straight-single-quote": "'",
    "curly-double-quotes": "“”",
    "curly-single-quotes": "‘’",
    "digits": "0123456789",
    "spaces": " ",
    "hyphens": "-",
    "dashes": "–—",
    "at": "@",
}

_WORKER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from prlint.api import make_config
    from prlint.document import Document
    from prlint.engine import check_document

    unit, size, shape, name = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    run = (unit * (size // len(unit) + 1))[:size]
    if shape == "lines":
        run = "\\n".join(run[i : i + 100] for i in range(0, len(run), 100))
    elif shape == "in-prose":
        run = "Acme Corp. said " + run + " on Monday."
    config = make_config()
    start = time.perf_counter()
    result = check_document(Document.from_text(run, name), config, Path(name))
    print(json.dumps({
        "seconds": round(time.perf_counter() - start, 3),
        "findings": len(result.diagnostics),
        "errors": result.errors,
    }))
    """
)

# One long line as plain text, and 100-character lines as Markdown: each its own process.
SHAPES = [("alone", "release.txt"), ("lines", "release.md")]


@pytest.mark.parametrize(("shape", "name"), SHAPES, ids=[f"{s}-{n}" for s, n in SHAPES])
@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_long_runs_finish_in_linear_time(kind, shape, name):
    try:
        done = subprocess.run(
            [sys.executable, "-c", _WORKER, CLASSES[kind], str(SIZE), shape, name],
            capture_output=True,
            text=True,
            timeout=HANG_GUARD,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"100 KB of {kind!r} ({shape}, {name}) did not finish within {HANG_GUARD:.0f} s: "
            "some rule's pattern backtracks catastrophically, or is far too slow per "
            "character (bench/linearity.py names the rule and the line)"
        )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert not report["errors"], report["errors"]
