"""Text-input bench: scraped text → cleaner.clean_text, against the uncleaned text and the C4 line filter.

Usage::

    python -m bench.bench_text [--variant recall|naive|both] [--limit N] [--repeat K]
                               [--show-worst N] [--json PATH]

One table per variant (``recall``: an extractor's output with its residue; ``naive``: all visible text).
Speed is input MB (UTF-8 bytes / 1e6) per second of the whole run, single process, best of ``--repeat``;
the ratio column is that speed divided by the C4 filter's speed measured in the same run.

The ``cleaner`` row times pages the process has cleaned before (best of ``--repeat`` runs over the same
pages): its regex caches, the RE2 gates' lazily built DFA states among them, already hold what these
pages need. The ``cleaner, unseen text`` row (``--no-unseen`` leaves it out) times one first pass over
the pages, right after a warm-up on the other variant's pages: every table compiled, but the text new,
as in a long job over a stream of pages. It is measured before the ``cleaner`` row.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import cleaner
from bench.baselines import TEXT_BASELINES
from bench.data import TEXT_VARIANTS, BenchDataMissing, TextPage, iter_textmode
from bench.diff import format_diff, line_diff
from bench.runner import Row, failed_row, format_table, load_attr, measure, row_to_dict, write_json
from bench.scoring import score_page

CLEANER_ROW = "cleaner"
UNSEEN_ROW = "cleaner, unseen text"
REFERENCE_ROW = "C4 line filter"


def _text_only(func: Callable[[str], object]) -> Callable[[str, str], object]:
    """Adapt a ``text -> output`` function to the runner's ``(input, url) -> output`` signature."""
    return lambda text, _url: func(text)


def run_variant(pages: Sequence[TextPage], repeat: int, warm_up: Sequence[TextPage] | None = None) -> list[Row]:
    """Rows for one variant: the baselines, then the cleaner (or the reason it cannot run); with ``warm_up``
    pages, first the cleaner on unseen text: one pass over ``pages`` after cleaning ``warm_up``."""
    inputs = [(p.text, p.url) for p in pages]
    golds = [p.gold_text for p in pages]
    megabytes = sum(len(p.text.encode("utf-8")) for p in pages) / 1e6
    rows = [
        measure(name, _text_only(func), inputs, golds, megabytes, repeat)
        for name, func in TEXT_BASELINES.items()
    ]
    clean_text, reason = load_attr("cleaner", "clean_text")
    if clean_text is None:
        rows.append(failed_row(CLEANER_ROW, f"not importable ({reason})"))
    else:
        if warm_up is not None:
            for page in warm_up:
                clean_text(page.text)
            rows.append(measure(UNSEEN_ROW, _text_only(clean_text), inputs, golds, megabytes, 1))
        rows.append(measure(CLEANER_ROW, _text_only(clean_text), inputs, golds, megabytes, repeat))
    return rows


def _reference(rows: Sequence[Row]) -> Row | None:
    return next((r for r in rows if r.name == REFERENCE_ROW), None)


def worst_pages(pages: Sequence[TextPage], row: Row, count: int) -> list[str]:
    """Report lines for the ``count`` pages with worst precision and worst recall of ``row``."""
    out: list[str] = []
    indexed = list(enumerate(row.scores))
    by_precision = sorted(
        (i for i, s in indexed if s.precision_defined), key=lambda i: row.scores[i].precision
    )
    by_recall = sorted((i for i, s in indexed if s.recall_defined), key=lambda i: row.scores[i].recall)
    for label, order in (("precision", by_precision), ("recall", by_recall)):
        out.append(f"\nworst {count} pages by {label} for {row.name}:")
        for i in order[:count]:
            page, score = pages[i], row.scores[i]
            before = score_page(page.text, page.gold_text)
            out.append(
                f"  [{i}] P={score.precision:.3f} R={score.recall:.3f} "
                f"(input: P={before.precision:.3f} R={before.recall:.3f})  {page.url}"
            )
            out.extend(format_diff(line_diff(page.text, row.outputs[i], page.gold_text)))
    return out


def other_variant(variant: str) -> str:
    """The text variant that is not ``variant`` (the unseen-text row's warm-up)."""
    return next(v for v in TEXT_VARIANTS if v != variant)


def bench_variant(
    variant: str, limit: int | None, repeat: int, show_worst: int, unseen: bool = True
) -> tuple[str, dict[str, Any]]:
    """Run one variant; return its printable report and its JSON numbers."""
    pages = list(iter_textmode(variant, limit=limit))
    warm_up = list(iter_textmode(other_variant(variant), limit=limit)) if unseen else None
    rows = run_variant(pages, repeat, warm_up)
    reference = _reference(rows)
    build = "compiled" if cleaner.COMPILED else "pure Python"
    title = f"\n== text bench, variant {variant!r}, cleaner {build} (speed: input MB/s, ratio vs {REFERENCE_ROW}) =="
    report = [format_table(title, rows, "MB/s", ".2f", reference, "vs C4")]
    cleaner_row = next((r for r in rows if r.name == CLEANER_ROW and r.summary is not None), None)
    if show_worst > 0 and cleaner_row is not None:
        report.extend(worst_pages(pages, cleaner_row, show_worst))
    numbers = {"pages": len(pages), "compiled": cleaner.COMPILED, "rows": [row_to_dict(r, reference) for r in rows]}
    return "\n".join(report), numbers


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_text", description=__doc__.splitlines()[0])
    parser.add_argument("--variant", choices=[*TEXT_VARIANTS, "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each variant")
    parser.add_argument("--repeat", type=int, default=3, help="time K runs, report the best (default 3)")
    parser.add_argument(
        "--show-worst", type=int, default=0, metavar="N", help="explain the cleaner's N worst pages"
    )
    parser.add_argument(
        "--no-unseen", dest="unseen", action="store_false",
        help="leave out the row of the cleaner's first pass over pages it has not seen",
    )
    parser.add_argument("--json", type=Path, default=None, metavar="PATH", help="also write the numbers here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    variants = TEXT_VARIANTS if args.variant == "both" else (args.variant,)
    payload: dict[str, Any] = {"bench": "text", "repeat": args.repeat, "variants": {}}
    try:
        for variant in variants:
            report, numbers = bench_variant(variant, args.limit, args.repeat, args.show_worst, args.unseen)
            print(report, flush=True)
            payload["variants"][variant] = numbers
    except BenchDataMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json is not None:
        write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
