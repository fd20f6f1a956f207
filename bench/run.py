"""prlint's benchmark: whole-process timings on inputs generated from the corpus.

    python bench/run.py                 # the full table (a few minutes)
    python bench/run.py --quick         # fewer runs, no 10 MB file
    python bench/run.py --no-proselint  # skip the comparison even if proselint is installed

Inputs are generated from ../shared/corpus (or --corpus) into a temporary directory:
one release of about 4 KB, 1,000 releases of about 4 KB, a 1 MB and a 10 MB file. Each
figure is the median wall time of several runs of a fresh process (after one warm-up
run), so imports and start-up are included, as a user sees them. Peak memory is the sum
of the peak resident sizes of every process in the tree (main process and pool workers),
sampled from /proc; forked workers share pages, so this is an upper bound.

When proselint is installed next to prlint (`pip install proselint`), it runs on the
same inputs and the table shows the ratio. The table is Markdown, dated, for README.
Benchmarks are not tests: nothing here asserts a time.

Run it with the Python of the installation to measure: the prlint beside that Python is the
one timed. Users get a regular install (`pip install .`); an editable one (`pip install -e .`)
adds an import hook to every start, and the table's heading says which was measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import DEFAULT_CORPUS, Inputs

TARGETS = {
    "version": 0.25,
    "one": 0.25,
    "many": 1.5,
    "one_mb": 1.0,
    "ten_mb": 10.0,
}


# Children run as a user's would: with .pyc files (kept under the temporary directory
# when the environment forbids writing them next to the sources) and prlint's own cache.
CHILD_ENV = dict(os.environ)


def child_environment(workdir: Path) -> None:
    CHILD_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    CHILD_ENV.setdefault("PYTHONPYCACHEPREFIX", str(workdir / "pycache"))
    CHILD_ENV["PRLINT_CACHE_DIR"] = str(workdir / "prlint-cache")


@dataclass
class Measure:
    wall: float  # median seconds
    runs: list[float]
    peak_kb: int  # process tree, sum of per-process peaks
    returncode: int
    cpu: float = 0.0  # median user+sys seconds, workers included


def find_tool(name: str) -> str | None:
    """The tool installed next to this Python (a virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def _children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        # pid (comm) state ppid ...; comm may hold spaces, so split after the last ')'
        fields = stat[stat.rfind(b")") + 2 :].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            found.append(int(entry))
    return found


def _peak_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeSampler(threading.Thread):
    """Record each descendant's peak RSS (VmHWM) while the process runs."""

    def __init__(self, pid: int, interval: float = 0.01):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            tree = [self.pid]
            index = 0
            while index < len(tree):
                tree += _children_of(tree[index])
                index += 1
            for pid in tree:
                peak = _peak_kb(pid)
                if peak:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), peak)
            self.done.wait(self.interval)

    def children_kb(self) -> int:
        return sum(peak for pid, peak in self.peaks.items() if pid != self.pid)


def run_once(cmd: list[str], cwd: Path, sample: bool) -> tuple[float, int, int]:
    """(wall seconds, peak KB, return code) of one run; output goes to /dev/null."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=CHILD_ENV
    )
    sampler = TreeSampler(proc.pid) if sample and os.path.isdir("/proc") else None
    if sampler:
        sampler.start()
    assert proc.stderr is not None
    errors = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    CPU.append(usage.ru_utime + usage.ru_stime)
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    # ru_maxrss is in KB on Linux: the main process alone. (It also counts the pre-exec
    # copy of this process, which is why the inputs are generated in a subprocess.)
    peak = usage.ru_maxrss
    if sampler:
        sampler.done.set()
        sampler.join()
        peak += sampler.children_kb()
    if proc.returncode not in (0, 1):
        sys.stderr.write(f"bench: {' '.join(cmd)} exited {proc.returncode}\n")
        sys.stderr.write(errors.decode("utf-8", "replace")[-2000:])
    return wall, peak, proc.returncode


CPU: list[float] = []


def measure(cmd: list[str], cwd: Path, runs: int) -> Measure:
    run_once(cmd, cwd, sample=False)  # warm-up: file cache, .pyc files
    CPU.clear()
    walls = []
    code = 0
    for _ in range(runs):
        wall, _, code = run_once(cmd, cwd, sample=False)
        walls.append(wall)
    cpu = statistics.median(CPU)
    _, peak, _ = run_once(cmd, cwd, sample=True)
    return Measure(statistics.median(walls), walls, peak, code, cpu)


def generate_elsewhere(corpus: Path, workdir: Path) -> Inputs:
    """Generate the inputs in a child process, so this process stays small.

    A child's ru_maxrss includes the size of the process that started it (Linux keeps the
    high-water mark across exec), so a 10 MB buffer here would inflate every figure.
    """
    code = (
        "import sys, json, dataclasses; sys.path.insert(0, sys.argv[1]);"
        "from inputs import generate; from pathlib import Path;"
        "i = generate(Path(sys.argv[2]), Path(sys.argv[3]));"
        "print(json.dumps({k: str(v) for k, v in dataclasses.asdict(i).items()}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), str(corpus), str(workdir)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    raw = json.loads(out)
    return Inputs(
        one=Path(raw["one"]),
        many=Path(raw["many"]),
        many_count=int(raw["many_count"]),
        many_bytes=int(raw["many_bytes"]),
        one_mb=Path(raw["one_mb"]),
        ten_mb=Path(raw["ten_mb"]),
    )


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def fmt_mem(kb: int | None) -> str:
    return "—" if kb is None else f"{kb / 1024:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (median)")
    parser.add_argument("--quick", action="store_true", help="3 runs, skip the 10 MB file")
    parser.add_argument("--no-proselint", action="store_true")
    parser.add_argument("--jobs", type=int, default=None, help="pass --jobs N to prlint")
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs

    prlint = find_tool("prlint")
    if prlint is None:
        parser.error("prlint is not installed (pip install -e .)")
    proselint = None if args.no_proselint else find_tool("proselint")

    workdir = Path(tempfile.mkdtemp(prefix="prlint-bench-"))
    try:
        inputs = generate_elsewhere(args.corpus.resolve(), workdir)
        child_environment(workdir)
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        check = [prlint, "check", "--no-color", "--exit-zero", *jobs]
        rows: list[tuple[str, str, Measure, Measure | None, float | None]] = []

        def add(label: str, key: str, ours: list[str], theirs: list[str] | None, n: int):
            sys.stderr.write(f"bench: {label} ...\n")
            mine = measure(ours, workdir, n)
            other = measure(theirs, workdir, n) if theirs and proselint else None
            rows.append((label, key, mine, other, TARGETS.get(key)))

        size_kb = inputs.many_bytes / inputs.many_count / 1024
        add(
            "`--version`",
            "version",
            [prlint, "--version"],
            [proselint, "version"] if proselint else None,
            runs,
        )
        add(
            "one release (4 KB)",
            "one",
            [*check, str(inputs.one)],
            [proselint, "check", str(inputs.one)] if proselint else None,
            runs,
        )
        add(
            f"{inputs.many_count} releases ({size_kb:.1f} KB avg), one invocation",
            "many",
            [*check, str(inputs.many)],
            [proselint, "check", str(inputs.many)] if proselint else None,
            runs,
        )
        if not args.jobs:
            add(
                f"{inputs.many_count} releases, `--jobs 1`",
                "many-seq",
                [*check, "--jobs", "1", str(inputs.many)],
                None,
                runs,
            )
        add(
            "one 1 MB file",
            "one_mb",
            [*check, str(inputs.one_mb)],
            [proselint, "check", str(inputs.one_mb)] if proselint else None,
            runs,
        )
        if not args.quick:
            add(
                "one 10 MB file",
                "ten_mb",
                [*check, str(inputs.ten_mb)],
                [proselint, "check", str(inputs.ten_mb)] if proselint else None,
                max(1, min(runs, 3)),
            )
    finally:
        if args.keep:
            sys.stderr.write(f"bench: inputs kept in {workdir}\n")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    print(render(rows, proselint is not None))
    return 0


def rule_count() -> str:
    try:
        from prlint.registry import load_registry

        return str(len(load_registry().rules))
    except Exception:  # the benchmark still runs against an installed prlint
        return "?"


def install_kind() -> str:
    """How prlint is installed here: an editable install adds an import hook that every
    Python start pays for (~15 ms), which users of a regular install do not."""
    try:
        from importlib.metadata import distribution

        direct = json.loads(distribution("prlint").read_text("direct_url.json") or "{}")
    except Exception:
        return "installed"
    return "editable install" if direct.get("dir_info", {}).get("editable") else "regular install"


def render(rows, with_proselint: bool) -> str:
    from prlint import __version__

    cores = os.cpu_count() or 1
    lines = [
        f"prlint {__version__} benchmark, {dt.date.today().isoformat()}: "
        f"{rule_count()} rules ({install_kind()}), {cores} cores, "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}",
        "",
    ]
    header = "| run | prlint | prlint CPU | peak memory | target |"
    rule = "| --- | ---: | ---: | ---: | ---: |"
    if with_proselint:
        header += " proselint | proselint memory | prlint faster by |"
        rule += " ---: | ---: | ---: |"
    lines += [header, rule]
    by_key = {key: mine for _, key, mine, _, _ in rows}
    for label, _key, mine, other, target in rows:
        verdict = ""
        if target is not None:
            verdict = f"< {fmt_time(target)} " + ("✓" if mine.wall < target else "✗")
        line = (
            f"| {label} | {fmt_time(mine.wall)} | {fmt_time(mine.cpu)} | "
            f"{fmt_mem(mine.peak_kb)} | {verdict} |"
        )
        if with_proselint:
            if other is not None:
                ratio = other.wall / mine.wall if mine.wall else float("inf")
                line += f" {fmt_time(other.wall)} | {fmt_mem(other.peak_kb)} | {ratio:.1f}x |"
            else:
                line += " — | — | — |"
        lines.append(line)
    notes = []
    if "one_mb" in by_key and "ten_mb" in by_key:
        scale = by_key["ten_mb"].wall / by_key["one_mb"].wall
        notes.append(f"10 MB / 1 MB time: {scale:.1f}x (target ≤ 12x)")
    if "many" in by_key:
        notes.append(f"1,000-file peak memory: {fmt_mem(by_key['many'].peak_kb)} (target < 150 MB)")
        other = next((o for _, k, _, o, _ in rows if k == "many" and o is not None), None)
        if other is not None:
            notes.append(
                f"1,000 files vs proselint: {other.wall / by_key['many'].wall:.1f}x (target ≥ 8x)"
            )
    lines += ["", *(f"- {note}" for note in notes)]
    lines.append(
        "- Wall time is the median of fresh-process runs after a warm-up; output to /dev/null; "
        "CPU is user+sys of the process and its workers."
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if load is not None:
        lines.append(f"- Load average at the end: {load:.1f} on {cores} cores.")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
