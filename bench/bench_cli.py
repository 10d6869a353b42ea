"""CLI bench: scaling with ``--jobs``, flat memory, and per-file overhead of the ``clean`` command.

Usage (from the project root)::

    python -m bench.bench_cli                       # all three parts (a few minutes on 2 cores)
    python -m bench.bench_cli --only speed --docs 2000 --max-jobs 4
    python -m bench.bench_cli --only memory --memory-docs 1000,20000
    python -m bench.bench_cli --only overhead --tiny 2000 --json bench/results/cli.json

Three measurements, each through the installed ``clean`` command in a fresh process (start-up, imports
and warm-up included, as a user sees it), ratios taken within one run:

- **speed**: ``--docs`` mixed documents (scraped text as ``.txt`` and ``.txt.gz``, pages as ``.html``,
  records in ``.jsonl`` files and in a ``.warc.gz``; from the scrapinghub set when it is there, else
  synthetic) cleaned into a folder with ``--jobs 1..N``; documents/s and speed-up over ``--jobs 1``.
  Target: ``--jobs 2`` at least 1.7x ``--jobs 1`` on a 2-core machine, towards linear with more cores.
- **memory**: peak resident memory (the largest single process, and the sum over the CLI and its workers
  sampled every 50 ms) for each count in ``--memory-docs`` (tiny documents: half as files in a tree, half
  as records of one JSON Lines file). Target: within 20% between 1,000 and 20,000 documents.
- **cold** (not run by default): the speed part's documents cleaned twice in one process; the first pass
  minus the second is the one-off work (rule tables compiled on first use) that every worker repeats;
  measured with no pattern facts kept on disk and with them (:mod:`cleaner.derived`).
- **overhead**: ``--tiny`` tiny ``.txt`` files: ``clean DIR -o OUT`` against a loop calling ``clean_text``
  on each file's text in one fresh process; the ratio of throughputs. Target: at least 70%. Rows: the
  loop, the loop also writing each output file (what creating 2,000 files costs on this disk), the CLI
  with ``--jobs 1`` and ``--jobs N``, and ``--jobs N --no-learn`` (without the site-learning pass).
  Each row is the best of ``--repeat`` runs. File creation on a shared virtual disk varies several-fold
  between runs; ``--work /dev/shm/x`` puts the files on a RAM disk to measure the CLI rather than the disk.

The timed runs find what cleaner keeps between runs (:mod:`cleaner.derived`: the pattern facts and
the compiled regexes) in a folder of the bench's, filled by an untimed run of each part first: what a
user's every run after the first sees. ``--kept-facts none`` times them with nothing kept (every
process parses and compiles the patterns itself).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CLEAN = [sys.executable, "-m", "cleaner"]
_exe = Path(sys.executable).with_name("clean")
if _exe.exists():
    CLEAN = [str(_exe)]

_WORDS = (  # noqa: SIM905 - a sentence is easier to read than a list
    "the minister said on tuesday that talks with officials would continue next week despite growing "
    "concerns about the economy the border and the price of energy across the region while analysts "
    "expected a slow recovery in trade and investment"
).split()


# -- corpora ------------------------------------------------------------------------------------------------
def _synthetic_text(rng: random.Random, paragraphs: int) -> str:
    lines = ["Home | News | Sport", "Share this article"]
    for _ in range(paragraphs):
        lines.append(
            " ".join(" ".join(rng.choice(_WORDS) for _ in range(14)).capitalize() + "." for _ in range(3))
        )
    lines += ["WATCH: the minister speaks", "Copyright 2022 Example News. All rights reserved."]
    return "\n".join(lines) + "\n"


def _synthetic_page(rng: random.Random, paragraphs: int) -> str:
    body = "".join(f"<p>{line}</p>" for line in _synthetic_text(rng, paragraphs).splitlines())
    return (
        f"<!DOCTYPE html><html><head><title>Talks</title></head><body><article>{body}</article></body></html>"
    )


def _sources(n: int) -> tuple[list[str], list[tuple[str, str]], str]:
    """``n`` scraped texts and ``n`` (html, url) pages, cycling through the benchmark set if present."""
    try:
        from bench.data import iter_docs, iter_textmode

        texts = [p.text for p in iter_textmode()]
        pages = [(p.html, p.url) for p in iter_docs()]
        origin = "scrapinghub set (cycled)"
    except Exception:  # the data is not there: synthetic documents of similar size
        rng = random.Random(0)
        texts = [_synthetic_text(rng, rng.randint(5, 40)) for _ in range(300)]
        pages = [(_synthetic_page(rng, rng.randint(5, 40)), f"https://example.com/{i}") for i in range(150)]
        origin = "synthetic"
    return [texts[i % len(texts)] for i in range(n)], [pages[i % len(pages)] for i in range(n)], origin


def _warc_record(uri: str, body: bytes, ctype: str) -> bytes:
    block = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
        f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + block + b"\r\n\r\n")


def make_mixed(root: Path, n: int) -> dict[str, int]:
    """``n`` documents: 40% .txt, 10% .txt.gz, 20% .html, 20% in .jsonl files of 50, 10% in one .warc.gz."""
    counts = {"txt": int(n * 0.4), "txt.gz": int(n * 0.1), "html": int(n * 0.2), "jsonl": int(n * 0.2)}
    counts["warc"] = n - sum(counts.values())
    texts, pages, _ = _sources(n)
    t = p = 0
    for i in range(counts["txt"]):
        path = root / f"text/{i % 10}/doc{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(texts[t], encoding="utf-8")
        t += 1
    for i in range(counts["txt.gz"]):
        path = root / f"gz/doc{i:05d}.txt.gz"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(texts[t].encode("utf-8"), compresslevel=1))
        t += 1
    for i in range(counts["html"]):
        path = root / f"html/{i % 10}/page{i:05d}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(pages[p][0], encoding="utf-8")
        p += 1
    (root / "jsonl").mkdir(parents=True, exist_ok=True)
    for start in range(0, counts["jsonl"], 50):
        with open(root / f"jsonl/part{start // 50:03d}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(start, min(start + 50, counts["jsonl"])):
                fh.write(json.dumps({"id": i, "text": texts[t], "source": "bench"}) + "\n")
                t += 1
    with open(root / "crawl.warc.gz", "wb") as fh:
        for i in range(counts["warc"]):
            html, url = pages[p]
            fh.write(_warc_record(f"{url}#{i}", html.encode("utf-8"), "text/html; charset=utf-8"))
            p += 1
    return counts


def make_tiny(root: Path, n: int, records: int = 0) -> None:
    """``n`` tiny .txt files in a tree (and ``records`` tiny records in one .jsonl)."""
    rng = random.Random(1)
    for i in range(n):
        path = root / f"{i % 20}/{i % 7}/t{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"{' '.join(rng.choice(_WORDS) for _ in range(12)).capitalize()}.\nShare this article\n"
        )
    if records:
        with open(root / "records.jsonl", "w", encoding="utf-8") as fh:
            for i in range(records):
                text = (
                    f"{' '.join(rng.choice(_WORDS) for _ in range(12)).capitalize()}.\nShare this article\n"
                )
                fh.write(json.dumps({"id": i, "text": text}) + "\n")


# -- measuring ----------------------------------------------------------------------------------------------
_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter(); rc = subprocess.run(sys.argv[1:]).returncode; t = time.perf_counter() - t\n"
    "print(rc, t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def _tree_rss(pid: int, pss: bool = False) -> tuple[int, int]:
    """Resident bytes of a process and all its descendants, summed as RSS and as PSS (Linux
    /proc; (0, 0) where unavailable). Forked workers share the parent's pages copy-on-write:
    RSS counts a shared page in every process that touched it, PSS splits it among them,
    so the PSS sum is the tree's real footprint."""
    try:
        import psutil
    except ImportError:
        return 0, 0
    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    rss_sum = pss_sum = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            if pss:  # reads /proc/PID/smaps: costly, so only where memory is what is measured
                info = p.memory_full_info()
                rss_sum += info.rss
                pss_sum += getattr(info, "pss", info.rss)
            else:
                rss_sum += p.memory_info().rss
    return rss_sum, pss_sum


def run(args: Sequence[str], pss: bool = False, sample_tree: bool = True) -> dict[str, Any]:
    """Run a command in a fresh process: exit status, seconds, peak RSS of its largest process (MB), peak
    summed RSS (and, with ``pss``, PSS) of the whole process tree (MB, sampled every 50 ms).

    ``sample_tree=False`` for timings: walking /proc every 50 ms costs a good part of a core, which a
    2-core machine running two workers cannot spare (it cut the measured --jobs 2 speed-up by 0.2)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRAPPER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = peak_pss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not stop.is_set():
            rss, pss_now = _tree_rss(proc.pid, pss)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss_now)
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_tree:
        sampler.start()
    out, err = proc.communicate()
    stop.set()
    if sample_tree:
        sampler.join()
    rc, seconds, maxrss = out.strip().splitlines()[-1].split()
    return {
        "rc": int(rc),
        "seconds": float(seconds),
        "max_rss_mb": int(maxrss) / 1024,
        "tree_rss_mb": peak / 2**20,
        "tree_pss_mb": peak_pss / 2**20,
        "stderr": err,
    }


def _fresh(out: Path) -> None:
    """Remove a previous run's output and flush the disk before a timed run. Deleting thousands of files
    leaves the file system work (journal commits, discards) that would otherwise land on the next run's
    first file creations: on this project's VMs that made creating 2,000 small files take 0.1 s or 1.5 s
    at random. The inputs written just before are flushed the same way."""
    shutil.rmtree(out, ignore_errors=True)
    if hasattr(os, "sync"):
        os.sync()


def _clean(src: Path, out: Path, jobs: int, *extra: str, pss: bool = False, sample_tree: bool = True) -> dict[str, Any]:
    _fresh(out)
    result = run(
        [*CLEAN, str(src), "-o", str(out), "--jobs", str(jobs), "--no-progress", *extra],
        pss=pss,
        sample_tree=sample_tree,
    )
    if result["rc"] not in (0, 1):
        raise SystemExit(f"clean failed ({result['rc']}): {result['stderr'][-2000:]}")
    return result


def jobs_to_try(max_jobs: int) -> list[int]:
    values = {1, max_jobs}
    j = 2
    while j < max_jobs:
        values.add(j)
        j *= 2
    return sorted(values)


def bench_speed(work: Path, docs: int, max_jobs: int, repeat: int, warm: bool = True) -> dict[str, Any]:
    src = work / "mixed"
    counts = make_mixed(src, docs)
    _, _, origin = _sources(1)
    if warm:
        _clean(src, work / "out", max_jobs, sample_tree=False)  # (untimed: fills the kept facts and regexes)
    rows = []
    base = None
    for jobs in jobs_to_try(max_jobs):
        best = min(
            (_clean(src, work / "out", jobs, sample_tree=False) for _ in range(repeat)), key=lambda r: r["seconds"]
        )
        rate = docs / best["seconds"]
        base = base or rate
        rows.append({"jobs": jobs, "seconds": best["seconds"], "docs_per_s": rate, "speedup": rate / base})
    return {"docs": docs, "mix": counts, "origin": origin, "rows": rows}


_COLD = (
    "import json, sys, time\n"
    "t = time.perf_counter()\n"
    "import cleaner\n"
    "from bench.bench_cli import _sources\n"
    "n = int(sys.argv[1])\n"
    "texts, pages, _ = _sources(n)\n"
    "texts, pages = texts[: n * 7 // 10], pages[: n - n * 7 // 10]\n"
    "c = cleaner.Cleaner()\n"
    "html = getattr(c, 'clean_html', None)\n"
    "out = []\n"
    "for _ in range(2):\n"
    "    t = time.perf_counter()\n"
    "    for x in texts:\n"
    "        c.clean_text(x)\n"
    "    for h, u in pages if html else ():\n"
    "        html(h, url=u)\n"
    "    out.append(time.perf_counter() - t)\n"
    "print(json.dumps(out))\n"
)


def _cold_run(docs: int, cache: str) -> tuple[float, float]:
    proc = subprocess.run(
        [sys.executable, "-c", _COLD, str(docs)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, _CACHE_ENV: cache},
    )
    if proc.returncode:
        raise SystemExit(f"cold bench failed: {proc.stderr[-2000:]}")
    first, second = json.loads(proc.stdout.strip().splitlines()[-1])
    return first, second


def bench_cold(docs: int) -> dict[str, Any]:
    """One process, one Cleaner, the speed part's documents twice: the first pass pays every one-off cost
    (rule tables compiled on first use), the second is the steady state. Every worker pays the difference.
    Run with nothing kept on disk, then as the first run with an empty cache folder (it fills it) and as
    a later run that finds what the first kept (:mod:`cleaner.derived`)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_cli.cache.") as folder:
        for what, cache in (
            ("nothing kept on disk", ""),
            ("first run, empty cache folder", folder),
            ("later run, pattern facts and regexes kept", folder),
        ):
            first, second = _cold_run(docs, cache)
            rows.append({"what": what, "first_pass_s": first, "second_pass_s": second, "one_off_s": first - second})
    return {"docs": docs, "rows": rows}


_CACHE_ENV = "CLEANER_CACHE_DIR"


def bench_memory(work: Path, sizes: list[int], jobs: int) -> dict[str, Any]:
    rows = []
    for n in sizes:
        src = work / f"tiny{n}"
        make_tiny(src, n // 2, records=n - n // 2)
        r = _clean(src, work / "out", jobs, pss=True)
        rows.append(
            {
                "docs": n,
                "seconds": r["seconds"],
                "max_rss_mb": r["max_rss_mb"],
                "tree_rss_mb": r["tree_rss_mb"],
                "tree_pss_mb": r["tree_pss_mb"],
            }
        )
        shutil.rmtree(src, ignore_errors=True)
    first, last = rows[0], rows[-1]
    return {
        "jobs": jobs,
        "rows": rows,
        "ratio_max_rss": last["max_rss_mb"] / first["max_rss_mb"],
        "ratio_tree_rss": (last["tree_rss_mb"] / first["tree_rss_mb"]) if first["tree_rss_mb"] else None,
        "ratio_tree_pss": (last["tree_pss_mb"] / first["tree_pss_mb"]) if first["tree_pss_mb"] else None,
    }


_LOOP = (
    "import os, sys, time\n"
    "t = time.perf_counter()\n"
    "import cleaner\n"
    "c = cleaner.Cleaner()\n"
    "n = 0\n"
    "for folder, _, names in os.walk(sys.argv[1]):\n"
    "    for name in sorted(names):\n"
    "        with open(os.path.join(folder, name), encoding='utf-8') as fh:\n"
    "            c.clean_text(fh.read())\n"
    "        n += 1\n"
    "print(n, time.perf_counter() - t)\n"
)


# The same loop writing each result under an output tree, as a script doing the CLI's job
# would: on some file systems creating a file costs more than cleaning a tiny one.
_LOOP_WRITE = _LOOP.replace(
    "            c.clean_text(fh.read())\n",
    "            text = c.clean_text(fh.read())\n"
    "        dest = os.path.join(sys.argv[2], os.path.relpath(folder, sys.argv[1]), name)\n"
    "        os.makedirs(os.path.dirname(dest), exist_ok=True)\n"
    "        with open(dest, 'w', encoding='utf-8') as out:\n"
    "            out.write(text + '\\n')\n",
)


def bench_overhead(work: Path, tiny: int, max_jobs: int, repeat: int = 1, warm: bool = True) -> dict[str, Any]:
    """Each row the best of ``repeat`` runs: creating thousands of small files is what varies most
    between runs on a shared disk."""
    src = work / "tiny"
    make_tiny(src, tiny)
    if warm:
        run([sys.executable, "-c", _LOOP, str(src)], sample_tree=False)  # (untimed: fills the kept facts and regexes)

    def best(what: str, args: list[str], out: Path) -> dict[str, Any]:
        times = []
        for _ in range(repeat):
            _fresh(out)
            result = run(args, sample_tree=False)
            if result["rc"] != 0:
                raise SystemExit(f"{what} failed ({result['rc']}): {result['stderr'][-2000:]}")
            times.append(result["seconds"])
        return {"what": what, "seconds": min(times), "docs_per_s": tiny / min(times)}

    clean = [*CLEAN, str(src), "-o", str(work / "out"), "--no-progress"]
    rows = [
        best("clean_text loop, 1 process", [sys.executable, "-c", _LOOP, str(src)], work / "loop-out"),
        best(
            "the same loop writing files",
            [sys.executable, "-c", _LOOP_WRITE, str(src), str(work / "loop-out")],
            work / "loop-out",
        ),
    ]
    for jobs in sorted({1, max_jobs}):
        rows.append(best(f"clean DIR -o OUT --jobs {jobs}", [*clean, "--jobs", str(jobs)], work / "out"))
    rows.append(
        best(
            f"  the same, --no-learn --jobs {max_jobs}",
            [*clean, "--jobs", str(max_jobs), "--no-learn"],
            work / "out",
        )
    )
    for row in rows:
        row["vs_loop"] = row["docs_per_s"] / rows[0]["docs_per_s"]
    return {"files": tiny, "repeat": repeat, "where": str(work), "rows": rows}


# -- reporting ----------------------------------------------------------------------------------------------
def report(results: dict[str, Any]) -> str:
    out = [f"bench_cli: {os.cpu_count()} cores, {sys.platform}, python {sys.version.split()[0]}"]
    if results.get("kept_facts"):
        out.append(f"pattern facts kept between runs (cleaner.derived): {results['kept_facts']}")
    if "speed" in results:
        s = results["speed"]
        mix = ", ".join(f"{v} {k}" for k, v in s["mix"].items())
        out += [
            "",
            f"speed: {s['docs']} mixed documents ({mix}; {s['origin']}), clean DIR -o OUT --jobs N",
            f"{'jobs':>5} {'seconds':>9} {'docs/s':>9} {'speed-up':>9}",
        ]
        out += [
            f"{r['jobs']:>5} {r['seconds']:>9.2f} {r['docs_per_s']:>9.1f} {r['speedup']:>8.2f}x"
            for r in s["rows"]
        ]
    if "cold" in results:
        c = results["cold"]
        out += ["", f"cold: the same {c['docs']} documents twice in one process (clean_text / clean_html loop)"]
        out += [
            f"  {r['what']}: first pass {r['first_pass_s']:.2f} s, second pass {r['second_pass_s']:.2f} s: "
            f"{r['one_off_s']:.2f} s of one-off work per process (paid again by every worker)"
            for r in c["rows"]
        ]
    if "memory" in results:
        m = results["memory"]
        out += [
            "",
            f"memory: tiny documents, half files, half JSON Lines records, --jobs {m['jobs']}",
            f"{'docs':>7} {'seconds':>9} {'peak RSS, largest process':>26} {'peak RSS, all processes':>24}"
            f" {'peak PSS, all processes':>24}",
        ]
        out += [
            f"{r['docs']:>7} {r['seconds']:>9.2f} {r['max_rss_mb']:>23.1f} MB {r['tree_rss_mb']:>21.1f} MB"
            f" {r['tree_pss_mb']:>21.1f} MB"
            for r in m["rows"]
        ]
        tree = f"{m['ratio_tree_rss']:.2f}x" if m["ratio_tree_rss"] else "n/a"
        pss = f"{m['ratio_tree_pss']:.2f}x" if m["ratio_tree_pss"] else "n/a"
        out.append(f"{'ratio':>7} {'':>9} {m['ratio_max_rss']:>25.2f}x {tree:>24} {pss:>24}")
    if "overhead" in results:
        o = results["overhead"]
        out += [
            "",
            f"overhead: {o['files']} tiny .txt files in {o['where']}, best of {o['repeat']}",
            f"{'':<32} {'seconds':>9} {'docs/s':>9} {'vs loop':>8}",
        ]
        out += [
            f"{r['what']:<32} {r['seconds']:>9.2f} {r['docs_per_s']:>9.1f} {r['vs_loop']:>7.0%}"
            for r in o["rows"]
        ]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_cli", description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--only",
        default="speed,memory,overhead",
        help="comma-separated: speed, memory, overhead, cold (one-off cost per process)",
    )
    p.add_argument("--docs", type=int, default=2000, help="mixed documents for the speed part (default 2000)")
    p.add_argument(
        "--max-jobs", type=int, default=os.cpu_count() or 1, help="largest --jobs (default: cores)"
    )
    p.add_argument("--repeat", type=int, default=1, help="speed, overhead: best of K runs per row")
    p.add_argument("--memory-docs", default="1000,20000", help="document counts for the memory part")
    p.add_argument("--tiny", type=int, default=2000, help="tiny files for the overhead part (default 2000)")
    p.add_argument("--json", type=Path, help="also write every number here")
    p.add_argument("--work", type=Path, help="folder for the corpora (default: a temporary folder)")
    p.add_argument(
        "--kept-facts",
        choices=("warm", "none"),
        default="warm",
        help="speed, memory, overhead: time with what an earlier run kept (cleaner.derived; default) or nothing kept",
    )
    args = p.parse_args(argv)
    parts = {x.strip() for x in args.only.split(",") if x.strip()}
    work = args.work or Path(tempfile.mkdtemp(prefix="bench_cli."))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"kept_facts": args.kept_facts}
    before = os.environ.get(_CACHE_ENV)
    try:
        warm = args.kept_facts == "warm"
        os.environ[_CACHE_ENV] = str(work / "kept-cache") if warm else ""
        if "speed" in parts:
            results["speed"] = bench_speed(work, args.docs, args.max_jobs, args.repeat, warm)
        if "cold" in parts:
            results["cold"] = bench_cold(args.docs)
        if "memory" in parts:
            sizes = [int(x) for x in args.memory_docs.split(",")]
            results["memory"] = bench_memory(work, sizes, args.max_jobs)
        if "overhead" in parts:
            results["overhead"] = bench_overhead(work, args.tiny, args.max_jobs, args.repeat, warm)
    finally:
        if before is None:
            os.environ.pop(_CACHE_ENV, None)
        else:
            os.environ[_CACHE_ENV] = before
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(report(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
