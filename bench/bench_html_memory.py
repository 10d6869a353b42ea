"""Memory check of the HTML path: no growth over many pages processed in one process.

Usage::

    python -m bench.bench_html_memory [--pages 5000] [--every 250] [--format text] [--max-growth-mb 24]

Cycles through the benchmark pages (``docs.jsonl.gz``), each copy made unique (a fresh
class name, id and URL per page, so caches keyed by names see new keys all the time),
and runs ``cleaner.Cleaner().clean_html`` (or ``explain_html`` with ``--format explain``)
on each in one process. Resident memory (``/proc/self/statm``; ``ru_maxrss`` where that
is missing) is sampled every ``--every`` pages. After a warm-up (the first fifth of the
run: rule tables compile per language, bounded caches fill) the resident size must not
grow by more than ``--max-growth-mb``, and the least-squares slope over the samples is
reported in KiB per 1,000 pages. Exit status 1 when the growth limit is exceeded.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from collections.abc import Sequence

from bench.data import BenchDataMissing, iter_docs

_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss_mb() -> float:
    """Current resident set size in MiB (peak RSS where /proc is not available)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * _PAGE_SIZE / 2**20
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def slope_per_1000(points: Sequence[tuple[int, float]]) -> float:
    """Least-squares slope of (pages, MiB) points, in KiB per 1,000 pages."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    var = sum((x - mx) ** 2 for x, _ in points)
    if not var:
        return 0.0
    cov = sum((x - mx) * (y - my) for x, y in points)
    return cov / var * 1000 * 1024


def unique(html: str, n: int) -> str:
    """The page with a wrapper of a never-seen class and id, so no two pages are alike."""
    marker = f'<div class="run-{n} wrap{n}x" id="page-{n}">'
    lower = html.lower()
    at = lower.find("<body")
    if at < 0:
        return marker + html + "</div>"
    close = html.find(">", at)
    return html[: close + 1] + marker + html[close + 1 :] + "</div>"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_html_memory", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--pages", type=int, default=5000, help="pages to process (default 5000)")
    parser.add_argument("--every", type=int, default=250, help="sample memory every N pages (default 250)")
    formats = ["text", "markdown", "json", "explain"]
    parser.add_argument("--format", default="text", choices=formats, help="what to produce per page")
    parser.add_argument("--max-growth-mb", type=float, default=24.0, help="allowed RSS growth after warm-up")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        pages = [(p.html, p.url) for p in iter_docs()]
    except BenchDataMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    import cleaner

    c = cleaner.Cleaner()
    samples: list[tuple[int, float]] = []
    start_rss = rss_mb()
    start = time.perf_counter()
    errors = 0
    for n in range(1, args.pages + 1):
        html, url = pages[(n - 1) % len(pages)]
        try:
            if args.format == "explain":
                c.explain_html(unique(html, n), url=f"{url}?n={n}")
            else:
                c.clean_html(unique(html, n), url=f"{url}?n={n}", format=args.format)
        except cleaner.CleanerError:
            errors += 1
        if n % args.every == 0:
            gc.collect()
            samples.append((n, rss_mb()))
            print(f"  {n:6d} pages  rss {samples[-1][1]:8.1f} MiB", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - start
    warm = max(1, len(samples) // 5)
    steady = samples[warm:]
    base = steady[0][1] if steady else start_rss
    growth = max((mb for _, mb in steady), default=base) - base
    slope = slope_per_1000(steady)
    print(f"\n== HTML memory check ({args.format}, {args.pages} pages, {len(pages)} distinct sources) ==")
    print(f"start rss            {start_rss:8.1f} MiB")
    print(f"rss after warm-up    {base:8.1f} MiB  (at page {steady[0][0] if steady else 0})")
    print(f"final rss            {samples[-1][1] if samples else start_rss:8.1f} MiB")
    print(f"peak rss             {peak_mb():8.1f} MiB")
    print(f"growth after warm-up {growth:8.1f} MiB  (limit {args.max_growth_mb:.1f})")
    print(f"trend                {slope:8.1f} KiB per 1,000 pages")
    print(f"pages/s              {args.pages / elapsed:8.1f}   errors {errors}")
    ok = growth <= args.max_growth_mb
    print("result               " + ("OK: no growth" if ok else "FAIL: memory grows"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
