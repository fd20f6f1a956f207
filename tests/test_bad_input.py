"""Bad input at the command line: every case runs the installed `prlint` in a subprocess.

Each case checks that prlint neither crashes nor hangs (no traceback on stderr, a hang
guard on every run), reports unreadable input clearly with exit code 2 while still
checking the other files of the same run, and reports positions right whatever the
encoding or line endings. The unreadable-file case runs for real when the tests do not
run as root, and is simulated in-process (Path.read_bytes raising PermissionError) in
any case, since root (as in CI containers) can read a chmod 000 file.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import CORPUS, SEED

PRLINT = shutil.which("prlint", path=str(Path(sys.executable).parent)) or shutil.which("prlint")
GUARD = 120  # seconds: a hang guard, not a benchmark
PLACEHOLDER = "Read the [full report](#) today.\n"  # placeholder-link at column 10


def prlint(*args: str, cwd: Path | None = None, timeout: float = GUARD, **kw):
    if PRLINT is None:
        pytest.skip("the prlint command is not installed")
    env = {**os.environ, "NO_COLOR": "1", "PRLINT_CACHE_DIR": str(Path(cwd or ".") / ".cache")}
    done = subprocess.run(
        [PRLINT, *args], capture_output=True, cwd=cwd, timeout=timeout, env=env, **kw
    )
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr[-3000:]
    return done.returncode, done.stdout.decode("utf-8", "replace"), stderr


def report(*args: str, cwd: Path | None = None, timeout: float = GUARD):
    """Run `check -o json`; returns (exit code, diagnostics, errors by path, stderr)."""
    code, out, err = prlint("check", "-o", "json", *args, cwd=cwd, timeout=timeout)
    data = json.loads(out)
    errors = {e["path"]: e["message"] for e in data["errors"]}
    return code, data["diagnostics"], errors, err


def where(diagnostics, rule: str) -> list[tuple[str, int, int]]:
    return [
        (Path(d["path"]).name, d["start"]["line"], d["start"]["column"])
        for d in diagnostics
        if d["rule"] == rule
    ]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(PLACEHOLDER, encoding="utf-8")
    return path


# --- empty and blank ---------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\n\n  ", b"\n" * 1000, b"\xef\xbb\xbf"])
def test_empty_and_whitespace_only_files(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    code, diagnostics, errors, _ = report(str(path))
    assert code in (0, 1) and not errors, errors
    # Nothing to say about a blank file except its stray whitespace.
    assert {d["rule"] for d in diagnostics} <= {"whitespace"}
    assert len(diagnostics) <= 3


# --- unreadable content: clear error, exit 2, the other files still checked ---------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"FOR IMMEDIATE RELEASE\n\x00\x01\x02binary\x00data", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Caf\xe9 opens today.\n", "not valid UTF-8"),
        (b"Good line.\nBad \xff\xfe byte on line 2.\n", "line 2"),
    ],
)
def test_unreadable_content_is_an_error_and_others_are_checked(tmp_path, good, content, words):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, diagnostics, errors, _ = report(str(bad), str(good))
    assert code == 2
    assert words in errors[str(bad)]
    assert where(diagnostics, "placeholder-link") == [("good.txt", 1, 10)]


def test_invalid_utf8_in_text_output_names_the_file(tmp_path, good):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Señor Pérez said the plan works.\n".encode("latin-1"))
    code, out, err = prlint("check", str(bad), str(good))
    assert code == 2
    assert "latin1.txt" in out + err and "UTF-8" in out + err
    assert "good.txt:1:10" in out


# --- encodings and line endings: positions right -----------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + PLACEHOLDER.encode("utf-8"),
        codecs.BOM_UTF16_LE + PLACEHOLDER.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + PLACEHOLDER.encode("utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_byte_order_marks_do_not_shift_positions(tmp_path, encoded):
    path = tmp_path / "bom.txt"
    path.write_bytes(encoded)
    _code, diagnostics, errors, _ = report(str(path))
    assert not errors
    assert where(diagnostics, "placeholder-link") == [("bom.txt", 1, 10)]
    (found,) = [d for d in diagnostics if d["rule"] == "placeholder-link"]
    assert found["start"]["offset"] == 9  # in characters of the decoded text, BOM excluded


def test_utf16_with_broken_bytes_is_a_clear_error(tmp_path, good):
    path = tmp_path / "broken16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8")
    code, _, errors, _ = report(str(path), str(good))
    assert code == 2 and "utf-16" in errors[str(path)]


@pytest.mark.parametrize(
    ("newline", "offsets"),
    [
        ("\r\n", (2, 4)),
        ("\r", (1, 2)),
        ("\n", (1, 2)),
        ("mixed", None),
    ],
)
def test_line_endings_keep_positions_right(tmp_path, newline, offsets):
    lines = ["FOR IMMEDIATE RELEASE", "", "Acme opens a plant.", "", PLACEHOLDER.rstrip("\n")]
    if newline == "mixed":
        text = "FOR IMMEDIATE RELEASE\r\n\rAcme opens a plant.\n\r\n" + lines[4] + "\n"
    else:
        text = newline.join(lines) + newline
    path = tmp_path / "endings.txt"
    path.write_bytes(text.encode("utf-8"))
    _, diagnostics, errors, _ = report(str(path))
    assert not errors
    assert where(diagnostics, "placeholder-link") == [("endings.txt", 5, 10)]
    (found,) = [d for d in diagnostics if d["rule"] == "placeholder-link"]
    # The offset is into the file's own text, so an editor lands on the `[`.
    assert text[found["start"]["offset"]] == "["


# --- size ------------------------------------------------------------------------


def test_ten_megabyte_single_line(tmp_path):
    sentence = "Acme Corp. said on Monday that its new plant in Springfield will open soon. "
    path = tmp_path / "long-line.txt"
    path.write_text(sentence * (10_000_000 // len(sentence)), encoding="utf-8")
    code, _, errors, _ = report("--select", "placeholder-link,whitespace", str(path))
    assert code in (0, 1) and not errors
    code, _out, err = prlint("check", "-q", str(path), timeout=600)
    assert code in (0, 1), err


def test_two_hundred_thousand_short_lines(tmp_path):
    path = tmp_path / "many-lines.txt"
    path.write_text("".join(f"Line {i} is short.\n" for i in range(200_000)), encoding="utf-8")
    code, _out, err = prlint("check", "-q", str(path), timeout=600)
    assert code in (0, 1), err


# --- paths ------------------------------------------------------------------------


def test_missing_file_is_an_error_and_others_are_checked(tmp_path, good):
    code, diagnostics, errors, _ = report(str(tmp_path / "nope.txt"), str(good))
    assert code == 2
    assert "no such file" in errors[str(tmp_path / "nope.txt")]
    assert where(diagnostics, "placeholder-link") == [("good.txt", 1, 10)]


def test_directory_named_like_a_release_is_walked_not_read(tmp_path, good):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    (folder / "inner.md").write_text(PLACEHOLDER, encoding="utf-8")
    _code, diagnostics, errors, _ = report(str(folder), str(good))
    assert not errors
    assert sorted(where(diagnostics, "placeholder-link")) == [
        ("good.txt", 1, 10),
        ("inner.md", 1, 10),
    ]


def test_file_given_as_a_directory_is_an_error(tmp_path, good):
    code, _, errors, _ = report(str(good) + "/", str(tmp_path / "good.txt"))
    assert code == 2
    assert str(good) + "/" in errors


def test_directory_given_as_the_config_file_is_a_clear_error(tmp_path, good):
    code, _out, err = prlint("check", "--config", str(tmp_path), str(good))
    assert code == 2
    assert "prlint: error" in err or "Error" in err


def test_unreadable_file_for_real(tmp_path, good):
    if os.geteuid() == 0:
        pytest.skip("root reads chmod 000 files; see the simulated case below")
    locked = tmp_path / "locked.txt"
    locked.write_text(PLACEHOLDER, encoding="utf-8")
    locked.chmod(0)
    try:
        code, diagnostics, errors, _ = report(str(locked), str(good))
    finally:
        locked.chmod(0o644)
    assert code == 2 and "permission denied" in errors[str(locked)]
    assert where(diagnostics, "placeholder-link") == [("good.txt", 1, 10)]


def test_unreadable_file_simulated(tmp_path, good, monkeypatch):
    """Root can read chmod 000 files, so the refusal is simulated in-process."""
    from clihelp import run

    locked = tmp_path / "locked.txt"
    locked.write_text(PLACEHOLDER, encoding="utf-8")
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run("check", "--no-color", "-j", "1", str(locked), str(good))
    assert result.code == 2
    assert "locked.txt" in result.stdout + result.stderr
    assert "permission denied" in result.stdout + result.stderr
    assert "good.txt:1:10" in result.stdout


def test_symlink_loops_in_a_directory_walk(tmp_path, good):
    root = tmp_path / "tree"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "release.txt").write_text(PLACEHOLDER, encoding="utf-8")
    (root / "sub" / "parent").symlink_to(root, target_is_directory=True)  # a cycle
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")  # a symlink loop
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    code, diagnostics, errors, _ = report(str(root), str(good), timeout=60)
    assert where(diagnostics, "placeholder-link").count(("release.txt", 1, 10)) == 1
    assert ("good.txt", 1, 10) in where(diagnostics, "placeholder-link")
    looped = [path for path in errors if "loop-" in path]
    assert looped and code == 2  # reported clearly, and the walk finished


# --- text that is not a press release ----------------------------------------------

NOVEL = """Chapter Three

The rain had not stopped for a week when Mara finally opened the letter. She read it
twice by the window, then folded it along its old creases and set it on the table
beside the cold tea.

"You knew," her brother said from the doorway. He did not come in.

"I guessed," she said. "It isn't the same thing."

Outside, the river had climbed over the lower steps of the mill, and the ducks that
usually slept there were gone. Somewhere down the lane a dog was barking at nothing,
the way dogs do when the weather makes them uneasy. Mara thought of her father, who
had always said that a house listens, and that you should be careful what you say in
an empty room.

She did not answer when he called her name a second time.
"""


def _csv() -> str:
    rows = ["id,region,product,units,unit_price,total,date"]
    rows += [
        f"{i},{('North', 'South', 'East', 'West')[i % 4]},Widget {i % 17},{i % 40 + 1},"
        f"{i * 0.35:.2f},{(i % 40 + 1) * i * 0.35:.2f},2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
        for i in range(1, 300)
    ]
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    "kind",
    ["novel", "csv", "python"],
)
def test_text_that_is_not_a_release_gets_few_findings(tmp_path, kind):
    if kind == "novel":
        path, text = tmp_path / "chapter.txt", NOVEL
    elif kind == "csv":
        path, text = tmp_path / "customers.csv", _csv()
    else:
        import textwrap as module

        path, text = tmp_path / "module.py", Path(module.__file__).read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    code, diagnostics, errors, _ = report(str(path))
    assert not errors and code in (0, 1)
    # A few document-level findings (no release line, no contact...) are right; a flood
    # of findings on every line is not.
    bound = 8 + len(text) // 2000
    assert len(diagnostics) <= bound, sorted({(d["rule"], d["message"][:60]) for d in diagnostics})


# --- pipes and signals -------------------------------------------------------------


def _releases(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    sources = sorted(CORPUS.rglob("*.txt"))[:40] or [SEED]
    for index in range(count):
        source = sources[index % len(sources)]
        shutil.copyfile(source, folder / f"r{index:04d}.txt")
    return folder


@pytest.mark.parametrize("output", ["text", "json"])
def test_output_into_a_reader_that_stops_is_quiet(tmp_path, output):
    if PRLINT is None:
        pytest.skip("the prlint command is not installed")
    folder = _releases(tmp_path, 60)
    done = subprocess.run(
        f"'{PRLINT}' check -o {output} '{folder}' | head -1",
        shell=True,
        capture_output=True,
        timeout=GUARD,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert done.stdout.count(b"\n") == 1
    assert done.stderr == b"", done.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_a_run_of_many_files_exits_130_quietly(tmp_path, jobs):
    if PRLINT is None:
        pytest.skip("the prlint command is not installed")
    folder = _releases(tmp_path, 400)
    proc = subprocess.Popen(
        [PRLINT, "check", "-j", jobs, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    time.sleep(2.0)
    if proc.poll() is not None:
        pytest.skip("the run finished before Ctrl-C could be sent")
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole group, workers too
    _out, err = proc.communicate(timeout=GUARD)
    assert proc.returncode == 130, err.decode("utf-8", "replace")
    assert b"Traceback" not in err
    assert b"interrupted" in err


def test_ctrl_c_during_fix_leaves_no_half_written_file(tmp_path):
    if PRLINT is None:
        pytest.skip("the prlint command is not installed")
    folder = _releases(tmp_path, 300)
    originals = {path.name: path.read_bytes() for path in folder.iterdir()}
    reference = tmp_path / "reference"
    shutil.copytree(folder, reference)
    prlint("fix", str(reference), timeout=600)
    fixed = {path.name: path.read_bytes() for path in reference.iterdir()}
    proc = subprocess.Popen(
        [PRLINT, "fix", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    time.sleep(2.5)
    if proc.poll() is not None:
        pytest.skip("the run finished before Ctrl-C could be sent")
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=GUARD)
    assert proc.returncode == 130, err.decode("utf-8", "replace")
    assert b"Traceback" not in err
    leftovers = sorted(p.name for p in folder.iterdir() if p.name not in originals)
    assert not leftovers  # no temporary files left behind
    for path in folder.iterdir():
        assert path.read_bytes() in (originals[path.name], fixed[path.name]), path.name
