"""Every rule over the real corpus, compared with a checked-in snapshot per rule.

Each line of `tests/snapshots/<rule>.txt` is a finding someone has read and judged
right. After an intended change, regenerate with

    PRLINT_UPDATE_SNAPSHOTS=1 pytest tests/test_corpus_snapshot.py

and read the diff before committing it.
"""

from __future__ import annotations

import os
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
from support import CORPUS, lint_corpus_file

from prlint.registry import load_registry

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("PRLINT_UPDATE_SNAPSHOTS") == "1"


def corpus_files() -> list[Path]:
    return sorted(
        path
        for path in CORPUS.rglob("*")
        if path.suffix in (".txt", ".md") and path.name not in ("README.md", "SOURCES.md")
    )


@cache
def corpus_findings() -> dict[str, list[str]]:
    by_rule: dict[str, list[str]] = defaultdict(list)
    for path in corpus_files():
        for d in lint_corpus_file(path):
            assert d.start_pos is not None
            relative = path.relative_to(CORPUS).as_posix()
            by_rule[d.rule].append(
                f"{relative}:{d.start_pos.line}:{d.start_pos.column}: {d.message}"
            )
    return by_rule


def test_corpus_is_present():
    assert len(corpus_files()) >= 200


@pytest.mark.parametrize("rule", sorted(load_registry().rules))
def test_rule_matches_corpus_snapshot(rule):
    actual = corpus_findings().get(rule, [])
    snapshot = SNAPSHOTS / f"{rule}.txt"
    if UPDATE:
        if actual:
            snapshot.write_text("\n".join(actual) + "\n", encoding="utf-8")
        else:
            snapshot.unlink(missing_ok=True)
        return
    expected = snapshot.read_text(encoding="utf-8").splitlines() if snapshot.exists() else []
    assert actual == expected, (
        f"{rule}: findings over the corpus changed; "
        f"new: {sorted(set(actual) - set(expected))[:20]}, "
        f"gone: {sorted(set(expected) - set(actual))[:20]}"
    )
