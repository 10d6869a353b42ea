"""Hostile inputs through the ``clean`` command, one file at a time: ``python bench/bench_hostile.py``.

Prints a table: input class, outcome (written / error reason), seconds, documents in -> out
(written + skipped + failed). Inputs come from ``fixtures/hostile/make.py`` (big ones included).
"""

from __future__ import annotations

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


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        cases = make.write(src, include_big=True)
        print(f"| {'input class':24} | {'outcome':58} | {'seconds':>7} | docs in -> written/skipped/failed |")
        print(f"|{'-' * 26}|{'-' * 60}|{'-' * 9}|{'-' * 35}|")
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
            print(f"| {cls:24} | {outcome[:58]:58} | {took:7.2f} | {n_in} -> {ok}/{skipped}/{failed}"
                  f"{'' if ok + skipped + max(failed, len(errors)) >= n_in else ' LOST'} |")


if __name__ == "__main__":
    main()
