"""Where ``clean_text``'s time goes: milliseconds per pass over a text variant, against the C4 filter's.

Usage::

    python -m bench.bench_passes [--variant recall|naive|both] [--limit N] [--repeat K] [--lazy]

Runs the cleaner's pipeline by hand on every page (the same steps as ``Cleaner.clean_text``) and times
each step: splitting the text into lines, the language guess and the per-line prose measurements (taken
up front, so that no pass is billed for them; ``--lazy`` leaves them to the first pass that asks), each
pass (consecutive vocabulary passes run as one ``vocabulary`` group, as in the pipeline), and the final
render. Each row is the best of ``--repeat`` runs, each after an untimed one. The last rows give the C4
line filter's time over the same pages and the time the whole pipeline may take to reach a given share
of its speed: the number to compare a speed-up against.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

import cleaner
from bench.baselines import c4_line_filter
from bench.data import TEXT_VARIANTS, BenchDataMissing, TextPage, iter_textmode
from cleaner import Cleaner
from cleaner.context import Context
from cleaner.core import open_document

SPLIT = "split into lines, pins"
LANGUAGE = "language guess"
PROSE = "prose measurements"
RENDER = "settle + render"


def steps(cleaner: Cleaner, eager: bool) -> dict[str, float]:
    """A zeroed time per step of ``cleaner``'s pipeline, in pipeline order."""
    totals: dict[str, float] = {SPLIT: 0.0}
    if eager:
        totals[LANGUAGE] = totals[PROSE] = 0.0
    for p in cleaner.passes:
        totals.setdefault(p.name, 0.0)
    totals[RENDER] = 0.0
    return totals


def run_timed(cleaner: Cleaner, text: str, totals: dict[str, float], eager: bool) -> str:
    """``cleaner.clean_text(text)``, step by step, each step's seconds added to ``totals``."""
    clock = time.perf_counter
    t0 = clock()
    doc = open_document(text)
    ctx = Context(doc, cleaner.config.language)
    t1 = clock()
    totals[SPLIT] += t1 - t0
    if eager:
        _ = ctx.stopwords
        t2 = clock()
        ctx.word_counts()
        for i in range(len(doc)):
            ctx.is_prose(i)
        t3 = clock()
        totals[LANGUAGE] += t2 - t1
        totals[PROSE] += t3 - t2
    for p in cleaner.passes:
        t0 = clock()
        p.run(ctx)
        totals[p.name] += clock() - t0
    t0 = clock()
    doc.settle()
    out = doc.render()
    ctx.close()  # (as clean_text does)
    totals[RENDER] += clock() - t0
    return out


def time_pipeline(texts: Sequence[str], eager: bool) -> dict[str, float]:
    """Seconds per step over ``texts`` (one run), in pipeline order."""
    cleaner = Cleaner()
    for text in texts:
        cleaner.clean_text(text)  # an untimed run first: every table compiled, as in a long job
    totals = steps(cleaner, eager)
    for text in texts:
        run_timed(cleaner, text, totals, eager)
    return totals


def time_c4(texts: Sequence[str]) -> float:
    t0 = time.perf_counter()
    for text in texts:
        c4_line_filter(text)
    return time.perf_counter() - t0


def report(variant: str, pages: Sequence[TextPage], repeat: int, eager: bool) -> str:
    texts = [p.text for p in pages]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best: dict[str, float] = {}
    c4 = float("inf")
    for _ in range(max(1, repeat)):
        for name, seconds in time_pipeline(texts, eager).items():
            best[name] = min(best.get(name, float("inf")), seconds)
        c4 = min(c4, time_c4(texts))
    total = sum(best.values())
    lines = [
        f"== where clean_text's time goes, variant {variant!r}, cleaner "
        f"{'compiled' if cleaner.COMPILED else 'pure Python'} ({len(texts)} pages, {megabytes:.2f} MB, "
        f"best of {repeat}) ==",
        f"{'step':32s} {'ms':>8s} {'share':>7s}",
        "-" * 49,
    ]
    for name, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        lines.append(f"{name:32s} {seconds * 1000:8.1f} {seconds / total:7.1%}")
    lines.append("-" * 49)
    lines.append(f"{'whole pipeline':32s} {total * 1000:8.1f}   ({megabytes / total:.2f} MB/s)")
    lines.append(f"{'C4 line filter':32s} {c4 * 1000:8.1f}   ({megabytes / c4:.2f} MB/s)")
    for share in (0.25, 0.5):
        lines.append(f"{f'budget for {share:.2f}x C4':32s} {c4 / share * 1000:8.1f}")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_passes", description=__doc__.splitlines()[0])
    parser.add_argument("--variant", choices=[*TEXT_VARIANTS, "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each variant")
    parser.add_argument("--repeat", type=int, default=3, help="time K runs, keep each step's best (default 3)")
    parser.add_argument(
        "--lazy", action="store_true", help="bill language and prose measurements to the pass that asks first"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    variants = TEXT_VARIANTS if args.variant == "both" else (args.variant,)
    try:
        for variant in variants:
            pages = list(iter_textmode(variant, limit=args.limit))
            print(report(variant, pages, args.repeat, not args.lazy), flush=True)
    except BenchDataMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
