"""The process pool (`--jobs`) and the command-line fast path change nothing but speed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import CORPUS, SEED

from prlint.api import make_config
from prlint.runner import MIN_FILES_PER_JOB, check_files

PRLINT = shutil.which("prlint", path=str(Path(sys.executable).parent)) or shutil.which("prlint")


def _corpus_sample(count: int) -> list[Path]:
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md"))
    files = [p for p in files if p.name not in ("README.md", "SOURCES.md")]
    return files[:: max(1, len(files) // count)][:count] or [SEED]


def _flat(results):
    return [
        (r.path, r.errors, [(d.rule, d.start, d.end, d.message) for d in r.diagnostics])
        for r in results
    ]


def test_pool_results_equal_sequential_results_in_the_same_order(tmp_path):
    config = make_config()
    files = _corpus_sample(4 * MIN_FILES_PER_JOB)
    missing = tmp_path / "gone.txt"  # an error result in the middle keeps its place
    work = [(path, config) for path in files[:10]] + [(missing, config)]
    work += [(path, config) for path in files[10:]]
    sequential = check_files(work, jobs=1)
    pooled = check_files(work, jobs=2)
    assert _flat(pooled) == _flat(sequential)
    assert [r.path for r in pooled] == [str(path) for path, _ in work]
    assert pooled[10].errors


@pytest.mark.parametrize("processes", [2, 3])
def test_pool_results_match_whatever_process_checked_them(processes):
    from prlint.runner import _check_in_pool

    config = make_config()
    work = [(path, config) for path in _corpus_sample(6 * MIN_FILES_PER_JOB)]
    pooled = list(_check_in_pool(work, processes))
    assert _flat(pooled) == _flat(check_files(work, jobs=1))


@pytest.mark.parametrize("processes", [2, 3])
def test_every_file_is_checked_once_whichever_process_claims_it(tmp_path, processes):
    """The processes share out the files: none is checked twice, none is left out."""
    from prlint.runner import _check_in_pool, check_file

    log = tmp_path / "checked.log"

    def logged(path, config):
        with open(log, "a", encoding="utf-8") as handle:  # (appends of a line are atomic)
            handle.write(f"{os.getpid()} {path}\n")
        return check_file(path, config)

    config = make_config()
    files = _corpus_sample(8 * MIN_FILES_PER_JOB)
    pooled = list(_check_in_pool([(path, config) for path in files], processes, logged))
    entries = [line.split(" ", 1) for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(path for _, path in entries) == sorted(str(path) for path in files)
    assert [r.path for r in pooled] == [str(path) for path in files]


def test_runs_a_dead_worker_never_sent_back_are_checked_here():
    """A worker killed in the middle of the run (out of memory, say) loses no file."""
    from prlint.runner import _check_in_pool, check_file

    parent = os.getpid()

    def dies_in_a_worker(path, config):
        if os.getpid() != parent:
            os._exit(9)
        return check_file(path, config)

    config = make_config()
    work = [(path, config) for path in _corpus_sample(4 * MIN_FILES_PER_JOB)]
    pooled = list(_check_in_pool(work, 3, dies_in_a_worker))
    assert _flat(pooled) == _flat(check_files(work, jobs=1))


def test_a_worker_that_fails_prints_no_traceback_and_loses_no_file(capfd):
    from prlint.runner import _check_in_pool, check_file

    parent = os.getpid()

    def fails_in_a_worker(path, config):
        if os.getpid() != parent:
            raise RuntimeError("unexpected")
        return check_file(path, config)

    config = make_config()
    work = [(path, config) for path in _corpus_sample(4 * MIN_FILES_PER_JOB)]
    pooled = list(_check_in_pool(work, 2, fails_in_a_worker))
    assert _flat(pooled) == _flat(check_files(work, jobs=1))
    assert "Traceback" not in capfd.readouterr().err


def test_few_files_are_checked_in_process(monkeypatch):
    import prlint.runner as runner

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool for a handful of files costs more than it saves")

    monkeypatch.setattr(runner, "_check_in_pool", no_pool)
    config = make_config()
    results = check_files([(SEED, config)] * (2 * MIN_FILES_PER_JOB - 1), jobs=8)
    assert len(results) == 2 * MIN_FILES_PER_JOB - 1


@pytest.mark.parametrize(
    "args",
    [
        ["check", "{seed}"],
        ["check", "-o", "json", "--select", "placeholder-link,missing-end-mark", "{seed}"],
        ["check", "--output-format=concise", "-q", "--exit-zero", "{seed}", "{missing}"],
        ["check", "--fail-on", "error", "--ignore", "PR5", "-j", "1", "{seed}"],
        ["check", "--select", "no-such-rule", "{seed}"],
        ["check", "-o", "xml", "{seed}"],
        ["check", "--jobs", "0", "{seed}"],
        ["check"],
        ["--version"],
    ],
)
def test_fast_path_matches_typer(tmp_path, args):
    if PRLINT is None:
        pytest.skip("the prlint command is not installed")
    argv = [a.format(seed=SEED, missing=tmp_path / "missing.txt") for a in args]

    def run(**env: str):
        done = subprocess.run(
            [PRLINT, *argv],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **env},
        )
        return done.returncode, done.stdout, done.stderr

    assert run() == run(PRLINT_NO_FAST_PATH="1")


def test_fast_path_options_are_the_check_commands_options():
    """`prlint.fastcli.CHECK_OPTIONS` describes exactly what Typer builds for `check`."""
    import types
    import typing

    import typer.main

    from prlint import cli
    from prlint.fastcli import CHECK_OPTIONS

    command = typer.main.get_command(cli.app).commands["check"]  # type: ignore[attr-defined]
    hints = typing.get_type_hints(cli.check)
    seen = set()
    for param in command.params:
        if param.name == "paths":
            continue
        kind = "flag" if param.is_flag else "multiple" if param.multiple else "value"
        base = hints[param.name]
        if typing.get_origin(base) in (typing.Union, types.UnionType):
            (base,) = [a for a in typing.get_args(base) if a is not type(None)]
        if typing.get_origin(base) is list:
            (base,) = typing.get_args(base)
        for option in [*param.opts, *param.secondary_opts]:
            fast = CHECK_OPTIONS[option]
            seen.add(option)
            assert (fast.name, fast.kind) == (param.name, kind), option
            if base is int:  # `--jobs` has min=1: the fast path rejects 0 as Typer does
                assert fast.convert("3") == 3
                with pytest.raises(ValueError):
                    fast.convert("0")
            elif base is not bool:  # flags take no value
                assert fast.convert is base, option
    assert set(CHECK_OPTIONS) == seen


@pytest.mark.parametrize(
    "options",
    [[], ["-o", "concise"], ["-q"], ["-o", "json"], ["--fail-on", "error"], ["--exit-zero"]],
)
def test_pooled_run_prints_what_a_sequential_run_prints(tmp_path, options):
    """Workers write the text reports themselves; the output and the exit code are the
    same as when this process checks every file, for every format."""
    if PRLINT is None:
        pytest.skip("the prlint command is not installed")
    folder = tmp_path / "releases"
    folder.mkdir()
    for index, path in enumerate(_corpus_sample(3 * MIN_FILES_PER_JOB)):
        shutil.copyfile(path, folder / f"r{index:02d}{path.suffix}")
    text = SEED.read_text(encoding="utf-8")
    (folder / "r90-crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (folder / "r91-utf16.txt").write_bytes(text.encode("utf-16"))
    (folder / "r92-binary.txt").write_bytes(b"\x00\x01binary\x00")
    (folder / "r93-clean.txt").write_bytes(
        (Path(__file__).parent.parent / "examples" / "clean-release.txt").read_bytes()
    )

    def run(jobs: str):
        done = subprocess.run(
            [PRLINT, "check", "-j", jobs, *options, str(folder)],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"},
        )
        return done.returncode, done.stdout, done.stderr

    sequential = run("1")
    assert sequential[1]  # something to compare
    assert run("2") == sequential
