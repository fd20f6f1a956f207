"""Benchmark inputs, generated from the shared corpus into a temporary directory.

Nothing here is copied into the repository: the corpus is read from `../shared/corpus`
(relative to the repository root) or from `--corpus`, and every input is written under a
temporary directory that the benchmark removes afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"

# Long runs of one character, the classic catastrophic-backtracking triggers.
ADVERSARIAL = {
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


@dataclass
class Inputs:
    one: Path  # one release of about 4 KB
    many: Path  # directory of 1,000 releases of about 4 KB
    many_count: int
    many_bytes: int
    one_mb: Path
    ten_mb: Path


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(
        path
        for path in corpus.rglob("*")
        if path.is_file()
        and path.suffix in (".txt", ".md")
        and path.name not in ("README.md", "SOURCES.md")
    )


def _release_sized(files: list[Path], low: int, high: int) -> list[Path]:
    return [path for path in files if low <= path.stat().st_size <= high]


def concatenated(files: list[Path], size: int) -> bytes:
    """Corpus releases one after another (blank line between) until `size` bytes."""
    parts: list[bytes] = []
    total = 0
    while total < size:
        for path in files:
            data = path.read_bytes().lstrip(b"\xef\xbb\xbf")
            parts.append(data.rstrip(b"\r\n") + b"\n\n")
            total += len(parts[-1])
            if total >= size:
                break
    return b"".join(parts)[:size]


def generate(corpus: Path, workdir: Path, count: int = 1000) -> Inputs:
    files = corpus_files(corpus)
    if not files:
        raise SystemExit(f"bench: no corpus files under {corpus} (use --corpus PATH)")
    # Releases of about 4 KB: corpus files between 3 and 6 KB, cycled.
    sized = _release_sized(files, 3000, 6000) or files
    one = workdir / "one" / f"release{sized[0].suffix}"
    one.parent.mkdir(parents=True)
    one.write_bytes(sized[0].read_bytes())
    many = workdir / "many"
    many.mkdir()
    total = 0
    for index in range(count):
        source = sized[index % len(sized)]
        data = source.read_bytes()
        (many / f"r{index:04d}-{source.stem[:40]}{source.suffix}").write_bytes(data)
        total += len(data)
    one_mb = workdir / "big" / "one-mb.txt"
    one_mb.parent.mkdir()
    one_mb.write_bytes(_cut_at_newline(concatenated(files, 1_000_000)))
    ten_mb = workdir / "big" / "ten-mb.txt"
    ten_mb.write_bytes(_cut_at_newline(concatenated(files, 10_000_000)))
    return Inputs(one, many, count, total, one_mb, ten_mb)


def _cut_at_newline(data: bytes) -> bytes:
    """Never cut a UTF-8 sequence in half: end at the last newline."""
    cut = data.rfind(b"\n")
    return data[: cut + 1] if cut > 0 else data


def adversarial_text(kind: str, size: int) -> str:
    unit = ADVERSARIAL[kind]
    return (unit * (size // len(unit) + 1))[:size]
