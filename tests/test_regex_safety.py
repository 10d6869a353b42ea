"""No regex with catastrophic backtracking.

Every pattern of every vocabulary table in every language (``rules/families/*.toml`` plus
``rules/lang/*.toml``), every compiled table alternation, and every module-level compiled
pattern of the package is run, in the mode its table uses (full/start/search,
``re.IGNORECASE``), on adversarial strings: long runs of the pattern's own characters,
``'a ' * 5000``, digits, punctuation runs, the pattern's required literal repeated.

Bounds are relative, so a loaded 2-core machine cannot make them flaky: each call must
cost less than ``RATIO`` times a trivial ``\\w+`` findall over the same string (plus a
small floor for timer noise). A call over that bound is then timed again on its input
doubled: a long alternation is linear but heavy (several hundred times ``\\w+``), and
passes; a call whose cost grows more than ``GROWTH`` times (quadratic or worse) fails.
The scan runs in a child process with a wall-clock limit,
so a real catastrophic pattern fails the test instead of hanging the suite.

``python tests/test_regex_safety.py`` prints the slowest patterns.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import time
from typing import Any

RATIO = 300.0  # cost of one call / cost of \w+ findall over the same string
FLOOR = 0.05  # seconds: below this a call is never a failure (timer noise, GC)
HARD = 5.0  # seconds: any single call above this fails regardless of the baseline
GROWTH = 3.0  # a flagged call fails if doubling its input multiplies its cost by more (2 = linear)
SCAN_LIMIT = 900  # seconds for the whole scan in the child process

_PUNCT = "!?.,-:;|/()[]'\"*#@&%+=_~"


def _literal_chars(pattern: str) -> str:
    """Characters that appear literally in the pattern (a cheap proxy for what it matches)."""
    chars = []
    for ch in re.sub(r"\\[a-zA-Z]|\(\?[:=!<PiIsSx]*|\{\d*,?\d*\}", "", pattern):
        if ch not in "()[]{}|?*+^$\\." and ch not in chars:
            chars.append(ch)
    return "".join(chars)


def adversarial(pattern: str) -> list[tuple[str, str]]:
    """(label, string) pairs built to make a backtracking engine work hard on ``pattern``."""
    from cleaner.vocab import required_literals

    out: list[tuple[str, str]] = [
        ("'a '*5000", "a " * 5000),
        ("'1'*10000", "1" * 10000),
        ("' '*10000", " " * 10000),
        ("punct*400", _PUNCT * 400),
        ("'a.'*5000", "a." * 5000),
        ("'a-'*5000+'!'", "a-" * 5000 + "!"),
    ]
    lits = _literal_chars(pattern)
    for ch in dict.fromkeys(lits[:3] + lits[-2:]):
        out.append((f"{ch!r}*10000", ch * 10000))
        out.append((f"({ch!r}+' ')*5000+'\\x00'", (ch + " ") * 5000 + "\x00"))
    for lit in sorted(required_literals(pattern) or ())[:3]:
        out.append((f"{lit!r} repeated", (lit * (10000 // max(1, len(lit)) + 1))[:20000]))
        out.append((f"{lit!r}+' ' repeated", ((lit + " ") * (10000 // (len(lit) + 1) + 1))[:20000]))
    # A line that starts the way the pattern does, then a run of digits or letters the
    # pattern's repeated tokens can split in many ways ("Published Nov 20 20194:29 ...").
    words = list(dict.fromkeys(re.findall(r"[a-z]{3,}", pattern)))[:12]
    for lit in sorted(required_literals(pattern) or ())[:1]:
        for word in words:
            out.append((f"{lit!r} {word!r} digits", f"{lit} {word} " + "1" * 24 + "x"))
            out.append((f"{lit!r} {word!r} mixed", f"{lit} {word} " + "1a" * 12 + "!"))
    if lits:
        out.append(("literals cycled", (lits * (10000 // len(lits) + 1))[:10000]))
        out.append(("literals spaced", (" ".join(lits) + " ") * (5000 // (len(lits) + 1) + 1)))
    return out


def vocab_patterns() -> list[tuple[str, str, str]]:
    """(label, pattern, mode) for every vocabulary pattern and every compiled table."""
    from cleaner import vocab

    out: list[tuple[str, str, str]] = []
    for family in vocab.families():
        for name, raw in vocab.load_family(family).items():
            mode = raw.get("match", "full")
            for key in vocab.table_languages(family, name):
                for i, p in enumerate(raw[key]):
                    out.append((f"{family}.{name}[{key}][{i}]", p, mode))
            t = vocab.table(family, name, None)
            if t.pattern is not None:
                out.append((f"{family}.{name}[*all*]", t.pattern.pattern, mode))
    return out


def module_patterns() -> list[tuple[str, str, str, int]]:
    """(label, pattern, 'search', flags) for module-level compiled str patterns of the package."""
    import cleaner

    out: list[tuple[str, str, str, int]] = []
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        if info.name in {"cleaner.__main__", "cleaner.dask"}:
            continue
        try:
            mod = importlib.import_module(info.name)
        except Exception:  # optional dependency missing: nothing to scan there
            continue
        for attr, value in vars(mod).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.append((f"{info.name}.{attr}", value.pattern, "search", value.flags))
    return out


def _run(rx: re.Pattern[str], mode: str, s: str) -> float:
    t = time.perf_counter()
    if mode == "full":
        rx.fullmatch(s)
    elif mode == "start":
        rx.match(s)
    else:
        rx.search(s)
        for _ in zip(range(2000), rx.finditer(s), strict=False):  # callers iterate matches too
            pass
    return time.perf_counter() - t


def scan() -> dict[str, Any]:
    """Run every pattern on its adversarial strings; return the slow ones and the totals."""
    word = re.compile(r"\w+")
    items = [(lab, p, mode, re.IGNORECASE) for lab, p, mode in vocab_patterns()]
    items += module_patterns()
    baselines: dict[str, float] = {}
    results: list[dict[str, Any]] = []
    calls = 0
    start = time.perf_counter()
    for label, pattern, mode, flags in items:
        rx = re.compile(pattern, flags)
        modes = [mode] if mode != "search" else ["search"]
        if label.startswith("cleaner."):
            modes = ["search", "full"]
        for what, s in adversarial(pattern):
            if s not in baselines:
                t = time.perf_counter()
                word.findall(s)
                baselines[s] = max(time.perf_counter() - t, 1e-6)
            for m in modes:
                cost = _run(rx, m, s)
                calls += 1
                growth = None
                if cost > FLOOR and cost / baselines[s] > RATIO and cost <= HARD:
                    cost = min(cost, _run(rx, m, s), _run(rx, m, s))
                    growth = min(_run(rx, m, s + s), _run(rx, m, s + s)) / cost
                    if GROWTH < growth <= GROWTH**2:
                        # confirm on four times the input (a busy machine slows one run, not a
                        # whole series): linear work grows 4x there, quadratic 16x (a call that grew
                        # more than 9x is not run again: exponential work would not end)
                        growth = (min(_run(rx, m, s * 4), _run(rx, m, s * 4)) / cost) ** 0.5
                results.append(
                    {"pattern": label, "mode": m, "input": what, "len": len(s), "seconds": cost,
                     "ratio": cost / baselines[s], "growth": growth}
                )
    results.sort(key=lambda r: r["seconds"], reverse=True)
    return {"patterns": len(items), "calls": calls, "elapsed": time.perf_counter() - start,
            "slowest": results[:15],
            "failures": [r for r in results if r["seconds"] > HARD
                         or (r["growth"] is not None and r["growth"] > GROWTH)]}


def test_every_pattern_is_safe_on_adversarial_strings() -> None:
    proc = subprocess.run(
        [sys.executable, __file__, "--json"], capture_output=True, text=True, timeout=SCAN_LIMIT
    )  # a catastrophic pattern shows as TimeoutExpired here, not as a hung suite
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report["patterns"] > 1000  # every language's tables were found
    assert not report["failures"], json.dumps(report["failures"][:10], indent=1)


def test_scan_finds_a_catastrophic_pattern() -> None:
    """The bound is not vacuous: a classic exponential pattern fails it."""
    rx = re.compile(r"(a+)+b")
    s = "a" * 22
    t = time.perf_counter()
    re.compile(r"\w+").findall(s)
    base = max(time.perf_counter() - t, 1e-6)
    cost = min(_run(rx, "full", s), _run(rx, "full", s))  # (the least of two: a busy machine only adds)
    # exponential: 3 more characters, 8x the cost; a busy machine slows one run, not the ratio past 3x
    assert _run(rx, "full", "a" * 25) / cost > GROWTH
    assert _run(rx, "full", "a" * 25) > FLOOR and _run(rx, "full", "a" * 25) / base > RATIO


def test_tables_see_every_language() -> None:
    from cleaner import vocab

    seen = {lab.split("[")[1].split("]")[0] for lab, _p, _m in vocab_patterns()}
    assert set(vocab.languages()) <= seen


if __name__ == "__main__":
    report = scan()
    if "--json" in sys.argv:
        print(json.dumps(report))
    else:
        print(f"{report['patterns']} patterns, {report['calls']} calls, {report['elapsed']:.1f}s")
        for r in report["slowest"]:
            g = "" if r["growth"] is None else f"  growth x{r['growth']:.1f} on doubled input"
            print(f"{r['seconds'] * 1000:9.2f} ms  x{r['ratio']:8.1f}  {r['mode']:6} {r['pattern']:45} {r['input']}{g}")
        print(f"{len(report['failures'])} failures")
