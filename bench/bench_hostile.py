"""Hostile inputs, one at a time: ``python bench/bench_hostile.py [--limit SECONDS] [--skip-cli]``.

Two tables. The ``clean`` command (``--timeout 20``) on every file of ``fixtures/hostile/make.py``
(big ones and the pathological pages included): input class, outcome (written / error reason),
seconds, documents in -> out (written + skipped + failed). Then the library on the pathological
pages (``make.pathological_html``): ``clean_html(page, timeout=LIMIT)`` (default 5 s), the same with
``timeout_fallback=True``, and with no limit, each with its outcome and seconds.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("hostile_make", ROOT / "fixtures" / "hostile" / "make.py")
make = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(make)  # type: ignore[union-attr]


def cli_table(tmp: str) -> None:
    src = Path(tmp) / "in"
    cases = make.write(src, include_big=True)
    for name, (cls, page) in make.pathological_html().items():
        (src / f"{name}.html").write_text(page, encoding="utf-8")
        cases[f"{name}.html"] = (cls, b"", {"ok": 1})
    print(f"| {'input class':31} | {'outcome':58} | {'seconds':>7} | docs in -> written/skipped/failed |")
    print(f"|{'-' * 33}|{'-' * 60}|{'-' * 9}|{'-' * 35}|")
    for name, (cls, _data, expect) in cases.items():
        out = Path(tmp) / "out" / name
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "cleaner", str(src / name), "-o", f"{out}/", "--jobs", "1",
             "--timeout", "20", "--max-bytes", "20M", "--format", "jsonl"],
            capture_output=True, timeout=600,
        )
        took = time.perf_counter() - t
        err = proc.stderr.decode("utf-8", "replace")
        errors = [line.split(": ", 3)[-1] for line in err.splitlines() if line.startswith("clean: error:")]
        m = re.search(r"(\d+) documents? cleaned(?: \((?:(\d+) failed)?(?:, )?(?:(\d+) records skipped)?)?", err)
        ok, failed, skipped = (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)) if m else (0, 0, 0)
        n_in = sum(expect.values())
        outcome = f"rc={proc.returncode} " + ("written" if not errors else "; ".join(sorted(set(errors))))
        print(f"| {cls:31} | {outcome[:58]:58} | {took:7.2f} | {n_in} -> {ok}/{skipped}/{failed}"
              f"{'' if ok + skipped + max(failed, len(errors)) >= n_in else ' LOST'} |", flush=True)


def _library_run(page: str, **options: object) -> tuple[str, float]:
    import cleaner

    t = time.perf_counter()
    try:
        result = cleaner.explain_html(page, **options)  # type: ignore[arg-type]
        outcome = f"{result.metadata['extraction']}, {len(result.text):,} chars"
    except cleaner.CleanerError as exc:
        outcome = f"{type(exc).__name__}: {exc}"
        outcome = outcome.replace("cleaning would take longer than", "would exceed").replace(
            "cleaning took longer than", "took longer than")
    return outcome, time.perf_counter() - t


def library_table(limit: float) -> None:
    print(f"\nLibrary: explain_html(page, timeout={limit:g}) / + timeout_fallback=True / no limit")
    w = 44
    print(f"| {'input class':31} | {'MB':>5} | {'timeout=' + format(limit, 'g'):{w}} | {'s':>5} "
          f"| {'+ timeout_fallback':{w}} | {'s':>5} | {'no limit':{w}} | {'s':>6} |")
    print(f"|{'-' * 33}|{'-' * 7}|{'-' * (w + 2)}|{'-' * 7}|{'-' * (w + 2)}|{'-' * 7}|{'-' * (w + 2)}|{'-' * 8}|")
    for _name, (cls, page) in make.pathological_html().items():
        row = [f"| {cls:31} | {len(page.encode()) / 1e6:5.1f} |"]
        for options in ({"timeout": limit}, {"timeout": limit, "timeout_fallback": True}, {}):
            outcome, took = _library_run(page, **options)
            width = 6 if not options else 5
            row.append(f" {outcome[:w]:{w}} | {took:{width}.2f} |")
        print("".join(row), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=float, default=5.0, help="library time limit in seconds (default 5)")
    ap.add_argument("--skip-cli", action="store_true", help="only the library table")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_cli:
            cli_table(tmp)
    library_table(args.limit)


if __name__ == "__main__":
    main()
