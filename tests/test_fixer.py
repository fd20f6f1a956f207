"""The fixer core: passes, overlapping edits, convergence, unsafe fixes, faithful writes."""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import SEED

from prlint import source as source_module
from prlint.api import make_config
from prlint.config import from_mapping
from prlint.diagnostics import Diagnostic, Edit, Fix, Severity
from prlint.document import Document
from prlint.fixer import MAX_PASSES, apply_edits, fix_source, fix_text, select_fixes
from prlint.registry import Registry
from prlint.rule import Context, Rule
from prlint.source import SourceError, decode, read_source, write_atomic

FORMATTING = ["whitespace", "dash-spacing", "us-abbreviation", "month-abbreviation", "time-format"]


def config_for(*rules: str, **extra):
    return make_config({"select": list(rules), **extra})


def fixed(text: str, *rules: str, unsafe: bool = False) -> str:
    outcome = fix_text(text, config_for(*(rules or FORMATTING)), unsafe=unsafe)
    assert outcome.converged, outcome.errors
    return outcome.fixed


# --- select_fixes / apply_edits -----------------------------------------------------


def diag(rule: str, *edits: Edit, unsafe: bool = False) -> Diagnostic:
    fix = Fix.unsafe(*edits) if unsafe else Fix.safe(*edits)
    start = min(e.start for e in edits)
    return Diagnostic(rule, "X1", Severity.INFO, "m", start, start, fix)


def test_overlapping_edit_waits_for_the_next_pass():
    text = "abcdef"
    first = diag("a", Edit(1, 3, "X"))
    overlapping = diag("b", Edit(2, 4, "Y"))
    later = diag("c", Edit(4, 5, "Z"))
    chosen = select_fixes([overlapping, later, first], text, unsafe=False)
    assert chosen == [first, later]
    assert apply_edits(text, [e for d in chosen for e in d.fix.edits]) == "aXdZf"


def test_insertions_at_one_point_conflict_but_adjacent_replacements_do_not():
    text = "abc"
    one = diag("a", Edit(1, 1, "X"))
    two = diag("b", Edit(1, 1, "Y"))
    assert select_fixes([one, two], text, unsafe=False) == [one]
    left = diag("a", Edit(0, 1, "X"))
    right = diag("b", Edit(1, 2, "Y"))
    assert select_fixes([left, right], text, unsafe=False) == [left, right]


def test_a_fix_is_all_or_nothing():
    text = "abcdef"
    blocker = diag("a", Edit(0, 2, "Z"))
    both = diag("b", Edit(1, 2, "X"), Edit(4, 6, "Y"))  # its first edit overlaps the blocker
    assert select_fixes([blocker, both], text, unsafe=False) == [blocker]


def test_unsafe_and_no_op_and_out_of_range_fixes_are_skipped():
    text = "abc"
    unsafe = diag("a", Edit(0, 1, "X"), unsafe=True)
    no_op = diag("b", Edit(1, 2, "b"))
    broken = diag("c", Edit(2, 9, "Z"))
    assert select_fixes([unsafe, no_op, broken], text, unsafe=False) == []
    assert select_fixes([unsafe], text, unsafe=True) == [unsafe]


# --- passes and convergence, with stub rules -----------------------------------------


class _Stub(Rule):
    code = "ZZ901"
    summary = "stub"
    severity = Severity.INFO
    fix_safety = "safe"


class Toggle(_Stub):
    """Never converges: flips the first character back and forth."""

    name = "toggle"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        flipped = "b" if doc.text[:1] == "a" else "a"
        yield self.diagnostic(0, 1, "flip", Fix.safe(Edit(0, 1, flipped)))


class Grow(_Stub):
    """Converges slowly: adds one '!' per pass until there are three."""

    name = "grow"
    code = "ZZ902"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if doc.text.count("!") < 3:
            yield self.diagnostic(0, 0, "grow", Fix.safe(Edit(len(doc.text), len(doc.text), "!")))


def stub_config(*rules: type[Rule]):
    registry = Registry()
    for rule in rules:
        registry.add(rule, "test")
    return from_mapping(registry, {})


def test_fixes_repeat_until_nothing_changes():
    outcome = fix_text("x", stub_config(Grow))
    assert outcome.converged and outcome.fixed == "x!!!" and outcome.passes == 3
    assert [a.rule for a in outcome.applied] == ["grow"] * 3


def test_a_cycle_is_reported_and_the_text_left_unchanged():
    outcome = fix_text("abc", stub_config(Toggle))
    assert not outcome.converged
    assert outcome.fixed == "abc" and not outcome.changed
    assert "did not converge" in outcome.errors[-1] and "toggle" in outcome.errors[-1]


def test_the_pass_cap_is_reported():
    outcome = fix_text("x", stub_config(Grow), max_passes=2)
    assert not outcome.converged and outcome.fixed == "x"


def test_non_converging_file_is_not_written(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("abc\n")
    outcome, data = fix_source(read_source(path), stub_config(Toggle), path)
    assert data is None and not outcome.converged


# --- the formatting rules through the fixer ------------------------------------------


def test_formatting_rules_fix_a_small_release():
    text = (
        "\n\nFOR IMMEDIATE RELEASE  \n\n\n\nCHICAGO—The event runs January 5th at 10:00 AM "
        "across the US.  It ends -- as planned -- at 12 noon.\n\n"
    )
    assert fixed(text) == (
        "FOR IMMEDIATE RELEASE\n\nCHICAGO — The event runs Jan. 5 at 10 a.m. "
        "across the U.S. It ends — as planned — at noon.\n"
    )


def test_file_without_final_newline_gets_one():
    assert fixed("One line.", "whitespace") == "One line.\n"
    assert fixed("One line.  \n\n\n", "whitespace") == "One line.\n"
    assert fixed(" \n\t\n", "whitespace") == ""


def test_markdown_hard_break_is_kept_but_plain_text_trailing_spaces_go():
    text = "Jane Doe  \nDirector  \n"
    outcome = fix_text(text, config_for("whitespace"), Path("a.md"))
    assert outcome.fixed == "Jane Doe  \nDirector\n"
    assert fix_text(text, config_for("whitespace"), Path("a.txt")).fixed == "Jane Doe\nDirector\n"


def test_selected_rules_only():
    text = "The US plan—announced today.\n"
    assert fixed(text, "dash-spacing") == "The US plan — announced today.\n"


def test_unsafe_fixes_only_when_asked():
    text = SEED.read_text(encoding="utf-8")
    config = make_config()
    safe = fix_text(text, config)
    unsafe = fix_text(text, config, unsafe=True)
    assert "stated Claudia" in safe.fixed
    if "attribution-verb" in config.registry.rules:
        assert "said Claudia" in unsafe.fixed and "stated" not in unsafe.fixed


# --- faithful files ------------------------------------------------------------------


def fix_file(path: Path, rules=FORMATTING) -> bytes | None:
    outcome, data = fix_source(read_source(path), config_for(*rules), path)
    assert outcome.converged
    if data is not None:
        write_atomic(path, data)
    return data


def test_crlf_and_bom_are_kept(tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline  \r\n\r\n\r\nThe US plan.\r\n")
    fix_file(path)
    assert path.read_bytes() == b"\xef\xbb\xbfHeadline\r\n\r\nThe U.S. plan.\r\n"


def test_utf16_is_kept(tmp_path):
    path = tmp_path / "release.txt"
    text = "Headline\r\n\r\nThe US plan.  It works.\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    fix_file(path)
    wanted = "Headline\r\n\r\nThe U.S. plan. It works.\r\n"
    assert path.read_bytes() == b"\xff\xfe" + wanted.encode("utf-16-le")


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
@pytest.mark.parametrize("moment", ["after mkstemp", "during fsync"])
def test_ctrl_c_during_a_write_lands_after_it(tmp_path, monkeypatch, moment):
    """A Ctrl-C while the temporary file exists is held until the rename is done: the
    file is whole and no temporary file is left (the signal used to land inside mkstemp)."""
    path = tmp_path / "release.txt"
    path.write_bytes(b"old\n")
    real_mkstemp, real_fsync = tempfile.mkstemp, os.fsync

    def interrupt() -> None:
        os.kill(os.getpid(), signal.SIGINT)

    def mkstemp(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        if moment == "after mkstemp":
            interrupt()
        return made

    def fsync(fd: int) -> None:
        if moment == "during fsync":
            interrupt()
        real_fsync(fd)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(source_module.os, "fsync", fsync)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new\n")
    assert path.read_bytes() == b"new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["release.txt"]


def test_permissions_are_kept(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("Headline\n\nThe US plan.\n")
    path.chmod(0o640)
    fix_file(path)
    assert path.read_text() == "Headline\n\nThe U.S. plan.\n"
    assert path.stat().st_mode & 0o777 == 0o640


def test_clean_file_is_not_rewritten(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("The U.S. plan.\n")
    os.utime(path, (1_000_000, 1_000_000))
    assert fix_file(path) is None
    assert path.stat().st_mtime == 1_000_000


def test_undecodable_file_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(b"The US plan \xff\xfe broken.\n")
    with pytest.raises(SourceError, match="not valid UTF-8"):
        read_source(path)
    with pytest.raises(SourceError):
        decode(b"a\x00b", "x.txt")


def test_interrupted_write_leaves_the_original_intact(tmp_path, monkeypatch):
    path = tmp_path / "release.txt"
    original = b"Headline\n\nThe US plan.  It works.\n"
    path.write_bytes(original)
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()
            return False

        def write(self, data):
            self.handle.write(data[:5])  # half the data reaches the temporary file...
            raise OSError(28, "No space left on device")  # ...then the disk is full

    monkeypatch.setattr(source_module.os, "fdopen", lambda fd, mode: Failing(real_fdopen(fd, mode)))
    with pytest.raises(OSError):
        fix_file(path)
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["release.txt"]  # no temporary left


def test_failed_rename_leaves_the_original_intact(tmp_path, monkeypatch):
    path = tmp_path / "release.txt"
    path.write_bytes(b"Headline\n\nThe US plan.\n")

    def boom(src, dst):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(source_module.os, "replace", boom)
    with pytest.raises(OSError):
        fix_file(path)
    assert path.read_bytes() == b"Headline\n\nThe US plan.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["release.txt"]


def test_max_passes_is_about_ten():
    assert 5 <= MAX_PASSES <= 20
