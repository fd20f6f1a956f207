"""Linearity on adversarial input: each rule on 100 KB and 1 MB of one repeated character.

    python bench/linearity.py                      # every class, every rule
    python bench/linearity.py --classes hash spaces --shape prose
    python bench/linearity.py --small 10000 --large 100000   # quicker

For each character class (see bench/inputs.py: `#`, `*`, `_`, `[`, `(`, quotes straight
and curly, digits, spaces, dashes, `@`), every rule runs alone on a fresh document of
--small and then --large characters; the ratio of the two times is ~10 for a linear rule
(the sizes differ 10x). A rule over the --limit at the small size is reported as a hang
(Python's regex engine honours signals, so a timer interrupts it) and not run at the
large size. Printed: a Markdown table of the rules whose ratio exceeds --ratio or that
hang, then the whole rule set's time per class.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import ADVERSARIAL, adversarial_text

from prlint.api import make_config
from prlint.document import Document


class Hang(BaseException):  # not Exception: code under test may catch that
    pass


def _alarm(signum, frame):
    raise Hang


def shaped(kind: str, size: int, shape: str) -> str:
    run = adversarial_text(kind, size)
    if shape == "prose":
        return "Acme Corp. said " + run + " on Monday."
    if shape == "lines":
        return "\n".join(run[i : i + 100] for i in range(0, len(run), 100))
    return run


WHERE: dict[str, str] = {}


def _where(exc: BaseException) -> str:
    """The innermost prlint source line that was running when the timer fired."""
    import traceback

    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if "prlint" in f.filename or "/rules/" in f.filename
    ]
    if not frames:
        return "?"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno} `{(last.line or '').strip()[:70]}`"


def timed(rule, ctx, text: str, name: str, limit: float) -> float | None:
    """Seconds for one rule on a fresh document, or None past `limit`."""
    doc = Document.from_text(text, name)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        for _ in rule.check(doc, ctx):
            pass
    except Hang as exc:
        WHERE[rule.name] = _where(exc)
        return None
    except Exception:  # a crash is not a timing; the tests report crashes
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--classes", nargs="*", default=sorted(ADVERSARIAL))
    parser.add_argument("--rules", nargs="*", default=None, help="rule names (default all)")
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--shape", choices=("alone", "prose", "lines"), default="alone")
    parser.add_argument("--name", default="release.md", help="file name (suffix: .md/.txt)")
    parser.add_argument("--limit", type=float, default=10.0, help="seconds at the small size")
    parser.add_argument("--ratio", type=float, default=15.0, help="report rules above this")
    parser.add_argument("--all", action="store_true", help="report every rule")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)

    config = make_config()
    rules = [
        (rule, ctx)
        for rule, ctx in config.rules_for(None)
        if args.rules is None or rule.name in args.rules
    ]
    scale = args.large / args.small
    print(
        f"Linearity: each rule alone, {args.small:,} vs {args.large:,} characters "
        f"(linear ratio ≈ {scale:.0f}), shape {args.shape!r}, {args.name}"
    )
    print()
    print("| class | rule | small | large | ratio |")
    print("| --- | --- | ---: | ---: | ---: |")
    totals = []
    for kind in args.classes:
        small_text = shaped(kind, args.small, args.shape)
        large_text = shaped(kind, args.large, args.shape)
        small_sum = large_sum = 0.0
        hung = []
        for rule, ctx in rules:
            small = timed(rule, ctx, small_text, args.name, args.limit)
            if small is None:
                hung.append(rule.name)
                print(
                    f"| {kind} | {rule.name} | > {args.limit:.0f} s (hang in "
                    f"{WHERE.get(rule.name, '?')}) | — | — |"
                )
                sys.stdout.flush()
                continue
            large = timed(rule, ctx, large_text, args.name, max(30.0, small * scale * 3))
            if large is None:
                hung.append(rule.name)
                print(
                    f"| {kind} | {rule.name} | {small * 1000:.0f} ms | hang in "
                    f"{WHERE.get(rule.name, '?')} | — |"
                )
                sys.stdout.flush()
                continue
            small_sum += small
            large_sum += large
            ratio = large / small if small > 0.0005 else 0.0
            if args.all or ratio > args.ratio:
                print(
                    f"| {kind} | {rule.name} | {small * 1000:.0f} ms | "
                    f"{large * 1000:.0f} ms | {ratio:.1f} |"
                )
                sys.stdout.flush()
        totals.append((kind, small_sum, large_sum, hung))
    print()
    print("| class | all rules, small | all rules, large | ratio | hangs |")
    print("| --- | ---: | ---: | ---: | --- |")
    for kind, small_sum, large_sum, hung in totals:
        ratio = large_sum / small_sum if small_sum else 0.0
        print(
            f"| {kind} | {small_sum:.2f} s | {large_sum:.2f} s | {ratio:.1f} | "
            f"{', '.join(hung) or '—'} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
