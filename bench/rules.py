"""Where the time goes inside one process: the document model and each rule.

    python bench/rules.py                    # the corpus, 3 repetitions
    python bench/rules.py --repeat 5 --top 15

For every corpus release, in this process (no start-up costs):
- the document model: decoding, `Document.from_text`, `lines`, `blocks`, `structure`;
- each rule ALONE on a fresh document (so it pays for any shared analysis it needs,
  such as `doc.structure` or the quote model): what the rule costs if it ran alone;
- the whole rule set on one document, as `prlint check` runs it.
Figures are per 1,000 releases of the corpus's size (milliseconds), best of --repeat.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import DEFAULT_CORPUS, corpus_files

from prlint.api import make_config
from prlint.document import Document
from prlint.engine import check_document
from prlint.source import decode


def best_of(repeat: int, func) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=0, help="only the N slowest rules")
    args = parser.parse_args(argv)

    files = corpus_files(args.corpus)
    raw = [(str(path), path.read_bytes()) for path in files]
    texts = [(name, decode(data, name).text) for name, data in raw]
    per_k = 1000 / len(texts) * 1000  # seconds over the corpus -> ms per 1,000 releases
    config = make_config()
    rules = config.rules_for(None)

    def model(step: str):
        def run():
            for name, text in texts:
                doc = Document.from_text(text, name)
                if step in ("lines", "blocks", "structure"):
                    _ = doc.lines
                if step in ("blocks", "structure"):
                    _ = doc.blocks
                if step == "structure":
                    _ = doc.structure

        return run

    rows = [
        ("decode (bytes to text)", best_of(args.repeat, lambda: [decode(d, n) for n, d in raw])),
        ("Document.from_text", best_of(args.repeat, model("text"))),
        ("+ lines", best_of(args.repeat, model("lines"))),
        ("+ blocks", best_of(args.repeat, model("blocks"))),
        ("+ structure", best_of(args.repeat, model("structure"))),
    ]

    rule_rows = []
    for rule, ctx in rules:
        failures: list[str] = []

        def alone(rule=rule, ctx=ctx, failures=failures):
            for name, text in texts:
                doc = Document.from_text(text, name)
                try:
                    for _ in rule.check(doc, ctx):
                        pass
                except Exception as exc:  # the engine reports these; time the rest
                    failures.append(f"{type(exc).__name__} on {name}")

        seconds = best_of(args.repeat, alone)
        label = f"{rule.name} ({rule.code})"
        if failures:
            label += f" — raised {len(failures) // args.repeat}x, e.g. {failures[0]}"
        rule_rows.append((label, seconds))
    rule_rows.sort(key=lambda row: -row[1])
    if args.top:
        rule_rows = rule_rows[: args.top]

    def everything():
        for name, text in texts:
            check_document(Document.from_text(text, name), config, Path(name))

    total = best_of(args.repeat, everything)
    size = sum(len(t) for _, t in texts) / len(texts) / 1024
    print(
        f"{len(texts)} corpus releases ({size:.1f} KB average), {len(rules)} rules; "
        "ms per 1,000 releases, one process, best of "
        f"{args.repeat}"
    )
    print()
    print("| step | ms / 1,000 releases |")
    print("| --- | ---: |")
    for label, seconds in rows:
        print(f"| {label} | {seconds * per_k:.0f} |")
    print(f"| **all rules, as `check` runs them** | **{total * per_k:.0f}** |")
    print()
    print("| rule (alone, on a fresh document) | ms / 1,000 releases |")
    print("| --- | ---: |")
    for label, seconds in rule_rows:
        print(f"| {label} | {seconds * per_k:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
